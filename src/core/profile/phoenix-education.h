/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PHOENIX_TYPE_EDUCATION (phoenix_education_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixEducation, phoenix_education, PHOENIX, EDUCATION, GObject)

/*
 * A course of study: degree, field, school and dates.
 * Properties (strings are "" when unset, never NULL; setters take NULL as ""):
 *   "degree" (string): e.g. “Master”, “BTS”
 *   "field" (string): field of study
 *   "school" (string): school or university
 *   "location" (string): city, country
 *   "start-date" (string): ISO 8601: “YYYY”, “YYYY-MM” or “YYYY-MM-DD”; "" when unknown
 *   "end-date" (string): same format as start-date
 *   "current" (boolean): TRUE while still studying
 *   "grade" (string): grade or distinction
 *   "summary" (string): free text
 *   "url" (string): the school's web site
 *   "courses" (GStrv): notable courses, one string each (stored one a line)
 *   "uid" (string): stable identifier a CV variant refers to; given by the profile when the entry
 *     joins one of its lists, kept by the vault
 * Each property is notified only when its value really changes.
 */
PhoenixEducation   *phoenix_education_new            (void);
const char         *phoenix_education_get_degree     (PhoenixEducation *self);
void                phoenix_education_set_degree     (PhoenixEducation *self,
                                                      const char       *degree);
const char         *phoenix_education_get_field      (PhoenixEducation *self);
void                phoenix_education_set_field      (PhoenixEducation *self,
                                                      const char       *field);
const char         *phoenix_education_get_school     (PhoenixEducation *self);
void                phoenix_education_set_school     (PhoenixEducation *self,
                                                      const char       *school);
const char         *phoenix_education_get_location   (PhoenixEducation *self);
void                phoenix_education_set_location   (PhoenixEducation *self,
                                                      const char       *location);
const char         *phoenix_education_get_start_date (PhoenixEducation *self);
void                phoenix_education_set_start_date (PhoenixEducation *self,
                                                      const char       *start_date);
const char         *phoenix_education_get_end_date   (PhoenixEducation *self);
void                phoenix_education_set_end_date   (PhoenixEducation *self,
                                                      const char       *end_date);
gboolean            phoenix_education_get_current    (PhoenixEducation *self);
void                phoenix_education_set_current    (PhoenixEducation *self,
                                                      gboolean          current);
const char         *phoenix_education_get_grade      (PhoenixEducation *self);
void                phoenix_education_set_grade      (PhoenixEducation *self,
                                                      const char       *grade);
const char         *phoenix_education_get_summary    (PhoenixEducation *self);
void                phoenix_education_set_summary    (PhoenixEducation *self,
                                                      const char       *summary);
const char         *phoenix_education_get_url        (PhoenixEducation *self);
void                phoenix_education_set_url        (PhoenixEducation *self,
                                                      const char       *url);
const char * const *phoenix_education_get_courses    (PhoenixEducation *self);
void                phoenix_education_set_courses    (PhoenixEducation   *self,
                                                      const char * const *courses);
const char         *phoenix_education_get_uid        (PhoenixEducation *self);
void                phoenix_education_set_uid        (PhoenixEducation *self,
                                                      const char       *uid);

G_END_DECLS
