/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-pieces"

/*
 * Issue #20: the CV page takes a new profile in pieces. After unlocking or an import, the first
 * frame shows each section's first rows and the preview's last layout (or a blank page) while a
 * worker lays the new CV out; the rest of each section's page of rows comes in idle turns. Once
 * complete, the page is what a one-go build gives: the same rows, in the list's order, and the
 * same preview pages. An import's Undo gives every section its entries back; a lock in the
 * middle leaves nothing of the profile in the window, and the next unlock shows it whole.
 */

#include "config.h"

#include <adwaita.h>

#include "phoenix-cv-page-private.h"
#include "phoenix-cv-preview.h"
#include "phoenix-entry-chip.h"
#include "phoenix-entry-list-private.h"
#include "phoenix-entry-row.h"
#include "phoenix-idle-unref.h"
#include "phoenix-test-scale.h"
#include "phoenix-test-ui.h"
#include "phoenix-test-vault.h"
#include "phoenix-undo.h"
#include "phoenix-window-private.h"

typedef PhoenixTestUi Fixture;

static const char * const sections[] = {
  "experience", "education", "skills", "languages", "certifications", "projects",
  "volunteering", "interests", "awards", "publications", "references",
};

/* Entry rows and chips under @widget (itself included). */
static guint
count_entry_widgets (GtkWidget *widget)
{
  guint n = PHOENIX_IS_ENTRY_ROW (widget) || PHOENIX_IS_ENTRY_CHIP (widget) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    n += count_entry_widgets (child);
  return n;
}

static GObject *
widget_entry (GtkWidget *widget)
{
  if (GTK_IS_FLOW_BOX_CHILD (widget) && !PHOENIX_IS_ENTRY_CHIP (widget))
    widget = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (widget));
  return _phoenix_entry_list_item_entry (widget);
}

/* The page as a one-go build has it: every section a page of rows or chips (30 or 60, or all
 * its entries), each the entry at its place in the list, and the preview's pages those of a
 * layout of the same CV made here at once. */
static void
assert_complete (PhoenixCvPage *page)
{
  PhoenixCvPreview *preview = _phoenix_cv_page_get_preview (page);
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  g_auto(GStrv) shown_order = NULL;
  g_auto(GStrv) one_go_order = NULL;

  g_assert_false (_phoenix_cv_page_get_filling (page));
  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      PhoenixEntryList *list = _phoenix_cv_page_get_entry_list (page, sections[s]);
      GListModel *display = G_LIST_MODEL (list->display);
      guint n = g_list_model_get_n_items (display);
      guint page_size = _phoenix_entry_list_is_chips (list) ? 60 : 30;

      g_assert_cmpuint (_phoenix_entry_list_get_n_built (list), ==, MIN (n, page_size));
      for (guint i = 0; i < MIN (n, page_size); i++)
        {
          g_autoptr(GObject) entry = g_list_model_get_item (display, i);

          g_assert_true (widget_entry (_phoenix_entry_list_get_item_widget (list, i)) == entry);
        }
      g_assert_null (_phoenix_entry_list_get_item_widget (list, MIN (n, page_size)));
    }

  phoenix_cv_renderer_set_variant (renderer, _phoenix_cv_page_get_variant (page), phoenix_cv_page_get_profile (page));
  g_assert_cmpint (phoenix_cv_preview_get_n_pages (preview), ==, phoenix_cv_renderer_get_n_pages (renderer));
  shown_order = phoenix_cv_renderer_dup_reading_order (phoenix_cv_preview_get_renderer (preview));
  one_go_order = phoenix_cv_renderer_dup_reading_order (renderer);
  g_assert_cmpstrv (shown_order, one_go_order);
}

/* Right after the page took a new profile, before any idle turn: the first rows only. */
static void
assert_in_pieces (PhoenixCvPage *page)
{
  PhoenixEntryList *experience = _phoenix_cv_page_get_entry_list (page, "experience");

  g_assert_true (_phoenix_cv_page_get_filling (page));
  g_assert_true (phoenix_cv_preview_get_in_worker (_phoenix_cv_page_get_preview (page)));
  g_assert_cmpuint (_phoenix_entry_list_get_n_built (experience), >, 0);
  g_assert_cmpuint (_phoenix_entry_list_get_n_built (experience), <, 30);
}

/* Right after an import (or its Undo), before any idle turn: every section keeps the rows it
 * had (the very widgets), the new ones come in later turns, a section at a time. */
static GtkWidget *
first_row (PhoenixCvPage *page)
{
  return _phoenix_entry_list_get_item_widget (_phoenix_cv_page_get_entry_list (page, "experience"), 0);
}

static void
assert_import_in_pieces (PhoenixCvPage *page,
                         GtkWidget     *row_before)
{
  PhoenixEntryList *experience = _phoenix_cv_page_get_entry_list (page, "experience");

  g_assert_true (_phoenix_cv_page_get_filling (page));
  g_assert_true (phoenix_cv_preview_get_in_worker (_phoenix_cv_page_get_preview (page)));
  g_assert_true (first_row (page) == row_before);
  g_assert_cmpuint (_phoenix_entry_list_get_n_built (experience), ==, 30);
}

