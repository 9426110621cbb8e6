/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <locale.h>
#include <string.h>

#include "phoenix-application.h"
#include "phoenix-cv-page.h"
#include "phoenix-month-picker.h"
#include "phoenix-profile-entries.h"
#include "phoenix-ui-private.h"
#include "phoenix-vault.h"
#include "phoenix-window.h"

/*
 * The CV editor in the real window under Xvfb: experiences added, reordered,
 * removed and brought back with undo, inline validation, CV variants, the live
 * preview, PDF export and JSON Resume both ways. Vaults live in a temporary
 * folder (PHOENIX_VAULT_PATH) with the cheap test key derivation.
 */

#define PASSPHRASE "Tulipe-velo-Rhone-2031"
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
  char               *pdf_path;
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

static GtkEditable *
cv_row (Fixture    *f,
        const char *field)
{
  return _phoenix_cv_page_get_row (_phoenix_window_get_cv_page (f->window), field);
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
  g_clear_pointer (&f->pdf_path, g_free);
  g_clear_pointer (&f->vault_path, g_free);
  g_clear_pointer (&f->tmpdir, g_free);
}


static PhoenixCvPage *
cv_page (Fixture *f)
{
  return _phoenix_window_get_cv_page (f->window);
}

static PhoenixEntryList *
experiences_list (Fixture *f)
{
  return _phoenix_cv_page_get_entry_list (cv_page (f), "experience");
}

static GListStore *
experiences (Fixture *f)
{
  return phoenix_profile_get_experiences (phoenix_cv_page_get_profile (cv_page (f)));
}

static const char *
experience_title (Fixture *f,
                  guint    position)
{
  g_autoptr(PhoenixExperience) experience = g_list_model_get_item (G_LIST_MODEL (experiences (f)), position);

  g_assert_nonnull (experience);
  return phoenix_experience_get_title (experience);  /* the store keeps it */
}

/* Adds an experience through the section's add button and types its title. */
static void
add_experience (Fixture    *f,
                const char *title)
{
  PhoenixEntryList *list = experiences_list (f);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (experiences (f)));
  GtkWidget *add_button = adw_preferences_group_get_header_suffix (ADW_PREFERENCES_GROUP (list));

  g_signal_emit_by_name (add_button, "clicked");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (experiences (f))), ==, n + 1);
  gtk_editable_set_text (GTK_EDITABLE (_phoenix_entry_list_get_field (list, n, "title")), title);
  phoenix_undo_stack_break_merge (_phoenix_cv_page_get_undo_stack (cv_page (f)));
}

static gboolean
undo (Fixture *f)
{
  return gtk_widget_activate_action (GTK_WIDGET (cv_page (f)), "cv.undo", NULL);
}

