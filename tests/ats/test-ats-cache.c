/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ats-cache"

#include "config.h"

#include <string.h>

#include "phoenix-ats.h"
#include "phoenix-json-resume.h"
#include "phoenix-test-ats.h"
#include "phoenix-test-scale.h"
#include "phoenix-test-util.h"

/*
 * Issue #20: the ATS score through PhoenixAtsCache reads again only the texts that changed (a
 * counter in the cache) and gives the same report as a fresh score, on the test CVs, the
 * career changers' CVs and the generated S/M profiles against the labelled and held-out offers.
 */

static PhoenixTaxonomy *taxonomy;
static PhoenixSkillExtractor *extractor;

static char *
report_text (PhoenixAtsReport *report)
{
  g_autoptr(JsonNode) node = phoenix_ats_report_to_json (report);

  return json_to_string (node, FALSE);
}

/* The cached score of @resume, asserted equal to a fresh one. */
static void
assert_same_as_fresh (PhoenixAtsCache *cache,
                      JsonObject      *resume,
                      PhoenixJobOffer *offer,
                      const char      *what)
{
  g_autoptr(PhoenixAtsReport) fresh = phoenix_ats_score (extractor, resume, offer);
  g_autoptr(PhoenixAtsReport) cached = phoenix_ats_score_cached (cache, resume, offer);
  g_autofree char *fresh_text = report_text (fresh);
  g_autofree char *cached_text = report_text (cached);

  if (g_strcmp0 (fresh_text, cached_text) != 0)
    g_test_message ("%s differs", what);
  g_assert_cmpstr (cached_text, ==, fresh_text);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static GPtrArray *
offer_names (const char *folder)
{
  g_autofree char *relative = g_build_filename ("tests", "data", folder, NULL);
  g_autofree char *path = phoenix_test_source_path (relative);
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".txt"))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  return names;
}

static GPtrArray *
resume_names (void)
{
  g_autofree char *path = phoenix_test_source_path ("tests/data/ats/career-changers");
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_ptr_array_add (names, g_strdup ("cv-developpeur.json"));
  g_ptr_array_add (names, g_strdup ("cv-infirmiere.json"));
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".json"))
      g_ptr_array_add (names, g_build_filename ("career-changers", name, NULL));
  g_ptr_array_sort (names, compare_names);
  return names;
}

/* Every test CV against every labelled offer, and the two test CVs against the held-out ones,
 * through one cache (so it holds what earlier CVs and offers left): the same reports. */
static void
test_same_as_fresh (void)
{
  g_autoptr(PhoenixAtsCache) cache = phoenix_ats_cache_new (extractor);
  g_autoptr(GPtrArray) resumes = resume_names ();
  const char * const folders[] = { "offers", "offers-heldout" };
  guint n_compared = 0;

  g_assert_cmpuint (resumes->len, >=, 10);
  for (guint f = 0; f < G_N_ELEMENTS (folders); f++)
    {
      g_autoptr(GPtrArray) offers = offer_names (folders[f]);

      g_assert_cmpuint (offers->len, >=, 20);
      for (guint o = 0; o < offers->len; o++)
        {
          g_autoptr(PhoenixJobOffer) offer = phoenix_test_offer_load (extractor, folders[f], offers->pdata[o]);

          for (guint r = 0; r < (f == 0 ? resumes->len : 2); r++)
            {
              g_autoptr(JsonObject) resume = phoenix_test_resume_load (resumes->pdata[r]);
              g_autofree char *what = g_strdup_printf ("%s against %s", (char *) resumes->pdata[r],
                                                       (char *) offers->pdata[o]);

              assert_same_as_fresh (cache, resume, offer, what);
              n_compared++;
            }
        }
    }
  g_test_message ("%u reports compared", n_compared);
  g_assert_cmpuint (n_compared, >=, 200);
}

static JsonObject *
work_entry (JsonObject *resume,
            guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (resume, "work"), index);
}

