/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-llm"

#include "config.h"

#include <gio/gio.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "phoenix-llm-client.h"
#include "phoenix-profile-entries.h"

/*
 * The local language model client against a small OpenAI-compatible server this test runs on
 * 127.0.0.1 (libsoup's SoupServer): a streamed answer, a whole JSON answer, cancel, a server
 * gone silent (timeout), HTTP 500, malformed JSON, a 50 MB answer, nothing listening, and the
 * prompt holding only the ticked fields. No request leaves 127.0.0.1.
 */

#define HUGE_ANSWER (50 * 1024 * 1024)
#define HUGE_PIECE (64 * 1024)

typedef struct
{
  SoupServer *server;
  char       *base_url;
  guint       requests;
  char       *last_body;
} Server;

typedef struct
{
  SoupServerMessage *message;
  gsize              sent;
  guint              source;
} Drip;

static const char *stream_lines[] = {
  "data: {\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}\n\n",
  "data: {\"choices\":[{\"delta\":{\"content\":\"Madame, \"}}]}\n\n",
  ": keep-alive\n\n",
  "data: {\"choices\":[{\"delta\":{\"content\":\"je vous écris \"}}]}\n\n",
  "data: {\"choices\":[{\"delta\":{\"content\":\"pour le poste.\"},\"finish_reason\":\"stop\"}]}\n\n",
  "data: [DONE]\n\n",
};

static void
drip_free (gpointer data)
{
  Drip *drip = data;

  g_clear_handle_id (&drip->source, g_source_remove);
  g_free (drip);
}

/* The 50 MB answer, a piece at a time, until it is all sent or the client hung up. */
static gboolean
huge_piece_cb (gpointer user_data)
{
  Drip *drip = user_data;
  SoupMessageBody *body = soup_server_message_get_response_body (drip->message);
  GString *piece = g_string_new (NULL);
  gsize length;

  while (piece->len < HUGE_PIECE)
    g_string_append (piece, "data: {\"choices\":[{\"delta\":{\"content\":\"blablablablablablablablablablablablablablablablabla\"}}]}\n\n");
  length = piece->len;
  drip->sent += length;
  soup_message_body_append (body, SOUP_MEMORY_TAKE, g_string_free (piece, FALSE), length);
  if (drip->sent >= HUGE_ANSWER)
    {
      soup_message_body_complete (body);
      drip->source = 0;
    }
  soup_server_message_unpause (drip->message);
  return drip->source != 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
stop_drip_cb (SoupServerMessage *message,
              Drip              *drip)
{
  g_clear_handle_id (&drip->source, g_source_remove);
}

static void
handler (SoupServer        *server,
         SoupServerMessage *message,
         const char        *path,
         GHashTable        *query,
         gpointer           user_data)
{
  Server *s = user_data;
  SoupMessageBody *request = soup_server_message_get_request_body (message);
  g_autoptr(GBytes) bytes = soup_message_body_flatten (request);
  g_autoptr(JsonParser) parser = json_parser_new ();
  SoupMessageHeaders *headers = soup_server_message_get_response_headers (message);
  SoupMessageBody *body = soup_server_message_get_response_body (message);
  const char *model;

  s->requests++;
  g_free (s->last_body);
  s->last_body = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_assert_cmpstr (path, ==, "/v1/chat/completions");
  g_assert_cmpint (soup_server_message_get_method (message) == SOUP_METHOD_POST, ==, TRUE);
  g_assert_true (json_parser_load_from_data (parser, s->last_body, -1, NULL));
  model = json_object_get_string_member (json_node_get_object (json_parser_get_root (parser)), "model");

  if (g_str_equal (model, "stream"))
    {
      soup_server_message_set_status (message, 200, NULL);
      soup_message_headers_set_content_type (headers, "text/event-stream", NULL);
      for (guint i = 0; i < G_N_ELEMENTS (stream_lines); i++)
        soup_message_body_append (body, SOUP_MEMORY_STATIC, stream_lines[i], strlen (stream_lines[i]));
    }
  else if (g_str_equal (model, "whole"))
    {
      const char *answer = "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"Dear Hiring Manager,\"}}]}";

      soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC, answer, strlen (answer));
      soup_server_message_set_status (message, 200, NULL);
    }
  else if (g_str_equal (model, "error"))
    {
      const char *answer = "{\"error\": \"model crashed\"}";

      soup_server_message_set_response (message, "application/json", SOUP_MEMORY_STATIC, answer, strlen (answer));
      soup_server_message_set_status (message, 500, NULL);
    }
  else if (g_str_equal (model, "deep-stream") || g_str_equal (model, "deep-whole"))
    {
      /* Nested deeper than json-glib's recursive parser has stack for (issue #14). */
      gboolean stream = g_str_equal (model, "deep-stream");
      GString *answer = g_string_new (stream ? "data: {\"choices\": " : "{\"choices\": ");
      gsize length;

      for (guint i = 0; i < 1000000; i++)
        g_string_append_c (answer, '[');
      g_string_append (answer, stream ? "\n\n" : "");
      length = answer->len;
      soup_server_message_set_response (message, stream ? "text/event-stream" : "application/json",
                                        SOUP_MEMORY_TAKE, g_string_free (answer, FALSE), length);
      soup_server_message_set_status (message, 200, NULL);
    }
  else if (g_str_equal (model, "garbage"))
    {
      const char *answer = "data: {\"choices\": [ this is not JSON\n\n";

      soup_server_message_set_response (message, "text/event-stream", SOUP_MEMORY_STATIC, answer, strlen (answer));
      soup_server_message_set_status (message, 200, NULL);
    }
  else if (g_str_equal (model, "silent") || g_str_equal (model, "huge"))
    {
      /* Chunked: the first piece, then silence (the client's time limit ends it) or 50 MB in pieces. */
      Drip *drip = g_new0 (Drip, 1);

      soup_server_message_set_status (message, 200, NULL);
      soup_message_headers_set_content_type (headers, "text/event-stream", NULL);
      soup_message_headers_set_encoding (headers, SOUP_ENCODING_CHUNKED);
      soup_message_body_append (body, SOUP_MEMORY_STATIC, stream_lines[1], strlen (stream_lines[1]));
      drip->message = message;
      if (g_str_equal (model, "huge"))
        drip->source = g_timeout_add (1, huge_piece_cb, drip);
      g_object_set_data_full (G_OBJECT (message), "drip", drip, drip_free);
      g_signal_connect (message, "finished", G_CALLBACK (stop_drip_cb), drip);
      g_signal_connect (message, "disconnected", G_CALLBACK (stop_drip_cb), drip);
    }
  else
    {
      soup_server_message_set_status (message, 404, NULL);
    }
}

