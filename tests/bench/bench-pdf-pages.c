/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-bench-pdf-pages"

/*
 * The PDF import against `pdftotext -layout` by page count (issue #18): made-up CVs of 1, 10,
 * 100 and 300 pages are written with Cairo, then the whole import as the app runs it
 * (import-measure: phoenix-import-helper streams the lines, the calling process reads and parses
 * them) and `pdftotext -layout FILE /dev/null` run on each file interleaved, A B A B…. The import's
 * time is from its start to its parse; its CPU time is the helper's (wait4) plus the caller's for
 * the import (reading the stream, parsing); pdftotext's are from wait4(). Memory: the helper's
 * peak (ru_maxrss of the helper run on its own from this small process, a third run interleaved:
 * a child's ru_maxrss counts its parent's pages at the fork) against pdftotext's, and the peak the
 * import adds to the caller (and the reference import's, with one).
 * The helper run alone is timed too (wall and CPU from wait4()): what the import would take if the
 * parse cost nothing after the stream's end. With a REF-IMPORT-MEASURE and REF-HELPER (another
 * build's, the code before a change), their import is run in the same rotation (pdftotext, helper,
 * import, reference import, pdftotext…).
 * Medians with min–max, the ratio of medians; peaks are the largest of the runs, with what each
 * page adds over the 1-page file.
 *
 * Usage: bench-pdf-pages IMPORT-MEASURE HELPER [RUNS [REF-IMPORT-MEASURE REF-HELPER]]
 */

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "phoenix-sandbox.h"
#include "phoenix-test-bench.h"
#include "phoenix-test-pdf-pages.h"
#include "phoenix-test-util.h"

static const guint sizes[] = { 1, 10, 100, 300 };

typedef struct
{
  GArray *wall;
  GArray *cpu;
  GArray *helper_cpu;
  double  max_rss_mib;     /* pdftotext's, or the helper's */
  double  added_mib;       /* the import: what it added to the caller's peak */
} Series;

static void
series_init (Series *series)
{
  series->wall = g_array_new (FALSE, FALSE, sizeof (double));
  series->cpu = g_array_new (FALSE, FALSE, sizeof (double));
  series->helper_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  series->max_rss_mib = 0;
  series->added_mib = 0;
}

static void
series_clear (Series *series)
{
  g_array_unref (series->wall);
  g_array_unref (series->cpu);
  g_array_unref (series->helper_cpu);
}

/* One import through import-measure; FALSE when it failed. */
static gboolean
run_import (const char *measure,
            const char *helper,
            const char *path,
            Series     *series)
{
  const char *argv[] = { measure, helper, path, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  double helper_cpu, cpu, wall;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s: %s\n", path, error->message);
      return FALSE;
    }
  wall = phoenix_test_field (out, "wall_ms");
  cpu = phoenix_test_field (out, "cpu_ms");
  helper_cpu = phoenix_test_field (out, "helper_cpu_ms");
  if (series == NULL)
    return wall >= 0;
  cpu += helper_cpu;
  g_array_append_val (series->wall, wall);
  g_array_append_val (series->cpu, cpu);
  g_array_append_val (series->helper_cpu, helper_cpu);
  series->added_mib = MAX (series->added_mib, phoenix_test_field (out, "added_peak_kib") / 1024.0);
  return TRUE;
}

