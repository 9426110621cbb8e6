/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-json-resume"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-json-resume.h"
#include "phoenix-json-resume-resources.h"
#include "phoenix-json-schema.h"
#include "phoenix-photo.h"
#include "phoenix-profile-entries.h"

/*
 * One table drives both directions for the list sections: each JSON key maps
 * to one entry property. Kinds: S a string, D an ISO 8601 date, V an array of
 * strings, C the "current" boolean (no JSON key: derived from the dates),
 * K keywords joined with ", " (interests).
 */
typedef enum
{
  FIELD_STRING,
  FIELD_DATE,
  FIELD_STRV,
  FIELD_KEYWORDS,
} FieldKind;

typedef struct
{
  const char *key;
  const char *property;
  FieldKind   kind;
} Field;

typedef struct
{
  const char   *key;
  GType       (*get_type)  (void);
  GListStore *(*get_store) (PhoenixProfile *profile);
  Field         fields[12];
  gboolean      has_current;  /* "current" property: start date and no end date */
} Section;

static const Section sections[] = {
  { "work", phoenix_experience_get_type, phoenix_profile_get_experiences,
    { { "name", "employer", FIELD_STRING }, { "position", "title", FIELD_STRING },
      { "location", "location", FIELD_STRING }, { "description", "description", FIELD_STRING },
      { "url", "url", FIELD_STRING }, { "startDate", "start-date", FIELD_DATE },
      { "endDate", "end-date", FIELD_DATE }, { "summary", "summary", FIELD_STRING },
      { "highlights", "highlights", FIELD_STRV }, { NULL } }, TRUE },
  { "volunteer", phoenix_volunteer_get_type, phoenix_profile_get_volunteering,
    { { "organization", "organization", FIELD_STRING }, { "position", "position", FIELD_STRING },
      { "url", "url", FIELD_STRING }, { "startDate", "start-date", FIELD_DATE },
      { "endDate", "end-date", FIELD_DATE }, { "summary", "summary", FIELD_STRING },
      { "highlights", "highlights", FIELD_STRV }, { NULL } }, TRUE },
  { "education", phoenix_education_get_type, phoenix_profile_get_education,
    { { "institution", "school", FIELD_STRING }, { "url", "url", FIELD_STRING },
      { "area", "field", FIELD_STRING }, { "studyType", "degree", FIELD_STRING },
      { "startDate", "start-date", FIELD_DATE }, { "endDate", "end-date", FIELD_DATE },
      { "score", "grade", FIELD_STRING }, { "courses", "courses", FIELD_STRV },
      { "location", "location", FIELD_STRING }, { "summary", "summary", FIELD_STRING },
      { NULL } }, TRUE },
  { "awards", phoenix_award_get_type, phoenix_profile_get_awards,
    { { "title", "title", FIELD_STRING }, { "date", "date", FIELD_DATE },
      { "awarder", "awarder", FIELD_STRING }, { "summary", "summary", FIELD_STRING },
      { NULL } }, FALSE },
  { "certificates", phoenix_certification_get_type, phoenix_profile_get_certifications,
    { { "name", "name", FIELD_STRING }, { "date", "date", FIELD_DATE },
      { "url", "url", FIELD_STRING }, { "issuer", "issuer", FIELD_STRING }, { NULL } }, FALSE },
  { "publications", phoenix_publication_get_type, phoenix_profile_get_publications,
    { { "name", "name", FIELD_STRING }, { "publisher", "publisher", FIELD_STRING },
      { "releaseDate", "release-date", FIELD_DATE }, { "url", "url", FIELD_STRING },
      { "summary", "summary", FIELD_STRING }, { NULL } }, FALSE },
  { "skills", phoenix_skill_get_type, phoenix_profile_get_skills,
    { { "name", "name", FIELD_STRING }, { "level", "level", FIELD_STRING },
      { "keywords", "keywords", FIELD_STRV }, { "category", "category", FIELD_STRING },
      { "taxonomyId", "taxonomy-id", FIELD_STRING }, { NULL } }, FALSE },
  { "languages", phoenix_language_get_type, phoenix_profile_get_languages,
    { { "language", "name", FIELD_STRING }, { "fluency", "level", FIELD_STRING }, { NULL } }, FALSE },
  { "interests", phoenix_interest_get_type, phoenix_profile_get_interests,
    { { "name", "name", FIELD_STRING }, { "keywords", "keywords", FIELD_KEYWORDS }, { NULL } }, FALSE },
  { "references", phoenix_reference_get_type, phoenix_profile_get_references,
    { { "name", "name", FIELD_STRING }, { "reference", "reference", FIELD_STRING }, { NULL } }, FALSE },
  { "projects", phoenix_project_get_type, phoenix_profile_get_projects,
    { { "name", "name", FIELD_STRING }, { "description", "summary", FIELD_STRING },
      { "highlights", "highlights", FIELD_STRV }, { "keywords", "keywords", FIELD_STRV },
      { "startDate", "start-date", FIELD_DATE }, { "endDate", "end-date", FIELD_DATE },
      { "url", "url", FIELD_STRING }, { "roles", "roles", FIELD_STRV },
      { "entity", "entity", FIELD_STRING }, { "type", "kind", FIELD_STRING }, { NULL } }, FALSE },
};

