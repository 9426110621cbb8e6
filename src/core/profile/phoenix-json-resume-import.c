/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-json-resume"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-json-resume.h"
#include "phoenix-json-resume-map.h"
#include "phoenix-json-limits.h"
#include "phoenix-photo.h"
#include "phoenix-profile-entries.h"

/* Reading a JSON Resume into a profile: every member's type checked (an error names its path),
 * dates checked, the photo decoded, members without a home kept aside. */

G_DEFINE_QUARK (phoenix-json-resume-error-quark, phoenix_json_resume_error)

static gboolean
is_known_section (const char *key)
{
  if (g_str_equal (key, "basics"))
    return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (_phoenix_json_resume_sections); i++)
    {
      if (g_str_equal (_phoenix_json_resume_sections[i].key, key))
        return TRUE;
    }

  return FALSE;
}

static const char *
type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("an array");
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_BOOLEAN:
      return _("a boolean");
    case G_TYPE_STRING:
      return _("a string");
    default:
      return _("a number");
    }
}

static gboolean
wrong_type (GError    **error,
            const char *path,
            const char *expected,
            JsonNode   *node)
{
  g_set_error (error, PHOENIX_JSON_RESUME_ERROR, PHOENIX_JSON_RESUME_ERROR_WRONG_TYPE,
               _("This is not a valid JSON Resume: “%s” should be %s, not %s."),
               path, expected, type_name (node));
  return FALSE;
}

/* Reads an optional string member: absent or null gives "". */
static gboolean
read_string (JsonObject  *object,
             const char  *key,
             const char  *path,
             char       **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      *out = g_strdup ("");
      return TRUE;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_autofree char *full = g_strdup_printf ("%s.%s", path, key);

      return wrong_type (error, full, _("a string"), node);
    }

  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

/* YYYY, YYYY-MM or YYYY-MM-DD; a longer ISO date-time is cut to its date. */
static gboolean
read_date (JsonObject  *object,
           const char  *key,
           const char  *path,
           char       **out,
           GError     **error)
{
  static GRegex *iso;
  static gsize initialized = 0;
  g_autofree char *text = NULL;
  g_autoptr(GMatchInfo) match = NULL;

  if (g_once_init_enter (&initialized))
    {
      iso = g_regex_new ("^([12][0-9]{3}(-[01][0-9](-[0-3][0-9])?)?)([T ][0-9:.Z+-]*)?$", 0, 0, NULL);
      g_once_init_leave (&initialized, 1);
    }

  if (!read_string (object, key, path, &text, error))
    return FALSE;

  g_strstrip (text);
  if (text[0] == '\0')
    {
      *out = g_steal_pointer (&text);
      return TRUE;
    }
  if (!g_regex_match (iso, text, 0, &match))
    {
      g_set_error (error, PHOENIX_JSON_RESUME_ERROR, PHOENIX_JSON_RESUME_ERROR_BAD_DATE,
                   _("This is not a valid JSON Resume: “%s.%s” should be a date written "
                     "YYYY, YYYY-MM or YYYY-MM-DD, not “%s”."),
                   path, key, text);
      return FALSE;
    }

  *out = g_match_info_fetch (match, 1);
  return TRUE;
}

static gboolean
read_strv (JsonObject  *object,
           const char  *key,
           const char  *path,
           GStrv       *out,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, key);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *full = g_strdup_printf ("%s.%s", path, key);
  JsonArray *array;

  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_ARRAY (node))
        return wrong_type (error, full, _("an array of strings"), node);

      array = json_node_get_array (node);
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *element = json_array_get_element (array, i);

          if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
            {
              g_autofree char *item = g_strdup_printf ("%s[%u]", full, i);

              return wrong_type (error, item, _("a string"), element);
            }
          if (json_node_get_string (element)[0] != '\0')
            g_strv_builder_add (builder, json_node_get_string (element));
        }
    }

  *out = g_strv_builder_end (builder);
  return TRUE;
}

static gboolean
read_object (JsonObject  *parent,
             const char  *key,
             const char  *path,
             JsonObject **out,
             GError     **error)
{
  JsonNode *node = json_object_get_member (parent, key);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *full = path[0] != '\0' ? g_strdup_printf ("%s.%s", path, key) : g_strdup (key);

      return wrong_type (error, full, _("an object"), node);
    }

  *out = json_node_get_object (node);
  return TRUE;
}

