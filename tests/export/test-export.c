/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gstdio.h>
#include <poppler.h>

#include "phoenix-completeness.h"
#include "phoenix-cv-renderer.h"
#include "phoenix-cv-variant.h"
#include "phoenix-json-resume.h"
#include "phoenix-json-schema.h"
#include "phoenix-photo.h"
#include "phoenix-pdf-reader.h"
#include "phoenix-profile-entries.h"
#include "phoenix-vault-private.h"
#include "phoenix-test-compare.h"
#include "phoenix-test-util.h"
#include "phoenix-test-vault.h"

/* Poppler 22.02 has no autoptr declarations. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerFontInfo, g_object_unref)

#define DATA_DIR SOURCE_DIR "/tests/data/json-resume"

typedef PhoenixTestDir Fixture;

static JsonNode *
load_json (const char *path)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

static JsonNode *
schema (void)
{
  static JsonNode *node;

  if (node == NULL)
    node = load_json (DATA_DIR "/schema.json");
  return node;
}

/* Profiles */

static void
append (GListStore *store,
        gpointer    item)
{
  g_list_store_append (store, item);
  g_object_unref (item);
}

static PhoenixExperience *
new_experience (const char *title,
                const char *employer,
                const char *start,
                const char *end,
                guint       n_highlights)
{
  PhoenixExperience *e = phoenix_experience_new ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) highlights = NULL;

  phoenix_experience_set_title (e, title);
  phoenix_experience_set_employer (e, employer);
  phoenix_experience_set_location (e, "Lyon");
  phoenix_experience_set_start_date (e, start);
  phoenix_experience_set_end_date (e, end);
  phoenix_experience_set_current (e, end == NULL || end[0] == '\0');
  phoenix_experience_set_summary (e, "Accueil des patients, coordination d’une équipe de six soignants "
                                     "et suivi des dossiers.");
  for (guint i = 0; i < n_highlights; i++)
    {
      g_autofree char *h = g_strdup_printf ("Réalisation n°%u : réduction de %u %% du temps d’attente "
                                            "grâce à un nouveau planning partagé", i + 1, 10 + i);

      g_strv_builder_add (builder, h);
    }
  highlights = g_strv_builder_end (builder);
  phoenix_experience_set_highlights (e, (const char * const *) highlights);

  return e;
}

/* A photo as the editor stores it: a small PNG with a clear corner, through phoenix_photo_prepare(),
 * which gives the same bytes back when it prepares them again (an import re-encodes every image). */
static GBytes *
new_prepared_photo (void)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, TRUE, 8, 6, 4);
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *photo;
  char *buffer = NULL;
  gsize size = 0;

  gdk_pixbuf_fill (pixbuf, 0x3366ccff);
  gdk_pixbuf_get_pixels (pixbuf)[3] = 0;
  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, "png", &error, NULL));
  png = g_bytes_new_take (buffer, size);
  photo = phoenix_photo_prepare (png, &error);
  g_assert_no_error (error);
  return photo;
}

