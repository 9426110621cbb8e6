/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cv-variant-name"

/*
 * The CV made up for a new vault is named in the language of the moment, not of the vault's
 * first start (issue #17): a vault created on an English desktop shows « Mon CV » on a French
 * one, and the other way round, until the user renames it. A real vault in a temporary folder;
 * the catalogue the build compiled from po/fr.po.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "phoenix-cv-variant.h"
#include "phoenix-test-util.h"
#include "phoenix-test-vault.h"

static PhoenixCvVariant *
load_first (PhoenixVault *vault)
{
  g_autoptr(GListStore) loaded = g_list_store_new (PHOENIX_TYPE_CV_VARIANT);
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_cv_variants_load (loaded, vault, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (loaded)), >=, 1);

  return g_list_model_get_item (G_LIST_MODEL (loaded), 0);
}

static void
save_one (PhoenixVault     *vault,
          PhoenixCvVariant *variant)
{
  g_autoptr(GListStore) variants = g_list_store_new (PHOENIX_TYPE_CV_VARIANT);
  g_autoptr(GError) error = NULL;

  g_list_store_append (variants, variant);
  g_assert_true (phoenix_cv_variants_save (variants, vault, &error));
  g_assert_no_error (error);
}

static void
test_default_name_follows_language (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("phoenix-variant-name-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "vault.db", NULL);
  g_autoptr(PhoenixVault) vault = NULL;
  g_autoptr(PhoenixCvVariant) created = NULL;
  g_autoptr(PhoenixCvVariant) loaded = NULL;
  g_autoptr(PhoenixCvVariant) renamed = NULL;
  g_autoptr(PhoenixCvVariant) legacy = NULL;

  g_assert_no_error (error);
  vault = phoenix_test_vault_create (path);

  /* Created on an English desktop, as the CV page makes it. */
  phoenix_test_use_language ("en");
  created = phoenix_cv_variant_new (PHOENIX_CV_VARIANT_DEFAULT_NAME);
  g_assert_cmpstr (phoenix_cv_variant_get_display_name (created), ==, "My CV");
  save_one (vault, created);

  /* Opened on a French one: French. */
  phoenix_test_use_language ("fr");
  g_assert_cmpstr (_("My CV"), ==, "Mon CV");  /* the catalogue is loaded */
  loaded = load_first (vault);
  g_assert_cmpstr (phoenix_cv_variant_get_display_name (loaded), ==, "Mon CV");
  phoenix_test_use_language ("en");
  g_assert_cmpstr (phoenix_cv_variant_get_display_name (loaded), ==, "My CV");

  /* Renamed: the user's name, in every language. */
  phoenix_cv_variant_set_name (loaded, "Soins");
  save_one (vault, loaded);
  renamed = load_first (vault);
  phoenix_test_use_language ("fr");
  g_assert_cmpstr (phoenix_cv_variant_get_display_name (renamed), ==, "Soins");
  phoenix_test_use_language ("en");
  g_assert_cmpstr (phoenix_cv_variant_get_display_name (renamed), ==, "Soins");

  /* A vault of before this fix, created on a French desktop, stored « Mon CV »: English here. */
  phoenix_cv_variant_set_name (renamed, "Mon CV");
  save_one (vault, renamed);
  legacy = load_first (vault);
  phoenix_test_use_language ("en");
  g_assert_cmpstr (phoenix_cv_variant_get_display_name (legacy), ==, "My CV");
  phoenix_test_use_language ("fr");
  g_assert_cmpstr (phoenix_cv_variant_get_display_name (legacy), ==, "Mon CV");

  g_clear_object (&vault);
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  phoenix_test_use_build_catalogue ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/profile/cv-variant/default-name-follows-language", test_default_name_follows_language);

  return g_test_run ();
}
