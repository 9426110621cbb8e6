/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "phoenix-ats-report-view-private.h"
#include "phoenix-ats-window-private.h"
#include "phoenix-cv-page-private.h"
#include "phoenix-cv-renderer-private.h"
#include "phoenix-profile-entries.h"
#include "phoenix-test-scale.h"
#include "phoenix-test-ui.h"
#include "phoenix-test-util.h"
#include "phoenix-window-private.h"

/*
 * Issue #20 in the real window: the preview draws the pages in view, not the whole CV, and a
 * keystroke shapes one entry again; the ATS window re-reads only the edited text, in a worker,
 * and a report that did not change keeps its rows.
 */

typedef PhoenixTestUi Fixture;

/* The M profile's jobs, skills and projects in the window's profile. */
static void
fill_profile (Fixture *f)
{
  g_autoptr(PhoenixProfile) generated = phoenix_test_scale_new_profile (PHOENIX_TEST_SCALE_M);

  phoenix_profile_set_name (phoenix_test_ui_cv_profile (f), phoenix_profile_get_name (generated));
  phoenix_profile_set_headline (phoenix_test_ui_cv_profile (f), phoenix_profile_get_headline (generated));
  phoenix_profile_copy_into (generated, phoenix_test_ui_cv_profile (f));
}

static PhoenixExperience *
job (Fixture *f,
     guint    position)
{
  g_autoptr(PhoenixExperience) experience =
    g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_experiences (phoenix_test_ui_cv_profile (f))), position);

  return experience;  /* the store keeps it */
}

static void
type_in_summary (Fixture    *f,
                 guint       position,
                 const char *c)
{
  g_autofree char *text = g_strconcat (phoenix_experience_get_summary (job (f, position)), c, NULL);

  phoenix_experience_set_summary (job (f, position), text);
}

static guint
n_shaped (Fixture *f)
{
  PhoenixCvRenderer *renderer = phoenix_cv_preview_get_renderer (_phoenix_cv_page_get_preview (phoenix_test_ui_cv_page (f)));

  return _phoenix_cv_block_cache_get_n_shaped (_phoenix_cv_renderer_get_block_cache (renderer));
}

/* ---- The preview ---- */

static gboolean
preview_drawn (Fixture *f)
{
  PhoenixCvPreview *preview = _phoenix_cv_page_get_preview (phoenix_test_ui_cv_page (f));

  return phoenix_cv_preview_get_n_pages (preview) > 5 && phoenix_cv_preview_get_pages_drawn (preview, NULL, NULL) > 0;
}

static int last_page_wanted;

static gboolean
preview_drawn_at_end (Fixture *f)
{
  int last;

  phoenix_cv_preview_get_pages_drawn (_phoenix_cv_page_get_preview (phoenix_test_ui_cv_page (f)), NULL, &last);
  return last == last_page_wanted;
}

static guint shaped_before;

static gboolean
preview_refreshed (Fixture *f)
{
  return n_shaped (f) > shaped_before;
}

static void
preview_steps (Fixture *f)
{
  PhoenixCvPreview *preview;
  GtkAdjustment *adjustment;
  int n_pages, first, last;

  phoenix_test_ui_create_vault (f);
  adw_view_stack_set_visible_child_name (_phoenix_window_get_view_stack (f->window), "cv");
  phoenix_test_ui_spin (100);
  preview = _phoenix_cv_page_get_preview (phoenix_test_ui_cv_page (f));
  fill_profile (f);
  phoenix_cv_preview_refresh_now (preview);
  phoenix_test_ui_wait_until (f, preview_drawn, "the preview's pages");

  /* The first pages only. */
  n_pages = phoenix_cv_preview_get_n_pages (preview);
  g_assert_cmpint (phoenix_cv_preview_get_pages_drawn (preview, &first, &last), <, n_pages);
  g_test_message ("%d pages, %d to %d drawn", n_pages, first, last);
  g_assert_cmpint (first, ==, 0);
  g_assert_cmpint (last, <, n_pages - 1);

  /* Scrolled to the end: the last pages are drawn, the first are not. */
  adjustment = gtk_scrolled_window_get_vadjustment (_phoenix_cv_page_get_preview_scroller (phoenix_test_ui_cv_page (f)));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  last_page_wanted = n_pages - 1;
  phoenix_test_ui_wait_until (f, preview_drawn_at_end, "the last page drawn");
  phoenix_cv_preview_get_pages_drawn (preview, &first, &last);
  g_assert_cmpint (first, >, 0);

  /* A keystroke in one job: the refresh after the pause shapes that job only. */
  shaped_before = n_shaped (f);
  type_in_summary (f, 7, "x");
  phoenix_test_ui_wait_until (f, preview_refreshed, "the preview refreshed");
  phoenix_test_ui_spin (PHOENIX_CV_PREVIEW_REFRESH_DELAY_MS + 100);
  g_assert_cmpuint (n_shaped (f), ==, shaped_before + 1);
}

