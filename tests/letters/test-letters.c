/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-letters"

#include "config.h"

#include <string.h>

#include "phoenix-json-resume.h"
#include "phoenix-letter-checks.h"
#include "phoenix-letter-engine.h"
#include "phoenix-letter-markup.h"
#include "phoenix-letter-store.h"
#include "phoenix-profile-entries.h"
#include "phoenix-test-util.h"
#include "phoenix-vault-private.h"

/*
 * Cover letters: the template language, every shipped template in both languages with and
 * without each optional fact, drafts for two career changers read back, the markup, and
 * the store in a real vault. Needs $PHOENIX_TAXONOMY and $PHOENIX_SOURCE_DIR.
 */

static PhoenixTaxonomy *taxonomy;
static PhoenixSkillExtractor *extractor;
static PhoenixLetterEngine *engine;

static char *
fixture_path (const char *name)
{
  return g_build_filename (g_getenv ("PHOENIX_SOURCE_DIR"), "tests", "letters", "data", name, NULL);
}

static PhoenixProfile *
load_profile (const char *name)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_json_resume_import_file (profile, path, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&profile);
}

static PhoenixJobOffer *
load_offer (const char *name)
{
  g_autofree char *path = fixture_path (name);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PhoenixJobOffer *offer = phoenix_job_offer_new_from_file (extractor, file, &error);

  g_assert_no_error (error);
  return offer;
}

static GDateTime *
fixed_day (void)
{
  return g_date_time_new_utc (2025, 3, 14, 12, 0, 0);
}

/* The template language */

static char *
render (const char  *source,
        const char  *section,
        GHashTable  *slots,
        GError     **error)
{
  g_autoptr(PhoenixLetterTemplate) template = phoenix_letter_template_new_from_data ("test", source, error);

  if (template == NULL)
    return NULL;
  return phoenix_letter_template_render (template, NULL, section, slots, error);
}

static void
test_template_language (void)
{
  g_autoptr(GHashTable) slots = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *source =
    "{{! a comment }}\n"
    "{{#section body}}\n"
    "Hello {{name}}{{#if company}} from {{company}}{{/if}}.\n"
    "{{#if tone=warm,formal & !company}}\n"
    "Nice to meet you.\n"
    "{{#elif tone=concise}}\n"
    "Hi.\n"
    "{{#else}}\n"
    "Welcome.\n"
    "{{/if}}\n"
    "\n"
    "Second   paragraph,\n"
    "same one.\n"
    "{{/section}}\n"
    "{{#section address lines}}\n"
    "{{name}}\n"
    "{{#if city}}{{city}}{{/if}}\n"
    "{{> tail}}\n"
    "{{/section}}\n"
    "{{#section tail}}\n"
    "Done {{name:lcfirst}}\n"
    "{{/section}}\n";

  g_hash_table_insert (slots, "name", "Ada");
  g_hash_table_insert (slots, "tone", "warm");
  text = render (source, "body", slots, &error);
  g_assert_no_error (error);
  /* Standalone tags leave nothing; a new line inside a paragraph is a space; runs collapse. */
  g_assert_cmpstr (text, ==, "Hello Ada. Nice to meet you.\nSecond paragraph, same one.");
  g_clear_pointer (&text, g_free);

  g_hash_table_insert (slots, "company", "Acme");
  text = render (source, "body", slots, &error);
  g_assert_cmpstr (text, ==, "Hello Ada from Acme. Welcome.\nSecond paragraph, same one.");
  g_clear_pointer (&text, g_free);

  g_hash_table_insert (slots, "tone", "concise");
  text = render (source, "body", slots, &error);
  g_assert_cmpstr (text, ==, "Hello Ada from Acme. Hi.\nSecond paragraph, same one.");
  g_clear_pointer (&text, g_free);

  /* A "lines" section keeps its lines and drops the empty ones; an include stays in place. */
  text = render (source, "address", slots, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "Ada\nDone ada");
  g_clear_pointer (&text, g_free);

  /* A slot without a value outside a condition is an error, never an empty hole. */
  g_hash_table_remove (slots, "name");
  text = render (source, "body", slots, &error);
  g_assert_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_MISSING_SLOT);
  g_assert_null (text);
  g_clear_error (&error);

  text = render (source, "nothing", slots, &error);
  g_assert_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_UNKNOWN_SECTION);
  g_clear_error (&error);
}

static void
test_template_syntax_errors (void)
{
  const char *broken[] = {
    "text outside",
    "{{#section a}}never closed",
    "{{#section a}}{{#if x}}open{{/section}}",
    "{{#section a}}{{/if}}{{/section}}",
    "{{#section a}}{{#else}}{{/section}}",
    "{{#section a}}{{name:shout}}{{/section}}",
    "{{#section a}}{{not a slot}}{{/section}}",
    "{{#section a}}{{#section b}}{{/section}}{{/section}}",
    "{{#section a}}{{/section}}{{#section a}}{{/section}}",
    "{{#section a}}{{#if }}x{{/if}}{{/section}}",
    "{{#section a}}{{unclosed{{/section}}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PhoenixLetterTemplate) template = phoenix_letter_template_new_from_data ("broken", broken[i], &error);

      g_test_message ("%s", broken[i]);
      g_assert_null (template);
      g_assert_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_SYNTAX);
      /* The message names the template and the line. */
      g_assert_nonnull (strstr (error->message, "broken"));
    }
}