static void
server_setup (Server        *s,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  GSList *uris;

  s->server = soup_server_new (NULL, NULL);
  soup_server_add_handler (s->server, "/v1/chat/completions", handler, s, NULL);
  g_assert_true (soup_server_listen_local (s->server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  g_assert_no_error (error);
  uris = soup_server_get_uris (s->server);
  g_assert_nonnull (uris);
  /* 127.0.0.1 only. */
  g_assert_cmpstr (g_uri_get_host (uris->data), ==, "127.0.0.1");
  s->base_url = g_strdup_printf ("http://127.0.0.1:%d/v1", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);
}

static void
server_teardown (Server        *s,
                 gconstpointer  data)
{
  soup_server_disconnect (s->server);
  g_clear_object (&s->server);
  g_free (s->base_url);
  g_free (s->last_body);
}

typedef struct
{
  GString      *chunks;
  guint         n_chunks;
  GCancellable *cancel_on_first;
  char         *answer;
  GError       *error;
  gboolean      done;
} Run;

static void
chunk_cb (const char *text,
          gpointer    user_data)
{
  Run *run = user_data;

  g_string_append (run->chunks, text);
  run->n_chunks++;
  if (run->cancel_on_first != NULL)
    g_cancellable_cancel (run->cancel_on_first);
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Run *run = user_data;

  run->answer = phoenix_llm_client_chat_finish (PHOENIX_LLM_CLIENT (source), result, &run->error);
  run->done = TRUE;
}

static void
chat (const char   *base_url,
      const char   *model,
      guint         timeout,
      gsize         max_bytes,
      GCancellable *cancel_on_first,
      Run          *run)
{
  g_autoptr(PhoenixLlmClient) client = phoenix_llm_client_new (base_url, model);

  run->chunks = g_string_new (NULL);
  run->cancel_on_first = cancel_on_first;
  if (timeout > 0)
    phoenix_llm_client_set_timeout (client, timeout);
  if (max_bytes > 0)
    phoenix_llm_client_set_max_bytes (client, max_bytes);
  phoenix_llm_client_chat_async (client, "system", "prompt", chunk_cb, run, cancel_on_first, done_cb, run);
  while (!run->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
run_clear (Run *run)
{
  g_string_free (run->chunks, TRUE);
  g_free (run->answer);
  g_clear_error (&run->error);
  memset (run, 0, sizeof *run);
}

static void
test_streamed (Server        *s,
               gconstpointer  data)
{
  Run run = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonObject *request;

  chat (s->base_url, "stream", 0, 0, NULL, &run);
  g_assert_no_error (run.error);
  g_assert_cmpstr (run.answer, ==, "Madame, je vous écris pour le poste.");
  /* Streamed: three pieces, as they came. */
  g_assert_cmpuint (run.n_chunks, ==, 3);
  g_assert_cmpstr (run.chunks->str, ==, run.answer);
  /* The request: the model, stream on, the system and user messages. */
  g_assert_cmpuint (s->requests, ==, 1);
  g_assert_true (json_parser_load_from_data (parser, s->last_body, -1, NULL));
  request = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_get_boolean_member (request, "stream"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (request, "messages")), ==, 2);
  run_clear (&run);

  /* A server that answers in one JSON object. */
  chat (s->base_url, "whole", 0, 0, NULL, &run);
  g_assert_no_error (run.error);
  g_assert_cmpstr (run.answer, ==, "Dear Hiring Manager,");
  run_clear (&run);
}

static void
test_cancel (Server        *s,
             gconstpointer  data)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Run run = { 0 };

  chat (s->base_url, "silent", 30, 0, cancellable, &run);
  g_assert_error (run.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (run.answer);
  g_assert_cmpuint (run.n_chunks, ==, 1);
  run_clear (&run);
}

static void
test_timeout (Server        *s,
              gconstpointer  data)
{
  Run run = { 0 };

  chat (s->base_url, "silent", 1, 0, NULL, &run);
  g_assert_error (run.error, PHOENIX_LLM_ERROR, PHOENIX_LLM_ERROR_TIMEOUT);
  run_clear (&run);
}

static void
test_http_error (Server        *s,
                 gconstpointer  data)
{
  Run run = { 0 };

  chat (s->base_url, "error", 0, 0, NULL, &run);
  g_assert_error (run.error, PHOENIX_LLM_ERROR, PHOENIX_LLM_ERROR_HTTP);
  g_assert_nonnull (strstr (run.error->message, "500"));
  g_assert_nonnull (strstr (run.error->message, "model crashed"));
  run_clear (&run);
}

static void
test_malformed (Server        *s,
                gconstpointer  data)
{
  Run run = { 0 };

  chat (s->base_url, "garbage", 0, 0, NULL, &run);
  g_assert_error (run.error, PHOENIX_LLM_ERROR, PHOENIX_LLM_ERROR_MALFORMED);
  g_assert_null (run.answer);
  run_clear (&run);
}

static void
test_deep (Server        *s,
           gconstpointer  data)
{
  const char *models[] = { "deep-stream", "deep-whole" };

  for (guint i = 0; i < G_N_ELEMENTS (models); i++)
    {
      Run run = { 0 };

      chat (s->base_url, models[i], 0, 0, NULL, &run);
      g_assert_error (run.error, PHOENIX_LLM_ERROR, PHOENIX_LLM_ERROR_MALFORMED);
      g_assert_null (run.answer);
      run_clear (&run);
    }
}

static void
test_huge (Server        *s,
           gconstpointer  data)
{
  Run run = { 0 };

  /* 50 MB on offer; the client stops at its cap (1 MiB here, 4 MiB by default). */
  chat (s->base_url, "huge", 30, 1024 * 1024, NULL, &run);
  g_assert_error (run.error, PHOENIX_LLM_ERROR, PHOENIX_LLM_ERROR_TOO_LONG);
  g_assert_cmpuint (run.chunks->len, <, 2 * 1024 * 1024);
  run_clear (&run);
}

static void
test_unreachable_and_unconfigured (void)
{
  g_autoptr(GSocket) socket = g_socket_new (G_SOCKET_FAMILY_IPV4, G_SOCKET_TYPE_STREAM, G_SOCKET_PROTOCOL_TCP, NULL);
  g_autoptr(GInetAddress) loopback = g_inet_address_new_loopback (G_SOCKET_FAMILY_IPV4);
  g_autoptr(GSocketAddress) any = g_inet_socket_address_new (loopback, 0);
  g_autoptr(GSocketAddress) bound = NULL;
  g_autofree char *url = NULL;
  Run run = { 0 };

  /* A port that was free a moment ago: nothing listens there. */
  g_assert_true (g_socket_bind (socket, any, FALSE, NULL));
  bound = g_socket_get_local_address (socket, NULL);
  url = g_strdup_printf ("http://127.0.0.1:%u/v1", g_inet_socket_address_get_port (G_INET_SOCKET_ADDRESS (bound)));
  g_socket_close (socket, NULL);
  chat (url, "stream", 5, 0, NULL, &run);
  g_assert_error (run.error, PHOENIX_LLM_ERROR, PHOENIX_LLM_ERROR_UNREACHABLE);
  run_clear (&run);

  memset (&run, 0, sizeof run);
  chat (url, "", 0, 0, NULL, &run);
  g_assert_error (run.error, PHOENIX_LLM_ERROR, PHOENIX_LLM_ERROR_NOT_CONFIGURED);
  run_clear (&run);

  memset (&run, 0, sizeof run);
  chat ("file:///etc", "model", 0, 0, NULL, &run);
  g_assert_error (run.error, PHOENIX_LLM_ERROR, PHOENIX_LLM_ERROR_NOT_CONFIGURED);
  run_clear (&run);
}

static void
test_prompt_fields (void)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixExperience) job = phoenix_experience_new ();
  g_autoptr(PhoenixSkill) skill = phoenix_skill_new ();
  g_autofree char *all = NULL;
  g_autofree char *some = NULL;
  g_autofree char *system = phoenix_llm_build_system_prompt ("fr", "warm");
  g_autofree char *rewrite = phoenix_llm_build_rewrite_prompt ("Je suis là.", "en", "concise");
  g_autoptr(PhoenixLlmClient) client = phoenix_llm_client_new ("http://127.0.0.1:1/v1/", "m");
  g_autofree char *request = NULL;

  phoenix_profile_set_name (profile, "Camille Martin");
  phoenix_profile_set_email (profile, "camille@example.org");
  phoenix_profile_set_phone (profile, "06 00 00 00 00");
  phoenix_profile_set_headline (profile, "Infirmière en reconversion");
  phoenix_experience_set_title (job, "Infirmière");
  phoenix_experience_set_employer (job, "Hôpital Exemple");
  g_list_store_append (phoenix_profile_get_experiences (profile), job);
  phoenix_skill_set_name (skill, "SQL");
  g_list_store_append (phoenix_profile_get_skills (profile), skill);

  all = phoenix_llm_build_draft_prompt (profile, "Data Analyst chez Acme", 0xff, "fr");
  g_assert_nonnull (strstr (all, "Camille Martin"));
  g_assert_nonnull (strstr (all, "Hôpital Exemple"));
  g_assert_nonnull (strstr (all, "SQL"));
  g_assert_nonnull (strstr (all, "Data Analyst chez Acme"));
  /* Contact details are never sent, ticked or not. */
  g_assert_null (strstr (all, "camille@example.org"));
  g_assert_null (strstr (all, "06 00"));

  some = phoenix_llm_build_draft_prompt (profile, "Data Analyst chez Acme", PHOENIX_LLM_FIELD_SKILLS, "fr");
  g_assert_nonnull (strstr (some, "SQL"));
  g_assert_null (strstr (some, "Camille"));
  g_assert_null (strstr (some, "Hôpital"));
  g_assert_null (strstr (some, "Acme"));

  g_assert_nonnull (strstr (system, "chaleureux"));
  g_assert_nonnull (strstr (rewrite, "concise"));
  g_assert_nonnull (strstr (rewrite, "Je suis là."));
  /* What would be sent, shown as is. */
  request = phoenix_llm_client_build_request (client, system, some);
  g_assert_nonnull (strstr (request, "\"model\" : \"m\""));
  g_assert_nonnull (strstr (request, "SQL"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/llm/streamed", Server, NULL, server_setup, test_streamed, server_teardown);
  g_test_add ("/llm/cancel", Server, NULL, server_setup, test_cancel, server_teardown);
  g_test_add ("/llm/timeout", Server, NULL, server_setup, test_timeout, server_teardown);
  g_test_add ("/llm/http-500", Server, NULL, server_setup, test_http_error, server_teardown);
  g_test_add ("/llm/malformed-json", Server, NULL, server_setup, test_malformed, server_teardown);
  g_test_add ("/llm/deep-json", Server, NULL, server_setup, test_deep, server_teardown);
  g_test_add ("/llm/fifty-megabytes", Server, NULL, server_setup, test_huge, server_teardown);
  g_test_add_func ("/llm/unreachable-and-unconfigured", test_unreachable_and_unconfigured);
  g_test_add_func ("/llm/prompt-fields", test_prompt_fields);

  return g_test_run ();
}
