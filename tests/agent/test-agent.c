/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The agent (src/core/agent): every rule of the table fires on the profile
 * that should trigger it and not on its neighbours (the same profile one step
 * past each threshold); insights change the advice as HACKING.md documents;
 * the success estimate is monotonic in each documented input; the insights
 * parser takes the server's answer and refuses anything else; the metric
 * history and the Overview's data on a real vault.
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "phoenix-agent.h"
#include "phoenix-application-store.h"
#include "phoenix-metric-history.h"
#include "phoenix-overview-data.h"
#include "phoenix-test-vault.h"
#include "phoenix-training-progress.h"

/* A profile at which no rule but "train" fires: good CV, a target, 10 applications half answered. */
static PhoenixAgentInput *
good_input (void)
{
  PhoenixAgentInput *input = phoenix_agent_input_new ();

  input->cv_completeness = 90;
  input->best_ats = 85;
  input->target_code = g_strdup ("M1805");
  input->target_label = g_strdup ("Études et développement informatique");
  input->sent = 10;
  input->responses = 5;
  input->interviews = 2;
  input->skill_coverage = 0.6;
  g_ptr_array_add (input->sectors, g_strdup ("M"));
  phoenix_agent_input_add_item (input->missing_skills, "esco:aaa", "Programmation Python");
  phoenix_agent_input_add_item (input->missing_skills, "esco:bbb", "SQL");
  phoenix_agent_input_add_item (input->path, "python-bases", "Python : les bases");
  phoenix_agent_input_add_item (input->path, "sql", "SQL pour l’analyse");
  input->years_bucket = "5-9";
  input->education_bucket = "bac+3";
  return input;
}

static PhoenixStep
advise (PhoenixAgentInput *input,
        PhoenixInsights   *insights)
{
  g_autoptr(PhoenixAdvice) advice = phoenix_agent_advise (input, insights);

  g_assert_nonnull (advice->title);
  g_assert_cmpuint (advice->reasons->len, >, 0);
  g_assert_nonnull (advice->button);
  g_assert_true (g_strv_contains ((const char * const[]) { "cv", "letters", "training", NULL }, advice->page));
  g_assert_cmpfloat (advice->success, >, 0);
  g_assert_cmpfloat (advice->success, <, 1);
  return advice->step;
}

typedef void (*Change) (PhoenixAgentInput *input);

static void set_follow_up (PhoenixAgentInput *i) { i->follow_ups_due = 2; }
static void set_cv_79 (PhoenixAgentInput *i) { i->cv_completeness = 79; }
static void set_cv_80 (PhoenixAgentInput *i) { i->cv_completeness = 80; }
static void set_ats_79 (PhoenixAgentInput *i) { i->best_ats = 79; }
static void set_ats_80 (PhoenixAgentInput *i) { i->best_ats = 80; }
static void set_no_ats (PhoenixAgentInput *i) { i->best_ats = -1; }
static void set_no_target (PhoenixAgentInput *i) { g_clear_pointer (&i->target_code, g_free); }
static void set_sent_4 (PhoenixAgentInput *i) { i->sent = 4; i->responses = 2; }
static void set_sent_5 (PhoenixAgentInput *i) { i->sent = 5; i->responses = 2; }
static void set_rate_29 (PhoenixAgentInput *i) { i->sent = 100; i->responses = 29; }
static void set_rate_30 (PhoenixAgentInput *i) { i->sent = 100; i->responses = 30; }
static void set_stalled (PhoenixAgentInput *i) { i->stalled_module = g_strdup ("Python : les bases"); i->stalled_days = 30; }
static void set_nothing (PhoenixAgentInput *i) { }

static const struct
{
  const char *name;
  Change      change;
  PhoenixStep expected;
} rule_cases[] = {
  /* Each rule on its profile … */
  { "follow-up", set_follow_up, PHOENIX_STEP_FOLLOW_UP },
  { "cv-79", set_cv_79, PHOENIX_STEP_IMPROVE_CV },
  { "ats-79", set_ats_79, PHOENIX_STEP_IMPROVE_CV },
  { "no-target", set_no_target, PHOENIX_STEP_CHOOSE_TARGET },
  { "sent-4", set_sent_4, PHOENIX_STEP_WRITE_LETTERS },
  { "rate-29", set_rate_29, PHOENIX_STEP_IMPROVE_LETTERS },
  { "stalled", set_stalled, PHOENIX_STEP_RESUME_TRAINING },
  { "good", set_nothing, PHOENIX_STEP_TRAIN },
  /* … and not on its neighbours, one step past the threshold. */
  { "cv-80", set_cv_80, PHOENIX_STEP_TRAIN },
  { "ats-80", set_ats_80, PHOENIX_STEP_TRAIN },
  { "no-ats-scored", set_no_ats, PHOENIX_STEP_TRAIN },
  { "sent-5", set_sent_5, PHOENIX_STEP_TRAIN },
  { "rate-30", set_rate_30, PHOENIX_STEP_TRAIN },
};

