/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-offer"

#include "config.h"

#include <string.h>

#include "phoenix-job-offer.h"
#include "phoenix-occupation-matcher.h"
#include "phoenix-test-ats.h"
#include "phoenix-test-util.h"

/*
 * Reading job offers: header fields, headings and sections, required and
 * nice-to-have skills, the 20 labelled offers of tests/data/offers and the 20
 * held out (labelled blind) of tests/data/offers-heldout, with their figures.
 */

static PhoenixTaxonomy *taxonomy;
static PhoenixSkillExtractor *extractor;

static void
test_offer_fields (void)
{
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor,
    "Comptable (H/F) - CDD\nSociété : Dupont SA\nLieu : Brest\n\nProfil recherché\n"
    "Bac+2 minimum, 2 ans d'expérience. Maîtrise d'Excel.\nLa connaissance de Sage serait un plus.\n");
  g_autoptr(PhoenixJobOffer) english = phoenix_job_offer_new_from_text (extractor,
    "Payroll Officer\nAcme Ltd — Leeds\nPart-time, permanent\n\nRequirements\n- 5+ years of payroll experience\n"
    "- Master's degree\n\nNice to have\n- Sage\n");
  g_autofree char *html_text = phoenix_job_offer_html_to_text (
    "<html><head><title>x</title><style>p{}</style></head><body><h1>Data analyst</h1>"
    "<p>Entreprise&nbsp;: Acme</p><ul><li>SQL</li><li>Power&nbsp;BI</li></ul></body></html>");
  GArray *skills = phoenix_job_offer_get_skills (offer);
  guint sage;

  g_assert_cmpstr (phoenix_job_offer_get_title (offer), ==, "Comptable");
  g_assert_cmpstr (phoenix_job_offer_get_company (offer), ==, "Dupont SA");
  g_assert_cmpstr (phoenix_job_offer_get_location (offer), ==, "Brest");
  g_assert_cmpstr (phoenix_job_offer_get_contract (offer), ==, "cdd");
  g_assert_cmpint (phoenix_job_offer_get_education (offer), ==, PHOENIX_EDUCATION_BAC_2);
  g_assert_cmpint (phoenix_job_offer_get_experience_years (offer), ==, 2);
  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "tool:sage", &sage));
  g_assert_cmpuint (skills->len, ==, 2);
  g_assert_true (g_array_index (skills, PhoenixOfferSkill, 0).required);
  g_assert_cmpuint (g_array_index (skills, PhoenixOfferSkill, 1).skill, ==, sage);
  g_assert_false (g_array_index (skills, PhoenixOfferSkill, 1).required);

  /* The user corrects what was misread. */
  phoenix_job_offer_set_skill (offer, sage, TRUE);
  g_assert_true (g_array_index (skills, PhoenixOfferSkill, 0).required && g_array_index (skills, PhoenixOfferSkill, 1).required);
  phoenix_job_offer_remove_skill (offer, sage);
  g_assert_cmpuint (skills->len, ==, 1);
  phoenix_job_offer_set_title (offer, "Comptable fournisseurs");
  g_assert_cmpstr (phoenix_job_offer_get_title (offer), ==, "Comptable fournisseurs");

  g_assert_cmpstr (phoenix_job_offer_get_language (english), ==, "en");
  g_assert_cmpstr (phoenix_job_offer_get_company (english), ==, "Acme Ltd");
  g_assert_cmpstr (phoenix_job_offer_get_location (english), ==, "Leeds");
  g_assert_cmpstr (phoenix_job_offer_get_contract (english), ==, "cdi");
  g_assert_cmpstr (phoenix_job_offer_get_working_time (english), ==, "part-time");
  g_assert_cmpint (phoenix_job_offer_get_experience_years (english), ==, 5);
  g_assert_cmpint (phoenix_job_offer_get_education (english), ==, PHOENIX_EDUCATION_BAC_5);

  g_assert_nonnull (strstr (html_text, "Data analyst\n"));
  g_assert_nonnull (strstr (html_text, "- Power BI"));
  g_assert_null (strstr (html_text, "<"));
  g_assert_null (strstr (html_text, "p{}"));
}

/* ---- Section headings in job offers ---- */

typedef enum
{
  ABSENT,
  REQUIRED,
  NICE,
} SkillState;

typedef struct
{
  const char *id;
  SkillState  state;
} ExpectedSkill;

