/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-sandbox"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gdk-pixbuf/gdk-pixbuf.h>

#include "phoenix-pdf-import-private.h"
#include "phoenix-photo.h"
#include "phoenix-sandbox.h"
#include "phoenix-seccomp.h"
#include "phoenix-test-util.h"

/*
 * The import runner against misbehaving helpers (issue #14, rows 3, 4, 8, 9): fake-helper runs
 * in the real helper's place, in the same sandbox, and floods its pipes, forks, allocates, garbles
 * its line stream or cuts it short, sends nothing, never exits, reads its environment. Each import ends
 * with a clear error (or the helper's report of what it could not do), this process stays within
 * its memory budget and its main loop keeps turning. Every case runs twice: under bubblewrap
 * (when user namespaces allow it) and without it (the filter loaded between fork and exec).
 */

typedef struct
{
  char *dir;
  char *pdf;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = phoenix_test_make_tmp_dir ("phoenix-sandbox-XXXXXX");
  f->pdf = g_build_filename (f->dir, "cv.pdf", NULL);
  g_assert_true (g_file_set_contents (f->pdf, "%PDF-1.4\n%%EOF\n", -1, NULL));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  phoenix_test_remove_tree (f->dir);
  g_free (f->pdf);
  g_free (f->dir);
}

/* AddressSanitizer keeps freed memory in its quarantine (256 MB by default) before reuse: under
 * it the budget allows for that too. */
#if PHOENIX_SANDBOX_ASAN
#define QUARANTINE_KB (256 * 1024)
#else
#define QUARANTINE_KB 0
#endif

/* Peak resident memory of this process (VmHWM), in KB. */
static guint64
peak_rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, "VmHWM:");
  g_assert_nonnull (line);
  return g_ascii_strtoull (line + 6, NULL, 10);
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static gboolean
count_idle_cb (gpointer user_data)
{
  guint *n = user_data;

  (*n)++;
  return G_SOURCE_CONTINUE;
}

/* Runs the fake helper in @mode; returns the parse, or NULL and @error. The main loop must
 * keep turning all along: an idle source of the pipes' own priority counts its turns. */
static PhoenixCvParse *
run_fake (Fixture     *f,
          const char  *mode,
          gboolean     sandbox,
          guint        timeout,
          GError     **error)
{
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GFile) file = g_file_new_for_path (f->pdf);
  g_autoptr(GAsyncResult) result = NULL;
  guint turns = 0, idle;
  PhoenixCvParse *parse;

  phoenix_pdf_import_set_helper_path (import, FAKE_HELPER_PATH);
  phoenix_pdf_import_set_sandbox (import, sandbox);
  phoenix_pdf_import_set_timeout (import, timeout);
  g_setenv ("PHOENIX_IMPORT_HELPER_TEST_MODE", mode, TRUE);
  idle = g_idle_add_full (G_PRIORITY_DEFAULT, count_idle_cb, &turns, NULL);
  phoenix_pdf_import_run_async (import, file, NULL, NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (idle);
  g_unsetenv ("PHOENIX_IMPORT_HELPER_TEST_MODE");
  g_assert_cmpuint (turns, >, 0);
  parse = phoenix_pdf_import_run_finish (import, result, error);
  g_test_message ("%s (%s): %s", mode, phoenix_pdf_import_get_sandboxed (import) ? "bwrap" : "direct",
                  parse != NULL ? phoenix_cv_parse_get_text (parse) : (*error)->message);
  return parse;
}

/* A helper that writes without end to stdout or stderr: killed once past the cap, which is
 * counted while reading (the app held 8 GB after 40 s before). */
static void
test_flood (Fixture       *f,
            gconstpointer  data)
{
  static const char * const modes[] = { "flood-stdout", "flood-stderr" };
  gboolean sandbox = GPOINTER_TO_INT (data);
  /* The kernel's high-water mark lags a little (it may even read lower later): every run is
   * measured against the mark before the first. */
  guint64 start = peak_rss_kb ();

  for (gsize i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PhoenixCvParse) parse = NULL;
      guint64 before = peak_rss_kb (), after;

      parse = run_fake (f, modes[i], sandbox, 30, &error);
      g_assert_null (parse);
      g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_CRASHED);
      g_assert_nonnull (strstr (error->message, "stopped"));
      /* The cap (32 MB out, 1 MB of errors) and a chunk, with room for the allocator. */
      after = peak_rss_kb ();
      g_test_message ("peak RSS: %" G_GUINT64_FORMAT " KB before, %" G_GUINT64_FORMAT " KB after", before, after);
      g_assert_cmpuint (after, <, start + (PHOENIX_PDF_IMPORT_MAX_REPLY / 1024) * 2 + QUARANTINE_KB);
    }
}

