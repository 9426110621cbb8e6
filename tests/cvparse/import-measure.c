/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "import-measure"

/*
 * One PDF import as the app runs it (PhoenixPdfImport: the helper streams the lines, this process
 * reads them as they come and parses them in a worker thread), measured, for test-pdf-memory and
 * bench-pdf-pages (which run it once a measure, so that the figures are this import's only).
 * Without bubblewrap: the figures are the reading's, not the sandbox's start. The helper's peak
 * memory is not measured here: a child's ru_maxrss counts the pages of its parent at the fork, so
 * it is measured by running the helper from a small process (bench-pdf-pages, test-pdf-memory).
 *
 * Usage: import-measure HELPER FILE.pdf
 * Prints one line: wall_ms= (from the start of the import to its result) cpu_ms= (this process's
 * CPU from the start of the import until its threads are idle again: the parse's worker frees its
 * document after it has returned the result, which this counts)
 * helper_cpu_ms= (the helper's, reaped) added_peak_kib= (this
 * process's peak resident memory over what it held before the import) added_after_kib= and
 * added_anon_after_kib= (what it still holds once the import is done, the parse still held: all of
 * it, and its heap without the pages of mapped files) text= (the characters of
 * the text the parse gives, or refused=1: a CV of more entries in a section than the app imports,
 * read and parsed whole all the same, as the made-up 300-page CV is). Exits 1 when the import fails.
 */

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/resource.h>

#include "phoenix-pdf-import.h"
#include "phoenix-test-bench.h"

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static double
timeval_ms (const struct timeval *tv)
{
  return tv->tv_sec * 1000.0 + tv->tv_usec / 1000.0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PhoenixPdfImport) import = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autoptr(GError) error = NULL;
  struct rusage children;
  double wall, cpu;
  long rss_before, anon_before, hwm;

  if (argc != 3)
    {
      g_printerr ("usage: %s HELPER FILE.pdf\n", argv[0]);
      return 2;
    }
  import = phoenix_pdf_import_new ();
  phoenix_pdf_import_set_helper_path (import, argv[1]);
  phoenix_pdf_import_set_sandbox (import, FALSE);
  phoenix_pdf_import_set_timeout (import, 600);
  file = g_file_new_for_commandline_arg (argv[2]);

  /* The peak from here on: the kernel's high-water mark reset to what is resident now. */
  {
    int fd = open ("/proc/self/clear_refs", O_WRONLY);

    if (fd < 0 || write (fd, "5", 1) != 1)
      g_printerr ("import-measure: the peak could not be reset; it counts from the start\n");
    if (fd >= 0)
      close (fd);
  }
  rss_before = phoenix_test_status_kib ("VmRSS");
  anon_before = phoenix_test_status_kib ("RssAnon");
  wall = phoenix_test_now_ms ();
  cpu = phoenix_test_cpu_ms ();
  phoenix_pdf_import_run_async (import, file, NULL, NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  parse = phoenix_pdf_import_run_finish (import, result, &error);
  wall = phoenix_test_now_ms () - wall;
  /* The worker's clean-up after the result: waited for until the process's CPU stays put. */
  for (guint i = 0; i < 200; i++)
    {
      double before = phoenix_test_cpu_ms ();

      g_usleep (5000);
      if (phoenix_test_cpu_ms () - before < 0.05)
        break;
    }
  cpu = phoenix_test_cpu_ms () - cpu;
  hwm = phoenix_test_status_kib ("VmHWM");
  if (parse == NULL && !g_error_matches (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_TOO_LARGE))
    {
      g_printerr ("import-measure: %s\n", error->message);
      return 1;
    }
  getrusage (RUSAGE_CHILDREN, &children);
  printf ("wall_ms=%.3f cpu_ms=%.3f helper_cpu_ms=%.3f added_peak_kib=%ld added_after_kib=%ld "
          "added_anon_after_kib=%ld ", wall, cpu, timeval_ms (&children.ru_utime) + timeval_ms (&children.ru_stime),
          MAX (0, hwm - rss_before), phoenix_test_status_kib ("VmRSS") - rss_before,
          phoenix_test_status_kib ("RssAnon") - anon_before);
  if (parse != NULL)
    printf ("text=%ld\n", g_utf8_strlen (phoenix_cv_parse_get_text (parse), -1));
  else
    printf ("refused=1\n");
  return 0;
}
