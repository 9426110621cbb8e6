/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-scale"

/*
 * Issue #20: nothing built that is not seen. A folded entry row is a title and a subtitle (no
 * form widget in its tree); opening it builds its form, folding it releases it; a chip's
 * fields exist only while its popover is open. The profile is read in a worker after
 * unlocking (the main loop keeps turning during an XL load), and locking with an XL profile
 * leaves no entry widget behind. The applications board builds a page of cards a column, and
 * a CV section a page of rows or chips ("Show %u More" adds a page), indexes staying the model's.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-application-tracker-private.h"
#include "phoenix-completeness.h"
#include "phoenix-cv-page-private.h"
#include "phoenix-entry-chip.h"
#include "phoenix-entry-list-private.h"
#include "phoenix-entry-row.h"
#include "phoenix-experience.h"
#include "phoenix-month-picker.h"
#include "phoenix-test-scale.h"
#include "phoenix-test-ui.h"
#include "phoenix-test-vault.h"
#include "phoenix-window-private.h"

typedef PhoenixTestUi Fixture;

/* Widgets of @type under @widget (itself included). */
static guint
count_type (GtkWidget *widget,
            GType      type)
{
  guint n = g_type_is_a (G_OBJECT_TYPE (widget), type) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_type (child, type);
  return n;
}

/* Form widgets: text fields, month pickers, text views, level menus (not switches: every
 * AdwExpanderRow holds its own, hidden, enable switch). */
static guint
count_form_widgets (GtkWidget *widget)
{
  return count_type (widget, ADW_TYPE_ENTRY_ROW) + count_type (widget, PHOENIX_TYPE_MONTH_PICKER) +
         count_type (widget, GTK_TYPE_TEXT_VIEW) + count_type (widget, ADW_TYPE_COMBO_ROW);
}

static PhoenixCvPage *
show_cv (Fixture *f)
{
  phoenix_test_ui_show_page (f, "cv");
  return phoenix_test_ui_cv_page_complete (f);
}

static GtkWidget *folding_row;

static gboolean
row_released (Fixture *f)
{
  return count_form_widgets (folding_row) == 0;
}

