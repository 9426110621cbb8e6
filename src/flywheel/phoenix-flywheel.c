/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-flywheel"

#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>

#include <glib-unix.h>
#include <glib/gi18n.h>

#include "phoenix-flywheel-insights.h"
#include "phoenix-flywheel-server.h"
#include "phoenix-flywheel-store.h"
#include "phoenix-taxonomy.h"

/* Seconds a stop waits for the requests in flight. */
#define STOP_GRACE_SECONDS 10

typedef struct
{
  GMainLoop             *loop;
  PhoenixFlywheelServer *server;
  gboolean               stopping;
} State;

static void
stopped_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  State *state = user_data;

  phoenix_flywheel_server_stop_finish (PHOENIX_FLYWHEEL_SERVER (source), result, NULL);
  g_main_loop_quit (state->loop);
}

static gboolean
signal_cb (gpointer user_data)
{
  State *state = user_data;

  if (!state->stopping)
    {
      state->stopping = TRUE;
      g_printerr ("%s\n", _("Stopping: finishing the requests in flight…"));
      phoenix_flywheel_server_stop_async (state->server, STOP_GRACE_SECONDS, stopped_cb, state);
    }
  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *address = NULL;
  g_autofree char *database = NULL;
  g_autofree char *tls_cert = NULL;
  g_autofree char *tls_key = NULL;
  g_autofree char *taxonomy_path = NULL;
  int port = 8080, k = PHOENIX_FLYWHEEL_DEFAULT_K, timeout = 10, max_connections = 1024, per_address = 64;
  int db_connections = 4;
  double rate = 5, burst = 20;
  gboolean version = FALSE;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTaxonomy) taxonomy = NULL;
  g_autoptr(PhoenixFlywheelStore) store = NULL;
  g_autoptr(PhoenixFlywheelServer) server = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  PhoenixFlywheelConfig config = { 0 };
  State state = { 0 };
  GOptionEntry entries[] = {
    { "address", 'a', 0, G_OPTION_ARG_STRING, &address, N_("IP address to listen on (default 127.0.0.1)"), N_("ADDR") },
    { "port", 'p', 0, G_OPTION_ARG_INT, &port, N_("TCP port (default 8080; 0 picks a free one)"), N_("N") },
    { "database", 'd', 0, G_OPTION_ARG_STRING, &database,
      N_("SQLite file (default flywheel.db in the working folder) or postgresql://… URL"), N_("URL") },
    { "tls-cert", 0, 0, G_OPTION_ARG_FILENAME, &tls_cert, N_("PEM certificate: serve HTTPS"), N_("FILE") },
    { "tls-key", 0, 0, G_OPTION_ARG_FILENAME, &tls_key, N_("PEM private key of the certificate"), N_("FILE") },
    { "k", 'k', 0, G_OPTION_ARG_INT, &k, N_("Publish nothing about fewer than N distinct installs (default 10)"),
      N_("N") },
    { "rate", 0, 0, G_OPTION_ARG_DOUBLE, &rate, N_("Requests a second allowed per client address (default 5; 0: no limit)"),
      N_("R") },
    { "burst", 0, 0, G_OPTION_ARG_DOUBLE, &burst, N_("Requests at once allowed per client address (default 20)"),
      N_("N") },
    { "timeout", 0, 0, G_OPTION_ARG_INT, &timeout,
      N_("Seconds to receive a whole request, and to keep an idle connection (default 10)"), N_("S") },
    { "max-connections", 0, 0, G_OPTION_ARG_INT, &max_connections, N_("Open connections at most (default 1024)"),
      N_("N") },
    { "max-connections-per-address", 0, 0, G_OPTION_ARG_INT, &per_address,
      N_("Open connections at most from one address (default 64)"), N_("N") },
    { "db-connections", 0, 0, G_OPTION_ARG_INT, &db_connections, N_("Database connections (default 4)"), N_("N") },
    { "taxonomy", 0, 0, G_OPTION_ARG_FILENAME, &taxonomy_path,
      N_("Compiled taxonomy (default: $PHOENIX_TAXONOMY, else the installed one)"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Print the version and exit"), NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("PHOENIX_LOCALEDIR") != NULL ? g_getenv ("PHOENIX_LOCALEDIR")
                                                                          : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  context = g_option_context_new (NULL);
  g_option_context_set_summary (context,
                                _("The Phoenix flywheel server: receives anonymous contributions and answers "
                                  "k-anonymous insights.\nAPI: POST /v1/contributions, DELETE "
                                  "/v1/contributions/INSTALL, GET /v1/insights?occupation=CODE, GET /healthz, "
                                  "GET /metrics.\nStops cleanly on SIGTERM or SIGINT. See phoenix-flywheel(1)."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("phoenix-flywheel: %s\n", error->message);
      return 2;
    }
  if (version)
    {
      g_print ("phoenix-flywheel %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (port < 0 || port > 65535 || k < 1 || timeout < 1 || max_connections < 1 || per_address < 1 ||
      db_connections < 1 || db_connections > 64 || rate < 0 || burst < 1)
    {
      g_printerr ("phoenix-flywheel: %s\n", _("An option is out of range (see --help)."));
      return 2;
    }

  if (taxonomy_path == NULL)
    taxonomy_path = phoenix_taxonomy_get_default_path ();
  taxonomy = phoenix_taxonomy_new_from_file (taxonomy_path, &error);
  if (taxonomy == NULL)
    {
      g_printerr ("phoenix-flywheel: %s\n", error->message);
      return 1;
    }

  store = phoenix_flywheel_store_new (database != NULL ? database : "flywheel.db", (guint) db_connections, &error);
  if (store == NULL)
    {
      g_printerr ("phoenix-flywheel: %s\n", error->message);
      return 1;
    }

  config.address = address;
  config.port = (guint) port;
  config.tls_cert = tls_cert;
  config.tls_key = tls_key;
  config.k = (guint) k;
  config.rate = rate;
  config.burst = burst;
  config.timeout = (guint) timeout;
  config.max_connections = (guint) max_connections;
  config.max_connections_per_address = (guint) per_address;
  server = phoenix_flywheel_server_new (&config, store, taxonomy, &error);
  if (server == NULL)
    {
      g_printerr ("phoenix-flywheel: %s\n", error->message);
      return 1;
    }

  /* The first line on standard output says where to reach the server (tests read the port from it). */
  printf ("phoenix-flywheel %s listening on %s://%s:%u/ (%s, k=%d)\n", PACKAGE_VERSION,
          tls_cert != NULL ? "https" : "http", address != NULL ? address : "127.0.0.1",
          phoenix_flywheel_server_get_port (server), phoenix_flywheel_store_get_kind (store), k);
  fflush (stdout);

  loop = g_main_loop_new (NULL, FALSE);
  state.loop = loop;
  state.server = server;
  g_unix_signal_add (SIGTERM, signal_cb, &state);
  g_unix_signal_add (SIGINT, signal_cb, &state);
  g_main_loop_run (loop);

  g_printerr ("%s\n", _("Stopped."));
  return 0;
}
