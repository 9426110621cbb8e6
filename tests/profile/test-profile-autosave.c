/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-profile-autosave"

#include "config.h"

#include "phoenix-cv-variant.h"
#include "phoenix-profile.h"
#include "phoenix-profile-autosave.h"
#include "phoenix-skill.h"
#include "phoenix-vault-private.h"
#include "phoenix-test-vault.h"

/*
 * The profile's autosave (PhoenixProfileAutosave) on a real vault file in a temporary folder:
 * a save a moment after the last change, the whole profile when a list changed, the CV
 * variants handed over, flush, and a full disk (SQLite's page limit) that keeps the edits,
 * says so once and saves them once there is room again.
 */

typedef PhoenixTestVault Fixture;

/* Turns the main loop until @autosave has nothing pending (a hang guard of 10 s). */
static void
wait_saved (PhoenixProfileAutosave *autosave)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (phoenix_profile_autosave_get_pending (autosave))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
spin (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
}

/* The profile as the vault holds it now. */
static PhoenixProfile *
stored_profile (Fixture *f)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_profile_load (profile, f->vault, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&profile);
}

static PhoenixProfileAutosave *
new_autosave (Fixture         *f,
              PhoenixProfile **profile)
{
  PhoenixProfileAutosave *autosave;

  *profile = stored_profile (f);
  autosave = phoenix_profile_autosave_new (f->vault, *profile);
  phoenix_profile_autosave_set_delays (autosave, 50, 1);
  g_assert_false (phoenix_profile_autosave_get_pending (autosave));
  return autosave;
}

static void
test_debounced (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PhoenixProfile) profile = NULL;
  g_autoptr(PhoenixProfileAutosave) autosave = new_autosave (f, &profile);
  g_autoptr(PhoenixProfile) stored = NULL;

  phoenix_profile_autosave_set_delays (autosave, 300, 1);
  phoenix_profile_set_headline (profile, "Data analyst");
  g_assert_true (phoenix_profile_autosave_get_pending (autosave));
  /* Not at once: typing goes on. */
  g_clear_object (&stored);
  stored = stored_profile (f);
  g_assert_cmpstr (phoenix_profile_get_headline (stored), ==, "");

  phoenix_profile_set_headline (profile, "Data analyst, Lyon");
  wait_saved (autosave);
  g_clear_object (&stored);
  stored = stored_profile (f);
  g_assert_cmpstr (phoenix_profile_get_headline (stored), ==, "Data analyst, Lyon");
}

static void
test_lists (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(PhoenixProfile) profile = NULL;
  g_autoptr(PhoenixProfileAutosave) autosave = new_autosave (f, &profile);
  g_autoptr(PhoenixProfile) stored = NULL;
  g_autoptr(PhoenixSkill) skill = phoenix_skill_new ();
  guint64 serial = phoenix_profile_get_entries_serial (profile);

  /* A list changed (as the Training page adds a certificate): the whole profile is saved. */
  phoenix_skill_set_name (skill, "SQL");
  g_list_store_append (phoenix_profile_get_skills (profile), skill);
  g_assert_cmpuint (phoenix_profile_get_entries_serial (profile), >, serial);
  wait_saved (autosave);
  stored = stored_profile (f);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_skills (stored))), ==, 1);

  /* An entry's field edited: saved too. */
  phoenix_skill_set_name (skill, "PostgreSQL");
  wait_saved (autosave);
  g_clear_object (&stored);
  stored = stored_profile (f);
  {
    g_autoptr(PhoenixSkill) again = g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_skills (stored)), 0);

    g_assert_cmpstr (phoenix_skill_get_name (again), ==, "PostgreSQL");
  }

  /* The person's own fields leave the entries serial alone. */
  serial = phoenix_profile_get_entries_serial (profile);
  phoenix_profile_set_city (profile, "Lille");
  g_assert_cmpuint (phoenix_profile_get_entries_serial (profile), ==, serial);
  wait_saved (autosave);
  g_clear_object (&stored);
  stored = stored_profile (f);
  g_assert_cmpstr (phoenix_profile_get_city (stored), ==, "Lille");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_skills (stored))), ==, 1);
}

