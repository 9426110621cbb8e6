/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-flatpak-sandbox"

/*
 * The PDF import inside a Flatpak, as far as a machine without Flatpak can test it.
 *
 * This executable runs itself again in a root of its own (bubblewrap: a tmpfs holding the
 * machine's folders, so the real / is never written) where /.flatpak-info exists, as in every
 * Flatpak sandbox, with a fake flatpak-spawn first on PATH. The fake writes its arguments to a
 * FIFO (the import forbids its helper to write files), refuses options the real flatpak-spawn
 * does not have, does what the portal would for the options it can (forward the descriptor,
 * clear the environment, set --env variables) and runs the command. The tests check that the
 * import takes that path (and never bubblewrap, never the host), that the CV comes back whole
 * through it, that without flatpak-spawn the import fails instead of running unsandboxed, and
 * that a portal that never answers is killed at the time limit.
 *
 * What cannot be tested here: the portal's own sandbox (no network, no access to the app's
 * data, Flatpak's seccomp filter), which only a Flatpak session has (HACKING.md, "The Flatpak").
 */

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "phoenix-pdf-import.h"
#include "phoenix-test-util.h"

#define FAKE_DIR_VARIABLE "PHOENIX_FAKE_FLATPAK_DIR"

/* The real flatpak-spawn's options (flatpak-xdg-utils); anything else fails the run. */
static const char fake_flatpak_spawn[] =
  "#!/bin/bash\n"
  "# A stand-in for flatpak-spawn (test-flatpak-sandbox.c): no fork, so it runs under the\n"
  "# import's limits; its arguments go to the FIFO, one a line.\n"
  "log=\"$(dirname \"$0\")/../spawn.fifo\"\n"
  "printf 'pid %s\\n' \"$$\" > \"$log\"\n"
  "for a in \"$@\"; do printf 'arg %s\\n' \"$a\"; done > \"$log\"\n"
  "[ -e \"$(dirname \"$0\")/../hang\" ] && exec sleep 600\n"
  "clear=0; env=()\n"
  "while [ $# -gt 0 ]; do\n"
  "  case $1 in\n"
  "    --clear-env) clear=1 ;;\n"
  "    --env=*) env+=(\"${1#--env=}\") ;;\n"
  "    --forward-fd=*|--watch-bus|--expose-pids|--share-pids|--latest-version|--no-network|--sandbox|\\\n"
  "    --sandbox-expose=*|--sandbox-expose-ro=*|--sandbox-expose-path=*|--sandbox-expose-path-ro=*|\\\n"
  "    --sandbox-flag=*|--host|--directory=*|--unset-env=*|--verbose|--app-path=*|--usr-path=*) ;;\n"
  "    --*) printf 'unknown %s\\n' \"$1\" > \"$log\"; exit 127 ;;\n"
  "    *) break ;;\n"
  "  esac\n"
  "  shift\n"
  "done\n"
  "if [ $clear = 1 ]; then exec /usr/bin/env -i \"${env[@]}\" \"$@\"; fi\n"
  "exec /usr/bin/env \"${env[@]}\" \"$@\"\n";

