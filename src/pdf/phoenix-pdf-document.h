/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-cv-line.h"

G_BEGIN_DECLS

/*
 * A PDF read page by page: checked (size, header, password, page count), then each page's
 * positioned lines handed on and the page freed before the next is read, so that what is held
 * does not grow with the page count. Errors are in PHOENIX_PDF_IMPORT_ERROR (not a PDF, damaged,
 * encrypted, too large, no text). GLib and Poppler only: the import helper's whole reading.
 */
typedef struct
{
  /* Once, before any page: the page count and the first page's size. */
  void (*document)   (guint      n_pages,
                      double     page_width,
                      double     page_height,
                      gpointer   user_data);
  /* Each page in order: its lines (PhoenixCvLine), taken. */
  void (*page)       (GPtrArray *lines,
                      gpointer   user_data);
  /* Each file attached to the PDF (a Europass CV carries its XML so), after the pages, within
   * PHOENIX_CV_LINE_STREAM_MAX_ATTACHED bytes in all. */
  void (*attachment) (GBytes    *bytes,
                      gpointer   user_data);
} PhoenixPdfDocumentFuncs;

/* FALSE with an error when the PDF cannot be read, or has no text (pages may have been handed
 * on already then). */
gboolean phoenix_pdf_document_read (GBytes                        *data,
                                    const char                    *password,
                                    const PhoenixPdfDocumentFuncs *funcs,
                                    gpointer                       user_data,
                                    GError                       **error);

G_END_DECLS
