/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-overview-data"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "phoenix-anonymiser.h"
#include "phoenix-ats.h"
#include "phoenix-completeness.h"
#include "phoenix-job-offer-store.h"
#include "phoenix-overview-data.h"
#include "phoenix-sync-store.h"
#include "phoenix-training-analysis.h"
#include "phoenix-training-progress.h"
#include "phoenix-vault-private.h"

typedef struct
{
  gint64 sent_at;
  gint64 answered_at;  /* 0: no answer */
} SentApplication;

struct _PhoenixOverviewSnapshot
{
  PhoenixProfile          *profile;
  PhoenixTrainingProgress *progress;       /* in-memory copy */
  GPtrArray               *offer_rows;     /* PhoenixJobOfferRow * */
  GArray                  *applications;   /* SentApplication, by sent_at */
  guint                    sent;
  guint                    responses;
  guint                    interviews;
  guint                    offers;
  guint                    follow_ups_due;
  PhoenixSectorCounts      sectors[PHOENIX_ANONYMISER_N_SECTORS];
  GArray                  *cv_history;
  GArray                  *ats_history;
  GArray                  *training_history;
  GHashTable              *started;        /* module id → last activity, YYYY-MM-DD */
  char                    *insights;       /* cached answer for the active target, or NULL */
  PhoenixSyncState         sync;
  GDate                    today;
  gint64                   now;
};

/* Reading (main thread) */

static gboolean
query (sqlite3       *db,
       const char    *sql,
       sqlite3_stmt **stmt,
       GError       **error)
{
  return _phoenix_vault_check_sqlite (db, sqlite3_prepare_v2 (db, sql, -1, stmt, NULL), SQLITE_OK, error);
}

static gboolean
finish_query (sqlite3       *db,
              sqlite3_stmt  *stmt,
              int            rc,
              GError       **error)
{
  sqlite3_finalize (stmt);
  return _phoenix_vault_check_sqlite (db, rc, SQLITE_DONE, error);
}

static int
compare_sent (gconstpointer a,
              gconstpointer b)
{
  const SentApplication *x = a, *y = b;

  return (x->sent_at > y->sent_at) - (x->sent_at < y->sent_at);
}

#define ANSWER_STATUSES "('interview', 'offer', 'rejected')"

static gboolean
read_applications (PhoenixOverviewSnapshot  *s,
                   sqlite3                  *db,
                   GError                  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* Sent: a date of sending or a "sent" status now or in the history (phoenix-application-stats.c). */
  if (!query (db,
              "SELECT a.sector, CASE WHEN a.sent_at > 0 THEN a.sent_at ELSE a.created_at END,"
              " (SELECT MIN (changed_at) FROM job_application_status h"
              "   WHERE h.application_id = a.id AND h.status IN " ANSWER_STATUSES "),"
              " a.status IN " ANSWER_STATUSES ","
              " a.status IN ('interview', 'offer') OR EXISTS (SELECT 1 FROM job_application_status h"
              "   WHERE h.application_id = a.id AND h.status IN ('interview', 'offer')),"
              " a.status = 'offer' OR EXISTS (SELECT 1 FROM job_application_status h"
              "   WHERE h.application_id = a.id AND h.status = 'offer'),"
              " a.status = 'sent' AND a.follow_up_days > 0 AND a.sent_at > 0"
              "   AND a.reminded_at < a.sent_at + a.follow_up_days * 86400"
              "   AND a.sent_at + a.follow_up_days * 86400 <= ?,"
              " a.updated_at"
              " FROM job_application a"
              " WHERE a.sent_at > 0 OR a.status = 'sent' OR EXISTS (SELECT 1 FROM job_application_status h"
              "   WHERE h.application_id = a.id AND h.status = 'sent')",
              &stmt, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, s->now);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      SentApplication app;
      int sector = phoenix_anonymiser_sector_index ((const char *) sqlite3_column_text (stmt, 0));
      gboolean answered = sqlite3_column_type (stmt, 2) != SQLITE_NULL || sqlite3_column_int (stmt, 3);
      gboolean interview = sqlite3_column_int (stmt, 4);

      app.sent_at = sqlite3_column_int64 (stmt, 1);
      app.answered_at = !answered ? 0 : sqlite3_column_type (stmt, 2) != SQLITE_NULL ? sqlite3_column_int64 (stmt, 2)
                                                                                   : sqlite3_column_int64 (stmt, 7);
      g_array_append_val (s->applications, app);
      s->sent++;
      s->responses += answered;
      s->interviews += interview;
      s->offers += sqlite3_column_int (stmt, 5);
      s->follow_ups_due += sqlite3_column_int (stmt, 6);
      if (sector >= 0)
        {
          s->sectors[sector].applications++;
          s->sectors[sector].responses += answered;
          s->sectors[sector].interviews += interview;
        }
    }
  if (!finish_query (db, stmt, rc, error))
    return FALSE;
  g_array_sort (s->applications, compare_sent);
  return TRUE;
}

