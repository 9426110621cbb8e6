/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sqlite3.h>
#include <sys/types.h>

#include "phoenix-kdf.h"
#include "phoenix-vault.h"

G_BEGIN_DECLS

/*
 * The vault file (phoenix-vault-file.c): the cheap checks before the KDF,
 * the flock that keeps one instance, keying, opening, creating and rekeying
 * the SQLCipher file, on copies a worker thread may hold. A part of
 * PhoenixVault (phoenix-vault.c installs the state it returns).
 */

/* What an unlocked vault holds; built in a worker thread, installed in the
 * main thread. Key material is wiped when it is freed. */
typedef struct
{
  sqlite3          *db;
  int               lock_fd;          /* flock()ed until lock */
  dev_t             dev;
  ino_t             ino;
  guint8            key[PHOENIX_KDF_KEY_SIZE];
  guint8            salt[PHOENIX_KDF_SALT_SIZE];
  PhoenixKdfParams  params;           /* the ones the key was derived with */
  int               cipher_compat;    /* 3 or 4 */
} PhoenixVaultState;

PhoenixVaultState *_phoenix_vault_state_open    (const char               *path,
                                                 const char               *sidecar_path,
                                                 const char               *passphrase,
                                                 GCancellable             *cancellable,
                                                 GError                  **error);
PhoenixVaultState *_phoenix_vault_state_create  (const char               *path,
                                                 const char               *sidecar_path,
                                                 const char               *passphrase,
                                                 const PhoenixKdfParams   *params,
                                                 int                       schema_version,
                                                 GCancellable             *cancellable,
                                                 GError                  **error);
gboolean           _phoenix_vault_state_rekey   (PhoenixVaultState        *state,
                                                 const char               *sidecar_path,
                                                 const guint8             *new_key,
                                                 const PhoenixKdfParams   *new_params,
                                                 GError                  **error);
void               _phoenix_vault_state_free    (PhoenixVaultState        *state);
gboolean           _phoenix_vault_exec          (sqlite3                  *db,
                                                 const char               *sql,
                                                 GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixVaultState, _phoenix_vault_state_free)

G_END_DECLS
