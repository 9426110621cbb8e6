/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ats-reasons"

/*
 * Issue #16's mistakes, one test each, written before the fix: a Diplôme d'État d'infirmier not
 * meeting "Bac+3", experience counted over all years instead of the offer's field, keywords made
 * of stop words and boilerplate, a skill said in other words (or through a narrower one) listed
 * as missing; and every part with a reason a user can act on.
 */

#include "config.h"

#include <string.h>

#include "phoenix-ats.h"
#include "phoenix-test-ats.h"
#include "phoenix-test-util.h"

static PhoenixTaxonomy *taxonomy;
static PhoenixSkillExtractor *extractor;

static JsonObject *
resume_from (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* Whether @list (of PhoenixOfferSkill) holds @skill's class. */
static gboolean
list_has (GArray *list,
          guint   skill)
{
  for (guint i = 0; i < list->len; i++)
    {
      if (phoenix_taxonomy_get_skill_class (taxonomy, g_array_index (list, PhoenixOfferSkill, i).skill) ==
          phoenix_taxonomy_get_skill_class (taxonomy, skill))
        return TRUE;
    }

  return FALSE;
}

static gboolean
missing_has (PhoenixAtsReport *report,
             guint             skill)
{
  return list_has (phoenix_ats_report_get_missing (report), skill);
}

static gboolean
to_show_has (PhoenixAtsReport *report,
             guint             skill)
{
  return list_has (phoenix_ats_report_get_to_show (report), skill);
}

static gboolean
offer_has_skill (PhoenixJobOffer *offer,
                 guint            skill)
{
  GArray *skills = phoenix_job_offer_get_skills (offer);

  for (guint i = 0; i < skills->len; i++)
    {
      if (g_array_index (skills, PhoenixOfferSkill, i).skill == skill)
        return TRUE;
    }

  return FALSE;
}

/* The taxonomy skill @id, asserted to be one @offer asks. */
static guint
offer_skill (PhoenixJobOffer *offer,
             const char      *id)
{
  guint skill;

  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, id, &skill));
  g_assert_true (offer_has_skill (offer, skill));

  return skill;
}

/* @offer scored against the shared evidence CV (tests/lib), whose one job's summary is @summary. */
static PhoenixAtsReport *
score_evidence_cv (PhoenixJobOffer *offer,
                   const char      *summary)
{
  g_autofree char *json = g_strdup_printf (PHOENIX_TEST_EVIDENCE_RESUME, summary);
  g_autoptr(JsonObject) resume = resume_from (json);

  return phoenix_ats_score (extractor, resume, offer);
}

static const char nurse_offer[] =
  "Infirmier / Infirmière en soins de suite\n"
  "Entreprise : Clinique du Parc\n"
  "Lieu : Nantes\n"
  "Contrat : CDI\n"
  "\n"
  "Vos missions\n"
  "- Réaliser les soins infirmiers et surveiller les patients.\n"
  "- Préparer et administrer les traitements.\n"
  "\n"
  "Profil\n"
  "- Bac+3 exigé.\n"
  "- 2 ans d'expérience en service de soins.\n";

/* "A Diplôme d'État d'infirmier (grade licence, Bac+3) is not seen as meeting Bac+3." */
static void
test_education_diplome_d_etat (void)
{
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, nurse_offer);
  g_autoptr(JsonObject) resume = resume_from (
    "{\"basics\": {\"name\": \"A\", \"label\": \"Infirmière\"},"
    " \"work\": [{\"name\": \"CHU\", \"position\": \"Infirmière\", \"startDate\": \"2018-09\", \"endDate\": \"2023-06\","
    "            \"summary\": \"Soins infirmiers en médecine.\"}],"
    " \"education\": [{\"institution\": \"IFSI\", \"studyType\": \"Diplôme d'État d'infirmier\", \"endDate\": \"2018\"}]}");
  g_autoptr(PhoenixAtsReport) report = phoenix_ats_score (extractor, resume, offer);
  const char *reason = phoenix_ats_report_get_reason (report, PHOENIX_ATS_PART_EDUCATION);

  g_assert_cmpint (phoenix_job_offer_get_education (offer), ==, PHOENIX_EDUCATION_BAC_3);
  g_assert_cmpfloat (phoenix_ats_report_get_part (report, PHOENIX_ATS_PART_EDUCATION), ==, 1.0);
  g_assert_nonnull (reason);
  g_test_message ("%s", reason);
  g_assert_nonnull (strstr (reason, "Bac+3"));
  g_assert_nonnull (strstr (reason, "Diplôme d'État d'infirmier"));
}

static const char ux_offer[] =
  "UX Designer\n"
  "Entreprise : Studio Nord\n"
  "Lieu : Lille\n"
  "Contrat : CDI\n"
  "\n"
  "Vos missions\n"
  "- Conduire des tests d'utilisabilité et des entretiens utilisateurs.\n"
  "- Concevoir des maquettes et des prototypes sur Figma.\n"
  "- Construire des personas.\n"
  "\n"
  "Profil\n"
  "- 2 ans d'expérience en UX design.\n";

