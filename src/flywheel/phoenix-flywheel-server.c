/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-flywheel-server"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "phoenix-contribution.h"
#include "phoenix-flywheel-aggregates.h"
#include "phoenix-flywheel-insights.h"
#include "phoenix-flywheel-metrics.h"
#include "phoenix-flywheel-rate-limit.h"
#include "phoenix-flywheel-server-private.h"

#define REQUEST_KEY "phoenix-flywheel-request"
/* How often the rate limiter forgets addresses whose bucket is full again. */
#define PRUNE_INTERVAL_SECONDS 60

G_DEFINE_FINAL_TYPE (PhoenixFlywheelServer, phoenix_flywheel_server, G_TYPE_OBJECT)

typedef enum
{
  ROUTE_OTHER,
  ROUTE_HEALTHZ,
  ROUTE_METRICS,
  ROUTE_CONTRIBUTIONS,
  ROUTE_CONTRIBUTION,  /* /v1/contributions/{install} */
  ROUTE_INSIGHTS,
} Route;

static const char * const route_names[] = {
  "other", "healthz", "metrics", "contributions", "contribution", "insights",
};

/* What the server knows of one request, from its first byte to the end of its message. */
typedef struct
{
  PhoenixFlywheelServer *server;  /* weak: the server outlives its messages */
  gint64                 started;
  Route                  route;
  GByteArray            *body;
  gboolean               counted;   /* in in_flight */
  gboolean               body_done;
  gboolean               logged;
  guint                  deadline;
  char                  *peer;      /* "address:port" */
} Request;

static void
respond_error (SoupServerMessage *msg,
               guint              status,
               const char        *code,
               const char        *message)
{
  g_autofree char *body = _phoenix_flywheel_json_error (code, NULL, message);

  _phoenix_flywheel_respond (msg, status, "application/json", body);
}

static Route
route_of (const char *path)
{
  if (g_str_equal (path, "/healthz"))
    return ROUTE_HEALTHZ;
  if (g_str_equal (path, "/metrics"))
    return ROUTE_METRICS;
  if (g_str_equal (path, "/v1/contributions"))
    return ROUTE_CONTRIBUTIONS;
  if (g_str_has_prefix (path, "/v1/contributions/") && strchr (path + strlen ("/v1/contributions/"), '/') == NULL)
    return ROUTE_CONTRIBUTION;
  if (g_str_equal (path, "/v1/insights"))
    return ROUTE_INSIGHTS;
  return ROUTE_OTHER;
}

/* The path as logged: never an install id or a query. */
static const char *
logged_path (Route route)
{
  switch (route)
    {
    case ROUTE_HEALTHZ:
      return "/healthz";
    case ROUTE_METRICS:
      return "/metrics";
    case ROUTE_CONTRIBUTIONS:
      return "/v1/contributions";
    case ROUTE_CONTRIBUTION:
      return "/v1/contributions/{install}";
    case ROUTE_INSIGHTS:
      return "/v1/insights";
    case ROUTE_OTHER:
    default:
      return "(other)";
    }
}

static char *
peer_key (GSocketAddress *address)
{
  g_autofree char *host = NULL;

  if (!G_IS_INET_SOCKET_ADDRESS (address))
    return g_strdup ("");
  host = g_inet_address_to_string (g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (address)));
  return g_strdup_printf ("%s:%u", host, g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (address)));
}

static char *
host_of (GSocketAddress *address)
{
  if (!G_IS_INET_SOCKET_ADDRESS (address))
    return g_strdup ("");
  return g_inet_address_to_string (g_inet_socket_address_get_address (G_INET_SOCKET_ADDRESS (address)));
}

/* Closes the connection a request came on (a deadline missed): libsoup then aborts the request. */
static void
close_connection (PhoenixFlywheelServer *self,
                  const char            *peer)
{
  GSocketConnection *connection = g_hash_table_lookup (self->connections, peer);

  if (connection != NULL)
    g_socket_shutdown (g_socket_connection_get_socket (connection), TRUE, TRUE, NULL);
}

