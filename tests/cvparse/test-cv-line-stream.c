/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cv-line-stream"

/*
 * The import helper's line stream (phoenix-cv-line-stream.h), as the app reads what comes out of
 * the sandbox: lines and words come back bit for bit whatever the pieces the pipe cuts the bytes
 * into; whatever is not such a stream, or goes over a cap, is refused at once and nothing more is
 * taken (issue #18: the helper's output is hostile by assumption).
 */

#include <gio/gio.h>
#include <math.h>
#include <string.h>

#include "phoenix-cv-line-stream.h"

static GString *
stream_new (guint n_pages)
{
  GString *out = g_string_new (NULL);

  phoenix_cv_line_stream_begin (out);
  phoenix_cv_line_stream_document (out, n_pages, 595.2755905511812, 841.8897637795276);
  return out;
}

/* Feeds @out in pieces of @piece bytes; TRUE when every piece was taken and the stream is whole. */
static gboolean
read_all (PhoenixCvLineReader *reader,
          GString             *out,
          gsize                piece,
          GError             **error)
{
  for (gsize offset = 0; offset < out->len; offset += piece)
    if (!phoenix_cv_line_reader_feed (reader, out->str + offset, MIN (piece, out->len - offset), error))
      return FALSE;
  return phoenix_cv_line_reader_finish (reader, error);
}

static gboolean
same_bits (double a,
           double b)
{
  return memcmp (&a, &b, sizeof a) == 0;
}

static void
test_round_trip (void)
{
  /* Coordinates no rounding may touch: a third, -0, a subnormal, 2^32 + 10 points, huge. */
  static const double values[] = { 1.0 / 3, -0.0, 4.9e-324, 4294967306.0, 1e300, 56.692913385826771 };
  static const gsize pieces[] = { 1, 3, 7, 64, 65536 };
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) phoenix_cv_line_free);
  g_autoptr(GString) out = stream_new (2);
  static const guint8 xml[] = "<SkillsPassport>\0binary\xff</SkillsPassport>";

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      PhoenixCvLine *line = phoenix_cv_line_new (i % 2, values[i], values[(i + 1) % 6], 120.5, 11.25,
                                                 i == 0 ? "Expérience — 2019 ✓" : "", values[(i + 2) % 6], i % 2,
                                                 0xFFFFFF - i);

      if (i > 0)
        for (guint k = 0; k < i; k++)
          phoenix_cv_line_add_word (line, values[k], values[i], 10 + k, 11, k == 0 ? "Expérience" : "\t\\n");
      phoenix_cv_line_stream_line (out, line);
      g_ptr_array_add (lines, line);
    }
  phoenix_cv_line_stream_attachment (out, xml, sizeof xml);
  phoenix_cv_line_stream_end (out, lines->len);

  for (gsize p = 0; p < G_N_ELEMENTS (pieces); p++)
    {
      g_autoptr(PhoenixCvLineReader) reader = phoenix_cv_line_reader_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) read = NULL;
      g_autoptr(GPtrArray) attachments = NULL;
      double width = 0, height = 0;

      g_assert_true (read_all (reader, out, pieces[p], &error));
      g_assert_no_error (error);
      g_assert_cmpuint (phoenix_cv_line_reader_get_n_pages (reader), ==, 2);
      phoenix_cv_line_reader_get_page_size (reader, &width, &height);
      g_assert_true (same_bits (width, 595.2755905511812) && same_bits (height, 841.8897637795276));
      read = phoenix_cv_line_reader_take_lines (reader);
      g_assert_cmpuint (read->len, ==, lines->len);
      for (guint i = 0; i < lines->len; i++)
        {
          PhoenixCvLine *a = g_ptr_array_index (lines, i), *b = g_ptr_array_index (read, i);

          g_assert_cmpuint (a->page, ==, b->page);
          g_assert_true (same_bits (a->x, b->x) && same_bits (a->y, b->y) && same_bits (a->width, b->width)
                         && same_bits (a->height, b->height) && same_bits (a->font_size, b->font_size));
          g_assert_cmpstr (a->text, ==, b->text);
          g_assert_cmpint (a->bold, ==, b->bold);
          g_assert_cmpuint (a->color, ==, b->color);
          g_assert_cmpuint (a->words != NULL ? a->words->len : 0, ==, b->words != NULL ? b->words->len : 0);
          for (guint k = 0; a->words != NULL && k < a->words->len; k++)
            {
              PhoenixCvWord *wa = &g_array_index (a->words, PhoenixCvWord, k);
              PhoenixCvWord *wb = &g_array_index (b->words, PhoenixCvWord, k);

              g_assert_true (same_bits (wa->x, wb->x) && same_bits (wa->y, wb->y)
                             && same_bits (wa->width, wb->width) && same_bits (wa->height, wb->height));
              g_assert_cmpstr (wa->text, ==, wb->text);
            }
        }
      attachments = phoenix_cv_line_reader_take_attachments (reader);
      g_assert_cmpuint (attachments->len, ==, 1);
      g_assert_cmpmem (g_bytes_get_data (g_ptr_array_index (attachments, 0), NULL),
                       g_bytes_get_size (g_ptr_array_index (attachments, 0)), xml, sizeof xml);
    }
}

