/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-ui"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "phoenix-cv-page.h"
#include "phoenix-test-ui.h"
#include "phoenix-cv-page-private.h"
#include "phoenix-entry-list-private.h"
#include "phoenix-unlock-page-private.h"
#include "phoenix-welcome-page-private.h"
#include "phoenix-window-private.h"
#include "phoenix-vault.h"
#include "phoenix-test-util.h"

static gboolean
unlock_done (PhoenixTestUi *ui)
{
  /* The key derived, then the profile read in its worker. */
  return !_phoenix_unlock_page_get_busy (_phoenix_window_get_unlock_page (ui->window)) &&
         !_phoenix_window_get_loading (ui->window);
}

/* Runs once the window is shown: the test's steps, then the window is closed
 * (which saves) and the application quits. */
static void
window_shown_cb (GApplication  *app,
                 PhoenixTestUi *ui)
{
  ui->window = PHOENIX_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (PHOENIX_IS_WINDOW (ui->window));
  phoenix_test_ui_spin (50);

  ui->steps (ui);

  g_object_add_weak_pointer (G_OBJECT (ui->window), (gpointer *) &ui->window);
  gtk_window_close (GTK_WINDOW (ui->window));
  phoenix_test_ui_spin (50);
  g_assert_null (ui->window);

  g_application_quit (app);
}

/* The locale and translations (@language in LANGUAGE unless NULL), then GTK. */
void
phoenix_test_ui_init (int          *argc,
                      char       ***argv,
                      const char   *language)
{
  setlocale (LC_ALL, "");
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Each start is a new application in this process: keep them off the session bus
   * (an exported application could not be finalized and registered again), and
   * without a bus there is no accessibility bus either. */
  g_unsetenv ("DBUS_SESSION_BUS_ADDRESS");
  g_setenv ("GTK_A11Y", "none", TRUE);

  gtk_test_init (argc, argv, NULL);
  /* Without a window manager the window never gets focus-out events, and a
   * blinking cursor then warns (fatally in tests). */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);
}

void
phoenix_test_ui_setup (PhoenixTestUi *ui,
                       gconstpointer  data)
{
  g_autofree char *program = g_path_get_basename (g_get_prgname ());
  g_autofree char *template = g_strdup_printf ("phoenix-%s-XXXXXX", program);
  g_autoptr(GError) error = NULL;

  ui->tmpdir = g_dir_make_tmp (template, &error);
  g_assert_no_error (error);
  ui->vault_path = g_build_filename (ui->tmpdir, "vault.db", NULL);
  ui->wait_limit_seconds = PHOENIX_TEST_UI_WAIT_LIMIT_SECONDS;
  ui->check_locked_after_run = TRUE;

  g_setenv ("PHOENIX_VAULT_PATH", ui->vault_path, TRUE);
  g_setenv ("PHOENIX_KDF_TEST", "1", TRUE);
  /* Words added to the spelling dictionary stay in the test's folder. */
  {
    g_autofree char *enchant = g_build_filename (ui->tmpdir, "enchant", NULL);

    g_setenv ("ENCHANT_CONFIG_DIR", enchant, TRUE);
  }
}

void
phoenix_test_ui_teardown (PhoenixTestUi *ui,
                          gconstpointer  data)
{
  g_assert_null (ui->app);
  phoenix_test_remove_tree (ui->tmpdir);
  if (ui->data_free != NULL)
    g_clear_pointer (&ui->data, ui->data_free);
  g_clear_pointer (&ui->vault_path, g_free);
  g_clear_pointer (&ui->tmpdir, g_free);
}

void
phoenix_test_ui_wait_until (PhoenixTestUi          *ui,
                            PhoenixTestUiCondition  condition,
                            const char             *what)
{
  gint64 deadline = g_get_monotonic_time () + ui->wait_limit_seconds * G_USEC_PER_SEC;

  while (!condition (ui))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for %s", what);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }
}

