/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-pdf-import"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-json-limits.h"
#include "phoenix-pdf-import-private.h"

/* The import helper's reply as the app reads it: within its size, nesting and entry limits, an
 * object with a profile, never an image (a PDF's reply has none). Runs in a worker thread. */

static void
set_import_error (GError                **error,
                  PhoenixPdfImportError   code)
{
  g_autofree char *message = phoenix_pdf_import_error_message (code);

  g_set_error_literal (error, PHOENIX_PDF_IMPORT_ERROR, code, message);
}

/* Every list in the profile a user would review, within the JSON Resume import's limit. */
static gboolean
entries_within_limit (JsonObject *profile)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *member;

  json_object_iter_init (&iter, profile);
  while (json_object_iter_next (&iter, &name, &member))
    if (JSON_NODE_HOLDS_ARRAY (member)
        && json_array_get_length (json_node_get_array (member)) > PHOENIX_PDF_IMPORT_MAX_ENTRIES)
      return FALSE;
  return TRUE;
}

PhoenixCvParse *
_phoenix_pdf_import_read_reply (const char  *data,
                                gsize        length,
                                GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *profile;
  PhoenixCvParse *parse;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  /* Size and nesting are checked before json-glib parses (it recurses once a level). */
  root = phoenix_json_parse_bounded (data, length, PHOENIX_PDF_IMPORT_MAX_REPLY, PHOENIX_JSON_MAX_DEPTH,
                                     &local_error);
  if (root == NULL)
    {
      g_debug ("helper reply: %s", local_error->message);
      set_import_error (error, PHOENIX_PDF_IMPORT_ERROR_FAILED);
      return NULL;
    }
  if (JSON_NODE_HOLDS_OBJECT (root)
      && (profile = json_object_get_member (json_node_get_object (root), "profile")) != NULL
      && JSON_NODE_HOLDS_OBJECT (profile)
      && !entries_within_limit (json_node_get_object (profile)))
    {
      g_set_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_TOO_LARGE,
                   _("This CV has more entries in one section than Phoenix imports (at most %d)."),
                   PHOENIX_PDF_IMPORT_MAX_ENTRIES);
      return NULL;
    }
  /* A PDF's reply has no photo: an image in it (a hostile helper's) is never decoded here. */
  if (JSON_NODE_HOLDS_OBJECT (root)
      && (profile = json_object_get_member (json_node_get_object (root), "profile")) != NULL
      && JSON_NODE_HOLDS_OBJECT (profile))
    {
      JsonNode *basics = json_object_get_member (json_node_get_object (profile), "basics");

      if (basics != NULL && JSON_NODE_HOLDS_OBJECT (basics))
        json_object_remove_member (json_node_get_object (basics), "image");
    }
  parse = phoenix_cv_parse_new_from_json (root, &local_error);
  if (parse == NULL)
    {
      g_debug ("helper reply: %s", local_error->message);
      set_import_error (error, PHOENIX_PDF_IMPORT_ERROR_FAILED);
    }
  return parse;
}

