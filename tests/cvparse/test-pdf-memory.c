/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-pdf-memory"

/*
 * The import's memory per page stays flat (issue #18): made-up CVs of 10 and 300 pages (written
 * with Cairo) are imported as the app imports them. The helper, which holds one page at a time,
 * must peak at 300 pages within 0.02 MiB a page of its 10-page figure (ru_maxrss from wait4();
 * 0.002 measured); the caller, which parses the lines it reads, grows with the text (its document
 * and the parse span every page), within a bound a page (import-measure: VmHWM over VmRSS before). Not timed. Under AddressSanitizer
 * (whose quarantine keeps freed memory) it is skipped.
 */

#include "config.h"

#include <string.h>

#include "phoenix-sandbox.h"
#include "phoenix-test-bench.h"
#include "phoenix-test-helper.h"
#include "phoenix-test-pdf-pages.h"
#include "phoenix-test-util.h"

/* What each page past the tenth may add to the helper's peak, in MiB: Poppler's objects of the
 * document and the fonts stay; a page's text, its boxes and attributes and its lines do not
 * (before the stream, with the parser in the helper: 0.18 MiB a page on these files). */
#define HELPER_MIB_PER_PAGE 0.02
/* What each page may add to the caller's peak: the parser's document, which holds every line of
 * every page (its reading order, running headers and sections span pages) and, until the reading
 * order, their words, then the parse (its text and profile). This grows with the text, about 600
 * words a page here: 0.16 MiB a page when the reading thread's lines were freed by the parse's
 * thread (their blocks went to that thread's cache, the reader took new memory for every page)
 * and each word's text was a block of its own; 0.10 MiB a page since (issue #18's item 3, fourth
 * round: the lines freed where they were read, the words in two blocks a line, a row of one
 * segment sharing its strings). */
#define PARSE_MIB_PER_PAGE  0.125

/* The helper streams every page: the last page's last point is in its lines. */
static void
check_stream (const char *path,
              guint       n_pages)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvLineReader) reader = phoenix_test_helper_read (HELPER_PATH, path, &error);
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *last = g_strdup_printf ("(page %u, point", n_pages);
  gboolean found = FALSE;

  g_assert_no_error (error);
  g_assert_cmpuint (phoenix_cv_line_reader_get_n_pages (reader), ==, n_pages);
  lines = phoenix_cv_line_reader_take_lines (reader);
  for (guint i = 0; i < lines->len && !found; i++)
    found = strstr (((PhoenixCvLine *) g_ptr_array_index (lines, i))->text, last) != NULL;
  g_assert_true (found);
}

/* The helper's peak and what the import adds to the caller's on @n_pages pages, in MiB (the
 * smallest of three runs each: other processes' page-ins do not count). Measured before this
 * process reads any stream: a child's ru_maxrss counts its parent's pages at the fork. */
static void
import_peaks (const char *dir,
              guint       n_pages,
              double     *helper,
              double     *parse)
{
  g_autofree char *name = g_strdup_printf ("cv-%u.pdf", n_pages);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  /* With the allocator tunables the import runs it with. */
  const char *helper_argv[] = { "env", PHOENIX_SANDBOX_HELPER_TUNABLES, HELPER_PATH, path, NULL };
  const char *measure_argv[] = { IMPORT_MEASURE_PATH, HELPER_PATH, path, NULL };
  g_autoptr(GError) error = NULL;

  phoenix_test_write_cv_pdf (path, n_pages, &error);
  g_assert_no_error (error);

  *helper = *parse = G_MAXDOUBLE;
  for (int i = 0; i < 3; i++)
    {
      PhoenixTestRun run;
      g_autofree char *out = NULL;
      int status = 0;

      g_assert_true (phoenix_test_run_child (helper_argv, &run));
      g_assert_cmpfloat (run.max_rss_mib, >, 0);
      *helper = MIN (*helper, run.max_rss_mib);

      g_spawn_sync (NULL, (char **) measure_argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_cmpfloat (phoenix_test_field (out, "added_peak_kib"), >=, 0);
      *parse = MIN (*parse, phoenix_test_field (out, "added_peak_kib") / 1024);
    }
}

static void
test_memory_flat (PhoenixTestDir *f,
                  gconstpointer   data)
{
  double helper_10, helper_300, parse_10, parse_300;

  if (PHOENIX_SANDBOX_ASAN)
    {
      g_test_skip ("AddressSanitizer's quarantine keeps freed memory");
      return;
    }
  import_peaks (f->dir, 10, &helper_10, &parse_10);
  import_peaks (f->dir, 300, &helper_300, &parse_300);
  {
    g_autofree char *path_10 = g_build_filename (f->dir, "cv-10.pdf", NULL);
    g_autofree char *path_300 = g_build_filename (f->dir, "cv-300.pdf", NULL);

    check_stream (path_10, 10);
    check_stream (path_300, 300);
  }
  g_test_message ("helper's peak: 10 pages %.1f MiB, 300 pages %.1f MiB, %.4f MiB a page", helper_10, helper_300,
                  (helper_300 - helper_10) / 290);
  g_test_message ("the parse adds: 10 pages %.1f MiB, 300 pages %.1f MiB, %.4f MiB a page", parse_10, parse_300,
                  (parse_300 - parse_10) / 290);
  g_assert_cmpfloat (helper_300, <, helper_10 + 290 * HELPER_MIB_PER_PAGE);
  g_assert_cmpfloat (parse_300, <, parse_10 + 290 * PARSE_MIB_PER_PAGE);
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
