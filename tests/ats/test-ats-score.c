/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ats-score"

#include "config.h"

#include <string.h>

#include "phoenix-ats.h"
#include "phoenix-json-resume.h"
#include "phoenix-test-ats.h"
#include "phoenix-test-util.h"

/* The explained ATS score of the test CVs (tests/data/ats) against the labelled offers. */

static PhoenixTaxonomy *taxonomy;
static PhoenixSkillExtractor *extractor;

static guint
score_of (JsonObject      *resume,
          PhoenixJobOffer *offer)
{
  g_autoptr(PhoenixAtsReport) report = phoenix_ats_score (extractor, resume, offer);

  return phoenix_ats_report_get_score (report);
}

static JsonArray *
array_of (JsonObject *object,
          const char *name)
{
  return json_object_get_array_member (object, name);
}

static void
test_score_add_required_skill (void)
{
  g_autoptr(JsonObject) resume = phoenix_test_resume_load ("cv-developpeur.json");
  g_autoptr(PhoenixJobOffer) offer = phoenix_test_offer_load (extractor, "offers", "fr-01-developpeur-web.txt");
  g_autoptr(PhoenixAtsReport) before_report = NULL;
  JsonObject *tools = json_array_get_object_element (array_of (resume, "skills"), 1);
  JsonArray *keywords = json_object_get_array_member (tools, "keywords");
  guint before, after;

  /* The CV lacks Kubernetes, a nice-to-have skill. */
  json_array_remove_element (keywords, 1);
  before_report = phoenix_ats_score (extractor, resume, offer);
  before = phoenix_ats_report_get_score (before_report);
  json_array_add_string_element (keywords, "Kubernetes");
  after = score_of (resume, offer);
  g_test_message ("adding a nice-to-have skill: %u → %u", before, after);
  g_assert_cmpuint (after, >, before);

  {
    g_autoptr(JsonObject) bare = phoenix_test_resume_load ("cv-developpeur.json");
    JsonObject *work0 = json_array_get_object_element (array_of (bare, "work"), 0);
    JsonArray *highlights = json_object_get_array_member (work0, "highlights");
    guint without, with;

    /* Docker is required; it is in a highlight and in the skills: remove both. */
    json_array_remove_element (highlights, 0);
    json_array_remove_element (json_object_get_array_member (json_array_get_object_element (array_of (bare, "skills"), 1), "keywords"), 1);
    without = score_of (bare, offer);
    json_array_add_string_element (json_object_get_array_member (json_array_get_object_element (array_of (bare, "skills"), 1), "keywords"), "Docker");
    with = score_of (bare, offer);
    g_test_message ("adding a missing required skill: %u → %u", without, with);
    g_assert_cmpuint (with, >, without);
  }
}

static void
test_score_title (void)
{
  g_autoptr(JsonObject) resume = phoenix_test_resume_load ("cv-developpeur.json");
  g_autoptr(PhoenixJobOffer) offer = phoenix_test_offer_load (extractor, "offers", "fr-01-developpeur-web.txt");
  JsonArray *work = array_of (resume, "work");
  guint with, without;

  with = score_of (resume, offer);
  json_object_remove_member (json_object_get_object_member (resume, "basics"), "label");
  for (guint i = 0; i < json_array_get_length (work); i++)
    json_object_remove_member (json_array_get_object_element (work, i), "position");
  without = score_of (resume, offer);
  g_test_message ("removing the job titles: %u → %u", with, without);
  g_assert_cmpuint (without, <, with);

  /* The same occupation in other words, here another language, counts for the title. */
  {
    g_autoptr(JsonObject) nurse = phoenix_test_resume_load ("cv-infirmiere.json");
    g_autoptr(PhoenixJobOffer) english = phoenix_test_offer_load (extractor, "offers", "en-04-registered-nurse.txt");
    g_autoptr(PhoenixJobOffer) web = phoenix_test_offer_load (extractor, "offers", "fr-01-developpeur-web.txt");
    g_autoptr(PhoenixAtsReport) same = phoenix_ats_score (extractor, nurse, english);
    g_autoptr(PhoenixAtsReport) other = phoenix_ats_score (extractor, nurse, web);

    g_assert_cmpfloat (phoenix_ats_report_get_part (same, PHOENIX_ATS_PART_TITLE), >=, 0.75);
    g_assert_cmpfloat (phoenix_ats_report_get_part (other, PHOENIX_ATS_PART_TITLE), <, 0.5);
  }
}

