/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-letter-facts"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "phoenix-json-resume.h"
#include "phoenix-letter-facts.h"
#include "phoenix-occupation-matcher.h"
#include "phoenix-letter-markup.h"
#include "phoenix-profile-entries.h"

#define MAX_SKILLS       3
#define MAX_SOFT_SKILLS  2
#define MAX_FOCUS        2
#define MAX_SKILL_WORDS  5

struct _PhoenixLetterFacts
{
  GObject           parent_instance;

  char             *language;
  GHashTable       *slots;
  PhoenixAtsReport *report;
};

G_DEFINE_FINAL_TYPE (PhoenixLetterFacts, phoenix_letter_facts, G_TYPE_OBJECT)

const char * const phoenix_letter_always_slots[] = { "name", "target", "date", "lang", "tone", "length", "template", NULL };

static const char * const months_fr[] = {
  "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
  "novembre", "décembre",
};
static const char * const months_en[] = {
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December",
};

static guint
count_words (const char *text)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gboolean letter = g_unichar_isalnum (g_utf8_get_char (p));

      n += letter && !in_word;
      in_word = letter;
    }
  return n;
}

/* Months since year 0 of an ISO date ("2019", "2019-04", "2019-04-12"); -1 when unreadable. */
static int
date_to_months (const char *date)
{
  int year, month = 1;

  if (date == NULL || strlen (date) < 4 || !g_ascii_isdigit (date[0]))
    return -1;
  year = atoi (date);
  if (strlen (date) >= 7 && date[4] == '-')
    month = CLAMP (atoi (date + 5), 1, 12);
  return year * 12 + month - 1;
}

typedef struct
{
  int start;
  int end;
} Span;

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  return ((const Span *) a)->start - ((const Span *) b)->start;
}

/* Months worked, overlapping jobs counted once, a current job up to @today. */
static int
months_worked (GListModel *experiences,
               GDateTime  *today)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (Span));
  int now = g_date_time_get_year (today) * 12 + g_date_time_get_month (today) - 1;
  int total = 0, cur_start = -1, cur_end = -1;

  for (guint i = 0; i < g_list_model_get_n_items (experiences); i++)
    {
      g_autoptr(PhoenixExperience) experience = g_list_model_get_item (experiences, i);
      Span span;

      span.start = date_to_months (phoenix_experience_get_start_date (experience));
      span.end = phoenix_experience_get_current (experience)
                 ? now : date_to_months (phoenix_experience_get_end_date (experience));
      if (span.start < 0 || span.end < span.start)
        continue;
      g_array_append_val (spans, span);
    }
  g_array_sort (spans, compare_spans);
  for (guint i = 0; i < spans->len; i++)
    {
      Span *span = &g_array_index (spans, Span, i);

      if (cur_end >= 0 && span->start <= cur_end)
        {
          cur_end = MAX (cur_end, span->end);
          continue;
        }
      if (cur_end >= 0)
        total += cur_end - cur_start;
      cur_start = span->start;
      cur_end = span->end;
    }
  if (cur_end >= 0)
    total += cur_end - cur_start;

  return total;
}

/* The job held now, else the one that ended last (started last on a tie). */
static PhoenixExperience *
latest_experience (GListModel *experiences)
{
  PhoenixExperience *best = NULL;
  int best_end = G_MININT, best_start = G_MININT;

  for (guint i = 0; i < g_list_model_get_n_items (experiences); i++)
    {
      g_autoptr(PhoenixExperience) experience = g_list_model_get_item (experiences, i);
      int start = date_to_months (phoenix_experience_get_start_date (experience));
      int end = phoenix_experience_get_current (experience)
                ? G_MAXINT : date_to_months (phoenix_experience_get_end_date (experience));

      if (phoenix_experience_get_title (experience)[0] == '\0')
        continue;
      if (end < 0)
        end = start;
      if (best == NULL || end > best_end || (end == best_end && start > best_start))
        {
          g_set_object (&best, experience);
          best_end = end;
          best_start = start;
        }
    }

  return best;
}

/* The latest job's title inside a French sentence: "Infirmière diplômée" → "infirmière
 * diplômée"; only the first word, and not an acronym ("UX", "RH") or a name ("Java"
 * further on keeps its capital). */
