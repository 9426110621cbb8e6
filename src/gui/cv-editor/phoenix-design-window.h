/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-cv-preview.h"
#include "phoenix-cv-variant.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_DESIGN_WINDOW (phoenix_design_window_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixDesignWindow, phoenix_design_window, PHOENIX, DESIGN_WINDOW, AdwWindow)

/*
 * The design of one CV variant: a gallery of the templates, each a thumbnail of the user's
 * own CV drawn in a worker thread from @preview's snapshot (and drawn again as the CV
 * changes), marked when tracking systems read it in order; then the CV's accent colour, font,
 * spacing and "fit to one page" (saying what it took, or that the CV still does not fit).
 * Every choice goes to @variant at once (the page saves and undoes it). Escape closes it.
 */
PhoenixDesignWindow *phoenix_design_window_new     (PhoenixCvVariant    *variant,
                                                    PhoenixCvPreview    *preview);
PhoenixCvVariant    *phoenix_design_window_get_variant (PhoenixDesignWindow *self);

G_END_DECLS
