/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-flywheel-server"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "phoenix-flywheel-aggregates.h"
#include "phoenix-flywheel-insights.h"
#include "phoenix-flywheel-metrics.h"
#include "phoenix-flywheel-server-private.h"

/* The server's jobs: each request's work in a worker thread (validation, the database), answered in the main thread. */

char *
_phoenix_flywheel_json_error (const char *code,
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
  answer->body = _phoenix_flywheel_json_error (code, field, message);
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

void
_phoenix_flywheel_respond (SoupServerMessage *msg,
         guint              status,
         const char        *content_type,
         const char        *body)
{
  soup_server_message_set_status (msg, status, NULL);
  if (body != NULL)
    soup_server_message_set_response (msg, content_type, SOUP_MEMORY_COPY, body, strlen (body));
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
  _phoenix_flywheel_respond (msg, job->answer.status, job->answer.content_type, job->answer.body);
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

void
_phoenix_flywheel_server_run_job (PhoenixFlywheelServer *self,
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

void
_phoenix_flywheel_contribution_job (PhoenixFlywheelServer *self,
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

void
_phoenix_flywheel_delete_job (PhoenixFlywheelServer *self,
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

void
_phoenix_flywheel_insights_job (PhoenixFlywheelServer *self,
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
metrics_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  PhoenixFlywheelServer *self = PHOENIX_FLYWHEEL_SERVER (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  gint64 stored = g_ascii_strtoll (job->answer.body, NULL, 10);
  g_autofree char *text = phoenix_flywheel_metrics_to_text (self->metrics, stored, self->in_flight,
                                                            g_hash_table_size (self->connections));

  _phoenix_flywheel_respond (job->msg, SOUP_STATUS_OK, "text/plain; version=0.0.4", text);
  soup_server_message_unpause (job->msg);
}

void
_phoenix_flywheel_server_run_metrics (PhoenixFlywheelServer *self,
                                      SoupServerMessage     *msg)
{
  run_job_full (self, msg, metrics_job, NULL, NULL, metrics_done_cb);
}
