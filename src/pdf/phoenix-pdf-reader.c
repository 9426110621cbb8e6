/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-pdf-reader"

#include "config.h"

#include "phoenix-cv-sources.h"
#include "phoenix-pdf-document.h"
#include "phoenix-pdf-reader.h"

/* The helper's reading and the app's parse of it, in one process (tests and benchmarks). */

typedef struct
{
  GPtrArray *lines;
  GPtrArray *attachments;
  guint      n_pages;
  double     width;
  double     height;
} Collected;

static void
document_cb (guint    n_pages,
             double   page_width,
             double   page_height,
             gpointer user_data)
{
  Collected *c = user_data;

  c->n_pages = n_pages;
  c->width = page_width;
  c->height = page_height;
}

static void
page_cb (GPtrArray *lines,
         gpointer   user_data)
{
  Collected *c = user_data;

  g_ptr_array_set_free_func (lines, NULL);
  for (guint i = 0; i < lines->len; i++)
    g_ptr_array_add (c->lines, g_ptr_array_index (lines, i));
  g_ptr_array_unref (lines);
}

static void
attachment_cb (GBytes   *bytes,
               gpointer  user_data)
{
  Collected *c = user_data;

  g_ptr_array_add (c->attachments, g_bytes_ref (bytes));
}

JsonNode *
phoenix_pdf_reader_read (GBytes      *data,
                         const char  *password,
                         gboolean     with_lines,
                         GError     **error)
{
  static const PhoenixPdfDocumentFuncs funcs = { document_cb, page_cb, attachment_cb };
  Collected c = { 0, };
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) phoenix_cv_line_free);
  g_autoptr(GPtrArray) attachments = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  g_return_val_if_fail (data != NULL, NULL);

  c.lines = lines;
  c.attachments = attachments;
  if (!phoenix_pdf_document_read (data, password, &funcs, &c, error))
    return NULL;
  return phoenix_cv_source_read_pdf_lines (g_steal_pointer (&lines), c.width, c.height, c.n_pages, attachments,
                                           with_lines);
}
