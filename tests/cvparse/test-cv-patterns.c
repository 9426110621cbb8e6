/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cv-patterns"

#include "config.h"

#include <string.h>

#include "phoenix-cv-parser.h"
#include "phoenix-test-cv-lines.h"

/*
 * The failure patterns of issue #15, each on positioned lines written here (fictional
 * people): phones of several countries and glued to a label or only in a footer;
 * headings in unknown words, after an icon glyph, letter-spaced, over two lines in a
 * narrow column, run in with their text; entries whose title, employer and dates are
 * not where a fixed line order expects them; table headers, "De 2015 à 2018", skill
 * group labels, hyphenation.
 */

#define BODY  10.0
#define BLACK 0x000000
#define BLUE  0x1f4e79

typedef PhoenixTestCvLines Fixture;

static void
header (Fixture    *f,
        const char *name,
        const char *contact)
{
  phoenix_test_cv_add (f, 22, TRUE, BLACK, name);
  if (contact != NULL)
    phoenix_test_cv_add (f, BODY, FALSE, BLACK, contact);
  phoenix_test_cv_space (f);
}

static JsonObject *
basics (PhoenixCvParse *parse)
{
  return json_object_get_object_member (phoenix_cv_parse_get_profile (parse), "basics");
}

static JsonArray *
array (PhoenixCvParse *parse,
       const char     *member)
{
  JsonObject *profile = phoenix_cv_parse_get_profile (parse);

  if (!json_object_has_member (profile, member))
    return NULL;
  return json_object_get_array_member (profile, member);
}

static JsonObject *
entry (PhoenixCvParse *parse,
       const char     *member,
       guint           index)
{
  JsonArray *a = array (parse, member);

  g_assert_nonnull (a);
  g_assert_cmpuint (json_array_get_length (a), >, index);
  return json_array_get_object_element (a, index);
}

static guint
count (PhoenixCvParse *parse,
       const char     *member)
{
  JsonArray *a = array (parse, member);

  return a != NULL ? json_array_get_length (a) : 0;
}

static void
assert_job (PhoenixCvParse *parse,
            guint           index,
            const char     *position,
            const char     *employer)
{
  JsonObject *job = entry (parse, "work", index);

  g_assert_cmpstr (phoenix_test_cv_member_string (job, "position"), ==, position);
  g_assert_cmpstr (phoenix_test_cv_member_string (job, "name"), ==, employer);
}

static gboolean
sections_have (PhoenixCvParse *parse,
               const char     *title)
{
  const char * const *sections = phoenix_cv_parse_get_sections (parse);

  for (guint i = 0; sections[i] != NULL; i++)
    if (g_str_equal (sections[i], title))
      return TRUE;
  return FALSE;
}

/* ---- Phones ------------------------------------------------------------ */

static void
test_phones_by_country (void)
{
  static const struct { const char *text; const char *phone; } cases[] = {
    { "Mobile 07700 900123", "07700 900123" },                         /* UK mobile, national */
    { "Tel: +44 7700 900123 · Cardiff", "+44 7700 900123" },           /* UK mobile, E.164 */
    { "+44 (0)20 7946 0958", "+44 (0)20 7946 0958" },                  /* London with its (0) */
    { "06 39 98 33 58E-mail : a@example.fr", "06 39 98 33 58" },       /* glued to the next label */
    { "Tél. : 06.45.23.11.90", "06.45.23.11.90" },
    { "(415) 555-0134 | Oakland, CA", "(415) 555-0134" },              /* US */
    { "+1 514 555 0182", "+1 514 555 0182" },                          /* Canada */
    { "GSM +32 470 12 34 56", "+32 470 12 34 56" },                    /* Belgium */
    { "Natel 079 123 45 67", "079 123 45 67" },                        /* Switzerland, national */
    { "+41 79 123 45 67", "+41 79 123 45 67" },
    { "+353 87 123 4567", "+353 87 123 4567" },                        /* Ireland */
    { "+1 (234) 567 890", "+1 (234) 567 890" },                        /* a template's placeholder */
  };
  static const char * const not_phones[] = {
    "2015 – 2018", "janv. 2019 – déc. 2021", "75011 Paris", "Promotion 2019-2021",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *phone = phoenix_cv_find_phone (cases[i].text);
      g_assert_cmpstr (phone, ==, cases[i].phone);
    }
  for (gsize i = 0; i < G_N_ELEMENTS (not_phones); i++)
    {
      g_autofree char *phone = phoenix_cv_find_phone (not_phones[i]);
      g_assert_null (phone);
    }
}

