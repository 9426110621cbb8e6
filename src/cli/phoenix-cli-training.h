/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* phoenix-cli targets RESUME.json [--max N] [--lang fr|en] [--taxonomy FILE]: prints
 * {"targets": [{"code", "label", "have_share", "why"}…]}, best first. */
int phoenix_cli_targets (int    argc,
                         char **argv);

/* phoenix-cli gap RESUME.json --target CODE [--hours-per-week N] [--catalogue FILE.csv] [--lang fr|en]
 * [--taxonomy FILE]: prints {"target", "have_share", "have", "partly", "missing", "nice_to_have",
 * "diplomas", "access", "path": [{"id", "title", "hours", "certifying", "covers": [{"id", "label"}…], "end"}…],
 * "uncoverable", "total_hours", "hours_per_week", "end_date", "exact"}. */
int phoenix_cli_gap     (int    argc,
                         char **argv);

G_END_DECLS
