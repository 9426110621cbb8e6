/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-access-route.h"
#include "phoenix-target-suggestion.h"
#include "phoenix-training-path.h"

G_BEGIN_DECLS

/*
 * Everything the Training page shows for one state of the profile, the
 * catalogue and the progress: what the CV proves, the suggested targets, and
 * for the active target its gap, its path and how people get there. Built in
 * a worker thread from snapshots taken on the calling thread (a copy of the
 * profile, of the catalogue's module list and of the progress), with the
 * worker's own skill extractor, so the main thread never waits and never
 * shares a mutable object with it. GTK-free.
 */

#define PHOENIX_TYPE_TRAINING_ANALYSIS (phoenix_training_analysis_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixTrainingAnalysis, phoenix_training_analysis, PHOENIX, TRAINING_ANALYSIS, GObject)

/*
 * @target: the ROME code to analyse, NULL or "" for none; @max_suggestions: how
 * many targets to suggest (0: none). Labels in @language ("fr" or "en").
 */
PhoenixTrainingAnalysis *phoenix_training_analysis_new          (PhoenixTaxonomy          *taxonomy,
                                                                 PhoenixProfile           *profile,
                                                                 PhoenixTrainingCatalogue *catalogue,
                                                                 PhoenixTrainingProgress  *progress,
                                                                 const char               *target,
                                                                 const char               *language,
                                                                 guint                     max_suggestions);
void                     phoenix_training_analysis_new_async    (PhoenixTaxonomy          *taxonomy,
                                                                 PhoenixProfile           *profile,
                                                                 PhoenixTrainingCatalogue *catalogue,
                                                                 PhoenixTrainingProgress  *progress,
                                                                 const char               *target,
                                                                 const char               *language,
                                                                 guint                     max_suggestions,
                                                                 GCancellable             *cancellable,
                                                                 GAsyncReadyCallback       callback,
                                                                 gpointer                  user_data);
PhoenixTrainingAnalysis *phoenix_training_analysis_new_finish   (GAsyncResult             *result,
                                                                 GError                  **error);

PhoenixSkillEvidence    *phoenix_training_analysis_get_evidence (PhoenixTrainingAnalysis *self);
/* GListModel of PhoenixTargetSuggestion, best first (empty when none were asked). */
GListModel              *phoenix_training_analysis_get_suggestions (PhoenixTrainingAnalysis *self);
/* The target's; NULL when there is none or its code is unknown. */
PhoenixSkillGap         *phoenix_training_analysis_get_gap      (PhoenixTrainingAnalysis *self);
PhoenixTrainingPath     *phoenix_training_analysis_get_path     (PhoenixTrainingAnalysis *self);
PhoenixAccessRoute      *phoenix_training_analysis_get_access   (PhoenixTrainingAnalysis *self);
/* The code analysed ("" when none). */
const char              *phoenix_training_analysis_get_target   (PhoenixTrainingAnalysis *self);

G_END_DECLS
