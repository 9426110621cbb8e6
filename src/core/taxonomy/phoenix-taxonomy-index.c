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

gboolean
_phoenix_taxonomy_index_has_words (GVariant   *array,
                                   const char *prefix)
{
  g_autofree char *start = NULL;
  gsize at;

  /* A first word is one word. */
  if (strchr (prefix, ' ') != NULL)
    return FALSE;
  start = g_strconcat (prefix, " ", NULL);
  at = lower_bound (array, start);

  /* Keys starting with "prefix " are contiguous and come first among those not below it. */
  return at < g_variant_n_children (array) && g_str_has_prefix (key_at (array, at), start);
}

static int
compare_keys (gconstpointer a,
              gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

GVariant *
_phoenix_taxonomy_index_build_titles (GVariant *titles)
{
  g_autoptr(GHashTable) rows_by_word = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                              (GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GByteArray) n_words = g_byte_array_new ();
  GVariantBuilder words;
  gsize n_titles = g_variant_n_children (titles);

  for (gsize row = 0; row < n_titles; row++)
    {
      const char *stemmed, *language;
      g_auto(GStrv) split = NULL;
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      guint32 row32 = (guint32) row;
      guint8 count;

      g_variant_get_child (titles, row, "(@s&s&s@u@y)", NULL, &stemmed, &language, NULL, NULL);
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

  return g_variant_new ("(@a(sau)@ay)", g_variant_builder_end (&words),
                        g_variant_new_fixed_array (G_VARIANT_TYPE_BYTE, n_words->data, n_words->len, 1));
}
