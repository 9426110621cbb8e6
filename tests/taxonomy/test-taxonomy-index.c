/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-taxonomy-index"

/*
 * The term table stored built in taxonomy.gvariant (sorted, searched by bisection: issue #18)
 * answers exactly as the hash tables Phoenix used to build from it at run time: every term
 * found at its own row with its skill, flags and surface, every first word of a term of several
 * words a prefix, and words that are no term or prefix refused by both; and the job-title
 * index stored there is the one its title array gives.
 */

#include "config.h"

#include <string.h>

#include "phoenix-taxonomy.h"
#include "phoenix-taxonomy-index.h"
#include "phoenix-taxonomy-private.h"

static PhoenixTaxonomy *
open_taxonomy (void)
{
  g_autofree char *path = phoenix_taxonomy_get_default_path ();
  g_autoptr(GError) error = NULL;
  PhoenixTaxonomy *taxonomy = phoenix_taxonomy_new_from_file (path, &error);

  g_assert_no_error (error);
  return taxonomy;
}

/* "lang:key" cut in two, as phoenix_taxonomy_lookup_term() takes it. */
static gboolean
lookup_full (PhoenixTaxonomy   *taxonomy,
             const char        *full,
             guint             *skill,
             PhoenixTermFlags  *flags,
             const char       **surface)
{
  const char *colon = strchr (full, ':');
  g_autofree char *language = g_strndup (full, colon - full);

  return phoenix_taxonomy_lookup_term (taxonomy, language, colon + 1, skill, flags, surface);
}

static gboolean
has_prefix_full (PhoenixTaxonomy *taxonomy,
                 const char      *full)
{
  const char *colon = strchr (full, ':');
  g_autofree char *language = g_strndup (full, colon - full);

  return phoenix_taxonomy_has_term_prefix (taxonomy, language, colon + 1);
}

static void
test_built_index_agrees (void)
{
  g_autoptr(PhoenixTaxonomy) taxonomy = open_taxonomy ();
  GVariant *terms = _phoenix_taxonomy_get_terms (taxonomy);
  gsize n = g_variant_n_children (terms);
  /* What the loader built at every start before: key → row + 1, and the prefixes. */
  g_autoptr(GHashTable) rows = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) prefixes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) probes = g_ptr_array_new_with_free_func (g_free);
  guint n_prefixes = 0, n_refused = 0;

  g_assert_cmpuint (n, >, 10000);
  for (gsize i = 0; i < n; i++)
    {
      const char *key;
      const char *space;

      g_variant_get_child (terms, i, "(&sy@u&s)", &key, NULL, NULL, NULL);
      g_assert_nonnull (strchr (key, ':'));
      g_hash_table_insert (rows, (gpointer) key, GSIZE_TO_POINTER (i + 1));
      space = strchr (key, ' ');
      if (space != NULL)
        g_hash_table_add (prefixes, g_strndup (key, space - key));
    }
  /* Sorted and without duplicates, or bisection could not find every row. */
  g_assert_cmpuint (g_hash_table_size (rows), ==, n);

  for (gsize i = 0; i < n; i++)
    {
      const char *key, *surface, *found_surface = NULL;
      guchar flags;
      guint skill, found_skill = G_MAXUINT;
      PhoenixTermFlags found_flags = 0;
      const char *space;

      g_variant_get_child (terms, i, "(&syu&s)", &key, &flags, &skill, &surface);
      g_assert_true (lookup_full (taxonomy, key, &found_skill, &found_flags, &found_surface));
      g_assert_cmpuint (found_skill, ==, skill);
      g_assert_cmpuint (found_flags, ==, flags);
      g_assert_cmpstr (found_surface, ==, surface);

      /* Near misses, and every first word, for the refusals and the prefixes below. */
      g_ptr_array_add (probes, g_strconcat (key, "x", NULL));
      g_ptr_array_add (probes, g_strndup (key, strlen (key) - 1));
      g_ptr_array_add (probes, g_strdup (key));
      space = strchr (key, ' ');
      if (space != NULL)
        g_ptr_array_add (probes, g_strndup (key, space - key));
    }

  for (guint i = 0; i < probes->len; i++)
    {
      const char *probe = probes->pdata[i];
      gboolean is_term = g_hash_table_contains (rows, probe);
      gboolean is_prefix = g_hash_table_contains (prefixes, probe);

      if (strchr (probe, ':') == NULL)
        continue;
      g_assert_cmpint (lookup_full (taxonomy, probe, NULL, NULL, NULL), ==, is_term);
      g_assert_cmpint (has_prefix_full (taxonomy, probe), ==, is_prefix);
      n_prefixes += is_prefix;
      n_refused += !is_term;
    }
  g_assert_cmpuint (n_prefixes, >, 1000);
  g_assert_cmpuint (n_refused, >, 1000);
  g_test_message ("%" G_GSIZE_FORMAT " terms, %u prefixes, %u probes, %u refused", n,
                  g_hash_table_size (prefixes), probes->len, n_refused);
}

