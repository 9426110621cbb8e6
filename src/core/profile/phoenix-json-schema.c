/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-json-schema"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-json-schema.h"

typedef struct
{
  JsonObject *root;      /* the schema's root, for $ref */
  GPtrArray  *problems;  /* of char *, "/path: message" */
  gboolean    unsupported;
} Validation;

G_DEFINE_QUARK (phoenix-json-schema-error-quark, phoenix_json_schema_error)

/* Keywords that only describe, never assert. */
static const char * const ignored_keywords[] = {
  "$schema", "$id", "$comment", "title", "description", "definitions", "default",
  "examples", "readOnly", "writeOnly", NULL
};

static void
add_problem (Validation *v,
             const char *path,
             const char *message)
{
  g_ptr_array_add (v->problems, g_strdup_printf ("%s: %s", path[0] != '\0' ? path : "/", message));
}

static const char *
node_type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "array";

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_BOOLEAN:
      return "boolean";
    case G_TYPE_INT64:
      return "integer";
    case G_TYPE_DOUBLE:
      return "number";
    case G_TYPE_STRING:
      return "string";
    default:
      return "unknown";
    }
}

static gboolean
node_has_type (JsonNode   *node,
               const char *type)
{
  const char *actual = node_type_name (node);

  if (g_str_equal (type, "number"))
    return g_str_equal (actual, "number") || g_str_equal (actual, "integer");
  if (g_str_equal (type, "integer") && g_str_equal (actual, "number"))
    {
      double d = json_node_get_double (node);

      return d == (double) (gint64) d;
    }

  return g_str_equal (type, actual);
}

static gboolean
format_is_valid (const char *format,
                 const char *value)
{
  static GRegex *date, *date_time, *uri, *email;
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      date = g_regex_new ("^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$", 0, 0, NULL);
      date_time = g_regex_new ("^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}"
                               "(\\.[0-9]+)?([Zz]|[+-][0-9]{2}:[0-9]{2})$", 0, 0, NULL);
      /* RFC 3986: a scheme, then no spaces or controls. */
      uri = g_regex_new ("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s\"<>\\\\^`{|}]*$", 0, 0, NULL);
      email = g_regex_new ("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", 0, 0, NULL);
      g_once_init_leave (&initialized, 1);
    }

  if (g_str_equal (format, "date"))
    return g_regex_match (date, value, 0, NULL);
  if (g_str_equal (format, "date-time"))
    return g_regex_match (date_time, value, 0, NULL);
  if (g_str_equal (format, "uri"))
    return g_regex_match (uri, value, 0, NULL);
  if (g_str_equal (format, "email"))
    return g_regex_match (email, value, 0, NULL);

  return TRUE;  /* unknown formats are annotations (draft-07) */
}

static void validate_node (Validation *v,
                           JsonObject *schema,
                           JsonNode   *node,
                           const char *path);

static JsonObject *
resolve_ref (Validation *v,
             const char *ref)
{
  JsonNode *node;

  if (!g_str_has_prefix (ref, "#/definitions/"))
    return NULL;

  node = json_object_get_member (v->root, "definitions");
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  node = json_object_get_member (json_node_get_object (node), ref + strlen ("#/definitions/"));
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;

  return json_node_get_object (node);
}

static void
validate_type (Validation *v,
               JsonNode   *type,
               JsonNode   *node,
               const char *path)
{
  g_autofree char *message = NULL;

  if (JSON_NODE_HOLDS_VALUE (type))
    {
      const char *name = json_node_get_string (type);

      if (name != NULL && node_has_type (node, name))
        return;
      message = g_strdup_printf (_("expected %s, found %s"), name, node_type_name (node));
    }
  else if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *types = json_node_get_array (type);
      g_autoptr(GString) names = g_string_new (NULL);

      for (guint i = 0; i < json_array_get_length (types); i++)
        {
          const char *name = json_array_get_string_element (types, i);

          if (name != NULL && node_has_type (node, name))
            return;
          g_string_append_printf (names, "%s%s", i > 0 ? " | " : "", name);
        }
      message = g_strdup_printf (_("expected %s, found %s"), names->str, node_type_name (node));
    }
  else
    {
      return;
    }

  add_problem (v, path, message);
}

