/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cv-parser"

#include "config.h"

#include <string.h>

#include "phoenix-cv-parser.h"
#include "phoenix-test-cv-lines.h"

/* Unit tests of the Poppler-free CV parser on positioned lines written here.
 * Every person in these fixtures is fictional. */

#define BODY   10.0
#define BLACK  0x000000
#define BLUE   0x1f4e79
#define GREY   0x666666

typedef PhoenixTestCvLines Fixture;

static JsonArray *
profile_array (PhoenixCvParse *parse,
               const char     *member)
{
  JsonObject *profile = phoenix_cv_parse_get_profile (parse);

  if (!json_object_has_member (profile, member))
    return NULL;
  return json_object_get_array_member (profile, member);
}

static guint
array_length (JsonArray *array)
{
  return array != NULL ? json_array_get_length (array) : 0;
}

static gboolean
unassigned_contains (PhoenixCvParse *parse,
                     const char     *needle)
{
  const char * const *u = phoenix_cv_parse_get_unassigned (parse);

  for (guint i = 0; u[i] != NULL; i++)
    if (strstr (u[i], needle) != NULL)
      return TRUE;
  return FALSE;
}

/* ---- Helpers: dates, phones, e-mails, text ----------------------------- */

typedef struct
{
  const char *text;
  const char *start;
  const char *end;
  gboolean    current;
} RangeCase;

static void
test_date_ranges (void)
{
  static const RangeCase cases[] = {
    { "janv. 2019 – déc. 2021", "2019-01", "2021-12", FALSE },
    { "Févr. 2020 - aujourd’hui", "2020-02", NULL, TRUE },
    { "Mars 2018 – Présent", "2018-03", NULL, TRUE },
    { "septembre 2017 à juin 2019", "2017-09", "2019-06", FALSE },
    { "Décembre 2020 - actuel", "2020-12", NULL, TRUE },
    { "depuis 2021", "2021", NULL, TRUE },
    { "Depuis janvier 2022", "2022-01", NULL, TRUE },
    { "2019 – 2022", "2019", "2022", FALSE },
    { "2015-2018", "2015", "2018", FALSE },
    { "03/2019 - 05/2022", "2019-03", "2022-05", FALSE },
    { "2019-03 – 2020-11", "2019-03", "2020-11", FALSE },
    { "Jan 2019 – Present", "2019-01", NULL, TRUE },
    { "June 2020 - Current", "2020-06", NULL, TRUE },
    { "2019–now", "2019", NULL, TRUE },
    { "Sep. 2016 to May 2018", "2016-09", "2018-05", FALSE },
    { "Aug 2014 – Jun 2016", "2014-08", "2016-06", FALSE },
    { "Développeur, Acme (juil. 2018 – août 2020)", "2018-07", "2020-08", FALSE },
    { "Since March 2023", "2023-03", NULL, TRUE },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *start = NULL;
      g_autofree char *end = NULL;
      gboolean current = FALSE;

      g_test_message ("%s", cases[i].text);
      g_assert_true (phoenix_cv_find_date_range (cases[i].text, &start, &end, &current));
      g_assert_cmpstr (start, ==, cases[i].start);
      g_assert_cmpstr (end, ==, cases[i].end);
      g_assert_cmpint (current, ==, cases[i].current);
    }
}

static void
test_single_dates (void)
{
  static const char * const cases[][2] = {
    { "janv. 2019", "2019-01" }, { "févr. 2020", "2020-02" }, { "déc. 2018", "2018-12" },
    { "Août 2017", "2017-08" }, { "03/2019", "2019-03" }, { "2019-03", "2019-03" },
    { "2019", "2019" }, { "June 2020", "2020-06" }, { "15/09/2014", "2014-09" },
    { "Obtenu en 2012", "2012" },
  };
  static const char * const not_dates[] = {
    "Bonjour", "12 rue de la Paix", "Windows 10", "06 12 34 56 78", "Page 3", "1234567",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *iso = phoenix_cv_parse_date (cases[i][0]);
      g_test_message ("%s", cases[i][0]);
      g_assert_cmpstr (iso, ==, cases[i][1]);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (not_dates); i++)
    {
      g_autofree char *iso = phoenix_cv_parse_date (not_dates[i]);
      g_test_message ("%s", not_dates[i]);
      g_assert_null (iso);
    }
  /* A lone date is not a range. */
  g_assert_false (phoenix_cv_find_date_range ("Juin 2019", NULL, NULL, NULL));
}

static void
test_phones (void)
{
  static const char * const cases[][2] = {
    { "06 12 34 56 78", "06 12 34 56 78" },
    { "Tél. : 06 12 34 56 78", "06 12 34 56 78" },
    { "+33 6 12 34 56 78", "+33 6 12 34 56 78" },
    { "+33 (0)6 12 34 56 78", "+33 (0)6 12 34 56 78" },
    { "06.12.34.56.78", "06.12.34.56.78" },
    { "0612345678", "0612345678" },
    { "+1-123-456-7890", "+1-123-456-7890" },
    { "(909) 555-5555", "(909) 555-5555" },
    { "607.379.5733", "607.379.5733" },
    { "+49 178 910 11 12 13", "+49 178 910 11 12 13" },
    { "camille@example.fr | 07 98 76 54 32 | Lyon", "07 98 76 54 32" },
  };
  static const char * const not_phones[] = {
    "2019 – 2022", "03/2019 - 05/2022", "75011 Paris", "2015-2018", "Version 1.2.3", "",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *phone = phoenix_cv_find_phone (cases[i][0]);
      g_test_message ("%s", cases[i][0]);
      g_assert_cmpstr (phone, ==, cases[i][1]);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (not_phones); i++)
    {
      g_autofree char *phone = phoenix_cv_find_phone (not_phones[i]);
      g_test_message ("%s", not_phones[i]);
      g_assert_null (phone);
    }
}

static void
test_emails_and_text (void)
{
  g_autofree char *email = phoenix_cv_find_email ("\xef\x83\xa0 camille.martin+cv@example.fr");
  g_autofree char *none = phoenix_cv_find_email ("pas d'adresse ici");
  g_autofree char *ligatures = phoenix_cv_normalize_text ("ﬁnance et ﬂux, eﬀort");
  g_autofree char *icons = phoenix_cv_normalize_text ("\xef\x82\x95\xc2\xa0 06 12 34 56 78 \xef\xbf\xbd Lyon");
  g_autofree char *hyphen = phoenix_cv_normalize_text ("auto\xc2\xad" "entrepreneur \xe2\x80\x90 Paris");

  g_assert_cmpstr (email, ==, "camille.martin+cv@example.fr");
  g_assert_null (none);
  g_assert_cmpstr (ligatures, ==, "finance et flux, effort");
  g_assert_cmpstr (icons, ==, "06 12 34 56 78 Lyon");
  g_assert_cmpstr (hyphen, ==, "autoentrepreneur - Paris");
}

