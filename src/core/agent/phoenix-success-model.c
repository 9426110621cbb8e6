/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-success-model"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "phoenix-contribution.h"
#include "phoenix-success-model.h"

/* The shipped coefficients (HACKING.md, "The agent"): prior guesses, non-decreasing along each list. */
static const PhoenixSuccessCoefficients shipped = {
  .intercept = -0.40,
  /* 0-1 2-4 5-9 10-19 20+ */
  .years = { -0.30, 0.00, 0.15, 0.25, 0.25 },
  /* none cap-bep bac bac+2 bac+3 bac+5 doctorate */
  .education = { -0.40, -0.20, 0.00, 0.15, 0.25, 0.35, 0.35 },
  /* none 0-19 20-39 40-59 60-79 80-100 ("none": nothing scored, weighs 0) */
  .ats = { 0.00, -0.80, -0.50, -0.20, 0.10, 0.40 },
  .from_flywheel = FALSE,
};

void
phoenix_success_coefficients_init_shipped (PhoenixSuccessCoefficients *coefficients)
{
  g_return_if_fail (coefficients != NULL);

  *coefficients = shipped;
}

static gboolean
read_weights (JsonObject               *weights,
              PhoenixContributionField  field,
              double                   *out,
              guint                     n_out)
{
  const char *name = phoenix_contribution_field_name (field);
  const char * const *values;
  JsonObject *table;
  guint n_values;

  if (!json_object_has_member (weights, name) ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (weights, name)))
    return FALSE;
  table = json_object_get_object_member (weights, name);
  values = phoenix_contribution_field_values (field, NULL, &n_values);
  g_assert (n_values == n_out);
  for (guint i = 0; i < n_values; i++)
    {
      JsonNode *node = json_object_get_member (table, values[i]);

      if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
          (json_node_get_value_type (node) != G_TYPE_DOUBLE && json_node_get_value_type (node) != G_TYPE_INT64))
        return FALSE;
      out[i] = json_node_get_double (node);
      if (!isfinite (out[i]) || fabs (out[i]) > 50)
        return FALSE;
    }

  return TRUE;
}

gboolean
phoenix_success_coefficients_from_json (PhoenixSuccessCoefficients *coefficients,
                                        JsonObject                 *model)
{
  PhoenixSuccessCoefficients read = { 0 };
  JsonNode *intercept;
  JsonObject *weights;

  g_return_val_if_fail (coefficients != NULL, FALSE);

  if (model == NULL)
    return FALSE;
  intercept = json_object_get_member (model, "intercept");
  if (intercept == NULL || !JSON_NODE_HOLDS_VALUE (intercept) ||
      (json_node_get_value_type (intercept) != G_TYPE_DOUBLE && json_node_get_value_type (intercept) != G_TYPE_INT64) ||
      !json_object_has_member (model, "weights") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (model, "weights")))
    return FALSE;
  read.intercept = json_node_get_double (intercept);
  if (!isfinite (read.intercept) || fabs (read.intercept) > 50)
    return FALSE;
  weights = json_object_get_object_member (model, "weights");
  if (!read_weights (weights, PHOENIX_CONTRIBUTION_YEARS, read.years, PHOENIX_SUCCESS_YEARS_BUCKETS) ||
      !read_weights (weights, PHOENIX_CONTRIBUTION_EDUCATION, read.education, PHOENIX_SUCCESS_EDUCATION_BUCKETS) ||
      !read_weights (weights, PHOENIX_CONTRIBUTION_ATS, read.ats, PHOENIX_SUCCESS_ATS_BUCKETS))
    return FALSE;
  read.from_flywheel = TRUE;
  *coefficients = read;

  return TRUE;
}

void
phoenix_success_factor_free (PhoenixSuccessFactor *factor)
{
  if (factor == NULL)
    return;
  g_free (factor->text);
  g_free (factor);
}

static void
add_factor (GPtrArray                *factors,
            PhoenixSuccessFactorKind  kind,
            double                    weight,
            const char               *helps,
            const char               *neutral,
            const char               *holds_back)
{
  PhoenixSuccessFactor *factor;

  if (factors == NULL)
    return;
  factor = g_new0 (PhoenixSuccessFactor, 1);
  factor->kind = kind;
  factor->weight = weight;
  factor->text = g_strdup (weight > 0.05 ? helps : weight < -0.05 ? holds_back : neutral);
  g_ptr_array_add (factors, factor);
}

static double
bucket_weight (PhoenixContributionField  field,
               const char               *value,
               const double             *weights)
{
  int index;

  if (value == NULL)
    return 0;
  index = phoenix_contribution_field_index (field, NULL, value);

  return index < 0 ? 0 : weights[index];
}

