/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-training-path"

#include "config.h"

#include <math.h>

#include "phoenix-training-path.h"

struct _PhoenixPathStep
{
  GObject                parent_instance;

  PhoenixTrainingModule *module;
  GArray                *covers;
  GPtrArray             *labels;     /* char *, NULL-terminated */
  PhoenixModuleStatus    status;
  double                 logged;
  double                 remaining;
  char                  *end_date;
};

G_DEFINE_FINAL_TYPE (PhoenixPathStep, phoenix_path_step, G_TYPE_OBJECT)

struct _PhoenixTrainingPath
{
  GObject     parent_instance;

  GListStore *steps;
  GArray     *uncoverable;
  guint       total_hours;
  double      remaining;
  char       *end_date;
  double      hours_per_week;
  char       *deadline;
  gboolean    on_time;
  double      needed_per_week;
  gboolean    exact;
};

G_DEFINE_FINAL_TYPE (PhoenixTrainingPath, phoenix_training_path, G_TYPE_OBJECT)

static void
phoenix_path_step_finalize (GObject *object)
{
  PhoenixPathStep *self = PHOENIX_PATH_STEP (object);

  g_clear_object (&self->module);
  g_array_unref (self->covers);
  g_ptr_array_unref (self->labels);
  g_free (self->end_date);

  G_OBJECT_CLASS (phoenix_path_step_parent_class)->finalize (object);
}

static void
phoenix_path_step_class_init (PhoenixPathStepClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_path_step_finalize;
}

static void
phoenix_path_step_init (PhoenixPathStep *self)
{
  self->covers = g_array_new (FALSE, FALSE, sizeof (guint));
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->end_date = g_strdup ("");
}

PhoenixTrainingModule *
phoenix_path_step_get_module (PhoenixPathStep *self)
{
  g_return_val_if_fail (PHOENIX_IS_PATH_STEP (self), NULL);
  return self->module;
}

GArray *
phoenix_path_step_get_covers (PhoenixPathStep *self)
{
  g_return_val_if_fail (PHOENIX_IS_PATH_STEP (self), NULL);
  return self->covers;
}

const char * const *
phoenix_path_step_get_cover_labels (PhoenixPathStep *self)
{
  g_return_val_if_fail (PHOENIX_IS_PATH_STEP (self), NULL);
  return (const char * const *) self->labels->pdata;
}

PhoenixModuleStatus
phoenix_path_step_get_status (PhoenixPathStep *self)
{
  g_return_val_if_fail (PHOENIX_IS_PATH_STEP (self), PHOENIX_MODULE_PLANNED);
  return self->status;
}

double
phoenix_path_step_get_hours_logged (PhoenixPathStep *self)
{
  g_return_val_if_fail (PHOENIX_IS_PATH_STEP (self), 0.0);
  return self->logged;
}

double
phoenix_path_step_get_remaining (PhoenixPathStep *self)
{
  g_return_val_if_fail (PHOENIX_IS_PATH_STEP (self), 0.0);
  return self->remaining;
}

const char *
phoenix_path_step_get_end_date (PhoenixPathStep *self)
{
  g_return_val_if_fail (PHOENIX_IS_PATH_STEP (self), NULL);
  return self->end_date;
}

static void
phoenix_training_path_finalize (GObject *object)
{
  PhoenixTrainingPath *self = PHOENIX_TRAINING_PATH (object);

  g_clear_object (&self->steps);
  g_array_unref (self->uncoverable);
  g_free (self->end_date);
  g_free (self->deadline);

  G_OBJECT_CLASS (phoenix_training_path_parent_class)->finalize (object);
}

static void
phoenix_training_path_class_init (PhoenixTrainingPathClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_training_path_finalize;
}

static void
phoenix_training_path_init (PhoenixTrainingPath *self)
{
  self->steps = g_list_store_new (PHOENIX_TYPE_PATH_STEP);
  self->uncoverable = g_array_new (FALSE, FALSE, sizeof (guint));
  self->end_date = g_strdup ("");
  self->deadline = g_strdup ("");
  self->on_time = TRUE;
}

