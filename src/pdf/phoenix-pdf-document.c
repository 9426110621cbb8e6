/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-pdf-document"

#include "config.h"

#include <poppler.h>
#include <string.h>

#include "phoenix-cv-line-stream.h"
#include "phoenix-pdf-document.h"
#include "phoenix-pdf-import.h"
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

typedef struct
{
  GByteArray *bytes;
  gsize       budget;   /* what the attachments may still take */
} Attached;

static gboolean
append_bytes (const char *buffer,
              gsize       count,
              gpointer    data,
              GError    **error)
{
  Attached *attached = data;

  if (attached->bytes->len + count > attached->budget)
    return FALSE;
  g_byte_array_append (attached->bytes, (const guint8 *) buffer, (guint) count);
  return TRUE;
}

static void
read_attachments (PopplerDocument               *document,
                  const PhoenixPdfDocumentFuncs *funcs,
                  gpointer                       user_data)
{
  GList *attachments;
  gsize budget = PHOENIX_CV_LINE_STREAM_MAX_ATTACHED;

  if (funcs->attachment == NULL || !poppler_document_has_attachments (document))
    return;
  attachments = poppler_document_get_attachments (document);
  for (GList *l = attachments; l != NULL && budget > 0; l = l->next)
    {
      Attached attached = { g_byte_array_new (), budget };
      g_autoptr(GBytes) bytes = NULL;

      if (!poppler_attachment_save_to_callback (l->data, append_bytes, &attached, NULL))
        {
          g_byte_array_unref (attached.bytes);
          continue;
        }
      budget -= attached.bytes->len;
      bytes = g_byte_array_free_to_bytes (attached.bytes);
      funcs->attachment (bytes, user_data);
    }
  g_list_free_full (attachments, g_object_unref);
}

/* TRUE when @lines hold a letter or a digit: a PDF of pictures only has none. */
static gboolean
has_text (GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      PhoenixCvLine *line = g_ptr_array_index (lines, i);

      for (const char *p = line->text; *p; p = g_utf8_next_char (p))
        {
          /* ASCII's letters and digits are Unicode's there. */
          if ((guchar) *p < 0x80 ? g_ascii_isalnum (*p) : g_unichar_isalnum (g_utf8_get_char (p)))
            return TRUE;
        }
    }
  return FALSE;
}

gboolean
phoenix_pdf_document_read (GBytes                        *data,
                           const char                    *password,
                           const PhoenixPdfDocumentFuncs *funcs,
                           gpointer                       user_data,
                           GError                       **error)
{
  g_autoptr(GObject) document_object = NULL;
  PopplerDocument *document;
  g_autoptr(GError) local_error = NULL;
  gboolean found_text = FALSE;
  int n_pages;

  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (funcs != NULL && funcs->document != NULL && funcs->page != NULL, FALSE);

  if (g_bytes_get_size (data) > PHOENIX_PDF_IMPORT_MAX_BYTES)
    {
      phoenix_pdf_import_set_error (error, PHOENIX_PDF_IMPORT_ERROR_TOO_LARGE);
      return FALSE;
    }
  if (!looks_like_pdf (data))
    {
      phoenix_pdf_import_set_error (error, PHOENIX_PDF_IMPORT_ERROR_NOT_PDF);
      return FALSE;
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
        phoenix_pdf_import_set_error (error, PHOENIX_PDF_IMPORT_ERROR_ENCRYPTED);
      else
        phoenix_pdf_import_set_error (error, PHOENIX_PDF_IMPORT_ERROR_DAMAGED);
      return FALSE;
    }
  n_pages = poppler_document_get_n_pages (document);
  if (n_pages <= 0)
    {
      phoenix_pdf_import_set_error (error, PHOENIX_PDF_IMPORT_ERROR_DAMAGED);
      return FALSE;
    }
  if (n_pages > PHOENIX_PDF_IMPORT_MAX_PAGES)
    {
      phoenix_pdf_import_set_error (error, PHOENIX_PDF_IMPORT_ERROR_TOO_LARGE);
      return FALSE;
    }

  /* One page at a time: its Poppler text (built once for the text, the boxes and the
   * attributes, and kept by the PopplerPage) goes with the page. */
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      GPtrArray *lines;

      if (page == NULL)
        {
          if (i == 0)
            funcs->document ((guint) n_pages, 0, 0, user_data);
          continue;
        }
      if (i == 0)
        {
          double w = 0, h = 0;

          poppler_page_get_size (page, &w, &h);
          funcs->document ((guint) n_pages, w, h, user_data);
        }
      lines = phoenix_pdf_text_page_lines (page, (guint) i);
      g_object_unref (page);
      /* Once a page had text, the others are not looked at for it. */
      found_text = found_text || has_text (lines);
      funcs->page (lines, user_data);
    }
  if (!found_text)
    {
      phoenix_pdf_import_set_error (error, PHOENIX_PDF_IMPORT_ERROR_NO_TEXT);
      return FALSE;
    }
  read_attachments (document, funcs, user_data);
  return TRUE;
}
