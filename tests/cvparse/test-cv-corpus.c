/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cv-corpus"

#include "config.h"

#include "phoenix-test-cv-score.h"
#include "phoenix-test-util.h"

/*
 * Floors of the PDF import's accuracy on the tuning half of the unseen-CV corpus
 * (tests/data/cv-unseen/tuning: 16 fictional CVs from 11 templates and 7 engines) and on
 * ../shared/data/cv-pdf when it is there. The held-out half is measured by the benchmark
 * (bench-pdf-accuracy) only. Floors sit a little under what the parser reaches, so that a
 * change that loses ground fails here.
 */

static void
assert_floors (PhoenixTestCvScore *score,
               double              phone,
               double              headings,
               double              counts,
               double              entries_f1)
{
  phoenix_test_cv_score_print (score, "corpus", FALSE);
  g_assert_cmpfloat (phoenix_test_cv_score_share (&score->name), >=, 1.0);
  g_assert_cmpfloat (phoenix_test_cv_score_share (&score->email), >=, 1.0);
  g_assert_cmpfloat (phoenix_test_cv_score_share (&score->phone), >=, phone);
  g_assert_cmpfloat (score->headings_mean, >=, headings);
  g_assert_cmpfloat (phoenix_test_cv_score_share (&score->counts), >=, counts);
  if (entries_f1 > 0)
    g_assert_cmpfloat (phoenix_test_cv_score_f1 (score), >=, entries_f1);
}

static void
test_tuning_half (void)
{
  g_autofree char *dir = phoenix_test_source_path ("tests/data/cv-unseen/tuning");
  g_autoptr(PhoenixTestCvScore) score = phoenix_test_cv_score_dir (dir);

  g_assert_nonnull (score);
  g_assert_cmpuint (score->files->len, ==, 16);
  assert_floors (score, 0.95, 0.95, 0.90, 0.90);
}

static void
test_shared_set (void)
{
  g_autofree char *source = phoenix_test_source_path ("");
  g_autofree char *dir = g_build_filename (source, "..", "shared", "data", "cv-pdf", NULL);
  g_autoptr(PhoenixTestCvScore) score = phoenix_test_cv_score_dir (dir);

  if (score == NULL)
    {
      g_test_skip ("../shared/data/cv-pdf is not there");
      return;
    }
  /* Its figures before issue #15: 13/13 names, e-mails and phones, headings 0.978,
   * 12/12 counts. */
  assert_floors (score, 1.0, 0.97, 1.0, -1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cv-corpus/tuning-half-floors", test_tuning_half);
  g_test_add_func ("/cv-corpus/shared-set-floors", test_shared_set);

  return g_test_run ();
}