static gboolean
read_array (JsonObject  *parent,
            const char  *key,
            const char  *path,
            JsonArray  **out,
            GError     **error)
{
  JsonNode *node = json_object_get_member (parent, key);

  *out = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *full = path[0] != '\0' ? g_strdup_printf ("%s.%s", path, key) : g_strdup (key);

      return wrong_type (error, full, _("an array"), node);
    }

  *out = json_node_get_array (node);
  return TRUE;
}

static char *
join_keywords (const char * const *keywords)
{
  return g_strjoinv (", ", (char **) keywords);
}

static gboolean
read_entry (const PhoenixJsonSection  *section,
            JsonNode       *node,
            const char     *path,
            GObject       **out,
            GError        **error)
{
  g_autoptr(GObject) entry = NULL;
  JsonObject *object;
  gboolean has_start = FALSE, has_end = FALSE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return wrong_type (error, path, _("an object"), node);

  object = json_node_get_object (node);
  entry = g_object_new (section->get_type (), NULL);

  for (guint i = 0; section->fields[i].key != NULL; i++)
    {
      const PhoenixJsonField *field = &section->fields[i];

      if (field->kind == PHOENIX_JSON_FIELD_STRING || field->kind == PHOENIX_JSON_FIELD_DATE)
        {
          g_autofree char *value = NULL;

          if (field->kind == PHOENIX_JSON_FIELD_STRING ? !read_string (object, field->key, path, &value, error)
                                          : !read_date (object, field->key, path, &value, error))
            return FALSE;
          if (g_str_equal (field->property, "start-date"))
            has_start = value[0] != '\0';
          if (g_str_equal (field->property, "end-date"))
            has_end = value[0] != '\0';
          g_object_set (entry, field->property, value, NULL);
        }
      else
        {
          g_auto(GStrv) values = NULL;

          if (!read_strv (object, field->key, path, &values, error))
            return FALSE;
          if (field->kind == PHOENIX_JSON_FIELD_KEYWORDS)
            {
              g_autofree char *joined = join_keywords ((const char * const *) values);

              g_object_set (entry, field->property, joined, NULL);
            }
          else
            {
              g_object_set (entry, field->property, values, NULL);
            }
        }
    }

  if (section->has_current)
    g_object_set (entry, "current", has_start && !has_end, NULL);

  *out = g_steal_pointer (&entry);
  return TRUE;
}

static GBytes *
photo_from_data_uri (const char *uri)
{
  const char *comma;
  gsize size = 0;
  guchar *data;

  if (!g_str_has_prefix (uri, "data:") || (comma = strchr (uri, ',')) == NULL)
    return NULL;
  if (!g_strstr_len (uri, comma - uri, ";base64"))
    return NULL;

  data = g_base64_decode (comma + 1, &size);
  return g_bytes_new_take (data, size);
}

