/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The vault's key derivation: Argon2id (libargon2) from the passphrase to a raw
 * SQLCipher key. Errors are in PHOENIX_VAULT_ERROR (phoenix-vault.h). GTK-free.
 */

/**
 * PhoenixKdfParams:
 * Argon2id cost. Stored in plaintext beside the vault (see HACKING.md).
 */
typedef struct
{
  guint32 t_cost;       /* iterations */
  guint32 m_cost_kib;   /* memory in KiB */
  guint32 parallelism;  /* lanes */
} PhoenixKdfParams;

/* The cost used for real vaults (documented in HACKING.md and the README). */
extern const PhoenixKdfParams phoenix_kdf_default_params;
/* A cheap cost for tests only: never use for user data. */
extern const PhoenixKdfParams phoenix_kdf_test_params;

/* Argon2id version 1.3 (0x13): the only one Phoenix writes and reads. */
#define PHOENIX_KDF_ARGON2_VERSION 19
#define PHOENIX_KDF_SALT_SIZE      16
#define PHOENIX_KDF_KEY_SIZE       32

/* Bounds accepted from a sidecar file, so a hostile one cannot make us allocate
 * terabytes or loop for hours. */
#define PHOENIX_KDF_MAX_T_COST      64
#define PHOENIX_KDF_MAX_M_COST_KIB  (4u * 1024u * 1024u)  /* 4 GiB */
#define PHOENIX_KDF_MAX_PARALLELISM 16

gboolean phoenix_kdf_params_valid     (const PhoenixKdfParams *params);
gboolean phoenix_kdf_params_equal     (const PhoenixKdfParams *a,
                                       const PhoenixKdfParams *b);

/* Fills @salt with PHOENIX_KDF_SALT_SIZE bytes from the kernel's CSPRNG (getrandom). */
gboolean phoenix_kdf_generate_salt    (guint8                 *salt,
                                       GError                **error);

/*
 * Argon2id(@passphrase, @salt, @params) → @key (PHOENIX_KDF_KEY_SIZE bytes).
 * @passphrase must be valid UTF-8 and not empty; it is normalised to NFC first
 * (the normalised copy is wiped), so "é" typed composed or decomposed gives the
 * same key. Errors are PHOENIX_VAULT_ERROR_INVALID or _FAILED.
 */
gboolean phoenix_kdf_derive           (const char             *passphrase,
                                       const guint8           *salt,
                                       const PhoenixKdfParams *params,
                                       guint8                 *key,
                                       GError                **error);

G_END_DECLS
