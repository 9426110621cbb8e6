/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-occupation-matcher"

#include "config.h"

#include <libstemmer.h>
#include <math.h>
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

/* Words that name a rank or a post in any trade, not the trade (« Responsable », "Manager", "Head",
 * « Chargé », « Agent », « Employé »: « Agent d'accueil et d'état civil » is town-hall work):
 * a title shares them with the titles of every other trade, so they weigh RANK_WEIGHT of a trade word
 * ("analyst", « soudeur », "content"): a content-marketing manager is not a chief marketing officer
 * for their shared "manager", a cyber-security analyst not a security officer. */
static const char * const rank_words[] = {
  "responsable", "manager", "chef", "cheffe", "directeur", "directrice", "director", "head", "lead", "leader",
  "chief", "adjoint", "adjointe", "deputy", "superviseur", "superviseuse", "supervisor", "coordinateur",
  "coordinatrice", "coordinator", "executive", "principal", "charge", "chargee", "officer", "team", "equipe",
  "attache", "attachee", "agent", "agente", "employe", "employee", NULL,
};

#define RANK_WEIGHT 0.35
/* Title rows holding a trade word from which on it weighs as an ordinary one. */
#define COMMON_WORD_ROWS 200
/* What a title row loses when it lacks the head noun of the offer's title. */
#define HEADLESS_PENALTY 0.1
/* What a title row loses when it names another rank than the offer's title (« Chef de produit
 * marketing » is no « Directeur marketing produits »): rank words weigh little, a clash still says. */
#define RANK_CLASH_PENALTY 0.05

/* One stemmed word of the offer's title and its weight. */
typedef struct
{
  char          *stem;
  double         weight;
  gboolean       head;
  const guint32 *rows;    /* the job-title index's rows holding it */
  gsize          n_rows;
} TitleWord;

static void
clear_title_word (gpointer data)
{
  g_free (((TitleWord *) data)->stem);
}

/* The weight of @folded (a folded word): a rank word's or a trade word's. */
static double
word_weight (const char *folded)
{
  return g_strv_contains (rank_words, folded) ? RANK_WEIGHT : 1.0;
}

/* The stems of the rank words, French then English, made once (a NULL-terminated array each). */
static const char * const *
rank_stems (guint language)
{
  static GStrv stems[2];
  static gsize made = 0;

  if (g_once_init_enter (&made))
    {
      for (guint l = 0; l < 2; l++)
        {
          struct sb_stemmer *stemmer = _phoenix_text_new_stemmer (l == 0 ? "fr" : "en");

          stems[l] = g_new0 (char *, G_N_ELEMENTS (rank_words));
          for (guint i = 0; rank_words[i] != NULL; i++)
            stems[l][i] = _phoenix_text_stem (stemmer, rank_words[i]);
          sb_stemmer_delete (stemmer);
        }
      g_once_init_leave (&made, 1);
    }

  return (const char * const *) stems[language];
}

static GMutex rank_masks_lock;

/* Whether rank_stems (@language)[@k] is the first of that stem (two rank words may share one). */
static gboolean
first_rank_stem (guint language,
                 guint k)
{
  const char * const *ranks = rank_stems (language);

  for (guint j = 0; j < k; j++)
    {
      if (g_str_equal (ranks[j], ranks[k]))
        return FALSE;
    }
  return TRUE;
}

/* For each title row of @taxonomy, its rank words as bits (bit k: rank_stems ()[k] of the row's
 * language), made once per taxonomy and kept with it: a guess would otherwise walk the rows of each
 * rank word ("manager" names thousands) to learn which of its candidate rows name a rank. */