/* "Experience counts years in the target field, not all years": ten years of accounting and eight
 * months of UX are eight months for a UX offer, and the reason says so. */
static void
test_experience_in_field (void)
{
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, ux_offer);
  g_autoptr(JsonObject) resume = resume_from (
    "{\"basics\": {\"name\": \"A\", \"label\": \"Comptable en reconversion UX\"},"
    " \"work\": [{\"name\": \"Agence\", \"position\": \"UX designer junior\", \"startDate\": \"2025-01\", \"endDate\": \"2025-08\","
    "            \"highlights\": [\"Tests d'utilisabilité sur Figma\", \"Personas et prototypes\"]},"
    "           {\"name\": \"Cabinet\", \"position\": \"Comptable\", \"startDate\": \"2014-09\", \"endDate\": \"2024-08\","
    "            \"summary\": \"Tenue de la comptabilité, déclarations fiscales.\"}]}");
  g_autoptr(PhoenixAtsReport) report = phoenix_ats_score (extractor, resume, offer);
  const char *reason = phoenix_ats_report_get_reason (report, PHOENIX_ATS_PART_EXPERIENCE);
  double part = phoenix_ats_report_get_part (report, PHOENIX_ATS_PART_EXPERIENCE);

  g_assert_cmpint (phoenix_job_offer_get_experience_years (offer), ==, 2);
  g_test_message ("experience part %.2f: %s", part, reason);
  /* 8 months of 24. */
  g_assert_cmpfloat_with_epsilon (part, 8.0 / 24.0, 0.01);
  g_assert_nonnull (reason);
  g_assert_nonnull (strstr (reason, "8"));
}

/* The keywords of @text's offer, scored against an empty CV: some, none of @never, and a reason. */
static void
assert_keywords_leave_out (const char         *text,
                           const char * const *never)
{
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, text);
  g_autoptr(JsonObject) resume = resume_from ("{\"basics\": {\"name\": \"A\"}}");
  g_autoptr(PhoenixAtsReport) report = phoenix_ats_score (extractor, resume, offer);
  g_autoptr(JsonNode) json = phoenix_ats_report_to_json (report);
  JsonObject *keywords = json_object_get_object_member (json_object_get_object_member (json_node_get_object (json),
                                                                                       "breakdown"), "keywords");
  JsonArray *missing = json_object_get_array_member (keywords, "missing");

  g_assert_cmpuint (json_array_get_length (missing), >, 0);
  for (guint i = 0; i < json_array_get_length (missing); i++)
    {
      const char *word = json_array_get_string_element (missing, i);

      g_test_message ("keyword %s", word);
      for (guint k = 0; never[k] != NULL; k++)
        g_assert_cmpstr (word, !=, never[k]);
    }
  g_assert_nonnull (json_object_get_string_member (keywords, "reason"));
}

/* "Keywords include stop words and boilerplate (leur, recherchons, avec, entreprise)." */
static void
test_keywords_without_boilerplate (void)
{
  static const char * const never[] = { "leur", "recherchons", "avec", "entreprise", "nous", "candidats", NULL };

  assert_keywords_leave_out ("Préparateur de commandes\n"
                             "Entreprise : Logistique Ouest\n"
                             "Lieu : Rennes\n"
                             "\n"
                             "Notre entreprise recherche un préparateur. Nous recherchons avec leur équipe des personnes fiables.\n"
                             "Vous travaillerez avec les caristes de l'entreprise et leur chef d'équipe, avec des scanners.\n"
                             "Nous recherchons des candidats pour la préparation des palettes, avec des scanners et des palettes filmées.\n"
                             "L'entreprise offre leur formation aux scanners.\n", never);
}

/* The same in English: function words the tokenizer keeps ("what", "when", "full") and the words of
 * time every offer has are no keywords of the job. */
static void
test_keywords_without_function_words (void)
{
  static const char * const never[] = { "what", "when", "full", "time", "days", "week", "makes", NULL };

  assert_keywords_leave_out ("Warehouse Operative\n"
                             "Company: Northgate Logistics\n"
                             "\n"
                             "What you will do: pick pallets when orders arrive, what our clients need, when they need it.\n"
                             "Full training on the pallets and scanners; full time, five days a week, when the season peaks.\n"
                             "Scanners and pallets: what makes the shift run.\n", never);
}

/* "« Animer une équipe » listed missing in the same report that matched « diriger d'autres
 * personnes »": a skill the CV says in other words, or through a narrower skill (Power BI proves
 * data visualisation), is not missing, and the match says how. */
