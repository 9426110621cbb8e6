/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * PhoenixPreferencesWindow's test hooks (the UI tests).
 */

#include "phoenix-preferences-window.h"

G_BEGIN_DECLS

AdwComboRow        *_phoenix_preferences_window_get_color_scheme_row    (PhoenixPreferencesWindow *self);

GtkAdjustment      *_phoenix_preferences_window_get_auto_lock_adjustment (PhoenixPreferencesWindow *self);

/* Anonymous statistics: the consent switch, the server address and its error. */
GtkSwitch          *_phoenix_preferences_window_get_sharing_switch       (PhoenixPreferencesWindow *self);
AdwEntryRow        *_phoenix_preferences_window_get_flywheel_url_row     (PhoenixPreferencesWindow *self);
GtkLabel           *_phoenix_preferences_window_get_flywheel_url_error   (PhoenixPreferencesWindow *self);

G_END_DECLS