/* A fictional person with something in every section and every field. */
static PhoenixProfile *
new_full_profile (void)
{
  PhoenixProfile *p = phoenix_profile_new ();
  g_autoptr(GBytes) photo = new_prepared_photo ();
  const char * const courses[] = { "Algorithmique", "Bases de données", NULL };
  const char * const keywords[] = { "GTK", "C", "SQLite", NULL };
  const char * const roles[] = { "Développeuse", "Cheffe de projet", NULL };
  const char * const vol_highlights[] = { "Formé 40 bénévoles", NULL };
  PhoenixEducation *ed;
  PhoenixSkill *skill;
  PhoenixLanguage *lang;
  PhoenixCertification *cert;
  PhoenixProject *proj;
  PhoenixInterest *interest;
  PhoenixVolunteer *vol;
  PhoenixAward *award;
  PhoenixPublication *pub;
  PhoenixReference *ref;
  PhoenixLink *link;

  phoenix_profile_set_name (p, "Camille Dupont-Lefèvre");
  phoenix_profile_set_headline (p, "Infirmière en reconversion vers le développement web");
  phoenix_profile_set_email (p, "camille.dupont@exemple.fr");
  phoenix_profile_set_phone (p, "+33 6 12 34 56 78");
  phoenix_profile_set_city (p, "Lyon");
  phoenix_profile_set_country (p, "FR");
  phoenix_profile_set_address (p, "12 rue des Lilas");
  phoenix_profile_set_postal_code (p, "69003");
  phoenix_profile_set_region (p, "Auvergne-Rhône-Alpes");
  phoenix_profile_set_url (p, "https://camille.exemple.fr");
  phoenix_profile_set_summary (p, "Dix ans de soins à l’hôpital, puis une formation de développeuse : "
                                  "j’apporte le sens du patient et la rigueur des protocoles.");
  phoenix_profile_set_photo (p, photo);

  link = phoenix_link_new ();
  phoenix_link_set_label (link, "LinkedIn");
  phoenix_link_set_username (link, "camilledupont");
  phoenix_link_set_url (link, "https://www.linkedin.com/in/camilledupont");
  append (phoenix_profile_get_links (p), link);

  append (phoenix_profile_get_experiences (p),
          new_experience ("Développeuse web", "Atelier Numérique", "2023-02", "", 2));
  append (phoenix_profile_get_experiences (p),
          new_experience ("Infirmière", "Hôpital Édouard-Herriot", "2013-09", "2022-06", 3));
  append (phoenix_profile_get_experiences (p),
          new_experience ("Aide-soignante", "Clinique du Parc", "2010", "2013-08", 1));

  ed = phoenix_education_new ();
  phoenix_education_set_degree (ed, "Titre professionnel");
  phoenix_education_set_field (ed, "Développement web et web mobile");
  phoenix_education_set_school (ed, "École du Numérique");
  phoenix_education_set_location (ed, "Villeurbanne");
  phoenix_education_set_start_date (ed, "2022-09");
  phoenix_education_set_end_date (ed, "2023-01");
  phoenix_education_set_grade (ed, "Mention bien");
  phoenix_education_set_summary (ed, "Projet final : une application de suivi de soins.");
  phoenix_education_set_url (ed, "https://ecole.exemple.fr");
  phoenix_education_set_courses (ed, courses);
  append (phoenix_profile_get_education (p), ed);

  ed = phoenix_education_new ();
  phoenix_education_set_degree (ed, "Diplôme d’État");
  phoenix_education_set_field (ed, "Soins infirmiers");
  phoenix_education_set_school (ed, "IFSI de Lyon");
  phoenix_education_set_start_date (ed, "2010-09");
  phoenix_education_set_end_date (ed, "2013-07");
  append (phoenix_profile_get_education (p), ed);

  skill = phoenix_skill_new ();
  phoenix_skill_set_name (skill, "Développement web");
  phoenix_skill_set_level (skill, "Intermédiaire");
  phoenix_skill_set_category (skill, "Technique");
  phoenix_skill_set_taxonomy_id (skill, "esco:S1.2.3");
  phoenix_skill_set_keywords (skill, keywords);
  append (phoenix_profile_get_skills (p), skill);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *name = g_strdup_printf ("Compétence %u", i + 1);

      skill = phoenix_skill_new ();
      phoenix_skill_set_name (skill, name);
      append (phoenix_profile_get_skills (p), skill);
    }

  lang = phoenix_language_new ();
  phoenix_language_set_name (lang, "Anglais");
  phoenix_language_set_level (lang, "B2");
  append (phoenix_profile_get_languages (p), lang);

  cert = phoenix_certification_new ();
  phoenix_certification_set_name (cert, "Opquast");
  phoenix_certification_set_issuer (cert, "Opquast");
  phoenix_certification_set_date (cert, "2023-03-15");
  phoenix_certification_set_url (cert, "https://opquast.exemple.com/c/123");
  append (phoenix_profile_get_certifications (p), cert);

  proj = phoenix_project_new ();
  phoenix_project_set_name (proj, "SoinSuivi");
  phoenix_project_set_summary (proj, "Suivi des soins à domicile");
  phoenix_project_set_url (proj, "https://soinsuivi.exemple.fr");
  phoenix_project_set_start_date (proj, "2022-11");
  phoenix_project_set_end_date (proj, "2023-01");
  phoenix_project_set_highlights (proj, vol_highlights);
  phoenix_project_set_keywords (proj, keywords);
  phoenix_project_set_roles (proj, roles);
  phoenix_project_set_entity (proj, "École du Numérique");
  phoenix_project_set_kind (proj, "application");
  append (phoenix_profile_get_projects (p), proj);

  interest = phoenix_interest_new ();
  phoenix_interest_set_name (interest, "Randonnée");
  phoenix_interest_set_keywords (interest, "Alpes, Vercors");
  append (phoenix_profile_get_interests (p), interest);

  vol = phoenix_volunteer_new ();
  phoenix_volunteer_set_organization (vol, "Croix-Rouge");
  phoenix_volunteer_set_position (vol, "Formatrice aux premiers secours");
  phoenix_volunteer_set_url (vol, "https://croix-rouge.exemple.fr");
  phoenix_volunteer_set_start_date (vol, "2015");
  phoenix_volunteer_set_current (vol, TRUE);
  phoenix_volunteer_set_summary (vol, "Sessions du samedi.");
  phoenix_volunteer_set_highlights (vol, vol_highlights);
  append (phoenix_profile_get_volunteering (p), vol);

  award = phoenix_award_new ();
  phoenix_award_set_title (award, "Prix de l’innovation soignante");
  phoenix_award_set_date (award, "2019-05");
  phoenix_award_set_awarder (award, "CHU de Lyon");
  phoenix_award_set_summary (award, "Pour un outil de transmission.");
  append (phoenix_profile_get_awards (p), award);

  pub = phoenix_publication_new ();
  phoenix_publication_set_name (pub, "Transmissions ciblées");
  phoenix_publication_set_publisher (pub, "Revue de l’infirmière");
  phoenix_publication_set_release_date (pub, "2018-10-01");
  phoenix_publication_set_url (pub, "https://revue.exemple.fr/42");
  phoenix_publication_set_summary (pub, "Retour d’expérience.");
  append (phoenix_profile_get_publications (p), pub);

  ref = phoenix_reference_new ();
  phoenix_reference_set_name (ref, "Dr Martin");
  phoenix_reference_set_reference (ref, "Camille est d’une fiabilité rare.");
  append (phoenix_profile_get_references (p), ref);

  return p;
}

/* JSON Resume */

static void
test_json_round_trip (void)
{
  g_autoptr(PhoenixProfile) profile = new_full_profile ();
  g_autoptr(PhoenixProfile) back = phoenix_profile_new ();
  g_autoptr(JsonNode) json = phoenix_json_resume_export (profile);
  g_autoptr(JsonNode) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_json_resume_import (back, json, &error));
  g_assert_no_error (error);
  phoenix_test_assert_profiles_equal (profile, back, FALSE);

  /* And through text. */
  {
    g_autofree char *text = phoenix_json_resume_to_data (profile, NULL);
    g_autoptr(PhoenixProfile) from_text = phoenix_profile_new ();

    g_assert_true (phoenix_json_resume_import_data (from_text, text, -1, &error));
    g_assert_no_error (error);
    phoenix_test_assert_profiles_equal (profile, from_text, FALSE);
  }

  again = phoenix_json_resume_export (back);
  g_assert_true (json_node_equal (json, again));
}

/* Every non-empty member of @expected is in @actual with the same value. */
static void
assert_json_contains (JsonNode   *expected,
                      JsonNode   *actual,
                      const char *path)
{
  g_assert_nonnull (actual);
  if (JSON_NODE_HOLDS_OBJECT (expected))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      g_assert_true (JSON_NODE_HOLDS_OBJECT (actual));
      json_object_iter_init (&iter, json_node_get_object (expected));
      while (json_object_iter_next (&iter, &name, &member))
        {
          g_autofree char *child = g_strdup_printf ("%s.%s", path, name);

          if (JSON_NODE_HOLDS_VALUE (member) && json_node_get_value_type (member) == G_TYPE_STRING &&
              json_node_get_string (member)[0] == '\0')
            continue;
          if (!json_object_has_member (json_node_get_object (actual), name))
            g_error ("%s is missing from the export", child);
          assert_json_contains (member, json_object_get_member (json_node_get_object (actual), name), child);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (expected))
    {
      JsonArray *e = json_node_get_array (expected);
      JsonArray *a;

      g_assert_true (JSON_NODE_HOLDS_ARRAY (actual));
      a = json_node_get_array (actual);
      g_assert_cmpuint (json_array_get_length (e), ==, json_array_get_length (a));
      for (guint i = 0; i < json_array_get_length (e); i++)
        {
          g_autofree char *child = g_strdup_printf ("%s[%u]", path, i);

          assert_json_contains (json_array_get_element (e, i), json_array_get_element (a, i), child);
        }
    }
  else if (!json_node_equal (expected, actual))
    {
      g_autofree char *e = json_to_string (expected, FALSE);
      g_autofree char *a = json_to_string (actual, FALSE);

      g_error ("%s: expected %s, exported %s", path, e, a);
    }
}