/* Sets the 32 bits at @offset of @out (a record's length, a line's colour or word count). */
static void
patch_u32 (GString *out,
           gsize    offset,
           guint32  value)
{
  guint32 le = GUINT32_TO_LE (value);

  g_assert_cmpuint (offset + 4, <=, out->len);
  memcpy (out->str + offset, &le, 4);
}

/* A line record as the helper writes it, then changed as a hostile helper may: its weight byte,
 * its colour and its word count written over (the writer cannot make them wrong), and a '#' in
 * its text turned into a NUL. Its words are not written. */
static void
put_line (GString    *out,
          guint32     page,
          double      x,
          guint8      bold,
          guint32     color,
          guint32     n_words,
          const char *text)
{
  g_autoptr(PhoenixCvLine) line = phoenix_cv_line_new (page, x, 10, 10, 10, text, 10, FALSE, 0);
  gsize start = out->len;
  char *nul;

  phoenix_cv_line_stream_line (out, line);
  out->str[start + 5 + 44] = (char) bold;
  patch_u32 (out, start + 5 + 45, color);
  patch_u32 (out, start + 5 + 49, n_words);
  nul = strchr (out->str + start + 5 + 53, '#');
  if (nul != NULL)
    *nul = '\0';
}

/* A record's header only, as the writer starts an attachment: its type and the length it claims. */
static void
put_header (GString *out,
            char     type,
            guint32  length)
{
  gsize start = out->len;

  phoenix_cv_line_stream_attachment (out, NULL, 0);
  out->str[start] = type;
  patch_u32 (out, start + 1, length);
}

/* @out is refused: by the piece that holds the fault, or at the end when it is cut short; and
 * nothing is taken after. */
