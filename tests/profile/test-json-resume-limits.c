/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-json-resume-limits"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "phoenix-json-limits.h"
#include "phoenix-json-resume.h"
#include "phoenix-profile.h"
#include "phoenix-test-util.h"

/*
 * JSON Resume imports within their limits (issue #14, rows 2, 7, 9): each limit just under
 * passes and just over is a clear, translated error, with the profile untouched; the file is
 * never read past its cap; the async read runs in a worker thread.
 */

static PhoenixProfile *
named_profile (void)
{
  PhoenixProfile *profile = phoenix_profile_new ();

  phoenix_profile_set_name (profile, "Camille Martin");
  return profile;
}

static void
assert_untouched (PhoenixProfile *profile)
{
  g_assert_cmpstr (phoenix_profile_get_name (profile), ==, "Camille Martin");
}

/* {"x": + 100,000 [ (200 KB) overflowed json-glib's stack; a resume nested 64 deep imports. */
static void
test_deep_nesting (void)
{
  g_autoptr(PhoenixProfile) profile = named_profile ();
  g_autoptr(GString) ok = g_string_new ("{\"basics\": {\"name\": \"Nested\"}, \"meta\": ");
  g_autoptr(GString) bomb = g_string_new ("{\"x\":");
  g_autoptr(GError) error = NULL;

  /* 2 levels so far (the root and meta's value below); 62 more make 64. */
  for (guint i = 0; i < 62; i++)
    g_string_append_c (ok, '[');
  g_string_append_c (ok, '{');
  for (guint i = 0; i < 62; i++)
    g_string_append_c (ok, i == 0 ? '}' : ']');
  g_string_append_c (ok, ']');
  g_string_append_c (ok, '}');
  g_assert_cmpuint (phoenix_json_nesting_depth (ok->str, ok->len, 100), ==, PHOENIX_JSON_MAX_DEPTH);
  g_assert_true (phoenix_json_resume_import_data (profile, ok->str, (gssize) ok->len, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (phoenix_profile_get_name (profile), ==, "Nested");

  phoenix_profile_set_name (profile, "Camille Martin");
  for (guint i = 0; i < 100000; i++)
    g_string_append_c (bomb, '[');
  g_assert_false (phoenix_json_resume_import_data (profile, bomb->str, (gssize) bomb->len, &error));
  g_assert_error (error, PHOENIX_JSON_RESUME_ERROR, PHOENIX_JSON_RESUME_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "64"));
  assert_untouched (profile);
}

/* An empty file: an error (export-pdf crashed on it). */
static void
test_empty (void)
{
  g_autoptr(PhoenixProfile) profile = named_profile ();
  g_autoptr(GError) error = NULL;

  g_assert_false (phoenix_json_resume_import_data (profile, "", 0, &error));
  g_assert_error (error, PHOENIX_JSON_RESUME_ERROR, PHOENIX_JSON_RESUME_ERROR_PARSE);
  g_clear_error (&error);
  g_assert_false (phoenix_json_resume_import_data (profile, " \n", -1, &error));
  g_assert_error (error, PHOENIX_JSON_RESUME_ERROR, PHOENIX_JSON_RESUME_ERROR_PARSE);
  assert_untouched (profile);
}

static char *
work_entries (guint n)
{
  GString *s = g_string_new ("{\"basics\": {\"name\": \"Many\"}, \"work\": [");

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"name\": \"Exemple %u\", \"position\": \"Vendeuse\"}", i > 0 ? "," : "", i);
  g_string_append (s, "]}");
  return g_string_free (s, FALSE);
}

/* 420,000 work entries took minutes: 1,000 a section import, 1,001 are refused before any entry is made. */
static void
test_entries (void)
{
  g_autoptr(PhoenixProfile) profile = named_profile ();
  g_autofree char *ok = work_entries (PHOENIX_JSON_RESUME_MAX_ENTRIES);
  g_autofree char *over = work_entries (PHOENIX_JSON_RESUME_MAX_ENTRIES + 1);
  g_autoptr(GError) error = NULL;

  g_assert_false (phoenix_json_resume_import_data (profile, over, -1, &error));
  g_assert_error (error, PHOENIX_JSON_RESUME_ERROR, PHOENIX_JSON_RESUME_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "work"));
  assert_untouched (profile);
  g_clear_error (&error);

  g_assert_true (phoenix_json_resume_import_data (profile, ok, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_experiences (profile))), ==,
                    PHOENIX_JSON_RESUME_MAX_ENTRIES);
}

/* A file of one huge string (the 200 MB ran to 10 GB and a GLib-ERROR): refused by its size,
 * read no further than the cap; just under the cap imports. */