static const guint64 *
rank_masks (PhoenixTaxonomy *taxonomy)
{
  static const char key[] = "phoenix-occupation-matcher-rank-masks";
  guint64 *masks;

  G_STATIC_ASSERT (G_N_ELEMENTS (rank_words) <= 64);
  g_mutex_lock (&rank_masks_lock);
  masks = g_object_get_data (G_OBJECT (taxonomy), key);
  if (masks == NULL)
    {
      masks = g_new0 (guint64, MAX (phoenix_taxonomy_get_n_titles (taxonomy), 1));
      for (guint l = 0; l < 2; l++)
        {
          const char * const *ranks = rank_stems (l);

          for (guint k = 0; ranks[k] != NULL; k++)
            {
              gsize n_rows = 0;
              const guint32 *rows;

              if (!first_rank_stem (l, k))
                continue;
              rows = phoenix_taxonomy_find_title_word (taxonomy, l == 0 ? "fr" : "en", ranks[k], &n_rows);
              for (gsize r = 0; r < n_rows; r++)
                masks[rows[r]] |= G_GUINT64_CONSTANT (1) << k;
            }
        }
      g_object_set_data_full (G_OBJECT (taxonomy), key, masks, g_free);
    }
  g_mutex_unlock (&rank_masks_lock);

  return masks;
}

/*
 * The distinct stems of @folded (a folded title) of two letters or more, each with its weight, in
 * @language. Two words the taxonomy's titles write as one, the first of up to five letters, are read
 * as one ("cyber security", « cyber-sécurité » → "cybersecurity"), so they count once, as the titles
 * count them.
 */
static GArray *
title_words (PhoenixTaxonomy   *taxonomy,
             const char        *folded,
             const char        *language,
             struct sb_stemmer *stemmer)
{
  g_autoptr(GArray) tokens = _phoenix_text_tokenize (folded, stemmer, TRUE);
  GArray *words = g_array_new (FALSE, TRUE, sizeof (TitleWord));

  g_array_set_clear_func (words, clear_title_word);
  for (guint i = 0; i < tokens->len; i++)
    {
      PhoenixTextToken *token = &g_array_index (tokens, PhoenixTextToken, i);
      TitleWord word = { NULL, word_weight (token->folded), FALSE, NULL, 0 };
      gboolean seen = FALSE;

      /* Only a short first part makes a compound ("cyber", « télé », "e"): it spares a lookup per pair. */
      if (i + 1 < tokens->len && strlen (token->folded) <= 5)
        {
          PhoenixTextToken *next = &g_array_index (tokens, PhoenixTextToken, i + 1);
          g_autofree char *joined = g_strconcat (token->folded, next->folded, NULL);
          g_autofree char *stem = _phoenix_text_stem (stemmer, joined);
          gsize n_rows = 0;

          if (next->start == token->end + 1 && strlen (stem) > 1 &&
              (word.rows = phoenix_taxonomy_find_title_word (taxonomy, language, stem, &n_rows)) != NULL &&
              n_rows > 0)
            {
              word.stem = g_steal_pointer (&stem);
              word.n_rows = n_rows;
              word.weight = MAX (word.weight, word_weight (next->folded));
              i++;
            }
        }
      if (word.stem == NULL)
        {
          word.stem = g_strdup (token->stem);
          word.rows = phoenix_taxonomy_find_title_word (taxonomy, language, word.stem, &word.n_rows);
        }
      for (guint j = 0; j < words->len && !seen; j++)
        seen = g_str_equal (g_array_index (words, TitleWord, j).stem, word.stem);
      if (strlen (word.stem) > 1 && !seen)
        g_array_append_val (words, word);
      else
        g_free (word.stem);
    }
  /* A trade word few titles hold says more of the job than one thousands hold ("CVC", "van" over
   * "technician", "driver"): up to twice the weight, by the share of titles holding it. */
  for (guint i = 0; i < words->len; i++)
    {
      TitleWord *word = &g_array_index (words, TitleWord, i);

      if (word->weight >= 1.0 && word->n_rows > 0 && word->n_rows < COMMON_WORD_ROWS)
        word->weight = MIN (2.0, 1.0 + 0.25 * log2 ((double) COMMON_WORD_ROWS / word->n_rows));
    }
  /* The head noun: the first word of a French title (« Plombier chauffagiste », « Chef de produit
   * marketing ») or of an English one built with "of" ("Head of content"), else the last of an English
   * one ("Multi-drop van driver", "Content marketing manager": a manager, not a content marketer). */
  if (words->len > 1)
    {
      gboolean first = g_str_equal (language, "fr") || strstr (folded, " of ") != NULL;

      g_array_index (words, TitleWord, first ? 0 : words->len - 1).head = TRUE;
    }

