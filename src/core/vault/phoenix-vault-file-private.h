/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <sys/types.h>

#include "phoenix-kdf.h"
#include "phoenix-vault-private.h"

G_BEGIN_DECLS

/*
 * Internals of the vault, shared by phoenix-vault.c (the GObject),
 * phoenix-vault-file.c (the file: checks, locking, keying), phoenix-vault-sidecar.c
 * (the plaintext "<vault>.kdf" beside it) and phoenix-vault-error.c (messages).
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

/* The plaintext settings beside the vault. */
typedef struct
{
  PhoenixKdfParams  params;
  guint8            salt[PHOENIX_KDF_SALT_SIZE];
  int               cipher_compat;
} PhoenixVaultSidecar;

/* phoenix-vault-file.c */
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
int                _phoenix_vault_get_cipher_major (void);
gboolean           _phoenix_vault_exec          (sqlite3                  *db,
                                                 const char               *sql,
                                                 GError                  **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixVaultState, _phoenix_vault_state_free)

/* phoenix-vault-sidecar.c */
char              *_phoenix_vault_dup_sidecar_path (const char            *path);
gboolean           _phoenix_vault_read_sidecar  (const char               *sidecar_path,
                                                 PhoenixVaultSidecar      *sidecar,
                                                 GError                  **error);
gboolean           _phoenix_vault_write_sidecar (const char               *sidecar_path,
                                                 const PhoenixVaultSidecar *sidecar,
                                                 GError                  **error);

/* phoenix-vault-error.c: translated messages for each code. */
void               _phoenix_vault_set_error     (GError                  **error,
                                                 PhoenixVaultError         code);
void               _phoenix_vault_set_read_only_error (GError            **error,
                                                 const char               *path);
void               _phoenix_vault_set_exists_error (GError               **error,
                                                 const char               *path);
void               _phoenix_vault_set_not_found_error (GError            **error,
                                                 const char               *path);
void               _phoenix_vault_set_errno_error (GError                **error,
                                                 int                       errsv,
                                                 const char               *path);

G_END_DECLS
