/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-ats-window"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-ats.h"
#include "phoenix-ats-report-view.h"
#include "phoenix-ats-report-view-private.h"
#include "phoenix-ats-window.h"
#include "phoenix-ats-window-private.h"
#include "phoenix-cv-renderer.h"
#include "phoenix-job-offer-store.h"
#include "phoenix-json-resume.h"
#include "phoenix-occupation-matcher.h"
#include "phoenix-occupation-search.h"
#include "phoenix-pdf-dialogs.h"
#include "phoenix-skill.h"

/* The offer's contract codes, in the order of contract_row's items. */
static const char * const contract_codes[] = {
  "", "cdi", "cdd", "interim", "alternance", "stage", "freelance",
};

/* The profile changes in bursts while the user types: score once it settles. */
#define RECOMPUTE_DELAY_MS 300

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixAtsWindow, phoenix_ats_window, ADW_TYPE_WINDOW)

static void recompute (PhoenixAtsWindow *self);

static const char *
offer_language (PhoenixAtsWindow *self)
{
  if (self->offer != NULL && *phoenix_job_offer_get_language (self->offer) != '\0')
    return phoenix_job_offer_get_language (self->offer);
  return phoenix_occupation_search_get_ui_language ();
}

void
_phoenix_ats_window_show_error (PhoenixAtsWindow *self,
                                const char       *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
add_toast (PhoenixAtsWindow *self,
           const char       *title,
           gboolean          undoable)
{
  AdwToast *toast = adw_toast_new (title);

  if (undoable)
    {
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "ats.undo");
    }
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static gboolean
save_profile (PhoenixAtsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (phoenix_profile_save (self->profile, self->vault, &error))
    return TRUE;

  add_toast (self, error->message, FALSE);
  return FALSE;
}

static void
save_offer (PhoenixAtsWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (phoenix_job_offer_store_save (self->vault, self->offer, &error) == 0)
    add_toast (self, error->message, FALSE);
}

/* Changes the profile (an added skill, or a headline), saves it, keeps the
 * profile as it was for Undo, and scores again. */
static void
change_profile (PhoenixAtsWindow *self,
                int               skill,
                const char       *headline,
                const char       *toast)
{
  g_autoptr(PhoenixProfile) before = phoenix_profile_new ();

  phoenix_profile_copy_into (self->profile, before);

  if (skill >= 0)
    {
      g_autoptr(PhoenixSkill) item = phoenix_skill_new ();

      phoenix_skill_set_name (item, phoenix_taxonomy_get_skill_label (self->taxonomy, skill, offer_language (self)));
      phoenix_skill_set_taxonomy_id (item, phoenix_taxonomy_get_skill_id (self->taxonomy, skill));
      g_list_store_append (phoenix_profile_get_skills (self->profile), item);
    }
  if (headline != NULL)
    phoenix_profile_set_headline (self->profile, headline);

  if (!save_profile (self))
    {
      phoenix_profile_copy_into (before, self->profile);
      return;
    }

  g_set_object (&self->undo_copy, before);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ats.undo", TRUE);
  add_toast (self, toast, TRUE);

  /* Show the effect now rather than after the debounce. */
  recompute (self);
}

static void
apply_suggestion_cb (PhoenixAtsWindow     *self,
                     guint                 position,
                     PhoenixAtsReportView *view)
{
  PhoenixAtsSuggestion *suggestion;
  g_autofree char *headline = NULL;

  if (self->report == NULL || position >= phoenix_ats_report_get_suggestions (self->report)->len)
    return;
  suggestion = g_ptr_array_index (phoenix_ats_report_get_suggestions (self->report), position);

  if (suggestion->kind == PHOENIX_ATS_SUGGESTION_ADD_SKILL)
    change_profile (self, suggestion->skill, NULL, _("Suggestion applied"));
  else
    {
      /* The report, and so the suggestion, goes when the score is recomputed. */
      headline = g_strdup (suggestion->text);
      change_profile (self, -1, headline, _("Suggestion applied"));
    }
}

static void
add_skill_cb (PhoenixAtsWindow     *self,
              guint                 skill,
              PhoenixAtsReportView *view)
{
  g_autofree char *toast = NULL;

  /* Translators: %s is a skill */
  toast = g_strdup_printf (_("“%s” added to your skills"),
                           phoenix_taxonomy_get_skill_label (self->taxonomy, skill, offer_language (self)));
  change_profile (self, skill, NULL, toast);
}

static void
fill_details (PhoenixAtsWindow *self)
{
  const char *code = phoenix_job_offer_get_occupation (self->offer);
  const char *second = phoenix_job_offer_get_occupation_runner_up (self->offer);
  guint index, second_index;
  gboolean has_second = self->runner_up_row != NULL && *second != '\0' &&
                        phoenix_taxonomy_lookup_occupation (self->taxonomy, second, &second_index);

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), phoenix_job_offer_get_title (self->offer));
  gtk_editable_set_text (GTK_EDITABLE (self->company_row), phoenix_job_offer_get_company (self->offer));
  gtk_editable_set_text (GTK_EDITABLE (self->location_row), phoenix_job_offer_get_location (self->offer));
  adw_combo_row_set_selected (self->contract_row, 0);
  for (guint i = 0; i < G_N_ELEMENTS (contract_codes); i++)
    if (g_str_equal (contract_codes[i], phoenix_job_offer_get_contract (self->offer)))
      adw_combo_row_set_selected (self->contract_row, i);
  self->filling = FALSE;

  if (*code != '\0' && phoenix_taxonomy_lookup_occupation (self->taxonomy, code, &index))
    {
      const char *language = phoenix_occupation_search_get_ui_language ();
      g_autofree char *subtitle = g_strdup_printf ("%s · %s",
                                                   phoenix_taxonomy_get_occupation_label (self->taxonomy, index,
                                                                                          language),
                                                   code);

      if (has_second)
        {
          g_autofree char *first = g_steal_pointer (&subtitle);

          /* Translators: the first %s is the occupation guessed for the offer (“Label · code”), the
           * second a close runner-up's label, the third its code */
          subtitle = g_strdup_printf (_("%s\nOr perhaps: %s · %s"), first,
                                      phoenix_taxonomy_get_occupation_label (self->taxonomy, second_index, language),
                                      second);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->runner_up_row),
                                         phoenix_taxonomy_get_occupation_label (self->taxonomy, second_index, language));
          adw_action_row_set_subtitle (self->runner_up_row, second);
        }
      adw_expander_row_set_subtitle (self->occupation_row, subtitle);
    }
  else
    {
      has_second = FALSE;
      adw_expander_row_set_subtitle (self->occupation_row, _("Not found: search for it below"));
    }
  if (self->runner_up_row != NULL)
    gtk_widget_set_visible (GTK_WIDGET (self->runner_up_row), has_second);

  adw_window_title_set_subtitle (self->window_title, phoenix_job_offer_get_title (self->offer));
}

