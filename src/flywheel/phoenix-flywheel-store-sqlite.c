/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-flywheel-store"

#include "config.h"

#include <sqlite3.h>

#include <glib/gi18n.h>

#include "phoenix-flywheel-store-private.h"

/*
 * SQLite through the SQLCipher library the core already links, never keyed:
 * unkeyed SQLCipher is plain SQLite (here 3.15 from Debian's SQLCipher 3.4.1,
 * SQLite 3.4x through the Flatpak's SQLCipher 4). A second SQLite library in
 * the same process would clash with it on every sqlite3_* symbol. So: no
 * UPSERT (an UPDATE, then an INSERT when it changed nothing), which is safe
 * because every write transaction is BEGIN IMMEDIATE.
 */

/* Forward-only; version N is migrations[N - 1]. Never edit a released one: append. */
static const char * const migrations[] = {
  /* 1 */
  "CREATE TABLE contribution ("
  "  install    TEXT PRIMARY KEY,"
  "  occupation TEXT NOT NULL,"
  "  body       TEXT NOT NULL,"
  "  received   INTEGER NOT NULL);"
  "CREATE TABLE aggregate ("
  "  occupation TEXT NOT NULL,"
  "  field      TEXT NOT NULL,"
  "  value      TEXT NOT NULL,"
  "  n          INTEGER NOT NULL,"
  "  PRIMARY KEY (occupation, field, value)) WITHOUT ROWID;",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == PHOENIX_FLYWHEEL_STORE_SCHEMA_VERSION);

enum
{
  STMT_GET_BODY,
  STMT_PUT_BODY,
  STMT_DELETE_BODY,
  STMT_UPDATE,
  STMT_INSERT,
  STMT_DELETE_ZERO,
  STMT_READ,
  N_STMTS
};

static const char * const statements[N_STMTS] = {
  "SELECT body FROM contribution WHERE install = ?1",
  "INSERT OR REPLACE INTO contribution (install, occupation, body, received) VALUES (?1, ?2, ?3, ?4)",
  "DELETE FROM contribution WHERE install = ?1",
  "UPDATE aggregate SET n = n + ?4 WHERE occupation = ?1 AND field = ?2 AND value = ?3",
  "INSERT INTO aggregate (occupation, field, value, n) VALUES (?1, ?2, ?3, ?4)",
  "DELETE FROM aggregate WHERE occupation = ?1 AND field = ?2 AND value = ?3 AND n = 0",
  "SELECT field, value, n FROM aggregate WHERE occupation = ?1",
};

typedef struct
{
  sqlite3      *db;
  sqlite3_stmt *stmts[N_STMTS];
} Connection;

static gboolean
fail (sqlite3  *db,
      int       rc,
      GError  **error)
{
  int code = rc == SQLITE_BUSY || rc == SQLITE_LOCKED ? PHOENIX_FLYWHEEL_STORE_ERROR_UNAVAILABLE
                                                      : PHOENIX_FLYWHEEL_STORE_ERROR_FAILED;

  g_set_error (error, PHOENIX_FLYWHEEL_STORE_ERROR, code, _("The SQLite database failed: %s"),
               db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc));
  return FALSE;
}

static gboolean
exec (Connection  *c,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (c->db, sql, NULL, NULL, NULL);

  return rc == SQLITE_OK || fail (c->db, rc, error);
}

static sqlite3_stmt *
statement (Connection *c,
           guint       which)
{
  sqlite3_reset (c->stmts[which]);
  sqlite3_clear_bindings (c->stmts[which]);
  return c->stmts[which];
}

static void
sqlite_disconnect (gpointer connection)
{
  Connection *c = connection;

  for (guint i = 0; i < N_STMTS; i++)
    sqlite3_finalize (c->stmts[i]);
  sqlite3_close (c->db);
  g_free (c);
}

