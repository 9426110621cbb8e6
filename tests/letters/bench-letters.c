/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-letters"

/*
 * Draft generation time (not a test: figures only, "bench: name=value"). For the nurse →
 * data analyst fixture: the ATS score of the profile against the offer alone (the reference:
 * a draft needs it), the facts (ATS score included) and the three drafts, and the three drafts
 * alone from ready facts. Runs interleaved (reference, ours, reference, ours…); medians of
 * wall-clock and CPU time.
 */

#include "config.h"


#include "phoenix-json-resume.h"
#include "phoenix-letter-engine.h"
#include "phoenix-test-bench.h"
#include "phoenix-test-util.h"

#define RUNS 41

int
main (int   argc,
      char *argv[])
{
  g_autofree char *resume = g_build_filename (g_getenv ("PHOENIX_SOURCE_DIR"), "tests", "letters", "data", "nurse.json", NULL);
  g_autofree char *offer_path = g_build_filename (g_getenv ("PHOENIX_SOURCE_DIR"), "tests", "letters", "data", "offer-data-analyst-fr.txt", NULL);
  g_autoptr(GFile) offer_file = g_file_new_for_path (offer_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTaxonomy) taxonomy = phoenix_taxonomy_new_from_file (g_getenv ("PHOENIX_TAXONOMY"), &error);
  g_autoptr(PhoenixSkillExtractor) extractor = NULL;
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixJobOffer) offer = NULL;
  g_autoptr(PhoenixLetterEngine) engine = NULL;
  g_autoptr(PhoenixLetterFacts) ready = NULL;
  g_autoptr(GArray) ats_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ats_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) full_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) full_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) drafts_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) drafts_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 start;
  double cpu;

  g_assert_no_error (error);
  extractor = phoenix_skill_extractor_new (taxonomy);
  g_assert_true (phoenix_json_resume_import_file (profile, resume, &error));
  offer = phoenix_job_offer_new_from_file (extractor, offer_file, &error);
  g_assert_no_error (error);
  start = g_get_monotonic_time ();
  engine = phoenix_letter_engine_new (&error);
  g_assert_no_error (error);
  g_print ("bench: engine-load-ms=%.2f\n", (g_get_monotonic_time () - start) / 1000.0);
  ready = phoenix_letter_facts_new (extractor, profile, offer, "fr", NULL);

  for (guint run = 0; run < RUNS; run++)
    {
      double w, c;

      /* Reference: the ATS score alone. */
      start = g_get_monotonic_time ();
      cpu = phoenix_test_cpu_ms ();
      {
        g_autoptr(PhoenixAtsReport) report = phoenix_ats_score_profile (extractor, profile, offer);

        g_assert_nonnull (report);
      }
      w = (g_get_monotonic_time () - start) / 1000.0;
      c = phoenix_test_cpu_ms () - cpu;
      g_array_append_val (ats_wall, w);
      g_array_append_val (ats_cpu, c);

      /* Ours: the facts (with the ATS score) and three drafts. */
      start = g_get_monotonic_time ();
      cpu = phoenix_test_cpu_ms ();
      {
        g_autoptr(PhoenixLetterFacts) facts = phoenix_letter_facts_new (extractor, profile, offer, "fr", NULL);
        g_autoptr(GPtrArray) letters = phoenix_letter_engine_draft_all (engine, facts, "formal", "standard", NULL);

        g_assert_cmpuint (letters->len, ==, 3);
      }
      w = (g_get_monotonic_time () - start) / 1000.0;
      c = phoenix_test_cpu_ms () - cpu;
      g_array_append_val (full_wall, w);
      g_array_append_val (full_cpu, c);

      /* The three drafts alone. */
      start = g_get_monotonic_time ();
      cpu = phoenix_test_cpu_ms ();
      {
        g_autoptr(GPtrArray) letters = phoenix_letter_engine_draft_all (engine, ready, "warm", "long", NULL);

        g_assert_cmpuint (letters->len, ==, 3);
      }
      w = (g_get_monotonic_time () - start) / 1000.0;
      c = phoenix_test_cpu_ms () - cpu;
      g_array_append_val (drafts_wall, w);
      g_array_append_val (drafts_cpu, c);
    }

  g_print ("bench: runs=%u\n", RUNS);
  g_print ("bench: reference-ats-score-ms median=%.3f cpu=%.3f\n", phoenix_test_median_array (ats_wall), phoenix_test_median_array (ats_cpu));
  g_print ("bench: facts-and-three-drafts-ms median=%.3f cpu=%.3f\n", phoenix_test_median_array (full_wall), phoenix_test_median_array (full_cpu));
  g_print ("bench: three-drafts-from-facts-ms median=%.3f cpu=%.3f\n", phoenix_test_median_array (drafts_wall), phoenix_test_median_array (drafts_cpu));
  return 0;
}