static void
test_file_size (void)
{
  g_autofree char *dir = phoenix_test_make_tmp_dir ("phoenix-json-resume-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "big.json", NULL);
  g_autoptr(PhoenixProfile) profile = named_profile ();
  g_autoptr(GError) error = NULL;
  const char *head = "{\"basics\": {\"name\": \"Big\", \"summary\": \"";
  const char *tail = "\"}}";
  gsize fill = PHOENIX_JSON_RESUME_MAX_BYTES - strlen (head) - strlen (tail);
  g_autoptr(GString) s = g_string_sized_new (PHOENIX_JSON_RESUME_MAX_BYTES + 2);

  g_string_append (s, head);
  for (gsize i = 0; i < fill; i++)
    g_string_append_c (s, 'a');
  g_string_append (s, tail);
  g_assert_cmpuint (s->len, ==, PHOENIX_JSON_RESUME_MAX_BYTES);
  g_assert_true (g_file_set_contents (path, s->str, (gssize) s->len, NULL));
  g_assert_true (phoenix_json_resume_import_file (profile, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (phoenix_profile_get_summary (profile)), ==, fill);

  phoenix_profile_set_name (profile, "Camille Martin");
  g_string_insert_c (s, strlen (head), 'a');
  g_assert_true (g_file_set_contents (path, s->str, (gssize) s->len, NULL));
  g_assert_false (phoenix_json_resume_import_file (profile, path, &error));
  g_assert_error (error, PHOENIX_JSON_RESUME_ERROR, PHOENIX_JSON_RESUME_ERROR_TOO_LARGE);
  assert_untouched (profile);
  phoenix_test_remove_tree (dir);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The app's import: read, checked and parsed in a worker thread into a new profile. */
static void
test_read_async (void)
{
  g_autofree char *dir = phoenix_test_make_tmp_dir ("phoenix-json-resume-XXXXXX");
  g_autofree char *good = g_build_filename (dir, "good.json", NULL);
  g_autofree char *deep = g_build_filename (dir, "deep.json", NULL);
  g_autofree char *bomb = g_strnfill (100000, '[');
  const char *paths[] = { good, deep };

  g_assert_true (g_file_set_contents (good, "{\"basics\": {\"name\": \"Async\"}}", -1, NULL));
  g_assert_true (g_file_set_contents (deep, bomb, -1, NULL));
  for (gsize i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(PhoenixProfile) profile = NULL;
      g_autoptr(GError) error = NULL;

      phoenix_json_resume_read_file_async (file, PHOENIX_JSON_RESUME_DEFAULT, NULL, read_done_cb, &result);
      while (result == NULL)
        g_main_context_iteration (NULL, TRUE);
      profile = phoenix_json_resume_read_file_finish (result, &error);
      if (i == 0)
        {
          g_assert_no_error (error);
          g_assert_cmpstr (phoenix_profile_get_name (profile), ==, "Async");
        }
      else
        {
          g_assert_null (profile);
          g_assert_error (error, PHOENIX_JSON_RESUME_ERROR, PHOENIX_JSON_RESUME_ERROR_TOO_LARGE);
        }
    }
  phoenix_test_remove_tree (dir);
}

/* A refused photo goes to the extra members, whatever they held: nothing (a resume whose basics
 * had no unknown member, which warned in json-glib), other basics, or a basics that is no object. */
static void
test_photo_aside (void)
{
  static const char *extras[] = { NULL, "{\"basics\": {\"x-pet\": \"cat\"}}", "{\"basics\": \"odd\"}" };

  for (guint i = 0; i < G_N_ELEMENTS (extras); i++)
    {
      g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
      g_autoptr(GBytes) photo = g_bytes_new_static ("\x89PNG\r\n\x1a\n-not-really", 19);
      const char *extra;

      if (extras[i] != NULL)
        phoenix_profile_set_json_resume_extra (profile, extras[i]);
      phoenix_profile_set_photo (profile, photo);
      phoenix_json_resume_set_photo_aside (profile);
      g_assert_null (phoenix_profile_get_photo (profile));
      extra = phoenix_profile_get_json_resume_extra (profile);
      g_assert_nonnull (strstr (extra, "\"image\":\"data:image/png;base64,"));
      if (i == 1)
        g_assert_nonnull (strstr (extra, "x-pet"));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json-resume-limits/deep-nesting", test_deep_nesting);
  g_test_add_func ("/json-resume-limits/empty", test_empty);
  g_test_add_func ("/json-resume-limits/entries", test_entries);
  g_test_add_func ("/json-resume-limits/file-size", test_file_size);
  g_test_add_func ("/json-resume-limits/read-async", test_read_async);
  g_test_add_func ("/json-resume-limits/photo-aside", test_photo_aside);

  return g_test_run ();
}