/* basics members with a home in the profile (the rest goes to json-resume-extra). */
static const char * const basics_keys[] = {
  "name", "label", "image", "email", "phone", "url", "summary", "location", "profiles", NULL
};
static const char * const location_keys[] = {
  "address", "postalCode", "city", "countryCode", "region", NULL
};

G_DEFINE_QUARK (phoenix-json-resume-error-quark, phoenix_json_resume_error)

static gboolean
is_known_section (const char *key)
{
  if (g_str_equal (key, "basics"))
    return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      if (g_str_equal (sections[i].key, key))
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

static GStrv
split_keywords (const char *keywords)
{
  g_auto(GStrv) parts = g_strsplit (keywords, ",", -1);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_strv_builder_add (builder, parts[i]);
    }

  return g_strv_builder_end (builder);
}

static gboolean
read_entry (const Section  *section,
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
      const Field *field = &section->fields[i];

      if (field->kind == FIELD_STRING || field->kind == FIELD_DATE)
        {
          g_autofree char *value = NULL;

          if (field->kind == FIELD_STRING ? !read_string (object, field->key, path, &value, error)
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
          if (field->kind == FIELD_KEYWORDS)
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

static const char *
photo_mime_type (GBytes *photo)
{
  gsize size;
  const guchar *data = g_bytes_get_data (photo, &size);

  if (size >= 3 && data[0] == 0xff && data[1] == 0xd8 && data[2] == 0xff)
    return "image/jpeg";
  if (size >= 4 && data[0] == 0x89 && data[1] == 'P' && data[2] == 'N' && data[3] == 'G')
    return "image/png";

  return "application/octet-stream";
}

static gboolean
read_basics (PhoenixProfile  *staged,
             JsonObject      *root,
             JsonObject      *extra,
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

      if (photo != NULL)
        {
          /* Scaled and re-encoded like a photo chosen in the editor; bytes no image reader
           * understands are kept as they came, so nothing of the file is lost. */
          g_autoptr(GBytes) prepared = phoenix_photo_prepare (photo, NULL);

          phoenix_profile_set_photo (staged, prepared != NULL ? prepared : photo);
        }
      else
        json_object_set_string_member (basics_extra, "image", image);  /* a URL: keep it */
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
      if (!g_strv_contains (basics_keys, name))
        json_object_set_member (basics_extra, name, json_node_copy (member));
    }
  json_object_iter_init (&iter, location != NULL ? location : basics_extra);
  while (location != NULL && json_object_iter_next (&iter, &name, &member))
    {
      if (!g_strv_contains (location_keys, name))
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

  if (!read_basics (staged, root, extra, error))
    return FALSE;

  for (gsize s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      const Section *section = &sections[s];
      JsonArray *array;
      GListStore *store = section->get_store (staged);

      if (!read_array (root, section->key, "", &array, error))
        return FALSE;

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

static GObject *
copy_object (GObject *src)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;
  GObject *copy = g_object_new (G_OBJECT_TYPE (src), NULL);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (src), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE)
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (src, pspecs[i]->name, &value);
      g_object_set_property (copy, pspecs[i]->name, &value);
    }

  return copy;
}

void
phoenix_profile_copy_into (PhoenixProfile *src,
                           PhoenixProfile *dest)
{
  static const char * const person[] = {
    "name", "headline", "email", "phone", "city", "country", "summary", "url", "address",
    "postal-code", "region", "json-resume-extra",
  };
  GListStore *(*getters[]) (PhoenixProfile *) = {
    phoenix_profile_get_links, phoenix_profile_get_experiences, phoenix_profile_get_education,
    phoenix_profile_get_skills, phoenix_profile_get_languages,
    phoenix_profile_get_certifications, phoenix_profile_get_projects,
    phoenix_profile_get_interests, phoenix_profile_get_volunteering, phoenix_profile_get_awards,
    phoenix_profile_get_publications, phoenix_profile_get_references,
  };

  g_return_if_fail (PHOENIX_IS_PROFILE (src));
  g_return_if_fail (PHOENIX_IS_PROFILE (dest));

  phoenix_profile_freeze_changed (dest);
  g_object_freeze_notify (G_OBJECT (dest));

  for (gsize i = 0; i < G_N_ELEMENTS (person); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (src, person[i], &value, NULL);
      g_object_set (dest, person[i], value, NULL);
    }
  phoenix_profile_set_photo (dest, phoenix_profile_get_photo (src));

  for (gsize i = 0; i < G_N_ELEMENTS (getters); i++)
    {
      GListModel *from = G_LIST_MODEL (getters[i] (src));
      GListStore *to = getters[i] (dest);
      guint n = g_list_model_get_n_items (from);
      guint n_old = g_list_model_get_n_items (G_LIST_MODEL (to));
      g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (from, j);

          g_ptr_array_add (copies, copy_object (item));
        }
      if (n_old > 0 || n > 0)
        g_list_store_splice (to, 0, n_old, copies->pdata, copies->len);
    }

  g_object_thaw_notify (G_OBJECT (dest));
  phoenix_profile_thaw_changed (dest);
}

gboolean
phoenix_json_resume_import (PhoenixProfile  *profile,
                            JsonNode        *root,
                            GError         **error)
{
  g_autoptr(PhoenixProfile) staged = phoenix_profile_new ();

  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* Everything is read into a new profile first: on error, @profile is untouched. */
  if (!import_into_staged (staged, root, error))
    return FALSE;

  phoenix_profile_copy_into (staged, profile);
  return TRUE;
}

gboolean
phoenix_json_resume_import_data (PhoenixProfile  *profile,
                                 const char      *data,
                                 gssize           length,
                                 GError         **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, PHOENIX_JSON_RESUME_ERROR, PHOENIX_JSON_RESUME_ERROR_PARSE,
                   _("This file is not valid JSON: %s"), local_error->message);
      return FALSE;
    }

  return phoenix_json_resume_import (profile, json_parser_get_root (parser), error);
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

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;

  return phoenix_json_resume_import_data (profile, contents, (gssize) length, error);
}

