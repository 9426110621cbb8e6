/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PHOENIX_TYPE_LINK (phoenix_link_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixLink, phoenix_link, PHOENIX, LINK, GObject)

/*
 * A link in the contact section: a label (“LinkedIn”, “Portfolio”…) and a URL.
 * Properties (strings are "" when unset, never NULL; setters take NULL as ""):
 *   "label" (string): what the link is, e.g. “LinkedIn”
 *   "url" (string): the address
 * Each property is notified only when its value really changes.
 */
PhoenixLink  *phoenix_link_new       (void);
const char   *phoenix_link_get_label (PhoenixLink *self);
void          phoenix_link_set_label (PhoenixLink *self,
                                      const char  *label);
const char   *phoenix_link_get_url   (PhoenixLink *self);
void          phoenix_link_set_url   (PhoenixLink *self,
                                      const char  *url);

G_END_DECLS
