/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-contribution"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "phoenix-contribution-private.h"

/* A contribution from and to JSON: the caps checked before json-glib, then every member read. */

/*
 * Checks, strings skipped, what the JSON parser would not: one object and
 * nothing after it (json-glib 1.6 accepts "{} {}", keeping the last and
 * leaking the first), nesting within PHOENIX_CONTRIBUTION_MAX_DEPTH
 * (json-glib recurses), and only characters JSON allows outside strings
 * (json-glib's GScanner also reads "$F" as hexadecimal, comments and
 * identifiers, and leaks on some of them: found by the fuzzer).
 */
static gboolean
check_structure (const char  *data,
                 gsize        length,
                 GError     **error)
{
  gboolean in_string = FALSE, escaped = FALSE, closed = FALSE, started = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = data[i];

      if (in_string)
        {
          if (escaped)
            escaped = FALSE;
          else if (c == '\\')
            escaped = TRUE;
          else if (c == '"')
            in_string = FALSE;
          continue;
        }
      if (closed && !g_ascii_isspace (c))
        {
          g_set_error_literal (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_MALFORMED,
                               _("The contribution has text after its JSON object."));
          return FALSE;
        }
      if (!started && !g_ascii_isspace (c))
        {
          started = TRUE;
          if (c != '{')
            {
              g_set_error_literal (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_MALFORMED,
                                   _("A contribution must be one JSON object."));
              return FALSE;
            }
        }
      if (strchr (" \t\n\r{}[],:\"0123456789+-.eEtruefalsn", c) == NULL || c == '\0')
        {
          g_set_error_literal (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_MALFORMED,
                               _("The contribution is not valid JSON: a character outside a string is not allowed there."));
          return FALSE;
        }
      if (c == '"')
        in_string = TRUE;
      else if (c == '{' || c == '[')
        {
          if (++depth > PHOENIX_CONTRIBUTION_MAX_DEPTH)
            {
              g_set_error (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_MALFORMED,
                           _("The contribution nests arrays or objects deeper than %d levels."),
                           PHOENIX_CONTRIBUTION_MAX_DEPTH);
              return FALSE;
            }
        }
      else if ((c == '}' || c == ']') && depth > 0)
        closed = --depth == 0;
    }

  return TRUE;
}

static const char *
member_string (JsonObject  *object,
               const char  *name,
               const char  *path,
               char       **field,
               GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL)
    {
      _phoenix_contribution_invalid (field, error, path, _("it is missing"));
      return NULL;
    }
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      _phoenix_contribution_invalid (field, error, path, _("it must be a string"));
      return NULL;
    }
  return json_node_get_string (node);
}

static gboolean
read_set (PhoenixContribution    *self,
          JsonObject             *object,
          PhoenixContributionSet  set,
          char                  **field,
          GError                **error)
{
  const char *name = phoenix_contribution_set_name (set);
  JsonNode *node = json_object_get_member (object, name);
  JsonArray *array;
  guint n;

  if (node == NULL)
    return _phoenix_contribution_invalid (field, error, name, _("it is missing"));
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return _phoenix_contribution_invalid (field, error, name, _("it must be an array of strings"));

  array = json_node_get_array (node);
  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      JsonNode *item = json_array_get_element (array, i);
      g_autofree char *path = g_strdup_printf ("%s[%u]", name, i);

      if (!JSON_NODE_HOLDS_VALUE (item) || json_node_get_value_type (item) != G_TYPE_STRING)
        return _phoenix_contribution_invalid (field, error, path, _("it must be a string"));
      if (phoenix_contribution_set_contains (self, set, json_node_get_string (item)))
        return _phoenix_contribution_invalid (field, error, path, _("“%s” is listed twice"), json_node_get_string (item));
      phoenix_contribution_add_to_set (self, set, json_node_get_string (item));
    }

  return TRUE;
}

