/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the import helper's reply as the app reads it, then imported like a preview. */
#include "config.h"

#include "phoenix-fuzz.h"
#include "phoenix-json-resume.h"
#include "phoenix-pdf-import-private.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autoptr(GError) error = NULL;

  phoenix_fuzz_init ();
  parse = _phoenix_pdf_import_read_reply ((const char *) data, size, &error);
  if (parse != NULL)
    {
      g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
      g_autoptr(JsonNode) root = json_node_init_object (json_node_alloc (), phoenix_cv_parse_get_profile (parse));
      g_autoptr(JsonNode) json = phoenix_cv_parse_to_json (parse);
      g_autoptr(GError) import_error = NULL;

      phoenix_json_resume_import (profile, root, &import_error);
    }
  return 0;
}
