/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * The PDF import and ATS check of the main window (phoenix-window-import.c), and
 * accessors for the UI tests (tests/test-ui-import.c) and the screenshot tool.
 */

#include <adwaita.h>

#include "phoenix-ats-window.h"
#include "phoenix-import-dialog.h"
#include "phoenix-occupation-search.h"
#include "phoenix-profile.h"
#include "phoenix-window.h"

G_BEGIN_DECLS

/* phoenix-window.c */
PhoenixProfile      *_phoenix_window_get_profile            (PhoenixWindow       *self);

/* phoenix-window-import.c: installs win.import-pdf, win.undo-import and win.ats-check. */
void                 _phoenix_window_class_setup_import     (GtkWidgetClass      *widget_class);
/* Drag and drop on @drop_area; @buttons (NULL-terminated) shown only on the CV page. */
void                 _phoenix_window_setup_import           (PhoenixWindow       *self,
                                                             AdwViewStack        *view_stack,
                                                             GtkWidget           *drop_area,
                                                             GtkWidget          **buttons);
/* Closes the preview, the ATS window and any import dialog (the vault was locked). */
void                 _phoenix_window_close_import           (PhoenixWindow       *self);
/* What the file chooser and a drop do with the chosen file. */
void                 _phoenix_window_import_file            (PhoenixWindow       *self,
                                                             GFile               *file);
gboolean             _phoenix_window_get_import_busy        (PhoenixWindow       *self);
/* Clicks Cancel on the progress dialog; FALSE when none is shown. */
gboolean             _phoenix_window_cancel_import          (PhoenixWindow       *self);
/* The preview being shown, or NULL. */
PhoenixImportDialog *_phoenix_window_get_import_dialog      (PhoenixWindow       *self);
/* The password question or the error shown, or NULL. */
AdwMessageDialog    *_phoenix_window_get_import_message     (PhoenixWindow       *self);
/* The password entry of the password question. */
GtkEditable         *_phoenix_window_get_import_password    (PhoenixWindow       *self);
/* The ATS window opened by win.ats-check, or NULL. */
PhoenixAtsWindow    *_phoenix_window_get_ats_window         (PhoenixWindow       *self);

/* phoenix-import-dialog.c: "[Group]\nrow title | subtitle\n…" as shown. */
char                *_phoenix_import_dialog_get_text        (PhoenixImportDialog *self);
guint                _phoenix_import_dialog_get_n_unsure    (PhoenixImportDialog *self);
void                 _phoenix_import_dialog_choose          (PhoenixImportDialog *self,
                                                             PhoenixImportChoice  choice);

/* phoenix-ats-window.c */
GtkTextBuffer       *_phoenix_ats_window_get_offer_buffer   (PhoenixAtsWindow    *self);
void                 _phoenix_ats_window_analyse            (PhoenixAtsWindow    *self);
/* What "Open File…" does with the chosen file: text or HTML, or a PDF through the import
 * helper (async: wait while _phoenix_ats_window_get_opening()). A text file's error is shown
 * in the window; a PDF's in a dialog, or a password question (_get_message, _get_password). */
void                 _phoenix_ats_window_open_offer         (PhoenixAtsWindow    *self,
                                                             GFile               *file);
gboolean             _phoenix_ats_window_get_opening        (PhoenixAtsWindow    *self);
AdwMessageDialog    *_phoenix_ats_window_get_message        (PhoenixAtsWindow    *self);
GtkEditable         *_phoenix_ats_window_get_password       (PhoenixAtsWindow    *self);
/* The error shown above the report, NULL when none. */
const char          *_phoenix_ats_window_get_error          (PhoenixAtsWindow    *self);
/* The score shown, -1 when none. */
int                  _phoenix_ats_window_get_score          (PhoenixAtsWindow    *self);
/* Recomputes now instead of after the debounce. */
void                 _phoenix_ats_window_recompute          (PhoenixAtsWindow    *self);
/* Clicks the first "Apply" of a suggestion of @kind (PhoenixAtsSuggestionKind), or with -1
 * the first missing skill's "add" button; FALSE when there is none. */
gboolean             _phoenix_ats_window_apply_first        (PhoenixAtsWindow    *self,
                                                             int                  kind);
/* The offer chooser ("New offer", then the stored offers), the detected title, the
 * contract choice, and the occupation row's subtitle and search. */
AdwComboRow         *_phoenix_ats_window_get_offer_row      (PhoenixAtsWindow    *self);
AdwEntryRow         *_phoenix_ats_window_get_title_row      (PhoenixAtsWindow    *self);
AdwComboRow         *_phoenix_ats_window_get_contract_row   (PhoenixAtsWindow    *self);
const char          *_phoenix_ats_window_get_occupation_text (PhoenixAtsWindow   *self);
PhoenixOccupationSearch *_phoenix_ats_window_get_occupation_search (PhoenixAtsWindow *self);
/* The "missing" list's labels, one a line. */
char                *_phoenix_ats_window_get_missing_text   (PhoenixAtsWindow    *self);

/* phoenix-occupation-search.c */
GtkEditable         *_phoenix_occupation_search_get_entry   (PhoenixOccupationSearch *self);
guint                _phoenix_occupation_search_get_n_results (PhoenixOccupationSearch *self);
const char          *_phoenix_occupation_search_get_result_label (PhoenixOccupationSearch *self,
                                                                 guint                    position);
void                 _phoenix_occupation_search_search_now  (PhoenixOccupationSearch *self);
/* Activates the match at @position, as a click does. */
void                 _phoenix_occupation_search_choose      (PhoenixOccupationSearch *self,
                                                             guint                    position);

G_END_DECLS
