/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-line-stream"

#include "config.h"

#include <gio/gio.h>
#include <math.h>
#include <string.h>

#include "phoenix-cv-line-stream.h"

/* The import helper's line stream (phoenix-cv-line-stream.h): written by the helper, read by the
 * app with its caps. */

#define HEADER_SIZE 5           /* type, u32 length */
#define LINE_FIXED  (4 + 5 * 8 + 1 + 4 + 4)
#define WORD_FIXED  (4 * 8)

/* ---- Writing ---------------------------------------------------------- */

static void
put_u32 (GString *out,
         guint32  value)
{
  guint32 le = GUINT32_TO_LE (value);

  g_string_append_len (out, (const char *) &le, 4);
}

static void
put_f64 (GString *out,
         double   value)
{
  guint64 bits;

  memcpy (&bits, &value, 8);
  bits = GUINT64_TO_LE (bits);
  g_string_append_len (out, (const char *) &bits, 8);
}

static void
put_header (GString *out,
            char     type,
            gsize    length)
{
  g_string_append_c (out, type);
  put_u32 (out, (guint32) length);
}

void
phoenix_cv_line_stream_begin (GString *out)
{
  g_string_append_len (out, PHOENIX_CV_LINE_STREAM_MAGIC, PHOENIX_CV_LINE_STREAM_MAGIC_LEN);
}

void
phoenix_cv_line_stream_document (GString *out,
                                 guint    n_pages,
                                 double   page_width,
                                 double   page_height)
{
  put_header (out, 'D', 4 + 2 * 8);
  put_u32 (out, n_pages);
  put_f64 (out, page_width);
  put_f64 (out, page_height);
}

/* Little-endian numbers written at @p, which is moved past them. */
static guint8 *
write_u32 (guint8  *p,
           guint32  value)
{
  guint32 le = GUINT32_TO_LE (value);

  memcpy (p, &le, 4);
  return p + 4;
}

static guint8 *
write_f64 (guint8 *p,
           double  value)
{
  guint64 bits;

  memcpy (&bits, &value, 8);
  bits = GUINT64_TO_LE (bits);
  memcpy (p, &bits, 8);
  return p + 8;
}

static guint8 *
write_header (guint8 *p,
              char    type,
              gsize   length)
{
  *p++ = (guint8) type;
  return write_u32 (p, (guint32) length);
}

void
phoenix_cv_line_stream_line (GString             *out,
                             const PhoenixCvLine *line)
{
  gsize text_len = strlen (line->text);
  guint n_words = line->words != NULL ? line->words->len : 0;
  gsize size = HEADER_SIZE + LINE_FIXED + text_len;
  gsize start = out->len;
  guint8 *p;

  /* The line and its words in one piece: the room made once, each field copied in. */
  for (guint i = 0; i < n_words; i++)
    size += HEADER_SIZE + WORD_FIXED + strlen (g_array_index (line->words, PhoenixCvWord, i).text);
  g_string_set_size (out, start + size);
  p = (guint8 *) out->str + start;
  p = write_header (p, 'L', LINE_FIXED + text_len);
  p = write_u32 (p, line->page);
  p = write_f64 (p, line->x);
  p = write_f64 (p, line->y);
  p = write_f64 (p, line->width);
  p = write_f64 (p, line->height);
  p = write_f64 (p, line->font_size);
  *p++ = line->bold ? 1 : 0;
  p = write_u32 (p, line->color);
  p = write_u32 (p, n_words);
  memcpy (p, line->text, text_len);
  p += text_len;
  for (guint i = 0; i < n_words; i++)
    {
      const PhoenixCvWord *w = &g_array_index (line->words, PhoenixCvWord, i);
      gsize word_len = strlen (w->text);

      p = write_header (p, 'W', WORD_FIXED + word_len);
      p = write_f64 (p, w->x);
      p = write_f64 (p, w->y);
      p = write_f64 (p, w->width);
      p = write_f64 (p, w->height);
      memcpy (p, w->text, word_len);
      p += word_len;
    }
  g_assert ((gsize) (p - (guint8 *) out->str) == start + size);
}

void
phoenix_cv_line_stream_attachment (GString      *out,
                                   const guint8 *data,
                                   gsize         size)
{
  put_header (out, 'A', size);
  g_string_append_len (out, (const char *) data, (gssize) size);
}

void
phoenix_cv_line_stream_end (GString *out,
                            guint    n_lines)
{
  put_header (out, 'E', 4);
  put_u32 (out, n_lines);
}

/* ---- Reading ---------------------------------------------------------- */

