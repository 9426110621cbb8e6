/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-cv-variant.h"
#include "phoenix-profile.h"
#include "phoenix-spell-checker.h"
#include "phoenix-undo.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_ENTRY_LIST (phoenix_entry_list_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixEntryList, phoenix_entry_list, PHOENIX, ENTRY_LIST, AdwPreferencesGroup)

/*
 * One section of the profile as an editable list: a form per entry, driven by
 * a table of the entry type's fields (text, web address, month/year, “current”
 * switch, one-a-line lists, CEFR level). Add, remove (toast with Undo), move
 * (row menu, Alt+Up/Alt+Down, drag and drop), inline validation (empty title,
 * end before start, malformed address). Adds, removals, moves and field edits
 * are recorded on the undo stack.
 *
 * @section: a section id of phoenix-cv-variant.h with a list ("experience",
 * "education", "skills", "languages", "certifications", "projects",
 * "volunteering", "interests", "awards", "publications", "references").
 *
 * In variant mode (a variant set), each row gets a check button: whether the
 * variant shows the entry, and the rows show the variant's order: moves (menu,
 * Alt+Up/Alt+Down, drag and drop) reorder the variant's selection of the section
 * (undoable), not the profile.
 *
 * Skills, languages and interests are chips: typed by name in an entry (Enter adds one), a
 * level chosen in the chip's popover.
 *
 * Signal "edited": an entry or the list changed (the whole profile needs saving).
 */
GtkWidget  *phoenix_entry_list_new             (const char       *section);
const char *phoenix_entry_list_get_section     (PhoenixEntryList *self);
void        phoenix_entry_list_set_profile     (PhoenixEntryList *self,
                                                PhoenixProfile   *profile);
void        phoenix_entry_list_set_undo_stack  (PhoenixEntryList *self,
                                                PhoenixUndoStack *undo_stack);
/* @variant: (nullable): NULL leaves variant mode. */
void        phoenix_entry_list_set_variant     (PhoenixEntryList *self,
                                                PhoenixCvVariant *variant);

/* Multi-line fields are checked with @checker ("spell-checker"; NULL: not checked). */
PhoenixSpellChecker *phoenix_entry_list_get_spell_checker (PhoenixEntryList    *self);
void        phoenix_entry_list_set_spell_checker (PhoenixEntryList    *self,
                                                  PhoenixSpellChecker *checker);

/* Appends an empty entry, folds the other forms, opens the new one's and focuses its first
 * field (in chip sections: opens the chip's popover). */
void        phoenix_entry_list_add             (PhoenixEntryList *self);
/* Chip sections: appends an entry per name of @text (separated by commas, semicolons or new
 * lines), each with the level said after it ("Anglais (C1)", "Python: expert"), in one undo
 * step. Returns how many were added. */
guint       phoenix_entry_list_add_named       (PhoenixEntryList *self,
                                                const char       *text);
/* Folds every entry's form. */
void        phoenix_entry_list_collapse_all    (PhoenixEntryList *self);
/* Removes the entry at @position; a toast offers to bring it back. */
void        phoenix_entry_list_remove          (PhoenixEntryList *self,
                                                guint             position);
/* Moves the entry at @from to @to (positions in the profile), in the profile. */
void        phoenix_entry_list_move            (PhoenixEntryList *self,
                                                guint             from,
                                                guint             to);

G_END_DECLS
