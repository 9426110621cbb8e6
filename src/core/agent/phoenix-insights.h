/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "phoenix-success-model.h"

G_BEGIN_DECLS

/*
 * What the flywheel says about one target occupation (the answer of
 * GET /v1/insights, docs/flywheel.md): the skills offers ask for most, the
 * trainings that preceded success, response rates per sector and a fitted
 * success model. Read-only once parsed; GTK-free; safe to share between
 * threads.
 */

#define PHOENIX_INSIGHTS_ERROR (phoenix_insights_error_quark ())

typedef enum
{
  PHOENIX_INSIGHTS_ERROR_MALFORMED,  /* not the insights format */
} PhoenixInsightsError;

/* Largest insights answer read, in bytes (a real one is 2–10 KiB). */
#define PHOENIX_INSIGHTS_MAX_SIZE (1024 * 1024)

typedef struct
{
  char   *id;           /* skill id or module id */
  char   *label;        /* the server's label ("" for modules) */
  double  share;        /* 0–1 */
  double  share_hired;  /* modules: share of hired contributors who did it; -1 for skills */
} PhoenixInsightItem;

#define PHOENIX_TYPE_INSIGHTS (phoenix_insights_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixInsights, phoenix_insights, PHOENIX, INSIGHTS, GObject)

GQuark           phoenix_insights_error_quark          (void);

PhoenixInsights *phoenix_insights_new_from_json        (const char      *data,
                                                        gssize           length,
                                                        GError         **error);
const char      *phoenix_insights_get_occupation       (PhoenixInsights *self);
/* FALSE when fewer than k installs contributed: nothing else is known then. */
gboolean         phoenix_insights_get_published        (PhoenixInsights *self);
/* PhoenixInsightItem *, largest share first. */
GPtrArray       *phoenix_insights_get_skills_asked     (PhoenixInsights *self);
/* The trainings, largest share_hired first. */
GPtrArray       *phoenix_insights_get_training         (PhoenixInsights *self);
/* Share (0–1) of offers asking for @skill_id, -1 when not listed. */
double           phoenix_insights_get_asked_share      (PhoenixInsights *self,
                                                        const char      *skill_id);
/* Response rate of @sector ("J"), -1 when unknown; NULL: the mean over the sectors listed. */
double           phoenix_insights_get_response_rate    (PhoenixInsights *self,
                                                        const char      *sector);
/* TRUE and @coefficients filled when the answer holds a valid success model. */
gboolean         phoenix_insights_get_success_model    (PhoenixInsights            *self,
                                                        PhoenixSuccessCoefficients *coefficients);

G_END_DECLS
