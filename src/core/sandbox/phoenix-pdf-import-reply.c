/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-pdf-import"

#include "config.h"

#include <glib/gi18n.h>
#include <malloc.h>

#include "phoenix-cv-sources.h"
#include "phoenix-json-limits.h"
#include "phoenix-pdf-import-private.h"

/* What the import helper streamed, parsed here (phoenix_cv_source_read_pdf_lines()), and the
 * reply as the app takes it: within its entry limits, an object with a profile, never an image (a
 * PDF's reply has none). Runs in a worker thread. */

/* Every list in the profile a user would review, within the JSON Resume import's limit. */
static gboolean
entries_within_limit (JsonObject *profile)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init (&iter, profile);
  while (json_object_iter_next (&iter, &name, &member))
    if (JSON_NODE_HOLDS_ARRAY (member)
        && json_array_get_length (json_node_get_array (member)) > PHOENIX_PDF_IMPORT_MAX_ENTRIES)
      return FALSE;
  return TRUE;
}

/* A reply's profile as the app takes it: within its entry limits (else an error), without an
 * image (a PDF's reply has none: an attachment's is never decoded here). */
static gboolean
take_profile (JsonObject  *profile,
              GError     **error)
{
  JsonNode *basics;

  if (!entries_within_limit (profile))
    {
      g_set_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_TOO_LARGE,
                   _("This CV has more entries in one section than Phoenix imports (at most %d)."),
                   PHOENIX_PDF_IMPORT_MAX_ENTRIES);
      return FALSE;
    }
  basics = json_object_get_member (profile, "basics");
  if (basics != NULL && JSON_NODE_HOLDS_OBJECT (basics))
    json_object_remove_member (json_node_get_object (basics), "image");
  return TRUE;
}

PhoenixCvParse *
_phoenix_pdf_import_reply_from_json (JsonNode  *root,
                                     GError   **error)
{
  g_autoptr(GError) local_error = NULL;
  JsonNode *profile;
  PhoenixCvParse *parse;

  g_return_val_if_fail (root != NULL, NULL);

  if (JSON_NODE_HOLDS_OBJECT (root)
      && (profile = json_object_get_member (json_node_get_object (root), "profile")) != NULL
      && JSON_NODE_HOLDS_OBJECT (profile)
      && !take_profile (json_node_get_object (profile), error))
    return NULL;
  parse = phoenix_cv_parse_new_from_json (root, &local_error);
  if (parse == NULL)
    {
      g_debug ("helper reply: %s", local_error->message);
      phoenix_pdf_import_set_error (error, PHOENIX_PDF_IMPORT_ERROR_FAILED);
    }
  return parse;
}

PhoenixCvParse *
_phoenix_pdf_import_read_reply (const char  *data,
                                gsize        length,
                                GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  /* Size and nesting are checked before json-glib parses (it recurses once a level). */
  root = phoenix_json_parse_bounded (data, length, PHOENIX_PDF_IMPORT_MAX_REPLY, PHOENIX_JSON_MAX_DEPTH,
                                     &local_error);
  if (root == NULL)
    {
      g_debug ("helper reply: %s", local_error->message);
      phoenix_pdf_import_set_error (error, PHOENIX_PDF_IMPORT_ERROR_FAILED);
      return NULL;
    }
  return _phoenix_pdf_import_reply_from_json (root, error);
}

typedef struct
{
  PhoenixHelperRunMode  mode;
  PhoenixCvLineReader  *reader;
} StreamData;

static void
stream_data_free (gpointer data)
{
  StreamData *stream = data;

  phoenix_cv_line_reader_free (stream->reader);
  g_free (stream);
}

/* What is left to free once the import has its result. */
typedef struct
{
  JsonNode       *reply;   /* a refused reply */
  PhoenixCvParse *parse;   /* a refused parse */
} Leftover;

static void
leftover_clear (Leftover *leftover)
{
  g_clear_pointer (&leftover->reply, json_node_unref);
  g_clear_object (&leftover->parse);
}

/* The end of the stream, whole (with the reader's document and attachments) or not: the reply
 * the app takes from the parse of its lines (@parser, whose lines are parsed already; NULL: the
 * reader's are parsed here), or an error. What is left to free once the result is returned is put
 * in @leftover (a refused reply) and kept in @parser (its document): the caller frees them after. */