static SkillState
offer_skill_state (PhoenixJobOffer *offer,
                   const char      *id)
{
  GArray *skills = phoenix_job_offer_get_skills (offer);
  guint index;

  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, id, &index));
  for (guint i = 0; i < skills->len; i++)
    {
      const PhoenixOfferSkill *skill = &g_array_index (skills, PhoenixOfferSkill, i);

      if (skill->skill == index)
        return skill->required ? REQUIRED : NICE;
    }

  return ABSENT;
}

static void
assert_offer_skills (const char          *text,
                     const ExpectedSkill *expected,
                     gsize                n_expected)
{
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, text);
  g_autoptr(GArray) in_text = phoenix_skill_extractor_extract (extractor, text, phoenix_job_offer_get_language (offer));

  for (gsize i = 0; i < n_expected; i++)
    {
      SkillState state = offer_skill_state (offer, expected[i].id);
      gboolean named = FALSE;
      guint index;

      /* A skill the offer leaves out must be in its text: left out by its section. */
      g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, expected[i].id, &index));
      for (guint m = 0; m < in_text->len; m++)
        named = named || g_array_index (in_text, PhoenixSkillMatch, m).skill == index;
      g_assert_true (named);

      if (state != expected[i].state)
        g_test_message ("%s: %d, expected %d in:\n%s", expected[i].id, state, expected[i].state, text);
      g_assert_cmpint (state, ==, expected[i].state);
    }
}

/* The occupation's runner-up (issue #16): an offer whose title hesitates keeps the close second
 * guess beside the first; choosing an occupation drops it; a clear title has none. */
static void
test_offer_occupation_runner_up (void)
{
  g_autoptr(PhoenixJobOffer) content = phoenix_job_offer_new_from_text (extractor,
    "Content marketing manager\nCompany: Northwind Media\n\nResponsibilities\n- Plan the editorial calendar.\n");
  g_autoptr(PhoenixJobOffer) nurse = phoenix_job_offer_new_from_text (extractor,
    "Infirmier en soins généraux (H/F)\nEntreprise : Clinique du Lac\n\nMissions\n- Réaliser les soins infirmiers.\n");
  g_autofree char *first = g_strdup (phoenix_job_offer_get_occupation (content));
  g_autofree char *second = g_strdup (phoenix_job_offer_get_occupation_runner_up (content));

  g_test_message ("content marketing manager: %s, runner-up %s", first, second);
  g_assert_cmpstr (first, !=, "");
  g_assert_cmpstr (second, !=, "");
  g_assert_cmpstr (second, !=, first);
  g_assert_cmpstr (phoenix_job_offer_get_occupation (nurse), ==, "J1506");
  g_assert_cmpstr (phoenix_job_offer_get_occupation_runner_up (nurse), ==, "");

  phoenix_job_offer_set_occupation (content, second);
  g_assert_cmpstr (phoenix_job_offer_get_occupation (content), ==, second);
  g_assert_cmpstr (phoenix_job_offer_get_occupation_runner_up (content), ==, "");
}

/* Issue #16: "a cyber-security analyst offer read as CISO, a content-marketing manager as CMO", and
 * the same in French: the title's trade words and head noun name the job, so the rank the title also
 * carries (manager, « chargée ») does not make it a chief's nor another trade's. @code is the expected
 * fiche, or the start of its code (a ROME domain: M17 marketing) when several of the domain would do;
 * M1711 (Directeur marketing, the CMO) is never right here. */
static void
test_offer_occupation_issue_cases (void)
{
  const struct { const char *text; const char *code; } cases[] = {
    { "Cyber-security Analyst\nCompany: Northwind Bank\n\nResponsibilities\n"
      "- Monitor security alerts and triage incidents.\n- Investigate phishing and malware.\n"
      "\nRequirements\n- Knowledge of TCP/IP and Linux.\n- Incident response.\n", "M1844" },
    { "Content Marketing Manager\nCompany: Northwind Media\n\nResponsibilities\n"
      "- Plan the editorial calendar and write blog posts.\n- Brief freelance writers.\n- Measure SEO results.\n",
      "E1127" },
    { "Analyste en cyber-sécurité (H/F)\nEntreprise : Banque du Lac\n\nMissions\n"
      "- Surveiller les alertes de sécurité.\n- Analyser les incidents et les vulnérabilités.\n", "M1844" },
    { "Chargée de marketing de contenu (H/F)\nEntreprise : Éditions du Lac\n\nMissions\n"
      "- Définir la ligne éditoriale et le calendrier de publication.\n- Rédiger des articles de blog.\n"
      "- Suivre le référencement naturel.\n", "M17" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, cases[i].text);
      const char *code = phoenix_job_offer_get_occupation (offer);

      g_test_message ("%s: %s, runner-up %s", phoenix_job_offer_get_title (offer), code,
                      phoenix_job_offer_get_occupation_runner_up (offer));
      if (strlen (cases[i].code) == 5)
        g_assert_cmpstr (code, ==, cases[i].code);
      else
        g_assert_true (g_str_has_prefix (code, cases[i].code));
      g_assert_cmpstr (code, !=, "M1711");
    }
}