/* Export */

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  if (value == NULL || value[0] == '\0')
    return;
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *key,
          const char * const *values)
{
  if (values == NULL || values[0] == NULL)
    return;
  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
add_extra_members (JsonBuilder *builder,
                   JsonObject  *extra,
                   const char  *skip)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (extra == NULL)
    return;
  json_object_iter_init (&iter, extra);
  while (json_object_iter_next (&iter, &name, &member))
    {
      if (skip != NULL && g_str_equal (name, skip))
        continue;
      json_builder_set_member_name (builder, name);
      json_builder_add_value (builder, json_node_copy (member));
    }
}

static void
export_entry (JsonBuilder   *builder,
              const Section *section,
              GObject       *entry)
{
  gboolean current = FALSE;

  if (section->has_current)
    g_object_get (entry, "current", &current, NULL);

  json_builder_begin_object (builder);
  for (guint i = 0; section->fields[i].key != NULL; i++)
    {
      const Field *field = &section->fields[i];

      if (field->kind == FIELD_STRING || field->kind == FIELD_DATE)
        {
          g_autofree char *value = NULL;

          /* JSON Resume's "current": a start date and no end date. */
          if (current && g_str_equal (field->property, "end-date"))
            continue;
          g_object_get (entry, field->property, &value, NULL);
          add_string (builder, field->key, value);
        }
      else if (field->kind == FIELD_STRV)
        {
          g_auto(GStrv) values = NULL;

          g_object_get (entry, field->property, &values, NULL);
          add_strv (builder, field->key, (const char * const *) values);
        }
      else
        {
          g_autofree char *value = NULL;
          g_auto(GStrv) values = NULL;

          g_object_get (entry, field->property, &value, NULL);
          values = split_keywords (value);
          add_strv (builder, field->key, (const char * const *) values);
        }
    }
  json_builder_end_object (builder);
}

static JsonObject *
parse_extra (PhoenixProfile *profile)
{
  const char *text = phoenix_profile_get_json_resume_extra (profile);
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root;

  if (text[0] == '\0')
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, text, -1, NULL))
    return NULL;
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  return json_object_ref (json_node_get_object (root));
}

