/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-ats"

#include "config.h"

#include <string.h>

#include "phoenix-ats-title.h"
#include "phoenix-text-tokens.h"

/* The title part of the ATS score: how much of the offer's job title a CV title says, its rank
 * words ("Responsable", "Manager") weighing less than its trade words. */

/* Words that name a rank or a kind of post in any trade ("Responsable", "Assistant", "Manager"): a
 * title shares them with titles of every other trade, so alone they say little of the job. */
static const char * const title_role_words[] = {
  "responsable", "manager", "chef", "directeur", "director", "assistant", "adjoint", "charge", "agent",
  "technicien", "technician", "conseiller", "advisor", "adviser", "gestionnaire", "operateur", "operator",
  "employe", "coordinateur", "coordinator", "superviseur", "supervisor", "head", "lead", "leader",
  "officer", "specialiste", "specialist", "expert", "consultant", "associate", "executive", "analyste",
  "analyst", "ingenieur", "engineer", "senior", "junior", "principal", "team", "equipe", "attache", NULL,
};

/* How much a title word weighs against the others: a rank word a quarter of a trade word. */
#define TITLE_ROLE_WEIGHT 1u
#define TITLE_TRADE_WEIGHT 4u

/* Stems of a job title's words (feminine forms read as masculine ones) → their weight. */
GHashTable *
_phoenix_ats_title_words (const char        *text,
                          struct sb_stemmer *stemmer)
{
  g_autoptr(GArray) tokens = _phoenix_text_tokenize (text, NULL, TRUE);
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      g_autofree char *masculine = _phoenix_text_masculine (g_array_index (tokens, PhoenixTextToken, i).folded);
      char *stem = _phoenix_text_stem (stemmer, masculine);
      guint weight = g_strv_contains (title_role_words, masculine) ? TITLE_ROLE_WEIGHT : TITLE_TRADE_WEIGHT;

      if (strlen (stem) > 1)
        g_hash_table_insert (set, stem, GUINT_TO_POINTER (MAX (weight, GPOINTER_TO_UINT (g_hash_table_lookup (set, stem)))));
      else
        g_free (stem);
    }

  return set;
}

/* Share of the offer title's words that @text has, each weighed by _phoenix_ats_title_words(): « Responsable RH »
 * shares a quarter of « Responsable d'entrepôt » by its rank word alone, not half. */
double
_phoenix_ats_title_coverage (GHashTable        *offer_words,
                             const char        *text,
                             struct sb_stemmer *stemmer)
{
  g_autoptr(GHashTable) words = NULL;
  GHashTableIter iter;
  gpointer word, weight;
  guint common = 0, total = 0;

  if (text == NULL || g_hash_table_size (offer_words) == 0)
    return 0.0;
  words = _phoenix_ats_title_words (text, stemmer);
  g_hash_table_iter_init (&iter, offer_words);
  while (g_hash_table_iter_next (&iter, &word, &weight))
    {
      total += GPOINTER_TO_UINT (weight);
      if (g_hash_table_contains (words, word))
        common += GPOINTER_TO_UINT (weight);
    }

  return total > 0 ? (double) common / total : 0.0;
}
