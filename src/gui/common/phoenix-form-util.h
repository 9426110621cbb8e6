/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the passphrase forms (welcome page, unlock page, passphrase dialog) share: busy and error states. */

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Shows @busy on a form: its @rows (NULL-terminated) insensitive while busy, @spinner spinning and, when
 * @action_stack is not NULL, its "busy" child instead of its "button" one. */
void _phoenix_form_set_busy      (GtkWidget * const *rows,
                                  GtkStack          *action_stack,
                                  GtkSpinner        *spinner,
                                  gboolean           busy);

/* Shows @message in @label, inside @revealer; hides it when @message is NULL. */
void _phoenix_form_show_error    (GtkRevealer       *revealer,
                                  GtkLabel          *label,
                                  const char        *message);

/* Marks @row invalid (the "error" style, and for screen readers the invalid state described by
 * @message), or valid again when @message is NULL. */
void _phoenix_form_set_row_error (GtkWidget         *row,
                                  const char        *message);

/* Focuses @row with its text selected, so that typing replaces a wrong passphrase. */
void _phoenix_form_select_row    (GtkWidget         *row);

G_END_DECLS
