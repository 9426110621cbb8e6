/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PHOENIX_TYPE_VOLUNTEER (phoenix_volunteer_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixVolunteer, phoenix_volunteer, PHOENIX, VOLUNTEER, GObject)

/*
 * Volunteering: an unpaid role in an organisation.
 * Properties (strings are "" when unset, never NULL; setters take NULL as ""):
 *   "organization" (string): association or organisation
 *   "position" (string): the role held
 *   "url" (string): the organisation's web site
 *   "start-date" (string): ISO 8601: “YYYY”, “YYYY-MM” or “YYYY-MM-DD”; "" when unknown
 *   "end-date" (string): same format as start-date; "" when unknown or current
 *   "current" (boolean): TRUE while the role is held
 *   "summary" (string): free text
 *   "highlights" (GStrv): achievements, one string each (stored one a line)
 *   "uid" (string): stable identifier a CV variant refers to; given by the profile when the entry
 *     joins one of its lists, kept by the vault
 * Each property is notified only when its value really changes.
 */
PhoenixVolunteer   *phoenix_volunteer_new              (void);
const char         *phoenix_volunteer_get_organization (PhoenixVolunteer *self);
void                phoenix_volunteer_set_organization (PhoenixVolunteer *self,
                                                        const char       *organization);
const char         *phoenix_volunteer_get_position     (PhoenixVolunteer *self);
void                phoenix_volunteer_set_position     (PhoenixVolunteer *self,
                                                        const char       *position);
const char         *phoenix_volunteer_get_url          (PhoenixVolunteer *self);
void                phoenix_volunteer_set_url          (PhoenixVolunteer *self,
                                                        const char       *url);
const char         *phoenix_volunteer_get_start_date   (PhoenixVolunteer *self);
void                phoenix_volunteer_set_start_date   (PhoenixVolunteer *self,
                                                        const char       *start_date);
const char         *phoenix_volunteer_get_end_date     (PhoenixVolunteer *self);
void                phoenix_volunteer_set_end_date     (PhoenixVolunteer *self,
                                                        const char       *end_date);
gboolean            phoenix_volunteer_get_current      (PhoenixVolunteer *self);
void                phoenix_volunteer_set_current      (PhoenixVolunteer *self,
                                                        gboolean          current);
const char         *phoenix_volunteer_get_summary      (PhoenixVolunteer *self);
void                phoenix_volunteer_set_summary      (PhoenixVolunteer *self,
                                                        const char       *summary);
const char * const *phoenix_volunteer_get_highlights   (PhoenixVolunteer *self);
void                phoenix_volunteer_set_highlights   (PhoenixVolunteer   *self,
                                                        const char * const *highlights);
const char         *phoenix_volunteer_get_uid          (PhoenixVolunteer *self);
void                phoenix_volunteer_set_uid          (PhoenixVolunteer *self,
                                                        const char       *uid);

G_END_DECLS
