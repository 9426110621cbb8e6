/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-education-level"

#include "config.h"

#include <stdlib.h>

#include "phoenix-education-level.h"
#include "phoenix-text-tokens.h"

/* The levels of the French national nomenclature (2019), 3 to 8: CAP … doctorate. */
static PhoenixEducationLevel
level_from_nomenclature (int level)
{
  static const PhoenixEducationLevel levels[] = {
    PHOENIX_EDUCATION_CAP, PHOENIX_EDUCATION_BAC, PHOENIX_EDUCATION_BAC_2, PHOENIX_EDUCATION_BAC_3,
    PHOENIX_EDUCATION_BAC_5, PHOENIX_EDUCATION_DOCTORATE,
  };

  return level >= 3 && level <= 8 ? levels[level - 3] : PHOENIX_EDUCATION_UNKNOWN;
}

/*
 * Degrees named without "Bac+N": the Diplômes d'État of care and social work at their level (RNCP), the
 * grades, the BUT (Bac+3 since 2021, in capitals: "but" is an English word), and "niveau N" beside a word
 * that makes it a qualification's level (not « niveau 5 en natation »). On @folded text but for the BUT.
 */
static PhoenixEducationLevel
named_level (const char *text,
             const char *folded)
{
  static const struct { const char *pattern; int level; } patterns[] = {
    { "\\b(diplome d etat|de) (d |de |du )?(accompagnant|accompagnante) educati(f|ve) et social|\\bdeaes\\b", 3 },
    { "\\b(diplome d etat|de) (d |de |du )?(aide soignant|aide soignante|auxiliaire de puericulture|moniteur educateur|"
      "monitrice educatrice|ambulancier|ambulanciere)\\b|\\b(deas|deap)\\b", 4 },
    { "\\b(diplome d etat|de) (d |de |du )?(infirmier|infirmiere|educateur specialise|educatrice specialisee|"
      "educateur de jeunes enfants|educatrice de jeunes enfants|assistant de service social|"
      "assistante de service social|ergotherapeute|psychomotricien|psychomotricienne|"
      "manipulateur en electroradiologie|manipulatrice en electroradiologie|conseiller en economie sociale|"
      "conseillere en economie sociale)|\\b(dei|deei|deeje|deass|ifsi)\\b", 6 },
    { "\\b(diplome d etat|de) (d |de |du )?(masseur kinesitherapeute|sage femme|puericultrice|puericulteur|"
      "infirmier anesthesiste|infirmiere anesthesiste)\\b", 7 },
    { "\\bgrade (de )?licence\\b|\\bbachelor universitaire de technologie\\b", 6 },
    { "\\bgrade (de )?master\\b", 7 },
    { "\\b(titre|diplome|certification|rncp|qualification|formation|cec|eqf)\\b.*\\b(niveau|level) ([3-8])\\b", -1 },
    { "\\b(niveau|level) ([3-8])\\b.*\\b(rncp|cec|eqf)\\b", -2 },
  };
  PhoenixEducationLevel lowest = PHOENIX_EDUCATION_UNKNOWN;

  if (g_regex_match_simple ("\\bBUT\\b", text, 0, 0))
    lowest = PHOENIX_EDUCATION_BAC_3;
  for (gsize i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autoptr(GRegex) regex = g_regex_new (patterns[i].pattern, 0, 0, NULL);
      g_autoptr(GMatchInfo) match = NULL;
      PhoenixEducationLevel level;

      if (regex == NULL || !g_regex_match (regex, folded, 0, &match))
        continue;
      if (patterns[i].level < 0)
        {
          g_autofree char *digit = g_match_info_fetch (match, patterns[i].level == -1 ? 3 : 2);

          level = level_from_nomenclature (atoi (digit));
        }
      else
        level = level_from_nomenclature (patterns[i].level);
      if (lowest == PHOENIX_EDUCATION_UNKNOWN || level < lowest)
        lowest = level;
    }

  return lowest;
}

