/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-import-helper"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "phoenix-pdf-import.h"
#include "phoenix-pdf-reader.h"
#include "phoenix-photo.h"
#include "phoenix-sandbox.h"
#include "phoenix-seccomp.h"

/*
 * phoenix-import-helper FILE.pdf [--password P | --password-stdin]
 * phoenix-import-helper --fd N [--password-stdin]
 *
 * Reads one PDF and writes one JSON object to stdout: {"pages", "lines",
 * "sections", "profile", "confidence", "unassigned", "text"}. On failure it writes
 * {"error": {"code": "encrypted", "message": "…"}} to stdout, the message to
 * stderr, and exits with the status of phoenix_pdf_import_error_to_exit_status().
 * The app runs it in a sandbox (see phoenix-pdf-import.c); it never writes a file.
 */

#define EXIT_USAGE 2

static void
write_json (JsonNode *node)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, node);
  text = json_generator_to_data (generator, NULL);
  fputs (text, stdout);
  fputc ('\n', stdout);
  fflush (stdout);
}

static int
fail (PhoenixPdfImportError  code,
      const char            *message)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "error");
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "code");
  json_builder_add_string_value (b, phoenix_pdf_import_error_to_string (code));
  json_builder_set_member_name (b, "message");
  json_builder_add_string_value (b, message);
  json_builder_end_object (b);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  write_json (root);
  g_printerr ("phoenix-import-helper: %s\n", message);
  return phoenix_pdf_import_error_to_exit_status (code);
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
  gboolean no_lines = FALSE;
  gboolean photo = FALSE;
  gint64 limit_memory = 0;
  int limit_cpu = 0;
  int fd = -1;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "password", 0, 0, G_OPTION_ARG_STRING, &password, N_("Password of an encrypted PDF"), N_("PASSWORD") },
    { "password-stdin", 0, 0, G_OPTION_ARG_NONE, &password_stdin, N_("Read the password from standard input"), NULL },
    { "fd", 0, 0, G_OPTION_ARG_INT, &fd, N_("Read the PDF from this open file descriptor"), N_("FD") },
    { "no-lines", 0, 0, G_OPTION_ARG_NONE, &no_lines, N_("Leave the positioned lines out of the output"), NULL },
    { "photo", 0, 0, G_OPTION_ARG_NONE, &photo, N_("Read a JPEG or PNG photo and write it back prepared"), NULL },
    { "limit-memory", 0, 0, G_OPTION_ARG_INT64, &limit_memory, N_("Limit the address space to BYTES"), N_("BYTES") },
    { "limit-cpu", 0, 0, G_OPTION_ARG_INT, &limit_cpu, N_("Limit the processor time to SECONDS"), N_("SECONDS") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE.pdf") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) data = NULL;
  g_autoptr(JsonNode) result = NULL;

  /* stdout carries the JSON only: every log message goes to stderr. */
  g_log_writer_default_set_use_stderr (TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context, _("Reads a CV from a PDF file and prints it as JSON."));
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

  result = phoenix_pdf_reader_read (data, password, !no_lines, &error);
  if (result == NULL)
    return fail ((PhoenixPdfImportError) error->code, error->message);
  write_json (result);
  return 0;
}
