/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-pdf-reader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-cv-sources.h"
#include "phoenix-pdf-reader.h"
#include "phoenix-pdf-text.h"

static gboolean
looks_like_pdf (GBytes *data)
{
  gsize size = 0;
  const char *bytes = g_bytes_get_data (data, &size);
  gsize n = MIN (size, 1024);

  /* The header may follow some junk, but must come within the first KiB. */
  for (gsize i = 0; i + 5 <= n; i++)
    if (memcmp (bytes + i, "%PDF-", 5) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
append_bytes (const char *buffer,
              gsize       count,
              gpointer    data,
              GError    **error)
{
  GByteArray *array = data;

  if (array->len + count > PHOENIX_PDF_IMPORT_MAX_BYTES)
    return FALSE;
  g_byte_array_append (array, (const guint8 *) buffer, (guint) count);
  return TRUE;
}

/* A Europass PDF carries its CV as XML in an attachment: read that, not the layout. */
static PhoenixCvParse *
read_europass_attachment (PopplerDocument *document)
{
  GList *attachments;
  PhoenixCvParse *parse = NULL;

  if (!poppler_document_has_attachments (document))
    return NULL;
  attachments = poppler_document_get_attachments (document);
  for (GList *l = attachments; l != NULL && parse == NULL; l = l->next)
    {
      g_autoptr(GByteArray) array = g_byte_array_new ();
      g_autoptr(GBytes) bytes = NULL;

      if (!poppler_attachment_save_to_callback (l->data, append_bytes, array, NULL))
        continue;
      bytes = g_byte_array_free_to_bytes (g_steal_pointer (&array));
      if (phoenix_cv_source_is_europass (bytes))
        parse = phoenix_cv_source_read_europass (bytes, NULL);
    }
  g_list_free_full (attachments, g_object_unref);
  return parse;
}

static void
set_error (GError                **error,
           PhoenixPdfImportError   code)
{
  g_autofree char *message = phoenix_pdf_import_error_message (code);

  g_set_error_literal (error, PHOENIX_PDF_IMPORT_ERROR, code, message);
}

JsonNode *
phoenix_pdf_reader_read (GBytes      *data,
                         const char  *password,
                         gboolean     with_lines,
                         GError     **error)
{
  g_autoptr(GObject) document_object = NULL;
  PopplerDocument *document;
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autoptr(JsonNode) parsed = NULL;
  JsonObject *result;
  JsonArray *array;
  double width = 0, height = 0;
  int n_pages;
  gsize text_chars = 0;

  g_return_val_if_fail (data != NULL, NULL);

  if (g_bytes_get_size (data) > PHOENIX_PDF_IMPORT_MAX_BYTES)
    {
      set_error (error, PHOENIX_PDF_IMPORT_ERROR_TOO_LARGE);
      return NULL;
    }
  if (!looks_like_pdf (data))
    {
      set_error (error, PHOENIX_PDF_IMPORT_ERROR_NOT_PDF);
      return NULL;
    }
  /* From a stream: poppler_document_new_from_bytes() crashes on a wrong
   * password in Poppler 22.12 (it retries on a stream it already freed). */
  {
    g_autoptr(GInputStream) stream = g_memory_input_stream_new_from_bytes (data);
    document = poppler_document_new_from_stream (stream, (goffset) g_bytes_get_size (data), password, NULL, &local_error);
  }
  document_object = (GObject *) document;
  if (document == NULL)
    {
      if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
        set_error (error, PHOENIX_PDF_IMPORT_ERROR_ENCRYPTED);
      else
        set_error (error, PHOENIX_PDF_IMPORT_ERROR_DAMAGED);
      return NULL;
    }
  n_pages = poppler_document_get_n_pages (document);
  if (n_pages <= 0)
    {
      set_error (error, PHOENIX_PDF_IMPORT_ERROR_DAMAGED);
      return NULL;
    }
  if (n_pages > PHOENIX_PDF_IMPORT_MAX_PAGES)
    {
      set_error (error, PHOENIX_PDF_IMPORT_ERROR_TOO_LARGE);
      return NULL;
    }

  lines = phoenix_pdf_text_document_lines (document, &width, &height);
  for (guint i = 0; i < lines->len; i++)
    {
      PhoenixCvLine *line = g_ptr_array_index (lines, i);
      for (const char *p = line->text; *p; p = g_utf8_next_char (p))
        if (g_unichar_isalnum (g_utf8_get_char (p)))
          text_chars++;
    }
  if (text_chars == 0)
    {
      set_error (error, PHOENIX_PDF_IMPORT_ERROR_NO_TEXT);
      return NULL;
    }

  /* The app's import needs no lines back: they are freed as the parser reads them. */
  if (with_lines)
    parse = phoenix_cv_parse_lines (lines, width, height);
  else
    parse = phoenix_cv_parse_take_lines (g_steal_pointer (&lines), width, height);
  {
    g_autoptr(PhoenixCvParse) europass = read_europass_attachment (document);

    if (europass != NULL)
      {
        /* Keep the page text (job offers read it), take the Europass profile. */
        g_autoptr(JsonNode) layout = phoenix_cv_parse_to_json (parse);
        parsed = phoenix_cv_parse_to_json (europass);
        json_object_set_member (json_node_get_object (parsed), "text",
                                json_node_copy (json_object_get_member (json_node_get_object (layout), "text")));
      }
    else
      parsed = phoenix_cv_parse_to_json (parse);
  }
  /* The parse's object ("sections", "profile", "confidence", "unassigned", "text") is the
   * result, not a copy of it. */
  result = json_node_get_object (parsed);
  json_object_set_int_member (result, "pages", n_pages);
  if (with_lines)
    {
      array = json_array_new ();
      for (guint i = 0; i < lines->len; i++)
        json_array_add_element (array, phoenix_cv_line_to_json (g_ptr_array_index (lines, i)));
      json_object_set_array_member (result, "lines", array);
    }
  return g_steal_pointer (&parsed);
}
