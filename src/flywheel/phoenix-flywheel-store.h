/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "phoenix-contribution.h"

G_BEGIN_DECLS

/*
 * Where phoenix-flywheel keeps contributions and their aggregates: an SQLite
 * file (the default) or a PostgreSQL database shared by several servers. The
 * calls block: the server makes them in worker threads, each taking one of the
 * store's connections for the time of the call.
 *
 * Every write is one transaction: the contribution row and the aggregate rows
 * it adds to (and, when it replaces or deletes an earlier contribution of the
 * same install, the ones the earlier one had added to, taken back) change
 * together or not at all. Reads return one occupation's aggregate rows, found
 * through the primary key: nothing is scanned on a read.
 */

#define PHOENIX_FLYWHEEL_STORE_ERROR (phoenix_flywheel_store_error_quark ())

typedef enum
{
  PHOENIX_FLYWHEEL_STORE_ERROR_UNAVAILABLE,  /* cannot connect, or lost the connection */
  PHOENIX_FLYWHEEL_STORE_ERROR_FAILED,       /* a statement failed */
  PHOENIX_FLYWHEEL_STORE_ERROR_TOO_NEW,      /* the database's schema is newer than this server */
} PhoenixFlywheelStoreError;

/* The latest schema version of the server's database (both backends). */
#define PHOENIX_FLYWHEEL_STORE_SCHEMA_VERSION 1

#define PHOENIX_TYPE_FLYWHEEL_STORE (phoenix_flywheel_store_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixFlywheelStore, phoenix_flywheel_store, PHOENIX, FLYWHEEL_STORE, GObject)

GQuark                phoenix_flywheel_store_error_quark (void);

/*
 * @url: "postgresql://…" or "postgres://…" (libpq's URI), or an SQLite file
 * path (a "sqlite://" prefix is allowed). Opens @n_connections connections and
 * brings the schema up to date.
 */
PhoenixFlywheelStore *phoenix_flywheel_store_new        (const char            *url,
                                                         guint                  n_connections,
                                                         GError               **error);
/* "sqlite" or "postgresql". */
const char           *phoenix_flywheel_store_get_kind   (PhoenixFlywheelStore  *self);

/* Stores @contribution (validated); @replaced tells whether the install had one. */
gboolean              phoenix_flywheel_store_put        (PhoenixFlywheelStore  *self,
                                                         PhoenixContribution   *contribution,
                                                         gboolean              *replaced,
                                                         GError               **error);
/* Removes the install's contribution and its effect; @found is FALSE when there was none. */
gboolean              phoenix_flywheel_store_delete     (PhoenixFlywheelStore  *self,
                                                         const char            *install,
                                                         gboolean              *found,
                                                         GError               **error);
/*
 * The aggregate rows of @occupation ("*": the rows over every occupation):
 * "field\tvalue" → gint64 * count.
 */
GHashTable           *phoenix_flywheel_store_read       (PhoenixFlywheelStore  *self,
                                                         const char            *occupation,
                                                         GError               **error);
/* Contributions stored (kept as an aggregate row, not counted). */
gint64                phoenix_flywheel_store_count      (PhoenixFlywheelStore  *self,
                                                         GError               **error);

G_END_DECLS
