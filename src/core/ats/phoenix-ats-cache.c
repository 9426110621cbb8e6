/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-ats-cache"

#include "config.h"

#include "phoenix-ats-cache.h"
#include "phoenix-occupation-matcher.h"
#include "phoenix-text-tokens.h"

typedef struct
{
  GArray *matches;    /* of PhoenixSkillMatch */
  GStrv   stems;
  guint   occupation; /* a guessed occupation + 1, 0: none */
  guint   french;     /* frequent words of each language */
  guint   english;
  guint   generation; /* the last score that read it */
} CacheItem;

struct _PhoenixAtsCache
{
  GObject                parent_instance;

  PhoenixSkillExtractor *extractor;
  GHashTable            *extracted;  /* "language\x1ftext" → CacheItem (matches) */
  GHashTable            *stemmed;    /* the same → CacheItem (stems) */
  GHashTable            *guessed;    /* "\x1ftitle" → CacheItem (occupation) */
  GHashTable            *counted;    /* "\x1ftext" → CacheItem (french, english) */
  guint                  generation;
  guint                  n_extracted;
  guint                  n_tokenized;
};

G_DEFINE_FINAL_TYPE (PhoenixAtsCache, phoenix_ats_cache, G_TYPE_OBJECT)

static void
cache_item_free (gpointer data)
{
  CacheItem *item = data;

  g_clear_pointer (&item->matches, g_array_unref);
  g_strfreev (item->stems);
  g_free (item);
}

static void
phoenix_ats_cache_finalize (GObject *object)
{
  PhoenixAtsCache *self = PHOENIX_ATS_CACHE (object);

  g_clear_object (&self->extractor);
  g_clear_pointer (&self->extracted, g_hash_table_unref);
  g_clear_pointer (&self->stemmed, g_hash_table_unref);
  g_clear_pointer (&self->guessed, g_hash_table_unref);
  g_clear_pointer (&self->counted, g_hash_table_unref);

  G_OBJECT_CLASS (phoenix_ats_cache_parent_class)->finalize (object);
}

static void
phoenix_ats_cache_class_init (PhoenixAtsCacheClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_ats_cache_finalize;
}

static void
phoenix_ats_cache_init (PhoenixAtsCache *self)
{
  self->extracted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cache_item_free);
  self->stemmed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cache_item_free);
  self->guessed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cache_item_free);
  self->counted = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cache_item_free);
}

PhoenixAtsCache *
phoenix_ats_cache_new (PhoenixSkillExtractor *extractor)
{
  PhoenixAtsCache *self;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EXTRACTOR (extractor), NULL);

  self = g_object_new (PHOENIX_TYPE_ATS_CACHE, NULL);
  self->extractor = g_object_ref (extractor);
  return self;
}

PhoenixSkillExtractor *
phoenix_ats_cache_get_extractor (PhoenixAtsCache *self)
{
  g_return_val_if_fail (PHOENIX_IS_ATS_CACHE (self), NULL);

  return self->extractor;
}

guint
phoenix_ats_cache_get_n_extracted (PhoenixAtsCache *self)
{
  g_return_val_if_fail (PHOENIX_IS_ATS_CACHE (self), 0);

  return self->n_extracted;
}

guint
phoenix_ats_cache_get_n_tokenized (PhoenixAtsCache *self)
{
  g_return_val_if_fail (PHOENIX_IS_ATS_CACHE (self), 0);

  return self->n_tokenized;
}

guint
phoenix_ats_cache_get_size (PhoenixAtsCache *self)
{
  g_return_val_if_fail (PHOENIX_IS_ATS_CACHE (self), 0);

  return g_hash_table_size (self->extracted) + g_hash_table_size (self->stemmed);
}

void
_phoenix_ats_cache_begin (PhoenixAtsCache *self)
{
  self->generation++;
}

static gboolean
is_stale (gpointer key,
          gpointer value,
          gpointer user_data)
{
  CacheItem *item = value;
  PhoenixAtsCache *self = user_data;

  return item->generation != self->generation;
}

void
_phoenix_ats_cache_end (PhoenixAtsCache *self)
{
  g_hash_table_foreach_remove (self->extracted, is_stale, self);
  g_hash_table_foreach_remove (self->stemmed, is_stale, self);
  g_hash_table_foreach_remove (self->guessed, is_stale, self);
  g_hash_table_foreach_remove (self->counted, is_stale, self);
}

static CacheItem *
lookup (PhoenixAtsCache *self,
        GHashTable      *table,
        const char      *text,
        const char      *language,
        char           **key_out)
{
  char *key = g_strconcat (language != NULL ? language : "", "\x1f", text, NULL);
  CacheItem *item = g_hash_table_lookup (table, key);

  if (item != NULL)
    {
      item->generation = self->generation;
      g_free (key);
      return item;
    }
  *key_out = key;
  return NULL;
}

GArray *
_phoenix_ats_cache_extract (PhoenixAtsCache *self,
                            const char      *text,
                            const char      *language)
{
  char *key = NULL;
  CacheItem *item = lookup (self, self->extracted, text, language, &key);

  if (item == NULL)
    {
      item = g_new0 (CacheItem, 1);
      item->matches = phoenix_skill_extractor_extract (self->extractor, text, language);
      item->generation = self->generation;
      g_hash_table_insert (self->extracted, key, item);
      self->n_extracted++;
    }

  return g_array_ref (item->matches);
}

const char * const *
_phoenix_ats_cache_stems (PhoenixAtsCache   *self,
                          const char        *text,
                          const char        *language,
                          struct sb_stemmer *stemmer)
{
  char *key = NULL;
  CacheItem *item = lookup (self, self->stemmed, text, language, &key);

  if (item == NULL)
    {
      g_autoptr(GArray) tokens = _phoenix_text_tokenize (text, stemmer, TRUE);

      item = g_new0 (CacheItem, 1);
      item->stems = g_new0 (char *, tokens->len + 1);
      for (guint i = 0; i < tokens->len; i++)
        item->stems[i] = g_strdup (g_array_index (tokens, PhoenixTextToken, i).stem);
      item->generation = self->generation;
      g_hash_table_insert (self->stemmed, key, item);
      self->n_tokenized++;
    }

  return (const char * const *) item->stems;
}

gboolean
_phoenix_ats_cache_guess_occupation (PhoenixAtsCache *self,
                                     const char      *title,
                                     guint           *occupation)
{
  char *key = NULL;
  CacheItem *item = lookup (self, self->guessed, title, NULL, &key);

  if (item == NULL)
    {
      guint guess;

      item = g_new0 (CacheItem, 1);
      if (phoenix_occupation_matcher_guess (phoenix_skill_extractor_get_taxonomy (self->extractor), title, &guess))
        item->occupation = guess + 1;
      item->generation = self->generation;
      g_hash_table_insert (self->guessed, key, item);
    }
  if (item->occupation > 0)
    *occupation = item->occupation - 1;
  return item->occupation > 0;
}

void
_phoenix_ats_cache_count_language (PhoenixAtsCache *self,
                                   const char      *text,
                                   guint           *french,
                                   guint           *english)
{
  char *key = NULL;
  CacheItem *item = lookup (self, self->counted, text, NULL, &key);

  if (item == NULL)
    {
      item = g_new0 (CacheItem, 1);
      _phoenix_text_count_language (text, &item->french, &item->english);
      item->generation = self->generation;
      g_hash_table_insert (self->counted, key, item);
    }
  *french += item->french;
  *english += item->english;
}
