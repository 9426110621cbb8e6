/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <string.h>

#include "phoenix-application.h"
#include "phoenix-cv-page.h"
#include "phoenix-month-picker.h"
#include "phoenix-profile-entries.h"
#include "phoenix-test-ui.h"
#include "phoenix-cv-page-private.h"
#include "phoenix-entry-list-private.h"
#include "phoenix-entry-row.h"
#include "phoenix-window-private.h"
#include "phoenix-vault.h"
#include "phoenix-window.h"

/*
 * The CV editor in the real window under Xvfb: experiences added, reordered,
 * removed and brought back with undo, inline validation, CV variants, the live
 * preview, PDF export and JSON Resume both ways. Vaults live in a temporary
 * folder (PHOENIX_VAULT_PATH) with the cheap test key derivation.
 */

typedef PhoenixTestUi Fixture;

static PhoenixCvPage *
cv_page (Fixture *f)
{
  return PHOENIX_CV_PAGE (phoenix_test_ui_show_page (f, "cv"));
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

  phoenix_test_ui_create_vault (f);
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

  phoenix_test_ui_wait_until (f, phoenix_test_ui_saved, "the autosave");
}

static void
experiences_reopen_steps (Fixture *f)
{
  phoenix_test_ui_unlock (f, PHOENIX_TEST_UI_PASSPHRASE);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main, "the main view");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (experiences (f))), ==, 3);
  g_assert_cmpstr (experience_title (f, 0), ==, "Chef de réception");
  g_assert_cmpstr (experience_title (f, 1), ==, "Réceptionniste");
  g_assert_cmpstr (experience_title (f, 2), ==, "UX designer (stage)");
}

static void
test_experiences (Fixture       *f,
                  gconstpointer  data)
{
  phoenix_test_ui_run_app (f, experiences_steps);
  phoenix_test_ui_run_app (f, experiences_reopen_steps);
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
  return phoenix_experience_get_title (PHOENIX_EXPERIENCE (phoenix_entry_row_get_entry (PHOENIX_ENTRY_ROW (row))));
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

  phoenix_test_ui_create_vault (f);
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
  check = GTK_WIDGET (phoenix_entry_row_get_check (PHOENIX_ENTRY_ROW (_phoenix_entry_list_get_row (experiences_list (f), 0))));
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
  check = GTK_WIDGET (phoenix_entry_row_get_check (PHOENIX_ENTRY_ROW (_phoenix_entry_list_get_row (experiences_list (f), 0))));
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
    g_value_set_object (&value, phoenix_entry_row_get_entry (PHOENIX_ENTRY_ROW (dragged_row)));
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
  check = GTK_WIDGET (phoenix_entry_row_get_check (PHOENIX_ENTRY_ROW (_phoenix_entry_list_get_row (experiences_list (f), 0))));
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

  phoenix_test_ui_wait_until (f, phoenix_test_ui_saved, "the autosave");
}

