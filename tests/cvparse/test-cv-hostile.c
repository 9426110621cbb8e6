/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cv-hostile"

#include "config.h"

#include <math.h>
#include <string.h>

#include "phoenix-cv-parser.h"
#include "phoenix-pdf-reader.h"

/*
 * The CV parser and the PDF reader on coordinates no real CV has (issue #14,
 * row 1): a page 2^32 points wide, NaN and infinite positions, huge font sizes
 * and page numbers. Each case crashed or read past a buffer before the parser
 * brought coordinates within a page's bounds; it now returns a parse with the
 * text kept.
 */

/* Two columns of text, enough rows (≥ 6 segments) for the gutter search to run. */
static GPtrArray *
two_columns (double x_scale)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) phoenix_cv_line_free);

  for (guint i = 0; i < 8; i++)
    {
      g_autofree char *left = g_strdup_printf ("Compétence %u", i);
      g_autofree char *right = g_strdup_printf ("Expérience numéro %u chez Exemple", i);

      g_ptr_array_add (lines, phoenix_cv_line_new (0, 40 * x_scale, 100 + 20 * i, 120 * x_scale, 12, left, 10,
                                                   FALSE, 0));
      g_ptr_array_add (lines, phoenix_cv_line_new (0, 300 * x_scale, 100 + 20 * i, 250 * x_scale, 12, right, 10,
                                                   FALSE, 0));
    }
  return lines;
}

static void
assert_text_kept (PhoenixCvParse *parse)
{
  g_assert_nonnull (parse);
  g_assert_nonnull (strstr (phoenix_cv_parse_get_text (parse), "Compétence 3"));
}

/* The reproducer at the parser's level: MediaBox width 4294967306. The bin count
 * wrapped to 11 while the loop ran to 0.8 × the width: a read far past the buffer. */
static void
test_page_2_32_wide (void)
{
  g_autoptr(GPtrArray) lines = two_columns (1.0);
  g_autoptr(GPtrArray) wide = two_columns (1e7);
  g_autoptr(PhoenixCvParse) parse = phoenix_cv_parse_lines (lines, 4294967306.0, 842);
  g_autoptr(PhoenixCvParse) parse_wide = phoenix_cv_parse_lines (wide, 4294967306.0, 842);
  g_autoptr(PhoenixCvParse) parse_huge = phoenix_cv_parse_lines (lines, 1e300, 1e300);

  assert_text_kept (parse);
  assert_text_kept (parse_wide);
  assert_text_kept (parse_huge);
}

/* Not-a-number and infinite coordinates and sizes, negative pages, a page number in the
 * billions: no undefined conversion, no allocation by page count. */
static void
test_non_finite (void)
{
  const double bad[] = { NAN, INFINITY, -INFINITY, 1e300, -1e300, 4294967306.0 };

  for (gsize b = 0; b < G_N_ELEMENTS (bad); b++)
    {
      g_autoptr(GPtrArray) lines = two_columns (1.0);
      g_autoptr(PhoenixCvParse) parse = NULL;
      PhoenixCvLine *line;

      for (guint i = 0; i < 4; i++)
        {
          line = g_ptr_array_index (lines, i);
          switch (i)
            {
            case 0: line->x = bad[b]; break;
            case 1: line->width = bad[b]; line->font_size = bad[b]; break;
            case 2: line->y = bad[b]; line->height = bad[b]; break;
            default: line->font_size = bad[b]; break;
            }
        }
      line = phoenix_cv_line_new (G_MAXUINT - 1, 10, 10, 100, 10, "Page far away", 10, FALSE, 0);
      phoenix_cv_line_add_word (line, bad[b], bad[b], bad[b], bad[b], "Page");
      g_ptr_array_add (lines, line);
      parse = phoenix_cv_parse_lines (lines, bad[b], bad[b]);
      assert_text_kept (parse);
    }
}

/* A one-page PDF whose MediaBox is 2^32 + 10 points wide, written by hand (the reproducer of
 * the issue: a ~1 KB file), read in this process as phoenix-cli did. */
static void
test_pdf_2_32_wide (void)
{
  g_autoptr(GString) content = g_string_new ("BT /F1 10 Tf\n");
  g_autoptr(GString) pdf = g_string_new ("%PDF-1.4\n");
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (gsize));
  g_autoptr(GBytes) data = NULL;
  g_autoptr(JsonNode) result = NULL;
  g_autoptr(GError) error = NULL;
  gsize xref;

  for (guint i = 0; i < 8; i++)
    g_string_append_printf (content, "1 0 0 1 40 %u Tm (Competence %u) Tj 1 0 0 1 300 %u Tm (Experience %u chez Exemple) Tj\n",
                            700 - 20 * i, i, 700 - 20 * i, i);
  g_string_append (content, "ET\n");

#define OBJ(...) G_STMT_START { gsize at = pdf->len; g_array_append_val (offsets, at); \
                                g_string_append_printf (pdf, __VA_ARGS__); } G_STMT_END
  OBJ ("1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
  OBJ ("2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n");
  OBJ ("3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 4294967306 842] "
       "/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >> endobj\n");
  OBJ ("4 0 obj << /Length %u >> stream\n%sendstream endobj\n", (guint) content->len, content->str);
  OBJ ("5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n");
#undef OBJ
  xref = pdf->len;
  g_string_append_printf (pdf, "xref\n0 %u\n0000000000 65535 f \n", offsets->len + 1);
  for (guint i = 0; i < offsets->len; i++)
    g_string_append_printf (pdf, "%010" G_GSIZE_FORMAT " 00000 n \n", g_array_index (offsets, gsize, i));
  g_string_append_printf (pdf, "trailer << /Size %u /Root 1 0 R >>\nstartxref\n%" G_GSIZE_FORMAT "\n%%%%EOF\n",
                          offsets->len + 1, xref);
  g_assert_cmpuint (pdf->len, <, 2048);

  data = g_bytes_new (pdf->str, pdf->len);
  result = phoenix_pdf_reader_read (data, NULL, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (result);
  g_assert_nonnull (strstr (json_object_get_string_member (json_node_get_object (result), "text"), "Competence 3"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cv-hostile/page-2-32-wide", test_page_2_32_wide);
  g_test_add_func ("/cv-hostile/non-finite", test_non_finite);
  g_test_add_func ("/cv-hostile/pdf-2-32-wide", test_pdf_2_32_wide);

  return g_test_run ();
}