static void
lazy_rows_steps (Fixture *f)
{
  PhoenixCvPage *page;
  PhoenixEntryList *experience, *skills;
  GtkWidget *row, *chip, *popover;
  gpointer title, level;

  phoenix_test_ui_unlock (f, PHOENIX_TEST_PASSPHRASE);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main, "the main view after unlocking");
  page = show_cv (f);
  phoenix_test_ui_spin (100);
  experience = _phoenix_cv_page_get_entry_list (page, "experience");
  skills = _phoenix_cv_page_get_entry_list (page, "skills");

  /* A page of rows (of 40 entries); not one folded row has a form. */
  g_assert_cmpuint (count_type (GTK_WIDGET (experience), PHOENIX_TYPE_ENTRY_ROW), ==, 30);
  g_assert_cmpuint (count_form_widgets (GTK_WIDGET (experience)), ==, 0);
  row = _phoenix_entry_list_get_row (experience, 3);
  g_assert_true (PHOENIX_IS_ENTRY_ROW (row));
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_null (phoenix_entry_row_get_field (PHOENIX_ENTRY_ROW (row), "title"));
  /* The folded row still says what it holds. */
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Responsable d'accueil 4");
  g_assert_cmpstr (adw_expander_row_get_subtitle (ADW_EXPANDER_ROW (row)), ==, "Transports Rhône-Alpes");

  /* Opened: its form is built, bound to the entry. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  title = phoenix_entry_row_get_field (PHOENIX_ENTRY_ROW (row), "title");
  g_assert_true (ADW_IS_ENTRY_ROW (title));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Responsable d'accueil 4");
  g_assert_cmpuint (count_form_widgets (row), >, 0);
  g_assert_cmpuint (count_type (row, PHOENIX_TYPE_MONTH_PICKER), ==, 2);
  /* Only that row: the others stay folded and empty. */
  g_assert_cmpuint (count_form_widgets (GTK_WIDGET (experience)), ==, count_form_widgets (row));

  /* An edit through the form reaches the entry, and the undo stack. */
  gtk_editable_set_text (GTK_EDITABLE (title), "Chef de réception");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Chef de réception");

  /* Folded: the form is released (once the fold has played), the edit kept. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
  folding_row = row;
  phoenix_test_ui_wait_until (f, row_released, "the folded row's form released");
  g_assert_null (phoenix_entry_row_get_field (PHOENIX_ENTRY_ROW (row), "title"));
  g_assert_cmpuint (count_form_widgets (GTK_WIDGET (experience)), ==, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Chef de réception");

  /* Opened again: a new form showing the entry as it is; undo still reaches the edit. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
  title = phoenix_entry_row_get_field (PHOENIX_ENTRY_ROW (row), "title");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Chef de réception");
  phoenix_undo_stack_undo (_phoenix_cv_page_get_undo_stack (page));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Responsable d'accueil 4");

  /* Problems are known while folded (the row's error style), shown under the form when open. */
  phoenix_month_picker_set_date (phoenix_entry_row_get_field (PHOENIX_ENTRY_ROW (row), "end-date"), "2001-01");
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), FALSE);
  phoenix_test_ui_wait_until (f, row_released, "the folded row's form released");
  g_assert_nonnull (phoenix_entry_row_get_error (PHOENIX_ENTRY_ROW (row)));
  g_assert_true (gtk_widget_has_css_class (row, "error"));

  /* A chip: a pill; its fields exist while its popover is open. */
  chip = _phoenix_entry_list_get_row (skills, 1);
  g_assert_true (PHOENIX_IS_ENTRY_CHIP (chip));
  /* Not one chip has fields (the section's own entry, which adds chips by name, is no chip). */
  g_assert_cmpuint (count_form_widgets (gtk_widget_get_parent (chip)), ==, 0);
  /* Asked for (as its popover's "show" does): built in the popover; its "closed" releases them.
   * (Popping it up for real needs a monitor Xvfb does not give popovers.) */
  level = phoenix_entry_chip_get_field (PHOENIX_ENTRY_CHIP (chip), "level");
  g_assert_true (ADW_IS_COMBO_ROW (level));
  g_assert_cmpuint (count_type (chip, ADW_TYPE_COMBO_ROW), ==, 1);
  adw_combo_row_set_selected (level, 4);
  popover = gtk_widget_get_ancestor (level, GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  g_signal_emit_by_name (popover, "closed");
  g_assert_cmpstr (phoenix_entry_chip_get_text (PHOENIX_ENTRY_CHIP (chip)), ==, "Gestion d'équipe 2 · Expert");
  g_assert_cmpuint (count_form_widgets (gtk_widget_get_parent (chip)), ==, 0);
  g_assert_cmpuint (count_type (GTK_WIDGET (skills), PHOENIX_TYPE_ENTRY_CHIP), ==, 25);
}

static void
test_lazy_rows (Fixture       *f,
                gconstpointer  data)
{
  phoenix_test_scale_store (f->vault_path, PHOENIX_TEST_SCALE_M);
  phoenix_test_ui_run_app (f, lazy_rows_steps);
}

/* The main loop while unlocking an XL profile: how many turns it made while the worker read. */
typedef struct
{
  PhoenixWindow *window;
  guint          ticks_while_loading;
  gboolean       seen_loading;
} Ticks;

static Ticks ticks;

