/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-occupation-matcher"

#include "config.h"

#include <libstemmer.h>
#include <string.h>

#include "phoenix-occupation-matcher.h"
#include "phoenix-text-tokens.h"

typedef struct
{
  guint  occupation;
  double score;
} Candidate;

static int
compare_candidates (gconstpointer a,
                    gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  if (ca->score != cb->score)
    return ca->score < cb->score ? 1 : -1;
  return (int) ca->occupation - (int) cb->occupation;
}

static GHashTable *
word_set (const char *key)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_auto(GStrv) words = g_strsplit (key, " ", -1);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strlen (words[i]) > 1)
        g_hash_table_add (set, g_strdup (words[i]));
    }

  return set;
}

/* How many of the offer title's words each title row shares (@counts[row], the rows with any in
 * @touched), from the job-title index stored built in the taxonomy (issue #18: nothing is built at
 * run time). Arrays, not a hash table: a common word ("manager") names thousands of rows, and the
 * ATS guesses the occupation of every distinct position of a CV. */
static void
count_common_words (PhoenixTaxonomy *taxonomy,
                    GHashTable      *offer_words,
                    const char      *language,
                    guint8          *counts,
                    GArray          *touched)
{
  GHashTableIter iter;
  gpointer word;

  g_hash_table_iter_init (&iter, offer_words);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    {
      gsize n_rows;
      const guint32 *rows = phoenix_taxonomy_find_title_word (taxonomy, language, word, &n_rows);

      for (gsize i = 0; i < n_rows; i++)
        {
          guint32 row = rows[i];

          if (counts[row] == 0)
            g_array_append_val (touched, row);
          if (counts[row] < G_MAXUINT8)
            counts[row]++;
        }
    }
}

/* Words that say a level or a contract, not a job ("Senior", "Stagiaire", "H/F"): left out of title matching. */
static const char * const level_words[] = {
  "senior", "junior", "sr", "jr", "confirme", "confirmee", "experimente", "experimentee", "debutant",
  "debutante", "stagiaire", "stage", "alternant", "alternante", "alternance", "apprenti", "apprentie",
  "trainee", "graduate", "intern", "internship", "h", "f", "m", "x", "w", "d",
};

/* @title folded, without its level words (all of them kept if nothing else is left). */
static char *
fold_job_title (const char *title)
{
  g_autofree char *folded = _phoenix_text_fold_words (title);
  g_auto(GStrv) words = g_strsplit (folded, " ", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0' || g_strv_contains (level_words, words[i]))
        continue;
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, words[i]);
    }
  if (out->len == 0)
    return g_steal_pointer (&folded);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Title kinds weigh a little: a fiche's own label over a job title over an ESCO alternative label. */
static const double title_kind_penalty[] = { 0.0, 0.02, 0.05 };

/*
 * The occupation for @title: its stems against every French and English
 * title (60% how much of the occupation's title is covered, 40% how much of
 * @title; +0.1 when the words are the same before stemming, so "Product
 * manager" is not "Production manager"; less for weaker title kinds; +0.002
 * for each further title of the occupation holding every word, up to ten, so a
 * bare "Infirmière" goes to the fiche most nurse titles name), then 30% overlap
 * of @skills (skill+1 set, may be empty) with the occupation's skills. Returns
 * FALSE when no title word matches or the best title score is below @min_title.
 */
