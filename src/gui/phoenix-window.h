/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-application.h"
#include "phoenix-context.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_WINDOW (phoenix_window_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixWindow, phoenix_window, PHOENIX, WINDOW, AdwApplicationWindow)

PhoenixWindow  *phoenix_window_new         (PhoenixApplication *application,
                                           PhoenixContext     *context);
PhoenixContext *phoenix_window_get_context (PhoenixWindow      *self);
PhoenixVault   *phoenix_window_get_vault   (PhoenixWindow      *self);
void            phoenix_window_add_toast   (PhoenixWindow      *self,
                                           AdwToast           *toast);

G_END_DECLS