static void
test_rules_each (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (rule_cases); i++)
    {
      g_autoptr(PhoenixAgentInput) input = good_input ();

      rule_cases[i].change (input);
      g_test_message ("%s", rule_cases[i].name);
      g_assert_cmpstr (phoenix_step_to_string (advise (input, NULL)), ==,
                       phoenix_step_to_string (rule_cases[i].expected));
    }
}

/* Two conditions at once: the rule higher in the table wins, as documented. */
static void
test_rules_order (void)
{
  guint n_rules;
  const PhoenixStep *rules = phoenix_agent_get_rules (&n_rules);
  Change triggers[] = { set_follow_up, set_cv_79, set_no_target, NULL, set_sent_4, set_rate_29, set_stalled, set_nothing };

  g_assert_cmpuint (n_rules, ==, PHOENIX_N_STEPS);
  g_assert_cmpint (rules[0], ==, PHOENIX_STEP_FOLLOW_UP);
  g_assert_cmpint (rules[n_rules - 1], ==, PHOENIX_STEP_TRAIN);
  for (guint a = 0; a < G_N_ELEMENTS (triggers); a++)
    for (guint b = a + 1; b < G_N_ELEMENTS (triggers); b++)
      {
        g_autoptr(PhoenixAgentInput) input = good_input ();

        if (triggers[a] == NULL || triggers[b] == NULL)
          continue;
        /* "write letters" and "improve letters" are exclusive (5 sent is the line between them). */
        if (triggers[a] == set_sent_4 && triggers[b] == set_rate_29)
          continue;
        triggers[b] (input);
        triggers[a] (input);
        g_assert_cmpint (advise (input, NULL), ==, rules[a]);
      }
}

/* Where each step takes the user: a page of the window and, for some, the feature's own action. */
static void
test_rules_targets (void)
{
  g_autoptr(PhoenixAgentInput) input = good_input ();
  g_autoptr(PhoenixAdvice) target = NULL;
  g_autoptr(PhoenixAdvice) letters = NULL;
  g_autoptr(PhoenixAdvice) ats = NULL;

  set_no_target (input);
  target = phoenix_agent_advise (input, NULL);
  g_assert_cmpstr (target->page, ==, "training");
  g_assert_cmpstr (target->action, ==, "training.choose-target");
  g_clear_pointer (&input, phoenix_agent_input_free);
  input = good_input ();
  set_sent_4 (input);
  letters = phoenix_agent_advise (input, NULL);
  g_assert_cmpstr (letters->page, ==, "letters");
  g_assert_cmpstr (letters->action, ==, "letters.new");
  g_clear_pointer (&input, phoenix_agent_input_free);
  input = good_input ();
  set_ats_79 (input);
  ats = phoenix_agent_advise (input, NULL);
  g_assert_cmpstr (ats->page, ==, "cv");
  g_assert_cmpstr (ats->action, ==, "win.ats-check");
  g_assert_nonnull (strstr (g_ptr_array_index (ats->reasons, 1), "79/100"));
}

static const char insights_json[] =
  "{\"schema\":1,\"occupation\":\"M1805\",\"k\":10,\"published\":true,\"contributors\":\"100-499\",\"epsilon\":2.0,"
  "\"distributions\":{},"
  "\"skills\":[],"
  "\"skills_asked\":[{\"id\":\"esco:bbb\",\"label\":\"SQL\",\"share\":0.72},{\"id\":\"esco:aaa\",\"label\":\"Python\",\"share\":0.31}],"
  "\"training\":[{\"id\":\"sql\",\"share\":0.2,\"share_hired\":0.55},{\"id\":\"other\",\"share\":0.1,\"share_hired\":0.8}],"
  "\"success_model\":{\"form\":\"logit\",\"intercept\":0.5,"
  "  \"weights\":{\"years\":{\"0-1\":-1,\"2-4\":0,\"5-9\":0.2,\"10-19\":0.3,\"20+\":0.1},"
  "  \"education\":{\"none\":-1,\"cap-bep\":-0.5,\"bac\":0,\"bac+2\":0.1,\"bac+3\":0.2,\"bac+5\":0.3,\"doctorate\":0.3},"
  "  \"ats\":{\"none\":0,\"0-19\":-1,\"20-39\":-0.5,\"40-59\":0,\"60-79\":0.3,\"80-100\":0.6}}},"
  "\"sectors\":[{\"sector\":\"M\",\"contributors\":\"100-499\",\"applications\":8,\"response_rate\":0.15,\"interview_rate\":0.05}]}";