static gboolean
best_occupation (PhoenixTaxonomy *taxonomy,
                 const char      *title,
                 GHashTable      *skills,
                 double           min_title,
                 guint           *result,
                 guint           *runner_up)
{
  struct sb_stemmer *stemmer_fr = _phoenix_text_new_stemmer ("fr");
  struct sb_stemmer *stemmer_en = _phoenix_text_new_stemmer ("en");
  g_autofree char *folded = fold_job_title (title);
  g_autofree char *key_fr = _phoenix_text_key (folded, stemmer_fr);
  g_autofree char *key_en = _phoenix_text_key (folded, stemmer_en);
  g_autoptr(GHashTable) words_fr = word_set (key_fr);
  g_autoptr(GHashTable) words_en = word_set (key_en);
  g_autofree guint8 *counts_fr = NULL;
  g_autofree guint8 *counts_en = NULL;
  g_autoptr(GArray) touched_fr = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr(GArray) touched_en = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree double *title_scores = NULL;
  g_autofree guint *full_rows = NULL;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  guint n_occupations = phoenix_taxonomy_get_n_occupations (taxonomy);
  PhoenixTitleRows rows;
  gsize same_first = 0, same_end = 0;
  double best_title = 0.0;
  guint8 *counts[2];
  GArray *touched[2] = { touched_fr, touched_en };
  GHashTable *title_words[2] = { words_fr, words_en };

  sb_stemmer_delete (stemmer_fr);
  sb_stemmer_delete (stemmer_en);

  title_scores = g_new0 (double, n_occupations);
  full_rows = g_new0 (guint, n_occupations);
  phoenix_taxonomy_get_title_rows (taxonomy, &rows);
  /* The titles spelt exactly as @title (contiguous in the sorted title array). */
  phoenix_taxonomy_find_titles (taxonomy, folded, &same_first, &same_end);
  counts_fr = g_new0 (guint8, phoenix_taxonomy_get_n_titles (taxonomy));
  counts_en = g_new0 (guint8, phoenix_taxonomy_get_n_titles (taxonomy));
  counts[0] = counts_fr;
  counts[1] = counts_en;
  count_common_words (taxonomy, words_fr, "fr", counts_fr, touched_fr);
  count_common_words (taxonomy, words_en, "en", counts_en, touched_en);
  for (guint l = 0; l < 2; l++)
    {
      for (guint t = 0; t < touched[l]->len; t++)
        {
          guint r = g_array_index (touched[l], guint32, t);
          guint c = counts[l][r];
          guint occupation = rows.occupations[r];
          double score;

          score = 0.6 * c / MAX (1, rows.n_words[r]) + 0.4 * c / MAX (1, g_hash_table_size (title_words[l]));
          if (r >= same_first && r < same_end)
            score += 0.1;
          score -= title_kind_penalty[MIN ((guint) rows.kinds[r], G_N_ELEMENTS (title_kind_penalty) - 1)];
          if (score > title_scores[occupation])
            title_scores[occupation] = score;
          if (c == g_hash_table_size (title_words[l]))
            full_rows[occupation]++;
        }
    }
  for (guint occupation = 0; occupation < n_occupations; occupation++)
    {
      if (title_scores[occupation] > 0.0 && full_rows[occupation] > 1)
        title_scores[occupation] += 0.002 * MIN (full_rows[occupation] - 1, 10);
      best_title = MAX (best_title, title_scores[occupation]);
    }
  if (best_title < min_title || (best_title == 0.0 && (skills == NULL || g_hash_table_size (skills) == 0)))
    return FALSE;

  /* Title only: the best one, the first code on a tie; the runner-up the next best. */
  if (skills == NULL || g_hash_table_size (skills) == 0)
    {
      gboolean found = FALSE;
      double second = 0.0;

      for (guint occupation = 0; occupation < n_occupations; occupation++)
        {
          if (!found && title_scores[occupation] == best_title)
            {
              *result = occupation;
              found = TRUE;
            }
          else if (runner_up != NULL && title_scores[occupation] > second &&
                   title_scores[occupation] >= best_title - PHOENIX_OCCUPATION_RUNNER_UP_MARGIN)
            {
              *runner_up = occupation;
              second = title_scores[occupation];
            }
        }
      return found;
    }

  /* Title first; the skills break ties and decide when the title says little. */
  for (guint occupation = 0; occupation < n_occupations; occupation++)
    {
      Candidate candidate = { occupation, 0.0 };
      double skill_score = 0.0;

      if (title_scores[occupation] < best_title - 0.35 && best_title > 0.0)
        continue;
      if (skills != NULL && g_hash_table_size (skills) > 0)
        {
          g_autoptr(GArray) links = phoenix_taxonomy_get_occupation_skills (taxonomy, occupation);
          guint common = 0;

          for (guint j = 0; j < links->len; j++)
            common += g_hash_table_contains (skills,
                                             GUINT_TO_POINTER (g_array_index (links, PhoenixOccupationSkill, j).skill + 1));
          skill_score = (double) common / g_hash_table_size (skills);
        }
      candidate.score = 0.7 * title_scores[occupation] + 0.3 * skill_score;
      if (candidate.score > 0.0)
        g_array_append_val (candidates, candidate);
    }
  if (candidates->len == 0)
    return FALSE;

  g_array_sort (candidates, compare_candidates);
  *result = g_array_index (candidates, Candidate, 0).occupation;
  if (runner_up != NULL && candidates->len > 1 &&
      g_array_index (candidates, Candidate, 1).score >=
      g_array_index (candidates, Candidate, 0).score - PHOENIX_OCCUPATION_RUNNER_UP_MARGIN)
    *runner_up = g_array_index (candidates, Candidate, 1).occupation;

  return TRUE;
}

/* The skills as a set of skill + 1 (never a NULL key). */
static GHashTable *
skill_set (const guint *skills,
           gsize        n_skills)
{
  GHashTable *set = g_hash_table_new (NULL, NULL);

  for (gsize i = 0; i < n_skills; i++)
    g_hash_table_add (set, GUINT_TO_POINTER (skills[i] + 1));

  return set;
}

void
phoenix_occupation_matcher_prepare (PhoenixTaxonomy *taxonomy)
{
  g_return_if_fail (PHOENIX_IS_TAXONOMY (taxonomy));

  /* The term table and the job-title index ship built in the taxonomy file. */
  phoenix_taxonomy_prepare (taxonomy);
}

gboolean
phoenix_occupation_matcher_guess (PhoenixTaxonomy *taxonomy,
                                  const char      *title,
                                  guint           *occupation)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (taxonomy), FALSE);
  g_return_val_if_fail (title != NULL, FALSE);
  g_return_val_if_fail (occupation != NULL, FALSE);

  return best_occupation (taxonomy, title, NULL, 0.5, occupation, NULL);
}

gboolean
phoenix_occupation_matcher_match (PhoenixTaxonomy *taxonomy,
                                  const char      *title,
                                  const guint     *skills,
                                  gsize            n_skills,
                                  guint           *occupation)
{
  return phoenix_occupation_matcher_match_two (taxonomy, title, skills, n_skills, occupation, NULL);
}

gboolean
phoenix_occupation_matcher_match_two (PhoenixTaxonomy *taxonomy,
                                      const char      *title,
                                      const guint     *skills,
                                      gsize            n_skills,
                                      guint           *occupation,
                                      guint           *runner_up)
{
  g_autoptr(GHashTable) set = NULL;

  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (taxonomy), FALSE);
  g_return_val_if_fail (title != NULL, FALSE);
  g_return_val_if_fail (skills != NULL || n_skills == 0, FALSE);
  g_return_val_if_fail (occupation != NULL, FALSE);

  if (runner_up != NULL)
    *runner_up = G_MAXUINT;
  set = skill_set (skills, n_skills);

  return best_occupation (taxonomy, title, set, 0.0, occupation, runner_up);
}