/* The contact block only in the running footer of a two-page CV. */
static void
test_phone_in_footer (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;

  phoenix_test_cv_add (f, 22, TRUE, BLACK, "Tyler Example");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Security Analyst");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 13, TRUE, BLACK, "Experience");
  phoenix_test_cv_add_with_right (f, TRUE, "Security Analyst", "Jan 2022 – Present");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Lone Creek Credit Union, Austin, TX");
  phoenix_test_cv_add (f, 13, TRUE, BLACK, "Education");
  phoenix_test_cv_add_with_right (f, TRUE, "BBA Marketing", "2012");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Texas Example University");
  for (guint page = 0; page < 2; page++)
    phoenix_test_cv_add_at (f, page, 150, 810, 8.5, FALSE, BLACK, "tyler@example.com  |  512-555-0143  |  Austin, TX");
  phoenix_test_cv_add_at (f, 1, 50, 60, 13, TRUE, BLACK, "Interests");
  phoenix_test_cv_add_at (f, 1, 50, 80, BODY, FALSE, BLACK, "Barbecue, chess");

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  g_assert_cmpstr (phoenix_test_cv_member_string (basics (parse), "phone"), ==, "512-555-0143");
  g_assert_cmpstr (phoenix_test_cv_member_string (basics (parse), "email"), ==, "tyler@example.com");
}

/* ---- Headings ---------------------------------------------------------- */

/* Headings in words no list holds, in the look the worded ones have. */
static void
test_unknown_headings (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;

  header (f, "Inès Exemple", "ines@example.fr · 07 81 22 43 65");
  phoenix_test_cv_add (f, 14, TRUE, BLUE, "Qui suis-je ?");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Vendeuse pendant dix ans, je recrute aujourd'hui pour une entreprise de services numériques.");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 14, TRUE, BLUE, "Parcours professionnel");
  phoenix_test_cv_add_with_right (f, TRUE, "Chargée de recrutement", "2021 – 2024");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Exemple Conseil, Toulouse");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 14, TRUE, BLUE, "Mes formations");
  phoenix_test_cv_add_with_right (f, TRUE, "Titre professionnel Chargé de recrutement", "2021");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "AFPA Toulouse");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 14, TRUE, BLUE, "Ce que je sais faire");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Sourcing");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Entretiens");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Tableaux de bord");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 14, TRUE, BLUE, "Langues");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Espagnol : courant");

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  g_assert_true (sections_have (parse, "Qui suis-je ?"));
  g_assert_true (sections_have (parse, "Ce que je sais faire"));
  assert_job (parse, 0, "Chargée de recrutement", "Exemple Conseil");
  g_assert_cmpuint (count (parse, "education"), ==, 1);
  g_assert_cmpuint (count (parse, "skills"), ==, 3);
  g_assert_nonnull (strstr (phoenix_test_cv_member_string (basics (parse), "summary"), "Vendeuse"));
}

/* An icon glyph before each heading (read as a bullet before), letter-spaced capitals
 * with and without wider word spaces. */