/* Each offer alternates headings that ask for nothing (the company, the benefits) with headings
 * of one family: a skill under a heading of that family is found only when the heading is read
 * as one, since otherwise its line stays in the section before. */
static void
test_offer_headings (void)
{
  static const ExpectedSkill role_en[] = {
    { "tool:salesforce", ABSENT }, { "tool:excel", REQUIRED }, { "tool:docker", ABSENT },
    { "tool:sql", REQUIRED }, { "tool:kubernetes", ABSENT }, { "tool:python", REQUIRED },
    { "tool:figma", ABSENT }, { "tool:git", REQUIRED }, { "tool:java", REQUIRED },
  };
  static const ExpectedSkill role_fr[] = {
    { "tool:salesforce", ABSENT }, { "tool:excel", REQUIRED }, { "tool:docker", ABSENT },
    { "tool:sql", REQUIRED }, { "tool:kubernetes", ABSENT }, { "tool:python", REQUIRED },
    { "tool:figma", ABSENT }, { "tool:git", REQUIRED }, { "tool:hubspot", ABSENT },
    { "tool:java", REQUIRED },
  };
  static const ExpectedSkill profile_en[] = {
    { "tool:salesforce", ABSENT }, { "tool:excel", REQUIRED }, { "tool:docker", ABSENT },
    { "tool:sql", REQUIRED }, { "tool:kubernetes", ABSENT }, { "tool:python", REQUIRED },
    { "tool:figma", ABSENT }, { "tool:git", REQUIRED },
  };
  static const ExpectedSkill profile_fr[] = {
    { "tool:salesforce", ABSENT }, { "tool:excel", REQUIRED }, { "tool:docker", ABSENT },
    { "tool:sql", REQUIRED }, { "tool:kubernetes", ABSENT }, { "tool:python", REQUIRED },
    { "tool:figma", ABSENT }, { "tool:git", REQUIRED },
  };
  static const ExpectedSkill nice_en[] = {
    { "tool:excel", REQUIRED }, { "tool:docker", NICE }, { "tool:sql", REQUIRED },
    { "tool:kubernetes", NICE }, { "tool:python", REQUIRED }, { "tool:figma", NICE },
    { "tool:salesforce", ABSENT },
  };
  static const ExpectedSkill nice_fr[] = {
    { "tool:excel", REQUIRED }, { "tool:docker", NICE }, { "tool:sql", REQUIRED },
    { "tool:kubernetes", NICE }, { "tool:python", REQUIRED }, { "tool:figma", NICE },
    { "tool:salesforce", ABSENT },
  };
  /* Sentences and fields that begin like headings change no section. */
  static const ExpectedSkill sentences[] = {
    { "tool:excel", REQUIRED }, { "tool:docker", NICE }, { "tool:kubernetes", NICE },
    { "tool:git", NICE }, { "tool:python", NICE }, { "tool:sql", NICE }, { "tool:salesforce", NICE },
  };
  g_autoptr(PhoenixJobOffer) city = NULL;

  assert_offer_skills ("Reporting Analyst\nAcme Ltd — Leeds\nFull-time, permanent\n\n"
                       "Who we are\nAcme sells Salesforce consulting to retailers.\n\n"
                       "Your duties\n- Build weekly reports in Excel.\n\n"
                       "Benefits\n- Free Docker training.\n\n"
                       "Main tasks:\n- Write queries in SQL.\n\n"
                       "Perks & benefits\n- A yearly Kubernetes conference.\n\n"
                       "🚀 What you'll be doing\n- Automate the exports with Python.\n\n"
                       "Why join us?\n- Our designers teach Figma on Fridays.\n\n"
                       "**Day to day**\n- Keep the scripts in Git.\n\n"
                       "About the company\nFounded in 1990.\n\n"
                       "## Key duties and responsibilities\n- Maintain the Java batch jobs.\n",
                       role_en, G_N_ELEMENTS (role_en));
  assert_offer_skills ("Analyste reporting (H/F)\nAcme — Lyon\nCDI\n\n"
                       "Qui sommes-nous ?\nAcme revend des licences Salesforce.\n\n"
                       "Vos missions principales\n- Produire les tableaux de bord sous Excel.\n\n"
                       "Avantages\n- Formation Docker offerte.\n\n"
                       "Ce que vous ferez :\n- Écrire les requêtes SQL.\n\n"
                       "L'entreprise\nNos équipes déploient Kubernetes.\n\n"
                       "Au quotidien\n- Automatiser les exports en Python.\n\n"
                       "Pourquoi nous rejoindre ?\n- Nos graphistes animent des ateliers Figma.\n\n"
                       "Descriptif du poste\n- Versionner les scripts avec Git.\n\n"
                       "Notre mission\nNous outillons les PME avec HubSpot.\n\n"
                       "Activités principales :\n- Maintenir les traitements Java.\n",
                       role_fr, G_N_ELEMENTS (role_fr));
  assert_offer_skills ("Data Analyst\nAcme Ltd — Leeds\n\n"
                       "About us\nWe resell Salesforce.\n\n"
                       "What you'll bring\n- Advanced Excel.\n\n"
                       "What we offer\n- Docker training.\n\n"
                       "Essential criteria:\n- SQL.\n\n"
                       "Salary and benefits\n- Kubernetes conference tickets.\n\n"
                       "Who you are\n- Fluent in Python.\n\n"
                       "Additional information\n- Figma licences for everyone.\n\n"
                       "Skills & experience\n- Git.\n",
                       profile_en, G_N_ELEMENTS (profile_en));
  assert_offer_skills ("Data analyst (F/H)\nAcme — Brest\n\n"
                       "À propos de nous\nNous revendons Salesforce.\n\n"
                       "Qui êtes-vous ?\n- Excel avancé.\n\n"
                       "Ce que nous offrons\n- Formation Docker.\n\n"
                       "Compétences requises :\n- SQL.\n\n"
                       "Informations complémentaires\n- Conférence Kubernetes offerte.\n\n"
                       "Savoir-faire\n- Python.\n\n"
                       "Les avantages du poste\n- Licence Figma pour tous.\n\n"
                       "Prérequis\n- Git.\n",
                       profile_fr, G_N_ELEMENTS (profile_fr));
  assert_offer_skills ("Data Engineer\nAcme Ltd — Leeds\n\n"
                       "Must have\n- Excel.\n\n"
                       "Desirable criteria\n- Docker.\n\n"
                       "Qualifications\n- SQL.\n\n"
                       "Even better if:\n- Kubernetes.\n\n"
                       "What we're looking for\n- Python.\n\n"
                       "Bonus points\n- Figma.\n\n"
                       "Benefits\n- Salesforce certification paid.\n",
                       nice_en, G_N_ELEMENTS (nice_en));
  assert_offer_skills ("Ingénieur data (H/F)\nAcme — Lyon\n\n"
                       "Votre profil\n- Excel.\n\n"
                       "Atouts\n- Docker.\n\n"
                       "Vos compétences :\n- SQL.\n\n"
                       "Ce qui ferait la différence\n- Kubernetes.\n\n"
                       "Profil souhaité\n- Python.\n\n"
                       "Les petits plus\n- Figma.\n\n"
                       "Avantages\n- Certification Salesforce financée.\n",
                       nice_fr, G_N_ELEMENTS (nice_fr));
  assert_offer_skills ("Data Engineer\nAcme — Brest\n\n"
                       "Profil\n- Excel.\n\n"
                       "Un plus\n"
                       "Profil rigoureux et autonome, vous connaissez Docker\n"
                       "Experience with Kubernetes in production\n"
                       "Missions variées sous Git\n"
                       "- Skills: Python\n"
                       "Poste : data engineer SQL\n"
                       "Salaire : selon Salesforce\n",
                       sentences, G_N_ELEMENTS (sentences));

  /* "Nice" alone in the header is a city, not "Nice to have". */
  city = phoenix_job_offer_new_from_text (extractor, "Data Analyst\nAcme\nNice\n\nRequirements\n- SQL.\n");
  g_assert_cmpstr (phoenix_job_offer_get_location (city), ==, "Nice");
  g_assert_cmpint (offer_skill_state (city, "tool:sql"), ==, REQUIRED);
}

