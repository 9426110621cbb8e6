/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Helpers the Letters tab's widgets share. */

/* A toast on the nearest AdwToastOverlay above @widget (logged when there is none). */
void       _phoenix_letters_show_toast    (GtkWidget  *widget,
                                           const char *message);
/* A list row's child: a title over a dim caption; _set fills both. */
GtkWidget *_phoenix_letters_two_lines_new (void);
void       _phoenix_letters_two_lines_set (GtkWidget  *box,
                                           const char *title,
                                           const char *subtitle);

G_END_DECLS