static void
print_line (const char *what,
            const char *name,
            GArray     *import,
            GArray     *reference)
{
  double h = phoenix_test_median_array (import);
  double r = phoenix_test_median_array (reference);

  g_print ("bench:   %-4s %-10s %8.1f ms (%.1f-%.1f)   pdftotext -layout %8.1f ms (%.1f-%.1f)   ratio %.2fx\n",
           what, name, h, g_array_index (import, double, 0), g_array_index (import, double, import->len - 1),
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
  double helper_one_page = 0, text_one_page = 0, added_one_page = 0, ref_added_one_page = 0;
  guint runs = 7;

  gboolean with_ref;

  if (argc < 3 || argc == 5 || argc > 6)
    {
      g_printerr ("usage: %s IMPORT-MEASURE HELPER [RUNS [REF-IMPORT-MEASURE REF-HELPER]]\n", argv[0]);
      return 2;
    }
  if (argc > 3)
    runs = MAX (1, atoi (argv[3]));
  with_ref = argc == 6;
  if (pdftotext == NULL)
    {
      g_print ("SKIP: no pdftotext (Debian's poppler-utils)\n");
      return 0;
    }
  dir = g_dir_make_tmp ("phoenix-bench-pdf-pages-XXXXXX", &error);
  g_assert_no_error (error);

  g_print ("bench: the whole import (helper + parse) of made-up CVs by page count; %u runs each, interleaved "
           "(A B A B); median (min-max); CPU = user + system of the helper and of the caller's import; peaks "
           "are the largest ru_maxrss from wait4(), and the caller's VmHWM over its VmRSS before\n", runs);
  for (gsize s = 0; s < G_N_ELEMENTS (sizes); s++)
    {
      g_autofree char *name = g_strdup_printf ("cv-%u.pdf", sizes[s]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      const char *text_argv[] = { pdftotext, "-layout", path, "/dev/null", NULL };
      /* With the allocator tunables the import runs it with. */
      const char *helper_argv[] = { "env", PHOENIX_SANDBOX_HELPER_TUNABLES, argv[2], path, NULL };
      Series import, text, alone, ref;
      PhoenixTestRun run;

      if (!phoenix_test_write_cv_pdf (path, sizes[s], &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      /* One of each first, not counted: the page cache warmed for both. */
      if (!run_import (argv[1], argv[2], path, NULL) || !phoenix_test_run_child (text_argv, &run))
        {
          g_printerr ("%s: the import or pdftotext failed (status %d)\n", path, run.status);
          return 1;
        }
      if (with_ref && !run_import (argv[4], argv[5], path, NULL))
        return 1;
      series_init (&import);
      series_init (&text);
      series_init (&alone);
      series_init (&ref);
      for (guint i = 0; i < runs; i++)
        {
          if (!phoenix_test_run_child (text_argv, &run))
            return 1;
          g_array_append_val (text.wall, run.wall_ms);
          g_array_append_val (text.cpu, run.cpu_ms);
          text.max_rss_mib = MAX (text.max_rss_mib, run.max_rss_mib);
          if (!phoenix_test_run_child (helper_argv, &run))
            return 1;
          g_array_append_val (alone.wall, run.wall_ms);
          g_array_append_val (alone.cpu, run.cpu_ms);
          import.max_rss_mib = MAX (import.max_rss_mib, run.max_rss_mib);
          if (!run_import (argv[1], argv[2], path, &import))
            return 1;
          if (with_ref && !run_import (argv[4], argv[5], path, &ref))
            return 1;
        }

      if (s == 0)
        {
          helper_one_page = import.max_rss_mib;
          text_one_page = text.max_rss_mib;
          added_one_page = import.added_mib;
          ref_added_one_page = ref.added_mib;
        }
      g_print ("bench: %u page%s\n", sizes[s], sizes[s] > 1 ? "s" : "");
      print_line ("wall", "import", import.wall, text.wall);
      print_line ("cpu", "import", import.cpu, text.cpu);
      g_print ("bench:   cpu  of which the helper %.1f ms (ratio %.2fx)\n", phoenix_test_median_array (import.helper_cpu),
               phoenix_test_median_array (import.helper_cpu) / phoenix_test_median_array (text.cpu));
      print_line ("wall", "helper", alone.wall, text.wall);
      print_line ("cpu", "helper", alone.cpu, text.cpu);
      if (with_ref)
        {
          print_line ("wall", "reference", ref.wall, text.wall);
          print_line ("cpu", "reference", ref.cpu, text.cpu);
        }
      g_print ("bench:   peak helper %.1f MiB (+%.4f MiB a page over 1 page)   pdftotext -layout %.1f MiB "
               "(+%.4f MiB a page)   ratio %.2fx\n",
               import.max_rss_mib, sizes[s] > 1 ? (import.max_rss_mib - helper_one_page) / (sizes[s] - 1) : 0.0,
               text.max_rss_mib, sizes[s] > 1 ? (text.max_rss_mib - text_one_page) / (sizes[s] - 1) : 0.0,
               import.max_rss_mib / text.max_rss_mib);
      g_print ("bench:   peak the parse adds to the caller %.1f MiB (+%.4f MiB a page over 1 page)\n", import.added_mib,
               sizes[s] > 1 ? (import.added_mib - added_one_page) / (sizes[s] - 1) : 0.0);
      if (with_ref)
        g_print ("bench:   peak the reference's parse adds %.1f MiB (+%.4f MiB a page over 1 page)\n", ref.added_mib,
                 sizes[s] > 1 ? (ref.added_mib - ref_added_one_page) / (sizes[s] - 1) : 0.0);
      series_clear (&import);
      series_clear (&text);
      series_clear (&alone);
      series_clear (&ref);
    }
  phoenix_test_remove_tree (dir);
  return 0;
}
