/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "phoenix-contribution.h"

G_BEGIN_DECLS

/*
 * The aggregate rows a contribution adds to, as (occupation, field, value)
 * counters (docs/flywheel.md, "Storage"). Under its target occupation:
 *   n                       contributions
 *   origin … outcome        one counter per value of each field
 *   outcome|years, outcome|education, outcome|ats
 *                           "hired|5-9": the pairs the success model needs
 *   skills, skills_asked    one counter per skill id listed
 *   training|OUTCOME        one counter per module listed, by outcome
 * and under "*" (every occupation):
 *   n, sector, applications|S, responses|S, interviews|S
 */

#define PHOENIX_FLYWHEEL_ALL_OCCUPATIONS "*"

/* "occupation\tfield\tvalue" → gint64 * change. */
GHashTable *phoenix_flywheel_aggregates_new_changes (void);
/* Adds @sign (+1 or −1) to every counter @contribution counts in. */
void        phoenix_flywheel_aggregates_collect     (PhoenixContribution *contribution,
                                                     gint64               sign,
                                                     GHashTable          *changes);
/* The non-zero changes as PhoenixFlywheelDelta *, sorted by occupation, field, value. */
GPtrArray  *phoenix_flywheel_aggregates_to_deltas   (GHashTable          *changes);

G_END_DECLS
