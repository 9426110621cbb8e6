/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-application-stats"

#include "config.h"

#include <string.h>

#include "phoenix-application-stats.h"

static void
rate_free (gpointer data)
{
  PhoenixApplicationRate *rate = data;

  g_free (rate->key);
  g_free (rate);
}

double
phoenix_application_rate_get_response (const PhoenixApplicationRate *rate)
{
  g_return_val_if_fail (rate != NULL, 0);
  return rate->sent > 0 ? (double) rate->responses / rate->sent : 0;
}

double
phoenix_application_rate_get_interview (const PhoenixApplicationRate *rate)
{
  g_return_val_if_fail (rate != NULL, 0);
  return rate->sent > 0 ? (double) rate->interviews / rate->sent : 0;
}

static const char *
group_key (PhoenixJobApplication   *app,
           PhoenixApplicationGroup  group)
{
  switch (group)
    {
    case PHOENIX_APPLICATION_GROUP_SECTOR:
      return phoenix_job_application_get_sector (app);
    case PHOENIX_APPLICATION_GROUP_CHANNEL:
      return phoenix_application_channel_to_string (phoenix_job_application_get_channel (app));
    case PHOENIX_APPLICATION_GROUP_TEMPLATE:
      return phoenix_job_application_get_letter_template (app);
    case PHOENIX_APPLICATION_GROUP_ALL:
    default:
      return "";
    }
}

static int
compare_rates (gconstpointer a,
               gconstpointer b)
{
  const PhoenixApplicationRate *x = *(PhoenixApplicationRate * const *) a;
  const PhoenixApplicationRate *y = *(PhoenixApplicationRate * const *) b;

  if ((x->key[0] == '\0') != (y->key[0] == '\0'))
    return x->key[0] == '\0' ? 1 : -1;
  return strcmp (x->key, y->key);
}

GPtrArray *
phoenix_application_stats_compute (GListModel              *applications,
                                   PhoenixApplicationGroup  group)
{
  g_autoptr(GPtrArray) rates = g_ptr_array_new_with_free_func (rate_free);
  g_autoptr(GHashTable) by_key = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (applications), NULL);

  n = g_list_model_get_n_items (applications);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhoenixJobApplication) app = g_list_model_get_item (applications, i);
      const char *key = group_key (app, group);
      PhoenixApplicationRate *rate = g_hash_table_lookup (by_key, key);
      gboolean interview;

      if (rate == NULL)
        {
          rate = g_new0 (PhoenixApplicationRate, 1);
          rate->key = g_strdup (key);
          g_ptr_array_add (rates, rate);
          g_hash_table_insert (by_key, rate->key, rate);
        }
      rate->total++;
      if (!phoenix_job_application_reached (app, PHOENIX_APPLICATION_STATUS_SENT) &&
          phoenix_job_application_get_sent_at (app) == 0)
        continue;
      rate->sent++;
      interview = phoenix_job_application_reached (app, PHOENIX_APPLICATION_STATUS_INTERVIEW) ||
                  phoenix_job_application_reached (app, PHOENIX_APPLICATION_STATUS_OFFER);
      rate->interviews += interview;
      rate->responses += interview || phoenix_job_application_reached (app, PHOENIX_APPLICATION_STATUS_REJECTED);
    }

  if (group == PHOENIX_APPLICATION_GROUP_ALL && rates->len == 0)
    {
      PhoenixApplicationRate *rate = g_new0 (PhoenixApplicationRate, 1);

      rate->key = g_strdup ("");
      g_ptr_array_add (rates, rate);
    }
  g_ptr_array_sort (rates, compare_rates);
  return g_steal_pointer (&rates);
}
