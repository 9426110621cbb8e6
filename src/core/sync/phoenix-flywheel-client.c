/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-flywheel-client"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>

#include "phoenix-contribution.h"
#include "phoenix-flywheel-client.h"
#include "phoenix-sync-store.h"

struct _PhoenixFlywheelClient
{
  GObject       parent_instance;

  PhoenixVault *vault;
  char         *url;
  guint         timeout;
  SoupSession  *session;       /* made on the first request, never before consent */
  gboolean      syncing;
  char         *occupation;    /* what start() watches */
  guint         timer_id;
  gboolean      started;
};

enum {
  PROP_0,
  PROP_VAULT,
  PROP_URL,
  PROP_CONSENT,
  N_PROPS
};

enum {
  SYNCED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixFlywheelClient, phoenix_flywheel_client, G_TYPE_OBJECT)
G_DEFINE_QUARK (phoenix-flywheel-client-error-quark, phoenix_flywheel_client_error)

static void arm_timer (PhoenixFlywheelClient *self);

/* One HTTP exchange: the status and at most PHOENIX_FLYWHEEL_MAX_ANSWER bytes of answer. */

typedef struct
{
  SoupMessage  *message;
  GInputStream *stream;
  GByteArray   *body;
} Exchange;

static void
exchange_free (Exchange *exchange)
{
  g_clear_object (&exchange->message);
  g_clear_object (&exchange->stream);
  g_clear_pointer (&exchange->body, g_byte_array_unref);
  g_free (exchange);
}

static void read_more (GTask *task);

static void
stream_read_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Exchange *exchange = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);

  if (bytes == NULL)
    {
      g_task_return_new_error (task, PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_NETWORK,
                               _("The flywheel server stopped answering: %s"), error->message);
      return;
    }
  if (g_bytes_get_size (bytes) == 0)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }
  g_byte_array_append (exchange->body, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  if (exchange->body->len > PHOENIX_FLYWHEEL_MAX_ANSWER)
    {
      /* Closing the stream drops the connection: the rest is never read. */
      g_input_stream_close (exchange->stream, NULL, NULL);
      g_task_return_new_error (task, PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_ANSWER,
                               _("The flywheel server’s answer is too large."));
      return;
    }
  read_more (g_steal_pointer (&task));
}

static void
read_more (GTask *task)
{
  Exchange *exchange = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (exchange->stream, 64 * 1024, G_PRIORITY_DEFAULT,
                                   g_task_get_cancellable (task), stream_read_cb, task);
}

static void
send_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Exchange *exchange = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  exchange->stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (exchange->stream == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else
        g_task_return_new_error (task, PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_NETWORK,
                                 _("The flywheel server could not be reached: %s"), error->message);
      return;
    }
  exchange->body = g_byte_array_new ();
  read_more (g_steal_pointer (&task));
}

static gboolean
is_loopback (GUri *uri)
{
  const char *host = g_uri_get_host (uri);

  return g_strcmp0 (host, "127.0.0.1") == 0 || g_strcmp0 (host, "::1") == 0 || g_strcmp0 (host, "[::1]") == 0;
}

