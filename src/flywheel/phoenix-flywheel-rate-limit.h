/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * A token bucket per client address: @burst requests at once, then @rate a
 * second. Addresses live only in this table's memory (never logged or stored)
 * and are forgotten once their bucket is full again; the table holds at most
 * PHOENIX_FLYWHEEL_RATE_LIMIT_MAX_ADDRESSES, so a flood of addresses cannot
 * grow it without bound (past that, unknown addresses share one bucket).
 * Main-thread only.
 */

#define PHOENIX_FLYWHEEL_RATE_LIMIT_MAX_ADDRESSES 100000

#define PHOENIX_TYPE_FLYWHEEL_RATE_LIMIT (phoenix_flywheel_rate_limit_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixFlywheelRateLimit, phoenix_flywheel_rate_limit, PHOENIX, FLYWHEEL_RATE_LIMIT, GObject)

/* @rate 0 turns the limit off. */
PhoenixFlywheelRateLimit *phoenix_flywheel_rate_limit_new   (double                    rate,
                                                             double                    burst);
/* Takes a token for @address at @now_us (monotonic); FALSE when there is none (429). */
gboolean                  phoenix_flywheel_rate_limit_take  (PhoenixFlywheelRateLimit *self,
                                                             const char               *address,
                                                             gint64                    now_us);
/* Seconds until @address has a token again (for Retry-After), at least 1. */
guint                     phoenix_flywheel_rate_limit_retry_after (PhoenixFlywheelRateLimit *self);
/* Forgets the addresses whose bucket is full again; returns how many remain. */
guint                     phoenix_flywheel_rate_limit_prune (PhoenixFlywheelRateLimit *self,
                                                             gint64                    now_us);

G_END_DECLS
