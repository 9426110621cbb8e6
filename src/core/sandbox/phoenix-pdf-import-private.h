/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-pdf-import.h"

G_BEGIN_DECLS

/* What the helper is run for (phoenix-pdf-import.c runs it; the PDF and photo APIs start it). */
typedef enum
{
  PHOENIX_HELPER_RUN_PDF,     /* a PDF in, its lines streamed out, parsed here */
  PHOENIX_HELPER_RUN_PHOTO,   /* any image in, a prepared JPEG or PNG out */
  PHOENIX_HELPER_RUN_LINES,   /* the same, the reply's JSON with the positioned lines kept (phoenix-cli) */
} PhoenixHelperRunMode;

/* Runs the helper on @fd (taken) in @mode for @task (whose source object is @self), with every
 * limit: sandbox, filter, rlimits, cleared environment, capped pipes, timeout, cancellation. */
void            _phoenix_pdf_import_start_helper (PhoenixPdfImport     *self,
                                                  GTask                *task,
                                                  PhoenixHelperRunMode  mode,
                                                  int                   fd,
                                                  const char           *password);
/* A photo's error as phoenix_photo_prepare() would give it (a PhoenixPhotoError code). */
GError         *_phoenix_pdf_import_photo_error  (int                   code);

/* A PDF's parse in a worker thread, started with the helper: it is given the lines as they are
 * read off the stream (_phoenix_pdf_stream_parse_feed(), @lines taken), so that each page's
 * lines are read while the helper reads the next; what needs them all is done at the end
 * (_phoenix_pdf_import_parse_stream()). _phoenix_pdf_stream_parse_abort() stops it and lets go
 * of everything when the import fails before the end. */
typedef struct _PhoenixPdfStreamParse PhoenixPdfStreamParse;

/* Its end is returned in @context (the import task's). */
PhoenixPdfStreamParse *_phoenix_pdf_stream_parse_start (GMainContext          *context);
void            _phoenix_pdf_stream_parse_feed      (PhoenixPdfStreamParse *parse,
                                                     GPtrArray            *lines);
void            _phoenix_pdf_stream_parse_abort     (PhoenixPdfStreamParse *parse);
/* Parses, in a worker thread, what the helper streamed (@reader, taken) and returns it to @task:
 * a PhoenixCvParse, or in the lines mode the reply's JSON with "lines" and without "pages". A
 * stream that is not whole is a PHOENIX_PDF_IMPORT_ERROR_FAILED. With @parse (taken), the lines
 * it was given are parsed already: it reads the rest and ends. */
void            _phoenix_pdf_import_parse_stream    (GTask                *task,
                                                     PhoenixHelperRunMode  mode,
                                                     PhoenixCvLineReader  *reader,
                                                     PhoenixPdfStreamParse *parse);
/* A reply (the parse's JSON and "pages") as the app takes it: at most PHOENIX_PDF_IMPORT_MAX_ENTRIES
 * entries a section, no image; else a PHOENIX_PDF_IMPORT_ERROR. */
PhoenixCvParse *_phoenix_pdf_import_reply_from_json (JsonNode             *root,
                                                     GError              **error);
/* The same from JSON text (tests and the fuzz target): @data within PHOENIX_PDF_IMPORT_MAX_REPLY
 * bytes and PHOENIX_JSON_MAX_DEPTH levels. */
PhoenixCvParse *_phoenix_pdf_import_read_reply      (const char           *data,
                                                     gsize                 length,
                                                     GError              **error);

G_END_DECLS
