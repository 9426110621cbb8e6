/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-cv-variant.h"
#include "phoenix-job-offer.h"

G_BEGIN_DECLS

/*
 * Tailoring: a CV variant for one offer with the ATS suggestions applied. Skills the CV
 * proves but does not list are added to the profile's skills list (with their taxonomy id,
 * labelled in the offer's language); the variant takes the offer's title as its headline
 * when the ATS suggests it, and the offer's language. The caller saves the profile and the
 * variants, and links the variant to the application.
 */
PhoenixCvVariant *phoenix_application_tailor_cv (PhoenixSkillExtractor *extractor,
                                                 PhoenixProfile        *profile,
                                                 PhoenixJobOffer       *offer,
                                                 const char            *name,
                                                 guint                 *n_applied);

G_END_DECLS
