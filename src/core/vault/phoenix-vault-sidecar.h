/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-kdf.h"
#include "phoenix-vault.h"

G_BEGIN_DECLS

/*
 * The plaintext settings file beside the vault, "<vault>.kdf"
 * (phoenix-vault-sidecar.c): format, KDF cost, salt and the SQLCipher major
 * version that made the vault. A part of PhoenixVault.
 */

/* The plaintext settings beside the vault. */
typedef struct
{
  PhoenixKdfParams  params;
  guint8            salt[PHOENIX_KDF_SALT_SIZE];
  int               cipher_compat;
} PhoenixVaultSidecar;

char              *_phoenix_vault_dup_sidecar_path (const char            *path);
gboolean           _phoenix_vault_read_sidecar  (const char               *sidecar_path,
                                                 PhoenixVaultSidecar      *sidecar,
                                                 GError                  **error);
gboolean           _phoenix_vault_write_sidecar (const char               *sidecar_path,
                                                 const PhoenixVaultSidecar *sidecar,
                                                 GError                  **error);

G_END_DECLS
