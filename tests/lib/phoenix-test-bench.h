/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What the benchmarks (bench-*) share: figures, not assertions. */

/* The median of @values (sorted in place). */
double  phoenix_test_median     (double     *values,
                                 guint       n);

/* The median of an array of doubles (sorted in place). */
double  phoenix_test_median_array (GArray   *values);

/* The process's CPU time in milliseconds. */
double  phoenix_test_cpu_ms     (void);

/* A monotonic clock in milliseconds. */
double  phoenix_test_now_ms     (void);

/* A field of /proc/self/status in KiB ("VmRSS", "VmHWM", "RssAnon", "RssFile"), -1 when unknown. */
long    phoenix_test_status_kib (const char *field);

/* The number after "@name=" in @text (a measuring program's "key=value key=value" line); -1
 * when it is not there. */
double  phoenix_test_field      (const char *text,
                                 const char *name);

/* One run of a child program, reaped with wait4(): wall time, CPU time (user + system) and peak
 * resident memory (ru_maxrss). */
typedef struct
{
  double wall_ms;
  double cpu_ms;
  double max_rss_mib;
  int    status;      /* as from waitpid(); -1 when it could not start */
} PhoenixTestRun;

/* Runs @argv (stdout and stderr to /dev/null) and waits for it; FALSE when it could not start
 * or did not exit with status 0. */
gboolean phoenix_test_run_child (const char * const *argv,
                                 PhoenixTestRun     *run);

/* Starts @program (a GUI program, stdout read here, stderr inherited) with @envp and
 * PHOENIX_BENCH_FIRST_FRAME=1, and returns once it printed "first-frame" after its first paint:
 * TRUE with its @pid and the @wall_ms since the spawn; FALSE (and a message) when it never drew.
 * The caller then reads what it wants of the process (/proc/PID/…) and ends it with
 * phoenix_test_first_frame_stop(), on FALSE too (@pid is then set, or 0). */
gboolean phoenix_test_first_frame_start (const char  *program,
                                         char       **envp,
                                         GPid        *pid,
                                         double      *wall_ms);
/* Kills @pid at once and reaps it: its CPU time (user + system, all threads) in milliseconds. */
double   phoenix_test_first_frame_stop  (GPid         pid);

/* Wall-clock and CPU times of the runs of one measure, for a benchmark's medians. */
typedef struct
{
  GArray *wall;
  GArray *cpu;
} PhoenixTestRuns;

void    phoenix_test_runs_init  (PhoenixTestRuns *runs);
/* Adds a run that started at @wall_start (phoenix_test_now_ms()) and @cpu_start (phoenix_test_cpu_ms()). */
void    phoenix_test_runs_add   (PhoenixTestRuns *runs,
                                 double           wall_start,
                                 double           cpu_start);
/* Prints "bench: @name_median_ms=…" and "bench: @name_median_cpu_ms=…", and frees the runs. */
void    phoenix_test_runs_print (PhoenixTestRuns *runs,
                                 const char      *name);

G_END_DECLS
