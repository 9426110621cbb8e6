/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui"

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "phoenix-application.h"
#include "phoenix-cv-page.h"
#include "phoenix-test-ui.h"
#include "phoenix-cv-page-private.h"
#include "phoenix-passphrase-dialog-private.h"
#include "phoenix-preferences-window-private.h"
#include "phoenix-unlock-page-private.h"
#include "phoenix-welcome-page-private.h"
#include "phoenix-window-private.h"
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

#define WRONG_PASSPHRASE "Tulipe-velo-Rhone-2030"

typedef PhoenixTestUi Fixture;

/* The reopen test's own fields (Fixture.data). */
typedef struct
{
  char *wrong_passphrase_message;
  char *checksum;
} Reopen;

static void
reopen_free (gpointer data)
{
  Reopen *reopen = data;

  g_free (reopen->wrong_passphrase_message);
  g_free (reopen->checksum);
  g_free (reopen);
}

static gboolean
email_error_shown (Fixture *f)
{
  return _phoenix_cv_page_get_error (PHOENIX_CV_PAGE (phoenix_test_ui_show_page (f, "cv")), "email") != NULL;
}

/* The whole round trip the issue asks for: first run, edit, quit, wrong then
 * right passphrase. */
static void
first_run_steps (Fixture *f)
{
  phoenix_test_ui_create_vault (f);

  gtk_editable_set_text (phoenix_test_ui_cv_row (f, "name"), "Camille Martin");
  gtk_editable_set_text (phoenix_test_ui_cv_row (f, "email"), "camille.martin@example.com");
  phoenix_test_ui_wait_until (f, phoenix_test_ui_saved, "the autosave");
}

static void
reopen_steps (Fixture *f)
{
  PhoenixUnlockPage *unlock_page = _phoenix_window_get_unlock_page (f->window);
  Reopen *reopen = f->data;
  g_autofree char *checksum = NULL;

  g_assert_cmpstr (phoenix_test_ui_state (f), ==, "unlock");
  g_assert_false (_phoenix_unlock_page_get_error_visible (unlock_page));

  phoenix_test_ui_unlock (f, WRONG_PASSPHRASE);
  g_assert_cmpstr (phoenix_test_ui_state (f), ==, "unlock");
  g_assert_true (_phoenix_unlock_page_get_error_visible (unlock_page));
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (_phoenix_unlock_page_get_error_label (unlock_page))),
                   ==, reopen->wrong_passphrase_message);
  g_assert_true (gtk_widget_has_css_class (_phoenix_unlock_page_get_error_label (unlock_page), "error"));
  /* The typed text stays, selected, for another try. */
  g_assert_cmpstr (gtk_editable_get_text (_phoenix_unlock_page_get_passphrase_row (unlock_page)),
                   ==, WRONG_PASSPHRASE);
  phoenix_test_ui_spin (600);  /* the shake ends */

  checksum = phoenix_test_ui_checksum_file (f->vault_path);
  g_assert_cmpstr (checksum, ==, reopen->checksum);

  phoenix_test_ui_unlock (f, PHOENIX_TEST_UI_PASSPHRASE);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main, "the main view after unlocking");
  g_assert_cmpstr (gtk_editable_get_text (phoenix_test_ui_cv_row (f, "name")), ==, "Camille Martin");
  g_assert_cmpstr (gtk_editable_get_text (phoenix_test_ui_cv_row (f, "email")),
                   ==, "camille.martin@example.com");
  g_assert_cmpstr (gtk_editable_get_text (_phoenix_unlock_page_get_passphrase_row (unlock_page)), ==, "");
}