static gpointer
sqlite_connect (const char  *path,
                GError     **error)
{
  Connection *c = g_new0 (Connection, 1);
  int rc;

  rc = sqlite3_open_v2 (path, &c->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, PHOENIX_FLYWHEEL_STORE_ERROR, PHOENIX_FLYWHEEL_STORE_ERROR_UNAVAILABLE,
                   _("The SQLite database “%s” cannot be opened: %s"), path,
                   c->db != NULL ? sqlite3_errmsg (c->db) : sqlite3_errstr (rc));
      sqlite_disconnect (c);
      return NULL;
    }
  sqlite3_busy_timeout (c->db, 10000);
  /*
   * WAL: readers never wait for the writer. synchronous=NORMAL: a crash or
   * power cut can lose the last commits, never corrupt the file (SQLite's
   * documented guarantee in WAL mode); a lost anonymous contribution is sent
   * again by the app's outbox.
   */
  if (!exec (c, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;", error))
    {
      sqlite_disconnect (c);
      return NULL;
    }
  return c;
}

static gboolean
prepare (Connection  *c,
         GError     **error)
{
  for (guint i = 0; i < N_STMTS; i++)
    if (c->stmts[i] == NULL)
      {
        int rc = sqlite3_prepare_v2 (c->db, statements[i], -1, &c->stmts[i], NULL);

        if (rc != SQLITE_OK)
          return fail (c->db, rc, error);
      }
  return TRUE;
}

static gboolean
sqlite_migrate (gpointer   connection,
                GError   **error)
{
  Connection *c = connection;
  sqlite3_stmt *stmt;
  int version = 0;
  int rc;

  if (!exec (c, "BEGIN IMMEDIATE", error))
    return FALSE;
  rc = sqlite3_prepare_v2 (c->db, "PRAGMA user_version", -1, &stmt, NULL);
  if (rc == SQLITE_OK && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  else if (rc == SQLITE_OK)
    rc = sqlite3_errcode (c->db);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    {
      fail (c->db, rc, error);
      exec (c, "ROLLBACK", NULL);
      return FALSE;
    }
  if (version > PHOENIX_FLYWHEEL_STORE_SCHEMA_VERSION)
    {
      exec (c, "ROLLBACK", NULL);
      g_set_error (error, PHOENIX_FLYWHEEL_STORE_ERROR, PHOENIX_FLYWHEEL_STORE_ERROR_TOO_NEW,
                   _("The database is at schema version %d; this server knows versions up to %d. "
                     "Run a newer phoenix-flywheel."), version, PHOENIX_FLYWHEEL_STORE_SCHEMA_VERSION);
      return FALSE;
    }
  for (int v = version + 1; v <= PHOENIX_FLYWHEEL_STORE_SCHEMA_VERSION; v++)
    {
      g_autofree char *set_version = g_strdup_printf ("PRAGMA user_version = %d", v);

      if (!exec (c, migrations[v - 1], error) || !exec (c, set_version, error))
        {
          exec (c, "ROLLBACK", NULL);
          return FALSE;
        }
    }
  if (!exec (c, "COMMIT", error))
    {
      exec (c, "ROLLBACK", NULL);
      return FALSE;
    }
  return prepare (c, error);
}

static gboolean
sqlite_begin (gpointer     connection,
              const char  *install,
              GError     **error)
{
  Connection *c = connection;

  return prepare (c, error) && exec (c, "BEGIN IMMEDIATE", error);
}

static gboolean
sqlite_commit (gpointer   connection,
               GError   **error)
{
  return exec (connection, "COMMIT", error);
}

static void
sqlite_rollback (gpointer connection)
{
  Connection *c = connection;

  if (!sqlite3_get_autocommit (c->db))
    exec (c, "ROLLBACK", NULL);
}

static gboolean
sqlite_get_body (gpointer     connection,
                 const char  *install,
                 char       **body,
                 GError     **error)
{
  Connection *c = connection;
  sqlite3_stmt *stmt = statement (c, STMT_GET_BODY);
  int rc;

  sqlite3_bind_text (stmt, 1, install, -1, SQLITE_STATIC);
  rc = sqlite3_step (stmt);
  *body = rc == SQLITE_ROW ? g_strdup ((const char *) sqlite3_column_text (stmt, 0)) : NULL;
  sqlite3_reset (stmt);
  return rc == SQLITE_ROW || rc == SQLITE_DONE || fail (c->db, rc, error);
}

static gboolean
step_done (Connection    *c,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || fail (c->db, rc, error);
}

static gboolean
sqlite_put_body (gpointer     connection,
                 const char  *install,
                 const char  *occupation,
                 const char  *body,
                 GError     **error)
{
  Connection *c = connection;
  sqlite3_stmt *stmt = statement (c, STMT_PUT_BODY);

  sqlite3_bind_text (stmt, 1, install, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, occupation, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, body, -1, SQLITE_STATIC);
  /* Day of receipt only (seconds rounded down to midnight UTC): no finer time is kept. */
  sqlite3_bind_int64 (stmt, 4, g_get_real_time () / G_USEC_PER_SEC / 86400 * 86400);
  return step_done (c, stmt, error);
}

static gboolean
sqlite_delete_body (gpointer     connection,
                    const char  *install,
                    GError     **error)
{
  Connection *c = connection;
  sqlite3_stmt *stmt = statement (c, STMT_DELETE_BODY);

  sqlite3_bind_text (stmt, 1, install, -1, SQLITE_STATIC);
  return step_done (c, stmt, error);
}

static void
bind_key (sqlite3_stmt         *stmt,
          PhoenixFlywheelDelta *delta)
{
  sqlite3_bind_text (stmt, 1, delta->occupation, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, delta->field, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, delta->value, -1, SQLITE_STATIC);
}

static gboolean
sqlite_apply_deltas (gpointer    connection,
                     GPtrArray  *deltas,
                     GError    **error)
{
  Connection *c = connection;

  for (guint i = 0; i < deltas->len; i++)
    {
      PhoenixFlywheelDelta *delta = g_ptr_array_index (deltas, i);
      sqlite3_stmt *stmt = statement (c, STMT_UPDATE);

      bind_key (stmt, delta);
      sqlite3_bind_int64 (stmt, 4, delta->delta);
      if (!step_done (c, stmt, error))
        return FALSE;
      if (sqlite3_changes (c->db) == 0)
        {
          stmt = statement (c, STMT_INSERT);
          bind_key (stmt, delta);
          sqlite3_bind_int64 (stmt, 4, delta->delta);
          if (!step_done (c, stmt, error))
            return FALSE;
        }
      else if (delta->delta < 0)
        {
          stmt = statement (c, STMT_DELETE_ZERO);
          bind_key (stmt, delta);
          if (!step_done (c, stmt, error))
            return FALSE;
        }
    }
  return TRUE;
}

static gboolean
sqlite_read_aggregates (gpointer     connection,
                        const char  *occupation,
                        GHashTable  *rows,
                        GError     **error)
{
  Connection *c = connection;
  sqlite3_stmt *stmt;
  int rc;

  if (!prepare (c, error))
    return FALSE;
  stmt = statement (c, STMT_READ);
  sqlite3_bind_text (stmt, 1, occupation, -1, SQLITE_STATIC);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 *n = g_new (gint64, 1);

      *n = sqlite3_column_int64 (stmt, 2);
      g_hash_table_insert (rows,
                           g_strdup_printf ("%s\t%s", sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1)),
                           n);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE || fail (c->db, rc, error);
}

static gboolean
sqlite_is_retryable (const GError *error)
{
  return g_error_matches (error, PHOENIX_FLYWHEEL_STORE_ERROR, PHOENIX_FLYWHEEL_STORE_ERROR_UNAVAILABLE);
}

const PhoenixFlywheelBackend _phoenix_flywheel_sqlite_backend = {
  .kind = "sqlite",
  .serialise_writes = TRUE,
  .connect = sqlite_connect,
  .disconnect = sqlite_disconnect,
  .migrate = sqlite_migrate,
  .begin = sqlite_begin,
  .commit = sqlite_commit,
  .rollback = sqlite_rollback,
  .get_body = sqlite_get_body,
  .put_body = sqlite_put_body,
  .delete_body = sqlite_delete_body,
  .apply_deltas = sqlite_apply_deltas,
  .read_aggregates = sqlite_read_aggregates,
  .is_retryable = sqlite_is_retryable,
};