static void
variants_reopen_steps (Fixture *f)
{
  GListStore *variants;
  g_autoptr(PhoenixCvVariant) second = NULL;

  phoenix_test_ui_unlock (f, PHOENIX_TEST_UI_PASSPHRASE);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main, "the main view");

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
  phoenix_test_ui_run_app (f, variants_steps);
  phoenix_test_ui_run_app (f, variants_reopen_steps);
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
  g_autofree char *pdf_path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GError) error = NULL;
  guint score_before;

  phoenix_test_ui_create_vault (f);
  page = cv_page (f);

  /* The preview follows typing, a moment later. */
  phoenix_test_ui_spin (300);
  score_before = _phoenix_cv_page_get_score (page);
  preview_refreshed = FALSE;
  g_signal_connect (_phoenix_cv_page_get_preview (page), "refreshed", G_CALLBACK (preview_refreshed_cb), NULL);
  gtk_editable_set_text (phoenix_test_ui_cv_row (f, "name"), "Camille Martin");
  g_assert_false (preview_refreshed);  /* not on the typing path */
  phoenix_test_ui_wait_until (f, preview_done, "the preview's refresh");
  g_assert_cmpint (phoenix_cv_renderer_get_n_pages (phoenix_cv_preview_get_renderer (_phoenix_cv_page_get_preview (page))),
                   ==, 1);
  add_experience (f, "Chef de réception");
  phoenix_test_ui_spin (100);
  g_assert_cmpuint (_phoenix_cv_page_get_score (page), >, score_before);

  pdf_path = g_build_filename (f->tmpdir, "cv.pdf", NULL);
  file = g_file_new_for_path (pdf_path);
  n_exports_wanted = 1;
  _phoenix_cv_page_export_pdf (page, file);
  phoenix_test_ui_wait_until (f, exported, "the PDF export");

  g_file_get_contents (pdf_path, &contents, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  /* The name is in the text (when poppler-utils is there). */
  {
    g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
    g_autofree char *text = NULL;
    const char *argv[] = { NULL, pdf_path, "-", NULL };
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

  phoenix_test_ui_wait_until (f, phoenix_test_ui_saved, "the autosave");
}

static void
test_export_pdf (Fixture       *f,
                 gconstpointer  data)
{
  phoenix_test_ui_run_app (f, export_steps);
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

  phoenix_test_ui_create_vault (f);
  page = cv_page (f);
  gtk_editable_set_text (phoenix_test_ui_cv_row (f, "name"), "Camille Martin");
  add_experience (f, "Chef de réception");
  add_experience (f, "Réceptionniste");

  path = g_build_filename (f->tmpdir, "resume.json", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (_phoenix_cv_page_export_json (page, file, &error));
  g_assert_no_error (error);

  /* Change things, then import the file back. */
  gtk_editable_set_text (phoenix_test_ui_cv_row (f, "name"), "Someone Else");
  phoenix_entry_list_remove (experiences_list (f), 0);
  g_assert_true (_phoenix_cv_page_import_json (page, file, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (gtk_editable_get_text (phoenix_test_ui_cv_row (f, "name")), ==, "Camille Martin");
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

  phoenix_test_ui_wait_until (f, phoenix_test_ui_saved, "the autosave");
}

static void
test_json_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  phoenix_test_ui_run_app (f, json_steps);
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
  phoenix_test_ui_create_vault (f);
  adw_view_stack_set_visible_child_name (_phoenix_window_get_view_stack (f->window), "cv");

  gtk_window_set_default_size (GTK_WINDOW (f->window), 1280, 800);
  phoenix_test_ui_wait_until (f, unfolded, "the editor beside the preview");
  /* The window's header bar (phoenix-window.ui, not the CV page) warns that one of
   * its boxes has no allocation when it shrinks to 360 px: not fatal while resizing. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 360, 720);
  phoenix_test_ui_wait_until (f, folded, "the narrow layout");
  phoenix_test_ui_spin (200);
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (f->window)), <=, 400);

  _phoenix_cv_page_show_preview (cv_page (f), TRUE);
  g_assert_true (gtk_widget_get_child_visible (GTK_WIDGET (_phoenix_cv_page_get_preview (cv_page (f)))) ||
                 gtk_widget_get_mapped (GTK_WIDGET (_phoenix_cv_page_get_preview (cv_page (f)))));
  _phoenix_cv_page_show_preview (cv_page (f), FALSE);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_saved, "the autosave");
}

static void
test_layout (Fixture       *f,
             gconstpointer  data)
{
  phoenix_test_ui_run_app (f, layout_steps);
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
  phoenix_test_ui_init (&argc, &argv, "en");

  g_test_add ("/ui/editor/experiences-add-reorder-remove-undo", Fixture, NULL,
              phoenix_test_ui_setup, test_experiences, phoenix_test_ui_teardown);
  g_test_add ("/ui/editor/variants", Fixture, NULL,
              phoenix_test_ui_setup, test_variants, phoenix_test_ui_teardown);
  g_test_add ("/ui/editor/preview-and-export-pdf", Fixture, NULL,
              phoenix_test_ui_setup, test_export_pdf, phoenix_test_ui_teardown);
  g_test_add ("/ui/editor/json-resume-round-trip", Fixture, NULL,
              phoenix_test_ui_setup, test_json_round_trip, phoenix_test_ui_teardown);
  g_test_add ("/ui/editor/narrow-layout", Fixture, NULL,
              phoenix_test_ui_setup, test_layout, phoenix_test_ui_teardown);
  g_test_add_func ("/ui/editor/month-picker", test_month_picker);

  return g_test_run ();
}
