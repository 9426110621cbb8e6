/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-bench"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <time.h>

#include "phoenix-test-bench.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
phoenix_test_median (double *values,
                     guint   n)
{
  g_assert (n > 0);

  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double
phoenix_test_now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

long
phoenix_test_status_kib (const char *field)
{
  g_autofree char *status = NULL;
  g_autofree char *key = g_strconcat (field, ":", NULL);
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, key);

  return line != NULL ? atol (line + strlen (key)) : -1;
}

double
phoenix_test_median_array (GArray *values)
{
  g_return_val_if_fail (values != NULL && values->len > 0, 0);

  return phoenix_test_median ((double *) (gpointer) values->data, values->len);
}

double
phoenix_test_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}
