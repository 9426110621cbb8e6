/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-pdf-accuracy"

#include "config.h"

#include <stdio.h>

#include "phoenix-test-cv-score.h"

/*
 * Accuracy of the PDF import over folders of CV PDFs with ground truth (NAME.pdf beside
 * NAME.truth.json): ../shared/data/cv-pdf, and the unseen-CV corpus of
 * tests/data/cv-unseen (its tuning half and the held-out half the parser is never
 * debugged against). Name, e-mail, phone, headings in order, experience and education
 * counts, and the entries' titles and employers (F1). Usage: bench-pdf-accuracy DIR…
 * ($PHOENIX_CV_PDF_DIR replaces the folders; BENCH_VERBOSE=1 prints what was found).
 * A benchmark, not a test: the files measure the parser, they are not its target; the
 * corpus test (test-cv-corpus) asserts floors on the tuning half.
 */

int
main (int    argc,
      char **argv)
{
  const char *env_dir = g_getenv ("PHOENIX_CV_PDF_DIR");
  gboolean verbose = g_getenv ("BENCH_VERBOSE") != NULL;
  g_autoptr(GPtrArray) dirs = g_ptr_array_new ();

  if (env_dir != NULL)
    g_ptr_array_add (dirs, (gpointer) env_dir);
  else
    for (int i = 1; i < argc; i++)
      g_ptr_array_add (dirs, argv[i]);

  for (guint i = 0; i < dirs->len; i++)
    {
      const char *dir = g_ptr_array_index (dirs, i);
      g_autoptr(PhoenixTestCvScore) score = phoenix_test_cv_score_dir (dir);

      if (score == NULL)
        {
          printf ("SKIP: no CV PDF folder %s\n", dir);
          continue;
        }
      phoenix_test_cv_score_print (score, dir, verbose);
      printf ("\n");
    }
  return 0;
}
