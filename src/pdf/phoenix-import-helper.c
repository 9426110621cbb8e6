/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-import-helper"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "phoenix-cv-line-stream.h"
#include "phoenix-pdf-document.h"
#include "phoenix-pdf-import.h"
#include "phoenix-photo.h"
#include "phoenix-sandbox.h"
#include "phoenix-seccomp.h"

/*
 * phoenix-import-helper FILE.pdf [--password P | --password-stdin]
 * phoenix-import-helper --fd N [--password-stdin]
 *
 * Reads one PDF and writes its positioned lines to stdout as they are read, page by page, in
 * the line stream of phoenix-cv-line-stream.h (the page count and size, each page's lines with
 * their words, the PDF's attached files, an end record): one page is held at a time. The CV is
 * parsed by the caller, not here: this process links GLib, Poppler, libseccomp and gdk-pixbuf
 * (for --photo) only. On failure it writes the message and the code's name ("encrypted") to stderr
 * and exits with the status of phoenix_pdf_import_error_to_exit_status(); what it wrote has no end
 * record then.
 * The app runs it in a sandbox (see phoenix-pdf-import.c); it never writes a file.
 */

#define EXIT_USAGE 2

static int
fail (PhoenixPdfImportError  code,
      const char            *message)
{
  /* The code's name as the JSON of before carried it, for whoever reads the log. */
  g_printerr ("phoenix-import-helper: %s (%s)\n", message, phoenix_pdf_import_error_to_string (code));
  return phoenix_pdf_import_error_to_exit_status (code);
}

/* The stream as it is made: each record written out once its page is read. */
typedef struct
{
  GString  *buffer;
  guint     n_lines;
  gboolean  write_failed;
} Output;

static void
flush_output (Output *out)
{
  if (out->buffer->len > 0 && fwrite (out->buffer->str, 1, out->buffer->len, stdout) != out->buffer->len)
    out->write_failed = TRUE;
  g_string_truncate (out->buffer, 0);
}

static void
document_cb (guint    n_pages,
             double   page_width,
             double   page_height,
             gpointer user_data)
{
  Output *out = user_data;

  phoenix_cv_line_stream_document (out->buffer, n_pages, page_width, page_height);
}

static void
page_cb (GPtrArray *lines,
         gpointer   user_data)
{
  Output *out = user_data;

  for (guint i = 0; i < lines->len; i++)
    phoenix_cv_line_stream_line (out->buffer, g_ptr_array_index (lines, i));
  out->n_lines += lines->len;
  g_ptr_array_unref (lines);
  flush_output (out);
}

static void
attachment_cb (GBytes   *bytes,
               gpointer  user_data)
{
  Output *out = user_data;
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (bytes, &size);

  phoenix_cv_line_stream_attachment (out->buffer, data, size);
  flush_output (out);
}

static int
write_lines (GBytes     *data,
             const char *password)
{
  static const PhoenixPdfDocumentFuncs funcs = { document_cb, page_cb, attachment_cb };
  g_autoptr(GError) error = NULL;
  Output out = { g_string_sized_new (65536), 0, FALSE };
  gboolean ok;

  phoenix_cv_line_stream_begin (out.buffer);
  ok = phoenix_pdf_document_read (data, password, &funcs, &out, &error);
  if (ok)
    {
      phoenix_cv_line_stream_end (out.buffer, out.n_lines);
      flush_output (&out);
    }
  g_string_free (out.buffer, TRUE);
  if (!ok)
    return fail ((PhoenixPdfImportError) error->code, error->message);
  if (out.write_failed || fflush (stdout) != 0)
    return fail (PHOENIX_PDF_IMPORT_ERROR_FAILED, g_strerror (errno));
  return 0;
}

static GBytes *
read_fd (int      fd,
         GError **error)
{
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  guint8 chunk[65536];

  for (;;)
    {
      ssize_t n = read (fd, chunk, sizeof chunk);
      if (n < 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, g_strerror (errno));
          return NULL;
        }
      if (n == 0)
        break;
      g_byte_array_append (buffer, chunk, (guint) n);
      if (buffer->len > PHOENIX_PDF_IMPORT_MAX_BYTES)
        break;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));
}

static void
run_test_faults (void)
{
  /* For tests of the caller: a crash and a hang on demand. */
  if (g_strcmp0 (g_getenv ("PHOENIX_IMPORT_HELPER_TEST_CRASH"), "1") == 0)
    raise (SIGSEGV);
  if (g_strcmp0 (g_getenv ("PHOENIX_IMPORT_HELPER_TEST_HANG"), "1") == 0)
    for (;;)
      g_usleep (G_USEC_PER_SEC);
}