struct _PhoenixCvLineReader
{
  GByteArray    *pending;     /* bytes of the record not yet whole */
  gsize          magic_seen;
  gboolean       failed;
  gboolean       ended;
  gboolean       has_document;
  guint          n_pages;
  double         page_width;
  double         page_height;
  GPtrArray     *lines;       /* read and not taken yet */
  guint          n_lines;     /* every line read, taken or not */
  PhoenixCvLine *last;        /* the line the next words belong to */
  guint          words_due;   /* words the last line still expects */
  GPtrArray     *attachments;
  gsize          attached;    /* bytes of every attachment */
  guint          end_count;
};

PhoenixCvLineReader *
phoenix_cv_line_reader_new (void)
{
  PhoenixCvLineReader *reader = g_new0 (PhoenixCvLineReader, 1);

  reader->pending = g_byte_array_new ();
  reader->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) phoenix_cv_line_free);
  reader->attachments = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  return reader;
}

void
phoenix_cv_line_reader_free (PhoenixCvLineReader *reader)
{
  if (reader == NULL)
    return;
  g_byte_array_unref (reader->pending);
  g_clear_pointer (&reader->lines, g_ptr_array_unref);
  g_clear_pointer (&reader->attachments, g_ptr_array_unref);
  g_free (reader);
}

static guint32
get_u32 (const guint8 *p)
{
  guint32 value;

  memcpy (&value, p, 4);
  return GUINT32_FROM_LE (value);
}

/* A finite double, else FALSE. */
static gboolean
get_f64 (const guint8 *p,
         double       *value)
{
  guint64 bits;

  memcpy (&bits, p, 8);
  bits = GUINT64_FROM_LE (bits);
  memcpy (value, &bits, 8);
  return isfinite (*value);
}

/* Text of @length bytes: UTF-8 without NUL (g_utf8_validate() refuses a NUL within the length),
 * as a new string; else NULL. */
static char *
get_text (const guint8 *p,
          gsize         length)
{
  if (!g_utf8_validate ((const char *) p, (gssize) length, NULL))
    return NULL;
  return g_strndup ((const char *) p, length);
}

static gboolean
fail (PhoenixCvLineReader  *reader,
      GError              **error,
      const char           *message)
{
  reader->failed = TRUE;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, message);
  return FALSE;
}

static gboolean
read_line (PhoenixCvLineReader  *reader,
           const guint8         *p,
           gsize                 length,
           GError              **error)
{
  double v[5];
  guint32 page, color, n_words;
  guint8 bold;
  g_autofree char *text = NULL;

  if (!reader->has_document || reader->words_due > 0 || length < LINE_FIXED)
    return fail (reader, error, "a line out of place or too short");
  if (reader->n_lines >= PHOENIX_CV_LINE_STREAM_MAX_LINES)
    return fail (reader, error, "too many lines");
  page = get_u32 (p);
  for (int i = 0; i < 5; i++)
    if (!get_f64 (p + 4 + 8 * i, &v[i]))
      return fail (reader, error, "a line's coordinates are no numbers");
  bold = p[44];
  color = get_u32 (p + 45);
  n_words = get_u32 (p + 49);
  text = get_text (p + LINE_FIXED, length - LINE_FIXED);
  if (page >= reader->n_pages || bold > 1 || color > 0xFFFFFF || n_words > PHOENIX_CV_LINE_STREAM_MAX_WORDS
      || text == NULL)
    return fail (reader, error, "a line's page, weight, colour, words or text are wrong");
  reader->last = phoenix_cv_line_new (page, v[0], v[1], v[2], v[3], text, v[4], bold, color);
  if (n_words > 0)
    phoenix_cv_line_reserve_words (reader->last, n_words);
  reader->words_due = n_words;
  reader->n_lines++;
  g_ptr_array_add (reader->lines, reader->last);
  return TRUE;
}

static gboolean
read_word (PhoenixCvLineReader  *reader,
           const guint8         *p,
           gsize                 length,
           GError              **error)
{
  double v[4];
  g_autofree char *text = NULL;

  if (reader->words_due == 0 || length < WORD_FIXED)
    return fail (reader, error, "a word out of place or too short");
  for (int i = 0; i < 4; i++)
    if (!get_f64 (p + 8 * i, &v[i]))
      return fail (reader, error, "a word's coordinates are no numbers");
  text = get_text (p + WORD_FIXED, length - WORD_FIXED);
  if (text == NULL)
    return fail (reader, error, "a word's text is no UTF-8");
  phoenix_cv_line_take_word (reader->last, v[0], v[1], v[2], v[3], g_steal_pointer (&text));
  reader->words_due--;
  return TRUE;
}

