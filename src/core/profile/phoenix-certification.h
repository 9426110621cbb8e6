/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define PHOENIX_TYPE_CERTIFICATION (phoenix_certification_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixCertification, phoenix_certification, PHOENIX, CERTIFICATION, GObject)

/*
 * A certificate or licence.
 * Properties (strings are "" when unset, never NULL; setters take NULL as ""):
 *   "name" (string): name of the certificate
 *   "issuer" (string): who issued it
 *   "date" (string): ISO 8601: “YYYY”, “YYYY-MM” or “YYYY-MM-DD”; "" when unknown
 *   "url" (string): proof or description
 *   "uid" (string): stable identifier a CV variant refers to; given by the profile when the entry
 *     joins one of its lists, kept by the vault
 * Each property is notified only when its value really changes.
 */
PhoenixCertification *phoenix_certification_new        (void);
const char           *phoenix_certification_get_name   (PhoenixCertification *self);
void                  phoenix_certification_set_name   (PhoenixCertification *self,
                                                        const char           *name);
const char           *phoenix_certification_get_issuer (PhoenixCertification *self);
void                  phoenix_certification_set_issuer (PhoenixCertification *self,
                                                        const char           *issuer);
const char           *phoenix_certification_get_date   (PhoenixCertification *self);
void                  phoenix_certification_set_date   (PhoenixCertification *self,
                                                        const char           *date);
const char           *phoenix_certification_get_url    (PhoenixCertification *self);
void                  phoenix_certification_set_url    (PhoenixCertification *self,
                                                        const char           *url);
const char           *phoenix_certification_get_uid    (PhoenixCertification *self);
void                  phoenix_certification_set_uid    (PhoenixCertification *self,
                                                        const char           *uid);

G_END_DECLS