static void
validate_object (Validation *v,
                 JsonObject *schema,
                 JsonObject *object,
                 const char *path)
{
  JsonNode *properties = json_object_get_member (schema, "properties");
  JsonNode *additional = json_object_get_member (schema, "additionalProperties");
  JsonNode *required = json_object_get_member (schema, "required");
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  if (required != NULL && JSON_NODE_HOLDS_ARRAY (required))
    {
      JsonArray *names = json_node_get_array (required);

      for (guint i = 0; i < json_array_get_length (names); i++)
        {
          const char *key = json_array_get_string_element (names, i);

          if (key != NULL && !json_object_has_member (object, key))
            {
              g_autofree char *message = g_strdup_printf (_("the member “%s” is required"), key);

              add_problem (v, path, message);
            }
        }
    }

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, &member))
    {
      g_autofree char *child_path = g_strdup_printf ("%s/%s", path, name);
      JsonNode *sub = NULL;

      if (properties != NULL && JSON_NODE_HOLDS_OBJECT (properties))
        sub = json_object_get_member (json_node_get_object (properties), name);

      if (sub != NULL && JSON_NODE_HOLDS_OBJECT (sub))
        {
          validate_node (v, json_node_get_object (sub), member, child_path);
        }
      else if (additional != NULL && JSON_NODE_HOLDS_VALUE (additional) &&
               !json_node_get_boolean (additional))
        {
          add_problem (v, child_path, _("this member is not allowed here"));
        }
      else if (additional != NULL && JSON_NODE_HOLDS_OBJECT (additional))
        {
          validate_node (v, json_node_get_object (additional), member, child_path);
        }
    }
}

static void
validate_node (Validation *v,
               JsonObject *schema,
               JsonNode   *node,
               const char *path)
{
  JsonObjectIter iter;
  const char *keyword;
  JsonNode *value;

  json_object_iter_init (&iter, schema);
  while (json_object_iter_next (&iter, &keyword, &value))
    {
      if (g_strv_contains (ignored_keywords, keyword))
        continue;

      if (g_str_equal (keyword, "$ref"))
        {
          JsonObject *target = resolve_ref (v, json_node_get_string (value));

          if (target == NULL)
            {
              v->unsupported = TRUE;
              add_problem (v, path, _("the schema refers to a definition this validator cannot find"));
            }
          else
            {
              validate_node (v, target, node, path);
            }
        }
      else if (g_str_equal (keyword, "type"))
        {
          validate_type (v, value, node, path);
        }
      else if (g_str_equal (keyword, "properties") || g_str_equal (keyword, "additionalProperties") ||
               g_str_equal (keyword, "required"))
        {
          /* Handled together, once, below. */
        }
      else if (g_str_equal (keyword, "additionalItems"))
        {
          /* Applies only beside tuple "items" (an array of schemas), which is
           * reported as unsupported; beside one "items" schema it means nothing. */
        }
      else if (g_str_equal (keyword, "items"))
        {
          if (JSON_NODE_HOLDS_ARRAY (node) && JSON_NODE_HOLDS_OBJECT (value))
            {
              JsonArray *array = json_node_get_array (node);

              for (guint i = 0; i < json_array_get_length (array); i++)
                {
                  g_autofree char *child_path = g_strdup_printf ("%s/%u", path, i);

                  validate_node (v, json_node_get_object (value), json_array_get_element (array, i),
                                 child_path);
                }
            }
          else if (!JSON_NODE_HOLDS_OBJECT (value))
            {
              v->unsupported = TRUE;
              add_problem (v, path, _("the schema uses tuple “items”, which this validator lacks"));
            }
        }
      else if (g_str_equal (keyword, "enum"))
        {
          JsonArray *choices = JSON_NODE_HOLDS_ARRAY (value) ? json_node_get_array (value) : NULL;
          gboolean found = FALSE;

          for (guint i = 0; choices != NULL && i < json_array_get_length (choices) && !found; i++)
            found = json_node_equal (json_array_get_element (choices, i), node);
          if (!found)
            add_problem (v, path, _("the value is not one of those allowed"));
        }
      else if (g_str_equal (keyword, "pattern"))
        {
          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
            {
              g_autoptr(GRegex) regex = g_regex_new (json_node_get_string (value), 0, 0, NULL);

              if (regex == NULL)
                {
                  v->unsupported = TRUE;
                  add_problem (v, path, _("the schema’s pattern cannot be compiled"));
                }
              else if (!g_regex_match (regex, json_node_get_string (node), 0, NULL))
                {
                  g_autofree char *message =
                    g_strdup_printf (_("“%s” does not match the pattern %s"),
                                     json_node_get_string (node), json_node_get_string (value));

                  add_problem (v, path, message);
                }
            }
        }
      else if (g_str_equal (keyword, "minLength"))
        {
          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
              g_utf8_strlen (json_node_get_string (node), -1) < json_node_get_int (value))
            add_problem (v, path, _("the text is too short"));
        }
      else if (g_str_equal (keyword, "format"))
        {
          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
              !format_is_valid (json_node_get_string (value), json_node_get_string (node)))
            {
              g_autofree char *message =
                g_strdup_printf (_("“%s” is not a valid %s"),
                                 json_node_get_string (node), json_node_get_string (value));

              add_problem (v, path, message);
            }
        }
      else
        {
          g_autofree char *message =
            g_strdup_printf (_("the schema keyword “%s” is not supported"), keyword);

          v->unsupported = TRUE;
          add_problem (v, path, message);
        }
    }

  if (JSON_NODE_HOLDS_OBJECT (node))
    validate_object (v, schema, json_node_get_object (node), path);
}