static void
test_score_other_job (void)
{
  g_autoptr(JsonObject) developer = phoenix_test_resume_load ("cv-developpeur.json");
  g_autoptr(JsonObject) nurse = phoenix_test_resume_load ("cv-infirmiere.json");
  g_autoptr(PhoenixJobOffer) web = phoenix_test_offer_load (extractor, "offers", "fr-01-developpeur-web.txt");
  g_autoptr(PhoenixJobOffer) care = phoenix_test_offer_load (extractor, "offers", "fr-04-infirmier.txt");
  guint dev_dev = score_of (developer, web);
  guint nurse_dev = score_of (nurse, web);
  guint nurse_care = score_of (nurse, care);
  guint dev_care = score_of (developer, care);

  g_test_message ("developer CV: %u on the web offer, %u on the nursing offer; nurse CV: %u and %u",
                  dev_dev, dev_care, nurse_dev, nurse_care);
  g_assert_cmpuint (dev_dev, >=, 70);
  g_assert_cmpuint (nurse_care, >=, 70);
  g_assert_cmpuint (nurse_dev, <=, 35);
  g_assert_cmpuint (dev_care, <=, 35);
}

/*
 * A French nurse's CV against an English offer: the offer's "nursing care" is
 * proved by the CV's "Réaliser des soins infirmiers" ("Provide nursing care"),
 * a more specific skill, and the match points at those words of the CV (and at
 * the degree's subject, « Soins infirmiers », which says it too), telling how
 * it matched. Without those words, it is missing again.
 */
static void
test_score_specific_skill_proves_general (void)
{
  g_autoptr(JsonObject) nurse = phoenix_test_resume_load ("cv-infirmiere.json");
  g_autoptr(PhoenixJobOffer) english = phoenix_test_offer_load (extractor, "offers", "en-04-registered-nurse.txt");
  g_autoptr(PhoenixAtsReport) report = phoenix_ats_score (extractor, nurse, english);
  GPtrArray *matches = phoenix_ats_report_get_matches (report);
  JsonObject *work = json_array_get_object_element (json_object_get_array_member (nurse, "work"), 0);
  const char *summary = json_object_get_string_member (work, "summary");
  JsonObject *degree = json_array_get_object_element (json_object_get_array_member (nurse, "education"), 0);
  gboolean found = FALSE;
  guint care;

  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "rome:107376", &care));
  for (guint i = 0; i < matches->len; i++)
    {
      PhoenixAtsMatch *match = g_ptr_array_index (matches, i);

      if (match->skill != care)
        continue;
      g_assert_cmpint (match->how, ==, PHOENIX_ATS_MATCH_NARROWER);
      g_assert_cmpuint (match->via, !=, care);
      if (g_str_equal (match->section, "education"))
        {
          g_assert_cmpstr (match->field, ==, "area");
          continue;
        }
      found = TRUE;
      g_assert_cmpstr (match->section, ==, "work");
      g_assert_cmpstr (match->field, ==, "summary");
      g_assert_true (g_str_has_prefix (summary + match->start, "Réaliser des soins infirmiers"));
    }
  g_assert_true (found);

  json_object_set_string_member (work, "summary", "Chirurgie orthopédique, dossier de soins sur DxCare.");
  json_object_set_string_member (degree, "area", "IFSI");
  {
    g_autoptr(PhoenixAtsReport) without = phoenix_ats_score (extractor, nurse, english);
    GArray *missing = phoenix_ats_report_get_missing (without);
    gboolean lacking = FALSE;

    for (guint i = 0; i < missing->len; i++)
      lacking |= g_array_index (missing, PhoenixOfferSkill, i).skill == care;
    g_assert_true (lacking);
    g_assert_cmpuint (phoenix_ats_report_get_score (without), <, phoenix_ats_report_get_score (report));
  }
}

