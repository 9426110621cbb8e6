/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-vault"

#include "config.h"

#include <errno.h>
#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "phoenix-vault-error.h"
#include "phoenix-vault-sidecar.h"

/*
 * The plaintext settings file beside the vault ("<vault>.kdf"): format version,
 * Argon2id cost, salt and the SQLCipher major version that made the vault.
 */

#define SIDECAR_SUFFIX      ".kdf"
#define SIDECAR_GROUP       "Phoenix Vault"
#define SIDECAR_FORMAT      1
#define SIDECAR_MAX_SIZE    (64 * 1024)

static char *
hex_encode (const guint8 *data,
            gsize         len)
{
  GString *str = g_string_sized_new (len * 2);

  for (gsize i = 0; i < len; i++)
    g_string_append_printf (str, "%02x", data[i]);

  return g_string_free (str, FALSE);
}

static gboolean
hex_decode (const char *hex,
            guint8     *out,
            gsize       len)
{
  if (hex == NULL || strlen (hex) != len * 2)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      int hi = g_ascii_xdigit_value (hex[2 * i]);
      int lo = g_ascii_xdigit_value (hex[2 * i + 1]);

      if (hi < 0 || lo < 0)
        return FALSE;
      out[i] = (guint8) (hi << 4 | lo);
    }

  return TRUE;
}

static gboolean
get_uint_key (GKeyFile   *keyfile,
              const char *key,
              guint64     min,
              guint64     max,
              guint64    *out)
{
  g_autoptr(GError) local_error = NULL;
  guint64 value = g_key_file_get_uint64 (keyfile, SIDECAR_GROUP, key, &local_error);

  if (local_error != NULL || value < min || value > max)
    {
      g_debug ("Sidecar key %s missing or out of range", key);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

gboolean
_phoenix_vault_read_sidecar (const char           *sidecar_path,
                             PhoenixVaultSidecar  *sidecar,
                             GError              **error)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *kdf = NULL;
  g_autofree char *salt = NULL;
  GStatBuf st;
  guint64 format, version, t_cost, m_cost, parallelism, compat;

  if (g_stat (sidecar_path, &st) != 0)
    {
      int errsv = errno;
      g_autofree char *base = g_path_get_basename (sidecar_path);
      g_autofree char *display = g_filename_display_name (base);

      if (errsv != ENOENT)
        {
          _phoenix_vault_set_errno_error (error, errsv, sidecar_path);
          return FALSE;
        }

      g_set_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_NOT_A_VAULT,
                   _("This file is not a Phoenix vault, or its settings file “%s” is missing. "
                     "If you moved or copied the vault, bring that file along too."),
                   display);
      return FALSE;
    }

  if (!S_ISREG (st.st_mode) || st.st_size > SIDECAR_MAX_SIZE)
    {
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_NOT_A_VAULT);
      return FALSE;
    }

  if (!g_key_file_load_from_file (keyfile, sidecar_path, G_KEY_FILE_NONE, &local_error))
    {
      g_debug ("%s: %s", sidecar_path, local_error->message);
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_ACCES))
        _phoenix_vault_set_errno_error (error, EACCES, sidecar_path);
      else
        _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_NOT_A_VAULT);
      return FALSE;
    }

  if (!get_uint_key (keyfile, "format", 1, G_MAXINT, &format))
    {
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_NOT_A_VAULT);
      return FALSE;
    }
  if (format > SIDECAR_FORMAT)
    {
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_TOO_NEW);
      return FALSE;
    }

  kdf = g_key_file_get_string (keyfile, SIDECAR_GROUP, "kdf", NULL);
  salt = g_key_file_get_string (keyfile, SIDECAR_GROUP, "salt", NULL);

  if (g_strcmp0 (kdf, "argon2id") != 0 ||
      !get_uint_key (keyfile, "argon2-version", PHOENIX_KDF_ARGON2_VERSION,
                     PHOENIX_KDF_ARGON2_VERSION, &version) ||
      !get_uint_key (keyfile, "t-cost", 1, PHOENIX_KDF_MAX_T_COST, &t_cost) ||
      !get_uint_key (keyfile, "m-cost-kib", 8, PHOENIX_KDF_MAX_M_COST_KIB, &m_cost) ||
      !get_uint_key (keyfile, "parallelism", 1, PHOENIX_KDF_MAX_PARALLELISM, &parallelism) ||
      !get_uint_key (keyfile, "cipher-compatibility", 3, G_MAXINT, &compat) ||
      !hex_decode (salt, sidecar->salt, PHOENIX_KDF_SALT_SIZE))
    {
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_NOT_A_VAULT);
      return FALSE;
    }

  sidecar->params.t_cost = (guint32) t_cost;
  sidecar->params.m_cost_kib = (guint32) m_cost;
  sidecar->params.parallelism = (guint32) parallelism;
  sidecar->cipher_compat = (int) compat;

  if (!phoenix_kdf_params_valid (&sidecar->params))
    {
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_NOT_A_VAULT);
      return FALSE;
    }

  return TRUE;
}

/* GFileError back to errno, for the few codes that matter here. */
static int
file_error_to_errno (int code)
{
  switch (code)
    {
    case G_FILE_ERROR_NOSPC: return ENOSPC;
    case G_FILE_ERROR_ACCES: return EACCES;
    case G_FILE_ERROR_PERM: return EPERM;
    case G_FILE_ERROR_ROFS: return EROFS;
    case G_FILE_ERROR_NOENT: return ENOENT;
    case G_FILE_ERROR_EXIST: return EEXIST;
    default: return EIO;
    }
}

gboolean
_phoenix_vault_write_sidecar (const char                 *sidecar_path,
                              const PhoenixVaultSidecar  *sidecar,
                              GError                    **error)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *salt = hex_encode (sidecar->salt, PHOENIX_KDF_SALT_SIZE);
  g_autofree char *data = NULL;
  gsize len;

  g_key_file_set_integer (keyfile, SIDECAR_GROUP, "format", SIDECAR_FORMAT);
  g_key_file_set_string (keyfile, SIDECAR_GROUP, "kdf", "argon2id");
  g_key_file_set_integer (keyfile, SIDECAR_GROUP, "argon2-version", PHOENIX_KDF_ARGON2_VERSION);
  g_key_file_set_uint64 (keyfile, SIDECAR_GROUP, "t-cost", sidecar->params.t_cost);
  g_key_file_set_uint64 (keyfile, SIDECAR_GROUP, "m-cost-kib", sidecar->params.m_cost_kib);
  g_key_file_set_uint64 (keyfile, SIDECAR_GROUP, "parallelism", sidecar->params.parallelism);
  g_key_file_set_string (keyfile, SIDECAR_GROUP, "salt", salt);
  g_key_file_set_integer (keyfile, SIDECAR_GROUP, "cipher-compatibility", sidecar->cipher_compat);
  g_key_file_set_comment (keyfile, SIDECAR_GROUP, NULL,
                          " Key derivation settings of the Phoenix vault beside this file.\n"
                          " Not secret, but needed to unlock the vault: keep it with the vault.",
                          NULL);

  data = g_key_file_to_data (keyfile, &len, NULL);

  if (!g_file_set_contents_full (sidecar_path, data, (gssize) len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local_error))
    {
      int errsv = file_error_to_errno (local_error->code);

      g_debug ("%s: %s", sidecar_path, local_error->message);
      _phoenix_vault_set_errno_error (error, errsv, sidecar_path);
      return FALSE;
    }

  return TRUE;
}

char *
_phoenix_vault_dup_sidecar_path (const char *path)
{
  return g_strconcat (path, SIDECAR_SUFFIX, NULL);
}