static PhoenixInsights *
load_insights (const char *json)
{
  g_autoptr(GError) error = NULL;
  PhoenixInsights *insights = phoenix_insights_new_from_json (json, -1, &error);

  g_assert_no_error (error);
  return insights;
}

/* Insights change the advice as documented (HACKING.md, "The agent"). */
static void
test_insights_change_advice (void)
{
  g_autoptr(PhoenixInsights) insights = load_insights (insights_json);
  g_autoptr(PhoenixAgentInput) input = NULL;

  /* 1. A missing skill asked by ≥ 50 % of offers comes before writing letters. */
  input = good_input ();
  set_sent_4 (input);
  g_assert_cmpint (advise (input, NULL), ==, PHOENIX_STEP_WRITE_LETTERS);
  {
    g_autoptr(PhoenixAdvice) advice = phoenix_agent_advise (input, insights);

    g_assert_cmpint (advice->step, ==, PHOENIX_STEP_LEARN_ASKED_SKILL);
    g_assert_true (advice->from_insights);
    g_assert_nonnull (strstr (advice->title, "SQL"));
    g_assert_nonnull (strstr (g_ptr_array_index (advice->reasons, 0), "72"));
  }
  /* Not when the skill is held (not in the missing list). */
  g_ptr_array_remove_index (input->missing_skills, 1);
  g_assert_cmpint (advise (input, insights), ==, PHOENIX_STEP_WRITE_LETTERS);
  g_clear_pointer (&input, phoenix_agent_input_free);

  /* 2. The sector's typical response rate (15 %) replaces 30 %: 20 % is then fine … */
  input = good_input ();
  input->sent = 100;
  input->responses = 20;
  g_assert_cmpint (advise (input, NULL), ==, PHOENIX_STEP_IMPROVE_LETTERS);
  g_assert_cmpint (advise (input, insights), ==, PHOENIX_STEP_TRAIN);
  /* … and 14 % is still low. */
  input->responses = 14;
  g_assert_cmpint (advise (input, insights), ==, PHOENIX_STEP_IMPROVE_LETTERS);
  g_clear_pointer (&input, phoenix_agent_input_free);

  /* 3. Training: the most asked skill first, and the path's module that preceded success named. */
  input = good_input ();
  {
    g_autoptr(PhoenixAdvice) plain = phoenix_agent_advise (input, NULL);
    g_autoptr(PhoenixAdvice) informed = phoenix_agent_advise (input, insights);
    const char *plain_skills = g_ptr_array_index (plain->reasons, 0);
    const char *informed_skills = g_ptr_array_index (informed->reasons, 0);

    g_assert_cmpint (informed->step, ==, PHOENIX_STEP_TRAIN);
    g_assert_true (strstr (plain_skills, "Python") < strstr (plain_skills, "SQL"));
    g_assert_true (strstr (informed_skills, "SQL") < strstr (informed_skills, "Python"));
    g_assert_nonnull (strstr (g_ptr_array_index (informed->reasons, 1), "SQL pour l’analyse"));
    g_assert_nonnull (strstr (g_ptr_array_index (informed->reasons, 1), "55"));
    g_assert_null (strstr (g_ptr_array_index (plain->reasons, 1), "55"));

    /* 4. The flywheel's success model replaces the shipped one. */
    g_assert_false (plain->success_from_flywheel);
    g_assert_true (informed->success_from_flywheel);
    g_assert_cmpfloat (fabs (plain->success - informed->success), >, 0.01);
  }
  g_clear_pointer (&input, phoenix_agent_input_free);

  /* Insights about another occupation, or unpublished, change nothing. */
  {
    g_autofree char *other = g_strdup (insights_json);
    g_autoptr(PhoenixInsights) other_insights = NULL;
    g_autoptr(PhoenixInsights) unpublished = load_insights ("{\"schema\":1,\"occupation\":\"M1805\",\"k\":10,"
                                                            "\"published\":false,\"sectors\":[]}");

    memcpy (strstr (other, "M1805"), "J1506", 5);
    other_insights = load_insights (other);
    input = good_input ();
    set_sent_4 (input);
    g_assert_cmpint (advise (input, other_insights), ==, PHOENIX_STEP_WRITE_LETTERS);
    g_assert_cmpint (advise (input, unpublished), ==, PHOENIX_STEP_WRITE_LETTERS);
    g_assert_false (phoenix_insights_get_published (unpublished));
  }
}

