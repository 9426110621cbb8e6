/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-flywheel-insights"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "phoenix-contribution.h"
#include "phoenix-flywheel-insights.h"
#include "phoenix-randomized-response.h"

/* What one count bucket stands for when averaging ("21+" is taken as 30). */
static const double count_midpoints[] = { 0, 1.5, 4, 8, 15.5, 30 };

typedef struct
{
  const char *id;
  double      share;
  double      share_hired;
  guint       skill;
} Item;

static double
row (GHashTable *rows,
     const char *field,
     const char *value)
{
  g_autofree char *key = g_strdup_printf ("%s\t%s", field, value);
  gint64 *n = g_hash_table_lookup (rows, key);

  return n != NULL ? (double) *n : 0.0;
}

static double
rounded (double value)
{
  return round (value * 1000.0) / 1000.0;
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const Item *x = a, *y = b;

  if (x->share != y->share)
    return x->share < y->share ? 1 : -1;
  return strcmp (x->id, y->id);
}

static int
compare_items_hired (gconstpointer a,
                     gconstpointer b)
{
  const Item *x = a, *y = b;

  if (x->share_hired != y->share_hired)
    return x->share_hired < y->share_hired ? 1 : -1;
  return strcmp (x->id, y->id);
}

/* De-noised shares of a field's values among @n contributions, clamped to [0, 1] and summing to 1. */
static double *
field_shares (GHashTable              *rows,
              PhoenixTaxonomy         *taxonomy,
              PhoenixContributionField field,
              const char              *prefix,
              guint                   *n_values)
{
  const char * const *values = phoenix_contribution_field_values (field, taxonomy, n_values);
  g_autofree char *name = g_strdup_printf ("%s%s", prefix, phoenix_contribution_field_name (field));
  double *shares = g_new0 (double, *n_values);
  double total = 0;

  for (guint i = 0; i < *n_values; i++)
    shares[i] = row (rows, name, values[i]);
  phoenix_rr_estimate_counts (shares, *n_values, PHOENIX_RR_EPSILON, shares);
  for (guint i = 0; i < *n_values; i++)
    total += (shares[i] = MAX (shares[i], 0.0));
  for (guint i = 0; i < *n_values; i++)
    shares[i] = total > 0 ? shares[i] / total : 0.0;
  return shares;
}

static void
add_distribution (JsonBuilder             *builder,
                  GHashTable              *rows,
                  PhoenixTaxonomy         *taxonomy,
                  PhoenixContributionField field,
                  guint                    top)
{
  guint n;
  const char * const *values = phoenix_contribution_field_values (field, taxonomy, &n);
  g_autofree double *shares = field_shares (rows, taxonomy, field, "", &n);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));

  for (guint i = 0; i < n; i++)
    {
      Item item = { values[i], shares[i], 0, 0 };

      g_array_append_val (items, item);
    }
  if (top > 0)
    g_array_sort (items, compare_items);

  json_builder_set_member_name (builder, phoenix_contribution_field_name (field));
  json_builder_begin_object (builder);
  for (guint i = 0; i < items->len && (top == 0 || i < top); i++)
    {
      Item *item = &g_array_index (items, Item, i);

      if (top > 0 && item->share <= 0)
        break;
      json_builder_set_member_name (builder, item->id);
      json_builder_add_double_value (builder, rounded (item->share));
    }
  json_builder_end_object (builder);
}

