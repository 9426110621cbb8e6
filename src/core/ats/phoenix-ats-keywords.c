/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-ats-keywords"

#include "config.h"

#include <string.h>

#include "phoenix-ats-keywords.h"
#include "phoenix-ats-resume.h"
#include "phoenix-text-tokens.h"

/* Offer words too common in offers to say anything about the job. */
static const char * const boilerplate_words[] = {
  "experience", "experiences", "profil", "profile", "mission", "missions", "poste", "equipe", "team",
  "vous", "your", "nous", "will", "requirements", "responsibilities", "competences", "skills",
  "souhaite", "plus", "bonne", "good", "strong", "excellent", "travail", "work", "working", "years",
  "annees", "minimum", "least", "recherche", "looking", "join", "rejoignez", "notre", "votre", "their",
  "within", "sein", "etre", "have", "avoir", "also", "aussi", "ideally", "idealement", "including",
  "knowledge", "connaissance", "connaissances", "maitrise", "ability", "capacite",
  /* Recruiting and company words of both languages (issue #16), and pronouns and links the stop words miss. */
  "recherchons", "recherche", "recrutons", "recrute", "recrutement", "entreprise", "entreprises", "societe",
  "company", "companies", "candidat", "candidate", "candidature", "candidates", "offre", "offer", "postuler",
  "apply", "rejoindre", "joining", "salaire", "salary", "avantages", "benefits", "contrat", "contract",
  "opportunite", "opportunity", "description", "role", "position", "leur", "leurs", "avec", "dont", "selon",
  "chez", "tres", "very", "well", "based", "etc", "about", "would", "should", "must", "doit", "devez", "pouvez",
  "ensemble", "together", "chaque", "every", "other", "autres", "where", "which", "while", "afin", "exige",
  "exigee", "requis", "requise", "required", "preferred", "souhaitee", "apprecie", "appreciee",
};

/* Function words of four letters or more that the tokenizer's stop words leave in (they are kept short
 * for the extractor), and the words of time and hours every offer has: never a keyword of the job. */
static const char * const function_words[] = {
  /* English */
  "about", "above", "across", "after", "again", "against", "along", "already", "although", "always", "among",
  "another", "anyone", "anything", "around", "because", "been", "before", "being", "below", "best", "better",
  "between", "both", "cannot", "could", "does", "doing", "done", "down", "during", "each", "either", "else",
  "enough", "even", "ever", "first", "further", "have", "having", "here", "however", "into", "itself", "just",
  "last", "less", "like", "made", "make", "makes", "many", "more", "most", "much", "near", "need", "needs",
  "next", "none", "only", "onto", "others", "ours", "over", "same", "several", "shall", "since", "some", "such",
  "than", "that", "them", "then", "there", "these", "they", "this", "those", "through", "thus", "towards",
  "under", "unless", "until", "upon", "want", "wants", "were", "what", "whatever", "when", "whether", "whom",
  "whose", "without", "yours", "full", "time", "part", "days", "week", "weeks", "month", "months", "year",
  "hours", "great", "help", "keep", "kind", "able", "love", "everything", "someone",
  /* French */
  "ainsi", "alors", "apres", "aupres", "autre", "avant", "avoir", "beaucoup", "cela", "celle", "celles", "celui",
  "ceux", "cette", "chacun", "comme", "comment", "depuis", "donc", "elle", "elles", "encore", "entre", "etait",
  "etant", "etes", "faire", "fait", "font", "hors", "lors", "lorsque", "mais", "meme", "memes", "moins",
  "notamment", "nos", "pour", "pourquoi", "quand", "quel", "quelle", "quelles", "quels", "sans", "sera",
  "serez", "seront", "sont", "sous", "tant", "tels", "telle", "telles", "tous", "tout", "toute", "toutes",
  "vers", "vos", "egalement", "jour", "jours", "semaine", "semaines", "mois", "temps", "plein", "partiel",
  "heures", "annee", "parmi", "toujours", "souvent", "aujourd", "demain", "ailleurs", "plusieurs", "certains",
  "certaines", "quelques", "aucun", "aucune",
};