/* ---- Whole CVs ------------------------------------------------------------ */

static void
build_french_cv (Fixture *f)
{
  phoenix_test_cv_add (f, 24, TRUE, BLACK, "Camille Martin");
  phoenix_test_cv_add (f, 12, FALSE, GREY, "Cheffe de projet digital en reconversion");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "\xef\x83\xa0 camille.martin@example.fr   \xef\x82\x95 06 12 34 56 78   Lyon, France");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "linkedin.com/in/camille-martin-exemple   github.com/cmartin-exemple");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 13, TRUE, BLUE, "PROFIL");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Dix ans de gestion de projet dans la distribution, je me forme au développement web.");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 13, TRUE, BLUE, "EXPÉRIENCES PROFESSIONNELLES");
  phoenix_test_cv_add_with_right (f, TRUE, "Cheffe de projet – Maison Durand", "janv. 2019 – aujourd’hui");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Lyon");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "• Pilotage de 12 projets de refonte de boutiques");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "• Encadrement d’une équipe de 5 personnes");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add_with_right (f, TRUE, "Assistante marketing – Boulangeries Petit", "03/2015 - 12/2018");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "• Campagnes locales et réseaux sociaux");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 13, TRUE, BLUE, "FORMATION");
  phoenix_test_cv_add_with_right (f, TRUE, "Master Marketing – Université Lumière Lyon 2", "2013 – 2015");
  phoenix_test_cv_add_with_right (f, TRUE, "Licence Économie – Université de Savoie", "2010 – 2013");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 13, TRUE, BLUE, "COMPÉTENCES");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Gestion de projet : Agile, Scrum, Jira");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Web : HTML, CSS, JavaScript");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 13, TRUE, BLUE, "LANGUES");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Français : langue maternelle");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Anglais : courant (C1)");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Espagnol : notions");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 13, TRUE, BLUE, "CERTIFICATIONS");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Professional Scrum Master I – Scrum.org – 2021");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 13, TRUE, BLUE, "CENTRES D’INTÉRÊT");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Randonnée, photographie, chorale");
}

static void
test_french_one_column (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  JsonObject *profile, *basics;
  JsonArray *work, *education, *languages, *skills, *certificates, *interests;
  const char * const *sections;
  static const char * const expected[] = {
    "PROFIL", "EXPÉRIENCES PROFESSIONNELLES", "FORMATION", "COMPÉTENCES", "LANGUES", "CERTIFICATIONS",
    "CENTRES D’INTÉRÊT", NULL,
  };

  build_french_cv (f);
  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  profile = phoenix_cv_parse_get_profile (parse);
  basics = json_object_get_object_member (profile, "basics");
  sections = phoenix_cv_parse_get_sections (parse);

  g_assert_cmpstrv (sections, expected);
  g_assert_cmpstr (phoenix_test_cv_member_string (basics, "name"), ==, "Camille Martin");
  g_assert_cmpstr (phoenix_test_cv_member_string (basics, "label"), ==, "Cheffe de projet digital en reconversion");
  g_assert_cmpstr (phoenix_test_cv_member_string (basics, "email"), ==, "camille.martin@example.fr");
  g_assert_cmpstr (phoenix_test_cv_member_string (basics, "phone"), ==, "06 12 34 56 78");
  g_assert_true (json_object_has_member (basics, "location"));
  g_assert_cmpstr (phoenix_test_cv_member_string (json_object_get_object_member (basics, "location"), "city"), ==, "Lyon");
  g_assert_cmpuint (array_length (json_object_get_array_member (basics, "profiles")), ==, 2);
  g_assert_nonnull (strstr (phoenix_test_cv_member_string (basics, "summary"), "gestion de projet"));
  g_assert_cmpfloat (phoenix_cv_parse_get_field_confidence (parse, "/basics/email"), >, 0.9);
  g_assert_cmpfloat (phoenix_cv_parse_get_field_confidence (parse, "/basics/name"), >, 0.5);

  work = profile_array (parse, "work");
  g_assert_cmpuint (array_length (work), ==, 2);
  {
    JsonObject *job = json_array_get_object_element (work, 0);
    g_assert_cmpstr (phoenix_test_cv_member_string (job, "position"), ==, "Cheffe de projet");
    g_assert_cmpstr (phoenix_test_cv_member_string (job, "name"), ==, "Maison Durand");
    g_assert_cmpstr (phoenix_test_cv_member_string (job, "startDate"), ==, "2019-01");
    g_assert_null (phoenix_test_cv_member_string (job, "endDate"));
    g_assert_cmpuint (array_length (json_object_get_array_member (job, "highlights")), ==, 2);
    job = json_array_get_object_element (work, 1);
    g_assert_cmpstr (phoenix_test_cv_member_string (job, "startDate"), ==, "2015-03");
    g_assert_cmpstr (phoenix_test_cv_member_string (job, "endDate"), ==, "2018-12");
    g_assert_cmpfloat (phoenix_cv_parse_get_field_confidence (parse, "/work/1/startDate"), >, 0.5);
  }

  education = profile_array (parse, "education");
  g_assert_cmpuint (array_length (education), ==, 2);
  {
    JsonObject *degree = json_array_get_object_element (education, 0);
    g_assert_cmpstr (phoenix_test_cv_member_string (degree, "studyType"), ==, "Master Marketing");
    g_assert_cmpstr (phoenix_test_cv_member_string (degree, "institution"), ==, "Université Lumière Lyon 2");
    g_assert_cmpstr (phoenix_test_cv_member_string (degree, "startDate"), ==, "2013");
    g_assert_cmpstr (phoenix_test_cv_member_string (degree, "endDate"), ==, "2015");
  }

  skills = profile_array (parse, "skills");
  g_assert_cmpuint (array_length (skills), ==, 2);
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (skills, 0), "name"), ==, "Gestion de projet");
  g_assert_cmpuint (array_length (json_object_get_array_member (json_array_get_object_element (skills, 0), "keywords")), ==, 3);

  languages = profile_array (parse, "languages");
  g_assert_cmpuint (array_length (languages), ==, 3);
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (languages, 0), "language"), ==, "Français");
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (languages, 0), "fluency"), ==, "langue maternelle");
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (languages, 1), "language"), ==, "Anglais");
  g_assert_nonnull (strstr (phoenix_test_cv_member_string (json_array_get_object_element (languages, 1), "fluency"), "courant"));
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (languages, 2), "fluency"), ==, "notions");

  certificates = profile_array (parse, "certificates");
  g_assert_cmpuint (array_length (certificates), ==, 1);
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (certificates, 0), "name"), ==, "Professional Scrum Master I");
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (certificates, 0), "issuer"), ==, "Scrum.org");
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (certificates, 0), "date"), ==, "2021");

  interests = profile_array (parse, "interests");
  g_assert_cmpuint (array_length (interests), ==, 3);
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (interests, 2), "name"), ==, "chorale");
}

