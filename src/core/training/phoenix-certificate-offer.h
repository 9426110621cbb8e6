/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "phoenix-profile.h"
#include "phoenix-skill-evidence.h"
#include "phoenix-training-module.h"

G_BEGIN_DECLS

/*
 * What a finished module offers to put into the profile: its certificate (a
 * certifying module: a catalogue's, or the user's own diploma, titre,
 * certificate or VAE) and the skills it covers that the CV does not show yet.
 * Nothing changes until phoenix_certificate_offer_apply(): the user sees the
 * offer and confirms first. Applying adds a certification entry and one skill
 * entry per new skill (its taxonomy id kept), so the CV variants (which show
 * new entries) and every ATS score read them. Applying twice adds nothing
 * twice. GTK-free.
 */

#define PHOENIX_TYPE_CERTIFICATE_OFFER (phoenix_certificate_offer_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixCertificateOffer, phoenix_certificate_offer, PHOENIX, CERTIFICATE_OFFER, GObject)

/*
 * NULL when @module offers nothing (it certifies nothing and every skill it
 * covers is already in the CV). @date: YYYY-MM-DD the module was finished;
 * skill labels in @language.
 */
PhoenixCertificateOffer *phoenix_certificate_offer_new       (PhoenixTrainingModule   *module,
                                                              PhoenixSkillEvidence    *evidence,
                                                              const char              *date,
                                                              const char              *language);
PhoenixTrainingModule   *phoenix_certificate_offer_get_module (PhoenixCertificateOffer *self);
/* The certificate's name as the CV will show it ("" when the module certifies nothing). */
const char              *phoenix_certificate_offer_get_certificate (PhoenixCertificateOffer *self);
const char              *phoenix_certificate_offer_get_date  (PhoenixCertificateOffer *self);
/* The skills to add: taxonomy ids and their labels, in the same order. */
const char * const      *phoenix_certificate_offer_get_skill_ids    (PhoenixCertificateOffer *self);
const char * const      *phoenix_certificate_offer_get_skill_labels (PhoenixCertificateOffer *self);
/* Adds the certificate and the skills to @profile in one batch ("changed" once). */
void                     phoenix_certificate_offer_apply     (PhoenixCertificateOffer *self,
                                                              PhoenixProfile          *profile);

G_END_DECLS
