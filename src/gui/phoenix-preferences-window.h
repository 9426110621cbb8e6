/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-context.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_PREFERENCES_WINDOW (phoenix_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixPreferencesWindow, phoenix_preferences_window, PHOENIX, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* The preferences of @context's settings (which it must have). */
PhoenixPreferencesWindow *phoenix_preferences_window_new (PhoenixContext *context);

G_END_DECLS
