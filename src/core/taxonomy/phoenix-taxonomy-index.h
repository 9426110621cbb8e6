/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The taxonomy's indexes as the compiler stores them (issue #18): sorted arrays in the
 * memory-mapped taxonomy.gvariant, searched by bisection, so nothing is built when the
 * file is opened. The term table is the compiled array of terms itself, sorted by its key
 * "lang:words" (strcmp order); a term's first word ("lang:first") is a prefix when a key
 * starts with it and a space. The job-title index, PHOENIX_TAXONOMY_TITLE_INDEX_TYPE, is built by
 * the compiler from the title array: every distinct stemmed word of two letters or more of a
 * title, "lang:stem", with the title rows holding it (sorted by key, rows ascending), and each
 * title's number of such words.
 */

#define PHOENIX_TAXONOMY_TITLE_INDEX_TYPE "(a(sau)ay)"

/* The row of the tuple whose first string is @key in @array (tuples sorted by it), FALSE when none. */
gboolean _phoenix_taxonomy_index_find      (GVariant   *array,
                                            const char *key,
                                            gsize      *row);

/* Whether some tuple's first string in @array (sorted by it) starts with @prefix followed by a
 * space; FALSE for a @prefix of several words. */
gboolean _phoenix_taxonomy_index_has_words (GVariant   *array,
                                            const char *prefix);

/* The job-title index of @titles (the compiled a(sssuy) title array), as the compiler stores it;
 * a new floating GVariant. */
GVariant *_phoenix_taxonomy_index_build_titles (GVariant   *titles);

G_END_DECLS