static int
compare_factors (gconstpointer a,
                 gconstpointer b)
{
  const PhoenixSuccessFactor *x = *(PhoenixSuccessFactor * const *) a;
  const PhoenixSuccessFactor *y = *(PhoenixSuccessFactor * const *) b;

  if (x->kind == PHOENIX_SUCCESS_FACTOR_BASE || y->kind == PHOENIX_SUCCESS_FACTOR_BASE)
    return (x->kind == PHOENIX_SUCCESS_FACTOR_BASE) - (y->kind == PHOENIX_SUCCESS_FACTOR_BASE);
  return fabs (y->weight) > fabs (x->weight) ? 1 : fabs (y->weight) < fabs (x->weight) ? -1 : 0;
}

double
phoenix_success_estimate (const PhoenixSuccessCoefficients *coefficients,
                          const PhoenixSuccessInputs       *inputs,
                          GPtrArray                       **factors_out)
{
  g_autoptr(GPtrArray) factors = NULL;
  double logit, term;

  g_return_val_if_fail (coefficients != NULL, 0);
  g_return_val_if_fail (inputs != NULL, 0);

  if (factors_out != NULL)
    factors = g_ptr_array_new_with_free_func ((GDestroyNotify) phoenix_success_factor_free);

  logit = coefficients->intercept;
  add_factor (factors, PHOENIX_SUCCESS_FACTOR_BASE, coefficients->intercept,
              coefficients->from_flywheel ? _("Where people who aim at this job stand, from the flywheel")
                                          : _("A starting point for any career change"),
              coefficients->from_flywheel ? _("Where people who aim at this job stand, from the flywheel")
                                          : _("A starting point for any career change"),
              coefficients->from_flywheel ? _("Where people who aim at this job stand, from the flywheel")
                                          : _("A starting point for any career change"));

  term = bucket_weight (PHOENIX_CONTRIBUTION_YEARS, inputs->years, coefficients->years);
  logit += term;
  add_factor (factors, PHOENIX_SUCCESS_FACTOR_YEARS, term,
              _("Your years of experience are an asset"),
              _("Your years of experience"),
              _("Little work experience so far: every job, course or project you add counts"));

  term = bucket_weight (PHOENIX_CONTRIBUTION_EDUCATION, inputs->education, coefficients->education);
  logit += term;
  add_factor (factors, PHOENIX_SUCCESS_FACTOR_EDUCATION, term,
              _("Your education helps"),
              _("Your education"),
              _("A qualification would open more doors: training can lead to one"));

  term = bucket_weight (PHOENIX_CONTRIBUTION_ATS, inputs->ats, coefficients->ats);
  logit += term;
  add_factor (factors, PHOENIX_SUCCESS_FACTOR_ATS, term,
              _("Your CV matches the offers you checked well"),
              _("How your CV matches offers: check one to know"),
              _("Your CV could match the offers better"));

  if (inputs->skill_coverage >= 0)
    {
      term = PHOENIX_SUCCESS_COVERAGE_WEIGHT * (CLAMP (inputs->skill_coverage, 0, 1) - 0.5);
      logit += term;
      add_factor (factors, PHOENIX_SUCCESS_FACTOR_COVERAGE, term,
                  _("You already hold many of the target job’s key skills"),
                  _("You hold about half of the target job’s key skills"),
                  _("The target job’s key skills are still ahead of you: training closes the gap"));
    }

  if (inputs->sent >= PHOENIX_SUCCESS_MIN_SENT)
    {
      term = PHOENIX_SUCCESS_RESPONSE_WEIGHT * (MIN (CLAMP (inputs->response_rate, 0, 1), 0.5) - 0.15);
      logit += term;
      add_factor (factors, PHOENIX_SUCCESS_FACTOR_RESPONSE, term,
                  _("Employers answer your applications"),
                  _("Employers answer some of your applications"),
                  _("Few answers so far: better-aimed letters raise them"));
    }

  if (factors != NULL)
    {
      g_ptr_array_sort (factors, compare_factors);
      *factors_out = g_steal_pointer (&factors);
    }

  return 1.0 / (1.0 + exp (-logit));
}

char *
phoenix_success_describe (double   probability,
                          gboolean from_flywheel)
{
  int in_ten = (int) CLAMP (round (probability * 10), 1, 9);
  const char *band;

  if (probability >= 0.7)
    band = _("Very good chances");
  else if (probability >= 0.5)
    band = _("Good chances");
  else if (probability >= 0.3)
    band = _("Within reach");
  else
    band = _("A climb, and every step counts");

  if (from_flywheel)
    /* Translators: the first %s is e.g. “Good chances”; %d is 1 to 9 */
    return g_strdup_printf (_("%s: about %d in 10 people with a profile like yours made this change. "
                              "An estimate from anonymous statistics, not a promise."), band, in_ten);
  /* Translators: the first %s is e.g. “Good chances”; %d is 1 to 9 */
  return g_strdup_printf (_("%s: roughly %d in 10 by our rough model. "
                            "An estimate, not a promise: what you do next matters more."), band, in_ten);
}
