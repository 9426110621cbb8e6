/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-bench"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <fcntl.h>
#include <spawn.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>

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

extern char **environ;

gboolean
phoenix_test_run_child (const char * const *argv,
                        PhoenixTestRun     *run)
{
  posix_spawn_file_actions_t actions;
  struct rusage usage;
  gint64 start;
  pid_t pid;
  int spawned;

  *run = (PhoenixTestRun) { .status = -1 };
  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen (&actions, 2, "/dev/null", O_WRONLY, 0);
  start = g_get_monotonic_time ();
  spawned = posix_spawnp (&pid, argv[0], &actions, NULL, (char * const *) argv, environ);
  posix_spawn_file_actions_destroy (&actions);
  if (spawned != 0)
    return FALSE;
  while (wait4 (pid, &run->status, 0, &usage) < 0)
    if (errno != EINTR)
      return FALSE;
  run->wall_ms = (g_get_monotonic_time () - start) / 1000.0;
  run->cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
                + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
  run->max_rss_mib = usage.ru_maxrss / 1024.0;
  return WIFEXITED (run->status) && WEXITSTATUS (run->status) == 0;
}

gboolean
phoenix_test_first_frame_start (const char  *program,
                                char       **envp,
                                GPid        *pid,
                                double      *wall_ms)
{
  g_auto(GStrv) env = g_strdupv (envp);
  const char *argv[] = { program, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(GIOChannel) channel = NULL;
  gint64 start;
  int out_fd;

  *pid = 0;
  env = g_environ_setenv (env, "PHOENIX_BENCH_FIRST_FRAME", "1", TRUE);
  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                 pid, NULL, &out_fd, NULL, &error))
    {
      g_printerr ("%s: %s\n", program, error->message);
      return FALSE;
    }

  channel = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (channel, TRUE);
  for (;;)
    {
      g_autofree char *line = NULL;

      if (g_io_channel_read_line (channel, &line, NULL, NULL, NULL) != G_IO_STATUS_NORMAL)
        break;
      if (g_str_has_prefix (line, "first-frame"))
        {
          *wall_ms = (g_get_monotonic_time () - start) / 1000.0;
          return TRUE;
        }
    }
  g_printerr ("%s never reported its first frame\n", program);
  return FALSE;
}

double
phoenix_test_first_frame_stop (GPid pid)
{
  struct rusage usage = { 0 };
  int status;

  if (pid <= 0)
    return 0;
  kill (pid, SIGKILL);
  while (wait4 (pid, &status, 0, &usage) < 0 && errno == EINTR)
    ;
  g_spawn_close_pid (pid);
  return usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0 +
         usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
}

void
phoenix_test_runs_init (PhoenixTestRuns *runs)
{
  runs->wall = g_array_new (FALSE, FALSE, sizeof (double));
  runs->cpu = g_array_new (FALSE, FALSE, sizeof (double));
}

void
phoenix_test_runs_add (PhoenixTestRuns *runs,
                       double           wall_start,
                       double           cpu_start)
{
  double wall_taken = phoenix_test_now_ms () - wall_start;
  double cpu_taken = phoenix_test_cpu_ms () - cpu_start;

  g_array_append_val (runs->wall, wall_taken);
  g_array_append_val (runs->cpu, cpu_taken);
}

void
phoenix_test_runs_print (PhoenixTestRuns *runs,
                         const char      *name)
{
  g_print ("bench: %s_median_ms=%.2f\n", name, phoenix_test_median_array (runs->wall));
  g_print ("bench: %s_median_cpu_ms=%.2f\n", name, phoenix_test_median_array (runs->cpu));
  g_clear_pointer (&runs->wall, g_array_unref);
  g_clear_pointer (&runs->cpu, g_array_unref);
}

double
phoenix_test_field (const char *text,
                    const char *name)
{
  g_autofree char *key = g_strconcat (name, "=", NULL);
  gsize len = strlen (key);

  /* The whole key: "cpu_ms" is not the end of "helper_cpu_ms". */
  for (const char *p = text; p != NULL && (p = strstr (p, key)) != NULL; p += len)
    if (p == text || g_ascii_isspace (p[-1]))
      return g_ascii_strtod (p + len, NULL);
  return -1;
}
