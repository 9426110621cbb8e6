/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-llm-client"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <libsoup/soup.h>
#include <string.h>

#include "phoenix-llm-client.h"
#include "phoenix-json-limits.h"
#include "phoenix-profile-entries.h"

#define DEFAULT_TIMEOUT_SECONDS 60
#define DEFAULT_MAX_BYTES (4 * 1024 * 1024)
#define READ_SIZE 8192
/* An error body is read for its message only: a little is enough. */
#define MAX_ERROR_BODY 4096

struct _PhoenixLlmClient
{
  GObject      parent_instance;

  char        *base_url;
  char        *model;
  guint        timeout;
  gsize        max_bytes;
  SoupSession *session;
};

G_DEFINE_FINAL_TYPE (PhoenixLlmClient, phoenix_llm_client, G_TYPE_OBJECT)

G_DEFINE_QUARK (phoenix-llm-error-quark, phoenix_llm_error)

typedef struct
{
  SoupMessage         *message;
  GInputStream        *stream;
  PhoenixLlmChunkFunc  chunk;
  gpointer             chunk_data;
  GString             *pending;   /* bytes not yet split into lines */
  GString             *answer;
  GString             *whole;     /* a non-streamed answer */
  gsize                received;
  gboolean             event_stream;
  gboolean             done;
} ChatData;

static void
chat_data_free (gpointer data)
{
  ChatData *chat = data;

  g_clear_object (&chat->message);
  g_clear_object (&chat->stream);
  g_string_free (chat->pending, TRUE);
  g_string_free (chat->answer, TRUE);
  g_string_free (chat->whole, TRUE);
  g_free (chat);
}

static void
phoenix_llm_client_finalize (GObject *object)
{
  PhoenixLlmClient *self = PHOENIX_LLM_CLIENT (object);

  g_free (self->base_url);
  g_free (self->model);
  g_clear_object (&self->session);

  G_OBJECT_CLASS (phoenix_llm_client_parent_class)->finalize (object);
}

static void
phoenix_llm_client_class_init (PhoenixLlmClientClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_llm_client_finalize;
}

static void
phoenix_llm_client_init (PhoenixLlmClient *self)
{
  self->timeout = DEFAULT_TIMEOUT_SECONDS;
  self->max_bytes = DEFAULT_MAX_BYTES;
}

PhoenixLlmClient *
phoenix_llm_client_new (const char *base_url,
                        const char *model)
{
  PhoenixLlmClient *self = g_object_new (PHOENIX_TYPE_LLM_CLIENT, NULL);
  g_autofree char *url = g_strstrip (g_strdup (base_url != NULL ? base_url : ""));

  while (g_str_has_suffix (url, "/"))
    url[strlen (url) - 1] = '\0';
  self->base_url = g_steal_pointer (&url);
  self->model = g_strstrip (g_strdup (model != NULL ? model : ""));
  /* No proxy from the environment: the prompt goes to the URL the user gave, and nowhere else. */
  self->session = soup_session_new_with_options ("proxy-resolver", NULL, "timeout", self->timeout,
                                                 "idle-timeout", self->timeout, NULL);
  return self;
}

void
phoenix_llm_client_set_timeout (PhoenixLlmClient *self,
                                guint             seconds)
{
  g_return_if_fail (PHOENIX_IS_LLM_CLIENT (self));

  self->timeout = MAX (seconds, 1);
  g_object_set (self->session, "timeout", self->timeout, "idle-timeout", self->timeout, NULL);
}

void
phoenix_llm_client_set_max_bytes (PhoenixLlmClient *self,
                                  gsize             bytes)
{
  g_return_if_fail (PHOENIX_IS_LLM_CLIENT (self));
  self->max_bytes = bytes;
}

