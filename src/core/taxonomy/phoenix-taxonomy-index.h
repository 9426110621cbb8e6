/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The taxonomy's indexes as the compiler stores them (issue #18), PHOENIX_TAXONOMY_INDEX_TYPE
 * at the end of the memory-mapped taxonomy.gvariant, searched by bisection in place, so nothing
 * is built when the file is opened:
 * - the term keys: the compiled term array is sorted by its key "lang:words" (strcmp order);
 *   its keys are stored again as NUL-terminated strings one after the other (ay) with where
 *   each row's starts (au), so a lookup compares C strings in the mapped file, no GVariant
 *   made per probe. A term's first word ("lang:first") is a prefix when a key starts with it
 *   and a space;
 * - the job-title index: every distinct stemmed word of two letters or more of a title,
 *   "lang:stem", with the title rows holding it (sorted by key, rows ascending), and each
 *   title's number of such words (ay), occupation (au) and kind (ay), so scoring a title row
 *   reads three C arrays.
 */

#define PHOENIX_TAXONOMY_INDEX_TYPE "(ayaua(sau)ayauay)"

typedef struct
{
  const char    *keys;      /* the keys, NUL-terminated, one after the other */
  const guint32 *offsets;   /* where each row's key starts in @keys */
  gsize          n;
} PhoenixTermKeys;

/* The indexes of the compiled @terms (a(syus), sorted by key) and @titles (a(sssuy)), as the
 * compiler stores them: a new floating GVariant of type PHOENIX_TAXONOMY_INDEX_TYPE. */
GVariant *_phoenix_taxonomy_index_build       (GVariant              *terms,
                                               GVariant              *titles);

/* The term keys of @index (pointers into its data, valid while it lives); FALSE when damaged. */
gboolean  _phoenix_taxonomy_index_term_keys   (GVariant              *index,
                                               PhoenixTermKeys       *keys);

/* The row of @key among @keys, FALSE when none. */
gboolean  _phoenix_taxonomy_index_find_key    (const PhoenixTermKeys *keys,
                                               const char            *key,
                                               gsize                 *row);

/* Whether a key starts with @prefix followed by a space; FALSE for a @prefix of several words. */
gboolean  _phoenix_taxonomy_index_has_words   (const PhoenixTermKeys *keys,
                                               const char            *prefix);

/* The row of the tuple whose first string is @key in @array (tuples sorted by it), FALSE when none. */
gboolean  _phoenix_taxonomy_index_find        (GVariant              *array,
                                               const char            *key,
                                               gsize                 *row);

G_END_DECLS
