/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-vault"

#include "config.h"

#include <errno.h>

#include <glib/gi18n.h>

#include "phoenix-vault-error.h"
#include "phoenix-vault-private.h"

/*
 * Every PhoenixVaultError message in one place: translated, saying what
 * happened and what the user can do. Technical detail goes to g_debug only.
 */

G_DEFINE_QUARK (phoenix-vault-error-quark, phoenix_vault_error)

static char *
dup_display_dirname (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_filename_display_name (dir);
}

void
_phoenix_vault_set_error (GError            **error,
                          PhoenixVaultError   code)
{
  const char *message;

  switch (code)
    {
    case PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE:
      message = _("The passphrase is not correct.");
      break;

    case PHOENIX_VAULT_ERROR_NOT_A_VAULT:
      message = _("This file is not a Phoenix vault.");
      break;

    case PHOENIX_VAULT_ERROR_DAMAGED:
      message = _("The vault is damaged and cannot be opened. Restore it from a backup.");
      break;

    case PHOENIX_VAULT_ERROR_TOO_NEW:
      message = _("This vault was created by a newer version of Phoenix. Update Phoenix to open it.");
      break;

    case PHOENIX_VAULT_ERROR_BUSY:
      message = _("The vault is open in another Phoenix window or instance.");
      break;

    case PHOENIX_VAULT_ERROR_DISK_FULL:
      message = _("The disk is full. Free some space and try again; nothing was lost.");
      break;

    case PHOENIX_VAULT_ERROR_LOCKED:
      message = _("The vault is locked. Unlock it and try again.");
      break;

    case PHOENIX_VAULT_ERROR_INVALID:
      message = _("The passphrase cannot be empty.");
      break;

    case PHOENIX_VAULT_ERROR_READ_ONLY:
    case PHOENIX_VAULT_ERROR_EXISTS:
    case PHOENIX_VAULT_ERROR_NOT_FOUND:
      /* These name a path: see their own setters. */
      g_assert_not_reached ();

    case PHOENIX_VAULT_ERROR_FAILED:
    default:
      message = _("The vault could not be read or written.");
      break;
    }

  g_set_error_literal (error, PHOENIX_VAULT_ERROR, code, message);
}

void
_phoenix_vault_set_read_only_error (GError    **error,
                                    const char *path)
{
  g_autofree char *dir = dup_display_dirname (path);

  g_set_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_READ_ONLY,
               _("Phoenix cannot write to “%s”. Check the folder's permissions."), dir);
}

void
_phoenix_vault_set_exists_error (GError    **error,
                                 const char *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_EXISTS,
               _("A vault already exists at “%s”. Unlock it instead."), display);
}

void
_phoenix_vault_set_not_found_error (GError    **error,
                                    const char *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_NOT_FOUND,
               _("There is no vault at “%s” yet."), display);
}

void
_phoenix_vault_set_errno_error (GError    **error,
                                int         errsv,
                                const char *path)
{
  g_debug ("%s: %s", path, g_strerror (errsv));

  switch (errsv)
    {
    case ENOSPC:
    case EFBIG:
    case EDQUOT:
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_DISK_FULL);
      break;

    case EACCES:
    case EPERM:
    case EROFS:
      _phoenix_vault_set_read_only_error (error, path);
      break;

    default:
      {
        g_autofree char *display = g_filename_display_name (path);

        g_set_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                     _("Phoenix could not use “%s”: %s."), display, g_strerror (errsv));
      }
      break;
    }
}

void
_phoenix_vault_set_sqlite_error (GError  **error,
                                 sqlite3  *db,
                                 int       rc)
{
  int errsv = db != NULL ? sqlite3_system_errno (db) : 0;
  const char *filename = db != NULL ? sqlite3_db_filename (db, "main") : NULL;

  g_debug ("SQLite error %d (%s): %s; system error %d (%s)",
           rc, sqlite3_errstr (rc), db != NULL ? sqlite3_errmsg (db) : "",
           errsv, errsv != 0 ? g_strerror (errsv) : "none");

  if (filename == NULL || *filename == '\0')
    filename = "/";

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_DISK_FULL);
      break;

    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      if (errsv == ENOSPC || errsv == EFBIG || errsv == EDQUOT)
        _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_DISK_FULL);
      else if (errsv == EACCES || errsv == EPERM || errsv == EROFS)
        _phoenix_vault_set_read_only_error (error, filename);
      else
        g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                             _("The vault could not be read or written. Check the disk and try again."));
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      _phoenix_vault_set_read_only_error (error, filename);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_BUSY);
      break;

    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_DAMAGED);
      break;

    case SQLITE_NOMEM:
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                           _("There is not enough free memory. Close some applications and try again."));
      break;

    default:
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                           _("The vault could not be read or written."));
      break;
    }
}