char *
phoenix_llm_client_build_request (PhoenixLlmClient *self,
                                  const char       *system,
                                  const char       *prompt)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (PHOENIX_IS_LLM_CLIENT (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "model");
  json_builder_add_string_value (builder, self->model);
  json_builder_set_member_name (builder, "stream");
  json_builder_add_boolean_value (builder, TRUE);
  json_builder_set_member_name (builder, "messages");
  json_builder_begin_array (builder);
  if (system != NULL && system[0] != '\0')
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "role");
      json_builder_add_string_value (builder, "system");
      json_builder_set_member_name (builder, "content");
      json_builder_add_string_value (builder, system);
      json_builder_end_object (builder);
    }
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "role");
  json_builder_add_string_value (builder, "user");
  json_builder_set_member_name (builder, "content");
  json_builder_add_string_value (builder, prompt != NULL ? prompt : "");
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  return json_generator_to_data (generator, NULL);
}

static void
fail (GTask      *task,
      gint        code,
      const char *message)
{
  g_task_return_new_error (task, PHOENIX_LLM_ERROR, code, "%s", message);
}

static void
fail_malformed (GTask *task)
{
  fail (task, PHOENIX_LLM_ERROR_MALFORMED,
        _("The language model server sent an answer Phoenix cannot read. Is it an OpenAI-compatible chat API?"));
}

/* The text of one answer object: choices[0].delta.content (streamed) or .message.content. */
static gboolean
content_of (JsonNode    *root,
            const char **content,
            gboolean    *finished)
{
  JsonObject *object, *choice, *part;
  JsonArray *choices;
  JsonNode *node;

  *content = NULL;
  *finished = FALSE;
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;
  object = json_node_get_object (root);
  node = json_object_get_member (object, "choices");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return FALSE;
  choices = json_node_get_array (node);
  if (json_array_get_length (choices) == 0)
    return TRUE;
  node = json_array_get_element (choices, 0);
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  choice = json_node_get_object (node);
  node = json_object_get_member (choice, "finish_reason");
  *finished = node != NULL && JSON_NODE_HOLDS_VALUE (node);
  node = json_object_get_member (choice, "delta");
  if (node == NULL)
    node = json_object_get_member (choice, "message");
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  part = json_node_get_object (node);
  node = json_object_get_member (part, "content");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    *content = json_node_get_string (node);
  return TRUE;
}

/* One server-sent event line: FALSE when it is not what the API sends. */
static gboolean
take_line (ChatData   *chat,
           const char *line)
{
  g_autoptr(JsonParser) parser = NULL;
  const char *payload, *content;
  gboolean finished;

  if (line[0] == '\0' || line[0] == ':' || g_str_has_prefix (line, "event:") || g_str_has_prefix (line, "id:"))
    return TRUE;
  if (!g_str_has_prefix (line, "data:"))
    return FALSE;
  payload = line + 5;
  while (*payload == ' ')
    payload++;
  if (g_str_equal (payload, "[DONE]"))
    {
      chat->done = TRUE;
      return TRUE;
    }
  parser = json_parser_new ();
  /* The server's answer is outside input: its nesting is bounded before json-glib recurses. */
  if (phoenix_json_nesting_depth (payload, strlen (payload), PHOENIX_JSON_MAX_DEPTH) > PHOENIX_JSON_MAX_DEPTH || !json_parser_load_from_data (parser, payload, -1, NULL) ||
      !content_of (json_parser_get_root (parser), &content, &finished))
    return FALSE;
  if (content != NULL && content[0] != '\0')
    {
      g_string_append (chat->answer, content);
      if (chat->chunk != NULL)
        chat->chunk (content, chat->chunk_data);
    }
  return TRUE;
}

static void read_next (GTask *task);

static void
finish_whole (GTask *task)
{
  ChatData *chat = g_task_get_task_data (task);
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *content;
  gboolean finished;

  if (phoenix_json_nesting_depth (chat->whole->str, chat->whole->len, PHOENIX_JSON_MAX_DEPTH) > PHOENIX_JSON_MAX_DEPTH
      || !json_parser_load_from_data (parser, chat->whole->str, chat->whole->len, NULL) ||
      !content_of (json_parser_get_root (parser), &content, &finished) || content == NULL)
    {
      fail_malformed (task);
      return;
    }
  g_string_append (chat->answer, content);
  if (chat->chunk != NULL)
    chat->chunk (content, chat->chunk_data);
  g_task_return_pointer (task, g_strdup (chat->answer->str), g_free);
}

