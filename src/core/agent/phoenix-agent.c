/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-agent"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "phoenix-agent.h"
#include "phoenix-contribution.h"

/* What a rule sees. */
typedef struct
{
  const PhoenixAgentInput *input;
  PhoenixInsights         *insights;  /* NULL, or published insights for the target */
  double                   response_rate;
  double                   rate_threshold;
  gboolean                 threshold_from_insights;
  const PhoenixAgentItem  *asked_missing;  /* the missing skill offers ask for most, per insights */
  double                   asked_share;
} Situation;

typedef gboolean (*RuleCondition) (const Situation *s);
typedef void     (*RuleExplain)   (const Situation *s,
                                   PhoenixAdvice   *advice);

typedef struct
{
  PhoenixStep    step;
  RuleCondition  when;
  RuleExplain    explain;
} Rule;

static void
add_reason (PhoenixAdvice *advice,
            char          *reason)
{
  g_ptr_array_add (advice->reasons, reason);
}

/* Conditions, one per rule. */

static gboolean
follow_up_due (const Situation *s)
{
  return s->input->follow_ups_due > 0;
}

static gboolean
cv_below_good (const Situation *s)
{
  return s->input->cv_completeness < PHOENIX_AGENT_GOOD_SCORE ||
         (s->input->best_ats >= 0 && s->input->best_ats < PHOENIX_AGENT_GOOD_SCORE);
}

static gboolean
no_target (const Situation *s)
{
  return s->input->target_code == NULL || *s->input->target_code == '\0';
}

static gboolean
asked_skill_missing (const Situation *s)
{
  return s->asked_missing != NULL && s->input->sent < PHOENIX_AGENT_MIN_APPLICATIONS;
}

static gboolean
few_applications (const Situation *s)
{
  return s->input->sent < PHOENIX_AGENT_MIN_APPLICATIONS;
}

static gboolean
low_response_rate (const Situation *s)
{
  return s->response_rate < s->rate_threshold;
}

static gboolean
training_stalled (const Situation *s)
{
  return s->input->stalled_module != NULL;
}

static gboolean
always (const Situation *s)
{
  return TRUE;
}

/* Explanations. */

static void
explain_follow_up (const Situation *s,
                   PhoenixAdvice   *advice)
{
  guint n = s->input->follow_ups_due;

  advice->title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Follow up on %u application",
                                                "Follow up on %u applications", n), n);
  add_reason (advice, g_strdup (_("A short, polite message a week or two after applying often brings an answer.")));
  add_reason (advice, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u application is waiting past its follow-up date.",
                                                    "%u applications are waiting past their follow-up date.", n), n));
  advice->button = g_strdup (_("_See Applications"));
  advice->page = g_strdup ("letters");
}

static void
explain_improve_cv (const Situation *s,
                    PhoenixAdvice   *advice)
{
  const PhoenixAgentInput *input = s->input;

  advice->title = g_strdup (_("Improve your CV"));
  if (input->cv_completeness < PHOENIX_AGENT_GOOD_SCORE)
    add_reason (advice, g_strdup_printf (_("Your CV is %d %% complete; from %d %% it tells your story well."),
                                         input->cv_completeness, PHOENIX_AGENT_GOOD_SCORE));
  else
    add_reason (advice, g_strdup_printf (_("Your CV is %d %% complete: well done."), input->cv_completeness));
  if (input->best_ats >= 0 && input->best_ats < PHOENIX_AGENT_GOOD_SCORE)
    add_reason (advice, g_strdup_printf (_("Your best match with a job offer is %d/100; recruiters’ software "
                                           "shortlists from about %d."), input->best_ats, PHOENIX_AGENT_GOOD_SCORE));
  if (input->best_ats >= 0 && input->best_ats < PHOENIX_AGENT_GOOD_SCORE &&
      input->cv_completeness >= PHOENIX_AGENT_GOOD_SCORE)
    {
      advice->button = g_strdup (_("_Check Against an Offer"));
      advice->page = g_strdup ("cv");
      advice->action = g_strdup ("win.ats-check");
    }
  else
    {
      advice->button = g_strdup (_("_Complete Your CV"));
      advice->page = g_strdup ("cv");
    }
}