/* Puts the scroll position back once the rebuilt report is tall enough to hold it. */
static void
restore_scroll (PhoenixAtsWindow *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);

  if (self->restore_scroll < 0)
    return;
  if (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) + 0.5 < self->restore_scroll)
    return;
  gtk_adjustment_set_value (adjustment, self->restore_scroll);
  self->restore_scroll = -1;
}

/* Shows @report (NULL: no offer, nothing shown). */
static void
show_report (PhoenixAtsWindow *self,
             PhoenixAtsReport *report)
{
  g_clear_object (&self->report);
  if (report == NULL)
    {
      gtk_widget_set_visible (self->results_box, FALSE);
      phoenix_ats_report_view_set_report (self->report_view, NULL);
      return;
    }

  self->report = g_object_ref (report);
  self->n_scores_applied++;

  /* The report is built again: the reader stays where they were (no jump to the top). */
  if (gtk_widget_get_visible (self->results_box))
    self->restore_scroll = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scroller));
  phoenix_ats_report_view_set_language (self->report_view, offer_language (self));
  phoenix_ats_report_view_set_report (self->report_view, self->report);
  gtk_widget_set_visible (self->results_box, TRUE);
  restore_scroll (self);
}

static PhoenixAtsReport *
score_with_cache (PhoenixAtsCache *cache,
                  GMutex          *lock,
                  JsonNode        *resume,
                  PhoenixJobOffer *offer)
{
  PhoenixAtsReport *report;

  g_mutex_lock (lock);
  report = phoenix_ats_score_cached (cache, json_node_get_object (resume), offer);
  g_mutex_unlock (lock);

  return report;
}

