/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-letter-checks"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "phoenix-json-resume.h"
#include "phoenix-letter-checks.h"
#include "phoenix-letter-markup.h"
#include "phoenix-profile-entries.h"

void
phoenix_letter_coverage_free (PhoenixLetterCoverage *coverage)
{
  if (coverage == NULL)
    return;
  g_ptr_array_unref (coverage->present);
  g_ptr_array_unref (coverage->missing);
  g_free (coverage);
}

static gboolean
array_has (GArray *array,
           guint   value)
{
  for (guint i = 0; i < array->len; i++)
    {
      if (g_array_index (array, guint, i) == value)
        return TRUE;
    }
  return FALSE;
}

PhoenixLetterCoverage *
phoenix_letter_check_coverage (PhoenixSkillExtractor *extractor,
                               PhoenixJobOffer       *offer,
                               const char            *text,
                               const char            *language)
{
  PhoenixTaxonomy *taxonomy;
  GArray *wanted;
  g_autoptr(GArray) found = NULL;
  PhoenixLetterCoverage *coverage;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EXTRACTOR (extractor), NULL);
  g_return_val_if_fail (PHOENIX_IS_JOB_OFFER (offer), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  taxonomy = phoenix_skill_extractor_get_taxonomy (extractor);
  wanted = phoenix_job_offer_get_skills (offer);
  found = phoenix_skill_extractor_extract_skills (extractor, text, language);
  coverage = g_new0 (PhoenixLetterCoverage, 1);
  coverage->present = g_ptr_array_new_with_free_func (g_free);
  coverage->missing = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < wanted->len; i++)
    {
      guint skill = g_array_index (wanted, PhoenixOfferSkill, i).skill;
      char *label = g_strdup (phoenix_taxonomy_get_skill_label (taxonomy, skill, language));

      coverage->total++;
      if (array_has (found, skill))
        {
          coverage->covered++;
          g_ptr_array_add (coverage->present, label);
        }
      else
        {
          g_ptr_array_add (coverage->missing, label);
        }
    }
  return coverage;
}

static void
issue_free (gpointer data)
{
  PhoenixLetterIssue *issue = data;

  g_free (issue->subject);
  g_free (issue->message);
  g_free (issue);
}

static void
add_issue (GPtrArray              *issues,
           PhoenixLetterIssueKind  kind,
           const char             *subject,
           char                   *message)
{
  PhoenixLetterIssue *issue = g_new0 (PhoenixLetterIssue, 1);

  issue->kind = kind;
  issue->subject = g_strdup (subject);
  issue->message = message;
  g_ptr_array_add (issues, issue);
}

/* Every string of a JSON node, one a line. */
static void
collect_strings (JsonNode *node,
                 GString  *out)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autoptr(GList) members = json_object_get_values (json_node_get_object (node));

      for (GList *l = members; l != NULL; l = l->next)
        collect_strings (l->data, out);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        collect_strings (json_array_get_element (array, i), out);
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    {
      g_string_append (out, json_node_get_string (node));
      g_string_append_c (out, '\n');
    }
}

static int
months_of (const char *date)
{
  if (date == NULL || strlen (date) < 4)
    return -1;
  return atoi (date) * 12 + (strlen (date) >= 7 ? atoi (date + 5) - 1 : 0);
}

/* Whole years worked, jobs held now counted to @today (overlaps counted twice: an upper bound). */
static int
years_worked (PhoenixProfile *cv,
              GDateTime      *today)
{
  GListModel *experiences = G_LIST_MODEL (phoenix_profile_get_experiences (cv));
  int now = g_date_time_get_year (today) * 12 + g_date_time_get_month (today) - 1;
  int months = 0;

  for (guint i = 0; i < g_list_model_get_n_items (experiences); i++)
    {
      g_autoptr(PhoenixExperience) e = g_list_model_get_item (experiences, i);
      int start = months_of (phoenix_experience_get_start_date (e));
      int end = phoenix_experience_get_current (e) ? now : months_of (phoenix_experience_get_end_date (e));

      if (start >= 0 && end >= start)
        months += end - start;
    }
  return (months + 6) / 12;
}

static void
check_skills (GPtrArray             *issues,
              PhoenixSkillExtractor *extractor,
              const char            *cv_text,
              const char            *text,
              const char            *language)
{
  PhoenixTaxonomy *taxonomy = phoenix_skill_extractor_get_taxonomy (extractor);
  g_autoptr(GArray) claimed = phoenix_skill_extractor_extract_skills (extractor, text, language);
  g_autoptr(GArray) in_fr = phoenix_skill_extractor_extract_skills (extractor, cv_text, "fr");
  g_autoptr(GArray) in_en = phoenix_skill_extractor_extract_skills (extractor, cv_text, "en");

  for (guint i = 0; i < claimed->len; i++)
    {
      guint skill = g_array_index (claimed, guint, i);
      const char *label;

      if (array_has (in_fr, skill) || array_has (in_en, skill))
        continue;
      label = phoenix_taxonomy_get_skill_label (taxonomy, skill, language);
      add_issue (issues, PHOENIX_LETTER_ISSUE_SKILL_NOT_IN_CV, label,
                 g_strdup_printf (_("The letter names “%s”, which the CV does not."), label));
    }
}

