/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-path-planner.h"
#include "phoenix-skill-gap.h"
#include "phoenix-training-catalogue.h"
#include "phoenix-training-progress.h"

G_BEGIN_DECLS

/*
 * The path to a target: the modules of the catalogue that cover the gap's
 * missing skills (phoenix_skill_gap_get_path_skills()) with the fewest hours
 * (phoenix-path-planner.h), prerequisites first, each step saying which
 * missing skills it covers, and dated from the weekly hours: a step ends
 * when the hours still to do up to it are spent at that pace from @today.
 * Started and done modules that bear on the target stay in (a started one
 * costs its hours not yet logged, a done one nothing). Skills no module
 * covers are listed apart. Built anew whenever the target, the profile or
 * the progress changes. GTK-free.
 */

#define PHOENIX_TYPE_PATH_STEP (phoenix_path_step_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixPathStep, phoenix_path_step, PHOENIX, PATH_STEP, GObject)

PhoenixTrainingModule *phoenix_path_step_get_module      (PhoenixPathStep *self);
/* The missing skills it covers (guint taxonomy indexes) and their labels. */
GArray                *phoenix_path_step_get_covers      (PhoenixPathStep *self);
const char * const    *phoenix_path_step_get_cover_labels (PhoenixPathStep *self);
PhoenixModuleStatus    phoenix_path_step_get_status      (PhoenixPathStep *self);
double                 phoenix_path_step_get_hours_logged (PhoenixPathStep *self);
/* Hours still to do (0 when done). */
double                 phoenix_path_step_get_remaining   (PhoenixPathStep *self);
/* YYYY-MM-DD: when it was done, or when it should be at the weekly pace. */
const char            *phoenix_path_step_get_end_date    (PhoenixPathStep *self);

#define PHOENIX_TYPE_TRAINING_PATH (phoenix_training_path_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixTrainingPath, phoenix_training_path, PHOENIX, TRAINING_PATH, GObject)

/*
 * @progress may be NULL (nothing started, 6 hours a week, no deadline);
 * @today NULL: today. Module titles and skill labels in @language.
 */
PhoenixTrainingPath *phoenix_training_path_new             (PhoenixTrainingCatalogue *catalogue,
                                                            PhoenixSkillGap          *gap,
                                                            PhoenixTrainingProgress  *progress,
                                                            const char               *language,
                                                            GDate                    *today,
                                                            PhoenixPathStrategy       strategy);
/* GListModel of PhoenixPathStep, in order. */
GListModel          *phoenix_training_path_get_steps       (PhoenixTrainingPath *self);
/* Missing skills no module of the catalogue covers (guint taxonomy indexes). */
GArray              *phoenix_training_path_get_uncoverable (PhoenixTrainingPath *self);
/* Hours of every step, and the hours still to do. */
guint                phoenix_training_path_get_total_hours (PhoenixTrainingPath *self);
double               phoenix_training_path_get_remaining_hours (PhoenixTrainingPath *self);
/* YYYY-MM-DD the last step should end, "" when nothing is left to do. */
const char          *phoenix_training_path_get_end_date    (PhoenixTrainingPath *self);
double               phoenix_training_path_get_hours_per_week (PhoenixTrainingPath *self);
/* The deadline ("" when none), whether the end comes by then, and the weekly hours that would make it. */
const char          *phoenix_training_path_get_deadline    (PhoenixTrainingPath *self);
gboolean             phoenix_training_path_get_on_time     (PhoenixTrainingPath *self);
double               phoenix_training_path_get_needed_hours_per_week (PhoenixTrainingPath *self);
/* The plan was proved to be of the fewest hours. */
gboolean             phoenix_training_path_get_exact       (PhoenixTrainingPath *self);

G_END_DECLS
