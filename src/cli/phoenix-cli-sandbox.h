/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-job-offer.h"
#include "phoenix-pdf-import.h"

G_BEGIN_DECLS

/*
 * phoenix-cli reads PDFs as the app does: through the sandboxed import helper
 * (phoenix-pdf-import.h: bubblewrap, seccomp, time and memory limits, replies
 * read with caps), waiting for it in a main loop of its own. The helper is
 * $PHOENIX_IMPORT_HELPER, else the installed one.
 */

PhoenixCvParse  *phoenix_cli_read_pdf   (const char             *path,
                                         const char             *password,
                                         GError                **error);

/* The helper's reply with its positioned lines (import-pdf --lines), read the same way. */
JsonNode        *phoenix_cli_read_pdf_lines (const char      *path,
                                             const char      *password,
                                             GError         **error);

/* A text, HTML or PDF job offer, read as the app reads it (off the main thread, with caps). */
PhoenixJobOffer *phoenix_cli_read_offer (PhoenixSkillExtractor  *extractor,
                                         GFile                  *file,
                                         GError                **error);

G_END_DECLS
