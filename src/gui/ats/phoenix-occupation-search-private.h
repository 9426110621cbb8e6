/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * PhoenixOccupationSearch's test hooks (the UI tests).
 */

#include "phoenix-occupation-search.h"

G_BEGIN_DECLS

/* phoenix-occupation-search.c */
GtkEditable         *_phoenix_occupation_search_get_entry   (PhoenixOccupationSearch *self);

guint                _phoenix_occupation_search_get_n_results (PhoenixOccupationSearch *self);

const char          *_phoenix_occupation_search_get_result_label (PhoenixOccupationSearch *self,
                                                                 guint                    position);

void                 _phoenix_occupation_search_search_now  (PhoenixOccupationSearch *self);

/* Activates the match at @position, as a click does. */
void                 _phoenix_occupation_search_choose      (PhoenixOccupationSearch *self,
                                                             guint                    position);

G_END_DECLS
