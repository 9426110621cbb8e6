/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * PhoenixPassphraseDialog's test hooks (the UI tests).
 */

#include "phoenix-passphrase-dialog.h"

G_BEGIN_DECLS

/* @which: "current", "new" or "confirm" */
GtkEditable        *_phoenix_passphrase_dialog_get_row       (PhoenixPassphraseDialog *self,
                                                              const char              *which);

const char         *_phoenix_passphrase_dialog_get_error     (PhoenixPassphraseDialog *self);

gboolean            _phoenix_passphrase_dialog_get_busy      (PhoenixPassphraseDialog *self);

G_END_DECLS
