/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the skill extractor on any UTF-8 text (the build folder's taxonomy). */
#include "config.h"

#include "phoenix-fuzz.h"
#include "phoenix-skill-extractor.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  PhoenixSkillExtractor *extractor = phoenix_fuzz_extractor ();
  g_autofree char *text = NULL;
  g_autoptr(GArray) found = NULL;

  if (size > 256 * 1024 || !g_utf8_validate ((const char *) data, size, NULL))
    return 0;
  text = g_strndup ((const char *) data, size);
  found = phoenix_skill_extractor_extract (extractor, text, NULL);
  return 0;
}
