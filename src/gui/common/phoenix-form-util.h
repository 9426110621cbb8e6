/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* What the forms share: busy and error states (welcome page, unlock page, passphrase dialog), field
 * errors, and names for screen readers. */

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

/* A validation function: TRUE when @text is valid, else FALSE and a translated @message. */
typedef gboolean (*PhoenixFormValidateFunc) (const char  *text,
                                             char       **message);

/* Shows @message under @row in @error_row's @error_label (the row marked invalid, its message
 * describing it for screen readers), or hides it when @message is NULL. Invalid text is kept
 * and saved: the user's words are never thrown away, only flagged. */
void _phoenix_form_show_field_error (GtkWidget     *row,
                                     GtkListBoxRow *error_row,
                                     GtkLabel      *error_label,
                                     const char    *message);
/* Checks the text of @row with @func. @show_invalid: FALSE while the user is still typing: a fixed
 * error goes away at once, a new one waits until they pause. */
void _phoenix_form_validate_field   (GtkWidget               *row,
                                     GtkListBoxRow           *error_row,
                                     GtkLabel                *error_label,
                                     PhoenixFormValidateFunc  func,
                                     gboolean                 show_invalid);

/* A hidden list row holding an error message (wrapped, in the error style), for a form's problems;
 * @label is set to its label. */
GtkListBoxRow *_phoenix_form_new_error_row (GtkLabel **label);

/* Names an icon-only GtkMenuButton for screen readers: the menu button and the toggle button
 * inside it, which is what takes the focus and what a screen reader reads. */
void _phoenix_form_label_menu_button (GtkWidget     *menu_button,
                                      const char    *label);

/* Fixes, as each button is mapped, the names GTK 4.8 gives screen readers wrongly: a mnemonic
 * label read twice with its underline ("_Unlock Unlock"), libadwaita's password rows' show-text
 * button read as "GtkImage". Installed by the application at start-up, removed at shutdown. */
gulong _phoenix_a11y_add_name_fixes    (void);
void   _phoenix_a11y_remove_name_fixes (gulong hook_id);
/* Gives @widget a tooltip (and the same accessible description) without
 * gtk_widget_set_tooltip_text()'s query of the pointer, an X server round trip each time:
 * the text is handed over when GTK asks for it ("query-tooltip"). For widgets made by the
 * hundred (entry rows, chips) or relabelled as the user types. */
void _phoenix_form_set_lazy_tooltip (GtkWidget         *widget,
                                     const char        *text);

/* Focuses @row with its text selected, so that typing replaces a wrong passphrase. */
void _phoenix_form_select_row    (GtkWidget         *row);

G_END_DECLS
