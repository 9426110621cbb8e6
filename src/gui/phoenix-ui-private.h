/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * Accessors for the UI tests (tests/test-ui.c) and the screenshot tool: they drive
 * the real widgets. Not for application code.
 */

#include <adwaita.h>

#include "phoenix-cv-page.h"
#include "phoenix-cv-preview.h"
#include "phoenix-entry-list.h"
#include "phoenix-overview-page.h"
#include "phoenix-passphrase-dialog.h"
#include "phoenix-preferences-window.h"
#include "phoenix-unlock-page.h"
#include "phoenix-welcome-page.h"
#include "phoenix-window.h"

G_BEGIN_DECLS

/* "welcome", "unlock" or "main" */
const char         *_phoenix_window_get_state             (PhoenixWindow      *self);
AdwViewStack       *_phoenix_window_get_view_stack        (PhoenixWindow      *self);
PhoenixWelcomePage *_phoenix_window_get_welcome_page      (PhoenixWindow      *self);
PhoenixUnlockPage  *_phoenix_window_get_unlock_page       (PhoenixWindow      *self);
PhoenixOverviewPage *_phoenix_window_get_overview_page    (PhoenixWindow      *self);
PhoenixCvPage      *_phoenix_window_get_cv_page           (PhoenixWindow      *self);
/* Moves the last input @seconds into the past and runs the auto-lock check now. */
void                _phoenix_window_pretend_idle          (PhoenixWindow      *self,
                                                           guint               seconds);

GtkEditable        *_phoenix_welcome_page_get_passphrase_row (PhoenixWelcomePage *self);
GtkEditable        *_phoenix_welcome_page_get_confirm_row    (PhoenixWelcomePage *self);
GtkWidget          *_phoenix_welcome_page_get_create_button  (PhoenixWelcomePage *self);
GtkWidget          *_phoenix_welcome_page_get_error_label    (PhoenixWelcomePage *self);

GtkEditable        *_phoenix_unlock_page_get_passphrase_row  (PhoenixUnlockPage  *self);
GtkWidget          *_phoenix_unlock_page_get_unlock_button   (PhoenixUnlockPage  *self);
/* The GtkLabel holding the error; its GtkRevealer parent shows it. */
GtkWidget          *_phoenix_unlock_page_get_error_label     (PhoenixUnlockPage  *self);
gboolean            _phoenix_unlock_page_get_error_visible   (PhoenixUnlockPage  *self);
gboolean            _phoenix_unlock_page_get_busy            (PhoenixUnlockPage  *self);

/* @field: "name", "headline", "email", "phone", "city", "country" */
GtkEditable        *_phoenix_cv_page_get_row                 (PhoenixCvPage      *self,
                                                              const char         *field);
/* The inline error of "email" or "phone"; NULL when the field is valid. */
const char         *_phoenix_cv_page_get_error               (PhoenixCvPage      *self,
                                                              const char         *field);
GtkTextBuffer      *_phoenix_cv_page_get_summary_buffer      (PhoenixCvPage      *self);
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
/* What the file choosers' answers do; the export runs in a thread: wait for n_exports to grow. */
void                _phoenix_cv_page_export_pdf              (PhoenixCvPage      *self,
                                                              GFile              *file);
guint               _phoenix_cv_page_get_n_exports           (PhoenixCvPage      *self);
gboolean            _phoenix_cv_page_export_json             (PhoenixCvPage      *self,
                                                              GFile              *file,
                                                              GError            **error);
/* Without the confirmation dialog. */
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

/* @which: "current", "new" or "confirm" */
GtkEditable        *_phoenix_passphrase_dialog_get_row       (PhoenixPassphraseDialog *self,
                                                              const char              *which);
const char         *_phoenix_passphrase_dialog_get_error     (PhoenixPassphraseDialog *self);
gboolean            _phoenix_passphrase_dialog_get_busy      (PhoenixPassphraseDialog *self);

AdwComboRow        *_phoenix_preferences_window_get_color_scheme_row    (PhoenixPreferencesWindow *self);
GtkAdjustment      *_phoenix_preferences_window_get_auto_lock_adjustment (PhoenixPreferencesWindow *self);

G_END_DECLS