static void
test_create_edit_reopen (Fixture       *f,
                         gconstpointer  data)
{
  Reopen *reopen = g_new0 (Reopen, 1);

  f->data = reopen;
  f->data_free = reopen_free;
  phoenix_test_ui_run_app (f, first_run_steps);

  /* What the vault itself says of a wrong passphrase, to compare with the page. */
  {
    g_autoptr(PhoenixVault) probe = phoenix_vault_new (f->vault_path);
    g_autoptr(GError) error = NULL;

    g_assert_false (phoenix_vault_unlock (probe, WRONG_PASSPHRASE, NULL, &error));
    g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);
    reopen->wrong_passphrase_message = g_strdup (error->message);
  }
  reopen->checksum = phoenix_test_ui_checksum_file (f->vault_path);

  phoenix_test_ui_run_app (f, reopen_steps);
}

static void
welcome_validation_steps (Fixture *f)
{
  PhoenixWelcomePage *page = _phoenix_window_get_welcome_page (f->window);
  GtkWidget *create = _phoenix_welcome_page_get_create_button (page);
  GtkWidget *confirm = GTK_WIDGET (_phoenix_welcome_page_get_confirm_row (page));

  g_assert_cmpstr (phoenix_test_ui_state (f), ==, "welcome");
  g_assert_false (gtk_widget_is_sensitive (create));

  gtk_editable_set_text (_phoenix_welcome_page_get_passphrase_row (page), PHOENIX_TEST_UI_PASSPHRASE);
  gtk_editable_set_text (_phoenix_welcome_page_get_confirm_row (page), PHOENIX_TEST_UI_PASSPHRASE "x");
  g_assert_false (gtk_widget_is_sensitive (create));
  g_assert_true (gtk_widget_has_css_class (confirm, "error"));

  gtk_editable_set_text (_phoenix_welcome_page_get_passphrase_row (page), "azerty");
  gtk_editable_set_text (_phoenix_welcome_page_get_confirm_row (page), "azerty");
  g_assert_false (gtk_widget_is_sensitive (create));
  g_assert_false (gtk_widget_has_css_class (confirm, "error"));

  /* Activating the disabled action does nothing. */
  gtk_widget_activate_action (GTK_WIDGET (page), "welcome-page.create", NULL);
  phoenix_test_ui_spin (100);
  g_assert_cmpstr (phoenix_test_ui_state (f), ==, "welcome");
  g_assert_false (g_file_test (f->vault_path, G_FILE_TEST_EXISTS));

  gtk_editable_set_text (_phoenix_welcome_page_get_passphrase_row (page), PHOENIX_TEST_UI_PASSPHRASE);
  gtk_editable_set_text (_phoenix_welcome_page_get_confirm_row (page), PHOENIX_TEST_UI_PASSPHRASE);
  g_assert_true (gtk_widget_is_sensitive (create));
}

static void
test_welcome_requires_match_and_strength (Fixture       *f,
                                          gconstpointer  data)
{
  phoenix_test_ui_run_app (f, welcome_validation_steps);
  g_assert_false (g_file_test (f->vault_path, G_FILE_TEST_EXISTS));
}

static void
invalid_email_steps (Fixture *f)
{
  PhoenixCvPage *page;
  g_autofree char *message = NULL;

  phoenix_test_ui_create_vault (f);
  page = PHOENIX_CV_PAGE (phoenix_test_ui_show_page (f, "cv"));

  g_assert_null (_phoenix_cv_page_get_error (page, "email"));
  gtk_editable_set_text (phoenix_test_ui_cv_row (f, "email"), "camille.martin@");
  phoenix_test_ui_wait_until (f, email_error_shown, "the email error");
  g_assert_false (phoenix_validate_email ("camille.martin@", &message));
  g_assert_cmpstr (_phoenix_cv_page_get_error (page, "email"), ==, message);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (phoenix_test_ui_cv_row (f, "email")), "error"));

  /* The user's text is saved anyway (and still flagged after reopening). */
  phoenix_test_ui_wait_until (f, phoenix_test_ui_saved, "the autosave");
}

