/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

#include "phoenix-taxonomy.h"

G_BEGIN_DECLS

/* k of k-anonymity by default: nothing is published about fewer distinct installs. */
#define PHOENIX_FLYWHEEL_DEFAULT_K 10
/* How many skills and training modules an answer lists at most. */
#define PHOENIX_FLYWHEEL_TOP_ITEMS 20

/*
 * The answer of GET /v1/insights?occupation=CODE (docs/flywheel.md,
 * "Insights"), from the occupation's aggregate rows and the rows over every
 * occupation ("field\tvalue" → gint64 *), de-noised with the estimator of
 * phoenix-randomized-response.h. With fewer than @k contributions for the
 * occupation, nothing about it ({"occupation", "published": false, "k"}, and
 * the sectors, which pool every occupation); a sector is listed only when at
 * least @k contributions report on it.
 */
JsonNode   *phoenix_flywheel_insights_build       (PhoenixTaxonomy *taxonomy,
                                                   const char      *occupation,
                                                   GHashTable      *rows,
                                                   GHashTable      *all_rows,
                                                   guint            k);
/* "10-19", "20-49", "50-99", "100-499", "500-999", "1000+" (or "<10" below 10). */
const char *phoenix_flywheel_contributors_bucket  (gint64           n);

G_END_DECLS