static gboolean
tick_cb (gpointer data)
{
  if (ticks.window != NULL && _phoenix_window_get_loading (ticks.window))
    {
      ticks.seen_loading = TRUE;
      ticks.ticks_while_loading++;
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
has_entry_widgets (GtkWidget *widget)
{
  return count_type (widget, PHOENIX_TYPE_ENTRY_ROW) > 0 || count_type (widget, PHOENIX_TYPE_ENTRY_CHIP) > 0;
}

static void
xl_steps (Fixture *f)
{
  PhoenixUnlockPage *unlock_page = _phoenix_window_get_unlock_page (f->window);
  PhoenixCvPage *page;
  PhoenixProfile *profile;
  guint id;

  ticks = (Ticks) { f->window, 0, FALSE };
  id = g_timeout_add_full (G_PRIORITY_HIGH, 1, tick_cb, NULL, NULL);

  /* The unlock page's action, as phoenix_test_ui_unlock does, but watching the loop meanwhile. */
  phoenix_test_ui_unlock (f, PHOENIX_TEST_PASSPHRASE);
  g_assert_nonnull (unlock_page);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main, "the main view after unlocking");
  g_source_remove (id);

  /* The profile came from the worker, whole, and the loop kept turning while it was read. */
  g_assert_true (ticks.seen_loading);
  g_assert_cmpuint (ticks.ticks_while_loading, >, 0);
  g_assert_false (_phoenix_window_get_loading (f->window));
  profile = _phoenix_window_get_profile (f->window);
  g_assert_nonnull (profile);
  g_assert_cmpuint (phoenix_test_scale_count (profile), ==, phoenix_test_scale_n_entries (PHOENIX_TEST_SCALE_XL));

  /* 1,003 entries, a page of folded rows a section: not one form widget in the whole CV page. */
  page = show_cv (f);
  phoenix_test_ui_spin (100);
  g_assert_cmpuint (count_type (GTK_WIDGET (page), PHOENIX_TYPE_ENTRY_ROW), ==, 30 + 30 + 30 + 30 + 10);
  g_assert_cmpuint (count_type (GTK_WIDGET (_phoenix_cv_page_get_entry_list (page, "experience")), ADW_TYPE_ENTRY_ROW), ==, 0);
  g_assert_cmpuint (count_type (GTK_WIDGET (_phoenix_cv_page_get_entry_list (page, "experience")), PHOENIX_TYPE_MONTH_PICKER), ==, 0);
  /* One opened (past the page: every row built), to leave rows and a form behind if locking did not drop them. */
  g_assert_nonnull (_phoenix_entry_list_get_field (_phoenix_cv_page_get_entry_list (page, "experience"), 599, "title"));

  /* Locked: no entry row, chip or form is left anywhere in the window. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.lock", NULL));
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_locked, "the unlock page");
  g_assert_null (_phoenix_window_get_profile (f->window));
  g_assert_false (has_entry_widgets (GTK_WIDGET (f->window)));
  g_assert_cmpuint (count_type (GTK_WIDGET (f->window), PHOENIX_TYPE_MONTH_PICKER), ==, 0);

  /* Unlocked again: the same profile, from the worker again. */
  phoenix_test_ui_unlock (f, PHOENIX_TEST_PASSPHRASE);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main, "the main view after unlocking again");
  g_assert_cmpuint (phoenix_test_scale_count (_phoenix_window_get_profile (f->window)), ==,
                    phoenix_test_scale_n_entries (PHOENIX_TEST_SCALE_XL));
  ticks.window = NULL;
}

static void
test_xl_load_and_lock (Fixture       *f,
                       gconstpointer  data)
{
  phoenix_test_scale_store (f->vault_path, PHOENIX_TEST_SCALE_XL);
  phoenix_test_ui_run_app (f, xl_steps);
}

/* The entry of @model at @position (a borrowed pointer: the profile holds it). */
static GObject *
item_at (GListModel *model,
         guint       position)
{
  g_autoptr(GObject) item = g_list_model_get_item (model, position);

  return item;
}

static PhoenixCvPage *jump_page;

/* The footer's label for @n more, as the running translation says it. */
static gboolean
is_more_label (GtkButton *button,
               guint      n)
{
  g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show %u More", "Show %u More", n), n);
  g_autofree char *number = g_strdup_printf ("%u", n);

  return g_strcmp0 (gtk_button_get_label (button), label) == 0 && strstr (label, number) != NULL;
}

/* The completeness item "job 501 has no title", or -1. */
static int
missing_title_position (void)
{
  GPtrArray *items = jump_page->completeness_items;

  for (guint i = 0; items != NULL && i < items->len; i++)
    {
      PhoenixCompletenessItem *item = g_ptr_array_index (items, i);

      if (item->kind == PHOENIX_COMPLETENESS_EXPERIENCE_NO_TITLE && item->index == 500)
        return (int) i;
    }
  return -1;
}

static gboolean
has_missing_title (Fixture *f)
{
  return missing_title_position () >= 0;
}