static gboolean
read_started_modules (PhoenixOverviewSnapshot  *s,
                      sqlite3                  *db,
                      GError                  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!query (db,
              "SELECT p.module_id, MAX (p.started_on, IFNULL ((SELECT MAX (day) FROM training_log l"
              " WHERE l.module_id = p.module_id), '')) FROM training_progress p WHERE p.status = 'started'",
              &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (s->started, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  return finish_query (db, stmt, rc, error);
}

PhoenixOverviewSnapshot *
phoenix_overview_snapshot_read (PhoenixVault  *vault,
                                PhoenixProfile *profile,
                                GDate         *today,
                                GError       **error)
{
  g_autoptr(PhoenixOverviewSnapshot) s = g_new0 (PhoenixOverviewSnapshot, 1);
  g_autoptr(PhoenixTrainingProgress) progress = NULL;
  char since[16];
  GDate first;
  sqlite3 *db;
  const char *target;

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);
  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), NULL);

  s->applications = g_array_new (FALSE, FALSE, sizeof (SentApplication));
  s->started = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  s->now = g_get_real_time () / G_USEC_PER_SEC;
  if (today != NULL)
    s->today = *today;
  else
    {
      g_date_clear (&s->today, 1);
      g_date_set_time_t (&s->today, (time_t) s->now);
    }
  if (!_phoenix_vault_require_unlocked (vault, _("Unlock the vault to see the overview."), error))
    return NULL;
  db = _phoenix_vault_get_db (vault);

  s->profile = phoenix_profile_new ();
  phoenix_profile_copy_into (profile, s->profile);

  progress = phoenix_training_progress_new (vault);
  if (!phoenix_training_progress_load (progress, error))
    return NULL;
  s->progress = phoenix_training_progress_copy (progress);

  s->offer_rows = phoenix_job_offer_store_read_rows (vault, PHOENIX_OVERVIEW_MAX_OFFERS, error);
  if (s->offer_rows == NULL || !read_applications (s, db, error) || !read_started_modules (s, db, error))
    return NULL;

  first = s->today;
  g_date_subtract_days (&first, PHOENIX_OVERVIEW_HISTORY_DAYS);
  g_date_strftime (since, sizeof since, "%Y-%m-%d", &first);
  if ((s->cv_history = phoenix_metric_history_read (vault, "cv", since, error)) == NULL ||
      (s->ats_history = phoenix_metric_history_read (vault, "ats", since, error)) == NULL ||
      (s->training_history = phoenix_metric_history_read (vault, "training", since, error)) == NULL)
    return NULL;

  if (!phoenix_sync_store_read_state (vault, &s->sync, error))
    return NULL;
  target = phoenix_training_progress_get_active_target (s->progress);
  if (target != NULL && *target != '\0')
    s->insights = phoenix_sync_store_read_insights (vault, target, NULL, NULL);

  return g_steal_pointer (&s);
}