static void
test_other_words_not_missing (void)
{
  static const char text[] =
    "Responsable de magasin\n"
    "Entreprise : Maison Bleue\n"
    "Lieu : Brest\n"
    "\n"
    "Missions\n"
    "- Animer une équipe de six vendeurs.\n"
    "- Suivre les ventes en data visualisation.\n";
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, text);
  g_autoptr(JsonObject) resume = resume_from (
    "{\"basics\": {\"name\": \"A\", \"label\": \"Adjointe de magasin\"},"
    " \"work\": [{\"name\": \"Boutique\", \"position\": \"Adjointe\", \"startDate\": \"2019-01\","
    "            \"highlights\": [\"Management d'équipe (6 personnes)\", \"Rapports des ventes sous Power BI\"]}]}");
  g_autoptr(PhoenixAtsReport) report = phoenix_ats_score (extractor, resume, offer);
  GPtrArray *matches = phoenix_ats_report_get_matches (report);
  guint team, visualisation;
  gboolean other_name = FALSE, narrower = FALSE;

  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "rome:118484", &team));
  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "tool:data-visualisation", &visualisation));
  g_assert_false (missing_has (report, team));
  g_assert_false (missing_has (report, visualisation));
  for (guint i = 0; i < matches->len; i++)
    {
      PhoenixAtsMatch *match = g_ptr_array_index (matches, i);

      other_name |= match->how == PHOENIX_ATS_MATCH_OTHER_NAME;
      narrower |= match->how == PHOENIX_ATS_MATCH_NARROWER;
    }
  g_assert_true (other_name);
  g_assert_true (narrower);
}

/* "A user who follows the list mostly restates what they wrote": a skill the CV says in the offer's
 * own words (any form, any order, within one job) is not missing, even when no term of the taxonomy
 * names it there; words scattered over two jobs are no proof. */
static void
test_offer_words_not_missing (void)
{
  static const char text[] =
    "Customer Success Manager\n"
    "Company: Rota Cloud Ltd\n"
    "\n"
    "Responsibilities\n"
    "- Build long-term relationships with our customers.\n";
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, text);
  g_autoptr(JsonObject) together = resume_from (
    "{\"basics\": {\"name\": \"A\", \"label\": \"Store manager\"},"
    " \"work\": [{\"name\": \"Shop\", \"position\": \"Store manager\", \"startDate\": \"2019-01\","
    "            \"highlights\": [\"Built long-term relationships with trade customers\"]}]}");
  g_autoptr(JsonObject) scattered = resume_from (
    "{\"basics\": {\"name\": \"A\", \"label\": \"Store manager\"},"
    " \"work\": [{\"name\": \"Shop\", \"position\": \"Store manager\", \"startDate\": \"2019-01\","
    "            \"highlights\": [\"Long opening hours\"]},"
    "           {\"name\": \"Club\", \"position\": \"Volunteer\", \"startDate\": \"2015-01\", \"endDate\": \"2018-12\","
    "            \"highlights\": [\"Term planning and team relationships\"]}]}");
  g_autoptr(PhoenixAtsReport) report = phoenix_ats_score (extractor, together, offer);
  g_autoptr(PhoenixAtsReport) report_scattered = phoenix_ats_score (extractor, scattered, offer);
  GArray *skills = phoenix_job_offer_get_skills (offer);
  GPtrArray *matches = phoenix_ats_report_get_matches (report);
  gboolean worded = FALSE;

  g_assert_cmpuint (skills->len, >, 0);
  for (guint i = 0; i < matches->len; i++)
    {
      PhoenixAtsMatch *match = g_ptr_array_index (matches, i);

      if (match->how == PHOENIX_ATS_MATCH_OFFER_WORDS)
        {
          worded = TRUE;
          g_assert_cmpstr (match->section, ==, "work");
          g_assert_cmpint (match->entry, ==, 0);
        }
    }
  g_assert_true (worded);
  g_assert_cmpuint (phoenix_ats_report_get_missing (report)->len, <,
                    phoenix_ats_report_get_missing (report_scattered)->len);
}

/* "A warehouse offer gets title 50 for the word « Responsable » alone": a rank word shared with a
 * title of another trade weighs little; the trade's own words make the title. */