static void
test_icon_and_letter_spaced_headings (Fixture       *f,
                                      gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;

  header (f, "Anna Example", "anna@example.com · 416-555-0172");
  phoenix_test_cv_add (f, 12, TRUE, BLUE, "\uf0b1 W O R K E X P E R I E N C E");
  phoenix_test_cv_add (f, BODY, TRUE, BLACK, "Learning Designer — Lakeshore Example Bank");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "From 2021 to 2024, Toronto, ON");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 12, TRUE, BLUE, "\uf19d E D U C A T I O N");
  phoenix_test_cv_add (f, BODY, TRUE, BLACK, "Bachelor of Education — York Example University");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "From 2007 to 2011");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, 12, TRUE, BLUE, "\uf005 S K I L L S");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Storyboarding, ADDIE");

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  g_assert_true (sections_have (parse, "WORK EXPERIENCE"));
  g_assert_true (sections_have (parse, "EDUCATION"));
  g_assert_true (sections_have (parse, "SKILLS"));
  assert_job (parse, 0, "Learning Designer", "Lakeshore Example Bank");
  /* "From 2021 to 2024" is a date, not a position "From". */
  g_assert_cmpstr (phoenix_test_cv_member_string (entry (parse, "work", 0), "startDate"), ==, "2021");
  g_assert_cmpuint (count (parse, "education"), ==, 1);
}

/* A narrow left column holds the headings, long ones over two lines, and the dates; the
 * entries are beside them. */
static void
test_margin_headings_over_two_lines (Fixture       *f,
                                     gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  double y = 140;

  phoenix_test_cv_add_at (f, 0, 46, 50, 21, TRUE, BLACK, "Aurélie Exemple");
  phoenix_test_cv_add_at (f, 0, 46, 80, BODY, FALSE, BLACK, "06 03 59 71 24 — aurelie@example.fr — Dijon");
  phoenix_test_cv_add_at (f, 0, 49, 110, 11, TRUE, BLUE, "Profil");
  phoenix_test_cv_add_at (f, 0, 234, 110, BODY, FALSE, BLACK, "Caissière puis hôtesse d'accueil, assistante comptable depuis 2021.");
  phoenix_test_cv_add_at (f, 0, 49, y, 11, TRUE, BLUE, "Expérience");
  phoenix_test_cv_add_at (f, 0, 49, y + 13, 11, TRUE, BLUE, "professionnelle");
  for (guint i = 0; i < 3; i++, y += 40)
    {
      static const char * const dates[][2] = { { "03/2021 –", "aujourd'hui" }, { "05/2016 –", "12/2020" }, { "07/2011 –", "04/2016" } };
      static const char * const jobs[][2] = { { "Assistante comptable", "Cabinet Exemple Expertise, Dijon" },
                                              { "Hôtesse d'accueil", "Centre commercial Exemple, Dijon" },
                                              { "Caissière", "Hypermarché Exemple, Quetigny" } };
      phoenix_test_cv_add_at (f, 0, 165, y, 9.5, FALSE, BLACK, dates[i][0]);
      phoenix_test_cv_add_at (f, 0, 165, y + 12, 9.5, FALSE, BLACK, dates[i][1]);
      phoenix_test_cv_add_at (f, 0, 234, y, 9.5, TRUE, BLACK, jobs[i][0]);
      phoenix_test_cv_add_at (f, 0, 234, y + 12, 9.5, FALSE, BLACK, jobs[i][1]);
    }
  phoenix_test_cv_add_at (f, 0, 49, y, 11, TRUE, BLUE, "Formation");
  phoenix_test_cv_add_at (f, 0, 165, y, 9.5, FALSE, BLACK, "2020 – 2021");
  phoenix_test_cv_add_at (f, 0, 234, y, 9.5, TRUE, BLACK, "Titre professionnel Assistant comptable");
  phoenix_test_cv_add_at (f, 0, 234, y + 12, 9.5, FALSE, BLACK, "AFPA Dijon");

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  g_assert_true (sections_have (parse, "Expérience professionnelle"));
  g_assert_cmpuint (count (parse, "work"), ==, 3);
  assert_job (parse, 0, "Assistante comptable", "Cabinet Exemple Expertise");
  /* One employer with a job-title word ("commercial") does not turn the section round. */
  assert_job (parse, 1, "Hôtesse d'accueil", "Centre commercial Exemple");
  g_assert_cmpstr (phoenix_test_cv_member_string (entry (parse, "work", 0), "startDate"), ==, "2021-03");
  g_assert_cmpuint (count (parse, "education"), ==, 1);
}