static void
test_template_check (void)
{
  const char * const always[] = { "name", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixLetterTemplate) good = phoenix_letter_template_new_from_data ("good",
    "{{#section a}}{{name}}{{#if city & zip}}{{city}} {{zip}}{{/if}}{{#if x=1}}{{x}}{{/if}}{{> b}}{{/section}}"
    "{{#section b}}{{#if city}}{{city}}{{/if}}{{/section}}", &error);
  g_autoptr(PhoenixLetterTemplate) unguarded = phoenix_letter_template_new_from_data ("unguarded",
    "{{#section a}}{{#if city}}{{city}}{{#else}}{{city}}{{/if}}{{/section}}", &error);
  g_autoptr(PhoenixLetterTemplate) negated = phoenix_letter_template_new_from_data ("negated",
    "{{#section a}}{{#if !city}}{{city}}{{/if}}{{/section}}", &error);
  g_autoptr(PhoenixLetterTemplate) through_include = phoenix_letter_template_new_from_data ("include",
    "{{#section a}}{{> b}}{{/section}}{{#section b}}{{zip}}{{/section}}", &error);
  g_autoptr(PhoenixLetterTemplate) missing_include = phoenix_letter_template_new_from_data ("missing",
    "{{#section a}}{{> nowhere}}{{/section}}", &error);

  g_assert_no_error (error);
  g_assert_true (phoenix_letter_template_check (good, NULL, always, &error));
  g_assert_no_error (error);

  g_assert_false (phoenix_letter_template_check (unguarded, NULL, always, &error));
  g_assert_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_MISSING_SLOT);
  g_clear_error (&error);
  g_assert_false (phoenix_letter_template_check (negated, NULL, always, &error));
  g_assert_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_MISSING_SLOT);
  g_clear_error (&error);
  g_assert_false (phoenix_letter_template_check (through_include, NULL, always, &error));
  g_assert_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_MISSING_SLOT);
  g_clear_error (&error);
  g_assert_false (phoenix_letter_template_check (missing_include, NULL, always, &error));
  g_assert_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_UNKNOWN_SECTION);
}

static void
test_elision (void)
{
  static const struct { const char *word, *value, *expected; } cases[] = {
    { "de", "Data Analyst", "de Data Analyst" },
    { "de", "infirmière", "d’infirmière" },
    { "de", "Analyste", "d’Analyste" },
    { "de", "Éducateur", "d’Éducateur" },
    { "de", "hôtesse", "d’hôtesse" },
    { "de", "UX designer", "d’UX designer" },
    { "que", "enseignant", "qu’enseignant" },
    { "de", "chef de projet", "de chef de projet" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = phoenix_letter_elide (cases[i].word, cases[i].value);

      g_assert_cmpstr (out, ==, cases[i].expected);
    }
}

static void
test_dates_and_lists (void)
{
  g_autoptr(GDateTime) first = g_date_time_new_utc (2025, 3, 1, 9, 0, 0);
  g_autoptr(GDateTime) other = g_date_time_new_utc (2024, 12, 7, 9, 0, 0);
  g_autofree char *fr1 = phoenix_letter_format_date (first, "fr");
  g_autofree char *fr2 = phoenix_letter_format_date (other, "fr");
  g_autofree char *en = phoenix_letter_format_date (other, "en");
  const char * const three[] = { "SQL", "Excel", "Python", NULL };
  const char * const one[] = { "SQL", NULL };
  g_autofree char *fr_list = phoenix_letter_join_list (three, "fr");
  g_autofree char *en_list = phoenix_letter_join_list (three, "en");
  g_autofree char *single = phoenix_letter_join_list (one, "fr");

  g_assert_cmpstr (fr1, ==, "1er mars 2025");
  g_assert_cmpstr (fr2, ==, "7 décembre 2024");
  g_assert_cmpstr (en, ==, "7 December 2024");
  g_assert_cmpstr (fr_list, ==, "SQL, Excel et Python");
  g_assert_cmpstr (en_list, ==, "SQL, Excel and Python");
  g_assert_cmpstr (single, ==, "SQL");
}

/* Every shipped template, every way */

/* The facts every optional part can be taken from; "name", "target", "date" and "lang" are always given. */
static const char * const optional_slots[] = {
  "email", "phone", "address", "postal_city", "city", "country", "company", "offer_location",
  "offer_focus", "sector", "contact", "origin", "origin_employer", "years", "change", "skills", "skill",
  "soft_skills", "achievement", "training", "training_school",
};

static void
set_full_facts (PhoenixLetterFacts *facts,
                const char         *language)
{
  gboolean fr = strcmp (language, "fr") == 0;

  phoenix_letter_facts_set (facts, "name", "Alex Martin");
  phoenix_letter_facts_set (facts, "target", fr ? "Chargé de projet" : "Project Officer");
  phoenix_letter_facts_set (facts, "email", "alex@example.org");
  phoenix_letter_facts_set (facts, "phone", "06 00 00 00 00");
  phoenix_letter_facts_set (facts, "address", "1 rue Haute");
  phoenix_letter_facts_set (facts, "postal_city", "75001 Paris");
  phoenix_letter_facts_set (facts, "city", "Paris");
  phoenix_letter_facts_set (facts, "country", "FR");
  phoenix_letter_facts_set (facts, "company", "Orbital");
  phoenix_letter_facts_set (facts, "offer_location", "Nantes");
  phoenix_letter_facts_set (facts, "offer_focus", fr ? "gestion de projet et budget" : "project management and budgets");
  phoenix_letter_facts_set (facts, "sector", "M");
  phoenix_letter_facts_set (facts, "contact", "Mme Durand");
  phoenix_letter_facts_set (facts, "origin", fr ? "enseignante" : "teacher");
  phoenix_letter_facts_set (facts, "origin_employer", "Lycée Voltaire");
  phoenix_letter_facts_set (facts, "years", fr ? "6 ans" : "6 years");
  phoenix_letter_facts_set (facts, "change", "yes");
  phoenix_letter_facts_set (facts, "skills", fr ? "planification, Excel et animation d’équipe" : "planning, Excel and team leadership");
  phoenix_letter_facts_set (facts, "skill", fr ? "planification" : "planning");
  phoenix_letter_facts_set (facts, "soft_skills", fr ? "rigueur et écoute" : "rigour and listening");
  phoenix_letter_facts_set (facts, "achievement", fr ? "organisation d’un voyage scolaire pour 120 élèves" : "organised a school trip for 120 pupils");
  phoenix_letter_facts_set (facts, "training", fr ? "Titre professionnel Chef de projet" : "Certificate in Project Management");
  phoenix_letter_facts_set (facts, "training_school", "CNAM");
}

/* What a person would never write: a hole, doubled spaces or stops, a space before a comma,
 * an empty bracket, a clause left hanging, a paragraph without an end. */
static void
assert_reads_well (PhoenixLetter *letter,
                   const char    *where)
{
  g_autofree char *text = phoenix_letter_to_text (letter);
  g_autofree char *body = phoenix_letter_get_body_text (letter, "\n");
  g_auto(GStrv) paragraphs = g_strsplit (body, "\n", -1);
  static const char * const faults[] = {
    "{{", "}}", "  ", " ,", " .", ",.", "..", ". .", "()", "( ", " )", ":.", ": .", ",,", ", ,",
    " et .", " and .", " de .", " chez .", " at .", " au sein de .", "\n\n\n", " :,", "\u00a0\u00a0",
  };

  for (guint i = 0; i < G_N_ELEMENTS (faults); i++)
    {
      if (strstr (text, faults[i]) != NULL)
        g_error ("%s: “%s” in\n%s", where, faults[i], text);
    }
  g_assert_cmpuint (g_strv_length (paragraphs), >=, 2);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      const char *p = paragraphs[i];
      gsize len = strlen (p);

      if (len == 0 || !(p[len - 1] == '.' || p[len - 1] == '!' || p[len - 1] == '?'))
        g_error ("%s: paragraph %u has no end: “%s”", where, i, p);
      if (!g_unichar_isupper (g_utf8_get_char (p)))
        g_error ("%s: paragraph %u starts in lower case: “%s”", where, i, p);
      /* A sentence after a full stop starts with a capital. */
      for (const char *q = strstr (p, ". "); q != NULL; q = strstr (q + 2, ". "))
        {
          if (!g_unichar_isupper (g_utf8_get_char (q + 2)))
            g_error ("%s: a sentence starts in lower case: “%s”", where, q + 2);
        }
    }
  for (guint f = 0; f < PHOENIX_LETTER_N_FIELDS; f++)
    {
      if (f == PHOENIX_LETTER_FIELD_CV_VARIANT || f == PHOENIX_LETTER_FIELD_TITLE)
        continue;
      if (phoenix_letter_get (letter, f)[0] == '\0')
        g_error ("%s: “%s” is empty", where, phoenix_letter_field_to_string (f));
    }
}

