/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-pdf-speed"

#include "config.h"

#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>


#include "phoenix-pdf-import.h"
#include "phoenix-test-bench.h"
#include "phoenix-test-helper.h"
#include "phoenix-test-util.h"

/*
 * Import time and peak memory per file and per page: phoenix-import-helper
 * (as a child, measured with wait4: the reading of the lines, which it streams;
 * the parse is the caller's) beside `pdftotext -layout` on the same file in the
 * same run, and the whole sandboxed import as the app runs it (with the parse).
 * Usage: bench-pdf-speed HELPER DIR… ($PHOENIX_CV_PDF_DIR replaces the folders).
 */

#define RUNS 5

extern char **environ;

typedef struct
{
  double ms;
  double cpu_ms;     /* user + system time of the child */
  long   max_rss_kb;
  int    status;
} Run;

static Run
run_child (const char * const *argv)
{
  Run run = { 0 };
  pid_t pid;
  struct rusage usage;
  gint64 start = g_get_monotonic_time ();
  posix_spawn_file_actions_t actions;

  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_addopen (&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen (&actions, 2, "/dev/null", O_WRONLY, 0);
  if (posix_spawnp (&pid, argv[0], &actions, NULL, (char * const *) argv, environ) != 0)
    {
      posix_spawn_file_actions_destroy (&actions);
      run.status = -1;
      return run;
    }
  posix_spawn_file_actions_destroy (&actions);
  wait4 (pid, &run.status, 0, &usage);
  run.ms = (g_get_monotonic_time () - start) / 1000.0;
  run.cpu_ms = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0
               + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
  run.max_rss_kb = usage.ru_maxrss;
  return run;
}

/* The helper and the reference, interleaved (A B A B…) so that the machine's load falls
 * on both alike: median wall and CPU time, largest peak RSS, over RUNS runs each. */
static void
measure_pair (const char * const *a_argv,
              const char * const *b_argv,
              Run                *a,
              Run                *b)
{
  double a_times[RUNS], b_times[RUNS], a_cpu[RUNS], b_cpu[RUNS];

  *a = (Run) { 0 };
  *b = (Run) { 0 };
  for (int i = 0; i < RUNS; i++)
    {
      Run ra = run_child (a_argv);
      Run rb = b_argv != NULL ? run_child (b_argv) : (Run) { 0 };

      a_times[i] = ra.ms;
      a_cpu[i] = ra.cpu_ms;
      b_times[i] = rb.ms;
      b_cpu[i] = rb.cpu_ms;
      a->max_rss_kb = MAX (a->max_rss_kb, ra.max_rss_kb);
      b->max_rss_kb = MAX (b->max_rss_kb, rb.max_rss_kb);
      a->status = ra.status;
      b->status = rb.status;
    }
  a->ms = phoenix_test_median (a_times, RUNS);
  a->cpu_ms = phoenix_test_median (a_cpu, RUNS);
  b->ms = phoenix_test_median (b_times, RUNS);
  b->cpu_ms = phoenix_test_median (b_cpu, RUNS);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static double
sandboxed_import_ms (PhoenixPdfImport *import,
                     const char       *path)
{
  double times[RUNS];

  for (int i = 0; i < RUNS; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(PhoenixCvParse) parse = NULL;
      gint64 start = g_get_monotonic_time ();

      phoenix_pdf_import_run_async (import, file, NULL, NULL, import_done_cb, &result);
      while (result == NULL)
        g_main_context_iteration (NULL, TRUE);
      parse = phoenix_pdf_import_run_finish (import, result, NULL);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  return phoenix_test_median (times, RUNS);
}

static int
page_count (const char *helper,
            const char *path)
{
  g_autoptr(PhoenixCvLineReader) reader = phoenix_test_helper_read (helper, path, NULL);

  return reader != NULL ? (int) phoenix_cv_line_reader_get_n_pages (reader) : 0;
}

int
main (int    argc,
      char **argv)
{
  const char *helper = argc > 1 ? argv[1] : NULL;
  const char *env_dir = g_getenv ("PHOENIX_CV_PDF_DIR");
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GPtrArray) dirs = g_ptr_array_new ();
  double sum_helper = 0, sum_text = 0, sum_sandbox = 0, cpu_helper = 0, cpu_text = 0;
  long max_helper_rss = 0, max_text_rss = 0;
  int sum_pages = 0;
  guint n_files = 0;

  if (env_dir != NULL)
    g_ptr_array_add (dirs, (gpointer) env_dir);
  else
    for (int i = 2; i < argc; i++)
      g_ptr_array_add (dirs, argv[i]);
  if (helper == NULL || dirs->len == 0)
    {
      printf ("SKIP: no CV PDF folder; set PHOENIX_CV_PDF_DIR\n");
      return 0;
    }
  phoenix_pdf_import_set_helper_path (import, helper);

  printf ("median of %d runs, helper and pdftotext -layout interleaved; CPU = user + system; peak RSS from "
          "wait4(); sandboxed = the app's path (bwrap or flatpak-spawn when there)\n", RUNS);
  printf ("%-46s %5s %9s %8s %9s %7s %9s %9s %9s %9s %10s\n", "file", "pages", "helper ms", "CPU ms",
          "pdftotext", "CPU ms", "ratio", "helper MB", "ptt MB", "ms/page", "sandboxed");
  for (guint d = 0; d < dirs->len; d++)
    {
      const char *dir_path = g_ptr_array_index (dirs, d);
      g_autoptr(GPtrArray) names = NULL;

      if (!g_file_test (dir_path, G_FILE_TEST_IS_DIR))
        {
          printf ("SKIP: no CV PDF folder %s\n", dir_path);
          continue;
        }
      names = phoenix_test_list_files (dir_path, ".pdf");
      for (guint i = 0; i < names->len; i++)
        {
          g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
          const char *helper_argv[] = { helper, path, NULL };
          const char *text_argv[] = { pdftotext != NULL ? pdftotext : "pdftotext", "-layout", path, "/dev/null", NULL };
          int pages = page_count (helper, path);
          Run h, t;
          double sandboxed;
          g_autofree char *stem = g_strndup (g_ptr_array_index (names, i), 45);

          measure_pair (helper_argv, pdftotext != NULL ? text_argv : NULL, &h, &t);
          sandboxed = sandboxed_import_ms (import, path);
          printf ("%-46s %5d %9.1f %8.1f %9.1f %7.1f %6.2fx %9.1f %9.1f %9.1f %10.1f\n", stem, pages, h.ms, h.cpu_ms,
                  t.ms, t.cpu_ms, t.ms > 0 ? h.ms / t.ms : 0, h.max_rss_kb / 1024.0, t.max_rss_kb / 1024.0,
                  pages > 0 ? h.ms / pages : 0, sandboxed);
          sum_helper += h.ms;
          sum_text += t.ms;
          cpu_helper += h.cpu_ms;
          cpu_text += t.cpu_ms;
          sum_sandbox += sandboxed;
          sum_pages += pages;
          n_files++;
          max_helper_rss = MAX (max_helper_rss, h.max_rss_kb);
          max_text_rss = MAX (max_text_rss, t.max_rss_kb);
        }
    }
  printf ("\ntotal: %u files, %d pages; helper %.1f ms (CPU %.1f ms, %.1f ms/page), pdftotext -layout %.1f ms "
          "(CPU %.1f ms), ratio %.2fx wall, %.2fx CPU; sandboxed import %.1f ms; peak RSS helper %.1f MB, "
          "pdftotext %.1f MB\n",
          n_files, sum_pages, sum_helper, cpu_helper, sum_pages > 0 ? sum_helper / sum_pages : 0, sum_text,
          cpu_text, sum_text > 0 ? sum_helper / sum_text : 0, cpu_text > 0 ? cpu_helper / cpu_text : 0,
          sum_sandbox, max_helper_rss / 1024.0, max_text_rss / 1024.0);
  return 0;
}
