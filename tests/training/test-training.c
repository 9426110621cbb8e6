/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include <glib/gstdio.h>

#include "phoenix-access-route.h"
#include "phoenix-ats.h"
#include "phoenix-certificate-offer.h"
#include "phoenix-coaching.h"
#include "phoenix-json-resume.h"
#include "phoenix-profile-entries.h"
#include "phoenix-target-suggestion.h"
#include "phoenix-training-analysis.h"
#include "phoenix-training-path.h"

/*
 * Training, from the profile to the path: the skill gap on hand-built profiles
 * (French and English), target suggestions, ROME's accès texts, the starter
 * catalogue and CSV imports, the path on the real catalogue, the certificate
 * offer and the ATS score it raises, the coaching steps. The compiled taxonomy
 * comes from the build folder ($PHOENIX_TAXONOMY).
 */

static PhoenixTaxonomy *taxonomy;
static PhoenixSkillExtractor *extractor;

static guint
skill (const char *id)
{
  guint index = G_MAXUINT;

  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, id, &index));
  return index;
}

static guint
occupation (const char *code)
{
  guint index = G_MAXUINT;

  g_assert_true (phoenix_taxonomy_lookup_occupation (taxonomy, code, &index));
  return index;
}

static void
add_experience (PhoenixProfile *profile,
                const char     *title,
                const char     *employer,
                const char     *start,
                const char     *end,
                const char     *summary)
{
  g_autoptr(PhoenixExperience) experience = phoenix_experience_new ();

  phoenix_experience_set_title (experience, title);
  phoenix_experience_set_employer (experience, employer);
  phoenix_experience_set_start_date (experience, start);
  phoenix_experience_set_end_date (experience, end);
  phoenix_experience_set_current (experience, end == NULL);
  phoenix_experience_set_summary (experience, summary);
  g_list_store_append (phoenix_profile_get_experiences (profile), experience);
}

static void
add_skill (PhoenixProfile *profile,
           const char     *name,
           const char     *level,
           const char     *taxonomy_id)
{
  g_autoptr(PhoenixSkill) entry = phoenix_skill_new ();

  phoenix_skill_set_name (entry, name);
  phoenix_skill_set_level (entry, level);
  phoenix_skill_set_taxonomy_id (entry, taxonomy_id);
  g_list_store_append (phoenix_profile_get_skills (profile), entry);
}

static void
add_education (PhoenixProfile *profile,
               const char     *degree,
               const char     *field)
{
  g_autoptr(PhoenixEducation) entry = phoenix_education_new ();

  phoenix_education_set_degree (entry, degree);
  phoenix_education_set_field (entry, field);
  g_list_store_append (phoenix_profile_get_education (profile), entry);
}

/* A saleswoman who wants to work in web development (fictional). */
static PhoenixProfile *
new_seller_profile (void)
{
  PhoenixProfile *profile = phoenix_profile_new ();

  phoenix_profile_set_name (profile, "Camille Test");
  phoenix_profile_set_headline (profile, "Vendeuse en reconversion vers le développement web");
  phoenix_profile_set_summary (profile, "Curieuse de programmation en Python, je code le soir.");
  add_experience (profile, "Vendeuse en prêt-à-porter", "Boutique Exemple", "2018-03", NULL,
                  "Accueillir les clients, conseiller et vendre des articles de prêt-à-porter, tenir la caisse.");
  add_experience (profile, "Hôtesse de caisse", "Supermarché Exemple", "2015-01", "2018-02",
                  "Encaisser les achats, accueillir les clients.");
  add_skill (profile, "HTML", "", "");
  add_skill (profile, "JavaScript", "Débutante", "");
  add_skill (profile, "Git", "", "tool:git");
  add_education (profile, "Baccalauréat", "Sciences économiques et sociales");

  return profile;
}

static PhoenixGapItem *
find_item (GListModel *items,
           guint       index)
{
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PhoenixGapItem) item = g_list_model_get_item (items, i);

      if (phoenix_gap_item_get_skill (item) == index)
        return item;
    }

  return NULL;
}

/* ---- Skill gap ------------------------------------------------------------------ */

static void
test_gap_hand_built (void)
{
  g_autoptr(PhoenixProfile) profile = new_seller_profile ();
  g_autoptr(PhoenixSkillEvidence) evidence = phoenix_skill_evidence_new (extractor, profile);
  g_autoptr(PhoenixSkillGap) gap = phoenix_skill_gap_new (evidence, occupation ("M1855"), "fr");
  PhoenixGapItem *html, *javascript, *git, *python;
  GListModel *have = phoenix_skill_gap_get_have (gap);
  GListModel *partly = phoenix_skill_gap_get_partly (gap);
  GListModel *missing = phoenix_skill_gap_get_missing (gap);
  guint n_items = g_list_model_get_n_items (have) + g_list_model_get_n_items (partly) +
                  g_list_model_get_n_items (missing) +
                  g_list_model_get_n_items (phoenix_skill_gap_get_nice_to_have (gap)) +
                  g_list_model_get_n_items (phoenix_skill_gap_get_diplomas (gap));
  g_autoptr(GArray) links = phoenix_taxonomy_get_occupation_skills (taxonomy, occupation ("M1855"));
  g_autoptr(GArray) optional = phoenix_taxonomy_get_occupation_optional_skills (taxonomy, occupation ("M1855"));
  g_autoptr(GArray) path_skills = phoenix_skill_gap_get_path_skills (gap);
  PhoenixGapImportance last = PHOENIX_GAP_IMPORTANCE_CORE;

  g_assert_cmpstr (phoenix_skill_gap_get_code (gap), ==, "M1855");
  /* Every skill the taxonomy links to the job is in one group, once. */
  g_assert_cmpuint (n_items, ==, links->len + optional->len);

  /* HTML is listed as a skill: have, with where. */
  html = find_item (have, skill ("tool:html"));
  g_assert_nonnull (html);
  g_assert_cmpstr (phoenix_gap_item_get_evidence (html), ==, "Found in your skills (“HTML”)");
  /* JavaScript at a beginner level: partly, saying so. */
  javascript = phoenix_skill_gap_lookup (gap, skill ("tool:javascript"));
  if (javascript != NULL)
    {
      g_assert_cmpint (phoenix_gap_item_get_status (javascript), ==, PHOENIX_SKILL_STATUS_PARTLY);
      g_assert_nonnull (strstr (phoenix_gap_item_get_evidence (javascript), "Débutante"));
    }
  else
    {
      PhoenixSkillAssessment assessment;

      phoenix_skill_evidence_assess (evidence, skill ("tool:javascript"), &assessment);
      g_assert_cmpint (assessment.status, ==, PHOENIX_SKILL_STATUS_PARTLY);
      g_assert_cmpint (assessment.reason, ==, PHOENIX_PARTLY_LOW_LEVEL);
    }
  /* Git by its taxonomy id; Python only in the summary: in passing. */
  {
    PhoenixSkillAssessment assessment;

    phoenix_skill_evidence_assess (evidence, skill ("tool:git"), &assessment);
    g_assert_cmpint (assessment.status, ==, PHOENIX_SKILL_STATUS_HAVE);
    g_assert_cmpint (assessment.section, ==, PHOENIX_EVIDENCE_SKILLS);
    phoenix_skill_evidence_assess (evidence, skill ("tool:python"), &assessment);
    g_assert_cmpint (assessment.status, ==, PHOENIX_SKILL_STATUS_PARTLY);
    g_assert_cmpint (assessment.reason, ==, PHOENIX_PARTLY_IN_PASSING);
    phoenix_skill_evidence_assess (evidence, skill ("tool:php"), &assessment);
    g_assert_cmpint (assessment.status, ==, PHOENIX_SKILL_STATUS_MISSING);
  }
  git = phoenix_skill_gap_lookup (gap, skill ("tool:git"));
  python = phoenix_skill_gap_lookup (gap, skill ("tool:python"));
  if (git != NULL)
    g_assert_cmpint (phoenix_gap_item_get_status (git), ==, PHOENIX_SKILL_STATUS_HAVE);
  if (python != NULL)
    g_assert_cmpstr (phoenix_gap_item_get_evidence (python), ==, "Only mentioned in passing, in your summary");

  /* The core skills of a web developer are not a saleswoman's: missing, most important first, with why. */
  g_assert_cmpuint (phoenix_skill_gap_get_n_core (gap), >, 3);
  g_assert_cmpfloat (phoenix_skill_gap_get_have_share (gap), <, 0.5);
  g_assert_cmpuint (g_list_model_get_n_items (missing), >, 5);
  for (guint i = 0; i < g_list_model_get_n_items (missing); i++)
    {
      g_autoptr(PhoenixGapItem) item = g_list_model_get_item (missing, i);

      g_assert_cmpint (phoenix_gap_item_get_importance (item), >=, last);
      g_assert_cmpint (phoenix_gap_item_get_importance (item), <=, PHOENIX_GAP_IMPORTANCE_ESSENTIAL);
      last = phoenix_gap_item_get_importance (item);
      g_assert_cmpstr (phoenix_gap_item_get_evidence (item), ==, "");
      g_assert_true (g_str_equal (phoenix_gap_item_get_why (item), "A core skill of the job (ROME)") ||
                     g_str_equal (phoenix_gap_item_get_why (item), "Listed for this job by ROME") ||
                     g_str_equal (phoenix_gap_item_get_why (item), "Essential for this job in ESCO"));
      g_assert_cmpuint (g_array_index (path_skills, guint, i), ==, phoenix_gap_item_get_skill (item));
    }
  g_assert_cmpuint (path_skills->len, ==, g_list_model_get_n_items (missing));
  /* The diplomas ROME lists among the savoirs are no skills to learn: apart, with the ways in. */
  {
    GListModel *diplomas = phoenix_skill_gap_get_diplomas (gap);
    gboolean licence = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (diplomas); i++)
      {
        g_autoptr(PhoenixGapItem) item = g_list_model_get_item (diplomas, i);

        g_assert_true (phoenix_gap_item_get_is_diploma (item));
        licence = licence || g_str_equal (phoenix_gap_item_get_label (item), "Licence mention informatique");
      }
    g_assert_true (licence);
    for (guint i = 0; i < g_list_model_get_n_items (missing); i++)
      {
        g_autoptr(PhoenixGapItem) item = g_list_model_get_item (missing, i);

        g_assert_false (phoenix_gap_item_get_is_diploma (item));
      }
  }
  /* Its own skills of a saleswoman say nothing of web development: no have beyond what the CV names. */
  g_assert_cmpuint (g_list_model_get_n_items (have), <, 6);
}

