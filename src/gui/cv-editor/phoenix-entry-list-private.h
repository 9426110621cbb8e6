/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * PhoenixEntryList's insides, shared by its files: phoenix-entry-list.c (the list:
 * add, remove, move, variant mode, undo), phoenix-entry-sections.c (the table of
 * sections and fields) and phoenix-entry-form.c (an entry's fields as form rows), and
 * read by its rows (PhoenixEntryRow, phoenix-entry-row.c) and chips (PhoenixEntryChip,
 * phoenix-entry-chip.c).
 */

#include "phoenix-entry-list.h"
#include "phoenix-spell-underline.h"

G_BEGIN_DECLS

typedef enum
{
  KIND_TEXT,
  KIND_URL,
  KIND_DATE,     /* a date on its own */
  KIND_START,    /* start of a period */
  KIND_END,      /* end of a period, off while "current" */
  KIND_CURRENT,  /* boolean */
  KIND_LINES,    /* GStrv, one a line (spell-checked) */
  KIND_PARAGRAPH,  /* a multi-line text (spell-checked) */
  KIND_LEVEL,    /* CEFR level */
  KIND_SKILL_LEVEL,  /* Beginner, Intermediate, Advanced, Expert */
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
  const char       *chip_hint;    /* N_(); not NULL: entered as chips (a name and an optional level) */
  const char       *level_property;  /* the chip's level, or NULL */
} EntrySection;

/* An entry's fields as form rows (phoenix-entry-form.c). */
typedef struct _EntryForm EntryForm;

struct _PhoenixEntryList
{
  AdwPreferencesGroup  parent_instance;

  const EntrySection  *section;
  PhoenixProfile      *profile;
  GListStore          *store;
  GListStore          *display;  /* the store's entries as the list shows them */
  GtkSliceListModel   *slice;    /* the first page(s) of display: the rows or chips built */
  guint                page_target;  /* the slice's size once the rows still to come are built */
  gboolean             filling;      /* in the queue of lists built a few rows a turn */
  gboolean             tearing_down; /* in the queue of lists whose rows leave a few a turn (lock) */
  GPtrArray           *pending_order;  /* an import's new order, shown in a later turn (or NULL) */
  PhoenixUndoStack    *undo_stack;
  PhoenixCvVariant    *variant;
  gboolean             updating_checks;

  PhoenixSpellChecker *spell_checker;

  GtkListBox          *list;
  AdwButtonContent    *add_content;
  GtkWidget           *add_button;
  /* Chip sections: the entry to add one by name, and the chips. */
  GtkListBox          *chip_box;
  AdwEntryRow         *chip_entry;
  GtkWidget           *chip_row;
  GtkFlowBox          *chips;
  /* Under the rows or chips while some are not shown: "Show %u More" and "Show All". */
  GtkWidget           *more_box;
  GtkWidget           *more_button;
  GtkWidget           *all_button;
};


/* phoenix-entry-sections.c: the section of @id, NULL when there is none. */
const EntrySection *_phoenix_entry_section_find           (const char       *id);

/* phoenix-entry-form.c */
EntryForm          *_phoenix_entry_form_new               (PhoenixEntryList *list,
                                                           GObject          *entry);
void                _phoenix_entry_form_free              (EntryForm        *form);
/* The rows, in the section's order, to add to an expander row or a popover's list. */
GPtrArray          *_phoenix_entry_form_get_rows          (EntryForm        *form);
/* As _phoenix_entry_list_get_field(). */
gpointer            _phoenix_entry_form_get_field         (EntryForm        *form,
                                                           const char       *property);
/* The text view of a one-a-line list or paragraph field, and its spell checking. */
GtkTextView        *_phoenix_entry_form_get_view          (EntryForm        *form,
                                                           const char       *property);
PhoenixSpellUnderline *_phoenix_entry_form_get_spell      (EntryForm        *form,
                                                           const char       *property);
/* A stored level as the editor shows it ("B2 – Upper Intermediate", "Advanced"); other values as they are. */
const char         *_phoenix_entry_form_describe_level    (const char       *level,
                                                           gboolean          cefr);

/* phoenix-entry-list.c */
/* Records the entry's edits on the undo stack (once per entry and list). */
void                _phoenix_entry_list_track_entry       (PhoenixEntryList *self,
                                                           GObject          *entry);
gboolean            _phoenix_entry_list_entry_position    (PhoenixEntryList *self,
                                                           GObject          *entry,
                                                           guint            *position);
void                _phoenix_entry_list_check_toggled_cb  (GtkCheckButton   *check,
                                                           PhoenixEntryList *self);
/* Sets the variant checks of the rows or chips built. */
void                _phoenix_entry_list_update_checks     (PhoenixEntryList *self);
/* Moves the row at @from to @to (positions in the list as shown): in variant mode
 * within the variant's order, else within the profile. */
void                _phoenix_entry_list_move_row          (PhoenixEntryList *self,
                                                           guint             from,
                                                           guint             to);
/* phoenix-entry-list-items.c: rows or chips */
gboolean            _phoenix_entry_list_is_chips          (PhoenixEntryList *self);
void                _phoenix_entry_list_build_chips       (PhoenixEntryList *self);
GtkCheckButton     *_phoenix_entry_list_item_check        (GtkWidget        *widget);
GObject            *_phoenix_entry_list_item_entry        (GtkWidget        *widget);
/* The page of rows or chips: the slice and its footer ("Show %u More", "Show All"). */
void                _phoenix_entry_list_build_more        (PhoenixEntryList *self);
/* Back to the first page (a new profile, or none). */
void                _phoenix_entry_list_reset_page        (PhoenixEntryList *self);
/* Most of the rows built will change (an import, its undo): FALSE, or TRUE when @order is to be
 * shown in a later turn (the list keeps its rows until then; the sections' old rows go one
 * section a turn), then the slice builds its first rows and the rest of the page a few a turn. */
gboolean            _phoenix_entry_list_refill_page       (PhoenixEntryList *self,
                                                           GPtrArray        *order);
/* Shows the order an import left for a later turn now (before reaching a row). */
void                _phoenix_entry_list_settle            (PhoenixEntryList *self);
/* The rows or chips built handed to phoenix_idle_unref() (the list is about to let go of most
 * of them): taken out of the list at once, finalised a few a turn. */
void                _phoenix_entry_list_bury_items        (PhoenixEntryList *self);
/* TRUE while rows of the page are still to be built in idle turns (tests). */
gboolean            _phoenix_entry_list_get_filling       (PhoenixEntryList *self);
void                _phoenix_entry_list_tear_down         (PhoenixEntryList *self);
void                _phoenix_entry_list_stop_teardown     (PhoenixEntryList *self);
guint               _phoenix_entry_list_get_n_tearing_down (void);
/* Grows the slice so the entry at @position of the list as shown has its row or chip. */
void                _phoenix_entry_list_reveal            (PhoenixEntryList *self,
                                                           guint             position);
/* Gives @widget (a row or chip, or in one) the focus, at the next frames when it has no size yet. */
void                _phoenix_entry_list_focus_widget      (GtkWidget        *widget);
/* Gives the row or chip of the entry at @position (as shown) the focus, growing the page to it. */
void                _phoenix_entry_list_focus_item        (PhoenixEntryList *self,
                                                           guint             position);
/* The entries the list shows rows or chips for (the slice's size, at most the list's). */
guint               _phoenix_entry_list_get_n_built       (PhoenixEntryList *self);
/* The row or chip showing the entry at @position of the list as shown, and its variant check;
 * NULL past the slice (see _phoenix_entry_list_reveal()). */
GtkWidget          *_phoenix_entry_list_get_item_widget   (PhoenixEntryList *self,
                                                           guint             position);
/* The position of @widget (a row or a chip) in the list as shown; -1 when it is none of them. */
int                 _phoenix_entry_list_get_item_index    (PhoenixEntryList *self,
                                                           GtkWidget        *widget);

/* Test hooks: the UI tests and the screenshot tool drive the real widgets with these.
 * Those that take a position grow the slice to it, as "Show More" would. */

/* The footer's "Show %u More" and "Show All" buttons (hidden when every entry is shown). */
GtkButton          *_phoenix_entry_list_get_more_button      (PhoenixEntryList   *self);
GtkButton          *_phoenix_entry_list_get_all_button       (PhoenixEntryList   *self);

/* The row at @position of the list as shown (in variant mode, the variant's order). */
GtkWidget          *_phoenix_entry_list_get_row              (PhoenixEntryList   *self,
                                                              guint               position);

/* The row of the entry at @position of the profile's list, wherever it is shown. */
GtkWidget          *_phoenix_entry_list_get_entry_row        (PhoenixEntryList   *self,
                                                              guint               position);

/* The field widget of the entry at @position: the AdwEntryRow (text), PhoenixMonthPicker (dates),
 * GtkSwitch (current), GtkTextBuffer (one-a-line lists) or AdwComboRow (level) of @property.
 * Forms are built only while open: this opens the row (a chip's fields are built until its
 * popover closes); folding the row releases the widget. */
gpointer            _phoenix_entry_list_get_field            (PhoenixEntryList   *self,
                                                              guint               position,
                                                              const char         *property);

/* The entry's inline problems; NULL when none. */
const char         *_phoenix_entry_list_get_error            (PhoenixEntryList   *self,
                                                              guint               position);

/* Chip sections: the entry that adds a chip by its name (Enter adds it). */
AdwEntryRow        *_phoenix_entry_list_get_chip_entry       (PhoenixEntryList   *self);

/* The spell checking of a one-a-line list or paragraph field of the entry at @position (opens the row). */
PhoenixSpellUnderline *_phoenix_entry_list_get_spell         (PhoenixEntryList   *self,
                                                              guint               position,
                                                              const char         *property);

G_END_DECLS
