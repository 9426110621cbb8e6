/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-taxonomy.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_TARGET_CHOOSER (phoenix_target_chooser_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixTargetChooser, phoenix_target_chooser, PHOENIX, TARGET_CHOOSER, GtkBox)

/*
 * Picking a target job in one step: the targets Phoenix suggests (a GListModel
 * of PhoenixTargetSuggestion, each with its share of core skills and why),
 * then a search of every occupation (PhoenixOccupationSearch). Activating
 * either emits "target-chosen" with the ROME code.
 */
PhoenixTargetChooser *phoenix_target_chooser_new             (PhoenixTaxonomy      *taxonomy);
void                  phoenix_target_chooser_set_suggestions (PhoenixTargetChooser *self,
                                                              GListModel           *suggestions);

G_END_DECLS
