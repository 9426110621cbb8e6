/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * PhoenixImportDialog's test hooks (the UI tests and the screenshot tool).
 */

#include "phoenix-import-dialog.h"

G_BEGIN_DECLS

/* phoenix-import-dialog.c: "[Group]\nrow title | subtitle\n…" as shown. */
char                *_phoenix_import_dialog_get_text        (PhoenixImportDialog *self);

guint                _phoenix_import_dialog_get_n_unsure    (PhoenixImportDialog *self);

void                 _phoenix_import_dialog_choose          (PhoenixImportDialog *self,
                                                             PhoenixImportChoice  choice);

/* The widget of a JSON pointer: the entry row of a field ("/basics/email",
 * "/work/0/position"), the expander of an item ("/work/0"), the check box that keeps it
 * ("/work/0#check"), the drop-down of an unassigned line ("/unassigned/2"). */
GtkWidget           *_phoenix_import_dialog_get_widget      (PhoenixImportDialog *self,
                                                             const char          *key);
/* The reason shown under a doubtful field or item, or NULL. */
const char          *_phoenix_import_dialog_get_reason      (PhoenixImportDialog *self,
                                                             const char          *pointer);
guint                _phoenix_import_dialog_get_n_unassigned (PhoenixImportDialog *self);
/* Runs the drop of a line chosen in its drop-down (the dialog does it in an idle). */
gboolean             _phoenix_import_dialog_run_drop        (PhoenixImportDialog *self);

G_END_DECLS
