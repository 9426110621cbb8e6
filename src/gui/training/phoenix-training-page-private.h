/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * The Training page's parts shared by its files (phoenix-training-page.c, the page;
 * phoenix-training-page-dialogs.c, its dialogs) and its accessors for the UI tests and
 * the screenshot tool. Not for other application code.
 */

#include <adwaita.h>

#include "phoenix-context.h"
#include "phoenix-target-chooser.h"
#include "phoenix-training-analysis.h"
#include "phoenix-training-page.h"

G_BEGIN_DECLS

/* phoenix-target-chooser.c */
guint                    _phoenix_target_chooser_get_n_suggestions (PhoenixTargetChooser *self);
void                     _phoenix_target_chooser_choose_suggestion (PhoenixTargetChooser *self,
                                                                    guint                 position);
/* Types @query in the search and chooses its first result; FALSE when nothing matches. */
gboolean                 _phoenix_target_chooser_search            (PhoenixTargetChooser *self,
                                                                    const char           *query);

/* phoenix-training-page.c */
PhoenixContext          *_phoenix_training_page_get_context   (PhoenixTrainingPage *self);
PhoenixTrainingProgress *_phoenix_training_page_get_progress  (PhoenixTrainingPage *self);
PhoenixTrainingCatalogue *_phoenix_training_page_get_catalogue (PhoenixTrainingPage *self);
PhoenixTrainingAnalysis *_phoenix_training_page_get_analysis  (PhoenixTrainingPage *self);
/* "fr" or "en": the language of the interface. */
const char              *_phoenix_training_page_get_language  (PhoenixTrainingPage *self);
/* Analyse again soon (the profile, the progress or the catalogue changed). */
void                     _phoenix_training_page_schedule_refresh (PhoenixTrainingPage *self);
void                     _phoenix_training_page_toast         (PhoenixTrainingPage *self,
                                                               const char          *message);
/* "loading", "error", "empty" (no target yet) or "main". */
const char              *_phoenix_training_page_get_state     (PhoenixTrainingPage *self);
/* TRUE while an analysis is pending or running. */
gboolean                 _phoenix_training_page_get_busy      (PhoenixTrainingPage *self);
PhoenixTargetChooser    *_phoenix_training_page_get_chooser   (PhoenixTrainingPage *self);
/* @which: "path", "missing", "partly", "have", "nice", "journal". */
GtkListBox              *_phoenix_training_page_get_list      (PhoenixTrainingPage *self,
                                                               const char          *which);
/* The page's scrolled page, for the screenshots. */
AdwPreferencesPage      *_phoenix_training_page_get_main_page (PhoenixTrainingPage *self);

/* phoenix-training-page-dialogs.c: each shows an AdwMessageDialog (one at a time). */
/* phoenix-training-page-rows.c: "30 September 2025", "12 h", an importance's name, and the rows
 * of the gap's lists (a PhoenixGapSkill each; no user data) and of the path (a PhoenixPathStep each;
 * the page as user data). */
char                    *_phoenix_training_format_day                (const char          *day);
char                    *_phoenix_training_format_hours              (double               hours);
const char              *_phoenix_training_importance_name           (PhoenixGapImportance importance);
GtkWidget               *_phoenix_training_create_gap_row            (gpointer             item,
                                                                      gpointer             user_data);
GtkWidget               *_phoenix_training_create_step_row           (gpointer             item,
                                                                      gpointer             user_data);

/* The journal's last entries, rebuilt from the progress. */
void                     _phoenix_training_page_update_journal       (PhoenixTrainingPage *self);

/* phoenix-training-page-actions.c */
void                     _phoenix_training_page_class_init_actions   (GtkWidgetClass      *widget_class);

void                     _phoenix_training_page_show_log_dialog      (PhoenixTrainingPage *self);
void                     _phoenix_training_page_show_module_dialog   (PhoenixTrainingPage *self);
void                     _phoenix_training_page_show_target_dialog   (PhoenixTrainingPage *self);
/* Offers to put a finished module's certificate and skills into the CV, when there is something to add. */
void                     _phoenix_training_page_offer_certificate    (PhoenixTrainingPage *self,
                                                                      const char          *module_id);
void                     _phoenix_training_page_show_error           (PhoenixTrainingPage *self,
                                                                      const char          *heading,
                                                                      const char          *message);
/* What the file chooser does with the chosen CSV file (read in a thread, then saved at once or not at all). */
void                     _phoenix_training_page_import_catalogue     (PhoenixTrainingPage *self,
                                                                      GFile               *file);
void                     _phoenix_training_page_choose_catalogue     (PhoenixTrainingPage *self);
/* The dialog shown, NULL when none. */
AdwMessageDialog        *_phoenix_training_page_get_dialog           (PhoenixTrainingPage *self);
void                     _phoenix_training_page_set_dialog           (PhoenixTrainingPage *self,
                                                                      AdwMessageDialog    *dialog);
/* The "Choose a target" window, NULL when closed. */
GtkWindow               *_phoenix_training_page_get_target_window    (PhoenixTrainingPage *self);
void                     _phoenix_training_page_set_target_window    (PhoenixTrainingPage *self,
                                                                      GtkWindow           *window);
/* Imports finished (each reading is in a thread): tests wait for this to grow. */
guint                    _phoenix_training_page_get_n_imports        (PhoenixTrainingPage *self);
void                     _phoenix_training_page_count_import         (PhoenixTrainingPage *self);
/* Chooses @code as the active target (what the chooser's "target-chosen" does). */
void                     _phoenix_training_page_choose_target        (PhoenixTrainingPage *self,
                                                                      const char          *code);

G_END_DECLS