static void
test_gap_proof_kinds (void)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixSkillEvidence) evidence = NULL;
  g_autoptr(PhoenixSkillGap) gap = NULL;
  PhoenixSkillAssessment assessment;
  PhoenixGapItem *item;
  g_autoptr(PhoenixCertification) certification = phoenix_certification_new ();

  add_experience (profile, "Infirmière", "Hôpital Exemple", "2016-09", NULL,
                  "Réaliser des soins infirmiers en chirurgie.");
  phoenix_certification_set_name (certification, "AFGSU niveau 2");
  g_list_store_append (phoenix_profile_get_certifications (profile), certification);
  evidence = phoenix_skill_evidence_new (extractor, profile);
  gap = phoenix_skill_gap_new (evidence, occupation ("J1506"), "fr");

  /* Named in an experience: "found in Experience 1 (title, employer)". */
  item = phoenix_skill_gap_lookup (gap, skill ("rome:107715"));
  g_assert_nonnull (item);
  g_assert_cmpint (phoenix_gap_item_get_importance (item), ==, PHOENIX_GAP_IMPORTANCE_CORE);
  g_assert_cmpint (phoenix_gap_item_get_status (item), ==, PHOENIX_SKILL_STATUS_HAVE);
  g_assert_cmpstr (phoenix_gap_item_get_evidence (item), ==, "Found in Experience 1 (Infirmière, Hôpital Exemple)");
  /* A more general skill proven by it: "Soins de nursing"? No — "mettre en œuvre des soins infirmiers" (ESCO). */
  phoenix_skill_evidence_assess (evidence, skill ("esco:f98e06f5"), &assessment);
  g_assert_cmpint (assessment.status, ==, PHOENIX_SKILL_STATUS_HAVE);
  g_assert_cmpuint (assessment.via, ==, skill ("rome:107715"));
  /* A related one: two significant words shared, half of its own. */
  phoenix_skill_evidence_assess (evidence, skill ("esco:6acf652c"), &assessment);
  g_assert_cmpint (assessment.status, ==, PHOENIX_SKILL_STATUS_PARTLY);
  g_assert_cmpint (assessment.reason, ==, PHOENIX_PARTLY_RELATED);
  g_assert_cmpuint (assessment.via, ==, skill ("rome:107715"));
  /* The certification proves AFGSU, the strongest place. */
  phoenix_skill_evidence_assess (evidence, skill ("tool:afgsu"), &assessment);
  g_assert_cmpint (assessment.status, ==, PHOENIX_SKILL_STATUS_HAVE);
  g_assert_cmpint (assessment.section, ==, PHOENIX_EVIDENCE_CERTIFICATION);
  /* An unrelated core skill stays missing. */
  phoenix_skill_evidence_assess (evidence, skill ("rome:512259"), &assessment);
  g_assert_cmpint (assessment.status, ==, PHOENIX_SKILL_STATUS_MISSING);
  g_assert_cmpuint (assessment.via, ==, G_MAXUINT);
}

/* A French CV against skills labelled in English, and an English CV against ROME's French skills. */
static void
test_gap_languages (void)
{
  g_autoptr(PhoenixProfile) french = phoenix_profile_new ();
  g_autoptr(PhoenixProfile) english = phoenix_profile_new ();
  g_autoptr(PhoenixSkillEvidence) french_evidence = NULL;
  g_autoptr(PhoenixSkillEvidence) english_evidence = NULL;
  g_autoptr(PhoenixSkillGap) gap_fr = NULL;
  g_autoptr(PhoenixSkillGap) gap_en = NULL;
  g_autoptr(PhoenixSkillGap) english_gap = NULL;
  PhoenixGapItem *item;

  add_experience (french, "Infirmière", "Hôpital Exemple", "2016-09", NULL,
                  "Réaliser des soins infirmiers en chirurgie et réaliser un diagnostic infirmier.");
  add_experience (english, "Registered nurse", "City Hospital", "2016-09", NULL,
                  "Carry out nursing care for surgical patients and carry out a nursing diagnosis.");
  french_evidence = phoenix_skill_evidence_new (extractor, french);
  english_evidence = phoenix_skill_evidence_new (extractor, english);
  g_assert_cmpstr (phoenix_skill_evidence_get_language (french_evidence), ==, "fr");
  g_assert_cmpstr (phoenix_skill_evidence_get_language (english_evidence), ==, "en");

  /* The same French CV, the gap in French and in English: same statuses, labels in each language. */
  gap_fr = phoenix_skill_gap_new (french_evidence, occupation ("J1506"), "fr");
  gap_en = phoenix_skill_gap_new (french_evidence, occupation ("J1506"), "en");
  g_assert_cmpuint (g_list_model_get_n_items (phoenix_skill_gap_get_have (gap_fr)), ==,
                    g_list_model_get_n_items (phoenix_skill_gap_get_have (gap_en)));
  item = phoenix_skill_gap_lookup (gap_en, skill ("rome:125324"));
  g_assert_cmpint (phoenix_gap_item_get_status (item), ==, PHOENIX_SKILL_STATUS_HAVE);
  g_assert_cmpstr (phoenix_gap_item_get_label (item), ==, "Carry out a nursing diagnosis");
  /* An ESCO skill (English first in ESCO) the French CV proves. */
  item = phoenix_skill_gap_lookup (gap_en, skill ("esco:f98e06f5"));
  g_assert_cmpint (phoenix_gap_item_get_status (item), ==, PHOENIX_SKILL_STATUS_HAVE);

  /* The English CV meets ROME's French-only skill through its English label. */
  english_gap = phoenix_skill_gap_new (english_evidence, occupation ("J1506"), "fr");
  item = phoenix_skill_gap_lookup (english_gap, skill ("rome:125324"));
  g_assert_cmpint (phoenix_gap_item_get_status (item), ==, PHOENIX_SKILL_STATUS_HAVE);
  g_assert_cmpstr (phoenix_gap_item_get_label (item), ==, "Réaliser un diagnostic infirmier");
  g_assert_cmpstr (phoenix_gap_item_get_evidence (item), ==, "Found in Experience 1 (Registered nurse, City Hospital)");
}