static gboolean
read_object (PhoenixContribution  *self,
             JsonObject           *object,
             char                **field,
             GError              **error)
{
  static const char * const top_members[] = {
    "schema", "install", "target", "origin", "region", "years", "education", "ats", "outcome",
    "sector", "skills", "skills_asked", "training", NULL,
  };
  static const char * const sector_members[] = {
    "code", "applications", "responses", "interviews", NULL,
  };
  g_autoptr(GList) members = json_object_get_members (object);
  JsonNode *node;
  JsonObject *sector;
  const char *text;

  for (GList *l = members; l != NULL; l = l->next)
    if (!g_strv_contains (top_members, l->data))
      return _phoenix_contribution_invalid (field, error, l->data, _("this field is not part of the format"));

  node = json_object_get_member (object, "schema");
  if (node == NULL)
    return _phoenix_contribution_invalid (field, error, "schema", _("it is missing"));
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return _phoenix_contribution_invalid (field, error, "schema", _("it must be an integer"));
  if (json_node_get_int (node) != PHOENIX_CONTRIBUTION_SCHEMA_VERSION)
    {
      g_autofree char *version = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));

      return _phoenix_contribution_invalid (field, error, "schema", _("version %s is not supported (this server reads %d)"),
                      version, PHOENIX_CONTRIBUTION_SCHEMA_VERSION);
    }
  _phoenix_contribution_set_schema (self, (int) json_node_get_int (node));

  if ((text = member_string (object, "install", "install", field, error)) == NULL)
    return FALSE;
  phoenix_contribution_set_install (self, text);
  if ((text = member_string (object, "target", "target", field, error)) == NULL)
    return FALSE;
  phoenix_contribution_set_target (self, text);

  for (guint f = 0; f < PHOENIX_CONTRIBUTION_N_FIELDS; f++)
    if (f < PHOENIX_CONTRIBUTION_SECTOR)
      {
        if ((text = member_string (object, phoenix_contribution_field_name (f), phoenix_contribution_field_name (f), field, error)) == NULL)
          return FALSE;
        phoenix_contribution_set_value (self, f, text);
      }

  node = json_object_get_member (object, "sector");
  if (node == NULL)
    return _phoenix_contribution_invalid (field, error, "sector", _("it is missing"));
  if (!JSON_NODE_HOLDS_OBJECT (node))
    return _phoenix_contribution_invalid (field, error, "sector", _("it must be an object"));
  sector = json_node_get_object (node);
  {
    g_autoptr(GList) sector_list = json_object_get_members (sector);

    for (GList *l = sector_list; l != NULL; l = l->next)
      if (!g_strv_contains (sector_members, l->data))
        {
          g_autofree char *path = g_strdup_printf ("sector.%s", (const char *) l->data);

          return _phoenix_contribution_invalid (field, error, path, _("this field is not part of the format"));
        }
  }
  if ((text = member_string (sector, "code", "sector.code", field, error)) == NULL)
    return FALSE;
  phoenix_contribution_set_value (self, PHOENIX_CONTRIBUTION_SECTOR, text);
  for (guint f = PHOENIX_CONTRIBUTION_APPLICATIONS; f < PHOENIX_CONTRIBUTION_N_FIELDS; f++)
    {
      g_autofree char *path = g_strdup_printf ("sector.%s", phoenix_contribution_field_name (f));

      if ((text = member_string (sector, phoenix_contribution_field_name (f), path, field, error)) == NULL)
        return FALSE;
      phoenix_contribution_set_value (self, f, text);
    }

  for (guint s = 0; s < PHOENIX_CONTRIBUTION_N_SETS; s++)
    if (!read_set (self, object, s, field, error))
      return FALSE;

  return TRUE;
}

PhoenixContribution *
phoenix_contribution_new_from_json (const char       *data,
                                    gssize            length,
                                    PhoenixTaxonomy  *taxonomy,
                                    char            **field,
                                    GError          **error)
{
  g_autoptr(PhoenixContribution) self = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  gsize size;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (taxonomy == NULL || PHOENIX_IS_TAXONOMY (taxonomy), NULL);

  size = length < 0 ? strlen (data) : (gsize) length;
  if (size > PHOENIX_CONTRIBUTION_MAX_SIZE)
    {
      g_set_error (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_TOO_LARGE,
                   _("The contribution is %lu bytes long; at most %d are accepted."),
                   (unsigned long) size, PHOENIX_CONTRIBUTION_MAX_SIZE);
      return NULL;
    }
  if (!g_utf8_validate_len (data, size, NULL))
    {
      g_set_error_literal (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_MALFORMED,
                           _("The contribution is not valid UTF-8 text."));
      return NULL;
    }
  if (!check_structure (data, size, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, (gssize) size, &local_error))
    {
      g_set_error (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_MALFORMED,
                   _("The contribution is not valid JSON: %s"), local_error->message);
      return NULL;
    }
  root = json_parser_get_root (parser);
  if (root == NULL)
    {
      g_set_error_literal (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_MALFORMED,
                           _("The contribution is empty."));
      return NULL;
    }
  /* check_structure() let only an object through. */
  g_assert (JSON_NODE_HOLDS_OBJECT (root));

  self = g_object_new (PHOENIX_TYPE_CONTRIBUTION, NULL);
  if (!read_object (self, json_node_get_object (root), field, error))
    return NULL;
  if (!phoenix_contribution_validate (self, taxonomy, field, error))
    return NULL;

  return g_steal_pointer (&self);
}

char *
phoenix_contribution_to_json (PhoenixContribution *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (PHOENIX_IS_CONTRIBUTION (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "schema");
  json_builder_add_int_value (builder, phoenix_contribution_get_schema (self));
  json_builder_set_member_name (builder, "install");
  json_builder_add_string_value (builder, phoenix_contribution_get_install (self));
  json_builder_set_member_name (builder, "target");
  json_builder_add_string_value (builder, phoenix_contribution_get_target (self));
  for (guint f = 0; f < PHOENIX_CONTRIBUTION_SECTOR; f++)
    {
      json_builder_set_member_name (builder, phoenix_contribution_field_name (f));
      json_builder_add_string_value (builder, phoenix_contribution_get_value (self, f));
    }
  json_builder_set_member_name (builder, "sector");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, phoenix_contribution_get_value (self, PHOENIX_CONTRIBUTION_SECTOR));
  for (guint f = PHOENIX_CONTRIBUTION_APPLICATIONS; f < PHOENIX_CONTRIBUTION_N_FIELDS; f++)
    {
      json_builder_set_member_name (builder, phoenix_contribution_field_name (f));
      json_builder_add_string_value (builder, phoenix_contribution_get_value (self, f));
    }
  json_builder_end_object (builder);
  for (guint s = 0; s < PHOENIX_CONTRIBUTION_N_SETS; s++)
    {
      GPtrArray *set = phoenix_contribution_get_set (self, s);

      json_builder_set_member_name (builder, phoenix_contribution_set_name (s));
      json_builder_begin_array (builder);
      for (guint i = 0; i < set->len; i++)
        json_builder_add_string_value (builder, g_ptr_array_index (set, i));
      json_builder_end_array (builder);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}