static void
test_preview (Fixture       *f,
              gconstpointer  data)
{
  phoenix_test_ui_run_app (f, preview_steps);
}

/* ---- The ATS window ---- */

static PhoenixAtsWindow *ats;
static guint scores_before;

static gboolean
ats_rescored (Fixture *f)
{
  return _phoenix_ats_window_get_n_scores (ats) > scores_before;
}

static void
ats_steps (Fixture *f)
{
  PhoenixAtsCache *cache;
  PhoenixAtsReportView *view;
  g_autofree char *offer_path = phoenix_test_source_path ("tests/data/offers/fr-02-data-analyst.txt");
  g_autofree char *offer_text = NULL;
  g_autoptr(GError) error = NULL;
  guint extracted, rows;
  int score;

  g_assert_true (g_file_get_contents (offer_path, &offer_text, NULL, &error));
  g_assert_no_error (error);
  phoenix_test_ui_create_vault (f);
  fill_profile (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.ats-check", NULL));
  ats = _phoenix_window_get_ats_window (f->window);
  g_assert_nonnull (ats);
  gtk_text_buffer_set_text (_phoenix_ats_window_get_offer_buffer (ats), offer_text, -1);
  _phoenix_ats_window_analyse (ats);
  score = _phoenix_ats_window_get_score (ats);
  g_assert_cmpint (score, >, 0);
  phoenix_test_ui_spin (200);

  cache = _phoenix_ats_window_get_cache (ats);
  view = _phoenix_ats_window_get_report_view (ats);
  extracted = phoenix_ats_cache_get_n_extracted (cache);
  rows = _phoenix_ats_report_view_get_n_rows_built (view);
  g_assert_cmpuint (extracted, >=, 100);
  g_assert_cmpuint (rows, >, 10);

  /* A keystroke in one job's summary that changes nothing the offer asks: scored again in the
   * worker, that text alone read again, no row made again. */
  scores_before = _phoenix_ats_window_get_n_scores (ats);
  type_in_summary (f, 12, " et");
  phoenix_test_ui_wait_until (f, ats_rescored, "the ATS score after the change");
  g_assert_cmpuint (phoenix_ats_cache_get_n_extracted (cache), ==, extracted + 1);
  g_assert_cmpint (_phoenix_ats_window_get_score (ats), ==, score);
  g_assert_cmpuint (_phoenix_ats_report_view_get_n_rows_built (view), ==, rows);

  /* One that changes the report (Tableau, a skill the offer names, now in a job): only the rows
   * that changed are made again, far fewer than the report has. */
  scores_before = _phoenix_ats_window_get_n_scores (ats);
  type_in_summary (f, 3, " Tableaux de bord sous Tableau.");
  phoenix_test_ui_wait_until (f, ats_rescored, "the ATS score after the new skill");
  g_assert_cmpuint (phoenix_ats_cache_get_n_extracted (cache), ==, extracted + 2);
  g_assert_cmpint (_phoenix_ats_window_get_score (ats), >, score);
  g_assert_cmpuint (_phoenix_ats_report_view_get_n_rows_built (view), >, rows);
  g_assert_cmpuint (_phoenix_ats_report_view_get_n_rows_built (view), <, 2 * rows);
}

static void
test_ats (Fixture       *f,
          gconstpointer  data)
{
  phoenix_test_ui_run_app (f, ats_steps);
}

int
main (int   argc,
      char *argv[])
{
  phoenix_test_ui_init (&argc, &argv, "en");

  g_test_add ("/ui/incremental/preview", Fixture, NULL, phoenix_test_ui_setup, test_preview, phoenix_test_ui_teardown);
  g_test_add ("/ui/incremental/ats", Fixture, NULL, phoenix_test_ui_setup, test_ats, phoenix_test_ui_teardown);

  return g_test_run ();
}
