/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "phoenix-pdf-import.h"

G_BEGIN_DECLS

/*
 * Reads a PDF in this process: checks it, extracts its lines with Poppler and
 * parses them. Errors are in PHOENIX_PDF_IMPORT_ERROR. Returns
 * {"pages", "lines" (when @with_lines), "sections", "profile", "confidence",
 * "unassigned", "text"}. Used by the import helper and by phoenix-cli.
 */
JsonNode *phoenix_pdf_reader_read (GBytes      *data,
                                   const char  *password,
                                   gboolean     with_lines,
                                   GError     **error);

G_END_DECLS
