/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The flywheel client (src/core/sync/phoenix-flywheel-client.c) on 127.0.0.1:
 * no connection before consent (a listening socket counts them); against the
 * real phoenix-flywheel (SQLite in a temporary folder): consent, sync, insights
 * back in the vault, opt-out deleting the install's data on the server;
 * against a misbehaving server (down, slow, HTTP 500, malformed answer, a
 * 50 MB answer): the outbox keeps everything and the next attempt backs off,
 * then a good server gets it all; which addresses are allowed.
 */
#include "config.h"

#include <libsoup/soup.h>
#include <locale.h>
#include <signal.h>
#include <sys/prctl.h>

#include "phoenix-contribution.h"
#include "phoenix-flywheel-client.h"
#include "phoenix-sync-store.h"
#include "phoenix-test-vault.h"

#define TARGET "J1506"

typedef struct
{
  PhoenixTestVault       v;
  PhoenixFlywheelClient *client;
  PhoenixTaxonomy       *taxonomy;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  phoenix_test_vault_setup (&f->v, data);
  f->client = phoenix_flywheel_client_new (f->v.vault, "");
  phoenix_flywheel_client_set_timeout (f->client, 2);
  f->taxonomy = phoenix_taxonomy_new_from_file (g_getenv ("PHOENIX_TAXONOMY"), &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->client);
  g_clear_object (&f->taxonomy);
  /* Let libsoup drop what it still holds of finished requests. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  phoenix_test_vault_teardown (&f->v, data);
}

/* A valid contribution for TARGET, randomised as the app sends it. */
static char *
contribution_json (Fixture *f)
{
  g_autoptr(PhoenixContribution) truth = phoenix_contribution_new ();
  g_autoptr(PhoenixContribution) sent = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  g_autofree char *install = phoenix_flywheel_client_get_install (f->client);

  if (phoenix_contribution_is_install_id (install))
    phoenix_contribution_set_install (truth, install);
  phoenix_contribution_set_target (truth, TARGET);
  phoenix_contribution_set_value (truth, PHOENIX_CONTRIBUTION_YEARS, "5-9");
  sent = phoenix_contribution_randomize (truth, f->taxonomy, NULL, rand);
  return phoenix_contribution_to_json (sent);
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Wait;

static void
synced_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Wait *wait = user_data;

  wait->ok = phoenix_flywheel_client_sync_finish (PHOENIX_FLYWHEEL_CLIENT (source), result, &wait->error);
  wait->done = TRUE;
}

static gboolean
sync_now (Fixture     *f,
          const char  *occupation,
          GError     **error)
{
  Wait wait = { 0 };
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  phoenix_flywheel_client_sync_async (f->client, occupation, NULL, synced_cb, &wait);
  while (!wait.done)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  if (wait.error != NULL)
    g_propagate_error (error, wait.error);
  return wait.ok;
}

static guint
outbox_length (Fixture *f)
{
  g_autoptr(GPtrArray) entries = phoenix_sync_store_list_outbox (f->v.vault, NULL);

  return entries != NULL ? entries->len : G_MAXUINT;
}

static void
read_state (Fixture          *f,
            PhoenixSyncState *state)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_sync_store_read_state (f->v.vault, state, &error));
  g_assert_no_error (error);
}

/* A socket that counts the connections made to it (and drops them). */

static gboolean
incoming_cb (GSocketService    *service,
             GSocketConnection *connection,
             GObject           *source,
             gpointer           user_data)
{
  guint *count = user_data;

  (*count)++;
  g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
  return TRUE;
}

static GSocketService *
counting_socket (guint *count,
                 guint *port)
{
  GSocketService *service = g_socket_service_new ();
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) address = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) effective = NULL;
  g_autoptr(GError) error = NULL;

  g_socket_listener_add_address (G_SOCKET_LISTENER (service), address, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP,
                                 NULL, &effective, &error);
  g_assert_no_error (error);
  *port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (effective));
  g_signal_connect (service, "incoming", G_CALLBACK (incoming_cb), count);
  g_socket_service_start (service);
  return service;
}