static void
check_numbers (GPtrArray      *issues,
               PhoenixProfile *cv,
               const char     *cv_text,
               const char     *text,
               GDateTime      *today)
{
  g_autoptr(GRegex) years_re = g_regex_new ("\\b(\\d{1,2})\\s+(ans|années|year|years)\\b", G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) date_re = g_regex_new ("\\b(19[5-9]\\d|20\\d\\d)\\b", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  int worked = years_worked (cv, today);
  g_autofree char *this_year = g_strdup_printf ("%d", g_date_time_get_year (today));

  g_regex_match (years_re, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *number = g_match_info_fetch (match, 1);
      g_autofree char *whole = g_match_info_fetch (match, 0);

      if (atoi (number) > worked)
        add_issue (issues, PHOENIX_LETTER_ISSUE_YEARS, whole,
                   g_strdup_printf (_("The letter says “%s”; the CV’s dates add up to %d."), whole, worked));
      g_match_info_next (match, NULL);
    }
  g_clear_pointer (&match, g_match_info_unref);

  g_regex_match (date_re, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *year = g_match_info_fetch (match, 1);

      if (strstr (cv_text, year) == NULL && strcmp (year, this_year) != 0)
        add_issue (issues, PHOENIX_LETTER_ISSUE_DATE, year,
                   g_strdup_printf (_("The letter mentions %s, which no date of the CV has."), year));
      g_match_info_next (match, NULL);
    }
}

/* A sentence naming an employer of the CV and a job title that is not the CV's there. */
static void
check_titles (GPtrArray      *issues,
              PhoenixProfile *cv,
              const char     *text)
{
  GListModel *experiences = G_LIST_MODEL (phoenix_profile_get_experiences (cv));
  g_autoptr(GRegex) sentence_re = g_regex_new ("[^.!?\\n]+", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (sentence_re, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *sentence = g_match_info_fetch (match, 0);
      g_autofree char *folded = phoenix_letter_fold (sentence);
      guint n = g_list_model_get_n_items (experiences);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(PhoenixExperience) e = g_list_model_get_item (experiences, i);
          g_autofree char *employer = phoenix_letter_fold (phoenix_experience_get_employer (e));
          gboolean own_title = FALSE, other_title = FALSE;
          const char *other = NULL;

          if (employer[0] == '\0' || strstr (folded, employer) == NULL)
            continue;
          for (guint j = 0; j < n; j++)
            {
              g_autoptr(PhoenixExperience) f = g_list_model_get_item (experiences, j);
              g_autofree char *title = phoenix_letter_fold (phoenix_experience_get_title (f));
              g_autofree char *their_employer = phoenix_letter_fold (phoenix_experience_get_employer (f));

              if (title[0] == '\0' || strstr (folded, title) == NULL)
                continue;
              if (strcmp (their_employer, employer) == 0)
                own_title = TRUE;
              else if (other == NULL)
                {
                  other_title = TRUE;
                  other = phoenix_experience_get_title (f);
                }
            }
          if (other_title && !own_title)
            add_issue (issues, PHOENIX_LETTER_ISSUE_TITLE, phoenix_experience_get_employer (e),
                       g_strdup_printf (_("The letter calls your job at %s “%s”; the CV says “%s”."),
                                        phoenix_experience_get_employer (e), other, phoenix_experience_get_title (e)));
        }
      g_match_info_next (match, NULL);
    }
}

GPtrArray *
phoenix_letter_check_consistency (PhoenixSkillExtractor *extractor,
                                  PhoenixProfile        *cv,
                                  const char            *text,
                                  const char            *language,
                                  const char * const    *ignore,
                                  GDateTime             *today)
{
  g_autoptr(GPtrArray) issues = g_ptr_array_new_with_free_func (issue_free);
  g_autoptr(GString) claims = g_string_new (text);
  g_autoptr(JsonNode) resume = NULL;
  g_autoptr(GString) cv_text = g_string_new (NULL);
  g_autoptr(GDateTime) now = NULL;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EXTRACTOR (extractor), NULL);
  g_return_val_if_fail (PHOENIX_IS_PROFILE (cv), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (today == NULL)
    today = now = g_date_time_new_now_local ();
  resume = phoenix_json_resume_export (cv);
  collect_strings (resume, cv_text);
  /* The offer's title or the company's name in the letter claim nothing: blanked out. */
  for (guint i = 0; ignore != NULL && ignore[i] != NULL; i++)
    {
      gsize len = strlen (ignore[i]);

      for (char *at = len > 0 ? strstr (claims->str, ignore[i]) : NULL; at != NULL; at = strstr (at + len, ignore[i]))
        memset (at, ' ', len);
    }
  check_skills (issues, extractor, cv_text->str, claims->str, language);
  check_numbers (issues, cv, cv_text->str, text, today);
  check_titles (issues, cv, text);
  return g_steal_pointer (&issues);
}
