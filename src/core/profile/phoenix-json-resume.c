/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-json-resume"

#include "config.h"

#include "phoenix-json-resume.h"
#include "phoenix-json-resume-map.h"
#include "phoenix-json-resume-resources.h"
#include "phoenix-json-schema.h"
#include "phoenix-profile-entries.h"

/*
 * JSON Resume ⇄ PhoenixProfile: the mapping, the export and the check against
 * the official schema; the import is phoenix-json-resume-import.c.
 */

/* The mapping (phoenix-json-resume-map.h). Kinds: S a string, D an ISO 8601 date, V an array of
 * strings, K keywords joined with ", ". */
#define S PHOENIX_JSON_FIELD_STRING
#define D PHOENIX_JSON_FIELD_DATE
#define V PHOENIX_JSON_FIELD_STRV
#define K PHOENIX_JSON_FIELD_KEYWORDS

const PhoenixJsonSection _phoenix_json_resume_sections[PHOENIX_JSON_RESUME_N_SECTIONS] = {
  { "work", phoenix_experience_get_type, phoenix_profile_get_experiences,
    { { "name", "employer", S }, { "position", "title", S },
      { "location", "location", S }, { "description", "description", S },
      { "url", "url", S }, { "startDate", "start-date", D },
      { "endDate", "end-date", D }, { "summary", "summary", S },
      { "highlights", "highlights", V }, { NULL } }, TRUE },
  { "volunteer", phoenix_volunteer_get_type, phoenix_profile_get_volunteering,
    { { "organization", "organization", S }, { "position", "position", S },
      { "url", "url", S }, { "startDate", "start-date", D },
      { "endDate", "end-date", D }, { "summary", "summary", S },
      { "highlights", "highlights", V }, { NULL } }, TRUE },
  { "education", phoenix_education_get_type, phoenix_profile_get_education,
    { { "institution", "school", S }, { "url", "url", S },
      { "area", "field", S }, { "studyType", "degree", S },
      { "startDate", "start-date", D }, { "endDate", "end-date", D },
      { "score", "grade", S }, { "courses", "courses", V },
      { "location", "location", S }, { "summary", "summary", S },
      { NULL } }, TRUE },
  { "awards", phoenix_award_get_type, phoenix_profile_get_awards,
    { { "title", "title", S }, { "date", "date", D },
      { "awarder", "awarder", S }, { "summary", "summary", S },
      { NULL } }, FALSE },
  { "certificates", phoenix_certification_get_type, phoenix_profile_get_certifications,
    { { "name", "name", S }, { "date", "date", D },
      { "url", "url", S }, { "issuer", "issuer", S }, { NULL } }, FALSE },
  { "publications", phoenix_publication_get_type, phoenix_profile_get_publications,
    { { "name", "name", S }, { "publisher", "publisher", S },
      { "releaseDate", "release-date", D }, { "url", "url", S },
      { "summary", "summary", S }, { NULL } }, FALSE },
  { "skills", phoenix_skill_get_type, phoenix_profile_get_skills,
    { { "name", "name", S }, { "level", "level", S },
      { "keywords", "keywords", V }, { "category", "category", S },
      { "taxonomyId", "taxonomy-id", S }, { NULL } }, FALSE },
  { "languages", phoenix_language_get_type, phoenix_profile_get_languages,
    { { "language", "name", S }, { "fluency", "level", S }, { NULL } }, FALSE },
  { "interests", phoenix_interest_get_type, phoenix_profile_get_interests,
    { { "name", "name", S }, { "keywords", "keywords", K }, { NULL } }, FALSE },
  { "references", phoenix_reference_get_type, phoenix_profile_get_references,
    { { "name", "name", S }, { "reference", "reference", S }, { NULL } }, FALSE },
  { "projects", phoenix_project_get_type, phoenix_profile_get_projects,
    { { "name", "name", S }, { "description", "summary", S },
      { "highlights", "highlights", V }, { "keywords", "keywords", V },
      { "startDate", "start-date", D }, { "endDate", "end-date", D },
      { "url", "url", S }, { "roles", "roles", V },
      { "entity", "entity", S }, { "type", "kind", S }, { NULL } }, FALSE },
};

#undef S
#undef D
#undef V
#undef K

const char * const _phoenix_json_resume_basics_keys[] = {
  "name", "label", "image", "email", "phone", "url", "summary", "location", "profiles", NULL
};
const char * const _phoenix_json_resume_location_keys[] = {
  "address", "postalCode", "city", "countryCode", "region", NULL
};

/* Export */

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
                   const char  *skip,
                   const char  *skip_too)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (extra == NULL)
    return;
  json_object_iter_init (&iter, extra);
  while (json_object_iter_next (&iter, &name, &member))
    {
      if ((skip != NULL && g_str_equal (name, skip)) || (skip_too != NULL && g_str_equal (name, skip_too)))
        continue;
      json_builder_set_member_name (builder, name);
      json_builder_add_value (builder, json_node_copy (member));
    }
}

static void
export_entry (JsonBuilder   *builder,
              const PhoenixJsonSection *section,
              GObject       *entry)
{
  gboolean current = FALSE;

  if (section->has_current)
    g_object_get (entry, "current", &current, NULL);

  json_builder_begin_object (builder);
  for (guint i = 0; section->fields[i].key != NULL; i++)
    {
      const PhoenixJsonField *field = &section->fields[i];

      if (field->kind == PHOENIX_JSON_FIELD_STRING || field->kind == PHOENIX_JSON_FIELD_DATE)
        {
          g_autofree char *value = NULL;

          /* JSON Resume's "current": a start date and no end date. */
          if (current && g_str_equal (field->property, "end-date"))
            continue;
          g_object_get (entry, field->property, &value, NULL);
          add_string (builder, field->key, value);
        }
      else if (field->kind == PHOENIX_JSON_FIELD_STRV)
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
      add_extra_members (builder, location_extra, NULL, NULL);
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
  /* A refused image kept as it came, unless a photo has been chosen since. */
  add_extra_members (builder, basics_extra, "location", photo != NULL ? "image" : NULL);
  json_builder_end_object (builder);

  for (gsize s = 0; s < G_N_ELEMENTS (_phoenix_json_resume_sections); s++)
    {
      GListModel *model = G_LIST_MODEL (_phoenix_json_resume_sections[s].get_store (profile));
      guint n = g_list_model_get_n_items (model);

      if (n == 0)
        continue;

      json_builder_set_member_name (builder, _phoenix_json_resume_sections[s].key);
      json_builder_begin_array (builder);
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) entry = g_list_model_get_item (model, i);

          export_entry (builder, &_phoenix_json_resume_sections[s], entry);
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