static gboolean
read_basics (PhoenixProfile  *staged,
             JsonObject      *root,
             JsonObject      *extra,
             gboolean         raw_photo,
             GError         **error)
{
  static const struct { const char *key; const char *property; } strings[] = {
    { "name", "name" }, { "label", "headline" }, { "email", "email" }, { "phone", "phone" },
    { "url", "url" }, { "summary", "summary" },
  };
  static const struct { const char *key; const char *property; } location_strings[] = {
    { "address", "address" }, { "postalCode", "postal-code" }, { "city", "city" },
    { "countryCode", "country" }, { "region", "region" },
  };
  JsonObject *basics, *location;
  JsonArray *profiles;
  g_autofree char *image = NULL;
  g_autoptr(JsonObject) basics_extra = json_object_new ();
  g_autoptr(JsonObject) location_extra = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (!read_object (root, "basics", "", &basics, error))
    return FALSE;
  if (basics == NULL)
    return TRUE;

  for (gsize i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      g_autofree char *value = NULL;

      if (!read_string (basics, strings[i].key, "basics", &value, error))
        return FALSE;
      g_object_set (staged, strings[i].property, value, NULL);
    }

  if (!read_string (basics, "image", "basics", &image, error))
    return FALSE;
  if (image[0] != '\0')
    {
      g_autoptr(GBytes) photo = photo_from_data_uri (image);
      g_autoptr(GBytes) prepared = NULL;

      /* Checked, scaled and re-encoded like a photo chosen in the editor. An image that is
       * refused (not JPEG or PNG, too many pixels, damaged) never becomes the photo, where
       * the CV page would decode it again each time: it stays in the resume's extra members
       * as it came, so nothing of the file is lost and export gives it back. With
       * @raw_photo, the caller prepares it (in the import helper's sandbox). */
      if (photo != NULL && raw_photo && g_bytes_get_size (photo) <= PHOENIX_PHOTO_MAX_FILE_SIZE)
        prepared = g_bytes_ref (photo);
      else if (photo != NULL && !raw_photo)
        prepared = phoenix_photo_prepare (photo, NULL);

      if (prepared != NULL)
        phoenix_profile_set_photo (staged, prepared);
      else
        json_object_set_string_member (basics_extra, "image", image);  /* a URL, or refused */
    }

  if (!read_object (basics, "location", "basics", &location, error))
    return FALSE;
  for (gsize i = 0; location != NULL && i < G_N_ELEMENTS (location_strings); i++)
    {
      g_autofree char *value = NULL;

      if (!read_string (location, location_strings[i].key, "basics.location", &value, error))
        return FALSE;
      g_object_set (staged, location_strings[i].property, value, NULL);
    }

  if (!read_array (basics, "profiles", "basics", &profiles, error))
    return FALSE;
  for (guint i = 0; profiles != NULL && i < json_array_get_length (profiles); i++)
    {
      JsonNode *node = json_array_get_element (profiles, i);
      g_autofree char *path = g_strdup_printf ("basics.profiles[%u]", i);
      g_autofree char *network = NULL, *username = NULL, *url = NULL;
      g_autoptr(PhoenixLink) link = NULL;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        return wrong_type (error, path, _("an object"), node);
      if (!read_string (json_node_get_object (node), "network", path, &network, error) ||
          !read_string (json_node_get_object (node), "username", path, &username, error) ||
          !read_string (json_node_get_object (node), "url", path, &url, error))
        return FALSE;

      link = phoenix_link_new ();
      phoenix_link_set_label (link, network);
      phoenix_link_set_username (link, username);
      phoenix_link_set_url (link, url);
      g_list_store_append (phoenix_profile_get_links (staged), link);
    }

  /* Members we have no home for come back on export. */
  json_object_iter_init (&iter, basics);
  while (json_object_iter_next (&iter, &name, &member))
    {
      if (!g_strv_contains (_phoenix_json_resume_basics_keys, name))
        json_object_set_member (basics_extra, name, json_node_copy (member));
    }
  json_object_iter_init (&iter, location != NULL ? location : basics_extra);
  while (location != NULL && json_object_iter_next (&iter, &name, &member))
    {
      if (!g_strv_contains (_phoenix_json_resume_location_keys, name))
        json_object_set_member (location_extra, name, json_node_copy (member));
    }
  if (json_object_get_size (location_extra) > 0)
    json_object_set_object_member (basics_extra, "location", g_steal_pointer (&location_extra));
  if (json_object_get_size (basics_extra) > 0)
    json_object_set_object_member (extra, "basics", g_steal_pointer (&basics_extra));

  return TRUE;
}

