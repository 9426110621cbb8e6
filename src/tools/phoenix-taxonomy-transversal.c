/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-taxonomy-compile"

/*
 * Build-time: each skill's ESCO transversal group (PhoenixTransversalGroup), one notion for the
 * extraction and the matching (issue #16). generate.py writes the group of ESCO's own transversal skills;
 * this gives it to the skills of their class and to skills whose label holds a transversal one's.
 */

#include "config.h"

#include <string.h>

#include "phoenix-taxonomy-transversal.h"
#include "phoenix-text-tokens.h"

/* The flags' codes, by group. */
static const struct { const char *code; PhoenixTransversalGroup group; } codes[] = {
  { "L", PHOENIX_TRANSVERSAL_LANGUAGE },
  { "T1", PHOENIX_TRANSVERSAL_CORE },
  { "T2", PHOENIX_TRANSVERSAL_THINKING },
  { "T3", PHOENIX_TRANSVERSAL_SELF_MANAGEMENT },
  { "T4", PHOENIX_TRANSVERSAL_SOCIAL },
  { "T4.4", PHOENIX_TRANSVERSAL_LEADING },
  { "T5", PHOENIX_TRANSVERSAL_PHYSICAL },
  { "T6", PHOENIX_TRANSVERSAL_LIFE },
};

/* Which group wins when a skill has several: lower first (generate.py's TRANSVERSAL_ORDER). */
static const guint8 rank[PHOENIX_TRANSVERSAL_N_GROUPS] = {
  [PHOENIX_TRANSVERSAL_THINKING] = 0, [PHOENIX_TRANSVERSAL_SELF_MANAGEMENT] = 1,
  [PHOENIX_TRANSVERSAL_SOCIAL] = 2, [PHOENIX_TRANSVERSAL_LEADING] = 3, [PHOENIX_TRANSVERSAL_CORE] = 4,
  [PHOENIX_TRANSVERSAL_PHYSICAL] = 5, [PHOENIX_TRANSVERSAL_LIFE] = 6, [PHOENIX_TRANSVERSAL_LANGUAGE] = 7,
  [PHOENIX_TRANSVERSAL_OTHER] = 8, [PHOENIX_TRANSVERSAL_NONE] = 9,
};

PhoenixTransversalGroup
_phoenix_taxonomy_transversal_flag (const char *flags)
{
  g_auto(GStrv) words = g_strsplit (flags, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strcmp (words[i], "transversal") == 0)
        return PHOENIX_TRANSVERSAL_OTHER;
      if (!g_str_has_prefix (words[i], "transversal:"))
        continue;
      for (gsize c = 0; c < G_N_ELEMENTS (codes); c++)
        {
          if (strcmp (words[i] + strlen ("transversal:"), codes[c].code) == 0)
            return codes[c].group;
        }
      g_error ("skills.tsv: unknown transversal group %s", words[i]);
    }

  return PHOENIX_TRANSVERSAL_NONE;
}

static guint8
better (guint8 a,
        guint8 b)
{
  return rank[b] < rank[a] ? b : a;
}

/* @label as a stemmed key with a space at each end, NULL when empty. */
static char *
padded_key (const char        *label,
            struct sb_stemmer *stemmer)
{
  g_autofree char *key = NULL;

  if (label == NULL || *label == '\0')
    return NULL;
  key = _phoenix_text_key (label, stemmer);

  return g_strconcat (" ", key, " ", NULL);
}

guint8 *
_phoenix_taxonomy_transversal_groups (guint                n_skills,
                                      const guint8        *own,
                                      const guint         *classes,
                                      const char * const  *fr,
                                      const char * const  *en,
                                      struct sb_stemmer   *stemmer_fr,
                                      struct sb_stemmer   *stemmer_en)
{
  const char * const *labels[2] = { fr, en };
  struct sb_stemmer *stemmers[2] = { stemmer_fr, stemmer_en };
  g_autofree guint8 *by_class = g_new (guint8, n_skills);
  guint8 *groups = g_new (guint8, n_skills);
  GPtrArray *keys[2] = { g_ptr_array_new_with_free_func (g_free), g_ptr_array_new_with_free_func (g_free) };
  GByteArray *key_groups[2] = { g_byte_array_new (), g_byte_array_new () };

  memset (by_class, PHOENIX_TRANSVERSAL_NONE, n_skills);
  for (guint i = 0; i < n_skills; i++)
    by_class[classes[i]] = better (by_class[classes[i]], own[i]);

  /* The labels of two words or more of T1-T6's skills: one word alone (« planifier ») would be found in
   * too many trade skills' labels; languages and ungrouped skills lend theirs to none. */
  for (guint i = 0; i < n_skills; i++)
    {
      if (own[i] < PHOENIX_TRANSVERSAL_CORE)
        continue;
      for (guint l = 0; l < 2; l++)
        {
          char *key = padded_key (labels[l][i], stemmers[l]);

          if (key != NULL && strchr (key + 1, ' ') != key + strlen (key) - 1)
            {
              g_ptr_array_add (keys[l], key);
              g_byte_array_append (key_groups[l], &own[i], 1);
            }
          else
            g_free (key);
        }
    }

  for (guint i = 0; i < n_skills; i++)
    {
      groups[i] = by_class[classes[i]];
      for (guint l = 0; l < 2; l++)
        {
          g_autofree char *key = padded_key (labels[l][i], stemmers[l]);

          for (guint k = 0; key != NULL && k < keys[l]->len; k++)
            {
              if (strstr (key, g_ptr_array_index (keys[l], k)) != NULL)
                groups[i] = better (groups[i], key_groups[l]->data[k]);
            }
        }
    }
  for (guint l = 0; l < 2; l++)
    {
      g_ptr_array_unref (keys[l]);
      g_byte_array_unref (key_groups[l]);
    }

  return groups;
}