static void
exchange_async (PhoenixFlywheelClient *self,
                const char            *method,
                const char            *path,
                const char            *json,
                GCancellable          *cancellable,
                GAsyncReadyCallback    callback,
                gpointer               user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_strdup (self->url);
  g_autofree char *address = NULL;
  g_autoptr(GUri) uri = NULL;
  Exchange *exchange = g_new0 (Exchange, 1);

  g_task_set_task_data (task, exchange, (GDestroyNotify) exchange_free);
  if (!phoenix_flywheel_client_check_url (self->url, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  while (g_str_has_suffix (base, "/"))
    base[strlen (base) - 1] = '\0';
  address = g_strconcat (base, path, NULL);
  uri = g_uri_parse (address, SOUP_HTTP_URI_FLAGS, NULL);
  if (uri == NULL)
    {
      g_task_return_new_error (task, PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_INSECURE_URL,
                               _("“%s” is not a valid server address."), self->url);
      return;
    }

  if (self->session == NULL)
    {
      self->session = soup_session_new_with_options ("timeout", self->timeout,
                                                     "idle-timeout", 30,
                                                     "max-conns-per-host", 2,
                                                     "user-agent", "Phoenix/" PACKAGE_VERSION,
                                                     NULL);
    }
  /* A server on this machine is reached directly, never through a proxy. */
  soup_session_set_proxy_resolver (self->session, is_loopback (uri) ? NULL : g_proxy_resolver_get_default ());
  soup_session_set_timeout (self->session, self->timeout);

  exchange->message = soup_message_new_from_uri (method, uri);
  soup_message_headers_replace (soup_message_get_request_headers (exchange->message), "Accept", "application/json");
  if (json != NULL)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

      soup_message_set_request_body_from_bytes (exchange->message, "application/json", bytes);
    }
  soup_session_send_async (self->session, exchange->message, G_PRIORITY_DEFAULT, cancellable, send_cb,
                           g_steal_pointer (&task));
}

/* The status, and the answer in @body (NUL-terminated). */
static guint
exchange_finish (PhoenixFlywheelClient  *self,
                 GAsyncResult           *result,
                 GBytes                **body,
                 GError                **error)
{
  Exchange *exchange = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return 0;
  g_byte_array_append (exchange->body, (const guint8 *) "", 1);
  if (body != NULL)
    *body = g_bytes_new (exchange->body->data, exchange->body->len - 1);
  return soup_message_get_status (exchange->message);
}

/* The sync job: deletions, the outbox, the insights. */

typedef enum
{
  PHASE_DELETE,
  PHASE_SEND,
  PHASE_INSIGHTS,
  PHASE_DONE,
} Phase;

typedef struct
{
  Phase      phase;
  char      *occupation;
  GStrv      deletes;
  GPtrArray *entries;   /* PhoenixOutboxEntry * */
  guint      index;
  gboolean   consent;
} SyncJob;

static void
sync_job_free (SyncJob *job)
{
  g_free (job->occupation);
  g_strfreev (job->deletes);
  g_clear_pointer (&job->entries, g_ptr_array_unref);
  g_free (job);
}

static void sync_step (GTask *task);

static guint
backoff_with_jitter (guint attempts)
{
  double base = phoenix_flywheel_client_backoff (attempts);

  return (guint) (base * g_random_double_range (0.8, 1.2));
}

/* A transient failure: record it with the next attempt's time and end the job with it (takes @task). */
static void
sync_fail (GTask  *task,
           GError *error)
{
  PhoenixFlywheelClient *self = g_task_get_source_object (task);
  PhoenixSyncState state;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) &&
      phoenix_sync_store_read_state (self->vault, &state, NULL))
    {
      phoenix_sync_store_record_attempt (self->vault, now, error->message,
                                         now + backoff_with_jitter (state.attempts + 1), NULL);
      phoenix_sync_state_clear (&state);
    }
  self->syncing = FALSE;
  g_task_return_error (task, error);
  arm_timer (self);
  g_object_unref (task);
}

static char *
status_message (guint   status,
                GBytes *body)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *text = body != NULL ? g_bytes_get_data (body, NULL) : NULL;

  if (text != NULL && json_parser_load_from_data (parser, text, g_bytes_get_size (body), NULL) &&
      JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      JsonObject *object = json_node_get_object (json_parser_get_root (parser));
      const char *message = json_object_get_string_member_with_default (object, "message", NULL);

      if (message != NULL && g_utf8_validate (message, -1, NULL) && strlen (message) < 500)
        /* Translators: %u is an HTTP status (500), %s the server's own explanation */
        return g_strdup_printf (_("The flywheel server answered %u: %s"), status, message);
    }
  /* Translators: %u is an HTTP status such as 500 */
  return g_strdup_printf (_("The flywheel server answered with the error %u."), status);
}

