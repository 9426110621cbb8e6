/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-profile.h"

G_BEGIN_DECLS

/*
 * Merging an imported profile into the user's own.
 *
 * Person fields of @dest that are empty take @src's value; filled ones are kept.
 * Each entry of @src is appended to the matching list of @dest unless @dest already
 * holds the same entry: experiences by title + employer + start date, education by
 * degree + school + start date, volunteering by organisation + position + start date,
 * links by URL, awards by title, and everything else (skills, languages,
 * certifications, projects, interests, publications, references) by name. Keys are
 * compared case- and accent-insensitively, spaces collapsed.
 *
 * The entry objects of @src are added to @dest as they are (not copied): pass a
 * scratch profile (phoenix_json_resume_import() into a new one) and drop it after.
 * "changed" is emitted once. Returns the number of entries added.
 */
guint  phoenix_profile_merge             (PhoenixProfile *dest,
                                          PhoenixProfile *src);

/* The folded form keys are compared in: phoenix_text_fold() (no case, no accents, "œ" → "oe",
 * typographic dashes and apostrophes as "-" and "'"), white space collapsed to one space and
 * trimmed. NULL gives "". */
char  *phoenix_profile_merge_fold        (const char     *text);

G_END_DECLS