/* "PROFIL  Chef cuisinier…": a run-in heading, split off by the PDF reader, then a
 * heading of its own. */
static void
test_run_in_heading (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;

  header (f, "Marc Exemple", "marc@example.ca · (438) 555-0123");
  phoenix_test_cv_add_at (f, 0, 50, f->y, BODY, TRUE, BLUE, "PROFIL");
  phoenix_test_cv_add_at (f, 0, 92, f->y, BODY, FALSE, BLACK, "Chef cuisinier pendant douze ans, aujourd'hui analyste d'affaires.");
  f->y += 20;
  phoenix_test_cv_add (f, 12, TRUE, BLUE, "EXPÉRIENCE");
  phoenix_test_cv_add (f, BODY, TRUE, BLACK, "Analyste d'affaires");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Groupe Exemple – Montréal – De 2022 à 2024");
  phoenix_test_cv_add (f, 12, TRUE, BLUE, "FORMATION");
  phoenix_test_cv_add (f, BODY, TRUE, BLACK, "DEP en cuisine");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "École hôtelière Exemple – De 2007 à 2009");

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  g_assert_true (sections_have (parse, "PROFIL"));
  g_assert_nonnull (strstr (phoenix_test_cv_member_string (basics (parse), "summary"), "Chef cuisinier"));
  assert_job (parse, 0, "Analyste d'affaires", "Groupe Exemple");
  g_assert_cmpstr (phoenix_test_cv_member_string (entry (parse, "work", 0), "startDate"), ==, "2022");
}

/* ---- Entries ----------------------------------------------------------- */

/* The employer on a line of its own over each position ("several positions under one
 * employer"), the title with its dates right-aligned. */
static void
test_employer_over_positions (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;

  header (f, "Sophie Exemple", "sophie@example.be · +32 470 12 34 56");
  phoenix_test_cv_add (f, 13, TRUE, BLACK, "Expérience professionnelle");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Meuse Exemple SA, Liège");
  phoenix_test_cv_add_with_right (f, TRUE, "Responsable logistique", "avr. 2017 – aujourd'hui");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "– Pilotage de deux entrepôts");
  phoenix_test_cv_add_with_right (f, TRUE, "Chef d'équipe entrepôt", "janv. 2012 – mars 2017");
  phoenix_test_cv_space (f);
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Logis Exemple, Namur");
  phoenix_test_cv_add_with_right (f, TRUE, "Préparatrice de commandes", "mai 2008 – déc. 2011");
  phoenix_test_cv_add (f, 13, TRUE, BLACK, "Formation");
  phoenix_test_cv_add_with_right (f, TRUE, "Bachelier en logistique", "2008");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Haute École Exemple");

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  g_assert_cmpuint (count (parse, "work"), ==, 3);
  assert_job (parse, 0, "Responsable logistique", "Meuse Exemple SA");
  assert_job (parse, 1, "Chef d'équipe entrepôt", "Meuse Exemple SA");
  assert_job (parse, 2, "Préparatrice de commandes", "Logis Exemple");
}

