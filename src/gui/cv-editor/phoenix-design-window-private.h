/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * PhoenixDesignWindow's test hooks (the UI tests, the screenshot tool and the benchmark).
 */

#include "phoenix-design-window.h"

G_BEGIN_DECLS

/* Thumbnails drawn so far (each drawing of the gallery adds one per template). */
guint         _phoenix_design_window_get_n_thumbnails  (PhoenixDesignWindow *self);
/* The thumbnail of @template_id, NULL until drawn. */
GdkPaintable *_phoenix_design_window_get_thumbnail     (PhoenixDesignWindow *self,
                                                        const char          *template_id);
/* As a click on a card, or on the @position-th swatch (0: the template's colour). */
void          _phoenix_design_window_choose_template   (PhoenixDesignWindow *self,
                                                        const char          *template_id);
void          _phoenix_design_window_choose_accent     (PhoenixDesignWindow *self,
                                                        guint                position);
AdwComboRow  *_phoenix_design_window_get_font_row      (PhoenixDesignWindow *self);
AdwComboRow  *_phoenix_design_window_get_spacing_row   (PhoenixDesignWindow *self);
GtkSwitch    *_phoenix_design_window_get_fit_switch    (PhoenixDesignWindow *self);
/* What "Fit to One Page" says it did. */
const char   *_phoenix_design_window_get_fit_text      (PhoenixDesignWindow *self);

G_END_DECLS