static void
experiences_steps (Fixture *f)
{
  PhoenixEntryList *list;
  GtkWidget *row;
  g_autoptr(PhoenixExperience) removed = NULL;

  create_vault_through_ui (f);
  list = experiences_list (f);

  add_experience (f, "Réceptionniste");
  add_experience (f, "Chef de réception");
  add_experience (f, "UX designer (stage)");
  g_assert_cmpstr (experience_title (f, 0), ==, "Réceptionniste");

  /* Reorder with the row menu's action (what Alt+Up runs). */
  row = _phoenix_entry_list_get_row (list, 1);
  g_assert_true (gtk_widget_activate_action (row, "entry.move-up", NULL));
  g_assert_cmpstr (experience_title (f, 0), ==, "Chef de réception");
  g_assert_cmpstr (experience_title (f, 1), ==, "Réceptionniste");
  /* The rows follow the list. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (_phoenix_entry_list_get_row (list, 0))),
                   ==, "Chef de réception");

  /* Drag and drop: the third dropped on the first row moves it first; undo puts it back. */
  {
    GtkWidget *target_row = _phoenix_entry_list_get_row (list, 0);
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (target_row);
    g_autoptr(PhoenixExperience) third = g_list_model_get_item (G_LIST_MODEL (experiences (f)), 2);
    g_auto(GValue) value = G_VALUE_INIT;
    GtkDropTarget *drop_target = NULL;
    gboolean dropped = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          drop_target = GTK_DROP_TARGET (controller);
      }
    g_assert_nonnull (drop_target);

    g_value_init (&value, PHOENIX_TYPE_EXPERIENCE);
    g_value_set_object (&value, third);
    g_signal_emit_by_name (drop_target, "drop", &value, 10.0, 10.0, &dropped);
    g_assert_true (dropped);
    g_assert_cmpstr (experience_title (f, 0), ==, "UX designer (stage)");
    g_assert_true (undo (f));
    g_assert_cmpstr (experience_title (f, 0), ==, "Chef de réception");
    g_assert_cmpstr (experience_title (f, 2), ==, "UX designer (stage)");
  }

  /* Remove one, then undo brings it back where it was. */
  removed = g_list_model_get_item (G_LIST_MODEL (experiences (f)), 1);
  row = _phoenix_entry_list_get_row (list, 1);
  g_assert_true (gtk_widget_activate_action (row, "entry.remove", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (experiences (f))), ==, 2);
  g_assert_true (undo (f));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (experiences (f))), ==, 3);
  {
    g_autoptr(PhoenixExperience) back = g_list_model_get_item (G_LIST_MODEL (experiences (f)), 1);

    g_assert_true (back == removed);
  }

  /* Undo the move too, then redo it. */
  g_assert_true (undo (f));
  g_assert_cmpstr (experience_title (f, 0), ==, "Réceptionniste");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (cv_page (f)), "cv.redo", NULL));
  g_assert_cmpstr (experience_title (f, 0), ==, "Chef de réception");

  /* Field edits are undone as well. */
  gtk_editable_set_text (GTK_EDITABLE (_phoenix_entry_list_get_field (list, 2, "title")), "UX designer");
  g_assert_cmpstr (experience_title (f, 2), ==, "UX designer");
  g_assert_true (undo (f));
  g_assert_cmpstr (experience_title (f, 2), ==, "UX designer (stage)");

  /* Validation: an end before the start, and no title. */
  g_assert_null (_phoenix_entry_list_get_error (list, 0));
  phoenix_month_picker_set_date (_phoenix_entry_list_get_field (list, 0, "start-date"), "2020-05");
  phoenix_month_picker_set_date (_phoenix_entry_list_get_field (list, 0, "end-date"), "2019-01");
  g_assert_nonnull (_phoenix_entry_list_get_error (list, 0));
  g_assert_nonnull (strstr (_phoenix_entry_list_get_error (list, 0), _("The end comes before the start.")));
  /* Ongoing: the end does not count. */
  gtk_switch_set_active (_phoenix_entry_list_get_field (list, 0, "current"), TRUE);
  g_assert_null (_phoenix_entry_list_get_error (list, 0));
  gtk_editable_set_text (GTK_EDITABLE (_phoenix_entry_list_get_field (list, 0, "title")), "");
  g_assert_nonnull (_phoenix_entry_list_get_error (list, 0));
  gtk_editable_set_text (GTK_EDITABLE (_phoenix_entry_list_get_field (list, 0, "title")), "Chef de réception");
  gtk_editable_set_text (GTK_EDITABLE (_phoenix_entry_list_get_field (list, 0, "url")), "http://exa mple");
  g_assert_nonnull (_phoenix_entry_list_get_error (list, 0));
  gtk_editable_set_text (GTK_EDITABLE (_phoenix_entry_list_get_field (list, 0, "url")), "");

  /* Highlights, one a line. */
  {
    GtkTextBuffer *buffer = _phoenix_entry_list_get_field (list, 0, "highlights");
    g_autoptr(PhoenixExperience) first = g_list_model_get_item (G_LIST_MODEL (experiences (f)), 0);

    gtk_text_buffer_set_text (buffer, "Équipe de 8 personnes\n\nSatisfaction client +12 %\n", -1);
    g_assert_cmpuint (g_strv_length ((GStrv) phoenix_experience_get_highlights (first)), ==, 2);
  }

  wait_until (f, saved, "the autosave");
}