/* A spreadsheet: column headers over the rows, which are not a job. */
static void
test_table_headers (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  static const double xs[] = { 44, 117, 191, 435, 679 };
  static const char * const head[] = { "Début", "Fin", "Poste", "Employeur", "Lieu" };
  static const char * const rows[][5] = {
    { "05/2021", "aujourd'hui", "Chargée de recrutement", "Exemple Conseil Informatique", "Toulouse" },
    { "02/2015", "04/2021", "Responsable de boutique", "Mode Exemple", "Toulouse" },
  };

  header (f, "Inès Exemple", "07 81 22 43 65  ines@example.fr");
  phoenix_test_cv_add (f, 12, TRUE, BLACK, "Expérience professionnelle");
  for (guint k = 0; k < 5; k++)
    phoenix_test_cv_add_at (f, 0, xs[k], f->y, BODY, TRUE, BLACK, head[k]);
  f->y += 13;
  for (guint r = 0; r < 2; r++, f->y += 13)
    for (guint k = 0; k < 5; k++)
      phoenix_test_cv_add_at (f, 0, xs[k], f->y, BODY, FALSE, BLACK, rows[r][k]);

  parse = phoenix_cv_parse_lines (f->lines, 842, 595);
  g_assert_cmpuint (count (parse, "work"), ==, 2);
  assert_job (parse, 0, "Chargée de recrutement", "Exemple Conseil Informatique");
  assert_job (parse, 1, "Responsable de boutique", "Mode Exemple");
}

/* A date range told inside a description opens no entry. */
static void
test_date_inside_description (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;

  header (f, "Élodie Exemple", "elodie@example.org · +33 6 98 76 54 32");
  phoenix_test_cv_add (f, 12, TRUE, BLUE, "EXPÉRIENCE");
  phoenix_test_cv_add (f, BODY, TRUE, BLACK, "Designer UX — Santé Exemple");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Depuis 2022, Lyon");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Entretiens avec 40 soignants. Projet mené de 2019 à 2020 avec l'équipe régionale.");
  phoenix_test_cv_add (f, BODY, TRUE, BLACK, "Infirmière — Hôpital Exemple");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "De 2013 à 2021, Lyon");
  phoenix_test_cv_add (f, 12, TRUE, BLUE, "FORMATION");
  phoenix_test_cv_add (f, BODY, TRUE, BLACK, "Diplôme d'État d'infirmier — IFSI Exemple");

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  g_assert_cmpuint (count (parse, "work"), ==, 2);
  assert_job (parse, 0, "Designer UX", "Santé Exemple");
  assert_job (parse, 1, "Infirmière", "Hôpital Exemple");
}

/* Skill groups as a label over its items: the label names the group, it is no skill. */
static void
test_skill_group_labels (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  JsonObject *group;

  header (f, "Gareth Example", "gareth@example.co.uk · 07700 900123");
  phoenix_test_cv_add (f, 13, TRUE, BLACK, "Skills");
  phoenix_test_cv_add (f, BODY, TRUE, BLACK, "Tools");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Excel");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Jira");
  phoenix_test_cv_add (f, BODY, TRUE, BLACK, "Languages");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Python, SQL");
  phoenix_test_cv_add (f, 13, TRUE, BLACK, "Interests");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Rugby");

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  g_assert_cmpuint (count (parse, "skills"), ==, 2);
  group = entry (parse, "skills", 0);
  g_assert_cmpstr (phoenix_test_cv_member_string (group, "name"), ==, "Tools");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (group, "keywords")), ==, 2);
  g_assert_cmpstr (phoenix_test_cv_member_string (entry (parse, "skills", 1), "name"), ==, "Languages");
  g_assert_false (sections_have (parse, "Tools"));
  g_assert_false (sections_have (parse, "Languages"));
}

