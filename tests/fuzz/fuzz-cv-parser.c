/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the CV parser on positioned lines, given as `phoenix-cli import-pdf --lines` gives them
 * ({"width", "height", "lines": [{"page", "x", "y", "width", "height", "text", "fontSize",
 * "bold"}]}), read within the JSON limits. */
#include "config.h"

#include "phoenix-cv-parser.h"
#include "phoenix-fuzz.h"
#include "phoenix-json-limits.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) phoenix_cv_line_free);
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autoptr(JsonNode) json = NULL;
  JsonObject *object;
  JsonArray *array;

  phoenix_fuzz_init ();
  root = phoenix_json_parse_bounded ((const char *) data, size, 1 << 20, PHOENIX_JSON_MAX_DEPTH, NULL);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return 0;
  object = json_node_get_object (root);
  if (!json_object_has_member (object, "lines") || !JSON_NODE_HOLDS_ARRAY (json_object_get_member (object, "lines")))
    return 0;
  array = json_object_get_array_member (object, "lines");
  for (guint i = 0; i < json_array_get_length (array) && i < 2000; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (JSON_NODE_HOLDS_OBJECT (node))
        g_ptr_array_add (lines, phoenix_cv_line_new_from_json (json_node_get_object (node)));
    }
  parse = phoenix_cv_parse_lines (lines, json_object_get_double_member_with_default (object, "width", 0),
                                  json_object_get_double_member_with_default (object, "height", 0));
  json = phoenix_cv_parse_to_json (parse);
  return 0;
}