static void
delete_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PhoenixFlywheelClient *self = PHOENIX_FLYWHEEL_CLIENT (source);
  SyncJob *job = g_task_get_task_data (task);
  g_autoptr(GBytes) body = NULL;
  GError *error = NULL;
  guint status = exchange_finish (self, result, &body, &error);

  if (status == 0)
    return sync_fail (g_steal_pointer (&task), error);
  if (status == SOUP_STATUS_NO_CONTENT || status == SOUP_STATUS_NOT_FOUND)
    {
      if (!phoenix_sync_store_confirm_delete (self->vault, job->deletes[job->index], &error))
        return sync_fail (g_steal_pointer (&task), error);
      job->index++;
      return sync_step (g_steal_pointer (&task));
    }
  sync_fail (g_steal_pointer (&task), g_error_new_literal (PHOENIX_FLYWHEEL_CLIENT_ERROR,
                                                           PHOENIX_FLYWHEEL_CLIENT_ERROR_SERVER,
                                                           status_message (status, body)));
}

static gboolean
is_json_object (GBytes *body)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize length;
  const char *text = g_bytes_get_data (body, &length);

  return text != NULL && g_utf8_validate (text, length, NULL) &&
         json_parser_load_from_data (parser, text, length, NULL) &&
         JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser));
}

static void
send_entry_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PhoenixFlywheelClient *self = PHOENIX_FLYWHEEL_CLIENT (source);
  SyncJob *job = g_task_get_task_data (task);
  PhoenixOutboxEntry *entry = g_ptr_array_index (job->entries, job->index);
  g_autoptr(GBytes) body = NULL;
  g_autofree char *message = NULL;
  GError *error = NULL;
  guint status = exchange_finish (self, result, &body, &error);

  if (status == 0)
    {
      phoenix_sync_store_mark_entry (self->vault, entry->id, FALSE, error->message, NULL);
      return sync_fail (g_steal_pointer (&task), error);
    }
  if ((status == SOUP_STATUS_OK || status == SOUP_STATUS_CREATED) && !is_json_object (body))
    {
      /* Accepted or not, the answer cannot be trusted: keep it, send again (the server replaces). */
      error = g_error_new_literal (PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_ANSWER,
                                   _("The flywheel server’s answer could not be read."));
      phoenix_sync_store_mark_entry (self->vault, entry->id, FALSE, error->message, NULL);
      return sync_fail (g_steal_pointer (&task), error);
    }
  if (status == SOUP_STATUS_OK || status == SOUP_STATUS_CREATED)
    {
      if (!phoenix_sync_store_remove_entry (self->vault, entry->id, &error))
        return sync_fail (g_steal_pointer (&task), error);
      job->index++;
      return sync_step (g_steal_pointer (&task));
    }
  message = status_message (status, body);
  if (status == SOUP_STATUS_BAD_REQUEST || status == SOUP_STATUS_REQUEST_ENTITY_TOO_LARGE ||
      status == SOUP_STATUS_UNSUPPORTED_MEDIA_TYPE || status == SOUP_STATUS_UNPROCESSABLE_ENTITY)
    {
      /* Refused for good: kept, marked, never sent again; the others still go. */
      g_warning ("The flywheel server refused a contribution: %s", message);
      if (!phoenix_sync_store_mark_entry (self->vault, entry->id, TRUE, message, &error))
        return sync_fail (g_steal_pointer (&task), error);
      job->index++;
      return sync_step (g_steal_pointer (&task));
    }
  phoenix_sync_store_mark_entry (self->vault, entry->id, FALSE, message, NULL);
  sync_fail (g_steal_pointer (&task), g_error_new_literal (PHOENIX_FLYWHEEL_CLIENT_ERROR,
                                                           PHOENIX_FLYWHEEL_CLIENT_ERROR_SERVER, message));
}