static void
spin (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (1000);
}

static void
test_no_socket_before_consent (Fixture       *f,
                               gconstpointer  data)
{
  guint count = 0, port;
  g_autoptr(GSocketService) service = counting_socket (&count, &port);
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u", port);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  PhoenixSyncState state;

  phoenix_flywheel_client_set_url (f->client, url);
  phoenix_flywheel_client_start (f->client, TARGET);
  json = contribution_json (f);
  g_assert_false (phoenix_flywheel_client_submit (f->client, json, NULL, &error));
  g_assert_error (error, PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_NO_CONSENT);
  g_clear_error (&error);
  g_assert_false (sync_now (f, TARGET, &error));
  g_assert_error (error, PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_NO_CONSENT);
  g_clear_error (&error);
  spin (300);
  g_assert_cmpuint (count, ==, 0);
  g_assert_false (phoenix_flywheel_client_has_session (f->client));
  g_assert_cmpuint (outbox_length (f), ==, 0);
  /* Off by default, no install id yet. */
  read_state (f, &state);
  g_assert_false (state.consent);
  g_assert_cmpstr (state.install, ==, "");
  phoenix_sync_state_clear (&state);

  /* Consent: now it connects (and this socket hangs up: the outbox keeps the contribution). */
  g_assert_true (phoenix_flywheel_client_set_consent (f->client, TRUE, &error));
  g_clear_pointer (&json, g_free);
  json = contribution_json (f);
  g_assert_true (phoenix_flywheel_client_submit (f->client, json, "digest-1", &error));
  g_assert_no_error (error);
  g_assert_false (sync_now (f, TARGET, &error));
  g_assert_error (error, PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_NETWORK);
  g_assert_cmpuint (count, >=, 1);
  g_assert_cmpuint (outbox_length (f), ==, 1);
  phoenix_flywheel_client_stop (f->client);
}

/* The real server */

typedef struct
{
  GSubprocess *process;
  guint        port;
  char        *log;
} Server;

static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

static Server *
server_start (const char *dir,
              guint       port)
{
  Server *s = g_new0 (Server, 1);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *database = g_build_filename (dir, "flywheel.db", NULL);
  g_autofree char *port_arg = g_strdup_printf ("--port=%u", port);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  static guint counter;
  g_autofree char *name = g_strdup_printf ("server-%u.log", ++counter);

  s->log = g_build_filename (dir, name, NULL);
  g_subprocess_launcher_set_stdout_file_path (launcher, s->log);
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  s->process = g_subprocess_launcher_spawn (launcher, &error, FLYWHEEL_PATH, port_arg, "--rate=0", "--k=1",
                                            "--database", database, NULL);
  g_assert_no_error (error);
  while (s->port == 0)
    {
      g_autofree char *log = NULL;
      const char *at;

      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_file_get_contents (s->log, &log, NULL, NULL);
      at = log != NULL ? strstr (log, "://127.0.0.1:") : NULL;
      if (at != NULL)
        s->port = (guint) g_ascii_strtoull (at + strlen ("://127.0.0.1:"), NULL, 10);
      else
        g_usleep (10000);
    }
  return s;
}

static void
server_stop (Server *s)
{
  g_subprocess_send_signal (s->process, SIGTERM);
  g_subprocess_wait (s->process, NULL, NULL);
  g_assert_cmpint (g_subprocess_get_exit_status (s->process), ==, 0);
  g_object_unref (s->process);
  g_free (s->log);
  g_free (s);
}

