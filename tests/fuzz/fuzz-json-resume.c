/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: a JSON Resume file imported into a profile (limits, types, dates, photo). */
#include "config.h"

#include "phoenix-fuzz.h"
#include "phoenix-json-resume.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(GError) error = NULL;

  phoenix_fuzz_init ();
  if (phoenix_json_resume_import_data (profile, (const char *) data, (gssize) size, &error))
    g_free (phoenix_json_resume_to_data (profile, NULL));
  return 0;
}