/* Scores now, on the main thread (an offer chosen, a suggestion applied: the user waits for it). */
static void
recompute (PhoenixAtsWindow *self)
{
  g_autoptr(PhoenixAtsReport) report = NULL;
  g_autoptr(JsonNode) resume = NULL;

  g_clear_handle_id (&self->recompute_id, g_source_remove);
  self->score_serial++;  /* a worker's older report is not shown */

  if (self->offer == NULL || self->extractor == NULL)
    {
      show_report (self, NULL);
      return;
    }

  resume = phoenix_json_resume_export (self->profile);
  report = score_with_cache (self->cache, &self->cache_lock, resume, self->offer);
  show_report (self, report);
}

typedef struct
{
  PhoenixAtsCache *cache;
  GMutex          *lock;    /* the window's: the task holds the window */
  JsonNode        *resume;  /* the CV exported when the change settled */
  PhoenixJobOffer *offer;   /* a copy: the window's may be edited meanwhile */
  guint            serial;
} ScoreData;

static void
score_data_free (gpointer data)
{
  ScoreData *score = data;

  g_object_unref (score->cache);
  json_node_unref (score->resume);
  g_object_unref (score->offer);
  g_free (score);
}

static void
score_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ScoreData *score = task_data;

  g_task_return_pointer (task, score_with_cache (score->cache, score->lock, score->resume, score->offer),
                         g_object_unref);
}

static void
score_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  PhoenixAtsWindow *self = PHOENIX_ATS_WINDOW (object);
  ScoreData *score = g_task_get_task_data (G_TASK (result));
  g_autoptr(PhoenixAtsReport) report = g_task_propagate_pointer (G_TASK (result), NULL);

  /* Something newer was scored or asked for, or the window is going. */
  if (score->serial != self->score_serial || self->offer == NULL || self->context == NULL)
    return;
  show_report (self, report);
}

/* Scores after the CV changed, in a worker: the JSON export is the main thread's only cost. */
static void
recompute_in_worker (PhoenixAtsWindow *self)
{
  g_autoptr(GTask) task = NULL;
  ScoreData *score;

  if (self->offer == NULL || self->extractor == NULL)
    {
      recompute (self);
      return;
    }

  score = g_new0 (ScoreData, 1);
  score->cache = g_object_ref (self->cache);
  score->lock = &self->cache_lock;
  score->resume = phoenix_json_resume_export (self->profile);
  score->offer = phoenix_job_offer_copy (self->offer);
  score->serial = ++self->score_serial;

  task = g_task_new (self, NULL, score_done_cb, NULL);
  g_task_set_source_tag (task, recompute_in_worker);
  g_task_set_task_data (task, score, score_data_free);
  g_task_run_in_thread (task, score_thread);
}

static gboolean
recompute_timeout_cb (gpointer user_data)
{
  PhoenixAtsWindow *self = PHOENIX_ATS_WINDOW (user_data);

  self->recompute_id = 0;
  if (g_getenv ("PHOENIX_ATS_SYNC") != NULL)
    recompute (self);  /* the score before issue #20's worker, for a comparison */
  else
    recompute_in_worker (self);
  return G_SOURCE_REMOVE;
}

static void
profile_changed_cb (PhoenixAtsWindow *self)
{
  if (self->offer == NULL)
    return;

  g_clear_handle_id (&self->recompute_id, g_source_remove);
  self->recompute_id = g_timeout_add (RECOMPUTE_DELAY_MS, recompute_timeout_cb, self);
}

