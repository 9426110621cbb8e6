/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cv-parse-stream"

/*
 * The parse made line by line as an import's lines come (PhoenixCvParser, and the import itself,
 * which gives the worker the lines read off the helper's stream while the helper reads on) gives
 * the very JSON the parse of the whole text gives: on made-up CVs of 10 and 20 pages, on the
 * tuning half of tests/data/cv-unseen and on the Europass PDF, through the real helper (and with
 * -m slow, the parse alone on 300 made-up pages).
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "phoenix-cv-sources.h"
#include "phoenix-pdf-import.h"
#include "phoenix-test-helper.h"
#include "phoenix-test-pdf-pages.h"
#include "phoenix-test-util.h"

typedef struct
{
  GPtrArray   *lines;        /* PhoenixCvLine, the helper's, whole */
  GPtrArray   *attachments;  /* GBytes */
  guint        n_pages;
  double       width;
  double       height;
} Read;

static void
read_clear (Read *read)
{
  g_clear_pointer (&read->lines, g_ptr_array_unref);
  g_clear_pointer (&read->attachments, g_ptr_array_unref);
}

static void
read_pdf (const char *path,
          Read       *read)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvLineReader) reader = phoenix_test_helper_read (HELPER_PATH, path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (reader);
  read->lines = phoenix_cv_line_reader_take_lines (reader);
  read->attachments = phoenix_cv_line_reader_take_attachments (reader);
  read->n_pages = phoenix_cv_line_reader_get_n_pages (reader);
  phoenix_cv_line_reader_get_page_size (reader, &read->width, &read->height);
  g_assert_cmpuint (read->lines->len, >, 0);
}

static GPtrArray *
copy_lines (GPtrArray *lines,
            guint      first,
            guint      n)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) phoenix_cv_line_free);

  for (guint i = first; i < first + n && i < lines->len; i++)
    g_ptr_array_add (copy, phoenix_cv_line_copy (g_ptr_array_index (lines, i)));
  return copy;
}

static char *
parse_json (PhoenixCvParse *parse)
{
  g_autoptr(JsonNode) node = phoenix_cv_parse_to_json (parse);

  return json_to_string (node, TRUE);
}

/* The parse of all the lines at once, as the import made it before it read them as they came. */
static char *
whole_json (Read *read)
{
  g_autoptr(PhoenixCvParse) parse = phoenix_cv_parse_take_lines (copy_lines (read->lines, 0, read->lines->len),
                                                                 read->width, read->height);

  return parse_json (parse);
}

/* Lines given @batch at a time (0: a page at a time). */
static char *
incremental_json (Read  *read,
                  guint  batch)
{
  g_autoptr(PhoenixCvParser) parser = phoenix_cv_parser_new ();
  g_autoptr(PhoenixCvParse) parse = NULL;

  for (guint i = 0; i < read->lines->len; )
    {
      guint n = batch;

      if (batch == 0)
        {
          guint page = ((PhoenixCvLine *) g_ptr_array_index (read->lines, i))->page;

          for (n = 1; i + n < read->lines->len
                      && ((PhoenixCvLine *) g_ptr_array_index (read->lines, i + n))->page == page; n++)
            ;
        }
      phoenix_cv_parser_take_lines (parser, copy_lines (read->lines, i, n));
      i += n;
    }
  parse = phoenix_cv_parser_finish (parser, read->width, read->height);
  return parse_json (parse);
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The import as the app runs it (the helper without bubblewrap): its lines parsed as they came. */
static char *
import_json (const char *path)
{
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autoptr(GError) error = NULL;

  phoenix_pdf_import_set_helper_path (import, HELPER_PATH);
  phoenix_pdf_import_set_sandbox (import, FALSE);
  phoenix_pdf_import_set_timeout (import, 300);
  phoenix_pdf_import_run_async (import, file, NULL, NULL, done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  parse = phoenix_pdf_import_run_finish (import, result, &error);
  g_assert_no_error (error);
  return parse_json (parse);
}

/* What the import gave before: the whole parse's reply (the Europass profile when one is attached). */
static char *
reply_json (Read *read)
{
  g_autoptr(JsonNode) root = phoenix_cv_source_read_pdf_lines (copy_lines (read->lines, 0, read->lines->len),
                                                               read->width, read->height, read->n_pages,
                                                               read->attachments, FALSE);
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = phoenix_cv_parse_new_from_json (root, &error);

  g_assert_no_error (error);
  return parse_json (parse);
}

/* The line-by-line parse against the whole text's; with @import, the import against the reply it
 * gave before (an import refuses the 300-page CV: more entries in a section than it takes). */
static void
check_file_full (const char *path,
                 gboolean    import)
{
  Read read = { 0, };
  g_autofree char *whole = NULL;
  g_autofree char *reply = NULL;
  g_autofree char *imported = NULL;
  static const guint batches[] = { 0, 1, 7, 100 };

  read_pdf (path, &read);
  whole = whole_json (&read);
  g_assert_cmpuint (strlen (whole), >, 100);
  for (gsize b = 0; b < G_N_ELEMENTS (batches); b++)
    {
      g_autofree char *incremental = incremental_json (&read, batches[b]);

      if (g_strcmp0 (incremental, whole) != 0)
        g_test_message ("%s: batches of %u lines differ", path, batches[b]);
      g_assert_cmpstr (incremental, ==, whole);
    }
  if (import)
    {
      reply = reply_json (&read);
      imported = import_json (path);
      g_assert_cmpstr (imported, ==, reply);
    }
  read_clear (&read);
}

static void
check_file (const char *path)
{
  check_file_full (path, TRUE);
}

static void
check_made_up (guint    n_pages,
               gboolean import)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("phoenix-test-parse-stream-XXXXXX", &error);
  g_autofree char *path = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "cv.pdf", NULL);
  g_assert_true (phoenix_test_write_cv_pdf (path, n_pages, &error));
  g_assert_no_error (error);
  check_file_full (path, import);
  phoenix_test_remove_tree (dir);
}

static void
test_made_up_pages (void)
{
  check_made_up (10, TRUE);
  check_made_up (20, TRUE);
}

/* -m slow: 300 pages, the parse only. */
static void
test_made_up_300 (void)
{
  if (!g_test_slow ())
    {
      g_test_skip ("300 pages with -m slow");
      return;
    }
  check_made_up (300, FALSE);
}

static void
test_corpus (void)
{
  g_autofree char *dir = g_build_filename (SOURCE_DIR, "tests", "data", "cv-unseen", "tuning", NULL);
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (folder);
  while ((name = g_dir_read_name (folder)) != NULL)
    if (g_str_has_suffix (name, ".pdf"))
      g_ptr_array_add (names, g_strdup (name));
  g_assert_cmpuint (names->len, >=, 8);
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir, g_ptr_array_index (names, i), NULL);

      check_file (path);
    }
}

static void
test_europass (void)
{
  g_autofree char *path = g_build_filename (SOURCE_DIR, "tests", "data", "cv-sources", "europass-cv.pdf", NULL);

  check_file (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cv-parse-stream/made-up-pages", test_made_up_pages);
  g_test_add_func ("/cv-parse-stream/made-up-300", test_made_up_300);
  g_test_add_func ("/cv-parse-stream/corpus", test_corpus);
  g_test_add_func ("/cv-parse-stream/europass", test_europass);
  return g_test_run ();
}