/* ---- The labelled offers: the 20 the extractor was tuned on, and 20 held out ---- */

typedef struct
{
  double precision, recall, fields, occupations, ranks;
  double class_precision, class_recall;  /* an extracted skill counts when it names a label's skill by another id */
  guint french, english;
} OfferScores;

/*
 * Measures skill extraction, offer fields and occupations over the labelled
 * offers of tests/data/<folder>, which must hold @count of them. An extracted
 * skill is right when it is one of a label's ids, and only once: a second
 * skill for a label already found is a duplicate the user would read twice,
 * counted wrong. With @details, each offer's misses are a test message (never
 * for a held-out set: its figures are the point, not what to tune on).
 */
static OfferScores
measure_offers (const char *folder,
                guint       count,
                gboolean    details)
{
  g_autofree char *relative = g_build_filename ("tests", "data", folder, NULL);
  g_autofree char *dir_path = phoenix_test_source_path (relative);
  g_autoptr(GPtrArray) names = phoenix_test_list_files (dir_path, ".txt");
  guint true_positives = 0, found = 0, expected_total = 0, unnamed = 0, duplicates = 0;
  guint class_positives = 0, class_found = 0;
  guint fields_right = 0, fields_total = 0, occupations_right = 0, rank_right = 0, rank_total = 0;
  guint french = 0, english = 0;
  double precision, recall;

  g_assert_cmpuint (names->len, ==, count);

  for (guint i = 0; i < names->len; i++)
    {
      const char *offer_name = g_ptr_array_index (names, i);
      g_autofree char *base = g_strndup (offer_name, strlen (offer_name) - 4);
      g_autofree char *expected_name = g_strconcat (base, ".expected", NULL);
      g_autofree char *expected_path = g_build_filename (dir_path, expected_name, NULL);
      g_autoptr(PhoenixJobOffer) offer = phoenix_test_offer_load (extractor, folder, offer_name);
      g_autoptr(PhoenixTestOfferLabels) expected = phoenix_test_offer_labels_load (taxonomy, expected_path);
      g_autofree gboolean *seen = g_new0 (gboolean, MAX (expected->labels->len, 1));
      g_autofree gboolean *seen_class = g_new0 (gboolean, MAX (expected->labels->len, 1));
      GArray *skills = phoenix_job_offer_get_skills (offer);
      g_autoptr(GString) report = g_string_new (NULL);
      const char *field_names[] = { "language", "title", "company", "location", "contract", "education", "experience" };
      guint offer_tp = 0;

      french += g_str_has_prefix (offer_name, "fr-");
      english += g_str_has_prefix (offer_name, "en-");

      for (guint s = 0; s < skills->len; s++)
        {
          PhoenixOfferSkill *skill = &g_array_index (skills, PhoenixOfferSkill, s);
          const char *id = phoenix_taxonomy_get_skill_id (taxonomy, skill->skill);
          int label = phoenix_test_offer_labels_find (expected, skill->skill);
          int class_label = phoenix_test_offer_labels_find_class (expected, taxonomy, skill->skill);

          found++;
          class_found++;
          if (class_label >= 0 && !seen_class[class_label])
            {
              seen_class[class_label] = TRUE;
              class_positives++;
            }
          if (label >= 0 && !seen[label])
            {
              PhoenixTestLabel *want = g_ptr_array_index (expected->labels, label);

              seen[label] = TRUE;
              offer_tp++;
              rank_total++;
              if (want->required == skill->required)
                rank_right++;
              else
                g_string_append_printf (report, " %s:%s", id, skill->required ? "required" : "nice");
            }
          else if (label >= 0)
            {
              duplicates++;
              g_string_append_printf (report, " =%s", id);
            }
          else
            g_string_append_printf (report, " +%s “%s”", id, phoenix_taxonomy_get_skill_label (taxonomy, skill->skill,
                                                                                          phoenix_job_offer_get_language (offer)));
        }
      for (guint l = 0; l < expected->labels->len; l++)
        {
          PhoenixTestLabel *want = g_ptr_array_index (expected->labels, l);

          unnamed += !want->known;
          if (!seen[l])
            g_string_append_printf (report, " -%s%s", want->ids, want->known ? "" : " (not in the taxonomy)");
        }
      true_positives += offer_tp;
      expected_total += expected->labels->len;

      for (gsize k = 0; k < G_N_ELEMENTS (field_names); k++)
        {
          const char *want = g_hash_table_lookup (expected->fields, field_names[k]);
          g_autofree char *got = NULL;

          g_assert_nonnull (want);
          if (k == 0)
            got = g_strdup (phoenix_job_offer_get_language (offer));
          else if (k == 1)
            got = g_strdup (phoenix_job_offer_get_title (offer));
          else if (k == 2)
            got = g_strdup (phoenix_job_offer_get_company (offer));
          else if (k == 3)
            got = g_strdup (phoenix_job_offer_get_location (offer));
          else if (k == 4)
            got = g_strdup (phoenix_job_offer_get_contract (offer));
          else if (k == 5)
            got = g_strdup (phoenix_education_level_to_string (phoenix_job_offer_get_education (offer),
                                                                 phoenix_job_offer_get_language (offer)));
          else
            got = g_strdup_printf ("%d", phoenix_job_offer_get_experience_years (offer));
          fields_total++;
          if (g_strcmp0 (got, want) == 0)
            fields_right++;
          else
            g_string_append_printf (report, " %s=“%s” (expected “%s”)", field_names[k], got, want);
        }
      if (g_strcmp0 (phoenix_job_offer_get_occupation (offer), g_hash_table_lookup (expected->fields, "occupation")) == 0)
        occupations_right++;
      else
        g_string_append_printf (report, " occupation=%s (expected %s)", phoenix_job_offer_get_occupation (offer),
                                (const char *) g_hash_table_lookup (expected->fields, "occupation"));

      if (details)
        g_test_message ("%s: %u/%u skills found, %u expected;%s", offer_name, offer_tp, skills->len,
                        expected->labels->len, report->str);
    }

  precision = found > 0 ? (double) true_positives / found : 0.0;
  recall = expected_total > 0 ? (double) true_positives / expected_total : 0.0;
  g_test_message ("%s: skill extraction over %u offers (%u French, %u English): precision %.3f (%u/%u, %u duplicates), "
                  "recall %.3f (%u/%u; %u labels the taxonomy cannot name)",
                  folder, names->len, french, english, precision, true_positives, found, duplicates, recall,
                  true_positives, expected_total, unnamed);
  g_test_message ("%s: counting another id of a label's skill (the taxonomy's classes) as that skill: precision %.3f, recall %.3f",
                  folder, class_found > 0 ? (double) class_positives / class_found : 0.0,
                  expected_total > 0 ? (double) class_positives / expected_total : 0.0);
  g_test_message ("%s: required/nice-to-have right for %u of %u found skills; offer fields %u/%u; occupations %u/%u",
                  folder, rank_right, rank_total, fields_right, fields_total, occupations_right, names->len);

  return (OfferScores) {
    .precision = precision,
    .recall = recall,
    .fields = (double) fields_right / fields_total,
    .occupations = (double) occupations_right / names->len,
    .ranks = rank_total > 0 ? (double) rank_right / rank_total : 0.0,
    .class_precision = class_found > 0 ? (double) class_positives / class_found : 0.0,
    .class_recall = expected_total > 0 ? (double) class_positives / expected_total : 0.0,
    .french = french,
    .english = english,
  };
}

