/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-occupation-matcher"

#include "config.h"

#include "phoenix-occupation-matcher.h"
#include "phoenix-test-ats.h"
#include "phoenix-test-util.h"

/* The occupation a job title names (tests/data/job-titles.tsv). */

static PhoenixTaxonomy *taxonomy;

/*
 * 72 job titles as offers and CV headlines spell them (levels, gender forms,
 * "(H/F)", extra words), French and English: the occupation guessed from the
 * title alone must be the expected fiche for at least 90% of them, and the
 * level words must not matter.
 */
static void
test_occupation_job_titles (void)
{
  g_autofree char *path = phoenix_test_source_path ("tests/data/job-titles.tsv");
  g_autoptr(GPtrArray) rows = phoenix_test_read_tsv (path);
  g_autoptr(GString) misses = g_string_new (NULL);
  guint right = 0, total = 0, occupation, plain;

  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);

      g_assert_cmpuint (g_strv_length (f), ==, 2);
      total++;
      if (phoenix_occupation_matcher_guess (taxonomy, f[0], &occupation) &&
          g_strcmp0 (phoenix_taxonomy_get_occupation_code (taxonomy, occupation), f[1]) == 0)
        right++;
      else
        g_string_append_printf (misses, " “%s” (expected %s)", f[0], f[1]);
    }
  g_print ("# job titles: %u/%u occupations right;%s\n", right, total, misses->str);
  g_assert_cmpuint (total, >=, 60);
  g_assert_cmpfloat ((double) right / total, >=, 0.9);

  /* Level and contract words are not the job; ESCO's "senior data analyst" under call centre analyst is no lure. */
  g_assert_true (phoenix_occupation_matcher_guess (taxonomy, "Data Analyst", &plain));
  g_assert_true (phoenix_occupation_matcher_guess (taxonomy, "Senior Data Analyst (H/F)", &occupation));
  g_assert_cmpuint (occupation, ==, plain);
  /* The same words before stemming beat a stem clash ("product" / "production"). */
  g_assert_true (phoenix_occupation_matcher_guess (taxonomy, "Product Manager", &occupation));
  g_assert_cmpstr (phoenix_taxonomy_get_occupation_code (taxonomy, occupation), ==, "M1703");
  /* A hand-made title belongs to its fiche: ESCO lists "warehouse supervisor" under logistics manager too. */
  g_assert_true (phoenix_occupation_matcher_guess (taxonomy, "Warehouse Supervisor", &occupation));
  g_assert_cmpstr (phoenix_taxonomy_get_occupation_code (taxonomy, occupation), ==, "N1302");
  /* Issue #16: English titles ESCO gives to a neighbour (a welder fabricator is a welder, an
   * administrative officer an administrative agent, not a coppersmith nor a secretary). */
  g_assert_true (phoenix_occupation_matcher_guess (taxonomy, "Welder Fabricator", &occupation));
  g_assert_cmpstr (phoenix_taxonomy_get_occupation_code (taxonomy, occupation), ==, "H2913");
  g_assert_true (phoenix_occupation_matcher_guess (taxonomy, "Administrative Officer", &occupation));
  g_assert_cmpstr (phoenix_taxonomy_get_occupation_code (taxonomy, occupation), ==, "M1602");
}

/*
 * The runner-up (issue #16: "the runner-up shown when close"): an offer whose title hesitates
 * between two occupations gets the second, close one beside its guess; a clear title none. Over
 * the job titles, the expected fiche is the guess or its runner-up at least as often as the guess
 * alone, and never is a runner-up the guess itself.
 */
static void
test_occupation_runner_up (void)
{
  g_autofree char *path = phoenix_test_source_path ("tests/data/job-titles.tsv");
  g_autoptr(GPtrArray) rows = phoenix_test_read_tsv (path);
  guint occupation, runner_up, first = 0, either = 0, with_runner_up = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);

      g_assert_true (phoenix_occupation_matcher_match_two (taxonomy, f[0], NULL, 0, &occupation, &runner_up));
      g_assert_cmpuint (runner_up, !=, occupation);
      first += g_strcmp0 (phoenix_taxonomy_get_occupation_code (taxonomy, occupation), f[1]) == 0;
      either += g_strcmp0 (phoenix_taxonomy_get_occupation_code (taxonomy, occupation), f[1]) == 0 ||
                (runner_up != G_MAXUINT &&
                 g_strcmp0 (phoenix_taxonomy_get_occupation_code (taxonomy, runner_up), f[1]) == 0);
      with_runner_up += runner_up != G_MAXUINT;
      if (runner_up != G_MAXUINT)
        g_test_message ("%s → %s, runner-up %s (expected %s)", f[0],
                        phoenix_taxonomy_get_occupation_code (taxonomy, occupation),
                        phoenix_taxonomy_get_occupation_code (taxonomy, runner_up), f[1]);
    }
  g_print ("# runner-up: %u/%u titles have one; expected fiche first %u, first or runner-up %u\n",
           with_runner_up, rows->len, first, either);
  g_assert_cmpuint (either, >=, first);
  g_assert_cmpuint (with_runner_up, <, rows->len / 2);

  /* "A content-marketing manager read as CMO": the two are close, the other one is shown beside. */
  g_assert_true (phoenix_occupation_matcher_match_two (taxonomy, "Content marketing manager", NULL, 0,
                                                       &occupation, &runner_up));
  g_assert_cmpuint (runner_up, !=, G_MAXUINT);
  g_assert_true (g_str_equal (phoenix_taxonomy_get_occupation_code (taxonomy, occupation), "E1127") ||
                 g_str_equal (phoenix_taxonomy_get_occupation_code (taxonomy, runner_up), "E1127"));
  g_assert_true (g_str_equal (phoenix_taxonomy_get_occupation_code (taxonomy, occupation), "M1705") ||
                 g_str_equal (phoenix_taxonomy_get_occupation_code (taxonomy, runner_up), "M1705"));
  /* A clear title has none; the plain guess is the same with or without asking for one. */
  g_assert_true (phoenix_occupation_matcher_match_two (taxonomy, "Responsable logistique", NULL, 0,
                                                       &occupation, &runner_up));
  g_assert_cmpuint (runner_up, ==, G_MAXUINT);
  g_assert_cmpstr (phoenix_taxonomy_get_occupation_code (taxonomy, occupation), ==, "N1301");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  phoenix_test_ats_init (&taxonomy, NULL);

  g_test_add_func ("/ats/occupation/job-titles", test_occupation_job_titles);
  g_test_add_func ("/ats/occupation/runner-up", test_occupation_runner_up);

  return phoenix_test_ats_run (&taxonomy, NULL);
}
