/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "phoenix-taxonomy.h"

G_BEGIN_DECLS

/*
 * Finds taxonomy skills in free text (CV entries, job offers), French or
 * English: tokenisation, case and accent folding, Snowball stemming, stop
 * words, the longest multi-word term first, synonyms and alternative labels.
 * Short or ambiguous names are guarded by rules, not lists of exceptions:
 * case-sensitive tools (“R”, “Go”, “SAP”) must be spelt so, one-letter names
 * must stand alone (not “R&D”), tool names that are also verbs are not taken
 * before a preposition (“excel at”). Not thread-safe: one extractor per thread.
 */

typedef struct
{
  guint skill;   /* index in the taxonomy */
  guint start;   /* byte offsets of the matched text */
  guint end;
} PhoenixSkillMatch;

#define PHOENIX_TYPE_SKILL_EXTRACTOR (phoenix_skill_extractor_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixSkillExtractor, phoenix_skill_extractor, PHOENIX, SKILL_EXTRACTOR, GObject)

/* Property "taxonomy" (PhoenixTaxonomy, construct-only). */
PhoenixSkillExtractor *phoenix_skill_extractor_new          (PhoenixTaxonomy       *taxonomy);
PhoenixTaxonomy       *phoenix_skill_extractor_get_taxonomy (PhoenixSkillExtractor *self);
/* "fr" or "en". */
const char            *phoenix_skill_extractor_detect_language (const char         *text);
/*
 * Every skill mention in @text, in text order (a skill may appear several
 * times). @language: "fr", "en" or NULL to detect it. Array of PhoenixSkillMatch.
 */
GArray                *phoenix_skill_extractor_extract      (PhoenixSkillExtractor *self,
                                                             const char            *text,
                                                             const char            *language);
/* The distinct skills of @text, in order of first mention (array of guint). */
GArray                *phoenix_skill_extractor_extract_skills (PhoenixSkillExtractor *self,
                                                               const char            *text,
                                                               const char            *language);

G_END_DECLS