/* The indexes stored in the file (term keys, job-title index) are the ones built from its term
 * and title arrays now, and each title row is found under every distinct word of two letters or
 * more of its stems. */
static void
test_title_index_agrees (void)
{
  g_autoptr(PhoenixTaxonomy) taxonomy = open_taxonomy ();
  GVariant *titles = _phoenix_taxonomy_get_titles (taxonomy);
  g_autoptr(GVariant) stored = _phoenix_taxonomy_get_index (taxonomy);
  g_autoptr(GVariant) built = g_variant_ref_sink (_phoenix_taxonomy_index_build (_phoenix_taxonomy_get_terms (taxonomy),
                                                                                 titles));
  gsize n_titles = g_variant_n_children (titles);
  PhoenixTitleRows title_rows;

  g_assert_cmpuint (n_titles, >, 1000);
  phoenix_taxonomy_get_title_rows (taxonomy, &title_rows);
  g_assert_cmpuint (title_rows.n, ==, n_titles);
  g_assert_true (g_variant_equal (stored, built));

  for (gsize row = 0; row < n_titles; row++)
    {
      const char *folded, *stemmed, *language;
      guint32 occupation;
      guint8 kind;
      gsize first = 0, end = 0;
      g_auto(GStrv) words = NULL;
      g_autoptr(GHashTable) distinct = g_hash_table_new (g_str_hash, g_str_equal);

      g_variant_get_child (titles, row, "(&s&s&suy)", &folded, &stemmed, &language, &occupation, &kind);
      g_assert_cmpuint (title_rows.occupations[row], ==, occupation);
      g_assert_cmpuint (title_rows.kinds[row], ==, kind);
      /* Found among the titles spelt the same, which are all it finds. */
      g_assert_true (phoenix_taxonomy_find_titles (taxonomy, folded, &first, &end));
      g_assert_cmpuint (first, <=, row);
      g_assert_cmpuint (row, <, end);
      for (gsize j = first; j < end; j++)
        {
          const char *other;

          g_variant_get_child (titles, j, "(&s@s@s@u@y)", &other, NULL, NULL, NULL, NULL);
          g_assert_cmpstr (other, ==, folded);
        }
      words = g_strsplit (stemmed, " ", -1);
      for (guint i = 0; words[i] != NULL; i++)
        {
          gsize n_rows = 0;
          const guint32 *rows;
          gboolean found = FALSE;

          if (strlen (words[i]) < 2)
            continue;
          g_hash_table_add (distinct, words[i]);
          rows = phoenix_taxonomy_find_title_word (taxonomy, language, words[i], &n_rows);
          g_assert_nonnull (rows);
          for (gsize j = 0; j < n_rows; j++)
            {
              if (j > 0)
                g_assert_cmpuint (rows[j - 1], <, rows[j]);
              found |= rows[j] == row;
            }
          g_assert_true (found);
        }
      g_assert_cmpuint (title_rows.n_words[row], ==, g_hash_table_size (distinct));
    }

  {
    gsize n_rows = 42;

    g_assert_null (phoenix_taxonomy_find_title_word (taxonomy, "fr", "zzzqxw", &n_rows));
    g_assert_cmpuint (n_rows, ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ats/taxonomy-index/built-agrees-with-runtime", test_built_index_agrees);
  g_test_add_func ("/ats/taxonomy-index/title-index-agrees", test_title_index_agrees);

  return g_test_run ();
}