static void
log_request (PhoenixFlywheelServer *self,
             SoupServerMessage     *msg,
             Request               *request)
{
  const char *method = soup_server_message_get_method (msg);
  guint status = soup_server_message_get_status (msg);
  double seconds = (double) (g_get_monotonic_time () - request->started) / G_USEC_PER_SEC;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");
  SoupMessageBody *response = soup_server_message_get_response_body (msg);

  if (request->logged)
    return;
  request->logged = TRUE;
  if (method == NULL || !g_strv_contains ((const char * const[]) { "GET", "POST", "DELETE", "HEAD", "PUT", NULL },
                                          method))
    method = "-";

  /* One line a request; no client address, no install id, no query. */
  fprintf (stdout, "%sZ %s %s %u %.2fms in=%u out=%" G_GINT64_FORMAT "\n", stamp, method,
           logged_path (request->route), status, seconds * 1000.0, request->body != NULL ? request->body->len : 0,
           response != NULL ? (gint64) response->length : (gint64) 0);
  fflush (stdout);
  phoenix_flywheel_metrics_record (self->metrics, route_names[request->route], method, status, seconds);
}

static void
request_free (gpointer data)
{
  Request *request = data;

  if (request->server != NULL)
    {
      if (request->counted)
        request->server->in_flight--;
      g_object_remove_weak_pointer (G_OBJECT (request->server), (gpointer *) &request->server);
    }
  g_clear_handle_id (&request->deadline, g_source_remove);
  g_clear_pointer (&request->body, g_byte_array_unref);
  g_free (request->peer);
  g_free (request);
}

static gboolean
deadline_cb (gpointer user_data)
{
  Request *request = user_data;

  request->deadline = 0;
  if (!request->body_done && request->server != NULL)
    {
      g_debug ("A request missed its deadline; closing its connection");
      close_connection (request->server, request->peer);
    }
  return G_SOURCE_REMOVE;
}

static gboolean
is_json (const char *content_type,
         GHashTable *params)
{
  const char *charset;

  if (content_type == NULL || g_ascii_strcasecmp (content_type, "application/json") != 0)
    return FALSE;
  charset = params != NULL ? g_hash_table_lookup (params, "charset") : NULL;
  return charset == NULL || g_ascii_strcasecmp (charset, "utf-8") == 0;
}