/* The target's skills, by the de-noised share of contributors holding (or asked for) each. */
static void
add_skills (JsonBuilder     *builder,
            GHashTable      *rows,
            PhoenixTaxonomy *taxonomy,
            const char      *occupation,
            const char      *field,
            double           n)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) links = NULL;
  guint index;

  if (phoenix_taxonomy_lookup_occupation (taxonomy, occupation, &index))
    links = phoenix_taxonomy_get_occupation_skills (taxonomy, index);
  for (guint i = 0; links != NULL && i < links->len; i++)
    {
      const char *id = phoenix_taxonomy_get_skill_id (taxonomy, g_array_index (links, PhoenixOccupationSkill, i).skill);
      double estimate = phoenix_rr_estimate_bit_count (row (rows, field, id), n, PHOENIX_RR_EPSILON);
      Item item = { id, CLAMP (estimate / n, 0.0, 1.0), 0, g_array_index (links, PhoenixOccupationSkill, i).skill };

      g_array_append_val (items, item);
    }
  g_array_sort (items, compare_items);

  json_builder_set_member_name (builder, field);
  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len && i < PHOENIX_FLYWHEEL_TOP_ITEMS; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      if (item->share <= 0)
        break;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, item->id);
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, phoenix_taxonomy_get_skill_label (taxonomy, item->skill, "en"));
      json_builder_set_member_name (builder, "share");
      json_builder_add_double_value (builder, rounded (item->share));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/*
 * Training modules by the de-noised share of hired contributors who had done
 * them: outcome (3 values) and the module's bit (2 values, ε/2) were perturbed
 * independently, so their joint table is de-noised as a whole.
 */
static void
add_training (JsonBuilder *builder,
              GHashTable  *rows,
              double       n)
{
  guint n_outcomes;
  const char * const *outcomes = phoenix_contribution_field_values (PHOENIX_CONTRIBUTION_OUTCOME, NULL, &n_outcomes);
  g_autoptr(GHashTable) modules = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autofree double *outcome_counts = g_new0 (double, n_outcomes);
  GHashTableIter iter;
  gpointer key;
  int hired = phoenix_contribution_field_index (PHOENIX_CONTRIBUTION_OUTCOME, NULL, "hired");

  for (guint o = 0; o < n_outcomes; o++)
    outcome_counts[o] = row (rows, "outcome", outcomes[o]);

  g_hash_table_iter_init (&iter, rows);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_str_has_prefix (key, "training|"))
      g_hash_table_add (modules, strchr (key, '\t') + 1);

  g_hash_table_iter_init (&iter, modules);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autofree double *table = g_new0 (double, n_outcomes * 2);
      double done = 0, hired_total;
      Item item = { key, 0, 0, 0 };

      for (guint o = 0; o < n_outcomes; o++)
        {
          g_autofree char *field = g_strdup_printf ("training|%s", outcomes[o]);
          double with = row (rows, field, key);

          table[o * 2 + 1] = with;
          table[o * 2 + 0] = outcome_counts[o] - with;
        }
      phoenix_rr_estimate_joint (table, n_outcomes, PHOENIX_RR_EPSILON, 2, phoenix_rr_bit_epsilon (PHOENIX_RR_EPSILON));
      for (guint o = 0; o < n_outcomes * 2; o++)
        table[o] = MAX (table[o], 0.0);
      for (guint o = 0; o < n_outcomes; o++)
        done += table[o * 2 + 1];
      hired_total = table[hired * 2] + table[hired * 2 + 1];
      item.share = CLAMP (done / n, 0.0, 1.0);
      item.share_hired = hired_total > 0 ? table[hired * 2 + 1] / hired_total : 0.0;
      g_array_append_val (items, item);
    }
  g_array_sort (items, compare_items_hired);

  json_builder_set_member_name (builder, "training");
  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len && i < PHOENIX_FLYWHEEL_TOP_ITEMS; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      if (item->share <= 0)
        continue;
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, item->id);
      json_builder_set_member_name (builder, "share");
      json_builder_add_double_value (builder, rounded (item->share));
      json_builder_set_member_name (builder, "share_hired");
      json_builder_add_double_value (builder, rounded (item->share_hired));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/*
 * The success model: logit P(hired) = intercept + Σ weights[field][value], a
 * naive-Bayes logistic model over one-hot buckets. Each weight is
 * ln P(value | hired) − ln P(value | not hired) from the de-noised joint table
 * of (outcome, field), with one pseudo-count per cell so no weight is infinite.
 */