static char *
title_mid_sentence (const char *title,
                    const char *language)
{
  g_auto(GStrv) words = NULL;

  if (strcmp (language, "fr") != 0)
    return g_strdup (title);
  words = g_strsplit (title, " ", -1);
  for (guint i = 0; words[i] != NULL && i < 1; i++)
    {
      const char *second;
      gboolean rest_lower = TRUE;
      char first[8] = { 0 };
      char *lowered;

      if (words[i][0] == '\0' || !g_unichar_isupper (g_utf8_get_char (words[i])))
        continue;
      second = g_utf8_next_char (words[i]);
      for (const char *p = second; *p != '\0'; p = g_utf8_next_char (p))
        rest_lower &= !g_unichar_isupper (g_utf8_get_char (p));
      if (!rest_lower || *second == '\0')
        continue;
      g_unichar_to_utf8 (g_unichar_tolower (g_utf8_get_char (words[i])), first);
      lowered = g_strconcat (first, second, NULL);
      g_free (words[i]);
      words[i] = lowered;
    }
  return g_strjoinv (" ", words);
}

/* The text of a field of the JSON Resume a match points at ("highlights/2", "keywords/0"). */
static const char *
match_field_text (JsonObject      *resume,
                  PhoenixAtsMatch *match)
{
  JsonNode *node;
  g_auto(GStrv) path = NULL;

  if (g_strcmp0 (match->section, "basics") == 0)
    {
      node = json_object_get_member (resume, "basics");
    }
  else
    {
      JsonNode *section = json_object_get_member (resume, match->section);
      JsonArray *array;

      if (section == NULL || !JSON_NODE_HOLDS_ARRAY (section) || match->entry < 0)
        return NULL;
      array = json_node_get_array (section);
      if ((guint) match->entry >= json_array_get_length (array))
        return NULL;
      node = json_array_get_element (array, match->entry);
    }

  path = g_strsplit (match->field, "/", -1);
  for (guint i = 0; node != NULL && path[i] != NULL; i++)
    {
      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          node = json_object_get_member (json_node_get_object (node), path[i]);
        }
      else if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);
          guint index = (guint) atoi (path[i]);

          node = index < json_array_get_length (array) ? json_array_get_element (array, index) : NULL;
        }
      else
        {
          node = NULL;
        }
    }
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* @text[start, end) when it is a short phrase, its case kept for names and acronyms. */
static char *
spelling_at (const char *text,
             guint       start,
             guint       end)
{
  g_autofree char *span = NULL;

  if (text == NULL || end <= start || end > strlen (text))
    return NULL;
  span = g_strstrip (g_strndup (text + start, end - start));
  if (!g_utf8_validate (span, -1, NULL) || span[0] == '\0' || count_words (span) > MAX_SKILL_WORDS)
    return NULL;
  return g_steal_pointer (&span);
}

/* A phrase in the middle of a sentence: "Gestion de projet" → "gestion de projet"; an acronym
 * ("SQL") or a tool's name ("Python", "Excel": @name) keeps its case. */
static char *
mid_sentence (const char *phrase,
              gboolean    name)
{
  const char *second = g_utf8_next_char (phrase);
  char first[8] = { 0 };

  if (*second == '\0' || g_unichar_isupper (g_utf8_get_char (second)))
    return g_strdup (phrase);
  /* A name keeps its capitals when it is one word or every word has one ("Google Analytics"). */
  if (name)
    {
      g_auto(GStrv) words = g_strsplit (phrase, " ", -1);
      gboolean all_capitalised = TRUE;

      for (guint i = 0; words[i] != NULL; i++)
        all_capitalised &= words[i][0] == '\0' || !g_unichar_islower (g_utf8_get_char (words[i]));
      if (all_capitalised)
        return g_strdup (phrase);
    }
  g_unichar_to_utf8 (g_unichar_tolower (g_utf8_get_char (phrase)), first);
  return g_strconcat (first, second, NULL);
}

/* Products and names (data/taxonomy/tools.tsv) keep their capitals: a tool spelt the same in
 * both languages ("Figma", "Excel", "SQL"); one translated ("Wireframing"/"Maquettage") is a
 * common noun. */
