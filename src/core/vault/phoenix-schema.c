/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-schema"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-schema.h"
#include "phoenix-vault-private.h"

/*
 * Forward-only migrations. Each entry takes the schema from to_version - 1 to
 * to_version and runs in its own transaction together with the PRAGMA
 * user_version bump. Never edit a released entry: append a new one.
 *
 * SQL must run on SQLite 3.15 (SQLCipher 3.4.1) and on SQLCipher 4: no UPSERT,
 * no window functions, no JSON1, no FTS5, no generated columns, no RETURNING,
 * no ALTER TABLE … RENAME/DROP COLUMN.
 */
static const PhoenixMigration migrations[] = {
  { 1,
    "CREATE TABLE meta ("
    "  key   TEXT PRIMARY KEY NOT NULL,"
    "  value TEXT"
    ");"
    "CREATE TABLE person ("
    "  id         INTEGER PRIMARY KEY CHECK (id = 1),"
    "  name       TEXT NOT NULL DEFAULT '',"
    "  headline   TEXT NOT NULL DEFAULT '',"
    "  photo      BLOB,"
    "  email      TEXT NOT NULL DEFAULT '',"
    "  phone      TEXT NOT NULL DEFAULT '',"
    "  city       TEXT NOT NULL DEFAULT '',"
    "  country    TEXT NOT NULL DEFAULT '',"
    "  summary    TEXT NOT NULL DEFAULT '',"
    "  updated_at INTEGER NOT NULL DEFAULT 0"
    ");"
    "INSERT INTO person (id) VALUES (1);"
    "CREATE TABLE link ("
    "  id       INTEGER PRIMARY KEY,"
    "  position INTEGER NOT NULL,"
    "  label    TEXT NOT NULL DEFAULT '',"
    "  url      TEXT NOT NULL DEFAULT ''"
    ");" },
  { 2,
    "CREATE TABLE experience ("
    "  id          INTEGER PRIMARY KEY,"
    "  position    INTEGER NOT NULL,"
    "  title       TEXT NOT NULL DEFAULT '',"
    "  employer    TEXT NOT NULL DEFAULT '',"
    "  location    TEXT NOT NULL DEFAULT '',"
    "  start_date  TEXT NOT NULL DEFAULT '',"  /* ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD */
    "  end_date    TEXT NOT NULL DEFAULT '',"
    "  current     INTEGER NOT NULL DEFAULT 0,"
    "  summary     TEXT NOT NULL DEFAULT '',"
    "  highlights  TEXT NOT NULL DEFAULT ''"   /* one highlight a line */
    ");"
    "CREATE TABLE education ("
    "  id          INTEGER PRIMARY KEY,"
    "  position    INTEGER NOT NULL,"
    "  degree      TEXT NOT NULL DEFAULT '',"
    "  field       TEXT NOT NULL DEFAULT '',"
    "  school      TEXT NOT NULL DEFAULT '',"
    "  location    TEXT NOT NULL DEFAULT '',"
    "  start_date  TEXT NOT NULL DEFAULT '',"
    "  end_date    TEXT NOT NULL DEFAULT '',"
    "  current     INTEGER NOT NULL DEFAULT 0,"
    "  grade       TEXT NOT NULL DEFAULT '',"
    "  summary     TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE TABLE skill ("
    "  id          INTEGER PRIMARY KEY,"
    "  position    INTEGER NOT NULL,"
    "  name        TEXT NOT NULL DEFAULT '',"
    "  level       TEXT NOT NULL DEFAULT '',"
    "  category    TEXT NOT NULL DEFAULT '',"
    "  taxonomy_id TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE TABLE language ("
    "  id          INTEGER PRIMARY KEY,"
    "  position    INTEGER NOT NULL,"
    "  name        TEXT NOT NULL DEFAULT '',"
    "  level       TEXT NOT NULL DEFAULT ''"   /* CEFR A1–C2, or native */
    ");"
    "CREATE TABLE certification ("
    "  id          INTEGER PRIMARY KEY,"
    "  position    INTEGER NOT NULL,"
    "  name        TEXT NOT NULL DEFAULT '',"
    "  issuer      TEXT NOT NULL DEFAULT '',"
    "  date        TEXT NOT NULL DEFAULT '',"
    "  url         TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE TABLE project ("
    "  id          INTEGER PRIMARY KEY,"
    "  position    INTEGER NOT NULL,"
    "  name        TEXT NOT NULL DEFAULT '',"
    "  summary     TEXT NOT NULL DEFAULT '',"
    "  url         TEXT NOT NULL DEFAULT '',"
    "  start_date  TEXT NOT NULL DEFAULT '',"
    "  end_date    TEXT NOT NULL DEFAULT '',"
    "  highlights  TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE TABLE interest ("
    "  id          INTEGER PRIMARY KEY,"
    "  position    INTEGER NOT NULL,"
    "  name        TEXT NOT NULL DEFAULT '',"
    "  keywords    TEXT NOT NULL DEFAULT ''"   /* comma separated */
    ");" },
  { 3,
    /* Issue 4: every JSON Resume field with a home in the profile, volunteering,
     * awards, publications, references; a stable uid per entry for CV variants. */
    "ALTER TABLE person ADD COLUMN url TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE person ADD COLUMN address TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE person ADD COLUMN postal_code TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE person ADD COLUMN region TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE person ADD COLUMN json_resume_extra TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE link ADD COLUMN username TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE experience ADD COLUMN url TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE experience ADD COLUMN description TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE education ADD COLUMN url TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE education ADD COLUMN courses TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE skill ADD COLUMN keywords TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE project ADD COLUMN keywords TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE project ADD COLUMN roles TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE project ADD COLUMN entity TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE project ADD COLUMN kind TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE link ADD COLUMN uid TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE experience ADD COLUMN uid TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE education ADD COLUMN uid TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE skill ADD COLUMN uid TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE language ADD COLUMN uid TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE certification ADD COLUMN uid TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE project ADD COLUMN uid TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE interest ADD COLUMN uid TEXT NOT NULL DEFAULT '';"
    "UPDATE link SET uid = lower(hex(randomblob(16)));"
    "UPDATE experience SET uid = lower(hex(randomblob(16)));"
    "UPDATE education SET uid = lower(hex(randomblob(16)));"
    "UPDATE skill SET uid = lower(hex(randomblob(16)));"
    "UPDATE language SET uid = lower(hex(randomblob(16)));"
    "UPDATE certification SET uid = lower(hex(randomblob(16)));"
    "UPDATE project SET uid = lower(hex(randomblob(16)));"
    "UPDATE interest SET uid = lower(hex(randomblob(16)));"
    "CREATE TABLE volunteer ("
    "  id           INTEGER PRIMARY KEY,"
    "  position     INTEGER NOT NULL,"
    "  organization TEXT NOT NULL DEFAULT '',"
    "  role         TEXT NOT NULL DEFAULT '',"  /* the "position" property */
    "  url          TEXT NOT NULL DEFAULT '',"
    "  start_date   TEXT NOT NULL DEFAULT '',"
    "  end_date     TEXT NOT NULL DEFAULT '',"
    "  current      INTEGER NOT NULL DEFAULT 0,"
    "  summary      TEXT NOT NULL DEFAULT '',"
    "  highlights   TEXT NOT NULL DEFAULT '',"
    "  uid          TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE TABLE award ("
    "  id           INTEGER PRIMARY KEY,"
    "  position     INTEGER NOT NULL,"
    "  title        TEXT NOT NULL DEFAULT '',"
    "  date         TEXT NOT NULL DEFAULT '',"
    "  awarder      TEXT NOT NULL DEFAULT '',"
    "  summary      TEXT NOT NULL DEFAULT '',"
    "  uid          TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE TABLE publication ("
    "  id           INTEGER PRIMARY KEY,"
    "  position     INTEGER NOT NULL,"
    "  name         TEXT NOT NULL DEFAULT '',"
    "  publisher    TEXT NOT NULL DEFAULT '',"
    "  release_date TEXT NOT NULL DEFAULT '',"
    "  url          TEXT NOT NULL DEFAULT '',"
    "  summary      TEXT NOT NULL DEFAULT '',"
    "  uid          TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE TABLE reference ("
    "  id           INTEGER PRIMARY KEY,"
    "  position     INTEGER NOT NULL,"
    "  name         TEXT NOT NULL DEFAULT '',"
    "  reference    TEXT NOT NULL DEFAULT '',"
    "  uid          TEXT NOT NULL DEFAULT ''"
    ");"
    /* CV variants: references to profile entries by uid, never copies. */
    "CREATE TABLE cv_variant ("
    "  id            INTEGER PRIMARY KEY,"
    "  position      INTEGER NOT NULL,"
    "  uid           TEXT NOT NULL DEFAULT '',"
    "  name          TEXT NOT NULL DEFAULT '',"
    "  headline      TEXT NOT NULL DEFAULT '',"
    "  summary       TEXT NOT NULL DEFAULT '',"
    "  language      TEXT NOT NULL DEFAULT 'fr',"
    "  template      TEXT NOT NULL DEFAULT 'classic',"
    "  paper         TEXT NOT NULL DEFAULT 'a4',"
    "  section_order TEXT NOT NULL DEFAULT '',"  /* comma separated section ids */
    "  selected      TEXT NOT NULL DEFAULT ''"   /* sections with an explicit selection */
    ");"
    "CREATE TABLE cv_variant_entry ("
    "  variant_uid   TEXT NOT NULL,"
    "  section       TEXT NOT NULL,"
    "  position      INTEGER NOT NULL,"
    "  entry_uid     TEXT NOT NULL"
    ");" },
  { 4,
    /* Job offers the user pasted or opened, with what they corrected (phoenix-job-offer-store.c). */
    "CREATE TABLE job_offer ("
    "  id               INTEGER PRIMARY KEY,"
    "  created_at       INTEGER NOT NULL DEFAULT 0,"
    "  updated_at       INTEGER NOT NULL DEFAULT 0,"
    "  text             TEXT NOT NULL DEFAULT '',"
    "  title            TEXT NOT NULL DEFAULT '',"
    "  company          TEXT NOT NULL DEFAULT '',"
    "  location         TEXT NOT NULL DEFAULT '',"
    "  contract         TEXT NOT NULL DEFAULT '',"
    "  education        INTEGER NOT NULL DEFAULT 0,"
    "  experience_years INTEGER NOT NULL DEFAULT -1,"
    "  occupation       TEXT NOT NULL DEFAULT '',"
    "  skills           TEXT NOT NULL DEFAULT ''"   /* one "taxonomy-id<TAB>required|nice" a line */
    ");" },
  { 5,
    /* The CV photo is a choice of each CV (off by default: ATS often reject photos). */
    "ALTER TABLE cv_variant ADD COLUMN show_photo INTEGER NOT NULL DEFAULT 0;" },
  { 6,
    /* Issue 11, training (phoenix-training-progress.c): target occupations, the plan's settings, the
     * user's own and imported trainings, each module's progress, the log of hours and notes, and the
     * coaching checklist. Only tables of its own: the migration can be renumbered beside others. */
    "CREATE TABLE training_target ("
    "  code        TEXT PRIMARY KEY NOT NULL,"   /* ROME code */
    "  position    INTEGER NOT NULL,"
    "  active      INTEGER NOT NULL DEFAULT 0,"
    "  added_at    INTEGER NOT NULL DEFAULT 0"
    ");"
    "CREATE TABLE training_settings ("
    "  id             INTEGER PRIMARY KEY CHECK (id = 1),"
    "  hours_per_week REAL NOT NULL DEFAULT 6,"  /* also the weekly goal */
    "  deadline       TEXT NOT NULL DEFAULT ''"  /* YYYY-MM-DD or '' */
    ");"
    "INSERT INTO training_settings (id) VALUES (1);"
    "CREATE TABLE training_module ("
    "  id            TEXT PRIMARY KEY NOT NULL,"
    "  origin        TEXT NOT NULL DEFAULT 'user',"  /* 'user' or 'import' */
    "  source        TEXT NOT NULL DEFAULT '',"      /* the imported file's name */
    "  title         TEXT NOT NULL DEFAULT '',"
    "  title_en      TEXT NOT NULL DEFAULT '',"
    "  kind          TEXT NOT NULL DEFAULT '',"
    "  provider      TEXT NOT NULL DEFAULT '',"
    "  skills        TEXT NOT NULL DEFAULT '',"      /* taxonomy ids, one a line */
    "  hours         INTEGER NOT NULL DEFAULT 0,"
    "  format        TEXT NOT NULL DEFAULT '',"
    "  level         TEXT NOT NULL DEFAULT '',"
    "  certifying    INTEGER NOT NULL DEFAULT 0,"
    "  certification TEXT NOT NULL DEFAULT '',"
    "  code          TEXT NOT NULL DEFAULT '',"
    "  prerequisites TEXT NOT NULL DEFAULT '',"      /* module ids, one a line */
    "  funding       TEXT NOT NULL DEFAULT '',"
    "  targets       TEXT NOT NULL DEFAULT '',"
    "  url           TEXT NOT NULL DEFAULT '',"
    "  position      INTEGER NOT NULL DEFAULT 0"
    ");"
    "CREATE TABLE training_progress ("
    "  module_id     TEXT PRIMARY KEY NOT NULL,"
    "  status        TEXT NOT NULL DEFAULT 'planned',"  /* 'planned', 'started' or 'done' */
    "  started_on    TEXT NOT NULL DEFAULT '',"
    "  done_on       TEXT NOT NULL DEFAULT '',"
    "  certificate   TEXT NOT NULL DEFAULT ''"          /* '', 'added' or 'declined' */
    ");"
    "CREATE TABLE training_log ("
    "  id            INTEGER PRIMARY KEY,"
    "  day           TEXT NOT NULL,"                    /* YYYY-MM-DD */
    "  module_id     TEXT NOT NULL DEFAULT '',"
    "  hours         REAL NOT NULL DEFAULT 0,"
    "  note          TEXT NOT NULL DEFAULT '',"
    "  created_at    INTEGER NOT NULL DEFAULT 0"
    ");"
    "CREATE INDEX training_log_day ON training_log (day);"
    "CREATE TABLE training_coaching ("
    "  step          TEXT PRIMARY KEY NOT NULL,"
    "  done          INTEGER NOT NULL DEFAULT 0,"
    "  done_on       TEXT NOT NULL DEFAULT ''"
    ");" },
  { 7,
    /* Issue 10: cover letters (phoenix-letter-store.c) and the applications they belong to, with
     * their status history (phoenix-application-store.c). Dates in seconds since the epoch. */
    "CREATE TABLE job_application ("
    "  id             INTEGER PRIMARY KEY,"
    "  created_at     INTEGER NOT NULL DEFAULT 0,"
    "  updated_at     INTEGER NOT NULL DEFAULT 0,"
    "  company        TEXT NOT NULL DEFAULT '',"
    "  position       TEXT NOT NULL DEFAULT '',"
    "  sector         TEXT NOT NULL DEFAULT '',"   /* ROME domain letter, A–N */
    "  offer_id       INTEGER NOT NULL DEFAULT 0,"  /* job_offer.id, 0: none */
    "  cv_variant     TEXT NOT NULL DEFAULT '',"    /* cv_variant.uid */
    "  sent_at        INTEGER NOT NULL DEFAULT 0,"
    "  channel        TEXT NOT NULL DEFAULT '',"    /* job-board, spontaneous, network, recruiter */
    "  contact        TEXT NOT NULL DEFAULT '',"
    "  notes          TEXT NOT NULL DEFAULT '',"
    "  status         TEXT NOT NULL DEFAULT 'to-apply',"
    "  follow_up_days INTEGER NOT NULL DEFAULT 0,"  /* 0: no reminder */
    "  reminded_at    INTEGER NOT NULL DEFAULT 0"
    ");"
    "CREATE TABLE job_application_status ("
    "  id             INTEGER PRIMARY KEY,"
    "  application_id INTEGER NOT NULL REFERENCES job_application (id) ON DELETE CASCADE,"
    "  status         TEXT NOT NULL,"
    "  changed_at     INTEGER NOT NULL,"
    "  note           TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX job_application_status_by_application ON job_application_status (application_id, changed_at);"
    "CREATE TABLE letter ("
    "  id             INTEGER PRIMARY KEY,"
    "  created_at     INTEGER NOT NULL DEFAULT 0,"
    "  updated_at     INTEGER NOT NULL DEFAULT 0,"
    "  application_id INTEGER NOT NULL DEFAULT 0,"  /* job_application.id, 0: none */
    "  offer_id       INTEGER NOT NULL DEFAULT 0,"
    "  title          TEXT NOT NULL DEFAULT '',"
    "  language       TEXT NOT NULL DEFAULT 'fr',"
    "  tone           TEXT NOT NULL DEFAULT '',"
    "  length         TEXT NOT NULL DEFAULT '',"
    "  template       TEXT NOT NULL DEFAULT '',"
    "  sender         TEXT NOT NULL DEFAULT '',"
    "  recipient      TEXT NOT NULL DEFAULT '',"
    "  place_date     TEXT NOT NULL DEFAULT '',"
    "  subject        TEXT NOT NULL DEFAULT '',"
    "  salutation     TEXT NOT NULL DEFAULT '',"
    "  body           TEXT NOT NULL DEFAULT '',"    /* one paragraph a line, <b> and <i> */
    "  closing        TEXT NOT NULL DEFAULT '',"
    "  signature      TEXT NOT NULL DEFAULT '',"
    "  cv_variant     TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE INDEX letter_by_application ON letter (application_id);" },
  { 8,
    /* Issue 12, the Overview and the flywheel sync. Only tables of its own: the migration can be
     * renumbered beside others. overview_metric: one value a metric a day (phoenix-metric-history.c);
     * sync_state: consent, the install id, the back-off and the install ids whose deletion the server
     * has not confirmed yet (phoenix-sync-store.c); sync_outbox: contributions waiting to leave;
     * sync_insights: the server's last answer for an occupation. */
    "CREATE TABLE overview_metric ("
    "  day           TEXT NOT NULL,"                 /* YYYY-MM-DD */
    "  metric        TEXT NOT NULL,"                 /* cv, ats, sent, response, training */
    "  value         REAL NOT NULL,"
    "  PRIMARY KEY (metric, day)"
    ");"
    "CREATE TABLE sync_state ("
    "  id              INTEGER PRIMARY KEY CHECK (id = 1),"
    "  consent         INTEGER NOT NULL DEFAULT 0,"
    "  consent_at      INTEGER NOT NULL DEFAULT 0,"
    "  install         TEXT NOT NULL DEFAULT '',"
    "  outcome         TEXT NOT NULL DEFAULT '',"    /* '' (guessed), in-progress, hired, gave-up */
    "  pending_delete  TEXT NOT NULL DEFAULT '',"    /* install ids, one a line */
    "  attempts        INTEGER NOT NULL DEFAULT 0,"  /* failed attempts in a row */
    "  next_attempt_at INTEGER NOT NULL DEFAULT 0,"
    "  last_sync_at    INTEGER NOT NULL DEFAULT 0,"
    "  last_error      TEXT NOT NULL DEFAULT '',"
    "  last_digest     TEXT NOT NULL DEFAULT ''"    /* SHA-256 of the last contribution queued, before noise */
    ");"
    "INSERT INTO sync_state (id) VALUES (1);"
    "CREATE TABLE sync_outbox ("
    "  id            INTEGER PRIMARY KEY,"
    "  created_at    INTEGER NOT NULL DEFAULT 0,"
    "  body          TEXT NOT NULL,"                 /* the exact JSON that leaves */
    "  attempts      INTEGER NOT NULL DEFAULT 0,"
    "  rejected      INTEGER NOT NULL DEFAULT 0,"    /* the server refused it for good (4xx) */
    "  last_error    TEXT NOT NULL DEFAULT ''"
    ");"
    "CREATE TABLE sync_insights ("
    "  occupation    TEXT PRIMARY KEY NOT NULL,"
    "  fetched_at    INTEGER NOT NULL DEFAULT 0,"
    "  body          TEXT NOT NULL"
    ");" },
  { 9,
    /* Issue 17: each CV's look, over its template (phoenix-cv-variant.c): an accent colour
     * ('#rrggbb', '' = the template's), a font ('' = the template's), the spacing and "fit to one
     * page". Only cv_variant's own new columns: the migration can be renumbered beside others. */
    "ALTER TABLE cv_variant ADD COLUMN accent TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE cv_variant ADD COLUMN font TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE cv_variant ADD COLUMN spacing TEXT NOT NULL DEFAULT 'normal';"
    "ALTER TABLE cv_variant ADD COLUMN fit_one_page INTEGER NOT NULL DEFAULT 0;" },
  { 10,
    /* Issue 16: the offer's occupation runner-up, the matcher's second guess when it came within
     * PHOENIX_OCCUPATION_RUNNER_UP_MARGIN of the first (a ROME code, '' when none came close),
     * kept with the offer so that the ATS window shows it again. Only job_offer's own new column. */
    "ALTER TABLE job_offer ADD COLUMN occupation_runner_up TEXT NOT NULL DEFAULT '';" },
};