static void
test_json_sample (void)
{
  g_autoptr(JsonNode) sample = load_json (DATA_DIR "/sample.resume.json");
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(JsonNode) exported = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_json_resume_import (profile, sample, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (phoenix_profile_get_name (profile), ==, "Richard Hendriks");
  g_assert_cmpstr (phoenix_profile_get_headline (profile), ==, "Programmer");
  g_assert_cmpstr (phoenix_profile_get_region (profile), ==, "California");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_links (profile))), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_volunteering (profile))), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_references (profile))), ==, 1);

  exported = phoenix_json_resume_export (profile);
  assert_json_contains (sample, exported, "");
}

static void
test_json_schema_valid (void)
{
  g_autoptr(PhoenixProfile) full = new_full_profile ();
  g_autoptr(PhoenixProfile) sample = phoenix_profile_new ();
  g_autoptr(PhoenixProfile) empty = phoenix_profile_new ();
  g_autoptr(JsonNode) sample_json = load_json (DATA_DIR "/sample.resume.json");
  g_autoptr(GError) error = NULL;
  PhoenixProfile *profiles[3];

  g_assert_true (phoenix_json_resume_import (sample, sample_json, &error));
  profiles[0] = full;
  profiles[1] = sample;
  profiles[2] = empty;

  /* The compiled-in schema is the official one. */
  {
    g_autoptr(JsonNode) bad = json_from_string ("{\"work\": [{\"startDate\": \"2020/01\"}]}", NULL);
    g_autoptr(GError) local_error = NULL;

    g_assert_true (phoenix_json_resume_validate (sample_json, NULL, &local_error));
    g_assert_no_error (local_error);
    g_assert_false (phoenix_json_resume_validate (bad, NULL, &local_error));
    g_assert_error (local_error, PHOENIX_JSON_SCHEMA_ERROR, PHOENIX_JSON_SCHEMA_ERROR_INVALID);
  }

  /* The official sample itself is valid. */
  if (!phoenix_json_schema_validate (schema (), sample_json, NULL, &error))
    g_error ("the sample: %s", error->message);

  for (guint i = 0; i < G_N_ELEMENTS (profiles); i++)
    {
      g_autoptr(JsonNode) json = phoenix_json_resume_export (profiles[i]);
      g_autoptr(GPtrArray) problems = NULL;

      if (!phoenix_json_schema_validate (schema (), json, &problems, &error))
        g_error ("export %u: %s", i, error->message);
      g_assert_cmpuint (problems->len, ==, 0);
    }
}

static void
test_json_schema_bad (void)
{
  static const struct
  {
    const char *json;
    const char *path;  /* the problem names this path */
  } cases[] = {
    { "[]", "/" },
    { "{\"basics\": \"Jean\"}", "/basics" },
    { "{\"basics\": {\"email\": \"not an email\"}}", "/basics/email" },
    { "{\"basics\": {\"url\": \"www.example.com\"}}", "/basics/url" },
    { "{\"basics\": {\"name\": 42}}", "/basics/name" },
    { "{\"basics\": {\"profiles\": {\"network\": \"x\"}}}", "/basics/profiles" },
    { "{\"basics\": {\"location\": {\"city\": [\"Lyon\"]}}}", "/basics/location/city" },
    { "{\"work\": {}}", "/work" },
    { "{\"work\": [{\"startDate\": \"01/2020\"}]}", "/work/0/startDate" },
    { "{\"work\": [{\"endDate\": \"2020-13-01x\"}]}", "/work/0/endDate" },
    { "{\"work\": [{\"highlights\": [\"ok\", 3]}]}", "/work/0/highlights/1" },
    { "{\"education\": [{\"courses\": \"Maths\"}]}", "/education/0/courses" },
    { "{\"skills\": [{\"keywords\": [true]}]}", "/skills/0/keywords/0" },
    { "{\"projects\": [{\"url\": \"not a uri\"}]}", "/projects/0/url" },
    { "{\"meta\": {\"canonical\": \"::\"}}", "/meta/canonical" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(JsonNode) doc = json_from_string (cases[i].json, NULL);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      gboolean found = FALSE;

      g_test_message ("%s", cases[i].json);
      g_assert_nonnull (doc);
      g_assert_false (phoenix_json_schema_validate (schema (), doc, &problems, &error));
      g_assert_error (error, PHOENIX_JSON_SCHEMA_ERROR, PHOENIX_JSON_SCHEMA_ERROR_INVALID);
      for (guint p = 0; p < problems->len; p++)
        found |= g_str_has_prefix (problems->pdata[p], cases[i].path) &&
                 ((const char *) problems->pdata[p])[strlen (cases[i].path)] == ':';
      if (!found)
        g_error ("no problem at %s: %s", cases[i].path, error->message);
    }

  /* A keyword the validator does not know is an error, not a pass. */
  {
    g_autoptr(JsonNode) strict = json_from_string ("{\"type\": \"object\", \"minProperties\": 1}", NULL);
    g_autoptr(JsonNode) doc = json_from_string ("{}", NULL);
    g_autoptr(GError) error = NULL;

    g_assert_false (phoenix_json_schema_validate (strict, doc, NULL, &error));
    g_assert_error (error, PHOENIX_JSON_SCHEMA_ERROR, PHOENIX_JSON_SCHEMA_ERROR_UNSUPPORTED);
  }
}

static void
test_json_invalid (void)
{
  static const struct
  {
    const char *json;
    int         code;
    const char *mentions;  /* the message names this */
  } cases[] = {
    { "{\"basics\": {\"name\": \"Jean\"", PHOENIX_JSON_RESUME_ERROR_PARSE, NULL },
    { "not json at all", PHOENIX_JSON_RESUME_ERROR_PARSE, NULL },
    { "[1, 2]", PHOENIX_JSON_RESUME_ERROR_WRONG_TYPE, NULL },
    { "{\"basics\": {\"name\": 42}}", PHOENIX_JSON_RESUME_ERROR_WRONG_TYPE, "basics.name" },
    { "{\"basics\": []}", PHOENIX_JSON_RESUME_ERROR_WRONG_TYPE, "basics" },
    { "{\"basics\": {\"location\": {\"city\": true}}}", PHOENIX_JSON_RESUME_ERROR_WRONG_TYPE,
      "basics.location.city" },
    { "{\"basics\": {\"profiles\": [{\"url\": 1}]}}", PHOENIX_JSON_RESUME_ERROR_WRONG_TYPE,
      "basics.profiles[0].url" },
    { "{\"work\": {\"name\": \"ACME\"}}", PHOENIX_JSON_RESUME_ERROR_WRONG_TYPE, "work" },
    { "{\"work\": [{\"name\": \"ACME\"}, \"x\"]}", PHOENIX_JSON_RESUME_ERROR_WRONG_TYPE, "work[1]" },
    { "{\"work\": [{\"highlights\": \"a lot\"}]}", PHOENIX_JSON_RESUME_ERROR_WRONG_TYPE, "work[0].highlights" },
    { "{\"skills\": [{}, {\"keywords\": [\"C\", 2]}]}", PHOENIX_JSON_RESUME_ERROR_WRONG_TYPE,
      "skills[1].keywords[1]" },
    { "{\"education\": [{\"startDate\": \"septembre 2020\"}]}", PHOENIX_JSON_RESUME_ERROR_BAD_DATE,
      "education[0].startDate" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PhoenixProfile) profile = new_full_profile ();
      g_autoptr(PhoenixProfile) before = new_full_profile ();
      g_autoptr(GError) error = NULL;
      guint changed = 0;

      g_test_message ("%s", cases[i].json);
      g_signal_connect_swapped (profile, "changed", G_CALLBACK (g_atomic_int_inc), &changed);
      g_assert_false (phoenix_json_resume_import_data (profile, cases[i].json, -1, &error));
      g_assert_error (error, PHOENIX_JSON_RESUME_ERROR, cases[i].code);
      if (cases[i].mentions != NULL && strstr (error->message, cases[i].mentions) == NULL)
        g_error ("“%s” does not name %s", error->message, cases[i].mentions);

      /* Nothing changed. */
      g_assert_cmpuint (changed, ==, 0);
      phoenix_test_assert_profiles_equal (profile, before, FALSE);
    }
}

static void
test_json_conventions (void)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(GError) error = NULL;
  guint changed = 0;
  g_autoptr(PhoenixExperience) work = NULL;
  g_autoptr(JsonNode) json = NULL;
  JsonObject *basics;

  g_signal_connect_swapped (profile, "changed", G_CALLBACK (g_atomic_int_inc), &changed);
  g_assert_true (phoenix_json_resume_import_data (profile,
                                                  "{\"basics\": {\"image\": \"https://x.example/me.jpg\","
                                                  " \"x-extra\": 1},"
                                                  " \"work\": [{\"position\": \"Dev\", \"startDate\": \"2020-01-15T00:00:00Z\"}],"
                                                  " \"meta\": {\"version\": \"v1.0.0\"}}",
                                                  -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, ==, 1);  /* once for the whole import */

  work = g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_experiences (profile)), 0);
  g_assert_cmpstr (phoenix_experience_get_start_date (work), ==, "2020-01-15");
  g_assert_true (phoenix_experience_get_current (work));  /* a start and no end */
  g_assert_null (phoenix_profile_get_photo (profile));

  json = phoenix_json_resume_export (profile);
  basics = json_object_get_object_member (json_node_get_object (json), "basics");
  g_assert_cmpstr (json_object_get_string_member (basics, "image"), ==, "https://x.example/me.jpg");
  g_assert_cmpint (json_object_get_int_member (basics, "x-extra"), ==, 1);
  g_assert_true (json_object_has_member (json_node_get_object (json), "meta"));
}

