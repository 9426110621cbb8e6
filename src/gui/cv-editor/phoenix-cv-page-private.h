/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * The CV page's insides, shared by its files: phoenix-cv-page.c (the form, undo,
 * layout, spell checking), phoenix-cv-page-variants.c (the CV variants: selector,
 * settings, sections, choice of entries), phoenix-cv-page-actions.c (PDF, Word and
 * JSON Resume export, JSON Resume import), phoenix-cv-page-completeness.c,
 * phoenix-cv-page-preview.c (the preview pane: empty state, zoom, pages),
 * phoenix-cv-page-links.c and phoenix-cv-page-photo.c.
 */

#include "phoenix-cv-page.h"
#include "phoenix-design-window.h"
#include "phoenix-form-util.h"
#include "phoenix-spell-underline.h"
#include "phoenix-cv-preview.h"
#include "phoenix-cv-variant.h"
#include "phoenix-entry-list.h"
#include "phoenix-pdf-import.h"
#include "phoenix-undo.h"

G_BEGIN_DECLS

/* Sections edited as entry lists. */
#define PHOENIX_CV_PAGE_N_LISTS 11

typedef enum
{
  PHOENIX_CV_PAGE_FIT_WIDTH,
  PHOENIX_CV_PAGE_FIT_PAGE,
  PHOENIX_CV_PAGE_FIT_NONE,  /* a zoom of its own */
} PhoenixCvPageFit;

typedef enum
{
  FIELD_NAME,
  FIELD_HEADLINE,
  FIELD_EMAIL,
  FIELD_PHONE,
  FIELD_CITY,
  FIELD_COUNTRY,
  N_FIELDS
} Field;

struct _PhoenixCvPage
{
  AdwBin              parent_instance;

  PhoenixContext     *context;
  PhoenixVault       *vault;
  GHashTable         *tracked_links;  /* PhoenixLink the page listens to */
  GPtrArray          *completeness_items;  /* PhoenixCompletenessItem, as missing_list shows them */
  GBinding           *profile_binding;
  PhoenixProfile     *profile;
  GPtrArray          *bindings;
  PhoenixUndoStack   *undo_stack;

  guint               validate_id;  /* a moment after the last change, invalid fields are flagged */
  gboolean            updating_summary;
  gboolean            updating_variant;
  guint               completeness_id;
  guint               n_exports;
  GListStore         *variants;
  PhoenixCvVariant   *variant;
  GPtrArray          *variant_bindings;
  PhoenixEntryList   *lists[PHOENIX_CV_PAGE_N_LISTS];
  AdwExpanderRow     *sections_row;
  GPtrArray          *section_rows;
  guint               section_order_id;
  GCancellable       *photo_cancellable;  /* the photo being read, or NULL */
  PhoenixPdfImport   *photo_reader;       /* decodes chosen photos in the import helper's sandbox */
  char               *photo_error;        /* the last photo refused, for the tests */

  /* Spell checking of the multi-line fields, in the current CV's language. */
  PhoenixSpellUnderline *summary_spell;
  PhoenixSpellChecker   *checkers[2];     /* French, English; loaded in a thread when first needed */
  gboolean               checker_tried[2];
  GCancellable          *spell_cancellable;

  PhoenixDesignWindow *design_window;  /* weak: open while shown */

  /* The preview pane (phoenix-cv-page-preview.c). */
  PhoenixCvPageFit    fit_mode;
  double              zoom;
  int                 keep_page;    /* after a zoom, the page to keep in view (-1: none) */
  double              keep_offset;  /* and where on it, in points */

  /* Template widgets */
  AdwEntryRow        *rows[N_FIELDS];
  GtkListBoxRow      *email_error_row;
  GtkLabel           *email_error_label;
  GtkListBoxRow      *phone_error_row;
  GtkLabel           *phone_error_label;
  GtkListBox         *links_list;
  GtkTextView        *summary_view;
  GtkLabel           *summary_placeholder;
  AdwPreferencesPage *editor_page;
  GtkDropDown        *variant_dropdown;
  GtkToggleButton    *select_button;
  GtkToggleButton    *select_button_compact;
  GtkToggleButton    *preview_button;
  GtkWidget          *variant_menu_button;
  AdwLeaflet         *leaflet;
  PhoenixCvPreview   *preview;
  GtkStack           *preview_stack;
  GtkScrolledWindow  *preview_scroller;
  GtkLabel           *page_label;
  GtkMenuButton      *zoom_button;
  GtkLabel           *zoom_label;
  AdwExpanderRow     *completeness_row;
  GtkLevelBar        *score_bar;
  GPtrArray          *missing_rows;
  AdwPreferencesGroup *variant_group;
  AdwEntryRow        *variant_headline_row;
  AdwEntryRow        *variant_summary_row;
  AdwComboRow        *language_row;
  AdwActionRow       *template_row;
  AdwComboRow        *paper_row;
  AdwActionRow       *show_photo_row;
  GtkSwitch          *show_photo_switch;
  AdwActionRow       *photo_row;
  AdwAvatar          *photo_avatar;
  GtkWidget          *photo_choose_button;
  GtkWidget          *photo_remove_button;
};


