/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PHOENIX_TYPE_AWARD (phoenix_award_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixAward, phoenix_award, PHOENIX, AWARD, GObject)

/*
 * An award or distinction received.
 * Properties (strings are "" when unset, never NULL; setters take NULL as ""):
 *   "title" (string): name of the award
 *   "date" (string): ISO 8601: “YYYY”, “YYYY-MM” or “YYYY-MM-DD”; "" when unknown
 *   "awarder" (string): who gave it
 *   "summary" (string): free text
 *   "uid" (string): stable identifier a CV variant refers to; given by the profile when the entry
 *     joins one of its lists, kept by the vault
 * Each property is notified only when its value really changes.
 */
PhoenixAward *phoenix_award_new         (void);
const char   *phoenix_award_get_title   (PhoenixAward *self);
void          phoenix_award_set_title   (PhoenixAward *self,
                                         const char   *title);
const char   *phoenix_award_get_date    (PhoenixAward *self);
void          phoenix_award_set_date    (PhoenixAward *self,
                                         const char   *date);
const char   *phoenix_award_get_awarder (PhoenixAward *self);
void          phoenix_award_set_awarder (PhoenixAward *self,
                                         const char   *awarder);
const char   *phoenix_award_get_summary (PhoenixAward *self);
void          phoenix_award_set_summary (PhoenixAward *self,
                                         const char   *summary);
const char   *phoenix_award_get_uid     (PhoenixAward *self);
void          phoenix_award_set_uid     (PhoenixAward *self,
                                         const char   *uid);

G_END_DECLS