void
phoenix_overview_snapshot_free (PhoenixOverviewSnapshot *s)
{
  if (s == NULL)
    return;
  g_clear_object (&s->profile);
  g_clear_object (&s->progress);
  g_clear_pointer (&s->offer_rows, g_ptr_array_unref);
  g_clear_pointer (&s->applications, g_array_unref);
  g_clear_pointer (&s->cv_history, g_array_unref);
  g_clear_pointer (&s->ats_history, g_array_unref);
  g_clear_pointer (&s->training_history, g_array_unref);
  g_clear_pointer (&s->started, g_hash_table_unref);
  g_free (s->insights);
  phoenix_sync_state_clear (&s->sync);
  g_free (s);
}

/* Computing (any thread) */

static GArray *
series_with_today (GArray  *history,
                   GDate   *today,
                   double   value)
{
  GArray *series = g_array_new (FALSE, FALSE, sizeof (PhoenixMetricPoint));
  PhoenixMetricPoint point = { g_date_get_julian (today), value };

  for (guint i = 0; history != NULL && i < history->len; i++)
    if (g_array_index (history, PhoenixMetricPoint, i).day < point.day)
      g_array_append_val (series, g_array_index (history, PhoenixMetricPoint, i));
  if (value >= 0)
    g_array_append_val (series, point);
  return series;
}

/* Weekly points from the first application (at most the history's length) to today. */
static void
application_series (PhoenixOverviewSnapshot *s,
                    PhoenixOverview         *o)
{
  GArray *apps = s->applications;
  guint32 today = g_date_get_julian (&s->today);
  guint32 first_day, day;
  guint sent = 0, answered = 0;
  guint index = 0;
  g_autoptr(GArray) answers = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint answer_index = 0;
  GDate date;

  o->sent_series = g_array_new (FALSE, FALSE, sizeof (PhoenixMetricPoint));
  o->response_series = g_array_new (FALSE, FALSE, sizeof (PhoenixMetricPoint));
  if (apps->len == 0)
    return;
  for (guint i = 0; i < apps->len; i++)
    if (g_array_index (apps, SentApplication, i).answered_at > 0)
      g_array_append_val (answers, g_array_index (apps, SentApplication, i).answered_at);
  g_array_sort (answers, compare_sent);  /* gint64 first: the same comparison */

  g_date_clear (&date, 1);
  g_date_set_time_t (&date, (time_t) g_array_index (apps, SentApplication, 0).sent_at);
  first_day = MAX (g_date_get_julian (&date), today > PHOENIX_OVERVIEW_HISTORY_DAYS ? today - PHOENIX_OVERVIEW_HISTORY_DAYS : 1);
  for (day = first_day; ; day = MIN (day + 7, today))
    {
      GDate end;
      gint64 limit;
      PhoenixMetricPoint point;

      g_date_clear (&end, 1);
      g_date_set_julian (&end, day + 1);
      /* Local midnight after @day. */
      {
        g_autoptr(GDateTime) midnight = g_date_time_new_local (g_date_get_year (&end), g_date_get_month (&end),
                                                               g_date_get_day (&end), 0, 0, 0);
        limit = g_date_time_to_unix (midnight);
      }
      while (index < apps->len && g_array_index (apps, SentApplication, index).sent_at < limit)
        {
          sent++;
          index++;
        }
      while (answer_index < answers->len && g_array_index (answers, gint64, answer_index) < limit)
        {
          answered++;
          answer_index++;
        }
      point.day = day;
      point.value = sent;
      g_array_append_val (o->sent_series, point);
      point.value = sent > 0 ? 100.0 * MIN (answered, sent) / sent : 0;
      g_array_append_val (o->response_series, point);
      if (day == today)
        break;
    }
}

