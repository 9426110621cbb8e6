/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-pdf-import.h"

G_BEGIN_DECLS

/* The helper reply reader (tests and the fuzz target): @data, the helper's stdout, within
 * PHOENIX_PDF_IMPORT_MAX_REPLY bytes, PHOENIX_JSON_MAX_DEPTH levels and
 * PHOENIX_PDF_IMPORT_MAX_ENTRIES entries a section, to a parse; else a PHOENIX_PDF_IMPORT_ERROR. */
PhoenixCvParse *_phoenix_pdf_import_read_reply (const char  *data,
                                                gsize        length,
                                                GError     **error);

G_END_DECLS
