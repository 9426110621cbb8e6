/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "phoenix-skill-evidence.h"

G_BEGIN_DECLS

/*
 * Target occupations Phoenix suggests for a profile, best first. Two reasons
 * make an occupation a candidate:
 *   - ROME's mobilités from the user's own occupations (the titles of the
 *     current and past jobs, phoenix_skill_evidence_get_occupations()): a move
 *     from the current job weighs 1, from the latest past job 0.8, then 0.1
 *     less per older job (at least 0.4); ROME's first-listed move keeps the
 *     whole weight, its last-listed half of it;
 *   - skill overlap: the share of the occupation's core skills the CV has
 *     ("have", see phoenix-skill-evidence.h; the essential skills when the
 *     fiche has no core).
 * score = 0.55 × (have + partly / 2) / (n_core + 2) + 0.45 × mobility: the
 * share shrunk by two so that a fiche of two core skills, one of them team
 * work, does not outrank real neighbours (the reported have_share is not
 * shrunk). The user's
 * own occupations are left out; an occupation needs a mobility or a share of
 * at least a quarter. GTK-free.
 */

#define PHOENIX_TYPE_TARGET_SUGGESTION (phoenix_target_suggestion_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixTargetSuggestion, phoenix_target_suggestion, PHOENIX, TARGET_SUGGESTION, GObject)

guint       phoenix_target_suggestion_get_occupation  (PhoenixTargetSuggestion *self);
const char *phoenix_target_suggestion_get_code        (PhoenixTargetSuggestion *self);
const char *phoenix_target_suggestion_get_label       (PhoenixTargetSuggestion *self);
/* Share (0–1) of the core skills the CV has, partly ones counting half: phoenix_skill_gap_get_have_share(). */
double      phoenix_target_suggestion_get_have_share  (PhoenixTargetSuggestion *self);
guint       phoenix_target_suggestion_get_n_core      (PhoenixTargetSuggestion *self);
guint       phoenix_target_suggestion_get_n_core_have (PhoenixTargetSuggestion *self);
guint       phoenix_target_suggestion_get_n_core_partly (PhoenixTargetSuggestion *self);
/* The mobility part of the score (0–1), 0 when no own occupation leads there. */
double      phoenix_target_suggestion_get_mobility    (PhoenixTargetSuggestion *self);
double      phoenix_target_suggestion_get_score       (PhoenixTargetSuggestion *self);
/* Why it is suggested, translated. */
const char *phoenix_target_suggestion_get_why         (PhoenixTargetSuggestion *self);

/* Share of @occupation's core skills @evidence shows (partly: half); the counts may be NULL. */
double      phoenix_target_core_share                 (PhoenixSkillEvidence    *evidence,
                                                       guint                    occupation,
                                                       guint                   *n_core,
                                                       guint                   *n_have,
                                                       guint                   *n_partly);
/*
 * Every candidate occupation ranked (PhoenixTargetSuggestion), at most
 * @max_results (0: all); labels in @language.
 */
GPtrArray  *phoenix_target_suggestions_compute        (PhoenixSkillEvidence    *evidence,
                                                       const char              *language,
                                                       guint                    max_results);

G_END_DECLS
