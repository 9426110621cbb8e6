/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-entry-list.h"
#include "phoenix-spell-underline.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_ENTRY_ROW (phoenix_entry_row_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixEntryRow, phoenix_entry_row, PHOENIX, ENTRY_ROW, AdwExpanderRow)

/*
 * One entry of a CV section in its PhoenixEntryList: an expander titled by the entry; while
 * it is open, a field row per field of the section (bound both ways to the entry's properties;
 * built when it opens, released when it folds, so a folded row is a title and a subtitle), a menu
 * to move or remove it (Alt+Up, Alt+Down; the menu key or Shift+F10 opens it), a drag handle,
 * the variant mode's check button and the entry's problems under the form. One Tab stop.
 */
PhoenixEntryRow *phoenix_entry_row_new          (PhoenixEntryList *list,
                                                 GObject          *entry);
GObject         *phoenix_entry_row_get_entry    (PhoenixEntryRow  *self);
/* The variant mode's "Show in this CV" check button. */
GtkCheckButton  *phoenix_entry_row_get_check    (PhoenixEntryRow  *self);
/* The widget editing @property: an AdwEntryRow (text), a PhoenixMonthPicker (dates), a
 * GtkSwitch (current), a GtkTextBuffer (one-a-line lists) or an AdwComboRow (level); NULL
 * while the row is folded (no form). */
gpointer         phoenix_entry_row_get_field    (PhoenixEntryRow  *self,
                                                 const char       *property);
/* The spell checking of a one-a-line list or paragraph field; NULL while folded. */
PhoenixSpellUnderline *phoenix_entry_row_get_spell (PhoenixEntryRow *self,
                                                 const char      *property);
/* A row just added: an empty title is not a problem yet; its form opens, its first field focused. */
void             phoenix_entry_row_open_fresh   (PhoenixEntryRow  *self);
/* Shows the entry's problems under its form, or hides them. */
void             phoenix_entry_row_validate     (PhoenixEntryRow  *self);
/* The problems shown, NULL when none. */
const char      *phoenix_entry_row_get_error    (PhoenixEntryRow  *self);

G_END_DECLS
