/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PHOENIX_TYPE_EXPERIENCE (phoenix_experience_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixExperience, phoenix_experience, PHOENIX, EXPERIENCE, GObject)

/*
 * A job held: title, employer, dates and what was achieved.
 * Properties (strings are "" when unset, never NULL; setters take NULL as ""):
 *   "title" (string): job title
 *   "employer" (string): company or organisation
 *   "location" (string): city, country or “Remote”
 *   "start-date" (string): ISO 8601: “YYYY”, “YYYY-MM” or “YYYY-MM-DD”; "" when unknown
 *   "end-date" (string): same format as start-date; "" when unknown or current
 *   "current" (boolean): TRUE while the job is held
 *   "summary" (string): free text
 *   "highlights" (GStrv): achievements, one string each (stored one a line)
 *   "url" (string): the employer's web site
 *   "description" (string): what the employer does, e.g. “Compression start-up”
 *   "uid" (string): stable identifier a CV variant refers to; given by the profile when the entry
 *     joins one of its lists, kept by the vault
 * Each property is notified only when its value really changes.
 */
PhoenixExperience  *phoenix_experience_new             (void);
const char         *phoenix_experience_get_title       (PhoenixExperience *self);
void                phoenix_experience_set_title       (PhoenixExperience *self,
                                                        const char        *title);
const char         *phoenix_experience_get_employer    (PhoenixExperience *self);
void                phoenix_experience_set_employer    (PhoenixExperience *self,
                                                        const char        *employer);
const char         *phoenix_experience_get_location    (PhoenixExperience *self);
void                phoenix_experience_set_location    (PhoenixExperience *self,
                                                        const char        *location);
const char         *phoenix_experience_get_start_date  (PhoenixExperience *self);
void                phoenix_experience_set_start_date  (PhoenixExperience *self,
                                                        const char        *start_date);
const char         *phoenix_experience_get_end_date    (PhoenixExperience *self);
void                phoenix_experience_set_end_date    (PhoenixExperience *self,
                                                        const char        *end_date);
gboolean            phoenix_experience_get_current     (PhoenixExperience *self);
void                phoenix_experience_set_current     (PhoenixExperience *self,
                                                        gboolean           current);
const char         *phoenix_experience_get_summary     (PhoenixExperience *self);
void                phoenix_experience_set_summary     (PhoenixExperience *self,
                                                        const char        *summary);
const char * const *phoenix_experience_get_highlights  (PhoenixExperience *self);
void                phoenix_experience_set_highlights  (PhoenixExperience  *self,
                                                        const char * const *highlights);
const char         *phoenix_experience_get_url         (PhoenixExperience *self);
void                phoenix_experience_set_url         (PhoenixExperience *self,
                                                        const char        *url);
const char         *phoenix_experience_get_description (PhoenixExperience *self);
void                phoenix_experience_set_description (PhoenixExperience *self,
                                                        const char        *description);
const char         *phoenix_experience_get_uid         (PhoenixExperience *self);
void                phoenix_experience_set_uid         (PhoenixExperience *self,
                                                        const char        *uid);

G_END_DECLS
