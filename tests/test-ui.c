/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "phoenix-application.h"
#include "phoenix-cv-page.h"
#include "phoenix-ui-private.h"
#include "phoenix-validate.h"
#include "phoenix-vault.h"
#include "phoenix-window.h"

/*
 * Drives the real application window under Xvfb: first run, editing the CV,
 * autosave, quitting, unlocking again (wrong then right passphrase), inline
 * validation, undo, lock and auto-lock, passphrase change, links and summary,
 * preferences and the about window. Vaults live in a temporary folder
 * (PHOENIX_VAULT_PATH) and use the cheap test key derivation (PHOENIX_KDF_TEST=1).
 */

#define PASSPHRASE "Tulipe-velo-Rhone-2031"
#define WRONG_PASSPHRASE "Tulipe-velo-Rhone-2030"
/* A guard against hangs only, not a performance assertion. */
#define WAIT_LIMIT_SECONDS 60

typedef struct _Fixture Fixture;
typedef void (*Steps) (Fixture *f);
typedef gboolean (*Condition) (Fixture *f);

struct _Fixture
{
  char               *tmpdir;
  char               *vault_path;
  PhoenixApplication *app;
  PhoenixWindow      *window;
  Steps               steps;
  char               *wrong_passphrase_message;
  char               *checksum;
};

static void
wait_until (Fixture   *f,
            Condition  condition,
            const char *what)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_LIMIT_SECONDS * G_USEC_PER_SEC;

  while (!condition (f))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for %s", what);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }
}

/* Lets pending timeouts and idles run for a while. */
static void
spin (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (2000);
}

/* Runs the application like main() does; @steps runs once the window is shown,
 * then the window is closed (which saves), the application quits, locks the vault
 * and is finalized. */
static void
window_shown_cb (GApplication *app,
                 Fixture      *f)
{
  f->window = PHOENIX_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_true (PHOENIX_IS_WINDOW (f->window));
  spin (50);

  f->steps (f);

  g_object_add_weak_pointer (G_OBJECT (f->window), (gpointer *) &f->window);
  gtk_window_close (GTK_WINDOW (f->window));
  spin (50);
  g_assert_null (f->window);

  g_application_quit (app);
}