static guint
render_all_ways (PhoenixLetterFacts *facts,
                 const char         *where)
{
  guint n_drafts, n = 0;
  const PhoenixLetterDraftInfo *drafts = phoenix_letter_engine_get_drafts (&n_drafts);

  for (guint d = 0; d < n_drafts; d++)
    for (guint t = 0; phoenix_letter_tones[t] != NULL; t++)
      for (guint l = 0; phoenix_letter_lengths[l] != NULL; l++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(PhoenixLetter) letter = NULL;
          g_autofree char *label = g_strdup_printf ("%s %s/%s/%s/%s", where, phoenix_letter_facts_get_language (facts),
                                                    drafts[d].id, phoenix_letter_tones[t], phoenix_letter_lengths[l]);

          letter = phoenix_letter_engine_draft (engine, facts, drafts[d].id, phoenix_letter_tones[t],
                                                phoenix_letter_lengths[l], &error);
          if (letter == NULL)
            g_error ("%s: %s", label, error->message);
          assert_reads_well (letter, label);
          n++;
        }
  return n;
}

static void
test_every_template_every_way (void)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  guint rendered = 0;

  for (guint lang = 0; phoenix_letter_languages[lang] != NULL; lang++)
    {
      const char *language = phoenix_letter_languages[lang];
      g_autoptr(PhoenixLetterFacts) bare = phoenix_letter_facts_new (NULL, profile, NULL, language, NULL);

      /* All optional facts; then each one missing; then only the required ones. */
      for (int missing = -1; missing < (int) G_N_ELEMENTS (optional_slots); missing++)
        {
          g_autoptr(PhoenixLetterFacts) facts = phoenix_letter_facts_new (NULL, profile, NULL, language, NULL);
          g_autofree char *where = g_strdup_printf ("without %s", missing < 0 ? "nothing" : optional_slots[missing]);

          set_full_facts (facts, language);
          if (missing >= 0)
            phoenix_letter_facts_set (facts, optional_slots[missing], NULL);
          rendered += render_all_ways (facts, where);
        }
      phoenix_letter_facts_set (bare, "name", "Alex Martin");
      phoenix_letter_facts_set (bare, "target", "Chargé de projet");
      rendered += render_all_ways (bare, "required facts only");

      /* Every sector's opening, and a sector no template knows. */
      for (char sector = 'A'; sector <= 'O'; sector++)
        {
          g_autoptr(PhoenixLetterFacts) facts = phoenix_letter_facts_new (NULL, profile, NULL, language, NULL);
          char code[2] = { sector, '\0' };

          set_full_facts (facts, language);
          phoenix_letter_facts_set (facts, "sector", code);
          rendered += render_all_ways (facts, code);
        }
    }
  g_test_message ("%u letters rendered", rendered);
  g_assert_cmpuint (rendered, ==, 2 * (G_N_ELEMENTS (optional_slots) + 1 + 1 + 15) * 3 * 3 * 3);
}

