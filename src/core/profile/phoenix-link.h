/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PHOENIX_TYPE_LINK (phoenix_link_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixLink, phoenix_link, PHOENIX, LINK, GObject)

/*
 * A link in the contact section: a label (“LinkedIn”, “Portfolio”…) and a URL
 * (JSON Resume's basics.profiles[]: network, username, url).
 * Properties (strings are "" when unset, never NULL; setters take NULL as ""):
 *   "label" (string): what the link is, e.g. “LinkedIn” (JSON Resume's network)
 *   "url" (string): the address
 *   "username" (string): the user's name on that network, e.g. “jdupont”
 *   "uid" (string): stable identifier a CV variant refers to; given by the profile when the entry
 *     joins one of its lists, kept by the vault
 * Each property is notified only when its value really changes.
 */
PhoenixLink *phoenix_link_new          (void);
const char  *phoenix_link_get_label    (PhoenixLink *self);
void         phoenix_link_set_label    (PhoenixLink *self,
                                        const char  *label);
const char  *phoenix_link_get_url      (PhoenixLink *self);
void         phoenix_link_set_url      (PhoenixLink *self,
                                        const char  *url);
const char  *phoenix_link_get_username (PhoenixLink *self);
void         phoenix_link_set_username (PhoenixLink *self,
                                        const char  *username);
const char  *phoenix_link_get_uid      (PhoenixLink *self);
void         phoenix_link_set_uid      (PhoenixLink *self,
                                        const char  *uid);

G_END_DECLS
