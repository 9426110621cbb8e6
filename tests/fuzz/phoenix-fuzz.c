/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-fuzz"

#include "config.h"

#include "phoenix-fuzz.h"

static GLogWriterOutput
quiet_writer (GLogLevelFlags   level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  if (level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    return g_log_writer_standard_streams (level, fields, n_fields, user_data);
  return G_LOG_WRITER_HANDLED;
}

void
phoenix_fuzz_init (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      g_log_set_writer_func (quiet_writer, NULL, NULL);
      g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      g_once_init_leave (&done, 1);
    }
}

/* One for the whole run: the fuzzer's process lives as long as the run, and so does this. */
PhoenixSkillExtractor *
phoenix_fuzz_extractor (void)
{
  static PhoenixSkillExtractor *extractor = NULL;

  phoenix_fuzz_init ();
  if (extractor == NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PhoenixTaxonomy) taxonomy = phoenix_taxonomy_new_from_file (g_getenv ("PHOENIX_TAXONOMY"), &error);

      if (taxonomy == NULL)
        g_error ("PHOENIX_TAXONOMY: %s", error->message);
      extractor = phoenix_skill_extractor_new (taxonomy);
    }
  return extractor;
}
