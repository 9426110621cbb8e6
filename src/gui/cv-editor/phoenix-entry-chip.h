/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-entry-list.h"
#include "phoenix-spell-underline.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_ENTRY_CHIP (phoenix_entry_chip_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixEntryChip, phoenix_entry_chip, PHOENIX, ENTRY_CHIP, GtkFlowBoxChild)

/*
 * One entry of a chip section (skills, languages, interests) in its PhoenixEntryList:
 * its name and level on a pill; Enter or a click opens its fields in a popover (level,
 * details, Remove); Delete removes it (toast with Undo); Alt+arrows move it. In variant
 * mode a check button says whether this CV shows it. One Tab stop.
 */
PhoenixEntryChip *phoenix_entry_chip_new        (PhoenixEntryList *list,
                                                 GObject          *entry);
GObject          *phoenix_entry_chip_get_entry  (PhoenixEntryChip *self);
/* The variant mode's "Show in this CV" check button. */
GtkCheckButton   *phoenix_entry_chip_get_check  (PhoenixEntryChip *self);
/* As phoenix_entry_row_get_field(): the fields in the popover, built when it opens (or when
 * asked here) and released when it closes. */
gpointer          phoenix_entry_chip_get_field  (PhoenixEntryChip *self,
                                                 const char       *property);
/* Opens the popover with its first field focused. */
void              phoenix_entry_chip_edit       (PhoenixEntryChip *self);
/* What the pill says ("Python · Advanced"). */
const char       *phoenix_entry_chip_get_text   (PhoenixEntryChip *self);
/* The button that takes the focus and opens the popover. */
GtkWidget        *phoenix_entry_chip_get_button (PhoenixEntryChip *self);

G_END_DECLS
