/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-offer-reader"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "phoenix-job-offer-private.h"
#include "phoenix-offer-headings.h"
#include "phoenix-occupation-matcher.h"
#include "phoenix-text-tokens.h"

/*
 * Reading a job offer's text: its header lines (title, company, place, labelled
 * fields), its sections by their headings, the contract and working time, the
 * education level and years asked, which skills are required and which would
 * be a plus, and the occupation it is for.
 */

/* Folded phrases that make a clause nice-to-have wherever it stands. */
static const char * const nice_phrases[] = {
  "un plus", "serait un plus", "apprecie", "appreciee", "appreciees", "apprecies", "souhaite",
  "souhaitee", "souhaitees", "souhaites", "idealement", "nice to have", "is a plus", "a plus",
  "an advantage", "is an advantage", "preferred", "bonus", "desirable", "would be great",
};

/* Labels before a colon on a header line. */
static const char * const company_labels[] = { "entreprise", "societe", "company", "client", "employeur", "employer", "cabinet" };
static const char * const location_labels[] = { "lieu", "localisation", "location", "lieu de travail", "ville", "poste base a", "secteur", "based in" };
static const char * const contract_labels[] = { "contrat", "type de contrat", "contract", "job type", "employment type" };

/* Folded words: lower case, no accents, one space between words, punctuation dropped. */
static char *
fold (const char *text)
{
  return _phoenix_text_fold_words (text);
}

static gboolean
starts_with_words (const char *folded,
                   const char *cue)
{
  gsize len = strlen (cue);

  return strncmp (folded, cue, len) == 0 && (folded[len] == '\0' || folded[len] == ' ');
}

static gboolean
contains_words (const char *folded,
                const char *phrase)
{
  g_autofree char *padded = g_strconcat (" ", folded, " ", NULL);
  g_autofree char *needle = g_strconcat (" ", phrase, " ", NULL);

  return strstr (padded, needle) != NULL;
}

static char *
labelled_value (const char         *line,
                const char * const *labels,
                gsize               n_labels)
{
  const char *colon = strchr (line, ':');
  g_autofree char *label = NULL;
  g_autofree char *folded = NULL;

  if (colon == NULL || colon - line > 30)
    return NULL;
  label = g_strndup (line, colon - line);
  folded = fold (label);
  for (gsize i = 0; i < n_labels; i++)
    {
      if (strcmp (folded, labels[i]) == 0)
        return g_strstrip (g_strdup (colon + 1));
    }

  return NULL;
}

/* "Développeur web (H/F) — CDI" → "Développeur web". */
static char *
clean_title (const char *line)
{
  g_autoptr(GRegex) gender = g_regex_new ("\\(?\\b(H\\s*/\\s*F|F\\s*/\\s*H|M\\s*/\\s*F(\\s*/\\s*D)?|m/w/d)\\b\\)?",
                                          G_REGEX_CASELESS, 0, NULL);
  g_autofree char *text = g_regex_replace_literal (gender, line, -1, 0, "", 0, NULL);
  const char *separators[] = { " — ", " – ", " - ", " | " };

  for (gsize i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      char *cut = strstr (text, separators[i]);

      if (cut != NULL)
        *cut = '\0';
    }
  /* "(Internship)" and the like at the end. */
  if (g_str_has_suffix (g_strstrip (text), ")"))
    {
      char *open = strrchr (text, '(');

      if (open != NULL && open != text)
        *open = '\0';
    }

  return g_strstrip (g_strdup (g_strstrip (text)));
}

static void
detect_contract (PhoenixJobOffer *self,
                 const char      *folded)
{
  static const struct { const char *word; const char *contract; } contracts[] = {
    { "alternance", "alternance" }, { "apprentissage", "alternance" }, { "apprenticeship", "alternance" },
    { "stage", "stage" }, { "internship", "stage" }, { "stagiaire", "stage" },
    { "interim", "interim" }, { "temporary", "interim" },
    { "freelance", "freelance" }, { "independant", "freelance" }, { "contractor", "freelance" },
    { "cdd", "cdd" }, { "fixed term", "cdd" }, { "saisonnier", "cdd" }, { "seasonal", "cdd" },
    { "cdi", "cdi" }, { "permanent", "cdi" },
  };

  if (*self->contract == '\0')
    {
      for (gsize i = 0; i < G_N_ELEMENTS (contracts); i++)
        {
          if (contains_words (folded, contracts[i].word))
            {
              _phoenix_job_offer_set_string (&self->contract, contracts[i].contract);
              break;
            }
        }
    }
  if (*self->working_time == '\0')
    {
      if (contains_words (folded, "temps partiel") || contains_words (folded, "part time"))
        _phoenix_job_offer_set_string (&self->working_time, "part-time");
      else if (contains_words (folded, "temps plein") || contains_words (folded, "full time") ||
               contains_words (folded, "temps complet"))
        _phoenix_job_offer_set_string (&self->working_time, "full-time");
    }
}

