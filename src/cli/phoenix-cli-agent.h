/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* phoenix-cli next-step RESUME.json [--target CODE] [--lang fr|en] [--taxonomy FILE]: prints the agent's
 * advice from the CV alone, {"step", "title", "reasons", "page", "action", "success": {"probability",
 * "text", "model", "factors": [{"factor", "weight", "text"}…]}}. */
int phoenix_cli_next_step (int    argc,
                           char **argv);

/* phoenix-cli payload RESUME.json [--target CODE] [--seed N] [--taxonomy FILE]: prints the exact JSON the
 * flywheel sync would send for that profile, noise applied (the target: --target, else the best
 * suggestion). --seed N makes the noise repeatable; without it, it is drawn as the app draws it. */
int phoenix_cli_payload   (int    argc,
                           char **argv);

G_END_DECLS
