/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-bench-pdf-pages"

/*
 * The PDF import against `pdftotext -layout` by page count (issue #18): made-up CVs of 1, 10,
 * 100 and 300 pages are written with Cairo, then phoenix-import-helper (as the app runs it,
 * --no-lines) and `pdftotext -layout FILE /dev/null` run on each file interleaved, A B A B…, each
 * reaped with wait4() for its CPU time (user + system) and peak resident memory (ru_maxrss).
 * Medians with min–max, the ratio of medians, and the peak memory at each size (the largest of
 * the runs), with the memory each page adds over the 1-page file.
 *
 * Usage: bench-pdf-pages HELPER [RUNS]
 */

#include <glib/gstdio.h>
#include <stdlib.h>

#include "phoenix-test-bench.h"
#include "phoenix-test-pdf-pages.h"
#include "phoenix-test-util.h"

static const guint sizes[] = { 1, 10, 100, 300 };

typedef struct
{
  GArray *wall;
  GArray *cpu;
  double  max_rss_mib;
} Series;

static void
series_add (Series               *series,
            const PhoenixTestRun *run)
{
  g_array_append_val (series->wall, run->wall_ms);
  g_array_append_val (series->cpu, run->cpu_ms);
  series->max_rss_mib = MAX (series->max_rss_mib, run->max_rss_mib);
}

static void
print_line (const char *what,
            GArray     *helper,
            GArray     *reference)
{
  double h = phoenix_test_median_array (helper);
  double r = phoenix_test_median_array (reference);

  g_print ("bench:   %-4s helper %8.1f ms (%.1f-%.1f)   pdftotext -layout %8.1f ms (%.1f-%.1f)   ratio %.2fx\n",
           what, h, g_array_index (helper, double, 0), g_array_index (helper, double, helper->len - 1),
           r, g_array_index (reference, double, 0), g_array_index (reference, double, reference->len - 1),
           r > 0 ? h / r : 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *dir = NULL;
  g_autoptr(GError) error = NULL;
  double helper_one_page = 0, text_one_page = 0;
  guint runs = 7;

  if (argc < 2)
    {
      g_printerr ("usage: %s HELPER [RUNS]\n", argv[0]);
      return 2;
    }
  if (argc > 2)
    runs = MAX (1, atoi (argv[2]));
  if (pdftotext == NULL)
    {
      g_print ("SKIP: no pdftotext (Debian's poppler-utils)\n");
      return 0;
    }
  dir = g_dir_make_tmp ("phoenix-bench-pdf-pages-XXXXXX", &error);
  g_assert_no_error (error);

  g_print ("bench: import of made-up CVs by page count; %u runs each, interleaved (A B A B); median (min-max); "
           "CPU = user + system; peak RSS = the largest ru_maxrss from wait4()\n", runs);
  for (gsize s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autofree char *name = g_strdup_printf ("cv-%u.pdf", sizes[s]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      const char *helper_argv[] = { argv[1], "--no-lines", path, NULL };
      const char *text_argv[] = { pdftotext, "-layout", path, "/dev/null", NULL };
      Series helper = { g_array_new (FALSE, FALSE, sizeof (double)), g_array_new (FALSE, FALSE, sizeof (double)), 0 };
      Series text = { g_array_new (FALSE, FALSE, sizeof (double)), g_array_new (FALSE, FALSE, sizeof (double)), 0 };
      PhoenixTestRun run;

      if (!phoenix_test_write_cv_pdf (path, sizes[s], &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      /* One of each first, not counted: the page cache warmed for both. */
      if (!phoenix_test_run_child (helper_argv, &run) || !phoenix_test_run_child (text_argv, &run))
        {
          g_printerr ("%s: the helper or pdftotext failed (status %d)\n", path, run.status);
          return 1;
        }
      for (guint i = 0; i < runs; i++)
        {
          if (!phoenix_test_run_child (text_argv, &run))
            return 1;
          series_add (&text, &run);
          if (!phoenix_test_run_child (helper_argv, &run))
            return 1;
          series_add (&helper, &run);
        }

      if (s == 0)
        {
          helper_one_page = helper.max_rss_mib;
          text_one_page = text.max_rss_mib;
        }
      g_print ("bench: %u page%s\n", sizes[s], sizes[s] > 1 ? "s" : "");
      print_line ("wall", helper.wall, text.wall);
      print_line ("cpu", helper.cpu, text.cpu);
      g_print ("bench:   peak helper %.1f MiB (+%.3f MiB a page over 1 page)   pdftotext -layout %.1f MiB "
               "(+%.3f MiB a page)   ratio %.2fx\n",
               helper.max_rss_mib, sizes[s] > 1 ? (helper.max_rss_mib - helper_one_page) / (sizes[s] - 1) : 0.0,
               text.max_rss_mib, sizes[s] > 1 ? (text.max_rss_mib - text_one_page) / (sizes[s] - 1) : 0.0,
               helper.max_rss_mib / text.max_rss_mib);
      g_array_unref (helper.wall);
      g_array_unref (helper.cpu);
      g_array_unref (text.wall);
      g_array_unref (text.cpu);
    }
  phoenix_test_remove_tree (dir);
  return 0;
}
