/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: a job offer's text or HTML (the first byte chooses), to text, then read
 * (header fields, headings, skills, years, education) on the build folder's taxonomy. */
#include "config.h"

#include "phoenix-fuzz.h"
#include "phoenix-job-offer.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  PhoenixSkillExtractor *extractor = phoenix_fuzz_extractor ();
  g_autofree char *input = NULL;
  g_autofree char *text = NULL;
  g_autoptr(PhoenixJobOffer) offer = NULL;

  if (size < 1 || size > PHOENIX_JOB_OFFER_MAX_TEXT || !g_utf8_validate ((const char *) data + 1, size - 1, NULL))
    return 0;
  input = g_strndup ((const char *) data + 1, size - 1);
  text = (data[0] & 1) ? phoenix_job_offer_html_to_text (input) : g_strdup (input);
  if (phoenix_job_offer_check_length (text, NULL))
    offer = phoenix_job_offer_new_from_text (extractor, text);
  return 0;
}
