/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdio.h>

#include "phoenix-application.h"

/*
 * Test-only: with PHOENIX_BENCH_FIRST_FRAME set, print "first-frame" on stdout after the
 * first window's first paint (tests/bench-startup.c times spawn → that line).
 */
static void
first_frame_painted_cb (GdkFrameClock *clock,
                        gpointer       user_data)
{
  g_signal_handlers_disconnect_by_func (clock, first_frame_painted_cb, user_data);
  printf ("first-frame\n");
  fflush (stdout);
}

static void
window_mapped_cb (GtkWidget *window,
                  gpointer   user_data)
{
  g_signal_handlers_disconnect_by_func (window, window_mapped_cb, user_data);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (first_frame_painted_cb), NULL);
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 gpointer        user_data)
{
  g_signal_handlers_disconnect_by_func (app, window_added_cb, user_data);
  g_signal_connect (window, "map", G_CALLBACK (window_mapped_cb), NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PhoenixApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_application_name (_("Phoenix"));

  app = phoenix_application_new (APPLICATION_ID, G_APPLICATION_DEFAULT_FLAGS);

  if (g_getenv ("PHOENIX_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);

  return g_application_run (G_APPLICATION (app), argc, argv);
}
