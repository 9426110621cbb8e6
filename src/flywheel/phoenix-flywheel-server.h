/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-flywheel-store.h"
#include "phoenix-taxonomy.h"

G_BEGIN_DECLS

/*
 * The phoenix-flywheel HTTP server (libsoup 3): the API of docs/flywheel.md
 * over a PhoenixFlywheelStore, with its limits (body cap, per-address token
 * bucket, request deadline, idle timeout, connection caps), one log line per
 * request, /metrics, and a clean stop that finishes the requests in flight.
 * Database work and validation run in worker threads; the main loop only
 * moves bytes.
 */

typedef struct
{
  const char *address;          /* to listen on: "127.0.0.1", "::", "0.0.0.0" */
  guint       port;             /* 0: a free port (phoenix_flywheel_server_get_port() says which) */
  const char *tls_cert;         /* PEM files, both or neither */
  const char *tls_key;
  guint       k;                /* k-anonymity */
  double      rate;             /* requests a second per address (0: no limit) */
  double      burst;            /* requests at once per address */
  guint       timeout;          /* seconds to receive a whole request; also the idle timeout */
  guint       max_connections;  /* open connections in all */
  guint       max_connections_per_address;
} PhoenixFlywheelConfig;

#define PHOENIX_TYPE_FLYWHEEL_SERVER (phoenix_flywheel_server_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixFlywheelServer, phoenix_flywheel_server, PHOENIX, FLYWHEEL_SERVER, GObject)

/* Listens at once; @store and @taxonomy are shared with the worker threads. */
PhoenixFlywheelServer *phoenix_flywheel_server_new        (const PhoenixFlywheelConfig *config,
                                                           PhoenixFlywheelStore        *store,
                                                           PhoenixTaxonomy             *taxonomy,
                                                           GError                     **error);
guint                  phoenix_flywheel_server_get_port   (PhoenixFlywheelServer       *self);
/*
 * Stops accepting connections, answers 503 to new requests on open ones,
 * waits for the requests in flight (at most @grace_seconds), then closes
 * every connection.
 */
void                   phoenix_flywheel_server_stop_async  (PhoenixFlywheelServer      *self,
                                                            guint                       grace_seconds,
                                                            GAsyncReadyCallback         callback,
                                                            gpointer                    user_data);
gboolean               phoenix_flywheel_server_stop_finish (PhoenixFlywheelServer      *self,
                                                            GAsyncResult               *result,
                                                            GError                    **error);

G_END_DECLS