static void
got_headers_cb (SoupServerMessage     *msg,
                PhoenixFlywheelServer *self)
{
  Request *request = g_object_get_data (G_OBJECT (msg), REQUEST_KEY);
  SoupMessageHeaders *headers = soup_server_message_get_request_headers (msg);
  g_autofree char *host = host_of (soup_server_message_get_remote_address (msg));

  if (request == NULL)
    return;
  request->route = route_of (g_uri_get_path (soup_server_message_get_uri (msg)));
  request->counted = TRUE;
  self->in_flight++;

  /* The body is kept by got_chunk_cb, up to the cap, never by libsoup. */
  soup_message_body_set_accumulate (soup_server_message_get_request_body (msg), FALSE);

  if (self->stopping)
    {
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Connection", "close");
      respond_error (msg, SOUP_STATUS_SERVICE_UNAVAILABLE, "unavailable", _("The server is stopping."));
      return;
    }

  /* The health check and the metrics answer even to a client that is being limited. */
  if (request->route != ROUTE_HEALTHZ && request->route != ROUTE_METRICS &&
      !phoenix_flywheel_rate_limit_take (self->rate_limit, host, g_get_monotonic_time ()))
    {
      g_autofree char *retry = g_strdup_printf ("%u", phoenix_flywheel_rate_limit_retry_after (self->rate_limit));

      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", retry);
      respond_error (msg, 429, "rate-limited",
                     _("Too many requests from this address; try again later."));
      return;
    }

  if (request->route == ROUTE_CONTRIBUTIONS && g_str_equal (soup_server_message_get_method (msg), "POST"))
    {
      g_autoptr(GHashTable) params = NULL;
      const char *content_type = soup_message_headers_get_content_type (headers, &params);

      if (!is_json (content_type, params))
        {
          respond_error (msg, SOUP_STATUS_UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                         _("A contribution must be sent as “application/json” in UTF-8."));
          return;
        }
    }

  if (soup_message_headers_get_encoding (headers) == SOUP_ENCODING_CONTENT_LENGTH &&
      soup_message_headers_get_content_length (headers) > PHOENIX_CONTRIBUTION_MAX_SIZE)
    {
      g_autofree char *message = g_strdup_printf (_("The request body is over the %d bytes accepted."),
                                                  PHOENIX_CONTRIBUTION_MAX_SIZE);

      /* The body is then read and thrown away (bounded by the deadline), and the connection closed. */
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Connection", "close");
      respond_error (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too-large", message);
    }
}

static void
got_chunk_cb (SoupServerMessage *msg,
              GBytes            *chunk,
              gpointer           user_data)
{
  Request *request = g_object_get_data (G_OBJECT (msg), REQUEST_KEY);
  gsize size = g_bytes_get_size (chunk);

  if (request == NULL || soup_server_message_get_status (msg) != 0)
    return;
  if (request->body == NULL)
    request->body = g_byte_array_new ();
  if (request->body->len + size > PHOENIX_CONTRIBUTION_MAX_SIZE)
    {
      g_autofree char *message = g_strdup_printf (_("The request body is over the %d bytes accepted."),
                                                  PHOENIX_CONTRIBUTION_MAX_SIZE);

      g_byte_array_set_size (request->body, 0);
      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Connection", "close");
      respond_error (msg, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too-large", message);
      return;
    }
  g_byte_array_append (request->body, g_bytes_get_data (chunk, NULL), (guint) size);
}

static void
got_body_cb (SoupServerMessage *msg,
             gpointer           user_data)
{
  Request *request = g_object_get_data (G_OBJECT (msg), REQUEST_KEY);

  if (request != NULL)
    {
      request->body_done = TRUE;
      g_clear_handle_id (&request->deadline, g_source_remove);
    }
}

static void
request_started_cb (SoupServer            *soup,
                    SoupServerMessage     *msg,
                    PhoenixFlywheelServer *self)
{
  Request *request = g_new0 (Request, 1);

  request->server = self;
  g_object_add_weak_pointer (G_OBJECT (self), (gpointer *) &request->server);
  request->started = g_get_monotonic_time ();
  request->peer = peer_key (soup_server_message_get_remote_address (msg));
  request->deadline = g_timeout_add_seconds (self->config.timeout, deadline_cb, request);
  g_object_set_data_full (G_OBJECT (msg), REQUEST_KEY, request, request_free);

  g_signal_connect_object (msg, "got-headers", G_CALLBACK (got_headers_cb), self, 0);
  g_signal_connect (msg, "got-chunk", G_CALLBACK (got_chunk_cb), NULL);
  g_signal_connect (msg, "got-body", G_CALLBACK (got_body_cb), NULL);
}

static void
request_done_cb (SoupServer            *soup,
                 SoupServerMessage     *msg,
                 PhoenixFlywheelServer *self)
{
  Request *request = g_object_get_data (G_OBJECT (msg), REQUEST_KEY);

  if (request != NULL)
    {
      log_request (self, msg, request);
      if (request->counted)
        {
          request->counted = FALSE;
          self->in_flight--;
        }
    }
}

static void
method_not_allowed (SoupServerMessage *msg,
                    const char        *allow)
{
  soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Allow", allow);
  respond_error (msg, SOUP_STATUS_METHOD_NOT_ALLOWED, "method-not-allowed",
                 _("This method is not allowed on this path."));
}

static void
handle_request_cb (SoupServer        *soup,
                   SoupServerMessage *msg,
                   const char        *path,
                   GHashTable        *query,
                   gpointer           user_data)
{
  PhoenixFlywheelServer *self = user_data;
  Request *request = g_object_get_data (G_OBJECT (msg), REQUEST_KEY);
  const char *method = soup_server_message_get_method (msg);
  Route route = route_of (path);

  switch (route)
    {
    case ROUTE_HEALTHZ:
      if (!g_str_equal (method, "GET") && !g_str_equal (method, "HEAD"))
        method_not_allowed (msg, "GET, HEAD");
      else
        _phoenix_flywheel_respond (msg, SOUP_STATUS_OK, "application/json", "{\"status\":\"ok\"}");
      break;

    case ROUTE_METRICS:
      if (!g_str_equal (method, "GET"))
        method_not_allowed (msg, "GET");
      else
        _phoenix_flywheel_server_run_metrics (self, msg);
      break;

    case ROUTE_CONTRIBUTIONS:
      if (!g_str_equal (method, "POST"))
        method_not_allowed (msg, "POST");
      else
        {
          GByteArray *body = request != NULL && request->body != NULL ? g_byte_array_ref (request->body)
                                                                      : g_byte_array_new ();

          _phoenix_flywheel_server_run_job (self, msg, _phoenix_flywheel_contribution_job, body, (GDestroyNotify) g_byte_array_unref);
        }
      break;

    case ROUTE_CONTRIBUTION:
      {
        const char *install = path + strlen ("/v1/contributions/");

        if (!g_str_equal (method, "DELETE"))
          method_not_allowed (msg, "DELETE");
        else if (!phoenix_contribution_is_install_id (install))
          respond_error (msg, SOUP_STATUS_BAD_REQUEST, "malformed",
                         _("An install id is 32 lowercase hexadecimal digits."));
        else
          _phoenix_flywheel_server_run_job (self, msg, _phoenix_flywheel_delete_job, g_strdup (install), g_free);
      }
      break;

    case ROUTE_INSIGHTS:
      {
        const char *occupation = query != NULL ? g_hash_table_lookup (query, "occupation") : NULL;
        guint index;

        if (!g_str_equal (method, "GET"))
          method_not_allowed (msg, "GET");
        else if (occupation == NULL || *occupation == '\0')
          respond_error (msg, SOUP_STATUS_BAD_REQUEST, "malformed",
                         _("Say which occupation: /v1/insights?occupation=CODE."));
        else if (!phoenix_taxonomy_lookup_occupation (self->taxonomy, occupation, &index))
          {
            g_autofree char *message = g_strdup_printf (_("“%s” is not an occupation of the taxonomy."), occupation);

            respond_error (msg, SOUP_STATUS_BAD_REQUEST, "unknown-occupation", message);
          }
        else
          _phoenix_flywheel_server_run_job (self, msg, _phoenix_flywheel_insights_job, g_strdup (phoenix_taxonomy_get_occupation_code (self->taxonomy, index)),
                   g_free);
      }
      break;

    case ROUTE_OTHER:
    default:
      respond_error (msg, SOUP_STATUS_NOT_FOUND, "not-found", _("There is nothing at this path."));
      break;
    }
}

/* Connections: accepted here, so that their number, their idle time and their deadline are ours. */

typedef struct
{
  PhoenixFlywheelServer *server;
  char                  *peer;
  char                  *host;
} ConnectionData;

static void
connection_gone (gpointer  user_data,
                 GObject  *where_the_object_was)
{
  ConnectionData *data = user_data;

  if (data->server != NULL)
    {
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (data->server->per_address, data->host));

      g_hash_table_remove (data->server->connections, data->peer);
      if (count <= 1)
        g_hash_table_remove (data->server->per_address, data->host);
      else
        g_hash_table_insert (data->server->per_address, g_strdup (data->host), GUINT_TO_POINTER (count - 1));
      g_object_remove_weak_pointer (G_OBJECT (data->server), (gpointer *) &data->server);
    }
  g_free (data->peer);
  g_free (data->host);
  g_free (data);
}

static gboolean
incoming_cb (GSocketService        *service,
             GSocketConnection     *connection,
             GObject               *source,
             PhoenixFlywheelServer *self)
{
  g_autoptr(GSocketAddress) local = g_socket_connection_get_local_address (connection, NULL);
  g_autoptr(GSocketAddress) remote = g_socket_connection_get_remote_address (connection, NULL);
  g_autoptr(GIOStream) stream = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *host = remote != NULL ? host_of (remote) : g_strdup ("");
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (self->per_address, host));
  ConnectionData *data;

  if (self->stopping || g_hash_table_size (self->connections) >= self->config.max_connections ||
      count >= self->config.max_connections_per_address)
    {
      g_debug ("Connection refused: %s", self->stopping ? "stopping" : "too many connections");
      g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
      return TRUE;
    }

  /* A connection silent for this long (idle, or a client that stopped reading or writing) is closed. */
  g_socket_set_timeout (g_socket_connection_get_socket (connection), self->config.timeout);

  if (self->tls != NULL)
    {
      stream = G_IO_STREAM (g_tls_server_connection_new (G_IO_STREAM (connection), self->tls, &error));
      if (stream == NULL)
        {
          g_warning ("TLS set-up failed: %s", error->message);
          g_io_stream_close (G_IO_STREAM (connection), NULL, NULL);
          return TRUE;
        }
    }
  else
    stream = G_IO_STREAM (g_object_ref (connection));

  data = g_new0 (ConnectionData, 1);
  data->server = self;
  g_object_add_weak_pointer (G_OBJECT (self), (gpointer *) &data->server);
  data->peer = peer_key (remote);
  data->host = g_strdup (host);
  g_hash_table_insert (self->connections, g_strdup (data->peer), connection);
  g_hash_table_insert (self->per_address, g_strdup (host), GUINT_TO_POINTER (count + 1));
  g_object_weak_ref (G_OBJECT (connection), connection_gone, data);

  if (!soup_server_accept_iostream (self->soup, stream, local, remote, &error))
    g_warning ("Connection not accepted: %s", error->message);
  return TRUE;
}

