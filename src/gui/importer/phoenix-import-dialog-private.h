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

G_END_DECLS