static void
set_offer (PhoenixAtsWindow *self,
           PhoenixJobOffer  *offer)
{
  g_set_object (&self->offer, offer);
  if (offer != NULL)
    fill_details (self);
  else
    adw_window_title_set_subtitle (self->window_title, NULL);
  recompute (self);
}

static void
reload_offers (PhoenixAtsWindow *self,
               gint64            select_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) offers = NULL;
  guint selected = 0;
  guint n_old;

  if (self->extractor == NULL)
    return;

  offers = phoenix_job_offer_store_list (self->vault, self->extractor, &error);
  if (offers == NULL)
    {
      _phoenix_ats_window_show_error (self, error->message);
      offers = g_ptr_array_new_with_free_func (g_object_unref);
    }

  g_clear_pointer (&self->offers, g_ptr_array_unref);
  self->offers = g_steal_pointer (&offers);

  self->filling = TRUE;
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->offer_names));
  gtk_string_list_splice (self->offer_names, 0, n_old, NULL);
  gtk_string_list_append (self->offer_names, _("New offer"));
  for (guint i = 0; i < self->offers->len; i++)
    {
      PhoenixJobOffer *offer = g_ptr_array_index (self->offers, i);
      const char *title = phoenix_job_offer_get_title (offer);
      const char *company = phoenix_job_offer_get_company (offer);
      g_autofree char *name = NULL;

      if (*title == '\0')
        title = _("Untitled offer");
      if (*company != '\0')
        /* Translators: a job offer in a list: job title — company */
        name = g_strdup_printf (_("%s — %s"), title, company);
      else
        name = g_strdup (title);
      gtk_string_list_append (self->offer_names, name);
      if (select_id != 0 && phoenix_job_offer_get_id (offer) == select_id)
        selected = i + 1;
    }
  adw_combo_row_set_selected (self->offer_row, selected);
  self->filling = FALSE;
}

/* The offer's text stays under the chooser: pasted, then analysed, it is still there. */
static void
show_paste_label (PhoenixAtsWindow *self)
{
  gtk_label_set_label (self->paste_label, self->offer != NULL ? _("The text of this offer: edit it and analyse it again")
                                                              : _("Paste the text of a job offer"));
}

static void
offer_selected_cb (PhoenixAtsWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->offer_row);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->offer_view);

  if (self->filling || self->offers == NULL)
    return;

  _phoenix_ats_window_show_error (self, NULL);
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION || selected > self->offers->len)
    {
      gtk_text_buffer_set_text (buffer, "", -1);
      set_offer (self, NULL);
      show_paste_label (self);
      return;
    }

  set_offer (self, g_ptr_array_index (self->offers, selected - 1));
  gtk_text_buffer_set_text (buffer, phoenix_job_offer_get_text (self->offer), -1);
  show_paste_label (self);
}

static void
detail_applied_cb (PhoenixAtsWindow *self,
                   AdwEntryRow      *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *title = NULL;

  if (self->filling || self->offer == NULL)
    return;

  if (row == self->title_row)
    {
      guint occupation;

      phoenix_job_offer_set_title (self->offer, text);
      /* A corrected title may name another occupation. */
      if (phoenix_occupation_matcher_guess (self->taxonomy, text, &occupation))
        phoenix_job_offer_set_occupation (self->offer,
                                          phoenix_taxonomy_get_occupation_code (self->taxonomy, occupation));
    }
  else if (row == self->company_row)
    phoenix_job_offer_set_company (self->offer, text);
  else if (row == self->location_row)
    phoenix_job_offer_set_location (self->offer, text);

  save_offer (self);
  fill_details (self);
  reload_offers (self, phoenix_job_offer_get_id (self->offer));
  recompute (self);
}

static void
contract_selected_cb (PhoenixAtsWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->contract_row);

  if (self->filling || self->offer == NULL || selected >= G_N_ELEMENTS (contract_codes))
    return;

  phoenix_job_offer_set_contract (self->offer, contract_codes[selected]);
  save_offer (self);
}