/* A word cut at the end of a line in justified text is joined again. */
static void
test_hyphenation (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(PhoenixCvParse) parse = NULL;
  const char *summary;

  header (f, "Nadia Exemple", "nadia@example.fr · 06 12 34 56 78");
  phoenix_test_cv_add (f, 13, TRUE, BLACK, "Profil");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Dix ans de commerce, puis une formation de développe-");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "ment web ; je cherche un premier poste en équipe produit.");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Mes points forts : relation client, travail en Ile-de-");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "France et à distance.");
  phoenix_test_cv_add (f, 13, TRUE, BLACK, "Expérience");
  phoenix_test_cv_add_with_right (f, TRUE, "Responsable de rayon", "2016 – 2022");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Supermarché Exemple, Tours");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "Suivi quotidien des commandes, des inventaires et de la mise en rayon des pro-");
  phoenix_test_cv_add (f, BODY, FALSE, BLACK, "duits frais.");

  parse = phoenix_cv_parse_lines (f->lines, 595, 842);
  summary = phoenix_test_cv_member_string (basics (parse), "summary");
  g_assert_nonnull (strstr (summary, "développement web"));
  /* A hyphen before a capital stays: it joins a compound name. */
  g_assert_nonnull (strstr (summary, "Ile-de-France"));
  g_assert_nonnull (strstr (phoenix_test_cv_member_string (entry (parse, "work", 0), "summary"), "produits frais"));
}

/* phoenix_cv_normalize_text() skips NFC for text of the characters below U+0300 and from U+2002
 * to U+20CF: every pair of those is NFC already, and a combining mark still composes. */
static gunichar
nfc_as_is_char (guint i)
{
  return i < 0x300 - 0x20 ? 0x20 + i : 0x2002 + (i - (0x300 - 0x20));
}

static void
test_nfc_as_is (void)
{
  const guint n = (0x300 - 0x20) + (0x20D0 - 0x2002);
  g_autofree char *composed = phoenix_cv_normalize_text ("Cafe\xcc\x81 cre\xcc\x80me \xe2\x80\x94 Zu\xcc\x88rich");
  /* U+212B ANGSTROM SIGN, past the range, is U+00C5 in NFC. */
  g_autofree char *angstrom = phoenix_cv_normalize_text ("12 \xe2\x82\xac \xe2\x80\x94 5 \xe2\x84\xab");

  g_assert_cmpstr (composed, ==, "Caf\xc3\xa9 cr\xc3\xa8me \xe2\x80\x94 Z\xc3\xbcrich");
  g_assert_cmpstr (angstrom, ==, "12 \xe2\x82\xac \xe2\x80\x94 5 \xc3\x85");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GString) pairs = g_string_new (NULL);
      g_autofree char *nfc = NULL;

      /* Each character before and after every other one: each adjacent pair once. */
      for (guint j = 0; j < n; j++)
        {
          g_string_append_unichar (pairs, nfc_as_is_char (i));
          g_string_append_unichar (pairs, nfc_as_is_char (j));
        }
      g_string_append_unichar (pairs, nfc_as_is_char (i));
      nfc = g_utf8_normalize (pairs->str, -1, G_NORMALIZE_NFC);
      g_assert_cmpstr (nfc, ==, pairs->str);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cv-patterns/phones/by-country", test_phones_by_country);
#define ADD(path, func) g_test_add (path, Fixture, NULL, phoenix_test_cv_lines_setup, func, phoenix_test_cv_lines_teardown)
  ADD ("/cv-patterns/phones/footer-only", test_phone_in_footer);
  ADD ("/cv-patterns/headings/unknown-words", test_unknown_headings);
  ADD ("/cv-patterns/headings/icon-and-letter-spaced", test_icon_and_letter_spaced_headings);
  ADD ("/cv-patterns/headings/margin-over-two-lines", test_margin_headings_over_two_lines);
  ADD ("/cv-patterns/headings/run-in", test_run_in_heading);
  ADD ("/cv-patterns/entries/employer-over-positions", test_employer_over_positions);
  ADD ("/cv-patterns/entries/table-headers", test_table_headers);
  ADD ("/cv-patterns/entries/date-inside-description", test_date_inside_description);
  ADD ("/cv-patterns/skills/group-labels", test_skill_group_labels);
  ADD ("/cv-patterns/text/hyphenation", test_hyphenation);
#undef ADD
  g_test_add_func ("/cv-patterns/text/nfc-as-is", test_nfc_as_is);

  return g_test_run ();
}
