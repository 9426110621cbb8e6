/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* phoenix-cli import-pdf FILE.pdf [--password P]: prints
 * {"sections": [...], "profile": {...}, "unassigned": [...]} to stdout. */
int phoenix_cli_import_pdf (int    argc,
                            char **argv);

G_END_DECLS
