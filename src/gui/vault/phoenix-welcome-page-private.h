/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * PhoenixWelcomePage's test hooks (the UI tests and the screenshot tool).
 */

#include "phoenix-welcome-page.h"

G_BEGIN_DECLS

GtkEditable        *_phoenix_welcome_page_get_passphrase_row (PhoenixWelcomePage *self);

GtkEditable        *_phoenix_welcome_page_get_confirm_row    (PhoenixWelcomePage *self);

GtkWidget          *_phoenix_welcome_page_get_create_button  (PhoenixWelcomePage *self);

GtkWidget          *_phoenix_welcome_page_get_error_label    (PhoenixWelcomePage *self);

G_END_DECLS