static gboolean
is_tool (PhoenixTaxonomy *taxonomy,
         guint            skill)
{
  return g_str_has_prefix (phoenix_taxonomy_get_skill_id (taxonomy, skill), "tool:") &&
         g_strcmp0 (phoenix_taxonomy_get_skill_label (taxonomy, skill, "fr"),
                    phoenix_taxonomy_get_skill_label (taxonomy, skill, "en")) == 0;
}

static void
add_unique (GPtrArray  *list,
            char       *phrase)
{
  g_autofree char *folded = phoenix_letter_fold (phrase);

  for (guint i = 0; i < list->len; i++)
    {
      g_autofree char *other = phoenix_letter_fold (list->pdata[i]);

      if (strcmp (other, folded) == 0)
        {
          g_free (phrase);
          return;
        }
    }
  g_ptr_array_add (list, phrase);
}

/*
 * Skills the offer asks for that the CV names (the ATS matches), required first, each in
 * the CV's own words when the match is a short phrase (the skills list first), else the
 * taxonomy's label in @language.
 */
static void
collect_skills (PhoenixLetterFacts *self,
                PhoenixTaxonomy    *taxonomy,
                JsonObject         *resume,
                PhoenixJobOffer    *offer,
                GHashTable         *named)
{
  GPtrArray *matches = phoenix_ats_report_get_matches (self->report);
  GArray *offer_skills = phoenix_job_offer_get_skills (offer);
  g_autoptr(GPtrArray) hard = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) soft = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  guint n_hard = 0;

  /* Required skills the skills list names first, then other required ones, then nice-to-have. */
  for (guint pass = 0; pass < 3; pass++)
    {
      for (guint o = 0; o < offer_skills->len; o++)
        {
          PhoenixOfferSkill *wanted = &g_array_index (offer_skills, PhoenixOfferSkill, o);
          g_autofree char *spelling = NULL;
          gboolean found = FALSE;

          if (wanted->required != (pass < 2) || g_hash_table_contains (seen, GUINT_TO_POINTER (wanted->skill + 1)))
            continue;
          /* The skills list's spelling first, then anywhere else in the CV. */
          for (guint round = 0; round < 2 && spelling == NULL; round++)
            {
              for (guint m = 0; m < matches->len && spelling == NULL; m++)
                {
                  PhoenixAtsMatch *match = matches->pdata[m];

                  if (match->skill != wanted->skill)
                    continue;
                  if ((round == 0) != (g_strcmp0 (match->section, "skills") == 0))
                    continue;
                  found = TRUE;
                  spelling = spelling_at (match_field_text (resume, match), match->start, match->end);
                }
              if (pass == 0)
                break;
            }
          if (!found)
            continue;
          g_hash_table_add (seen, GUINT_TO_POINTER (wanted->skill + 1));
          if (spelling == NULL)
            spelling = g_strdup (phoenix_taxonomy_get_skill_label (taxonomy, wanted->skill, self->language));
          if (phoenix_taxonomy_get_skill_kind (taxonomy, wanted->skill) == PHOENIX_SKILL_KIND_SOFT)
            {
              add_unique (soft, mid_sentence (spelling, is_tool (taxonomy, wanted->skill)));
            }
          else
            {
              add_unique (hard, mid_sentence (spelling, is_tool (taxonomy, wanted->skill)));
              /* The ones the skills sentence will name. */
              if (n_hard++ < MAX_SKILLS)
                g_hash_table_add (named, GUINT_TO_POINTER (wanted->skill + 1));
            }
        }
    }

  if (hard->len > 0)
    {
      g_ptr_array_set_size (hard, MIN (hard->len, MAX_SKILLS));
      g_ptr_array_add (hard, NULL);
      phoenix_letter_facts_set (self, "skill", hard->pdata[0]);
      g_hash_table_insert (self->slots, g_strdup ("skills"),
                           phoenix_letter_join_list ((const char * const *) hard->pdata, self->language));
    }
  if (soft->len > 0)
    {
      g_ptr_array_set_size (soft, MIN (soft->len, MAX_SOFT_SKILLS));
      g_ptr_array_add (soft, NULL);
      g_hash_table_insert (self->slots, g_strdup ("soft_skills"),
                           phoenix_letter_join_list ((const char * const *) soft->pdata, self->language));
    }
}