/* The answer must be insights about @occupation: a JSON object with schema 1 and a published flag. */
static gboolean
check_insights (const char *text,
                gsize       length,
                const char *occupation)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *object;
  JsonNode *published;

  if (!g_utf8_validate (text, length, NULL) || !json_parser_load_from_data (parser, text, length, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return FALSE;
  object = json_node_get_object (json_parser_get_root (parser));
  published = json_object_get_member (object, "published");
  return json_object_get_int_member_with_default (object, "schema", 0) == 1 &&
         g_strcmp0 (json_object_get_string_member_with_default (object, "occupation", NULL), occupation) == 0 &&
         published != NULL && JSON_NODE_HOLDS_VALUE (published) &&
         json_node_get_value_type (published) == G_TYPE_BOOLEAN;
}

static void
insights_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  PhoenixFlywheelClient *self = PHOENIX_FLYWHEEL_CLIENT (source);
  SyncJob *job = g_task_get_task_data (task);
  g_autoptr(GBytes) body = NULL;
  GError *error = NULL;
  guint status = exchange_finish (self, result, &body, &error);
  gsize length;
  const char *text;

  if (status == 0)
    return sync_fail (g_steal_pointer (&task), error);
  if (status != SOUP_STATUS_OK)
    return sync_fail (g_steal_pointer (&task), g_error_new_literal (PHOENIX_FLYWHEEL_CLIENT_ERROR,
                                                                    PHOENIX_FLYWHEEL_CLIENT_ERROR_SERVER,
                                                                    status_message (status, body)));
  text = g_bytes_get_data (body, &length);
  if (!check_insights (text, length, job->occupation))
    return sync_fail (g_steal_pointer (&task),
                      g_error_new_literal (PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_ANSWER,
                                           _("The flywheel server’s answer could not be read.")));
  if (!phoenix_sync_store_save_insights (self->vault, job->occupation, text, g_get_real_time () / G_USEC_PER_SEC,
                                         &error))
    return sync_fail (g_steal_pointer (&task), error);
  job->phase = PHASE_DONE;
  sync_step (g_steal_pointer (&task));
}

static void
sync_step (GTask *task)
{
  PhoenixFlywheelClient *self = g_task_get_source_object (task);
  SyncJob *job = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (!phoenix_vault_is_unlocked (self->vault))
    {
      sync_fail (task, g_error_new_literal (PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED, _("The vault is locked.")));
      return;
    }

  if (job->phase == PHASE_DELETE)
    {
      if (job->deletes[job->index] != NULL)
        {
          g_autofree char *path = g_strdup_printf ("/v1/contributions/%s", job->deletes[job->index]);

          exchange_async (self, "DELETE", path, NULL, cancellable, delete_cb, task);
          return;
        }
      job->phase = PHASE_SEND;
      job->index = 0;
    }
  if (job->phase == PHASE_SEND)
    {
      while (job->consent && job->index < job->entries->len &&
             ((PhoenixOutboxEntry *) g_ptr_array_index (job->entries, job->index))->rejected)
        job->index++;
      if (job->consent && job->index < job->entries->len)
        {
          PhoenixOutboxEntry *entry = g_ptr_array_index (job->entries, job->index);

          exchange_async (self, "POST", "/v1/contributions", entry->body, cancellable, send_entry_cb, task);
          return;
        }
      job->phase = PHASE_INSIGHTS;
    }
  if (job->phase == PHASE_INSIGHTS)
    {
      if (job->consent && job->occupation != NULL && *job->occupation != '\0')
        {
          g_autofree char *escaped = g_uri_escape_string (job->occupation, NULL, FALSE);
          g_autofree char *path = g_strdup_printf ("/v1/insights?occupation=%s", escaped);

          exchange_async (self, "GET", path, NULL, cancellable, insights_cb, task);
          return;
        }
      job->phase = PHASE_DONE;
    }

  g_assert (job->phase == PHASE_DONE);
  phoenix_sync_store_record_attempt (self->vault, g_get_real_time () / G_USEC_PER_SEC, NULL, 0, NULL);
  self->syncing = FALSE;
  g_task_return_boolean (task, TRUE);
  g_signal_emit (self, signals[SYNCED], 0);
  arm_timer (self);
  g_object_unref (task);
}