/* PDF */

typedef struct
{
  const char *template_id;
  const char *language;
  const char *paper;
} PdfCase;

static char *
export_pdf (PhoenixProfile *profile,
            const PdfCase  *c,
            const char     *dir)
{
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  g_autofree char *name = g_strdup_printf ("%s-%s-%s.pdf", c->template_id, c->language, c->paper);
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  phoenix_cv_renderer_set_template (renderer, c->template_id);
  phoenix_cv_renderer_set_language (renderer, c->language);
  phoenix_cv_renderer_set_paper (renderer, c->paper);
  phoenix_cv_renderer_set_profile (renderer, profile);
  g_assert_true (phoenix_cv_renderer_export_pdf (renderer, path, NULL, &error));
  g_assert_no_error (error);

  return path;
}

static guint
array_length (JsonObject *object,
              const char *member)
{
  return json_object_has_member (object, member)
    ? json_array_get_length (json_object_get_array_member (object, member)) : 0;
}

static gboolean
headings_contain (JsonArray  *sections,
                  const char *heading)
{
  for (guint i = 0; i < json_array_get_length (sections); i++)
    {
      JsonNode *node = json_array_get_element (sections, i);
      const char *text = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_string (node) : NULL;

      if (text == NULL && JSON_NODE_HOLDS_OBJECT (node))
        text = json_object_get_string_member_with_default (json_node_get_object (node), "heading", NULL);
      /* Case aside: a template may set its headings in capitals. */
      if (text != NULL)
        {
          g_autofree char *a = g_utf8_casefold (text, -1);
          g_autofree char *b = g_utf8_casefold (heading, -1);

          if (g_str_equal (a, b))
            return TRUE;
        }
    }

  return FALSE;
}

