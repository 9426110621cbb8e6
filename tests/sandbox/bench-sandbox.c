/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-sandbox"

#include "config.h"

#include <fcntl.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <sys/resource.h>
#include <unistd.h>

#include "phoenix-cv-sources.h"
#include "phoenix-pdf-import-private.h"
#include "phoenix-photo.h"
#include "phoenix-sandbox.h"
#include "phoenix-test-bench.h"

/*
 * What the stronger sandbox costs (issue #14), interleaved A B A B in one run, medians of wall and
 * processor time (this process and its children):
 * - a PDF import: A, as the app ran it before (bwrap without a filter, the app's environment, the
 *   pipes read without caps, the reply parsed on the main thread); B, PhoenixPdfImport now (bwrap
 *   with the seccomp filter, cleared environment, capped reads, the reply parsed in a worker thread);
 *   the helper loads its own filter in both (it is the same binary);
 * - a photo: A, decoded in this process (before); B, decoded in the helper's sandbox (now).
 * Usage: bench-sandbox HELPER [CV-PDF-DIR]: the PDFs of the folder (the real CVs of ../shared), else
 * none and only the photos.
 */

#define ROUNDS 9

static double
cpu_ms (void)
{
  struct rusage self, children;

  getrusage (RUSAGE_SELF, &self);
  getrusage (RUSAGE_CHILDREN, &children);
  return (self.ru_utime.tv_sec + self.ru_stime.tv_sec + children.ru_utime.tv_sec + children.ru_stime.tv_sec) * 1000.0
         + (self.ru_utime.tv_usec + self.ru_stime.tv_usec + children.ru_utime.tv_usec + children.ru_stime.tv_usec) / 1000.0;
}

typedef struct
{
  double wall[ROUNDS];
  double cpu[ROUNDS];
} Figures;

static void
old_child_setup (gpointer data)
{
  struct rlimit limit = { G_GUINT64_CONSTANT (1) << 30, G_GUINT64_CONSTANT (1) << 30 };

  setsid ();
  setrlimit (RLIMIT_AS, &limit);
}

/* The import as it was: returns TRUE when a profile came back. */
static gboolean
import_before (const char *helper,
               const char *pdf)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSubprocessLauncher) launcher =
    g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                               | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(PhoenixCvLineReader) reader = phoenix_cv_line_reader_new ();
  g_autoptr(JsonNode) reply = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;
  double width = 0, height = 0;
  PhoenixSandboxKind kind;

  _phoenix_sandbox_add_prefix (argv, helper, 3, -1, G_GUINT64_CONSTANT (1) << 30, &kind);
  g_ptr_array_add (argv, g_strdup (helper));
  g_ptr_array_add (argv, g_strdup ("--fd"));
  g_ptr_array_add (argv, g_strdup ("3"));
  g_ptr_array_add (argv, g_strdup ("--limit-memory=1073741824"));
  g_ptr_array_add (argv, g_strdup ("--limit-cpu=31"));
  g_ptr_array_add (argv, NULL);
  g_subprocess_launcher_take_fd (launcher, g_open (pdf, O_RDONLY | O_CLOEXEC, 0), 3);
  g_subprocess_launcher_set_child_setup (launcher, old_child_setup, NULL, NULL);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, NULL);
  if (process == NULL)
    return FALSE;
  {
    g_autoptr(GBytes) no_password = g_bytes_new_static ("", 0);

    if (!g_subprocess_communicate (process, no_password, NULL, &out, &err, NULL))
      return FALSE;
  }
  if (out == NULL)
    return FALSE;
  /* The app's reading of the helper's line stream, and its parse. */
  if (!phoenix_cv_line_reader_feed (reader, g_bytes_get_data (out, NULL), g_bytes_get_size (out), NULL)
      || !phoenix_cv_line_reader_finish (reader, NULL))
    return FALSE;
  phoenix_cv_line_reader_get_page_size (reader, &width, &height);
  reply = phoenix_cv_source_read_pdf_lines (phoenix_cv_line_reader_take_lines (reader), width, height,
                                            phoenix_cv_line_reader_get_n_pages (reader), NULL, FALSE);
  parse = phoenix_cv_parse_new_from_json (reply, NULL);
  return parse != NULL;
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static gboolean
import_now (PhoenixPdfImport *import,
            const char       *pdf)
{
  g_autoptr(GFile) file = g_file_new_for_path (pdf);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;

  phoenix_pdf_import_run_async (import, file, NULL, NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  parse = phoenix_pdf_import_run_finish (import, result, NULL);
  return parse != NULL;
}

static gboolean
photo_now (PhoenixPdfImport *import,
           GBytes           *image)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GBytes) photo = NULL;

  phoenix_pdf_import_prepare_photo_async (import, image, NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  photo = phoenix_pdf_import_prepare_photo_finish (import, result, NULL);
  return photo != NULL;
}

