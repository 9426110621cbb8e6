/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-cv-parser.h"

G_BEGIN_DECLS

/* The parser's text helpers (phoenix-cv-text.c; the public ones are in phoenix-cv-parser.h):
 * dates, cuts, language levels, links, bullets, contact lines. */

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
char     *_phoenix_cv_atom_to_iso        (const PhoenixCvDateAtom *atom);
/* Removes the chars [start, end) of @text. */
char     *_phoenix_cv_cut                (const char        *text,
                                          glong              start,
                                          glong              end);
/* Known level words: returns the level as printed-normalised, or NULL. */
char     *_phoenix_cv_find_language_level (const char       *text,
                                           glong            *start,
                                           glong            *end);
gboolean  _phoenix_cv_is_language_name   (const char        *folded);
/* URLs: linkedin, github, http(s), www. Returns a GPtrArray of strings. */
GPtrArray *_phoenix_cv_find_urls         (const char        *text);
gboolean  _phoenix_cv_is_bullet          (gunichar           c);
/* Strips icon glyphs, stray single letters before contact data, bullets. */
char     *_phoenix_cv_clean_contact      (const char        *text);

/* TRUE when @text begins with a date or "present" (*atom filled). */
gboolean  _phoenix_cv_leading_date       (const char        *text,
                                          PhoenixCvDateAtom *atom);
/* TRUE when the first date of @text is a lone date followed by a dash:
 * a range whose end is on the next line. */
gboolean  _phoenix_cv_has_open_range     (const char        *text);

G_END_DECLS