static void
read_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ChatData *chat = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, &error);
  gsize size;
  const char *data;

  if (bytes == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
        fail (task, PHOENIX_LLM_ERROR_TIMEOUT, _("The language model server stopped answering."));
      else
        fail (task, PHOENIX_LLM_ERROR_UNREACHABLE, error->message);
      return;
    }

  data = g_bytes_get_data (bytes, &size);
  if (size == 0)
    {
      /* The end: what is left, then the answer. */
      if (!chat->event_stream)
        {
          finish_whole (task);
          return;
        }
      if (chat->pending->len > 0 && !take_line (chat, g_strstrip (chat->pending->str)))
        {
          fail_malformed (task);
          return;
        }
      if (chat->answer->len == 0 && !chat->done)
        {
          fail_malformed (task);
          return;
        }
      g_task_return_pointer (task, g_strdup (chat->answer->str), g_free);
      return;
    }

  chat->received += size;
  if (chat->received > ((PhoenixLlmClient *) g_task_get_source_object (task))->max_bytes)
    {
      fail (task, PHOENIX_LLM_ERROR_TOO_LONG, _("The language model’s answer is far too long: it was stopped."));
      return;
    }

  if (!chat->event_stream)
    {
      g_string_append_len (chat->whole, data, size);
      read_next (task);
      return;
    }

  g_string_append_len (chat->pending, data, size);
  for (;;)
    {
      char *newline = memchr (chat->pending->str, '\n', chat->pending->len);
      g_autofree char *line = NULL;

      if (newline == NULL)
        break;
      line = g_strndup (chat->pending->str, newline - chat->pending->str);
      g_string_erase (chat->pending, 0, newline - chat->pending->str + 1);
      if (!take_line (chat, g_strstrip (line)))
        {
          fail_malformed (task);
          return;
        }
    }
  if (chat->done)
    {
      g_task_return_pointer (task, g_strdup (chat->answer->str), g_free);
      return;
    }
  read_next (task);
}

static void
read_next (GTask *task)
{
  ChatData *chat = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (chat->stream, READ_SIZE, G_PRIORITY_DEFAULT, g_task_get_cancellable (task),
                                   read_cb, g_object_ref (task));
}

static void
error_body_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ChatData *chat = g_task_get_task_data (task);
  g_autoptr(GBytes) bytes = g_input_stream_read_bytes_finish (G_INPUT_STREAM (source), result, NULL);
  g_autofree char *body = bytes != NULL ? g_utf8_make_valid (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes)) : g_strdup ("");
  g_autofree char *message = NULL;
  guint status = soup_message_get_status (chat->message);

  g_strstrip (body);
  if (strlen (body) > 200)
    body[200] = '\0';
  /* Translators: the language model server refused; %u is the HTTP status (500…), %s its own words. */
  message = g_strdup_printf (_("The language model server answered with an error (%u): %s"), status,
                             body[0] != '\0' ? body : soup_message_get_reason_phrase (chat->message));
  fail (task, PHOENIX_LLM_ERROR_HTTP, message);
}

static void
sent_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  ChatData *chat = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  const char *type;
  guint status;

  chat->stream = soup_session_send_finish (SOUP_SESSION (source), result, &error);
  if (chat->stream == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_task_return_error (task, g_steal_pointer (&error));
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_TIMED_OUT))
        fail (task, PHOENIX_LLM_ERROR_TIMEOUT, _("The language model server did not answer in time."));
      else
        {
          g_autofree char *message =
            g_strdup_printf (_("Nothing answers at the language model’s address: is the server running? (%s)"),
                             error->message);

          fail (task, PHOENIX_LLM_ERROR_UNREACHABLE, message);
        }
      return;
    }

  status = soup_message_get_status (chat->message);
  if (!SOUP_STATUS_IS_SUCCESSFUL (status))
    {
      GCancellable *cancellable = g_task_get_cancellable (task);

      g_input_stream_read_bytes_async (chat->stream, MAX_ERROR_BODY, G_PRIORITY_DEFAULT, cancellable,
                                       error_body_cb, g_steal_pointer (&task));
      return;
    }
  type = soup_message_headers_get_content_type (soup_message_get_response_headers (chat->message), NULL);
  chat->event_stream = type == NULL || g_str_equal (type, "text/event-stream");
  read_next (task);
}

