/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-application-dialog.h"

G_BEGIN_DECLS

/* For the UI tests: the Save button's and the Tailor row's work, and a status chosen. */
gboolean _phoenix_application_dialog_save       (PhoenixApplicationDialog  *self,
                                                 GError                   **error);
gboolean _phoenix_application_dialog_tailor     (PhoenixApplicationDialog  *self,
                                                 GError                   **error);
void     _phoenix_application_dialog_set_status (PhoenixApplicationDialog  *self,
                                                 PhoenixApplicationStatus   status);

G_END_DECLS