static void
experiences_reopen_steps (Fixture *f)
{
  unlock_through_ui (f, PASSPHRASE);
  wait_until (f, is_main, "the main view");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (experiences (f))), ==, 3);
  g_assert_cmpstr (experience_title (f, 0), ==, "Chef de réception");
  g_assert_cmpstr (experience_title (f, 1), ==, "Réceptionniste");
  g_assert_cmpstr (experience_title (f, 2), ==, "UX designer (stage)");
}

static void
test_experiences (Fixture       *f,
                  gconstpointer  data)
{
  run_app (f, experiences_steps);
  run_app (f, experiences_reopen_steps);
}

/* The titles of the experiences @variant shows, in its order, joined by “|”. */
static char *
variant_experiences (Fixture          *f,
                     PhoenixCvVariant *variant)
{
  g_autoptr(PhoenixProfile) resolved = phoenix_cv_variant_resolve (variant, phoenix_cv_page_get_profile (cv_page (f)));
  GListModel *list = G_LIST_MODEL (phoenix_profile_get_experiences (resolved));
  g_autoptr(GString) titles = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PhoenixExperience) experience = g_list_model_get_item (list, i);

      if (i > 0)
        g_string_append_c (titles, '|');
      g_string_append (titles, phoenix_experience_get_title (experience));
    }

  return g_string_free (g_steal_pointer (&titles), FALSE);
}

/* The title of the experience on row @position of the list as shown. */
static const char *
row_title (Fixture *f,
           guint    position)
{
  GtkWidget *row = _phoenix_entry_list_get_row (experiences_list (f), position);

  g_assert_nonnull (row);
  return phoenix_experience_get_title (g_object_get_data (G_OBJECT (row), "entry"));
}

static void
assert_variant_experiences (Fixture          *f,
                            PhoenixCvVariant *variant,
                            const char       *expected)
{
  g_autofree char *titles = variant_experiences (f, variant);

  g_assert_cmpstr (titles, ==, expected);
}