static void
test_title_rank_word_alone (void)
{
  static const char text[] =
    "Responsable d'entrepôt\n"
    "Entreprise : Transports Ouest\n"
    "Lieu : Le Mans\n"
    "\n"
    "Missions\n"
    "- Organiser la réception et l'expédition des marchandises.\n"
    "- Encadrer les préparateurs de commandes.\n"
    "\n"
    "Profil\n"
    "- 3 ans d'expérience en logistique.\n";
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, text);
  g_autoptr(JsonObject) hr = resume_from (
    "{\"basics\": {\"name\": \"A\", \"label\": \"Responsable RH\"},"
    " \"work\": [{\"name\": \"Groupe\", \"position\": \"Responsable des ressources humaines\","
    "            \"startDate\": \"2015-01\", \"summary\": \"Recrutement et paie.\"}]}");
  g_autoptr(JsonObject) warehouse = resume_from (
    "{\"basics\": {\"name\": \"A\", \"label\": \"Responsable entrepôt\"},"
    " \"work\": [{\"name\": \"Groupe\", \"position\": \"Chef d'équipe entrepôt\", \"startDate\": \"2015-01\"}]}");
  g_autoptr(PhoenixAtsReport) report_hr = phoenix_ats_score (extractor, hr, offer);
  g_autoptr(PhoenixAtsReport) report_warehouse = phoenix_ats_score (extractor, warehouse, offer);
  double part_hr = phoenix_ats_report_get_part (report_hr, PHOENIX_ATS_PART_TITLE);

  g_test_message ("title: HR %.2f (%s); experience: %s; warehouse %.2f", part_hr,
                  phoenix_ats_report_get_reason (report_hr, PHOENIX_ATS_PART_TITLE),
                  phoenix_ats_report_get_reason (report_hr, PHOENIX_ATS_PART_EXPERIENCE),
                  phoenix_ats_report_get_part (report_warehouse, PHOENIX_ATS_PART_TITLE));
  g_assert_cmpfloat (part_hr, >, 0.0);
  g_assert_cmpfloat (part_hr, <=, 0.25);
  g_assert_cmpfloat (phoenix_ats_report_get_part (report_warehouse, PHOENIX_ATS_PART_TITLE), ==, 1.0);
  /* A position of another trade is not experience in the offer's field. */
  g_assert_cmpint (phoenix_job_offer_get_experience_years (offer), ==, 3);
  g_assert_cmpfloat (phoenix_ats_report_get_part (report_hr, PHOENIX_ATS_PART_EXPERIENCE), >=, 0.0);
  g_assert_cmpfloat (phoenix_ats_report_get_part (report_hr, PHOENIX_ATS_PART_EXPERIENCE), <, 0.5);
}

/* Every part the offer speaks of carries a reason; the others none. */
static void
test_every_part_has_a_reason (void)
{
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, nurse_offer);
  g_autoptr(JsonObject) resume = phoenix_test_resume_load ("cv-infirmiere.json");
  g_autoptr(PhoenixAtsReport) report = phoenix_ats_score (extractor, resume, offer);
  static const PhoenixAtsPart explained[] = {
    PHOENIX_ATS_PART_TITLE, PHOENIX_ATS_PART_EDUCATION, PHOENIX_ATS_PART_EXPERIENCE, PHOENIX_ATS_PART_KEYWORDS,
  };

  for (gsize i = 0; i < G_N_ELEMENTS (explained); i++)
    {
      const char *reason = phoenix_ats_report_get_reason (report, explained[i]);

      g_test_message ("%s: %s", phoenix_ats_part_to_string (explained[i]), reason);
      if (phoenix_ats_report_get_part (report, explained[i]) < 0)
        g_assert_null (reason);
      else
        g_assert_cmpuint (strlen (reason), >, 20);
    }
}

/* "Title, education and experience give 100 to almost any offer (a nurse scores 39 on an
 * HR-assistant offer)": a degree of the right level but of another field, with no job of the
 * offer's field beside it, gives nothing, and the reason says what would make it count. */
static void
test_education_needs_the_field (void)
{
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, nurse_offer);
  g_autoptr(JsonObject) physicist = resume_from (
    "{\"basics\": {\"name\": \"A\", \"label\": \"Professeur de physique\"},"
    " \"work\": [{\"name\": \"Lycée\", \"position\": \"Professeur de physique-chimie\", \"startDate\": \"2012-09\","
    "            \"summary\": \"Cours de physique en seconde et terminale.\"}],"
    " \"education\": [{\"institution\": \"Université\", \"studyType\": \"Master\", \"area\": \"Physique\", \"endDate\": \"2012\"}]}");
  g_autoptr(JsonObject) nurse = resume_from (
    "{\"basics\": {\"name\": \"A\", \"label\": \"Infirmière\"},"
    " \"work\": [{\"name\": \"CHU\", \"position\": \"Infirmière\", \"startDate\": \"2018-09\", \"endDate\": \"2023-06\","
    "            \"summary\": \"Soins infirmiers en médecine.\"}],"
    " \"education\": [{\"institution\": \"Université\", \"studyType\": \"Master\", \"area\": \"Physique\", \"endDate\": \"2012\"}]}");
  g_autoptr(PhoenixAtsReport) report = phoenix_ats_score (extractor, physicist, offer);
  g_autoptr(PhoenixAtsReport) report_nurse = phoenix_ats_score (extractor, nurse, offer);
  const char *reason = phoenix_ats_report_get_reason (report, PHOENIX_ATS_PART_EDUCATION);

  g_test_message ("%s", reason);
  g_assert_cmpfloat (phoenix_ats_report_get_part (report, PHOENIX_ATS_PART_EDUCATION), ==, 0.0);
  g_assert_nonnull (reason);
  g_assert_nonnull (strstr (reason, "Master"));
  g_assert_nonnull (strstr (reason, "Bac+3"));
  /* The same degree beside jobs of the trade: the level counts. */
  g_assert_cmpfloat (phoenix_ats_report_get_part (report_nurse, PHOENIX_ATS_PART_EDUCATION), ==, 1.0);
  /* Nor are years worked elsewhere experience of the field. */
  g_assert_cmpfloat (phoenix_ats_report_get_part (report, PHOENIX_ATS_PART_EXPERIENCE), ==, 0.0);
}

