/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-util"

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <time.h>

#include "phoenix-test-util.h"

void
phoenix_test_remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          phoenix_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

void
phoenix_test_dir_setup (PhoenixTestDir *f,
                        gconstpointer   data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("phoenix-test-XXXXXX", &error);
  g_assert_no_error (error);
}

void
phoenix_test_dir_teardown (PhoenixTestDir *f,
                           gconstpointer   data)
{
  phoenix_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

double
phoenix_test_median (GArray *values)
{
  g_return_val_if_fail (values != NULL && values->len > 0, 0);

  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

double
phoenix_test_cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}