/* Whether a sync has anything to do: deletions, or (with consent) contributions or insights to fetch. */
static gboolean
has_work (PhoenixSyncState *state,
          GPtrArray        *entries,
          const char       *occupation)
{
  if (state->pending_delete[0] != NULL)
    return TRUE;
  if (!state->consent)
    return FALSE;
  for (guint i = 0; entries != NULL && i < entries->len; i++)
    if (!((PhoenixOutboxEntry *) g_ptr_array_index (entries, i))->rejected)
      return TRUE;
  return occupation != NULL && *occupation != '\0';
}

/* Timer */

static gboolean
timer_cb (gpointer user_data)
{
  PhoenixFlywheelClient *self = user_data;

  self->timer_id = 0;
  if (!self->syncing)
    phoenix_flywheel_client_sync_async (self, self->occupation, NULL, NULL, NULL);
  return G_SOURCE_REMOVE;
}

static void
arm_timer (PhoenixFlywheelClient *self)
{
  PhoenixSyncState state;
  g_autoptr(GPtrArray) entries = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 when;

  g_clear_handle_id (&self->timer_id, g_source_remove);
  if (!self->started || self->syncing || !phoenix_vault_is_unlocked (self->vault) ||
      !phoenix_flywheel_client_check_url (self->url, NULL) ||
      !phoenix_sync_store_read_state (self->vault, &state, NULL))
    return;
  entries = phoenix_sync_store_list_outbox (self->vault, NULL);
  /* Insights alone are fetched again after a day. */
  if (state.pending_delete[0] == NULL && (entries == NULL || entries->len == 0) && state.last_sync_at > 0 &&
      state.attempts == 0)
    when = state.last_sync_at + 24 * 3600;
  else
    when = state.next_attempt_at;
  if (has_work (&state, entries, self->occupation))
    self->timer_id = g_timeout_add_seconds ((guint) CLAMP (when - now, 0, PHOENIX_FLYWHEEL_BACKOFF_MAX), timer_cb, self);
  phoenix_sync_state_clear (&state);
}

/* GObject */

static void
phoenix_flywheel_client_dispose (GObject *object)
{
  PhoenixFlywheelClient *self = PHOENIX_FLYWHEEL_CLIENT (object);

  g_clear_handle_id (&self->timer_id, g_source_remove);
  g_clear_object (&self->session);
  g_clear_object (&self->vault);

  G_OBJECT_CLASS (phoenix_flywheel_client_parent_class)->dispose (object);
}

static void
phoenix_flywheel_client_finalize (GObject *object)
{
  PhoenixFlywheelClient *self = PHOENIX_FLYWHEEL_CLIENT (object);

  g_free (self->url);
  g_free (self->occupation);

  G_OBJECT_CLASS (phoenix_flywheel_client_parent_class)->finalize (object);
}