static void
run_app (Fixture *f,
         Steps    steps)
{
  PhoenixVault *vault;

  g_assert_null (f->app);

  f->steps = steps;
  f->app = phoenix_application_new (APPLICATION_ID, G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (f->app, "activate", G_CALLBACK (window_shown_cb), f);
  g_assert_cmpint (g_application_run (G_APPLICATION (f->app), 0, NULL), ==, 0);

  vault = phoenix_application_get_vault (f->app);
  g_assert_false (phoenix_vault_is_unlocked (vault));

  g_object_add_weak_pointer (G_OBJECT (f->app), (gpointer *) &f->app);
  g_object_unref (f->app);
  g_assert_null (f->app);
}

static const char *
state (Fixture *f)
{
  return _phoenix_window_get_state (f->window);
}

static gboolean
is_main (Fixture *f)
{
  return g_strcmp0 (state (f), "main") == 0;
}

static gboolean
unlock_done (Fixture *f)
{
  return !_phoenix_unlock_page_get_busy (_phoenix_window_get_unlock_page (f->window));
}

static gboolean
saved (Fixture *f)
{
  return !_phoenix_cv_page_get_save_pending (_phoenix_window_get_cv_page (f->window));
}

static gboolean
email_error_shown (Fixture *f)
{
  return _phoenix_cv_page_get_error (_phoenix_window_get_cv_page (f->window), "email") != NULL;
}

static GtkEditable *
cv_row (Fixture    *f,
        const char *field)
{
  return _phoenix_cv_page_get_row (_phoenix_window_get_cv_page (f->window), field);
}

static char *
checksum_file (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* First run through the welcome page, up to the main view. */
static void
create_vault_through_ui (Fixture *f)
{
  PhoenixWelcomePage *page = _phoenix_window_get_welcome_page (f->window);

  g_assert_cmpstr (state (f), ==, "welcome");
  g_assert_false (g_file_test (f->vault_path, G_FILE_TEST_EXISTS));

  gtk_editable_set_text (_phoenix_welcome_page_get_passphrase_row (page), PASSPHRASE);
  gtk_editable_set_text (_phoenix_welcome_page_get_confirm_row (page), PASSPHRASE);
  g_assert_true (gtk_widget_is_sensitive (_phoenix_welcome_page_get_create_button (page)));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "welcome-page.create", NULL));
  wait_until (f, is_main, "the main view after creating the vault");

  g_assert_true (g_file_test (f->vault_path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpstr (gtk_editable_get_text (_phoenix_welcome_page_get_passphrase_row (page)), ==, "");
}

static void
unlock_through_ui (Fixture    *f,
                   const char *passphrase)
{
  PhoenixUnlockPage *page = _phoenix_window_get_unlock_page (f->window);

  gtk_editable_set_text (_phoenix_unlock_page_get_passphrase_row (page), passphrase);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "unlock-page.unlock", NULL));
  g_assert_true (_phoenix_unlock_page_get_busy (page));
  wait_until (f, unlock_done, "the end of unlocking");
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->tmpdir = g_dir_make_tmp ("phoenix-test-ui-XXXXXX", &error);
  g_assert_no_error (error);
  f->vault_path = g_build_filename (f->tmpdir, "vault.db", NULL);

  g_setenv ("PHOENIX_VAULT_PATH", f->vault_path, TRUE);
  g_setenv ("PHOENIX_KDF_TEST", "1", TRUE);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_null (f->app);
  remove_tree (f->tmpdir);
  g_clear_pointer (&f->wrong_passphrase_message, g_free);
  g_clear_pointer (&f->checksum, g_free);
  g_clear_pointer (&f->vault_path, g_free);
  g_clear_pointer (&f->tmpdir, g_free);
}

/* The whole round trip the issue asks for: first run, edit, quit, wrong then
 * right passphrase. */
static void
first_run_steps (Fixture *f)
{
  create_vault_through_ui (f);

  gtk_editable_set_text (cv_row (f, "name"), "Camille Martin");
  gtk_editable_set_text (cv_row (f, "email"), "camille.martin@example.com");
  wait_until (f, saved, "the autosave");
}

static void
reopen_steps (Fixture *f)
{
  PhoenixUnlockPage *unlock_page = _phoenix_window_get_unlock_page (f->window);
  g_autofree char *checksum = NULL;

  g_assert_cmpstr (state (f), ==, "unlock");
  g_assert_false (_phoenix_unlock_page_get_error_visible (unlock_page));

  unlock_through_ui (f, WRONG_PASSPHRASE);
  g_assert_cmpstr (state (f), ==, "unlock");
  g_assert_true (_phoenix_unlock_page_get_error_visible (unlock_page));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (_phoenix_unlock_page_get_error_label (unlock_page))),
                   ==, f->wrong_passphrase_message);
  g_assert_true (gtk_widget_has_css_class (_phoenix_unlock_page_get_error_label (unlock_page), "error"));
  /* The typed text stays, selected, for another try. */
  g_assert_cmpstr (gtk_editable_get_text (_phoenix_unlock_page_get_passphrase_row (unlock_page)),
                   ==, WRONG_PASSPHRASE);
  spin (600);  /* the shake ends */

  checksum = checksum_file (f->vault_path);
  g_assert_cmpstr (checksum, ==, f->checksum);

  unlock_through_ui (f, PASSPHRASE);
  wait_until (f, is_main, "the main view after unlocking");
  g_assert_cmpstr (gtk_editable_get_text (cv_row (f, "name")), ==, "Camille Martin");
  g_assert_cmpstr (gtk_editable_get_text (cv_row (f, "email")), ==, "camille.martin@example.com");
  g_assert_cmpstr (gtk_editable_get_text (_phoenix_unlock_page_get_passphrase_row (unlock_page)), ==, "");
}