/* Issue #16: a degree's subject is the education asked for, not a skill ("MSc in computer science,
 * statistics or a related field", « Master en ergonomie ou psychologie cognitive »). */
static void
test_offer_degree_subject (void)
{
  g_autoptr(PhoenixJobOffer) french = phoenix_job_offer_new_from_text (extractor,
    "Ergonome (H/F)\n\nProfil recherché\n- Master en ergonomie ou psychologie cognitive.\n- Maîtrise de Figma.\n");
  g_autoptr(PhoenixJobOffer) english = phoenix_job_offer_new_from_text (extractor,
    "UX Researcher\n\nRequirements\n- MSc in computer science, statistics or a related field.\n"
    "- Experience with Figma.\n");
  PhoenixJobOffer *offers[] = { french, english };
  guint figma;

  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "tool:figma", &figma));
  for (gsize i = 0; i < G_N_ELEMENTS (offers); i++)
    {
      GArray *skills = phoenix_job_offer_get_skills (offers[i]);

      g_assert_cmpint (phoenix_job_offer_get_education (offers[i]), ==, PHOENIX_EDUCATION_BAC_5);
      g_assert_cmpuint (skills->len, ==, 1);
      g_assert_cmpuint (g_array_index (skills, PhoenixOfferSkill, 0).skill, ==, figma);
    }
}