static void
explain_choose_target (const Situation *s,
                       PhoenixAdvice   *advice)
{
  advice->title = g_strdup (_("Choose the job you aim at"));
  add_reason (advice, g_strdup (_("With a target, Phoenix can show the skills to learn and the shortest training path.")));
  add_reason (advice, g_strdup (_("Suggestions start from your current and past jobs.")));
  advice->button = g_strdup (_("_Choose a Target"));
  advice->page = g_strdup ("training");
  advice->action = g_strdup ("training.choose-target");
}

static void
explain_learn_asked_skill (const Situation *s,
                           PhoenixAdvice   *advice)
{
  advice->title = g_strdup_printf (_("Learn “%s” first"), s->asked_missing->label);
  add_reason (advice, g_strdup_printf (_("%d %% of the offers for %s ask for it, and your CV does not show it yet."),
                                       (int) round (s->asked_share * 100), s->input->target_label));
  add_reason (advice, g_strdup (_("Applications land better once it is on your CV.")));
  advice->button = g_strdup (_("_See the Training Path"));
  advice->page = g_strdup ("training");
  advice->from_insights = TRUE;
}

static void
explain_write_letters (const Situation *s,
                       PhoenixAdvice   *advice)
{
  guint sent = s->input->sent;

  advice->title = g_strdup (_("Write letters and apply"));
  if (sent == 0)
    add_reason (advice, g_strdup (_("Your CV is ready: applying is how a change becomes real.")));
  else
    add_reason (advice, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u application sent so far; a few more give employers the chance to answer.",
                                                      "%u applications sent so far; a few more give employers the chance to answer.",
                                                      sent), sent));
  add_reason (advice, g_strdup_printf (_("Aim for at least %d to see what works."), PHOENIX_AGENT_MIN_APPLICATIONS));
  advice->button = g_strdup (_("_Write a Letter"));
  advice->page = g_strdup ("letters");
  advice->action = g_strdup ("letters.new");
}

static void
explain_improve_letters (const Situation *s,
                         PhoenixAdvice   *advice)
{
  advice->title = g_strdup (_("Improve your letters"));
  add_reason (advice, g_strdup_printf (_("%d %% of your %u applications got an answer."),
                                       (int) round (s->response_rate * 100), s->input->sent));
  if (s->threshold_from_insights)
    {
      add_reason (advice, g_strdup_printf (_("People applying in the same sectors get about %d %%, says the flywheel."),
                                           (int) round (s->rate_threshold * 100)));
      advice->from_insights = TRUE;
    }
  else
    add_reason (advice, g_strdup_printf (_("Around %d %% is usual: letters aimed at each offer raise it."),
                                         (int) round (PHOENIX_AGENT_GOOD_RESPONSE_RATE * 100)));
  advice->button = g_strdup (_("_Write a Better Letter"));
  advice->page = g_strdup ("letters");
  advice->action = g_strdup ("letters.new");
}

static void
explain_resume_training (const Situation *s,
                         PhoenixAdvice   *advice)
{
  advice->title = g_strdup_printf (_("Pick up “%s” again"), s->input->stalled_module);
  add_reason (advice, g_strdup_printf (_("Nothing was logged for it in %u days."), s->input->stalled_days));
  add_reason (advice, g_strdup (_("An hour this week keeps the thread: small steps add up.")));
  advice->button = g_strdup (_("_Log an Hour"));
  advice->page = g_strdup ("training");
  advice->action = g_strdup ("training.log");
}