/* Each sector has its own opening; the text of an absent fact never shows. */
static void
test_optional_facts_leave_no_trace (void)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();

  for (guint lang = 0; phoenix_letter_languages[lang] != NULL; lang++)
    {
      const char *language = phoenix_letter_languages[lang];
      g_autoptr(GHashTable) hooks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

      for (guint i = 0; i < G_N_ELEMENTS (optional_slots); i++)
        {
          g_autoptr(PhoenixLetterFacts) facts = phoenix_letter_facts_new (NULL, profile, NULL, language, NULL);
          g_autoptr(PhoenixLetter) letter = NULL;
          g_autofree char *text = NULL;
          g_autofree char *value = NULL;

          set_full_facts (facts, language);
          value = g_strdup (phoenix_letter_facts_get (facts, optional_slots[i]));
          phoenix_letter_facts_set (facts, optional_slots[i], NULL);
          /* "skill" is the first of "skills", "city" is in "postal_city", "change" and "sector" are codes. */
          if (g_str_equal (optional_slots[i], "skill") || g_str_equal (optional_slots[i], "city") ||
              g_str_equal (optional_slots[i], "change") || g_str_equal (optional_slots[i], "sector") ||
              g_str_equal (optional_slots[i], "country"))
            continue;
          letter = phoenix_letter_engine_draft (engine, facts, "story", "formal", "long", NULL);
          g_assert_nonnull (letter);
          text = phoenix_letter_to_text (letter);
          if (strstr (text, value) != NULL)
            g_error ("%s: “%s” shows though %s was removed:\n%s", language, value, optional_slots[i], text);
        }

      for (char sector = 'A'; sector <= 'N'; sector++)
        {
          g_autoptr(PhoenixLetterFacts) facts = phoenix_letter_facts_new (NULL, profile, NULL, language, NULL);
          g_autoptr(PhoenixLetter) letter = NULL;
          char code[2] = { sector, '\0' };

          set_full_facts (facts, language);
          phoenix_letter_facts_set (facts, "sector", code);
          letter = phoenix_letter_engine_draft (engine, facts, "story", "formal", "standard", NULL);
          g_hash_table_add (hooks, g_strdup (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_BODY)));
        }
      g_assert_cmpuint (g_hash_table_size (hooks), ==, 14);
    }
}

/* Two career changers, read back */

typedef struct
{
  const char *resume;
  const char *offer;
  const char *language;
  const char *person;
  const char *company;
  const char *target;
  const char *origin;
  const char *skills[4];  /* at least one of them shows */
  const char *never[4];   /* what the offer asks that the CV lacks: never claimed */
} CareerChange;

static const CareerChange career_changes[] = {
  { "nurse.json", "offer-data-analyst-fr.txt", "fr", "Sophie Laurent", "Santé Conseil", "Data Analyst", "infirmière",
    { "SQL", "Excel", "analyse de données", NULL }, { "Bac+3", NULL } },
  { "teacher.json", "offer-ux-designer-en.txt", "en", "Thomas Reed", "Brightpath Learning", "UX Designer",
    "Secondary School Teacher", { "user research", "Figma", "prototyping", NULL }, { "portfolio", NULL } },
};

static void
test_career_changes (gconstpointer data)
{
  const CareerChange *c = data;
  g_autoptr(PhoenixProfile) profile = load_profile (c->resume);
  g_autoptr(PhoenixJobOffer) offer = load_offer (c->offer);
  g_autoptr(GDateTime) day = fixed_day ();
  g_autoptr(PhoenixLetterFacts) facts = phoenix_letter_facts_new (extractor, profile, offer, c->language, day);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GHashTable) bodies = g_hash_table_new (g_str_hash, g_str_equal);

  /* The facts: a career change from the latest job, with training under way. */
  g_assert_cmpstr (phoenix_letter_facts_get (facts, "change"), ==, "yes");
  g_assert_cmpstr (phoenix_letter_facts_get (facts, "origin"), ==, c->origin);
  g_assert_cmpstr (phoenix_letter_facts_get (facts, "company"), ==, c->company);
  g_assert_cmpstr (phoenix_letter_facts_get (facts, "target"), ==, c->target);
  g_assert_cmpstr (phoenix_letter_facts_get (facts, "training"), !=, "");
  g_assert_cmpstr (phoenix_letter_facts_get (facts, "skills"), !=, "");

  drafts = phoenix_letter_engine_draft_all (engine, facts, "formal", "standard", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (drafts->len, ==, 3);
  for (guint i = 0; i < drafts->len; i++)
    {
      PhoenixLetter *letter = drafts->pdata[i];
      g_autofree char *text = phoenix_letter_to_text (letter);
      g_autofree char *folded = g_utf8_casefold (text, -1);
      gboolean any_skill = FALSE;

      g_test_message ("%s", text);
      assert_reads_well (letter, c->resume);
      g_assert_nonnull (strstr (text, c->person));
      g_assert_nonnull (strstr (text, c->company));
      g_assert_nonnull (strstr (text, c->target));
      g_assert_cmpstr (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_LANGUAGE), ==, c->language);
      for (guint s = 0; c->skills[s] != NULL; s++)
        {
          g_autofree char *skill = g_utf8_casefold (c->skills[s], -1);

          any_skill |= strstr (folded, skill) != NULL;
        }
      g_assert_true (any_skill);
      for (guint s = 0; c->never[s] != NULL; s++)
        g_assert_null (strstr (text, c->never[s]));
      /* Several drafts to choose from: each body is its own. */
      g_assert_true (g_hash_table_add (bodies, (gpointer) phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_BODY)));
    }

  /* French conventions: « lieu, le date », « Objet : », « Madame, Monsieur, », a formule de politesse. */
  if (g_str_equal (c->language, "fr"))
    {
      PhoenixLetter *letter = drafts->pdata[0];

      g_assert_cmpstr (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_PLACE_DATE), ==, "Lyon, le 14 mars 2025");
      g_assert_true (g_str_has_prefix (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_SUBJECT), "Objet\u00a0: "));
      g_assert_cmpstr (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_SALUTATION), ==, "Madame, Monsieur,");
      g_assert_nonnull (strstr (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_CLOSING), "salutations distinguées"));
    }
  else
    {
      PhoenixLetter *letter = drafts->pdata[0];

      g_assert_cmpstr (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_PLACE_DATE), ==, "14 March 2025");
      g_assert_cmpstr (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_SALUTATION), ==, "Dear Hiring Manager,");
      /* British: no name, "Yours faithfully"; with a name, "Yours sincerely". */
      g_assert_cmpstr (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_CLOSING), ==, "Yours faithfully,");
      phoenix_letter_facts_set (facts, "contact", "Ms Patel");
      {
        g_autoptr(PhoenixLetter) named = phoenix_letter_engine_draft (engine, facts, "story", "formal", "standard", NULL);

        g_assert_cmpstr (phoenix_letter_get (named, PHOENIX_LETTER_FIELD_SALUTATION), ==, "Dear Ms Patel,");
        g_assert_cmpstr (phoenix_letter_get (named, PHOENIX_LETTER_FIELD_CLOSING), ==, "Yours sincerely,");
      }
    }
}