static void
test_create_edit_reopen (Fixture       *f,
                         gconstpointer  data)
{
  run_app (f, first_run_steps);

  /* What the vault itself says of a wrong passphrase, to compare with the page. */
  {
    g_autoptr(PhoenixVault) probe = phoenix_vault_new (f->vault_path);
    g_autoptr(GError) error = NULL;

    g_assert_false (phoenix_vault_unlock (probe, WRONG_PASSPHRASE, NULL, &error));
    g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);
    f->wrong_passphrase_message = g_strdup (error->message);
  }
  f->checksum = checksum_file (f->vault_path);

  run_app (f, reopen_steps);
}

static void
welcome_validation_steps (Fixture *f)
{
  PhoenixWelcomePage *page = _phoenix_window_get_welcome_page (f->window);
  GtkWidget *create = _phoenix_welcome_page_get_create_button (page);
  GtkWidget *confirm = GTK_WIDGET (_phoenix_welcome_page_get_confirm_row (page));

  g_assert_cmpstr (state (f), ==, "welcome");
  g_assert_false (gtk_widget_is_sensitive (create));

  gtk_editable_set_text (_phoenix_welcome_page_get_passphrase_row (page), PASSPHRASE);
  gtk_editable_set_text (_phoenix_welcome_page_get_confirm_row (page), PASSPHRASE "x");
  g_assert_false (gtk_widget_is_sensitive (create));
  g_assert_true (gtk_widget_has_css_class (confirm, "error"));

  gtk_editable_set_text (_phoenix_welcome_page_get_passphrase_row (page), "azerty");
  gtk_editable_set_text (_phoenix_welcome_page_get_confirm_row (page), "azerty");
  g_assert_false (gtk_widget_is_sensitive (create));
  g_assert_false (gtk_widget_has_css_class (confirm, "error"));

  /* Activating the disabled action does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (page), "welcome-page.create", NULL);
  spin (100);
  g_assert_cmpstr (state (f), ==, "welcome");
  g_assert_false (g_file_test (f->vault_path, G_FILE_TEST_EXISTS));

  gtk_editable_set_text (_phoenix_welcome_page_get_passphrase_row (page), PASSPHRASE);
  gtk_editable_set_text (_phoenix_welcome_page_get_confirm_row (page), PASSPHRASE);
  g_assert_true (gtk_widget_is_sensitive (create));
}

static void
test_welcome_requires_match_and_strength (Fixture       *f,
                                          gconstpointer  data)
{
  run_app (f, welcome_validation_steps);
  g_assert_false (g_file_test (f->vault_path, G_FILE_TEST_EXISTS));
}

static void
invalid_email_steps (Fixture *f)
{
  PhoenixCvPage *page;
  g_autofree char *message = NULL;

  create_vault_through_ui (f);
  page = _phoenix_window_get_cv_page (f->window);

  g_assert_null (_phoenix_cv_page_get_error (page, "email"));
  gtk_editable_set_text (cv_row (f, "email"), "camille.martin@");
  wait_until (f, email_error_shown, "the email error");
  g_assert_false (phoenix_validate_email ("camille.martin@", &message));
  g_assert_cmpstr (_phoenix_cv_page_get_error (page, "email"), ==, message);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (cv_row (f, "email")), "error"));

  /* The user's text is saved anyway (and still flagged after reopening). */
  wait_until (f, saved, "the autosave");
}

static void
fix_email_steps (Fixture *f)
{
  PhoenixCvPage *page;
  g_autofree char *message = NULL;

  unlock_through_ui (f, PASSPHRASE);
  wait_until (f, is_main, "the main view after unlocking");
  page = _phoenix_window_get_cv_page (f->window);

  g_assert_false (phoenix_validate_email ("camille.martin@", &message));
  g_assert_cmpstr (gtk_editable_get_text (cv_row (f, "email")), ==, "camille.martin@");
  g_assert_cmpstr (_phoenix_cv_page_get_error (page, "email"), ==, message);

  /* Fixing it clears the error at once. */
  gtk_editable_set_text (cv_row (f, "email"), "camille.martin@example.com");
  g_assert_null (_phoenix_cv_page_get_error (page, "email"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (cv_row (f, "email")), "error"));

  /* Same for the phone. */
  gtk_editable_set_text (cv_row (f, "phone"), "12");
  spin (600);
  g_assert_nonnull (_phoenix_cv_page_get_error (page, "phone"));
  gtk_editable_set_text (cv_row (f, "phone"), "+33 6 12 34 56 78");
  g_assert_null (_phoenix_cv_page_get_error (page, "phone"));
  wait_until (f, saved, "the autosave");
}