typedef struct
{
  char         *dir;       /* the fake's folder (FAKE_DIR_VARIABLE) */
  char         *pdf;
  int           log_fd;    /* read end of the FIFO, non-blocking */
  GAsyncResult *result;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  user_data)
{
  g_autofree char *fifo = NULL;
  g_autofree char *hang = NULL;
  const char *cli = g_getenv ("PHOENIX_TEST_CLI");
  const char *resume = g_getenv ("PHOENIX_TEST_RESUME");
  g_autoptr(GError) error = NULL;
  int status = 0;

  f->dir = g_strdup (g_getenv (FAKE_DIR_VARIABLE));
  g_assert_nonnull (f->dir);
  fifo = g_build_filename (f->dir, "spawn.fifo", NULL);
  f->log_fd = open (fifo, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  g_assert_cmpint (f->log_fd, >=, 0);
  hang = g_build_filename (f->dir, "hang", NULL);
  g_unlink (hang);

  /* A real CV: the fixture résumé exported by phoenix-cli. */
  f->pdf = g_build_filename (f->dir, "cv.pdf", NULL);
  if (!g_file_test (f->pdf, G_FILE_TEST_EXISTS))
    {
      const char *argv[] = { cli, "export-pdf", resume, "-t", "classic", "-o", f->pdf, NULL };

      g_assert_nonnull (cli);
      g_assert_nonnull (resume);
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL,
                                   &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  user_data)
{
  if (f->log_fd >= 0)
    close (f->log_fd);
  g_clear_object (&f->result);
  g_free (f->pdf);
  g_free (f->dir);
}

/* What the fake flatpak-spawn wrote since the fixture opened the FIFO. */
static char *
read_log (Fixture *f)
{
  GString *log = g_string_new (NULL);
  char buffer[4096];
  ssize_t n;

  while ((n = read (f->log_fd, buffer, sizeof buffer)) > 0)
    g_string_append_len (log, buffer, n);
  return g_string_free (log, FALSE);
}

static void
got_result (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Fixture *f = user_data;

  f->result = g_object_ref (result);
  g_main_context_wakeup (NULL);
}

static PhoenixCvParse *
import (Fixture           *f,
        PhoenixPdfImport  *importer,
        GError           **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (f->pdf);

  g_clear_object (&f->result);
  phoenix_pdf_import_run_async (importer, file, NULL, NULL, got_result, f);
  while (f->result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return phoenix_pdf_import_run_finish (importer, f->result, error);
}

static PhoenixPdfImport *
new_importer (void)
{
  PhoenixPdfImport *importer = phoenix_pdf_import_new ();

  phoenix_pdf_import_set_helper_path (importer, HELPER_PATH);
  phoenix_pdf_import_set_timeout (importer, 20);
  return importer;
}

static gboolean
log_has (const char *log,
         const char *line)
{
  g_autofree char *wanted = g_strdup_printf ("\n%s\n", line);
  g_autofree char *framed = g_strdup_printf ("\n%s", log);

  return strstr (framed, wanted) != NULL;
}

/* In a Flatpak the helper goes through flatpak-spawn --sandbox --no-network, gets the PDF as
 * the descriptor flatpak-spawn forwards, and its answer comes back whole. */
static void
test_import_through_portal (Fixture       *f,
                            gconstpointer  user_data)
{
  g_autoptr(PhoenixPdfImport) importer = new_importer ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autofree char *log = NULL;
  g_autoptr(GRegex) forward = g_regex_new ("\narg --forward-fd=([0-9]+)\n(.*\n)*arg " HELPER_PATH "\narg --fd\narg ([0-9]+)\n",
                                           0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *framed = NULL;
  JsonObject *resume;
  JsonObject *basics;

  g_assert_true (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS));

  parse = import (f, importer, &error);
  log = read_log (f);
  g_test_message ("flatpak-spawn was run as:\n%s", log);
  g_assert_no_error (error);
  g_assert_true (phoenix_pdf_import_get_sandboxed (importer));

  resume = phoenix_cv_parse_get_profile (parse);
  g_assert_nonnull (resume);
  basics = json_object_get_object_member (resume, "basics");
  g_assert_nonnull (basics);
  g_assert_cmpstr (json_object_get_string_member (basics, "name"), ==, "Camille Dupont-Lefèvre");
  g_assert_cmpstr (json_object_get_string_member (basics, "email"), ==, "camille.dupont@exemple.fr");

  /* The portal's sandbox, without network, never the host, never bubblewrap. */
  g_assert_true (log_has (log, "arg --sandbox"));
  g_assert_true (log_has (log, "arg --no-network"));
  g_assert_true (log_has (log, "arg --watch-bus"));
  g_assert_false (log_has (log, "arg --host"));
  g_assert_null (strstr (log, "bwrap"));
  g_assert_null (strstr (log, "--sandbox-expose"));
  g_assert_null (strstr (log, "unknown "));
  /* The helper's allocator tunables pass the cleared environment. */
  g_assert_true (log_has (log, "arg --env=GLIBC_TUNABLES=glibc.malloc.tcache_count=1000"));

  /* The descriptor forwarded is the one the helper reads. */
  framed = g_strdup_printf ("\n%s", log);
  g_assert_true (g_regex_match (forward, framed, 0, &match));
  {
    g_autofree char *forwarded = g_match_info_fetch (match, 1);
    g_autofree char *read_from = g_match_info_fetch (match, 3);

    g_assert_cmpstr (forwarded, ==, read_from);
  }
}

/* Without flatpak-spawn in a Flatpak, the import fails with a message; it never runs the
 * helper outside a sandbox instead. */
static void
test_portal_missing (Fixture       *f,
                     gconstpointer  user_data)
{
  g_autoptr(PhoenixPdfImport) importer = new_importer ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autofree char *spawn = g_build_filename (f->dir, "bin", "flatpak-spawn", NULL);
  g_autofree char *aside = g_build_filename (f->dir, "flatpak-spawn.aside", NULL);
  g_autofree char *log = NULL;

  g_assert_cmpint (g_rename (spawn, aside), ==, 0);
  parse = import (f, importer, &error);
  g_assert_cmpint (g_rename (aside, spawn), ==, 0);

  g_assert_null (parse);
  g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_FAILED);
  g_test_message ("%s", error->message);
  log = read_log (f);
  g_assert_cmpstr (log, ==, "");
}

/* A portal that never answers is killed at the time limit, and the import says so. */
static void
test_portal_hangs (Fixture       *f,
                   gconstpointer  user_data)
{
  g_autoptr(PhoenixPdfImport) importer = new_importer ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autofree char *hang = g_build_filename (f->dir, "hang", NULL);
  g_autofree char *log = NULL;
  g_autoptr(GRegex) pid_line = g_regex_new ("^pid ([0-9]+)$", G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  pid_t pid;

  g_assert_true (g_file_set_contents (hang, "", 0, NULL));
  phoenix_pdf_import_set_timeout (importer, 1);
  parse = import (f, importer, &error);
  g_unlink (hang);

  g_assert_null (parse);
  g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_TIMEOUT);
  log = read_log (f);
  g_assert_true (g_regex_match (pid_line, log, 0, &match));
  {
    g_autofree char *number = g_match_info_fetch (match, 1);

    pid = (pid_t) g_ascii_strtoll (number, NULL, 10);
  }
  /* The import waited for it to end: the process is gone, not left sleeping. */
  g_assert_cmpint (pid, >, 1);
  g_assert_cmpint (kill (pid, 0), ==, -1);
  g_assert_cmpint (errno, ==, ESRCH);
}

/* Outside the fake Flatpak: makes it, runs this executable in it, returns its status. */
static int
run_in_fake_flatpak (int    argc,
                     char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = phoenix_test_make_tmp_dir ("phoenix-fake-flatpak-XXXXXX");
  g_autofree char *bin = NULL;
  g_autofree char *spawn = NULL;
  g_autofree char *info = NULL;
  g_autofree char *fifo = NULL;
  g_autofree char *self = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) command = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) root = NULL;
  g_auto(GStrv) env = g_get_environ ();
  const char *name;
  int status = 0;
  g_autofree char *bwrap = g_find_program_in_path ("bwrap");

  g_assert_nonnull (self);
  bin = g_build_filename (dir, "bin", NULL);
  g_assert_cmpint (g_mkdir (bin, 0700), ==, 0);
  spawn = g_build_filename (bin, "flatpak-spawn", NULL);
  g_assert_true (g_file_set_contents (spawn, fake_flatpak_spawn, -1, NULL));
  g_assert_cmpint (g_chmod (spawn, 0755), ==, 0);
  info = g_build_filename (dir, "flatpak-info", NULL);
  g_assert_true (g_file_set_contents (info, "[Application]\nname=io.github.phoenixecosystem.Phoenix\n"
                                      "runtime=runtime/org.gnome.Platform/x86_64/51\n", -1, NULL));
  fifo = g_build_filename (dir, "spawn.fifo", NULL);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  /* A tmpfs root holding the machine's folders, and /.flatpak-info. */
  g_ptr_array_add (command, g_strdup (bwrap));
  g_ptr_array_add (command, g_strdup ("--tmpfs"));
  g_ptr_array_add (command, g_strdup ("/"));
  root = g_dir_open ("/", 0, NULL);
  while (root != NULL && (name = g_dir_read_name (root)) != NULL)
    {
      g_autofree char *entry = g_build_filename ("/", name, NULL);

      if (g_str_equal (name, "proc") || g_str_equal (name, "dev"))
        continue;
      if (g_file_test (entry, G_FILE_TEST_IS_SYMLINK))
        {
          g_ptr_array_add (command, g_strdup ("--symlink"));
          g_ptr_array_add (command, g_file_read_link (entry, NULL));
          g_ptr_array_add (command, g_strdup (entry));
        }
      else if (g_file_test (entry, G_FILE_TEST_IS_DIR))
        {
          g_ptr_array_add (command, g_strdup ("--bind"));
          g_ptr_array_add (command, g_strdup (entry));
          g_ptr_array_add (command, g_strdup (entry));
        }
    }
  g_ptr_array_add (command, g_strdup ("--dev-bind"));
  g_ptr_array_add (command, g_strdup ("/dev"));
  g_ptr_array_add (command, g_strdup ("/dev"));
  g_ptr_array_add (command, g_strdup ("--proc"));
  g_ptr_array_add (command, g_strdup ("/proc"));
  g_ptr_array_add (command, g_strdup ("--ro-bind"));
  g_ptr_array_add (command, g_strdup (info));
  g_ptr_array_add (command, g_strdup ("/.flatpak-info"));
  g_ptr_array_add (command, g_strdup ("--die-with-parent"));
  g_ptr_array_add (command, g_strdup ("--"));
  g_ptr_array_add (command, g_strdup (self));
  for (int i = 1; i < argc; i++)
    g_ptr_array_add (command, g_strdup (argv[i]));
  g_ptr_array_add (command, NULL);

  path = g_strdup_printf ("%s:%s", bin, g_environ_getenv (env, "PATH") ?: "/usr/bin:/bin");
  env = g_environ_setenv (env, "PATH", path, TRUE);
  env = g_environ_setenv (env, FAKE_DIR_VARIABLE, dir, TRUE);

  if (!g_spawn_sync (NULL, (char **) command->pdata, env, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status,
                     &error))
    {
      g_printerr ("%s\n", error->message);
      status = 1;
    }
  else
    status = WIFEXITED (status) ? WEXITSTATUS (status) : 1;

  phoenix_test_remove_tree (dir);
  return status;
}