static void
test_english_two_columns (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  JsonObject *basics;
  JsonArray *work, *languages, *education;
  const char * const *sections;
  static const char * const expected[] = {
    "Contact", "Skills", "Languages", "Experience", "Education", NULL,
  };
  double ly = 140, ry = 140;

  /* Header across the page. */
  phoenix_test_cv_add_at (f, 0, 40, 40, 26, TRUE, BLACK, "Jordan Rivera");
  phoenix_test_cv_add_at (f, 0, 40, 75, 12, FALSE, GREY, "Data analyst moving into product management");
  /* Left sidebar, x 40..190, at its own rhythm. */
#define LEFT(size, bold, color, text) (phoenix_test_cv_add_at (f, 0, 40, ly, size, bold, color, text), ly += size * 1.7)
#define RIGHT(size, bold, color, text) (phoenix_test_cv_add_at (f, 0, 230, ry, size, bold, color, text), ry += size * 1.35)
  LEFT (13, TRUE, BLUE, "Contact");
  LEFT (9, FALSE, BLACK, "jordan.rivera@example.com");
  LEFT (9, FALSE, BLACK, "(555) 010-0199");
  LEFT (9, FALSE, BLACK, "Portland, OR");
  ly += 8;
  LEFT (13, TRUE, BLUE, "Skills");
  LEFT (9, FALSE, BLACK, "SQL, Python, Tableau");
  LEFT (9, FALSE, BLACK, "Roadmapping");
  ly += 8;
  LEFT (13, TRUE, BLUE, "Languages");
  LEFT (9, FALSE, BLACK, "English (native)");
  LEFT (9, FALSE, BLACK, "Spanish – fluent");
  LEFT (9, FALSE, BLACK, "German B1");
  /* Main column. */
  RIGHT (13, TRUE, BLUE, "Experience");
  RIGHT (10, TRUE, BLACK, "Senior Data Analyst, Northwind Traders");
  RIGHT (9, FALSE, GREY, "Jun 2020 – Present");
  RIGHT (10, FALSE, BLACK, "• Built the weekly revenue dashboard used by 40 managers");
  RIGHT (10, FALSE, BLACK, "• Cut report preparation time by half with automated");
  phoenix_test_cv_add_at (f, 0, 240, ry, 10, FALSE, BLACK, "data pipelines");
  ry += 13.5;
  ry += 6;
  RIGHT (10, TRUE, BLACK, "Data Analyst, Contoso Health");
  RIGHT (9, FALSE, GREY, "Sep 2016 – May 2020");
  RIGHT (10, FALSE, BLACK, "• Modelled patient flows for three clinics");
  ry += 6;
  RIGHT (10, TRUE, BLACK, "Analyst Intern, Fabrikam");
  RIGHT (9, FALSE, GREY, "Jun 2015 – Aug 2015");
  ry += 10;
  RIGHT (13, TRUE, BLUE, "Education");
  RIGHT (10, TRUE, BLACK, "B.Sc. Statistics, Portland State University");
  RIGHT (9, FALSE, GREY, "2012 – 2016");
#undef LEFT
#undef RIGHT

  parse = phoenix_cv_parse_lines (f->lines, 612, 792);
  basics = json_object_get_object_member (phoenix_cv_parse_get_profile (parse), "basics");
  sections = phoenix_cv_parse_get_sections (parse);
  g_assert_cmpstrv (sections, expected);
  g_assert_cmpstr (phoenix_test_cv_member_string (basics, "name"), ==, "Jordan Rivera");
  g_assert_cmpstr (phoenix_test_cv_member_string (basics, "email"), ==, "jordan.rivera@example.com");
  g_assert_cmpstr (phoenix_test_cv_member_string (basics, "phone"), ==, "(555) 010-0199");

  work = profile_array (parse, "work");
  g_assert_cmpuint (array_length (work), ==, 3);
  {
    JsonObject *job = json_array_get_object_element (work, 0);
    JsonArray *highlights = json_object_get_array_member (job, "highlights");
    g_assert_cmpstr (phoenix_test_cv_member_string (job, "position"), ==, "Senior Data Analyst");
    g_assert_cmpstr (phoenix_test_cv_member_string (job, "name"), ==, "Northwind Traders");
    g_assert_cmpstr (phoenix_test_cv_member_string (job, "startDate"), ==, "2020-06");
    g_assert_false (json_object_has_member (job, "endDate"));
    g_assert_cmpuint (array_length (highlights), ==, 2);
    /* The wrapped bullet is joined to its first line. */
    g_assert_nonnull (strstr (json_array_get_string_element (highlights, 1), "data pipelines"));
  }
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (work, 2), "endDate"), ==, "2015-08");

  education = profile_array (parse, "education");
  g_assert_cmpuint (array_length (education), ==, 1);
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (education, 0), "institution"), ==, "Portland State University");

  languages = profile_array (parse, "languages");
  g_assert_cmpuint (array_length (languages), ==, 3);
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (languages, 0), "language"), ==, "English");
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (languages, 0), "fluency"), ==, "native");
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (languages, 1), "fluency"), ==, "fluent");
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (languages, 2), "fluency"), ==, "B1");
}