static void
test_offers_extraction (void)
{
  OfferScores scores = measure_offers ("offers", 20, TRUE);

  g_print ("# precision=%.3f recall=%.3f (by class %.3f %.3f) fields=%.3f occupations=%.3f\n", scores.precision,
           scores.recall, scores.class_precision, scores.class_recall, scores.fields, scores.occupations);

  g_assert_cmpuint (scores.french, ==, 10);
  g_assert_cmpuint (scores.english, ==, 10);
  /* Issue #16 moved two things these labels counted as skills to the education part (diplomas, "BTS
   * comptabilité et gestion", and degree subjects, "Bachelor's degree in Computer Science"): recall
   * 0.962 → 0.899. Precision 0.910 → 0.811: the trade phrases find skills the labels left out (code
   * review, medication administration, cash handling, teamwork) besides a few wrong ones. */
  g_assert_cmpfloat (scores.precision, >=, 0.78);
  g_assert_cmpfloat (scores.recall, >=, 0.87);
  g_assert_cmpfloat (scores.fields, >=, 0.85);
  g_assert_cmpfloat (scores.occupations, >=, 0.85);
  g_assert_cmpfloat (scores.ranks, >=, 0.85);
}

/* 20 offers written and labelled from the taxonomy without looking at the extractor's
 * output, in trades the tuned set lacks: an honest measure. The floor only catches a
 * regression; the printed figures are the point. */
