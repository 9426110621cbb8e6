/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-window"

#include "config.h"

#include "phoenix-window-private.h"

/*
 * The Shortcuts window (data/ui/help-overlay.ui), made the first time it is asked for. GTK
 * builds gtk/help-overlay.ui whole (every group, shortcut and accelerator label) when the
 * window is added to the application, before the first frame (issue #18); the file is
 * ui/help-overlay.ui instead, and win.show-help-overlay is the window's own until then.
 * GtkApplicationWindow then keeps the one made, and adds no action of its own beside this one.
 */

GtkShortcutsWindow *
_phoenix_window_ensure_help_overlay (PhoenixWindow *self)
{
  GtkApplicationWindow *window = GTK_APPLICATION_WINDOW (self);
  GtkShortcutsWindow *overlay = gtk_application_window_get_help_overlay (window);

  if (overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ui/help-overlay.ui");

      overlay = GTK_SHORTCUTS_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      gtk_application_window_set_help_overlay (window, overlay);
    }

  return overlay;
}

static void
show_help_overlay_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (_phoenix_window_ensure_help_overlay (PHOENIX_WINDOW (user_data))));
}

void
_phoenix_window_setup_help (PhoenixWindow *self)
{
  static const GActionEntry entries[] = {
    { .name = "show-help-overlay", .activate = show_help_overlay_cb },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
}