static gboolean
has_focus_in (Fixture   *f,
              GtkWidget *widget)
{
  GtkWidget *focus = gtk_window_get_focus (GTK_WINDOW (f->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static GtkWidget *focus_target;

static gboolean
has_focus_in_target (Fixture *f)
{
  return has_focus_in (f, focus_target);
}

static void
entry_page_steps (Fixture *f)
{
  PhoenixEntryList *experience, *skills, *volunteering;
  GListModel *jobs;
  GtkButton *more, *all;
  GtkWidget *row, *title;
  GObject *e0, *e59, *e60, *e300;
  int missing;

  phoenix_test_ui_unlock (f, PHOENIX_TEST_PASSPHRASE);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main, "the main view after unlocking");
  jump_page = show_cv (f);
  phoenix_test_ui_spin (100);
  experience = _phoenix_cv_page_get_entry_list (jump_page, "experience");
  skills = _phoenix_cv_page_get_entry_list (jump_page, "skills");
  volunteering = _phoenix_cv_page_get_entry_list (jump_page, "volunteering");
  jobs = G_LIST_MODEL (phoenix_profile_get_experiences (_phoenix_window_get_profile (f->window)));
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 600);

  /* 600 jobs: a page of 30 rows, the footer saying how many more (a page), and "Show All". */
  g_assert_cmpuint (count_type (GTK_WIDGET (experience), PHOENIX_TYPE_ENTRY_ROW), ==, 30);
  more = _phoenix_entry_list_get_more_button (experience);
  all = _phoenix_entry_list_get_all_button (experience);
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (more)));
  g_assert_true (is_more_label (more, 30));
  g_assert_true (gtk_widget_is_visible (GTK_WIDGET (all)));
  g_assert_cmpstr (gtk_button_get_label (all), ==, _("Show All"));
  /* Plain buttons, named by their label, each one Tab stop (no focusable list row around them). */
  g_assert_true (gtk_widget_get_focusable (GTK_WIDGET (more)));
  g_assert_null (gtk_widget_get_ancestor (GTK_WIDGET (more), GTK_TYPE_LIST_BOX_ROW));
  /* The rows are the model's first entries, in its order. */
  g_assert_true (phoenix_entry_row_get_entry (PHOENIX_ENTRY_ROW (_phoenix_entry_list_get_item_widget (experience, 29))) ==
                 item_at (jobs, 29));
  g_assert_null (_phoenix_entry_list_get_item_widget (experience, 30));
  /* 150 skills: 60 chips. 10 volunteering entries: all shown, no footer. */
  g_assert_cmpuint (count_type (GTK_WIDGET (skills), PHOENIX_TYPE_ENTRY_CHIP), ==, 60);
  g_assert_true (is_more_label (_phoenix_entry_list_get_more_button (skills), 60));
  g_assert_cmpuint (count_type (GTK_WIDGET (volunteering), PHOENIX_TYPE_ENTRY_ROW), ==, 10);
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (_phoenix_entry_list_get_more_button (volunteering))));

  /* "Show More" adds a page. */
  g_signal_emit_by_name (more, "clicked");
  g_assert_cmpuint (count_type (GTK_WIDGET (experience), PHOENIX_TYPE_ENTRY_ROW), ==, 60);
  g_assert_true (is_more_label (more, 30));
  g_assert_true (phoenix_entry_row_get_entry (PHOENIX_ENTRY_ROW (_phoenix_entry_list_get_item_widget (experience, 59))) ==
                 item_at (jobs, 59));
  /* Chips: 60 more, then the last 30 (no "Show All" for less than a page), then no footer. */
  g_signal_emit_by_name (_phoenix_entry_list_get_more_button (skills), "clicked");
  g_assert_cmpuint (count_type (GTK_WIDGET (skills), PHOENIX_TYPE_ENTRY_CHIP), ==, 120);
  g_assert_true (is_more_label (_phoenix_entry_list_get_more_button (skills), 30));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (_phoenix_entry_list_get_all_button (skills))));
  g_signal_emit_by_name (_phoenix_entry_list_get_more_button (skills), "clicked");
  g_assert_cmpuint (count_type (GTK_WIDGET (skills), PHOENIX_TYPE_ENTRY_CHIP), ==, 150);
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (_phoenix_entry_list_get_more_button (skills))));

  /* The page's last entry moved down, past the page's end: the model's order changes, the
   * row follows it (the page grows by it) and keeps the focus; moved up again, all as before. */
  e59 = item_at (jobs, 59);
  e60 = item_at (jobs, 60);
  row = _phoenix_entry_list_get_item_widget (experience, 59);
  g_assert_true (gtk_widget_activate_action (row, "entry.move-down", NULL));
  g_assert_true (item_at (jobs, 59) == e60);
  g_assert_true (item_at (jobs, 60) == e59);
  g_assert_cmpuint (count_type (GTK_WIDGET (experience), PHOENIX_TYPE_ENTRY_ROW), ==, 61);
  row = _phoenix_entry_list_get_item_widget (experience, 60);
  g_assert_true (phoenix_entry_row_get_entry (PHOENIX_ENTRY_ROW (row)) == e59);
  g_assert_true (phoenix_entry_row_get_entry (PHOENIX_ENTRY_ROW (_phoenix_entry_list_get_item_widget (experience, 59))) == e60);
  focus_target = row;
  phoenix_test_ui_wait_until (f, has_focus_in_target, "the moved row focused");
  g_assert_true (is_more_label (more, 30));
  g_assert_true (gtk_widget_activate_action (row, "entry.move-up", NULL));
  g_assert_true (item_at (jobs, 59) == e59);
  g_assert_true (item_at (jobs, 60) == e60);
  g_assert_true (phoenix_entry_row_get_entry (PHOENIX_ENTRY_ROW (_phoenix_entry_list_get_item_widget (experience, 59))) == e59);
  g_assert_true (phoenix_entry_row_get_entry (PHOENIX_ENTRY_ROW (_phoenix_entry_list_get_item_widget (experience, 60))) == e60);

  /* An entry from past the page moved to its top (as an undo of a move puts it back), then undone. */
  e0 = item_at (jobs, 0);
  e300 = item_at (jobs, 300);
  phoenix_entry_list_move (experience, 300, 0);
  g_assert_true (item_at (jobs, 0) == e300);
  g_assert_true (item_at (jobs, 1) == e0);
  g_assert_true (phoenix_entry_row_get_entry (PHOENIX_ENTRY_ROW (_phoenix_entry_list_get_item_widget (experience, 0))) == e300);
  g_assert_cmpuint (count_type (GTK_WIDGET (experience), PHOENIX_TYPE_ENTRY_ROW), ==, 61);
  phoenix_undo_stack_undo (_phoenix_cv_page_get_undo_stack (jump_page));
  g_assert_true (item_at (jobs, 0) == e0);
  g_assert_true (item_at (jobs, 300) == e300);
  g_assert_true (phoenix_entry_row_get_entry (PHOENIX_ENTRY_ROW (_phoenix_entry_list_get_item_widget (experience, 0))) == e0);

  /* The completeness panel's jump to job 501 (no title): the page grows to it, it opens and has the focus. */
  phoenix_experience_set_title (PHOENIX_EXPERIENCE (item_at (jobs, 500)), "");
  phoenix_test_ui_wait_until (f, has_missing_title, "job 501's missing title in the completeness");
  missing = missing_title_position ();
  g_assert_null (_phoenix_entry_list_get_item_widget (experience, 500));
  _phoenix_cv_page_activate_missing (jump_page, (guint) missing);
  row = _phoenix_entry_list_get_item_widget (experience, 500);
  g_assert_true (PHOENIX_IS_ENTRY_ROW (row));
  g_assert_true (phoenix_entry_row_get_entry (PHOENIX_ENTRY_ROW (row)) == item_at (jobs, 500));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  focus_target = row;
  phoenix_test_ui_wait_until (f, has_focus_in_target, "job 501's row focused");
  g_assert_cmpuint (count_type (GTK_WIDGET (experience), PHOENIX_TYPE_ENTRY_ROW), ==, 501);
  g_assert_true (is_more_label (more, 30));

  /* Adding a job (the 601st): the page grows to it, it opens, the others fold, its first field has the focus. */
  phoenix_entry_list_add (experience);
  g_assert_cmpuint (g_list_model_get_n_items (jobs), ==, 601);
  row = _phoenix_entry_list_get_item_widget (experience, 600);
  g_assert_true (PHOENIX_IS_ENTRY_ROW (row));
  g_assert_true (phoenix_entry_row_get_entry (PHOENIX_ENTRY_ROW (row)) == item_at (jobs, 600));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)));
  g_assert_false (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (_phoenix_entry_list_get_item_widget (experience, 500))));
  title = phoenix_entry_row_get_field (PHOENIX_ENTRY_ROW (row), "title");
  g_assert_nonnull (title);
  g_assert_true (has_focus_in (f, title));
  g_assert_false (gtk_widget_is_visible (GTK_WIDGET (more)));
}

