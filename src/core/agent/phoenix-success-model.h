/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/*
 * The estimated chance of success of a career change: a logistic model,
 *
 *   logit P = intercept + years[bucket] + education[bucket] + ats[bucket]      (replaceable part)
 *           + 1.2 × (skill coverage − 0.5)                                     (the app's own terms)
 *           + 2.0 × (min (response rate, 0.5) − 0.15)   when 5 or more applications were sent
 *
 * The replaceable part has the form of the flywheel's "success_model" (docs/flywheel.md):
 * the same buckets as a contribution's years, education and ats fields. The coefficients
 * shipped with the app (phoenix_success_coefficients_init_shipped(), documented in
 * HACKING.md, "The agent") are prior guesses, not fitted to data: every weight is
 * non-decreasing along its buckets, so the estimate grows with experience, education, the
 * ATS score, the skill coverage and the response rate. Insights carrying a fitted model
 * replace intercept and weights (phoenix_insights_get_success_model()); the two activity
 * terms stay the app's. An ATS bucket "none" (nothing scored) weighs 0.
 */

#define PHOENIX_SUCCESS_YEARS_BUCKETS     5  /* 0-1 2-4 5-9 10-19 20+ */
#define PHOENIX_SUCCESS_EDUCATION_BUCKETS 7  /* none cap-bep bac bac+2 bac+3 bac+5 doctorate */
#define PHOENIX_SUCCESS_ATS_BUCKETS       6  /* none 0-19 20-39 40-59 60-79 80-100 */

/* The weights of the two activity terms. */
#define PHOENIX_SUCCESS_COVERAGE_WEIGHT 1.2
#define PHOENIX_SUCCESS_RESPONSE_WEIGHT 2.0
/* Fewest applications sent before the response rate counts. */
#define PHOENIX_SUCCESS_MIN_SENT 5

typedef struct
{
  double   intercept;
  double   years[PHOENIX_SUCCESS_YEARS_BUCKETS];
  double   education[PHOENIX_SUCCESS_EDUCATION_BUCKETS];
  double   ats[PHOENIX_SUCCESS_ATS_BUCKETS];
  gboolean from_flywheel;  /* FALSE: the shipped coefficients */
} PhoenixSuccessCoefficients;

typedef struct
{
  const char *years;           /* a contribution's buckets ("5-9"); NULL or unknown: weight 0 */
  const char *education;
  const char *ats;
  double      skill_coverage;  /* 0–1 of the target's core skills held; < 0 when no target */
  guint       sent;            /* applications sent */
  double      response_rate;   /* 0–1 */
} PhoenixSuccessInputs;

typedef enum
{
  PHOENIX_SUCCESS_FACTOR_BASE,
  PHOENIX_SUCCESS_FACTOR_YEARS,
  PHOENIX_SUCCESS_FACTOR_EDUCATION,
  PHOENIX_SUCCESS_FACTOR_ATS,
  PHOENIX_SUCCESS_FACTOR_COVERAGE,
  PHOENIX_SUCCESS_FACTOR_RESPONSE,
} PhoenixSuccessFactorKind;

typedef struct
{
  PhoenixSuccessFactorKind  kind;
  double                    weight;  /* its term in the logit */
  char                     *text;    /* translated, says what the factor is and which way it pulls */
} PhoenixSuccessFactor;

void     phoenix_success_coefficients_init_shipped (PhoenixSuccessCoefficients *coefficients);

/*
 * Reads the flywheel's "success_model" object; FALSE (and @coefficients untouched) when it is
 * missing a member or holds something else than finite numbers.
 */
gboolean phoenix_success_coefficients_from_json    (PhoenixSuccessCoefficients *coefficients,
                                                    JsonObject                 *model);

/* P (0–1). @factors (optional) receives PhoenixSuccessFactor *, strongest pull first. */
double   phoenix_success_estimate                  (const PhoenixSuccessCoefficients *coefficients,
                                                    const PhoenixSuccessInputs       *inputs,
                                                    GPtrArray                       **factors);

/* A sentence that encourages and says it is an estimate ("Good chances — about 6 in 10"). */
char    *phoenix_success_describe                  (double                            probability,
                                                    gboolean                          from_flywheel);

void     phoenix_success_factor_free               (PhoenixSuccessFactor             *factor);

G_END_DECLS