/* An offer open to beginners tells no candidate from another: its experience part is left out of
 * the score (not 100 % for every CV), and its reason says so. */
static void
test_experience_beginners_left_out (void)
{
  static const char text[] =
    "Employé polyvalent de restauration\n"
    "Entreprise : Le Comptoir\n"
    "Lieu : Tours\n"
    "\n"
    "Missions\n"
    "- Préparer les sandwichs et servir les clients.\n";
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, text);
  g_autoptr(JsonObject) resume = resume_from (
    "{\"basics\": {\"name\": \"A\", \"label\": \"Comptable\"},"
    " \"work\": [{\"name\": \"Cabinet\", \"position\": \"Comptable\", \"startDate\": \"2010-01\","
    "            \"summary\": \"Tenue de la comptabilité.\"}]}");
  g_autoptr(PhoenixAtsReport) report = NULL;
  const char *reason;

  /* The years asked as the user corrects them in the ATS window: none. */
  phoenix_job_offer_set_experience_years (offer, 0);
  report = phoenix_ats_score (extractor, resume, offer);
  reason = phoenix_ats_report_get_reason (report, PHOENIX_ATS_PART_EXPERIENCE);
  g_assert_cmpfloat (phoenix_ats_report_get_part (report, PHOENIX_ATS_PART_EXPERIENCE), <, 0.0);
  g_assert_nonnull (reason);
  g_test_message ("%s", reason);
}

static const char english_offer[] =
  "Customer Support Agent\n"
  "Company: Harbour Telecom\n"
  "\n"
  "Requirements\n"
  "- Fluent English and Spanish.\n"
  "- Answer customer calls and emails.\n";

static gboolean
matched_in (PhoenixAtsReport *report,
            guint             skill,
            const char       *section)
{
  GPtrArray *matches = phoenix_ats_report_get_matches (report);

  for (guint i = 0; i < matches->len; i++)
    {
      PhoenixAtsMatch *match = g_ptr_array_index (matches, i);

      if (match->skill == skill && g_str_equal (match->section, section))
        return TRUE;
    }

  return FALSE;
}

/* "English missing for a native speaker": a language the CV's languages section gives at a working
 * level (native, fluent, B2–C2, or no level) proves the offer's; one at a beginner's level does not. */
static void
test_native_language_not_missing (void)
{
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, english_offer);
  g_autoptr(JsonObject) resume = resume_from (
    "{\"basics\": {\"name\": \"A\", \"label\": \"Receptionist\"},"
    " \"work\": [{\"name\": \"Hotel\", \"position\": \"Receptionist\", \"startDate\": \"2019-01\","
    "            \"summary\": \"Check-in and check-out of guests.\"}],"
    " \"languages\": [{\"language\": \"English\", \"fluency\": \"Native speaker\"},"
    "                 {\"language\": \"Spanish\", \"fluency\": \"A2 (elementary)\"}]}");
  g_autoptr(PhoenixAtsReport) report = phoenix_ats_score (extractor, resume, offer);
  guint english;

  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "esco:6d3edede", &english));
  g_assert_false (missing_has (report, english));
  g_assert_true (matched_in (report, english, "languages"));
  /* Spanish at A2 is no working level: still missing when the offer asks it. */
  for (guint i = 0; i < phoenix_job_offer_get_skills (offer)->len; i++)
    {
      guint skill = g_array_index (phoenix_job_offer_get_skills (offer), PhoenixOfferSkill, i).skill;

      if (g_str_equal (phoenix_taxonomy_get_skill_label (taxonomy, skill, "en"), "Spanish"))
        {
          g_assert_true (missing_has (report, skill));
          g_assert_false (matched_in (report, skill, "languages"));
        }
    }
}

/* One consistent panel: a part that lists skills missing is asked and not full; the keywords the
 * reason names are the missing ones, and the part is the share found. */
