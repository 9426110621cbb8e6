/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ats-ranking"

/*
 * Issue #16, measured: the 14 career changers' CVs of tests/data/ats/career-changers against
 * every recruiter-labelled offer (tests/data/offers-recruiter, both halves), scored by Phoenix
 * and by a plain TF-IDF cosine written here as the baseline. For each CV, its target offer should
 * come first; the separation between the target and the unrelated offers (those of another ROME
 * domain) is the AUC (share of target/unrelated pairs where the target scores higher) and the
 * ratio of the best unrelated score to the target's. Then the share of the target report's
 * "missing" skills that are real gaps, from the .gaps files labelled from the CV text before
 * any score was computed.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "phoenix-ats.h"
#include "phoenix-text-fold.h"
#include "phoenix-text-tokens.h"
#include "phoenix-test-ats.h"
#include "phoenix-test-util.h"

static PhoenixTaxonomy *taxonomy;
static PhoenixSkillExtractor *extractor;

typedef struct
{
  char                   *name;      /* "tuning/fr-01-boulanger" */
  PhoenixJobOffer        *offer;
  PhoenixTestOfferLabels *labels;
  char                    domain;    /* first letter of its ROME occupation code */
  GHashTable             *tfidf;     /* word → weight, normalised */
} Offer;

static void
offer_free (gpointer data)
{
  Offer *offer = data;

  g_free (offer->name);
  g_clear_object (&offer->offer);
  phoenix_test_offer_labels_free (offer->labels);
  g_clear_pointer (&offer->tfidf, g_hash_table_unref);
  g_free (offer);
}

/* One consistent panel (issue #16: "soft skills not asked by the offer" beside soft skills listed
 * missing): a missing skill's part is asked and not full; a skill matched is in an asked part. */
static void
assert_panel_consistent (PhoenixAtsReport *report)
{
  GArray *missing = phoenix_ats_report_get_missing (report);
  GPtrArray *matches = phoenix_ats_report_get_matches (report);

  for (guint m = 0; m < missing->len; m++)
    {
      guint skill = g_array_index (missing, PhoenixOfferSkill, m).skill;
      PhoenixAtsPart part = phoenix_taxonomy_get_skill_kind (taxonomy, skill) == PHOENIX_SKILL_KIND_SOFT ?
                            PHOENIX_ATS_PART_SOFT_SKILLS : PHOENIX_ATS_PART_HARD_SKILLS;

      g_assert_cmpfloat (phoenix_ats_report_get_part (report, part), >=, 0.0);
      g_assert_cmpfloat (phoenix_ats_report_get_part (report, part), <, 1.0);
    }
  for (guint m = 0; m < matches->len; m++)
    {
      guint skill = ((PhoenixAtsMatch *) g_ptr_array_index (matches, m))->skill;
      PhoenixAtsPart part = phoenix_taxonomy_get_skill_kind (taxonomy, skill) == PHOENIX_SKILL_KIND_SOFT ?
                            PHOENIX_ATS_PART_SOFT_SKILLS : PHOENIX_ATS_PART_HARD_SKILLS;

      g_assert_cmpfloat (phoenix_ats_report_get_part (report, part), >, 0.0);
    }
}

/* ---- The baseline: TF-IDF cosine over folded words, stop words of both languages left out. */

static GHashTable *
word_counts (const char *text)
{
  g_autofree char *folded = phoenix_text_fold (text);
  g_auto(GStrv) words = g_regex_split_simple ("[^a-z0-9+#]+", folded, 0, 0);
  GHashTable *counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      if (strlen (words[i]) < 2 || _phoenix_text_is_stop_word (words[i]))
        continue;
      g_hash_table_insert (counts, g_strdup (words[i]),
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, words[i])) + 1));
    }

  return counts;
}

/* Every string value of @node, one a line. */
static void
append_strings (JsonNode *node,
                GString  *out)
{
  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      g_string_append (out, json_node_get_string (node));
      g_string_append_c (out, '\n');
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        append_strings (json_array_get_element (array, i), out);
    }
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autoptr(GList) members = json_object_get_values (json_node_get_object (node));

      for (GList *l = members; l != NULL; l = l->next)
        append_strings (l->data, out);
    }
}

