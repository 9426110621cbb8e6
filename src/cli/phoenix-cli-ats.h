/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-job-offer.h"

G_BEGIN_DECLS

/* phoenix-cli ats RESUME.json OFFER.txt|OFFER.html|OFFER.pdf [--taxonomy FILE]: prints
 * {"score", "breakdown", "matched", "missing", "occupation", "offer", "suggestions", "format"}. */
int phoenix_cli_ats (int    argc,
                     char **argv);

/* An offer from a text, HTML or PDF file; a PDF is read in-process with libphoenix-pdf (as
 * import-pdf does), from its text in reading order. Shared by "ats" and "letter". */
PhoenixJobOffer *phoenix_cli_read_offer (PhoenixSkillExtractor  *extractor,
                                         GFile                  *file,
                                         GError                **error);

G_END_DECLS