/* Every skill the letter claims is one the CV names. */
static void
test_claims_only_what_the_cv_says (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (career_changes); i++)
    {
      const CareerChange *c = &career_changes[i];
      g_autoptr(PhoenixProfile) profile = load_profile (c->resume);
      g_autoptr(PhoenixJobOffer) offer = load_offer (c->offer);
      g_autoptr(PhoenixLetterFacts) facts = phoenix_letter_facts_new (extractor, profile, offer, c->language, NULL);
      g_autofree char *resume = phoenix_json_resume_to_data (profile, NULL);
      g_autofree char *resume_folded = g_utf8_casefold (resume, -1);
      const char *joined = phoenix_letter_facts_get (facts, "skills");
      g_autofree char *normalised = NULL;
      g_auto(GStrv) items = NULL;

      normalised = g_strdup (joined);
      /* "a, b et c" → items */
      {
        g_autoptr(GRegex) separators = g_regex_new (", | et | and ", 0, 0, NULL);

        items = g_regex_split (separators, normalised, 0);
      }
      g_assert_cmpuint (g_strv_length (items), >=, 1);
      for (guint s = 0; items[s] != NULL; s++)
        {
          g_autofree char *item = g_utf8_casefold (items[s], -1);

          if (strstr (resume_folded, item) == NULL)
            g_error ("%s claims “%s”, which the CV does not name", c->resume, items[s]);
        }
    }
}

static void
test_tones_differ_concise_shortest (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (career_changes); i++)
    {
      const CareerChange *c = &career_changes[i];
      g_autoptr(PhoenixProfile) profile = load_profile (c->resume);
      g_autoptr(PhoenixJobOffer) offer = load_offer (c->offer);
      g_autoptr(PhoenixLetterFacts) facts = phoenix_letter_facts_new (extractor, profile, offer, c->language, NULL);
      guint n_drafts;
      const PhoenixLetterDraftInfo *drafts = phoenix_letter_engine_get_drafts (&n_drafts);

      for (guint d = 0; d < n_drafts; d++)
        for (guint l = 0; phoenix_letter_lengths[l] != NULL; l++)
          {
            g_autoptr(PhoenixLetter) formal = phoenix_letter_engine_draft (engine, facts, drafts[d].id, "formal", phoenix_letter_lengths[l], NULL);
            g_autoptr(PhoenixLetter) warm = phoenix_letter_engine_draft (engine, facts, drafts[d].id, "warm", phoenix_letter_lengths[l], NULL);
            g_autoptr(PhoenixLetter) concise = phoenix_letter_engine_draft (engine, facts, drafts[d].id, "concise", phoenix_letter_lengths[l], NULL);
            g_autofree char *a = phoenix_letter_to_text (formal);
            g_autofree char *b = phoenix_letter_to_text (warm);
            g_autofree char *s = phoenix_letter_to_text (concise);
            guint wa, wb, ws;

            g_assert_cmpstr (a, !=, b);
            g_assert_cmpstr (a, !=, s);
            g_assert_cmpstr (b, !=, s);
            phoenix_letter_count (a, &wa, NULL);
            phoenix_letter_count (b, &wb, NULL);
            phoenix_letter_count (s, &ws, NULL);
            g_assert_cmpuint (ws, <, wa);
            g_assert_cmpuint (ws, <, wb);
          }

      /* Longer letters say more. */
      {
        g_autoptr(PhoenixLetter) shorter = phoenix_letter_engine_draft (engine, facts, "story", "formal", "short", NULL);
        g_autoptr(PhoenixLetter) longer = phoenix_letter_engine_draft (engine, facts, "story", "formal", "long", NULL);
        g_autofree char *a = phoenix_letter_get_body_text (shorter, "\n");
        g_autofree char *b = phoenix_letter_get_body_text (longer, "\n");

        g_assert_cmpuint (strlen (a), <, strlen (b));
      }
    }
}

