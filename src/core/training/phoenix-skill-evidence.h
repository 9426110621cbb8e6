/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "phoenix-job-offer.h"
#include "phoenix-profile.h"
#include "phoenix-skill-extractor.h"

G_BEGIN_DECLS

/*
 * What a profile proves about each taxonomy skill, read once: the skills list
 * (names, keywords and taxonomy ids), certifications, experiences, projects,
 * volunteering, education, awards and publications through the skill
 * extractor (strong evidence), and the headline, summary and interests (a
 * mention in passing). A snapshot: build a new one when the profile changes.
 * A skill then assesses as:
 *   have    named in strong evidence, or proven by a more specific skill of the
 *           CV whose label holds all the words of its own ("Réaliser des soins
 *           infirmiers" proves "Soins infirmiers");
 *   partly  only at a beginner level in the skills list, only in passing, or a
 *           related skill (a CV skill sharing at least two and at least half of
 *           its significant words, in French or in English);
 *   missing otherwise.
 * Not thread-safe (assessments are cached); GTK-free.
 */

typedef enum
{
  PHOENIX_SKILL_STATUS_HAVE,
  PHOENIX_SKILL_STATUS_PARTLY,
  PHOENIX_SKILL_STATUS_MISSING,
} PhoenixSkillStatus;

typedef enum
{
  PHOENIX_PARTLY_NONE,
  PHOENIX_PARTLY_LOW_LEVEL,   /* listed at a beginner level */
  PHOENIX_PARTLY_IN_PASSING,  /* only in the headline, the summary or the interests */
  PHOENIX_PARTLY_RELATED,     /* a related skill of the CV */
} PhoenixPartlyReason;

/* Where the CV shows a skill, the strongest first. */
typedef enum
{
  PHOENIX_EVIDENCE_NONE,
  PHOENIX_EVIDENCE_CERTIFICATION,
  PHOENIX_EVIDENCE_EXPERIENCE,
  PHOENIX_EVIDENCE_SKILLS,
  PHOENIX_EVIDENCE_PROJECT,
  PHOENIX_EVIDENCE_VOLUNTEERING,
  PHOENIX_EVIDENCE_EDUCATION,
  PHOENIX_EVIDENCE_AWARD,
  PHOENIX_EVIDENCE_PUBLICATION,
  /* In passing: */
  PHOENIX_EVIDENCE_HEADLINE,
  PHOENIX_EVIDENCE_SUMMARY,
  PHOENIX_EVIDENCE_INTEREST,
} PhoenixEvidenceSection;

typedef struct
{
  PhoenixSkillStatus      status;
  PhoenixPartlyReason     reason;
  PhoenixEvidenceSection  section;  /* where the proof is */
  int                     entry;    /* its index in that list (0-based), -1 for the headline and summary */
  guint                   via;      /* the CV skill that proves it: the skill itself, a more specific or a
                                     * related one; G_MAXUINT when missing */
} PhoenixSkillAssessment;

/* One of the user's own occupations, from an experience's title (or the headline without experience). */
typedef struct
{
  guint    occupation;  /* taxonomy index */
  int      experience;  /* index in the profile's experiences, -1 for the headline */
  gboolean current;     /* the latest or a current job */
} PhoenixOwnOccupation;

#define PHOENIX_TYPE_SKILL_EVIDENCE (phoenix_skill_evidence_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixSkillEvidence, phoenix_skill_evidence, PHOENIX, SKILL_EVIDENCE, GObject)

PhoenixSkillEvidence *phoenix_skill_evidence_new            (PhoenixSkillExtractor *extractor,
                                                             PhoenixProfile        *profile);
PhoenixTaxonomy      *phoenix_skill_evidence_get_taxonomy   (PhoenixSkillEvidence  *self);
/* The CV's language, "fr" or "en". */
const char           *phoenix_skill_evidence_get_language   (PhoenixSkillEvidence  *self);
/* The distinct skills the CV names (guint taxonomy indexes, first mention first). */
GArray               *phoenix_skill_evidence_get_skills     (PhoenixSkillEvidence  *self);
void                  phoenix_skill_evidence_assess         (PhoenixSkillEvidence  *self,
                                                             guint                  skill,
                                                             PhoenixSkillAssessment *assessment);
/* A sentence saying where the proof is, translated, with skill labels in @language ("" when missing). */
char                 *phoenix_skill_evidence_describe       (PhoenixSkillEvidence  *self,
                                                             guint                  skill,
                                                             const PhoenixSkillAssessment *assessment,
                                                             const char            *language);
/* The highest education level of the education entries (UNKNOWN when none is named). */
PhoenixEducationLevel phoenix_skill_evidence_get_education_level (PhoenixSkillEvidence *self);
/* The text of the CV's entries (not the summary, headline or interests): where its diplomas and
 * certificates are named. */
const char           *phoenix_skill_evidence_get_credentials_text (PhoenixSkillEvidence *self);
/* The user's occupations (PhoenixOwnOccupation), the current first, then the latest. */
GArray               *phoenix_skill_evidence_get_occupations (PhoenixSkillEvidence *self);
/* The title of the experience at @index as the CV writes it, "" when none. */
const char           *phoenix_skill_evidence_get_experience_title (PhoenixSkillEvidence *self,
                                                                   int                   index);

G_END_DECLS
