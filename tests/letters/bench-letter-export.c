/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-letter-export"

/*
 * Letter export time (not a test: figures only, "bench: name=value"): the nurse's letter to
 * PDF and to DOCX, interleaved with a reference, the same person's one-page CV to PDF by the
 * CV renderer. Medians of wall-clock and CPU time.
 */

#include "config.h"


#include "phoenix-cv-renderer.h"
#include "phoenix-json-resume.h"
#include "phoenix-letter-engine.h"
#include "phoenix-letter-export.h"
#include "phoenix-test-bench.h"
#include "phoenix-test-util.h"

#define RUNS 21

typedef gboolean (*Work) (gpointer data, const char *path);

static gboolean
cv_pdf (gpointer    data,
        const char *path)
{
  return phoenix_cv_renderer_export_pdf (data, path, NULL, NULL);
}

static gboolean
letter_pdf (gpointer    data,
            const char *path)
{
  return phoenix_letter_export_pdf (data, "classic", "a4", path, NULL);
}

static gboolean
letter_docx (gpointer    data,
             const char *path)
{
  return phoenix_letter_export_docx (data, "classic", "a4", path, NULL);
}

static void
measure (Work        work,
         gpointer    data,
         const char *path,
         GArray     *wall,
         GArray     *cpu)
{
  gint64 start = g_get_monotonic_time ();
  double c = phoenix_test_cpu_ms ();
  double w;

  g_assert_true (work (data, path));
  w = (g_get_monotonic_time () - start) / 1000.0;
  c = phoenix_test_cpu_ms () - c;
  g_array_append_val (wall, w);
  g_array_append_val (cpu, c);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *resume = g_build_filename (g_getenv ("PHOENIX_SOURCE_DIR"), "tests", "letters", "data", "nurse.json", NULL);
  g_autofree char *offer_path = g_build_filename (g_getenv ("PHOENIX_SOURCE_DIR"), "tests", "letters", "data", "offer-data-analyst-fr.txt", NULL);
  g_autoptr(GFile) offer_file = g_file_new_for_path (offer_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTaxonomy) taxonomy = phoenix_taxonomy_new_from_file (g_getenv ("PHOENIX_TAXONOMY"), &error);
  g_autoptr(PhoenixSkillExtractor) extractor = phoenix_skill_extractor_new (taxonomy);
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixJobOffer) offer = NULL;
  g_autoptr(PhoenixLetterEngine) engine = phoenix_letter_engine_new (&error);
  g_autoptr(PhoenixLetterFacts) facts = NULL;
  g_autoptr(PhoenixLetter) letter = NULL;
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  g_autoptr(GArray) cv_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cv_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) pdf_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) pdf_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) docx_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) docx_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  PhoenixTestDir dir;
  g_autofree char *cv_path = NULL, *pdf_path = NULL, *docx_path = NULL;

  g_assert_true (phoenix_json_resume_import_file (profile, resume, &error));
  offer = phoenix_job_offer_new_from_file (extractor, offer_file, &error);
  facts = phoenix_letter_facts_new (extractor, profile, offer, "fr", NULL);
  letter = phoenix_letter_engine_draft (engine, facts, "story", "formal", "long", &error);
  g_assert_no_error (error);
  phoenix_cv_renderer_set_profile (renderer, profile);
  phoenix_test_dir_setup (&dir, NULL);
  cv_path = g_build_filename (dir.dir, "cv.pdf", NULL);
  pdf_path = g_build_filename (dir.dir, "letter.pdf", NULL);
  docx_path = g_build_filename (dir.dir, "letter.docx", NULL);

  /* One warm-up each (fonts, the first layout). */
  g_assert_true (cv_pdf (renderer, cv_path) && letter_pdf (letter, pdf_path) && letter_docx (letter, docx_path));
  for (guint run = 0; run < RUNS; run++)
    {
      measure (cv_pdf, renderer, cv_path, cv_wall, cv_cpu);
      measure (letter_pdf, letter, pdf_path, pdf_wall, pdf_cpu);
      measure (letter_docx, letter, docx_path, docx_wall, docx_cpu);
    }

  g_print ("bench: runs=%u\n", RUNS);
  g_print ("bench: reference-cv-pdf-ms median=%.2f cpu=%.2f\n", phoenix_test_median_array (cv_wall), phoenix_test_median_array (cv_cpu));
  g_print ("bench: letter-pdf-ms median=%.2f cpu=%.2f\n", phoenix_test_median_array (pdf_wall), phoenix_test_median_array (pdf_cpu));
  g_print ("bench: letter-docx-ms median=%.2f cpu=%.2f\n", phoenix_test_median_array (docx_wall), phoenix_test_median_array (docx_cpu));
  phoenix_test_dir_teardown (&dir, NULL);
  return 0;
}
