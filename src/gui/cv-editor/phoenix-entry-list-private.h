/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * PhoenixEntryList's insides, shared by its files: phoenix-entry-list.c (the list:
 * add, remove, move, variant mode, undo) and phoenix-entry-sections.c (the table of
 * sections and fields), and read by its rows (PhoenixEntryRow, phoenix-entry-row.c).
 */

#include "phoenix-entry-list.h"

G_BEGIN_DECLS

typedef enum
{
  KIND_TEXT,
  KIND_URL,
  KIND_DATE,     /* a date on its own */
  KIND_START,    /* start of a period */
  KIND_END,      /* end of a period, off while "current" */
  KIND_CURRENT,  /* boolean */
  KIND_LINES,    /* GStrv, one a line */
  KIND_LEVEL,    /* CEFR level */
} FieldKind;

typedef struct
{
  const char *property;
  const char *label;     /* N_() */
  FieldKind   kind;
} EntryField;

typedef struct
{
  const char       *id;
  const char       *title;        /* N_() */
  const char       *description;  /* N_() */
  const char       *add_label;    /* N_() */
  const char       *untitled;     /* N_() */
  const char       *removed;      /* N_() */
  GType           (*get_type) (void);
  GListStore     *(*get_store) (PhoenixProfile *profile);
  const char       *title_property;
  const char       *subtitle_property;
  const EntryField *fields;
} EntrySection;

struct _PhoenixEntryList
{
  AdwPreferencesGroup  parent_instance;

  const EntrySection  *section;
  PhoenixProfile      *profile;
  GListStore          *store;
  GListStore          *display;  /* the store's entries as the list shows them */
  PhoenixUndoStack    *undo_stack;
  PhoenixCvVariant    *variant;
  gboolean             updating_checks;

  GtkListBox          *list;
  AdwButtonContent    *add_content;
};


/* phoenix-entry-sections.c: the section of @id, NULL when there is none. */
const EntrySection *_phoenix_entry_section_find           (const char       *id);

/* phoenix-entry-list.c */
/* Records the entry's edits on the undo stack (once per entry and list). */
void                _phoenix_entry_list_track_entry       (PhoenixEntryList *self,
                                                           GObject          *entry);
gboolean            _phoenix_entry_list_entry_position    (PhoenixEntryList *self,
                                                           GObject          *entry,
                                                           guint            *position);
void                _phoenix_entry_list_check_toggled_cb  (GtkCheckButton   *check,
                                                           PhoenixEntryList *self);
/* Moves the row at @from to @to (positions in the list as shown): in variant mode
 * within the variant's order, else within the profile. */
void                _phoenix_entry_list_move_row          (PhoenixEntryList *self,
                                                           guint             from,
                                                           guint             to);

/* Test hooks: the UI tests and the screenshot tool drive the real widgets with these. */

/* The row at @position of the list as shown (in variant mode, the variant's order). */
GtkWidget          *_phoenix_entry_list_get_row              (PhoenixEntryList   *self,
                                                              guint               position);

/* The row of the entry at @position of the profile's list, wherever it is shown. */
GtkWidget          *_phoenix_entry_list_get_entry_row        (PhoenixEntryList   *self,
                                                              guint               position);

/* The field widget of the entry at @position: the AdwEntryRow (text), PhoenixMonthPicker (dates),
 * GtkSwitch (current), GtkTextBuffer (one-a-line lists) or AdwComboRow (level) of @property. */
gpointer            _phoenix_entry_list_get_field            (PhoenixEntryList   *self,
                                                              guint               position,
                                                              const char         *property);

/* The entry's inline problems; NULL when none. */
const char         *_phoenix_entry_list_get_error            (PhoenixEntryList   *self,
                                                              guint               position);

G_END_DECLS