static GHashTable *
weigh (GHashTable *counts,
       GHashTable *document_frequency,
       guint       n_documents)
{
  GHashTable *weights = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  GHashTableIter iter;
  gpointer word, count;
  double norm = 0.0;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &word, &count))
    {
      double df = GPOINTER_TO_UINT (g_hash_table_lookup (document_frequency, word));
      double *w = g_new (double, 1);

      /* Sublinear tf, smoothed idf (as scikit-learn's TfidfVectorizer). */
      *w = (1.0 + log (GPOINTER_TO_UINT (count))) * (log ((1.0 + n_documents) / (1.0 + df)) + 1.0);
      norm += *w * *w;
      g_hash_table_insert (weights, g_strdup (word), w);
    }
  norm = sqrt (norm);
  g_hash_table_iter_init (&iter, weights);
  while (g_hash_table_iter_next (&iter, &word, &count))
    *(double *) count /= norm > 0 ? norm : 1.0;

  return weights;
}

static double
cosine (GHashTable *a,
        GHashTable *b)
{
  GHashTableIter iter;
  gpointer word, weight;
  double sum = 0.0;

  g_hash_table_iter_init (&iter, a);
  while (g_hash_table_iter_next (&iter, &word, &weight))
    {
      double *other = g_hash_table_lookup (b, word);

      if (other != NULL)
        sum += *(double *) weight * *other;
    }

  return sum;
}

static void
count_documents (GHashTable *counts,
                 GHashTable *document_frequency)
{
  GHashTableIter iter;
  gpointer word;

  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &word, NULL))
    g_hash_table_insert (document_frequency, g_strdup (word),
                         GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (document_frequency, word)) + 1));
}

/* ---- The data. */

static GPtrArray *
load_offers (GHashTable *document_frequency,
             GPtrArray  *offer_counts)
{
  static const char * const halves[] = { "tuning", "heldout" };
  GPtrArray *offers = g_ptr_array_new_with_free_func (offer_free);

  for (gsize h = 0; h < G_N_ELEMENTS (halves); h++)
    {
      g_autofree char *folder = g_build_filename ("offers-recruiter", halves[h], NULL);
      g_autofree char *relative = g_build_filename ("tests", "data", folder, NULL);
      g_autofree char *dir = phoenix_test_source_path (relative);
      g_autoptr(GPtrArray) names = phoenix_test_list_files (dir, ".txt");

      for (guint i = 0; i < names->len; i++)
        {
          const char *file = g_ptr_array_index (names, i);
          g_autofree char *stem = g_strndup (file, strlen (file) - strlen (".txt"));
          g_autofree char *expected = g_strdup_printf ("%s/%s.expected", dir, stem);
          g_autofree char *text_path = g_build_filename (dir, file, NULL);
          g_autofree char *text = NULL;
          Offer *offer = g_new0 (Offer, 1);
          const char *occupation;
          GHashTable *counts;

          offer->name = g_strdup_printf ("%s/%s", halves[h], stem);
          offer->offer = phoenix_test_offer_load (extractor, folder, file);
          offer->labels = phoenix_test_offer_labels_load (taxonomy, expected);
          occupation = g_hash_table_lookup (offer->labels->fields, "occupation");
          g_assert_nonnull (occupation);
          offer->domain = occupation[0];
          g_assert_true (g_file_get_contents (text_path, &text, NULL, NULL));
          counts = word_counts (text);
          count_documents (counts, document_frequency);
          g_ptr_array_add (offer_counts, counts);
          g_ptr_array_add (offers, offer);
        }
    }

  return offers;
}

typedef struct
{
  char       *name;
  JsonObject *resume;
  char       *target;   /* offer name */
  GPtrArray  *has;      /* label ids strings of the target the CV shows */
  GHashTable *counts;
} Cv;

static void
cv_free (gpointer data)
{
  Cv *cv = data;

  g_free (cv->name);
  json_object_unref (cv->resume);
  g_free (cv->target);
  g_ptr_array_unref (cv->has);
  g_hash_table_unref (cv->counts);
  g_free (cv);
}

