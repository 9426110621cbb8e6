/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-ats"

#include "config.h"

#include <string.h>

#include <libstemmer.h>

#include "phoenix-ats-label-words.h"
#include "phoenix-text-tokens.h"

static const char * const label_languages[] = { "fr", "en" };

/* How many labels of each language hold each stem, for one taxonomy, kept with it once counted (under
 * the lock: the score runs in workers, and Snowball's stemmers are not to be shared between threads). */
typedef struct
{
  GHashTable        *labels[2];  /* stem (owned) → number of labels */
  struct sb_stemmer *stemmers[2];
} LabelWords;

G_LOCK_DEFINE_STATIC (label_words);

static void
label_words_free (gpointer data)
{
  LabelWords *self = data;

  for (guint l = 0; l < 2; l++)
    {
      g_hash_table_unref (self->labels[l]);
      sb_stemmer_delete (self->stemmers[l]);
    }
  g_free (self);
}

static LabelWords *
label_words_new (PhoenixTaxonomy *taxonomy)
{
  LabelWords *self = g_new0 (LabelWords, 1);

  for (guint l = 0; l < 2; l++)
    {
      self->labels[l] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      self->stemmers[l] = _phoenix_text_new_stemmer (label_languages[l]);
      for (guint skill = 0; skill < phoenix_taxonomy_get_n_skills (taxonomy); skill++)
        {
          g_autoptr(GArray) tokens = NULL;
          g_autoptr(GHashTable) seen = NULL;

          if (!phoenix_taxonomy_skill_has_label (taxonomy, skill, label_languages[l]))
            continue;
          tokens = _phoenix_text_tokenize (phoenix_taxonomy_get_skill_label (taxonomy, skill, label_languages[l]),
                                           self->stemmers[l], TRUE);
          seen = g_hash_table_new (g_str_hash, g_str_equal);
          for (guint t = 0; t < tokens->len; t++)
            {
              const char *stem = g_array_index (tokens, PhoenixTextToken, t).stem;

              /* A label counts once for a stem it holds twice. */
              if (g_hash_table_add (seen, (gpointer) stem))
                g_hash_table_insert (self->labels[l], g_strdup (stem),
                                     GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->labels[l], stem)) + 1));
            }
        }
    }

  return self;
}

char *
_phoenix_ats_label_rare_words (PhoenixTaxonomy *taxonomy,
                               guint            skill,
                               const char      *language)
{
  guint l = g_strcmp0 (language, "en") == 0;
  g_autoptr(GString) words = g_string_new (NULL);
  g_autoptr(GArray) tokens = NULL;
  const char *label;
  LabelWords *self;

  if (!phoenix_taxonomy_skill_has_label (taxonomy, skill, label_languages[l]))
    return NULL;
  label = phoenix_taxonomy_get_skill_label (taxonomy, skill, label_languages[l]);

  G_LOCK (label_words);
  self = g_object_get_data (G_OBJECT (taxonomy), "phoenix-ats-label-words");
  if (self == NULL)
    {
      self = label_words_new (taxonomy);
      g_object_set_data_full (G_OBJECT (taxonomy), "phoenix-ats-label-words", self, label_words_free);
    }
  tokens = _phoenix_text_tokenize (label, self->stemmers[l], TRUE);
  for (guint t = 0; t < tokens->len; t++)
    {
      PhoenixTextToken *token = &g_array_index (tokens, PhoenixTextToken, t);

      if (GPOINTER_TO_UINT (g_hash_table_lookup (self->labels[l], token->stem)) <= PHOENIX_ATS_RARE_LABEL_WORD_MAX)
        g_string_append_printf (words, "%s%.*s", words->len > 0 ? " " : "", (int) (token->end - token->start),
                                label + token->start);
    }
  G_UNLOCK (label_words);

  return words->len > 0 ? g_string_free (g_steal_pointer (&words), FALSE) : NULL;
}