static void
test_gap_frequency_hook (void)
{
  g_autoptr(PhoenixProfile) profile = new_seller_profile ();
  g_autoptr(PhoenixSkillEvidence) evidence = phoenix_skill_evidence_new (extractor, profile);
  g_autoptr(PhoenixSkillGap) gap = phoenix_skill_gap_new (evidence, occupation ("M1855"), "fr");
  GListModel *missing = phoenix_skill_gap_get_missing (gap);
  g_autoptr(PhoenixGapItem) first = NULL;
  g_autoptr(PhoenixGapItem) last = g_list_model_get_item (missing, g_list_model_get_n_items (missing) - 1);
  PhoenixGapImportance importance = phoenix_gap_item_get_importance (last);
  guint target = phoenix_gap_item_get_skill (last);

  /* Unknown until the flywheel says. */
  g_assert_cmpfloat (phoenix_gap_item_get_frequency (last), ==, -1.0);
  phoenix_skill_gap_set_frequency (gap, target, 0.42);
  g_assert_cmpfloat (phoenix_gap_item_get_frequency (last), ==, 0.42);
  g_assert_nonnull (strstr (phoenix_gap_item_get_why (last), "asked in 42% of the offers"));
  /* Within its importance it now comes first. */
  for (guint i = 0; i < g_list_model_get_n_items (missing); i++)
    {
      g_autoptr(PhoenixGapItem) item = g_list_model_get_item (missing, i);

      if (phoenix_gap_item_get_importance (item) == importance)
        {
          first = g_steal_pointer (&item);
          break;
        }
    }
  g_assert_true (first == last);
}

/* ---- Targets -------------------------------------------------------------------- */

static void
test_targets_suggested (void)
{
  g_autoptr(PhoenixProfile) profile = new_seller_profile ();
  g_autoptr(PhoenixSkillEvidence) evidence = phoenix_skill_evidence_new (extractor, profile);
  g_autoptr(GPtrArray) suggestions = phoenix_target_suggestions_compute (evidence, "fr", 0);
  GArray *own = phoenix_skill_evidence_get_occupations (evidence);
  PhoenixOwnOccupation *current;
  g_autoptr(GArray) moves = NULL;
  gboolean found_move = FALSE;
  double previous = G_MAXDOUBLE;

  /* The current job first: the latest, still held. */
  g_assert_cmpuint (own->len, >=, 1);
  current = &g_array_index (own, PhoenixOwnOccupation, 0);
  g_assert_true (current->current);
  g_assert_cmpint (current->experience, ==, 0);
  moves = phoenix_taxonomy_get_mobilities (taxonomy, current->occupation);
  g_assert_cmpuint (moves->len, >, 0);

  g_assert_cmpuint (suggestions->len, >, 5);
  for (guint i = 0; i < suggestions->len; i++)
    {
      PhoenixTargetSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      guint index = phoenix_target_suggestion_get_occupation (suggestion);
      g_autoptr(PhoenixSkillGap) gap = NULL;

      /* Best first; never the user's own job; a share and a reason. */
      g_assert_cmpfloat (phoenix_target_suggestion_get_score (suggestion), <=, previous);
      previous = phoenix_target_suggestion_get_score (suggestion);
      g_assert_cmpuint (index, !=, current->occupation);
      g_assert_cmpstr (phoenix_target_suggestion_get_why (suggestion), !=, "");
      if (i < 10)
        {
          /* The share is the gap's. */
          gap = phoenix_skill_gap_new (evidence, index, "fr");
          g_assert_cmpfloat_with_epsilon (phoenix_target_suggestion_get_have_share (suggestion),
                                          phoenix_skill_gap_get_have_share (gap), 1e-9);
        }
      if (index == g_array_index (moves, guint, 0))
        {
          found_move = TRUE;
          g_assert_cmpfloat (phoenix_target_suggestion_get_mobility (suggestion), ==, 1.0);
          g_assert_nonnull (strstr (phoenix_target_suggestion_get_why (suggestion),
                                    "A usual move from your job as Vendeuse en prêt-à-porter"));
        }
    }
  /* ROME's first mobility from the current job is suggested, near the top. */
  g_assert_true (found_move);
  g_assert_cmpfloat (phoenix_target_suggestion_get_mobility (g_ptr_array_index (suggestions, 0)), >, 0.0);
}

/* ---- How people get there ---------------------------------------------------------- */

static void
test_access_credentials (void)
{
  static const struct {
    const char            *text;
    const char            *names;   /* recognised, in order, "|" separated */
    PhoenixEducationLevel  lowest;
    PhoenixEducationLevel  highest;
    gboolean               without_diploma;
  } cases[] = {
    { "Cet emploi est accessible sans diplôme particulier. Un CAPA ou un Bac pro dans le domaine agricole ainsi que "
      "différents CACES sont cependant appréciés.", "Sans diplôme|CAP|Bac pro|CACES",
      PHOENIX_EDUCATION_CAP, PHOENIX_EDUCATION_BAC, TRUE },
    { "Cet emploi est accessible avec un diplôme de niveau Bac +3 à Bac +5 en énergies renouvelables.",
      "Bac+3|Bac+5", PHOENIX_EDUCATION_BAC_3, PHOENIX_EDUCATION_BAC_5, FALSE },
    { "Cet emploi est accessible avec un Bac Pro Commerce ou un BTS MCO (Management Commercial Opérationnel).",
      "Bac pro|BTS", PHOENIX_EDUCATION_BAC, PHOENIX_EDUCATION_BAC_2, FALSE },
    { "Cet emploi est accessible avec un Diplôme d'Etat d'Infirmier, obligatoire pour exercer. Celui-ci peut être "
      "complété par l'AFGSU niveau 2.", "Diplôme d'Etat d'Infirmier|AFGSU",
      PHOENIX_EDUCATION_UNKNOWN, PHOENIX_EDUCATION_UNKNOWN, FALSE },
    { "Il est également accessible avec une expérience professionnelle dans le secteur. Un titre professionnel ou "
      "un CQP peut être demandé, ainsi que le permis C et la FIMO.",
      "Expérience professionnelle|Titre professionnel|CQP|Permis C|FIMO",
      PHOENIX_EDUCATION_UNKNOWN, PHOENIX_EDUCATION_UNKNOWN, TRUE },
    { "Cet emploi est accessible avec un Master en droit ou un Doctorat (Bac + 8).", "Master|Doctorat|Bac+8",
      PHOENIX_EDUCATION_BAC_5, PHOENIX_EDUCATION_DOCTORATE, FALSE },
    { "Une Licence professionnelle ou un BUT sont requis; un concours de catégorie B est possible.",
      "Licence pro|BUT|Concours", PHOENIX_EDUCATION_BAC_3, PHOENIX_EDUCATION_BAC_3, FALSE },
    { "", "", PHOENIX_EDUCATION_UNKNOWN, PHOENIX_EDUCATION_UNKNOWN, FALSE },
  };

  for (gsize c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(PhoenixAccessRoute) route = phoenix_access_route_new (cases[c].text);
      GArray *credentials = phoenix_access_route_get_credentials (route);
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *markup = phoenix_access_route_to_markup (route);

      for (guint i = 0; i < credentials->len; i++)
        g_string_append_printf (names, "%s%s", i > 0 ? "|" : "",
                                g_array_index (credentials, PhoenixCredential, i).name);
      g_assert_cmpstr (names->str, ==, cases[c].names);
      g_assert_cmpint (phoenix_access_route_get_lowest_level (route), ==, cases[c].lowest);
      g_assert_cmpint (phoenix_access_route_get_highest_level (route), ==, cases[c].highest);
      g_assert_cmpint (phoenix_access_route_get_open_without_diploma (route), ==, cases[c].without_diploma);
      /* Markup: valid, the credentials in bold, the text otherwise kept. */
      g_assert_true (credentials->len == 0 || strstr (markup, "<b>") != NULL);
      {
        g_autofree char *document = g_strdup_printf ("<markup>%s</markup>", markup);
        GMarkupParser parser = { NULL, };
        g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);

        g_assert_true (g_markup_parse_context_parse (context, document, -1, NULL));
        g_assert_true (g_markup_parse_context_end_parse (context, NULL));
      }
    }
}

