/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-json-limits"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "phoenix-json-limits.h"

G_DEFINE_QUARK (phoenix-json-limit-error-quark, phoenix_json_limit_error)

guint
phoenix_json_nesting_depth (const char *data,
                            gsize       length,
                            guint       stop_at)
{
  guint depth = 0, deepest = 0;
  gboolean in_string = FALSE;

  g_return_val_if_fail (data != NULL || length == 0, 0);

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (c == '\\')
            i++;  /* the escaped character, whatever it is */
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      switch (c)
        {
        case '"':
          in_string = TRUE;
          break;
        case '[':
        case '{':
          depth++;
          if (depth > deepest)
            {
              deepest = depth;
              if (deepest > stop_at)
                return deepest;
            }
          break;
        case ']':
        case '}':
          /* Unbalanced closers are json-glib's to report. */
          if (depth > 0)
            depth--;
          break;
        default:
          break;
        }
    }
  return deepest;
}

static char *
format_size (gsize bytes)
{
  return g_format_size_full (bytes, G_FORMAT_SIZE_DEFAULT);
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

JsonNode *
phoenix_json_parse_bounded (const char  *data,
                            gsize        length,
                            gsize        max_bytes,
                            guint        max_depth,
                            GError     **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length > max_bytes)
    {
      g_autofree char *limit = format_size (max_bytes);

      g_set_error (error, PHOENIX_JSON_LIMIT_ERROR, PHOENIX_JSON_LIMIT_ERROR_TOO_LARGE,
                   _("This file is too large: Phoenix reads JSON files of at most %s."), limit);
      return NULL;
    }
  if (length == 0 || is_blank (data, length))
    {
      g_set_error_literal (error, PHOENIX_JSON_LIMIT_ERROR, PHOENIX_JSON_LIMIT_ERROR_EMPTY,
                           _("This file is empty."));
      return NULL;
    }
  if (phoenix_json_nesting_depth (data, length, max_depth) > max_depth)
    {
      g_set_error (error, PHOENIX_JSON_LIMIT_ERROR, PHOENIX_JSON_LIMIT_ERROR_TOO_DEEP,
                   _("This file is nested too deeply to be read (more than %u levels of brackets)."),
                   max_depth);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) length, &local_error))
    {
      g_set_error (error, PHOENIX_JSON_LIMIT_ERROR, PHOENIX_JSON_LIMIT_ERROR_INVALID,
                   _("This file is not valid JSON: %s"), local_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, PHOENIX_JSON_LIMIT_ERROR, PHOENIX_JSON_LIMIT_ERROR_EMPTY,
                           _("This file is empty."));
      return NULL;
    }
  return json_node_ref (root);
}

gboolean
phoenix_file_read_bounded (const char  *path,
                           gsize        max_bytes,
                           char       **contents,
                           gsize       *length,
                           gboolean    *too_large,
                           GError     **error)
{
  g_autoptr(GByteArray) buffer = NULL;
  int fd;

  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (contents != NULL && length != NULL && too_large != NULL, FALSE);

  *contents = NULL;
  *length = 0;
  *too_large = FALSE;
  fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    {
      int saved = errno;
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not open “%s”: %s"), name, g_strerror (saved));
      return FALSE;
    }

  buffer = g_byte_array_new ();
  for (;;)
    {
      guint8 chunk[65536];
      ssize_t n = read (fd, chunk, MIN (sizeof chunk, max_bytes + 1 - buffer->len));

      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          int saved = errno;
          g_autofree char *name = g_filename_display_name (path);

          close (fd);
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                       _("Could not read “%s”: %s"), name, g_strerror (saved));
          return FALSE;
        }
      if (n == 0)
        break;
      g_byte_array_append (buffer, chunk, (guint) n);
      if (buffer->len > max_bytes)
        {
          close (fd);
          *too_large = TRUE;
          return TRUE;
        }
    }
  close (fd);

  *length = buffer->len;
  g_byte_array_append (buffer, (const guint8 *) "", 1);
  *contents = (char *) g_byte_array_free (g_steal_pointer (&buffer), FALSE);
  return TRUE;
}

JsonNode *
phoenix_json_parse_file_bounded (const char  *path,
                                 gsize        max_bytes,
                                 guint        max_depth,
                                 GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gboolean too_large = FALSE;

  g_return_val_if_fail (path != NULL, NULL);

  if (!phoenix_file_read_bounded (path, max_bytes, &contents, &length, &too_large, error))
    return NULL;
  if (too_large)
    {
      g_autofree char *limit = format_size (max_bytes);

      g_set_error (error, PHOENIX_JSON_LIMIT_ERROR, PHOENIX_JSON_LIMIT_ERROR_TOO_LARGE,
                   _("This file is too large: Phoenix reads JSON files of at most %s."), limit);
      return NULL;
    }
  return phoenix_json_parse_bounded (contents, length, max_bytes, max_depth, error);
}
