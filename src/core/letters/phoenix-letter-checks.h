/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-job-offer.h"
#include "phoenix-profile.h"

G_BEGIN_DECLS

/*
 * What the composer checks as the user writes: how many of the offer's skills the letter
 * names (Jobscan's letter keyword check), and whether the letter agrees with the CV sent
 * with it: a skill the letter claims that the CV does not name, a number of years beyond
 * the CV's, a year no date of the CV has, another job title at an employer of the CV.
 */

typedef struct
{
  guint      covered;
  guint      total;
  GPtrArray *present;  /* labels in the letter's language, required first */
  GPtrArray *missing;
} PhoenixLetterCoverage;

typedef enum
{
  PHOENIX_LETTER_ISSUE_SKILL_NOT_IN_CV,
  PHOENIX_LETTER_ISSUE_YEARS,
  PHOENIX_LETTER_ISSUE_DATE,
  PHOENIX_LETTER_ISSUE_TITLE,
} PhoenixLetterIssueKind;

typedef struct
{
  PhoenixLetterIssueKind  kind;
  char                   *subject;  /* the skill, the years, the date or the employer */
  char                   *message;  /* translated, for the user */
} PhoenixLetterIssue;

PhoenixLetterCoverage *phoenix_letter_check_coverage    (PhoenixSkillExtractor *extractor,
                                                         PhoenixJobOffer       *offer,
                                                         const char            *text,
                                                         const char            *language);
void                   phoenix_letter_coverage_free     (PhoenixLetterCoverage *coverage);

/* PhoenixLetterIssue *, in the order found; @cv is the profile as the CV variant shows it;
 * @ignore: phrases that are no claim (the offer's title, the company), may be NULL. */
GPtrArray             *phoenix_letter_check_consistency (PhoenixSkillExtractor *extractor,
                                                         PhoenixProfile        *cv,
                                                         const char            *text,
                                                         const char            *language,
                                                         const char * const    *ignore,
                                                         GDateTime             *today);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixLetterCoverage, phoenix_letter_coverage_free)

G_END_DECLS
