/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* PhoenixTaxonomy's test hooks. */

#include "phoenix-taxonomy.h"

G_BEGIN_DECLS

/* The compiled term array, a(syus) sorted by key "lang:words" (owned by the taxonomy). */
GVariant *_phoenix_taxonomy_get_terms (PhoenixTaxonomy *self);

/* The compiled title array, a(sssuy) (owned by the taxonomy). */
GVariant *_phoenix_taxonomy_get_titles      (PhoenixTaxonomy *self);

/* The compiled indexes, PHOENIX_TAXONOMY_INDEX_TYPE (a new reference). */
GVariant *_phoenix_taxonomy_get_index       (PhoenixTaxonomy *self);

G_END_DECLS
