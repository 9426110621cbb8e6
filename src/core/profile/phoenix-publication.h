/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PHOENIX_TYPE_PUBLICATION (phoenix_publication_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixPublication, phoenix_publication, PHOENIX, PUBLICATION, GObject)

/*
 * A publication: article, book, talk.
 * Properties (strings are "" when unset, never NULL; setters take NULL as ""):
 *   "name" (string): title of the publication
 *   "publisher" (string): journal, publisher or event
 *   "release-date" (string): ISO 8601: “YYYY”, “YYYY-MM” or “YYYY-MM-DD”; "" when unknown
 *   "url" (string): where to read it
 *   "summary" (string): free text
 *   "uid" (string): stable identifier a CV variant refers to; given by the profile when the entry
 *     joins one of its lists, kept by the vault
 * Each property is notified only when its value really changes.
 */
PhoenixPublication *phoenix_publication_new              (void);
const char         *phoenix_publication_get_name         (PhoenixPublication *self);
void                phoenix_publication_set_name         (PhoenixPublication *self,
                                                          const char         *name);
const char         *phoenix_publication_get_publisher    (PhoenixPublication *self);
void                phoenix_publication_set_publisher    (PhoenixPublication *self,
                                                          const char         *publisher);
const char         *phoenix_publication_get_release_date (PhoenixPublication *self);
void                phoenix_publication_set_release_date (PhoenixPublication *self,
                                                          const char         *release_date);
const char         *phoenix_publication_get_url          (PhoenixPublication *self);
void                phoenix_publication_set_url          (PhoenixPublication *self,
                                                          const char         *url);
const char         *phoenix_publication_get_summary      (PhoenixPublication *self);
void                phoenix_publication_set_summary      (PhoenixPublication *self,
                                                          const char         *summary);
const char         *phoenix_publication_get_uid          (PhoenixPublication *self);
void                phoenix_publication_set_uid          (PhoenixPublication *self,
                                                          const char         *uid);

G_END_DECLS
