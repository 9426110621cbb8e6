/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * One way to compare text without case or accents, for every subsystem (the
 * skill extractor's words, the CV parser, the profile merge's keys). Each
 * character is lower-cased and decomposed by compatibility (NFKD) without its
 * marks, so "É" reads "e", the ligature "ﬁ" "fi", "²" "2"; the letters
 * Unicode does not decompose read as French and English write them without
 * the ligature: "œ" "oe", "æ" "ae", "ß" "ss". Typographic dashes read "-",
 * apostrophes and primes "'"; spaces, punctuation and the letters of other
 * scripts stay (in lower case). Text that is not valid UTF-8 is read as
 * g_utf8_make_valid() makes it. GTK-free.
 */

/* Appends the folded form of @c (none, one or a few characters) to @out. */
void   phoenix_text_fold_append       (GString     *out,
                                       gunichar     c);

/* The folded form of @text; NULL gives "". */
char  *phoenix_text_fold              (const char  *text);

/*
 * phoenix_text_fold() and where each character of the result comes from:
 * (*offsets)[i] is the character offset in @text of the character that gave
 * the result's i-th character, and one entry more, (*offsets)[n] for a result
 * of n characters, is the length of @text in characters; the array is
 * non-decreasing (free with g_free()). So a span [a, b) found in the folded
 * text is [(*offsets)[a], (*offsets)[b]) of @text (use g_utf8_offset_to_pointer()
 * for bytes); when a character folds to several ("œ" → "oe"), both come from it.
 * @text must be valid UTF-8 for its offsets to mean anything.
 */
char  *phoenix_text_fold_with_offsets (const char  *text,
                                       glong      **offsets);

G_END_DECLS
