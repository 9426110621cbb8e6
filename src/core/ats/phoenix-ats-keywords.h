/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-ats-cache.h"
#include "phoenix-job-offer.h"

G_BEGIN_DECLS

struct sb_stemmer;

/*
 * The "other keywords" part of the ATS score (phoenix-ats-keywords.c): the
 * words @offer repeats most (twelve at the most; after the sixth, only words
 * said twice) that are not one of its skills, its title, company or place, nor
 * words every offer uses, compared by their stems (@stemmer: the offer's
 * language) with the CV's texts (@fields, PhoenixAtsField). Appends the words
 * (char *) to @words and those the CV lacks to @missing; returns how many the
 * CV holds. @cache (nullable): the CV's stems kept from the last score.
 */
guint  _phoenix_ats_keywords (PhoenixJobOffer   *offer,
                              GArray            *fields,
                              struct sb_stemmer *stemmer,
                              PhoenixAtsCache   *cache,
                              GPtrArray         *words,
                              GPtrArray         *missing);

G_END_DECLS