/* Headings whose words the parser does not know, told by their typography. */
static void
test_headings_by_typography (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  static const char * const expected[] = {
    "Où j’ai travaillé", "Ce que j’ai appris", "Mes petits plus", NULL,
  };

  phoenix_test_cv_add (f, 22, TRUE, BLACK, "Lou Bernier");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "lou.bernier@example.org – 07 11 22 33 44");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 14, TRUE, BLUE, "Où j’ai travaillé");
  phoenix_test_cv_add_with_right (f, FALSE, "Vendeuse, La Fromagerie du Coin", "2018 – 2023");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Conseil et vente, gestion des stocks");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 14, TRUE, BLUE, "Ce que j’ai appris");
  phoenix_test_cv_add_with_right (f, FALSE, "CAP Crémier-fromager, CFA de Rodez", "2017");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 14, TRUE, BLUE, "Mes petits plus");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Permis B, secourisme");

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  g_assert_cmpstrv (phoenix_cv_parse_get_sections (parse), expected);
  g_assert_cmpstr (phoenix_test_cv_member_string (json_object_get_object_member (phoenix_cv_parse_get_profile (parse), "basics"), "phone"),
                   ==, "07 11 22 33 44");
  /* A heading in unknown words takes the kind its content says: dated entries are jobs,
   * a lone line of short items stays unassigned. */
  {
    JsonObject *profile = phoenix_cv_parse_get_profile (parse);
    JsonObject *job = json_array_get_object_element (json_object_get_array_member (profile, "work"), 0);

    g_assert_cmpstr (phoenix_test_cv_member_string (job, "position"), ==, "Vendeuse");
    g_assert_cmpstr (phoenix_test_cv_member_string (job, "name"), ==, "La Fromagerie du Coin");
  }
  g_assert_true (unassigned_contains (parse, "Permis B"));
}

/* Worded headings teach the style; an unknown heading in that style is found. */
static void
test_headings_mixed (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  static const char * const expected[] = {
    "EXPERIENCE", "EDUCATION", "SKILLS", "VOLUNTEERING AT THE FOOD BANK", NULL,
  };

  phoenix_test_cv_add (f, 20, FALSE, BLACK, "Sam Okafor");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "sam.okafor@example.net");
  phoenix_test_cv_add (f, 11, TRUE, BLACK, "EXPERIENCE");
  phoenix_test_cv_add_with_right (f, TRUE, "Warehouse Lead, Example Logistics", "2019 – 2024");
  phoenix_test_cv_add (f, 11, TRUE, BLACK, "EDUCATION");
  phoenix_test_cv_add_with_right (f, TRUE, "High School Diploma, Example High School", "2012");
  phoenix_test_cv_add (f, 11, TRUE, BLACK, "SKILLS");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Forklift, inventory, scheduling");
  phoenix_test_cv_add (f, 11, TRUE, BLACK, "VOLUNTEERING AT THE FOOD BANK");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Saturday shifts since 2020");

  parse = phoenix_cv_parse_lines (f->lines, 612, 792);
  g_assert_cmpstrv (phoenix_cv_parse_get_sections (parse), expected);
  g_assert_cmpuint (array_length (profile_array (parse, "work")), ==, 1);
  g_assert_cmpuint (array_length (profile_array (parse, "education")), ==, 1);
}

/* Two pages: running header and footer removed, the section goes on. */
static void
test_two_pages (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  JsonArray *work;

  phoenix_test_cv_add_at (f, 0, 50, 40, 22, TRUE, BLACK, "Alex Dupont");
  phoenix_test_cv_add_at (f, 0, 50, 70, BODY, FALSE, BLACK, "alex.dupont@example.fr · +33 6 98 76 54 32");
  phoenix_test_cv_add_at (f, 0, 50, 100, 13, TRUE, BLUE, "Expérience");
  phoenix_test_cv_add_at (f, 0, 50, 120, BODY, TRUE, BLACK, "Technicien de maintenance, Usine Exemple");
  phoenix_test_cv_add_at (f, 0, 400, 120, BODY, FALSE, BLACK, "2016 – 2020");
  phoenix_test_cv_add_at (f, 0, 50, 134, BODY, FALSE, BLACK, "• Maintenance préventive des lignes");
  phoenix_test_cv_add_at (f, 0, 50, 800, 8, FALSE, GREY, "Alex Dupont – Curriculum vitae");
  phoenix_test_cv_add_at (f, 0, 500, 800, 8, FALSE, GREY, "1/2");
  phoenix_test_cv_add_at (f, 1, 50, 40, BODY, TRUE, BLACK, "Agent de production, Atelier Exemple");
  phoenix_test_cv_add_at (f, 1, 400, 40, BODY, FALSE, BLACK, "2012 – 2016");
  phoenix_test_cv_add_at (f, 1, 50, 54, BODY, FALSE, BLACK, "• Conduite de presses");
  phoenix_test_cv_add_at (f, 1, 50, 90, 13, TRUE, BLUE, "Formation");
  phoenix_test_cv_add_at (f, 1, 50, 110, BODY, TRUE, BLACK, "BTS Maintenance des systèmes, Lycée Exemple");
  phoenix_test_cv_add_at (f, 1, 400, 110, BODY, FALSE, BLACK, "2010 – 2012");
  phoenix_test_cv_add_at (f, 1, 50, 800, 8, FALSE, GREY, "Alex Dupont – Curriculum vitae");
  phoenix_test_cv_add_at (f, 1, 500, 800, 8, FALSE, GREY, "2/2");

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  work = profile_array (parse, "work");
  g_assert_cmpuint (array_length (work), ==, 2);
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (work, 1), "startDate"), ==, "2012");
  g_assert_cmpuint (array_length (profile_array (parse, "education")), ==, 1);
  g_assert_false (unassigned_contains (parse, "Curriculum vitae"));
  g_assert_false (unassigned_contains (parse, "2/2"));
  g_assert_cmpstr (phoenix_test_cv_member_string (json_object_get_object_member (phoenix_cv_parse_get_profile (parse), "basics"), "phone"),
                   ==, "+33 6 98 76 54 32");
}

/* Dates in a left margin, on the same row as the entries (moderncv style). */
static void
test_date_margin (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  JsonArray *work;
  static const char * const expected[] = { "Experience", "Education", NULL };
  double y = 140;

  phoenix_test_cv_add_at (f, 0, 150, 40, 24, FALSE, BLACK, "Robin Lefèvre");
  phoenix_test_cv_add_at (f, 0, 150, 72, 12, FALSE, GREY, "Électricien");
  phoenix_test_cv_add_at (f, 0, 400, 95, 9, FALSE, BLACK, "robin@example.fr");
  phoenix_test_cv_add_at (f, 0, 150, y, 14, FALSE, BLUE, "Experience");
  y += 24;
  for (int i = 0; i < 3; i++)
    {
      static const char * const dates[] = { "2020–2024", "2016–2020", "2012–2016" };
      static const char * const jobs[] = { "Électricien, Exemple SARL, Nantes", "Apprenti, Exemple SA, Angers",
                                           "Manœuvre, Chantiers Exemple, Tours" };
      phoenix_test_cv_add_at (f, 0, 60, y, 9, FALSE, BLACK, dates[i]);
      phoenix_test_cv_add_at (f, 0, 150, y, 10, FALSE, BLACK, jobs[i]);
      y += 13;
      phoenix_test_cv_add_at (f, 0, 150, y, 10, FALSE, BLACK, "Installations tertiaires et mise en conformité");
      y += 20;
    }
  phoenix_test_cv_add_at (f, 0, 150, y, 14, FALSE, BLUE, "Education");
  y += 24;
  phoenix_test_cv_add_at (f, 0, 60, y, 9, FALSE, BLACK, "2012");
  phoenix_test_cv_add_at (f, 0, 150, y, 10, FALSE, BLACK, "CAP Électricien, CFA Exemple, Nantes");

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  g_assert_cmpstrv (phoenix_cv_parse_get_sections (parse), expected);
  work = profile_array (parse, "work");
  g_assert_cmpuint (array_length (work), ==, 3);
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (work, 1), "position"), ==, "Apprenti");
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (work, 1), "name"), ==, "Exemple SA");
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (work, 1), "startDate"), ==, "2016");
  g_assert_cmpuint (array_length (profile_array (parse, "education")), ==, 1);
}

