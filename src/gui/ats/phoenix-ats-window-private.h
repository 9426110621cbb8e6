/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * PhoenixAtsWindow's test hooks (the UI tests and the screenshot tool).
 */

#include <adwaita.h>

#include "phoenix-ats.h"
#include "phoenix-ats-report-view.h"
#include "phoenix-ats-window.h"
#include "phoenix-job-offer.h"
#include "phoenix-occupation-search.h"
#include "phoenix-pdf-dialogs.h"
#include "phoenix-pdf-import.h"

G_BEGIN_DECLS

/* The window's parts: phoenix-ats-window.c (the offer, the report, the profile's changes) and
 * phoenix-ats-window-open.c (Open File…). */
struct _PhoenixAtsWindow
{
  AdwWindow               parent_instance;

  PhoenixContext         *context;
  PhoenixVault           *vault;
  PhoenixProfile         *profile;
  PhoenixTaxonomy        *taxonomy;
  PhoenixSkillExtractor  *extractor;
  PhoenixJobOffer        *offer;
  PhoenixAtsReport       *report;
  GPtrArray              *offers;       /* stored PhoenixJobOffer, as in offer_row after "New offer" */
  GtkStringList          *offer_names;
  PhoenixProfile         *undo_copy;    /* the profile before the last applied suggestion */
  PhoenixOccupationSearch *occupation_search;
  GtkWidget              *occupation_label;
  AdwActionRow           *runner_up_row;    /* the close second guess, hidden when none */
  guint                   recompute_id;
  /* Issue #20: what the last score read of the CV, so a keystroke re-reads one text; its own
   * extractor (an extractor is not thread-safe), used under cache_lock by the worker that scores
   * after a change and by a score done at once (an offer chosen, a suggestion applied). */
  PhoenixAtsCache        *cache;
  GMutex                  cache_lock;
  guint                   score_serial;     /* a worker's report older than this is dropped */
  guint                   n_scores_applied; /* reports shown (tests) */
  gboolean                filling;
  char                   *template_id;      /* the CV's template, for the layout check */
  double                  restore_scroll;   /* after a rebuild, where the reader was (-1: nowhere) */

  /* Open File…: a PDF goes through the sandboxed import helper. */
  PhoenixPdfImport       *importer;
  GCancellable           *open_cancellable;  /* the running open, NULL when none */
  GFile                  *open_file;
  gboolean                open_with_password;
  PhoenixPdfDialogs       dialogs;           /* the password question or an error */

  /* Template widgets */
  AdwToastOverlay        *toast_overlay;
  AdwWindowTitle         *window_title;
  GtkScrolledWindow      *scroller;
  AdwComboRow            *offer_row;
  GtkWidget              *paste_box;
  GtkLabel               *paste_label;
  GtkTextView            *offer_view;
  GtkWidget              *analyse_button;
  GtkLabel               *error_label;
  GtkWidget              *results_box;
  PhoenixAtsReportView   *report_view;
  AdwEntryRow            *title_row;
  AdwEntryRow            *company_row;
  AdwEntryRow            *location_row;
  AdwComboRow            *contract_row;
  AdwExpanderRow         *occupation_row;
};

/* phoenix-ats-window.c: the error under the offer's text (NULL hides it). */
void                 _phoenix_ats_window_show_error         (PhoenixAtsWindow    *self,
                                                             const char          *message);

/* Stores @offer and scores it, as "Analyse" does with pasted text. */
void                 _phoenix_ats_window_take_new_offer     (PhoenixAtsWindow    *self,
                                                             PhoenixJobOffer     *offer);

/* phoenix-ats-window-open.c: installs ats.open-offer. */
void                 _phoenix_ats_window_class_setup_open   (GtkWidgetClass      *widget_class);

/* phoenix-ats-window.c */
GtkTextBuffer       *_phoenix_ats_window_get_offer_buffer   (PhoenixAtsWindow    *self);

void                 _phoenix_ats_window_analyse            (PhoenixAtsWindow    *self);
/* Clicks Choose beside the occupation's runner-up; FALSE when none is shown. */
gboolean             _phoenix_ats_window_choose_runner_up   (PhoenixAtsWindow    *self);

/* What "Open File…" does with the chosen file: text or HTML, or a PDF through the import
 * helper (async: wait while _phoenix_ats_window_get_opening()). A text file's error is shown
 * in the window; a PDF's in a dialog, or a password question (_get_message, _get_password). */
void                 _phoenix_ats_window_open_offer         (PhoenixAtsWindow    *self,
                                                             GFile               *file);

gboolean             _phoenix_ats_window_get_opening        (PhoenixAtsWindow    *self);

AdwMessageDialog    *_phoenix_ats_window_get_message        (PhoenixAtsWindow    *self);

GtkEditable         *_phoenix_ats_window_get_password       (PhoenixAtsWindow    *self);

/* Reports shown since the window was made; the cache the scores read through (issue #20). */
guint                _phoenix_ats_window_get_n_scores       (PhoenixAtsWindow    *self);
PhoenixAtsCache     *_phoenix_ats_window_get_cache          (PhoenixAtsWindow    *self);
PhoenixAtsReportView *_phoenix_ats_window_get_report_view   (PhoenixAtsWindow    *self);
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
