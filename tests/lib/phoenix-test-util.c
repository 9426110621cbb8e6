/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-util"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "phoenix-test-util.h"

void
phoenix_test_remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_chmod (path, 0700);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          phoenix_test_remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

char *
phoenix_test_make_tmp_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);

  return dir;
}

char *
phoenix_test_source_path (const char *relative)
{
  const char *source_dir = g_getenv ("PHOENIX_SOURCE_DIR");

  g_assert_nonnull (source_dir);

  return g_build_filename (source_dir, relative, NULL);
}

gboolean
phoenix_test_bytes_contain (const char *data,
                            gsize       size,
                            const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= size; i++)
    {
      if (memcmp (data + i, needle, n) == 0)
        return TRUE;
    }

  return FALSE;
}

GPtrArray *
phoenix_test_read_tsv (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      g_ptr_array_add (rows, g_strsplit (lines[i], "\t", -1));
    }

  return rows;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

GPtrArray *
phoenix_test_list_files (const char *dir,
                         const char *suffix)
{
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      if (g_str_has_suffix (name, suffix))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, compare_names);

  return names;
}

void
phoenix_test_dir_setup (PhoenixTestDir *f,
                        gconstpointer   data)
{
  f->dir = phoenix_test_make_tmp_dir ("phoenix-test-XXXXXX");
}

void
phoenix_test_dir_teardown (PhoenixTestDir *f,
                           gconstpointer   data)
{
  phoenix_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
}



char *
phoenix_test_run_tool (const char * const *argv)
{
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error))
    g_error ("%s: %s", argv[0], error->message);
  if (!g_spawn_check_wait_status (status, &error))
    g_error ("%s failed: %s\n%s", argv[0], error->message, err);
  return g_steal_pointer (&out);
}

char *
phoenix_test_squeeze (const char *text)
{
  g_autoptr(GRegex) space = g_regex_new ("\\s+", 0, 0, NULL);

  return g_regex_replace_literal (space, text, -1, 0, " ", 0, NULL);
}

void
phoenix_test_use_build_catalogue (void)
{
  const char *build_dir = g_getenv ("PHOENIX_BUILD_DIR");
  g_autofree char *localedir = NULL;

  g_assert_nonnull (build_dir);
  localedir = g_build_filename (build_dir, "po", NULL);
  /* LANGUAGE is honoured in any locale but plain C; C.UTF-8 is on every Debian machine. */
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

void
phoenix_test_use_language (const char *language)
{
  /* gettext reads LANGUAGE again after setlocale(). */
  g_setenv ("LANGUAGE", language, TRUE);
  setlocale (LC_ALL, "");
}