static void
test_panel_parts_agree_with_lists (void)
{
  static const char text[] =
    "Conseiller clientèle\n"
    "Entreprise : Banque du Centre\n"
    "\n"
    "Missions\n"
    "- Accueillir les clients et répondre à leurs demandes.\n"
    "- Conseiller les clients sur les produits d'épargne.\n"
    "\n"
    "Profil\n"
    "- Prise de parole en public, sens de l'écoute, rigueur.\n"
    "- Respecter ses engagements.\n";
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, text);
  g_autoptr(JsonObject) resume = resume_from (
    "{\"basics\": {\"name\": \"A\", \"label\": \"Serveur\"},"
    " \"work\": [{\"name\": \"Brasserie\", \"position\": \"Serveur\", \"startDate\": \"2019-01\","
    "            \"summary\": \"Service en salle.\"}]}");
  g_autoptr(PhoenixAtsReport) report = phoenix_ats_score (extractor, resume, offer);
  g_autoptr(JsonNode) json = phoenix_ats_report_to_json (report);
  JsonObject *breakdown = json_object_get_object_member (json_node_get_object (json), "breakdown");
  JsonObject *keywords = json_object_get_object_member (breakdown, "keywords");
  JsonArray *missing_words = json_object_get_array_member (keywords, "missing");
  GArray *missing = phoenix_ats_report_get_missing (report);
  const char *reason = phoenix_ats_report_get_reason (report, PHOENIX_ATS_PART_KEYWORDS);
  gboolean soft_missing = FALSE;

  /* The skills not shown: the missing ones and those to show more clearly, both listed beside the parts. */
  missing = g_array_copy (missing);
  g_array_append_vals (missing, phoenix_ats_report_get_to_show (report)->data, phoenix_ats_report_get_to_show (report)->len);
  for (guint i = 0; i < missing->len; i++)
    {
      guint skill = g_array_index (missing, PhoenixOfferSkill, i).skill;
      gboolean soft = phoenix_taxonomy_get_skill_kind (taxonomy, skill) == PHOENIX_SKILL_KIND_SOFT;
      PhoenixAtsPart part = soft ? PHOENIX_ATS_PART_SOFT_SKILLS : PHOENIX_ATS_PART_HARD_SKILLS;

      soft_missing |= soft;
      g_assert_cmpfloat (phoenix_ats_report_get_part (report, part), >=, 0.0);
      g_assert_cmpfloat (phoenix_ats_report_get_part (report, part), <, 1.0);
    }
  g_array_unref (missing);
  g_assert_true (soft_missing);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (breakdown, "soft_skills"), "total"), >, 0);

  g_assert_cmpint (json_object_get_int_member (keywords, "total"), >, 0);
  g_assert_cmpuint (json_array_get_length (missing_words), ==,
                    json_object_get_int_member (keywords, "total") - json_object_get_int_member (keywords, "found"));
  g_assert_cmpint (json_object_get_int_member (keywords, "score"), ==,
                   (gint64) (100.0 * json_object_get_int_member (keywords, "found") /
                             json_object_get_int_member (keywords, "total") + 0.5));
  g_assert_nonnull (reason);
  for (guint i = 0; i < MIN (json_array_get_length (missing_words), 5); i++)
    g_assert_nonnull (strstr (reason, json_array_get_string_element (missing_words, i)));
}

/* The score's evidence: showing 1 of the 2 skills an offer names is less evidence of the trade than 4
 * of 8, though both are half. Before, both CVs had the same hard-skill part and nearly the same
 * score, so an offer where little was extracted ranked an unrelated CV as high as its own trade. */
static void
test_little_evidence_little_confidence (void)
{
  static const char few[] =
    "Développeur Python\n"
    "Entreprise : Data Conseil\n"
    "\n"
    "Profil\n"
    "- Python et Terraform exigés.\n";
  static const char many[] =
    "Développeur Python\n"
    "Entreprise : Data Conseil\n"
    "\n"
    "Profil\n"
    "- Python, SQL, Docker, Linux, Terraform, Kubernetes, Ansible et Bash exigés.\n";
  g_autoptr(PhoenixJobOffer) offer_few = phoenix_job_offer_new_from_text (extractor, few);
  g_autoptr(PhoenixJobOffer) offer_many = phoenix_job_offer_new_from_text (extractor, many);
  g_autoptr(JsonObject) resume_few = resume_from (
    "{\"basics\": {\"name\": \"A\", \"label\": \"Développeur Python\"},"
    " \"work\": [{\"name\": \"Data Conseil\", \"position\": \"Développeur Python\", \"startDate\": \"2019-01\","
    "            \"summary\": \"Scripts en Python.\"}]}");
  g_autoptr(JsonObject) resume_many = resume_from (
    "{\"basics\": {\"name\": \"A\", \"label\": \"Développeur Python\"},"
    " \"work\": [{\"name\": \"Data Conseil\", \"position\": \"Développeur Python\", \"startDate\": \"2019-01\","
    "            \"summary\": \"Scripts en Python et SQL, conteneurs Docker sous Linux.\"}]}");
  g_autoptr(PhoenixAtsReport) report_few = phoenix_ats_score (extractor, resume_few, offer_few);
  g_autoptr(PhoenixAtsReport) report_many = phoenix_ats_score (extractor, resume_many, offer_many);

  g_assert_cmpuint (phoenix_job_offer_get_skills (offer_few)->len, ==, 2);
  g_assert_cmpuint (phoenix_job_offer_get_skills (offer_many)->len, ==, 8);
  g_assert_cmpfloat (phoenix_ats_report_get_part (report_few, PHOENIX_ATS_PART_HARD_SKILLS), ==, 0.5);
  g_assert_cmpfloat (phoenix_ats_report_get_part (report_many, PHOENIX_ATS_PART_HARD_SKILLS), ==, 0.5);
  g_test_message ("1 of 2 skills: %u; 4 of 8: %u", phoenix_ats_report_get_score (report_few),
                  phoenix_ats_report_get_score (report_many));
  g_assert_cmpuint (phoenix_ats_report_get_score (report_few) + 5, <=, phoenix_ats_report_get_score (report_many));
  /* The report says why, in words. */
  g_assert_cmpfloat (phoenix_ats_report_get_confidence (report_few), <, phoenix_ats_report_get_confidence (report_many));
  g_assert_nonnull (phoenix_ats_report_get_confidence_reason (report_few));
  g_test_message ("%s", phoenix_ats_report_get_confidence_reason (report_few));
}

