/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-offer-store"

#include "config.h"

#include "phoenix-job-offer-store.h"
#include "phoenix-test-ats.h"
#include "phoenix-test-util.h"
#include "phoenix-test-vault.h"

/* Offers in a real vault: saved with the user's corrections, listed, deleted. */

static PhoenixTaxonomy *taxonomy;
static PhoenixSkillExtractor *extractor;

static void
test_offer_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = phoenix_test_make_tmp_dir ("phoenix-offers-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "vault.db", NULL);
  g_autoptr(PhoenixVault) vault = phoenix_test_vault_create (path);
  g_autoptr(PhoenixJobOffer) first = phoenix_test_offer_load (extractor, "offers", "fr-03-comptable.txt");
  g_autoptr(PhoenixJobOffer) second = phoenix_test_offer_load (extractor, "offers", "en-02-data-analyst.txt");
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) after_delete = NULL;
  PhoenixJobOffer *back = NULL;
  guint sage, excel;
  gint64 id;

  /* The user corrects the reading, then saves. */
  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "tool:sage", &sage));
  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "tool:excel", &excel));
  phoenix_job_offer_set_company (first, "Fabre & Associés");
  phoenix_job_offer_set_skill (first, sage, FALSE);
  phoenix_job_offer_remove_skill (first, excel);
  phoenix_job_offer_set_experience_years (first, 4);
  id = phoenix_job_offer_store_save (vault, first, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (phoenix_job_offer_store_save (vault, second, &error), >, id);
  g_assert_no_error (error);
  phoenix_job_offer_set_title (first, "Comptable général confirmé");
  g_assert_cmpint (phoenix_job_offer_store_save (vault, first, &error), ==, id);
  g_assert_no_error (error);

  stored = phoenix_job_offer_store_list (vault, extractor, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 2);
  for (guint i = 0; i < stored->len; i++)
    {
      if (phoenix_job_offer_get_id (g_ptr_array_index (stored, i)) == id)
        back = g_ptr_array_index (stored, i);
    }
  g_assert_nonnull (back);
  g_assert_cmpstr (phoenix_job_offer_get_title (back), ==, "Comptable général confirmé");
  g_assert_cmpstr (phoenix_job_offer_get_company (back), ==, "Fabre & Associés");
  g_assert_cmpint (phoenix_job_offer_get_experience_years (back), ==, 4);
  g_assert_cmpstr (phoenix_job_offer_get_occupation (back), ==, "M1203");
  g_assert_cmpstr (phoenix_job_offer_get_text (back), ==, phoenix_job_offer_get_text (first));
  {
    GArray *skills = phoenix_job_offer_get_skills (back);
    gboolean has_sage_nice = FALSE, has_excel = FALSE;

    g_assert_cmpuint (skills->len, ==, phoenix_job_offer_get_skills (first)->len);
    for (guint i = 0; i < skills->len; i++)
      {
        PhoenixOfferSkill *skill = &g_array_index (skills, PhoenixOfferSkill, i);

        has_sage_nice = has_sage_nice || (skill->skill == sage && !skill->required);
        has_excel = has_excel || skill->skill == excel;
      }
    g_assert_true (has_sage_nice);
    g_assert_false (has_excel);
  }

  g_assert_true (phoenix_job_offer_store_delete (vault, id, &error));
  g_assert_no_error (error);
  after_delete = phoenix_job_offer_store_list (vault, extractor, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after_delete->len, ==, 1);

  phoenix_vault_lock (vault);
  g_assert_null (phoenix_job_offer_store_list (vault, extractor, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED);
  phoenix_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  phoenix_test_ats_init (&taxonomy, &extractor);

  g_test_add_func ("/ats/offer/stored-in-the-vault", test_offer_store);

  return phoenix_test_ats_run (&taxonomy, &extractor);
}
