/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-bench-startup"

/*
 * Start-up and idle-memory benchmark (issue #18).
 *
 * Spawns a GUI program with PHOENIX_BENCH_FIRST_FRAME set; the program prints "first-frame"
 * on stdout after its window's first paint. A run is timed from spawn to that line (wall
 * clock); the program is then killed at once and reaped with wait4(), whose rusage gives
 * its CPU time (user + system, all threads) up to the first frame, give or take the kill.
 *
 * Phoenix and the reference, a bare AdwApplicationWindow with a header bar
 * (bench-reference-window), run interleaved, A B A B…, so the machine's drift (other
 * builds on the same cores) moves both alike. Each case is measured with both renderers
 * (GSK_RENDERER=cairo and the default, GL under Xvfb) and on both first pages: the unlock
 * page (a vault exists) and the welcome page (none). Then, for idle memory, each program
 * sits two seconds after its first frame and VmRSS is read, three times each, interleaved.
 * Every figure is a median with its spread (min–max); the ratio is the ratio of medians.
 *
 * Usage: bench-startup PHOENIX REFERENCE [RUNS]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "phoenix-test-bench.h"
#include "phoenix-vault.h"

#define IDLE_RUNS 3

typedef struct
{
  double wall_ms;
  double cpu_ms;
  double rss_kib;
} Sample;

static double
rss_kib_of (GPid pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", (int) pid);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return -1;
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "VmRSS:"))
      return g_ascii_strtod (lines[i] + 6, NULL);
  return -1;
}

/* One start of @program; FALSE (and a message) when it never drew. */
static gboolean
run_once (const char  *program,
          const char  *vault_path,
          const char  *renderer,
          gboolean     idle,
          Sample      *sample)
{
  g_auto(GStrv) env = g_get_environ ();
  GPid pid;
  gboolean seen;

  env = g_environ_setenv (env, "PHOENIX_VAULT_PATH", vault_path, TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  /* The programs as people run them: no test-only malloc checks. */
  env = g_environ_unsetenv (env, "MALLOC_CHECK_");
  env = g_environ_unsetenv (env, "G_DEBUG");
  if (renderer != NULL)
    env = g_environ_setenv (env, "GSK_RENDERER", renderer, TRUE);
  else
    env = g_environ_unsetenv (env, "GSK_RENDERER");

  seen = phoenix_test_first_frame_start (program, env, &pid, &sample->wall_ms);
  if (seen && idle)
    {
      g_usleep (2 * G_USEC_PER_SEC);
      sample->rss_kib = rss_kib_of (pid);
    }
  sample->cpu_ms = phoenix_test_first_frame_stop (pid);
  return seen;
}

typedef struct
{
  GArray *wall;
  GArray *cpu;
  GArray *rss;
} Series;

static void
series_init (Series *s)
{
  s->wall = g_array_new (FALSE, FALSE, sizeof (double));
  s->cpu = g_array_new (FALSE, FALSE, sizeof (double));
  s->rss = g_array_new (FALSE, FALSE, sizeof (double));
}

static void
series_clear (Series *s)
{
  g_array_unref (s->wall);
  g_array_unref (s->cpu);
  g_array_unref (s->rss);
}

/* Median, and min–max, of @values (sorted in place). */
static double
describe (GArray *values,
          double *min,
          double *max)
{
  double median = phoenix_test_median_array (values);

  *min = values->len > 0 ? g_array_index (values, double, 0) : 0;
  *max = values->len > 0 ? g_array_index (values, double, values->len - 1) : 0;
  return median;
}

static void
print_pair (const char *what,
            const char *unit,
            double      scale,
            GArray     *phoenix,
            GArray     *reference,
            double     *ratio)
{
  double p_min, p_max, r_min, r_max;
  double p = describe (phoenix, &p_min, &p_max);
  double r = describe (reference, &r_min, &r_max);

  *ratio = p / r;
  g_print ("bench: %-28s phoenix %7.1f %s (%.1f-%.1f)   reference %7.1f %s (%.1f-%.1f)   ratio %.2fx   n=%u\n",
           what, p * scale, unit, p_min * scale, p_max * scale, r * scale, unit, r_min * scale, r_max * scale,
           *ratio, phoenix->len);
}

/* @runs starts of each program, interleaved; FALSE when one failed. */
static gboolean
measure_case (const char *phoenix,
              const char *reference,
              const char *vault_path,
              const char *renderer,
              const char *page,
              guint       runs)
{
  Series p, r;
  g_autofree char *wall_label = g_strdup_printf ("%s %s wall", renderer ? renderer : "default(gl)", page);
  g_autofree char *cpu_label = g_strdup_printf ("%s %s cpu", renderer ? renderer : "default(gl)", page);
  double wall_ratio, cpu_ratio;
  gboolean ok = TRUE;

  series_init (&p);
  series_init (&r);
  /* A first start of each, not counted: the page cache warmed for both alike. */
  {
    Sample warm = { 0 };

    ok = run_once (reference, vault_path, renderer, FALSE, &warm) &&
         run_once (phoenix, vault_path, renderer, FALSE, &warm);
  }
  for (guint i = 0; ok && i < runs; i++)
    {
      Sample a = { 0 }, b = { 0 };

      ok = run_once (reference, vault_path, renderer, FALSE, &a) &&
           run_once (phoenix, vault_path, renderer, FALSE, &b);
      if (ok)
        {
          g_array_append_val (r.wall, a.wall_ms);
          g_array_append_val (r.cpu, a.cpu_ms);
          g_array_append_val (p.wall, b.wall_ms);
          g_array_append_val (p.cpu, b.cpu_ms);
        }
    }
  if (ok)
    {
      print_pair (wall_label, "ms", 1, p.wall, r.wall, &wall_ratio);
      print_pair (cpu_label, "ms", 1, p.cpu, r.cpu, &cpu_ratio);
    }
  series_clear (&p);
  series_clear (&r);
  return ok;
}

static gboolean
measure_idle (const char *phoenix,
              const char *reference,
              const char *vault_path,
              const char *page)
{
  Series p, r;
  g_autofree char *label = g_strdup_printf ("cairo %s idle RSS", page);
  double ratio, p_min, p_max, r_min, r_max;
  gboolean ok = TRUE;

  series_init (&p);
  series_init (&r);
  for (guint i = 0; ok && i < IDLE_RUNS; i++)
    {
      Sample a = { 0 }, b = { 0 };

      ok = run_once (reference, vault_path, "cairo", TRUE, &a) &&
           run_once (phoenix, vault_path, "cairo", TRUE, &b);
      if (ok)
        {
          g_array_append_val (r.rss, a.rss_kib);
          g_array_append_val (p.rss, b.rss_kib);
        }
    }
  if (ok)
    {
      print_pair (label, "MiB", 1 / 1024.0, p.rss, r.rss, &ratio);
      g_print ("bench: %-28s +%.1f MiB over the reference\n", label,
               (describe (p.rss, &p_min, &p_max) - describe (r.rss, &r_min, &r_max)) / 1024.0);
    }
  series_clear (&p);
  series_clear (&r);
  return ok;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *vault_path = NULL;
  g_autofree char *no_vault_path = NULL;
  g_autoptr(PhoenixVault) vault = NULL;
  g_autoptr(GError) error = NULL;
  const char *renderers[] = { "cairo", NULL };
  guint runs = 9;
  gboolean ok = TRUE;

  if (argc < 3)
    {
      g_printerr ("usage: %s PHOENIX REFERENCE [RUNS]\n", argv[0]);
      return 2;
    }
  if (argc > 3)
    runs = MAX (1, atoi (argv[3]));

  /* An existing vault for the unlock page; a path with no vault for the welcome page. */
  tmpdir = g_dir_make_tmp ("phoenix-bench-XXXXXX", &error);
  g_assert_no_error (error);
  vault_path = g_build_filename (tmpdir, "vault.db", NULL);
  no_vault_path = g_build_filename (tmpdir, "none", "vault.db", NULL);
  vault = phoenix_vault_new (vault_path);
  phoenix_vault_set_kdf_params (vault, &phoenix_kdf_test_params);
  if (!phoenix_vault_create (vault, "benchmark passphrase", NULL, &error))
    {
      g_printerr ("cannot create the vault: %s\n", error->message);
      return 1;
    }
  phoenix_vault_lock (vault);

  g_print ("bench: start to first frame, %u runs each, interleaved with the reference (A B A B); "
           "median (min-max); CPU = user + system of all threads up to the first frame\n", runs);
  /* cairo, then the default renderer (GSK_RENDERER unset: GL under Xvfb). */
  for (guint i = 0; ok && i < G_N_ELEMENTS (renderers); i++)
    ok = measure_case (argv[1], argv[2], vault_path, renderers[i], "unlock", runs) &&
         measure_case (argv[1], argv[2], no_vault_path, renderers[i], "welcome", runs);
  ok = ok &&
       measure_idle (argv[1], argv[2], vault_path, "unlock") &&
       measure_idle (argv[1], argv[2], no_vault_path, "welcome");

  {
    g_autofree char *kdf = g_strconcat (vault_path, ".kdf", NULL);
    g_unlink (vault_path);
    g_unlink (kdf);
    g_rmdir (tmpdir);
  }
  return ok ? 0 : 1;
}