/* A cover letter after the CV is not read as CV sections, and is not lost. */
static void
test_letter_page (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  static const char * const expected[] = { "Skills", NULL };

  phoenix_test_cv_add_at (f, 0, 50, 40, 22, TRUE, BLACK, "Dana Whitfield");
  phoenix_test_cv_add_at (f, 0, 50, 80, 13, TRUE, BLUE, "Skills");
  phoenix_test_cv_add_at (f, 0, 50, 100, BODY, FALSE, BLACK, "Welding, blueprint reading");
  phoenix_test_cv_add_at (f, 1, 50, 100, BODY, FALSE, BLACK, "Dear Hiring Manager,");
  phoenix_test_cv_add_at (f, 1, 50, 120, 13, TRUE, BLUE, "Experience");
  phoenix_test_cv_add_at (f, 1, 50, 140, BODY, FALSE, BLACK, "I am writing to apply for the position of welder.");
  phoenix_test_cv_add_at (f, 1, 50, 200, BODY, FALSE, BLACK, "Sincerely,");

  parse = phoenix_cv_parse_lines (f->lines, 612, 792);
  g_assert_cmpstrv (phoenix_cv_parse_get_sections (parse), expected);
  g_assert_true (unassigned_contains (parse, "I am writing to apply"));
}

static void
test_json_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autoptr(PhoenixCvParse) copy = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(JsonNode) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) garbage = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(PhoenixCvParse) none = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  build_french_cv (f);
  parse = phoenix_cv_parse_lines (f->lines, 0, 0);
  node = phoenix_cv_parse_to_json (parse);
  copy = phoenix_cv_parse_new_from_json (node, &error);
  g_assert_no_error (error);
  again = phoenix_cv_parse_to_json (copy);
  a = json_to_string (node, FALSE);
  b = json_to_string (again, FALSE);
  g_assert_cmpstr (a, ==, b);

  json_node_take_array (garbage, json_array_new ());
  none = phoenix_cv_parse_new_from_json (garbage, &error);
  g_assert_null (none);
  g_assert_nonnull (error);
}

/* Nothing is dropped: every line's words end up somewhere. */
static void
test_nothing_dropped (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autoptr(JsonNode) node = NULL;
  g_autofree char *all = NULL;
  g_autofree char *low = NULL;
  static const char * const words[] = {
    "Maison Durand", "Encadrement", "Boulangeries Petit", "Savoie", "JavaScript", "Espagnol", "Scrum.org",
    "photographie", "développement web",
  };

  build_french_cv (f);
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Texte libre sans rubrique : zèbre violet");
  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  node = phoenix_cv_parse_to_json (parse);
  all = json_to_string (node, FALSE);
  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_test_message ("%s", words[i]);
      g_assert_nonnull (strstr (all, words[i]));
    }
  g_assert_nonnull (strstr (all, "zèbre violet"));
  low = g_utf8_strdown (all, -1);
  g_assert_null (strstr (low, "\xef\xbf\xbd"));
}


/* Dates in a margin, the range split over two lines ("Janv. 2019 –" then
 * "Présent"), descriptions as justified paragraphs. */
static void
test_two_line_ranges (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  JsonArray *work;
  double y = 120;

  phoenix_test_cv_add_at (f, 0, 50, 40, 24, TRUE, BLACK, "Inès Exemple");
  phoenix_test_cv_add_at (f, 0, 50, 80, 9, FALSE, BLACK, "ines@example.fr");
  phoenix_test_cv_add_at (f, 0, 50, y, 16, TRUE, BLUE, "Expériences professionnelles");
  y += 24;
  for (int i = 0; i < 2; i++)
    {
      static const char * const from[] = { "Janv. 2019 –", "Juin 2016 –" };
      static const char * const to[] = { "Présent", "Déc. 2018" };
      static const char * const title[] = { "Analyste, Exemple Conseil", "Stagiaire, Banque Exemple" };

      phoenix_test_cv_add_at (f, 0, 50, y, 10, TRUE, BLUE, from[i]);
      phoenix_test_cv_add_at (f, 0, 110, y, 10, TRUE, BLACK, title[i]);
      y += 12;
      phoenix_test_cv_add_at (f, 0, 50, y, 8, FALSE, BLACK, to[i]);
      phoenix_test_cv_add_at (f, 0, 110, y, 9, FALSE, BLACK, "Conception de modèles de prévision pour les équipes de gestion des risques,");
      y += 11;
      phoenix_test_cv_add_at (f, 0, 110, y, 9, FALSE, BLACK, "automatisation des rapports mensuels et formation des nouveaux arrivants.");
      y += 11;
      phoenix_test_cv_add_at (f, 0, 110, y, 9, FALSE, BLACK, "Outils : Python, SQL.");
      y += 16;
    }

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  work = profile_array (parse, "work");
  g_assert_cmpuint (array_length (work), ==, 2);
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (work, 0), "startDate"), ==, "2019-01");
  g_assert_false (json_object_has_member (json_array_get_object_element (work, 0), "endDate"));
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (work, 1), "startDate"), ==, "2016-06");
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (work, 1), "endDate"), ==, "2018-12");
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (work, 1), "position"), ==, "Stagiaire");
}