static void
phoenix_flywheel_client_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PhoenixFlywheelClient *self = PHOENIX_FLYWHEEL_CLIENT (object);

  switch (prop_id)
    {
    case PROP_VAULT:
      g_value_set_object (value, self->vault);
      break;
    case PROP_URL:
      g_value_set_string (value, self->url);
      break;
    case PROP_CONSENT:
      g_value_set_boolean (value, phoenix_flywheel_client_get_consent (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_flywheel_client_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PhoenixFlywheelClient *self = PHOENIX_FLYWHEEL_CLIENT (object);

  switch (prop_id)
    {
    case PROP_VAULT:
      self->vault = g_value_dup_object (value);
      break;
    case PROP_URL:
      phoenix_flywheel_client_set_url (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_flywheel_client_class_init (PhoenixFlywheelClientClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phoenix_flywheel_client_dispose;
  object_class->finalize = phoenix_flywheel_client_finalize;
  object_class->get_property = phoenix_flywheel_client_get_property;
  object_class->set_property = phoenix_flywheel_client_set_property;

  properties[PROP_VAULT] =
    g_param_spec_object ("vault", NULL, NULL, PHOENIX_TYPE_VAULT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONSENT] =
    g_param_spec_boolean ("consent", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[SYNCED] = g_signal_new ("synced", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
phoenix_flywheel_client_init (PhoenixFlywheelClient *self)
{
  self->url = g_strdup ("");
  self->timeout = 30;
}

/* Public API */

gboolean
phoenix_flywheel_client_check_url (const char  *url,
                                   GError     **error)
{
  g_autoptr(GUri) uri = NULL;

  if (url == NULL || *url == '\0')
    {
      g_set_error_literal (error, PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_INSECURE_URL,
                           _("No flywheel server is set: add its address in Preferences."));
      return FALSE;
    }
  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0' ||
      g_uri_get_userinfo (uri) != NULL || g_uri_get_query (uri) != NULL || g_uri_get_fragment (uri) != NULL)
    {
      g_set_error (error, PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_INSECURE_URL,
                   _("“%s” is not a valid server address."), url);
      return FALSE;
    }
  if (g_ascii_strcasecmp (g_uri_get_scheme (uri), "https") == 0)
    return TRUE;
  if (g_ascii_strcasecmp (g_uri_get_scheme (uri), "http") == 0 && is_loopback (uri))
    return TRUE;
  g_set_error (error, PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_INSECURE_URL,
               _("“%s” is not a secure address: the flywheel server must use https:// (plain http:// only to "
                 "127.0.0.1, this computer)."), url);
  return FALSE;
}

PhoenixFlywheelClient *
phoenix_flywheel_client_new (PhoenixVault *vault,
                             const char   *url)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);

  return g_object_new (PHOENIX_TYPE_FLYWHEEL_CLIENT, "vault", vault, "url", url, NULL);
}

const char *
phoenix_flywheel_client_get_url (PhoenixFlywheelClient *self)
{
  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_CLIENT (self), NULL);
  return self->url;
}

void
phoenix_flywheel_client_set_url (PhoenixFlywheelClient *self,
                                 const char            *url)
{
  g_return_if_fail (PHOENIX_IS_FLYWHEEL_CLIENT (self));

  if (url == NULL)
    url = "";
  if (g_strcmp0 (self->url, url) == 0)
    return;
  g_free (self->url);
  self->url = g_strdup (url);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_URL]);
  arm_timer (self);
}

void
phoenix_flywheel_client_set_timeout (PhoenixFlywheelClient *self,
                                     guint                  seconds)
{
  g_return_if_fail (PHOENIX_IS_FLYWHEEL_CLIENT (self));
  self->timeout = seconds;
}

gboolean
phoenix_flywheel_client_get_consent (PhoenixFlywheelClient *self)
{
  PhoenixSyncState state;
  gboolean consent;

  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_CLIENT (self), FALSE);

  if (!phoenix_vault_is_unlocked (self->vault) || !phoenix_sync_store_read_state (self->vault, &state, NULL))
    return FALSE;
  consent = state.consent;
  phoenix_sync_state_clear (&state);
  return consent;
}

gboolean
phoenix_flywheel_client_set_consent (PhoenixFlywheelClient  *self,
                                     gboolean                consent,
                                     GError                **error)
{
  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_CLIENT (self), FALSE);

  if (consent == phoenix_flywheel_client_get_consent (self))
    return TRUE;
  if (!phoenix_sync_store_set_consent (self->vault, consent, g_get_real_time () / G_USEC_PER_SEC, error))
    return FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT]);
  arm_timer (self);
  return TRUE;
}

static char *
read_state_string (PhoenixFlywheelClient *self,
                   gboolean               digest)
{
  PhoenixSyncState state;
  char *value;

  if (!phoenix_vault_is_unlocked (self->vault) || !phoenix_sync_store_read_state (self->vault, &state, NULL))
    return g_strdup ("");
  value = g_strdup (digest ? state.last_digest : state.install);
  phoenix_sync_state_clear (&state);
  return value;
}

char *
phoenix_flywheel_client_get_last_digest (PhoenixFlywheelClient *self)
{
  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_CLIENT (self), NULL);
  return read_state_string (self, TRUE);
}

