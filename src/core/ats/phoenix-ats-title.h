/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

struct sb_stemmer;

G_BEGIN_DECLS

/* Stems of a job title's words (feminine forms read as masculine ones) → their weight: a rank word
 * (« Responsable », Manager, Assistant…) a quarter of a trade word. */
GHashTable *_phoenix_ats_title_words    (const char        *text,
                                         struct sb_stemmer *stemmer);
/* Share of the offer title's words (from _phoenix_ats_title_words()) that @text has, by weight. */
double      _phoenix_ats_title_coverage (GHashTable        *offer_words,
                                         const char        *text,
                                         struct sb_stemmer *stemmer);

G_END_DECLS