static void
digest_add (GChecksum  *checksum,
            const char *text)
{
  g_checksum_update (checksum, (const guchar *) text, -1);
  g_checksum_update (checksum, (const guchar *) "\n", 1);
}

/* The truth's digest, leaving out the install id and the sector drawn: what would change what is sent. */
static char *
truth_digest (PhoenixContribution       *truth,
              const PhoenixSectorCounts *sectors)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  digest_add (checksum, phoenix_contribution_get_target (truth));
  for (PhoenixContributionField f = PHOENIX_CONTRIBUTION_ORIGIN; f <= PHOENIX_CONTRIBUTION_OUTCOME; f++)
    digest_add (checksum, phoenix_contribution_get_value (truth, f));
  for (guint i = 0; i < PHOENIX_ANONYMISER_N_SECTORS; i++)
    {
      digest_add (checksum, phoenix_contribution_count_bucket (sectors[i].applications));
      digest_add (checksum, phoenix_contribution_count_bucket (sectors[i].responses));
      digest_add (checksum, phoenix_contribution_count_bucket (sectors[i].interviews));
    }
  for (PhoenixContributionSet set = 0; set < PHOENIX_CONTRIBUTION_N_SETS; set++)
    {
      GPtrArray *ids = phoenix_contribution_get_set (truth, set);

      digest_add (checksum, "--");
      for (guint i = 0; i < ids->len; i++)
        digest_add (checksum, g_ptr_array_index (ids, i));
    }
  return g_strdup (g_checksum_get_string (checksum));
}

static char **
catalogue_ids (PhoenixTrainingCatalogue *catalogue)
{
  GListModel *modules = phoenix_training_catalogue_get_modules (catalogue);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(PhoenixTrainingModule) module = g_list_model_get_item (modules, i);

      g_strv_builder_add (builder, phoenix_training_module_get_id (module));
    }
  return g_strv_builder_end (builder);
}

static void
build_contribution (PhoenixOverviewSnapshot  *s,
                    PhoenixOverview          *o,
                    PhoenixTaxonomy          *taxonomy,
                    PhoenixSkillEvidence     *evidence,
                    int                       best_target_ats,
                    GPtrArray                *asked,
                    GRand                    *rand)
{
  g_autoptr(PhoenixTrainingCatalogue) starter = phoenix_training_catalogue_new_starter (taxonomy, NULL);
  g_auto(GStrv) ids = starter != NULL ? catalogue_ids (starter) : NULL;
  g_auto(GStrv) touched = phoenix_training_progress_list_touched (s->progress);
  g_autoptr(GStrvBuilder) done = g_strv_builder_new ();
  g_auto(GStrv) done_ids = NULL;
  PhoenixAnonymiserInput input = { 0 };

  for (guint i = 0; touched != NULL && touched[i] != NULL; i++)
    if (phoenix_training_progress_get_status (s->progress, touched[i]) == PHOENIX_MODULE_DONE)
      g_strv_builder_add (done, touched[i]);
  done_ids = g_strv_builder_end (done);

  g_ptr_array_add (asked, NULL);
  input.profile = s->profile;
  input.evidence = evidence;
  input.target = o->target_code;
  input.best_ats = best_target_ats;
  input.skills_asked = (const char * const *) asked->pdata;
  memcpy (input.sectors, s->sectors, sizeof input.sectors);
  input.modules_done = (const char * const *) done_ids;
  input.outcome = *s->sync.outcome != '\0' ? s->sync.outcome : s->offers > 0 ? "hired" : "in-progress";

  o->truth = phoenix_anonymiser_build_truth (&input, *s->sync.install != '\0' ? s->sync.install : NULL, rand, NULL);
  g_ptr_array_remove_index (asked, asked->len - 1);
  if (o->truth == NULL)
    return;
  o->payload = phoenix_contribution_randomize (o->truth, taxonomy, (const char * const *) ids, rand);
  o->digest = truth_digest (o->truth, s->sectors);
  o->changed = g_strcmp0 (o->digest, s->sync.last_digest) != 0;
}