static void
test_pdf_round_trip (Fixture       *f,
                     gconstpointer  data)
{
  static const PdfCase cases[] = {
    { "classic", "fr", "a4" }, { "classic", "en", "letter" },
    { "modern", "fr", "a4" }, { "modern", "en", "letter" },
    { "compact", "fr", "letter" }, { "compact", "en", "a4" },
  };
  g_autoptr(PhoenixProfile) profile = new_full_profile ();

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const PdfCase *c = &cases[i];
      g_autofree char *path = export_pdf (profile, c, f->dir);
      g_autofree char *contents = NULL;
      gsize length;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(JsonNode) result = NULL;
      g_autoptr(GError) error = NULL;
      JsonObject *read, *basics;
      JsonArray *sections, *work;
      gboolean fr = g_str_equal (c->language, "fr");
      const char *headings_fr[] = { "Profil", "Expérience professionnelle", "Formation", "Compétences",
                                    "Langues", "Projets", "Bénévolat", "Certifications", NULL };
      const char *headings_en[] = { "Profile", "Experience", "Education", "Skills", "Languages",
                                    "Projects", "Volunteering", "Certifications", NULL };
      const char * const expected_dates[][2] = {
        { "2023-02", NULL }, { "2013-09", "2022-06" }, { "2010", "2013-08" },
      };

      g_test_message ("%s %s %s", c->template_id, c->language, c->paper);
      g_assert_true (g_file_get_contents (path, &contents, &length, &error));
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      result = phoenix_pdf_reader_read (bytes, NULL, FALSE, &error);
      g_assert_no_error (error);

      read = json_object_get_object_member (json_node_get_object (result), "profile");
      basics = json_object_get_object_member (read, "basics");
      g_assert_cmpstr (json_object_get_string_member (basics, "name"), ==, "Camille Dupont-Lefèvre");
      g_assert_cmpstr (json_object_get_string_member (basics, "email"), ==, "camille.dupont@exemple.fr");
      g_assert_cmpstr (json_object_get_string_member (basics, "phone"), ==, "+33 6 12 34 56 78");

      sections = json_object_get_array_member (json_node_get_object (result), "sections");
      for (const char **h = fr ? headings_fr : headings_en; *h != NULL; h++)
        if (!headings_contain (sections, *h))
          g_error ("%s %s: heading “%s” not read back", c->template_id, c->language, *h);

      g_assert_cmpuint (array_length (read, "work"), ==, 3);
      g_assert_cmpuint (array_length (read, "education"), ==, 2);
      g_assert_cmpuint (array_length (read, "projects"), ==, 1);
      g_assert_cmpuint (array_length (read, "volunteer"), ==, 1);
      g_assert_cmpuint (array_length (read, "certificates"), ==, 1);
      g_assert_cmpuint (array_length (read, "languages"), ==, 1);

      work = json_object_get_array_member (read, "work");
      for (guint w = 0; w < 3; w++)
        {
          JsonObject *job = json_array_get_object_element (work, w);

          g_assert_cmpstr (json_object_get_string_member_with_default (job, "startDate", NULL), ==,
                           expected_dates[w][0]);
          g_assert_cmpstr (json_object_get_string_member_with_default (job, "endDate", NULL), ==,
                           expected_dates[w][1]);
        }
    }
}

/* The editor stores "native" beside the CEFR levels; a CV says it in its own language. */
static void
test_pdf_native_language (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixLanguage) french = phoenix_language_new ();
  static const PdfCase cases[] = { { "classic", "fr", "a4" }, { "classic", "en", "a4" } };

  phoenix_profile_set_name (profile, "Camille Martin");
  phoenix_language_set_name (french, "Français");
  phoenix_language_set_level (french, "native");
  g_list_store_append (phoenix_profile_get_languages (profile), french);

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = export_pdf (profile, &cases[i], f->dir);
      g_autofree char *contents = NULL;
      gsize length;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(JsonNode) result = NULL;
      g_autoptr(GError) error = NULL;
      const char *text;

      g_assert_true (g_file_get_contents (path, &contents, &length, &error));
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      result = phoenix_pdf_reader_read (bytes, NULL, FALSE, &error);
      g_assert_no_error (error);
      text = json_object_get_string_member (json_node_get_object (result), "text");

      if (g_str_equal (cases[i].language, "fr"))
        {
          g_assert_nonnull (strstr (text, "Français (langue maternelle)"));
          g_assert_null (strstr (text, "native"));
        }
      else
        g_assert_nonnull (strstr (text, "Français (native)"));
    }
}

static void
test_pdf_document (Fixture       *f,
                   gconstpointer  data)
{
  static const PdfCase cases[] = {
    { "classic", "fr", "a4" }, { "modern", "en", "letter" }, { "compact", "fr", "letter" },
  };
  g_autoptr(PhoenixProfile) profile = new_full_profile ();

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = export_pdf (profile, &cases[i], f->dir);
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(PopplerDocument) doc = poppler_document_new_from_file (uri, NULL, &error);
      g_autoptr(PopplerPage) page = NULL;
      g_autoptr(PopplerFontInfo) fonts = NULL;
      PopplerFontsIter *iter = NULL;
      g_autofree char *text = NULL;
      gboolean lato = FALSE;
      double width, height;

      g_assert_no_error (error);
      page = poppler_document_get_page (doc, 0);
      poppler_page_get_size (page, &width, &height);
      if (g_str_equal (cases[i].paper, "a4"))
        {
          g_assert_cmpfloat_with_epsilon (width, 595.28, 0.5);
          g_assert_cmpfloat_with_epsilon (height, 841.89, 0.5);
        }
      else
        {
          g_assert_cmpfloat_with_epsilon (width, 612, 0.5);
          g_assert_cmpfloat_with_epsilon (height, 792, 0.5);
        }

      /* Selectable text, in the CV's language, without hyphenation. */
      text = poppler_page_get_text (page);
      g_assert_nonnull (strstr (text, "Camille Dupont-Lefèvre"));
      {
        g_autofree char *folded = g_utf8_casefold (text, -1);

        g_assert_nonnull (strstr (folded, g_str_equal (cases[i].language, "fr") ? "formation" : "education"));
      }
      g_assert_null (strstr (text, "-\n"));
      g_assert_null (strstr (text, "\u00ad"));

      /* A structure tree (tagged PDF) gives the reading order. */
      {
        g_autofree char *bytes = NULL;
        gsize size;

        g_assert_true (g_file_get_contents (path, &bytes, &size, NULL));
        g_assert_true (phoenix_test_bytes_contain (bytes, size, "/StructTreeRoot"));
      }

      /* Contact details are links. */
      {
        GList *mapping = poppler_page_get_link_mapping (page);
        gboolean mailto = FALSE, linkedin = FALSE;

        for (GList *l = mapping; l != NULL; l = l->next)
          {
            PopplerLinkMapping *m = l->data;

            if (m->action->type != POPPLER_ACTION_URI)
              continue;
            mailto |= g_strcmp0 (m->action->uri.uri, "mailto:camille.dupont@exemple.fr") == 0;
            linkedin |= g_strcmp0 (m->action->uri.uri, "https://www.linkedin.com/in/camilledupont") == 0;
          }
        poppler_page_free_link_mapping (mapping);
        g_assert_true (mailto);
        g_assert_true (linkedin);
      }

      /* The shipped fonts are embedded. */
      fonts = poppler_font_info_new (doc);
      while (poppler_font_info_scan (fonts, 1, &iter))
        {
          if (iter == NULL)
            continue;
          do
            {
              lato |= strstr (poppler_fonts_iter_get_name (iter), "Lato") != NULL &&
                      poppler_fonts_iter_is_embedded (iter);
            }
          while (poppler_fonts_iter_next (iter));
          poppler_fonts_iter_free (iter);
          iter = NULL;
        }
      g_assert_true (lato);
    }
}

