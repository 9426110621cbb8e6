/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "phoenix-ats.h"

G_BEGIN_DECLS

struct sb_stemmer;

/*
 * The offer's own words in the CV (phoenix-ats-offer-words.c), the ATS score's last way of
 * finding an offer skill the CV names by no taxonomy term: the words the offer wrote it with
 * (« cuisson des pains », "build long-term relationships"), stemmed, said within one entry of
 * the CV (one job, one degree, the skills, the headline and summary), in any order and any
 * form (« Fabrication des pains… », « Cuisson au four à sole »), light verbs ("use", « assurer »)
 * aside. A phrase of up to three words needs them all, a longer one all but one; a phrase of one
 * word only when it is a long one. GTK-free.
 */
typedef struct _PhoenixAtsCvWords PhoenixAtsCvWords;

/* The stems of @fields (PhoenixAtsField, phoenix-ats-resume.h; borrowed, must outlive the
 * result) grouped by entry, with @stemmer (the offer's language). */
PhoenixAtsCvWords *_phoenix_ats_cv_words_new  (GArray            *fields,
                                               struct sb_stemmer *stemmer);
void               _phoenix_ats_cv_words_free (PhoenixAtsCvWords *self);

/* When the CV says @phrase (the offer's words for @skill, a taxonomy index) within one entry, the
 * match there (PHOENIX_ATS_MATCH_OFFER_WORDS, at the first word found; free with the report's
 * matches), else NULL. */
PhoenixAtsMatch   *_phoenix_ats_cv_words_match (PhoenixAtsCvWords *self,
                                                const char        *phrase,
                                                guint              skill,
                                                gboolean           required);

/* The same for the first of @phrases (NULL-terminated, from data/ats/skill-evidence.tsv) the CV says,
 * one short word allowed (« EHPAD »): PHOENIX_ATS_MATCH_EVIDENCE, with the phrase as its @evidence. */
PhoenixAtsMatch   *_phoenix_ats_cv_words_match_evidence (PhoenixAtsCvWords  *self,
                                                         const char * const *phrases,
                                                         guint               skill,
                                                         gboolean            required);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixAtsCvWords, _phoenix_ats_cv_words_free)

G_END_DECLS