/* Children are refused: the memory limit cannot be multiplied by forking (six children held
 * 5.3 GB under the "1 GiB" limit before). */
static void
test_fork_bomb (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = run_fake (f, "fork-bomb", GPOINTER_TO_INT (data), 30, &error);
  g_autofree char *expected = g_strdup_printf ("started 0 errno %d", EPERM);

  g_assert_no_error (error);
  g_assert_cmpstr (phoenix_cv_parse_get_text (parse), ==, expected);
}

/* The address-space limit holds for the helper (1 GiB by default). */
static void
test_memory (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;
  const char *text;

  if (PHOENIX_SANDBOX_ASAN)
    {
      /* Its shadow memory needs terabytes of address space, so no rlimit can hold, and its
       * polled RSS limit comes too late for a fast allocation: the gcc run tests the limit. */
      g_test_skip ("AddressSanitizer: no memory limit holds for a sanitized helper");
      return;
    }
  parse = run_fake (f, "memory", GPOINTER_TO_INT (data), 30, &error);

  g_assert_no_error (error);
  text = phoenix_cv_parse_get_text (parse);
  g_assert_true (g_str_has_prefix (text, "allocated "));
  g_assert_cmpuint (g_ascii_strtoull (text + strlen ("allocated "), NULL, 10), <, 1024);
}

/* No socket, not even one that goes nowhere. */
static void
test_socket (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = run_fake (f, "socket", GPOINTER_TO_INT (data), 30, &error);

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (phoenix_cv_parse_get_text (parse), "socket refused"));
}

/* Nothing of the app's environment but the locale (and the tests' switches), and the helper's
 * allocator tunables. */
static void
test_environment (Fixture       *f,
                  gconstpointer  data)
{
  static const char * const leaked[] = { "HOME", "DBUS_SESSION_BUS_ADDRESS", "PHOENIX_VAULT_PATH",
                                         "PHOENIX_SECRET_TOKEN", "XDG_RUNTIME_DIR", "DISPLAY" };
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_auto(GStrv) names = NULL;

  g_setenv ("LANG", "fr_FR.UTF-8", TRUE);
  g_setenv ("PHOENIX_SECRET_TOKEN", "s3cret", TRUE);
  g_setenv ("PHOENIX_VAULT_PATH", "/tmp/vault.db", TRUE);
  g_setenv ("HOME", "/root", TRUE);
  parse = run_fake (f, "environment", GPOINTER_TO_INT (data), 30, &error);
  g_unsetenv ("PHOENIX_SECRET_TOKEN");
  g_unsetenv ("PHOENIX_VAULT_PATH");
  g_assert_no_error (error);
  names = g_strsplit (phoenix_cv_parse_get_text (parse), " ", -1);
  g_assert_true (g_strv_contains ((const char * const *) names, "LANG"));
  g_assert_true (g_strv_contains ((const char * const *) names, "PHOENIX_IMPORT_HELPER_TEST_MODE"));
  /* The allocator's thread cache the helper is run with (phoenix-sandbox.c). */
  g_assert_true (g_strv_contains ((const char * const *) names, "GLIBC_TUNABLES"));
  for (gsize i = 0; i < G_N_ELEMENTS (leaked); i++)
    if (g_strv_contains ((const char * const *) names, leaked[i]))
      g_test_fail_printf ("%s reached the helper", leaked[i]);
}

/* Replies that are no reply: empty (a Json-CRITICAL, fatal with fatal-criticals, before the line
 * stream), a word before any line, more lines than a document has, a record that says it is 4 GB,
 * a stream without its end. Tests run with criticals fatal, so a critical fails them. */
static void
test_bad_replies (Fixture       *f,
                  gconstpointer  data)
{
  static const struct { const char *mode; PhoenixPdfImportError code; } cases[] = {
    { "empty", PHOENIX_PDF_IMPORT_ERROR_FAILED },
    { "garbled", PHOENIX_PDF_IMPORT_ERROR_CRASHED },
    { "many-lines", PHOENIX_PDF_IMPORT_ERROR_CRASHED },
    { "huge-record", PHOENIX_PDF_IMPORT_ERROR_CRASHED },
    { "cut-short", PHOENIX_PDF_IMPORT_ERROR_FAILED },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PhoenixCvParse) parse = run_fake (f, cases[i].mode, GPOINTER_TO_INT (data), 30, &error);

      g_assert_null (parse);
      g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, (int) cases[i].code);
    }
}