/* --photo: the image checked and decoded here, only the prepared photo written out (raw bytes). */
static int
prepare_photo (GBytes *image)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) prepared = phoenix_photo_prepare (image, &error);
  gsize size = 0;
  const char *bytes;

  if (prepared == NULL)
    {
      g_printerr ("phoenix-import-helper: %s\n", error->message);
      return PHOENIX_PHOTO_HELPER_EXIT_BASE + error->code;
    }
  bytes = g_bytes_get_data (prepared, &size);
  if (fwrite (bytes, 1, size, stdout) != size || fflush (stdout) != 0)
    return PHOENIX_PHOTO_HELPER_EXIT_BASE + PHOENIX_PHOTO_ERROR_FAILED;
  return 0;
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *password = NULL;
  gboolean password_stdin = FALSE;
  gboolean photo = FALSE;
  gint64 limit_memory = 0;
  int limit_cpu = 0;
  int fd = -1;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "password", 0, 0, G_OPTION_ARG_STRING, &password, N_("Password of an encrypted PDF"), N_("PASSWORD") },
    { "password-stdin", 0, 0, G_OPTION_ARG_NONE, &password_stdin, N_("Read the password from standard input"), NULL },
    { "fd", 0, 0, G_OPTION_ARG_INT, &fd, N_("Read the PDF from this open file descriptor"), N_("FD") },
    { "photo", 0, 0, G_OPTION_ARG_NONE, &photo, N_("Read a JPEG or PNG photo and write it back prepared"), NULL },
    { "limit-memory", 0, 0, G_OPTION_ARG_INT64, &limit_memory, N_("Limit the address space to BYTES"), N_("BYTES") },
    { "limit-cpu", 0, 0, G_OPTION_ARG_INT, &limit_cpu, N_("Limit the processor time to SECONDS"), N_("SECONDS") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE.pdf") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) data = NULL;

  /* stdout carries the line stream only: every log message goes to stderr. */
  g_log_writer_default_set_use_stderr (TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Reads the positioned lines of a PDF file and writes them out for the CV parser."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error)
      || (fd < 0 && (files == NULL || g_strv_length (files) != 1)))
    {
      g_printerr ("%s\n", error != NULL ? error->message : _("Usage: phoenix-import-helper FILE.pdf"));
      return EXIT_USAGE;
    }

  /* Before any input is read: no new process, no exec, no socket… (phoenix-seccomp.h). Under
   * bwrap the app's filter holds already; this one adds exec, and is the only one of ours
   * under flatpak-spawn. */
  if (!phoenix_seccomp_apply (PHOENIX_SECCOMP_NO_EXEC, &error))
    {
      g_printerr ("phoenix-import-helper: %s\n", error->message);
      return phoenix_pdf_import_error_to_exit_status (PHOENIX_PDF_IMPORT_ERROR_FAILED);
    }

  if (limit_memory > 0 || limit_cpu > 0)
    {
      struct rlimit limit;

      /* Not under AddressSanitizer, whose shadow memory needs terabytes of address space (its
       * hard_rss_limit_mb, set by the app, holds instead). */
#if !PHOENIX_SANDBOX_ASAN
      if (limit_memory > 0)
        {
          limit.rlim_cur = limit.rlim_max = (rlim_t) limit_memory;
          setrlimit (RLIMIT_AS, &limit);
        }
#endif
      if (limit_cpu > 0)
        {
          limit.rlim_cur = limit.rlim_max = (rlim_t) limit_cpu;
          setrlimit (RLIMIT_CPU, &limit);
        }
      limit.rlim_cur = limit.rlim_max = 0;
      setrlimit (RLIMIT_CORE, &limit);
    }

  if (password_stdin)
    {
      g_autoptr(GBytes) bytes = read_fd (STDIN_FILENO, NULL);
      gsize n = 0;
      const char *p = bytes != NULL ? g_bytes_get_data (bytes, &n) : NULL;
      g_free (password);
      password = g_strndup (p != NULL ? p : "", n);
      g_strchomp (password);
    }

  if (fd >= 0)
    data = read_fd (fd, &error);
  else
    {
      char *contents = NULL;
      gsize length = 0;
      GStatBuf st;

      if (g_stat (files[0], &st) == 0 && st.st_size > PHOENIX_PDF_IMPORT_MAX_BYTES)
        {
          g_autofree char *message = phoenix_pdf_import_error_message (PHOENIX_PDF_IMPORT_ERROR_TOO_LARGE);
          return fail (PHOENIX_PDF_IMPORT_ERROR_TOO_LARGE, message);
        }
      if (g_file_get_contents (files[0], &contents, &length, &error))
        data = g_bytes_new_take (contents, length);
    }
  if (data == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not read the file: %s"), error->message);
      return fail (PHOENIX_PDF_IMPORT_ERROR_FAILED, message);
    }

  run_test_faults ();

  if (photo)
    return prepare_photo (data);

  return write_lines (data, password);
}