/* phoenix_flywheel_contributions_stored from the server's /metrics. */
static int
stored (Server *s)
{
  g_autoptr(SoupSession) session = soup_session_new ();
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/metrics", s->port);
  g_autoptr(SoupMessage) message = soup_message_new ("GET", url);
  g_autoptr(GBytes) body = soup_session_send_and_read (session, message, NULL, NULL);
  const char *at;

  g_assert_nonnull (body);
  at = strstr (g_bytes_get_data (body, NULL), "\nphoenix_flywheel_contributions_stored ");
  g_assert_nonnull (at);
  return atoi (at + strlen ("\nphoenix_flywheel_contributions_stored "));
}

static void
test_real_server (Fixture       *f,
                  gconstpointer  data)
{
  Server *server = server_start (f->v.dir, 0);
  g_autofree char *url = g_strdup_printf ("http://127.0.0.1:%u/", server->port);
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *insights = NULL;
  g_autofree char *first_install = NULL;
  g_autofree char *second_install = NULL;
  PhoenixSyncState state;
  gint64 fetched_at = 0;

  phoenix_flywheel_client_set_url (f->client, url);
  g_assert_true (phoenix_flywheel_client_set_consent (f->client, TRUE, &error));
  g_assert_no_error (error);
  first_install = phoenix_flywheel_client_get_install (f->client);
  g_assert_true (phoenix_contribution_is_install_id (first_install));
  json = contribution_json (f);
  g_assert_true (phoenix_flywheel_client_submit (f->client, json, "digest-1", &error));

  g_assert_true (sync_now (f, TARGET, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (outbox_length (f), ==, 0);
  g_assert_cmpint (stored (server), ==, 1);
  /* The insights came back into the vault. */
  insights = phoenix_sync_store_read_insights (f->v.vault, TARGET, &fetched_at, &error);
  g_assert_no_error (error);
  g_assert_nonnull (insights);
  g_assert_nonnull (strstr (insights, "\"published\":true"));
  g_assert_cmpint (fetched_at, >, 0);
  read_state (f, &state);
  g_assert_cmpuint (state.attempts, ==, 0);
  g_assert_cmpint (state.last_sync_at, >, 0);
  g_assert_cmpstr (state.last_digest, ==, "digest-1");
  phoenix_sync_state_clear (&state);

  /* Opt-out: the outbox and the insights go at once, the server is asked to delete. */
  g_clear_pointer (&json, g_free);
  json = contribution_json (f);
  g_assert_true (phoenix_flywheel_client_submit (f->client, json, NULL, &error));
  g_assert_true (phoenix_flywheel_client_set_consent (f->client, FALSE, &error));
  g_assert_cmpuint (outbox_length (f), ==, 0);
  g_clear_pointer (&insights, g_free);
  insights = phoenix_sync_store_read_insights (f->v.vault, TARGET, NULL, &error);
  g_assert_null (insights);
  read_state (f, &state);
  g_assert_cmpstr (state.pending_delete[0], ==, first_install);
  g_assert_cmpstr (state.install, !=, first_install);
  second_install = g_strdup (state.install);
  phoenix_sync_state_clear (&state);

  /* The server down: the deletion stays owed, and is retried until it is done. */
  server_stop (server);
  g_assert_false (sync_now (f, NULL, &error));
  g_assert_error (error, PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_NETWORK);
  g_clear_error (&error);
  read_state (f, &state);
  g_assert_cmpstr (state.pending_delete[0], ==, first_install);
  g_assert_cmpuint (state.attempts, ==, 1);
  phoenix_sync_state_clear (&state);

  server = server_start (f->v.dir, 0);
  g_clear_pointer (&url, g_free);
  url = g_strdup_printf ("http://127.0.0.1:%u", server->port);
  phoenix_flywheel_client_set_url (f->client, url);
  g_assert_cmpint (stored (server), ==, 1);
  g_assert_true (sync_now (f, TARGET, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored (server), ==, 0);
  read_state (f, &state);
  g_assert_null (state.pending_delete[0]);
  g_assert_false (state.consent);
  g_assert_cmpstr (state.install, ==, second_install);
  phoenix_sync_state_clear (&state);
  /* Without consent nothing more is sent, and nothing is fetched. */
  g_assert_false (sync_now (f, TARGET, &error));
  g_assert_error (error, PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_NO_CONSENT);
  server_stop (server);
}

/* A misbehaving server */

typedef enum
{
  MODE_OK,
  MODE_500,
  MODE_MALFORMED,
  MODE_SLOW,
  MODE_HUGE,
} Mode;

typedef struct
{
  Mode   mode;
  guint  requests;
  GList *paused;
} Bad;

static void
huge_chunk_cb (SoupServerMessage *message,
               gpointer           user_data)
{
  guint *left = user_data;
  static char chunk[64 * 1024];

  if (*left == 0)
    {
      soup_message_body_complete (soup_server_message_get_response_body (message));
      return;
    }
  (*left)--;
  memset (chunk, '7', sizeof chunk);
  soup_message_body_append (soup_server_message_get_response_body (message), SOUP_MEMORY_STATIC, chunk, sizeof chunk);
}

static void
free_counter (gpointer  data,
              GClosure *closure)
{
  g_free (data);
}

static void
bad_handler (SoupServer        *server,
             SoupServerMessage *message,
             const char        *path,
             GHashTable        *query,
             gpointer           user_data)
{
  Bad *bad = user_data;
  gboolean post = g_str_equal (soup_server_message_get_method (message), "POST");

  bad->requests++;
  switch (bad->mode)
    {
    case MODE_OK:
      if (post)
        soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC, "{\"status\":\"created\"}", 20);
      else
        {
          const char *answer = "{\"schema\":1,\"occupation\":\"" TARGET "\",\"k\":10,\"published\":false,\"sectors\":[]}";

          soup_server_message_set_response (message, "application/json", SOUP_MEMORY_COPY, answer, strlen (answer));
        }
      soup_server_message_set_status (message, post ? 201 : 200, NULL);
      break;
    case MODE_500:
      soup_server_message_set_status (message, 500, NULL);
      soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC,
                                        "{\"error\":\"internal\",\"message\":\"boom\"}", 37);
      break;
    case MODE_MALFORMED:
      soup_server_message_set_status (message, post ? 201 : 200, NULL);
      soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC, "{\"status\": cre", 14);
      break;
    case MODE_SLOW:
      /* Never answered: the client's time limit ends it. */
      soup_server_message_pause (message);
      bad->paused = g_list_prepend (bad->paused, g_object_ref (message));
      break;
    case MODE_HUGE:
      {
        guint *left = g_new (guint, 1);

        *left = 50 * 16;  /* 50 MB in 64 KiB chunks */
        soup_server_message_set_status (message, post ? 201 : 200, NULL);
        soup_message_headers_set_encoding (soup_server_message_get_response_headers (message), SOUP_ENCODING_CHUNKED);
        g_signal_connect_data (message, "wrote-chunk", G_CALLBACK (huge_chunk_cb), left, free_counter, 0);
        g_signal_connect (message, "wrote-headers", G_CALLBACK (huge_chunk_cb), left);
      }
      break;
    }
}