static gboolean
is_boilerplate (const char *word)
{
  for (gsize i = 0; i < G_N_ELEMENTS (boilerplate_words); i++)
    {
      if (strcmp (word, boilerplate_words[i]) == 0)
        return TRUE;
    }
  for (gsize i = 0; i < G_N_ELEMENTS (function_words); i++)
    {
      if (strcmp (word, function_words[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

typedef struct
{
  char  *stem;
  char  *word;
  guint  count;
  guint  first;
} Keyword;

static int
compare_keywords (gconstpointer a,
                  gconstpointer b)
{
  const Keyword *ka = a;
  const Keyword *kb = b;

  if (ka->count != kb->count)
    return (int) kb->count - (int) ka->count;
  return (int) ka->first - (int) kb->first;
}

static void
clear_keyword (gpointer data)
{
  Keyword *keyword = data;

  g_free (keyword->stem);
  g_free (keyword->word);
}

guint
_phoenix_ats_keywords (PhoenixJobOffer   *offer,
                       GArray            *fields,
                       struct sb_stemmer *stemmer,
                       PhoenixAtsCache   *cache,
                       GPtrArray         *words,
                       GPtrArray         *missing)
{
  const char *text = phoenix_job_offer_get_text (offer);
  GArray *skills = phoenix_job_offer_get_skills (offer);
  g_autoptr(GArray) tokens = _phoenix_text_tokenize (text, stemmer, TRUE);
  g_autoptr(GArray) keywords = g_array_new (FALSE, TRUE, sizeof (Keyword));
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) cv_stems = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *title_key = _phoenix_text_key (phoenix_job_offer_get_title (offer), stemmer);
  g_auto(GStrv) title_words = g_strsplit (title_key, " ", -1);
  guint n, found = 0;

  const char *body = strstr (text, "\n\n");
  gsize body_start = body != NULL ? (gsize) (body - text) : 0;
  g_autofree char *company = _phoenix_text_fold_words (phoenix_job_offer_get_company (offer));
  g_autofree char *location = _phoenix_text_fold_words (phoenix_job_offer_get_location (offer));
  g_auto(GStrv) company_words = g_strsplit (company, " ", -1);
  g_auto(GStrv) location_words = g_strsplit (location, " ", -1);

  for (guint i = 0; i < tokens->len; i++)
    {
      PhoenixTextToken *token = &g_array_index (tokens, PhoenixTextToken, i);
      gboolean in_skill = FALSE;
      gpointer position;

      /* Not the header (title, company, place, contract) nor the company's name. */
      if (token->start < body_start ||
          g_strv_contains ((const char * const *) company_words, token->folded) ||
          g_strv_contains ((const char * const *) location_words, token->folded))
        continue;
      if (g_utf8_strlen (token->folded, -1) < 4 || strspn (token->folded, "0123456789") > 0 ||
          is_boilerplate (token->folded) || g_strv_contains ((const char * const *) title_words, token->stem))
        continue;
      for (guint s = 0; s < skills->len && !in_skill; s++)
        {
          PhoenixOfferSkill *skill = &g_array_index (skills, PhoenixOfferSkill, s);

          in_skill = token->start >= skill->start && token->end <= skill->end;
        }
      if (in_skill)
        continue;
      if (g_hash_table_lookup_extended (index, token->stem, NULL, &position))
        g_array_index (keywords, Keyword, GPOINTER_TO_UINT (position)).count++;
      else
        {
          Keyword keyword = { g_strdup (token->stem), g_strdup (token->folded), 1, i };

          g_array_append_val (keywords, keyword);
          g_hash_table_insert (index, keyword.stem, GUINT_TO_POINTER (keywords->len - 1));
        }
    }
  g_hash_table_remove_all (index);
  g_array_set_clear_func (keywords, clear_keyword);
  g_array_sort (keywords, compare_keywords);

  for (guint f = 0; f < fields->len; f++)
    {
      const char *field_text = g_array_index (fields, PhoenixAtsField, f).text;
      g_autoptr(GArray) cv_tokens = NULL;

      if (cache != NULL)
        {
          const char * const *stems = _phoenix_ats_cache_stems (cache, field_text, phoenix_job_offer_get_language (offer),
                                                                stemmer);

          for (guint i = 0; stems[i] != NULL; i++)
            g_hash_table_add (cv_stems, g_strdup (stems[i]));
          continue;
        }
      cv_tokens = _phoenix_text_tokenize (field_text, stemmer, TRUE);
      for (guint i = 0; i < cv_tokens->len; i++)
        g_hash_table_add (cv_stems, g_strdup (g_array_index (cv_tokens, PhoenixTextToken, i).stem));
    }

  n = MIN (keywords->len, 12);
  for (guint i = 0; i < n; i++)
    {
      Keyword *keyword = &g_array_index (keywords, Keyword, i);

      if (keyword->count < 2 && i >= 6)
        break;
      g_ptr_array_add (words, g_strdup (keyword->word));
      if (g_hash_table_contains (cv_stems, keyword->stem))
        found++;
      else
        g_ptr_array_add (missing, g_strdup (keyword->word));
    }

  return found;
}