PhoenixOverview *
phoenix_overview_compute (PhoenixOverviewSnapshot *s,
                          PhoenixTaxonomy         *taxonomy,
                          const char              *language,
                          GRand                   *rand)
{
  g_autoptr(PhoenixOverview) o = g_new0 (PhoenixOverview, 1);
  g_autoptr(PhoenixAgentInput) input = phoenix_agent_input_new ();
  g_autoptr(PhoenixSkillExtractor) extractor = NULL;
  g_autoptr(PhoenixTrainingCatalogue) catalogue = NULL;
  g_autoptr(PhoenixTrainingAnalysis) analysis = NULL;
  g_autoptr(PhoenixInsights) insights = NULL;
  g_autoptr(GPtrArray) asked = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) own_rand = NULL;
  PhoenixSkillGap *gap;
  PhoenixTrainingPath *path;
  const char *target;
  int best_target_ats = -1;
  guint order[PHOENIX_ANONYMISER_N_SECTORS];

  g_return_val_if_fail (s != NULL, NULL);
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (taxonomy), NULL);

  if (rand == NULL)
    rand = own_rand = phoenix_anonymiser_new_rand ();
  o->consent = s->sync.consent;
  o->cv_completeness = (int) phoenix_completeness_compute (s->profile, NULL);

  /* The best ATS score over the saved offers; the target's offers also give the skills they ask for. */
  extractor = phoenix_skill_extractor_new (taxonomy);
  target = phoenix_training_progress_get_active_target (s->progress);
  o->best_ats = -1;
  for (guint i = 0; i < s->offer_rows->len; i++)
    {
      PhoenixJobOfferRow *row = g_ptr_array_index (s->offer_rows, i);
      g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_row_build (row, extractor);
      g_autoptr(PhoenixAtsReport) report = phoenix_ats_score_profile (extractor, s->profile, offer);
      int score = (int) phoenix_ats_report_get_score (report);

      o->best_ats = MAX (o->best_ats, score);
      if (target != NULL && *target != '\0' && g_strcmp0 (phoenix_job_offer_row_get_occupation (row), target) == 0)
        {
          GArray *skills = phoenix_job_offer_get_skills (offer);

          best_target_ats = MAX (best_target_ats, score);
          for (guint j = 0; j < skills->len; j++)
            {
              const char *id = phoenix_taxonomy_get_skill_id (taxonomy, g_array_index (skills, PhoenixOfferSkill, j).skill);

              if (!g_ptr_array_find_with_equal_func (asked, id, g_str_equal, NULL))
                g_ptr_array_add (asked, g_strdup (id));
            }
        }
    }

  o->sent = s->sent;
  o->responses = s->responses;
  o->interviews = s->interviews;
  o->response_rate = s->sent > 0 ? (double) s->responses / s->sent : 0;

  /* The active target's gap and path, as the Training page computes them. */
  catalogue = phoenix_training_catalogue_new_starter (taxonomy, NULL);
  if (catalogue == NULL)
    catalogue = phoenix_training_catalogue_new ();
  {
    GPtrArray *own = phoenix_training_progress_get_modules (s->progress);

    for (guint i = 0; i < own->len; i++)
      phoenix_training_catalogue_add (catalogue, g_ptr_array_index (own, i));
  }
  analysis = phoenix_training_analysis_new (taxonomy, s->profile, catalogue, s->progress, target, language, 0);
  gap = phoenix_training_analysis_get_gap (analysis);
  path = phoenix_training_analysis_get_path (analysis);
  o->training_percent = -1;
  if (gap != NULL)
    {
      guint occupation = phoenix_skill_gap_get_occupation (gap);
      GListModel *missing = phoenix_skill_gap_get_missing (gap);

      o->target_code = g_strdup (phoenix_skill_gap_get_code (gap));
      o->target_label = g_strdup (phoenix_taxonomy_get_occupation_label (taxonomy, occupation, language));
      input->target_code = g_strdup (o->target_code);
      input->target_label = g_strdup (o->target_label);
      input->skill_coverage = phoenix_skill_gap_get_have_share (gap);
      for (guint i = 0; i < g_list_model_get_n_items (missing); i++)
        {
          g_autoptr(PhoenixGapItem) item = g_list_model_get_item (missing, i);

          phoenix_agent_input_add_item (input->missing_skills, phoenix_gap_item_get_id (item),
                                        phoenix_gap_item_get_label (item));
        }
      o->training_percent = g_list_model_get_n_items (missing) == 0 ? 100 : 0;
    }
  if (path != NULL)
    {
      GListModel *steps = phoenix_training_path_get_steps (path);
      guint total = phoenix_training_path_get_total_hours (path);

      o->modules_total = g_list_model_get_n_items (steps);
      for (guint i = 0; i < o->modules_total; i++)
        {
          g_autoptr(PhoenixPathStep) step = g_list_model_get_item (steps, i);
          PhoenixTrainingModule *module = phoenix_path_step_get_module (step);

          o->hours_logged += phoenix_path_step_get_hours_logged (step);
          if (phoenix_path_step_get_status (step) == PHOENIX_MODULE_DONE)
            o->modules_done++;
          else
            phoenix_agent_input_add_item (input->path, phoenix_training_module_get_id (module),
                                          phoenix_training_module_get_title (module, language));
        }
      if (total > 0)
        o->training_percent = (int) round (100.0 * (total - phoenix_training_path_get_remaining_hours (path)) / total);
    }
  input->modules_done = o->modules_done;

  /* A module started and untouched for PHOENIX_AGENT_STALLED_DAYS. */
  {
    GHashTableIter iter;
    gpointer key, value;
    guint worst = 0;

    g_hash_table_iter_init (&iter, s->started);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        GDate last;
        guint idle;
        PhoenixTrainingModule *module;

        if (!phoenix_training_parse_day (value, &last))
          continue;
        idle = g_date_days_between (&last, &s->today) > 0 ? (guint) g_date_days_between (&last, &s->today) : 0;
        module = phoenix_training_catalogue_lookup (catalogue, key);
        if (idle >= PHOENIX_AGENT_STALLED_DAYS && idle > worst && module != NULL)
          {
            worst = idle;
            g_free (input->stalled_module);
            input->stalled_module = g_strdup (phoenix_training_module_get_title (module, language));
            input->stalled_days = idle;
          }
      }
  }

  input->cv_completeness = o->cv_completeness;
  input->best_ats = o->best_ats;
  input->sent = s->sent;
  input->responses = s->responses;
  input->interviews = s->interviews;
  input->follow_ups_due = s->follow_ups_due;
  for (guint i = 0; i < PHOENIX_ANONYMISER_N_SECTORS; i++)
    order[i] = i;
  for (guint i = 0; i < PHOENIX_ANONYMISER_N_SECTORS; i++)
    for (guint j = i + 1; j < PHOENIX_ANONYMISER_N_SECTORS; j++)
      if (s->sectors[order[j]].applications > s->sectors[order[i]].applications)
        {
          guint t = order[i];
          order[i] = order[j];
          order[j] = t;
        }
  for (guint i = 0; i < PHOENIX_ANONYMISER_N_SECTORS && s->sectors[order[i]].applications > 0; i++)
    g_ptr_array_add (input->sectors, g_strdup_printf ("%c", 'A' + order[i]));

  if (s->insights != NULL)
    insights = phoenix_insights_new_from_json (s->insights, -1, NULL);

  /* The contribution: its buckets also feed the success estimate. */
  build_contribution (s, o, taxonomy, phoenix_training_analysis_get_evidence (analysis), best_target_ats, asked, rand);
  if (o->truth != NULL)
    {
      input->years_bucket = phoenix_contribution_get_value (o->truth, PHOENIX_CONTRIBUTION_YEARS);
      input->education_bucket = phoenix_contribution_get_value (o->truth, PHOENIX_CONTRIBUTION_EDUCATION);
    }
  o->advice = phoenix_agent_advise (input, insights);

  o->cv_series = series_with_today (s->cv_history, &s->today, o->cv_completeness);
  o->ats_series = series_with_today (s->ats_history, &s->today, o->best_ats);
  o->training_series = series_with_today (s->training_history, &s->today, o->training_percent);
  application_series (s, o);

  return g_steal_pointer (&o);
}