/* What a CV shows of a skill through general trade knowledge (data/ats/skill-evidence.tsv): a product
 * of the family the offer names (croissants are viennoiseries), the establishment of a specialty (an
 * EHPAD is geriatrics). Before, both were listed missing although the CV shows them. */
static void
test_evidence_not_missing (void)
{
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, PHOENIX_TEST_EVIDENCE_OFFER);
  g_autoptr(PhoenixAtsReport) report = score_evidence_cv (
    offer, "Service des repas en EHPAD, préparation des croissants du petit-déjeuner.");

  g_assert_false (missing_has (report, offer_skill (offer, "rome:124245")));  /* geriatrics */
  g_assert_false (missing_has (report, offer_skill (offer, "rome:126357")));  /* viennoiseries */
}

/* The offer's language is asked of the candidate: a French offer needs French. A CV in English that
 * does not list French lacks it (the recruiter reads it so); one that lists French at a working level
 * has it. Before, the language of either was not compared: the French offer of a trade scored an
 * English CV as high as the same trade's English offer. */
static void
test_offer_language_asked (void)
{
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, nurse_offer);
  static const char without[] =
    "{\"basics\": {\"name\": \"A\", \"label\": \"Registered nurse\"},"
    " \"work\": [{\"name\": \"NHS Trust\", \"position\": \"Registered nurse\", \"startDate\": \"2018-09\","
    "            \"summary\": \"Provided nursing care and monitored patients on a surgical ward.\"}]%s}";
  g_autofree char *json_without = g_strdup_printf (without, "");
  g_autofree char *json_with = g_strdup_printf (without, ", \"languages\": [{\"language\": \"French\", \"fluency\": \"Fluent\"}]");
  g_autoptr(JsonObject) resume_without = resume_from (json_without);
  g_autoptr(JsonObject) resume_with = resume_from (json_with);
  g_autoptr(PhoenixAtsReport) report_without = phoenix_ats_score (extractor, resume_without, offer);
  g_autoptr(PhoenixAtsReport) report_with = phoenix_ats_score (extractor, resume_with, offer);
  guint french;

  g_assert_cmpstr (phoenix_job_offer_get_language (offer), ==, "fr");
  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "rome:118230", &french));
  g_assert_true (missing_has (report_without, french));
  g_assert_false (missing_has (report_with, french));
  g_assert_cmpuint (phoenix_ats_report_get_score (report_without), <, phoenix_ats_report_get_score (report_with));
}

/* "Missing" lists real gaps only: a skill a CV claims more than it shows (ESCO's transversal skills of
 * thinking, self-management and social contact: "work in teams", "adapt to change") is one the CV
 * cannot be judged on; not shown, it goes to a separate list, to show more clearly. A trade skill and
 * a language the CV lacks stay missing. Before, all were listed missing alike. */
static void
test_transversal_not_missing (void)
{
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, PHOENIX_TEST_TRANSVERSAL_OFFER);
  g_autofree char *json = g_strdup_printf (PHOENIX_TEST_TRANSVERSAL_RESUME, "Served customers at the till.");
  g_autoptr(JsonObject) resume = resume_from (json);
  g_autoptr(PhoenixAtsReport) report = phoenix_ats_score (extractor, resume, offer);
  GArray *skills = phoenix_job_offer_get_skills (offer);
  guint teams, adapt, n_transversal = 0, n_other = 0;

  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "esco:60c78287", &teams));
  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "esco:49de9958", &adapt));
  for (guint i = 0; i < skills->len; i++)
    {
      guint skill = g_array_index (skills, PhoenixOfferSkill, i).skill;
      guint class = phoenix_taxonomy_get_skill_class (taxonomy, skill);

      if (class == phoenix_taxonomy_get_skill_class (taxonomy, teams) ||
          class == phoenix_taxonomy_get_skill_class (taxonomy, adapt))
        {
          n_transversal++;
          g_assert_false (missing_has (report, skill));
          g_assert_true (to_show_has (report, skill));
        }
      else
        {
          n_other++;
          g_assert_true (missing_has (report, skill));
          g_assert_false (to_show_has (report, skill));
        }
    }
  g_assert_cmpuint (n_transversal, ==, 2);
  g_assert_cmpuint (n_other, >=, 1);
}

/* A skill whose label holds the whole of a transversal one's, as « Capacité à travailler en équipe
 * pluridisciplinaire » holds « travailler en équipe », is one too (as a narrower skill proves a
 * broader one); one word alone (« planifier ») is not enough: « Planifier la production » stays a trade
 * skill. Before, the first was listed missing. */