/**
 * phoenix_json_schema_validate:
 * @schema: the schema (a JSON object)
 * @instance: the document to check
 * @problems: (out) (optional) (transfer full): every problem found
 */
gboolean
phoenix_json_schema_validate (JsonNode   *schema,
                              JsonNode   *instance,
                              GPtrArray **problems,
                              GError    **error)
{
  Validation v = { NULL, NULL, FALSE };
  gboolean ok;

  g_return_val_if_fail (schema != NULL && JSON_NODE_HOLDS_OBJECT (schema), FALSE);
  g_return_val_if_fail (instance != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  v.root = json_node_get_object (schema);
  v.problems = g_ptr_array_new_with_free_func (g_free);

  validate_node (&v, v.root, instance, "");

  ok = v.problems->len == 0;
  if (!ok)
    {
      if (v.problems->len == 1)
        g_set_error (error, PHOENIX_JSON_SCHEMA_ERROR,
                     v.unsupported ? PHOENIX_JSON_SCHEMA_ERROR_UNSUPPORTED
                                   : PHOENIX_JSON_SCHEMA_ERROR_INVALID,
                     _("The document does not follow the schema: %s"),
                     (const char *) v.problems->pdata[0]);
      else
        g_set_error (error, PHOENIX_JSON_SCHEMA_ERROR,
                     v.unsupported ? PHOENIX_JSON_SCHEMA_ERROR_UNSUPPORTED
                                   : PHOENIX_JSON_SCHEMA_ERROR_INVALID,
                     g_dngettext (GETTEXT_PACKAGE,
                                  "The document does not follow the schema: %s (and %u more problem)",
                                  "The document does not follow the schema: %s (and %u more problems)",
                                  v.problems->len - 1),
                     (const char *) v.problems->pdata[0], v.problems->len - 1);
    }

  if (problems != NULL)
    *problems = g_steal_pointer (&v.problems);
  g_clear_pointer (&v.problems, g_ptr_array_unref);

  return ok;
}