static GPtrArray *
load_cvs (void)
{
  g_autofree char *dir = phoenix_test_source_path ("tests/data/ats/career-changers");
  g_autoptr(GPtrArray) names = phoenix_test_list_files (dir, ".json");
  GPtrArray *cvs = g_ptr_array_new_with_free_func (cv_free);

  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *stem = g_strndup (file, strlen (file) - strlen (".json"));
      g_autofree char *gaps_path = g_strdup_printf ("%s/%s.gaps", dir, stem);
      g_autofree char *resume_name = g_build_filename ("career-changers", file, NULL);
      g_autoptr(GPtrArray) rows = phoenix_test_read_tsv (gaps_path);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(JsonNode) node = NULL;
      Cv *cv = g_new0 (Cv, 1);

      cv->name = g_steal_pointer (&stem);
      cv->resume = phoenix_test_resume_load (resume_name);
      cv->has = g_ptr_array_new_with_free_func (g_free);
      for (guint r = 0; r < rows->len; r++)
        {
          char **f = g_ptr_array_index (rows, r);

          g_assert_cmpuint (g_strv_length (f), ==, 2);
          if (g_str_equal (f[0], "target"))
            cv->target = g_strdup (f[1] + strlen ("offers-recruiter/"));
          else if (g_str_equal (f[0], "has"))
            g_ptr_array_add (cv->has, g_strdup (f[1]));
          else
            g_assert_not_reached ();
        }
      g_assert_nonnull (cv->target);
      node = json_node_init_object (json_node_alloc (), cv->resume);
      append_strings (node, text);
      cv->counts = word_counts (text->str);
      g_ptr_array_add (cvs, cv);
    }

  return cvs;
}

/* ---- The measures. */

typedef struct
{
  guint  first;           /* CVs whose target comes first */
  double auc;             /* mean over CVs */
  double ratio;           /* mean over CVs of best unrelated ÷ target */
  double worst_ratio;
} Separation;

static void
separation_add (Separation   *sep,
                const double *scores,
                GPtrArray    *offers,
                guint         target)
{
  Offer *want = g_ptr_array_index (offers, target);
  double best_other = 0.0, best_unrelated = 0.0, pairs = 0.0, wins = 0.0, ratio;

  for (guint o = 0; o < offers->len; o++)
    {
      Offer *offer = g_ptr_array_index (offers, o);

      if (o == target)
        continue;
      best_other = MAX (best_other, scores[o]);
      if (offer->domain == want->domain)
        continue;
      best_unrelated = MAX (best_unrelated, scores[o]);
      pairs += 1.0;
      wins += scores[target] > scores[o] ? 1.0 : scores[target] == scores[o] ? 0.5 : 0.0;
    }
  if (scores[target] > best_other)
    sep->first++;
  sep->auc += pairs > 0 ? wins / pairs : 1.0;
  ratio = scores[target] > 0 ? best_unrelated / scores[target] : 1.0;
  sep->ratio += ratio;
  sep->worst_ratio = MAX (sep->worst_ratio, ratio);
}

/* Whether @report names @skill: matched, missing or to show more clearly. */
static gboolean
report_names (PhoenixAtsReport *report,
              guint             skill)
{
  GArray *lists[] = { phoenix_ats_report_get_missing (report), phoenix_ats_report_get_to_show (report) };
  GPtrArray *matches = phoenix_ats_report_get_matches (report);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      if (g_array_index (lists[l], PhoenixOfferSkill, i).skill == skill)
        return TRUE;
  for (guint m = 0; m < matches->len; m++)
    {
      if (((PhoenixAtsMatch *) g_ptr_array_index (matches, m))->skill == skill)
        return TRUE;
    }

  return FALSE;
}

/* Whether the label of @offer that @skill belongs to is one the CV shows (then "missing" is wrong),
 * -1 when no label names it (noise). */
static int
shown_by_cv (Cv     *cv,
             Offer  *offer,
             guint   skill)
{
  int label = phoenix_test_offer_labels_find_class (offer->labels, taxonomy, skill);
  PhoenixTestLabel *want;

  if (label < 0)
    return -1;
  want = g_ptr_array_index (offer->labels->labels, label);
  for (guint i = 0; i < cv->has->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (cv->has, i), want->ids))
        return 1;
    }

  return 0;
}

