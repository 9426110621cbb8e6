/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PHOENIX_TYPE_REFERENCE (phoenix_reference_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixReference, phoenix_reference, PHOENIX, REFERENCE, GObject)

/*
 * A reference: someone who recommends the user, and what they say.
 * Properties (strings are "" when unset, never NULL; setters take NULL as ""):
 *   "name" (string): who gives the reference
 *   "reference" (string): what they say, or how to reach them
 *   "uid" (string): stable identifier a CV variant refers to; given by the profile when the entry
 *     joins one of its lists, kept by the vault
 * Each property is notified only when its value really changes.
 */
PhoenixReference *phoenix_reference_new           (void);
const char       *phoenix_reference_get_name      (PhoenixReference *self);
void              phoenix_reference_set_name      (PhoenixReference *self,
                                                   const char       *name);
const char       *phoenix_reference_get_reference (PhoenixReference *self);
void              phoenix_reference_set_reference (PhoenixReference *self,
                                                   const char       *reference);
const char       *phoenix_reference_get_uid       (PhoenixReference *self);
void              phoenix_reference_set_uid       (PhoenixReference *self,
                                                   const char       *uid);

G_END_DECLS