/* The path's first module that the flywheel says preceded success, else NULL. */
static const PhoenixAgentItem *
preceded_success (const Situation *s,
                  double          *share_hired)
{
  GPtrArray *training;

  if (s->insights == NULL)
    return NULL;
  training = phoenix_insights_get_training (s->insights);
  for (guint i = 0; i < training->len; i++)
    {
      PhoenixInsightItem *item = g_ptr_array_index (training, i);

      if (item->share_hired < PHOENIX_AGENT_PRECEDED_SUCCESS)
        break;
      for (guint j = 0; s->input->path != NULL && j < s->input->path->len; j++)
        {
          const PhoenixAgentItem *module = g_ptr_array_index (s->input->path, j);

          if (g_strcmp0 (module->id, item->id) == 0)
            {
              *share_hired = item->share_hired;
              return module;
            }
        }
    }
  return NULL;
}

static int
compare_by_asked (gconstpointer a,
                  gconstpointer b,
                  gpointer      insights)
{
  const PhoenixAgentItem *x = *(PhoenixAgentItem * const *) a;
  const PhoenixAgentItem *y = *(PhoenixAgentItem * const *) b;
  double sx = phoenix_insights_get_asked_share (insights, x->id);
  double sy = phoenix_insights_get_asked_share (insights, y->id);

  return sy > sx ? 1 : sy < sx ? -1 : 0;
}

static void
explain_train (const Situation *s,
               PhoenixAdvice   *advice)
{
  const PhoenixAgentInput *input = s->input;
  const PhoenixAgentItem *module;
  double share_hired = 0;
  g_autoptr(GPtrArray) skills = g_ptr_array_new ();
  g_autoptr(GString) names = g_string_new (NULL);

  advice->title = g_strdup_printf (_("Train for %s"), input->target_label != NULL ? input->target_label : "");
  for (guint i = 0; input->missing_skills != NULL && i < input->missing_skills->len; i++)
    g_ptr_array_add (skills, g_ptr_array_index (input->missing_skills, i));
  /* Insights: the skills offers ask for most come first (g_ptr_array_sort_with_data is stable). */
  if (s->insights != NULL && phoenix_insights_get_skills_asked (s->insights)->len > 0)
    {
      g_ptr_array_sort_with_data (skills, compare_by_asked, s->insights);
      advice->from_insights = TRUE;
    }
  for (guint i = 0; i < MIN (skills->len, 3); i++)
    {
      const PhoenixAgentItem *skill = g_ptr_array_index (skills, i);

      if (names->len > 0)
        g_string_append (names, _(", "));
      g_string_append_printf (names, "“%s”", skill->label);
    }
  if (skills->len > 0)
    add_reason (advice, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u key skill of the target job is still to learn: %s.",
                                                      "%u key skills of the target job are still to learn, first %s.",
                                                      skills->len), skills->len, names->str));
  else
    add_reason (advice, g_strdup (_("Your CV already shows the target job’s key skills: keep them fresh and apply.")));

  module = preceded_success (s, &share_hired);
  if (module != NULL)
    {
      add_reason (advice, g_strdup_printf (_("“%s” is on your path: %d %% of the people hired in this job had done it."),
                                           module->label, (int) round (share_hired * 100)));
      advice->from_insights = TRUE;
    }
  else if (input->path != NULL && input->path->len > 0)
    add_reason (advice, g_strdup_printf (_("Next on your path: “%s”."),
                                         ((PhoenixAgentItem *) g_ptr_array_index (input->path, 0))->label));
  if (input->sent >= PHOENIX_AGENT_MIN_APPLICATIONS)
    add_reason (advice, g_strdup_printf (_("Your applications are going well (%d %% answered): keep sending them too."),
                                         (int) round (s->response_rate * 100)));
  advice->button = g_strdup (_("_Open Your Training Path"));
  advice->page = g_strdup ("training");
}

