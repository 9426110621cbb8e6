/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* phoenix-cli ats RESUME.json OFFER.txt|OFFER.html|OFFER.pdf [--taxonomy FILE]: prints
 * {"score", "breakdown", "matched", "missing", "occupation", "offer", "suggestions", "format"}. */
int phoenix_cli_ats (int    argc,
                     char **argv);

G_END_DECLS