/* A helper that ignores SIGTERM and never exits: the timeout, then SIGKILL. */
static void
test_never_exits (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = run_fake (f, "never-exit", GPOINTER_TO_INT (data), 1, &error);

  g_assert_null (parse);
  g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_TIMEOUT);
}

/* The reply reader on its own: the limits just under and just over. */
static void
test_reply_limits (void)
{
  g_autoptr(GString) ok = g_string_new ("{\"profile\": {\"work\": [");
  g_autoptr(GString) over = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autoptr(GError) error = NULL;
  GString *deep = g_string_new ("{\"profile\": {}, \"x\": ");
  g_autofree char *deep_text = NULL;

  for (guint i = 0; i < PHOENIX_PDF_IMPORT_MAX_ENTRIES; i++)
    g_string_append_printf (ok, "%s{}", i > 0 ? "," : "");
  over = g_string_new (ok->str);
  g_string_append (ok, "]}}");
  g_string_append (over, ",{}]}}");
  parse = _phoenix_pdf_import_read_reply (ok->str, ok->len, &error);
  g_assert_no_error (error);
  g_assert_nonnull (parse);
  g_assert_null (_phoenix_pdf_import_read_reply (over->str, over->len, &error));
  g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* 64 levels in all pass, 65 do not. */
  for (guint i = 0; i < 63; i++)
    g_string_append_c (deep, '[');
  for (guint i = 0; i < 63; i++)
    g_string_append_c (deep, ']');
  g_string_append_c (deep, '}');
  deep_text = g_string_free (deep, FALSE);
  g_clear_object (&parse);
  parse = _phoenix_pdf_import_read_reply (deep_text, strlen (deep_text), &error);
  g_assert_no_error (error);
  g_clear_object (&parse);
  {
    g_autofree char *deeper = g_strconcat ("[", deep_text, "]", NULL);
    g_assert_null (_phoenix_pdf_import_read_reply (deeper, strlen (deeper), &error));
    g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_FAILED);
    g_clear_error (&error);
  }

  /* Not an object, no profile, nothing at all. */
  g_assert_null (_phoenix_pdf_import_read_reply ("[]", 2, &error));
  g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_null (_phoenix_pdf_import_read_reply ("{}", 2, &error));
  g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_null (_phoenix_pdf_import_read_reply ("", 0, &error));
  g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_FAILED);
}

/* The filter itself, loaded into a child of this test: fork and sockets refused, threads fine;
 * with NO_EXEC, exec refused. */
static void
test_seccomp_filter (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GThread) thread = NULL;
      const char *argv[] = { "/bin/true", NULL };

      g_assert_true (phoenix_seccomp_apply (PHOENIX_SECCOMP_NO_EXEC, &error));
      g_assert_no_error (error);
      g_assert_cmpint (fork (), ==, -1);
      g_assert_cmpint (errno, ==, EPERM);
      g_assert_cmpint (socket (AF_INET, SOCK_STREAM, 0), ==, -1);
      g_assert_cmpint (errno, ==, EPERM);
      thread = g_thread_new ("allowed", (GThreadFunc) g_strdup, (gpointer) "a thread");
      g_free (g_thread_join (g_steal_pointer (&thread)));
      execv (argv[0], (char **) argv);
      g_assert_cmpint (errno, ==, EPERM);
      /* Ends here: under LeakSanitizer, its check at exit needs the ptrace and fork this
       * process may no longer do (this child holds nothing the suite's other tests do not). */
      _exit (0);
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static GBytes *
encode_image (int         width,
              int         height,
              const char *type)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  g_autoptr(GError) error = NULL;
  char *buffer = NULL;
  gsize size = 0;

  gdk_pixbuf_fill (pixbuf, 0x3366ccff);
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, type, &error, NULL));
  return g_bytes_new_take (buffer, size);
}

