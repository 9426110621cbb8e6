/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

struct sb_stemmer;

/*
 * Words of a text (phoenix-text-tokens.c), shared by the taxonomy and its
 * compiler, the skill extractor, the occupation matcher, the job-offer reader
 * and the ATS score, so the index and the text are cut and folded the same
 * way: words are runs of letters and digits (a trailing “+” or “#” kept: C++,
 * C#), folded as phoenix_text_fold() folds (no case, no accents, œ → oe),
 * stop words of both languages dropped, then stemmed with Snowball, and a noun and its verb
 * (« rédaction », « rédiger ») or British and American spellings brought to one stem.
 */
typedef struct
{
  char     *folded;     /* lower case, no accents */
  char     *stem;       /* Snowball stem of folded (folded itself for digits, C++…) */
  gsize     start;      /* byte offsets of the word in the text */
  gsize     end;
  gboolean  break_before;  /* punctuation (, ; : ( ) • new line, ". ") since the previous word */
} PhoenixTextToken;

/* Returns a GArray of PhoenixTextToken (cleared with their strings when the array is freed). */
GArray     *_phoenix_text_tokenize       (const char        *text,
                                          struct sb_stemmer *stemmer,
                                          gboolean           drop_stop_words);
/* Folded words joined by one space, stop words kept, punctuation dropped. */
char       *_phoenix_text_fold_words     (const char        *text);
/* Stems of the folded words without stop words, joined by one space ("" when none). */
char       *_phoenix_text_key            (const char        *text,
                                          struct sb_stemmer *stemmer);
gboolean    _phoenix_text_is_stop_word   (const char        *folded);
/* The Snowball stem of one folded word (the word itself for short words, digits, C++). */
char       *_phoenix_text_stem           (struct sb_stemmer *stemmer,
                                          const char        *folded);
/* Whether two folded words are one skill's noun and verb, or its two spellings, that Snowball
 * alone stems apart (« rédaction », « rédiger »; "organise", "organize"): the same stem once
 * the derivation table is applied, different before. */
gboolean    _phoenix_text_same_derivation (struct sb_stemmer *stemmer,
                                           const char        *folded_a,
                                           const char        *folded_b);
/* French feminine job-title forms to the masculine: "developpeuse" → "developpeur",
 * "conductrice" → "conducteur", "bouchere" → "boucher" (folded words). */
char       *_phoenix_text_masculine      (const char        *folded);
/* "fr" or "en", from counts of frequent words. */
const char *_phoenix_text_detect_language (const char       *text);
/* Those counts: "en" when @english > @french. Texts joined by new lines count the sum of theirs. */
void        _phoenix_text_count_language (const char        *text,
                                          guint             *french,
                                          guint             *english);
/* A Snowball stemmer for "fr" or "en" (free with sb_stemmer_delete). */
struct sb_stemmer *_phoenix_text_new_stemmer (const char    *language);

G_END_DECLS