static void
test_ats_ranking (void)
{
  g_autoptr(GHashTable) document_frequency = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) offer_counts = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  g_autoptr(GPtrArray) offers = load_offers (document_frequency, offer_counts);
  g_autoptr(GPtrArray) cvs = load_cvs ();
  g_autofree double *phoenix = g_new0 (double, offers->len);
  g_autofree double *baseline = g_new0 (double, offers->len);
  g_autofree double *parts = g_new0 (double, offers->len * PHOENIX_ATS_N_PARTS);
  Separation ours = { 0 }, theirs = { 0 }, ours_half[2] = { { 0 }, { 0 } }, theirs_half[2] = { { 0 }, { 0 } };
  guint n_half[2] = { 0, 0 };
  /* The share of real gaps by half: CVs whose target is a tuning offer, and the held-out ones, whose
   * reports are only ever counted (never read item by item). */
  guint real_gaps[2] = { 0, 0 }, restated[2] = { 0, 0 }, noise[2] = { 0, 0 };
  guint to_show[2][3] = { { 0 } };  /* by half: noise, real gaps, shown in other words */
  guint left_out[2][3] = { { 0 } };  /* the same for the skills of weak evidence, listed nowhere */
  double target_parts[PHOENIX_ATS_N_PARTS] = { 0 }, unrelated_parts[PHOENIX_ATS_N_PARTS] = { 0 };
  guint target_asked[PHOENIX_ATS_N_PARTS] = { 0 }, unrelated_asked[PHOENIX_ATS_N_PARTS] = { 0 };
  guint n_documents, worst_rank = 0, all_real, all_missing;

  g_assert_cmpuint (offers->len, >=, 60);
  g_assert_cmpuint (cvs->len, >=, 10);

  for (guint c = 0; c < cvs->len; c++)
    count_documents (((Cv *) g_ptr_array_index (cvs, c))->counts, document_frequency);
  n_documents = offers->len + cvs->len;
  for (guint o = 0; o < offers->len; o++)
    {
      Offer *offer = g_ptr_array_index (offers, o);

      offer->tfidf = weigh (g_ptr_array_index (offer_counts, o), document_frequency, n_documents);
    }

  for (guint c = 0; c < cvs->len; c++)
    {
      Cv *cv = g_ptr_array_index (cvs, c);
      g_autoptr(GHashTable) cv_weights = weigh (cv->counts, document_frequency, n_documents);
      g_autoptr(PhoenixAtsReport) target_report = NULL;
      int target = -1;
      guint rank = 1, baseline_rank = 1;
      GArray *missing;

      for (guint o = 0; o < offers->len; o++)
        {
          Offer *offer = g_ptr_array_index (offers, o);
          g_autoptr(PhoenixAtsReport) report = phoenix_ats_score (extractor, cv->resume, offer->offer);

          phoenix[o] = phoenix_ats_report_get_score (report);
          for (guint p = 0; p < PHOENIX_ATS_N_PARTS; p++)
            parts[o * PHOENIX_ATS_N_PARTS + p] = phoenix_ats_report_get_part (report, p);
          baseline[o] = 100.0 * cosine (cv_weights, offer->tfidf);
          assert_panel_consistent (report);
          if (g_str_equal (offer->name, cv->target))
            {
              target = (int) o;
              target_report = g_object_ref (report);
            }
        }
      g_assert_cmpint (target, >=, 0);
      for (guint o = 0; o < offers->len; o++)
        {
          if ((int) o != target && phoenix[o] >= phoenix[target])
            g_test_message ("  %s: %s scores %.0f, above or level with its target",
                            cv->name, ((Offer *) g_ptr_array_index (offers, o))->name, phoenix[o]);
          rank += (int) o != target && phoenix[o] >= phoenix[target];
          baseline_rank += (int) o != target && baseline[o] >= baseline[target];
        }
      worst_rank = MAX (worst_rank, rank);
      /* Where the best unrelated offer's score comes from, part by part, beside the target's. */
      {
        Offer *want = g_ptr_array_index (offers, target);
        int best = -1;

        for (guint o = 0; o < offers->len; o++)
          {
            if ((int) o != target && ((Offer *) g_ptr_array_index (offers, o))->domain != want->domain &&
                (best < 0 || phoenix[o] > phoenix[best]))
              best = (int) o;
          }
        for (guint p = 0; p < PHOENIX_ATS_N_PARTS && best >= 0; p++)
          {
            double mine = parts[target * PHOENIX_ATS_N_PARTS + p], theirs_part = parts[best * PHOENIX_ATS_N_PARTS + p];

            target_parts[p] += MAX (mine, 0.0);
            target_asked[p] += mine >= 0;
            unrelated_parts[p] += MAX (theirs_part, 0.0);
            unrelated_asked[p] += theirs_part >= 0;
          }
      }
      /* The same by half (a held-out CV's figures are only ever summed). */
      separation_add (&ours_half[g_str_has_prefix (cv->target, "heldout/")], phoenix, offers, (guint) target);
      separation_add (&theirs_half[g_str_has_prefix (cv->target, "heldout/")], baseline, offers, (guint) target);
      n_half[g_str_has_prefix (cv->target, "heldout/")]++;
      separation_add (&ours, phoenix, offers, (guint) target);
      separation_add (&theirs, baseline, offers, (guint) target);

      /* The target report's missing skills: real gaps, skills the CV shows in other words, noise. */
      missing = phoenix_ats_report_get_missing (target_report);
      {
        guint cv_real = 0, cv_restated = 0, cv_noise = 0, half = g_str_has_prefix (cv->target, "heldout/");
        g_autoptr(GString) restated_ids = g_string_new (NULL);

        for (guint m = 0; m < missing->len; m++)
          {
            guint skill = g_array_index (missing, PhoenixOfferSkill, m).skill;
            int shown = shown_by_cv (cv, g_ptr_array_index (offers, target), skill);

            if (shown < 0)
              cv_noise++;
            else if (shown > 0)
              {
                cv_restated++;
                g_string_append_printf (restated_ids, " %s", phoenix_taxonomy_get_skill_id (taxonomy, skill));
              }
            else
              cv_real++;
          }
        if (half == 0)
          g_test_message ("%s → %s: Phoenix %.0f (rank %u), TF-IDF %.1f (rank %u); missing: %u real, %u shown in other words (%s ), %u noise",
                          cv->name, cv->target, phoenix[target], rank, baseline[target], baseline_rank, cv_real,
                          cv_restated, restated_ids->str, cv_noise);
        else
          g_test_message ("%s → %s: Phoenix %.0f (rank %u), TF-IDF %.1f (rank %u) (held out: its missing items only counted)",
                          cv->name, cv->target, phoenix[target], rank, baseline[target], baseline_rank);
        /* Those listed apart, to show more clearly (a skill a CV claims more than it shows): counted
         * by what they are, so that a real gap moved out of "missing" is seen. */
        for (guint m = 0; m < phoenix_ats_report_get_to_show (target_report)->len; m++)
          {
            int shown = shown_by_cv (cv, g_ptr_array_index (offers, target),
                                     g_array_index (phoenix_ats_report_get_to_show (target_report), PhoenixOfferSkill, m).skill);

            to_show[half][shown + 1]++;
          }
        /* Those of weak evidence, neither shown nor listed (issue #16): counted the same way. */
        for (guint m = 0; m < phoenix_job_offer_get_skills (((Offer *) g_ptr_array_index (offers, target))->offer)->len; m++)
          {
            Offer *want = g_ptr_array_index (offers, target);
            guint skill = g_array_index (phoenix_job_offer_get_skills (want->offer), PhoenixOfferSkill, m).skill;

            if (!report_names (target_report, skill))
              left_out[half][shown_by_cv (cv, want, skill) + 1]++;
          }
        real_gaps[half] += cv_real;
        restated[half] += cv_restated;
        noise[half] += cv_noise;
      }
    }

  ours.auc /= cvs->len;
  theirs.auc /= cvs->len;
  ours.ratio /= cvs->len;
  theirs.ratio /= cvs->len;
  g_test_message ("%u CVs × %u offers: target first %u (Phoenix) / %u (TF-IDF); AUC target vs unrelated %.3f / %.3f; "
                  "best unrelated ÷ target: mean %.3f / %.3f, worst %.3f / %.3f",
                  cvs->len, offers->len, ours.first, theirs.first, ours.auc, theirs.auc, ours.ratio, theirs.ratio,
                  ours.worst_ratio, theirs.worst_ratio);
  for (guint h = 0; h < 2; h++)
    g_test_message ("%s half (%u CVs): target first %u / %u (TF-IDF); best unrelated ÷ target %.3f / %.3f (TF-IDF)",
                    h == 0 ? "tuning" : "held-out", n_half[h], ours_half[h].first, theirs_half[h].first,
                    ours_half[h].ratio / MAX (n_half[h], 1), theirs_half[h].ratio / MAX (n_half[h], 1));
  for (guint h = 0; h < 2; h++)
    g_test_message ("missing items of the targets' reports, %s half: %u, of which %u real gaps (%.2f), %u shown in other words, %u noise",
                    h == 0 ? "tuning" : "held-out", real_gaps[h] + restated[h] + noise[h], real_gaps[h],
                    (double) real_gaps[h] / MAX (real_gaps[h] + restated[h] + noise[h], 1), restated[h], noise[h]);
  for (guint h = 0; h < 2; h++)
    g_test_message ("to show more clearly, %s half: %u, of which %u real gaps, %u shown in other words, %u noise",
                    h == 0 ? "tuning" : "held-out", to_show[h][0] + to_show[h][1] + to_show[h][2], to_show[h][1],
                    to_show[h][2], to_show[h][0]);
  for (guint h = 0; h < 2; h++)
    g_test_message ("weak evidence left out, %s half: %u, of which %u real gaps, %u shown in other words, %u noise",
                    h == 0 ? "tuning" : "held-out", left_out[h][0] + left_out[h][1] + left_out[h][2], left_out[h][1],
                    left_out[h][2], left_out[h][0]);
  for (guint p = 0; p < PHOENIX_ATS_N_PARTS; p++)
    g_test_message ("part %s: target %.2f (asked by %u), best unrelated %.2f (asked by %u)", phoenix_ats_part_to_string (p),
                    target_parts[p] / MAX (target_asked[p], 1), target_asked[p],
                    unrelated_parts[p] / MAX (unrelated_asked[p], 1), unrelated_asked[p]);
  all_real = real_gaps[0] + real_gaps[1];
  all_missing = MAX (all_real + restated[0] + restated[1] + noise[0] + noise[1], 1);
  g_print ("# ranking: first %u/%u vs TF-IDF %u; AUC %.3f vs %.3f; ratio %.3f vs %.3f (tuning %.3f vs %.3f, "
           "held-out %.3f vs %.3f); missing real %.2f (tuning %.2f, held-out %.2f)\n",
           ours.first, cvs->len, theirs.first, ours.auc, theirs.auc, ours.ratio, theirs.ratio,
           ours_half[0].ratio / MAX (n_half[0], 1), theirs_half[0].ratio / MAX (n_half[0], 1),
           ours_half[1].ratio / MAX (n_half[1], 1), theirs_half[1].ratio / MAX (n_half[1], 1),
           (double) all_real / all_missing,
           (double) real_gaps[0] / MAX (real_gaps[0] + restated[0] + noise[0], 1),
           (double) real_gaps[1] / MAX (real_gaps[1] + restated[1] + noise[1], 1));

  /* Floors of what Phoenix does now (measured 2026-12-07: first 11/14, the three others second behind an
   * offer of the same field — the cariste's own trade, the SOC offer in the other language, an
   * administrative officer for a receptionist; AUC 1.000; real gaps 0.57, then 0.65 once the offer's own
   * words in one entry of the CV and Microsoft 365's tools counted; best unrelated ÷ target 0.464, then
   * 0.413 once a degree and years counted only beside evidence of the offer's field; then 4 CVs more,
   * labelled blind: 18 CVs, first 15/18, ratio 0.410, real gaps 0.60 — tuning half 0.67, held-out 0.50;
   * then 0.273 once the score is multiplied by the evidence of the trade — tuning half 0.264, TF-IDF 0.328;
   * held-out half 0.281, TF-IDF 0.250; then, with the offer's language asked and the table of trade
   * knowledge, first 16/18, ratio 0.243 — tuning 0.212, held-out 0.268 —, real gaps 0.67 — tuning
   * 0.80, held-out 0.50; then, with skills a CV claims more than it shows listed apart, to show more
   * clearly, real gaps 0.67 — tuning 0.83, held-out 0.50: the held-out reports had none to move; then,
   * with skills of weak evidence left out, 0.71 — tuning 0.85, held-out 0.56 —, ratio 0.192). */
  g_assert_cmpuint (ours.first, >=, cvs->len - 2);
  g_assert_cmpuint (worst_rank, <=, 2);
  g_assert_cmpfloat (ours.auc, >=, 0.95);
  g_assert_cmpfloat (ours.ratio, <=, 0.27);
  g_assert_cmpfloat ((double) all_real / all_missing, >=, 0.70);
  /* The share above rises as well when real gaps leave "missing": those moved to "to show more clearly"
   * or left out as weak evidence, both halves' totals, stay as few as measured (2026-12-08: 1, on the
   * tuning half). */
  g_assert_cmpuint (to_show[0][1] + to_show[1][1] + left_out[0][1] + left_out[1][1], <=, 1);

  /* Issue #16's goal: Phoenix separates better than the baseline, not only equally, and ≥ 80 % of
   * "missing" items are real gaps. Not reached yet: reported as incomplete, not hidden. */
  if (ours.first < theirs.first || ours.auc < theirs.auc || ours.ratio >= theirs.ratio ||
      (double) all_real / all_missing < 0.8)
    g_test_incomplete ("issue #16's goal not reached yet: Phoenix does not separate better than TF-IDF "
                       "or fewer than 80 % of missing items are real gaps (see the figures above)");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  phoenix_test_ats_init (&taxonomy, &extractor);

  g_test_add_func ("/ats/ranking/career-changers", test_ats_ranking);

  return phoenix_test_ats_run (&taxonomy, &extractor);
}
