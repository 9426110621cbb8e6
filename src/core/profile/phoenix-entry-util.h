/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Setters shared by the profile's entry classes (phoenix-entry-util.c; PhoenixExperience,
 * PhoenixEducation, …). Each stores @value in *@field (a copy; NULL stores "" or an empty vector; a
 * boolean is stored as TRUE or FALSE), notifies @pspec on @object, and returns whether the value
 * changed; an equal value is neither stored nor notified. */
gboolean _phoenix_entry_set_string (GObject    *object,
                                    char      **field,
                                    const char *value,
                                    GParamSpec *pspec);

gboolean _phoenix_entry_set_strv   (GObject            *object,
                                    char             ***field,
                                    const char * const *value,
                                    GParamSpec         *pspec);

gboolean _phoenix_entry_set_boolean (GObject    *object,
                                     gboolean   *field,
                                     gboolean    value,
                                     GParamSpec *pspec);

G_END_DECLS
