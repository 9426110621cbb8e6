/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-training-analysis"

#include "config.h"

#include "phoenix-json-resume.h"
#include "phoenix-training-analysis.h"

struct _PhoenixTrainingAnalysis
{
  GObject               parent_instance;

  char                 *target;
  PhoenixSkillEvidence *evidence;
  GListStore           *suggestions;
  PhoenixSkillGap      *gap;
  PhoenixTrainingPath  *path;
  PhoenixAccessRoute   *access;
};

G_DEFINE_FINAL_TYPE (PhoenixTrainingAnalysis, phoenix_training_analysis, G_TYPE_OBJECT)

typedef struct
{
  PhoenixTaxonomy          *taxonomy;
  PhoenixProfile           *profile;
  PhoenixTrainingCatalogue *catalogue;
  PhoenixTrainingProgress  *progress;
  char                     *target;
  char                     *language;
  guint                     max_suggestions;
} Snapshot;

static void
free_snapshot (gpointer data)
{
  Snapshot *snapshot = data;

  g_clear_object (&snapshot->taxonomy);
  g_clear_object (&snapshot->profile);
  g_clear_object (&snapshot->catalogue);
  g_clear_object (&snapshot->progress);
  g_free (snapshot->target);
  g_free (snapshot->language);
  g_free (snapshot);
}

static void
phoenix_training_analysis_finalize (GObject *object)
{
  PhoenixTrainingAnalysis *self = PHOENIX_TRAINING_ANALYSIS (object);

  g_free (self->target);
  g_clear_object (&self->evidence);
  g_clear_object (&self->suggestions);
  g_clear_object (&self->gap);
  g_clear_object (&self->path);
  g_clear_object (&self->access);

  G_OBJECT_CLASS (phoenix_training_analysis_parent_class)->finalize (object);
}

static void
phoenix_training_analysis_class_init (PhoenixTrainingAnalysisClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_training_analysis_finalize;
}

static void
phoenix_training_analysis_init (PhoenixTrainingAnalysis *self)
{
  self->suggestions = g_list_store_new (PHOENIX_TYPE_TARGET_SUGGESTION);
}

/* The work itself, on objects no other thread touches. */
static PhoenixTrainingAnalysis *
analyse (Snapshot *snapshot)
{
  PhoenixTrainingAnalysis *self = g_object_new (PHOENIX_TYPE_TRAINING_ANALYSIS, NULL);
  g_autoptr(PhoenixSkillExtractor) extractor = phoenix_skill_extractor_new (snapshot->taxonomy);
  guint occupation;

  self->target = g_strdup (snapshot->target != NULL ? snapshot->target : "");
  self->evidence = phoenix_skill_evidence_new (extractor, snapshot->profile);
  if (snapshot->max_suggestions > 0)
    {
      g_autoptr(GPtrArray) suggestions = phoenix_target_suggestions_compute (self->evidence, snapshot->language,
                                                                           snapshot->max_suggestions);

      g_list_store_splice (self->suggestions, 0, 0, suggestions->pdata, suggestions->len);
    }
  if (*self->target != '\0' && phoenix_taxonomy_lookup_occupation (snapshot->taxonomy, self->target, &occupation))
    {
      self->gap = phoenix_skill_gap_new (self->evidence, occupation, snapshot->language);
      self->path = phoenix_training_path_new (snapshot->catalogue, self->gap, snapshot->progress, snapshot->language,
                                              NULL, PHOENIX_PATH_STRATEGY_AUTO);
      self->access = phoenix_access_route_new (phoenix_taxonomy_get_occupation_access (snapshot->taxonomy, occupation));
      phoenix_access_route_find_held (self->access, phoenix_skill_evidence_get_credentials_text (self->evidence));
    }

  return self;
}