/* A PNG of 200 bytes whose header claims 46,000 × 46,000 pixels (8 GB and 46 s before). */
static GBytes *
png_bomb (void)
{
  static const guint8 head[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
    0, 0, 0, 13, 'I', 'H', 'D', 'R', 0x00, 0x00, 0xb3, 0xb0, 0x00, 0x00, 0xb3, 0xb0, 8, 6, 0, 0, 0,
    0x12, 0x34, 0x56, 0x78,
  };
  guint8 *bytes = g_malloc0 (200);

  memcpy (bytes, head, sizeof head);
  return g_bytes_new_take (bytes, 200);
}

static GBytes *
prepare_in_helper (PhoenixPdfImport  *import,
                   GBytes            *image,
                   GError           **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  phoenix_pdf_import_prepare_photo_async (import, image, NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return phoenix_pdf_import_prepare_photo_finish (import, result, error);
}

/* Photos are decoded in the helper's sandbox: JPEG and PNG only, by their magic bytes, their size
 * checked in the header first; only a prepared photo comes back. */
static void
test_photo (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GBytes) jpeg = encode_image (1200, 900, "jpeg");
  g_autoptr(GBytes) png = encode_image (300, 200, "png");
  g_autoptr(GBytes) bomb = png_bomb ();
  g_autoptr(GBytes) photo = NULL;
  g_autoptr(GError) error = NULL;
  int width = 0, height = 0;
  static const char * const others[] = {
    "GIF89a\x01\x00\x01\x00\x80\x00\x00", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "BM\x36\x00\x00\x00",
    "II*\x00\x08\x00\x00\x00", "\x00\x00\x01\x00\x01\x00", "/* XPM */\nstatic char *x[] = {",
  };

  phoenix_pdf_import_set_helper_path (import, HELPER_PATH);
  phoenix_pdf_import_set_sandbox (import, GPOINTER_TO_INT (data));
  photo = prepare_in_helper (import, jpeg, &error);
  g_assert_no_error (error);
  g_assert_true (phoenix_photo_is_prepared (photo));
  g_assert_cmpint (phoenix_photo_check_header (g_bytes_get_data (photo, NULL), g_bytes_get_size (photo),
                                               &width, &height, NULL), ==, PHOENIX_PHOTO_FORMAT_JPEG);
  g_assert_cmpint (width, ==, PHOENIX_PHOTO_MAX_SIDE);
  g_assert_cmpint (height, ==, 450);
  g_clear_pointer (&photo, g_bytes_unref);
  photo = prepare_in_helper (import, png, &error);
  g_assert_no_error (error);
  g_assert_true (phoenix_photo_is_prepared (photo));

  g_assert_null (prepare_in_helper (import, bomb, &error));
  g_assert_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_TOO_BIG);
  g_clear_error (&error);
  for (gsize i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autoptr(GBytes) other = g_bytes_new_static (others[i], strlen (others[i]) + 1);

      g_assert_null (prepare_in_helper (import, other, &error));
      g_assert_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_NOT_AN_IMAGE);
      g_clear_error (&error);
    }

  /* A helper that answers anything but a prepared photo: refused here. */
  phoenix_pdf_import_set_helper_path (import, FAKE_HELPER_PATH);
  g_setenv ("PHOENIX_IMPORT_HELPER_TEST_MODE", "bad-photo", TRUE);
  g_assert_null (prepare_in_helper (import, jpeg, &error));
  g_assert_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_FAILED);
  g_clear_error (&error);
  g_setenv ("PHOENIX_IMPORT_HELPER_TEST_MODE", "flood-stdout", TRUE);
  g_assert_null (prepare_in_helper (import, jpeg, &error));
  g_assert_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_FAILED);
  g_unsetenv ("PHOENIX_IMPORT_HELPER_TEST_MODE");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("PHOENIX_IMPORT_HELPER");

  g_test_add_func ("/sandbox/seccomp-filter", test_seccomp_filter);
  g_test_add_func ("/sandbox/reply-limits", test_reply_limits);
#define ADD(name, func) \
  g_test_add ("/sandbox/bwrap/" name, Fixture, GINT_TO_POINTER (TRUE), fixture_setup, func, fixture_teardown); \
  g_test_add ("/sandbox/direct/" name, Fixture, GINT_TO_POINTER (FALSE), fixture_setup, func, fixture_teardown)
  ADD ("flood", test_flood);
  ADD ("fork-bomb", test_fork_bomb);
  ADD ("memory", test_memory);
  ADD ("socket", test_socket);
  ADD ("environment", test_environment);
  ADD ("bad-replies", test_bad_replies);
  ADD ("never-exits", test_never_exits);
  ADD ("photo", test_photo);
#undef ADD

  return g_test_run ();
}