/* One keystroke in one field: that field only is read again, and the report is a fresh one's. */
static void
test_edit_one_field (void)
{
  g_autoptr(PhoenixAtsCache) cache = phoenix_ats_cache_new (extractor);
  g_autoptr(JsonObject) resume = phoenix_test_resume_load ("cv-developpeur.json");
  g_autoptr(PhoenixJobOffer) offer = phoenix_test_offer_load (extractor, "offers", "fr-01-developpeur-web.txt");
  g_autoptr(PhoenixJobOffer) other = phoenix_test_offer_load (extractor, "offers", "fr-02-data-analyst.txt");
  g_autoptr(PhoenixAtsReport) first = NULL;
  g_autofree char *summary = NULL;
  guint extracted, tokenized, size;

  first = phoenix_ats_score_cached (cache, resume, offer);
  extracted = phoenix_ats_cache_get_n_extracted (cache);
  tokenized = phoenix_ats_cache_get_n_tokenized (cache);
  size = phoenix_ats_cache_get_size (cache);
  g_assert_cmpuint (extracted, >=, 5);
  g_assert_cmpuint (tokenized, >=, 5);

  /* Nothing changed: nothing read again. */
  assert_same_as_fresh (cache, resume, offer, "unchanged");
  g_assert_cmpuint (phoenix_ats_cache_get_n_extracted (cache), ==, extracted);
  g_assert_cmpuint (phoenix_ats_cache_get_n_tokenized (cache), ==, tokenized);

  /* A word typed in the first job's summary. */
  summary = g_strconcat (json_object_get_string_member (work_entry (resume, 0), "summary"), " Docker", NULL);
  json_object_set_string_member (work_entry (resume, 0), "summary", summary);
  assert_same_as_fresh (cache, resume, offer, "one summary edited");
  g_assert_cmpuint (phoenix_ats_cache_get_n_extracted (cache), ==, extracted + 1);
  g_assert_cmpuint (phoenix_ats_cache_get_n_tokenized (cache), ==, tokenized + 1);
  /* The summary's old text went: the cache does not grow with every keystroke. */
  g_assert_cmpuint (phoenix_ats_cache_get_size (cache), ==, size);

  /* Another offer of the same language: the CV's texts are not read again. */
  assert_same_as_fresh (cache, resume, other, "another offer");
  g_assert_cmpuint (phoenix_ats_cache_get_n_extracted (cache), ==, extracted + 1);
  g_assert_cmpuint (phoenix_ats_cache_get_n_tokenized (cache), ==, tokenized + 1);
}

/* The generated profiles, through their JSON Resume export as the ATS window scores them. */
static void
test_scale_profiles (void)
{
  g_autoptr(PhoenixAtsCache) cache = phoenix_ats_cache_new (extractor);
  g_autoptr(PhoenixJobOffer) offer = phoenix_test_offer_load (extractor, "offers", "fr-02-data-analyst.txt");

  for (PhoenixTestScale scale = PHOENIX_TEST_SCALE_S; scale <= PHOENIX_TEST_SCALE_M; scale++)
    {
      g_autoptr(PhoenixProfile) profile = phoenix_test_scale_new_profile (scale);
      g_autoptr(JsonNode) root = phoenix_json_resume_export (profile);
      JsonObject *resume = json_node_get_object (root);
      g_autofree char *summary = NULL;
      guint extracted;

      assert_same_as_fresh (cache, resume, offer, phoenix_test_scale_name (scale));
      extracted = phoenix_ats_cache_get_n_extracted (cache);
      summary = g_strconcat (json_object_get_string_member (work_entry (resume, 3), "summary"), " SQL", NULL);
      json_object_set_string_member (work_entry (resume, 3), "summary", summary);
      assert_same_as_fresh (cache, resume, offer, phoenix_test_scale_name (scale));
      g_assert_cmpuint (phoenix_ats_cache_get_n_extracted (cache), ==, extracted + 1);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  phoenix_test_ats_init (&taxonomy, &extractor);

  g_test_add_func ("/ats/cache/same-as-fresh", test_same_as_fresh);
  g_test_add_func ("/ats/cache/edit-one-field", test_edit_one_field);
  g_test_add_func ("/ats/cache/scale-profiles", test_scale_profiles);

  return phoenix_test_ats_run (&taxonomy, &extractor);
}