static int
experience_from_line (const char *line)
{
  g_autoptr(GRegex) regex = g_regex_new ("(\\d{1,2})\\s*\\+?\\s*(ans|années|annees|an|years?|yrs)\\b",
                                         G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *folded = fold (line);

  if (!contains_words (folded, "experience") && !contains_words (folded, "experiences"))
    return -1;
  if (g_regex_match (regex, line, 0, &match))
    {
      g_autofree char *digits = g_match_info_fetch (match, 1);

      return atoi (digits);
    }

  return -1;
}

static gboolean
clause_is_nice (const char *text,
                gsize       start,
                gsize       end)
{
  gsize clause_start = start;
  gsize clause_end = end;
  g_autofree char *clause = NULL;
  g_autofree char *folded = NULL;

  while (clause_start > 0 && strchr (";.\n", text[clause_start - 1]) == NULL)
    clause_start--;
  while (text[clause_end] != '\0' && strchr (";\n", text[clause_end]) == NULL &&
         !(text[clause_end] == '.' && (text[clause_end + 1] == ' ' || text[clause_end + 1] == '\n' ||
                                       text[clause_end + 1] == '\0')))
    clause_end++;
  clause = g_strndup (text + clause_start, clause_end - clause_start);
  folded = fold (clause);
  for (gsize i = 0; i < G_N_ELEMENTS (nice_phrases); i++)
    {
      if (contains_words (folded, nice_phrases[i]))
        return TRUE;
    }

  return FALSE;
}

/*
 * Where the offer names the subject of a degree it asks for ("Master en ergonomie, psychologie
 * cognitive ou design", "MSc in computer science, statistics or a related field"): byte ranges
 * (pairs of gsize) from the subject's first word to the end of its sentence or line. A skill
 * named there is the degree's field, which the education part reads, not a skill asked for.
 */
static GArray *
degree_subject_spans (const char *text)
{
  g_autoptr(GRegex) regex = g_regex_new (
    "\\b(bac\\s*\\+\\s*\\d(\\s*(/|à|a|-|ou)\\s*(bac\\s*\\+\\s*)?\\d)*|bts|btsa|but|dut|deust|licence(?!\\s+(de|d')\\s*soud)|"
    "master|mastère|msc|bsc|mba|ph\\.?\\s?d|doctorat|degree|diplôme|diplome|diploma|bachelor'?s?|ingénieur|école|"
    "nvq|level\\s+\\d|niveau\\s+\\d|cap|bep|bac\\s+pro|city\\s*&\\s*guilds)\\b"
    "[^.;\\n]{0,40}?\\s(en|in|de|d'|d’|of)\\s",
    G_REGEX_CASELESS | G_REGEX_OPTIMIZE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  GArray *spans = g_array_new (FALSE, FALSE, sizeof (gsize));

  g_regex_match (regex, text, 0, &match);
  while (g_match_info_matches (match))
    {
      int start, end;
      gsize stop;

      g_match_info_fetch_pos (match, 0, &start, &end);
      stop = end;
      /* To the end of the sentence or line, or a comma before a figure ("…, 2 ans d'expérience"). */
      while (text[stop] != '\0' && strchr (".;\n", text[stop]) == NULL &&
             !(text[stop] == ',' && g_ascii_isdigit (text[stop + 1 + (text[stop + 1] == ' ')])))
        stop++;
      g_array_append_val (spans, (gsize) { end });
      g_array_append_val (spans, stop);
      g_match_info_next (match, NULL);
    }

  return spans;
}

static gboolean
in_spans (GArray *spans,
          gsize   position)
{
  for (guint i = 0; i + 1 < spans->len; i += 2)
    {
      if (position >= g_array_index (spans, gsize, i) && position < g_array_index (spans, gsize, i + 1))
        return TRUE;
    }

  return FALSE;
}

/* TRUE when the offer already lists a skill of @skill's class (then required if either is). */
static gboolean
merge_with_same_class (PhoenixJobOffer *self,
                       guint            skill,
                       gboolean         required)
{
  guint class = phoenix_taxonomy_get_skill_class (self->taxonomy, skill);

  for (guint i = 0; i < self->skills->len; i++)
    {
      PhoenixOfferSkill *existing = &g_array_index (self->skills, PhoenixOfferSkill, i);

      if (existing->skill == skill || phoenix_taxonomy_get_skill_class (self->taxonomy, existing->skill) == class)
        {
          existing->required = existing->required || required;
          return TRUE;
        }
    }

  return FALSE;
}

static void
match_occupation (PhoenixJobOffer *self)
{
  g_autofree guint *skills = g_new (guint, MAX (self->skills->len, 1));
  guint occupation, runner_up;

  for (guint i = 0; i < self->skills->len; i++)
    skills[i] = g_array_index (self->skills, PhoenixOfferSkill, i).skill;
  if (phoenix_occupation_matcher_match_two (self->taxonomy, self->title, skills, self->skills->len, &occupation,
                                            &runner_up))
    {
      _phoenix_job_offer_set_string (&self->occupation, phoenix_taxonomy_get_occupation_code (self->taxonomy, occupation));
      if (runner_up != G_MAXUINT)
        _phoenix_job_offer_set_string (&self->occupation_runner_up,
                                       phoenix_taxonomy_get_occupation_code (self->taxonomy, runner_up));
    }
}

/* The section of the text's line at byte @offset (the missions past the last line read). */
static PhoenixOfferSection
section_at (GArray *line_start,
            GArray *line_section,
            gsize   offset)
{
  guint line = 0;

  while (line + 1 < line_start->len && g_array_index (line_start, gsize, line + 1) <= offset)
    line++;

  return line < line_section->len ? g_array_index (line_section, PhoenixOfferSection, line)
                                  : PHOENIX_OFFER_SECTION_MISSIONS;
}

/* A skill is weak evidence of a requirement (issue #16) when the offer names it once outside its
 * presentation, among its missions (not its profile), by one word: « transmettre les observations »
 * reads « Réaliser des observations ». */
static void
mark_weak_skills (PhoenixJobOffer *self,
                  GArray          *matches,
                  GArray          *line_start,
                  GArray          *line_section,
                  gboolean         any_heading)
{
  for (guint i = 0; i < self->skills->len; i++)
    {
      PhoenixOfferSkill *skill = &g_array_index (self->skills, PhoenixOfferSkill, i);
      guint class = phoenix_taxonomy_get_skill_class (self->taxonomy, skill->skill);
      guint mentions = 0, weak = 0;

      for (guint m = 0; m < matches->len; m++)
        {
          PhoenixSkillMatch *match = &g_array_index (matches, PhoenixSkillMatch, m);
          PhoenixOfferSection section;

          if (phoenix_taxonomy_get_skill_class (self->taxonomy, match->skill) != class)
            continue;
          section = section_at (line_start, line_section, match->start);
          if (any_heading && (section == PHOENIX_OFFER_SECTION_INTRO || section == PHOENIX_OFFER_SECTION_HEADER))
            continue;
          mentions++;
          /* A requirement of the profile part is evidence however it is worded. */
          weak += section == PHOENIX_OFFER_SECTION_MISSIONS &&
                  memchr (self->text + match->start, ' ', match->end - match->start) == NULL;
        }
      skill->weak = mentions == 1 && weak == 1;
    }
}

void
_phoenix_job_offer_read (PhoenixJobOffer       *self,
                         PhoenixSkillExtractor *extractor)
{
  g_auto(GStrv) lines = g_strsplit (self->text, "\n", -1);
  g_autoptr(GArray) line_section = g_array_new (FALSE, TRUE, sizeof (PhoenixOfferSection));
  g_autoptr(GArray) line_start = g_array_new (FALSE, TRUE, sizeof (gsize));
  g_autoptr(GArray) matches = NULL;
  g_autoptr(GArray) subjects = NULL;
  g_autofree char *folded_text = NULL;
  g_autofree char *header_text = NULL;
  g_autoptr(GString) header = g_string_new (NULL);
  g_autoptr(GString) education_text = g_string_new (NULL);
  PhoenixOfferSection current = PHOENIX_OFFER_SECTION_HEADER;
  gboolean any_heading = FALSE;
  guint header_lines = 0;
  gsize offset = 0;

  _phoenix_job_offer_set_string (&self->language, _phoenix_text_detect_language (self->text));

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      g_autofree char *value = NULL;
      PhoenixOfferSection section;

      g_array_append_val (line_start, offset);
      offset += strlen (lines[i]) + 1;

      if (_phoenix_offer_line_is_heading (line, &section))
        {
          current = section;
          any_heading = TRUE;
          g_array_append_val (line_section, section);
          continue;
        }

      if (current == PHOENIX_OFFER_SECTION_HEADER && *line == '\0' && header_lines > 0)
        current = PHOENIX_OFFER_SECTION_INTRO;
      g_array_append_val (line_section, current);
      if (*line == '\0')
        continue;

      if ((value = labelled_value (line, company_labels, G_N_ELEMENTS (company_labels))) != NULL)
        _phoenix_job_offer_set_string (&self->company, value);
      else if ((value = labelled_value (line, location_labels, G_N_ELEMENTS (location_labels))) != NULL)
        _phoenix_job_offer_set_string (&self->location, value);
      else if ((value = labelled_value (line, contract_labels, G_N_ELEMENTS (contract_labels))) != NULL)
        {
          g_autofree char *folded = fold (value);

          detect_contract (self, folded);
        }
      else if (current == PHOENIX_OFFER_SECTION_HEADER)
        {
          if (*self->title == '\0')
            {
              g_autofree char *title = clean_title (line);

              _phoenix_job_offer_set_string (&self->title, title);
            }
          else if (*self->company == '\0' && header_lines == 1)
            {
              const char *separators[] = { " — ", " – ", " - ", ", " };
              gboolean split = FALSE;

              for (gsize s = 0; s < G_N_ELEMENTS (separators) && !split; s++)
                {
                  const char *cut = strstr (line, separators[s]);

                  if (cut != NULL)
                    {
                      g_autofree char *company = g_strndup (line, cut - line);
                      g_autofree char *place = g_strdup (cut + strlen (separators[s]));
                      g_autofree char *folded_place = fold (place);

                      /* "Cabinet X — Bordeaux" or "Brightwell Retail Group — Manchester". */
                      _phoenix_job_offer_set_string (&self->company, g_strstrip (company));
                      if (*self->location == '\0')
                        _phoenix_job_offer_set_string (&self->location, g_strstrip (place));
                      split = TRUE;
                    }
                }
              if (!split)
                _phoenix_job_offer_set_string (&self->company, line);
            }
          else if (*self->location == '\0' && header_lines >= 2 && strlen (line) < 60)
            {
              g_autofree char *folded = fold (line);

              if (starts_with_words (folded, "poste base a") || starts_with_words (folded, "based in"))
                _phoenix_job_offer_set_string (&self->location,
                                               g_utf8_offset_to_pointer (line, starts_with_words (folded, "based in") ? 9 : 13));
              else if (!contains_words (folded, "cdi") && !contains_words (folded, "cdd") &&
                  !contains_words (folded, "full time") && !contains_words (folded, "permanent") &&
                  !contains_words (folded, "part time") && !contains_words (folded, "contract") &&
                  !contains_words (folded, "internship") && !contains_words (folded, "seasonal") &&
                  !contains_words (folded, "mission"))
                _phoenix_job_offer_set_string (&self->location, line);
            }
          g_string_append_printf (header, "%s\n", line);
          header_lines++;
        }

      if (current == PHOENIX_OFFER_SECTION_REQUIRED || current == PHOENIX_OFFER_SECTION_NICE ||
          current == PHOENIX_OFFER_SECTION_HEADER || !any_heading)
        g_string_append_printf (education_text, "%s\n", line);
      if (self->experience_years < 0)
        self->experience_years = experience_from_line (line);
    }

  /* The company line may name the place after a comma ("Agence X pour son client Y"); keep what we have. */
  header_text = g_string_free (g_steal_pointer (&header), FALSE);
  {
    g_autofree char *folded_header = fold (header_text);

    detect_contract (self, folded_header);
  }
  folded_text = fold (self->text);
  detect_contract (self, folded_text);
  self->education = phoenix_education_level_from_text (education_text->str);

  /* Skills: nothing from the company's presentation; nice-to-have by section or by clause; no diploma
   * nor a degree's subject (the education part reads those). */
  matches = phoenix_skill_extractor_extract (extractor, self->text, self->language);
  subjects = degree_subject_spans (self->text);
  for (guint i = 0; i < matches->len; i++)
    {
      PhoenixSkillMatch *match = &g_array_index (matches, PhoenixSkillMatch, i);
      PhoenixOfferSection section = section_at (line_start, line_section, match->start);
      gboolean required;

      /* The title, the company's name and the presentation state no requirement. */
      if (any_heading && (section == PHOENIX_OFFER_SECTION_INTRO || section == PHOENIX_OFFER_SECTION_HEADER))
        continue;
      if (phoenix_taxonomy_skill_is_diploma (self->taxonomy, match->skill) || in_spans (subjects, match->start))
        continue;
      required = section != PHOENIX_OFFER_SECTION_NICE && !clause_is_nice (self->text, match->start, match->end);
      /* One recruiter skill named twice under two ids ("Animer une équipe", later "team management") is listed once. */
      if (!merge_with_same_class (self, match->skill, required))
        _phoenix_job_offer_add_skill (self, match->skill, required, match->start, match->end);
    }
  mark_weak_skills (self, matches, line_start, line_section, any_heading);
  _phoenix_job_offer_sort_skills (self);

  match_occupation (self);
}
