/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-fr"

/*
 * The app runs in French under LANGUAGE=fr: the real window, with the catalogue the
 * build compiled from po/fr.po (build/po/fr/LC_MESSAGES/phoenix.mo), shows French
 * labels on its welcome page, its view switcher and its primary menu.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "phoenix-application.h"
#include "phoenix-test-ui.h"
#include "phoenix-test-util.h"
#include "phoenix-window.h"

typedef struct
{
  char          *tmpdir;
  PhoenixWindow *window;
  GPtrArray     *labels;   /* every GtkLabel text and button label shown, after the window is up */
} Fixture;

static void
collect_labels (GtkWidget *widget,
                GPtrArray *labels)
{
  if (GTK_IS_LABEL (widget))
    g_ptr_array_add (labels, g_strdup (gtk_label_get_label (GTK_LABEL (widget))));
  else if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    g_ptr_array_add (labels, g_strdup (gtk_button_get_label (GTK_BUTTON (widget))));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, labels);
}

static gboolean
has_label (Fixture    *f,
           const char *text)
{
  for (guint i = 0; i < f->labels->len; i++)
    if (g_strcmp0 (g_ptr_array_index (f->labels, i), text) == 0)
      return TRUE;
  return FALSE;
}

static void
window_shown_cb (GApplication *app,
                 Fixture      *f)
{
  f->window = PHOENIX_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (PHOENIX_IS_WINDOW (f->window));
  phoenix_test_ui_spin (100);
  collect_labels (GTK_WIDGET (f->window), f->labels);
  gtk_window_close (GTK_WINDOW (f->window));
  phoenix_test_ui_spin (50);
  g_application_quit (app);
}

static void
test_welcome_in_french (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixApplication) app = NULL;
  g_autofree char *vault_path = NULL;
  Fixture f = { 0 };

  f.tmpdir = g_dir_make_tmp ("phoenix-test-ui-fr-XXXXXX", &error);
  g_assert_no_error (error);
  vault_path = g_build_filename (f.tmpdir, "vault.db", NULL);
  g_setenv ("PHOENIX_VAULT_PATH", vault_path, TRUE);
  g_setenv ("PHOENIX_KDF_TEST", "1", TRUE);
  f.labels = g_ptr_array_new_with_free_func (g_free);

  app = phoenix_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (window_shown_cb), &f);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 0, NULL), ==, 0);

  /* Literal French, so a catalogue that is not loaded, or lost its entries, fails. */
  g_assert_true (has_label (&f, "Bienvenue dans Phoenix"));
  g_assert_false (has_label (&f, "Welcome to Phoenix"));
  g_assert_cmpstr (_("Overview"), ==, "Accueil");
  g_assert_cmpstr (_("Letters"), ==, "Lettres");
  g_assert_cmpstr (_("Training"), ==, "Formation");

  g_ptr_array_unref (f.labels);
  g_remove (vault_path);
  g_rmdir (f.tmpdir);
  g_free (f.tmpdir);
}

int
main (int   argc,
      char *argv[])
{
  phoenix_test_use_build_catalogue ();
  phoenix_test_use_language ("fr");

  g_unsetenv ("DBUS_SESSION_BUS_ADDRESS");
  g_setenv ("GTK_A11Y", "none", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);

  g_test_add_func ("/ui/i18n/welcome-in-french", test_welcome_in_french);

  return g_test_run ();
}