static void
fix_email_steps (Fixture *f)
{
  PhoenixCvPage *page;
  g_autofree char *message = NULL;

  phoenix_test_ui_unlock (f, PHOENIX_TEST_UI_PASSPHRASE);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main, "the main view after unlocking");
  page = PHOENIX_CV_PAGE (phoenix_test_ui_show_page (f, "cv"));

  g_assert_false (phoenix_validate_email ("camille.martin@", &message));
  g_assert_cmpstr (gtk_editable_get_text (phoenix_test_ui_cv_row (f, "email")), ==, "camille.martin@");
  g_assert_cmpstr (_phoenix_cv_page_get_error (page, "email"), ==, message);

  /* Fixing it clears the error at once. */
  gtk_editable_set_text (phoenix_test_ui_cv_row (f, "email"), "camille.martin@example.com");
  g_assert_null (_phoenix_cv_page_get_error (page, "email"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (phoenix_test_ui_cv_row (f, "email")), "error"));

  /* Same for the phone. */
  gtk_editable_set_text (phoenix_test_ui_cv_row (f, "phone"), "12");
  phoenix_test_ui_spin (600);
  g_assert_nonnull (_phoenix_cv_page_get_error (page, "phone"));
  gtk_editable_set_text (phoenix_test_ui_cv_row (f, "phone"), "+33 6 12 34 56 78");
  g_assert_null (_phoenix_cv_page_get_error (page, "phone"));
  phoenix_test_ui_wait_until (f, phoenix_test_ui_saved, "the autosave");
}

static void
test_invalid_email_is_flagged_and_kept (Fixture       *f,
                                        gconstpointer  data)
{
  phoenix_test_ui_run_app (f, invalid_email_steps);
  phoenix_test_ui_run_app (f, fix_email_steps);
}

static void
undo_steps (Fixture *f)
{
  PhoenixCvPage *page;

  phoenix_test_ui_create_vault (f);
  page = PHOENIX_CV_PAGE (phoenix_test_ui_show_page (f, "cv"));

  gtk_editable_set_text (phoenix_test_ui_cv_row (f, "name"), "Camille Martin");
  gtk_editable_set_text (phoenix_test_ui_cv_row (f, "city"), "Lyon");
  gtk_editable_set_text (phoenix_test_ui_cv_row (f, "name"), "Someone Else");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.undo", NULL));
  g_assert_cmpstr (gtk_editable_get_text (phoenix_test_ui_cv_row (f, "name")), ==, "Camille Martin");
  g_assert_cmpstr (gtk_editable_get_text (phoenix_test_ui_cv_row (f, "city")), ==, "Lyon");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.redo", NULL));
  g_assert_cmpstr (gtk_editable_get_text (phoenix_test_ui_cv_row (f, "name")), ==, "Someone Else");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.undo", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.undo", NULL));
  g_assert_cmpstr (gtk_editable_get_text (phoenix_test_ui_cv_row (f, "city")), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (phoenix_test_ui_cv_row (f, "name")), ==, "Camille Martin");

  /* The undone state is what gets saved. */
  phoenix_test_ui_wait_until (f, phoenix_test_ui_saved, "the autosave");
}

static void
after_undo_steps (Fixture *f)
{
  phoenix_test_ui_unlock (f, PHOENIX_TEST_UI_PASSPHRASE);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main, "the main view after unlocking");
  g_assert_cmpstr (gtk_editable_get_text (phoenix_test_ui_cv_row (f, "name")), ==, "Camille Martin");
  g_assert_cmpstr (gtk_editable_get_text (phoenix_test_ui_cv_row (f, "city")), ==, "");
}

static void
test_undo_restores_name (Fixture       *f,
                         gconstpointer  data)
{
  phoenix_test_ui_run_app (f, undo_steps);
  phoenix_test_ui_run_app (f, after_undo_steps);
}

