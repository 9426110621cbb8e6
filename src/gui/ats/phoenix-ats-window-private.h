/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * PhoenixAtsWindow's test hooks (the UI tests and the screenshot tool).
 */

#include <adwaita.h>

#include "phoenix-ats-window.h"
#include "phoenix-occupation-search.h"

G_BEGIN_DECLS

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

/* The layout warning shown with the format checks (the CV's template), NULL when none. */
const char          *_phoenix_ats_window_get_layout_warning (PhoenixAtsWindow  *self);

GtkScrolledWindow   *_phoenix_ats_window_get_scroller       (PhoenixAtsWindow    *self);

/* The "missing" list's labels, one a line. */
char                *_phoenix_ats_window_get_missing_text   (PhoenixAtsWindow    *self);

G_END_DECLS