static void
test_misbehaving (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  Bad bad = { MODE_OK };
  g_autoptr(GError) error = NULL;
  g_autoptr(GSList) uris = NULL;
  g_autofree char *url = NULL;
  g_autofree char *down_url = NULL;
  const Mode modes[] = { MODE_500, MODE_MALFORMED, MODE_SLOW, MODE_HUGE };
  PhoenixSyncState state;
  guint port;

  /* Down: a port nothing listens on any more. */
  {
    guint count = 0;
    g_autoptr(GSocketService) service = counting_socket (&count, &port);

    g_socket_service_stop (service);
    g_socket_listener_close (G_SOCKET_LISTENER (service));
    down_url = g_strdup_printf ("http://127.0.0.1:%u", port);
  }
  soup_server_add_handler (server, NULL, bad_handler, &bad, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  uris = soup_server_get_uris (server);
  url = g_strdup_printf ("http://127.0.0.1:%d", g_uri_get_port (uris->data));
  g_slist_free_full (g_steal_pointer (&uris), (GDestroyNotify) g_uri_unref);

  g_assert_true (phoenix_flywheel_client_set_consent (f->client, TRUE, &error));
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *json = contribution_json (f);

      g_assert_true (phoenix_flywheel_client_submit (f->client, json, NULL, &error));
    }

  phoenix_flywheel_client_set_url (f->client, down_url);
  g_assert_false (sync_now (f, TARGET, &error));
  g_assert_error (error, PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_NETWORK);
  g_clear_error (&error);
  g_assert_cmpuint (outbox_length (f), ==, 3);

  phoenix_flywheel_client_set_url (f->client, url);
  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      gint64 before = g_get_real_time () / G_USEC_PER_SEC;

      bad.mode = modes[i];
      g_assert_false (sync_now (f, TARGET, &error));
      g_test_message ("mode %d: %s", modes[i], error->message);
      g_assert_true (error->domain == PHOENIX_FLYWHEEL_CLIENT_ERROR);
      g_clear_error (&error);
      g_assert_cmpuint (outbox_length (f), ==, 3);
      read_state (f, &state);
      /* Attempts in a row, the next one backed off (±20 % jitter). */
      g_assert_cmpuint (state.attempts, ==, i + 2);
      g_assert_cmpint (state.next_attempt_at, >=, before + 0.8 * phoenix_flywheel_client_backoff (i + 2));
      g_assert_cmpint (state.next_attempt_at, <=, before + 1.2 * phoenix_flywheel_client_backoff (i + 2) + 5);
      g_assert_cmpstr (state.last_error, !=, "");
      phoenix_sync_state_clear (&state);
    }
  g_list_free_full (g_steal_pointer (&bad.paused), g_object_unref);

  /* A good server at last: everything leaves, the back-off is reset. */
  bad.mode = MODE_OK;
  g_assert_true (sync_now (f, TARGET, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (outbox_length (f), ==, 0);
  read_state (f, &state);
  g_assert_cmpuint (state.attempts, ==, 0);
  phoenix_sync_state_clear (&state);
}

static void
test_urls (void)
{
  const char *good[] = { "https://flywheel.example.org", "https://flywheel.example.org:8443/base/",
                         "http://127.0.0.1:8080", "http://[::1]:8080" };
  const char *bad[] = { "", "http://flywheel.example.org", "http://192.168.1.10:8080", "http://localhost.example.org",
                        "ftp://127.0.0.1", "https://", "not a url", "https://user:pw@flywheel.example.org",
                        "http://127.0.0.2:8080" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    g_assert_true (phoenix_flywheel_client_check_url (good[i], NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (phoenix_flywheel_client_check_url (bad[i], &error));
      g_assert_error (error, PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_INSECURE_URL);
    }
  g_assert_cmpuint (phoenix_flywheel_client_backoff (1), ==, 60);
  g_assert_cmpuint (phoenix_flywheel_client_backoff (2), ==, 120);
  g_assert_cmpuint (phoenix_flywheel_client_backoff (40), ==, 6 * 3600);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C.UTF-8");
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/flywheel-client/urls", test_urls);
  g_test_add ("/flywheel-client/no-socket-before-consent", Fixture, NULL, fixture_setup,
              test_no_socket_before_consent, fixture_teardown);
  g_test_add ("/flywheel-client/real-server", Fixture, NULL, fixture_setup, test_real_server, fixture_teardown);
  g_test_add ("/flywheel-client/misbehaving", Fixture, NULL, fixture_setup, test_misbehaving, fixture_teardown);

  return g_test_run ();
}
