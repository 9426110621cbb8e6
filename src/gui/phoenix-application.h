/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-context.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_APPLICATION (phoenix_application_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixApplication, phoenix_application, PHOENIX, APPLICATION, AdwApplication)

PhoenixApplication *phoenix_application_new          (const char         *application_id,
                                                      GApplicationFlags   flags);
/* The services the application's windows share (its vault, settings, taxonomy); NULL before startup. */
PhoenixContext     *phoenix_application_get_context  (PhoenixApplication *self);
/* Shortcuts for phoenix_context_get_vault/settings () of that context. */
PhoenixVault       *phoenix_application_get_vault    (PhoenixApplication *self);
GSettings          *phoenix_application_get_settings (PhoenixApplication *self);

G_END_DECLS
