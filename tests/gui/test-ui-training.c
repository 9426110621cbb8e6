/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-training"

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "phoenix-occupation-search-private.h"
#include "phoenix-profile-entries.h"
#include "phoenix-sync-store.h"
#include "phoenix-test-ui.h"
#include "phoenix-training-page-private.h"
#include "phoenix-window-private.h"

/*
 * The Training tab in the real window under Xvfb (taxonomy from the build folder):
 * the first run suggests targets and picks one in one step; the gap and the path
 * show; a module started then done offers its certificate, which goes into the CV
 * (and the vault) only once accepted; a suggestion chosen straight away; time
 * logged; a catalogue imported, a broken one refused whole with its line named.
 * A fictional person throughout.
 */

typedef PhoenixTestUi Fixture;

static PhoenixTrainingAnalysis *replaced_analysis;

static PhoenixTrainingPage *
page (Fixture *f)
{
  return PHOENIX_TRAINING_PAGE (phoenix_test_ui_show_page (f, "training"));
}

static gboolean
page_settled (Fixture *f)
{
  return !_phoenix_training_page_get_busy (page (f)) &&
         !g_str_equal (_phoenix_training_page_get_state (page (f)), "loading");
}

static void
settle (Fixture *f)
{
  phoenix_test_ui_spin (50);
  phoenix_test_ui_wait_until (f, page_settled, "the training analysis");
}

/* A saleswoman learning web development, in the window's profile (the CV page saves it). */
static void
fill_profile (Fixture *f)
{
  PhoenixProfile *profile = _phoenix_window_get_profile (f->window);
  g_autoptr(PhoenixExperience) job = phoenix_experience_new ();
  const char *names[] = { "HTML", "CSS", NULL };

  phoenix_profile_set_name (profile, "Camille Martin");
  phoenix_experience_set_title (job, "Vendeuse en prêt-à-porter");
  phoenix_experience_set_employer (job, "Boutique Exemple");
  phoenix_experience_set_start_date (job, "2018-03");
  phoenix_experience_set_current (job, TRUE);
  phoenix_experience_set_summary (job, "Accueillir les clients, conseiller et vendre, tenir la caisse.");
  g_list_store_append (phoenix_profile_get_experiences (profile), job);
  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(PhoenixSkill) skill = phoenix_skill_new ();

      phoenix_skill_set_name (skill, names[i]);
      g_list_store_append (phoenix_profile_get_skills (profile), skill);
    }
}

static void
open_training (Fixture *f)
{
  phoenix_test_ui_create_vault (f);
  fill_profile (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "training"));
  settle (f);
}

static PhoenixPathStep *
find_step (PhoenixTrainingPage *training,
           gboolean             certifying)
{
  PhoenixTrainingPath *path = phoenix_training_analysis_get_path (_phoenix_training_page_get_analysis (training));
  GListModel *steps = phoenix_training_path_get_steps (path);

  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(PhoenixPathStep) step = g_list_model_get_item (steps, i);

      if (phoenix_training_module_get_certifying (phoenix_path_step_get_module (step)) == certifying)
        return step;
    }

  return NULL;
}

static guint
count_rows (GtkListBox *list)
{
  guint n = 0;

  while (gtk_list_box_get_row_at_index (list, (int) n) != NULL)
    n++;

  return n;
}