static void
test_invalid_email_is_flagged_and_kept (Fixture       *f,
                                        gconstpointer  data)
{
  run_app (f, invalid_email_steps);
  run_app (f, fix_email_steps);
}

static void
undo_steps (Fixture *f)
{
  PhoenixCvPage *page;

  create_vault_through_ui (f);
  page = _phoenix_window_get_cv_page (f->window);

  gtk_editable_set_text (cv_row (f, "name"), "Camille Martin");
  gtk_editable_set_text (cv_row (f, "city"), "Lyon");
  gtk_editable_set_text (cv_row (f, "name"), "Someone Else");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.undo", NULL));
  g_assert_cmpstr (gtk_editable_get_text (cv_row (f, "name")), ==, "Camille Martin");
  g_assert_cmpstr (gtk_editable_get_text (cv_row (f, "city")), ==, "Lyon");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.redo", NULL));
  g_assert_cmpstr (gtk_editable_get_text (cv_row (f, "name")), ==, "Someone Else");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.undo", NULL));
  g_assert_cmpstr (gtk_editable_get_text (cv_row (f, "city")), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (cv_row (f, "name")), ==, "Camille Martin");

  /* The undone state is what gets saved. */
  wait_until (f, saved, "the autosave");
}

static void
after_undo_steps (Fixture *f)
{
  unlock_through_ui (f, PASSPHRASE);
  wait_until (f, is_main, "the main view after unlocking");
  g_assert_cmpstr (gtk_editable_get_text (cv_row (f, "name")), ==, "Camille Martin");
  g_assert_cmpstr (gtk_editable_get_text (cv_row (f, "city")), ==, "");
}

static void
test_undo_restores_name (Fixture       *f,
                         gconstpointer  data)
{
  run_app (f, undo_steps);
  run_app (f, after_undo_steps);
}