static void
test_access_compare (void)
{
  g_autoptr(PhoenixAccessRoute) route =
    phoenix_access_route_new ("Cet emploi est accessible avec un CAP ou un BTS. Il est également accessible avec une "
                              "expérience professionnelle sans diplôme particulier.");
  g_autofree char *below = phoenix_access_route_compare (route, PHOENIX_EDUCATION_UNKNOWN, "fr");
  g_autofree char *between = phoenix_access_route_compare (route, PHOENIX_EDUCATION_BAC, "fr");
  g_autofree char *above = phoenix_access_route_compare (route, PHOENIX_EDUCATION_BAC_5, "en");
  g_autofree char *held = NULL;

  g_assert_cmpstr (below, ==, "ROME names CAP/BEP as the lowest level for this job; your CV names no diploma yet. "
                              "It is also open without that diploma, through experience.");
  g_assert_cmpstr (between, ==, "Your highest level (Bac) reaches the lowest level ROME names for this job (CAP/BEP).");
  g_assert_cmpstr (above, ==, "Your highest level (Master's) reaches every level ROME names for this job "
                              "(up to Associate degree).");

  phoenix_access_route_find_held (route, "BTS Management commercial opérationnel\nCaisse");
  held = phoenix_access_route_compare (route, PHOENIX_EDUCATION_BAC_2, "fr");
  g_assert_nonnull (strstr (held, "Your CV shows BTS, which it names."));
  g_assert_false (g_array_index (phoenix_access_route_get_credentials (route), PhoenixCredential, 0).held);
}

/* Every fiche's text is read; most name something Phoenix recognises. */
static void
test_access_every_fiche (void)
{
  guint n = phoenix_taxonomy_get_n_occupations (taxonomy);
  guint with_text = 0, recognised = 0, levelled = 0;

  for (guint i = 0; i < n; i++)
    {
      const char *text = phoenix_taxonomy_get_occupation_access (taxonomy, i);
      g_autoptr(PhoenixAccessRoute) route = NULL;

      g_assert_true (g_utf8_validate (text, -1, NULL));
      g_assert_null (strstr (text, "''"));
      if (*text == '\0')
        continue;
      with_text++;
      route = phoenix_access_route_new (text);
      recognised += phoenix_access_route_get_credentials (route)->len > 0;
      levelled += phoenix_access_route_get_lowest_level (route) != PHOENIX_EDUCATION_UNKNOWN;
    }
  g_test_message ("accès texts: %u of %u fiches; a credential recognised in %u (%.1f%%), a level in %u (%.1f%%)",
                  with_text, n, recognised, 100.0 * recognised / with_text, levelled, 100.0 * levelled / with_text);
  g_assert_cmpuint (with_text, ==, n);
  g_assert_cmpfloat ((double) recognised / with_text, >=, 0.95);
  g_assert_cmpfloat ((double) levelled / with_text, >=, 0.80);
}

/* ---- Catalogue -------------------------------------------------------------------- */

static void
test_catalogue_starter (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTrainingCatalogue) catalogue = phoenix_training_catalogue_new_starter (taxonomy, &error);
  g_autoptr(GHashTable) targets = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *modules;
  GHashTableIter iter;
  gpointer key;
  g_autoptr(GBytes) data = phoenix_training_catalogue_get_starter_data ();

  g_assert_no_error (error);
  /* Honestly labelled as a starter catalogue. */
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (data, NULL), 200, "STARTER catalogue, not an offer"));
  modules = phoenix_training_catalogue_get_modules (catalogue);
  g_assert_cmpuint (g_list_model_get_n_items (modules), >=, 60);
  for (guint i = 0; i < g_list_model_get_n_items (modules); i++)
    {
      g_autoptr(PhoenixTrainingModule) module = g_list_model_get_item (modules, i);
      const char * const *ids = phoenix_training_module_get_skills (module);
      const char * const *needs = phoenix_training_module_get_prerequisites (module);
      const char * const *codes = phoenix_training_module_get_targets (module);

      g_assert_cmpint (phoenix_training_module_get_origin (module), ==, PHOENIX_MODULE_ORIGIN_STARTER);
      g_assert_cmpuint (phoenix_training_module_get_hours (module), >, 0);
      g_assert_cmpstr (phoenix_training_module_get_title_en (module), !=, "");
      /* Every skill id is the taxonomy's own id (not an alias) and no soft skill. */
      g_assert_nonnull (ids[0]);
      for (guint k = 0; ids[k] != NULL; k++)
        {
          guint index;

          g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, ids[k], &index));
          g_assert_cmpstr (phoenix_taxonomy_get_skill_id (taxonomy, index), ==, ids[k]);
          g_assert_cmpint (phoenix_taxonomy_get_skill_kind (taxonomy, index), !=, PHOENIX_SKILL_KIND_SOFT);
        }
      for (guint k = 0; needs[k] != NULL; k++)
        g_assert_nonnull (phoenix_training_catalogue_lookup (catalogue, needs[k]));
      g_assert_nonnull (codes[0]);
      for (guint k = 0; codes[k] != NULL; k++)
        g_hash_table_add (targets, (gpointer) g_intern_string (codes[k]));
      if (phoenix_training_module_get_certifying (module))
        g_assert_cmpstr (phoenix_training_module_get_certification (module), !=, "");
      /* No code rather than a wrong one (see data/training/README). */
      g_assert_cmpstr (phoenix_training_module_get_code (module), ==, "");
    }

  /* At least 30 targets, each with a path for a CV that has nothing yet, covering most core skills. */
  g_assert_cmpuint (g_hash_table_size (targets), >=, 30);
  g_hash_table_iter_init (&iter, targets);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      g_autoptr(PhoenixProfile) empty = phoenix_profile_new ();
      g_autoptr(PhoenixSkillEvidence) evidence = phoenix_skill_evidence_new (extractor, empty);
      g_autoptr(PhoenixSkillGap) gap = phoenix_skill_gap_new (evidence, occupation (key), "fr");
      g_autoptr(PhoenixTrainingPath) path = phoenix_training_path_new (catalogue, gap, NULL, "fr", NULL,
                                                                       PHOENIX_PATH_STRATEGY_AUTO);
      g_autoptr(GArray) path_skills = phoenix_skill_gap_get_path_skills (gap);
      GArray *uncoverable = phoenix_training_path_get_uncoverable (path);
      guint core_uncovered = 0;

      g_assert_cmpuint (g_list_model_get_n_items (phoenix_training_path_get_steps (path)), >, 0);
      for (guint i = 0; i < uncoverable->len; i++)
        {
          PhoenixGapItem *item = phoenix_skill_gap_lookup (gap, g_array_index (uncoverable, guint, i));

          core_uncovered += phoenix_gap_item_get_importance (item) == PHOENIX_GAP_IMPORTANCE_CORE &&
                            phoenix_taxonomy_get_skill_kind (taxonomy, phoenix_gap_item_get_skill (item)) !=
                            PHOENIX_SKILL_KIND_SOFT;
        }
      if (core_uncovered > 0)
        g_test_message ("%s: %u core skills no module covers", (const char *) key, core_uncovered);
      g_assert_cmpuint (core_uncovered, ==, 0);
      g_assert_cmpuint (uncoverable->len, <, path_skills->len);
    }
}

static PhoenixTrainingCatalogue *
new_small_catalogue (void)
{
  PhoenixTrainingCatalogue *catalogue = phoenix_training_catalogue_new ();
  g_autoptr(PhoenixTrainingModule) base = phoenix_training_module_new ("base", "Base");
  const char *skills[] = { "tool:html", NULL };

  phoenix_training_module_set_skills (base, skills);
  phoenix_training_module_set_hours (base, 10);
  phoenix_training_catalogue_add (catalogue, base);

  return catalogue;
}

