/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-window"

#include "config.h"

#include <stdio.h>

#include "phoenix-window-private.h"

/*
 * The window's size and maximised state, kept in GSettings (window-width, window-height,
 * window-maximized) from one run to the next. PHOENIX_WINDOW_SIZE=WxH (tests, screenshots)
 * fixes the size and keeps the settings untouched.
 */

/* Returns whether the size was fixed by PHOENIX_WINDOW_SIZE (then nothing is to be saved). */
gboolean
_phoenix_window_restore_geometry (GtkWindow *window,
                                  GSettings *settings)
{
  const char *size = g_getenv ("PHOENIX_WINDOW_SIZE");
  int width = 0, height = 0;

  if (size != NULL && sscanf (size, "%dx%d", &width, &height) == 2 && width > 0 && height > 0)
    {
      gtk_window_set_default_size (window, width, height);
      return TRUE;
    }

  width = g_settings_get_int (settings, "window-width");
  height = g_settings_get_int (settings, "window-height");
  gtk_window_set_default_size (window, width, height);
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (window);
  return FALSE;
}

void
_phoenix_window_save_geometry (GtkWindow *window,
                               GSettings *settings)
{
  int width, height;

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
}