static void
lock_steps (Fixture *f)
{
  PhoenixCvPage *page;
  PhoenixVault *vault;

  phoenix_test_ui_create_vault (f);
  page = PHOENIX_CV_PAGE (phoenix_test_ui_show_page (f, "cv"));
  vault = phoenix_application_get_vault (f->app);

  /* An edit still waiting for autosave is saved by the lock, not lost. */
  gtk_editable_set_text (phoenix_test_ui_cv_row (f, "headline"), "UX designer");
  g_assert_true (_phoenix_cv_page_get_save_pending (page));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.lock", NULL));
  g_assert_false (phoenix_vault_is_unlocked (vault));
  g_assert_cmpstr (phoenix_test_ui_state (f), ==, "unlock");
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_locked, "the pages letting go of the profile");
  g_assert_null (phoenix_cv_page_get_profile (page));
  g_assert_cmpstr (gtk_editable_get_text (phoenix_test_ui_cv_row (f, "headline")), ==, "");

  phoenix_test_ui_unlock (f, PHOENIX_TEST_UI_PASSPHRASE);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main, "the main view after unlocking");
  g_assert_cmpstr (gtk_editable_get_text (phoenix_test_ui_cv_row (f, "headline")), ==, "UX designer");
}

static void
test_lock_returns_to_unlock_page (Fixture       *f,
                                  gconstpointer  data)
{
  phoenix_test_ui_run_app (f, lock_steps);
}

static void
auto_lock_steps (Fixture *f)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  PhoenixVault *vault;

  phoenix_test_ui_create_vault (f);
  vault = phoenix_application_get_vault (f->app);
  g_settings_set_uint (settings, "auto-lock-minutes", 5);

  gtk_editable_set_text (phoenix_test_ui_cv_row (f, "headline"), "UX designer");
  _phoenix_window_pretend_idle (f->window, 4 * 60);
  g_assert_cmpstr (phoenix_test_ui_state (f), ==, "main");
  g_assert_true (phoenix_vault_is_unlocked (vault));

  /* Idle long enough: locked, the pending edit saved first. */
  _phoenix_window_pretend_idle (f->window, 5 * 60 + 1);
  g_assert_cmpstr (phoenix_test_ui_state (f), ==, "unlock");
  g_assert_false (phoenix_vault_is_unlocked (vault));
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_locked, "the pages letting go of the profile");
  g_assert_null (phoenix_cv_page_get_profile (_phoenix_window_get_cv_page (f->window)));

  phoenix_test_ui_unlock (f, PHOENIX_TEST_UI_PASSPHRASE);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main, "the main view after unlocking");
  g_assert_cmpstr (gtk_editable_get_text (phoenix_test_ui_cv_row (f, "headline")), ==, "UX designer");

  /* 0 never locks. */
  g_settings_set_uint (settings, "auto-lock-minutes", 0);
  _phoenix_window_pretend_idle (f->window, 24 * 60 * 60);
  g_assert_cmpstr (phoenix_test_ui_state (f), ==, "main");

  g_settings_reset (settings, "auto-lock-minutes");
}

static void
test_auto_lock (Fixture       *f,
                gconstpointer  data)
{
  phoenix_test_ui_run_app (f, auto_lock_steps);
}

#define NEW_PASSPHRASE "Marmotte-Ardeche-lampe-77"

static PhoenixPassphraseDialog *
open_passphrase_dialog (Fixture *f)
{
  PhoenixPassphraseDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.change-passphrase", NULL));
  phoenix_test_ui_spin (50);
  dialog = PHOENIX_PASSPHRASE_DIALOG (phoenix_test_ui_find_toplevel (PHOENIX_TYPE_PASSPHRASE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));

  return dialog;
}

