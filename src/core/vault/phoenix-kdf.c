/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-kdf"

#include "config.h"

#include <argon2.h>
#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include <glib/gi18n.h>

#include "phoenix-kdf.h"
#include "phoenix-secret.h"
#include "phoenix-vault.h"

G_STATIC_ASSERT (ARGON2_VERSION_NUMBER == PHOENIX_KDF_ARGON2_VERSION);

/*
 * Default cost: about 0.7 s and 128 MiB on the reference machine (2-core Xeon,
 * see tests/bench-vault.c and HACKING.md). One lane so the time does not depend
 * on the number of cores; an attacker pays the same per guess either way.
 */
const PhoenixKdfParams phoenix_kdf_default_params = {
  .t_cost = 4,
  .m_cost_kib = 128 * 1024,
  .parallelism = 1,
};

/* The smallest memory Argon2 accepts for one lane (8 KiB) is too small to be
 * realistic; 256 KiB keeps the test suite fast. Never for user data. */
const PhoenixKdfParams phoenix_kdf_test_params = {
  .t_cost = 1,
  .m_cost_kib = 256,
  .parallelism = 1,
};

gboolean
phoenix_kdf_params_valid (const PhoenixKdfParams *params)
{
  if (params == NULL)
    return FALSE;

  return params->t_cost >= 1 && params->t_cost <= PHOENIX_KDF_MAX_T_COST &&
         params->parallelism >= 1 && params->parallelism <= PHOENIX_KDF_MAX_PARALLELISM &&
         params->m_cost_kib >= 8 * params->parallelism &&
         params->m_cost_kib <= PHOENIX_KDF_MAX_M_COST_KIB;
}

gboolean
phoenix_kdf_params_equal (const PhoenixKdfParams *a,
                          const PhoenixKdfParams *b)
{
  return a->t_cost == b->t_cost &&
         a->m_cost_kib == b->m_cost_kib &&
         a->parallelism == b->parallelism;
}

gboolean
phoenix_kdf_generate_salt (guint8  *salt,
                           GError **error)
{
  gsize filled = 0;

  g_return_val_if_fail (salt != NULL, FALSE);

  while (filled < PHOENIX_KDF_SALT_SIZE)
    {
      ssize_t n = getrandom (salt + filled, PHOENIX_KDF_SALT_SIZE - filled, 0);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          g_debug ("getrandom: %s", g_strerror (errno));
          g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                               _("The system could not provide random numbers to protect the vault."));
          return FALSE;
        }
      filled += (gsize) n;
    }

  return TRUE;
}

gboolean
phoenix_kdf_derive (const char             *passphrase,
                    const guint8           *salt,
                    const PhoenixKdfParams *params,
                    guint8                 *key,
                    GError                **error)
{
  g_autoptr(PhoenixSecret) normalized = NULL;
  int rc;

  g_return_val_if_fail (passphrase != NULL, FALSE);
  g_return_val_if_fail (salt != NULL, FALSE);
  g_return_val_if_fail (params != NULL, FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (*passphrase == '\0' || !g_utf8_validate (passphrase, -1, NULL))
    {
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_INVALID,
                           _("The passphrase cannot be empty."));
      return FALSE;
    }

  if (!phoenix_kdf_params_valid (params))
    {
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_INVALID,
                           _("The key derivation settings are out of range."));
      return FALSE;
    }

  normalized = g_utf8_normalize (passphrase, -1, G_NORMALIZE_NFC);
  if (normalized == NULL)
    {
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_INVALID,
                           _("The passphrase contains characters Phoenix cannot read."));
      return FALSE;
    }

  rc = argon2id_hash_raw (params->t_cost, params->m_cost_kib, params->parallelism,
                          normalized, strlen (normalized),
                          salt, PHOENIX_KDF_SALT_SIZE,
                          key, PHOENIX_KDF_KEY_SIZE);
  if (rc != ARGON2_OK)
    {
      explicit_bzero (key, PHOENIX_KDF_KEY_SIZE);
      g_debug ("argon2id_hash_raw: %s", argon2_error_message (rc));
      if (rc == ARGON2_MEMORY_ALLOCATION_ERROR)
        g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                             _("There is not enough free memory to unlock the vault. "
                               "Close some applications and try again."));
      else
        g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                             _("The vault key could not be computed."));
      return FALSE;
    }

  return TRUE;
}
