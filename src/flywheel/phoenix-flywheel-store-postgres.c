/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-flywheel-store"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <libpq-fe.h>

#include <glib/gi18n.h>

#include "phoenix-flywheel-store-private.h"

/*
 * PostgreSQL through libpq, so that several stateless servers can share one
 * database. Each write transaction first takes a transaction-scoped advisory
 * lock on its install (two servers receiving the same install's contributions
 * at once apply them one after the other), then adds its aggregate deltas in
 * one statement, sorted, so concurrent transactions lock rows in the same
 * order. A deadlock or serialisation failure is tried again by the store.
 */

/* The lock every server takes while it migrates, so that two starting together migrate once. */
#define MIGRATION_LOCK 0x70686f656e6978  /* "phoenix" */

/* Forward-only; version N is migrations[N - 1]. Never edit a released one: append. */
static const char * const migrations[] = {
  /* 1 */
  "CREATE TABLE contribution ("
  "  install    TEXT PRIMARY KEY,"
  "  occupation TEXT NOT NULL,"
  "  body       TEXT NOT NULL,"
  "  received   BIGINT NOT NULL);"
  "CREATE TABLE aggregate ("
  "  occupation TEXT NOT NULL,"
  "  field      TEXT NOT NULL,"
  "  value      TEXT NOT NULL,"
  "  n          BIGINT NOT NULL,"
  "  PRIMARY KEY (occupation, field, value));",
};

G_STATIC_ASSERT (G_N_ELEMENTS (migrations) == PHOENIX_FLYWHEEL_STORE_SCHEMA_VERSION);

static gboolean
fail_result (PGconn    *conn,
             PGresult  *result,
             GError   **error)
{
  const char *state = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  gboolean lost = PQstatus (conn) != CONNECTION_OK;
  /* 40001 serialization_failure, 40P01 deadlock_detected: try the transaction again. */
  gboolean retry = state != NULL && (strcmp (state, "40001") == 0 || strcmp (state, "40P01") == 0);
  g_autofree char *message = g_strstrip (g_strdup (result != NULL ? PQresultErrorMessage (result)
                                                                  : PQerrorMessage (conn)));

  if (lost)
    PQreset (conn);
  g_set_error (error, PHOENIX_FLYWHEEL_STORE_ERROR,
               lost || retry ? PHOENIX_FLYWHEEL_STORE_ERROR_UNAVAILABLE : PHOENIX_FLYWHEEL_STORE_ERROR_FAILED,
               _("The PostgreSQL database failed: %s"), message);
  return FALSE;
}

/* Runs @sql with text parameters; keeps the result in @out (or frees it). */
static gboolean
run (PGconn              *conn,
     const char          *sql,
     int                  n_params,
     const char * const  *params,
     PGresult           **out,
     GError             **error)
{
  /* Without parameters, PQexec: it also runs several statements (the migrations). */
  PGresult *result = n_params == 0 ? PQexec (conn, sql) : PQexecParams (conn, sql, n_params, NULL, params, NULL, NULL, 0);
  ExecStatusType status = PQresultStatus (result);

  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    {
      fail_result (conn, result, error);
      PQclear (result);
      return FALSE;
    }
  if (out != NULL)
    *out = result;
  else
    PQclear (result);
  return TRUE;
}

static void
postgres_disconnect (gpointer connection)
{
  PQfinish (connection);
}

static gpointer
postgres_connect (const char  *url,
                  GError     **error)
{
  PGconn *conn = PQconnectdb (url);

  if (PQstatus (conn) != CONNECTION_OK)
    {
      g_autofree char *message = g_strstrip (g_strdup (PQerrorMessage (conn)));

      g_set_error (error, PHOENIX_FLYWHEEL_STORE_ERROR, PHOENIX_FLYWHEEL_STORE_ERROR_UNAVAILABLE,
                   _("Cannot connect to the PostgreSQL database: %s"), message);
      PQfinish (conn);
      return NULL;
    }
  /* Notices (such as "relation already exists") are not ours to print. */
  PQsetNoticeProcessor (conn, NULL, NULL);
  return conn;
}