/* "• Employer   City, ST" over an indented "Title   dates", highlights one level in. */
static void
test_nested_bullets (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  JsonArray *work;
  JsonObject *job;
  double y = 100;

  phoenix_test_cv_add_at (f, 0, 40, 40, 14, TRUE, BLACK, "Casey Example");
  phoenix_test_cv_add_at (f, 0, 40, 60, 10, FALSE, BLACK, "casey@example.com   +1-555-010-0200");
  phoenix_test_cv_add_at (f, 0, 40, y, 12, FALSE, BLACK, "Experience");
  y += 16;
  for (int i = 0; i < 2; i++)
    {
      static const char * const employers[] = { "• Example Corp", "• Sample Labs" };
      static const char * const titles[] = { "Software Engineer", "Data Analyst" };
      static const char * const dates[] = { "Oct 2016 – Present", "Jan 2014 – Oct 2016" };

      phoenix_test_cv_add_at (f, 0, 40, y, 10, TRUE, BLACK, employers[i]);
      phoenix_test_cv_add_at (f, 0, 480, y, 10, FALSE, BLACK, "Springfield, IL");
      y += 14;
      phoenix_test_cv_add_at (f, 0, 50, y, 10, FALSE, BLACK, titles[i]);
      phoenix_test_cv_add_at (f, 0, 470, y, 10, FALSE, BLACK, dates[i]);
      y += 13;
      phoenix_test_cv_add_at (f, 0, 62, y, 10, FALSE, BLACK, "◦ Built the reporting pipeline used by every team");
      y += 13;
      phoenix_test_cv_add_at (f, 0, 62, y, 10, FALSE, BLACK, "◦ Cut the monthly close from five days to two");
      y += 16;
    }
  phoenix_test_cv_add_at (f, 0, 40, y, 12, FALSE, BLACK, "Education");
  phoenix_test_cv_add_at (f, 0, 40, y + 16, 10, TRUE, BLACK, "• State University");
  phoenix_test_cv_add_at (f, 0, 50, y + 30, 10, FALSE, BLACK, "B.S. in Statistics");
  phoenix_test_cv_add_at (f, 0, 470, y + 30, 10, FALSE, BLACK, "Aug 2010 – May 2014");

  parse = phoenix_cv_parse_lines (f->lines, 612, 792);
  work = profile_array (parse, "work");
  g_assert_cmpuint (array_length (work), ==, 2);
  job = json_array_get_object_element (work, 1);
  g_assert_cmpstr (phoenix_test_cv_member_string (job, "position"), ==, "Data Analyst");
  g_assert_cmpstr (phoenix_test_cv_member_string (job, "name"), ==, "Sample Labs");
  g_assert_cmpstr (phoenix_test_cv_member_string (job, "location"), ==, "Springfield, IL");
  g_assert_cmpstr (phoenix_test_cv_member_string (job, "endDate"), ==, "2016-10");
  g_assert_cmpuint (array_length (json_object_get_array_member (job, "highlights")), ==, 2);
  g_assert_cmpuint (array_length (profile_array (parse, "education")), ==, 1);
}

/* A sidebar that runs over two pages reads as one column, then the main one. */
static void
test_sidebar_over_pages (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  static const char * const expected[] = { "Skills", "Languages", "Profile", "Experience", NULL };

  phoenix_test_cv_add_at (f, 0, 220, 40, 24, TRUE, BLACK, "Morgan Sample");
  for (guint page = 0; page < 2; page++)
    for (int i = 0; i < 12; i++)
      {
        g_autofree char *side = g_strdup_printf ("Sidebar item %u-%d", page, i);
        g_autofree char *main = g_strdup_printf ("Main column text line %u-%d about the work done there", page, i);
        double y = 100 + i * 40 + (page == 0 ? 0 : -40);

        if (page == 0 && i == 0)
          phoenix_test_cv_add_at (f, 0, 30, y, 13, TRUE, BLUE, "Skills");
        else if (page == 1 && i == 1)
          phoenix_test_cv_add_at (f, 1, 30, y, 13, TRUE, BLUE, "Languages");
        else
          phoenix_test_cv_add_at (f, page, 30, y + 7, 9, FALSE, BLACK, side);
        if (page == 0 && i == 0)
          phoenix_test_cv_add_at (f, 0, 220, y + 10, 13, TRUE, BLUE, "Profile");
        else if (page == 0 && i == 3)
          phoenix_test_cv_add_at (f, 0, 220, y + 10, 13, TRUE, BLUE, "Experience");
        else
          phoenix_test_cv_add_at (f, page, 220, y + 12, 10, FALSE, BLACK, main);
      }

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  g_assert_cmpstrv (phoenix_cv_parse_get_sections (parse), expected);
  g_assert_cmpstr (phoenix_test_cv_member_string (json_object_get_object_member (phoenix_cv_parse_get_profile (parse), "basics"), "name"),
                   ==, "Morgan Sample");
}

/* Two columns set so close that one Poppler line runs across both: cut at
 * the gutter with the word boxes. */
static void
test_cut_at_gutter (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  PhoenixCvLine *line;
  static const char * const expected[] = { "Skills", "Interests", "Experience", "Projects", NULL };

  phoenix_test_cv_add_at (f, 0, 300, 30, 22, TRUE, BLACK, "Jamie Sample");
  phoenix_test_cv_add_at (f, 0, 20, 80, 14, TRUE, BLUE, "Skills");
  phoenix_test_cv_add_at (f, 0, 300, 80, 14, TRUE, BLUE, "Experience");
  for (int i = 0; i < 8; i++)
    {
      phoenix_test_cv_add_at (f, 0, 20, 100 + i * 14, 9, FALSE, BLACK, "Left column words here");
      if (i != 4)
        phoenix_test_cv_add_at (f, 0, 300, 100 + i * 14, 9, FALSE, BLACK, "Right column text goes on and on");
    }
  /* One line: "Left end" in the sidebar and the heading "Projects" beyond the gutter. */
  line = phoenix_cv_line_new (0, 20, 156, 330, 11, "more words Projects", 9, FALSE, BLACK);
  phoenix_cv_line_add_word (line, 20, 157, 30, 10, "more");
  phoenix_cv_line_add_word (line, 54, 157, 30, 10, "words");
  phoenix_cv_line_add_word (line, 300, 153, 50, 16, "Projects");
  g_ptr_array_add (f->lines, line);
  phoenix_test_cv_add_at (f, 0, 20, 230, 14, TRUE, BLUE, "Interests");
  phoenix_test_cv_add_at (f, 0, 20, 250, 9, FALSE, BLACK, "Chess, hiking");

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  g_assert_cmpstrv (phoenix_cv_parse_get_sections (parse), expected);
}

