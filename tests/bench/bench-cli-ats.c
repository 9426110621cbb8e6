/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-bench-cli-ats"

/*
 * `phoenix-cli ats RESUME OFFER` against `phoenix-cli --version` (issue #18: the taxonomy's
 * term table and job-title index ship built, so a check costs milliseconds over the program's
 * own start). The two commands run interleaved, A B A B…, each reaped with wait4() for its CPU
 * time (user + system); medians with min–max, and the ratio of medians.
 *
 * Usage: bench-cli-ats PHOENIX-CLI RESUME.json OFFER [RUNS]
 */

#include <errno.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "phoenix-test-bench.h"

static gboolean
run_once (const char * const *argv,
          double             *wall_ms,
          double             *cpu_ms)
{
  g_autoptr(GError) error = NULL;
  struct rusage usage;
  GPid pid;
  int status;
  gint64 start = g_get_monotonic_time ();

  if (!g_spawn_async (NULL, (char **) argv, NULL,
                      G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                      NULL, NULL, &pid, &error))
    {
      g_printerr ("%s: %s\n", argv[0], error->message);
      return FALSE;
    }
  while (wait4 (pid, &status, 0, &usage) < 0 && errno == EINTR)
    ;
  *wall_ms = (g_get_monotonic_time () - start) / 1000.0;
  *cpu_ms = usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0 +
            usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
  g_spawn_close_pid (pid);
  if (!WIFEXITED (status) || WEXITSTATUS (status) != 0)
    {
      g_printerr ("%s %s failed\n", argv[0], argv[1]);
      return FALSE;
    }
  return TRUE;
}

static void
print_figure (const char *what,
              GArray     *ats,
              GArray     *version)
{
  double a = phoenix_test_median_array (ats);
  double v = phoenix_test_median_array (version);

  g_print ("bench: %-5s phoenix-cli ats %.1f ms (%.1f-%.1f)   phoenix-cli --version %.1f ms (%.1f-%.1f)   "
           "ratio %.2fx   n=%u\n", what,
           a, g_array_index (ats, double, 0), g_array_index (ats, double, ats->len - 1),
           v, g_array_index (version, double, 0), g_array_index (version, double, version->len - 1),
           a / v, ats->len);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GArray) ats_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ats_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) version_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) version_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  guint runs = 21;

  if (argc < 4)
    {
      g_printerr ("usage: %s PHOENIX-CLI RESUME.json OFFER [RUNS]\n", argv[0]);
      return 2;
    }
  if (argc > 4)
    runs = MAX (1, atoi (argv[4]));

  {
    const char *ats[] = { argv[1], "ats", argv[2], argv[3], NULL };
    const char *version[] = { argv[1], "--version", NULL };
    double w, c;

    /* One of each first, not counted: the page cache warmed for both. */
    if (!run_once (ats, &w, &c) || !run_once (version, &w, &c))
      return 1;
    for (guint i = 0; i < runs; i++)
      {
        if (!run_once (version, &w, &c))
          return 1;
        g_array_append_val (version_wall, w);
        g_array_append_val (version_cpu, c);
        if (!run_once (ats, &w, &c))
          return 1;
        g_array_append_val (ats_wall, w);
        g_array_append_val (ats_cpu, c);
      }
  }

  g_print ("bench: %u runs each, interleaved (A B A B); median (min-max)\n", runs);
  print_figure ("wall", ats_wall, version_wall);
  print_figure ("cpu", ats_cpu, version_cpu);
  return 0;
}