static PhoenixProfile *
new_long_profile (guint n_experiences,
                  guint summary_words)
{
  PhoenixProfile *profile = new_full_profile ();
  g_autoptr(GString) summary = g_string_new (NULL);

  for (guint i = 0; i < summary_words; i++)
    g_string_append (summary, i % 7 == 0 ? "soins " : "coordination ");
  phoenix_profile_set_summary (profile, summary->str);

  for (guint i = 0; i < n_experiences; i++)
    {
      g_autofree char *title = g_strdup_printf ("Poste n°%u", i + 1);
      g_autofree char *start = g_strdup_printf ("%u-0%u", 1990 + i, 1 + i % 9);

      append (phoenix_profile_get_experiences (profile),
              new_experience (title, "Employeur fictif", start, "2000-01", i % 5));
    }

  return profile;
}

static void
test_page_breaks (void)
{
  guint checked = 0;

  /* Summaries of many lengths move the page breaks across every kind of block. */
  for (guint words = 0; words < 400; words += 13)
    {
      g_autoptr(PhoenixProfile) profile = new_long_profile (12, words);
      guint n;
      const PhoenixCvTemplateInfo *templates = phoenix_cv_templates_get (&n);

      for (guint t = 0; t < n; t++)
        {
          g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();

          phoenix_cv_renderer_set_template (renderer, templates[t].id);
          phoenix_cv_renderer_set_paper (renderer, words % 2 ? "letter" : "a4");
          phoenix_cv_renderer_set_profile (renderer, profile);
          g_assert_cmpint (phoenix_cv_renderer_get_n_pages (renderer), >=, 2);
          if (!phoenix_cv_renderer_check_keep_together (renderer))
            g_error ("%s, %u words: an entry title ends a page", templates[t].id, words);
          checked++;
        }
    }

  g_assert_cmpuint (checked, >, 30);
}

static void
test_render_page (void)
{
  g_autoptr(PhoenixProfile) profile = new_full_profile ();
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  guint dark = 0;
  unsigned char *pixels;
  int stride;

  phoenix_cv_renderer_set_profile (renderer, profile);
  phoenix_cv_renderer_get_page_size (renderer, &width, &height);
  g_assert_cmpfloat (width, <, height);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cr = cairo_create (surface);
  g_assert_true (phoenix_cv_renderer_render_page (renderer, cr, 0));
  g_assert_false (phoenix_cv_renderer_render_page (renderer, cr, phoenix_cv_renderer_get_n_pages (renderer)));
  g_assert_false (phoenix_cv_renderer_render_page (renderer, cr, -1));
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  pixels = cairo_image_surface_get_data (surface);
  stride = cairo_image_surface_get_stride (surface);
  for (int y = 0; y < (int) height; y++)
    for (int x = 0; x < (int) width; x++)
      if ((pixels[y * stride + x * 4 + 1]) < 128)
        dark++;
  g_assert_cmpuint (dark, >, 2000);  /* text was drawn */
  cairo_surface_destroy (surface);
}

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **error = user_data;

  if (!phoenix_cv_renderer_export_pdf_finish (PHOENIX_CV_RENDERER (source), result, error) && *error == NULL)
    g_assert_not_reached ();
  if (*error == NULL)
    *error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_EXISTS, "ok");
}

static void
test_export_async (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PhoenixProfile) profile = new_full_profile ();
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  g_autofree char *path = g_build_filename (f->dir, "async.pdf", NULL);
  g_autofree char *cancelled_path = g_build_filename (f->dir, "cancelled.pdf", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autofree char *contents = NULL;
  GError *error = NULL;

  phoenix_cv_renderer_set_profile (renderer, profile);
  phoenix_cv_renderer_export_pdf_async (renderer, path, NULL, async_done_cb, &error);
  /* The profile may change meanwhile: the export works on a snapshot. */
  phoenix_profile_set_name (profile, "Quelqu’un d’autre");
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);  /* "ok" */
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  g_cancellable_cancel (cancellable);
  phoenix_cv_renderer_export_pdf_async (renderer, cancelled_path, cancellable, async_done_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (g_file_test (cancelled_path, G_FILE_TEST_EXISTS));
}

