/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "phoenix-cv-line.h"

G_BEGIN_DECLS

/*
 * The import helper's answer: the positioned lines of a PDF, streamed page by page (the helper
 * holds one page at a time), read here with every cap enforced while reading, since whatever
 * comes out of the sandbox is hostile by assumption. GLib only.
 *
 * The stream is PHOENIX_CV_LINE_STREAM_MAGIC, then records: a type byte, a payload length
 * (32 bits, little-endian), the payload. Numbers in a payload are little-endian; coordinates
 * are IEEE doubles, so the lines read here are bit for bit the ones the helper made.
 *
 *   'D' the document: u32 page count, f64 width and height of the first page; once, first.
 *   'L' a line: u32 page, f64 x, y, width, height, font size, u8 bold, u32 colour (0xRRGGBB),
 *       u32 word count, then its text (UTF-8, no NUL) up to the end of the payload.
 *   'W' one word of the last line: f64 x, y, width, height, then its text.
 *   'A' a file attached to the PDF (a Europass CV's XML), its bytes.
 *   'E' the end: u32 the number of lines written. A stream without it was cut short.
 */

#define PHOENIX_CV_LINE_STREAM_MAGIC        "PHXLINES1\n"
#define PHOENIX_CV_LINE_STREAM_MAGIC_LEN    10
/* The caps of a reader: pages, a record, the attachments, the lines of a document, the words of a line. */
#define PHOENIX_CV_LINE_STREAM_MAX_PAGES    300
#define PHOENIX_CV_LINE_STREAM_MAX_RECORD   (1024 * 1024)
#define PHOENIX_CV_LINE_STREAM_MAX_ATTACHED (8 * 1024 * 1024)
#define PHOENIX_CV_LINE_STREAM_MAX_LINES    200000
#define PHOENIX_CV_LINE_STREAM_MAX_WORDS    10000

/* Writing (the helper): each call appends one record to @out. */
void phoenix_cv_line_stream_begin      (GString             *out);
void phoenix_cv_line_stream_document   (GString             *out,
                                        guint                n_pages,
                                        double               page_width,
                                        double               page_height);
void phoenix_cv_line_stream_line       (GString             *out,
                                        const PhoenixCvLine *line);
void phoenix_cv_line_stream_attachment (GString             *out,
                                        const guint8        *data,
                                        gsize                size);
void phoenix_cv_line_stream_end        (GString             *out,
                                        guint                n_lines);

/* Reading (the app): bytes in as they come, in pieces of any size. */
typedef struct _PhoenixCvLineReader PhoenixCvLineReader;

PhoenixCvLineReader *phoenix_cv_line_reader_new   (void);
void                 phoenix_cv_line_reader_free  (PhoenixCvLineReader *reader);
/* FALSE, with a message in @error (G_IO_ERROR_INVALID_DATA, not translated: it is logged), as
 * soon as what came is no such stream or goes over a cap; the reader then takes nothing more. */
gboolean             phoenix_cv_line_reader_feed   (PhoenixCvLineReader *reader,
                                                    const char          *data,
                                                    gsize                length,
                                                    GError             **error);
/* The stream ended: FALSE unless it was whole (its end record, the line count it gives). */
gboolean             phoenix_cv_line_reader_finish (PhoenixCvLineReader *reader,
                                                    GError             **error);
guint                phoenix_cv_line_reader_get_n_pages     (PhoenixCvLineReader *reader);
void                 phoenix_cv_line_reader_get_page_size   (PhoenixCvLineReader *reader,
                                                             double              *width,
                                                             double              *height);
/* The lines read whole so far (PhoenixCvLine, owned by the array), taken: the reader keeps only
 * a line whose words have not all come yet. Called as the stream comes (a parse that reads them
 * as they come) or once it ended (all of them); the caps count every line read. */
GPtrArray           *phoenix_cv_line_reader_take_lines      (PhoenixCvLineReader *reader);
/* The attached files, in order (GBytes), taken. */
GPtrArray           *phoenix_cv_line_reader_take_attachments (PhoenixCvLineReader *reader);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixCvLineReader, phoenix_cv_line_reader_free)

G_END_DECLS
