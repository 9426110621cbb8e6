/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "phoenix-insights.h"
#include "phoenix-success-model.h"

G_BEGIN_DECLS

/*
 * The agent: the next best step of a career change, with its reasons, from what
 * the app knows (PhoenixAgentInput) and what the flywheel says about the target
 * (PhoenixInsights, optional). The rules are one table in phoenix-agent.c, read
 * from the top; the first whose condition holds gives the step (HACKING.md,
 * "The agent", lists them). GTK-free, pure: the same input gives the same
 * advice, in any thread.
 */

typedef enum
{
  PHOENIX_STEP_FOLLOW_UP,          /* a follow-up is due */
  PHOENIX_STEP_IMPROVE_CV,         /* CV completeness or best ATS score below 80 */
  PHOENIX_STEP_CHOOSE_TARGET,      /* no target job chosen yet */
  PHOENIX_STEP_LEARN_ASKED_SKILL,  /* insights: a skill most offers ask for is missing, few applications yet */
  PHOENIX_STEP_WRITE_LETTERS,      /* fewer than 5 applications sent */
  PHOENIX_STEP_IMPROVE_LETTERS,    /* response rate below 30 % (or the flywheel's typical rate) */
  PHOENIX_STEP_RESUME_TRAINING,    /* a module started, untouched for 21 days */
  PHOENIX_STEP_TRAIN,              /* otherwise: train for the target's missing skills */
  PHOENIX_N_STEPS,
} PhoenixStep;

/* Thresholds of the rules. */
#define PHOENIX_AGENT_GOOD_SCORE            80    /* CV completeness and ATS score */
#define PHOENIX_AGENT_MIN_APPLICATIONS      5
#define PHOENIX_AGENT_GOOD_RESPONSE_RATE    0.30
#define PHOENIX_AGENT_STALLED_DAYS          21
#define PHOENIX_AGENT_ASKED_SHARE           0.50  /* a skill "most offers ask for" */
#define PHOENIX_AGENT_PRECEDED_SUCCESS      0.30  /* share_hired of a training that "preceded success" */

typedef struct
{
  char *id;     /* skill id (taxonomy) or module id */
  char *label;  /* in the user's language */
} PhoenixAgentItem;

/* Everything the rules read. Strings and arrays are owned (phoenix_agent_input_free()). */
typedef struct
{
  int        cv_completeness;    /* 0–100 */
  int        best_ats;           /* 0–100, -1 when no offer was scored */
  char      *target_code;        /* active target (ROME code), NULL when none */
  char      *target_label;
  guint      sent;               /* applications sent */
  guint      responses;          /* of those, answered (interview, offer or rejection) */
  guint      interviews;
  guint      follow_ups_due;
  GPtrArray *sectors;            /* char *: sector letters the user applied to, most first */
  GPtrArray *missing_skills;     /* PhoenixAgentItem *: the target's missing core and essential skills */
  double     skill_coverage;     /* 0–1, -1 without a target */
  GPtrArray *path;               /* PhoenixAgentItem *: modules of the path not done yet, in order */
  guint      modules_done;
  char      *stalled_module;     /* title of a module started and untouched for 21 days, NULL */
  guint      stalled_days;
  const char *years_bucket;      /* a contribution's buckets (static strings), for the success model */
  const char *education_bucket;
} PhoenixAgentInput;

typedef struct
{
  PhoenixStep  step;
  char        *title;           /* translated */
  GPtrArray   *reasons;         /* char *, translated */
  char        *button;          /* translated, with a mnemonic */
  char        *page;            /* window page: "cv", "letters", "training" */
  char        *action;          /* the page's own action to run there (NULL: none) */
  gboolean     from_insights;   /* insights changed this advice */

  double       success;         /* 0–1 */
  char        *success_text;    /* translated, encouraging */
  GPtrArray   *success_factors; /* PhoenixSuccessFactor * */
  gboolean     success_from_flywheel;
} PhoenixAdvice;

PhoenixAgentInput *phoenix_agent_input_new       (void);
void               phoenix_agent_input_free      (PhoenixAgentInput *input);
void               phoenix_agent_input_add_item  (GPtrArray         *items,
                                                  const char        *id,
                                                  const char        *label);

/* "follow-up", "improve-cv", "choose-target", "learn-asked-skill", "write-letters", "improve-letters",
 * "resume-training", "train". */
const char        *phoenix_step_to_string        (PhoenixStep        step);

/* The rule table, in order, for documentation and tests: the ids above. */
const PhoenixStep *phoenix_agent_get_rules       (guint             *n_rules);

/* @insights may be NULL. */
PhoenixAdvice     *phoenix_agent_advise          (const PhoenixAgentInput *input,
                                                  PhoenixInsights         *insights);
void               phoenix_advice_free           (PhoenixAdvice           *advice);

/* {"step", "title", "reasons", "page", "action", "success": {"probability", "text", "model", "factors"}}. */
JsonNode          *phoenix_advice_to_json        (PhoenixAdvice           *advice);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixAgentInput, phoenix_agent_input_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixAdvice, phoenix_advice_free)

G_END_DECLS