static void
test_catalogue_csv_good (void)
{
  g_autoptr(PhoenixTrainingCatalogue) catalogue = new_small_catalogue ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) modules = NULL;
  /* A French spreadsheet's export: BOM, semicolons, CRLF, quotes, a new line in a field, a comment. */
  const char *data =
    "\xEF\xBB\xBF# Catalogue de l'organisme\r\n"
    "ID;Title;skills;hours;certifying;certification;code;prerequisites;funding;targets;format;level;kind\r\n"
    "js;\"JavaScript; les bases\";tool:javascript;35;non;;;base;CPF|OPCO;M1855;online;;course\r\n"
    "\r\n"
    "tp;\"Titre \"\"pro\"\"\nDéveloppeur\";tool:php | tool:sql;700;oui;;rncp37674;js;cpf;M1855;work-study;bac+2;titre\r\n";
  PhoenixTrainingModule *js, *tp;

  modules = phoenix_training_catalogue_parse_csv (catalogue, taxonomy, data, strlen (data),
                                                  PHOENIX_MODULE_ORIGIN_IMPORT, "organisme.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (modules->len, ==, 2);
  js = g_ptr_array_index (modules, 0);
  tp = g_ptr_array_index (modules, 1);
  g_assert_cmpstr (phoenix_training_module_get_title (js, "fr"), ==, "JavaScript; les bases");
  g_assert_cmpstrv (phoenix_training_module_get_funding (js), ((const char * const []) { "cpf", "opco", NULL }));
  g_assert_cmpstrv (phoenix_training_module_get_prerequisites (js), ((const char * const []) { "base", NULL }));
  g_assert_cmpstr (phoenix_training_module_get_title (tp, "fr"), ==, "Titre \"pro\"\nDéveloppeur");
  g_assert_cmpstrv (phoenix_training_module_get_skills (tp), ((const char * const []) { "tool:php", "tool:sql", NULL }));
  g_assert_true (phoenix_training_module_get_certifying (tp));
  /* A certifying module without a certificate name takes its title; the code is normalised. */
  g_assert_cmpstr (phoenix_training_module_get_certification (tp), ==, "Titre \"pro\"\nDéveloppeur");
  g_assert_cmpstr (phoenix_training_module_get_code (tp), ==, "RNCP37674");
  g_assert_cmpstr (phoenix_training_module_get_level (tp), ==, "bac+2");
  g_assert_cmpstr (phoenix_training_module_get_format (tp), ==, "work-study");
  g_assert_cmpint (phoenix_training_module_get_origin (tp), ==, PHOENIX_MODULE_ORIGIN_IMPORT);
  g_assert_cmpstr (phoenix_training_module_get_source (tp), ==, "organisme.csv");
  /* Parsing adds nothing: the caller saves, then adds. */
  g_assert_cmpuint (phoenix_training_catalogue_get_n_modules (catalogue), ==, 1);

  /* An alias id is stored as the skill it was merged into. */
  {
    const char *alias_data = "id,title,skills,hours\nx,X,esco:f98e06f5,1\n";
    g_autoptr(GPtrArray) one = phoenix_training_catalogue_parse_csv (catalogue, taxonomy, alias_data,
                                                                     strlen (alias_data), PHOENIX_MODULE_ORIGIN_USER,
                                                                     "", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (phoenix_training_module_get_skills (g_ptr_array_index (one, 0))[0], ==,
                     phoenix_taxonomy_get_skill_id (taxonomy, skill ("esco:f98e06f5")));
  }
}

static void
test_catalogue_csv_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTrainingCatalogue) starter = phoenix_training_catalogue_new_starter (taxonomy, &error);
  g_autoptr(PhoenixTrainingCatalogue) empty = phoenix_training_catalogue_new ();
  g_autofree char *csv = phoenix_training_catalogue_to_csv (starter, -1);
  g_autoptr(GPtrArray) again = NULL;
  g_autofree char *csv_again = NULL;
  g_autoptr(PhoenixTrainingCatalogue) copy = phoenix_training_catalogue_new ();

  g_assert_no_error (error);
  again = phoenix_training_catalogue_parse_csv (empty, taxonomy, csv, strlen (csv), PHOENIX_MODULE_ORIGIN_STARTER,
                                                "", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, phoenix_training_catalogue_get_n_modules (starter));
  for (guint i = 0; i < again->len; i++)
    phoenix_training_catalogue_add (copy, g_ptr_array_index (again, i));
  csv_again = phoenix_training_catalogue_to_csv (copy, -1);
  g_assert_cmpstr (csv, ==, csv_again);
}

static void
test_catalogue_csv_bad (void)
{
  static const struct {
    const char *data;
    const char *message;
  } cases[] = {
    { "", "The file holds no training module." },
    { "# only a comment\nid,title,skills,hours\n", "The file holds no training module." },
    { "id,title,skills\nx,X,tool:python\n", "Line 1: the column “hours” is missing." },
    { "id,title,skills,hours,colour\nx,X,tool:python,3,red\n", "Line 1: the column “colour” is unknown" },
    { "id,title,skills,hours,hours\n", "Line 1: the column “hours” appears twice." },
    { "id,title,skills,hours\nx,X,tool:python,3\ny,Y,tool:python\n", "Line 3: 3 fields where the header has 4." },
    { "id,title,skills,hours\nx,X,tool:python,3\n\n# c\ny,Y,tool:nope,4\n",
      "Line 5: unknown skill id “tool:nope” (skills are taxonomy ids such as tool:python or rome:100007)." },
    { "id,title,skills,hours\nx,X,,3\n", "Line 2: the module covers no skill (column skills)." },
    { "id,title,skills,hours\nx,X,tool:python,trois\n", "Line 2: “trois” is not a number of hours" },
    { "id,title,skills,hours\nx,X,tool:python,0\n", "Line 2: “0” is not a number of hours" },
    { "id,title,skills,hours\nx y,X,tool:python,3\n", "Line 2: the id “x y” is empty or holds characters" },
    { "id,title,skills,hours\nx,X,tool:python,3\nx,Y,tool:python,3\n", "Line 3: the id “x” is already used on line 2." },
    { "id,title,skills,hours\nweb-html-css,X,tool:python,3\n", "Line 2: the id “web-html-css” is a module of Phoenix's starter catalogue" },
    { "id,title,skills,hours\nx,,tool:python,3\n", "Line 2: the title is empty." },
    { "id,title,skills,hours,format\nx,X,tool:python,3,by pigeon\n", "Line 2: “by pigeon” is not a valid format (expected one of: online, in-person, work-study, blended)." },
    { "id,title,skills,hours,level\nx,X,tool:python,3,bac+9\n", "Line 2: “bac+9” is not a valid level (expected one of: cap, bac, bac+2, bac+3, bac+5, doctorate)." },
    { "id,title,skills,hours,certifying\nx,X,tool:python,3,maybe\n", "Line 2: “maybe” is not yes or no (column certifying)." },
    { "id,title,skills,hours,code\nx,X,tool:python,3,RN12\n", "Line 2: “RN12” is not an RNCP or RS code" },
    { "id,title,skills,hours,funding\nx,X,tool:python,3,cpf|lottery\n", "Line 2: “lottery” is not a valid funding" },
    { "id,title,skills,hours,targets\nx,X,tool:python,3,Z9999\n", "Line 2: “Z9999” is not a ROME occupation code (column targets)." },
    { "id,title,skills,hours,url\nx,X,tool:python,3,ftp://x\n", "Line 2: “ftp://x” is not a web address (column url)." },
    { "id,title,skills,hours,prerequisites\nx,X,tool:python,3,nowhere\n", "Line 2: the prerequisite “nowhere” is neither" },
    { "id,title,skills,hours,prerequisites\na,A,tool:python,3,b\nb,B,tool:python,3,a\n", "Line 2: the prerequisites of “a” go round in a circle." },
    { "id,title,skills,hours\nx,\"X,tool:python,3\n", "Line 2: a quoted field is never closed." },
    { "id,title,skills,hours\nx,\xC3\x28,tool:python,3\n", "The file is not UTF-8 text" },
  };

  for (gsize c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PhoenixTrainingCatalogue) catalogue = phoenix_training_catalogue_new_starter (taxonomy, &error);
      g_autoptr(GPtrArray) modules = NULL;
      guint before;

      g_assert_no_error (error);
      before = phoenix_training_catalogue_get_n_modules (catalogue);
      modules = phoenix_training_catalogue_parse_csv (catalogue, taxonomy, cases[c].data, strlen (cases[c].data),
                                                      PHOENIX_MODULE_ORIGIN_IMPORT, "bad.csv", &error);
      g_assert_null (modules);
      g_assert_nonnull (error);
      g_assert_true (error->domain == PHOENIX_TRAINING_CATALOGUE_ERROR);
      if (!g_str_has_prefix (error->message, cases[c].message))
        g_error ("case %" G_GSIZE_FORMAT ": “%s” does not start with “%s”", c, error->message, cases[c].message);
      g_assert_cmpuint (phoenix_training_catalogue_get_n_modules (catalogue), ==, before);
    }
}

/* ---- Hostile CSV files (issue #14): caps while reading and parsing, in a worker ---- */

static void
imported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Imports @path through the worker, checking that the callback runs on the main thread after the call returned. */
static GPtrArray *
import_file (PhoenixTrainingCatalogue  *catalogue,
             const char                *path,
             GError                   **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;

  phoenix_training_catalogue_import_file_async (catalogue, taxonomy, file, PHOENIX_MODULE_ORIGIN_IMPORT, NULL,
                                                imported_cb, &result);
  g_assert_null (result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return phoenix_training_catalogue_import_file_finish (catalogue, result, error);
}

static char *
write_temp (const char *dir,
            const char *name,
            const char *data,
            gssize      length)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, length, &error);
  g_assert_no_error (error);

  return path;
}