static void
lock_steps (Fixture *f)
{
  PhoenixCvPage *page;
  PhoenixVault *vault;

  create_vault_through_ui (f);
  page = _phoenix_window_get_cv_page (f->window);
  vault = phoenix_application_get_vault (f->app);

  /* An edit still waiting for autosave is saved by the lock, not lost. */
  gtk_editable_set_text (cv_row (f, "headline"), "UX designer");
  g_assert_true (_phoenix_cv_page_get_save_pending (page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.lock", NULL));
  g_assert_false (phoenix_vault_is_unlocked (vault));
  g_assert_cmpstr (state (f), ==, "unlock");
  g_assert_null (phoenix_cv_page_get_profile (page));
  g_assert_cmpstr (gtk_editable_get_text (cv_row (f, "headline")), ==, "");

  unlock_through_ui (f, PASSPHRASE);
  wait_until (f, is_main, "the main view after unlocking");
  g_assert_cmpstr (gtk_editable_get_text (cv_row (f, "headline")), ==, "UX designer");
}

static void
test_lock_returns_to_unlock_page (Fixture       *f,
                                  gconstpointer  data)
{
  run_app (f, lock_steps);
}

static GtkWindow *
find_toplevel (GType type)
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

static void
auto_lock_steps (Fixture *f)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  PhoenixVault *vault;

  create_vault_through_ui (f);
  vault = phoenix_application_get_vault (f->app);
  g_settings_set_uint (settings, "auto-lock-minutes", 5);

  gtk_editable_set_text (cv_row (f, "headline"), "UX designer");
  _phoenix_window_pretend_idle (f->window, 4 * 60);
  g_assert_cmpstr (state (f), ==, "main");
  g_assert_true (phoenix_vault_is_unlocked (vault));

  /* Idle long enough: locked, the pending edit saved first. */
  _phoenix_window_pretend_idle (f->window, 5 * 60 + 1);
  g_assert_cmpstr (state (f), ==, "unlock");
  g_assert_false (phoenix_vault_is_unlocked (vault));
  g_assert_null (phoenix_cv_page_get_profile (_phoenix_window_get_cv_page (f->window)));

  unlock_through_ui (f, PASSPHRASE);
  wait_until (f, is_main, "the main view after unlocking");
  g_assert_cmpstr (gtk_editable_get_text (cv_row (f, "headline")), ==, "UX designer");

  /* 0 never locks. */
  g_settings_set_uint (settings, "auto-lock-minutes", 0);
  _phoenix_window_pretend_idle (f->window, 24 * 60 * 60);
  g_assert_cmpstr (state (f), ==, "main");

  g_settings_reset (settings, "auto-lock-minutes");
}

static void
test_auto_lock (Fixture       *f,
                gconstpointer  data)
{
  run_app (f, auto_lock_steps);
}

#define NEW_PASSPHRASE "Marmotte-Ardeche-lampe-77"

static PhoenixPassphraseDialog *
open_passphrase_dialog (Fixture *f)
{
  PhoenixPassphraseDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.change-passphrase", NULL));
  spin (50);
  dialog = PHOENIX_PASSPHRASE_DIALOG (find_toplevel (PHOENIX_TYPE_PASSPHRASE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));

  return dialog;
}

static void
wait_dialog (PhoenixPassphraseDialog *dialog)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_LIMIT_SECONDS * G_USEC_PER_SEC;

  while (dialog != NULL && _phoenix_passphrase_dialog_get_busy (dialog))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("Timed out waiting for the passphrase change");
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }
}