static void
variants_steps (Fixture *f)
{
  PhoenixCvPage *page;
  GListStore *variants;
  PhoenixCvVariant *second;
  GtkWidget *check;
  const char * const *selection;

  create_vault_through_ui (f);
  page = cv_page (f);
  add_experience (f, "Réceptionniste");
  add_experience (f, "UX designer");

  variants = _phoenix_cv_page_get_variants (page);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (variants)), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.new-variant", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (variants)), ==, 2);
  second = _phoenix_cv_page_get_variant (page);
  g_assert_true (second == g_list_model_get_item (G_LIST_MODEL (variants), 1));
  g_object_unref (second);
  phoenix_cv_variant_set_name (second, "UX");
  phoenix_cv_variant_set_headline (second, "UX designer junior");
  phoenix_cv_variant_set_language (second, "en");

  /* Its headline is undone like any field. */
  phoenix_undo_stack_break_merge (_phoenix_cv_page_get_undo_stack (page));
  phoenix_cv_variant_set_headline (second, "UX designer");
  g_assert_true (undo (f));
  g_assert_cmpstr (phoenix_cv_variant_get_headline (second), ==, "UX designer junior");

  /* Sections: hide education, move skills up. */
  {
    GtkWidget *education = _phoenix_cv_page_get_section_row (page, "education");
    GtkWidget *skills = _phoenix_cv_page_get_section_row (page, "skills");
    const char * const *sections;

    g_assert_nonnull (education);
    gtk_switch_set_active (g_object_get_data (G_OBJECT (education), "switch"), FALSE);
    sections = phoenix_cv_variant_get_sections (second);
    g_assert_false (g_strv_contains (sections, "education"));
    g_assert_true (g_strv_contains (sections, "experience"));
    skills = _phoenix_cv_page_get_section_row (page, "skills");
    g_assert_true (gtk_widget_activate_action (skills, "section.move-up", NULL));
    sections = phoenix_cv_variant_get_sections (second);
    g_assert_cmpstr (sections[0], ==, "summary");
    g_assert_cmpstr (sections[1], ==, "experience");
    g_assert_cmpstr (sections[6], ==, "skills");
    g_assert_cmpstr (sections[7], ==, "publications");
    /* The move is undone like the rest, then done again. */
    g_assert_true (undo (f));
    g_assert_cmpstr (phoenix_cv_variant_get_sections (second)[6], ==, "publications");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.redo", NULL));
    g_assert_cmpstr (phoenix_cv_variant_get_sections (second)[6], ==, "skills");
  }

  /* Variant mode: leave out the first experience. */
  _phoenix_cv_page_set_variant_mode (page, TRUE);
  check = g_object_get_data (G_OBJECT (_phoenix_entry_list_get_row (experiences_list (f), 0)), "check");
  g_assert_true (gtk_widget_get_visible (check));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  selection = phoenix_cv_variant_get_selection (second, "experience");
  g_assert_nonnull (selection);
  g_assert_cmpuint (g_strv_length ((GStrv) selection), ==, 1);
  /* Undone and redone like the rest. */
  g_assert_true (undo (f));
  g_assert_null (phoenix_cv_variant_get_selection (second, "experience"));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.redo", NULL));
  g_assert_cmpuint (g_strv_length ((GStrv) phoenix_cv_variant_get_selection (second, "experience")), ==, 1);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  /* Back to the first CV: it still shows everything. */
  _phoenix_cv_page_select_variant (page, 0);
  g_assert_true (_phoenix_cv_page_get_variant (page) != second);
  g_assert_null (phoenix_cv_variant_get_selection (_phoenix_cv_page_get_variant (page), "experience"));
  check = g_object_get_data (G_OBJECT (_phoenix_entry_list_get_row (experiences_list (f), 0)), "check");
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  /* And to the second again. */
  _phoenix_cv_page_select_variant (page, 1);
  g_assert_true (_phoenix_cv_page_get_variant (page) == second);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  /* Its own order: show both experiences again, then move the second up. Only
   * this CV's order changes, not the profile's nor the first CV's. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
  assert_variant_experiences (f, second, "Réceptionniste|UX designer");
  g_assert_true (gtk_widget_activate_action (_phoenix_entry_list_get_row (experiences_list (f), 1),
                                             "entry.move-up", NULL));
  g_assert_cmpstr (row_title (f, 0), ==, "UX designer");
  g_assert_cmpstr (row_title (f, 1), ==, "Réceptionniste");
  assert_variant_experiences (f, second, "UX designer|Réceptionniste");
  g_assert_cmpstr (experience_title (f, 0), ==, "Réceptionniste");
  g_assert_cmpstr (experience_title (f, 1), ==, "UX designer");
  {
    g_autoptr(PhoenixCvVariant) first = g_list_model_get_item (G_LIST_MODEL (variants), 0);

    assert_variant_experiences (f, first, "Réceptionniste|UX designer");
  }
  /* Undone and redone like the rest. */
  g_assert_true (undo (f));
  assert_variant_experiences (f, second, "Réceptionniste|UX designer");
  g_assert_cmpstr (row_title (f, 0), ==, "Réceptionniste");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.redo", NULL));
  assert_variant_experiences (f, second, "UX designer|Réceptionniste");
  g_assert_cmpstr (row_title (f, 0), ==, "UX designer");
  g_assert_cmpstr (experience_title (f, 0), ==, "Réceptionniste");

  /* Drag and drop reorders this CV too: Réceptionniste dropped on the first row. */
  {
    GtkWidget *target_row = _phoenix_entry_list_get_row (experiences_list (f), 0);
    GtkWidget *dragged_row = _phoenix_entry_list_get_row (experiences_list (f), 1);
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (target_row);
    GtkDropTarget *drop_target = NULL;
    gboolean dropped = FALSE;
    g_auto(GValue) value = G_VALUE_INIT;

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_DROP_TARGET (controller))
          drop_target = GTK_DROP_TARGET (controller);
      }
    g_assert_nonnull (drop_target);
    g_value_init (&value, PHOENIX_TYPE_EXPERIENCE);
    g_value_set_object (&value, g_object_get_data (G_OBJECT (dragged_row), "entry"));
    g_signal_emit_by_name (drop_target, "drop", &value, 10.0, 10.0, &dropped);
    g_assert_true (dropped);
    assert_variant_experiences (f, second, "Réceptionniste|UX designer");
    g_assert_true (undo (f));
    assert_variant_experiences (f, second, "UX designer|Réceptionniste");
  }
  g_assert_cmpstr (experience_title (f, 0), ==, "Réceptionniste");

  /* Out of the mode, the list shows and moves the profile's order. */
  _phoenix_cv_page_set_variant_mode (page, FALSE);
  g_assert_cmpstr (row_title (f, 0), ==, "Réceptionniste");
  check = g_object_get_data (G_OBJECT (_phoenix_entry_list_get_row (experiences_list (f), 0)), "check");
  g_assert_false (gtk_widget_get_visible (check));

  /* Duplicate, then delete the copy. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.duplicate-variant", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (variants)), ==, 3);
  g_assert_nonnull (phoenix_cv_variant_get_selection (_phoenix_cv_page_get_variant (page), "experience"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.delete-variant", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (variants)), ==, 2);
  /* Deleting a CV is undone like the rest. */
  g_assert_true (undo (f));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (variants)), ==, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "cv.redo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (variants)), ==, 2);

  wait_until (f, saved, "the autosave");
}

