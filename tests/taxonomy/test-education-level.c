/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-education-level"

#include "config.h"

#include "phoenix-education-level.h"

/* The education levels offers and CVs name, French and English. */

static void
test_from_text (void)
{
  static const struct { const char *text; PhoenixEducationLevel level; } cases[] = {
    { "Bac+5 en statistique ou en informatique.", PHOENIX_EDUCATION_BAC_5 },
    { "BAC + 2 minimum (BTS, DUT)", PHOENIX_EDUCATION_BAC_2 },
    { "Bac+2 à Bac+5 : la formation compte moins que l'expérience", PHOENIX_EDUCATION_BAC_2 },
    { "Titulaire d'une licence professionnelle", PHOENIX_EDUCATION_BAC_3 },
    { "Diplôme d'ingénieur ou Master", PHOENIX_EDUCATION_BAC_5 },
    { "Doctorat en biologie", PHOENIX_EDUCATION_DOCTORATE },
    { "CAP cuisine exigé", PHOENIX_EDUCATION_CAP },
    { "Baccalauréat requis", PHOENIX_EDUCATION_BAC },
    { "Master's degree in Finance", PHOENIX_EDUCATION_BAC_5 },
    { "Bachelor's degree or equivalent", PHOENIX_EDUCATION_BAC_3 },
    { "A PhD is a plus", PHOENIX_EDUCATION_DOCTORATE },
    { "High school diploma", PHOENIX_EDUCATION_BAC },
    /* Not a degree: a driving licence, a Scrum Master, no level at all. */
    { "Permis B et licence de conduire", PHOENIX_EDUCATION_UNKNOWN },
    { "Valid driving license required", PHOENIX_EDUCATION_UNKNOWN },
    { "Certified Scrum Master", PHOENIX_EDUCATION_UNKNOWN },
    { "Trois ans d'expérience en comptabilité", PHOENIX_EDUCATION_UNKNOWN },
    { "", PHOENIX_EDUCATION_UNKNOWN },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (phoenix_education_level_from_text (cases[i].text), ==, cases[i].level);
    }
}

/*
 * Issue #16: French degrees at their level of the national nomenclature (levels 3 to 8, RNCP), the
 * Diplômes d'État of care and social work among them (a Diplôme d'État d'infirmier is a licence
 * grade, Bac+3), the BUT at Bac+3 since 2021, and an English "but" no degree at all.
 */
static void
test_french_nomenclature (void)
{
  static const struct { const char *text; PhoenixEducationLevel level; } cases[] = {
    { "Diplôme d'État d'infirmier", PHOENIX_EDUCATION_BAC_3 },
    { "DE infirmier", PHOENIX_EDUCATION_BAC_3 },
    { "Diplôme d'État d'éducateur spécialisé", PHOENIX_EDUCATION_BAC_3 },
    { "Diplôme d'État d'aide-soignant", PHOENIX_EDUCATION_BAC },
    { "Diplôme d'État d'auxiliaire de puériculture exigé", PHOENIX_EDUCATION_BAC },
    { "DEAES ou diplôme d'État d'accompagnant éducatif et social", PHOENIX_EDUCATION_CAP },
    { "Diplôme d'État de masseur-kinésithérapeute", PHOENIX_EDUCATION_BAC_5 },
    { "Titre professionnel de niveau 5 (RNCP)", PHOENIX_EDUCATION_BAC_2 },
    { "Certification RNCP niveau 6", PHOENIX_EDUCATION_BAC_3 },
    { "Diplôme de niveau 7", PHOENIX_EDUCATION_BAC_5 },
    { "Titre professionnel niveau 3", PHOENIX_EDUCATION_CAP },
    { "Diplôme conférant le grade de licence", PHOENIX_EDUCATION_BAC_3 },
    { "BUT Informatique", PHOENIX_EDUCATION_BAC_3 },
    { "Bachelor universitaire de technologie", PHOENIX_EDUCATION_BAC_3 },
    { "Experience is welcome but not required", PHOENIX_EDUCATION_UNKNOWN },
    { "Niveau 5 en natation", PHOENIX_EDUCATION_UNKNOWN },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("“%s”", cases[i].text);
      g_assert_cmpint (phoenix_education_level_from_text (cases[i].text), ==, cases[i].level);
    }
}

/* Levels are ordered, and each has a short label in both languages. */
static void
test_labels (void)
{
  g_assert_cmpstr (phoenix_education_level_to_string (PHOENIX_EDUCATION_BAC_2, "fr"), ==, "Bac+2");
  g_assert_cmpstr (phoenix_education_level_to_string (PHOENIX_EDUCATION_BAC_3, "en"), ==, "Bachelor's");
  g_assert_cmpstr (phoenix_education_level_to_string (PHOENIX_EDUCATION_UNKNOWN, "fr"), ==, "");
  for (int level = PHOENIX_EDUCATION_CAP; level <= PHOENIX_EDUCATION_DOCTORATE; level++)
    {
      g_assert_cmpstr (phoenix_education_level_to_string (level, "fr"), !=, "");
      g_assert_cmpstr (phoenix_education_level_to_string (level, "en"), !=, "");
    }
  g_assert_cmpint (PHOENIX_EDUCATION_CAP, <, PHOENIX_EDUCATION_BAC);
  g_assert_cmpint (PHOENIX_EDUCATION_BAC_5, <, PHOENIX_EDUCATION_DOCTORATE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ats/education-level/from-text", test_from_text);
  g_test_add_func ("/ats/education-level/labels", test_labels);
  g_test_add_func ("/ats/education-level/french-nomenclature", test_french_nomenclature);

  return g_test_run ();
}
