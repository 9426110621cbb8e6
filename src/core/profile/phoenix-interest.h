/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PHOENIX_TYPE_INTEREST (phoenix_interest_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixInterest, phoenix_interest, PHOENIX, INTEREST, GObject)

/*
 * An interest or hobby.
 * Properties (strings are "" when unset, never NULL; setters take NULL as ""):
 *   "name" (string): e.g. “Randonnée”
 *   "keywords" (string): comma separated
 *   "uid" (string): stable identifier a CV variant refers to; given by the profile when the entry
 *     joins one of its lists, kept by the vault
 * Each property is notified only when its value really changes.
 */
PhoenixInterest *phoenix_interest_new          (void);
const char      *phoenix_interest_get_name     (PhoenixInterest *self);
void             phoenix_interest_set_name     (PhoenixInterest *self,
                                                const char      *name);
const char      *phoenix_interest_get_keywords (PhoenixInterest *self);
void             phoenix_interest_set_keywords (PhoenixInterest *self,
                                                const char      *keywords);
const char      *phoenix_interest_get_uid      (PhoenixInterest *self);
void             phoenix_interest_set_uid      (PhoenixInterest *self,
                                                const char      *uid);

G_END_DECLS
