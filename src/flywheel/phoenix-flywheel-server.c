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
#include "phoenix-flywheel-server.h"

#define REQUEST_KEY "phoenix-flywheel-request"
/* How often the rate limiter forgets addresses whose bucket is full again. */
#define PRUNE_INTERVAL_SECONDS 60

struct _PhoenixFlywheelServer
{
  GObject                   parent_instance;

  PhoenixFlywheelConfig     config;
  SoupServer               *soup;
  GSocketService           *service;
  GTlsCertificate          *tls;
  PhoenixFlywheelStore     *store;
  PhoenixTaxonomy          *taxonomy;
  PhoenixFlywheelRateLimit *rate_limit;
  PhoenixFlywheelMetrics   *metrics;
  guint                     port;

  /* Our connections: "address:port" of the peer → GSocketConnection (not a reference). */
  GHashTable               *connections;
  /* Peer address → number of open connections. */
  GHashTable               *per_address;
  guint                     in_flight;
  guint                     prune_source;

  gboolean                  stopping;
  GTask                    *stop_task;
  gint64                    stop_deadline;
  guint                     stop_source;
};

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

/* A worker thread's answer. */
typedef struct
{
  guint       status;
  const char *content_type;
  char       *body;
  guint       retry_after;
} Answer;

typedef void (*JobFunc) (PhoenixFlywheelServer *self,
                         gpointer               data,
                         Answer                *answer);

typedef struct
{
  PhoenixFlywheelServer *server;
  SoupServerMessage     *msg;
  JobFunc                func;
  gpointer               data;
  GDestroyNotify         data_free;
  Answer                 answer;
} Job;

static char *
json_error (const char *code,
            const char *field,
            const char *message)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "error");
  json_builder_add_string_value (builder, code);
  if (field != NULL)
    {
      json_builder_set_member_name (builder, "field");
      json_builder_add_string_value (builder, field);
    }
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, message);
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);

  return json_to_string (root, FALSE);
}

static void
answer_error (Answer     *answer,
              guint       status,
              const char *code,
              const char *field,
              const char *message)
{
  answer->status = status;
  answer->content_type = "application/json";
  g_free (answer->body);
  answer->body = json_error (code, field, message);
}

static void
answer_json (Answer   *answer,
             guint     status,
             JsonNode *root)
{
  answer->status = status;
  answer->content_type = "application/json";
  g_free (answer->body);
  answer->body = json_to_string (root, FALSE);
}

static void
respond (SoupServerMessage *msg,
         guint              status,
         const char        *content_type,
         const char        *body)
{
  soup_server_message_set_status (msg, status, NULL);
  if (body != NULL)
    soup_server_message_set_response (msg, content_type, SOUP_MEMORY_COPY, body, strlen (body));
}

static void
respond_error (SoupServerMessage *msg,
               guint              status,
               const char        *code,
               const char        *message)
{
  g_autofree char *body = json_error (code, NULL, message);

  respond (msg, status, "application/json", body);
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

/* Jobs: the work of one request in a worker thread, its answer set back in the main thread. */

static void
job_free (Job *job)
{
  if (job->data_free != NULL)
    job->data_free (job->data);
  g_free (job->answer.body);
  g_clear_object (&job->msg);
  g_clear_object (&job->server);
  g_free (job);
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;

  job->func (job->server, job->data, &job->answer);
  g_task_return_boolean (task, TRUE);
}

static void
job_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Job *job = g_task_get_task_data (G_TASK (result));
  SoupServerMessage *msg = job->msg;

  if (job->answer.retry_after > 0)
    {
      g_autofree char *retry = g_strdup_printf ("%u", job->answer.retry_after);

      soup_message_headers_replace (soup_server_message_get_response_headers (msg), "Retry-After", retry);
    }
  respond (msg, job->answer.status, job->answer.content_type, job->answer.body);
  soup_server_message_unpause (msg);
}

/* Runs @func in a worker thread, @msg paused meanwhile; @done (job_done_cb: the answer as it is) answers it. */
static void
run_job_full (PhoenixFlywheelServer *self,
              SoupServerMessage     *msg,
              JobFunc                func,
              gpointer               data,
              GDestroyNotify         data_free,
              GAsyncReadyCallback    done)
{
  g_autoptr(GTask) task = g_task_new (self, NULL, done, NULL);
  Job *job = g_new0 (Job, 1);

  job->server = g_object_ref (self);
  job->msg = g_object_ref (msg);
  job->func = func;
  job->data = data;
  job->data_free = data_free;
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  soup_server_message_pause (msg);
  g_task_run_in_thread (task, job_thread);
}

static void
run_job (PhoenixFlywheelServer *self,
         SoupServerMessage     *msg,
         JobFunc                func,
         gpointer               data,
         GDestroyNotify         data_free)
{
  run_job_full (self, msg, func, data, data_free, job_done_cb);
}

static void
answer_store_error (Answer *answer,
                    GError *error)
{
  g_warning ("Storage failed: %s", error->message);
  answer_error (answer, SOUP_STATUS_SERVICE_UNAVAILABLE, "unavailable",
                NULL, _("The server cannot reach its database right now; try again later."));
  answer->retry_after = 30;
}