static void
test_transversal_by_label (void)
{
  static const char text[] =
    "Aide-soignant / Aide-soignante\n"
    "Entreprise : Résidence Les Tilleuls\n"
    "\n"
    "Profil\n"
    "- Capacité à travailler en équipe pluridisciplinaire.\n"
    "- Planifier la production des repas.\n"
    "- Prévention des chutes.\n";
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, text);
  g_autoptr(PhoenixAtsReport) report = score_evidence_cv (offer, "Bionettoyage des chambres.");
  guint team = offer_skill (offer, "rome:492411"), falls = offer_skill (offer, "rome:477365");

  g_assert_false (missing_has (report, team));
  g_assert_true (to_show_has (report, team));
  g_assert_true (missing_has (report, falls));
  for (guint i = 0; i < phoenix_job_offer_get_skills (offer)->len; i++)
    {
      guint skill = g_array_index (phoenix_job_offer_get_skills (offer), PhoenixOfferSkill, i).skill;

      g_test_message ("%s: %s", phoenix_taxonomy_get_skill_label (taxonomy, skill, "fr"),
                      missing_has (report, skill) ? "missing" : to_show_has (report, skill) ? "to show" : "shown");
      /* No skill of planning here is transversal. */
      if (strstr (phoenix_taxonomy_get_skill_label (taxonomy, skill, "fr"), "lanifier") != NULL)
        g_assert_false (to_show_has (report, skill));
    }
}

/* A recruiter's gaps are the offer's requirements: a skill the offer names only once, among its missions,
 * by one word (« transmettre les observations » reads « Réaliser des observations »), and that the
 * offer's occupation does not list, is weak evidence: not missing (still counted in its part). A trade
 * skill named in words of its own stays missing. Before, both were listed missing alike. */
static void
test_weak_evidence_not_missing (void)
{
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, PHOENIX_TEST_WEAK_OFFER);
  g_autoptr(PhoenixAtsReport) report = score_evidence_cv (offer, "Bionettoyage des chambres.");
  guint observations = offer_skill (offer, "rome:117187"), falls = offer_skill (offer, "rome:477365");

  g_autoptr(PhoenixAtsReport) shows_falls = score_evidence_cv (offer, "Prévention des chutes des résidents.");

  g_assert_false (missing_has (report, observations));
  g_assert_false (to_show_has (report, observations));
  g_assert_true (missing_has (report, falls));
  /* Three required skills, the weak one still counted in its part: falls shown is 2 of 6. */
  g_assert_cmpuint (phoenix_job_offer_get_skills (offer)->len, ==, 3);
  g_assert_false (missing_has (shows_falls, falls));
  g_assert_cmpfloat_with_epsilon (phoenix_ats_report_get_part (shows_falls, PHOENIX_ATS_PART_HARD_SKILLS), 2.0 / 6.0, 1e-9);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  phoenix_test_ats_init (&taxonomy, &extractor);

  g_test_add_func ("/ats/reasons/education-diplome-d-etat", test_education_diplome_d_etat);
  g_test_add_func ("/ats/reasons/experience-in-field", test_experience_in_field);
  g_test_add_func ("/ats/reasons/keywords-without-boilerplate", test_keywords_without_boilerplate);
  g_test_add_func ("/ats/reasons/keywords-without-function-words", test_keywords_without_function_words);
  g_test_add_func ("/ats/reasons/other-words-not-missing", test_other_words_not_missing);
  g_test_add_func ("/ats/reasons/offer-words-not-missing", test_offer_words_not_missing);
  g_test_add_func ("/ats/reasons/title-rank-word-alone", test_title_rank_word_alone);
  g_test_add_func ("/ats/reasons/every-part-has-a-reason", test_every_part_has_a_reason);
  g_test_add_func ("/ats/reasons/education-needs-the-field", test_education_needs_the_field);
  g_test_add_func ("/ats/reasons/experience-beginners-left-out", test_experience_beginners_left_out);
  g_test_add_func ("/ats/reasons/native-language-not-missing", test_native_language_not_missing);
  g_test_add_func ("/ats/reasons/panel-parts-agree-with-lists", test_panel_parts_agree_with_lists);
  g_test_add_func ("/ats/reasons/little-evidence-little-confidence", test_little_evidence_little_confidence);
  g_test_add_func ("/ats/reasons/evidence-not-missing", test_evidence_not_missing);
  g_test_add_func ("/ats/reasons/offer-language-asked", test_offer_language_asked);
  g_test_add_func ("/ats/reasons/transversal-not-missing", test_transversal_not_missing);
  g_test_add_func ("/ats/reasons/transversal-by-label", test_transversal_by_label);
  g_test_add_func ("/ats/reasons/weak-evidence-not-missing", test_weak_evidence_not_missing);

  return phoenix_test_ats_run (&taxonomy, &extractor);
}