static void
wait_dialog (PhoenixPassphraseDialog *dialog)
{
  gint64 deadline = g_get_monotonic_time () + PHOENIX_TEST_UI_WAIT_LIMIT_SECONDS * G_USEC_PER_SEC;

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

  phoenix_test_ui_create_vault (f);
  gtk_editable_set_text (phoenix_test_ui_cv_row (f, "name"), "Camille Martin");

  /* A wrong current passphrase is said so; the dialog stays. */
  dialog = open_passphrase_dialog (f);
  gtk_editable_set_text (_phoenix_passphrase_dialog_get_row (dialog, "current"), WRONG_PASSPHRASE);
  gtk_editable_set_text (_phoenix_passphrase_dialog_get_row (dialog, "new"), NEW_PASSPHRASE);
  gtk_editable_set_text (_phoenix_passphrase_dialog_get_row (dialog, "confirm"), NEW_PASSPHRASE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "passphrase-dialog.change", NULL));
  wait_dialog (dialog);
  g_assert_nonnull (_phoenix_passphrase_dialog_get_error (dialog));
  g_assert_true (phoenix_test_ui_find_toplevel (PHOENIX_TYPE_PASSPHRASE_DIALOG) == GTK_WINDOW (dialog));

  /* The right one: the dialog closes. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_editable_set_text (_phoenix_passphrase_dialog_get_row (dialog, "current"), PHOENIX_TEST_UI_PASSPHRASE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "passphrase-dialog.change", NULL));
  wait_dialog (dialog);
  phoenix_test_ui_spin (50);
  g_assert_null (dialog);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.lock", NULL));
  g_assert_cmpstr (phoenix_test_ui_state (f), ==, "unlock");
  unlock_page = _phoenix_window_get_unlock_page (f->window);

  phoenix_test_ui_unlock (f, PHOENIX_TEST_UI_PASSPHRASE);
  g_assert_cmpstr (phoenix_test_ui_state (f), ==, "unlock");
  g_assert_true (_phoenix_unlock_page_get_error_visible (unlock_page));

  phoenix_test_ui_unlock (f, NEW_PASSPHRASE);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main,
                              "the main view after unlocking with the new passphrase");
  g_assert_cmpstr (gtk_editable_get_text (phoenix_test_ui_cv_row (f, "name")), ==, "Camille Martin");
}

static void
test_change_passphrase (Fixture       *f,
                        gconstpointer  data)
{
  phoenix_test_ui_run_app (f, change_passphrase_steps);
}

#define SUMMARY "Ten years of running hotel front desks taught me to listen.\nNow: UX design."

static gboolean
link_error_shown (Fixture *f)
{
  return _phoenix_cv_page_get_link_error (PHOENIX_CV_PAGE (phoenix_test_ui_show_page (f, "cv")), 0) != NULL;
}

static char *
summary_text (Fixture *f)
{
  GtkTextBuffer *buffer = _phoenix_cv_page_get_summary_buffer (PHOENIX_CV_PAGE (phoenix_test_ui_show_page (f, "cv")));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
links_and_summary_steps (Fixture *f)
{
  PhoenixCvPage *page;

  phoenix_test_ui_create_vault (f);
  page = PHOENIX_CV_PAGE (phoenix_test_ui_show_page (f, "cv"));
  g_assert_null (_phoenix_cv_page_get_link_row (page, 0, "label"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.add-link", NULL));
  gtk_editable_set_text (_phoenix_cv_page_get_link_row (page, 0, "label"), "Portfolio");
  gtk_editable_set_text (_phoenix_cv_page_get_link_row (page, 0, "url"), "portfolio example");
  phoenix_test_ui_wait_until (f, link_error_shown, "the link error");
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
  phoenix_test_ui_wait_until (f, phoenix_test_ui_saved, "the autosave");
}

static void
links_and_summary_reopen_steps (Fixture *f)
{
  PhoenixCvPage *page;
  g_autofree char *summary = NULL;

  phoenix_test_ui_unlock (f, PHOENIX_TEST_UI_PASSPHRASE);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main, "the main view after unlocking");
  page = PHOENIX_CV_PAGE (phoenix_test_ui_show_page (f, "cv"));

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
  phoenix_test_ui_wait_until (f, phoenix_test_ui_saved, "the autosave");
}

static void
test_links_and_summary (Fixture       *f,
                        gconstpointer  data)
{
  phoenix_test_ui_run_app (f, links_and_summary_steps);
  phoenix_test_ui_run_app (f, links_and_summary_reopen_steps);
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
  phoenix_test_ui_spin (50);
  preferences = PHOENIX_PREFERENCES_WINDOW (phoenix_test_ui_find_toplevel (PHOENIX_TYPE_PREFERENCES_WINDOW));
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
  phoenix_test_ui_spin (50);
  about = phoenix_test_ui_find_toplevel (ADW_TYPE_ABOUT_WINDOW);
  g_assert_nonnull (about);
  g_assert_cmpstr (adw_about_window_get_version (ADW_ABOUT_WINDOW (about)), ==, PACKAGE_VERSION);
  g_assert_cmpint (adw_about_window_get_license_type (ADW_ABOUT_WINDOW (about)), ==, GTK_LICENSE_GPL_3_0);
  gtk_window_destroy (about);

  /* ui/help-overlay.ui is made the first time it is asked for (not with the window), and
   * win.show-help-overlay (Ctrl+?) shows it. Not shown here: GTK 4.8's Shortcuts window warns
   * about a label's negative width under the test theme, as it did when GTK made it. */
  g_assert_nonnull (g_action_map_lookup_action (G_ACTION_MAP (f->window), "show-help-overlay"));
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (f->app), "win.show-help-overlay");

    g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>question"));
  }
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (f->window)));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (_phoenix_window_ensure_help_overlay (f->window)));
  g_assert_true (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (f->window)) ==
                 _phoenix_window_ensure_help_overlay (f->window));
}