/* Lets pending timeouts and idles run for a while. */
void
phoenix_test_ui_spin (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

/* Runs the application like main() does; @steps runs once the window is shown,
 * then the window is closed (which saves), the application quits, locks the vault
 * and is finalized. */
void
phoenix_test_ui_run_app (PhoenixTestUi      *ui,
                         PhoenixTestUiSteps  steps)
{
  g_assert_null (ui->app);

  ui->steps = steps;
  ui->app = phoenix_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (ui->app, "activate", G_CALLBACK (window_shown_cb), ui);
  g_assert_cmpint (g_application_run (G_APPLICATION (ui->app), 0, NULL), ==, 0);

  if (ui->check_locked_after_run)
    g_assert_false (phoenix_vault_is_unlocked (phoenix_application_get_vault (ui->app)));

  g_object_add_weak_pointer (G_OBJECT (ui->app), (gpointer *) &ui->app);
  g_object_unref (ui->app);
  g_assert_null (ui->app);
}

/* The SHA-256 of a file's bytes, to tell whether it was written. */
char *
phoenix_test_ui_checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

const char *
phoenix_test_ui_state (PhoenixTestUi *ui)
{
  return _phoenix_window_get_state (ui->window);
}

/* The main view shown, and what the window does in the background after its first frame
 * (the applications read for their follow-up reminders) done. No page is built there. */
gboolean
phoenix_test_ui_is_main (PhoenixTestUi *ui)
{
  PhoenixFollowUpReminders *reminders = _phoenix_window_get_reminders (ui->window);

  return g_strcmp0 (phoenix_test_ui_state (ui), "main") == 0 &&
         reminders != NULL && phoenix_follow_up_reminders_get_loaded (reminders);
}

/* Locked: the unlock page shown, the pages' profile let go of (in the turn after the lock's) and
 * their rows gone from their lists (a few a turn after that). */
gboolean
phoenix_test_ui_is_locked (PhoenixTestUi *ui)
{
  return g_strcmp0 (phoenix_test_ui_state (ui), "unlock") == 0 &&
         phoenix_context_get_profile (phoenix_window_get_context (ui->window)) == NULL &&
         _phoenix_entry_list_get_n_tearing_down () == 0;
}

/* Nothing waits for the profile's autosave (the window's, whether or not the CV page was
 * ever built). */
gboolean
phoenix_test_ui_saved (PhoenixTestUi *ui)
{
  PhoenixProfileAutosave *autosave = _phoenix_window_get_autosave (ui->window);

  return autosave == NULL || !phoenix_profile_autosave_get_pending (autosave);
}

PhoenixCvPage *
phoenix_test_ui_cv_page (PhoenixTestUi *ui)
{
  return PHOENIX_CV_PAGE (_phoenix_window_ensure_page (ui->window, "cv"));
}

PhoenixProfile *
phoenix_test_ui_cv_profile (PhoenixTestUi *ui)
{
  return phoenix_cv_page_get_profile (phoenix_test_ui_cv_page (ui));
}

gboolean
phoenix_test_ui_cv_complete (PhoenixTestUi *ui)
{
  return !_phoenix_cv_page_get_filling (phoenix_test_ui_cv_page (ui));
}

PhoenixCvPage *
phoenix_test_ui_cv_page_complete (PhoenixTestUi *ui)
{
  phoenix_test_ui_wait_until (ui, phoenix_test_ui_cv_complete, "the CV page complete");
  return phoenix_test_ui_cv_page (ui);
}

GtkWidget *
phoenix_test_ui_show_page (PhoenixTestUi *ui,
                           const char    *name)
{
  GtkWidget *page;

  g_assert_cmpstr (phoenix_test_ui_state (ui), ==, "main");
  adw_view_stack_set_visible_child_name (_phoenix_window_get_view_stack (ui->window), name);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (_phoenix_window_get_view_stack (ui->window)), ==, name);
  page = _phoenix_window_get_page (ui->window, name);
  g_assert_nonnull (page);

  return page;
}

GtkEditable *
phoenix_test_ui_cv_row (PhoenixTestUi *ui,
                        const char    *field)
{
  PhoenixCvPage *page = _phoenix_window_get_cv_page (ui->window);

  /* Shown first when it was never built; read where it is otherwise (even locked). */
  if (page == NULL)
    page = PHOENIX_CV_PAGE (phoenix_test_ui_show_page (ui, "cv"));

  return _phoenix_cv_page_get_row (page, field);
}

/* First run through the welcome page, up to the main view. */
void
phoenix_test_ui_create_vault (PhoenixTestUi *ui)
{
  PhoenixWelcomePage *page = _phoenix_window_get_welcome_page (ui->window);

  g_assert_cmpstr (phoenix_test_ui_state (ui), ==, "welcome");
  g_assert_false (g_file_test (ui->vault_path, G_FILE_TEST_EXISTS));

  gtk_editable_set_text (_phoenix_welcome_page_get_passphrase_row (page), PHOENIX_TEST_UI_PASSPHRASE);
  gtk_editable_set_text (_phoenix_welcome_page_get_confirm_row (page), PHOENIX_TEST_UI_PASSPHRASE);
  g_assert_true (gtk_widget_is_sensitive (_phoenix_welcome_page_get_create_button (page)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "welcome-page.create", NULL));
  phoenix_test_ui_wait_until (ui, phoenix_test_ui_is_main, "the main view after creating the vault");

  g_assert_true (g_file_test (ui->vault_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (gtk_editable_get_text (_phoenix_welcome_page_get_passphrase_row (page)), ==, "");
}

/* Types @passphrase on the unlock page, unlocks, and waits for the outcome. */
void
phoenix_test_ui_unlock (PhoenixTestUi *ui,
                        const char    *passphrase)
{
  PhoenixUnlockPage *page = _phoenix_window_get_unlock_page (ui->window);

  gtk_editable_set_text (_phoenix_unlock_page_get_passphrase_row (page), passphrase);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "unlock-page.unlock", NULL));
  g_assert_true (_phoenix_unlock_page_get_busy (page));
  phoenix_test_ui_wait_until (ui, unlock_done, "the end of unlocking");
}

GtkWindow *
phoenix_test_ui_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}
