/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "phoenix-vault.h"

G_BEGIN_DECLS

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

/* A heap string holding a secret: g_autoptr(PhoenixSecret) wipes it when it goes. */
typedef char PhoenixSecret;

/* Wipes a NUL-terminated string in place (explicit_bzero) and frees it. NULL is fine. */
void     phoenix_kdf_free_secret      (char                   *secret);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixSecret, phoenix_kdf_free_secret)

G_END_DECLS