static gboolean
nothing_pending (Fixture *f)
{
  return phoenix_idle_unref_get_pending () == 0;
}

/* The pages let go of the profile, their rows still leaving their lists (a lock's teardown). */
static gboolean
tearing_down (Fixture *f)
{
  return phoenix_context_get_profile (phoenix_window_get_context (f->window)) == NULL &&
         _phoenix_entry_list_get_n_tearing_down () > 0;
}

/* The CV page, shown as its tab does, right after the profile came: the first time in a
 * window (the Overview shown after unlocking), the page is built then and takes the profile
 * there, before any idle turn. */
static PhoenixCvPage *
unlock_to_cv (Fixture *f)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

  g_settings_set_string (settings, "last-page", "overview");
  phoenix_test_ui_unlock (f, PHOENIX_TEST_PASSPHRASE);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main, "the main view after unlocking");
  return PHOENIX_CV_PAGE (phoenix_test_ui_show_page (f, "cv"));
}

static void
unlock_steps (Fixture *f)
{
  PhoenixCvPage *page = unlock_to_cv (f);

  assert_in_pieces (page);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_cv_complete, "the CV page complete");
  assert_complete (page);
}

static void
test_unlock (Fixture       *f,
             gconstpointer  data)
{
  phoenix_test_scale_store (f->vault_path, PHOENIX_TEST_SCALE_XL);
  phoenix_test_ui_run_app (f, unlock_steps);
}

/* Locked: the unlock page, and no entry row or chip left in the window. */
static void
lock_to_unlock_page (Fixture *f)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.lock", NULL));
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_locked, "the unlock page");
  g_assert_cmpuint (count_entry_widgets (GTK_WIDGET (f->window)), ==, 0);
}

/* The page complete, with every entry of the XL profile. */
static void
assert_whole (Fixture       *f,
              PhoenixCvPage *page)
{
  phoenix_test_ui_wait_until (f, phoenix_test_ui_cv_complete, "the CV page complete");
  assert_complete (page);
  g_assert_cmpuint (phoenix_test_scale_count (phoenix_cv_page_get_profile (page)), ==,
                    phoenix_test_scale_n_entries (PHOENIX_TEST_SCALE_XL));
}

/* Locked while the rows are still coming: nothing of the profile in the window, its widgets
 * let go of in idle turns; the next unlock shows the profile whole. */
static void
lock_steps (Fixture *f)
{
  PhoenixCvPage *page = unlock_to_cv (f);
  PhoenixCvPreview *preview = _phoenix_cv_page_get_preview (page);

  assert_in_pieces (page);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.lock", NULL));
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_locked, "the unlock page");
  g_assert_null (_phoenix_window_get_profile (f->window));
  g_assert_null (phoenix_cv_page_get_profile (page));
  g_assert_cmpuint (count_entry_widgets (GTK_WIDGET (f->window)), ==, 0);
  g_assert_false (_phoenix_cv_page_get_filling (page));
  g_assert_true (phoenix_cv_preview_is_empty (preview));
  g_assert_cmpint (phoenix_cv_preview_get_n_pages (preview), ==, 1);
  phoenix_test_ui_wait_until (f, nothing_pending, "the rows let go of");

  /* Again, and this time locked once the page is complete. */
  page = unlock_to_cv (f);
  assert_whole (f, page);
  lock_to_unlock_page (f);
  g_assert_true (phoenix_cv_preview_is_empty (preview));
  phoenix_test_ui_wait_until (f, nothing_pending, "the rows and the layout let go of");

  /* Unlocked again in the lock's own turn, before the pages let go of the profile: the
   * profile read anew, whole. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.lock", NULL));
  page = unlock_to_cv (f);
  assert_whole (f, page);

  /* Unlocked again while the lock's rows are leaving their lists a few a turn: the rest leave
   * at once, the profile read anew, whole. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.lock", NULL));
  phoenix_test_ui_wait_until (f, tearing_down, "the rows leaving their lists");
  g_assert_null (phoenix_cv_page_get_profile (page));
  g_assert_cmpuint (count_entry_widgets (GTK_WIDGET (f->window)), >, 0);
  page = unlock_to_cv (f);
  g_assert_cmpuint (_phoenix_entry_list_get_n_tearing_down (), ==, 0);
  assert_whole (f, page);
  lock_to_unlock_page (f);
}

static void
test_lock (Fixture       *f,
           gconstpointer  data)
{
  phoenix_test_scale_store (f->vault_path, PHOENIX_TEST_SCALE_XL);
  phoenix_test_ui_run_app (f, lock_steps);
}

static void
unref_nullable (gpointer object)
{
  if (object != NULL)
    g_object_unref (object);
}

/* Every section's entries, the very objects, in order. */
static GPtrArray *
all_entries (PhoenixCvPage *page)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (unref_nullable);

  for (guint s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      GListModel *store = G_LIST_MODEL (_phoenix_cv_page_get_entry_list (page, sections[s])->store);

      for (guint i = 0; i < g_list_model_get_n_items (store); i++)
        g_ptr_array_add (entries, g_list_model_get_item (store, i));
      g_ptr_array_add (entries, NULL);  /* between sections */
    }
  return entries;
}