static void
test_preferences_and_about (Fixture       *f,
                            gconstpointer  data)
{
  phoenix_test_ui_run_app (f, preferences_and_about_steps);
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
  phoenix_test_ui_spin (100);
}

/* The size is read on construction and saved on close. */
static void
test_window_size_remembered (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 650);
  phoenix_test_ui_run_app (f, window_size_steps);

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
  phoenix_test_ui_init (&argc, &argv, NULL);

  g_test_add ("/ui/first-run/create-edit-reopen", Fixture, NULL,
              phoenix_test_ui_setup, test_create_edit_reopen, phoenix_test_ui_teardown);
  g_test_add ("/ui/welcome/requires-match-and-strength", Fixture, NULL,
              phoenix_test_ui_setup, test_welcome_requires_match_and_strength, phoenix_test_ui_teardown);
  g_test_add ("/ui/cv/invalid-email-flagged-and-kept", Fixture, NULL,
              phoenix_test_ui_setup, test_invalid_email_is_flagged_and_kept, phoenix_test_ui_teardown);
  g_test_add ("/ui/cv/undo-restores-name", Fixture, NULL,
              phoenix_test_ui_setup, test_undo_restores_name, phoenix_test_ui_teardown);
  g_test_add ("/ui/window/lock-returns-to-unlock-page", Fixture, NULL,
              phoenix_test_ui_setup, test_lock_returns_to_unlock_page, phoenix_test_ui_teardown);
  g_test_add ("/ui/window/auto-lock", Fixture, NULL,
              phoenix_test_ui_setup, test_auto_lock, phoenix_test_ui_teardown);
  g_test_add ("/ui/window/change-passphrase", Fixture, NULL,
              phoenix_test_ui_setup, test_change_passphrase, phoenix_test_ui_teardown);
  g_test_add ("/ui/cv/links-and-summary", Fixture, NULL,
              phoenix_test_ui_setup, test_links_and_summary, phoenix_test_ui_teardown);
  g_test_add ("/ui/window/size-remembered", Fixture, NULL,
              phoenix_test_ui_setup, test_window_size_remembered, phoenix_test_ui_teardown);
  g_test_add ("/ui/app/preferences-and-about", Fixture, NULL,
              phoenix_test_ui_setup, test_preferences_and_about, phoenix_test_ui_teardown);

  return g_test_run ();
}