static void
assert_refused (GString    *out,
                const char *what)
{
  g_autoptr(PhoenixCvLineReader) reader = phoenix_cv_line_reader_new ();
  g_autoptr(GError) error = NULL;

  g_test_message ("%s", what);
  g_assert_false (read_all (reader, out, 4096, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  g_clear_error (&error);
  g_assert_false (phoenix_cv_line_reader_feed (reader, "", 0, &error));
  g_assert_false (phoenix_cv_line_reader_finish (reader, NULL));
}

/* The same for a record's header that claims more than its cap: refused as it comes, not waited
 * for. */
static void
assert_refused_at_once (GString    *out,
                        const char *what)
{
  g_autoptr(PhoenixCvLineReader) reader = phoenix_cv_line_reader_new ();
  g_autoptr(GError) error = NULL;

  g_test_message ("%s", what);
  g_assert_false (phoenix_cv_line_reader_feed (reader, out->str, out->len, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
}

/* The same for a stream whose only fault is the one under test: it is ended as a whole stream of
 * @n_lines lines would be, so that nothing else refuses it. */
static void
assert_refused_ended (GString    *out,
                      guint       n_lines,
                      const char *what)
{
  phoenix_cv_line_stream_end (out, n_lines);
  assert_refused (out, what);
}

static void
test_hostile (void)
{
  g_autoptr(GString) out = NULL;

  out = g_string_new ("{\"profile\": {}}");
  assert_refused (out, "not a line stream (the JSON of before)");
  g_string_free (out, TRUE);

  out = g_string_new (NULL);
  assert_refused (out, "nothing at all");
  g_string_free (out, TRUE);

  out = g_string_new (NULL);
  phoenix_cv_line_stream_begin (out);
  put_line (out, 0, 1, 0, 0, 0, "x");
  assert_refused_ended (out, 1, "a line before the document");
  g_string_free (out, TRUE);

  out = stream_new (1);
  put_line (out, 0, NAN, 0, 0, 0, "x");
  assert_refused_ended (out, 1, "a coordinate that is no number");
  g_string_free (out, TRUE);

  out = stream_new (1);
  put_line (out, 0, INFINITY, 0, 0, 0, "x");
  assert_refused_ended (out, 1, "an infinite coordinate");
  g_string_free (out, TRUE);

  out = stream_new (1);
  put_line (out, 1, 1, 0, 0, 0, "x");
  assert_refused_ended (out, 1, "a line on a page the document does not have");
  g_string_free (out, TRUE);

  out = stream_new (1);
  put_line (out, 0, 1, 2, 0, 0, "x");
  assert_refused_ended (out, 1, "a weight that is neither bold nor regular");
  g_string_free (out, TRUE);

  out = stream_new (1);
  put_line (out, 0, 1, 0, 0x1000000, 0, "x");
  assert_refused_ended (out, 1, "a colour out of range");
  g_string_free (out, TRUE);

  out = stream_new (1);
  put_line (out, 0, 1, 0, 0, 0, "caf\xc3");
  assert_refused_ended (out, 1, "text that is no UTF-8");
  g_string_free (out, TRUE);

  out = stream_new (1);
  put_line (out, 0, 1, 0, 0, 0, "a#b");
  assert_refused_ended (out, 1, "text with a NUL");
  g_string_free (out, TRUE);

  out = stream_new (1);
  {
    g_autoptr(PhoenixCvLine) line = phoenix_cv_line_new (0, 1, 1, 1, 1, "x", 10, FALSE, 0);

    for (guint i = 0; i <= PHOENIX_CV_LINE_STREAM_MAX_WORDS; i++)
      phoenix_cv_line_add_word (line, 1, 1, 1, 1, "x");
    phoenix_cv_line_stream_line (out, line);
  }
  assert_refused_ended (out, 1, "more words than a line may have");
  g_string_free (out, TRUE);

  out = stream_new (1);
  put_line (out, 0, 1, 0, 0, 2, "x y");
  put_line (out, 0, 1, 0, 0, 0, "z");
  assert_refused_ended (out, 2, "a line where its words were due (records nested)");
  g_string_free (out, TRUE);

  out = stream_new (1);
  {
    g_autoptr(PhoenixCvLine) line = phoenix_cv_line_new (0, 1, 1, 1, 1, "w", 10, FALSE, 0);
    gsize start = out->len;

    phoenix_cv_line_add_word (line, 1, 1, 1, 1, "w");
    phoenix_cv_line_stream_line (out, line);
    g_string_erase (out, (gssize) start, 5 + 53 + 1);   /* the line's record: its word stays alone */
    g_assert_cmpint (out->str[start], ==, 'W');
  }
  assert_refused_ended (out, 0, "a word with no line");
  g_string_free (out, TRUE);

  out = stream_new (1);
  put_header (out, 'L', PHOENIX_CV_LINE_STREAM_MAX_RECORD + 1);
  assert_refused_at_once (out, "a record over its cap, refused before it is waited for");
  g_string_free (out, TRUE);

  out = stream_new (1);
  put_header (out, 'A', G_MAXUINT32);
  assert_refused_at_once (out, "an attachment of 4 GB");
  g_string_free (out, TRUE);

  out = stream_new (1);
  put_header (out, 'Z', 0);
  assert_refused_ended (out, 0, "an unknown record");
  g_string_free (out, TRUE);

  out = g_string_new (NULL);
  phoenix_cv_line_stream_begin (out);
  phoenix_cv_line_stream_document (out, PHOENIX_CV_LINE_STREAM_MAX_PAGES + 1, 595, 842);
  assert_refused_ended (out, 0, "more pages than a PDF may have");
  g_string_free (out, TRUE);

  out = stream_new (1);
  phoenix_cv_line_stream_document (out, 1, 595, 842);
  assert_refused_ended (out, 0, "a second document");
  g_string_free (out, TRUE);

  out = stream_new (1);
  put_line (out, 0, 1, 0, 0, 0, "x");
  assert_refused (out, "cut short: no end record");
  g_string_free (out, TRUE);

  out = stream_new (1);
  put_line (out, 0, 1, 0, 0, 0, "x");
  phoenix_cv_line_stream_end (out, 2);
  assert_refused (out, "an end that counts lines that never came");
  g_string_free (out, TRUE);

  out = stream_new (1);
  phoenix_cv_line_stream_end (out, 0);
  put_line (out, 0, 1, 0, 0, 0, "x");
  assert_refused (out, "a line after the end");
  g_string_free (out, TRUE);

  out = stream_new (1);
  phoenix_cv_line_stream_end (out, 0);
  g_string_append_c (out, 'E');
  assert_refused (out, "half a record after the end");
  g_string_free (out, TRUE);

  out = stream_new (1);
  for (guint i = 0; i <= PHOENIX_CV_LINE_STREAM_MAX_LINES; i++)
    put_line (out, 0, 1, 0, 0, 0, "x");
  assert_refused_ended (out, PHOENIX_CV_LINE_STREAM_MAX_LINES + 1, "more lines than a document may have");
  g_string_free (out, TRUE);

  out = stream_new (1);
  for (guint i = 0; i < 9; i++)
    {
      g_autofree guint8 *bytes = g_malloc0 (1024 * 1024);

      phoenix_cv_line_stream_attachment (out, bytes, 1024 * 1024);
    }
  assert_refused_ended (out, 0, "attachments over their cap together");
  g_string_free (g_steal_pointer (&out), TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/pdf/line-stream/round-trip", test_round_trip);
  g_test_add_func ("/pdf/line-stream/hostile", test_hostile);
  return g_test_run ();
}