static gboolean
import_into_staged (PhoenixProfile  *staged,
                    JsonNode        *root_node,
                    gboolean         raw_photo,
                    GError         **error)
{
  JsonObject *root;
  g_autoptr(JsonObject) extra = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (root_node == NULL || !JSON_NODE_HOLDS_OBJECT (root_node))
    {
      g_set_error (error, PHOENIX_JSON_RESUME_ERROR, PHOENIX_JSON_RESUME_ERROR_WRONG_TYPE,
                   _("This is not a valid JSON Resume: the document should be an object, not %s."),
                   root_node != NULL ? type_name (root_node) : "null");
      return FALSE;
    }
  root = json_node_get_object (root_node);

  if (!read_basics (staged, root, extra, raw_photo, error))
    return FALSE;

  for (gsize s = 0; s < G_N_ELEMENTS (_phoenix_json_resume_sections); s++)
    {
      const PhoenixJsonSection *section = &_phoenix_json_resume_sections[s];
      JsonArray *array;
      GListStore *store = section->get_store (staged);

      if (!read_array (root, section->key, "", &array, error))
        return FALSE;
      if (array != NULL && json_array_get_length (array) > PHOENIX_JSON_RESUME_MAX_ENTRIES)
        {
          g_set_error (error, PHOENIX_JSON_RESUME_ERROR, PHOENIX_JSON_RESUME_ERROR_TOO_LARGE,
                       _("This resume has too many entries in “%s”: %u, where Phoenix reads at most %u."),
                       section->key, json_array_get_length (array), PHOENIX_JSON_RESUME_MAX_ENTRIES);
          return FALSE;
        }

      for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
        {
          g_autofree char *path = g_strdup_printf ("%s[%u]", section->key, i);
          g_autoptr(GObject) entry = NULL;

          if (!read_entry (section, json_array_get_element (array, i), path, &entry, error))
            return FALSE;
          g_list_store_append (store, entry);
        }
    }

  json_object_iter_init (&iter, root);
  while (json_object_iter_next (&iter, &name, &member))
    {
      if (!is_known_section (name))
        json_object_set_member (extra, name, json_node_copy (member));
    }

  if (json_object_get_size (extra) > 0)
    {
      g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), extra);
      g_autofree char *text = json_to_string (node, FALSE);

      phoenix_profile_set_json_resume_extra (staged, text);
    }

  return TRUE;
}

gboolean
phoenix_json_resume_import (PhoenixProfile  *profile,
                            JsonNode        *root,
                            GError         **error)
{
  return phoenix_json_resume_import_full (profile, root, PHOENIX_JSON_RESUME_DEFAULT, error);
}

gboolean
phoenix_json_resume_import_full (PhoenixProfile          *profile,
                                 JsonNode                *root,
                                 PhoenixJsonResumeFlags   flags,
                                 GError                 **error)
{
  g_autoptr(PhoenixProfile) staged = phoenix_profile_new ();

  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Everything is read into a new profile first: on error, @profile is untouched. */
  if (!import_into_staged (staged, root, (flags & PHOENIX_JSON_RESUME_RAW_PHOTO) != 0, error))
    return FALSE;

  phoenix_profile_copy_into (staged, profile);
  return TRUE;
}

/* The root of @data within the limits, or a PHOENIX_JSON_RESUME_ERROR. */
static JsonNode *
parse_resume (const char  *data,
              gsize        length,
              GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  JsonNode *root = phoenix_json_parse_bounded (data, length, PHOENIX_JSON_RESUME_MAX_BYTES,
                                               PHOENIX_JSON_MAX_DEPTH, &local_error);

  if (root == NULL)
    {
      gboolean limit = g_error_matches (local_error, PHOENIX_JSON_LIMIT_ERROR, PHOENIX_JSON_LIMIT_ERROR_TOO_LARGE)
                       || g_error_matches (local_error, PHOENIX_JSON_LIMIT_ERROR, PHOENIX_JSON_LIMIT_ERROR_TOO_DEEP);

      g_set_error_literal (error, PHOENIX_JSON_RESUME_ERROR,
                           limit ? PHOENIX_JSON_RESUME_ERROR_TOO_LARGE : PHOENIX_JSON_RESUME_ERROR_PARSE,
                           local_error->message);
    }
  return root;
}

gboolean
phoenix_json_resume_import_data (PhoenixProfile  *profile,
                                 const char      *data,
                                 gssize           length,
                                 GError         **error)
{
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  root = parse_resume (data, length < 0 ? strlen (data) : (gsize) length, error);
  if (root == NULL)
    return FALSE;
  return phoenix_json_resume_import (profile, root, error);
}

