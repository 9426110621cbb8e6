/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-schema"

#include "config.h"

#include <glib/gi18n.h>

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
};

const PhoenixMigration *
_phoenix_schema_get_migrations (guint *n_migrations)
{
  if (n_migrations != NULL)
    *n_migrations = G_N_ELEMENTS (migrations);
  return migrations;
}