static void
pick_gap_certificate_steps (Fixture *f)
{
  PhoenixTrainingPage *training;
  PhoenixTrainingProgress *progress;
  PhoenixProfile *profile;
  PhoenixTrainingModule *module;
  PhoenixPathStep *step;
  AdwMessageDialog *dialog;
  g_autofree char *id = NULL;
  g_autofree char *certificate = NULL;
  guint skills_before;

  open_training (f);
  training = page (f);
  progress = _phoenix_training_page_get_progress (training);
  profile = _phoenix_window_get_profile (f->window);

  /* First run: no target, suggestions from the CV, and a search; one step picks the target. */
  g_assert_cmpstr (_phoenix_training_page_get_state (training), ==, "empty");
  g_assert_cmpuint (_phoenix_target_chooser_get_n_suggestions (_phoenix_training_page_get_chooser (training)), >, 0);
  g_assert_true (_phoenix_target_chooser_search (_phoenix_training_page_get_chooser (training), "développeur web"));
  settle (f);
  g_assert_cmpstr (_phoenix_training_page_get_state (training), ==, "main");
  g_assert_cmpstr (phoenix_training_progress_get_active_target (progress), ==, "M1855");

  /* The gap: skills to learn, and HTML already the CV's, with where. */
  g_assert_cmpuint (count_rows (_phoenix_training_page_get_list (training, "missing")), >, 0);
  g_assert_cmpuint (count_rows (_phoenix_training_page_get_list (training, "have")), >, 0);
  {
    PhoenixSkillGap *gap = phoenix_training_analysis_get_gap (_phoenix_training_page_get_analysis (training));
    guint html;

    g_assert_true (phoenix_taxonomy_lookup_skill (phoenix_skill_gap_get_taxonomy (gap), "tool:html", &html));
    g_assert_cmpint (phoenix_gap_item_get_status (phoenix_skill_gap_lookup (gap, html)), ==,
                     PHOENIX_SKILL_STATUS_HAVE);
  }

  /* The path, one row a module; a certifying one started, then done. */
  g_assert_cmpuint (count_rows (_phoenix_training_page_get_list (training, "path")), >, 0);
  step = find_step (training, TRUE);
  g_assert_nonnull (step);
  module = phoenix_path_step_get_module (step);
  id = g_strdup (phoenix_training_module_get_id (module));
  certificate = g_strdup (phoenix_training_module_get_certification (module));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (training), "training.start", "s", id));
  settle (f);
  g_assert_cmpint (phoenix_training_progress_get_status (progress, id), ==, PHOENIX_MODULE_STARTED);
  g_assert_null (_phoenix_training_page_get_dialog (training));

  skills_before = g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_skills (profile)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (training), "training.done", "s", id));
  g_assert_cmpint (phoenix_training_progress_get_status (progress, id), ==, PHOENIX_MODULE_DONE);
  /* Offered, not added: the CV is unchanged while the dialog waits. */
  dialog = _phoenix_training_page_get_dialog (training);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), certificate));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_certifications (profile))), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_skills (profile))), ==, skills_before);

  /* Accepted: the certificate and the skills go into the CV, and the vault keeps them. */
  adw_message_dialog_response (dialog, "add");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_certifications (profile))), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_skills (profile))), >, skills_before);
  g_assert_cmpint (phoenix_training_progress_get_certificate (progress, id), ==, PHOENIX_CERTIFICATE_ADDED);
  settle (f);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_saved, "the CV page saving");
  {
    g_autoptr(PhoenixProfile) stored = phoenix_profile_new ();
    g_autoptr(PhoenixTrainingProgress) stored_progress = phoenix_training_progress_new (phoenix_window_get_vault (f->window));
    g_autoptr(PhoenixCertification) entry = NULL;
    g_autoptr(GError) error = NULL;

    g_assert_true (phoenix_profile_load (stored, phoenix_window_get_vault (f->window), &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_certifications (stored))), ==, 1);
    entry = g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_certifications (stored)), 0);
    g_assert_nonnull (strstr (phoenix_certification_get_name (entry), certificate));
    g_assert_true (phoenix_training_progress_load (stored_progress, &error));
    g_assert_cmpint (phoenix_training_progress_get_status (stored_progress, id), ==, PHOENIX_MODULE_DONE);
    g_assert_cmpint (phoenix_training_progress_get_certificate (stored_progress, id), ==, PHOENIX_CERTIFICATE_ADDED);
    g_assert_cmpstr (phoenix_training_progress_get_active_target (stored_progress), ==, "M1855");
  }
  /* Nothing is offered twice. */
  _phoenix_training_page_offer_certificate (training, id);
  g_assert_null (_phoenix_training_page_get_dialog (training));
}

/* The flywheel's hook: cached insights for the target say how often offers ask for a missing skill. */
static gboolean
analysis_replaced (Fixture *f)
{
  return _phoenix_training_page_get_analysis (page (f)) != replaced_analysis && page_settled (f);
}