static gboolean
matched (PhoenixAtsReport *report,
         guint             skill)
{
  GPtrArray *matches = phoenix_ats_report_get_matches (report);

  for (guint i = 0; i < matches->len; i++)
    {
      if (((PhoenixAtsMatch *) matches->pdata[i])->skill == skill)
        return TRUE;
    }
  return FALSE;
}

/*
 * Two more things the offer asks for, in its own words, that the CV also names (so the letter
 * never seems to claim what the CV lacks) and the skills sentence does not list already.
 */
static void
collect_focus (PhoenixLetterFacts *self,
               PhoenixTaxonomy    *taxonomy,
               PhoenixJobOffer    *offer,
               GHashTable         *named)
{
  GArray *offer_skills = phoenix_job_offer_get_skills (offer);
  const char *text = phoenix_job_offer_get_text (offer);
  g_autoptr(GPtrArray) focus = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < offer_skills->len && focus->len < MAX_FOCUS; i++)
    {
      PhoenixOfferSkill *skill = &g_array_index (offer_skills, PhoenixOfferSkill, i);
      g_autofree char *spelling = NULL;

      if (!skill->required || phoenix_taxonomy_get_skill_kind (taxonomy, skill->skill) == PHOENIX_SKILL_KIND_SOFT ||
          !matched (self->report, skill->skill) || g_hash_table_contains (named, GUINT_TO_POINTER (skill->skill + 1)))
        continue;
      /* The offer's words when they name the thing ("tableaux de bord"), the taxonomy's label
       * when they are a whole clause ("analyser les données d'activité"). */
      spelling = spelling_at (text, skill->start, skill->end);
      if (spelling != NULL && count_words (spelling) > 3)
        g_clear_pointer (&spelling, g_free);
      if (spelling == NULL)
        spelling = g_strdup (phoenix_taxonomy_get_skill_label (taxonomy, skill->skill, self->language));
      add_unique (focus, mid_sentence (spelling, is_tool (taxonomy, skill->skill)));
    }
  if (focus->len > 0)
    {
      g_ptr_array_add (focus, NULL);
      g_hash_table_insert (self->slots, g_strdup ("offer_focus"),
                           phoenix_letter_join_list ((const char * const *) focus->pdata, self->language));
    }
}

/* A short highlight (or summary) of the latest job, written in the letter's language. */
static void
collect_achievement (PhoenixLetterFacts *self,
                     PhoenixExperience  *latest)
{
  const char * const *highlights = phoenix_experience_get_highlights (latest);

  for (guint i = 0; highlights != NULL && highlights[i] != NULL; i++)
    {
      g_autofree char *text = g_strstrip (g_strdup (highlights[i]));
      guint words = count_words (text);
      gsize len;

      if (words < 4 || words > 25)
        continue;
      if (g_strcmp0 (phoenix_skill_extractor_detect_language (text), self->language) != 0)
        continue;
      len = strlen (text);
      while (len > 0 && (text[len - 1] == '.' || text[len - 1] == ';' || text[len - 1] == ' '))
        text[--len] = '\0';
      g_hash_table_insert (self->slots, g_strdup ("achievement"), mid_sentence (text, FALSE));
      return;
    }
}

static void
collect_training (PhoenixLetterFacts *self,
                  PhoenixProfile     *profile)
{
  GListModel *education = G_LIST_MODEL (phoenix_profile_get_education (profile));

  for (guint i = 0; i < g_list_model_get_n_items (education); i++)
    {
      g_autoptr(PhoenixEducation) entry = g_list_model_get_item (education, i);
      const char *degree = phoenix_education_get_degree (entry);
      const char *field = phoenix_education_get_field (entry);
      g_autofree char *label = NULL;

      if (!phoenix_education_get_current (entry))
        continue;
      if (degree[0] != '\0' && field[0] != '\0')
        label = g_strdup_printf (strcmp (self->language, "en") == 0 ? "%s in %s" : "%s %s", degree, field);
      else
        label = g_strdup (degree[0] != '\0' ? degree : field);
      if (label[0] == '\0')
        continue;
      phoenix_letter_facts_set (self, "training", label);
      phoenix_letter_facts_set (self, "training_school", phoenix_education_get_school (entry));
      return;
    }
}