static char *
repeat (const char *unit,
        gsize       times)
{
  gsize n = strlen (unit);
  char *out = g_malloc (n * times + 1);

  for (gsize i = 0; i < times; i++)
    memcpy (out + i * n, unit, n);
  out[n * times] = '\0';

  return out;
}

static void
test_catalogue_csv_hostile (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("phoenix-catalogue-XXXXXX", &error);
  g_autoptr(PhoenixTrainingCatalogue) catalogue = phoenix_training_catalogue_new_starter (taxonomy, &error);
  guint before;
  static const char header[] = "id;title;skills;hours\n";
  struct {
    const char *name;
    char       *data;
    gsize       length;
    int         code;
    const char *message;
  } cases[] = {
    /* Past the byte cap: refused while reading, whatever stat() says. */
    { "huge.csv", NULL, PHOENIX_TRAINING_CATALOGUE_MAX_FILE_SIZE + 1, PHOENIX_TRAINING_CATALOGUE_ERROR_TOO_LARGE,
      "The file is too large for a training catalogue (more than 16 MB)." },
    /* A line that never ends, under the byte cap. */
    { "endless.csv", NULL, 0, PHOENIX_TRAINING_CATALOGUE_ERROR_TOO_LARGE,
      "Line 2: a field is longer than 16 KB" },
    /* A quote opened and never closed, over megabytes. */
    { "unterminated.csv", NULL, 0, PHOENIX_TRAINING_CATALOGUE_ERROR_TOO_LARGE,
      "Line 2: a field is longer than 16 KB" },
    /* The same, short: the parser's own message. */
    { "unterminated-short.csv", g_strdup ("id;title;skills;hours\nx;\"X;tool:python;3\n"), 0,
      PHOENIX_TRAINING_CATALOGUE_ERROR_INVALID, "Line 2: a quoted field is never closed." },
    /* Millions of rows. */
    { "rows.csv", NULL, 0, PHOENIX_TRAINING_CATALOGUE_ERROR_TOO_LARGE,
      "Line 20001: the file holds more than 19999 lines of trainings" },
    /* Thousands of fields on a line. */
    { "fields.csv", NULL, 0, PHOENIX_TRAINING_CATALOGUE_ERROR_TOO_LARGE, "Line 1: more than 64 fields on one line." },
    /* NUL bytes (a binary file renamed .csv). */
    { "nul.csv", NULL, 0, PHOENIX_TRAINING_CATALOGUE_ERROR_INVALID,
      "The file holds NUL bytes: it is not a CSV text file." },
    /* Invalid UTF-8 (Latin-1 from an old spreadsheet). */
    { "latin1.csv", g_strdup ("id;title;skills;hours\nx;Caf\xE9;tool:python;3\n"), 0,
      PHOENIX_TRAINING_CATALOGUE_ERROR_INVALID, "The file is not UTF-8 text: save it as CSV UTF-8" },
  };

  g_assert_no_error (error);
  before = phoenix_training_catalogue_get_n_modules (catalogue);
  {
    char *huge = g_malloc (cases[0].length);

    memset (huge, 'a', cases[0].length);
    memcpy (huge, header, strlen (header));
    cases[0].data = huge;
  }
  {
    g_autofree char *body = g_strnfill (2 * 1024 * 1024, 'x');

    cases[1].data = g_strconcat (header, "x;", body, NULL);
    cases[2].data = g_strconcat (header, "x;\"", body, "\n", body, NULL);
  }
  {
    g_autofree char *rows = repeat ("x\n", 3000000);

    cases[4].data = g_strconcat (header, rows, NULL);
  }
  {
    g_autofree char *fields = repeat (";", 10000);

    cases[5].data = g_strconcat ("id;title;skills;hours", fields, "\n", NULL);
  }
  {
    static const char nul[] = "id;title;skills;hours\nx;A\0B;tool:python;3\n";

    cases[6].data = g_memdup2 (nul, sizeof nul - 1);
    cases[6].length = sizeof nul - 1;
  }

  for (gsize c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      g_autofree char *path = NULL;
      g_autoptr(GPtrArray) modules = NULL;
      g_autoptr(GError) import_error = NULL;
      gsize length = cases[c].length != 0 ? cases[c].length : strlen (cases[c].data);

      path = write_temp (dir, cases[c].name, cases[c].data, (gssize) length);
      modules = import_file (catalogue, path, &import_error);
      g_assert_null (modules);
      g_assert_error (import_error, PHOENIX_TRAINING_CATALOGUE_ERROR, cases[c].code);
      if (!g_str_has_prefix (import_error->message, cases[c].message))
        g_error ("%s: “%s” does not start with “%s”", cases[c].name, import_error->message, cases[c].message);
      g_assert_cmpuint (phoenix_training_catalogue_get_n_modules (catalogue), ==, before);
      /* The in-memory parser (what phoenix-cli and the starter catalogue use) says the same, the byte cap aside. */
      if (c != 0)
        {
          g_autoptr(GError) parse_error = NULL;
          g_autoptr(GPtrArray) parsed = phoenix_training_catalogue_parse_csv (catalogue, taxonomy, cases[c].data, length,
                                                                              PHOENIX_MODULE_ORIGIN_IMPORT, "x",
                                                                              &parse_error);

          g_assert_null (parsed);
          g_assert_error (parse_error, PHOENIX_TRAINING_CATALOGUE_ERROR, cases[c].code);
        }
      g_unlink (path);
      g_free (cases[c].data);
    }

  /* Just under the caps passes: 19,999 modules, a 16 KB title, through the worker. */
  {
    GString *text = g_string_new ("id;title;skills;hours");
    g_autofree char *path = NULL;
    g_autoptr(GPtrArray) modules = NULL;
    g_autofree char *title = g_strnfill (PHOENIX_TRAINING_CATALOGUE_MAX_FIELD, 't');

    g_string_append_c (text, '\n');
    for (guint i = 0; i < PHOENIX_TRAINING_CATALOGUE_MAX_RECORDS - 1; i++)
      g_string_append_printf (text, "m%u;%s;tool:python;3\n", i, i == 0 ? title : "M");
    path = write_temp (dir, "under.csv", text->str, (gssize) text->len);
    g_string_free (text, TRUE);
    modules = import_file (catalogue, path, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (modules->len, ==, PHOENIX_TRAINING_CATALOGUE_MAX_RECORDS - 1);
    g_assert_cmpuint (strlen (phoenix_training_module_get_title (g_ptr_array_index (modules, 0), "fr")), ==,
                      PHOENIX_TRAINING_CATALOGUE_MAX_FIELD);
    g_unlink (path);
  }
  {
    /* 64 fields on a line are read (and refused only as unknown columns, not by the cap). */
    g_autofree char *fields = repeat (";", PHOENIX_TRAINING_CATALOGUE_MAX_FIELDS - 4);
    g_autofree char *data = g_strconcat ("id;title;skills;hours", fields, "\n", NULL);
    g_autoptr(GPtrArray) parsed = phoenix_training_catalogue_parse_csv (catalogue, taxonomy, data, strlen (data),
                                                                        PHOENIX_MODULE_ORIGIN_IMPORT, "x", &error);

    g_assert_null (parsed);
    g_assert_error (error, PHOENIX_TRAINING_CATALOGUE_ERROR, PHOENIX_TRAINING_CATALOGUE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "is unknown"));
    g_clear_error (&error);
  }
  /* A file that cannot be read: GLib's file error, translated by GLib. */
  {
    g_autofree char *missing = g_build_filename (dir, "missing.csv", NULL);
    g_autoptr(GPtrArray) none = import_file (catalogue, missing, &error);

    g_assert_null (none);
    g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
    g_clear_error (&error);
  }
  g_rmdir (dir);
}

/* ---- Path on the real catalogue -------------------------------------------------- */