static void
insights_frequency_steps (Fixture *f)
{
  PhoenixTrainingPage *training;
  PhoenixSkillGap *gap;
  g_autoptr(GArray) missing = NULL;
  g_autofree char *json = NULL;
  g_autofree char *share_text = NULL;
  g_autoptr(GError) error = NULL;
  PhoenixGapItem *item;
  const char *id;
  guint skill;

  open_training (f);
  training = page (f);
  g_assert_true (_phoenix_target_chooser_search (_phoenix_training_page_get_chooser (training), "développeur web"));
  settle (f);
  g_assert_cmpstr (_phoenix_training_page_get_state (training), ==, "main");
  gap = phoenix_training_analysis_get_gap (_phoenix_training_page_get_analysis (training));
  missing = phoenix_skill_gap_get_path_skills (gap);
  g_assert_cmpuint (missing->len, >, 0);
  skill = g_array_index (missing, guint, missing->len - 1);
  id = phoenix_taxonomy_get_skill_id (phoenix_skill_gap_get_taxonomy (gap), skill);
  /* Nothing shared, nothing known. */
  g_assert_cmpfloat (phoenix_gap_item_get_frequency (phoenix_skill_gap_lookup (gap, skill)), ==, -1.0);

  json = g_strdup_printf ("{\"schema\":1,\"occupation\":\"M1855\",\"k\":10,\"published\":true,"
                          "\"contributors\":\"100-499\",\"epsilon\":2.0,\"distributions\":{},\"skills\":[],"
                          "\"skills_asked\":[{\"id\":\"%s\",\"label\":\"\",\"share\":0.64}],\"training\":[]}", id);
  g_assert_true (phoenix_sync_store_save_insights (phoenix_window_get_vault (f->window), "M1855", json,
                                                   g_get_real_time () / G_USEC_PER_SEC, &error));
  g_assert_no_error (error);
  /* Held, so that the new analysis cannot take its address. */
  replaced_analysis = g_object_ref (_phoenix_training_page_get_analysis (training));
  _phoenix_training_page_schedule_refresh (training);
  phoenix_test_ui_wait_until (f, analysis_replaced, "the training analysis");
  g_clear_object (&replaced_analysis);

  gap = phoenix_training_analysis_get_gap (_phoenix_training_page_get_analysis (training));
  item = phoenix_skill_gap_lookup (gap, skill);
  g_assert_cmpfloat_with_epsilon (phoenix_gap_item_get_frequency (item), 0.64, 1e-9);
  share_text = g_strdup_printf ("%d", 64);
  g_test_message ("%s", phoenix_gap_item_get_why (item));
  g_assert_nonnull (strstr (phoenix_gap_item_get_why (item), share_text));
  /* The most asked comes first among the skills of its importance. */
  {
    g_autoptr(GArray) now = phoenix_skill_gap_get_path_skills (gap);
    PhoenixGapImportance importance = phoenix_gap_item_get_importance (item);

    for (guint i = 0; i < now->len; i++)
      {
        PhoenixGapItem *other = phoenix_skill_gap_lookup (gap, g_array_index (now, guint, i));

        if (phoenix_gap_item_get_importance (other) == importance)
          {
            g_assert_true (other == item);
            break;
          }
      }
  }
}

static void
test_insights_frequency (Fixture       *f,
                         gconstpointer  data)
{
  phoenix_test_ui_run_app (f, insights_frequency_steps);
}

static void
test_pick_gap_certificate (Fixture       *f,
                           gconstpointer  data)
{
  phoenix_test_ui_run_app (f, pick_gap_certificate_steps);
}