static void
test_export_unwritable (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(PhoenixProfile) profile = new_full_profile ();
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  g_autofree char *path = g_build_filename (f->dir, "no-such-folder", "cv.pdf", NULL);
  g_autoptr(GError) error = NULL;

  phoenix_cv_renderer_set_profile (renderer, profile);
  g_assert_false (phoenix_cv_renderer_export_pdf (renderer, path, NULL, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Completeness */

static gboolean
has_item (GPtrArray               *items,
          PhoenixCompletenessKind  kind,
          int                      index)
{
  for (guint i = 0; i < items->len; i++)
    {
      PhoenixCompletenessItem *item = items->pdata[i];

      if (item->kind == kind && item->index == index)
        {
          g_assert_true (item->message != NULL && item->message[0] != '\0');
          return TRUE;
        }
    }

  return FALSE;
}

static void
test_completeness (void)
{
  g_autoptr(PhoenixProfile) empty = phoenix_profile_new ();
  g_autoptr(PhoenixProfile) full = new_full_profile ();
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(PhoenixExperience) weak = NULL;
  guint score, full_score;

  score = phoenix_completeness_compute (empty, &items);
  /* An empty CV starts at 0 and counts up. */
  g_assert_cmpuint (score, ==, 0);
  {
    guint total = 0;

    for (guint i = 0; i < items->len; i++)
      total += ((PhoenixCompletenessItem *) items->pdata[i])->weight;
    g_assert_cmpuint (total, ==, 100);
  }
  g_assert_true (has_item (items, PHOENIX_COMPLETENESS_NO_NAME, -1));
  g_assert_true (has_item (items, PHOENIX_COMPLETENESS_NO_CONTACT, -1));
  g_assert_true (has_item (items, PHOENIX_COMPLETENESS_NO_SUMMARY, -1));
  g_assert_true (has_item (items, PHOENIX_COMPLETENESS_NO_SKILLS, -1));
  g_assert_true (has_item (items, PHOENIX_COMPLETENESS_NO_EXPERIENCE, -1));
  /* Heaviest first. */
  for (guint i = 1; i < items->len; i++)
    g_assert_cmpuint (((PhoenixCompletenessItem *) items->pdata[i - 1])->weight, >=,
                      ((PhoenixCompletenessItem *) items->pdata[i])->weight);
  g_clear_pointer (&items, g_ptr_array_unref);

  full_score = phoenix_completeness_compute (full, &items);
  g_assert_cmpuint (full_score, ==, 100);
  g_assert_cmpuint (items->len, ==, 0);
  g_clear_pointer (&items, g_ptr_array_unref);

  /* An experience without dates or highlights, at index 3. */
  weak = phoenix_experience_new ();
  phoenix_experience_set_title (weak, "Bénévole");
  g_list_store_append (phoenix_profile_get_experiences (full), weak);
  score = phoenix_completeness_compute (full, &items);
  g_assert_cmpuint (score, ==, 100 - 4 - 3);
  g_assert_true (has_item (items, PHOENIX_COMPLETENESS_EXPERIENCE_NO_DATES, 3));
  g_assert_true (has_item (items, PHOENIX_COMPLETENESS_EXPERIENCE_NO_HIGHLIGHTS, 3));
  g_assert_false (has_item (items, PHOENIX_COMPLETENESS_EXPERIENCE_NO_TITLE, 3));
  g_clear_pointer (&items, g_ptr_array_unref);

  /* A name alone is worth its 15 points. */
  {
    g_autoptr(PhoenixProfile) named = phoenix_profile_new ();
    g_autoptr(GPtrArray) named_items = NULL;

    phoenix_profile_set_name (named, "Camille Martin");
    g_assert_cmpuint (phoenix_completeness_compute (named, &named_items), ==, 15);
    g_assert_false (has_item (named_items, PHOENIX_COMPLETENESS_NO_NAME, -1));
  }

  /* Email only: a small penalty, not "no contact". */
  phoenix_profile_set_phone (full, "");
  score = phoenix_completeness_compute (full, &items);
  g_assert_true (has_item (items, PHOENIX_COMPLETENESS_NO_PHONE, -1));
  g_assert_false (has_item (items, PHOENIX_COMPLETENESS_NO_CONTACT, -1));
  g_clear_pointer (&items, g_ptr_array_unref);
  phoenix_profile_set_email (full, " ");
  g_assert_cmpuint (phoenix_completeness_compute (full, &items), <, score);
  g_assert_true (has_item (items, PHOENIX_COMPLETENESS_NO_CONTACT, -1));
}

/* Variants */

static const char *
uid_at (GListStore *store,
        guint       i)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
  const char *uid = NULL;

  g_assert_nonnull (item);
  if (PHOENIX_IS_EXPERIENCE (item))
    uid = phoenix_experience_get_uid (PHOENIX_EXPERIENCE (item));
  else if (PHOENIX_IS_SKILL (item))
    uid = phoenix_skill_get_uid (PHOENIX_SKILL (item));
  g_assert_true (uid != NULL && uid[0] != '\0');
  return uid;  /* the store still holds the item */
}

static void
test_variants (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(PhoenixProfile) profile = new_full_profile ();
  g_autoptr(PhoenixCvVariant) variant = phoenix_cv_variant_new ("Développeuse");
  g_autoptr(PhoenixCvVariant) copy = NULL;
  g_autoptr(PhoenixProfile) view = NULL;
  g_autoptr(PhoenixExperience) first = NULL;
  GListStore *experiences = phoenix_profile_get_experiences (profile);
  GListStore *skills = phoenix_profile_get_skills (profile);
  const char *selection[] = { uid_at (experiences, 2), uid_at (experiences, 0), "no-such-uid", NULL };
  const char *skill_selection[] = { uid_at (skills, 0), NULL };
  const char *sections[] = { "experience", "skills", "education", NULL };
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  g_autofree char *path = g_build_filename (f->dir, "variant.pdf", NULL);
  g_autoptr(GError) error = NULL;

  phoenix_cv_variant_set_selection (variant, "experience", selection);
  phoenix_cv_variant_set_selection (variant, "skills", skill_selection);
  phoenix_cv_variant_set_headline (variant, "Développeuse web junior");
  phoenix_cv_variant_set_language (variant, "en");
  phoenix_cv_variant_set_template (variant, "modern");
  phoenix_cv_variant_set_paper (variant, "letter");
  phoenix_cv_variant_set_sections (variant, sections);

  view = phoenix_cv_variant_resolve (variant, profile);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_experiences (view))), ==, 2);
  g_assert_cmpstr (uid_at (phoenix_profile_get_experiences (view), 0), ==, selection[0]);
  g_assert_cmpstr (uid_at (phoenix_profile_get_experiences (view), 1), ==, selection[1]);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_skills (view))), ==, 1);
  /* Sections without a selection show everything. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_education (view))), ==, 2);
  g_assert_cmpstr (phoenix_profile_get_headline (view), ==, "Développeuse web junior");
  g_assert_cmpstr (phoenix_profile_get_summary (view), ==, phoenix_profile_get_summary (profile));

  /* The variant refers to the profile's entries: an edit shows through. */
  first = g_list_model_get_item (G_LIST_MODEL (experiences), 0);
  phoenix_experience_set_title (first, "Développeuse web senior");
  g_clear_object (&view);
  view = phoenix_cv_variant_resolve (variant, profile);
  {
    g_autoptr(PhoenixExperience) shown = g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_experiences (view)), 1);

    g_assert_cmpstr (phoenix_experience_get_title (shown), ==, "Développeuse web senior");
  }

  /* Rendered with its own language, template, paper and sections. */
  phoenix_cv_renderer_set_variant (renderer, variant, profile);
  g_assert_cmpstr (phoenix_cv_renderer_get_template (renderer), ==, "modern");
  g_assert_cmpstr (phoenix_cv_renderer_get_language (renderer), ==, "en");
  g_assert_true (phoenix_cv_renderer_export_pdf (renderer, path, NULL, &error));
  g_assert_no_error (error);
  {
    g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
    g_autoptr(PopplerDocument) doc = poppler_document_new_from_file (uri, NULL, &error);
    g_autoptr(PopplerPage) page = poppler_document_get_page (doc, 0);
    g_autofree char *text = poppler_page_get_text (page);
    double w, h;

    poppler_page_get_size (page, &w, &h);
    g_assert_cmpfloat_with_epsilon (w, 612, 0.5);
    g_assert_nonnull (strstr (text, "Développeuse web senior"));
    g_assert_nonnull (strstr (text, "Experience"));
    g_assert_nonnull (strstr (text, "Aide-soignante"));
    g_assert_null (strstr (text, "Hôpital Édouard-Herriot"));  /* not selected */
    g_assert_null (strstr (text, "Projects"));        /* section left out */
    g_assert_null (strstr (text, "Compétence 2"));    /* skill not selected */
  }

  copy = phoenix_cv_variant_duplicate (variant, "Copie");
  g_assert_cmpstr (phoenix_cv_variant_get_name (copy), ==, "Copie");
  g_assert_cmpstr (phoenix_cv_variant_get_uid (copy), !=, phoenix_cv_variant_get_uid (variant));
  g_assert_true (g_strv_equal (phoenix_cv_variant_get_selection (copy, "experience"), selection));
  g_assert_null (phoenix_cv_variant_get_selection (copy, "projects"));
}

