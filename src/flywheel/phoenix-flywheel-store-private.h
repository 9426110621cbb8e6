/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-flywheel-store.h"

G_BEGIN_DECLS

/* One change to one aggregate row. */
typedef struct
{
  char   *occupation;
  char   *field;
  char   *value;
  gint64  delta;
} PhoenixFlywheelDelta;

/*
 * What a database backend does, on one of its connections (only ever used by
 * one thread at a time). Each returns FALSE and sets a
 * PHOENIX_FLYWHEEL_STORE_ERROR on failure.
 */
typedef struct
{
  const char *kind;
  /*
   * Whether write transactions must wait for each other in this process
   * (SQLite: one writer at a time anyway, and its busy handler sleeps in
   * steps of milliseconds where a mutex hands over at once).
   */
  gboolean    serialise_writes;
  gpointer  (*connect)         (const char  *url,
                                GError     **error);
  void      (*disconnect)      (gpointer     connection);
  /* Brings the schema to PHOENIX_FLYWHEEL_STORE_SCHEMA_VERSION, safe when several servers start at once. */
  gboolean  (*migrate)         (gpointer     connection,
                                GError     **error);
  /* Starts a write transaction that owns @install until it ends. */
  gboolean  (*begin)           (gpointer     connection,
                                const char  *install,
                                GError     **error);
  gboolean  (*commit)          (gpointer     connection,
                                GError     **error);
  void      (*rollback)        (gpointer     connection);
  /* *body: the stored JSON, or NULL when the install has none. */
  gboolean  (*get_body)        (gpointer     connection,
                                const char  *install,
                                char       **body,
                                GError     **error);
  gboolean  (*put_body)        (gpointer     connection,
                                const char  *install,
                                const char  *occupation,
                                const char  *body,
                                GError     **error);
  gboolean  (*delete_body)     (gpointer     connection,
                                const char  *install,
                                GError     **error);
  /* Adds every delta (sorted, so concurrent writers lock rows in one order); drops rows that reach 0. */
  gboolean  (*apply_deltas)    (gpointer     connection,
                                GPtrArray   *deltas,
                                GError     **error);
  /* Fills @rows ("field\tvalue" → gint64 *). */
  gboolean  (*read_aggregates) (gpointer     connection,
                                const char  *occupation,
                                GHashTable  *rows,
                                GError     **error);
  /* Whether @error means "try the whole transaction again" (a deadlock, a serialisation failure). */
  gboolean  (*is_retryable)    (const GError *error);
} PhoenixFlywheelBackend;

extern const PhoenixFlywheelBackend _phoenix_flywheel_sqlite_backend;
extern const PhoenixFlywheelBackend _phoenix_flywheel_postgres_backend;

G_END_DECLS
