/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "phoenix-json-limits.h"
#include "phoenix-test-util.h"

/* {"x": [[[…]]]} nested @depth deep in all (the object counts). */
static char *
nested (guint depth)
{
  GString *s = g_string_new ("{\"x\":");

  for (guint i = 1; i < depth; i++)
    g_string_append_c (s, '[');
  for (guint i = 1; i < depth; i++)
    g_string_append_c (s, ']');
  g_string_append_c (s, '}');
  return g_string_free (s, FALSE);
}

static void
test_depth (void)
{
  static const char strings[] = "{\"a\": \"[[[[{{{{\", \"b\": [\"\\\"]]][[[\"]}";

  g_assert_cmpuint (phoenix_json_nesting_depth ("", 0, 64), ==, 0);
  g_assert_cmpuint (phoenix_json_nesting_depth ("42", 2, 64), ==, 0);
  g_assert_cmpuint (phoenix_json_nesting_depth ("[[1],[[2]]]", 11, 64), ==, 3);
  /* Brackets in strings, escaped quotes included, do not count. */
  g_assert_cmpuint (phoenix_json_nesting_depth (strings, strlen (strings), 64), ==, 2);
  /* The count stops once over the limit. */
  {
    g_autofree char *deep = nested (100000);
    g_assert_cmpuint (phoenix_json_nesting_depth (deep, strlen (deep), 64), ==, 65);
  }
}

/* The reproducer: {"x": + 100,000 [ (a 200 KB file) overflowed json-glib's stack. Just
 * under the limit parses; just over is refused with a translated error, before json-glib. */
static void
test_deep_nesting (void)
{
  g_autofree char *ok = nested (PHOENIX_JSON_MAX_DEPTH);
  g_autofree char *over = nested (PHOENIX_JSON_MAX_DEPTH + 1);
  g_autofree char *bomb = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  GString *s = g_string_new ("{\"x\":");

  root = phoenix_json_parse_bounded (ok, strlen (ok), 1 << 20, PHOENIX_JSON_MAX_DEPTH, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (root));

  g_assert_null (phoenix_json_parse_bounded (over, strlen (over), 1 << 20, PHOENIX_JSON_MAX_DEPTH, &error));
  g_assert_error (error, PHOENIX_JSON_LIMIT_ERROR, PHOENIX_JSON_LIMIT_ERROR_TOO_DEEP);
  g_assert_nonnull (strstr (error->message, "64"));
  g_clear_error (&error);

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (s, '[');
  bomb = g_string_free (s, FALSE);
  g_assert_null (phoenix_json_parse_bounded (bomb, strlen (bomb), 1 << 20, PHOENIX_JSON_MAX_DEPTH, &error));
  g_assert_error (error, PHOENIX_JSON_LIMIT_ERROR, PHOENIX_JSON_LIMIT_ERROR_TOO_DEEP);
}

static void
test_size (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  const char *json = "{\"name\": \"Camille\"}";
  gsize n = strlen (json);

  /* Just at the limit parses, one byte over does not (checked before parsing). */
  root = phoenix_json_parse_bounded (json, n, n, PHOENIX_JSON_MAX_DEPTH, &error);
  g_assert_no_error (error);
  g_assert_nonnull (root);
  g_assert_null (phoenix_json_parse_bounded (json, n, n - 1, PHOENIX_JSON_MAX_DEPTH, &error));
  g_assert_error (error, PHOENIX_JSON_LIMIT_ERROR, PHOENIX_JSON_LIMIT_ERROR_TOO_LARGE);
}

/* An empty document has no root: an error, never a NULL root (issue #14 rows 7 and 8). */
static void
test_empty (void)
{
  static const char * const empties[] = { "", "   \n\t ", };
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (empties); i++)
    {
      g_assert_null (phoenix_json_parse_bounded (empties[i], strlen (empties[i]), 100, 8, &error));
      g_assert_error (error, PHOENIX_JSON_LIMIT_ERROR, PHOENIX_JSON_LIMIT_ERROR_EMPTY);
      g_clear_error (&error);
    }
  g_assert_null (phoenix_json_parse_bounded ("{\"a\":", 5, 100, 8, &error));
  g_assert_error (error, PHOENIX_JSON_LIMIT_ERROR, PHOENIX_JSON_LIMIT_ERROR_INVALID);
}

/* A file is read up to the limit and no further, whatever its size. */
static void
test_file (void)
{
  g_autofree char *dir = phoenix_test_make_tmp_dir ("phoenix-json-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "big.json", NULL);
  g_autofree char *big = g_strnfill (4096, ' ');
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  gboolean too_large = TRUE;

  big[0] = '[';
  big[4094] = ']';
  g_assert_true (g_file_set_contents (path, big, 4096, NULL));
  root = phoenix_json_parse_file_bounded (path, 4096, 8, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  g_assert_null (phoenix_json_parse_file_bounded (path, 4095, 8, &error));
  g_assert_error (error, PHOENIX_JSON_LIMIT_ERROR, PHOENIX_JSON_LIMIT_ERROR_TOO_LARGE);
  g_clear_error (&error);

  g_assert_true (phoenix_file_read_bounded (path, 4096, &contents, &length, &too_large, &error));
  g_assert_false (too_large);
  g_assert_cmpuint (length, ==, 4096);
  g_assert_cmpint (contents[4096], ==, '\0');

  g_assert_null (phoenix_json_parse_file_bounded ("/nonexistent/x.json", 4096, 8, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_unlink (path);
  phoenix_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-limits/depth", test_depth);
  g_test_add_func ("/json-limits/deep-nesting", test_deep_nesting);
  g_test_add_func ("/json-limits/size", test_size);
  g_test_add_func ("/json-limits/empty", test_empty);
  g_test_add_func ("/json-limits/file", test_file);

  return g_test_run ();
}
