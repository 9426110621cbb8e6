/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-taxonomy.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_OCCUPATION_SEARCH (phoenix_occupation_search_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixOccupationSearch, phoenix_occupation_search, PHOENIX, OCCUPATION_SEARCH, GtkBox)

/*
 * A search entry and the occupations of @taxonomy whose French or English titles
 * match it (accents and case optional). Activating one emits "occupation-chosen"
 * with its taxonomy index. Used by the ATS check to correct an offer's occupation.
 */
PhoenixOccupationSearch *phoenix_occupation_search_new          (PhoenixTaxonomy         *taxonomy);
PhoenixTaxonomy         *phoenix_occupation_search_get_taxonomy (PhoenixOccupationSearch *self);
/* At most this many matches are listed (default 12). */
void                     phoenix_occupation_search_set_max_results (PhoenixOccupationSearch *self,
                                                                    guint                    max_results);
/* "fr" or "en": the language of the user interface, for labels. */
const char              *phoenix_occupation_search_get_ui_language (void);

G_END_DECLS
