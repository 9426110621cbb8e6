/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Setters shared by the profile's entry classes (PhoenixExperience, PhoenixEducation, …). Each stores a copy of
 * @value in *@field (NULL stores "" or an empty vector), notifies @pspec on @object, and returns whether the
 * value changed; an equal value is neither copied nor notified. */
gboolean _phoenix_entry_set_string (GObject    *object,
                                    char      **field,
                                    const char *value,
                                    GParamSpec *pspec);

gboolean _phoenix_entry_set_strv   (GObject            *object,
                                    char             ***field,
                                    const char * const *value,
                                    GParamSpec         *pspec);

G_END_DECLS