static void
variants_reopen_steps (Fixture *f)
{
  GListStore *variants;
  g_autoptr(PhoenixCvVariant) second = NULL;

  unlock_through_ui (f, PASSPHRASE);
  wait_until (f, is_main, "the main view");

  variants = _phoenix_cv_page_get_variants (cv_page (f));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (variants)), ==, 2);
  second = g_list_model_get_item (G_LIST_MODEL (variants), 1);
  g_assert_cmpstr (phoenix_cv_variant_get_name (second), ==, "UX");
  g_assert_cmpstr (phoenix_cv_variant_get_headline (second), ==, "UX designer junior");
  g_assert_cmpstr (phoenix_cv_variant_get_language (second), ==, "en");
  g_assert_cmpuint (g_strv_length ((GStrv) phoenix_cv_variant_get_selection (second, "experience")), ==, 2);
  g_assert_false (g_strv_contains (phoenix_cv_variant_get_sections (second), "education"));

  /* Its own order of experiences is kept; the profile's and the first CV's too. */
  assert_variant_experiences (f, second, "UX designer|Réceptionniste");
  g_assert_cmpstr (experience_title (f, 0), ==, "Réceptionniste");
  {
    g_autoptr(PhoenixCvVariant) first = g_list_model_get_item (G_LIST_MODEL (variants), 0);

    assert_variant_experiences (f, first, "Réceptionniste|UX designer");
  }
  _phoenix_cv_page_select_variant (cv_page (f), 1);
  _phoenix_cv_page_set_variant_mode (cv_page (f), TRUE);
  g_assert_cmpstr (row_title (f, 0), ==, "UX designer");
  _phoenix_cv_page_set_variant_mode (cv_page (f), FALSE);
  g_assert_cmpstr (row_title (f, 0), ==, "Réceptionniste");
}

static void
test_variants (Fixture       *f,
               gconstpointer  data)
{
  run_app (f, variants_steps);
  run_app (f, variants_reopen_steps);
}

static guint n_exports_wanted;

static gboolean
exported (Fixture *f)
{
  return _phoenix_cv_page_get_n_exports (cv_page (f)) >= n_exports_wanted;
}

static gboolean preview_refreshed;

static void
preview_refreshed_cb (void)
{
  preview_refreshed = TRUE;
}

static gboolean
preview_done (Fixture *f)
{
  return preview_refreshed;
}