static void
contribution_job (PhoenixFlywheelServer *self,
                  gpointer               data,
                  Answer                *answer)
{
  GByteArray *body = data;
  g_autoptr(PhoenixContribution) contribution = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *field = NULL;
  g_autoptr(JsonBuilder) builder = NULL;
  g_autoptr(JsonNode) root = NULL;
  gboolean replaced = FALSE;

  contribution = phoenix_contribution_new_from_json ((const char *) body->data, body->len, self->taxonomy,
                                                     &field, &error);
  if (contribution == NULL)
    {
      if (g_error_matches (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_TOO_LARGE))
        answer_error (answer, SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE, "too-large", NULL, error->message);
      else if (g_error_matches (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_MALFORMED))
        answer_error (answer, SOUP_STATUS_BAD_REQUEST, "malformed", NULL, error->message);
      else
        answer_error (answer, SOUP_STATUS_UNPROCESSABLE_ENTITY, "invalid", field, error->message);
      return;
    }
  if (!phoenix_flywheel_store_put (self->store, contribution, &replaced, &error))
    {
      answer_store_error (answer, error);
      return;
    }

  builder = json_builder_new_immutable ();
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "install");
  json_builder_add_string_value (builder, phoenix_contribution_get_install (contribution));
  json_builder_set_member_name (builder, "status");
  json_builder_add_string_value (builder, replaced ? "replaced" : "created");
  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  answer_json (answer, replaced ? SOUP_STATUS_OK : SOUP_STATUS_CREATED, root);
}

static void
delete_job (PhoenixFlywheelServer *self,
            gpointer               data,
            Answer                *answer)
{
  g_autoptr(GError) error = NULL;
  gboolean found = FALSE;

  if (!phoenix_flywheel_store_delete (self->store, data, &found, &error))
    answer_store_error (answer, error);
  else if (!found)
    answer_error (answer, SOUP_STATUS_NOT_FOUND, "not-found", NULL,
                  _("No contribution of this install is stored."));
  else
    answer->status = SOUP_STATUS_NO_CONTENT;
}

static void
insights_job (PhoenixFlywheelServer *self,
              gpointer               data,
              Answer                *answer)
{
  const char *occupation = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) rows = phoenix_flywheel_store_read (self->store, occupation, &error);
  g_autoptr(GHashTable) all_rows = NULL;
  g_autoptr(JsonNode) root = NULL;

  if (rows != NULL)
    all_rows = phoenix_flywheel_store_read (self->store, PHOENIX_FLYWHEEL_ALL_OCCUPATIONS, &error);
  if (all_rows == NULL)
    {
      answer_store_error (answer, error);
      return;
    }
  root = phoenix_flywheel_insights_build (self->taxonomy, occupation, rows, all_rows, self->config.k);
  answer_json (answer, SOUP_STATUS_OK, root);
}

static void
metrics_job (PhoenixFlywheelServer *self,
             gpointer               data,
             Answer                *answer)
{
  g_autoptr(GError) error = NULL;
  gint64 stored = phoenix_flywheel_store_count (self->store, &error);

  if (stored < 0)
    g_warning ("Cannot count the stored contributions: %s", error->message);
  /* The metrics object is main-thread only: its text is made in the main thread (metrics_done). */
  answer->status = SOUP_STATUS_OK;
  answer->content_type = "text/plain; version=0.0.4";
  answer->body = g_strdup_printf ("%" G_GINT64_FORMAT, stored);
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
metrics_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PhoenixFlywheelServer *self = PHOENIX_FLYWHEEL_SERVER (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  gint64 stored = g_ascii_strtoll (job->answer.body, NULL, 10);
  g_autofree char *text = phoenix_flywheel_metrics_to_text (self->metrics, stored, self->in_flight,
                                                            g_hash_table_size (self->connections));

  respond (job->msg, SOUP_STATUS_OK, "text/plain; version=0.0.4", text);
  soup_server_message_unpause (job->msg);
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
        respond (msg, SOUP_STATUS_OK, "application/json", "{\"status\":\"ok\"}");
      break;

    case ROUTE_METRICS:
      if (!g_str_equal (method, "GET"))
        method_not_allowed (msg, "GET");
      else
        run_job_full (self, msg, metrics_job, NULL, NULL, metrics_done_cb);
      break;

    case ROUTE_CONTRIBUTIONS:
      if (!g_str_equal (method, "POST"))
        method_not_allowed (msg, "POST");
      else
        {
          GByteArray *body = request != NULL && request->body != NULL ? g_byte_array_ref (request->body)
                                                                      : g_byte_array_new ();

          run_job (self, msg, contribution_job, body, (GDestroyNotify) g_byte_array_unref);
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
          run_job (self, msg, delete_job, g_strdup (install), g_free);
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
          run_job (self, msg, insights_job, g_strdup (phoenix_taxonomy_get_occupation_code (self->taxonomy, index)),
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