/* The rules, read from the top: the first whose condition holds gives the step. */
static const Rule rules[] = {
  { PHOENIX_STEP_FOLLOW_UP,         follow_up_due,       explain_follow_up },
  { PHOENIX_STEP_IMPROVE_CV,        cv_below_good,       explain_improve_cv },
  { PHOENIX_STEP_CHOOSE_TARGET,     no_target,           explain_choose_target },
  { PHOENIX_STEP_LEARN_ASKED_SKILL, asked_skill_missing, explain_learn_asked_skill },
  { PHOENIX_STEP_WRITE_LETTERS,     few_applications,    explain_write_letters },
  { PHOENIX_STEP_IMPROVE_LETTERS,   low_response_rate,   explain_improve_letters },
  { PHOENIX_STEP_RESUME_TRAINING,   training_stalled,    explain_resume_training },
  { PHOENIX_STEP_TRAIN,             always,              explain_train },
};

static const char * const step_ids[] = {
  "follow-up", "improve-cv", "choose-target", "learn-asked-skill", "write-letters", "improve-letters",
  "resume-training", "train",
};
G_STATIC_ASSERT (G_N_ELEMENTS (step_ids) == PHOENIX_N_STEPS);
G_STATIC_ASSERT (G_N_ELEMENTS (rules) == PHOENIX_N_STEPS);

const char *
phoenix_step_to_string (PhoenixStep step)
{
  g_return_val_if_fail (step < PHOENIX_N_STEPS, NULL);
  return step_ids[step];
}

const PhoenixStep *
phoenix_agent_get_rules (guint *n_rules)
{
  static PhoenixStep steps[G_N_ELEMENTS (rules)];

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    steps[i] = rules[i].step;
  if (n_rules != NULL)
    *n_rules = G_N_ELEMENTS (rules);
  return steps;
}

static void
item_free (PhoenixAgentItem *item)
{
  g_free (item->id);
  g_free (item->label);
  g_free (item);
}

PhoenixAgentInput *
phoenix_agent_input_new (void)
{
  PhoenixAgentInput *input = g_new0 (PhoenixAgentInput, 1);

  input->best_ats = -1;
  input->skill_coverage = -1;
  input->sectors = g_ptr_array_new_with_free_func (g_free);
  input->missing_skills = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  input->path = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  return input;
}

void
phoenix_agent_input_free (PhoenixAgentInput *input)
{
  if (input == NULL)
    return;
  g_free (input->target_code);
  g_free (input->target_label);
  g_clear_pointer (&input->sectors, g_ptr_array_unref);
  g_clear_pointer (&input->missing_skills, g_ptr_array_unref);
  g_clear_pointer (&input->path, g_ptr_array_unref);
  g_free (input->stalled_module);
  g_free (input);
}

void
phoenix_agent_input_add_item (GPtrArray  *items,
                              const char *id,
                              const char *label)
{
  PhoenixAgentItem *item = g_new0 (PhoenixAgentItem, 1);

  item->id = g_strdup (id);
  item->label = g_strdup (label);
  g_ptr_array_add (items, item);
}

void
phoenix_advice_free (PhoenixAdvice *advice)
{
  if (advice == NULL)
    return;
  g_free (advice->title);
  g_clear_pointer (&advice->reasons, g_ptr_array_unref);
  g_free (advice->button);
  g_free (advice->page);
  g_free (advice->action);
  g_free (advice->success_text);
  g_clear_pointer (&advice->success_factors, g_ptr_array_unref);
  g_free (advice);
}

/* The typical response rate of the user's sectors per insights (their mean), -1 when unknown. */
static double
typical_response_rate (const PhoenixAgentInput *input,
                       PhoenixInsights         *insights)
{
  double sum = 0;
  guint n = 0;

  for (guint i = 0; input->sectors != NULL && i < input->sectors->len; i++)
    {
      double rate = phoenix_insights_get_response_rate (insights, g_ptr_array_index (input->sectors, i));

      if (rate >= 0)
        {
          sum += rate;
          n++;
        }
    }
  return n > 0 ? sum / n : phoenix_insights_get_response_rate (insights, NULL);
}