/* The file's contents, at most PHOENIX_JSON_RESUME_MAX_BYTES of them. */
static char *
read_resume_file (const char  *path,
                  gsize       *length,
                  GError     **error)
{
  char *contents = NULL;
  gboolean too_large = FALSE;

  if (!phoenix_file_read_bounded (path, PHOENIX_JSON_RESUME_MAX_BYTES, &contents, length, &too_large, error))
    return NULL;
  if (too_large)
    {
      g_autofree char *limit = g_format_size (PHOENIX_JSON_RESUME_MAX_BYTES);

      g_set_error (error, PHOENIX_JSON_RESUME_ERROR, PHOENIX_JSON_RESUME_ERROR_TOO_LARGE,
                   _("This file is too large to be a resume: Phoenix reads JSON Resume files of at most %s."),
                   limit);
      return NULL;
    }
  return contents;
}

gboolean
phoenix_json_resume_import_file (PhoenixProfile  *profile,
                                 const char      *path,
                                 GError         **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  contents = read_resume_file (path, &length, error);
  if (contents == NULL)
    return FALSE;
  return phoenix_json_resume_import_data (profile, contents, (gssize) length, error);
}

static void
read_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  g_autoptr(PhoenixProfile) staged = phoenix_profile_new ();
  g_autofree char *path = g_file_get_path (G_FILE (task_data));
  gboolean raw_photo = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (task), "raw-photo"));
  g_autofree char *contents = NULL;
  g_autoptr(JsonNode) root = NULL;
  GError *error = NULL;
  gsize length = 0;

  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (G_FILE (task_data));

      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("“%s” is not a local file."), name);
      return;
    }
  contents = read_resume_file (path, &length, &error);
  if (contents != NULL)
    root = parse_resume (contents, length, &error);
  if (root == NULL || !import_into_staged (staged, root, raw_photo, &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_steal_pointer (&staged), g_object_unref);
}

void
phoenix_json_resume_read_file_async (GFile                    *file,
                                     PhoenixJsonResumeFlags    flags,
                                     GCancellable             *cancellable,
                                     GAsyncReadyCallback       callback,
                                     gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, phoenix_json_resume_read_file_async);
  g_object_set_data (G_OBJECT (task), "raw-photo", GINT_TO_POINTER ((flags & PHOENIX_JSON_RESUME_RAW_PHOTO) != 0));
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, read_file_thread);
}

PhoenixProfile *
phoenix_json_resume_read_file_finish (GAsyncResult  *result,
                                      GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
phoenix_json_resume_set_photo_aside (PhoenixProfile *profile)
{
  GBytes *photo;
  g_autoptr(JsonNode) extra = NULL;
  g_autofree char *base64 = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *text = NULL;
  JsonObject *basics;
  JsonNode *member;
  const guint8 *data;
  gsize size = 0;
  const char *mime = "application/octet-stream";

  g_return_if_fail (PHOENIX_IS_PROFILE (profile));

  photo = phoenix_profile_get_photo (profile);
  if (photo == NULL)
    return;
  data = g_bytes_get_data (photo, &size);
  if (size >= 3 && data[0] == 0xff && data[1] == 0xd8)
    mime = "image/jpeg";
  else if (size >= 8 && memcmp (data, "\x89PNG", 4) == 0)
    mime = "image/png";
  base64 = g_base64_encode (data, size);
  uri = g_strdup_printf ("data:%s;base64,%s", mime, base64);

  /* The extra members are ours (written by an import within the limits). */
  extra = phoenix_json_parse_bounded (phoenix_profile_get_json_resume_extra (profile),
                                      strlen (phoenix_profile_get_json_resume_extra (profile)),
                                      G_MAXSIZE, PHOENIX_JSON_MAX_DEPTH, NULL);
  if (extra == NULL || !JSON_NODE_HOLDS_OBJECT (extra))
    {
      g_clear_pointer (&extra, json_node_unref);
      extra = json_node_init_object (json_node_alloc (), json_object_new ());
    }
  /* json-glib warns when the member is missing or not an object: looked at first. */
  member = json_object_get_member (json_node_get_object (extra), "basics");
  basics = member != NULL && JSON_NODE_HOLDS_OBJECT (member) ? json_node_get_object (member) : NULL;
  if (basics == NULL)
    {
      basics = json_object_new ();
      json_object_set_object_member (json_node_get_object (extra), "basics", basics);
    }
  json_object_set_string_member (basics, "image", uri);
  text = json_to_string (extra, FALSE);
  phoenix_profile_set_json_resume_extra (profile, text);
  phoenix_profile_set_photo (profile, NULL);
}