static void
test_path_on_catalogue (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTrainingCatalogue) catalogue = phoenix_training_catalogue_new_starter (taxonomy, &error);
  g_autoptr(PhoenixProfile) profile = new_seller_profile ();
  g_autoptr(PhoenixSkillEvidence) evidence = phoenix_skill_evidence_new (extractor, profile);
  g_autoptr(PhoenixSkillGap) gap = phoenix_skill_gap_new (evidence, occupation ("M1855"), "fr");
  g_autoptr(PhoenixTrainingProgress) progress = phoenix_training_progress_new (NULL);
  g_autoptr(PhoenixTrainingPath) path = NULL;
  g_autoptr(PhoenixTrainingPath) later = NULL;
  g_autoptr(GArray) path_skills = phoenix_skill_gap_get_path_skills (gap);
  g_autoptr(GHashTable) covered = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) placed = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *steps;
  GDate today;
  double remaining = 0;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 5, G_DATE_JANUARY, 2026);
  g_assert_no_error (error);
  g_assert_true (phoenix_training_progress_set_hours_per_week (progress, 10, &error));
  path = phoenix_training_path_new (catalogue, gap, progress, "fr", &today, PHOENIX_PATH_STRATEGY_AUTO);
  steps = phoenix_training_path_get_steps (path);
  g_assert_cmpuint (g_list_model_get_n_items (steps), >, 0);
  g_assert_true (phoenix_training_path_get_exact (path));
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(PhoenixPathStep) step = g_list_model_get_item (steps, i);
      PhoenixTrainingModule *module = phoenix_path_step_get_module (step);
      const char * const *needs = phoenix_training_module_get_prerequisites (module);
      GArray *covers = phoenix_path_step_get_covers (step);

      /* Prerequisites come first. */
      for (guint k = 0; needs[k] != NULL; k++)
        g_assert_true (g_hash_table_contains (placed, needs[k]));
      g_hash_table_add (placed, (gpointer) phoenix_training_module_get_id (module));
      g_assert_cmpuint (g_strv_length ((char **) phoenix_path_step_get_cover_labels (step)), ==, covers->len);
      for (guint k = 0; k < covers->len; k++)
        g_hash_table_add (covered, GUINT_TO_POINTER (g_array_index (covers, guint, k) + 1));
      remaining += phoenix_path_step_get_remaining (step);
      /* Dated at 10 hours a week from 5 January 2026. */
      g_assert_cmpstr (phoenix_path_step_get_end_date (step), >=, "2026-01-05");
    }
  /* Every missing skill is covered or listed as uncoverable. */
  g_assert_cmpuint (g_hash_table_size (covered) + phoenix_training_path_get_uncoverable (path)->len, ==,
                    path_skills->len);
  g_assert_cmpfloat (remaining, ==, phoenix_training_path_get_remaining_hours (path));
  {
    GDate end = today;
    g_autofree char *expected = NULL;

    g_date_add_days (&end, (guint) ceil (remaining / 10.0 * 7.0 - 1e-9));
    expected = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&end), g_date_get_month (&end), g_date_get_day (&end));
    g_assert_cmpstr (phoenix_training_path_get_end_date (path), ==, expected);
  }

  /* A deadline too early: not on time, and the weekly hours that would make it. */
  g_assert_true (phoenix_training_progress_set_deadline (progress, "2026-03-02", &error));
  later = phoenix_training_path_new (catalogue, gap, progress, "fr", &today, PHOENIX_PATH_STRATEGY_AUTO);
  g_assert_false (phoenix_training_path_get_on_time (later));
  g_assert_cmpfloat (phoenix_training_path_get_needed_hours_per_week (later), >, 10.0);
  g_assert_cmpfloat (phoenix_training_path_get_needed_hours_per_week (later), >=, remaining / (56 / 7.0));
}

/* Progress re-plans: a started module costs its hours not yet logged, a done one nothing, and stays. */
static void
test_path_follows_progress (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTrainingCatalogue) catalogue = phoenix_training_catalogue_new ();
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixSkillEvidence) evidence = phoenix_skill_evidence_new (extractor, profile);
  g_autoptr(PhoenixSkillGap) gap = phoenix_skill_gap_new (evidence, occupation ("M1855"), "fr");
  g_autoptr(PhoenixTrainingProgress) progress = phoenix_training_progress_new (NULL);
  g_autoptr(GPtrArray) modules = NULL;
  g_autoptr(PhoenixTrainingPath) before = NULL;
  g_autoptr(PhoenixTrainingPath) after = NULL;
  const char *data =
    "id,title,skills,hours,prerequisites,certifying\n"
    "html,HTML,tool:html,70,,no\n"
    "js,JavaScript,rome:481376,100,html,no\n"
    "big,Tout le web,tool:html|rome:481376|rome:113317,400,,yes\n"
    "php,PHP et bases de données,rome:113317,60,js,no\n";
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 5, G_DATE_JANUARY, 2026);
  modules = phoenix_training_catalogue_parse_csv (catalogue, taxonomy, data, strlen (data), PHOENIX_MODULE_ORIGIN_USER,
                                                  "", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < modules->len; i++)
    phoenix_training_catalogue_add (catalogue, g_ptr_array_index (modules, i));

  /* Fewest hours: 70 + 100 + 60 = 230 < 400, in prerequisite order. */
  before = phoenix_training_path_new (catalogue, gap, progress, "fr", &today, PHOENIX_PATH_STRATEGY_EXACT);
  g_assert_cmpuint (phoenix_training_path_get_total_hours (before), ==, 230);
  g_assert_cmpuint (g_list_model_get_n_items (phoenix_training_path_get_steps (before)), ==, 3);

  /* The user already started the big one (40 hours logged) and finished nothing: it stays, at 360 hours left. */
  g_assert_true (phoenix_training_progress_set_status (progress, "big", PHOENIX_MODULE_STARTED, "2026-01-02", &error));
  g_assert_true (phoenix_training_progress_add_log (progress, "2026-01-03", "big", 20, "", &error));
  g_assert_true (phoenix_training_progress_add_log (progress, "2026-01-04", "big", 20, "Bonne séance", &error));
  after = phoenix_training_path_new (catalogue, gap, progress, "fr", &today, PHOENIX_PATH_STRATEGY_EXACT);
  g_assert_cmpuint (g_list_model_get_n_items (phoenix_training_path_get_steps (after)), ==, 1);
  g_assert_cmpfloat (phoenix_training_path_get_remaining_hours (after), ==, 360.0);
  {
    g_autoptr(PhoenixPathStep) step = g_list_model_get_item (phoenix_training_path_get_steps (after), 0);

    g_assert_cmpint (phoenix_path_step_get_status (step), ==, PHOENIX_MODULE_STARTED);
    g_assert_cmpfloat (phoenix_path_step_get_hours_logged (step), ==, 40.0);
  }
  g_clear_object (&after);

  /* Done: nothing left, the step stays in the path as done, dated when done. */
  g_assert_true (phoenix_training_progress_set_status (progress, "big", PHOENIX_MODULE_DONE, "2026-01-04", &error));
  after = phoenix_training_path_new (catalogue, gap, progress, "fr", &today, PHOENIX_PATH_STRATEGY_EXACT);
  g_assert_cmpfloat (phoenix_training_path_get_remaining_hours (after), ==, 0.0);
  g_assert_cmpstr (phoenix_training_path_get_end_date (after), ==, "");
  {
    g_autoptr(PhoenixPathStep) step = g_list_model_get_item (phoenix_training_path_get_steps (after), 0);

    g_assert_cmpstr (phoenix_path_step_get_end_date (step), ==, "2026-01-04");
  }
}

/* ---- Certificate → profile → ATS ---------------------------------------------------- */

