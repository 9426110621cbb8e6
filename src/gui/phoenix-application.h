/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-vault.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_APPLICATION (phoenix_application_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixApplication, phoenix_application, PHOENIX, APPLICATION, AdwApplication)

PhoenixApplication *phoenix_application_new          (const char         *application_id,
                                                      GApplicationFlags   flags);
/* The one vault of the application; NULL before startup. */
PhoenixVault       *phoenix_application_get_vault    (PhoenixApplication *self);
GSettings          *phoenix_application_get_settings (PhoenixApplication *self);

G_END_DECLS
