/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "phoenix-ats-cache.h"
#include "phoenix-job-offer.h"
#include "phoenix-profile.h"

G_BEGIN_DECLS

/*
 * The explained ATS score (0–100) of a CV, as a JSON Resume object, against
 * a job offer. Six parts, each 0–1, weighted (see HACKING.md, "ATS score"):
 * hard skills 45, soft skills 10, job title 15, education 10, experience 10,
 * keywords 10; a part the offer says nothing about is left out and the others
 * share its weight. Everything compares folded text (no case, no accents).
 * GTK-free.
 */

typedef enum
{
  PHOENIX_ATS_PART_HARD_SKILLS,
  PHOENIX_ATS_PART_SOFT_SKILLS,
  PHOENIX_ATS_PART_TITLE,
  PHOENIX_ATS_PART_EDUCATION,
  PHOENIX_ATS_PART_EXPERIENCE,
  PHOENIX_ATS_PART_KEYWORDS,
  PHOENIX_ATS_N_PARTS,
} PhoenixAtsPart;

/* How the CV shows an offer's skill. */
typedef enum
{
  PHOENIX_ATS_MATCH_SAME,        /* it names that skill */
  PHOENIX_ATS_MATCH_OTHER_NAME,  /* it names the same skill in other words ("animer une équipe", "team management") */
  PHOENIX_ATS_MATCH_NARROWER,    /* it names a narrower skill that proves it (Power BI → data visualisation) */
  PHOENIX_ATS_MATCH_OFFER_WORDS, /* no term of the taxonomy, but the offer's own words for it, within one entry */
  PHOENIX_ATS_MATCH_EVIDENCE,    /* words that show it by trade knowledge (croissants → viennoiseries), @evidence */
} PhoenixAtsMatchHow;

/* Where the CV mentions a skill: section ("basics", "work", "education", "skills",
 * "projects", "volunteer", "certificates", "awards", "publications"), entry index (-1 for
 * basics), field ("summary", "highlights/2", "name", "keywords/0"…) and byte span in it;
 * how it matched and the CV's skill there (@via, @skill itself for PHOENIX_ATS_MATCH_SAME); for
 * PHOENIX_ATS_MATCH_EVIDENCE, the words of data/ats/skill-evidence.tsv the CV says (@evidence, else NULL). */
typedef struct
{
  guint               skill;
  gboolean            required;
  char               *section;
  int                 entry;
  char               *field;
  guint               start;
  guint               end;
  PhoenixAtsMatchHow  how;
  guint               via;
  char               *evidence;
} PhoenixAtsMatch;

typedef enum
{
  PHOENIX_ATS_SUGGESTION_ADD_SKILL,  /* the CV proves @skill in @section/@entry but does not list it */
  PHOENIX_ATS_SUGGESTION_RETITLE,    /* set the headline (basics.label) to @text, the offer's title */
} PhoenixAtsSuggestionKind;

typedef struct
{
  PhoenixAtsSuggestionKind  kind;
  guint                     skill;
  char                     *section;
  int                       entry;
  char                     *text;
} PhoenixAtsSuggestion;

typedef struct
{
  char *code;     /* "missing-email", "missing-phone", "undated-experience", "unusual-heading", "no-experience" */
  char *section;
  int   entry;
  char *message;  /* translated */
} PhoenixAtsIssue;

#define PHOENIX_TYPE_ATS_REPORT (phoenix_ats_report_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixAtsReport, phoenix_ats_report, PHOENIX, ATS_REPORT, GObject)

/* The weight of each part (they sum to 100). */
guint             phoenix_ats_part_weight           (PhoenixAtsPart part);
/* "hard_skills", "soft_skills", "title", "education", "experience", "keywords". */
const char       *phoenix_ats_part_to_string        (PhoenixAtsPart part);

PhoenixAtsReport *phoenix_ats_score                 (PhoenixSkillExtractor *extractor,
                                                     JsonObject            *resume,
                                                     PhoenixJobOffer       *offer);
/* The same, with what @cache kept of the CV from the last score (issue #20): only the texts
 * that changed are read again; the same report as phoenix_ats_score(). */
PhoenixAtsReport *phoenix_ats_score_cached          (PhoenixAtsCache       *cache,
                                                     JsonObject            *resume,
                                                     PhoenixJobOffer       *offer);
/* The same for a profile, through its JSON Resume export. */
PhoenixAtsReport *phoenix_ats_score_profile         (PhoenixSkillExtractor *extractor,
                                                     PhoenixProfile        *profile,
                                                     PhoenixJobOffer       *offer);

guint             phoenix_ats_report_get_score      (PhoenixAtsReport *self);
/* 0–1, or -1 when the offer says nothing about that part. */
double            phoenix_ats_report_get_part       (PhoenixAtsReport *self,
                                                     PhoenixAtsPart    part);
/* Why the part scores what it does, in words a user can act on ("The offer asks for Bac+3; your
 * “Diplôme d'État d'infirmier” is Bac+3."), translated; NULL when the offer says nothing about it.
 * A part left out although the offer speaks of it (experience for an offer open to beginners) has
 * a reason that says so. */
const char       *phoenix_ats_report_get_reason     (PhoenixAtsReport *self,
                                                     PhoenixAtsPart    part);
/* 0–1: how much the CV shows of the trade's skills (the hard skills shown, weighed against the offer's
 * plus one required skill more, full from half on); the score is the parts' weighted mean times it. */
double            phoenix_ats_report_get_confidence (PhoenixAtsReport *self);
/* Why the score is lowered by little evidence of the trade, translated; NULL when it is not. */
const char       *phoenix_ats_report_get_confidence_reason (PhoenixAtsReport *self);
/* PhoenixAtsMatch *, one per location, in CV order. */
GPtrArray        *phoenix_ats_report_get_matches    (PhoenixAtsReport *self);
/* PhoenixOfferSkill of the offer the CV lacks, required first. */
GArray           *phoenix_ats_report_get_missing    (PhoenixAtsReport *self);
/* PhoenixOfferSkill of the offer the CV does not show but claims more than it shows (a transversal
 * skill of thinking, self-management or social contact: "work in teams", « faire preuve d'initiative »):
 * no gap to fill, something to show more clearly; counted in the score as not shown, listed apart
 * from the missing ones. Required first. */
GArray           *phoenix_ats_report_get_to_show    (PhoenixAtsReport *self);
GPtrArray        *phoenix_ats_report_get_suggestions (PhoenixAtsReport *self);
GPtrArray        *phoenix_ats_report_get_issues     (PhoenixAtsReport *self);
/* {"score", "confidence" (0–100, with "confidence_reason" when below 100), "breakdown" (each part with its "reason"), "matched", "missing", "to_show", "occupation", "suggestions",
 * "format"}. */
JsonNode         *phoenix_ats_report_to_json        (PhoenixAtsReport *self);

G_END_DECLS