static gboolean
postgres_migrate (gpointer   connection,
                  GError   **error)
{
  PGconn *conn = connection;
  g_autofree char *lock = g_strdup_printf ("SELECT pg_advisory_xact_lock(%" G_GINT64_FORMAT ")",
                                           (gint64) MIGRATION_LOCK);
  PGresult *result = NULL;
  int version = 0;

  if (!run (conn, "BEGIN", 0, NULL, NULL, error))
    return FALSE;
  if (!run (conn, lock, 0, NULL, NULL, error) ||
      !run (conn, "CREATE TABLE IF NOT EXISTS flywheel_schema (version INTEGER NOT NULL)", 0, NULL, NULL, error) ||
      !run (conn, "SELECT coalesce(max(version), 0) FROM flywheel_schema", 0, NULL, &result, error))
    goto failed;
  version = atoi (PQgetvalue (result, 0, 0));
  g_clear_pointer (&result, PQclear);
  if (version > PHOENIX_FLYWHEEL_STORE_SCHEMA_VERSION)
    {
      g_set_error (error, PHOENIX_FLYWHEEL_STORE_ERROR, PHOENIX_FLYWHEEL_STORE_ERROR_TOO_NEW,
                   _("The database is at schema version %d; this server knows versions up to %d. "
                     "Run a newer phoenix-flywheel."), version, PHOENIX_FLYWHEEL_STORE_SCHEMA_VERSION);
      goto failed;
    }
  for (int v = version + 1; v <= PHOENIX_FLYWHEEL_STORE_SCHEMA_VERSION; v++)
    {
      g_autofree char *number = g_strdup_printf ("%d", v);
      const char *params[] = { number };

      if (!run (conn, migrations[v - 1], 0, NULL, NULL, error) ||
          !run (conn, "DELETE FROM flywheel_schema", 0, NULL, NULL, error) ||
          !run (conn, "INSERT INTO flywheel_schema (version) VALUES ($1::integer)", 1, params, NULL, error))
        goto failed;
    }
  return run (conn, "COMMIT", 0, NULL, NULL, error);

failed:
  run (conn, "ROLLBACK", 0, NULL, NULL, NULL);
  return FALSE;
}

static gboolean
postgres_begin (gpointer     connection,
                const char  *install,
                GError     **error)
{
  const char *params[] = { install };

  return run (connection, "BEGIN", 0, NULL, NULL, error) &&
         run (connection, "SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", 1, params, NULL, error);
}

static gboolean
postgres_commit (gpointer   connection,
                 GError   **error)
{
  return run (connection, "COMMIT", 0, NULL, NULL, error);
}

static void
postgres_rollback (gpointer connection)
{
  if (PQtransactionStatus (connection) != PQTRANS_IDLE)
    run (connection, "ROLLBACK", 0, NULL, NULL, NULL);
}

static gboolean
postgres_get_body (gpointer     connection,
                   const char  *install,
                   char       **body,
                   GError     **error)
{
  const char *params[] = { install };
  PGresult *result;

  if (!run (connection, "SELECT body FROM contribution WHERE install = $1", 1, params, &result, error))
    return FALSE;
  *body = PQntuples (result) > 0 ? g_strdup (PQgetvalue (result, 0, 0)) : NULL;
  PQclear (result);
  return TRUE;
}

static gboolean
postgres_put_body (gpointer     connection,
                   const char  *install,
                   const char  *occupation,
                   const char  *body,
                   GError     **error)
{
  /* Day of receipt only: no finer time is kept. */
  g_autofree char *day = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_real_time () / G_USEC_PER_SEC / 86400 * 86400);
  const char *params[] = { install, occupation, body, day };

  return run (connection,
              "INSERT INTO contribution (install, occupation, body, received) VALUES ($1, $2, $3, $4::bigint) "
              "ON CONFLICT (install) DO UPDATE SET occupation = EXCLUDED.occupation, body = EXCLUDED.body, "
              "received = EXCLUDED.received",
              4, params, NULL, error);
}

static gboolean
postgres_delete_body (gpointer     connection,
                      const char  *install,
                      GError     **error)
{
  const char *params[] = { install };

  return run (connection, "DELETE FROM contribution WHERE install = $1", 1, params, NULL, error);
}