static void
export_steps (Fixture *f)
{
  PhoenixCvPage *page;
  g_autoptr(GFile) file = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  guint score_before;

  create_vault_through_ui (f);
  page = cv_page (f);

  /* The preview follows typing, a moment later. */
  spin (300);
  score_before = _phoenix_cv_page_get_score (page);
  preview_refreshed = FALSE;
  g_signal_connect (_phoenix_cv_page_get_preview (page), "refreshed", G_CALLBACK (preview_refreshed_cb), NULL);
  gtk_editable_set_text (cv_row (f, "name"), "Camille Martin");
  g_assert_false (preview_refreshed);  /* not on the typing path */
  wait_until (f, preview_done, "the preview's refresh");
  g_assert_cmpint (phoenix_cv_renderer_get_n_pages (phoenix_cv_preview_get_renderer (_phoenix_cv_page_get_preview (page))),
                   ==, 1);
  add_experience (f, "Chef de réception");
  spin (100);
  g_assert_cmpuint (_phoenix_cv_page_get_score (page), >, score_before);

  f->pdf_path = g_build_filename (f->tmpdir, "cv.pdf", NULL);
  file = g_file_new_for_path (f->pdf_path);
  n_exports_wanted = 1;
  _phoenix_cv_page_export_pdf (page, file);
  wait_until (f, exported, "the PDF export");

  g_file_get_contents (f->pdf_path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  /* The name is in the text (when poppler-utils is there). */
  {
    g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
    g_autofree char *text = NULL;
    const char *argv[] = { NULL, f->pdf_path, "-", NULL };
    int status = 0;

    if (pdftotext != NULL)
      {
        argv[0] = pdftotext;
        g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                     &text, NULL, &status, &error));
        g_assert_no_error (error);
        g_assert_nonnull (strstr (text, "Camille Martin"));
        g_assert_nonnull (strstr (text, "Chef de réception"));
      }
  }

  wait_until (f, saved, "the autosave");
}

static void
test_export_pdf (Fixture       *f,
                 gconstpointer  data)
{
  run_app (f, export_steps);
}

static void
json_steps (Fixture *f)
{
  PhoenixCvPage *page;
  g_autofree char *path = NULL;
  g_autofree char *bad_path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) bad_file = NULL;
  g_autoptr(GError) error = NULL;

  create_vault_through_ui (f);
  page = cv_page (f);
  gtk_editable_set_text (cv_row (f, "name"), "Camille Martin");
  add_experience (f, "Chef de réception");
  add_experience (f, "Réceptionniste");

  path = g_build_filename (f->tmpdir, "resume.json", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (_phoenix_cv_page_export_json (page, file, &error));
  g_assert_no_error (error);

  /* Change things, then import the file back. */
  gtk_editable_set_text (cv_row (f, "name"), "Someone Else");
  phoenix_entry_list_remove (experiences_list (f), 0);
  g_assert_true (_phoenix_cv_page_import_json (page, file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_editable_get_text (cv_row (f, "name")), ==, "Camille Martin");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (experiences (f))), ==, 2);
  g_assert_cmpstr (experience_title (f, 0), ==, "Chef de réception");

  /* Invalid JSON changes nothing and says why. */
  bad_path = g_build_filename (f->tmpdir, "bad.json", NULL);
  g_assert_true (g_file_set_contents (bad_path, "{\"work\": 3}", -1, NULL));
  bad_file = g_file_new_for_path (bad_path);
  g_assert_false (_phoenix_cv_page_import_json (page, bad_file, &error));
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "work"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (experiences (f))), ==, 2);

  wait_until (f, saved, "the autosave");
}

static void
test_json_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  run_app (f, json_steps);
}

static gboolean
folded (Fixture *f)
{
  return _phoenix_cv_page_get_folded (cv_page (f));
}

static gboolean
unfolded (Fixture *f)
{
  return !_phoenix_cv_page_get_folded (cv_page (f));
}