PhoenixEducationLevel
phoenix_education_level_from_text (const char *text)
{
  /* On folded text (no case, no accents): "Bac+5" reads "bac 5", "Master's" "master s". */
  static const struct { const char *pattern; PhoenixEducationLevel level; } patterns[] = {
    { "\\bbac (\\d)\\b", PHOENIX_EDUCATION_UNKNOWN },  /* level from the digit */
    { "\\b(cap|bep)\\b", PHOENIX_EDUCATION_CAP },
    { "\\b(bts|dut|hnd|deust|associate s degree|associate degree)\\b", PHOENIX_EDUCATION_BAC_2 },
    { "(?<!driving |forklift |truck |drivers |driver s )\\b(licence|license|bachelor|bachelors|dcg|bsc|b sc|ba|licence pro)\\b(?! (de conduire|to drive))",
      PHOENIX_EDUCATION_BAC_3 },
    { "(?<!scrum )\\b(master|masters|msc|m sc|mba|dscg|ingenieur|engineering degree)\\b", PHOENIX_EDUCATION_BAC_5 },
    { "\\b(doctorat|phd|ph d|doctorate)\\b", PHOENIX_EDUCATION_DOCTORATE },
    { "\\b(baccalaureat|bac|high school)\\b", PHOENIX_EDUCATION_BAC },
  };
  g_autofree char *folded = NULL;
  PhoenixEducationLevel lowest = PHOENIX_EDUCATION_UNKNOWN;
  gboolean bac_plus = FALSE;

  g_return_val_if_fail (text != NULL, PHOENIX_EDUCATION_UNKNOWN);

  folded = _phoenix_text_fold_words (text);
  for (gsize i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autoptr(GRegex) regex = NULL;
      g_autoptr(GMatchInfo) match = NULL;

      if (bac_plus && patterns[i].level == PHOENIX_EDUCATION_BAC)
        continue;
      regex = g_regex_new (patterns[i].pattern, 0, 0, NULL);
      if (regex == NULL)
        continue;
      g_regex_match (regex, folded, 0, &match);
      while (g_match_info_matches (match))
        {
          PhoenixEducationLevel level = patterns[i].level;

          if (i == 0)
            {
              g_autofree char *digit = g_match_info_fetch (match, 1);
              int years = atoi (digit);

              level = years >= 8 ? PHOENIX_EDUCATION_DOCTORATE :
                      years >= 4 ? PHOENIX_EDUCATION_BAC_5 :
                      years == 3 ? PHOENIX_EDUCATION_BAC_3 :
                      years >= 1 ? PHOENIX_EDUCATION_BAC_2 : PHOENIX_EDUCATION_BAC;
            }
          if (lowest == PHOENIX_EDUCATION_UNKNOWN || level < lowest)
            lowest = level;
          g_match_info_next (match, NULL);
        }
      /* "Bac+5": the bare "bac" pattern must not count it again as a plain bac. */
      if (i == 0 && lowest != PHOENIX_EDUCATION_UNKNOWN)
        bac_plus = TRUE;
    }

  {
    PhoenixEducationLevel named = named_level (text, folded);

    if (named != PHOENIX_EDUCATION_UNKNOWN && (lowest == PHOENIX_EDUCATION_UNKNOWN || named < lowest))
      lowest = named;
  }

  return lowest;
}

const char *
phoenix_education_level_to_string (PhoenixEducationLevel level,
                                   const char           *language)
{
  gboolean english = g_strcmp0 (language, "en") == 0;

  switch (level)
    {
    case PHOENIX_EDUCATION_CAP:
      return english ? "Vocational certificate" : "CAP/BEP";
    case PHOENIX_EDUCATION_BAC:
      return english ? "High school" : "Bac";
    case PHOENIX_EDUCATION_BAC_2:
      return english ? "Associate degree" : "Bac+2";
    case PHOENIX_EDUCATION_BAC_3:
      return english ? "Bachelor's" : "Bac+3";
    case PHOENIX_EDUCATION_BAC_5:
      return english ? "Master's" : "Bac+5";
    case PHOENIX_EDUCATION_DOCTORATE:
      return english ? "PhD" : "Doctorat";
    case PHOENIX_EDUCATION_UNKNOWN:
    default:
      return "";
    }
}