/* phoenix-cv-page.c */
/* The CV variants changed: saved by the profile's autosave (the context's). */
void _phoenix_cv_page_variants_changed    (PhoenixCvPage    *self);
void _phoenix_cv_page_show_toast          (PhoenixCvPage    *self,
                                           const char       *title);
/* Checks the multi-line fields in the current CV's language (its dictionary loaded once). */
void _phoenix_cv_page_update_spell_language (PhoenixCvPage  *self);
/* Records edits of @property of @object (any type) on the page's undo stack. */
void _phoenix_cv_page_track_property      (PhoenixCvPage    *self,
                                           GObject          *object,
                                           const char       *property);

/* phoenix-cv-page-variants.c */
void _phoenix_cv_page_class_init_variants (GtkWidgetClass   *widget_class);
void _phoenix_cv_page_init_variants       (PhoenixCvPage    *self);
/* Loads the vault's CVs (one made up when there is none) and shows the first. */
void _phoenix_cv_page_load_variants       (PhoenixCvPage    *self);
void _phoenix_cv_page_set_current_variant (PhoenixCvPage    *self,
                                           PhoenixCvVariant *variant);
/* The CV's name as shown: the name made up for a new vault is said in today's language. */
const char *_phoenix_cv_page_variant_display_name (PhoenixCvVariant *variant);

/* phoenix-cv-page-photo.c: the photo row (choose, remove) and its undo */
void _phoenix_cv_page_class_init_photo    (GtkWidgetClass   *widget_class);
void _phoenix_cv_page_init_photo          (PhoenixCvPage    *self);
void _phoenix_cv_page_connect_photo       (PhoenixCvPage    *self);
void _phoenix_cv_page_disconnect_photo    (PhoenixCvPage    *self);

/* phoenix-cv-page-links.c: the links, a PhoenixLinkRow each */
void _phoenix_cv_page_class_init_links    (GtkWidgetClass   *widget_class);
void _phoenix_cv_page_init_links          (PhoenixCvPage    *self);
void _phoenix_cv_page_finalize_links      (PhoenixCvPage    *self);
void _phoenix_cv_page_bind_links          (PhoenixCvPage    *self,
                                           GListStore       *links);
/* @show_invalid: FALSE while the user is still typing (see _phoenix_form_validate_field()). */
void _phoenix_cv_page_validate_links      (PhoenixCvPage    *self,
                                           gboolean          show_invalid);

/* phoenix-cv-page-completeness.c: the score and the missing items */
void _phoenix_cv_page_schedule_completeness    (PhoenixCvPage *self);

/* phoenix-cv-page-preview.c: the preview pane */
void _phoenix_cv_page_class_init_preview  (GtkWidgetClass   *widget_class);
void _phoenix_cv_page_init_preview        (PhoenixCvPage    *self);

/* phoenix-cv-page-actions.c */
void _phoenix_cv_page_class_init_actions  (GtkWidgetClass   *widget_class);

/* Test hooks: the UI tests and the screenshot tool drive the real widgets with these. */

/* @field: "name", "headline", "email", "phone", "city", "country" */
GtkEditable        *_phoenix_cv_page_get_row                 (PhoenixCvPage      *self,
                                                              const char         *field);

/* The inline error of "email" or "phone"; NULL when the field is valid. */
const char         *_phoenix_cv_page_get_error               (PhoenixCvPage      *self,
                                                              const char         *field);

GtkTextBuffer      *_phoenix_cv_page_get_summary_buffer      (PhoenixCvPage      *self);

GtkTextView        *_phoenix_cv_page_get_summary_view        (PhoenixCvPage      *self);

gboolean            _phoenix_cv_page_get_save_pending        (PhoenixCvPage      *self);

/* The "label" or "url" row of the link at @position; NULL when there is none. */
GtkEditable        *_phoenix_cv_page_get_link_row            (PhoenixCvPage      *self,
                                                              guint               position,
                                                              const char         *field);

/* The inline error under the link's URL; NULL when valid. */
const char         *_phoenix_cv_page_get_link_error          (PhoenixCvPage      *self,
                                                              guint               position);

/* Clicks the link's remove button. */
void                _phoenix_cv_page_remove_link             (PhoenixCvPage      *self,
                                                              guint               position);

/* The CV editor (phoenix-cv-page.c, phoenix-entry-list.c). @section as in phoenix-entry-list.h. */
/* TRUE while rows of a new profile or an import are still built in idle turns, or the
 * preview lays it out in a worker (tests, benchmarks). */
gboolean            _phoenix_cv_page_get_filling             (PhoenixCvPage      *self);
PhoenixEntryList   *_phoenix_cv_page_get_entry_list          (PhoenixCvPage      *self,
                                                              const char         *section);

