/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the import helper's line stream as the app reads it (in two pieces, as it may
 * come off the pipe, the lines read whole after each given to the parse as they come), parsed,
 * then imported like a preview. */
#include "config.h"

#include "phoenix-cv-sources.h"
#include "phoenix-fuzz.h"
#include "phoenix-json-resume.h"
#include "phoenix-pdf-import-private.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(PhoenixCvLineReader) reader = phoenix_cv_line_reader_new ();
  g_autoptr(PhoenixCvParser) parser = phoenix_cv_parser_new ();
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autoptr(GPtrArray) attachments = NULL;
  g_autoptr(JsonNode) reply = NULL;
  g_autoptr(GError) error = NULL;
  double width = 0, height = 0;
  size_t half = size / 2;

  phoenix_fuzz_init ();
  if (!phoenix_cv_line_reader_feed (reader, (const char *) data, half, &error))
    return 0;
  phoenix_cv_parser_take_lines (parser, phoenix_cv_line_reader_take_lines (reader));
  if (!phoenix_cv_line_reader_feed (reader, (const char *) data + half, size - half, &error)
      || !phoenix_cv_line_reader_finish (reader, &error))
    return 0;
  phoenix_cv_line_reader_get_page_size (reader, &width, &height);
  attachments = phoenix_cv_line_reader_take_attachments (reader);
  phoenix_cv_parser_take_lines (parser, phoenix_cv_line_reader_take_lines (reader));
  reply = phoenix_cv_source_read_pdf_parse (phoenix_cv_parser_finish (parser, width, height),
                                            phoenix_cv_line_reader_get_n_pages (reader), attachments);
  parse = _phoenix_pdf_import_reply_from_json (reply, &error);
  if (parse != NULL)
    {
      g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
      g_autoptr(JsonNode) root = json_node_init_object (json_node_alloc (), phoenix_cv_parse_get_profile (parse));
      g_autoptr(GError) import_error = NULL;

      phoenix_json_resume_import (profile, root, &import_error);
    }
  return 0;
}