static void
test_small_forms (void)
{
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  gboolean current = FALSE;
  g_autofree char *word_hyphen = phoenix_cv_normalize_text ("(909) 555-\xc2\xad\xe2\x80\x90" "5555");

  g_assert_true (phoenix_cv_find_date_range ("Sep 15 - NOW", &start, &end, &current));
  g_assert_cmpstr (start, ==, "2015-09");
  g_assert_true (current);
  g_clear_pointer (&start, g_free);
  g_assert_true (phoenix_cv_find_date_range ("Mar 14 - Jan 15", &start, &end, &current));
  g_assert_cmpstr (start, ==, "2014-03");
  g_assert_cmpstr (end, ==, "2015-01");
  g_assert_cmpstr (word_hyphen, ==, "(909) 555-5555");
}

/* Random lines: any text, any place, any size. The parser returns a result
 * and every line's text is kept somewhere. */
static void
test_random_lines (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  static const char * const pieces[] = {
    "Expérience", "2019 – 2022", "•", "\xef\x82\x95", "\xef\xbf\xbd", "janv.", "+33 6", "@", "EDUCATION",
    "ﬁ", "-", ":", "Présent", "  ", "Lorem", "ipsum", "06 12 34 56 78", "a@b.fr", "(", ")", "\xc2\xad", "ÉCOLE",
  };

  for (int round = 0; round < 60; round++)
    {
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) phoenix_cv_line_free);
      g_autoptr(PhoenixCvParse) parse = NULL;
      g_autoptr(JsonNode) node = NULL;
      guint n = (guint) g_rand_int_range (rand, 0, 120);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GString) text = g_string_new (NULL);
          guint words = (guint) g_rand_int_range (rand, 0, 8);
          PhoenixCvLine *line;

          for (guint w = 0; w < words; w++)
            {
              if (w > 0)
                g_string_append_c (text, ' ');
              g_string_append (text, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
            }
          line = phoenix_cv_line_new ((guint) g_rand_int_range (rand, 0, 4),
                                      g_rand_double_range (rand, -50, 700), g_rand_double_range (rand, -50, 900),
                                      g_rand_double_range (rand, -5, 600), g_rand_double_range (rand, -1, 60),
                                      text->str, g_rand_double_range (rand, 0, 40), g_rand_boolean (rand),
                                      (guint32) g_rand_int (rand));
          if (g_rand_boolean (rand))
            phoenix_cv_line_add_word (line, line->x, line->y, line->width / 2, line->height, text->str);
          g_ptr_array_add (lines, line);
        }
      parse = phoenix_cv_parse_lines (lines, round % 2 ? 595 : 0, round % 2 ? 842 : 0);
      g_assert_nonnull (parse);
      node = phoenix_cv_parse_to_json (parse);
      g_assert_nonnull (node);
    }
}

/* Skills under a label alone on its line; profiles written "GitHub: handle". */
static void
test_skill_groups_and_handles (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  JsonArray *skills, *profiles;

  phoenix_test_cv_add (f, 20, TRUE, BLACK, "Riley Example");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "riley@example.org");
  phoenix_test_cv_add (f, 13, TRUE, BLUE, "LINKS");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "GitHub: riley-example");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "LinkedIn:// rileyexample");
  phoenix_test_cv_add (f, 13, TRUE, BLUE, "SKILLS");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Everyday:");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Excel • SQL • Python");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Learning:");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Rust, Go");
  phoenix_test_cv_add (f, 13, TRUE, BLUE, "EXPERIENCE");
  phoenix_test_cv_add_with_right (f, TRUE, "Analyst, Example Ltd", "2020 – 2024");

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  skills = profile_array (parse, "skills");
  g_assert_cmpuint (array_length (skills), ==, 2);
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (skills, 0), "name"), ==, "Everyday");
  g_assert_cmpuint (array_length (json_object_get_array_member (json_array_get_object_element (skills, 0), "keywords")), ==, 3);
  g_assert_cmpuint (array_length (json_object_get_array_member (json_array_get_object_element (skills, 1), "keywords")), ==, 2);
  profiles = json_object_get_array_member (json_object_get_object_member (phoenix_cv_parse_get_profile (parse), "basics"), "profiles");
  g_assert_cmpuint (array_length (profiles), ==, 2);
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (profiles, 0), "url"), ==, "https://github.com/riley-example");
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (profiles, 1), "url"), ==, "https://linkedin.com/in/rileyexample");
  g_assert_cmpuint (array_length (profile_array (parse, "work")), ==, 1);
}

/* Letter-spaced headings ("E X P É R I E N C E") are read as words. */
static void
test_letter_spaced (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  static const char * const expected[] = { "EXPÉRIENCE PRO", "FORMATION", NULL };
  const char *letters[] = { "E", "X", "P", "É", "R", "I", "E", "N", "C", "E", "P", "R", "O" };
  PhoenixCvLine *line;
  double x = 50;

  phoenix_test_cv_add (f, 22, TRUE, BLACK, "Sacha Exemple");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "sacha@example.fr");
  line = phoenix_cv_line_new (0, 50, f->y, 200, 14, "E X P É R I E N C E P R O", 12, TRUE, BLUE);
  for (gsize i = 0; i < G_N_ELEMENTS (letters); i++)
    {
      phoenix_cv_line_add_word (line, x, f->y, 8, 14, letters[i]);
      x += i == 9 ? 22 : 12;
    }
  g_ptr_array_add (f->lines, line);
  f->y += 20;
  phoenix_test_cv_add_with_right (f, TRUE, "Serveuse, Café Exemple", "2019 – 2023");
  phoenix_test_cv_add (f, 12, TRUE, BLUE, "F O R M A T I O N");
  phoenix_test_cv_add_with_right (f, TRUE, "CAP Service, Lycée Exemple", "2019");

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  g_assert_cmpstrv (phoenix_cv_parse_get_sections (parse), expected);
  g_assert_cmpuint (array_length (profile_array (parse, "work")), ==, 1);
  g_assert_cmpuint (array_length (profile_array (parse, "education")), ==, 1);
}

static void
test_empty_input (void)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) phoenix_cv_line_free);
  g_autoptr(PhoenixCvParse) parse = phoenix_cv_parse_lines (lines, 0, 0);

  g_assert_nonnull (parse);
  g_assert_cmpuint (g_strv_length ((GStrv) phoenix_cv_parse_get_sections (parse)), ==, 0);
  g_assert_cmpuint (g_strv_length ((GStrv) phoenix_cv_parse_get_unassigned (parse)), ==, 0);
}

/* Words with a letter that folds to two ("œ" → "oe", "æ" → "ae", "ß" → "ss") before a date or a
 * language level: the date and the level are cut at the right character, nothing more or less. */
