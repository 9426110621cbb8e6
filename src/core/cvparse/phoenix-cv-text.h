/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-cv-parser.h"

G_BEGIN_DECLS

/* The parser's text helpers (phoenix-cv-text.c; the public ones are in phoenix-cv-parser.h):
 * cuts, language levels, links, bullets, contact lines (dates: phoenix-cv-dates.h). */

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

G_END_DECLS