/* Side by side when wide; one at a time, switched by a toggle, at 360×720. */
static void
layout_steps (Fixture *f)
{
  create_vault_through_ui (f);
  adw_view_stack_set_visible_child_name (_phoenix_window_get_view_stack (f->window), "cv");

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  wait_until (f, unfolded, "the editor beside the preview");
  /* The window's header bar (phoenix-window.ui, not the CV page) warns that one of
   * its boxes has no allocation when it shrinks to 360 px: not fatal while resizing. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  wait_until (f, folded, "the narrow layout");
  spin (200);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 400);

  _phoenix_cv_page_show_preview (cv_page (f), TRUE);
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (_phoenix_cv_page_get_preview (cv_page (f)))) ||
                 gtk_widget_get_mapped (GTK_WIDGET (_phoenix_cv_page_get_preview (cv_page (f)))));
  _phoenix_cv_page_show_preview (cv_page (f), FALSE);
  wait_until (f, saved, "the autosave");
}

static void
test_layout (Fixture       *f,
             gconstpointer  data)
{
  run_app (f, layout_steps);
}

/* The month/year picker alone. */
static void
test_month_picker (void)
{
  GtkWidget *picker = g_object_ref_sink (phoenix_month_picker_new ());
  GtkDropDown *month = GTK_DROP_DOWN (gtk_widget_get_first_child (picker));
  GtkEditable *year = GTK_EDITABLE (gtk_widget_get_next_sibling (GTK_WIDGET (month)));

  g_assert_cmpstr (phoenix_month_picker_get_date (PHOENIX_MONTH_PICKER (picker)), ==, "");
  gtk_editable_set_text (year, "20");
  g_assert_cmpstr (phoenix_month_picker_get_date (PHOENIX_MONTH_PICKER (picker)), ==, "");
  gtk_editable_set_text (year, "2021");
  g_assert_cmpstr (phoenix_month_picker_get_date (PHOENIX_MONTH_PICKER (picker)), ==, "2021");
  gtk_drop_down_set_selected (month, 3);
  g_assert_cmpstr (phoenix_month_picker_get_date (PHOENIX_MONTH_PICKER (picker)), ==, "2021-03");

  /* A day set from outside stays while month and year do. */
  phoenix_month_picker_set_date (PHOENIX_MONTH_PICKER (picker), "2019-11-05");
  g_assert_cmpstr (gtk_editable_get_text (year), ==, "2019");
  g_assert_cmpuint (gtk_drop_down_get_selected (month), ==, 11);
  gtk_drop_down_set_selected (month, 10);
  g_assert_cmpstr (phoenix_month_picker_get_date (PHOENIX_MONTH_PICKER (picker)), ==, "2019-10");

  /* Letters are flagged and not stored (typed over the last digit). */
  {
    int position = 3;

    gtk_editable_delete_text (year, 3, 4);
    gtk_editable_insert_text (year, "a", 1, &position);
  }
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (year), "error"));
  g_assert_cmpstr (phoenix_month_picker_get_date (PHOENIX_MONTH_PICKER (picker)), ==, "2019-10");

  gtk_editable_set_text (year, "");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (year), "error"));
  g_assert_cmpstr (phoenix_month_picker_get_date (PHOENIX_MONTH_PICKER (picker)), ==, "");

  g_object_unref (picker);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("LANGUAGE", "en", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* As in test-ui.c: off the session bus, no accessibility bus, no blinking cursor. */
  g_unsetenv ("DBUS_SESSION_BUS_ADDRESS");
  g_setenv ("GTK_A11Y", "none", TRUE);

  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);

  g_test_add ("/ui/editor/experiences-add-reorder-remove-undo", Fixture, NULL,
              fixture_setup, test_experiences, fixture_teardown);
  g_test_add ("/ui/editor/variants", Fixture, NULL,
              fixture_setup, test_variants, fixture_teardown);
  g_test_add ("/ui/editor/preview-and-export-pdf", Fixture, NULL,
              fixture_setup, test_export_pdf, fixture_teardown);
  g_test_add ("/ui/editor/json-resume-round-trip", Fixture, NULL,
              fixture_setup, test_json_round_trip, fixture_teardown);
  g_test_add ("/ui/editor/narrow-layout", Fixture, NULL,
              fixture_setup, test_layout, fixture_teardown);
  g_test_add_func ("/ui/editor/month-picker", test_month_picker);

  return g_test_run ();
}