static void
test_variants_store (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "vault.db", NULL);
  g_autoptr(PhoenixVault) vault = phoenix_test_vault_new (path);
  g_autoptr(PhoenixProfile) profile = new_full_profile ();
  g_autoptr(PhoenixProfile) loaded_profile = phoenix_profile_new ();
  g_autoptr(GListStore) variants = g_list_store_new (PHOENIX_TYPE_CV_VARIANT);
  g_autoptr(GListStore) loaded = g_list_store_new (PHOENIX_TYPE_CV_VARIANT);
  g_autoptr(PhoenixCvVariant) a = phoenix_cv_variant_new ("Soins");
  g_autoptr(PhoenixCvVariant) b = phoenix_cv_variant_new ("Web");
  g_autoptr(PhoenixCvVariant) la = NULL;
  g_autoptr(PhoenixCvVariant) lb = NULL;
  g_autoptr(PhoenixProfile) view = NULL;
  g_autoptr(GError) error = NULL;
  GListStore *experiences = phoenix_profile_get_experiences (profile);
  const char *selection[] = { uid_at (experiences, 1), uid_at (experiences, 0), NULL };
  const char *sections[] = { "summary", "experience", NULL };

  g_assert_true (phoenix_vault_create (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);

  phoenix_cv_variant_set_selection (b, "experience", selection);
  phoenix_cv_variant_set_sections (b, sections);
  phoenix_cv_variant_set_language (b, "en");
  phoenix_cv_variant_set_summary (b, "Résumé propre à ce CV.");
  g_list_store_append (variants, a);
  g_list_store_append (variants, b);

  g_assert_true (phoenix_profile_save (profile, vault, &error));
  g_assert_true (phoenix_cv_variants_save (variants, vault, &error));
  g_assert_no_error (error);

  g_assert_true (phoenix_profile_load (loaded_profile, vault, &error));
  g_assert_true (phoenix_cv_variants_load (loaded, vault, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (loaded)), ==, 2);
  la = g_list_model_get_item (G_LIST_MODEL (loaded), 0);
  lb = g_list_model_get_item (G_LIST_MODEL (loaded), 1);
  g_assert_cmpstr (phoenix_cv_variant_get_name (la), ==, "Soins");
  g_assert_cmpstr (phoenix_cv_variant_get_uid (lb), ==, phoenix_cv_variant_get_uid (b));
  g_assert_cmpstr (phoenix_cv_variant_get_language (lb), ==, "en");
  g_assert_cmpstr (phoenix_cv_variant_get_summary (lb), ==, "Résumé propre à ce CV.");
  g_assert_true (g_strv_equal (phoenix_cv_variant_get_sections (lb), sections));
  g_assert_true (g_strv_equal (phoenix_cv_variant_get_selection (lb, "experience"), selection));
  g_assert_null (phoenix_cv_variant_get_selection (la, "experience"));

  /* The entry uids survive the vault: the loaded variant finds the loaded entries. */
  view = phoenix_cv_variant_resolve (lb, loaded_profile);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_experiences (view))), ==, 2);
  g_assert_cmpstr (uid_at (phoenix_profile_get_experiences (view), 0), ==, selection[0]);

  phoenix_vault_lock (vault);
}

/* A vault from before entry uids (schema 2) gets one per entry, kept from load to load. */
static void
test_migrated_uids (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "old.db", NULL);
  g_autoptr(PhoenixVault) vault = phoenix_test_vault_new (path);
  g_autoptr(PhoenixProfile) first = phoenix_profile_new ();
  g_autoptr(PhoenixProfile) second = phoenix_profile_new ();
  g_autoptr(PhoenixExperience) a = NULL;
  g_autoptr(PhoenixExperience) b = NULL;
  g_autoptr(PhoenixExperience) c = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (_phoenix_vault_create_at_version (vault, PHOENIX_TEST_PASSPHRASE, 2, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_exec (_phoenix_vault_get_db (vault),
                                 "INSERT INTO experience (position, title) VALUES (0, 'Infirmière'), (1, 'Aide-soignante')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  phoenix_vault_lock (vault);
  g_clear_object (&vault);

  vault = phoenix_test_vault_new (path);
  g_assert_true (phoenix_vault_unlock (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));  /* migrates */
  g_assert_no_error (error);
  g_assert_true (phoenix_profile_load (first, vault, &error));
  g_assert_true (phoenix_profile_load (second, vault, &error));
  g_assert_no_error (error);

  a = g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_experiences (first)), 0);
  b = g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_experiences (second)), 0);
  c = g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_experiences (first)), 1);
  g_assert_cmpstr (phoenix_experience_get_title (a), ==, "Infirmière");
  g_assert_cmpuint (strlen (phoenix_experience_get_uid (a)), ==, 32);
  g_assert_cmpstr (phoenix_experience_get_uid (a), ==, phoenix_experience_get_uid (b));
  g_assert_cmpstr (phoenix_experience_get_uid (a), !=, phoenix_experience_get_uid (c));

  phoenix_vault_lock (vault);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_setenv ("PHOENIX_FONT_DIR", SOURCE_DIR "/data/fonts", FALSE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/json-resume/round-trip", test_json_round_trip);
  g_test_add_func ("/export/json-resume/sample", test_json_sample);
  g_test_add_func ("/export/json-resume/schema-valid", test_json_schema_valid);
  g_test_add_func ("/export/json-resume/schema-bad", test_json_schema_bad);
  g_test_add_func ("/export/json-resume/invalid", test_json_invalid);
  g_test_add_func ("/export/json-resume/conventions", test_json_conventions);
  g_test_add_func ("/export/pdf/page-breaks", test_page_breaks);
  g_test_add_func ("/export/pdf/render-page", test_render_page);
  g_test_add_func ("/export/completeness", test_completeness);
  g_test_add ("/export/pdf/native-language", Fixture, NULL, phoenix_test_dir_setup, test_pdf_native_language,
              phoenix_test_dir_teardown);

#define ADD(path, func) g_test_add (path, Fixture, NULL, phoenix_test_dir_setup, func, phoenix_test_dir_teardown)
  ADD ("/export/pdf/round-trip", test_pdf_round_trip);
  ADD ("/export/pdf/document", test_pdf_document);
  ADD ("/export/pdf/async", test_export_async);
  ADD ("/export/pdf/unwritable", test_export_unwritable);
  ADD ("/export/variants/resolve", test_variants);
  ADD ("/export/variants/store", test_variants_store);
  ADD ("/export/variants/migrated-uids", test_migrated_uids);
#undef ADD

  return g_test_run ();
}
