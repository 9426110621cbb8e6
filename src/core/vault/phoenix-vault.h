/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-kdf.h"

G_BEGIN_DECLS

#define PHOENIX_VAULT_ERROR (phoenix_vault_error_quark ())

/**
 * PhoenixVaultError:
 * Errors a user can act on. Every message set with these codes is translated
 * and can be shown as is.
 */
typedef enum
{
  PHOENIX_VAULT_ERROR_FAILED,
  PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE,  /* the passphrase does not open this vault */
  PHOENIX_VAULT_ERROR_NOT_A_VAULT,       /* plain SQLite, random bytes, zeroes, missing key file… */
  PHOENIX_VAULT_ERROR_DAMAGED,           /* truncated or otherwise broken Phoenix vault */
  PHOENIX_VAULT_ERROR_TOO_NEW,           /* written by a newer Phoenix (user_version or cipher) */
  PHOENIX_VAULT_ERROR_BUSY,              /* opened by another Phoenix instance */
  PHOENIX_VAULT_ERROR_DISK_FULL,         /* no space left (or file size limit) */
  PHOENIX_VAULT_ERROR_READ_ONLY,         /* folder or file not writable */
  PHOENIX_VAULT_ERROR_EXISTS,            /* create: a vault is already there */
  PHOENIX_VAULT_ERROR_NOT_FOUND,         /* unlock: no vault there */
  PHOENIX_VAULT_ERROR_LOCKED,            /* the operation needs an unlocked vault */
  PHOENIX_VAULT_ERROR_INVALID,           /* e.g. empty passphrase */
} PhoenixVaultError;

/*
 * PhoenixVault properties: "path" (string, construct-only) and "unlocked"
 * (boolean, read-only, notified when it changes). Signal "locked" (no
 * arguments) is emitted after phoenix_vault_lock() closed an unlocked vault.
 * Async results are installed before the callback runs: in the callback,
 * phoenix_vault_is_unlocked() already tells the outcome.
 */
#define PHOENIX_TYPE_VAULT (phoenix_vault_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixVault, phoenix_vault, PHOENIX, VAULT, GObject)

GQuark        phoenix_vault_error_quark          (void);

/* The default file: $XDG_DATA_HOME/phoenix/vault.db */
char         *phoenix_vault_dup_default_path     (void);

/* @path: the vault file; NULL for the default path. Nothing is touched on disk. */
PhoenixVault *phoenix_vault_new                  (const char              *path);
const char   *phoenix_vault_get_path             (PhoenixVault            *self);
gboolean      phoenix_vault_exists               (PhoenixVault            *self);
gboolean      phoenix_vault_is_unlocked          (PhoenixVault            *self);
/* PRAGMA user_version of the open vault; -1 when locked. */
int           phoenix_vault_get_schema_version   (PhoenixVault            *self);
/* The newest schema version this build knows. */
int           phoenix_vault_get_latest_schema_version (void);

/* Cost used by create and change_passphrase (default: phoenix_kdf_default_params). */
void          phoenix_vault_set_kdf_params       (PhoenixVault            *self,
                                                  const PhoenixKdfParams  *params);

gboolean      phoenix_vault_create               (PhoenixVault            *self,
                                                  const char              *passphrase,
                                                  GCancellable            *cancellable,
                                                  GError                 **error);
void          phoenix_vault_create_async         (PhoenixVault            *self,
                                                  const char              *passphrase,
                                                  GCancellable            *cancellable,
                                                  GAsyncReadyCallback      callback,
                                                  gpointer                 user_data);
gboolean      phoenix_vault_create_finish        (PhoenixVault            *self,
                                                  GAsyncResult            *result,
                                                  GError                 **error);

gboolean      phoenix_vault_unlock               (PhoenixVault            *self,
                                                  const char              *passphrase,
                                                  GCancellable            *cancellable,
                                                  GError                 **error);
void          phoenix_vault_unlock_async         (PhoenixVault            *self,
                                                  const char              *passphrase,
                                                  GCancellable            *cancellable,
                                                  GAsyncReadyCallback      callback,
                                                  gpointer                 user_data);
gboolean      phoenix_vault_unlock_finish        (PhoenixVault            *self,
                                                  GAsyncResult            *result,
                                                  GError                 **error);

gboolean      phoenix_vault_change_passphrase    (PhoenixVault            *self,
                                                  const char              *old_passphrase,
                                                  const char              *new_passphrase,
                                                  GCancellable            *cancellable,
                                                  GError                 **error);
void          phoenix_vault_change_passphrase_async (PhoenixVault         *self,
                                                  const char              *old_passphrase,
                                                  const char              *new_passphrase,
                                                  GCancellable            *cancellable,
                                                  GAsyncReadyCallback      callback,
                                                  gpointer                 user_data);
gboolean      phoenix_vault_change_passphrase_finish (PhoenixVault        *self,
                                                  GAsyncResult            *result,
                                                  GError                 **error);

/* Close the database and wipe key material. Emits "locked". Safe to call twice. */
void          phoenix_vault_lock                 (PhoenixVault            *self);

G_END_DECLS