static gboolean
prune_cb (gpointer user_data)
{
  PhoenixFlywheelServer *self = user_data;

  phoenix_flywheel_rate_limit_prune (self->rate_limit, g_get_monotonic_time ());
  return G_SOURCE_CONTINUE;
}

static void
finish_stop (PhoenixFlywheelServer *self)
{
  g_autoptr(GTask) task = g_steal_pointer (&self->stop_task);

  g_clear_handle_id (&self->stop_source, g_source_remove);
  /* Closes the connections still open (idle keep-alive ones, or requests past the grace time). */
  soup_server_disconnect (self->soup);
  g_task_return_boolean (task, TRUE);
}

static gboolean
stop_poll_cb (gpointer user_data)
{
  PhoenixFlywheelServer *self = user_data;

  if (self->in_flight == 0 || g_get_monotonic_time () >= self->stop_deadline)
    {
      if (self->in_flight > 0)
        g_warning ("Stopping with %u requests still in flight after the grace time", self->in_flight);
      self->stop_source = 0;
      finish_stop (self);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static void
phoenix_flywheel_server_dispose (GObject *object)
{
  PhoenixFlywheelServer *self = (PhoenixFlywheelServer *) object;

  g_clear_handle_id (&self->prune_source, g_source_remove);
  g_clear_handle_id (&self->stop_source, g_source_remove);
  if (self->service != NULL)
    {
      g_socket_service_stop (self->service);
      g_socket_listener_close (G_SOCKET_LISTENER (self->service));
      g_clear_object (&self->service);
    }
  if (self->soup != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->soup, self);
      soup_server_disconnect (self->soup);
      g_clear_object (&self->soup);
    }
  g_clear_object (&self->tls);
  g_clear_object (&self->store);
  g_clear_object (&self->taxonomy);
  g_clear_object (&self->rate_limit);
  g_clear_object (&self->metrics);

  G_OBJECT_CLASS (phoenix_flywheel_server_parent_class)->dispose (object);
}

static void
phoenix_flywheel_server_finalize (GObject *object)
{
  PhoenixFlywheelServer *self = (PhoenixFlywheelServer *) object;

  g_clear_pointer (&self->connections, g_hash_table_unref);
  g_clear_pointer (&self->per_address, g_hash_table_unref);

  G_OBJECT_CLASS (phoenix_flywheel_server_parent_class)->finalize (object);
}

static void
phoenix_flywheel_server_class_init (PhoenixFlywheelServerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phoenix_flywheel_server_dispose;
  object_class->finalize = phoenix_flywheel_server_finalize;
}

static void
phoenix_flywheel_server_init (PhoenixFlywheelServer *self)
{
  self->connections = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->per_address = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->metrics = phoenix_flywheel_metrics_new ();
}

PhoenixFlywheelServer *
phoenix_flywheel_server_new (const PhoenixFlywheelConfig  *config,
                             PhoenixFlywheelStore         *store,
                             PhoenixTaxonomy              *taxonomy,
                             GError                      **error)
{
  g_autoptr(PhoenixFlywheelServer) self = NULL;
  g_autoptr(GInetAddress) inet = NULL;
  g_autoptr(GSocketAddress) address = NULL;
  g_autoptr(GSocketAddress) effective = NULL;

  g_return_val_if_fail (config != NULL, NULL);
  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_STORE (store), NULL);
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (taxonomy), NULL);

  self = g_object_new (PHOENIX_TYPE_FLYWHEEL_SERVER, NULL);
  self->config = *config;
  self->config.address = NULL;
  self->config.tls_cert = NULL;
  self->config.tls_key = NULL;
  self->config.timeout = MAX (config->timeout, 1);
  self->config.max_connections = MAX (config->max_connections, 1);
  self->config.max_connections_per_address = MAX (config->max_connections_per_address, 1);
  self->store = g_object_ref (store);
  self->taxonomy = g_object_ref (taxonomy);
  self->rate_limit = phoenix_flywheel_rate_limit_new (config->rate, config->burst);

  if ((config->tls_cert == NULL) != (config->tls_key == NULL))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Give both --tls-cert and --tls-key, or neither."));
      return NULL;
    }
  if (config->tls_cert != NULL)
    {
      self->tls = g_tls_certificate_new_from_files (config->tls_cert, config->tls_key, error);
      if (self->tls == NULL)
        return NULL;
    }

  inet = g_inet_address_new_from_string (config->address != NULL ? config->address : "127.0.0.1");
  if (inet == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” is not an IP address to listen on."), config->address);
      return NULL;
    }
  address = g_inet_socket_address_new (inet, (guint16) config->port);

  self->soup = soup_server_new ("server-header", "phoenix-flywheel/" PACKAGE_VERSION, NULL);
  soup_server_add_handler (self->soup, NULL, handle_request_cb, self, NULL);
  g_signal_connect (self->soup, "request-started", G_CALLBACK (request_started_cb), self);
  g_signal_connect (self->soup, "request-finished", G_CALLBACK (request_done_cb), self);
  g_signal_connect (self->soup, "request-aborted", G_CALLBACK (request_done_cb), self);

  self->service = g_socket_service_new ();
  if (!g_socket_listener_add_address (G_SOCKET_LISTENER (self->service), address, G_SOCKET_TYPE_STREAM,
                                      G_SOCKET_PROTOCOL_TCP, NULL, &effective, error))
    return NULL;
  self->port = g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (effective));
  g_signal_connect (self->service, "incoming", G_CALLBACK (incoming_cb), self);
  g_socket_service_start (self->service);

  self->prune_source = g_timeout_add_seconds (PRUNE_INTERVAL_SECONDS, prune_cb, self);

  return g_steal_pointer (&self);
}

guint
phoenix_flywheel_server_get_port (PhoenixFlywheelServer *self)
{
  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_SERVER (self), 0);

  return self->port;
}

void
phoenix_flywheel_server_stop_async (PhoenixFlywheelServer *self,
                                    guint                  grace_seconds,
                                    GAsyncReadyCallback    callback,
                                    gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PHOENIX_IS_FLYWHEEL_SERVER (self));

  task = g_task_new (self, NULL, callback, user_data);
  if (self->stopping)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  self->stopping = TRUE;
  g_socket_service_stop (self->service);
  g_socket_listener_close (G_SOCKET_LISTENER (self->service));

  self->stop_task = g_steal_pointer (&task);
  self->stop_deadline = g_get_monotonic_time () + (gint64) grace_seconds * G_USEC_PER_SEC;
  if (self->in_flight == 0)
    finish_stop (self);
  else
    self->stop_source = g_timeout_add (20, stop_poll_cb, self);
}

gboolean
phoenix_flywheel_server_stop_finish (PhoenixFlywheelServer  *self,
                                     GAsyncResult           *result,
                                     GError                **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
