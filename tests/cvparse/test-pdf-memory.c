/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-pdf-memory"

/*
 * The import's memory per page stays small (issue #18): phoenix-import-helper reads
 * made-up CVs of 10 and 300 pages (written with Cairo), as the app runs it (--no-lines), and its
 * peak resident memory (ru_maxrss from wait4()) at 300 pages stays within a per-page bound of the
 * 10-page figure. Not timed. Under AddressSanitizer (whose quarantine keeps freed memory) it is skipped.
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "phoenix-sandbox.h"
#include "phoenix-test-bench.h"
#include "phoenix-test-pdf-pages.h"
#include "phoenix-test-util.h"


/* The bound: what each page past the tenth may add to the peak, in MiB. The parser holds the
 * whole document (its reading order and running headers span pages) and the JSON it writes, so
 * the peak grows with the text; the page's Poppler text and layout must not stay, nor spare room
 * in the lines (before issue #18's fix: 0.26 MiB a page on these files; after it: 0.19). */
#define MIB_PER_PAGE 0.22

/* The helper's peak memory on @path (the smallest of three runs: other processes' page-ins do
 * not count), after checking once that it read @n_pages pages. */
static double
helper_peak_mib (const char *dir,
                 guint       n_pages)
{
  g_autofree char *name = g_strdup_printf ("cv-%u.pdf", n_pages);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  const char *argv[] = { HELPER_PATH, "--no-lines", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *out = NULL;
  JsonObject *result;
  double peak = G_MAXDOUBLE;
  int status = 0;

  phoenix_test_write_cv_pdf (path, n_pages, &error);
  g_assert_no_error (error);

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  result = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (result, "pages"), ==, n_pages);
  g_assert_nonnull (strstr (json_object_get_string_member (result, "text"), "EXPÉRIENCE PROFESSIONNELLE"));

  for (int i = 0; i < 3; i++)
    {
      PhoenixTestRun run;

      g_assert_true (phoenix_test_run_child (argv, &run));
      g_assert_cmpfloat (run.max_rss_mib, >, 0);
      peak = MIN (peak, run.max_rss_mib);
    }
  return peak;
}

static void
test_memory_flat (PhoenixTestDir *f,
                  gconstpointer   data)
{
  double ten, three_hundred;

  if (PHOENIX_SANDBOX_ASAN)
    {
      g_test_skip ("AddressSanitizer's quarantine keeps freed memory");
      return;
    }
  ten = helper_peak_mib (f->dir, 10);
  three_hundred = helper_peak_mib (f->dir, 300);
  g_test_message ("peak memory: 10 pages %.1f MiB, 300 pages %.1f MiB, %.3f MiB a page", ten, three_hundred,
                  (three_hundred - ten) / 290);
  g_assert_cmpfloat (three_hundred, <, ten + 290 * MIB_PER_PAGE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/pdf/memory/flat-in-pages", PhoenixTestDir, NULL,
              phoenix_test_dir_setup, test_memory_flat, phoenix_test_dir_teardown);
  return g_test_run ();
}
