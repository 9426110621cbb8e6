/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The letter body's markup: one paragraph a line, <b>…</b> and <i>…</i> (nested in any
 * order), the rest escaped as GMarkup escapes it (&amp; &lt; &gt; &quot; &apos;). Anything
 * else is read as text, so a damaged body still shows every character it holds.
 */

typedef struct
{
  char     *text;
  gboolean  bold;
  gboolean  italic;
} PhoenixLetterRun;

/* One GPtrArray of PhoenixLetterRun * a paragraph (GPtrArray of GPtrArray). */
GPtrArray *phoenix_letter_markup_parse      (const char *markup);
/* Plain paragraphs (GStrv) to markup. */
char      *phoenix_letter_markup_from_text  (const char *text);
/* The text without tags, paragraphs separated by @separator. */
char      *phoenix_letter_markup_to_text    (const char *markup,
                                             const char *separator);
/* Words (letter or digit runs, an apostrophe or hyphen inside one) and characters (spaces
 * included, new lines not) of the text. */
void       phoenix_letter_count             (const char *text,
                                             guint      *words,
                                             guint      *characters);

/* Text to compare or search: phoenix_text_fold() (no case, no accents, œ → oe), words separated by one space
 * ("Chargée  d'Études" → "chargee d etudes"). */
char      *phoenix_letter_fold              (const char *text);

G_END_DECLS