static void
test_refuses_without_name_or_title (void)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixLetterFacts) facts = phoenix_letter_facts_new (NULL, profile, NULL, "fr", NULL);
  g_autoptr(GError) error = NULL;

  phoenix_letter_facts_set (facts, "target", "Data Analyst");
  g_assert_null (phoenix_letter_engine_draft (engine, facts, "story", "formal", "standard", &error));
  g_assert_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_NO_NAME);
  g_clear_error (&error);

  phoenix_letter_facts_set (facts, "name", "Alex");
  phoenix_letter_facts_set (facts, "target", NULL);
  g_assert_null (phoenix_letter_engine_draft (engine, facts, "story", "formal", "standard", &error));
  g_assert_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_NO_TARGET);
  g_clear_error (&error);

  phoenix_letter_facts_set (facts, "target", "Data Analyst");
  g_assert_null (phoenix_letter_engine_draft (engine, facts, "nope", "formal", "standard", &error));
  g_assert_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_UNKNOWN_TEMPLATE);
  g_clear_error (&error);
  g_assert_null (phoenix_letter_engine_draft (engine, facts, "story", "angry", "standard", &error));
  g_assert_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_UNKNOWN_TEMPLATE);
  g_clear_error (&error);
  g_assert_null (phoenix_letter_engine_draft (engine, facts, "common", "formal", "standard", &error));
  g_assert_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_UNKNOWN_TEMPLATE);
}

static void
test_deterministic (void)
{
  g_autoptr(PhoenixProfile) profile = load_profile ("nurse.json");
  g_autoptr(PhoenixJobOffer) offer = load_offer ("offer-data-analyst-fr.txt");
  g_autoptr(GDateTime) day = fixed_day ();
  g_autoptr(PhoenixLetterFacts) a = phoenix_letter_facts_new (extractor, profile, offer, "fr", day);
  g_autoptr(PhoenixLetterFacts) b = phoenix_letter_facts_new (extractor, profile, offer, "fr", day);
  g_autoptr(PhoenixLetter) la = phoenix_letter_engine_draft (engine, a, "skills", "warm", "long", NULL);
  g_autoptr(PhoenixLetter) lb = phoenix_letter_engine_draft (engine, b, "skills", "warm", "long", NULL);
  g_autofree char *ta = phoenix_letter_to_text (la);
  g_autofree char *tb = phoenix_letter_to_text (lb);

  g_assert_cmpstr (ta, ==, tb);
}

/* The composer's checks */

static void
test_coverage (void)
{
  g_autoptr(PhoenixJobOffer) offer = load_offer ("offer-data-analyst-fr.txt");
  g_autoptr(PhoenixLetterCoverage) none = phoenix_letter_check_coverage (extractor, offer, "Bonjour.", "fr");
  g_autoptr(PhoenixLetterCoverage) some = phoenix_letter_check_coverage (extractor, offer, "Je maîtrise SQL et Excel.", "fr");
  guint total = phoenix_job_offer_get_skills (offer)->len;

  g_assert_cmpuint (total, >=, 4);
  g_assert_cmpuint (none->total, ==, total);
  g_assert_cmpuint (none->covered, ==, 0);
  g_assert_cmpuint (none->missing->len, ==, total);
  g_assert_cmpuint (some->covered, ==, 2);
  g_assert_cmpuint (some->present->len + some->missing->len, ==, total);
  g_assert_cmpstr (some->present->pdata[0], ==, "SQL");
}

/* The subject (or message) of the first issue of @kind, "" when there is none. */
static const char *
issue_field (GPtrArray              *issues,
             PhoenixLetterIssueKind  kind,
             gboolean                message)
{
  for (guint i = 0; i < issues->len; i++)
    {
      PhoenixLetterIssue *issue = issues->pdata[i];

      if (issue->kind == kind)
        return message ? issue->message : issue->subject;
    }
  return "";
}

static void
test_consistency (void)
{
  g_autoptr(PhoenixProfile) profile = load_profile ("nurse.json");
  g_autoptr(PhoenixExperience) earlier = phoenix_experience_new ();
  g_autoptr(PhoenixJobOffer) offer = load_offer ("offer-data-analyst-fr.txt");
  g_autoptr(GDateTime) day = fixed_day ();
  g_autoptr(PhoenixLetterFacts) facts = NULL;
  g_autoptr(PhoenixLetter) draft = NULL;
  g_autofree char *draft_text = NULL;
  g_autoptr(GPtrArray) clean = NULL;
  g_autoptr(GPtrArray) issues = NULL;

  phoenix_experience_set_title (earlier, "Aide-soignante");
  phoenix_experience_set_employer (earlier, "Clinique du Parc");
  phoenix_experience_set_start_date (earlier, "2014-01");
  phoenix_experience_set_end_date (earlier, "2016-06");
  g_list_store_append (phoenix_profile_get_experiences (profile), earlier);

  /* Every draft, every way, for both career changers, says only what the CV says. */
  for (guint c = 0; c < G_N_ELEMENTS (career_changes); c++)
    {
      g_autoptr(PhoenixProfile) person = c == 0 ? g_object_ref (profile) : load_profile (career_changes[c].resume);
      g_autoptr(PhoenixJobOffer) wanted = load_offer (career_changes[c].offer);
      guint n_drafts;
      const PhoenixLetterDraftInfo *drafts = phoenix_letter_engine_get_drafts (&n_drafts);

      const char *ignore[] = { career_changes[c].target, career_changes[c].company, NULL };

      g_clear_object (&facts);
      facts = phoenix_letter_facts_new (extractor, person, wanted, career_changes[c].language, day);
      /* And as if the offer were in the same trade: the other wording. */
      for (guint same = 0; same < 2; same++)
      for (guint d = 0; d < n_drafts; d++)
        for (guint t = 0; phoenix_letter_tones[t] != NULL; t++)
          for (guint l = 0; phoenix_letter_lengths[l] != NULL; l++)
            {
              phoenix_letter_facts_set (facts, "change", same ? NULL : "yes");
              g_clear_object (&draft);
              g_clear_pointer (&draft_text, g_free);
              g_clear_pointer (&clean, g_ptr_array_unref);
              draft = phoenix_letter_engine_draft (engine, facts, drafts[d].id, phoenix_letter_tones[t], phoenix_letter_lengths[l], NULL);
              draft_text = phoenix_letter_get_body_text (draft, "\n");
              clean = phoenix_letter_check_consistency (extractor, person, draft_text, career_changes[c].language, ignore, day);
              for (guint i = 0; i < clean->len; i++)
                g_test_message ("%s %s/%s/%s: %s", career_changes[c].resume, drafts[d].id, phoenix_letter_tones[t],
                                phoenix_letter_lengths[l], ((PhoenixLetterIssue *) clean->pdata[i])->message);
              g_assert_cmpuint (clean->len, ==, 0);
            }
    }

  /* An edited letter that claims more. */
  issues = phoenix_letter_check_consistency (extractor, profile,
    "Je pratique Java depuis 15 ans, et depuis 2009 je fais du SQL. "
    "Mon poste d’aide-soignante aux Hospices Civils de Lyon m’a beaucoup appris.", "fr", NULL, day);
  g_assert_cmpstr (issue_field (issues, PHOENIX_LETTER_ISSUE_SKILL_NOT_IN_CV, FALSE), ==, "Java");
  g_assert_nonnull (strstr (issue_field (issues, PHOENIX_LETTER_ISSUE_SKILL_NOT_IN_CV, TRUE), "Java"));
  g_assert_cmpstr (issue_field (issues, PHOENIX_LETTER_ISSUE_YEARS, FALSE), ==, "15 ans");
  g_assert_cmpstr (issue_field (issues, PHOENIX_LETTER_ISSUE_DATE, FALSE), ==, "2009");
  g_assert_cmpstr (issue_field (issues, PHOENIX_LETTER_ISSUE_TITLE, FALSE), ==, "Hospices Civils de Lyon");
  g_assert_nonnull (strstr (issue_field (issues, PHOENIX_LETTER_ISSUE_TITLE, TRUE), "Infirmière"));
  /* SQL is in the CV: no issue for it. */
  for (guint i = 0; i < issues->len; i++)
    g_assert_cmpstr (((PhoenixLetterIssue *) issues->pdata[i])->subject, !=, "SQL");
}