static void
change_passphrase_steps (Fixture *f)
{
  PhoenixPassphraseDialog *dialog;
  PhoenixUnlockPage *unlock_page;

  create_vault_through_ui (f);
  gtk_editable_set_text (cv_row (f, "name"), "Camille Martin");

  /* A wrong current passphrase is said so; the dialog stays. */
  dialog = open_passphrase_dialog (f);
  gtk_editable_set_text (_phoenix_passphrase_dialog_get_row (dialog, "current"), WRONG_PASSPHRASE);
  gtk_editable_set_text (_phoenix_passphrase_dialog_get_row (dialog, "new"), NEW_PASSPHRASE);
  gtk_editable_set_text (_phoenix_passphrase_dialog_get_row (dialog, "confirm"), NEW_PASSPHRASE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "passphrase-dialog.change", NULL));
  wait_dialog (dialog);
  g_assert_nonnull (_phoenix_passphrase_dialog_get_error (dialog));
  g_assert_true (find_toplevel (PHOENIX_TYPE_PASSPHRASE_DIALOG) == GTK_WINDOW (dialog));

  /* The right one: the dialog closes. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_editable_set_text (_phoenix_passphrase_dialog_get_row (dialog, "current"), PASSPHRASE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "passphrase-dialog.change", NULL));
  wait_dialog (dialog);
  spin (50);
  g_assert_null (dialog);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.lock", NULL));
  g_assert_cmpstr (state (f), ==, "unlock");
  unlock_page = _phoenix_window_get_unlock_page (f->window);

  unlock_through_ui (f, PASSPHRASE);
  g_assert_cmpstr (state (f), ==, "unlock");
  g_assert_true (_phoenix_unlock_page_get_error_visible (unlock_page));

  unlock_through_ui (f, NEW_PASSPHRASE);
  wait_until (f, is_main, "the main view after unlocking with the new passphrase");
  g_assert_cmpstr (gtk_editable_get_text (cv_row (f, "name")), ==, "Camille Martin");
}

static void
test_change_passphrase (Fixture       *f,
                        gconstpointer  data)
{
  run_app (f, change_passphrase_steps);
}

#define SUMMARY "Ten years of running hotel front desks taught me to listen.\nNow: UX design."

static gboolean
link_error_shown (Fixture *f)
{
  return _phoenix_cv_page_get_link_error (_phoenix_window_get_cv_page (f->window), 0) != NULL;
}

static char *
summary_text (Fixture *f)
{
  GtkTextBuffer *buffer = _phoenix_cv_page_get_summary_buffer (_phoenix_window_get_cv_page (f->window));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
links_and_summary_steps (Fixture *f)
{
  PhoenixCvPage *page;

  create_vault_through_ui (f);
  page = _phoenix_window_get_cv_page (f->window);
  g_assert_null (_phoenix_cv_page_get_link_row (page, 0, "label"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.add-link", NULL));
  gtk_editable_set_text (_phoenix_cv_page_get_link_row (page, 0, "label"), "Portfolio");
  gtk_editable_set_text (_phoenix_cv_page_get_link_row (page, 0, "url"), "portfolio example");
  wait_until (f, link_error_shown, "the link error");
  gtk_editable_set_text (_phoenix_cv_page_get_link_row (page, 0, "url"),
                         "https://portfolio.example.com/camille-martin");
  g_assert_null (_phoenix_cv_page_get_link_error (page, 0));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.add-link", NULL));
  gtk_editable_set_text (_phoenix_cv_page_get_link_row (page, 1, "label"), "Blog");
  _phoenix_cv_page_remove_link (page, 1);
  g_assert_null (_phoenix_cv_page_get_link_row (page, 1, "label"));

  /* Ctrl+Z brings the removed link back, Ctrl+Shift+Z removes it again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.undo", NULL));
  g_assert_nonnull (_phoenix_cv_page_get_link_row (page, 1, "label"));
  g_assert_cmpstr (gtk_editable_get_text (_phoenix_cv_page_get_link_row (page, 1, "label")), ==, "Blog");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.redo", NULL));
  g_assert_null (_phoenix_cv_page_get_link_row (page, 1, "label"));

  gtk_text_buffer_set_text (_phoenix_cv_page_get_summary_buffer (page), SUMMARY, -1);
  wait_until (f, saved, "the autosave");
}

static void
links_and_summary_reopen_steps (Fixture *f)
{
  PhoenixCvPage *page;
  g_autofree char *summary = NULL;

  unlock_through_ui (f, PASSPHRASE);
  wait_until (f, is_main, "the main view after unlocking");
  page = _phoenix_window_get_cv_page (f->window);

  g_assert_cmpstr (gtk_editable_get_text (_phoenix_cv_page_get_link_row (page, 0, "label")), ==, "Portfolio");
  g_assert_cmpstr (gtk_editable_get_text (_phoenix_cv_page_get_link_row (page, 0, "url")),
                   ==, "https://portfolio.example.com/camille-martin");
  g_assert_null (_phoenix_cv_page_get_link_row (page, 1, "label"));

  summary = summary_text (f);
  g_assert_cmpstr (summary, ==, SUMMARY);

  /* Ctrl+Z covers the summary too. */
  gtk_text_buffer_set_text (_phoenix_cv_page_get_summary_buffer (page), "", -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.undo", NULL));
  g_clear_pointer (&summary, g_free);
  summary = summary_text (f);
  g_assert_cmpstr (summary, ==, SUMMARY);
  wait_until (f, saved, "the autosave");
}

static void
test_links_and_summary (Fixture       *f,
                        gconstpointer  data)
{
  run_app (f, links_and_summary_steps);
  run_app (f, links_and_summary_reopen_steps);
}