static void
suggestion_log_steps (Fixture *f)
{
  PhoenixTrainingPage *training;
  PhoenixTrainingProgress *progress;
  PhoenixTargetSuggestion *first;
  AdwMessageDialog *dialog;
  g_autofree char *code = NULL;
  GDate today;
  g_autofree char *today_text = phoenix_training_today ();

  open_training (f);
  training = page (f);
  progress = _phoenix_training_page_get_progress (training);

  /* The first suggestion, chosen in one click. */
  first = g_list_model_get_item (phoenix_training_analysis_get_suggestions (_phoenix_training_page_get_analysis (training)), 0);
  code = g_strdup (phoenix_target_suggestion_get_code (first));
  g_object_unref (first);
  _phoenix_target_chooser_choose_suggestion (_phoenix_training_page_get_chooser (training), 0);
  settle (f);
  g_assert_cmpstr (_phoenix_training_page_get_state (training), ==, "main");
  g_assert_cmpstr (phoenix_training_progress_get_active_target (progress), ==, code);

  /* An hour logged through the dialog's defaults: this week counts it, the journal shows it. */
  _phoenix_training_page_show_log_dialog (training);
  dialog = _phoenix_training_page_get_dialog (training);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "log");
  g_assert_true (phoenix_training_parse_day (today_text, &today));
  g_assert_cmpfloat (phoenix_training_progress_get_week_hours (progress, &today), ==, 1.0);
  settle (f);
  g_assert_cmpuint (count_rows (_phoenix_training_page_get_list (training, "journal")), ==, 1);

  /* The target removed: back to the first-run page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (training), "training.remove-target", NULL));
  settle (f);
  g_assert_cmpstr (_phoenix_training_page_get_state (training), ==, "empty");
}

static void
test_suggestion_log (Fixture       *f,
                     gconstpointer  data)
{
  phoenix_test_ui_run_app (f, suggestion_log_steps);
}

static guint imports_wanted;

static gboolean
imported (Fixture *f)
{
  return _phoenix_training_page_get_n_imports (page (f)) >= imports_wanted;
}

static void
import_steps (Fixture *f)
{
  PhoenixTrainingPage *training;
  PhoenixTrainingProgress *progress;
  PhoenixTrainingCatalogue *catalogue;
  g_autofree char *bad_path = g_build_filename (f->tmpdir, "bad.csv", NULL);
  g_autofree char *good_path = g_build_filename (f->tmpdir, "organisme.csv", NULL);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  g_autoptr(GFile) good = g_file_new_for_path (good_path);
  AdwMessageDialog *dialog;
  guint before;

  open_training (f);
  training = page (f);
  progress = _phoenix_training_page_get_progress (training);
  catalogue = _phoenix_training_page_get_catalogue (training);
  before = phoenix_training_catalogue_get_n_modules (catalogue);

  /* A broken file: its line named, nothing imported. */
  g_assert_true (g_file_set_contents (bad_path, "id;title;skills;hours\norg:a;A;tool:python;10\norg:b;B;tool:nope;5\n",
                                      -1, NULL));
  imports_wanted = 1;
  _phoenix_training_page_import_catalogue (training, bad);
  phoenix_test_ui_wait_until (f, imported, "reading the broken catalogue");
  dialog = _phoenix_training_page_get_dialog (training);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Line 3"));
  adw_message_dialog_response (dialog, "cancel");
  g_assert_cmpuint (phoenix_training_catalogue_get_n_modules (catalogue), ==, before);
  g_assert_cmpuint (phoenix_training_progress_get_modules (progress)->len, ==, 0);

  /* A hostile one (a line that never ends): read and parsed in the worker, the cap named, nothing imported. */
  {
    g_autofree char *endless = g_strnfill (PHOENIX_TRAINING_CATALOGUE_MAX_FIELD * 4, 'x');
    g_autofree char *text = g_strconcat ("id;title;skills;hours\norg:a;", endless, NULL);

    g_assert_true (g_file_set_contents (bad_path, text, -1, NULL));
  }
  imports_wanted = 2;
  _phoenix_training_page_import_catalogue (training, bad);
  /* Asynchronous: nothing has been read yet when the call returns. */
  g_assert_cmpuint (_phoenix_training_page_get_n_imports (training), ==, 1);
  phoenix_test_ui_wait_until (f, imported, "reading the hostile catalogue");
  dialog = _phoenix_training_page_get_dialog (training);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "longer than 16 KB"));
  adw_message_dialog_response (dialog, "cancel");
  g_assert_cmpuint (phoenix_training_catalogue_get_n_modules (catalogue), ==, before);

  /* A good one: every module, in the catalogue and the vault. */
  g_assert_true (g_file_set_contents (good_path, "id;title;skills;hours\norg:a;A;tool:python;10\norg:b;B;tool:sql;5\n",
                                      -1, NULL));
  imports_wanted = 3;
  _phoenix_training_page_import_catalogue (training, good);
  phoenix_test_ui_wait_until (f, imported, "reading the catalogue");
  g_assert_null (_phoenix_training_page_get_dialog (training));
  g_assert_cmpuint (phoenix_training_catalogue_get_n_modules (catalogue), ==, before + 2);
  g_assert_cmpuint (phoenix_training_progress_get_modules (progress)->len, ==, 2);
  g_assert_cmpstr (phoenix_training_module_get_source (phoenix_training_catalogue_lookup (catalogue, "org:b")), ==,
                   "organisme.csv");
}

static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  phoenix_test_ui_run_app (f, import_steps);
}

int
main (int   argc,
      char *argv[])
{
  /* English strings, whatever the machine's locale. */
  phoenix_test_ui_init (&argc, &argv, "C");

  if (g_getenv ("PHOENIX_TAXONOMY") == NULL)
    g_error ("PHOENIX_TAXONOMY must be set (meson test does)");

  g_test_add ("/ui/training/pick-gap-certificate", Fixture, NULL,
              phoenix_test_ui_setup, test_pick_gap_certificate, phoenix_test_ui_teardown);
  g_test_add ("/ui/training/insights-frequency", Fixture, NULL,
              phoenix_test_ui_setup, test_insights_frequency, phoenix_test_ui_teardown);
  g_test_add ("/ui/training/suggestion-log", Fixture, NULL,
              phoenix_test_ui_setup, test_suggestion_log, phoenix_test_ui_teardown);
  g_test_add ("/ui/training/import-catalogue", Fixture, NULL,
              phoenix_test_ui_setup, test_import, phoenix_test_ui_teardown);

  return g_test_run ();
}
