/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-vault.h"

G_BEGIN_DECLS

/*
 * The translated message of each PhoenixVaultError (the codes are in
 * phoenix-vault.h; phoenix-vault-error.c): what happened and what to do.
 * _phoenix_vault_set_sqlite_error() is in phoenix-vault-private.h, since the
 * stores outside the vault use it too.
 */

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
