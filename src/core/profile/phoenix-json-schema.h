/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

#define PHOENIX_JSON_SCHEMA_ERROR (phoenix_json_schema_error_quark ())

typedef enum
{
  PHOENIX_JSON_SCHEMA_ERROR_INVALID,      /* the instance does not follow the schema */
  PHOENIX_JSON_SCHEMA_ERROR_UNSUPPORTED,  /* the schema uses a keyword this validator lacks */
} PhoenixJsonSchemaError;

GQuark    phoenix_json_schema_error_quark (void);

/*
 * A small JSON Schema draft-07 validator for the subset the JSON Resume schema
 * uses: type (one or a list), properties, additionalProperties (boolean or
 * schema), items (one schema; additionalItems is then void), required, enum,
 * pattern, minLength, format
 * (date, date-time, uri, email), $ref to "#/definitions/…"; descriptive
 * keywords are ignored. Any other assertion keyword is reported as
 * PHOENIX_JSON_SCHEMA_ERROR_UNSUPPORTED rather than silently passed.
 *
 * Returns TRUE when @instance is valid. Otherwise sets @error to the first
 * problem and, when @problems is not NULL, fills it with every problem, one
 * translated “/path: message” string each (the caller frees the array).
 */
gboolean  phoenix_json_schema_validate    (JsonNode    *schema,
                                           JsonNode    *instance,
                                           GPtrArray  **problems,
                                           GError     **error);

G_END_DECLS