/* Markup and counts */

static void
test_markup (void)
{
  g_autoptr(GPtrArray) paragraphs = phoenix_letter_markup_parse ("Plain <b>bold <i>both</i></b> &amp; <i>it</i>\nSecond &lt;b&gt; <u>kept</u>\n");
  GPtrArray *first = paragraphs->pdata[0];
  GPtrArray *second = paragraphs->pdata[1];
  PhoenixLetterRun *run;
  g_autofree char *text = phoenix_letter_markup_to_text ("A <b>b</b>\nC", " / ");
  g_autofree char *escaped = phoenix_letter_markup_from_text ("Tom & Jerry <3");
  guint words, chars;

  g_assert_cmpuint (paragraphs->len, ==, 2);
  g_assert_cmpuint (first->len, ==, 5);
  run = first->pdata[0];
  g_assert_cmpstr (run->text, ==, "Plain ");
  g_assert_false (run->bold);
  run = first->pdata[1];
  g_assert_cmpstr (run->text, ==, "bold ");
  g_assert_true (run->bold && !run->italic);
  run = first->pdata[2];
  g_assert_cmpstr (run->text, ==, "both");
  g_assert_true (run->bold && run->italic);
  run = first->pdata[3];
  g_assert_cmpstr (run->text, ==, " & ");
  run = first->pdata[4];
  g_assert_true (run->italic && !run->bold);
  /* Unknown tags and escaped brackets are text: nothing the user typed is lost. */
  run = second->pdata[0];
  g_assert_cmpstr (run->text, ==, "Second <b> <u>kept</u>");
  g_assert_cmpstr (text, ==, "A b / C");
  g_assert_cmpstr (escaped, ==, "Tom &amp; Jerry &lt;3");

  phoenix_letter_count ("L’expérience d'une aide-soignante, 12 ans.\nFin", &words, &chars);
  g_assert_cmpuint (words, ==, 6);
  g_assert_cmpuint (chars, ==, 45);
}

/* The store, in a real vault */

static PhoenixVault *
new_vault (PhoenixTestDir *f)
{
  g_autofree char *path = g_build_filename (f->dir, "vault.db", NULL);
  PhoenixVault *vault = phoenix_vault_new (path);
  g_autoptr(GError) error = NULL;

  phoenix_vault_set_kdf_params (vault, &phoenix_kdf_test_params);
  g_assert_true (phoenix_vault_create (vault, "correct horse battery staple", NULL, &error));
  g_assert_no_error (error);
  return vault;
}

