/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-bench-startup"

/*
 * Startup and idle-memory benchmark.
 *
 * Spawns a GUI program with PHOENIX_BENCH_FIRST_FRAME set; the program prints
 * "first-frame" on stdout after its window's first paint. We time spawn → that
 * line (wall clock), then, for the idle measurement, let it sit for two seconds
 * and read VmRSS/VmHWM from /proc. Phoenix (showing its unlock page on an existing
 * vault) is measured beside a reference: a bare AdwApplicationWindow built from
 * the same toolkit (bench-reference-window), in the same run.
 *
 * Usage: bench-startup PHOENIX REFERENCE [RUNS]
 */

#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "phoenix-test-bench.h"
#include "phoenix-vault.h"

typedef struct
{
  double first_frame_ms;
  double rss_kib;
  double hwm_kib;
} Sample;

static gboolean
read_proc_status (GPid     pid,
                  double  *rss_kib,
                  double  *hwm_kib)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/status", (int) pid);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return FALSE;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "VmRSS:"))
        *rss_kib = g_ascii_strtod (lines[i] + 6, NULL);
      else if (g_str_has_prefix (lines[i], "VmHWM:"))
        *hwm_kib = g_ascii_strtod (lines[i] + 6, NULL);
    }
  return TRUE;
}

static gboolean
run_once (const char   *program,
          const char   *vault_path,
          gboolean      measure_idle,
          Sample       *sample,
          GError      **error)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) proc = NULL;
  g_autoptr(GDataInputStream) in = NULL;
  gint64 start;
  gboolean seen = FALSE;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_subprocess_launcher_setenv (launcher, "PHOENIX_BENCH_FIRST_FRAME", "1", TRUE);
  g_subprocess_launcher_setenv (launcher, "PHOENIX_VAULT_PATH", vault_path, TRUE);
  g_subprocess_launcher_setenv (launcher, "GSETTINGS_BACKEND", "memory", TRUE);

  start = g_get_monotonic_time ();
  proc = g_subprocess_launcher_spawn (launcher, error, program, NULL);
  if (proc == NULL)
    return FALSE;

  in = g_data_input_stream_new (g_subprocess_get_stdout_pipe (proc));
  for (;;)
    {
      g_autofree char *line = g_data_input_stream_read_line_utf8 (in, NULL, NULL, error);

      if (line == NULL)
        break;
      if (g_str_has_prefix (line, "first-frame"))
        {
          sample->first_frame_ms = (g_get_monotonic_time () - start) / 1000.0;
          seen = TRUE;
          break;
        }
    }

  if (seen && measure_idle)
    {
      g_usleep (2 * G_USEC_PER_SEC);
      read_proc_status (atoi (g_subprocess_get_identifier (proc)), &sample->rss_kib, &sample->hwm_kib);
    }

  g_subprocess_force_exit (proc);
  g_subprocess_wait (proc, NULL, NULL);

  if (!seen && error != NULL && *error == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s never reported its first frame", program);
  return seen;
}

static gboolean
measure (const char *label,
         const char *program,
         const char *vault_path,
         guint       runs,
         double     *out_median_ms,
         double     *out_rss_kib)
{
  g_autofree double *times = g_new0 (double, runs);
  Sample idle = { 0 };

  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GError) error = NULL;
      Sample s = { 0 };

      if (!run_once (program, vault_path, FALSE, &s, &error))
        {
          g_printerr ("%s: %s\n", label, error ? error->message : "failed");
          return FALSE;
        }
      times[i] = s.first_frame_ms;
    }

  {
    g_autoptr(GError) error = NULL;

    if (!run_once (program, vault_path, TRUE, &idle, &error))
      {
        g_printerr ("%s: %s\n", label, error ? error->message : "failed");
        return FALSE;
      }
  }

  *out_median_ms = phoenix_test_median (times, runs);
  *out_rss_kib = idle.rss_kib;
  g_print ("bench: %s-first-frame-ms=%.1f (median of %u)\n", label, *out_median_ms, runs);
  g_print ("bench: %s-idle-rss-mib=%.1f\n", label, idle.rss_kib / 1024.0);
  g_print ("bench: %s-idle-peak-rss-mib=%.1f\n", label, idle.hwm_kib / 1024.0);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *tmpdir = NULL;
  g_autofree char *vault_path = NULL;
  g_autoptr(PhoenixVault) vault = NULL;
  g_autoptr(GError) error = NULL;
  guint runs = 7;
  double phoenix_ms, reference_ms, phoenix_rss, reference_rss;

  if (argc < 3)
    {
      g_printerr ("usage: %s PHOENIX REFERENCE [RUNS]\n", argv[0]);
      return 2;
    }
  if (argc > 3)
    runs = MAX (1, atoi (argv[3]));

  /* An existing vault, so Phoenix starts on its unlock page. */
  tmpdir = g_dir_make_tmp ("phoenix-bench-XXXXXX", &error);
  g_assert_no_error (error);
  vault_path = g_build_filename (tmpdir, "vault.db", NULL);
  vault = phoenix_vault_new (vault_path);
  phoenix_vault_set_kdf_params (vault, &phoenix_kdf_test_params);
  if (!phoenix_vault_create (vault, "benchmark passphrase", NULL, &error))
    {
      g_printerr ("cannot create the vault: %s\n", error->message);
      return 1;
    }
  phoenix_vault_lock (vault);

  if (!measure ("reference", argv[2], vault_path, runs, &reference_ms, &reference_rss) ||
      !measure ("phoenix", argv[1], vault_path, runs, &phoenix_ms, &phoenix_rss))
    return 1;

  g_print ("bench: startup-ratio-vs-reference=%.2f\n", phoenix_ms / reference_ms);
  g_print ("bench: idle-rss-ratio-vs-reference=%.2f\n", phoenix_rss / reference_rss);

  {
    g_autofree char *kdf = g_strconcat (vault_path, ".kdf", NULL);
    g_unlink (vault_path);
    g_unlink (kdf);
    g_rmdir (tmpdir);
  }
  return 0;
}