static void
test_certificate_raises_ats (void)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixSkillEvidence) evidence = NULL;
  g_autoptr(PhoenixSkillEvidence) after = NULL;
  g_autoptr(PhoenixTrainingModule) module = phoenix_training_module_new ("cap-test", "CAP Boulanger");
  g_autoptr(PhoenixCertificateOffer) offer = NULL;
  g_autoptr(PhoenixCertificateOffer) nothing_left = NULL;
  g_autoptr(PhoenixJobOffer) job = NULL;
  g_autoptr(PhoenixAtsReport) report_before = NULL;
  g_autoptr(PhoenixAtsReport) report_after = NULL;
  g_autofree char *json_before = NULL;
  g_autofree char *json_after_offer = NULL;
  const char *skills[] = { "tool:haccp", "rome:124960", NULL };
  const char *job_text =
    "Boulanger (H/F)\n"
    "Boulangerie Exemple — Lyon\n\n"
    "Vos missions\n"
    "- Fabriquer les pains et viennoiseries\n"
    "- Respecter les règles d'hygiène HACCP\n\n"
    "Profil recherché\n"
    "- CAP Boulanger\n"
    "- Maîtrise de la méthode HACCP\n";
  guint haccp = skill ("tool:haccp");

  phoenix_profile_set_name (profile, "Camille Test");
  phoenix_profile_set_email (profile, "camille@example.org");
  add_experience (profile, "Vendeuse en boulangerie", "Boulangerie Exemple", "2020-01", NULL,
                  "Vendre les pains, conseiller les clients.");
  phoenix_training_module_set_skills (module, skills);
  phoenix_training_module_set_certifying (module, TRUE);
  phoenix_training_module_set_certification (module, "CAP Boulanger");
  phoenix_training_module_set_code (module, "RNCP1234");

  evidence = phoenix_skill_evidence_new (extractor, profile);
  job = phoenix_job_offer_new_from_text (extractor, job_text);
  report_before = phoenix_ats_score_profile (extractor, profile, job);

  /* The offer: the certificate and the skills the CV lacks. Nothing changes yet. */
  json_before = phoenix_json_resume_to_data (profile, NULL);
  offer = phoenix_certificate_offer_new (module, evidence, "2026-06-30", "fr");
  g_assert_nonnull (offer);
  g_assert_cmpstr (phoenix_certificate_offer_get_certificate (offer), ==, "CAP Boulanger (RNCP1234)");
  g_assert_true (g_strv_contains (phoenix_certificate_offer_get_skill_ids (offer), "tool:haccp"));
  json_after_offer = phoenix_json_resume_to_data (profile, NULL);
  g_assert_cmpstr (json_before, ==, json_after_offer);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_certifications (profile))), ==, 0);

  /* Confirmed: one certification and the skills, once even when applied twice. */
  phoenix_certificate_offer_apply (offer, profile);
  phoenix_certificate_offer_apply (offer, profile);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_certifications (profile))), ==, 1);
  {
    g_autoptr(PhoenixCertification) certification =
      g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_certifications (profile)), 0);

    g_assert_cmpstr (phoenix_certification_get_name (certification), ==, "CAP Boulanger (RNCP1234)");
    g_assert_cmpstr (phoenix_certification_get_date (certification), ==, "2026-06-30");
  }
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_skills (profile))), ==,
                    g_strv_length ((char **) phoenix_certificate_offer_get_skill_ids (offer)));

  /* The CV now proves HACCP, and the ATS score against the offer rises. */
  after = phoenix_skill_evidence_new (extractor, profile);
  {
    PhoenixSkillAssessment assessment;

    phoenix_skill_evidence_assess (after, haccp, &assessment);
    g_assert_cmpint (assessment.status, ==, PHOENIX_SKILL_STATUS_HAVE);
  }
  report_after = phoenix_ats_score_profile (extractor, profile, job);
  g_test_message ("ATS score against the offer: %u before, %u after the certificate",
                  phoenix_ats_report_get_score (report_before), phoenix_ats_report_get_score (report_after));
  g_assert_cmpuint (phoenix_ats_report_get_score (report_after), >, phoenix_ats_report_get_score (report_before));

  /* Once everything is in the CV, a module that certifies nothing offers nothing. */
  phoenix_training_module_set_certifying (module, FALSE);
  nothing_left = phoenix_certificate_offer_new (module, after, "2026-06-30", "fr");
  g_assert_null (nothing_left);
}

/* ---- The page's analysis, in a worker thread ----------------------------------------- */

static void
analysed_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  PhoenixTrainingAnalysis **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = phoenix_training_analysis_new_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_analysis_async (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTrainingCatalogue) catalogue = phoenix_training_catalogue_new_starter (taxonomy, &error);
  g_autoptr(PhoenixProfile) profile = new_seller_profile ();
  g_autoptr(PhoenixTrainingProgress) progress = phoenix_training_progress_new (NULL);
  g_autoptr(PhoenixTrainingAnalysis) sync = NULL;
  PhoenixTrainingAnalysis *async = NULL;
  g_autoptr(PhoenixTrainingAnalysis) none = NULL;

  g_assert_no_error (error);
  sync = phoenix_training_analysis_new (taxonomy, profile, catalogue, progress, "M1855", "fr", 5);
  phoenix_training_analysis_new_async (taxonomy, profile, catalogue, progress, "M1855", "fr", 5, NULL, analysed_cb,
                                       &async);
  /* The snapshot was taken: changing the profile now does not reach the worker. */
  phoenix_profile_set_summary (profile, "");
  while (async == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpstr (phoenix_training_analysis_get_target (async), ==, "M1855");
  g_assert_cmpuint (g_list_model_get_n_items (phoenix_training_analysis_get_suggestions (async)), ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (phoenix_skill_gap_get_have (phoenix_training_analysis_get_gap (async))), ==,
                    g_list_model_get_n_items (phoenix_skill_gap_get_have (phoenix_training_analysis_get_gap (sync))));
  g_assert_cmpuint (g_list_model_get_n_items (phoenix_skill_gap_get_partly (phoenix_training_analysis_get_gap (async))),
                    ==, g_list_model_get_n_items (phoenix_skill_gap_get_partly (phoenix_training_analysis_get_gap (sync))));
  g_assert_cmpuint (phoenix_training_path_get_total_hours (phoenix_training_analysis_get_path (async)), ==,
                    phoenix_training_path_get_total_hours (phoenix_training_analysis_get_path (sync)));
  g_assert_nonnull (phoenix_training_analysis_get_access (async));
  g_object_unref (async);

  /* No target: the evidence and the suggestions only. */
  none = phoenix_training_analysis_new (taxonomy, profile, catalogue, NULL, "", "en", 3);
  g_assert_null (phoenix_training_analysis_get_gap (none));
  g_assert_null (phoenix_training_analysis_get_path (none));
  g_assert_cmpuint (g_list_model_get_n_items (phoenix_training_analysis_get_suggestions (none)), ==, 3);
}

/* ---- Coaching ----------------------------------------------------------------------- */

static void
test_coaching_steps (void)
{
  static const char * const expected[] = {
    "cep", "bilan", "enquetes", "pmsmp", "cpf", "ptp", "aif", "network", "vae", "applications",
  };
  PhoenixCoachingStep step;

  g_assert_cmpuint (phoenix_coaching_get_n_steps (), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < phoenix_coaching_get_n_steps (); i++)
    {
      phoenix_coaching_get_step (i, &step);
      g_assert_cmpstr (step.id, ==, expected[i]);
      g_assert_cmpuint (strlen (step.title), >, 3);
      g_assert_cmpuint (strlen (step.explanation), >, 40);
      g_assert_cmpuint (strlen (step.where), >, 10);
      g_assert_true (*step.url == '\0' || g_str_has_prefix (step.url, "https://"));
    }
  g_assert_true (phoenix_coaching_lookup ("vae", &step));
  g_assert_cmpstr (step.url, ==, "https://vae.gouv.fr");
  g_assert_false (phoenix_coaching_lookup ("nope", &step));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  const char *path = g_getenv ("PHOENIX_TAXONOMY");
  int status;

  /* Messages in English, whatever the machine's locale. */
  g_setenv ("LANGUAGE", "C", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  if (path == NULL)
    g_error ("PHOENIX_TAXONOMY must point at the compiled taxonomy (meson test sets it)");
  taxonomy = phoenix_taxonomy_new_from_file (path, &error);
  g_assert_no_error (error);
  extractor = phoenix_skill_extractor_new (taxonomy);

  g_test_add_func ("/training/gap/hand-built", test_gap_hand_built);
  g_test_add_func ("/training/gap/proof-kinds", test_gap_proof_kinds);
  g_test_add_func ("/training/gap/french-and-english", test_gap_languages);
  g_test_add_func ("/training/gap/frequency-hook", test_gap_frequency_hook);
  g_test_add_func ("/training/targets/suggested", test_targets_suggested);
  g_test_add_func ("/training/access/credentials", test_access_credentials);
  g_test_add_func ("/training/access/compare", test_access_compare);
  g_test_add_func ("/training/access/every-fiche", test_access_every_fiche);
  g_test_add_func ("/training/catalogue/starter", test_catalogue_starter);
  g_test_add_func ("/training/catalogue/csv-good", test_catalogue_csv_good);
  g_test_add_func ("/training/catalogue/csv-round-trip", test_catalogue_csv_round_trip);
  g_test_add_func ("/training/catalogue/csv-bad", test_catalogue_csv_bad);
  g_test_add_func ("/training/catalogue/csv-hostile", test_catalogue_csv_hostile);
  g_test_add_func ("/training/path/on-catalogue", test_path_on_catalogue);
  g_test_add_func ("/training/path/follows-progress", test_path_follows_progress);
  g_test_add_func ("/training/certificate/raises-ats", test_certificate_raises_ats);
  g_test_add_func ("/training/analysis/async", test_analysis_async);
  g_test_add_func ("/training/coaching/steps", test_coaching_steps);

  status = g_test_run ();
  g_clear_object (&extractor);
  g_clear_object (&taxonomy);

  return status;
}