char *
phoenix_flywheel_client_get_install (PhoenixFlywheelClient *self)
{
  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_CLIENT (self), NULL);
  return read_state_string (self, FALSE);
}

gboolean
phoenix_flywheel_client_submit (PhoenixFlywheelClient  *self,
                                const char             *json,
                                const char             *digest,
                                GError                **error)
{
  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_CLIENT (self), FALSE);
  g_return_val_if_fail (json != NULL, FALSE);

  if (!phoenix_flywheel_client_get_consent (self))
    {
      g_set_error_literal (error, PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_NO_CONSENT,
                           _("Nothing is shared until you agree to share anonymous statistics."));
      return FALSE;
    }
  if (!phoenix_sync_store_enqueue (self->vault, json, digest, g_get_real_time () / G_USEC_PER_SEC, error))
    return FALSE;
  arm_timer (self);
  return TRUE;
}

void
phoenix_flywheel_client_sync_async (PhoenixFlywheelClient *self,
                                    const char            *occupation,
                                    GCancellable          *cancellable,
                                    GAsyncReadyCallback    callback,
                                    gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  PhoenixSyncState state;
  SyncJob *job;

  g_return_if_fail (PHOENIX_IS_FLYWHEEL_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, phoenix_flywheel_client_sync_async);
  if (self->syncing)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING, _("A sync is already under way."));
      return;
    }
  if (!phoenix_sync_store_read_state (self->vault, &state, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  job = g_new0 (SyncJob, 1);
  g_task_set_task_data (task, job, (GDestroyNotify) sync_job_free);
  job->consent = state.consent;
  job->deletes = g_steal_pointer (&state.pending_delete);
  job->occupation = g_strdup (occupation);
  phoenix_sync_state_clear (&state);
  job->entries = job->consent ? phoenix_sync_store_list_outbox (self->vault, &error)
                              : g_ptr_array_new_with_free_func ((GDestroyNotify) phoenix_outbox_entry_free);
  if (job->entries == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* Before consent, and with no deletion owed, there is nothing to do: no request, no socket. */
  if (!job->consent && job->deletes[0] == NULL)
    {
      g_task_return_new_error (task, PHOENIX_FLYWHEEL_CLIENT_ERROR, PHOENIX_FLYWHEEL_CLIENT_ERROR_NO_CONSENT,
                               _("Nothing is shared until you agree to share anonymous statistics."));
      return;
    }
  self->syncing = TRUE;
  g_clear_handle_id (&self->timer_id, g_source_remove);
  sync_step (g_steal_pointer (&task));
}

gboolean
phoenix_flywheel_client_sync_finish (PhoenixFlywheelClient  *self,
                                     GAsyncResult           *result,
                                     GError                **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

void
phoenix_flywheel_client_start (PhoenixFlywheelClient *self,
                               const char            *occupation)
{
  g_return_if_fail (PHOENIX_IS_FLYWHEEL_CLIENT (self));

  g_free (self->occupation);
  self->occupation = g_strdup (occupation);
  self->started = TRUE;
  arm_timer (self);
}

void
phoenix_flywheel_client_stop (PhoenixFlywheelClient *self)
{
  g_return_if_fail (PHOENIX_IS_FLYWHEEL_CLIENT (self));

  self->started = FALSE;
  g_clear_handle_id (&self->timer_id, g_source_remove);
}

gboolean
phoenix_flywheel_client_has_session (PhoenixFlywheelClient *self)
{
  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_CLIENT (self), FALSE);
  return self->session != NULL;
}

guint
phoenix_flywheel_client_backoff (guint attempts)
{
  guint delay = PHOENIX_FLYWHEEL_BACKOFF_MIN;

  for (guint i = 1; i < attempts && delay < PHOENIX_FLYWHEEL_BACKOFF_MAX; i++)
    delay *= 2;
  return MIN (delay, PHOENIX_FLYWHEEL_BACKOFF_MAX);
}