const PhoenixMigration *
_phoenix_schema_get_migrations (guint *n_migrations)
{
  if (n_migrations != NULL)
    *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *sql,
          GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

gboolean
_phoenix_schema_read_version (sqlite3  *db,
                              int      *version,
                              GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (version != NULL, FALSE);

  rc = sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  *version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);

  return TRUE;
}

gboolean
_phoenix_schema_migrate_to (sqlite3  *db,
                            int       target,
                            GError  **error)
{
  int version;

  g_return_val_if_fail (db != NULL, FALSE);
  g_return_val_if_fail (target >= 0 && target <= (int) G_N_ELEMENTS (migrations), FALSE);

  if (!_phoenix_schema_read_version (db, &version, error))
    return FALSE;

  if (version > (int) G_N_ELEMENTS (migrations))
    {
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_TOO_NEW,
                           _("This vault was created by a newer version of Phoenix. "
                             "Update Phoenix to open it."));
      return FALSE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    {
      const PhoenixMigration *migration = &migrations[i];
      g_autofree char *bump = NULL;

      g_assert (migration->to_version == (int) i + 1);

      if (migration->to_version <= version)
        continue;
      if (migration->to_version > target)
        break;

      g_debug ("Migrating the vault schema from version %d to %d",
               migration->to_version - 1, migration->to_version);

      /* The statements and the version bump commit together or not at all:
       * PRAGMA user_version is transactional (it lives in the page 1 header). */
      bump = g_strdup_printf ("PRAGMA user_version = %d", migration->to_version);
      if (!exec_sql (db, "BEGIN IMMEDIATE", error))
        return FALSE;
      if (!exec_sql (db, migration->sql, error) || !exec_sql (db, bump, error) ||
          !exec_sql (db, "COMMIT", error))
        {
          if (!sqlite3_get_autocommit (db))
            sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
_phoenix_schema_migrate (sqlite3  *db,
                         GError  **error)
{
  return _phoenix_schema_migrate_to (db, G_N_ELEMENTS (migrations), error);
}
