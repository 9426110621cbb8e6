/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PHOENIX_TYPE_PROJECT (phoenix_project_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixProject, phoenix_project, PHOENIX, PROJECT, GObject)

/*
 * A project: what it was, where to see it, dates and highlights.
 * Properties (strings are "" when unset, never NULL; setters take NULL as ""):
 *   "name" (string): project name
 *   "summary" (string): free text (JSON Resume's description)
 *   "url" (string): where to see it
 *   "start-date" (string): ISO 8601: “YYYY”, “YYYY-MM” or “YYYY-MM-DD”; "" when unknown
 *   "end-date" (string): same format as start-date
 *   "highlights" (GStrv): one string each (stored one a line)
 *   "keywords" (GStrv): technologies or topics, one string each (stored one a line)
 *   "roles" (GStrv): the user's roles, e.g. “Team lead”, one string each (stored one a line)
 *   "entity" (string): the organisation it was made for or with
 *   "kind" (string): e.g. “application”, “volunteering” (JSON Resume's type)
 *   "uid" (string): stable identifier a CV variant refers to; given by the profile when the entry
 *     joins one of its lists, kept by the vault
 * Each property is notified only when its value really changes.
 */
PhoenixProject     *phoenix_project_new            (void);
const char         *phoenix_project_get_name       (PhoenixProject *self);
void                phoenix_project_set_name       (PhoenixProject *self,
                                                    const char     *name);
const char         *phoenix_project_get_summary    (PhoenixProject *self);
void                phoenix_project_set_summary    (PhoenixProject *self,
                                                    const char     *summary);
const char         *phoenix_project_get_url        (PhoenixProject *self);
void                phoenix_project_set_url        (PhoenixProject *self,
                                                    const char     *url);
const char         *phoenix_project_get_start_date (PhoenixProject *self);
void                phoenix_project_set_start_date (PhoenixProject *self,
                                                    const char     *start_date);
const char         *phoenix_project_get_end_date   (PhoenixProject *self);
void                phoenix_project_set_end_date   (PhoenixProject *self,
                                                    const char     *end_date);
const char * const *phoenix_project_get_highlights (PhoenixProject *self);
void                phoenix_project_set_highlights (PhoenixProject     *self,
                                                    const char * const *highlights);
const char * const *phoenix_project_get_keywords   (PhoenixProject *self);
void                phoenix_project_set_keywords   (PhoenixProject     *self,
                                                    const char * const *keywords);
const char * const *phoenix_project_get_roles      (PhoenixProject *self);
void                phoenix_project_set_roles      (PhoenixProject     *self,
                                                    const char * const *roles);
const char         *phoenix_project_get_entity     (PhoenixProject *self);
void                phoenix_project_set_entity     (PhoenixProject *self,
                                                    const char     *entity);
const char         *phoenix_project_get_kind       (PhoenixProject *self);
void                phoenix_project_set_kind       (PhoenixProject *self,
                                                    const char     *kind);
const char         *phoenix_project_get_uid        (PhoenixProject *self);
void                phoenix_project_set_uid        (PhoenixProject *self,
                                                    const char     *uid);

G_END_DECLS
