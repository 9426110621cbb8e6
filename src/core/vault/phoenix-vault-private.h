/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>

#include "phoenix-vault.h"

G_BEGIN_DECLS

/*
 * PhoenixVault's internal API for the rest of the core (the stores of the
 * profile, CV variants and job offers run their SQL through it) and its test
 * hooks. Its parts have their own headers: phoenix-vault-file.h (the file:
 * checks, locking, keying), phoenix-vault-sidecar.h (the settings file beside
 * it), phoenix-vault-error.h (messages); the migrations are phoenix-schema.h.
 */

/* Runs inside BEGIN IMMEDIATE … COMMIT; returns FALSE and sets @error to roll back. */
typedef gboolean (*PhoenixVaultTxFunc) (sqlite3   *db,
                                        gpointer   user_data,
                                        GError   **error);

/* The open handle, or NULL when locked. For core code only. */
sqlite3  *_phoenix_vault_get_db          (PhoenixVault        *self);

/* A worker thread's read of the open connection: called on the main thread (NULL and
 * PHOENIX_VAULT_ERROR_LOCKED when locked), the handle then read in the worker, which calls
 * _phoenix_vault_end_read() (from any thread) when done. Lock and dispose wait for every read
 * to end, so the connection stays open under the worker. Connections are FULLMUTEX: the main
 * thread may still use it meanwhile (serialized), but must not start a transaction that
 * the worker's statements would see half done. */
sqlite3  *_phoenix_vault_begin_read      (PhoenixVault        *self,
                                          GError             **error);
void      _phoenix_vault_end_read        (PhoenixVault        *self);
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

/* Like phoenix_vault_create() but stops the schema at @schema_version
 * (0 … latest). For tests of the migrations; leaves the vault unlocked. */
gboolean  _phoenix_vault_create_at_version (PhoenixVault      *self,
                                          const char          *passphrase,
                                          int                  schema_version,
                                          GError             **error);

/* The major version of the SQLCipher library linked in (3 or 4; phoenix-vault-file.c). */
int       _phoenix_vault_get_cipher_major (void);

G_END_DECLS