typedef struct
{
  PhoenixOverviewSnapshot *snapshot;
  PhoenixTaxonomy         *taxonomy;
  char                    *language;
} ComputeData;

static void
compute_data_free (ComputeData *data)
{
  phoenix_overview_snapshot_free (data->snapshot);
  g_clear_object (&data->taxonomy);
  g_free (data->language);
  g_free (data);
}

static void
compute_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ComputeData *data = task_data;

  g_task_return_pointer (task, phoenix_overview_compute (data->snapshot, data->taxonomy, data->language, NULL),
                         (GDestroyNotify) phoenix_overview_free);
}

void
phoenix_overview_compute_async (PhoenixOverviewSnapshot *snapshot,
                                PhoenixTaxonomy         *taxonomy,
                                const char              *language,
                                GCancellable            *cancellable,
                                GAsyncReadyCallback      callback,
                                gpointer                 user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  ComputeData *data = g_new0 (ComputeData, 1);

  data->snapshot = snapshot;
  data->taxonomy = g_object_ref (taxonomy);
  data->language = g_strdup (language);
  g_task_set_task_data (task, data, (GDestroyNotify) compute_data_free);
  g_task_set_source_tag (task, phoenix_overview_compute_async);
  g_task_set_return_on_cancel (task, TRUE);
  g_task_run_in_thread (task, compute_thread);
}

