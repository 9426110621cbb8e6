/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-vault.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_WELCOME_PAGE (phoenix_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixWelcomePage, phoenix_welcome_page, PHOENIX, WELCOME_PAGE, AdwBin)

PhoenixWelcomePage *phoenix_welcome_page_new   (PhoenixVault       *vault);
void                phoenix_welcome_page_focus (PhoenixWelcomePage *self);

G_END_DECLS
