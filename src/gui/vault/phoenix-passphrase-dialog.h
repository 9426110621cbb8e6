/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-vault.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_PASSPHRASE_DIALOG (phoenix_passphrase_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixPassphraseDialog, phoenix_passphrase_dialog, PHOENIX, PASSPHRASE_DIALOG, AdwWindow)

/* Changes the passphrase of an unlocked vault; emits "passphrase-changed" on
 * success, then closes. */
PhoenixPassphraseDialog *phoenix_passphrase_dialog_new (PhoenixVault *vault);

G_END_DECLS