static void
occupation_chosen_cb (PhoenixAtsWindow        *self,
                      guint                    index,
                      PhoenixOccupationSearch *search)
{
  if (self->offer == NULL)
    return;

  phoenix_job_offer_set_occupation (self->offer, phoenix_taxonomy_get_occupation_code (self->taxonomy, index));
  save_offer (self);
  fill_details (self);
  adw_expander_row_set_expanded (self->occupation_row, FALSE);
  recompute (self);
}

/* "Choose" beside the runner-up: it becomes the offer's occupation. */
static void
runner_up_chosen_cb (PhoenixAtsWindow *self)
{
  guint index;

  if (self->offer == NULL ||
      !phoenix_taxonomy_lookup_occupation (self->taxonomy, phoenix_job_offer_get_occupation_runner_up (self->offer),
                                           &index))
    return;
  occupation_chosen_cb (self, index, self->occupation_search);
}

static void
analyse_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PhoenixAtsWindow *self = PHOENIX_ATS_WINDOW (widget);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->offer_view);
  g_autoptr(PhoenixJobOffer) offer = NULL;
  g_autofree char *text = NULL;
  g_autofree char *stripped = NULL;
  GtkTextIter start, end;

  if (self->extractor == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    {
      _phoenix_ats_window_show_error (self, _("Paste the text of a job offer first."));
      return;
    }

  {
    g_autoptr(GError) error = NULL;

    if (!phoenix_job_offer_check_length (stripped, &error))
      {
        _phoenix_ats_window_show_error (self, error->message);
        return;
      }
  }

  _phoenix_ats_window_show_error (self, NULL);
  offer = phoenix_job_offer_new_from_text (self->extractor, text);
  if (offer == NULL)
    {
      _phoenix_ats_window_show_error (self, _("Phoenix could not read this offer."));
      return;
    }

  _phoenix_ats_window_take_new_offer (self, offer);
}

/* Stores @offer and scores it, as "Analyse" does with pasted text. */
void
_phoenix_ats_window_take_new_offer (PhoenixAtsWindow *self,
                                    PhoenixJobOffer  *offer)
{
  g_set_object (&self->offer, offer);
  save_offer (self);
  reload_offers (self, phoenix_job_offer_get_id (offer));
  /* The stored copy is the one selected: score that one (the vault keeps the occupation's runner-up
   * too, schema 10). */
  if (adw_combo_row_get_selected (self->offer_row) > 0)
    {
      PhoenixJobOffer *stored = g_ptr_array_index (self->offers, adw_combo_row_get_selected (self->offer_row) - 1);

      set_offer (self, stored);
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->offer_view), phoenix_job_offer_get_text (self->offer), -1);
    }
  else
    {
      set_offer (self, offer);
    }
  show_paste_label (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PhoenixAtsWindow *self = PHOENIX_ATS_WINDOW (widget);

  if (self->undo_copy == NULL)
    return;

  phoenix_profile_copy_into (self->undo_copy, self->profile);
  g_clear_object (&self->undo_copy);
  gtk_widget_action_set_enabled (widget, "ats.undo", FALSE);
  save_profile (self);
  recompute (self);
}

