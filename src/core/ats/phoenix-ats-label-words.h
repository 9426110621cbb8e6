/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-taxonomy.h"

G_BEGIN_DECLS

/*
 * The rare words of a skill's labels (phoenix-ats-label-words.c, issue #16): the words of its French
 * or English label that few of the taxonomy's labels in that language hold (Snowball stems, accents
 * folded, stop words aside), « régimes retraite » for « Régimes de retraite ». The ATS score's last
 * way of finding an offer skill in a CV that names it by no term: those words said within one entry,
 * in any order or form. GTK-free; the counts are made once per taxonomy.
 */

/* A stem is rare when at most this many labels of its language hold it: chosen on the tuning half
 * of the recruiter-labelled offers (README, ATS quality) as the largest count that matched no real
 * gap there. */
#define PHOENIX_ATS_RARE_LABEL_WORD_MAX 20

/* The words of @skill's label in @language ("fr" or "en") whose stems are rare, in label order,
 * joined by spaces; NULL when the skill has no label of its own in @language or none is rare. */
char *_phoenix_ats_label_rare_words (PhoenixTaxonomy *taxonomy,
                                     guint            skill,
                                     const char      *language);

G_END_DECLS