static gpointer
parse_result (StreamData       *stream,
              PhoenixCvParser  *parser,
              Leftover         *leftover,
              GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) attachments = NULL;
  g_autoptr(JsonNode) root = NULL;
  double width = 0, height = 0;
  guint n_pages;
  PhoenixCvParse *parse;

  /* Whole, or nothing of it is taken. */
  if (!phoenix_cv_line_reader_finish (stream->reader, &local_error))
    {
      g_message ("The PDF import helper's answer is not whole: %s", local_error->message);
      phoenix_pdf_import_set_error (error, PHOENIX_PDF_IMPORT_ERROR_FAILED);
      return NULL;
    }
  phoenix_cv_line_reader_get_page_size (stream->reader, &width, &height);
  n_pages = phoenix_cv_line_reader_get_n_pages (stream->reader);
  attachments = phoenix_cv_line_reader_take_attachments (stream->reader);
  if (parser != NULL)
    {
      phoenix_cv_parser_take_lines (parser, phoenix_cv_line_reader_take_lines (stream->reader));
      parse = phoenix_cv_parser_finish (parser, width, height);
      if (attachments->len == 0)
        {
          /* Nothing attached (no Europass CV): the parse is the reply, taken as a reply is,
           * without its JSON made and read back. */
          if (take_profile (phoenix_cv_parse_get_profile (parse), error))
            return parse;
          leftover->parse = parse;
          return NULL;
        }
      root = phoenix_cv_source_read_pdf_parse (parse, n_pages, attachments);
    }
  else
    root = phoenix_cv_source_read_pdf_lines (phoenix_cv_line_reader_take_lines (stream->reader), width, height,
                                             n_pages, attachments, stream->mode == PHOENIX_HELPER_RUN_LINES);
  parse = _phoenix_pdf_import_reply_from_json (root, error);
  if (parse != NULL && stream->mode == PHOENIX_HELPER_RUN_LINES)
    {
      /* The lines mode: the reply checked as the import's is, then kept whole, without "pages". */
      g_object_unref (parse);
      json_object_remove_member (json_node_get_object (root), "pages");
      return g_steal_pointer (&root);
    }
  /* A refused reply's profile is the parse's whole work, which nothing else holds: freed after.
   * A taken one shares its profile with the parse returned: freed here, before. */
  if (parse == NULL)
    leftover->reply = g_steal_pointer (&root);
  return parse;
}

/* @value (a PhoenixCvParse, or the lines mode's JSON), or @error, to @task. */
static void
return_parsed (GTask                *task,
               PhoenixHelperRunMode  mode,
               gpointer              value,
               GError               *error)
{
  if (value == NULL)
    g_task_return_error (task, error);
  else if (mode == PHOENIX_HELPER_RUN_LINES)
    g_task_return_pointer (task, value, (GDestroyNotify) json_node_unref);
  else
    g_task_return_pointer (task, value, g_object_unref);
}

static void
parse_stream_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  GError *error = NULL;
  Leftover leftover = { NULL, NULL };
  gpointer value = parse_result (task_data, NULL, &leftover, &error);

  return_parsed (task, ((StreamData *) task_data)->mode, value, error);
  /* The lines, the parser's document and the reply of a long CV are tens of MB, all freed now:
   * given back to the system rather than kept by the allocator for the rest of the app's life. */
  leftover_clear (&leftover);
  malloc_trim (0);
}

static void
stream_parsed_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  StreamData *stream = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;
  gpointer value = g_task_propagate_pointer (G_TASK (result), &error);

  return_parsed (task, stream->mode, value, error);
}

/* ---- The parse given the lines as they come ---------------------------- */

typedef enum
{
  STREAM_LINES,
  STREAM_END,
  STREAM_ABORT,
} StreamMessageKind;

typedef struct
{
  StreamMessageKind  kind;
  GPtrArray         *lines;   /* STREAM_LINES */
  StreamData        *stream;  /* STREAM_END: the reader */
} StreamMessage;

struct _PhoenixPdfStreamParse
{
  GAsyncQueue *queue;         /* StreamMessage *, to the worker */
  /* GPtrArray * of PhoenixCvLine *, read by the worker, back to the reading thread to be freed
   * there: the reader's memory is then one page's lines, made again in the same blocks. Freed by
   * the worker, each line's blocks went to the worker's cache of freed blocks, which the parser's
   * own copies took, while the reader took new memory for every page (+12 MiB at 300 pages). */
  GAsyncQueue *spent;
  GTask       *import;        /* the import's task, once the stream ended (main thread only) */
};

static void
stream_message_free (gpointer data)
{
  StreamMessage *message = data;

  g_clear_pointer (&message->lines, g_ptr_array_unref);
  g_clear_pointer (&message->stream, stream_data_free);
  g_free (message);
}

static void
stream_parse_free (gpointer data)
{
  PhoenixPdfStreamParse *parse = data;

  g_async_queue_unref (parse->queue);
  g_async_queue_unref (parse->spent);
  g_clear_object (&parse->import);
  g_free (parse);
}

static void
push (PhoenixPdfStreamParse *parse,
      StreamMessageKind      kind,
      GPtrArray             *lines,
      StreamData            *stream)
{
  StreamMessage *message = g_new0 (StreamMessage, 1);

  message->kind = kind;
  message->lines = lines;
  message->stream = stream;
  g_async_queue_push (parse->queue, message);
}