static void
test_insights_parse (void)
{
  g_autoptr(PhoenixInsights) insights = load_insights (insights_json);
  PhoenixSuccessCoefficients model;
  const char *bad[] = {
    "", "[]", "{}", "not json", "{\"schema\":2,\"occupation\":\"M1805\",\"published\":true}",
    "{\"schema\":1,\"published\":true}", "{\"schema\":1,\"occupation\":\"M1805\",\"published\":\"yes\"}",
  };

  g_assert_cmpstr (phoenix_insights_get_occupation (insights), ==, "M1805");
  g_assert_cmpuint (phoenix_insights_get_skills_asked (insights)->len, ==, 2);
  g_assert_cmpfloat_with_epsilon (phoenix_insights_get_asked_share (insights, "esco:bbb"), 0.72, 1e-9);
  g_assert_cmpfloat (phoenix_insights_get_asked_share (insights, "esco:zzz"), ==, -1);
  g_assert_cmpstr (((PhoenixInsightItem *) g_ptr_array_index (phoenix_insights_get_training (insights), 0))->id, ==, "other");
  g_assert_cmpfloat_with_epsilon (phoenix_insights_get_response_rate (insights, "M"), 0.15, 1e-9);
  g_assert_cmpfloat (phoenix_insights_get_response_rate (insights, "A"), ==, -1);
  g_assert_true (phoenix_insights_get_success_model (insights, &model));
  g_assert_cmpfloat (model.intercept, ==, 0.5);
  g_assert_cmpfloat (model.ats[5], ==, 0.6);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PhoenixInsights) none = phoenix_insights_new_from_json (bad[i], -1, &error);

      g_assert_null (none);
      g_assert_error (error, PHOENIX_INSIGHTS_ERROR, PHOENIX_INSIGHTS_ERROR_MALFORMED);
    }
  /* A model with a missing weight is ignored: the shipped one stays. */
  {
    g_autofree char *broken = g_strdup (insights_json);
    g_autoptr(PhoenixInsights) partial = NULL;

    memcpy (strstr (broken, "\"20+\""), "\"21+\"", 5);
    partial = load_insights (broken);
    g_assert_false (phoenix_insights_get_success_model (partial, &model));
  }
}

/* The estimate never falls when one documented input improves, the others fixed. */
static void
test_success_monotonic (void)
{
  static const char * const years[] = { "0-1", "2-4", "5-9", "10-19", "20+" };
  static const char * const education[] = { "none", "cap-bep", "bac", "bac+2", "bac+3", "bac+5", "doctorate" };
  static const char * const ats[] = { "0-19", "20-39", "40-59", "60-79", "80-100" };
  PhoenixSuccessCoefficients c;
  guint checked = 0;

  phoenix_success_coefficients_init_shipped (&c);
  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    for (guint e = 0; e < G_N_ELEMENTS (education); e++)
      for (guint a = 0; a < G_N_ELEMENTS (ats); a++)
        for (guint k = 0; k <= 10; k++)
          for (guint r = 0; r <= 10; r++)
            {
              PhoenixSuccessInputs in = { years[y], education[e], ats[a], k / 10.0, 20, r / 10.0 };
              double p = phoenix_success_estimate (&c, &in, NULL);
              PhoenixSuccessInputs up;

              g_assert_cmpfloat (p, >, 0.01);
              g_assert_cmpfloat (p, <, 0.99);
#define CHECK_UP(field, value) \
  up = in; up.field = value; g_assert_cmpfloat (phoenix_success_estimate (&c, &up, NULL), >=, p); checked++;
              if (y + 1 < G_N_ELEMENTS (years)) { CHECK_UP (years, years[y + 1]); }
              if (e + 1 < G_N_ELEMENTS (education)) { CHECK_UP (education, education[e + 1]); }
              if (a + 1 < G_N_ELEMENTS (ats)) { CHECK_UP (ats, ats[a + 1]); }
              if (k < 10) { CHECK_UP (skill_coverage, (k + 1) / 10.0); }
              if (r < 10) { CHECK_UP (response_rate, (r + 1) / 10.0); }
              CHECK_UP (sent, 40);
#undef CHECK_UP
            }
  g_test_message ("%u comparisons", checked);
  /* Strictly: the coverage and the ATS score move it. */
  {
    PhoenixSuccessInputs low = { "5-9", "bac", "20-39", 0.1, 0, 0 };
    PhoenixSuccessInputs high = { "5-9", "bac", "80-100", 0.9, 0, 0 };

    g_assert_cmpfloat (phoenix_success_estimate (&c, &high, NULL), >, phoenix_success_estimate (&c, &low, NULL) + 0.2);
  }
}