static char *
format_day (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

/* The day @hours of work end at @per_week hours a week from @today. */
static char *
day_after_hours (const GDate *today,
                 double       hours,
                 double       per_week)
{
  GDate date = *today;

  g_date_add_days (&date, (guint) ceil (hours / per_week * 7.0 - 1e-9));

  return format_day (&date);
}

typedef struct
{
  PhoenixTrainingModule *module;
  GArray                *covers;   /* positions in the path skills */
  PhoenixModuleStatus    status;
  double                 logged;
  double                 remaining;
} Candidate;

static void
clear_candidate (gpointer data)
{
  g_array_unref (((Candidate *) data)->covers);
}

PhoenixTrainingPath *
phoenix_training_path_new (PhoenixTrainingCatalogue *catalogue,
                           PhoenixSkillGap          *gap,
                           PhoenixTrainingProgress  *progress,
                           const char               *language,
                           GDate                    *today,
                           PhoenixPathStrategy       strategy)
{
  PhoenixTrainingPath *self;
  PhoenixTaxonomy *taxonomy;
  GListModel *modules;
  g_autoptr(GArray) skills = NULL;
  g_autoptr(GHashTable) skill_position = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) candidates = g_array_new (FALSE, TRUE, sizeof (Candidate));
  g_autoptr(GHashTable) candidate_of = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) pending = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PhoenixPathProblem) problem = NULL;
  g_autoptr(PhoenixPathSolution) solution = NULL;
  g_autofree gboolean *covered = NULL;
  const char *code;
  GDate start;
  double cumulated = 0.0;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_CATALOGUE (catalogue), NULL);
  g_return_val_if_fail (PHOENIX_IS_SKILL_GAP (gap), NULL);
  g_return_val_if_fail (progress == NULL || PHOENIX_IS_TRAINING_PROGRESS (progress), NULL);

  self = g_object_new (PHOENIX_TYPE_TRAINING_PATH, NULL);
  taxonomy = phoenix_skill_gap_get_taxonomy (gap);
  code = phoenix_skill_gap_get_code (gap);
  self->hours_per_week = progress != NULL ? phoenix_training_progress_get_hours_per_week (progress) : 6.0;
  g_free (self->deadline);
  self->deadline = g_strdup (progress != NULL ? phoenix_training_progress_get_deadline (progress) : "");
  if (today != NULL && g_date_valid (today))
    start = *today;
  else
    {
      g_autofree char *now = phoenix_training_today ();

      phoenix_training_parse_day (now, &start);
    }

  skills = phoenix_skill_gap_get_path_skills (gap);
  for (guint i = 0; i < skills->len; i++)
    g_hash_table_insert (skill_position, GUINT_TO_POINTER (g_array_index (skills, guint, i) + 1),
                         GUINT_TO_POINTER (i));

  /* Candidates: modules covering a missing skill, started or done ones bearing on the target, and
   * everything they need first. */
  modules = phoenix_training_catalogue_get_modules (catalogue);
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(PhoenixTrainingModule) module = g_list_model_get_item (modules, i);
      GArray *indexes = phoenix_training_module_get_skill_indexes (module, taxonomy);
      PhoenixModuleStatus status = progress != NULL ?
        phoenix_training_progress_get_status (progress, phoenix_training_module_get_id (module)) :
        PHOENIX_MODULE_PLANNED;
      gboolean relevant = FALSE;

      for (guint k = 0; k < indexes->len && !relevant; k++)
        {
          guint skill = g_array_index (indexes, guint, k);

          relevant = g_hash_table_contains (skill_position, GUINT_TO_POINTER (skill + 1)) ||
                     (status != PHOENIX_MODULE_PLANNED && phoenix_skill_gap_lookup (gap, skill) != NULL);
        }
      if (!relevant && status != PHOENIX_MODULE_PLANNED)
        relevant = g_strv_contains (phoenix_training_module_get_targets (module), code);
      if (relevant)
        g_ptr_array_add (pending, g_steal_pointer (&module));
    }
  for (guint i = 0; i < pending->len; i++)
    {
      PhoenixTrainingModule *module = g_ptr_array_index (pending, i);
      GArray *indexes = phoenix_training_module_get_skill_indexes (module, taxonomy);
      const char * const *needs = phoenix_training_module_get_prerequisites (module);
      const char *id = phoenix_training_module_get_id (module);
      Candidate candidate = { module, g_array_new (FALSE, FALSE, sizeof (guint)), PHOENIX_MODULE_PLANNED, 0, 0 };

      if (g_hash_table_contains (candidate_of, id))
        {
          g_array_unref (candidate.covers);
          continue;
        }
      for (guint k = 0; k < indexes->len; k++)
        {
          gpointer position;
          guint skill = g_array_index (indexes, guint, k);

          if (g_hash_table_lookup_extended (skill_position, GUINT_TO_POINTER (skill + 1), NULL, &position))
            {
              guint at = GPOINTER_TO_UINT (position);

              g_array_append_val (candidate.covers, at);
            }
        }
      if (progress != NULL)
        {
          candidate.status = phoenix_training_progress_get_status (progress, id);
          candidate.logged = phoenix_training_progress_get_hours_logged (progress, id);
        }
      candidate.remaining = candidate.status == PHOENIX_MODULE_DONE ? 0.0 :
        MAX (0.0, phoenix_training_module_get_hours (module) - candidate.logged);
      g_hash_table_insert (candidate_of, (gpointer) id, GUINT_TO_POINTER (candidates->len));
      g_array_append_val (candidates, candidate);
      for (guint k = 0; needs[k] != NULL; k++)
        {
          PhoenixTrainingModule *needed = phoenix_training_catalogue_lookup (catalogue, needs[k]);

          if (needed != NULL)
            g_ptr_array_add (pending, g_object_ref (needed));
        }
    }
  g_array_set_clear_func (candidates, clear_candidate);

  /* The planner's problem: positions as in candidates. */
  problem = phoenix_path_problem_new (skills->len);
  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, i);

      phoenix_path_problem_add_module (problem, (guint) ceil (candidate->remaining - 1e-9),
                                       (const guint *) candidate->covers->data, candidate->covers->len,
                                       candidate->status != PHOENIX_MODULE_PLANNED,
                                       candidate->status == PHOENIX_MODULE_DONE ? 0 :
                                       candidate->status == PHOENIX_MODULE_STARTED ? 1 : 2);
    }
  for (guint i = 0; i < candidates->len; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, i);
      const char * const *needs = phoenix_training_module_get_prerequisites (candidate->module);

      for (guint k = 0; needs[k] != NULL; k++)
        {
          gpointer position;

          if (g_hash_table_lookup_extended (candidate_of, needs[k], NULL, &position))
            phoenix_path_problem_add_prerequisite (problem, i, GPOINTER_TO_UINT (position));
        }
    }
  solution = phoenix_path_problem_solve (problem, strategy, 0);
  self->exact = solution->exact;

  /* Steps, dated at the weekly pace. */
  covered = g_new0 (gboolean, skills->len);
  for (guint i = 0; i < solution->modules->len; i++)
    {
      Candidate *candidate = &g_array_index (candidates, Candidate, g_array_index (solution->modules, guint, i));
      PhoenixPathStep *step = g_object_new (PHOENIX_TYPE_PATH_STEP, NULL);

      step->module = g_object_ref (candidate->module);
      step->status = candidate->status;
      step->logged = candidate->logged;
      step->remaining = candidate->remaining;
      for (guint k = 0; k < candidate->covers->len; k++)
        {
          guint position = g_array_index (candidate->covers, guint, k);
          guint skill = g_array_index (skills, guint, position);

          covered[position] = TRUE;
          g_array_append_val (step->covers, skill);
          g_ptr_array_add (step->labels, g_strdup (phoenix_taxonomy_get_skill_label (taxonomy, skill, language)));
        }
      g_ptr_array_add (step->labels, NULL);
      self->total_hours += phoenix_training_module_get_hours (candidate->module);
      cumulated += candidate->remaining;
      g_free (step->end_date);
      if (candidate->status == PHOENIX_MODULE_DONE && progress != NULL)
        step->end_date = g_strdup (phoenix_training_progress_get_done_on (progress,
                                                                          phoenix_training_module_get_id (candidate->module)));
      else
        step->end_date = day_after_hours (&start, cumulated, self->hours_per_week);
      g_list_store_append (self->steps, step);
      g_object_unref (step);
    }
  self->remaining = cumulated;
  g_free (self->end_date);
  self->end_date = cumulated > 0 ? day_after_hours (&start, cumulated, self->hours_per_week) : g_strdup ("");
  for (guint i = 0; i < skills->len; i++)
    {
      if (!covered[i])
        g_array_append_val (self->uncoverable, g_array_index (skills, guint, i));
    }

  if (*self->deadline != '\0' && cumulated > 0)
    {
      GDate deadline;

      if (phoenix_training_parse_day (self->deadline, &deadline))
        {
          int days = g_date_days_between (&start, &deadline);

          self->on_time = g_strcmp0 (self->end_date, self->deadline) <= 0;
          self->needed_per_week = days > 0 ? ceil (cumulated / (days / 7.0) * 2.0) / 2.0 : cumulated;
        }
    }

  return self;
}

