/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-offer-store"

#include "config.h"

#include "phoenix-job-offer-store.h"
#include "phoenix-vault-private.h"
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

/* A title that hesitates between two occupations: the matcher's close second guess is kept with the
 * offer in the vault (schema 10) and comes back with it; a vault the schema-9 code wrote, holding an
 * offer, is migrated without losing it, its runner-up empty. */
static void
test_offer_store_runner_up (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = phoenix_test_make_tmp_dir ("phoenix-offers-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "vault.db", NULL);
  g_autoptr(PhoenixVault) vault = phoenix_test_vault_new (path);
  g_autoptr(PhoenixJobOffer) hesitant = phoenix_job_offer_new_from_text (extractor,
                                                                        "Content marketing manager\n"
                                                                        "Company: Northwind Media\n\n"
                                                                        "Responsibilities\n"
                                                                        "- Plan the editorial calendar.\n");
  g_autoptr(GPtrArray) stored = NULL;
  g_autofree char *runner_up = g_strdup (phoenix_job_offer_get_occupation_runner_up (hesitant));
  PhoenixJobOffer *old = NULL, *back = NULL;
  gint64 id;

  g_assert_cmpstr (runner_up, !=, "");
  g_assert_cmpstr (runner_up, !=, phoenix_job_offer_get_occupation (hesitant));

  /* What the schema-9 code wrote: an offer, no runner-up column. */
  g_assert_true (_phoenix_vault_create_at_version (vault, PHOENIX_TEST_PASSPHRASE, 9, &error));
  g_assert_no_error (error);
  g_assert_cmpint (phoenix_vault_get_schema_version (vault), ==, 9);
  g_assert_true (phoenix_test_vault_exec (vault,
                                          "INSERT INTO job_offer (text, title, company, location, contract, education,"
                                          " experience_years, occupation, skills, updated_at, created_at)"
                                          " VALUES ('Infirmier (H/F)', 'Infirmier', 'Clinique du Parc', 'Lyon', 'cdi',"
                                          " 6, 2, 'J1506', '', 1, 1)", &error));
  g_assert_no_error (error);
  phoenix_vault_lock (vault);
  g_assert_true (phoenix_vault_unlock (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (phoenix_vault_get_schema_version (vault), ==, 10);
  g_assert_cmpint (phoenix_vault_get_schema_version (vault), ==, phoenix_vault_get_latest_schema_version ());

  id = phoenix_job_offer_store_save (vault, hesitant, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  phoenix_vault_lock (vault);
  g_assert_true (phoenix_vault_unlock (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);

  stored = phoenix_job_offer_store_list (vault, extractor, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 2);
  for (guint i = 0; i < stored->len; i++)
    {
      PhoenixJobOffer *offer = g_ptr_array_index (stored, i);

      if (phoenix_job_offer_get_id (offer) == id)
        back = offer;
      else
        old = offer;
    }
  g_assert_nonnull (back);
  g_assert_nonnull (old);
  g_assert_cmpstr (phoenix_job_offer_get_occupation (back), ==, phoenix_job_offer_get_occupation (hesitant));
  g_assert_cmpstr (phoenix_job_offer_get_occupation_runner_up (back), ==, runner_up);
  g_assert_cmpstr (phoenix_job_offer_get_title (old), ==, "Infirmier");
  g_assert_cmpstr (phoenix_job_offer_get_company (old), ==, "Clinique du Parc");
  g_assert_cmpstr (phoenix_job_offer_get_occupation (old), ==, "J1506");
  g_assert_cmpint (phoenix_job_offer_get_experience_years (old), ==, 2);
  g_assert_cmpstr (phoenix_job_offer_get_occupation_runner_up (old), ==, "");

  /* The user chooses an occupation: the second guess goes, in the vault too. */
  phoenix_job_offer_set_occupation (back, runner_up);
  g_assert_cmpint (phoenix_job_offer_store_save (vault, back, &error), ==, id);
  g_assert_no_error (error);
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = phoenix_job_offer_store_list (vault, extractor, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < stored->len; i++)
    {
      PhoenixJobOffer *offer = g_ptr_array_index (stored, i);

      if (phoenix_job_offer_get_id (offer) == id)
        {
          g_assert_cmpstr (phoenix_job_offer_get_occupation (offer), ==, runner_up);
          g_assert_cmpstr (phoenix_job_offer_get_occupation_runner_up (offer), ==, "");
        }
    }

  phoenix_vault_lock (vault);
  phoenix_test_remove_tree (dir);
}

/* An offer read back from the vault is read as it was saved: each stored skill the text still names
 * keeps where the text names it and whether it is weak evidence (issue #16), so a stored offer and a
 * fresh one give the same report. Before, every stored skill came back without either, and a skill of
 * weak evidence was listed missing again once the offer was saved. */
static void
test_offer_store_keeps_reading (PhoenixTestVault *f,
                                gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  PhoenixVault *vault = f->vault;
  g_autoptr(PhoenixJobOffer) fresh = phoenix_job_offer_new_from_text (extractor, PHOENIX_TEST_WEAK_OFFER);
  g_autoptr(GPtrArray) stored = NULL;
  GArray *want = phoenix_job_offer_get_skills (fresh), *got;
  guint n_weak = 0;

  g_assert_cmpint (phoenix_job_offer_store_save (vault, fresh, &error), >, 0);
  g_assert_no_error (error);
  stored = phoenix_job_offer_store_list (vault, extractor, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 1);
  got = phoenix_job_offer_get_skills (g_ptr_array_index (stored, 0));
  g_assert_cmpuint (got->len, ==, want->len);
  for (guint i = 0; i < want->len; i++)
    {
      PhoenixOfferSkill *a = &g_array_index (want, PhoenixOfferSkill, i), *b = &g_array_index (got, PhoenixOfferSkill, i);

      g_assert_cmpuint (b->skill, ==, a->skill);
      g_assert_cmpint (b->required, ==, a->required);
      g_assert_cmpuint (b->start, ==, a->start);
      g_assert_cmpuint (b->end, ==, a->end);
      g_assert_cmpint (b->weak, ==, a->weak);
      n_weak += a->weak;
    }
  g_assert_cmpuint (n_weak, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  phoenix_test_ats_init (&taxonomy, &extractor);

  g_test_add_func ("/ats/offer/stored-in-the-vault", test_offer_store);
  g_test_add_func ("/ats/offer/runner-up-stored", test_offer_store_runner_up);
  g_test_add ("/ats/offer/stored-reads-the-same", PhoenixTestVault, NULL, phoenix_test_vault_setup,
              test_offer_store_keeps_reading, phoenix_test_vault_teardown);

  return phoenix_test_ats_run (&taxonomy, &extractor);
}
