/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* phoenix-cli letter RESUME.json OFFER [--lang fr|en] [--tone formal|warm|concise]
 * [--length short|standard|long] [--draft story|skills|company] [--date YYYY-MM-DD]
 * [--taxonomy FILE]: prints a cover-letter draft as plain text. */
int phoenix_cli_letter (int    argc,
                        char **argv);

G_END_DECLS
