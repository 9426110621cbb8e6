/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/*
 * The vault's schema (phoenix-schema.c): forward-only migrations, each run
 * with its PRAGMA user_version in one transaction. Never edit a released
 * migration; append one.
 */

/* migrations[i] takes user_version i to i + 1. */
typedef struct
{
  int         to_version;
  const char *sql;
} PhoenixMigration;

const PhoenixMigration *_phoenix_schema_get_migrations (guint *n_migrations);

/* Applies every migration after the current user_version, each in its own transaction. */
gboolean  _phoenix_schema_migrate        (sqlite3             *db,
                                          GError             **error);

/* Applies the migrations up to @target only (tests build vaults at older versions). */
gboolean  _phoenix_schema_migrate_to     (sqlite3             *db,
                                          int                  target,
                                          GError             **error);

/* Reads PRAGMA user_version. */
gboolean  _phoenix_schema_read_version   (sqlite3             *db,
                                          int                 *version,
                                          GError             **error);

G_END_DECLS