static void
add_success_model (JsonBuilder *builder,
                   GHashTable  *rows)
{
  static const PhoenixContributionField inputs[] = {
    PHOENIX_CONTRIBUTION_YEARS, PHOENIX_CONTRIBUTION_EDUCATION, PHOENIX_CONTRIBUTION_ATS,
  };
  guint n_outcomes;
  const char * const *outcomes = phoenix_contribution_field_values (PHOENIX_CONTRIBUTION_OUTCOME, NULL, &n_outcomes);
  int hired = phoenix_contribution_field_index (PHOENIX_CONTRIBUTION_OUTCOME, NULL, "hired");
  double n_hired = 0, n_other = 0;

  json_builder_set_member_name (builder, "success_model");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "form");
  json_builder_add_string_value (builder, "logit P(hired) = intercept + sum of weights[field][value]");
  json_builder_set_member_name (builder, "weights");
  json_builder_begin_object (builder);
  for (guint f = 0; f < G_N_ELEMENTS (inputs); f++)
    {
      guint n_values;
      const char * const *values = phoenix_contribution_field_values (inputs[f], NULL, &n_values);
      g_autofree char *field = g_strdup_printf ("outcome|%s", phoenix_contribution_field_name (inputs[f]));
      g_autofree double *table = g_new0 (double, n_outcomes * n_values);
      g_autofree double *yes = g_new0 (double, n_values);
      g_autofree double *no = g_new0 (double, n_values);
      double total_yes = 0, total_no = 0;

      for (guint o = 0; o < n_outcomes; o++)
        for (guint v = 0; v < n_values; v++)
          {
            g_autofree char *value = g_strdup_printf ("%s|%s", outcomes[o], values[v]);

            table[o * n_values + v] = row (rows, field, value);
          }
      phoenix_rr_estimate_joint (table, n_outcomes, PHOENIX_RR_EPSILON, n_values, PHOENIX_RR_EPSILON);
      for (guint o = 0; o < n_outcomes; o++)
        for (guint v = 0; v < n_values; v++)
          {
            double cell = MAX (table[o * n_values + v], 0.0);

            if ((int) o == hired)
              yes[v] += cell;
            else
              no[v] += cell;
          }
      for (guint v = 0; v < n_values; v++)
        {
          total_yes += yes[v] + 1;
          total_no += no[v] + 1;
        }
      if (f == 0)
        {
          n_hired = total_yes - n_values;
          n_other = total_no - n_values;
        }

      json_builder_set_member_name (builder, phoenix_contribution_field_name (inputs[f]));
      json_builder_begin_object (builder);
      for (guint v = 0; v < n_values; v++)
        {
          json_builder_set_member_name (builder, values[v]);
          json_builder_add_double_value (builder, rounded (log ((yes[v] + 1) / total_yes) -
                                                           log ((no[v] + 1) / total_no)));
        }
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "intercept");
  json_builder_add_double_value (builder, rounded (log ((n_hired + 1) / (n_other + 1))));
  json_builder_end_object (builder);
}