static void
test_store (PhoenixTestDir *f,
            gconstpointer   data)
{
  g_autoptr(PhoenixVault) vault = new_vault (f);
  g_autoptr(PhoenixProfile) profile = load_profile ("nurse.json");
  g_autoptr(PhoenixJobOffer) offer = load_offer ("offer-data-analyst-fr.txt");
  g_autoptr(PhoenixLetterFacts) facts = phoenix_letter_facts_new (extractor, profile, offer, "fr", NULL);
  g_autoptr(PhoenixLetter) letter = phoenix_letter_engine_draft (engine, facts, "story", "warm", "long", NULL);
  g_autoptr(PhoenixLetter) other = phoenix_letter_engine_draft (engine, facts, "skills", "concise", "short", NULL);
  g_autoptr(PhoenixLetter) loaded = NULL;
  g_autoptr(GListStore) all = NULL;
  g_autoptr(GListStore) mine = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (phoenix_vault_get_schema_version (vault), ==, phoenix_vault_get_latest_schema_version ());

  phoenix_letter_set (letter, PHOENIX_LETTER_FIELD_BODY, "Un <b>paragraphe</b> &amp; un autre\nFin <i>ici</i>");
  phoenix_letter_set_application_id (letter, 7);
  phoenix_letter_set (letter, PHOENIX_LETTER_FIELD_CV_VARIANT, "abc");
  g_assert_true (phoenix_letter_store_save (vault, letter, &error));
  g_assert_no_error (error);
  g_assert_cmpint (phoenix_letter_get_id (letter), >, 0);
  g_assert_true (phoenix_letter_store_save (vault, other, &error));

  /* Reopened from the file: every field as it was. */
  phoenix_vault_lock (vault);
  g_assert_true (phoenix_vault_unlock (vault, "correct horse battery staple", NULL, &error));
  loaded = phoenix_letter_store_load (vault, phoenix_letter_get_id (letter), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < PHOENIX_LETTER_N_FIELDS; i++)
    g_assert_cmpstr (phoenix_letter_get (loaded, i), ==, phoenix_letter_get (letter, i));
  g_assert_cmpint (phoenix_letter_get_application_id (loaded), ==, 7);

  /* Edited and saved again: one row, the latest edit first in the list. */
  phoenix_letter_set (loaded, PHOENIX_LETTER_FIELD_SUBJECT, "Objet : autre");
  g_usleep (G_USEC_PER_SEC + 1000);
  g_assert_true (phoenix_letter_store_save (vault, loaded, &error));
  all = phoenix_letter_store_list (vault, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (all)), ==, 2);
  {
    g_autoptr(PhoenixLetter) first = g_list_model_get_item (G_LIST_MODEL (all), 0);

    g_assert_cmpstr (phoenix_letter_get (first, PHOENIX_LETTER_FIELD_SUBJECT), ==, "Objet : autre");
  }
  mine = phoenix_letter_store_list (vault, 7, &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (mine)), ==, 1);

  g_assert_true (phoenix_letter_store_delete (vault, phoenix_letter_get_id (letter), &error));
  g_assert_null (phoenix_letter_store_load (vault, phoenix_letter_get_id (letter), &error));
  g_assert_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* Saving a letter deleted meanwhile says so, and adds nothing. */
  g_assert_false (phoenix_letter_store_save (vault, letter, &error));
  g_assert_error (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Locked: a clear error. */
  phoenix_vault_lock (vault);
  g_assert_null (phoenix_letter_store_list (vault, 0, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED);
}

/* A vault made before letters existed gains the tables and keeps its data. */
static void
test_migration (PhoenixTestDir *f,
                gconstpointer   data)
{
  g_autofree char *path = g_build_filename (f->dir, "vault.db", NULL);
  g_autoptr(PhoenixVault) vault = phoenix_vault_new (path);
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixProfile) reloaded = phoenix_profile_new ();
  g_autoptr(PhoenixLetter) letter = phoenix_letter_new ();
  g_autoptr(GError) error = NULL;
  int latest = phoenix_vault_get_latest_schema_version ();

  phoenix_vault_set_kdf_params (vault, &phoenix_kdf_test_params);
  g_assert_true (_phoenix_vault_create_at_version (vault, "pass phrase", latest - 1, &error));
  g_assert_no_error (error);
  phoenix_profile_set_name (profile, "Before");
  g_assert_true (phoenix_profile_save_person (profile, vault, &error));
  phoenix_vault_lock (vault);

  g_assert_true (phoenix_vault_unlock (vault, "pass phrase", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (phoenix_vault_get_schema_version (vault), ==, latest);
  g_assert_true (phoenix_profile_load (reloaded, vault, &error));
  g_assert_cmpstr (phoenix_profile_get_name (reloaded), ==, "Before");
  g_assert_true (phoenix_letter_store_save (vault, letter, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  taxonomy = phoenix_taxonomy_new_from_file (g_getenv ("PHOENIX_TAXONOMY"), &error);
  g_assert_no_error (error);
  extractor = phoenix_skill_extractor_new (taxonomy);
  engine = phoenix_letter_engine_new (&error);
  g_assert_no_error (error);

  g_test_add_func ("/letters/template/language", test_template_language);
  g_test_add_func ("/letters/template/syntax-errors", test_template_syntax_errors);
  g_test_add_func ("/letters/template/check", test_template_check);
  g_test_add_func ("/letters/template/elision", test_elision);
  g_test_add_func ("/letters/template/dates-and-lists", test_dates_and_lists);
  g_test_add_func ("/letters/templates/every-way", test_every_template_every_way);
  g_test_add_func ("/letters/templates/no-trace", test_optional_facts_leave_no_trace);
  g_test_add_data_func ("/letters/draft/nurse-to-data-analyst", &career_changes[0], test_career_changes);
  g_test_add_data_func ("/letters/draft/teacher-to-ux-designer", &career_changes[1], test_career_changes);
  g_test_add_func ("/letters/draft/claims-only-the-cv", test_claims_only_what_the_cv_says);
  g_test_add_func ("/letters/draft/tones", test_tones_differ_concise_shortest);
  g_test_add_func ("/letters/draft/refusals", test_refuses_without_name_or_title);
  g_test_add_func ("/letters/draft/deterministic", test_deterministic);
  g_test_add_func ("/letters/markup", test_markup);
  g_test_add_func ("/letters/checks/coverage", test_coverage);
  g_test_add_func ("/letters/checks/consistency", test_consistency);
  g_test_add ("/letters/store", PhoenixTestDir, NULL, phoenix_test_dir_setup, test_store, phoenix_test_dir_teardown);
  g_test_add ("/letters/migration", PhoenixTestDir, NULL, phoenix_test_dir_setup, test_migration, phoenix_test_dir_teardown);

  status = g_test_run ();

  g_clear_object (&engine);
  g_clear_object (&extractor);
  g_clear_object (&taxonomy);
  return status;
}