static Snapshot *
take_snapshot (PhoenixTaxonomy          *taxonomy,
               PhoenixProfile           *profile,
               PhoenixTrainingCatalogue *catalogue,
               PhoenixTrainingProgress  *progress,
               const char               *target,
               const char               *language,
               guint                     max_suggestions)
{
  Snapshot *snapshot = g_new0 (Snapshot, 1);

  snapshot->taxonomy = g_object_ref (taxonomy);
  snapshot->profile = phoenix_profile_new ();
  phoenix_profile_copy_into (profile, snapshot->profile);
  snapshot->catalogue = phoenix_training_catalogue_copy (catalogue);
  snapshot->progress = progress != NULL ? phoenix_training_progress_copy (progress) : phoenix_training_progress_new (NULL);
  snapshot->target = g_strdup (target);
  snapshot->language = g_strdup (language);
  snapshot->max_suggestions = max_suggestions;

  return snapshot;
}

PhoenixTrainingAnalysis *
phoenix_training_analysis_new (PhoenixTaxonomy          *taxonomy,
                               PhoenixProfile           *profile,
                               PhoenixTrainingCatalogue *catalogue,
                               PhoenixTrainingProgress  *progress,
                               const char               *target,
                               const char               *language,
                               guint                     max_suggestions)
{
  Snapshot *snapshot;
  PhoenixTrainingAnalysis *self;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (taxonomy), NULL);
  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (PHOENIX_IS_TRAINING_CATALOGUE (catalogue), NULL);

  snapshot = take_snapshot (taxonomy, profile, catalogue, progress, target, language, max_suggestions);
  self = analyse (snapshot);
  free_snapshot (snapshot);

  return self;
}

static void
analyse_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PhoenixTrainingAnalysis *self;

  if (g_task_return_error_if_cancelled (task))
    return;
  self = analyse (task_data);
  if (g_task_return_error_if_cancelled (task))
    {
      g_object_unref (self);
      return;
    }
  g_task_return_pointer (task, self, g_object_unref);
}

void
phoenix_training_analysis_new_async (PhoenixTaxonomy          *taxonomy,
                                     PhoenixProfile           *profile,
                                     PhoenixTrainingCatalogue *catalogue,
                                     PhoenixTrainingProgress  *progress,
                                     const char               *target,
                                     const char               *language,
                                     guint                     max_suggestions,
                                     GCancellable             *cancellable,
                                     GAsyncReadyCallback       callback,
                                     gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PHOENIX_IS_TAXONOMY (taxonomy));
  g_return_if_fail (PHOENIX_IS_PROFILE (profile));
  g_return_if_fail (PHOENIX_IS_TRAINING_CATALOGUE (catalogue));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, phoenix_training_analysis_new_async);
  g_task_set_task_data (task, take_snapshot (taxonomy, profile, catalogue, progress, target, language,
                                             max_suggestions), free_snapshot);
  g_task_run_in_thread (task, analyse_thread);
}

PhoenixTrainingAnalysis *
phoenix_training_analysis_new_finish (GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

PhoenixSkillEvidence *
phoenix_training_analysis_get_evidence (PhoenixTrainingAnalysis *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_ANALYSIS (self), NULL);
  return self->evidence;
}

GListModel *
phoenix_training_analysis_get_suggestions (PhoenixTrainingAnalysis *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_ANALYSIS (self), NULL);
  return G_LIST_MODEL (self->suggestions);
}

PhoenixSkillGap *
phoenix_training_analysis_get_gap (PhoenixTrainingAnalysis *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_ANALYSIS (self), NULL);
  return self->gap;
}

PhoenixTrainingPath *
phoenix_training_analysis_get_path (PhoenixTrainingAnalysis *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_ANALYSIS (self), NULL);
  return self->path;
}

PhoenixAccessRoute *
phoenix_training_analysis_get_access (PhoenixTrainingAnalysis *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_ANALYSIS (self), NULL);
  return self->access;
}

const char *
phoenix_training_analysis_get_target (PhoenixTrainingAnalysis *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_ANALYSIS (self), NULL);
  return self->target;
}
