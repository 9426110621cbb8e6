/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "phoenix-skill-extractor.h"

G_BEGIN_DECLS

struct sb_stemmer;

/*
 * What the ATS score reads in a CV, kept from one score to the next (issue #20):
 * the skills extracted from each text of the CV and its stemmed words, keyed by
 * the text itself (and its language). A keystroke changes one text: the next
 * score (phoenix_ats_score_cached()) extracts that one again and takes the
 * others from here, which gives the same report as a fresh score. What the last
 * score did not read (an edited or deleted text) is dropped.
 *
 * Not thread-safe: one thread at a time (a worker may own it). GTK-free.
 */

#define PHOENIX_TYPE_ATS_CACHE (phoenix_ats_cache_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixAtsCache, phoenix_ats_cache, PHOENIX, ATS_CACHE, GObject)

/* @extractor: the one the cache extracts with (not shared with another thread while the cache works). */
PhoenixAtsCache       *phoenix_ats_cache_new           (PhoenixSkillExtractor *extractor);
PhoenixSkillExtractor *phoenix_ats_cache_get_extractor (PhoenixAtsCache       *self);
/* Texts whose skills were extracted, and texts tokenised for the keywords, since the cache was made. */
guint                  phoenix_ats_cache_get_n_extracted (PhoenixAtsCache     *self);
guint                  phoenix_ats_cache_get_n_tokenized (PhoenixAtsCache     *self);
/* Texts held now. */
guint                  phoenix_ats_cache_get_size      (PhoenixAtsCache       *self);

/* For phoenix-ats.c: a score starts (@self's generation moves on), reads, ends (what it did not
 * read goes). */
void                   _phoenix_ats_cache_begin        (PhoenixAtsCache       *self);
void                   _phoenix_ats_cache_end          (PhoenixAtsCache       *self);
/* phoenix_skill_extractor_extract() of @text, from the cache when it has it: a reference to an
 * array that nobody changes. */
GArray                *_phoenix_ats_cache_extract      (PhoenixAtsCache       *self,
                                                        const char            *text,
                                                        const char            *language);
/* The stems of @text's words (stop words dropped) with @stemmer of @language; owned by the cache
 * until the score ends. */
const char * const    *_phoenix_ats_cache_stems        (PhoenixAtsCache       *self,
                                                        const char            *text,
                                                        const char            *language,
                                                        struct sb_stemmer     *stemmer);
/* phoenix_occupation_matcher_guess() of @title on the extractor's taxonomy, from the cache when it has it. */
gboolean               _phoenix_ats_cache_guess_occupation (PhoenixAtsCache   *self,
                                                            const char        *title,
                                                            guint             *occupation);
/* Adds @text's counts of frequent French and English words (_phoenix_text_count_language()) to
 * @french and @english. */
void                   _phoenix_ats_cache_count_language (PhoenixAtsCache     *self,
                                                          const char          *text,
                                                          guint               *french,
                                                          guint               *english);

G_END_DECLS
