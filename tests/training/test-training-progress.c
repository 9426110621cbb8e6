/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <sqlite3.h>
#include <string.h>

#include "phoenix-kdf.h"
#include "phoenix-test-util.h"
#include "phoenix-training-progress.h"
#include "phoenix-schema.h"
#include "phoenix-vault-private.h"

/*
 * The training progress in a real SQLCipher vault in a temporary folder:
 * targets (one active), weekly hours and deadline, module status with dates
 * and certificate answers, the log and its streak, own and imported trainings,
 * the coaching checklist; everything read back after locking and unlocking;
 * bad input refused with nothing written; the schema migration from the
 * version before it.
 */

#define PASSPHRASE "Tulipe-velo-Rhone-2031"

typedef struct
{
  char         *dir;
  char         *path;
  PhoenixVault *vault;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("phoenix-training-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "vault.db", NULL);
  f->vault = phoenix_vault_new (f->path);
  phoenix_vault_set_kdf_params (f->vault, &phoenix_kdf_test_params);
  g_assert_true (phoenix_vault_create (f->vault, PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  phoenix_vault_lock (f->vault);
  g_assert_finalize_object (f->vault);
  phoenix_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static PhoenixTrainingProgress *
reopen (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  PhoenixTrainingProgress *progress;

  phoenix_vault_lock (f->vault);
  g_assert_true (phoenix_vault_unlock (f->vault, PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  progress = phoenix_training_progress_new (f->vault);
  g_assert_true (phoenix_training_progress_load (progress, &error));
  g_assert_no_error (error);

  return progress;
}

static void
count_changed_cb (PhoenixTrainingProgress *progress,
                  gpointer                 user_data)
{
  (*(guint *) user_data)++;
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTrainingProgress) progress = phoenix_training_progress_new (f->vault);
  g_autoptr(PhoenixTrainingProgress) again = NULL;
  g_autoptr(PhoenixTrainingModule) mine = phoenix_training_module_new ("user:mooc-python", "MOOC Python");
  g_autoptr(GPtrArray) modules = g_ptr_array_new_with_free_func (g_object_unref);
  const char *skills[] = { "tool:python", "tool:sql", NULL };
  const char *funding[] = { "cpf", NULL };
  GPtrArray *log;
  guint changed = 0;

  g_assert_true (phoenix_training_progress_load (progress, &error));
  g_signal_connect (progress, "changed", G_CALLBACK (count_changed_cb), &changed);

  /* Targets: the first becomes active; another made active; removing the active one moves it on. */
  g_assert_true (phoenix_training_progress_add_target (progress, "M1855", FALSE, &error));
  g_assert_true (phoenix_training_progress_add_target (progress, "M1419", FALSE, &error));
  g_assert_true (phoenix_training_progress_add_target (progress, "E1206", TRUE, &error));
  g_assert_cmpstr (phoenix_training_progress_get_active_target (progress), ==, "E1206");
  g_assert_true (phoenix_training_progress_remove_target (progress, "E1206", &error));
  g_assert_cmpstr (phoenix_training_progress_get_active_target (progress), ==, "M1855");
  g_assert_true (phoenix_training_progress_set_active_target (progress, "M1419", &error));
  g_assert_no_error (error);

  g_assert_true (phoenix_training_progress_set_hours_per_week (progress, 7.5, &error));
  g_assert_true (phoenix_training_progress_set_deadline (progress, "2026-09-01", &error));
  g_assert_true (phoenix_training_progress_set_status (progress, "web-html-css", PHOENIX_MODULE_STARTED,
                                                       "2026-01-05", &error));
  g_assert_true (phoenix_training_progress_set_status (progress, "sst", PHOENIX_MODULE_DONE, "2026-01-10", &error));
  g_assert_true (phoenix_training_progress_set_certificate (progress, "sst", PHOENIX_CERTIFICATE_ADDED, &error));
  g_assert_true (phoenix_training_progress_add_log (progress, "2026-01-06", "web-html-css", 2.5,
                                                    "Flexbox, enfin compris", &error));
  g_assert_true (phoenix_training_progress_add_log (progress, "2026-01-07", "", 0, "Enquête métier avec une "
                                                    "développeuse : très utile", &error));
  phoenix_training_module_set_skills (mine, skills);
  phoenix_training_module_set_hours (mine, 25);
  phoenix_training_module_set_kind (mine, "mooc");
  phoenix_training_module_set_funding (mine, funding);
  phoenix_training_module_set_origin (mine, PHOENIX_MODULE_ORIGIN_USER);
  g_ptr_array_add (modules, g_object_ref (mine));
  g_assert_true (phoenix_training_progress_save_modules (progress, modules, &error));
  g_assert_true (phoenix_training_progress_set_coaching_done (progress, "bilan", TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 14);

  /* Everything is in the vault: locked, unlocked, read again. */
  again = reopen (f);
  g_assert_cmpstrv (phoenix_training_progress_get_targets (again),
                    ((const char * const []) { "M1855", "M1419", NULL }));
  g_assert_cmpstr (phoenix_training_progress_get_active_target (again), ==, "M1419");
  g_assert_cmpfloat (phoenix_training_progress_get_hours_per_week (again), ==, 7.5);
  g_assert_cmpstr (phoenix_training_progress_get_deadline (again), ==, "2026-09-01");
  g_assert_cmpint (phoenix_training_progress_get_status (again, "web-html-css"), ==, PHOENIX_MODULE_STARTED);
  g_assert_cmpint (phoenix_training_progress_get_status (again, "sst"), ==, PHOENIX_MODULE_DONE);
  g_assert_cmpstr (phoenix_training_progress_get_done_on (again, "sst"), ==, "2026-01-10");
  g_assert_cmpint (phoenix_training_progress_get_certificate (again, "sst"), ==, PHOENIX_CERTIFICATE_ADDED);
  g_assert_cmpint (phoenix_training_progress_get_status (again, "other"), ==, PHOENIX_MODULE_PLANNED);
  {
    g_auto(GStrv) touched = phoenix_training_progress_list_touched (again);

    g_assert_cmpstrv (touched, ((const char * const []) { "sst", "web-html-css", NULL }));
  }
  log = phoenix_training_progress_get_log (again);
  g_assert_cmpuint (log->len, ==, 2);
  /* The latest first. */
  g_assert_cmpstr (((PhoenixTrainingLogEntry *) g_ptr_array_index (log, 0))->day, ==, "2026-01-07");
  g_assert_cmpstr (((PhoenixTrainingLogEntry *) g_ptr_array_index (log, 1))->note, ==, "Flexbox, enfin compris");
  g_assert_cmpfloat (phoenix_training_progress_get_hours_logged (again, "web-html-css"), ==, 2.5);
  g_assert_cmpuint (phoenix_training_progress_get_modules (again)->len, ==, 1);
  {
    PhoenixTrainingModule *module = g_ptr_array_index (phoenix_training_progress_get_modules (again), 0);

    g_assert_cmpstr (phoenix_training_module_get_id (module), ==, "user:mooc-python");
    g_assert_cmpstrv (phoenix_training_module_get_skills (module), skills);
    g_assert_cmpuint (phoenix_training_module_get_hours (module), ==, 25);
    g_assert_cmpstr (phoenix_training_module_get_kind (module), ==, "mooc");
    g_assert_cmpint (phoenix_training_module_get_origin (module), ==, PHOENIX_MODULE_ORIGIN_USER);
  }
  g_assert_true (phoenix_training_progress_get_coaching_done (again, "bilan"));
  g_assert_false (phoenix_training_progress_get_coaching_done (again, "vae"));

  /* Undone and removed, and read again. */
  g_assert_true (phoenix_training_progress_set_coaching_done (again, "bilan", FALSE, &error));
  g_assert_true (phoenix_training_progress_remove_log (again, ((PhoenixTrainingLogEntry *) g_ptr_array_index (log, 0))->id,
                                                       &error));
  g_assert_true (phoenix_training_progress_delete_module (again, "user:mooc-python", &error));
  g_assert_true (phoenix_training_progress_set_status (again, "web-html-css", PHOENIX_MODULE_PLANNED, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&progress);
  progress = reopen (f);
  g_assert_false (phoenix_training_progress_get_coaching_done (progress, "bilan"));
  g_assert_cmpuint (phoenix_training_progress_get_log (progress)->len, ==, 1);
  g_assert_cmpuint (phoenix_training_progress_get_modules (progress)->len, ==, 0);
  g_assert_cmpint (phoenix_training_progress_get_status (progress, "web-html-css"), ==, PHOENIX_MODULE_PLANNED);
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTrainingProgress) progress = phoenix_training_progress_new (f->vault);
  g_autoptr(PhoenixTrainingProgress) again = NULL;
  g_autofree char *long_note = g_strnfill (PHOENIX_TRAINING_MAX_NOTE + 1, 'a');
  guint changed = 0;

  g_signal_connect (progress, "changed", G_CALLBACK (count_changed_cb), &changed);
  g_assert_false (phoenix_training_progress_set_hours_per_week (progress, 0, &error));
  g_assert_error (error, PHOENIX_TRAINING_PROGRESS_ERROR, PHOENIX_TRAINING_PROGRESS_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "Choose between half an hour and 80 hours a week.");
  g_clear_error (&error);
  g_assert_false (phoenix_training_progress_set_hours_per_week (progress, 200, &error));
  g_clear_error (&error);
  g_assert_false (phoenix_training_progress_set_deadline (progress, "2026-02-30", &error));
  g_assert_cmpstr (error->message, ==, "“2026-02-30” is not a date (year-month-day, such as 2025-09-30).");
  g_clear_error (&error);
  g_assert_false (phoenix_training_progress_add_log (progress, "hier", "x", 1, "", &error));
  g_clear_error (&error);
  g_assert_false (phoenix_training_progress_add_log (progress, "2026-01-06", "x", 25, "", &error));
  g_assert_cmpstr (error->message, ==, "Log between 0 and 24 hours for one day.");
  g_clear_error (&error);
  g_assert_false (phoenix_training_progress_add_log (progress, "2026-01-06", "x", 0, "  ", &error));
  g_assert_cmpstr (error->message, ==, "Log some hours or write a note.");
  g_clear_error (&error);
  g_assert_false (phoenix_training_progress_add_log (progress, "2026-01-06", "x", 1, long_note, &error));
  g_clear_error (&error);
  g_assert_false (phoenix_training_progress_set_active_target (progress, "A1101", &error));
  g_assert_error (error, PHOENIX_TRAINING_PROGRESS_ERROR, PHOENIX_TRAINING_PROGRESS_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (phoenix_training_progress_delete_module (progress, "nope", &error));
  g_clear_error (&error);
  g_assert_cmpuint (changed, ==, 0);

  /* A locked vault: the write fails, memory is untouched. */
  phoenix_vault_lock (f->vault);
  g_assert_false (phoenix_training_progress_add_target (progress, "M1855", TRUE, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED);
  g_clear_error (&error);
  g_assert_cmpstr (phoenix_training_progress_get_active_target (progress), ==, "");
  g_assert_null (phoenix_training_progress_get_targets (progress)[0]);
  g_assert_cmpuint (changed, ==, 0);

  again = reopen (f);
  g_assert_null (phoenix_training_progress_get_targets (again)[0]);
  g_assert_cmpfloat (phoenix_training_progress_get_hours_per_week (again), ==, 6.0);
  g_assert_cmpuint (phoenix_training_progress_get_log (again)->len, ==, 0);
}

/* Importing a catalogue saves all of it or nothing. */
static void
test_save_modules_atomic (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTrainingProgress) progress = phoenix_training_progress_new (f->vault);
  g_autoptr(PhoenixTrainingProgress) again = NULL;
  g_autoptr(GPtrArray) modules = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3 *db = _phoenix_vault_get_db (f->vault);

  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *id = g_strdup_printf ("org:%u", i);
      PhoenixTrainingModule *module = phoenix_training_module_new (id, "Module");

      phoenix_training_module_set_origin (module, PHOENIX_MODULE_ORIGIN_IMPORT);
      phoenix_training_module_set_source (module, "organisme.csv");
      g_ptr_array_add (modules, module);
    }
  /* The third row cannot be written (a trigger makes the insert fail, as a full disk would). */
  g_assert_cmpint (sqlite3_exec (db, "CREATE TEMP TRIGGER no_third BEFORE INSERT ON training_module "
                                     "WHEN NEW.id = 'org:2' BEGIN SELECT RAISE(ABORT, 'refused'); END;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_false (phoenix_training_progress_save_modules (progress, modules, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpuint (phoenix_training_progress_get_modules (progress)->len, ==, 0);
  again = reopen (f);
  g_assert_cmpuint (phoenix_training_progress_get_modules (again)->len, ==, 0);

  /* Without the trigger (gone with the connection), all three. */
  g_assert_true (phoenix_training_progress_save_modules (again, modules, &error));
  g_assert_no_error (error);
  g_clear_object (&again);
  again = reopen (f);
  g_assert_cmpuint (phoenix_training_progress_get_modules (again)->len, ==, 3);
  g_assert_cmpstr (phoenix_training_module_get_source (g_ptr_array_index (phoenix_training_progress_get_modules (again), 0)),
                   ==, "organisme.csv");
}

static void
test_streak (void)
{
  static const struct {
    const char *days[8];
    double      hours[8];
    const char *today;
    double      goal;
    guint       streak;
    double      this_week;
  } cases[] = {
    /* Nothing logged. */
    { { NULL }, { 0 }, "2026-01-14", 5, 0, 0 },
    /* Last week reached 5 h, this week (Monday 12 January) not yet: 1. */
    { { "2026-01-05", "2026-01-08", NULL }, { 3, 2 }, "2026-01-14", 5, 1, 0 },
    /* Three weeks in a row, this week included. */
    { { "2025-12-29", "2026-01-05", "2026-01-12", "2026-01-13", NULL }, { 5, 6, 4, 1 }, "2026-01-14", 5, 3, 5 },
    /* A gap breaks it: only the weeks since. */
    { { "2025-12-15", "2026-01-05", "2026-01-12", NULL }, { 5, 5, 5 }, "2026-01-18", 5, 2, 5 },
    /* A week short of the goal. */
    { { "2025-12-29", "2026-01-05", NULL }, { 5, 4.5 }, "2026-01-14", 5, 0, 0 },
    /* Sunday belongs to the week that began on Monday. */
    { { "2026-01-11", NULL }, { 5 }, "2026-01-11", 5, 1, 5 },
  };

  for (gsize c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(PhoenixTrainingProgress) progress = phoenix_training_progress_new (NULL);
      g_autoptr(GError) error = NULL;
      GDate today;

      g_assert_true (phoenix_training_progress_set_hours_per_week (progress, cases[c].goal, &error));
      for (guint i = 0; cases[c].days[i] != NULL; i++)
        g_assert_true (phoenix_training_progress_add_log (progress, cases[c].days[i], "m", cases[c].hours[i], "",
                                                          &error));
      g_assert_true (phoenix_training_parse_day (cases[c].today, &today));
      g_assert_cmpuint (phoenix_training_progress_get_streak (progress, &today), ==, cases[c].streak);
      g_assert_cmpfloat (phoenix_training_progress_get_week_hours (progress, &today), ==, cases[c].this_week);
    }
}

/* The vault made by the version before this one gets the training tables. */
static void
test_migration (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *old_path = g_build_filename (f->dir, "old.db", NULL);
  g_autoptr(PhoenixVault) old = phoenix_vault_new (old_path);
  g_autoptr(PhoenixTrainingProgress) progress = NULL;
  int latest = phoenix_vault_get_latest_schema_version ();
  int version = 0;

  phoenix_vault_set_kdf_params (old, &phoenix_kdf_test_params);
  g_assert_true (_phoenix_vault_create_at_version (old, PASSPHRASE, latest - 1, &error));
  g_assert_no_error (error);
  g_assert_true (_phoenix_schema_read_version (_phoenix_vault_get_db (old), &version, &error));
  g_assert_cmpint (version, ==, latest - 1);
  phoenix_vault_lock (old);

  /* Unlocking migrates; the training progress then reads and writes. */
  g_assert_true (phoenix_vault_unlock (old, PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (_phoenix_schema_read_version (_phoenix_vault_get_db (old), &version, &error));
  g_assert_cmpint (version, ==, latest);
  progress = phoenix_training_progress_new (old);
  g_assert_true (phoenix_training_progress_load (progress, &error));
  g_assert_cmpfloat (phoenix_training_progress_get_hours_per_week (progress), ==, 6.0);
  g_assert_true (phoenix_training_progress_add_target (progress, "D1102", FALSE, &error));
  g_assert_no_error (error);
  g_clear_object (&progress);
  phoenix_vault_lock (old);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/training/progress/round-trip", Fixture, NULL, fixture_setup, test_round_trip, fixture_teardown);
  g_test_add ("/training/progress/bad-input", Fixture, NULL, fixture_setup, test_bad_input, fixture_teardown);
  g_test_add ("/training/progress/save-modules-atomic", Fixture, NULL, fixture_setup, test_save_modules_atomic,
              fixture_teardown);
  g_test_add_func ("/training/progress/streak", test_streak);
  g_test_add ("/training/progress/migration", Fixture, NULL, fixture_setup, test_migration, fixture_teardown);

  return g_test_run ();
}
