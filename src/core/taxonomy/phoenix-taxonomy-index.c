/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-taxonomy-index"

#include "config.h"

#include <string.h>

#include "phoenix-taxonomy-index.h"

/* The first string of the tuple at @row; it points into the mapped data. */
static const char *
key_at (GVariant *array,
        gsize     row)
{
  g_autoptr(GVariant) item = g_variant_get_child_value (array, row);
  g_autoptr(GVariant) value = g_variant_get_child_value (item, 0);

  return g_variant_get_string (value, NULL);
}

/* The first row whose key is not below @key. */
static gsize
lower_bound (GVariant   *array,
             const char *key)
{
  gsize lo = 0;
  gsize hi = g_variant_n_children (array);

  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (strcmp (key_at (array, mid), key) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

gboolean
_phoenix_taxonomy_index_find (GVariant   *array,
                              const char *key,
                              gsize      *row)
{
  gsize at = lower_bound (array, key);

  if (at >= g_variant_n_children (array) || strcmp (key_at (array, at), key) != 0)
    return FALSE;
  if (row != NULL)
    *row = at;
  return TRUE;
}

/* The first row whose key is not below @key. */
static gsize
lower_bound_key (const PhoenixTermKeys *keys,
                 const char            *key)
{
  gsize lo = 0;
  gsize hi = keys->n;

  while (lo < hi)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (strcmp (keys->keys + keys->offsets[mid], key) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

gboolean
_phoenix_taxonomy_index_find_key (const PhoenixTermKeys *keys,
                                  const char            *key,
                                  gsize                 *row)
{
  gsize at = lower_bound_key (keys, key);

  if (at >= keys->n || strcmp (keys->keys + keys->offsets[at], key) != 0)
    return FALSE;
  if (row != NULL)
    *row = at;
  return TRUE;
}

gboolean
_phoenix_taxonomy_index_has_words (const PhoenixTermKeys *keys,
                                   const char            *prefix)
{
  g_autofree char *start = NULL;
  gsize at;

  /* A first word is one word. */
  if (strchr (prefix, ' ') != NULL)
    return FALSE;
  start = g_strconcat (prefix, " ", NULL);
  at = lower_bound_key (keys, start);

  /* Keys starting with "prefix " are contiguous and come first among those not below it. */
  return at < keys->n && g_str_has_prefix (keys->keys + keys->offsets[at], start);
}

gboolean
_phoenix_taxonomy_index_term_keys (GVariant        *index,
                                   PhoenixTermKeys *keys)
{
  g_autoptr(GVariant) blob = g_variant_get_child_value (index, 0);
  g_autoptr(GVariant) offsets = g_variant_get_child_value (index, 1);
  gsize size, n;

  /* The children's data live as long as @index's (one serialised value). */
  keys->keys = g_variant_get_fixed_array (blob, &size, 1);
  keys->offsets = g_variant_get_fixed_array (offsets, &n, sizeof (guint32));
  keys->n = n;
  /* The last key ends the blob: every key is NUL-terminated inside it. */
  return size > 0 && keys->keys[size - 1] == '\0' && (n == 0 || keys->offsets[n - 1] < size);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GVariant *
_phoenix_taxonomy_index_build (GVariant *terms,
                               GVariant *titles)
{
  g_autoptr(GHashTable) rows_by_word = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                              (GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GByteArray) n_words = g_byte_array_new ();
  g_autoptr(GArray) occupations = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GByteArray) kinds = g_byte_array_new ();
  g_autoptr(GByteArray) blob = g_byte_array_new ();
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint32));
  GVariantBuilder words;
  gsize n_titles = g_variant_n_children (titles);
  gsize n_terms = g_variant_n_children (terms);

  for (gsize row = 0; row < n_terms; row++)
    {
      const char *key;
      guint32 offset = blob->len;

      g_variant_get_child (terms, row, "(&s@y@u@s)", &key, NULL, NULL, NULL);
      g_array_append_val (offsets, offset);
      g_byte_array_append (blob, (const guint8 *) key, strlen (key) + 1);
    }

  for (gsize row = 0; row < n_titles; row++)
    {
      const char *stemmed, *language;
      g_auto(GStrv) split = NULL;
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      guint32 row32 = (guint32) row;
      guint32 occupation;
      guint8 count, kind;

      g_variant_get_child (titles, row, "(@s&s&suy)", NULL, &stemmed, &language, &occupation, &kind);
      g_array_append_val (occupations, occupation);
      g_byte_array_append (kinds, &kind, 1);
      split = g_strsplit (stemmed, " ", -1);
      for (guint i = 0; split[i] != NULL; i++)
        {
          g_autofree char *key = NULL;
          GArray *rows;

          /* Distinct words of two letters or more, as the matcher counts them. */
          if (strlen (split[i]) < 2 || !g_hash_table_add (seen, split[i]))
            continue;
          key = g_strconcat (language, ":", split[i], NULL);
          rows = g_hash_table_lookup (rows_by_word, key);
          if (rows == NULL)
            {
              rows = g_array_new (FALSE, FALSE, sizeof (guint32));
              g_hash_table_insert (rows_by_word, g_steal_pointer (&key), rows);
            }
          g_array_append_val (rows, row32);
        }
      count = (guint8) MIN (g_hash_table_size (seen), G_MAXUINT8);
      g_byte_array_append (n_words, &count, 1);
    }

  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, rows_by_word);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      g_ptr_array_add (keys, key);
  }
  g_ptr_array_sort (keys, compare_keys);

  g_variant_builder_init (&words, G_VARIANT_TYPE ("a(sau)"));
  for (guint i = 0; i < keys->len; i++)
    {
      GArray *rows = g_hash_table_lookup (rows_by_word, keys->pdata[i]);

      g_variant_builder_add (&words, "(s@au)", (const char *) keys->pdata[i],
                             g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, rows->data, rows->len,
                                                        sizeof (guint32)));
    }

  return g_variant_new ("(@ay@au@a(sau)@ay@au@ay)",
                        g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, blob->data, blob->len, 1),
                        g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, offsets->data, offsets->len, sizeof (guint32)),
                        g_variant_builder_end (&words),
                        g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, n_words->data, n_words->len, 1),
                        g_variant_new_fixed_array (G_VARIANT_TYPE_UINT32, occupations->data, occupations->len,
                                                   sizeof (guint32)),
                        g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, kinds->data, kinds->len, 1));
}
