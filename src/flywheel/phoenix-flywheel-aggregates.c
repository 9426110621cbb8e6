/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-flywheel-aggregates"

#include "config.h"

#include <string.h>

#include "phoenix-flywheel-aggregates.h"
#include "phoenix-flywheel-store-private.h"

static void
add (GHashTable *changes,
     const char *occupation,
     const char *field,
     const char *value,
     gint64      sign)
{
  char *key = g_strdup_printf ("%s\t%s\t%s", occupation, field, value);
  gint64 *count = g_hash_table_lookup (changes, key);

  if (count != NULL)
    {
      *count += sign;
      g_free (key);
      return;
    }
  count = g_new (gint64, 1);
  *count = sign;
  g_hash_table_insert (changes, key, count);
}

static void
delta_free (gpointer data)
{
  PhoenixFlywheelDelta *delta = data;

  g_free (delta->occupation);
  g_free (delta->field);
  g_free (delta->value);
  g_free (delta);
}

static int
compare_deltas (gconstpointer a,
                gconstpointer b)
{
  const PhoenixFlywheelDelta *x = *(PhoenixFlywheelDelta * const *) a;
  const PhoenixFlywheelDelta *y = *(PhoenixFlywheelDelta * const *) b;
  int cmp = strcmp (x->occupation, y->occupation);

  if (cmp == 0)
    cmp = strcmp (x->field, y->field);
  if (cmp == 0)
    cmp = strcmp (x->value, y->value);
  return cmp;
}

GHashTable *
phoenix_flywheel_aggregates_new_changes (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

void
phoenix_flywheel_aggregates_collect (PhoenixContribution *contribution,
                                     gint64               sign,
                                     GHashTable          *changes)
{
  static const PhoenixContributionField joint[] = {
    PHOENIX_CONTRIBUTION_YEARS, PHOENIX_CONTRIBUTION_EDUCATION, PHOENIX_CONTRIBUTION_ATS,
  };
  const char *target = phoenix_contribution_get_target (contribution);
  const char *outcome = phoenix_contribution_get_value (contribution, PHOENIX_CONTRIBUTION_OUTCOME);
  const char *sector = phoenix_contribution_get_value (contribution, PHOENIX_CONTRIBUTION_SECTOR);
  g_autofree char *training_field = g_strdup_printf ("training|%s", outcome);

  g_return_if_fail (PHOENIX_IS_CONTRIBUTION (contribution));

  add (changes, target, "n", "", sign);
  for (guint f = PHOENIX_CONTRIBUTION_ORIGIN; f <= PHOENIX_CONTRIBUTION_OUTCOME; f++)
    add (changes, target, phoenix_contribution_field_name (f), phoenix_contribution_get_value (contribution, f),
         sign);
  for (guint i = 0; i < G_N_ELEMENTS (joint); i++)
    {
      g_autofree char *field = g_strdup_printf ("outcome|%s", phoenix_contribution_field_name (joint[i]));
      g_autofree char *value = g_strdup_printf ("%s|%s", outcome,
                                                phoenix_contribution_get_value (contribution, joint[i]));

      add (changes, target, field, value, sign);
    }
  for (guint s = PHOENIX_CONTRIBUTION_SKILLS; s <= PHOENIX_CONTRIBUTION_SKILLS_ASKED; s++)
    {
      GPtrArray *set = phoenix_contribution_get_set (contribution, s);

      for (guint i = 0; i < set->len; i++)
        add (changes, target, phoenix_contribution_set_name (s), g_ptr_array_index (set, i), sign);
    }
  {
    GPtrArray *set = phoenix_contribution_get_set (contribution, PHOENIX_CONTRIBUTION_TRAINING);

    for (guint i = 0; i < set->len; i++)
      add (changes, target, training_field, g_ptr_array_index (set, i), sign);
  }

  add (changes, PHOENIX_FLYWHEEL_ALL_OCCUPATIONS, "n", "", sign);
  add (changes, PHOENIX_FLYWHEEL_ALL_OCCUPATIONS, "sector", sector, sign);
  for (guint f = PHOENIX_CONTRIBUTION_APPLICATIONS; f <= PHOENIX_CONTRIBUTION_INTERVIEWS; f++)
    {
      g_autofree char *field = g_strdup_printf ("%s|%s", phoenix_contribution_field_name (f), sector);

      add (changes, PHOENIX_FLYWHEEL_ALL_OCCUPATIONS, field, phoenix_contribution_get_value (contribution, f), sign);
    }
}

GPtrArray *
phoenix_flywheel_aggregates_to_deltas (GHashTable *changes)
{
  GPtrArray *deltas = g_ptr_array_new_with_free_func (delta_free);
  GHashTableIter iter;
  gpointer key, value;

  g_hash_table_iter_init (&iter, changes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_auto(GStrv) parts = NULL;
      PhoenixFlywheelDelta *delta;

      if (*(gint64 *) value == 0)
        continue;
      parts = g_strsplit (key, "\t", 3);
      delta = g_new0 (PhoenixFlywheelDelta, 1);
      delta->occupation = g_strdup (parts[0]);
      delta->field = g_strdup (parts[1]);
      delta->value = g_strdup (parts[2]);
      delta->delta = *(gint64 *) value;
      g_ptr_array_add (deltas, delta);
    }
  g_ptr_array_sort (deltas, compare_deltas);

  return deltas;
}
