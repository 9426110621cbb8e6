/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "phoenix-vault.h"

G_BEGIN_DECLS

/* Runs inside BEGIN IMMEDIATE … COMMIT; returns FALSE and sets @error to roll back. */
typedef gboolean (*PhoenixVaultTxFunc) (sqlite3   *db,
                                        gpointer   user_data,
                                        GError   **error);

/* The open handle, or NULL when locked. For core code only. */
sqlite3  *_phoenix_vault_get_db          (PhoenixVault        *self);

/* Every write goes through here: one transaction, rolled back on failure. */
gboolean  _phoenix_vault_transaction     (PhoenixVault        *self,
                                          PhoenixVaultTxFunc   func,
                                          gpointer             user_data,
                                          GError             **error);

/* Sets @error from an SQLite result code (SQLITE_FULL → DISK_FULL, SQLITE_READONLY → READ_ONLY…). */
void      _phoenix_vault_set_sqlite_error (GError            **error,
                                           sqlite3            *db,
                                           int                 rc);

/* TRUE when @rc is @expected (SQLITE_OK, SQLITE_DONE…), else sets @error from it. */
gboolean  _phoenix_vault_check_sqlite    (sqlite3             *db,
                                          int                  rc,
                                          int                  expected,
                                          GError             **error);

/* TRUE when unlocked, else FALSE with PHOENIX_VAULT_ERROR_LOCKED and @message (translated). */
gboolean  _phoenix_vault_require_unlocked (PhoenixVault       *self,
                                          const char          *message,
                                          GError             **error);

/* Migrations (phoenix-schema.c). migrations[i] takes user_version i to i + 1. */
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

/* Like phoenix_vault_create() but stops the schema at @schema_version
 * (0 … latest). For tests of the migrations; leaves the vault unlocked. */
gboolean  _phoenix_vault_create_at_version (PhoenixVault      *self,
                                          const char          *passphrase,
                                          int                  schema_version,
                                          GError             **error);

G_END_DECLS