/* Response and interview rates per sector, from every occupation's contributions. */
static void
add_sectors (JsonBuilder *builder,
             GHashTable  *all_rows,
             guint        k)
{
  static const PhoenixContributionField counts[] = {
    PHOENIX_CONTRIBUTION_APPLICATIONS, PHOENIX_CONTRIBUTION_RESPONSES, PHOENIX_CONTRIBUTION_INTERVIEWS,
  };
  guint n_sectors, n_buckets;
  const char * const *sectors = phoenix_contribution_field_values (PHOENIX_CONTRIBUTION_SECTOR, NULL, &n_sectors);
  const char * const *buckets = phoenix_contribution_field_values (PHOENIX_CONTRIBUTION_APPLICATIONS, NULL,
                                                                   &n_buckets);

  g_assert (n_buckets == G_N_ELEMENTS (count_midpoints));

  json_builder_set_member_name (builder, "sectors");
  json_builder_begin_array (builder);
  for (guint s = 0; s < n_sectors; s++)
    {
      double n = row (all_rows, "sector", sectors[s]);
      double means[G_N_ELEMENTS (counts)] = { 0 };

      if (n < k)
        continue;
      for (guint c = 0; c < G_N_ELEMENTS (counts); c++)
        {
          g_autofree char *field = g_strdup_printf ("%s|%s", phoenix_contribution_field_name (counts[c]), sectors[s]);
          g_autofree double *estimate = g_new0 (double, n_buckets);
          double total = 0;

          for (guint b = 0; b < n_buckets; b++)
            estimate[b] = row (all_rows, field, buckets[b]);
          phoenix_rr_estimate_counts (estimate, n_buckets, PHOENIX_RR_EPSILON, estimate);
          for (guint b = 0; b < n_buckets; b++)
            total += MAX (estimate[b], 0.0);
          for (guint b = 0; b < n_buckets && total > 0; b++)
            means[c] += MAX (estimate[b], 0.0) / total * count_midpoints[b];
        }

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "sector");
      json_builder_add_string_value (builder, sectors[s]);
      json_builder_set_member_name (builder, "contributors");
      json_builder_add_string_value (builder, phoenix_flywheel_contributors_bucket ((gint64) n));
      json_builder_set_member_name (builder, "applications");
      json_builder_add_double_value (builder, rounded (means[0]));
      json_builder_set_member_name (builder, "response_rate");
      json_builder_add_double_value (builder, means[0] > 0 ? rounded (CLAMP (means[1] / means[0], 0.0, 1.0)) : 0.0);
      json_builder_set_member_name (builder, "interview_rate");
      json_builder_add_double_value (builder, means[0] > 0 ? rounded (CLAMP (means[2] / means[0], 0.0, 1.0)) : 0.0);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

const char *
phoenix_flywheel_contributors_bucket (gint64 n)
{
  if (n < 10)
    return "<10";
  if (n < 20)
    return "10-19";
  if (n < 50)
    return "20-49";
  if (n < 100)
    return "50-99";
  if (n < 500)
    return "100-499";
  if (n < 1000)
    return "500-999";
  return "1000+";
}

JsonNode *
phoenix_flywheel_insights_build (PhoenixTaxonomy *taxonomy,
                                 const char      *occupation,
                                 GHashTable      *rows,
                                 GHashTable      *all_rows,
                                 guint            k)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  double n = row (rows, "n", "");

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (taxonomy), NULL);
  g_return_val_if_fail (occupation != NULL && rows != NULL && all_rows != NULL, NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "schema");
  json_builder_add_int_value (builder, PHOENIX_CONTRIBUTION_SCHEMA_VERSION);
  json_builder_set_member_name (builder, "occupation");
  json_builder_add_string_value (builder, occupation);
  json_builder_set_member_name (builder, "k");
  json_builder_add_int_value (builder, k);
  json_builder_set_member_name (builder, "published");
  json_builder_add_boolean_value (builder, n >= k);
  if (n >= k)
    {
      json_builder_set_member_name (builder, "contributors");
      json_builder_add_string_value (builder, phoenix_flywheel_contributors_bucket ((gint64) n));
      json_builder_set_member_name (builder, "epsilon");
      json_builder_add_double_value (builder, PHOENIX_RR_EPSILON);

      json_builder_set_member_name (builder, "distributions");
      json_builder_begin_object (builder);
      add_distribution (builder, rows, taxonomy, PHOENIX_CONTRIBUTION_OUTCOME, 0);
      add_distribution (builder, rows, taxonomy, PHOENIX_CONTRIBUTION_YEARS, 0);
      add_distribution (builder, rows, taxonomy, PHOENIX_CONTRIBUTION_EDUCATION, 0);
      add_distribution (builder, rows, taxonomy, PHOENIX_CONTRIBUTION_ATS, 0);
      add_distribution (builder, rows, taxonomy, PHOENIX_CONTRIBUTION_REGION, 0);
      add_distribution (builder, rows, taxonomy, PHOENIX_CONTRIBUTION_ORIGIN, 5);
      json_builder_end_object (builder);

      add_skills (builder, rows, taxonomy, occupation, "skills", n);
      add_skills (builder, rows, taxonomy, occupation, "skills_asked", n);
      add_training (builder, rows, n);
      add_success_model (builder, rows);
    }
  add_sectors (builder, all_rows, k);
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