PhoenixAdvice *
phoenix_agent_advise (const PhoenixAgentInput *input,
                      PhoenixInsights         *insights)
{
  PhoenixAdvice *advice;
  PhoenixSuccessCoefficients coefficients;
  PhoenixSuccessInputs success_inputs = { 0 };
  Situation s = { 0 };

  g_return_val_if_fail (input != NULL, NULL);
  g_return_val_if_fail (insights == NULL || PHOENIX_IS_INSIGHTS (insights), NULL);

  s.input = input;
  if (insights != NULL && phoenix_insights_get_published (insights) &&
      g_strcmp0 (phoenix_insights_get_occupation (insights), input->target_code) == 0)
    s.insights = insights;
  s.response_rate = input->sent > 0 ? (double) input->responses / input->sent : 0;
  s.rate_threshold = PHOENIX_AGENT_GOOD_RESPONSE_RATE;
  if (s.insights != NULL)
    {
      double typical = typical_response_rate (input, s.insights);

      /* The flywheel's typical rate replaces 30 %, within reason (10–50 %). */
      if (typical >= 0)
        {
          s.rate_threshold = CLAMP (typical, 0.10, 0.50);
          s.threshold_from_insights = TRUE;
        }
      for (guint i = 0; input->missing_skills != NULL && i < input->missing_skills->len; i++)
        {
          const PhoenixAgentItem *skill = g_ptr_array_index (input->missing_skills, i);
          double share = phoenix_insights_get_asked_share (s.insights, skill->id);

          if (share >= PHOENIX_AGENT_ASKED_SHARE && share > s.asked_share)
            {
              s.asked_missing = skill;
              s.asked_share = share;
            }
        }
    }
  if (input->sent < PHOENIX_AGENT_MIN_APPLICATIONS)
    s.rate_threshold = -1;  /* too few applications to judge a rate */

  advice = g_new0 (PhoenixAdvice, 1);
  advice->reasons = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (rules[i].when (&s))
      {
        advice->step = rules[i].step;
        rules[i].explain (&s, advice);
        break;
      }

  phoenix_success_coefficients_init_shipped (&coefficients);
  if (s.insights != NULL)
    phoenix_insights_get_success_model (s.insights, &coefficients);
  success_inputs.years = input->years_bucket;
  success_inputs.education = input->education_bucket;
  success_inputs.ats = phoenix_contribution_ats_bucket (input->best_ats);
  success_inputs.skill_coverage = input->skill_coverage;
  success_inputs.sent = input->sent;
  success_inputs.response_rate = s.response_rate;
  advice->success = phoenix_success_estimate (&coefficients, &success_inputs, &advice->success_factors);
  advice->success_from_flywheel = coefficients.from_flywheel;
  advice->success_text = phoenix_success_describe (advice->success, coefficients.from_flywheel);

  return advice;
}

JsonNode *
phoenix_advice_to_json (PhoenixAdvice *advice)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();

  g_return_val_if_fail (advice != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "step");
  json_builder_add_string_value (builder, phoenix_step_to_string (advice->step));
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, advice->title);
  json_builder_set_member_name (builder, "reasons");
  json_builder_begin_array (builder);
  for (guint i = 0; i < advice->reasons->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (advice->reasons, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "page");
  json_builder_add_string_value (builder, advice->page);
  json_builder_set_member_name (builder, "action");
  if (advice->action != NULL)
    json_builder_add_string_value (builder, advice->action);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "success");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "probability");
  json_builder_add_double_value (builder, round (advice->success * 1000) / 1000);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, advice->success_text);
  json_builder_set_member_name (builder, "model");
  json_builder_add_string_value (builder, advice->success_from_flywheel ? "flywheel" : "shipped");
  json_builder_set_member_name (builder, "factors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < advice->success_factors->len; i++)
    {
      PhoenixSuccessFactor *factor = g_ptr_array_index (advice->success_factors, i);
      static const char * const kinds[] = { "base", "years", "education", "ats", "skill_coverage", "response_rate" };

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "factor");
      json_builder_add_string_value (builder, kinds[factor->kind]);
      json_builder_set_member_name (builder, "weight");
      json_builder_add_double_value (builder, round (factor->weight * 1000) / 1000);
      json_builder_set_member_name (builder, "text");
      json_builder_add_string_value (builder, factor->text);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