static void
assert_same_entries (GPtrArray *a,
                     GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_true (g_ptr_array_index (a, i) == g_ptr_array_index (b, i));
}

/* An import (Replace, another profile) in pieces, then Undo: every section's entries back, the
 * very objects, and the page as a one-go build of them; an Undo before the import's rows came;
 * a lock during the import's pieces. */
static void
import_steps (Fixture *f)
{
  PhoenixCvPage *page = unlock_to_cv (f);
  g_autoptr(PhoenixProfile) imported = phoenix_test_scale_new_profile (PHOENIX_TEST_SCALE_L);
  g_autoptr(PhoenixProfile) again = phoenix_test_scale_new_profile (PHOENIX_TEST_SCALE_XL);
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) undone = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *row;

  phoenix_test_ui_wait_until (f, phoenix_test_ui_cv_complete, "the CV page complete");
  before = all_entries (page);

  row = first_row (page);
  g_assert_true (phoenix_cv_page_apply_import (page, imported, FALSE, &error));
  g_assert_no_error (error);
  assert_import_in_pieces (page, row);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_cv_complete, "the CV page complete after the import");
  assert_complete (page);
  g_assert_cmpuint (phoenix_test_scale_count (phoenix_cv_page_get_profile (page)), ==,
                    phoenix_test_scale_n_entries (PHOENIX_TEST_SCALE_L));
  after = all_entries (page);

  row = first_row (page);
  phoenix_cv_page_undo (page);
  assert_import_in_pieces (page, row);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_cv_complete, "the CV page complete after Undo");
  assert_complete (page);
  undone = all_entries (page);
  assert_same_entries (undone, before);
  g_assert_cmpuint (phoenix_test_scale_count (phoenix_cv_page_get_profile (page)), ==,
                    phoenix_test_scale_n_entries (PHOENIX_TEST_SCALE_XL));

  /* Redo: the imported entries again, the very objects. */
  phoenix_undo_stack_redo (_phoenix_cv_page_get_undo_stack (page));
  phoenix_test_ui_wait_until (f, phoenix_test_ui_cv_complete, "the CV page complete after Redo");
  g_clear_pointer (&undone, g_ptr_array_unref);
  undone = all_entries (page);
  assert_same_entries (undone, after);
  assert_complete (page);

  /* Undone in the import's own turn, before a section showed it: the entries before, exactly. */
  {
    g_autoptr(PhoenixProfile) other = phoenix_test_scale_new_profile (PHOENIX_TEST_SCALE_M);

    g_assert_true (phoenix_cv_page_apply_import (page, other, FALSE, &error));
    g_assert_no_error (error);
    phoenix_cv_page_undo (page);
    phoenix_test_ui_wait_until (f, phoenix_test_ui_cv_complete, "the CV page complete after a quick Undo");
    g_clear_pointer (&undone, g_ptr_array_unref);
    undone = all_entries (page);
    assert_same_entries (undone, after);
    assert_complete (page);
  }

  /* Locked in the middle of an import's pieces: nothing left; unlocked, the import was saved. */
  row = first_row (page);
  g_assert_true (phoenix_cv_page_apply_import (page, again, FALSE, &error));
  g_assert_no_error (error);
  assert_import_in_pieces (page, row);
  lock_to_unlock_page (f);
  g_assert_true (phoenix_cv_preview_is_empty (_phoenix_cv_page_get_preview (page)));
  page = unlock_to_cv (f);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_cv_complete, "the CV page complete");
  assert_complete (page);
  /* XL again: the vault held the first import's L until this one was saved. */
  g_assert_cmpuint (phoenix_test_scale_count (phoenix_cv_page_get_profile (page)), ==,
                    phoenix_test_scale_n_entries (PHOENIX_TEST_SCALE_XL));
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  phoenix_test_scale_store (f->vault_path, PHOENIX_TEST_SCALE_XL);
  phoenix_test_ui_run_app (f, import_steps);
}

int
main (int   argc,
      char *argv[])
{
  phoenix_test_ui_init (&argc, &argv, "fr");

#define ADD(path, func) g_test_add (path, Fixture, NULL, phoenix_test_ui_setup, func, phoenix_test_ui_teardown)
  ADD ("/ui/pieces/unlock", test_unlock);
  ADD ("/ui/pieces/lock", test_lock);
  ADD ("/ui/pieces/import-undo", test_import);
#undef ADD

  return g_test_run ();
}