/* Whether bubblewrap can make the fake root here (it needs root or user namespaces). */
static gboolean
can_fake_flatpak (char **why)
{
  g_autofree char *bwrap = g_find_program_in_path ("bwrap");
  const char *argv[] = { bwrap, "--tmpfs", "/", "--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin",
                         "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64",
                         "--", "/usr/bin/true", NULL };
  int status = 0;

  if (bwrap == NULL)
    {
      *why = g_strdup ("bwrap is not installed");
      return FALSE;
    }
  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL) ||
      !g_spawn_check_wait_status (status, NULL))
    {
      *why = g_strdup ("bwrap cannot make a root of its own here (no user namespaces, not root)");
      return FALSE;
    }
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *why = NULL;

  if (!g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS) && g_getenv (FAKE_DIR_VARIABLE) == NULL)
    {
      if (can_fake_flatpak (&why))
        return run_in_fake_flatpak (argc, argv);
    }

  g_test_init (&argc, &argv, NULL);

  if (why != NULL)
    {
      g_test_add_data_func ("/flatpak-sandbox/skipped", why, (GTestDataFunc) g_test_skip);
      return g_test_run ();
    }
  /* Only ever in the fake root: a real Flatpak has no fake flatpak-spawn. */
  if (g_getenv (FAKE_DIR_VARIABLE) == NULL)
    g_error ("/.flatpak-info exists but this is not the test's fake Flatpak");

  g_test_add ("/flatpak-sandbox/import-through-portal", Fixture, NULL, fixture_setup, test_import_through_portal,
              fixture_teardown);
  g_test_add ("/flatpak-sandbox/portal-missing", Fixture, NULL, fixture_setup, test_portal_missing,
              fixture_teardown);
  g_test_add ("/flatpak-sandbox/portal-hangs", Fixture, NULL, fixture_setup, test_portal_hangs,
              fixture_teardown);

  return g_test_run ();
}