static gboolean
read_record (PhoenixCvLineReader  *reader,
             char                  type,
             const guint8         *p,
             gsize                 length,
             GError              **error)
{
  if (reader->ended)
    return fail (reader, error, "a record after the end");
  switch (type)
    {
    case 'D':
      if (reader->has_document || length != 4 + 2 * 8)
        return fail (reader, error, "a second or wrong document record");
      reader->n_pages = get_u32 (p);
      if (reader->n_pages == 0 || reader->n_pages > PHOENIX_CV_LINE_STREAM_MAX_PAGES
          || !get_f64 (p + 4, &reader->page_width) || !get_f64 (p + 12, &reader->page_height))
        return fail (reader, error, "a wrong page count or page size");
      reader->has_document = TRUE;
      return TRUE;
    case 'L':
      return read_line (reader, p, length, error);
    case 'W':
      return read_word (reader, p, length, error);
    case 'A':
      if (reader->words_due > 0)
        return fail (reader, error, "an attachment among the words of a line");
      reader->attached += length;
      g_ptr_array_add (reader->attachments, g_bytes_new (p, length));
      return TRUE;
    case 'E':
      if (length != 4 || reader->words_due > 0 || get_u32 (p) != reader->n_lines)
        return fail (reader, error, "the end record does not match what came");
      reader->ended = TRUE;
      return TRUE;
    default:
      return fail (reader, error, "an unknown record");
    }
}

gboolean
phoenix_cv_line_reader_feed (PhoenixCvLineReader  *reader,
                             const char           *data,
                             gsize                 length,
                             GError              **error)
{
  const guint8 *p = (const guint8 *) data;
  gsize offset = 0;

  g_return_val_if_fail (reader != NULL, FALSE);

  if (reader->failed)
    return fail (reader, error, "the stream failed already");
  while (reader->magic_seen < PHOENIX_CV_LINE_STREAM_MAGIC_LEN && offset < length)
    {
      if ((char) p[offset] != PHOENIX_CV_LINE_STREAM_MAGIC[reader->magic_seen])
        return fail (reader, error, "not a line stream");
      reader->magic_seen++;
      offset++;
    }
  if (offset == length)
    return TRUE;
  g_byte_array_append (reader->pending, p + offset, (guint) (length - offset));

  /* Every whole record in what is pending; its length checked before it is waited for. */
  offset = 0;
  while (reader->pending->len - offset >= HEADER_SIZE)
    {
      const guint8 *record = reader->pending->data + offset;
      char type = (char) record[0];
      gsize size = get_u32 (record + 1);
      gsize cap = type == 'A' ? PHOENIX_CV_LINE_STREAM_MAX_ATTACHED - reader->attached
                              : PHOENIX_CV_LINE_STREAM_MAX_RECORD;

      if (size > cap)
        return fail (reader, error, "a record over its cap");
      if (reader->pending->len - offset - HEADER_SIZE < size)
        break;
      if (!read_record (reader, type, record + HEADER_SIZE, size, error))
        return FALSE;
      offset += HEADER_SIZE + size;
    }
  g_byte_array_remove_range (reader->pending, 0, (guint) offset);
  return TRUE;
}

gboolean
phoenix_cv_line_reader_finish (PhoenixCvLineReader  *reader,
                               GError              **error)
{
  g_return_val_if_fail (reader != NULL, FALSE);

  if (reader->failed)
    return fail (reader, error, "the stream failed");
  if (!reader->ended || reader->pending->len > 0)
    return fail (reader, error, "the stream was cut short");
  return TRUE;
}

guint
phoenix_cv_line_reader_get_n_pages (PhoenixCvLineReader *reader)
{
  g_return_val_if_fail (reader != NULL, 0);
  return reader->n_pages;
}

void
phoenix_cv_line_reader_get_page_size (PhoenixCvLineReader *reader,
                                      double              *width,
                                      double              *height)
{
  g_return_if_fail (reader != NULL);
  if (width != NULL)
    *width = reader->page_width;
  if (height != NULL)
    *height = reader->page_height;
}

GPtrArray *
phoenix_cv_line_reader_take_lines (PhoenixCvLineReader *reader)
{
  GPtrArray *lines;

  g_return_val_if_fail (reader != NULL, NULL);

  lines = g_steal_pointer (&reader->lines);
  reader->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) phoenix_cv_line_free);
  /* A line still waiting for words stays (the words that come are its). */
  if (reader->words_due > 0 && lines->len > 0)
    g_ptr_array_add (reader->lines, g_ptr_array_steal_index (lines, lines->len - 1));
  else
    reader->last = NULL;
  return lines;
}

GPtrArray *
phoenix_cv_line_reader_take_attachments (PhoenixCvLineReader *reader)
{
  GPtrArray *attachments;

  g_return_val_if_fail (reader != NULL, NULL);

  attachments = g_steal_pointer (&reader->attachments);
  reader->attachments = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);
  return attachments;
}
