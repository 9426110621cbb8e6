/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-vault.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_UNLOCK_PAGE (phoenix_unlock_page_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixUnlockPage, phoenix_unlock_page, PHOENIX, UNLOCK_PAGE, AdwBin)

PhoenixUnlockPage *phoenix_unlock_page_new        (PhoenixVault      *vault);
/* Empties the passphrase and hides any error. */
void               phoenix_unlock_page_reset      (PhoenixUnlockPage *self);
void               phoenix_unlock_page_focus      (PhoenixUnlockPage *self);
void               phoenix_unlock_page_show_error (PhoenixUnlockPage *self,
                                                   const char        *message);

G_END_DECLS
