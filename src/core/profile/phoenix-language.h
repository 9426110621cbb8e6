/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PHOENIX_TYPE_LANGUAGE (phoenix_language_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixLanguage, phoenix_language, PHOENIX, LANGUAGE, GObject)

/*
 * A spoken language and its level.
 * Properties (strings are "" when unset, never NULL; setters take NULL as ""):
 *   "name" (string): e.g. “Anglais”
 *   "level" (string): CEFR A1–C2, or “native”
 *   "uid" (string): stable identifier a CV variant refers to; given by the profile when the entry
 *     joins one of its lists, kept by the vault
 * Each property is notified only when its value really changes.
 */
PhoenixLanguage *phoenix_language_new       (void);
const char      *phoenix_language_get_name  (PhoenixLanguage *self);
void             phoenix_language_set_name  (PhoenixLanguage *self,
                                             const char      *name);
const char      *phoenix_language_get_level (PhoenixLanguage *self);
void             phoenix_language_set_level (PhoenixLanguage *self,
                                             const char      *level);
const char      *phoenix_language_get_uid   (PhoenixLanguage *self);
void             phoenix_language_set_uid   (PhoenixLanguage *self,
                                             const char      *uid);

G_END_DECLS
