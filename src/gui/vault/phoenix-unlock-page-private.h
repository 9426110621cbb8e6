/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * PhoenixUnlockPage's test hooks (the UI tests and the screenshot tool).
 */

#include "phoenix-unlock-page.h"

G_BEGIN_DECLS

GtkEditable        *_phoenix_unlock_page_get_passphrase_row  (PhoenixUnlockPage  *self);

GtkWidget          *_phoenix_unlock_page_get_unlock_button   (PhoenixUnlockPage  *self);

/* The GtkLabel holding the error; its GtkRevealer parent shows it. */
GtkWidget          *_phoenix_unlock_page_get_error_label     (PhoenixUnlockPage  *self);

gboolean            _phoenix_unlock_page_get_error_visible   (PhoenixUnlockPage  *self);

gboolean            _phoenix_unlock_page_get_busy            (PhoenixUnlockPage  *self);

G_END_DECLS