static void
phoenix_ats_window_constructed (GObject *object)
{
  PhoenixAtsWindow *self = PHOENIX_ATS_WINDOW (object);
  g_autoptr(GError) error = NULL;
  GtkWidget *search_row;

  G_OBJECT_CLASS (phoenix_ats_window_parent_class)->constructed (object);

  g_assert (PHOENIX_IS_CONTEXT (self->context));
  g_assert (PHOENIX_IS_PROFILE (self->profile));

  self->vault = g_object_ref (phoenix_context_get_vault (self->context));
  self->extractor = phoenix_context_get_extractor (self->context, &error);
  if (self->extractor == NULL)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is the reason */
      message = g_strdup_printf (_("The skills taxonomy could not be loaded, so no offer can be scored: %s"),
                                 error->message);
      _phoenix_ats_window_show_error (self, message);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "ats.analyse", FALSE);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "ats.open-offer", FALSE);
      return;
    }
  g_object_ref (self->extractor);
  self->taxonomy = g_object_ref (phoenix_skill_extractor_get_taxonomy (self->extractor));
  {
    g_autoptr(PhoenixSkillExtractor) own = phoenix_skill_extractor_new (self->taxonomy);

    self->cache = phoenix_ats_cache_new (own);
  }
  phoenix_ats_report_view_set_taxonomy (self->report_view, self->taxonomy);

  self->occupation_search = phoenix_occupation_search_new (self->taxonomy);
  gtk_widget_set_margin_top (GTK_WIDGET (self->occupation_search), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->occupation_search), 6);
  gtk_widget_set_margin_start (GTK_WIDGET (self->occupation_search), 6);
  gtk_widget_set_margin_end (GTK_WIDGET (self->occupation_search), 6);
  g_signal_connect_object (self->occupation_search, "occupation-chosen",
                           G_CALLBACK (occupation_chosen_cb), self, G_CONNECT_SWAPPED);
  search_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (search_row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (search_row), GTK_WIDGET (self->occupation_search));
  adw_expander_row_add_row (self->occupation_row, search_row);

  /* The close second guess, one click away (fill_details() shows it when there is one). */
  {
    GtkWidget *choose = gtk_button_new_with_mnemonic (_("_Choose"));

    self->runner_up_row = ADW_ACTION_ROW (adw_action_row_new ());
    gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);
    gtk_widget_set_tooltip_text (choose, _("Use this occupation for the offer"));
    g_signal_connect_object (choose, "clicked", G_CALLBACK (runner_up_chosen_cb), self, G_CONNECT_SWAPPED);
    adw_action_row_add_suffix (self->runner_up_row, choose);
    gtk_widget_set_visible (GTK_WIDGET (self->runner_up_row), FALSE);
    adw_expander_row_add_row (self->occupation_row, GTK_WIDGET (self->runner_up_row));
  }

  g_signal_connect_object (self->profile, "changed",
                           G_CALLBACK (profile_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "notify::upper",
                           G_CALLBACK (restore_scroll), self, G_CONNECT_SWAPPED);

  /* Opened again, the check shows the last offer analysed and its result. */
  reload_offers (self, 0);
  if (self->offers->len > 0)
    {
      self->filling = TRUE;
      adw_combo_row_set_selected (self->offer_row, 1);
      self->filling = FALSE;
      offer_selected_cb (self);
    }
}

/* Shown again after a close (which only hides it): what changed meanwhile is scored. */
static void
phoenix_ats_window_show (GtkWidget *widget)
{
  PhoenixAtsWindow *self = PHOENIX_ATS_WINDOW (widget);

  GTK_WIDGET_CLASS (phoenix_ats_window_parent_class)->show (widget);
  if (self->offer != NULL)
    recompute (self);
}

static void
phoenix_ats_window_finalize (GObject *object)
{
  PhoenixAtsWindow *self = PHOENIX_ATS_WINDOW (object);

  g_mutex_clear (&self->cache_lock);

  G_OBJECT_CLASS (phoenix_ats_window_parent_class)->finalize (object);
}

static void
phoenix_ats_window_dispose (GObject *object)
{
  PhoenixAtsWindow *self = PHOENIX_ATS_WINDOW (object);

  g_clear_handle_id (&self->recompute_id, g_source_remove);
  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  g_clear_object (&self->importer);
  g_clear_object (&self->open_file);
  _phoenix_pdf_dialogs_close (&self->dialogs);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_ATS_WINDOW);

  g_clear_object (&self->report);
  g_clear_object (&self->offer);
  g_clear_pointer (&self->offers, g_ptr_array_unref);
  g_clear_object (&self->offer_names);
  g_clear_object (&self->undo_copy);
  g_clear_object (&self->extractor);
  g_clear_object (&self->cache);
  g_clear_object (&self->taxonomy);
  g_clear_object (&self->profile);
  g_clear_object (&self->vault);
  g_clear_object (&self->context);
  g_clear_pointer (&self->template_id, g_free);

  G_OBJECT_CLASS (phoenix_ats_window_parent_class)->dispose (object);
}

