/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates in CVs (phoenix-cv-dates.c; the public phoenix_cv_parse_date() and
 * phoenix_cv_find_date_range() are in phoenix-cv-parser.h). */

/* A date found in folded text: char offsets [start, end). */
typedef struct
{
  int      year;      /* 0 for "present" */
  int      month;     /* 1..12, 0 when absent */
  gboolean present;
  glong    start;
  glong    end;
} PhoenixCvDateAtom;

/* A range or a lone date found in a text, with its char offsets. */
typedef struct
{
  PhoenixCvDateAtom from;
  PhoenixCvDateAtom to;      /* to.year == 0 && !to.present: a lone date */
  gboolean          ongoing; /* "depuis 2021", "– present" */
  gboolean          is_range;
  glong             start;
  glong             end;
} PhoenixCvDateSpan;

/* Finds every date span in @text (char offsets in @text; read on phoenix_text_fold()'s form). */
GArray   *_phoenix_cv_find_dates         (const char        *text);
/* phoenix_text_fold_with_offsets() of @text, as the date functions read it: owned by this thread's
 * cache, valid until the next few texts asked about in this thread. */
const char *_phoenix_cv_dates_fold       (const char        *text,
                                          const glong      **offsets);
char     *_phoenix_cv_atom_to_iso        (const PhoenixCvDateAtom *atom);
/* TRUE when @text begins with a date or "present" (*atom filled). */
gboolean  _phoenix_cv_leading_date       (const char        *text,
                                          PhoenixCvDateAtom *atom);
/* TRUE when the first date of @text is a lone date followed by a dash:
 * a range whose end is on the next line. */
gboolean  _phoenix_cv_has_open_range     (const char        *text);

/* TRUE when the word @word (ASCII, folded) stands at char @i of the folded text @s (@len chars),
 * not inside a longer word; *@end is the char after it. */
gboolean  _phoenix_cv_match_word_at      (const gunichar    *s,
                                          glong              len,
                                          glong              i,
                                          const char        *word,
                                          glong             *end);

G_END_DECLS
