/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-flywheel-metrics"

#include "config.h"

#include "phoenix-flywheel-metrics.h"

/* Upper bounds of the latency histogram's buckets, in seconds. */
static const double latency_bounds[] = {
  0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
};

struct _PhoenixFlywheelMetrics
{
  GObject     parent_instance;

  GHashTable *requests;  /* "endpoint\tmethod\tstatus" → guint64 * */
  guint64     errors;
  guint64     buckets[G_N_ELEMENTS (latency_bounds)];
  guint64     count;
  double      sum;
};

G_DEFINE_FINAL_TYPE (PhoenixFlywheelMetrics, phoenix_flywheel_metrics, G_TYPE_OBJECT)

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static void
phoenix_flywheel_metrics_finalize (GObject *object)
{
  PhoenixFlywheelMetrics *self = (PhoenixFlywheelMetrics *) object;

  g_clear_pointer (&self->requests, g_hash_table_unref);

  G_OBJECT_CLASS (phoenix_flywheel_metrics_parent_class)->finalize (object);
}

static void
phoenix_flywheel_metrics_class_init (PhoenixFlywheelMetricsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_flywheel_metrics_finalize;
}

static void
phoenix_flywheel_metrics_init (PhoenixFlywheelMetrics *self)
{
  self->requests = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

PhoenixFlywheelMetrics *
phoenix_flywheel_metrics_new (void)
{
  return g_object_new (PHOENIX_TYPE_FLYWHEEL_METRICS, NULL);
}

void
phoenix_flywheel_metrics_record (PhoenixFlywheelMetrics *self,
                                 const char             *endpoint,
                                 const char             *method,
                                 guint                   status,
                                 double                  seconds)
{
  g_autofree char *key = NULL;
  guint64 *count;

  g_return_if_fail (PHOENIX_IS_FLYWHEEL_METRICS (self));

  /* Only known methods become labels: a client cannot grow the table with made-up ones. */
  if (!g_strv_contains ((const char * const[]) { "GET", "POST", "DELETE", "HEAD", "PUT", NULL }, method))
    method = "other";
  key = g_strdup_printf ("%s\t%s\t%u", endpoint, method, status);
  count = g_hash_table_lookup (self->requests, key);
  if (count == NULL)
    {
      count = g_new0 (guint64, 1);
      g_hash_table_insert (self->requests, g_steal_pointer (&key), count);
    }
  (*count)++;
  if (status >= 400)
    self->errors++;

  for (guint i = 0; i < G_N_ELEMENTS (latency_bounds); i++)
    if (seconds <= latency_bounds[i])
      self->buckets[i]++;
  self->count++;
  self->sum += seconds;
}

char *
phoenix_flywheel_metrics_to_text (PhoenixFlywheelMetrics *self,
                                  gint64                  stored,
                                  guint                   in_flight,
                                  guint                   connections)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree gpointer *keys = NULL;
  guint n_keys;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_METRICS (self), NULL);

  g_string_append (text,
                   "# HELP phoenix_flywheel_requests_total Requests answered, by endpoint, method and status.\n"
                   "# TYPE phoenix_flywheel_requests_total counter\n");
  keys = g_hash_table_get_keys_as_array (self->requests, &n_keys);
  qsort (keys, n_keys, sizeof (gpointer), compare_strings);
  for (guint i = 0; i < n_keys; i++)
    {
      g_auto(GStrv) parts = g_strsplit (keys[i], "\t", 3);

      g_string_append_printf (text,
                              "phoenix_flywheel_requests_total{endpoint=\"%s\",method=\"%s\",status=\"%s\"} %"
                              G_GUINT64_FORMAT "\n",
                              parts[0], parts[1], parts[2], *(guint64 *) g_hash_table_lookup (self->requests, keys[i]));
    }

  g_string_append_printf (text,
                          "# HELP phoenix_flywheel_errors_total Requests answered with a status of 400 or more.\n"
                          "# TYPE phoenix_flywheel_errors_total counter\n"
                          "phoenix_flywheel_errors_total %" G_GUINT64_FORMAT "\n", self->errors);

  g_string_append (text,
                   "# HELP phoenix_flywheel_request_duration_seconds Time from the first byte of a request to its "
                   "answer.\n"
                   "# TYPE phoenix_flywheel_request_duration_seconds histogram\n");
  for (guint i = 0; i < G_N_ELEMENTS (latency_bounds); i++)
    g_string_append_printf (text, "phoenix_flywheel_request_duration_seconds_bucket{le=\"%s\"} %" G_GUINT64_FORMAT "\n",
                            g_ascii_dtostr (number, sizeof number, latency_bounds[i]), self->buckets[i]);
  g_string_append_printf (text,
                          "phoenix_flywheel_request_duration_seconds_bucket{le=\"+Inf\"} %" G_GUINT64_FORMAT "\n"
                          "phoenix_flywheel_request_duration_seconds_sum %s\n"
                          "phoenix_flywheel_request_duration_seconds_count %" G_GUINT64_FORMAT "\n",
                          self->count, g_ascii_dtostr (number, sizeof number, self->sum), self->count);

  if (stored >= 0)
    g_string_append_printf (text,
                            "# HELP phoenix_flywheel_contributions_stored Contributions in the database.\n"
                            "# TYPE phoenix_flywheel_contributions_stored gauge\n"
                            "phoenix_flywheel_contributions_stored %" G_GINT64_FORMAT "\n", stored);
  g_string_append_printf (text,
                          "# HELP phoenix_flywheel_requests_in_flight Requests started and not yet answered.\n"
                          "# TYPE phoenix_flywheel_requests_in_flight gauge\n"
                          "phoenix_flywheel_requests_in_flight %u\n"
                          "# HELP phoenix_flywheel_connections Open client connections.\n"
                          "# TYPE phoenix_flywheel_connections gauge\n"
                          "phoenix_flywheel_connections %u\n", in_flight, connections);

  return g_string_free (g_steal_pointer (&text), FALSE);
}