/* Rewrites every string of @node with @transform. */
static void
transform_strings (JsonNode *node,
                   char   *(*transform) (const char *))
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        {
          JsonNode *child = json_object_get_member (object, l->data);

          if (JSON_NODE_TYPE (child) == JSON_NODE_VALUE && json_node_get_value_type (child) == G_TYPE_STRING)
            {
              g_autofree char *changed = NULL;

              /* Dates keep their form. */
              if (g_str_has_suffix (l->data, "Date"))
                continue;
              changed = transform (json_node_get_string (child));
              json_object_set_string_member (object, l->data, changed);
            }
          else
            transform_strings (child, transform);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *child = json_array_get_element (array, i);

          if (JSON_NODE_TYPE (child) == JSON_NODE_VALUE && json_node_get_value_type (child) == G_TYPE_STRING)
            {
              g_autofree char *changed = transform (json_node_get_string (child));

              json_array_remove_element (array, i);
              /* json-glib has no insert: rebuild the tail in order. */
              {
                g_autoptr(GPtrArray) tail = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);

                while (json_array_get_length (array) > i)
                  {
                    g_ptr_array_add (tail, json_node_ref (json_array_get_element (array, i)));
                    json_array_remove_element (array, i);
                  }
                json_array_add_string_element (array, changed);
                for (guint k = 0; k < tail->len; k++)
                  json_array_add_element (array, json_node_ref (g_ptr_array_index (tail, k)));
              }
            }
          else
            transform_strings (child, transform);
        }
    }
}

static char *
strip_accents (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (NULL);

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static char *
upper (const char *text)
{
  return g_utf8_strup (text, -1);
}

static char *
lower (const char *text)
{
  return g_utf8_strdown (text, -1);
}

static void
test_score_accents_and_case (void)
{
  char *(*transforms[]) (const char *) = { strip_accents, upper, lower };
  const char *resumes[] = { "cv-developpeur.json", "cv-infirmiere.json" };
  const char *offers[] = { "fr-01-developpeur-web.txt", "fr-04-infirmier.txt", "en-01-backend-engineer.txt" };

  for (gsize r = 0; r < G_N_ELEMENTS (resumes); r++)
    for (gsize o = 0; o < G_N_ELEMENTS (offers); o++)
      {
        g_autoptr(JsonObject) resume = phoenix_test_resume_load (resumes[r]);
        g_autoptr(PhoenixJobOffer) offer = phoenix_test_offer_load (extractor, "offers", offers[o]);
        guint reference = score_of (resume, offer);

        for (gsize t = 0; t < G_N_ELEMENTS (transforms); t++)
          {
            g_autoptr(JsonObject) changed = phoenix_test_resume_load (resumes[r]);
            g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), changed);

            transform_strings (node, transforms[t]);
            g_assert_cmpuint (score_of (changed, offer), ==, reference);
          }

        /* The offer without accents scores the same too. */
        {
          g_autofree char *plain = strip_accents (phoenix_job_offer_get_text (offer));
          g_autoptr(PhoenixJobOffer) plain_offer = phoenix_job_offer_new_from_text (extractor, plain);

          g_assert_cmpuint (score_of (resume, plain_offer), ==, reference);
        }
      }
}