static void
collect_story (PhoenixLetterFacts *self,
               PhoenixTaxonomy    *taxonomy,
               PhoenixProfile     *profile,
               PhoenixJobOffer    *offer,
               GDateTime          *today)
{
  GListModel *experiences = G_LIST_MODEL (phoenix_profile_get_experiences (profile));
  g_autoptr(PhoenixExperience) latest = latest_experience (experiences);
  int years = months_worked (experiences, today) / 12;
  g_autofree char *origin = NULL;
  gboolean change = TRUE;

  if (years >= 1)
    {
      g_autofree char *phrase = NULL;

      if (years == 1)
        phrase = g_strdup (strcmp (self->language, "fr") == 0 ? "un an" : "one year");
      else
        phrase = g_strdup_printf (strcmp (self->language, "fr") == 0 ? "%d ans" : "%d years", years);
      phoenix_letter_facts_set (self, "years", phrase);
    }
  if (latest == NULL)
    return;

  origin = title_mid_sentence (phoenix_experience_get_title (latest), self->language);
  phoenix_letter_facts_set (self, "origin", origin);
  phoenix_letter_facts_set (self, "origin_employer", phoenix_experience_get_employer (latest));
  collect_achievement (self, latest);

  /* A career change: the latest job is another occupation (another ROME domain) than the offer's. */
  if (offer != NULL && taxonomy != NULL)
    {
      const char *target_code = phoenix_job_offer_get_occupation (offer);
      guint origin_occupation;
      g_autofree char *a = phoenix_letter_fold (phoenix_experience_get_title (latest));
      g_autofree char *b = phoenix_letter_fold (phoenix_job_offer_get_title (offer));

      if (strcmp (a, b) == 0)
        change = FALSE;
      else if (target_code[0] != '\0' &&
               phoenix_occupation_matcher_guess (taxonomy, phoenix_experience_get_title (latest), &origin_occupation))
        change = strncmp (phoenix_taxonomy_get_occupation_code (taxonomy, origin_occupation), target_code, 3) != 0;
    }
  if (change)
    phoenix_letter_facts_set (self, "change", "yes");
}

static void
phoenix_letter_facts_finalize (GObject *object)
{
  PhoenixLetterFacts *self = PHOENIX_LETTER_FACTS (object);

  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->slots, g_hash_table_unref);
  g_clear_object (&self->report);

  G_OBJECT_CLASS (phoenix_letter_facts_parent_class)->finalize (object);
}

static void
phoenix_letter_facts_class_init (PhoenixLetterFactsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_letter_facts_finalize;
}