static void
test_cut_after_expanding_letters (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  JsonArray *work, *languages;
  JsonObject *job;
  double y = 120;

  phoenix_test_cv_add_at (f, 0, 50, 40, 24, TRUE, BLACK, "Zoé Exemple");
  phoenix_test_cv_add_at (f, 0, 50, 80, 9, FALSE, BLACK, "zoe@example.fr");
  phoenix_test_cv_add_at (f, 0, 50, y, 16, TRUE, BLUE, "Expérience");
  y += 24;
  phoenix_test_cv_add_at (f, 0, 50, y, 10, TRUE, BLACK, "Chef de chœur, Maîtrise Sainte-Cœur (sept. 2019 – juin 2021)");
  y += 12;
  phoenix_test_cv_add_at (f, 0, 50, y, 9, FALSE, BLACK, "Direction de l’ensemble vocal et des répétitions hebdomadaires.");
  y += 20;
  phoenix_test_cv_add_at (f, 0, 50, y, 10, TRUE, BLACK, "Régisseuse, Æther Straße Œuvres (2016 – 2019)");
  y += 12;
  phoenix_test_cv_add_at (f, 0, 50, y, 9, FALSE, BLACK, "Gestion des plannings et accueil des compagnies en tournée.");
  y += 24;
  phoenix_test_cv_add_at (f, 0, 50, y, 16, TRUE, BLUE, "Langues");
  y += 24;
  phoenix_test_cv_add_at (f, 0, 50, y, 10, FALSE, BLACK, "Allemand (Straße) courant");

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  work = profile_array (parse, "work");
  g_assert_cmpuint (array_length (work), ==, 2);
  job = json_array_get_object_element (work, 0);
  g_assert_cmpstr (phoenix_test_cv_member_string (job, "position"), ==, "Chef de chœur");
  g_assert_cmpstr (phoenix_test_cv_member_string (job, "name"), ==, "Maîtrise Sainte-Cœur");
  g_assert_cmpstr (phoenix_test_cv_member_string (job, "startDate"), ==, "2019-09");
  g_assert_cmpstr (phoenix_test_cv_member_string (job, "endDate"), ==, "2021-06");
  job = json_array_get_object_element (work, 1);
  g_assert_cmpstr (phoenix_test_cv_member_string (job, "position"), ==, "Régisseuse");
  g_assert_cmpstr (phoenix_test_cv_member_string (job, "name"), ==, "Æther Straße Œuvres");
  g_assert_cmpstr (phoenix_test_cv_member_string (job, "startDate"), ==, "2016");
  g_assert_cmpstr (phoenix_test_cv_member_string (job, "endDate"), ==, "2019");
  languages = profile_array (parse, "languages");
  g_assert_cmpuint (array_length (languages), ==, 1);
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (languages, 0), "language"), ==, "Allemand (Straße)");
  g_assert_cmpstr (phoenix_test_cv_member_string (json_array_get_object_element (languages, 0), "fluency"), ==, "courant");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cv-parser/dates/ranges", test_date_ranges);
  g_test_add_func ("/cv-parser/dates/single", test_single_dates);
  g_test_add_func ("/cv-parser/phones", test_phones);
  g_test_add_func ("/cv-parser/emails-and-text", test_emails_and_text);
  g_test_add_func ("/cv-parser/empty", test_empty_input);
  g_test_add_func ("/cv-parser/random-lines", test_random_lines);
  g_test_add_func ("/cv-parser/dates/small-forms", test_small_forms);
  g_test_add ("/cv-parser/two-line-ranges", Fixture, NULL, phoenix_test_cv_lines_setup, test_two_line_ranges, phoenix_test_cv_lines_teardown);
  g_test_add ("/cv-parser/nested-bullets", Fixture, NULL, phoenix_test_cv_lines_setup, test_nested_bullets, phoenix_test_cv_lines_teardown);
  g_test_add ("/cv-parser/sidebar-over-pages", Fixture, NULL, phoenix_test_cv_lines_setup, test_sidebar_over_pages, phoenix_test_cv_lines_teardown);
  g_test_add ("/cv-parser/skill-groups-and-handles", Fixture, NULL, phoenix_test_cv_lines_setup, test_skill_groups_and_handles, phoenix_test_cv_lines_teardown);
  g_test_add ("/cv-parser/letter-spaced", Fixture, NULL, phoenix_test_cv_lines_setup, test_letter_spaced, phoenix_test_cv_lines_teardown);
  g_test_add ("/cv-parser/cut-at-gutter", Fixture, NULL, phoenix_test_cv_lines_setup, test_cut_at_gutter, phoenix_test_cv_lines_teardown);
  g_test_add ("/cv-parser/french-one-column", Fixture, NULL, phoenix_test_cv_lines_setup, test_french_one_column, phoenix_test_cv_lines_teardown);
  g_test_add ("/cv-parser/english-two-columns", Fixture, NULL, phoenix_test_cv_lines_setup, test_english_two_columns, phoenix_test_cv_lines_teardown);
  g_test_add ("/cv-parser/headings-by-typography", Fixture, NULL, phoenix_test_cv_lines_setup, test_headings_by_typography, phoenix_test_cv_lines_teardown);
  g_test_add ("/cv-parser/headings-mixed", Fixture, NULL, phoenix_test_cv_lines_setup, test_headings_mixed, phoenix_test_cv_lines_teardown);
  g_test_add ("/cv-parser/two-pages", Fixture, NULL, phoenix_test_cv_lines_setup, test_two_pages, phoenix_test_cv_lines_teardown);
  g_test_add ("/cv-parser/date-margin", Fixture, NULL, phoenix_test_cv_lines_setup, test_date_margin, phoenix_test_cv_lines_teardown);
  g_test_add ("/cv-parser/letter-page", Fixture, NULL, phoenix_test_cv_lines_setup, test_letter_page, phoenix_test_cv_lines_teardown);
  g_test_add ("/cv-parser/json-round-trip", Fixture, NULL, phoenix_test_cv_lines_setup, test_json_round_trip, phoenix_test_cv_lines_teardown);
  g_test_add ("/cv-parser/nothing-dropped", Fixture, NULL, phoenix_test_cv_lines_setup, test_nothing_dropped, phoenix_test_cv_lines_teardown);
  g_test_add ("/cv-parser/dates/cut-after-expanding-letters", Fixture, NULL, phoenix_test_cv_lines_setup,
              test_cut_after_expanding_letters, phoenix_test_cv_lines_teardown);

  return g_test_run ();
}
