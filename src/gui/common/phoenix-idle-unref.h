/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * Objects let go of a few at a time (issue #20): what a thousand rows or a whole CV layout
 * cost to finalise, spread over idle turns of at most a few ms instead of one long turn. The
 * caller takes them out of the widget tree first (nothing of them stays on screen or
 * reachable), then hands its reference over.
 */
void  phoenix_idle_unref             (gpointer object);
/* How many are still waiting (tests, benchmarks). */
guint phoenix_idle_unref_get_pending (void);

G_END_DECLS