static void
test_variants_and_flush (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PhoenixProfile) profile = NULL;
  g_autoptr(PhoenixProfileAutosave) autosave = new_autosave (f, &profile);
  g_autoptr(GListStore) variants = g_list_store_new (PHOENIX_TYPE_CV_VARIANT);
  g_autoptr(GListStore) stored_variants = g_list_store_new (PHOENIX_TYPE_CV_VARIANT);
  g_autoptr(PhoenixCvVariant) variant = phoenix_cv_variant_new ("Data CV");
  g_autoptr(PhoenixProfile) stored = NULL;
  g_autoptr(GError) error = NULL;

  phoenix_profile_autosave_set_delays (autosave, 60 * 1000, 1);
  g_list_store_append (variants, variant);
  phoenix_profile_autosave_variants_changed (autosave, variants);
  phoenix_profile_set_name (profile, "Camille Martin");
  g_assert_true (phoenix_profile_autosave_get_pending (autosave));

  /* Flush (lock, close, an export) saves at once, without the delay. */
  g_assert_true (phoenix_profile_autosave_flush (autosave, &error));
  g_assert_no_error (error);
  g_assert_false (phoenix_profile_autosave_get_pending (autosave));
  stored = stored_profile (f);
  g_assert_cmpstr (phoenix_profile_get_name (stored), ==, "Camille Martin");
  g_assert_true (phoenix_cv_variants_load (stored_variants, f->vault, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (stored_variants)), ==, 1);
  {
    g_autoptr(PhoenixCvVariant) again = g_list_model_get_item (G_LIST_MODEL (stored_variants), 0);

    g_assert_cmpstr (phoenix_cv_variant_get_name (again), ==, "Data CV");
  }

  /* Nothing pending: flush is a no-op; forget_pending drops what waits. */
  g_assert_true (phoenix_profile_autosave_flush (autosave, &error));
  phoenix_profile_set_name (profile, "Camille M.");
  phoenix_profile_autosave_forget_pending (autosave);
  g_assert_false (phoenix_profile_autosave_get_pending (autosave));
  g_clear_object (&stored);
  stored = stored_profile (f);
  g_assert_cmpstr (phoenix_profile_get_name (stored), ==, "Camille Martin");
}

/* Locked under a pending change: flush says why, and dropping the autosave says what was lost. */
static void
test_locked (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(PhoenixProfile) profile = NULL;
  PhoenixProfileAutosave *autosave = new_autosave (f, &profile);
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_profile_autosave_flush (autosave, &error));
  phoenix_profile_set_name (profile, "Camille Martin");
  phoenix_vault_lock (f->vault);
  g_assert_false (phoenix_profile_autosave_flush (autosave, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED);
  g_assert_true (phoenix_profile_autosave_get_pending (autosave));

  g_test_expect_message ("phoenix-profile-autosave", G_LOG_LEVEL_WARNING, "Unsaved CV edits dropped*");
  g_object_unref (autosave);
  g_test_assert_expected_messages ();
}

static void
save_failed_cb (PhoenixProfileAutosave *autosave,
                GError                 *error,
                GPtrArray              *errors)
{
  g_ptr_array_add (errors, g_error_copy (error));
}

static int
count_pages (Fixture *f)
{
  sqlite3_stmt *stmt = NULL;
  int pages;

  g_assert_cmpint (sqlite3_prepare_v2 (_phoenix_vault_get_db (f->vault), "PRAGMA page_count", -1, &stmt, NULL),
                   ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  pages = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return pages;
}

static void
set_max_pages (Fixture *f,
               int      pages)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA max_page_count = %d", pages);

  g_assert_cmpint (sqlite3_exec (_phoenix_vault_get_db (f->vault), sql, NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PhoenixProfile) profile = NULL;
  g_autoptr(PhoenixProfileAutosave) autosave = new_autosave (f, &profile);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func ((GDestroyNotify) g_error_free);
  g_autoptr(PhoenixProfile) stored = NULL;
  g_autoptr(GString) summary = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  g_signal_connect (autosave, "save-failed", G_CALLBACK (save_failed_cb), errors);

  /* The file may not grow: a summary of 200 KB cannot be written. */
  set_max_pages (f, count_pages (f));
  for (guint i = 0; i < 20000; i++)
    g_string_append (summary, "Analyse. ");
  phoenix_profile_set_summary (profile, summary->str);
  spin (300);
  g_assert_true (phoenix_profile_autosave_get_pending (autosave));
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_error ((GError *) errors->pdata[0], PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_DISK_FULL);

  /* Told once: more edits meanwhile stay in memory without another message. */
  phoenix_profile_set_headline (profile, "Analyste");
  spin (300);
  g_assert_cmpuint (errors->len, ==, 1);
  g_assert_false (phoenix_profile_autosave_flush (autosave, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_DISK_FULL);
  g_assert_true (phoenix_profile_autosave_get_pending (autosave));

  /* Room again: the retry saves everything, nothing lost. */
  set_max_pages (f, 1000000);
  wait_saved (autosave);
  stored = stored_profile (f);
  g_assert_cmpstr (phoenix_profile_get_summary (stored), ==, summary->str);
  g_assert_cmpstr (phoenix_profile_get_headline (stored), ==, "Analyste");
  g_assert_cmpuint (errors->len, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/profile-autosave/debounced", Fixture, NULL,
              phoenix_test_vault_setup, test_debounced, phoenix_test_vault_teardown);
  g_test_add ("/profile-autosave/lists", Fixture, NULL,
              phoenix_test_vault_setup, test_lists, phoenix_test_vault_teardown);
  g_test_add ("/profile-autosave/variants-and-flush", Fixture, NULL,
              phoenix_test_vault_setup, test_variants_and_flush, phoenix_test_vault_teardown);
  g_test_add ("/profile-autosave/locked", Fixture, NULL,
              phoenix_test_vault_setup, test_locked, phoenix_test_vault_teardown);
  g_test_add ("/profile-autosave/disk-full", Fixture, NULL,
              phoenix_test_vault_setup, test_disk_full, phoenix_test_vault_teardown);

  return g_test_run ();
}