void
phoenix_llm_client_chat_async (PhoenixLlmClient   *self,
                               const char         *system,
                               const char         *prompt,
                               PhoenixLlmChunkFunc chunk,
                               gpointer            chunk_data,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *url = NULL;
  g_autofree char *body = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GUri) uri = NULL;
  ChatData *chat;
  gsize length;

  g_return_if_fail (PHOENIX_IS_LLM_CLIENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, phoenix_llm_client_chat_async);
  if (self->base_url[0] == '\0' || self->model[0] == '\0')
    {
      fail (task, PHOENIX_LLM_ERROR_NOT_CONFIGURED,
            _("Set the address and the model of your language model server in Preferences first."));
      return;
    }
  url = g_strconcat (self->base_url, "/chat/completions", NULL);
  uri = g_uri_parse (url, SOUP_HTTP_URI_FLAGS, NULL);
  if (uri == NULL || (g_strcmp0 (g_uri_get_scheme (uri), "http") != 0 && g_strcmp0 (g_uri_get_scheme (uri), "https") != 0))
    {
      fail (task, PHOENIX_LLM_ERROR_NOT_CONFIGURED,
            _("The language model’s address must start with http:// or https://."));
      return;
    }

  chat = g_new0 (ChatData, 1);
  chat->chunk = chunk;
  chat->chunk_data = chunk_data;
  chat->pending = g_string_new (NULL);
  chat->answer = g_string_new (NULL);
  chat->whole = g_string_new (NULL);
  chat->message = soup_message_new_from_uri ("POST", uri);
  g_task_set_task_data (task, chat, chat_data_free);
  body = phoenix_llm_client_build_request (self, system, prompt);
  length = strlen (body);
  bytes = g_bytes_new_take (g_steal_pointer (&body), length);
  soup_message_set_request_body_from_bytes (chat->message, "application/json", bytes);
  soup_message_headers_append (soup_message_get_request_headers (chat->message), "Accept", "text/event-stream, application/json");
  soup_session_send_async (self->session, chat->message, G_PRIORITY_DEFAULT, cancellable, sent_cb, g_steal_pointer (&task));
}