/* The wording encourages and never claims certainty. */
static void
test_success_wording (void)
{
  for (guint i = 0; i <= 20; i++)
    for (guint flywheel = 0; flywheel < 2; flywheel++)
      {
        g_autofree char *text = phoenix_success_describe (i / 20.0, flywheel);

        g_assert_nonnull (strstr (text, "not a promise"));
        g_assert_null (strstr (text, "10 in 10"));
        g_assert_null (strstr (text, "0 in 10"));
        g_assert_null (strstr (text, "certain"));
      }
}

static void
test_history (PhoenixTestVault *f,
              gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) points = NULL;

  g_assert_true (phoenix_metric_history_record (f->vault, "2026-01-05", "cv", 40, &error));
  g_assert_true (phoenix_metric_history_record (f->vault, "2026-02-05", "cv", 70, &error));
  g_assert_true (phoenix_metric_history_record (f->vault, "2026-02-05", "cv", 75, &error));
  g_assert_true (phoenix_metric_history_record (f->vault, "2026-02-05", "ats", 55, &error));
  g_assert_no_error (error);
  g_assert_false (phoenix_metric_history_record (f->vault, "2026-13-05", "cv", 1, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_INVALID);
  g_clear_error (&error);

  phoenix_test_vault_reopen (f);
  points = phoenix_metric_history_read (f->vault, "cv", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (points->len, ==, 2);
  g_assert_cmpfloat (g_array_index (points, PhoenixMetricPoint, 0).value, ==, 40);
  g_assert_cmpfloat (g_array_index (points, PhoenixMetricPoint, 1).value, ==, 75);
  g_assert_cmpuint (g_array_index (points, PhoenixMetricPoint, 1).day - g_array_index (points, PhoenixMetricPoint, 0).day, ==, 31);
  g_clear_pointer (&points, g_array_unref);
  points = phoenix_metric_history_read (f->vault, "cv", "2026-02-01", &error);
  g_assert_cmpuint (points->len, ==, 1);

  phoenix_vault_lock (f->vault);
  g_assert_false (phoenix_metric_history_record (f->vault, "2026-02-06", "cv", 1, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED);
}

/* The Overview's data on a real vault: applications, their answers, follow-ups, history. */
static void
test_overview_data (PhoenixTestVault *f,
                    gconstpointer     data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixTaxonomy) taxonomy = phoenix_taxonomy_new_from_file (g_getenv ("PHOENIX_TAXONOMY"), &error);
  g_autoptr(PhoenixOverviewSnapshot) snapshot = NULL;
  g_autoptr(PhoenixOverview) overview = NULL;
  g_autoptr(PhoenixTrainingProgress) progress = phoenix_training_progress_new (f->vault);
  g_autoptr(GPtrArray) apps = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GDate today;

  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, (time_t) now);
  phoenix_profile_set_name (profile, "Camille Martin");
  phoenix_profile_set_headline (profile, "Infirmière");

  /* 8 sent over 8 weeks in sector M, 3 answered (one interview), one follow-up due; 2 not sent. */
  for (guint i = 0; i < 10; i++)
    {
      g_autofree char *company = g_strdup_printf ("Entreprise %u", i);
      PhoenixJobApplication *app = phoenix_job_application_new (company, "Développeuse");

      phoenix_job_application_set_sector (app, "M");
      if (i < 8)
        {
          gint64 sent = now - (gint64) (8 - i) * 7 * 86400;

          phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_SENT, sent, NULL);
          phoenix_job_application_set_sent_at (app, sent);
          if (i < 3)
            phoenix_job_application_set_status (app, i == 0 ? PHOENIX_APPLICATION_STATUS_INTERVIEW
                                                            : PHOENIX_APPLICATION_STATUS_REJECTED, sent + 86400, NULL);
          if (i == 7)
            phoenix_job_application_set_follow_up_days (app, 5);
        }
      g_ptr_array_add (apps, app);
    }
  g_assert_true (phoenix_application_store_save (f->vault, (PhoenixJobApplication **) apps->pdata, apps->len, &error));
  g_assert_no_error (error);
  g_assert_true (phoenix_training_progress_load (progress, &error));
  g_assert_true (phoenix_training_progress_add_target (progress, "M1805", TRUE, &error));
  g_assert_true (phoenix_metric_history_record (f->vault, "2025-12-01", "cv", 30, &error));
  g_assert_no_error (error);

  snapshot = phoenix_overview_snapshot_read (f->vault, profile, &today, &error);
  g_assert_no_error (error);
  overview = phoenix_overview_compute (snapshot, taxonomy, "fr", rand);
  g_assert_cmpuint (overview->sent, ==, 8);
  g_assert_cmpuint (overview->responses, ==, 3);
  g_assert_cmpuint (overview->interviews, ==, 1);
  g_assert_cmpfloat_with_epsilon (overview->response_rate, 3.0 / 8, 1e-9);
  g_assert_cmpstr (overview->target_code, ==, "M1805");
  g_assert_cmpint (overview->best_ats, ==, -1);
  g_assert_cmpint (overview->training_percent, >=, 0);
  /* The follow-up comes first; the CV's completeness is low and second. */
  g_assert_cmpint (overview->advice->step, ==, PHOENIX_STEP_FOLLOW_UP);
  /* Series: weekly cumulative sendings ending at 8, today's CV value after the recorded one. */
  g_assert_cmpuint (overview->sent_series->len, >=, 8);
  g_assert_cmpfloat (g_array_index (overview->sent_series, PhoenixMetricPoint, overview->sent_series->len - 1).value, ==, 8);
  g_assert_cmpfloat (g_array_index (overview->sent_series, PhoenixMetricPoint, 0).value, ==, 1);
  g_assert_cmpfloat_with_epsilon (g_array_index (overview->response_series, PhoenixMetricPoint,
                                                 overview->response_series->len - 1).value, 37.5, 1e-9);
  g_assert_cmpuint (overview->cv_series->len, ==, 2);
  g_assert_cmpfloat (g_array_index (overview->cv_series, PhoenixMetricPoint, 0).value, ==, 30);
  /* The contribution: sector counts of M, the target, no names. */
  g_assert_nonnull (overview->truth);
  g_assert_cmpstr (phoenix_contribution_get_target (overview->truth), ==, "M1805");
  g_assert_true (overview->changed);
  {
    g_autofree char *json = phoenix_contribution_to_json (overview->payload);

    g_assert_null (strstr (json, "Camille"));
    g_assert_null (strstr (json, "Entreprise"));
  }

  /* Recording: today's values join the history. */
  g_assert_true (phoenix_overview_record (overview, f->vault, &today, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GArray) sent = phoenix_metric_history_read (f->vault, "sent", NULL, &error);

    g_assert_cmpuint (sent->len, ==, 1);
    g_assert_cmpfloat (g_array_index (sent, PhoenixMetricPoint, 0).value, ==, 8);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/agent/rules/each", test_rules_each);
  g_test_add_func ("/agent/rules/order", test_rules_order);
  g_test_add_func ("/agent/rules/targets", test_rules_targets);
  g_test_add_func ("/agent/insights/change-advice", test_insights_change_advice);
  g_test_add_func ("/agent/insights/parse", test_insights_parse);
  g_test_add_func ("/agent/success/monotonic", test_success_monotonic);
  g_test_add_func ("/agent/success/wording", test_success_wording);
  g_test_add ("/agent/history", PhoenixTestVault, NULL, phoenix_test_vault_setup, test_history,
              phoenix_test_vault_teardown);
  g_test_add ("/agent/overview-data", PhoenixTestVault, NULL, phoenix_test_vault_setup, test_overview_data,
              phoenix_test_vault_teardown);

  return g_test_run ();
}
