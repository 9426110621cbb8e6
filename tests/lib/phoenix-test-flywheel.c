/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-flywheel"

#include "config.h"

#include <signal.h>
#include <string.h>
#include <sys/prctl.h>

#include "phoenix-test-flywheel.h"

static char *
read_text (const char *path)
{
  char *text = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return g_strdup ("");
  return text;
}

/* In the server's process: it dies with the test, even when an assertion aborts the test first. */
static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

PhoenixTestFlywheel *
phoenix_test_flywheel_start (const char         *executable,
                             const char         *dir,
                             const char         *database,
                             const char * const *extra)
{
  static guint counter;
  PhoenixTestFlywheel *s = g_new0 (PhoenixTestFlywheel, 1);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  counter++;
  s->log_path = g_strdup_printf ("%s/server-%u.log", dir, counter);
  s->err_path = g_strdup_printf ("%s/server-%u.err", dir, counter);
  g_subprocess_launcher_set_stdout_file_path (launcher, s->log_path);
  g_subprocess_launcher_set_stderr_file_path (launcher, s->err_path);
  g_subprocess_launcher_set_cwd (launcher, dir);
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);

  g_ptr_array_add (argv, (gpointer) executable);
  g_ptr_array_add (argv, (gpointer) "--port=0");
  /* No rate limit unless a test asks for one (a later --rate wins). */
  g_ptr_array_add (argv, (gpointer) "--rate=0");
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, (gpointer) database);
  for (guint i = 0; extra != NULL && extra[i] != NULL; i++)
    {
      g_ptr_array_add (argv, (gpointer) extra[i]);
      s->https |= g_str_has_prefix (extra[i], "--tls-cert");
    }
  g_ptr_array_add (argv, NULL);

  s->process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  /* The first line of its output says which port it took. */
  while (s->port == 0 && g_get_monotonic_time () < deadline)
    {
      g_autofree char *log = read_text (s->log_path);
      const char *at = strstr (log, "://127.0.0.1:");

      if (at != NULL)
        s->port = (guint) g_ascii_strtoull (at + strlen ("://127.0.0.1:"), NULL, 10);
      else if (g_subprocess_get_identifier (s->process) == NULL)
        break;
      else
        g_usleep (10000);
    }
  if (s->port == 0)
    {
      g_autofree char *err = read_text (s->err_path);

      g_error ("phoenix-flywheel did not start: %s", err);
    }
  return s;
}

void
phoenix_test_flywheel_free (PhoenixTestFlywheel *s)
{
  if (s == NULL)
    return;
  g_clear_object (&s->process);
  g_free (s->log_path);
  g_free (s->err_path);
  g_free (s);
}

void
phoenix_test_flywheel_stop (PhoenixTestFlywheel *s)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;

  if (s == NULL)
    return;
  g_subprocess_send_signal (s->process, SIGTERM);
  g_subprocess_wait (s->process, NULL, &error);
  g_assert_no_error (error);
  err = read_text (s->err_path);
  g_assert_true (g_subprocess_get_if_exited (s->process));
  g_assert_cmpint (g_subprocess_get_exit_status (s->process), ==, 0);
  g_assert_null (strstr (err, "CRITICAL"));
  g_assert_null (strstr (err, "WARNING"));
  phoenix_test_flywheel_free (s);
}

char *
phoenix_test_flywheel_url (PhoenixTestFlywheel *s,
                           const char          *path)
{
  return g_strdup_printf ("%s://127.0.0.1:%u%s", s->https ? "https" : "http", s->port, path);
}

char *
phoenix_test_flywheel_read_log (PhoenixTestFlywheel *s)
{
  return read_text (s->log_path);
}

gint64
phoenix_test_flywheel_stored (PhoenixTestFlywheel *s,
                              SoupSession         *session)
{
  static const char metric[] = "\nphoenix_flywheel_contributions_stored ";
  g_autofree char *url = phoenix_test_flywheel_url (s, "/metrics");
  g_autoptr(SoupMessage) message = soup_message_new ("GET", url);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) body = soup_session_send_and_read (session, message, NULL, &error);
  g_autofree char *text = NULL;
  const char *at;

  g_assert_no_error (error);
  g_assert_cmpuint (soup_message_get_status (message), ==, 200);
  text = g_strndup (g_bytes_get_data (body, NULL), g_bytes_get_size (body));
  at = strstr (text, metric);
  g_assert_nonnull (at);
  return g_ascii_strtoll (at + strlen (metric), NULL, 10);
}

static void
run_openssl (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  int status = -1;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("openssl %s failed: %s", argv[1], err);
}

void
phoenix_test_flywheel_make_tls (const char  *dir,
                                const char  *ip,
                                char       **ca,
                                char       **cert,
                                char       **key)
{
  g_autofree char *ca_key = g_build_filename (dir, "ca-key.pem", NULL);
  g_autofree char *request = g_build_filename (dir, "server.csr", NULL);
  g_autofree char *extensions = g_build_filename (dir, "server.ext", NULL);
  g_autofree char *serial = g_build_filename (dir, "ca.srl", NULL);
  g_autofree char *ext_text = g_strdup_printf ("subjectAltName=IP:%s\nbasicConstraints=CA:FALSE\n"
                                               "extendedKeyUsage=serverAuth\n", ip);
  g_autofree char *subject = g_strdup_printf ("/CN=%s", ip);
  g_autoptr(GError) error = NULL;

  *ca = g_build_filename (dir, "ca.pem", NULL);
  *cert = g_build_filename (dir, "server.pem", NULL);
  *key = g_build_filename (dir, "server-key.pem", NULL);
  g_assert_true (g_file_set_contents (extensions, ext_text, -1, &error));
  g_assert_no_error (error);

  /* The test's own authority (openssl's req -x509 makes it CA:TRUE), then a server certificate it signs. */
  run_openssl ((const char * const[]) { "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                                        "ec_paramgen_curve:prime256v1", "-nodes", "-subj", "/CN=Phoenix test CA",
                                        "-days", "2", "-keyout", ca_key, "-out", *ca, NULL });
  run_openssl ((const char * const[]) { "openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                                        "-nodes", "-subj", subject, "-keyout", *key, "-out", request, NULL });
  run_openssl ((const char * const[]) { "openssl", "x509", "-req", "-in", request, "-CA", *ca, "-CAkey", ca_key,
                                        "-CAserial", serial, "-CAcreateserial", "-days", "2", "-extfile", extensions,
                                        "-out", *cert, NULL });
}