static void
test_score_report (void)
{
  g_autoptr(JsonObject) resume = phoenix_test_resume_load ("cv-developpeur.json");
  g_autoptr(PhoenixJobOffer) offer = phoenix_test_offer_load (extractor, "offers", "fr-01-developpeur-web.txt");
  g_autoptr(PhoenixAtsReport) report = NULL;
  g_autoptr(JsonNode) json = NULL;
  GPtrArray *matches, *suggestions, *issues;
  GArray *missing;
  gboolean add_django = FALSE, retitle = FALSE, undated = FALSE, heading = FALSE, email = FALSE, phone = FALSE;
  guint django;
  JsonObject *basics = json_object_get_object_member (resume, "basics");

  /* Break the format on purpose. */
  json_object_remove_member (basics, "email");
  json_object_remove_member (basics, "phone");
  json_object_remove_member (json_array_get_object_element (array_of (resume, "work"), 1), "startDate");
  json_object_set_string_member (resume, "mes-passions", "Escalade");

  report = phoenix_ats_score (extractor, resume, offer);
  matches = phoenix_ats_report_get_matches (report);
  missing = phoenix_ats_report_get_missing (report);
  suggestions = phoenix_ats_report_get_suggestions (report);
  issues = phoenix_ats_report_get_issues (report);
  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "tool:django", &django));

  /* Every match points at the text that names the skill. */
  g_assert_cmpuint (matches->len, >, 5);
  for (guint i = 0; i < matches->len; i++)
    {
      PhoenixAtsMatch *match = g_ptr_array_index (matches, i);

      g_assert_cmpuint (match->end, >, match->start);
      if (match->skill == django)
        {
          JsonObject *entry = json_array_get_object_element (array_of (resume, match->section), match->entry);
          const char *text = json_object_get_string_member (entry, match->field);

          g_assert_cmpstr (match->section, ==, "work");
          g_assert_cmpint (match->entry, ==, 0);
          g_assert_true (strncmp (text + match->start, "Django", match->end - match->start) == 0);
        }
    }

  /* Missing: required first. */
  for (guint i = 1; i < missing->len; i++)
    g_assert_true (g_array_index (missing, PhoenixOfferSkill, i - 1).required ||
                   !g_array_index (missing, PhoenixOfferSkill, i).required);

  for (guint i = 0; i < suggestions->len; i++)
    {
      PhoenixAtsSuggestion *suggestion = g_ptr_array_index (suggestions, i);

      add_django = add_django || (suggestion->kind == PHOENIX_ATS_SUGGESTION_ADD_SKILL && suggestion->skill == django);
      retitle = retitle || (suggestion->kind == PHOENIX_ATS_SUGGESTION_RETITLE &&
                            g_strcmp0 (suggestion->text, "Développeur web Python / Django") == 0);
    }
  g_assert_true (add_django);
  g_assert_true (retitle);

  for (guint i = 0; i < issues->len; i++)
    {
      PhoenixAtsIssue *issue = g_ptr_array_index (issues, i);

      email = email || g_strcmp0 (issue->code, "missing-email") == 0;
      phone = phone || g_strcmp0 (issue->code, "missing-phone") == 0;
      undated = undated || (g_strcmp0 (issue->code, "undated-experience") == 0 && issue->entry == 1);
      heading = heading || (g_strcmp0 (issue->code, "unusual-heading") == 0 && g_strcmp0 (issue->section, "mes-passions") == 0);
    }
  g_assert_true (email && phone && undated && heading);

  json = phoenix_ats_report_to_json (report);
  g_assert_true (json_object_has_member (json_node_get_object (json), "breakdown"));
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (json), "score"), ==, phoenix_ats_report_get_score (report));
}

/* The app scores its PhoenixProfile through its JSON Resume export: same score as the file. */
static void
test_score_profile (void)
{
  g_autofree char *path = phoenix_test_source_path ("tests/data/ats/cv-developpeur.json");
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(JsonObject) resume = phoenix_test_resume_load ("cv-developpeur.json");
  g_autoptr(PhoenixJobOffer) offer = phoenix_test_offer_load (extractor, "offers", "fr-01-developpeur-web.txt");
  g_autoptr(PhoenixAtsReport) from_profile = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_json_resume_import_file (profile, path, &error));
  g_assert_no_error (error);
  from_profile = phoenix_ats_score_profile (extractor, profile, offer);
  g_assert_cmpuint (phoenix_ats_report_get_score (from_profile), ==, score_of (resume, offer));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  phoenix_test_ats_init (&taxonomy, &extractor);

  g_test_add_func ("/ats/score/adding-a-skill-raises", test_score_add_required_skill);
  g_test_add_func ("/ats/score/removing-the-title-lowers", test_score_title);
  g_test_add_func ("/ats/score/other-job-scores-low", test_score_other_job);
  g_test_add_func ("/ats/score/specific-skill-proves-general", test_score_specific_skill_proves_general);
  g_test_add_func ("/ats/score/accents-and-case", test_score_accents_and_case);
  g_test_add_func ("/ats/score/report", test_score_report);
  g_test_add_func ("/ats/score/profile", test_score_profile);

  return phoenix_test_ats_run (&taxonomy, &extractor);
}