GListModel *
phoenix_training_path_get_steps (PhoenixTrainingPath *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PATH (self), NULL);
  return G_LIST_MODEL (self->steps);
}

GArray *
phoenix_training_path_get_uncoverable (PhoenixTrainingPath *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PATH (self), NULL);
  return self->uncoverable;
}

guint
phoenix_training_path_get_total_hours (PhoenixTrainingPath *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PATH (self), 0);
  return self->total_hours;
}

double
phoenix_training_path_get_remaining_hours (PhoenixTrainingPath *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PATH (self), 0.0);
  return self->remaining;
}

const char *
phoenix_training_path_get_end_date (PhoenixTrainingPath *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PATH (self), NULL);
  return self->end_date;
}

double
phoenix_training_path_get_hours_per_week (PhoenixTrainingPath *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PATH (self), 0.0);
  return self->hours_per_week;
}

const char *
phoenix_training_path_get_deadline (PhoenixTrainingPath *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PATH (self), NULL);
  return self->deadline;
}

gboolean
phoenix_training_path_get_on_time (PhoenixTrainingPath *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PATH (self), TRUE);
  return self->on_time;
}

double
phoenix_training_path_get_needed_hours_per_week (PhoenixTrainingPath *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PATH (self), 0.0);
  return self->needed_per_week;
}

gboolean
phoenix_training_path_get_exact (PhoenixTrainingPath *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PATH (self), FALSE);
  return self->exact;
}
