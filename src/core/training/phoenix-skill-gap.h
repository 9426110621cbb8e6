/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-skill-evidence.h"

G_BEGIN_DECLS

/*
 * The skill gap between a profile and a target occupation: every skill the
 * taxonomy links to the occupation, grouped as have / partly / missing (see
 * phoenix-skill-evidence.h), each with where the CV proves it or why it
 * matters. Importance, from the taxonomy's links:
 *   core       ROME's coeur de métier for the occupation;
 *   essential  ROME's other skills of the fiche and ESCO's essential skills;
 *   tool       a tool used in the occupation's field (tools.tsv by domain);
 *   optional   ESCO's optional skills.
 * "missing" holds the core and essential skills the CV lacks: what a path
 * covers. Missing tools and optional skills are "nice to have": shown, never
 * chased (a path through every tool of a trade would be long and mostly
 * unneeded). ROME lists diplomas among a job's savoirs ("Licence mention
 * informatique", "Diplôme d'Etat d'infirmier"): a missing one is no skill to
 * learn but a way in, listed apart with "How people get there".
 *
 * The flywheel's insights hook: phoenix_skill_gap_set_frequency() gives a
 * skill the share of offers for the occupation that ask for it; items carry it
 * ("frequency", -1 when unknown), their why says it, and within an importance
 * the more frequent come first. GTK-free.
 */

typedef enum
{
  PHOENIX_GAP_IMPORTANCE_CORE,
  PHOENIX_GAP_IMPORTANCE_ESSENTIAL,
  PHOENIX_GAP_IMPORTANCE_TOOL,
  PHOENIX_GAP_IMPORTANCE_OPTIONAL,
} PhoenixGapImportance;

#define PHOENIX_TYPE_GAP_ITEM (phoenix_gap_item_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixGapItem, phoenix_gap_item, PHOENIX, GAP_ITEM, GObject)

guint                 phoenix_gap_item_get_skill      (PhoenixGapItem *self);
const char           *phoenix_gap_item_get_id         (PhoenixGapItem *self);
const char           *phoenix_gap_item_get_label      (PhoenixGapItem *self);
PhoenixGapImportance  phoenix_gap_item_get_importance (PhoenixGapItem *self);
PhoenixSkillOrigin    phoenix_gap_item_get_origin     (PhoenixGapItem *self);
PhoenixSkillStatus    phoenix_gap_item_get_status     (PhoenixGapItem *self);
const PhoenixSkillAssessment *phoenix_gap_item_get_assessment (PhoenixGapItem *self);
/* Where the CV proves it ("" when missing), translated. */
const char           *phoenix_gap_item_get_evidence   (PhoenixGapItem *self);
/* Why it matters for the occupation, translated. */
const char           *phoenix_gap_item_get_why        (PhoenixGapItem *self);
/* Share (0–1) of the occupation's offers that ask for it; -1 when unknown. */
double                phoenix_gap_item_get_frequency  (PhoenixGapItem *self);
/* A savoir naming a diploma or a title, not a skill. */
gboolean              phoenix_gap_item_get_is_diploma (PhoenixGapItem *self);

#define PHOENIX_TYPE_SKILL_GAP (phoenix_skill_gap_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixSkillGap, phoenix_skill_gap, PHOENIX, SKILL_GAP, GObject)

/* Skill labels in @language ("fr" or "en"); the messages follow the user interface's language. */
PhoenixSkillGap *phoenix_skill_gap_new            (PhoenixSkillEvidence *evidence,
                                                   guint                 occupation,
                                                   const char           *language);
PhoenixTaxonomy *phoenix_skill_gap_get_taxonomy   (PhoenixSkillGap      *self);
guint            phoenix_skill_gap_get_occupation (PhoenixSkillGap      *self);
const char      *phoenix_skill_gap_get_code       (PhoenixSkillGap      *self);
/* GListModels of PhoenixGapItem: most important first, then by label. */
GListModel      *phoenix_skill_gap_get_have       (PhoenixSkillGap      *self);
GListModel      *phoenix_skill_gap_get_partly     (PhoenixSkillGap      *self);
GListModel      *phoenix_skill_gap_get_missing    (PhoenixSkillGap      *self);
/* Missing tools of the field and optional skills. */
GListModel      *phoenix_skill_gap_get_nice_to_have (PhoenixSkillGap    *self);
/* Missing diplomas and titles ROME lists among the job's savoirs. */
GListModel      *phoenix_skill_gap_get_diplomas   (PhoenixSkillGap      *self);
/* The item of @skill, NULL when the occupation does not name it. */
PhoenixGapItem  *phoenix_skill_gap_lookup         (PhoenixSkillGap      *self,
                                                   guint                 skill);
/*
 * Share (0–1) of the occupation's core skills the CV has (of its essential ones
 * when it has none), one partly there counting half.
 */
double           phoenix_skill_gap_get_have_share (PhoenixSkillGap      *self);
guint            phoenix_skill_gap_get_n_core     (PhoenixSkillGap      *self);
guint            phoenix_skill_gap_get_n_core_have (PhoenixSkillGap     *self);
guint            phoenix_skill_gap_get_n_core_partly (PhoenixSkillGap   *self);
/* The skills a path should cover: the missing ones (guint taxonomy indexes, most important first). */
GArray          *phoenix_skill_gap_get_path_skills (PhoenixSkillGap     *self);
/* The flywheel's hook: @frequency (0–1) of offers for the occupation asking for @skill. */
void             phoenix_skill_gap_set_frequency  (PhoenixSkillGap      *self,
                                                   guint                 skill,
                                                   double                frequency);

G_END_DECLS
