/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-link.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_LINK_ROW (phoenix_link_row_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixLinkRow, phoenix_link_row, PHOENIX, LINK_ROW, AdwExpanderRow)

/*
 * One of the profile's links: an expander titled by its label, showing its address, with
 * the label and address rows bound both ways to the PhoenixLink, the address's problem under
 * them, and a remove button that emits "remove" (the page removes it, with undo).
 */
PhoenixLinkRow *phoenix_link_row_new           (PhoenixLink    *link);
PhoenixLink    *phoenix_link_row_get_link      (PhoenixLinkRow *self);
/* @field: "label" or "url" */
GtkEditable    *phoenix_link_row_get_field     (PhoenixLinkRow *self,
                                                const char     *field);
/* Checks the address; @show_invalid as _phoenix_form_validate_field(). */
void            phoenix_link_row_validate      (PhoenixLinkRow *self,
                                                gboolean        show_invalid);
/* The problem shown under the address, NULL when none. */
const char     *phoenix_link_row_get_error     (PhoenixLinkRow *self);

G_END_DECLS