static void
preferences_and_about_steps (Fixture *f)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  PhoenixPreferencesWindow *preferences;
  AdwComboRow *style_row;
  GtkAdjustment *auto_lock;
  GtkWindow *about;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "app.preferences", NULL));
  spin (50);
  preferences = PHOENIX_PREFERENCES_WINDOW (find_toplevel (PHOENIX_TYPE_PREFERENCES_WINDOW));
  g_assert_nonnull (preferences);
  style_row = _phoenix_preferences_window_get_color_scheme_row (preferences);
  auto_lock = _phoenix_preferences_window_get_auto_lock_adjustment (preferences);

  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 0);
  g_settings_set_string (settings, "color-scheme", "dark");
  g_assert_cmpuint (adw_combo_row_get_selected (style_row), ==, 2);
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()),
                   ==, ADW_COLOR_SCHEME_FORCE_DARK);
  adw_combo_row_set_selected (style_row, 1);
  g_assert_cmpstr (g_settings_get_string (settings, "color-scheme"), ==, "light");
  g_assert_cmpint (adw_style_manager_get_color_scheme (adw_style_manager_get_default ()),
                   ==, ADW_COLOR_SCHEME_FORCE_LIGHT);

  g_assert_cmpfloat (gtk_adjustment_get_value (auto_lock), ==, g_settings_get_uint (settings, "auto-lock-minutes"));
  gtk_adjustment_set_value (auto_lock, 30);
  g_assert_cmpuint (g_settings_get_uint (settings, "auto-lock-minutes"), ==, 30);

  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (settings, "color-scheme");
  g_settings_reset (settings, "auto-lock-minutes");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "app.about", NULL));
  spin (50);
  about = find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);
  gtk_window_destroy (about);

  /* gtk/help-overlay.ui is found and wired to win.show-help-overlay. */
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (f->window)));
}

static void
test_preferences_and_about (Fixture       *f,
                            gconstpointer  data)
{
  run_app (f, preferences_and_about_steps);
}

static void
window_size_steps (Fixture *f)
{
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (f->window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 650);
  g_assert_false (gtk_window_is_maximized (GTK_WINDOW (f->window)));

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1001, 701);
  spin (100);
}

/* The size is read on construction and saved on close. */
static void
test_window_size_remembered (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 650);
  run_app (f, window_size_steps);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1001);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 701);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* Each start is a new application in this process: keep them off the session bus
   * (an exported application could not be finalized and registered again), and
   * without a bus there is no accessibility bus either. */
  g_unsetenv ("DBUS_SESSION_BUS_ADDRESS");
  g_setenv ("GTK_A11Y", "none", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  /* Without a window manager the window never gets focus-out events, and a
   * blinking cursor then warns (fatally in tests). */
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);

  g_test_add ("/ui/first-run/create-edit-reopen", Fixture, NULL,
              fixture_setup, test_create_edit_reopen, fixture_teardown);
  g_test_add ("/ui/welcome/requires-match-and-strength", Fixture, NULL,
              fixture_setup, test_welcome_requires_match_and_strength, fixture_teardown);
  g_test_add ("/ui/cv/invalid-email-flagged-and-kept", Fixture, NULL,
              fixture_setup, test_invalid_email_is_flagged_and_kept, fixture_teardown);
  g_test_add ("/ui/cv/undo-restores-name", Fixture, NULL,
              fixture_setup, test_undo_restores_name, fixture_teardown);
  g_test_add ("/ui/window/lock-returns-to-unlock-page", Fixture, NULL,
              fixture_setup, test_lock_returns_to_unlock_page, fixture_teardown);
  g_test_add ("/ui/window/auto-lock", Fixture, NULL,
              fixture_setup, test_auto_lock, fixture_teardown);
  g_test_add ("/ui/window/change-passphrase", Fixture, NULL,
              fixture_setup, test_change_passphrase, fixture_teardown);
  g_test_add ("/ui/cv/links-and-summary", Fixture, NULL,
              fixture_setup, test_links_and_summary, fixture_teardown);
  g_test_add ("/ui/window/size-remembered", Fixture, NULL,
              fixture_setup, test_window_size_remembered, fixture_teardown);
  g_test_add ("/ui/app/preferences-and-about", Fixture, NULL,
              fixture_setup, test_preferences_and_about, fixture_teardown);

  return g_test_run ();
}