PhoenixOverview *
phoenix_overview_compute_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
phoenix_overview_record (PhoenixOverview  *o,
                         PhoenixVault     *vault,
                         GDate            *today,
                         GError          **error)
{
  const char *metrics[5];
  double values[5];
  guint n = 0;
  char day[16];
  GDate date;

  g_return_val_if_fail (o != NULL, FALSE);

  if (today == NULL)
    {
      g_date_clear (&date, 1);
      g_date_set_time_t (&date, time (NULL));
      today = &date;
    }
  g_date_strftime (day, sizeof day, "%Y-%m-%d", today);
  metrics[n] = "cv", values[n++] = o->cv_completeness;
  if (o->best_ats >= 0)
    metrics[n] = "ats", values[n++] = o->best_ats;
  metrics[n] = "sent", values[n++] = o->sent;
  metrics[n] = "response", values[n++] = 100.0 * o->response_rate;
  if (o->training_percent >= 0)
    metrics[n] = "training", values[n++] = o->training_percent;

  return phoenix_metric_history_record_day (vault, day, metrics, values, n, error);
}

void
phoenix_overview_free (PhoenixOverview *o)
{
  if (o == NULL)
    return;
  g_free (o->target_code);
  g_free (o->target_label);
  g_clear_pointer (&o->cv_series, g_array_unref);
  g_clear_pointer (&o->ats_series, g_array_unref);
  g_clear_pointer (&o->sent_series, g_array_unref);
  g_clear_pointer (&o->response_series, g_array_unref);
  g_clear_pointer (&o->training_series, g_array_unref);
  g_clear_pointer (&o->advice, phoenix_advice_free);
  g_clear_object (&o->truth);
  g_clear_object (&o->payload);
  g_free (o->digest);
  g_free (o);
}
