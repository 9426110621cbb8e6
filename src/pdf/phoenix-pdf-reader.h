/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "phoenix-pdf-import.h"

G_BEGIN_DECLS

/*
 * Reads a PDF in this process as the import helper does (phoenix-pdf-document.h), then parses
 * its lines as the app does (phoenix_cv_source_read_pdf_lines()). Errors are in
 * PHOENIX_PDF_IMPORT_ERROR. Returns {"pages", "lines" (when @with_lines), "sections", "profile",
 * "confidence", "unassigned", "text"}. For tests and benchmarks: the app and phoenix-cli never
 * open a PDF in their own process.
 */
JsonNode *phoenix_pdf_reader_read (GBytes      *data,
                                   const char  *password,
                                   gboolean     with_lines,
                                   GError     **error);

G_END_DECLS