static void
phoenix_letter_facts_init (PhoenixLetterFacts *self)
{
  self->slots = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

PhoenixLetterFacts *
phoenix_letter_facts_new (PhoenixSkillExtractor *extractor,
                          PhoenixProfile        *profile,
                          PhoenixJobOffer       *offer,
                          const char            *language,
                          GDateTime             *today)
{
  g_autoptr(PhoenixLetterFacts) self = NULL;
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *date = NULL;
  g_autofree char *postal_city = NULL;
  PhoenixTaxonomy *taxonomy = NULL;

  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), NULL);
  g_return_val_if_fail (offer == NULL || PHOENIX_IS_JOB_OFFER (offer), NULL);
  g_return_val_if_fail (offer == NULL || PHOENIX_IS_SKILL_EXTRACTOR (extractor), NULL);

  self = g_object_new (PHOENIX_TYPE_LETTER_FACTS, NULL);
  self->language = g_strdup (g_strcmp0 (language, "en") == 0 ? "en" : "fr");
  if (today == NULL)
    today = now = g_date_time_new_now_local ();
  if (extractor != NULL)
    taxonomy = phoenix_skill_extractor_get_taxonomy (extractor);

  phoenix_letter_facts_set (self, "lang", self->language);
  date = phoenix_letter_format_date (today, self->language);
  phoenix_letter_facts_set (self, "date", date);

  phoenix_letter_facts_set (self, "name", phoenix_profile_get_name (profile));
  phoenix_letter_facts_set (self, "email", phoenix_profile_get_email (profile));
  phoenix_letter_facts_set (self, "phone", phoenix_profile_get_phone (profile));
  phoenix_letter_facts_set (self, "address", phoenix_profile_get_address (profile));
  phoenix_letter_facts_set (self, "city", phoenix_profile_get_city (profile));
  phoenix_letter_facts_set (self, "country", phoenix_profile_get_country (profile));
  postal_city = g_strstrip (g_strdup_printf ("%s %s", phoenix_profile_get_postal_code (profile),
                                             phoenix_profile_get_city (profile)));
  phoenix_letter_facts_set (self, "postal_city", postal_city);

  if (offer != NULL)
    {
      const char *title = phoenix_job_offer_get_title (offer);
      const char *code = phoenix_job_offer_get_occupation (offer);
      guint occupation;
      g_autoptr(GHashTable) named = g_hash_table_new (NULL, NULL);
      g_autoptr(JsonNode) resume = phoenix_json_resume_export (profile);

      if (title[0] == '\0' && code[0] != '\0' && phoenix_taxonomy_lookup_occupation (taxonomy, code, &occupation))
        title = phoenix_taxonomy_get_occupation_label (taxonomy, occupation, self->language);
      phoenix_letter_facts_set (self, "target", title);
      phoenix_letter_facts_set (self, "company", phoenix_job_offer_get_company (offer));
      phoenix_letter_facts_set (self, "offer_location", phoenix_job_offer_get_location (offer));
      if (code[0] != '\0')
        {
          char sector[2] = { code[0], '\0' };

          phoenix_letter_facts_set (self, "sector", sector);
        }
      self->report = phoenix_ats_score_profile (extractor, profile, offer);
      collect_skills (self, taxonomy, json_node_get_object (resume), offer, named);
      collect_focus (self, taxonomy, offer, named);
    }

  collect_story (self, taxonomy, profile, offer, today);
  collect_training (self, profile);

  return g_steal_pointer (&self);
}

const char *
phoenix_letter_facts_get_language (PhoenixLetterFacts *self)
{
  g_return_val_if_fail (PHOENIX_IS_LETTER_FACTS (self), NULL);

  return self->language;
}

const char *
phoenix_letter_facts_get (PhoenixLetterFacts *self,
                          const char         *slot)
{
  const char *value;

  g_return_val_if_fail (PHOENIX_IS_LETTER_FACTS (self), NULL);

  value = g_hash_table_lookup (self->slots, slot);
  return value != NULL ? value : "";
}

void
phoenix_letter_facts_set (PhoenixLetterFacts *self,
                          const char         *slot,
                          const char         *value)
{
  g_autofree char *trimmed = NULL;

  g_return_if_fail (PHOENIX_IS_LETTER_FACTS (self));
  g_return_if_fail (slot != NULL);

  trimmed = g_strstrip (g_strdup (value != NULL ? value : ""));
  if (trimmed[0] == '\0')
    g_hash_table_remove (self->slots, slot);
  else
    g_hash_table_insert (self->slots, g_strdup (slot), g_steal_pointer (&trimmed));
}

GHashTable *
phoenix_letter_facts_get_slots (PhoenixLetterFacts *self)
{
  g_return_val_if_fail (PHOENIX_IS_LETTER_FACTS (self), NULL);

  return self->slots;
}

PhoenixAtsReport *
phoenix_letter_facts_get_report (PhoenixLetterFacts *self)
{
  g_return_val_if_fail (PHOENIX_IS_LETTER_FACTS (self), NULL);

  return self->report;
}

char *
phoenix_letter_format_date (GDateTime  *date,
                            const char *language)
{
  int day = g_date_time_get_day_of_month (date);
  int month = g_date_time_get_month (date);
  int year = g_date_time_get_year (date);

  if (g_strcmp0 (language, "en") == 0)
    return g_strdup_printf ("%d %s %d", day, months_en[month - 1], year);
  if (day == 1)
    return g_strdup_printf ("1er %s %d", months_fr[month - 1], year);
  return g_strdup_printf ("%d %s %d", day, months_fr[month - 1], year);
}

char *
phoenix_letter_join_list (const char * const *items,
                          const char         *language)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = items != NULL ? g_strv_length ((char **) items) : 0;
  const char *and = g_strcmp0 (language, "en") == 0 ? " and " : " et ";

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append (out, i == n - 1 ? and : ", ");
      g_string_append (out, items[i]);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