/* A PostgreSQL text-array literal: {"a","b"} with " and \ escaped. */
static void
append_element (GString    *array,
                const char *text)
{
  if (array->len > 1)
    g_string_append_c (array, ',');
  g_string_append_c (array, '"');
  for (const char *c = text; *c != '\0'; c++)
    {
      if (*c == '"' || *c == '\\')
        g_string_append_c (array, '\\');
      g_string_append_c (array, *c);
    }
  g_string_append_c (array, '"');
}

static gboolean
postgres_apply_deltas (gpointer    connection,
                       GPtrArray  *deltas,
                       GError    **error)
{
  g_autoptr(GString) occupations = g_string_new ("{");
  g_autoptr(GString) fields = g_string_new ("{");
  g_autoptr(GString) values = g_string_new ("{");
  g_autoptr(GString) counts = g_string_new ("{");
  gboolean any_negative = FALSE;
  const char *params[4];

  if (deltas->len == 0)
    return TRUE;
  for (guint i = 0; i < deltas->len; i++)
    {
      PhoenixFlywheelDelta *delta = g_ptr_array_index (deltas, i);

      append_element (occupations, delta->occupation);
      append_element (fields, delta->field);
      append_element (values, delta->value);
      g_string_append_printf (counts, "%s%" G_GINT64_FORMAT, i > 0 ? "," : "", delta->delta);
      any_negative |= delta->delta < 0;
    }
  g_string_append_c (occupations, '}');
  g_string_append_c (fields, '}');
  g_string_append_c (values, '}');
  g_string_append_c (counts, '}');
  params[0] = occupations->str;
  params[1] = fields->str;
  params[2] = values->str;
  params[3] = counts->str;

  /* WITH ORDINALITY … ORDER BY keeps the sorted order, so rows are locked in the same order by everyone. */
  if (!run (connection,
            "INSERT INTO aggregate (occupation, field, value, n) "
            "SELECT o, f, v, d FROM unnest($1::text[], $2::text[], $3::text[], $4::bigint[]) "
            "  WITH ORDINALITY AS t (o, f, v, d, i) ORDER BY i "
            "ON CONFLICT (occupation, field, value) DO UPDATE SET n = aggregate.n + EXCLUDED.n",
            4, params, NULL, error))
    return FALSE;
  if (any_negative &&
      !run (connection,
            "DELETE FROM aggregate a USING unnest($1::text[], $2::text[], $3::text[]) AS t (o, f, v) "
            "WHERE a.occupation = t.o AND a.field = t.f AND a.value = t.v AND a.n = 0",
            3, params, NULL, error))
    return FALSE;
  return TRUE;
}

static gboolean
postgres_read_aggregates (gpointer     connection,
                          const char  *occupation,
                          GHashTable  *rows,
                          GError     **error)
{
  const char *params[] = { occupation };
  PGresult *result;
  int n;

  if (!run (connection, "SELECT field, value, n FROM aggregate WHERE occupation = $1", 1, params, &result, error))
    return FALSE;
  n = PQntuples (result);
  for (int i = 0; i < n; i++)
    {
      gint64 *count = g_new (gint64, 1);

      *count = g_ascii_strtoll (PQgetvalue (result, i, 2), NULL, 10);
      g_hash_table_insert (rows, g_strdup_printf ("%s\t%s", PQgetvalue (result, i, 0), PQgetvalue (result, i, 1)),
                           count);
    }
  PQclear (result);
  return TRUE;
}

static gboolean
postgres_is_retryable (const GError *error)
{
  return g_error_matches (error, PHOENIX_FLYWHEEL_STORE_ERROR, PHOENIX_FLYWHEEL_STORE_ERROR_UNAVAILABLE);
}

const PhoenixFlywheelBackend _phoenix_flywheel_postgres_backend = {
  .kind = "postgresql",
  .serialise_writes = FALSE,
  .connect = postgres_connect,
  .disconnect = postgres_disconnect,
  .migrate = postgres_migrate,
  .begin = postgres_begin,
  .commit = postgres_commit,
  .rollback = postgres_rollback,
  .get_body = postgres_get_body,
  .put_body = postgres_put_body,
  .delete_body = postgres_delete_body,
  .apply_deltas = postgres_apply_deltas,
  .read_aggregates = postgres_read_aggregates,
  .is_retryable = postgres_is_retryable,
};