  return words;
}

/* The total weight of @words. */
static double
total_weight (GArray *words)
{
  double total = 0.0;

  for (guint i = 0; i < words->len; i++)
    total += g_array_index (words, TitleWord, i).weight;
  return total;
}

/* Whether one of @words is the title's head noun. */
static gboolean
has_head (GArray *words)
{
  for (guint i = 0; i < words->len; i++)
    {
      if (g_array_index (words, TitleWord, i).head)
        return TRUE;
    }
  return FALSE;
}

/* Whether one of @words is a rank word. */
static gboolean
has_rank (GArray *words)
{
  for (guint i = 0; i < words->len; i++)
    {
      if (g_array_index (words, TitleWord, i).weight < 1.0)
        return TRUE;
    }
  return FALSE;
}

/* What a title row shares with the offer's title, gathered from the job-title index's row lists. */
typedef struct
{
  guint32 row;
  double  common;        /* the weight of the title's words the row holds */
  guint8  matched;       /* how many of them */
  guint8  other_ranks;   /* rank words of the row not in the title */
  guint8  shared_ranks;  /* rank words of the title the row holds */
  gboolean head;         /* the row holds the title's head noun */
} RowMatch;

/*
 * The rows of the job-title index holding any of @words (by the trade words when any of them is in a
 * title, else by the rank words: a bare "Manager"), each once (@slots: row → its place + 1, left zeroed;
 * at most 65,535 rows),
 * with what each shares with @words, from the index's row lists alone (no title is read: the ATS guesses
 * the occupation of every position of a CV, and a common word names thousands of rows).
 */
static GArray *
match_rows (PhoenixTaxonomy *taxonomy,
            GArray          *words,
            guint            language,
            guint16         *slots)
{
  const char * const *ranks = rank_stems (language);
  const guint64 *masks = rank_masks (taxonomy);
  guint64 title_ranks = 0;
  GArray *matches = g_array_new (FALSE, TRUE, sizeof (RowMatch));

  gboolean trade_rows = FALSE;

  for (guint i = 0; i < words->len; i++)
    trade_rows = trade_rows || (g_array_index (words, TitleWord, i).weight >= 1.0 &&
                                g_array_index (words, TitleWord, i).n_rows > 0);
  /* Trade words first: they make the rows, the rank words only add to them (unless no trade word
   * is in any title). */
  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < words->len; i++)
        {
          TitleWord *word = &g_array_index (words, TitleWord, i);
          gboolean makes = word->weight >= 1.0 || !trade_rows;

          if ((pass == 0) != (word->weight >= 1.0))
            continue;
          for (gsize r = 0; r < word->n_rows; r++)
            {
              guint32 row = word->rows[r];
              RowMatch *match;

              if (slots[row] == 0)
                {
                  RowMatch fresh = { row, 0.0, 0, 0, 0, FALSE };

                  if (!makes || matches->len == G_MAXUINT16)
                    continue;
                  g_array_append_val (matches, fresh);
                  slots[row] = matches->len;
                }
              match = &g_array_index (matches, RowMatch, slots[row] - 1);
              match->common += word->weight;
              match->matched++;
              match->shared_ranks += word->weight < 1.0;
              match->head = match->head || word->head;
            }
        }
    }
  /* The rank words of each row that the title does not name. */
  for (guint k = 0; ranks[k] != NULL; k++)
    {
      for (guint i = 0; i < words->len; i++)
        {
          if (g_str_equal (g_array_index (words, TitleWord, i).stem, ranks[k]))
            title_ranks |= G_GUINT64_CONSTANT (1) << k;
        }
    }
  for (guint m = 0; m < matches->len; m++)
    {
      RowMatch *match = &g_array_index (matches, RowMatch, m);

      match->other_ranks = (guint8) __builtin_popcountll (masks[match->row] & ~title_ranks);
    }
  for (guint m = 0; m < matches->len; m++)
    slots[g_array_index (matches, RowMatch, m).row] = 0;

  return matches;
}