static void
test_offers_held_out (void)
{
  OfferScores scores = measure_offers ("offers-heldout", 20, FALSE);

  g_print ("# held-out: precision=%.3f recall=%.3f (by class %.3f %.3f) fields=%.3f occupations=%.3f\n", scores.precision,
           scores.recall, scores.class_precision, scores.class_recall, scores.fields, scores.occupations);

  g_assert_cmpuint (scores.french, ==, 10);
  g_assert_cmpuint (scores.english, ==, 10);
  /* Floors just under what was measured when the set was written and after the general fixes it led to
   * (headings read by their words, labels without their brackets, soft skills as offers name them):
   * precision 0.743 → 0.652 (most of the new "false" ones are soft qualities the offers do ask for,
   * "rigueur", "ponctualité", "strong leadership", that the blind labels left out), recall 0.326 → 0.391.
   * Issue #16: precision 0.652 → 0.50, recall 0.391 → 0.38. Its phrases name the offers' trade skills by
   * other ids than these labels chose (« vidange », « entretien des véhicules », « diagnostic ») and find
   * skills they left out; diplomas and degree subjects left the skills. Measured, not tuned on. Issue
   * #16's third round (2026-12-08): 0.483, 0.378 (87/180, 87/230); with 114 more tools 0.478, and with
   * ESCO v1.2.0's English labels too 0.476 (recall 0.396): under the precision floor, so not kept. */
  g_assert_cmpfloat (scores.precision, >=, 0.48);
  g_assert_cmpfloat (scores.recall, >=, 0.37);
  g_assert_cmpfloat (scores.fields, >=, 0.85);
  g_assert_cmpfloat (scores.occupations, >=, 0.65);
}

/* The recruiter-labelled offers (tests/data/offers-recruiter): 32 to improve the extractor on… */
static void
test_offers_recruiter_tuning (void)
{
  OfferScores scores = measure_offers ("offers-recruiter/tuning", 32, TRUE);

  g_print ("# recruiter tuning: precision=%.3f recall=%.3f (by class %.3f %.3f) fields=%.3f occupations=%.3f ranks=%.3f\n",
           scores.precision, scores.recall, scores.class_precision, scores.class_recall, scores.fields, scores.occupations,
           scores.ranks);
  g_assert_cmpuint (scores.french, ==, 16);
  g_assert_cmpuint (scores.english, ==, 16);
  /* The tuning half (the taxonomy's hand-made phrases and tools were written reading it). */
  g_assert_cmpfloat (scores.precision, >=, 0.90);
  g_assert_cmpfloat (scores.recall, >=, 0.85);
  /* Issue #16, item 4: occupations guessed right, goal 27/32 on each half: 28/32 before and after (« Agent
   * d'accueil et d'état civil » now the town hall's, « Soudeur TIG / MIG » the MIG/MAG welder, with the
   * welder the label names as runner-up). */
  g_assert_cmpfloat (scores.occupations * 32, >=, 27);
}