static void
report (const char *what,
        Figures    *a,
        Figures    *b)
{
  double a_wall = phoenix_test_median (a->wall, ROUNDS), b_wall = phoenix_test_median (b->wall, ROUNDS);
  double a_cpu = phoenix_test_median (a->cpu, ROUNDS), b_cpu = phoenix_test_median (b->cpu, ROUNDS);

  g_print ("bench: %-28s before %7.1f ms (cpu %6.1f ms)  now %7.1f ms (cpu %6.1f ms)  %+.1f ms (%+.0f %%)\n",
           what, a_wall, a_cpu, b_wall, b_cpu, b_wall - a_wall, a_wall > 0 ? (b_wall - a_wall) / a_wall * 100 : 0);
}

static GBytes *
encode (int         width,
        int         height,
        const char *type)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  char *buffer = NULL;
  gsize size = 0;
  guint8 *pixels = gdk_pixbuf_get_pixels (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        pixels[y * stride + x * 3] = (guint8) (x * 255 / width);
        pixels[y * stride + x * 3 + 1] = (guint8) (y * 255 / height);
        pixels[y * stride + x * 3 + 2] = (guint8) ((x ^ y) & 0xff);
      }
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, type, NULL, NULL));
  return g_bytes_new_take (buffer, size);
}

int
main (int    argc,
      char **argv)
{
  const char *helper = argc > 1 ? argv[1] : NULL;
  const char *dir_path = argc > 2 ? argv[2] : NULL;
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GPtrArray) pdfs = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (helper == NULL)
    {
      g_printerr ("usage: bench-sandbox HELPER [CV-PDF-DIR]\n");
      return 2;
    }
  phoenix_pdf_import_set_helper_path (import, helper);
  if (dir_path != NULL && (dir = g_dir_open (dir_path, 0, NULL)) != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      if (g_str_has_suffix (name, ".pdf"))
        g_ptr_array_add (pdfs, g_build_filename (dir_path, name, NULL));
  g_ptr_array_sort (pdfs, (GCompareFunc) g_strcmp0);
  g_print ("bench: %u PDFs from %s, %d rounds each, A (before) and B (now) interleaved\n", pdfs->len,
           dir_path != NULL ? dir_path : "(none)", ROUNDS);

  if (pdfs->len > 0)
    {
      Figures a = { { 0 } }, b = { { 0 } };

      /* Warm-up: caches, the helper's pages. */
      import_before (helper, pdfs->pdata[0]);
      import_now (import, pdfs->pdata[0]);
      for (int r = 0; r < ROUNDS; r++)
        {
          double t, c;

          t = phoenix_test_now_ms (); c = cpu_ms ();
          for (guint i = 0; i < pdfs->len; i++)
            if (!import_before (helper, pdfs->pdata[i]))
              g_printerr ("before: %s failed\n", (char *) pdfs->pdata[i]);
          a.wall[r] = (phoenix_test_now_ms () - t) / pdfs->len;
          a.cpu[r] = (cpu_ms () - c) / pdfs->len;

          t = phoenix_test_now_ms (); c = cpu_ms ();
          for (guint i = 0; i < pdfs->len; i++)
            if (!import_now (import, pdfs->pdata[i]))
              g_printerr ("now: %s failed\n", (char *) pdfs->pdata[i]);
          b.wall[r] = (phoenix_test_now_ms () - t) / pdfs->len;
          b.cpu[r] = (cpu_ms () - c) / pdfs->len;
        }
      report ("PDF import (per file)", &a, &b);
    }

  {
    static const struct { int w, h; const char *type; } photos[] = {
      { 3000, 2000, "jpeg" }, { 1200, 900, "png" },
    };

    for (gsize p = 0; p < G_N_ELEMENTS (photos); p++)
      {
        g_autoptr(GBytes) image = encode (photos[p].w, photos[p].h, photos[p].type);
        g_autofree char *what = g_strdup_printf ("photo %d×%d %s (%zu KB)", photos[p].w, photos[p].h, photos[p].type,
                                                 g_bytes_get_size (image) / 1024);
        Figures a = { { 0 } }, b = { { 0 } };

        for (int r = 0; r < ROUNDS; r++)
          {
            double t, c;

            t = phoenix_test_now_ms (); c = cpu_ms ();
            g_bytes_unref (phoenix_photo_prepare (image, NULL));
            a.wall[r] = phoenix_test_now_ms () - t;
            a.cpu[r] = cpu_ms () - c;

            t = phoenix_test_now_ms (); c = cpu_ms ();
            if (!photo_now (import, image))
              g_printerr ("photo through the helper failed\n");
            b.wall[r] = phoenix_test_now_ms () - t;
            b.cpu[r] = cpu_ms () - c;
          }
        report (what, &a, &b);
      }
  }
  return 0;
}