/* Words that say a level or a contract, not a job ("Senior", "Stagiaire", "H/F"): left out of title matching. */
static const char * const level_words[] = {
  "senior", "junior", "sr", "jr", "confirme", "confirmee", "experimente", "experimentee", "debutant",
  "debutante", "stagiaire", "stage", "alternant", "alternante", "alternance", "apprenti", "apprentie",
  "trainee", "graduate", "intern", "internship", "h", "f", "m", "x", "w", "d", NULL,
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
 * title, each word weighed (a rank word RANK_WEIGHT, a rare trade word up to
 * twice: title_words()): 60% how much of the occupation's title is covered,
 * 40% how much of @title; less when the title row lacks @title's head noun or
 * names another rank; +0.1 when the words are the same before stemming, so
 * "Product manager" is not "Production manager"; less for weaker title kinds;
 * +0.002 for each further title of the occupation holding every word, up to
 * ten, so a bare "Infirmière" goes to the fiche most nurse titles name), then
 * 30% overlap of @skills (skill+1 set, may be empty) with the occupation's
 * skills. Returns FALSE when no title word matches or the best title score is
 * below @min_title.
 */
static gboolean
best_occupation (PhoenixTaxonomy *taxonomy,
                 const char      *title,
                 GHashTable      *skills,
                 double           min_title,
                 guint           *result,
                 guint           *runner_up)
{
  struct sb_stemmer *stemmers[2] = { _phoenix_text_new_stemmer ("fr"), _phoenix_text_new_stemmer ("en") };
  const char *languages[2] = { "fr", "en" };
  g_autofree char *folded = fold_job_title (title);
  g_autofree double *title_scores = NULL;
  g_autofree guint *full_rows = NULL;
  g_autofree guint16 *slots = NULL;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (Candidate));
  guint n_occupations = phoenix_taxonomy_get_n_occupations (taxonomy);
  PhoenixTitleRows rows;
  gsize same_first = 0, same_end = 0;
  double best_title = 0.0;

  title_scores = g_new0 (double, n_occupations);
  full_rows = g_new0 (guint, n_occupations);
  slots = g_new0 (guint16, phoenix_taxonomy_get_n_titles (taxonomy));
  phoenix_taxonomy_get_title_rows (taxonomy, &rows);
  /* The titles spelt exactly as @title (contiguous in the sorted title array). */
  phoenix_taxonomy_find_titles (taxonomy, folded, &same_first, &same_end);
  for (guint l = 0; l < 2; l++)
    {
      g_autoptr(GArray) words = title_words (taxonomy, folded, languages[l], stemmers[l]);
      g_autoptr(GArray) matches = match_rows (taxonomy, words, l, slots);
      double title_total = total_weight (words);
      gboolean headless = !has_head (words), ranked = has_rank (words);

      for (guint m = 0; m < matches->len; m++)
        {
          RowMatch *match = &g_array_index (matches, RowMatch, m);
          guint r = match->row;
          guint occupation = rows.occupations[r];
          /* The row's other words: its rank words a little, the others as trade words. */
          guint others = rows.n_words[r] > match->matched + match->other_ranks ?
                         rows.n_words[r] - match->matched - match->other_ranks : 0;
          double row_total = match->common + others + RANK_WEIGHT * match->other_ranks;
          gboolean head = match->head || headless;
          gboolean rank_clash = match->shared_ranks == 0 && match->other_ranks > 0 && ranked;
          double score;

          score = 0.6 * (row_total > 0.0 ? match->common / row_total : 0.0) +
                  0.4 * (title_total > 0.0 ? MIN (1.0, match->common / title_total) : 0.0) -
                  (head ? 0.0 : HEADLESS_PENALTY) - (rank_clash ? RANK_CLASH_PENALTY : 0.0);
          if (r >= same_first && r < same_end)
            score += 0.1;
          score -= title_kind_penalty[MIN ((guint) rows.kinds[r], G_N_ELEMENTS (title_kind_penalty) - 1)];
          if (score > title_scores[occupation])
            title_scores[occupation] = score;
          if (match->matched >= words->len)
            full_rows[occupation]++;
        }
    }
  sb_stemmer_delete (stemmers[0]);
  sb_stemmer_delete (stemmers[1]);
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