/* …and 32 held out: figures only, never their misses. */
static void
test_offers_recruiter_held_out (void)
{
  OfferScores scores = measure_offers ("offers-recruiter/heldout", 32, FALSE);

  g_print ("# recruiter held-out: precision=%.3f recall=%.3f (by class %.3f %.3f) fields=%.3f occupations=%.3f ranks=%.3f\n",
           scores.precision, scores.recall, scores.class_precision, scores.class_recall, scores.fields, scores.occupations,
           scores.ranks);
  g_assert_cmpuint (scores.french, ==, 16);
  g_assert_cmpuint (scores.english, ==, 16);
  /* Floors of the held-out half (labels first, never tuned on). Measured 2026-12-07: precision 0.813,
   * recall 0.485; then certifications, standards and named tools as terms, the shared last word (« permis
   * C ou CE ») and the « -age »/« -ition » nouns read as their verbs: precision 0.798, recall 0.520 (the
   * labels the taxonomy cannot name 88 → 79). The new terms also find what these labels leave out (on the
   * 20 offers above: NMC registration in a nurse's offer, RGAA in a UX designer's), hence the precision.
   * Issue #16's goal, recall ≥ 0.85 at precision ≥ 0.90, is not reached: reported, not hidden.
   * Third round (2026-12-08; French noun rules, French word synonyms from ESCO's labels, the transversal
   * flag): precision 0.795 (210/264), recall 0.520 (210/404). */
  g_assert_cmpfloat (scores.precision, >=, 0.79);
  g_assert_cmpfloat (scores.recall, >=, 0.51);
  g_assert_cmpfloat (scores.ranks, >=, 0.95);
  /* Issue #16, item 4: occupations guessed right, 19/32 before the title rules (rank words, head nouns,
   * compounds, rare words), 21/32 after; the goal, 27/32, is not reached: reported, not hidden (only the
   * total is read). */
  g_assert_cmpfloat (scores.occupations * 32, >=, 21);
  if (scores.occupations * 32 < 27)
    g_test_incomplete ("issue #16's occupation goal (27/32 on the held-out half) not reached yet");
  if (scores.recall < 0.85 || scores.precision < 0.90)
    g_test_incomplete ("issue #16's goal (held-out recall >= 0.85 at precision >= 0.90) not reached yet");
}

static gpointer
prepare_thread (gpointer data)
{
  phoenix_occupation_matcher_prepare (data);

  return NULL;
}

/*
 * The app builds the taxonomy's tables in a worker thread after unlocking;
 * an offer read on the main thread meanwhile waits for them and finds the
 * same skills and occupation as with tables built on the spot.
 */
static void
test_taxonomy_prepare_in_thread (void)
{
  g_autofree char *path = phoenix_taxonomy_get_default_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTaxonomy) fresh = phoenix_taxonomy_new_from_file (path, &error);
  g_autoptr(PhoenixSkillExtractor) fresh_extractor = NULL;
  g_autofree char *offer_path = phoenix_test_source_path ("tests/data/offers/en-07-warehouse-supervisor.txt");
  g_autofree char *text = NULL;
  g_autoptr(PhoenixJobOffer) expected = NULL;
  g_autoptr(PhoenixJobOffer) offer = NULL;
  GArray *want, *got;
  GThread *thread;

  g_assert_no_error (error);
  g_file_get_contents (offer_path, &text, NULL, &error);
  g_assert_no_error (error);
  expected = phoenix_job_offer_new_from_text (extractor, text);

  fresh_extractor = phoenix_skill_extractor_new (fresh);
  thread = g_thread_new ("prepare", prepare_thread, fresh);
  offer = phoenix_job_offer_new_from_text (fresh_extractor, text);
  g_thread_join (thread);

  g_assert_cmpstr (phoenix_job_offer_get_occupation (offer), ==, phoenix_job_offer_get_occupation (expected));
  want = phoenix_job_offer_get_skills (expected);
  got = phoenix_job_offer_get_skills (offer);
  g_assert_cmpuint (got->len, ==, want->len);
  g_assert_cmpuint (got->len, >, 5);
  for (guint i = 0; i < got->len; i++)
    g_assert_cmpstr (phoenix_taxonomy_get_skill_id (fresh, g_array_index (got, PhoenixOfferSkill, i).skill), ==,
                     phoenix_taxonomy_get_skill_id (taxonomy, g_array_index (want, PhoenixOfferSkill, i).skill));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  phoenix_test_ats_init (&taxonomy, &extractor);

  g_test_add_func ("/ats/taxonomy/prepare-in-thread", test_taxonomy_prepare_in_thread);
  g_test_add_func ("/ats/offer/fields", test_offer_fields);
  g_test_add_func ("/ats/offer/degree-subject", test_offer_degree_subject);
  g_test_add_func ("/ats/offer/headings", test_offer_headings);
  g_test_add_func ("/ats/offer/occupation-runner-up", test_offer_occupation_runner_up);
  g_test_add_func ("/ats/offer/occupation-issue-cases", test_offer_occupation_issue_cases);
  g_test_add_func ("/ats/offer/twenty-labelled", test_offers_extraction);
  g_test_add_func ("/ats/offer/held-out", test_offers_held_out);
  g_test_add_func ("/ats/offer/recruiter-tuning", test_offers_recruiter_tuning);
  g_test_add_func ("/ats/offer/recruiter-held-out", test_offers_recruiter_held_out);

  return phoenix_test_ats_run (&taxonomy, &extractor);
}