static void
phoenix_ats_window_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PhoenixAtsWindow *self = PHOENIX_ATS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_ats_window_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PhoenixAtsWindow *self = PHOENIX_ATS_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_PROFILE:
      self->profile = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_ats_window_class_init (PhoenixAtsWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = phoenix_ats_window_constructed;
  object_class->dispose = phoenix_ats_window_dispose;
  object_class->finalize = phoenix_ats_window_finalize;
  object_class->get_property = phoenix_ats_window_get_property;
  object_class->set_property = phoenix_ats_window_set_property;
  widget_class->show = phoenix_ats_window_show;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         PHOENIX_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         PHOENIX_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PHOENIX_TYPE_ATS_REPORT_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-ats-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsWindow, scroller);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsWindow, paste_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsWindow, offer_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsWindow, paste_box);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsWindow, offer_view);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsWindow, analyse_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsWindow, results_box);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsWindow, report_view);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsWindow, title_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsWindow, company_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsWindow, location_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsWindow, contract_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsWindow, occupation_row);
  gtk_widget_class_bind_template_callback (widget_class, offer_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, detail_applied_cb);
  gtk_widget_class_bind_template_callback (widget_class, contract_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, apply_suggestion_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_skill_cb);

  gtk_widget_class_install_action (widget_class, "ats.analyse", NULL, analyse_action);
  gtk_widget_class_install_action (widget_class, "ats.undo", NULL, undo_action);
  _phoenix_ats_window_class_setup_open (widget_class);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
phoenix_ats_window_init (PhoenixAtsWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_mutex_init (&self->cache_lock);
  self->restore_scroll = -1;
  self->offer_names = gtk_string_list_new (NULL);
  adw_combo_row_set_model (self->offer_row, G_LIST_MODEL (self->offer_names));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "ats.undo", FALSE);
}

PhoenixAtsWindow *
phoenix_ats_window_new (PhoenixContext *context,
                        PhoenixProfile *profile)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), NULL);

  return g_object_new (PHOENIX_TYPE_ATS_WINDOW,
                       "context", context,
                       "profile", profile,
                       NULL);
}

/* The CV's template: one a tracking system reads badly (its columns mixed) is said so with
 * the format checks. */
void
phoenix_ats_window_set_template (PhoenixAtsWindow *self,
                                 const char       *template_id)
{
  g_autofree char *warning = NULL;
  guint n_templates;
  const PhoenixCvTemplateInfo *templates = phoenix_cv_templates_get (&n_templates);

  g_return_if_fail (PHOENIX_IS_ATS_WINDOW (self));

  g_free (self->template_id);
  self->template_id = g_strdup (template_id);
  if (template_id != NULL && !phoenix_cv_template_reads_in_order (template_id))
    {
      const char *name = template_id, *plain = "ats";

      for (guint i = 0; i < n_templates; i++)
        {
          if (g_str_equal (templates[i].id, template_id))
            name = _(templates[i].name);
          if (g_str_equal (templates[i].id, "ats"))
            plain = _(templates[i].name);
        }
      /* Translators: the first %s is the CV's template, the second the plain one, e.g. “Modern”, “Plain for ATS” */
      warning = g_strdup_printf (_("The “%s” template sets your CV in two columns: software that reads a PDF as "
                                   "plain text mixes them. For offers handled by such software, send this CV in the "
                                   "“%s” template (Design)."), name, plain);
    }
  phoenix_ats_report_view_set_layout_warning (self->report_view, warning);
}

gboolean
_phoenix_ats_window_choose_runner_up (PhoenixAtsWindow *self)
{
  g_return_val_if_fail (PHOENIX_IS_ATS_WINDOW (self), FALSE);

  if (self->runner_up_row == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->runner_up_row)))
    return FALSE;
  runner_up_chosen_cb (self);

  return TRUE;
}

void
_phoenix_ats_window_recompute (PhoenixAtsWindow *self)
{
  recompute (self);
}