static void
test_entry_page (Fixture       *f,
                 gconstpointer  data)
{
  phoenix_test_scale_store (f->vault_path, PHOENIX_TEST_SCALE_XL);
  phoenix_test_ui_run_app (f, entry_page_steps);
}

/* 5,000 applications: each board column builds a page of cards; "Show More" adds a page. */
static void
test_tracker_board (void)
{
  PhoenixApplicationTracker *tracker = phoenix_application_tracker_new ();
  g_autoptr(GListStore) applications = g_list_store_new (PHOENIX_TYPE_JOB_APPLICATION);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *more = NULL;
  guint first_page;

  for (guint i = 0; i < 5000; i++)
    {
      g_autofree char *company = g_strdup_printf ("Entreprise %u", i + 1);
      g_autoptr(PhoenixJobApplication) app = phoenix_job_application_new (company, "Chargée d'accueil");

      /* 4,000 sent, 1,000 rejected. */
      phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_SENT, 1700000000 + i, NULL);
      if (i % 5 == 0)
        phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_REJECTED, 1710000000 + i, NULL);
      g_list_store_append (applications, app);
    }

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (tracker));
  phoenix_application_tracker_set_applications (tracker, G_LIST_MODEL (applications));
  _phoenix_application_tracker_show_board (tracker, TRUE);
  gtk_window_present (GTK_WINDOW (window));
  phoenix_test_ui_spin (100);

  /* Every application is in the list's model; the board built a page a column. */
  g_assert_cmpuint (_phoenix_application_tracker_get_n_shown (tracker), ==, 5000);
  first_page = _phoenix_application_tracker_get_n_cards (tracker, PHOENIX_APPLICATION_STATUS_SENT, &more);
  g_assert_cmpuint (first_page, >, 0);
  g_assert_cmpuint (first_page, <, 100);
  g_assert_true (gtk_widget_get_visible (more));
  g_assert_cmpuint (_phoenix_application_tracker_get_n_cards (tracker, PHOENIX_APPLICATION_STATUS_REJECTED, NULL),
                    ==, first_page);
  g_assert_cmpuint (_phoenix_application_tracker_get_n_cards (tracker, PHOENIX_APPLICATION_STATUS_OFFER, &more), ==, 0);
  g_assert_false (gtk_widget_get_visible (more));

  /* "Show More" adds one page. */
  _phoenix_application_tracker_get_n_cards (tracker, PHOENIX_APPLICATION_STATUS_SENT, &more);
  g_signal_emit_by_name (more, "clicked");
  g_assert_cmpuint (_phoenix_application_tracker_get_n_cards (tracker, PHOENIX_APPLICATION_STATUS_SENT, NULL),
                    ==, 2 * first_page);

  /* A column with fewer cards than a page shows them all, without the button. */
  phoenix_application_tracker_set_applications (tracker, NULL);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(PhoenixJobApplication) app = phoenix_job_application_new ("Mairie", "Accueil");

      phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_INTERVIEW, 1700000000 + i, NULL);
      g_list_store_append (phoenix_application_tracker_get_applications (tracker), app);
    }
  phoenix_test_ui_spin (50);
  g_assert_cmpuint (_phoenix_application_tracker_get_n_cards (tracker, PHOENIX_APPLICATION_STATUS_INTERVIEW, &more),
                    ==, 3);
  g_assert_false (gtk_widget_get_visible (more));
  g_assert_cmpuint (_phoenix_application_tracker_get_n_cards (tracker, PHOENIX_APPLICATION_STATUS_SENT, &more), ==, 0);
  g_assert_false (gtk_widget_get_visible (more));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  phoenix_test_ui_init (&argc, &argv, "fr");

#define ADD(path, func) g_test_add (path, Fixture, NULL, phoenix_test_ui_setup, func, phoenix_test_ui_teardown)
  ADD ("/ui/scale/lazy-rows", test_lazy_rows);
  ADD ("/ui/scale/xl-load-and-lock", test_xl_load_and_lock);
  ADD ("/ui/scale/entry-page", test_entry_page);
#undef ADD
  g_test_add_func ("/ui/scale/tracker-board", test_tracker_board);

  return g_test_run ();
}