static JsonObject *
get_object_member (JsonObject *object,
                   const char *key)
{
  JsonNode *node = object != NULL ? json_object_get_member (object, key) : NULL;

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/**
 * phoenix_json_resume_export:
 *
 * Returns: (transfer full): the profile as a JSON Resume object
 */
JsonNode *
phoenix_json_resume_export (PhoenixProfile *profile)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonObject) extra = NULL;
  JsonObject *basics_extra, *location_extra;
  GListModel *links;
  GBytes *photo;

  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), NULL);

  extra = parse_extra (profile);
  basics_extra = get_object_member (extra, "basics");
  location_extra = get_object_member (basics_extra, "location");

  json_builder_begin_object (builder);

  /* $schema first, as in the official sample. */
  if (extra != NULL && json_object_has_member (extra, "$schema"))
    {
      json_builder_set_member_name (builder, "$schema");
      json_builder_add_value (builder, json_node_copy (json_object_get_member (extra, "$schema")));
    }

  json_builder_set_member_name (builder, "basics");
  json_builder_begin_object (builder);
  add_string (builder, "name", phoenix_profile_get_name (profile));
  add_string (builder, "label", phoenix_profile_get_headline (profile));
  photo = phoenix_profile_get_photo (profile);
  if (photo != NULL)
    {
      g_autofree char *base64 = g_base64_encode (g_bytes_get_data (photo, NULL),
                                                 g_bytes_get_size (photo));
      g_autofree char *uri = g_strdup_printf ("data:%s;base64,%s", photo_mime_type (photo), base64);

      add_string (builder, "image", uri);
    }
  add_string (builder, "email", phoenix_profile_get_email (profile));
  add_string (builder, "phone", phoenix_profile_get_phone (profile));
  add_string (builder, "url", phoenix_profile_get_url (profile));
  add_string (builder, "summary", phoenix_profile_get_summary (profile));

  if (phoenix_profile_get_address (profile)[0] || phoenix_profile_get_postal_code (profile)[0] ||
      phoenix_profile_get_city (profile)[0] || phoenix_profile_get_country (profile)[0] ||
      phoenix_profile_get_region (profile)[0] || location_extra != NULL)
    {
      json_builder_set_member_name (builder, "location");
      json_builder_begin_object (builder);
      add_string (builder, "address", phoenix_profile_get_address (profile));
      add_string (builder, "postalCode", phoenix_profile_get_postal_code (profile));
      add_string (builder, "city", phoenix_profile_get_city (profile));
      add_string (builder, "countryCode", phoenix_profile_get_country (profile));
      add_string (builder, "region", phoenix_profile_get_region (profile));
      add_extra_members (builder, location_extra, NULL);
      json_builder_end_object (builder);
    }

  links = G_LIST_MODEL (phoenix_profile_get_links (profile));
  if (g_list_model_get_n_items (links) > 0)
    {
      json_builder_set_member_name (builder, "profiles");
      json_builder_begin_array (builder);
      for (guint i = 0; i < g_list_model_get_n_items (links); i++)
        {
          g_autoptr(PhoenixLink) link = g_list_model_get_item (links, i);

          json_builder_begin_object (builder);
          add_string (builder, "network", phoenix_link_get_label (link));
          add_string (builder, "username", phoenix_link_get_username (link));
          add_string (builder, "url", phoenix_link_get_url (link));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }
  add_extra_members (builder, basics_extra, "location");
  json_builder_end_object (builder);

  for (gsize s = 0; s < G_N_ELEMENTS (sections); s++)
    {
      GListModel *model = G_LIST_MODEL (sections[s].get_store (profile));
      guint n = g_list_model_get_n_items (model);

      if (n == 0)
        continue;

      json_builder_set_member_name (builder, sections[s].key);
      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) entry = g_list_model_get_item (model, i);

          export_entry (builder, &sections[s], entry);
        }
      json_builder_end_array (builder);
    }

  if (extra != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, extra);
      while (json_object_iter_next (&iter, &name, &member))
        {
          if (g_str_equal (name, "basics") || g_str_equal (name, "$schema"))
            continue;
          json_builder_set_member_name (builder, name);
          json_builder_add_value (builder, json_node_copy (member));
        }
    }

  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

char *
phoenix_json_resume_to_data (PhoenixProfile *profile,
                             gsize          *length)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), NULL);

  root = phoenix_json_resume_export (profile);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, length);
}

static JsonNode *
get_schema (void)
{
  static JsonNode *schema;
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      /* The resource is referenced by name so the linker keeps it in the static library. */
      g_autoptr(GBytes) bytes = g_resource_lookup_data (_phoenix_json_resume_get_resource (),
                                                        "/io/github/phoenixecosystem/Phoenix/json-resume/schema.json",
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();

      g_assert (bytes != NULL);
      if (!json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                       (gssize) g_bytes_get_size (bytes), NULL))
        g_assert_not_reached ();
      schema = json_node_copy (json_parser_get_root (parser));
      g_once_init_leave (&initialized, 1);
    }

  return schema;
}

gboolean
phoenix_json_resume_validate (JsonNode   *root,
                              GPtrArray **problems,
                              GError    **error)
{
  g_return_val_if_fail (root != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return phoenix_json_schema_validate (get_schema (), root, problems, error);
}