PhoenixUndoStack   *_phoenix_cv_page_get_undo_stack          (PhoenixCvPage      *self);

GListStore         *_phoenix_cv_page_get_variants            (PhoenixCvPage      *self);

PhoenixCvVariant   *_phoenix_cv_page_get_variant             (PhoenixCvPage      *self);

void                _phoenix_cv_page_select_variant          (PhoenixCvPage      *self,
                                                              guint               position);

/* Turns the “choose what this CV shows” toggle on or off. */
void                _phoenix_cv_page_set_variant_mode        (PhoenixCvPage      *self,
                                                              gboolean            active);

PhoenixCvPreview   *_phoenix_cv_page_get_preview             (PhoenixCvPage      *self);

/* The photo row (phoenix-cv-page-photo.c): what a file chosen in its dialog does
 * (read in a thread: wait until get_photo_busy is FALSE); the last refusal shown
 * (NULL after a photo was taken); the preview's image (NULL: initials). */
void                _phoenix_cv_page_choose_photo_file       (PhoenixCvPage      *self,
                                                              GFile              *file);

gboolean            _phoenix_cv_page_get_photo_busy          (PhoenixCvPage      *self);

const char         *_phoenix_cv_page_get_photo_error         (PhoenixCvPage      *self);

GdkPaintable       *_phoenix_cv_page_get_photo_preview       (PhoenixCvPage      *self);

/* The “Show Photo” switch of the current CV. */
GtkSwitch          *_phoenix_cv_page_get_show_photo_switch   (PhoenixCvPage      *self);

guint               _phoenix_cv_page_get_score               (PhoenixCvPage      *self);

/* The completeness summary (collapsed until opened) and its rows of what is missing. */
AdwExpanderRow     *_phoenix_cv_page_get_completeness_row    (PhoenixCvPage      *self);
/* Activates the @position-th "missing" row: goes where it is fixed. */
void                _phoenix_cv_page_activate_missing        (PhoenixCvPage      *self,
                                                              guint               position);

/* The preview pane: how it fits, the page in view, "Page 1 of 3", and whether it shows
 * the empty state. */
PhoenixCvPageFit    _phoenix_cv_page_get_fit                 (PhoenixCvPage      *self);
int                 _phoenix_cv_page_get_preview_page        (PhoenixCvPage      *self);
const char         *_phoenix_cv_page_get_page_text           (PhoenixCvPage      *self);
gboolean            _phoenix_cv_page_get_preview_empty       (PhoenixCvPage      *self);
GtkScrolledWindow  *_phoenix_cv_page_get_preview_scroller    (PhoenixCvPage      *self);

/* The summary's spell checking, and the checker of the current CV's language once loaded. */
PhoenixSpellUnderline *_phoenix_cv_page_get_summary_spell    (PhoenixCvPage      *self);
PhoenixSpellChecker *_phoenix_cv_page_get_spell_checker      (PhoenixCvPage      *self);

/* The design window cv.design opened (weak), NULL when none. */
PhoenixDesignWindow *_phoenix_cv_page_get_design_window      (PhoenixCvPage      *self);

/* The editor's scrolled window. */
GtkScrolledWindow  *_phoenix_cv_page_get_editor_scroller     (PhoenixCvPage      *self);

/* What the file choosers' answers do; the export runs in a thread: wait for n_exports to grow. */
void                _phoenix_cv_page_export_pdf              (PhoenixCvPage      *self,
                                                              GFile              *file);

void                _phoenix_cv_page_export_docx             (PhoenixCvPage      *self,
                                                              GFile              *file);

guint               _phoenix_cv_page_get_n_exports           (PhoenixCvPage      *self);

gboolean            _phoenix_cv_page_export_json             (PhoenixCvPage      *self,
                                                              GFile              *file,
                                                              GError            **error);

/* Without the confirmation dialog; waits (iterating the main context) for the import, which
 * reads the file in a worker thread and the photo in the import helper. */
gboolean            _phoenix_cv_page_import_json             (PhoenixCvPage      *self,
                                                              GFile              *file,
                                                              GError            **error);

/* TRUE when the window is too narrow for the editor and the preview side by side. */
gboolean            _phoenix_cv_page_get_folded              (PhoenixCvPage      *self);

/* On a narrow window, the preview (TRUE) or the editor. */
void                _phoenix_cv_page_show_preview            (PhoenixCvPage      *self,
                                                              gboolean            preview);

/* The row of @section in the current CV's section order; its GtkSwitch is the "switch" data. */
GtkWidget          *_phoenix_cv_page_get_section_row         (PhoenixCvPage      *self,
                                                              const char         *section);

/* Scrolls the editor to the list of @section. */
void                _phoenix_cv_page_scroll_to               (PhoenixCvPage      *self,
                                                              const char         *section);

G_END_DECLS