/* The worker: each batch of lines parsed as it comes, until the end or an abort. */
static void
stream_parse_thread (GTask        *task,
                     gpointer      source_object,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  PhoenixPdfStreamParse *parse = task_data;
  g_autoptr(PhoenixCvParser) parser = phoenix_cv_parser_new ();

  /* The helper is starting (tens of ms before its first page): the parser's first-use costs
   * are paid meanwhile rather than at the end. */
  if (g_async_queue_length (parse->queue) <= 0)
    phoenix_cv_parser_warm_up ();
  for (;;)
    {
      StreamMessage *message = g_async_queue_pop (parse->queue);
      GError *error = NULL;
      gpointer value;

      switch (message->kind)
        {
        case STREAM_LINES:
          phoenix_cv_parser_add_lines (parser, message->lines);
          g_async_queue_push (parse->spent, g_steal_pointer (&message->lines));
          stream_message_free (message);
          break;
        case STREAM_END:
          {
            Leftover leftover = { NULL, NULL };

            value = parse_result (message->stream, parser, &leftover, &error);
            return_parsed (task, PHOENIX_HELPER_RUN_PDF, value, error);
            /* The import has its result: what is left is freed here while the app goes on, and
             * given back to the system (tens of MB for a long CV) rather than kept by the
             * allocator for the rest of the app's life. */
            stream_message_free (message);
            leftover_clear (&leftover);
            g_clear_pointer (&parser, phoenix_cv_parser_free);
            malloc_trim (0);
            return;
          }
        case STREAM_ABORT:
        default:
          stream_message_free (message);
          g_task_return_pointer (task, NULL, NULL);
          return;
        }
    }
}

static void
stream_parse_done_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  PhoenixPdfStreamParse *parse = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;
  gpointer value = g_task_propagate_pointer (G_TASK (result), &error);

  /* Aborted: nobody waits. */
  if (parse->import == NULL)
    {
      g_clear_error (&error);
      g_clear_object (&value);
      return;
    }
  return_parsed (parse->import, PHOENIX_HELPER_RUN_PDF, value, error);
}

PhoenixPdfStreamParse *
_phoenix_pdf_stream_parse_start (GMainContext *context)
{
  g_autoptr(GTask) worker = NULL;
  PhoenixPdfStreamParse *parse = g_new0 (PhoenixPdfStreamParse, 1);

  /* Its end is seen in the import's context, whichever thread starts it. */
  g_main_context_push_thread_default (context);
  worker = g_task_new (NULL, NULL, stream_parse_done_cb, NULL);
  g_main_context_pop_thread_default (context);

  parse->queue = g_async_queue_new_full (stream_message_free);
  parse->spent = g_async_queue_new_full ((GDestroyNotify) g_ptr_array_unref);
  g_task_set_source_tag (worker, _phoenix_pdf_stream_parse_start);
  g_task_set_name (worker, "[phoenix] PDF import parse");
  /* Freed with the worker's task, once it has returned: the caller gives it nothing after the end
   * or an abort, and the worker returns only after one of them. */
  g_task_set_task_data (worker, parse, stream_parse_free);
  g_task_run_in_thread (worker, stream_parse_thread);
  return parse;
}

void
_phoenix_pdf_stream_parse_feed (PhoenixPdfStreamParse *parse,
                                GPtrArray             *lines)
{
  GPtrArray *spent;

  g_return_if_fail (parse != NULL);

  while ((spent = g_async_queue_try_pop (parse->spent)) != NULL)
    g_ptr_array_unref (spent);
  if (lines->len == 0)
    {
      g_ptr_array_unref (lines);
      return;
    }
  push (parse, STREAM_LINES, lines, NULL);
}

void
_phoenix_pdf_stream_parse_abort (PhoenixPdfStreamParse *parse)
{
  g_return_if_fail (parse != NULL);

  push (parse, STREAM_ABORT, NULL, NULL);
}

void
_phoenix_pdf_import_parse_stream (GTask                 *task,
                                  PhoenixHelperRunMode   mode,
                                  PhoenixCvLineReader   *reader,
                                  PhoenixPdfStreamParse *parse)
{
  StreamData *stream = g_new0 (StreamData, 1);

  stream->mode = mode;
  stream->reader = reader;
  if (parse != NULL)
    {
      /* The worker returns to the import once it has read the rest. */
      g_return_if_fail (mode == PHOENIX_HELPER_RUN_PDF);
      parse->import = g_object_ref (task);
      push (parse, STREAM_END, NULL, stream);
    }
  else
    {
      g_autoptr(GTask) parsing = g_task_new (NULL, NULL, stream_parsed_cb, g_object_ref (task));

      g_task_set_source_tag (parsing, _phoenix_pdf_import_parse_stream);
      g_task_set_task_data (parsing, stream, stream_data_free);
      g_task_run_in_thread (parsing, parse_stream_thread);
    }
}