char *
phoenix_llm_client_chat_finish (PhoenixLlmClient  *self,
                                GAsyncResult      *result,
                                GError           **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

char *
phoenix_llm_build_system_prompt (const char *language,
                                 const char *tone)
{
  gboolean english = g_strcmp0 (language, "en") == 0;

  return g_strdup_printf (english
                          ? "You help a person changing careers write a cover letter. Write in English, in a %s tone, "
                            "as the person, in the first person. Use only the facts given; never invent experience, "
                            "skills, dates or figures. Answer with the letter's body only, paragraphs separated by a blank line."
                          : "Vous aidez une personne en reconversion à écrire une lettre de motivation. Écrivez en français, "
                            "sur un ton %s, à la première personne. N’utilisez que les faits donnés ; n’inventez aucune "
                            "expérience, compétence, date ni chiffre. Répondez par le corps de la lettre seulement, les "
                            "paragraphes séparés par une ligne vide.",
                          english
                          ? (g_strcmp0 (tone, "warm") == 0 ? "warm" : g_strcmp0 (tone, "concise") == 0 ? "concise" : "formal")
                          : (g_strcmp0 (tone, "warm") == 0 ? "chaleureux" : g_strcmp0 (tone, "concise") == 0 ? "concis" : "soutenu"));
}

char *
phoenix_llm_build_draft_prompt (PhoenixProfile   *profile,
                                const char       *offer_text,
                                PhoenixLlmFields  fields,
                                const char       *language)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean english = g_strcmp0 (language, "en") == 0;

  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), NULL);

  g_string_append (out, english ? "Write a cover letter for this person.\n" : "Écrivez une lettre de motivation pour cette personne.\n");
  if ((fields & PHOENIX_LLM_FIELD_NAME) && phoenix_profile_get_name (profile)[0] != '\0')
    g_string_append_printf (out, "%s: %s\n", english ? "Name" : "Nom", phoenix_profile_get_name (profile));
  if ((fields & PHOENIX_LLM_FIELD_HEADLINE) && phoenix_profile_get_headline (profile)[0] != '\0')
    g_string_append_printf (out, "%s: %s\n", english ? "Headline" : "Titre", phoenix_profile_get_headline (profile));
  if ((fields & PHOENIX_LLM_FIELD_SUMMARY) && phoenix_profile_get_summary (profile)[0] != '\0')
    g_string_append_printf (out, "%s: %s\n", english ? "Summary" : "Résumé", phoenix_profile_get_summary (profile));
  if (fields & PHOENIX_LLM_FIELD_EXPERIENCE)
    {
      GListModel *list = G_LIST_MODEL (phoenix_profile_get_experiences (profile));

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(PhoenixExperience) e = g_list_model_get_item (list, i);

          g_string_append_printf (out, "%s: %s, %s (%s – %s)\n", english ? "Job" : "Poste",
                                  phoenix_experience_get_title (e), phoenix_experience_get_employer (e),
                                  phoenix_experience_get_start_date (e),
                                  phoenix_experience_get_current (e) ? (english ? "now" : "aujourd’hui") : phoenix_experience_get_end_date (e));
        }
    }
  if (fields & PHOENIX_LLM_FIELD_EDUCATION)
    {
      GListModel *list = G_LIST_MODEL (phoenix_profile_get_education (profile));

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(PhoenixEducation) e = g_list_model_get_item (list, i);

          g_string_append_printf (out, "%s: %s %s, %s\n", english ? "Education" : "Formation",
                                  phoenix_education_get_degree (e), phoenix_education_get_field (e),
                                  phoenix_education_get_school (e));
        }
    }
  if (fields & PHOENIX_LLM_FIELD_SKILLS)
    {
      GListModel *list = G_LIST_MODEL (phoenix_profile_get_skills (profile));
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      for (guint i = 0; i < g_list_model_get_n_items (list); i++)
        {
          g_autoptr(PhoenixSkill) s = g_list_model_get_item (list, i);

          g_ptr_array_add (names, (gpointer) phoenix_skill_get_name (s));
        }
      if (names->len > 0)
        {
          g_autofree char *joined = NULL;

          g_ptr_array_add (names, NULL);
          joined = g_strjoinv (", ", (char **) names->pdata);
          g_string_append_printf (out, "%s: %s\n", english ? "Skills" : "Compétences", joined);
        }
    }
  if ((fields & PHOENIX_LLM_FIELD_OFFER) && offer_text != NULL && offer_text[0] != '\0')
    g_string_append_printf (out, "\n%s\n%s\n", english ? "The job offer:" : "L’offre d’emploi :", offer_text);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
phoenix_llm_build_rewrite_prompt (const char *paragraph,
                                  const char *language,
                                  const char *tone)
{
  gboolean english = g_strcmp0 (language, "en") == 0;

  return g_strdup_printf (english ? "Rewrite this paragraph of a cover letter in a %s tone, keeping every fact and adding none:\n\n%s"
                                  : "Réécrivez ce paragraphe d’une lettre de motivation sur un ton %s, en gardant chaque fait et sans en ajouter :\n\n%s",
                          english
                          ? (g_strcmp0 (tone, "warm") == 0 ? "warm" : g_strcmp0 (tone, "concise") == 0 ? "concise" : "formal")
                          : (g_strcmp0 (tone, "warm") == 0 ? "chaleureux" : g_strcmp0 (tone, "concise") == 0 ? "concis" : "soutenu"),
                          paragraph != NULL ? paragraph : "");
}
