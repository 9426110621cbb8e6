/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The contribution format shared by the app and phoenix-flywheel, and the
 * randomised response that protects it: round trip, every kind of bad input
 * with the field it names, ε as documented, and the estimator within
 * tolerance over 100,000 simulated installs.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "phoenix-contribution.h"
#include "phoenix-randomized-response.h"
#include "phoenix-taxonomy.h"

/* A real occupation of the taxonomy and two of its skills (found at start). */
#define TARGET "J1506"

static PhoenixTaxonomy *taxonomy;
static char *target_skill_a;
static char *target_skill_b;
static char *foreign_skill;  /* a skill of the taxonomy that is not one of TARGET's */

static PhoenixContribution *
make_contribution (void)
{
  PhoenixContribution *c = phoenix_contribution_new ();

  phoenix_contribution_set_target (c, TARGET);
  phoenix_contribution_set_value (c, PHOENIX_CONTRIBUTION_ORIGIN, "K22");
  phoenix_contribution_set_value (c, PHOENIX_CONTRIBUTION_REGION, "FR-IDF");
  phoenix_contribution_set_value (c, PHOENIX_CONTRIBUTION_YEARS, "5-9");
  phoenix_contribution_set_value (c, PHOENIX_CONTRIBUTION_EDUCATION, "bac+2");
  phoenix_contribution_set_value (c, PHOENIX_CONTRIBUTION_ATS, "60-79");
  phoenix_contribution_set_value (c, PHOENIX_CONTRIBUTION_OUTCOME, "hired");
  phoenix_contribution_set_value (c, PHOENIX_CONTRIBUTION_SECTOR, "J");
  phoenix_contribution_set_value (c, PHOENIX_CONTRIBUTION_APPLICATIONS, "6-10");
  phoenix_contribution_set_value (c, PHOENIX_CONTRIBUTION_RESPONSES, "1-2");
  phoenix_contribution_set_value (c, PHOENIX_CONTRIBUTION_INTERVIEWS, "1-2");
  phoenix_contribution_add_to_set (c, PHOENIX_CONTRIBUTION_SKILLS, target_skill_a);
  phoenix_contribution_add_to_set (c, PHOENIX_CONTRIBUTION_SKILLS_ASKED, target_skill_b);
  phoenix_contribution_add_to_set (c, PHOENIX_CONTRIBUTION_TRAINING, "soins-urgence");
  return c;
}

static void
test_round_trip (void)
{
  g_autoptr(PhoenixContribution) c = make_contribution ();
  g_autoptr(PhoenixContribution) back = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;

  g_assert_true (phoenix_contribution_validate (c, taxonomy, NULL, &error));
  g_assert_no_error (error);
  json = phoenix_contribution_to_json (c);
  g_assert_true (g_str_has_prefix (json, "{\"schema\":1,\"install\":\""));
  back = phoenix_contribution_new_from_json (json, -1, taxonomy, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);
  again = phoenix_contribution_to_json (back);
  g_assert_cmpstr (json, ==, again);
  g_assert_cmpstr (phoenix_contribution_get_value (back, PHOENIX_CONTRIBUTION_YEARS), ==, "5-9");
  g_assert_true (phoenix_contribution_set_contains (back, PHOENIX_CONTRIBUTION_SKILLS, target_skill_a));
  g_assert_cmpstr (phoenix_contribution_get_install (back), ==, phoenix_contribution_get_install (c));
}

static void
test_install_ids (void)
{
  g_autofree char *a = phoenix_contribution_generate_install_id ();
  g_autofree char *b = phoenix_contribution_generate_install_id ();

  g_assert_cmpuint (strlen (a), ==, 32);
  g_assert_cmpstr (a, !=, b);
  for (const char *c = a; *c; c++)
    g_assert_true (g_ascii_isxdigit (*c) && !g_ascii_isupper (*c));
}

static void
test_buckets (void)
{
  g_assert_cmpstr (phoenix_contribution_years_bucket (0), ==, "0-1");
  g_assert_cmpstr (phoenix_contribution_years_bucket (1.9), ==, "0-1");
  g_assert_cmpstr (phoenix_contribution_years_bucket (2), ==, "2-4");
  g_assert_cmpstr (phoenix_contribution_years_bucket (12), ==, "10-19");
  g_assert_cmpstr (phoenix_contribution_years_bucket (40), ==, "20+");
  g_assert_cmpstr (phoenix_contribution_count_bucket (0), ==, "0");
  g_assert_cmpstr (phoenix_contribution_count_bucket (2), ==, "1-2");
  g_assert_cmpstr (phoenix_contribution_count_bucket (3), ==, "3-5");
  g_assert_cmpstr (phoenix_contribution_count_bucket (21), ==, "21+");
  g_assert_cmpstr (phoenix_contribution_ats_bucket (-1), ==, "none");
  g_assert_cmpstr (phoenix_contribution_ats_bucket (0), ==, "0-19");
  g_assert_cmpstr (phoenix_contribution_ats_bucket (59), ==, "40-59");
  g_assert_cmpstr (phoenix_contribution_ats_bucket (80), ==, "80-100");
  g_assert_cmpstr (phoenix_contribution_ats_bucket (100), ==, "80-100");
  g_assert_cmpstr (phoenix_contribution_origin_domain (taxonomy, "K2204"), ==, "K22");
  g_assert_cmpstr (phoenix_contribution_origin_domain (taxonomy, "Z9999"), ==, "unknown");
  g_assert_cmpstr (phoenix_contribution_origin_domain (taxonomy, NULL), ==, "unknown");
}

/* Replaces the first "@from" in @json by "@to". */
static char *
replace (const char *json,
         const char *from,
         const char *to)
{
  const char *at = strstr (json, from);

  g_assert_nonnull (at);
  return g_strdup_printf ("%.*s%s%s", (int) (at - json), json, to, at + strlen (from));
}

typedef struct
{
  const char *from;
  const char *to;
  int         code;
  const char *field;
} BadCase;

static void
test_bad_input (void)
{
  g_autoptr(PhoenixContribution) c = make_contribution ();
  g_autofree char *good = NULL;
  g_autofree char *foreign = g_strdup_printf ("\"skills\":[\"%s\"]", foreign_skill);
  g_autofree char *skills = g_strdup_printf ("\"skills\":[\"%s\"]", target_skill_a);
  g_autofree char *twice = g_strdup_printf ("\"skills\":[\"%s\",\"%s\"]", target_skill_a, target_skill_a);
  const BadCase cases[] = {
    { "\"schema\":1", "\"schema\":2", PHOENIX_CONTRIBUTION_ERROR_INVALID, "schema" },
    { "\"schema\":1", "\"schema\":\"1\"", PHOENIX_CONTRIBUTION_ERROR_INVALID, "schema" },
    { "\"schema\":1", "\"schema\":1.0", PHOENIX_CONTRIBUTION_ERROR_INVALID, "schema" },
    { "\"schema\":1,", "", PHOENIX_CONTRIBUTION_ERROR_INVALID, "schema" },
    { "\"install\":\"", "\"install\":\"X", PHOENIX_CONTRIBUTION_ERROR_INVALID, "install" },
    { "\"target\":\"J1506\"", "\"target\":\"Z9999\"", PHOENIX_CONTRIBUTION_ERROR_INVALID, "target" },
    { "\"target\":\"J1506\"", "\"target\":15", PHOENIX_CONTRIBUTION_ERROR_INVALID, "target" },
    { "\"target\":\"J1506\"", "\"target\":\"infirmier\"", PHOENIX_CONTRIBUTION_ERROR_INVALID, "target" },
    { "\"origin\":\"K22\"", "\"origin\":\"Z99\"", PHOENIX_CONTRIBUTION_ERROR_INVALID, "origin" },
    { "\"region\":\"FR-IDF\"", "\"region\":\"Paris\"", PHOENIX_CONTRIBUTION_ERROR_INVALID, "region" },
    { "\"years\":\"5-9\"", "\"years\":7", PHOENIX_CONTRIBUTION_ERROR_INVALID, "years" },
    { "\"years\":\"5-9\"", "\"years\":\"7\"", PHOENIX_CONTRIBUTION_ERROR_INVALID, "years" },
    { "\"years\":\"5-9\"", "\"years\":null", PHOENIX_CONTRIBUTION_ERROR_INVALID, "years" },
    { "\"education\":\"bac+2\"", "\"education\":\"master\"", PHOENIX_CONTRIBUTION_ERROR_INVALID, "education" },
    { "\"ats\":\"60-79\"", "\"ats\":\"65\"", PHOENIX_CONTRIBUTION_ERROR_INVALID, "ats" },
    { "\"outcome\":\"hired\"", "\"outcome\":\"won\"", PHOENIX_CONTRIBUTION_ERROR_INVALID, "outcome" },
    { "\"code\":\"J\"", "\"code\":\"Z\"", PHOENIX_CONTRIBUTION_ERROR_INVALID, "sector.code" },
    { "\"applications\":\"6-10\"", "\"applications\":\"7\"", PHOENIX_CONTRIBUTION_ERROR_INVALID,
      "sector.applications" },
    { "\"code\":\"J\",", "\"code\":\"J\",\"employer\":\"ACME\",", PHOENIX_CONTRIBUTION_ERROR_INVALID,
      "sector.employer" },
    { "\"sector\":{", "\"sector\":[{", PHOENIX_CONTRIBUTION_ERROR_MALFORMED, NULL },
    { skills, foreign, PHOENIX_CONTRIBUTION_ERROR_INVALID, "skills[0]" },
    { skills, "\"skills\":[\"esco:00000000\"]", PHOENIX_CONTRIBUTION_ERROR_INVALID, "skills[0]" },
    { skills, "\"skills\":[3]", PHOENIX_CONTRIBUTION_ERROR_INVALID, "skills[0]" },
    { skills, "\"skills\":\"all\"", PHOENIX_CONTRIBUTION_ERROR_INVALID, "skills" },
    { skills, twice, PHOENIX_CONTRIBUTION_ERROR_INVALID, "skills[1]" },
    { "\"soins-urgence\"", "\"Soins d'urgence\"", PHOENIX_CONTRIBUTION_ERROR_INVALID, "training[0]" },
    { "\"schema\":1,", "\"schema\":1,\"name\":\"Camille\",", PHOENIX_CONTRIBUTION_ERROR_INVALID, "name" },
    { "{", "[", PHOENIX_CONTRIBUTION_ERROR_MALFORMED, NULL },
    { "\"schema\":1", "\"schema\":1,,", PHOENIX_CONTRIBUTION_ERROR_MALFORMED, NULL },
    { "\"target\":\"J1506\"", "\"target\":\"J1506", PHOENIX_CONTRIBUTION_ERROR_MALFORMED, NULL },
  };

  good = phoenix_contribution_to_json (c);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = replace (good, cases[i].from, cases[i].to);
      g_autofree char *field = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(PhoenixContribution) parsed = phoenix_contribution_new_from_json (json, -1, taxonomy, &field, &error);

      g_test_message ("case %u: %s", i, json);
      g_assert_null (parsed);
      g_assert_error (error, PHOENIX_CONTRIBUTION_ERROR, cases[i].code);
      if (cases[i].field != NULL)
        {
          g_autofree char *quoted = g_strdup_printf ("“%s”", cases[i].field);

          g_assert_cmpstr (field, ==, cases[i].field);
          g_assert_nonnull (strstr (error->message, quoted));
        }
    }
}

static void
test_hostile_input (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autoptr(GString) big = g_string_new ("{\"training\":[");
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixContribution) c = make_contribution ();
  g_autofree char *good = phoenix_contribution_to_json (c);
  g_autofree char *bad_utf8 = replace (good, "\"FR-IDF\"", "\"FR-\xff\xfe\"");
  g_autofree char *with_nul = NULL;
  gsize good_length = strlen (good);

  /* 60,000 nested arrays (under the size cap): refused before the parser sees them. */
  for (guint i = 0; i < 60000; i++)
    g_string_append_c (deep, '[');
  g_assert_null (phoenix_contribution_new_from_json (deep->str, deep->len, taxonomy, NULL, &error));
  g_assert_error (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_MALFORMED);
  g_clear_error (&error);

  /* Brackets inside strings do not count as nesting. */
  {
    g_autofree char *brackets = replace (good, "\"soins-urgence\"", "\"[[[[[[[[[[[[\"");

    g_assert_null (phoenix_contribution_new_from_json (brackets, -1, taxonomy, NULL, &error));
    g_assert_error (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_INVALID);
    g_clear_error (&error);
  }

  g_assert_null (phoenix_contribution_new_from_json (bad_utf8, -1, taxonomy, NULL, &error));
  g_assert_error (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_MALFORMED);
  g_clear_error (&error);

  with_nul = g_memdup2 (good, good_length + 1);
  with_nul[10] = '\0';
  g_assert_null (phoenix_contribution_new_from_json (with_nul, (gssize) good_length, taxonomy, NULL, &error));
  g_assert_error (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_MALFORMED);
  g_clear_error (&error);

  while (big->len <= PHOENIX_CONTRIBUTION_MAX_SIZE)
    g_string_append (big, "\"module\",");
  g_assert_null (phoenix_contribution_new_from_json (big->str, big->len, taxonomy, NULL, &error));
  g_assert_error (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* Two objects: json-glib 1.6 would take the last one (and leak the first). */
  {
    g_autofree char *twice = g_strconcat (good, " ", good, NULL);

    g_assert_null (phoenix_contribution_new_from_json (twice, -1, taxonomy, NULL, &error));
    g_assert_error (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_MALFORMED);
    g_clear_error (&error);
    g_assert_null (phoenix_contribution_new_from_json ("[][]", -1, taxonomy, NULL, &error));
    g_assert_error (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_MALFORMED);
    g_clear_error (&error);
  }

  g_assert_null (phoenix_contribution_new_from_json ("", 0, taxonomy, NULL, &error));
  g_assert_error (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_MALFORMED);
  g_clear_error (&error);

  /* One object or nothing; and none of json-glib's extensions to JSON ($F hexadecimal, comments). */
  for (const char * const *text = (const char * const[]) { "\"just a string\"", "[]", "$F{}", "{\"schema\":$1}",
                                                            "{/* c */}", "{'schema':1}", "{schema:1}", NULL };
       *text != NULL; text++)
    {
      g_assert_null (phoenix_contribution_new_from_json (*text, -1, taxonomy, NULL, &error));
      g_assert_error (error, PHOENIX_CONTRIBUTION_ERROR, PHOENIX_CONTRIBUTION_ERROR_MALFORMED);
      g_clear_error (&error);
    }
}

static void
test_format_only (void)
{
  g_autoptr(PhoenixContribution) c = make_contribution ();
  g_autofree char *good = phoenix_contribution_to_json (c);
  g_autofree char *unknown = replace (good, "\"J1506\"", "\"Z9999\"");
  g_autoptr(PhoenixContribution) parsed = NULL;
  g_autoptr(GError) error = NULL;

  /* Without a taxonomy, codes are checked for their form only (the server re-reading its own rows). */
  parsed = phoenix_contribution_new_from_json (unknown, -1, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (phoenix_contribution_get_target (parsed), ==, "Z9999");
}

static void
test_epsilon (void)
{
  double p, q;

  /* The documented value, and e^ε as the ratio of any two answers' likelihoods. */
  g_assert_cmpfloat_with_epsilon (PHOENIX_RR_EPSILON, 2.0, 1e-12);
  for (guint k = 2; k <= 120; k++)
    {
      p = phoenix_rr_keep_probability (k, PHOENIX_RR_EPSILON);
      q = phoenix_rr_other_probability (k, PHOENIX_RR_EPSILON);
      g_assert_cmpfloat_with_epsilon (p / q, exp (PHOENIX_RR_EPSILON), 1e-9);
      g_assert_cmpfloat_with_epsilon (p + (k - 1) * q, 1.0, 1e-12);
    }
  p = phoenix_rr_bit_keep_probability (PHOENIX_RR_EPSILON);
  g_assert_cmpfloat_with_epsilon (p / (1 - p), exp (PHOENIX_RR_EPSILON / 2), 1e-9);
  /* The figures docs/flywheel.md quotes. */
  g_assert_cmpfloat_with_epsilon (phoenix_rr_keep_probability (2, PHOENIX_RR_EPSILON), 0.881, 0.001);
  g_assert_cmpfloat_with_epsilon (phoenix_rr_keep_probability (5, PHOENIX_RR_EPSILON), 0.649, 0.001);
  g_assert_cmpfloat_with_epsilon (p, 0.731, 0.001);
}

/* Measured frequencies of a perturbed field over @n installs, against the truth. */
static void
test_estimator (void)
{
  const double truth[] = { 0.05, 0.40, 0.30, 0.20, 0.05 };
  const guint n = 100000;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  double observed[5] = { 0 }, estimated[5];
  double ones = 0;
  guint true_ones = 0;

  for (guint i = 0; i < n; i++)
    {
      double x = g_rand_double (rand), sum = 0;
      guint value = 0;
      gboolean bit = g_rand_double (rand) < 0.3;

      for (value = 0; value < 4; value++)
        if (x < (sum += truth[value]))
          break;
      observed[phoenix_rr_perturb_value (value, 5, PHOENIX_RR_EPSILON, rand)]++;
      true_ones += bit;
      ones += phoenix_rr_perturb_bit (bit, PHOENIX_RR_EPSILON, rand);
    }
  phoenix_rr_estimate_counts (observed, 5, PHOENIX_RR_EPSILON, estimated);
  for (guint v = 0; v < 5; v++)
    {
      g_test_message ("value %u: truth %.3f, estimate %.4f, seen %.4f", v, truth[v], estimated[v] / n, observed[v] / n);
      g_assert_cmpfloat (fabs (estimated[v] / n - truth[v]), <, 0.02);
    }
  /* Without the estimator the noise is visible: the raw shares are off by more than that. */
  g_assert_cmpfloat (fabs (observed[1] / n - truth[1]), >, 0.05);
  g_assert_cmpfloat (fabs (phoenix_rr_estimate_bit_count (ones, n, PHOENIX_RR_EPSILON) - true_ones) / n, <, 0.02);
}

static void
test_joint_estimator (void)
{
  /* Outcome (3 values) × a bit, perturbed independently; hired people did the module far more often. */
  const guint n = 100000;
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  double table[6] = { 0 }, truth[6] = { 0 };

  for (guint i = 0; i < n; i++)
    {
      guint outcome = g_rand_double (rand) < 0.6 ? 0 : (g_rand_double (rand) < 0.75 ? 1 : 2);
      gboolean bit = g_rand_double (rand) < (outcome == 1 ? 0.7 : 0.2);
      guint o = phoenix_rr_perturb_value (outcome, 3, PHOENIX_RR_EPSILON, rand);
      gboolean b = phoenix_rr_perturb_bit (bit, PHOENIX_RR_EPSILON, rand);

      truth[outcome * 2 + bit]++;
      table[o * 2 + b]++;
    }
  phoenix_rr_estimate_joint (table, 3, PHOENIX_RR_EPSILON, 2, phoenix_rr_bit_epsilon (PHOENIX_RR_EPSILON));
  for (guint i = 0; i < 6; i++)
    {
      g_test_message ("cell %u: truth %.4f, estimate %.4f", i, truth[i] / n, table[i] / n);
      g_assert_cmpfloat (fabs (table[i] - truth[i]) / n, <, 0.02);
    }
  /* The share of hired people who did the module, the figure the insights publish. */
  g_assert_cmpfloat (fabs (table[3] / (table[2] + table[3]) - truth[3] / (truth[2] + truth[3])), <, 0.03);
}

/* The whole path: contributions randomised by the core, estimated back. */
static void
test_randomize (void)
{
  const guint n = 20000;
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  g_autoptr(PhoenixContribution) c = make_contribution ();
  const char * const catalogue[] = { "module-a", "soins-urgence", "module-c", NULL };
  guint n_years;
  const char * const *years = phoenix_contribution_field_values (PHOENIX_CONTRIBUTION_YEARS, NULL, &n_years);
  g_autofree double *observed = g_new0 (double, n_years);
  double skill_a = 0, skill_b = 0, training = 0;
  int true_years = phoenix_contribution_field_index (PHOENIX_CONTRIBUTION_YEARS, NULL, "5-9");

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhoenixContribution) noisy = phoenix_contribution_randomize (c, taxonomy, catalogue, rand);
      g_autoptr(GError) error = NULL;

      if (i < 50)
        {
          g_autofree char *json = phoenix_contribution_to_json (noisy);
          g_autoptr(PhoenixContribution) parsed = phoenix_contribution_new_from_json (json, -1, taxonomy, NULL, &error);

          /* Always a valid contribution; target and install never change. */
          g_assert_no_error (error);
          g_assert_cmpstr (phoenix_contribution_get_target (parsed), ==, TARGET);
          g_assert_cmpstr (phoenix_contribution_get_install (parsed), ==, phoenix_contribution_get_install (c));
          g_assert_cmpstr (phoenix_contribution_get_value (parsed, PHOENIX_CONTRIBUTION_SECTOR), ==, "J");
        }
      observed[phoenix_contribution_field_index (PHOENIX_CONTRIBUTION_YEARS, NULL,
                                                 phoenix_contribution_get_value (noisy, PHOENIX_CONTRIBUTION_YEARS))]++;
      skill_a += phoenix_contribution_set_contains (noisy, PHOENIX_CONTRIBUTION_SKILLS, target_skill_a);
      skill_b += phoenix_contribution_set_contains (noisy, PHOENIX_CONTRIBUTION_SKILLS, target_skill_b);
      training += phoenix_contribution_set_contains (noisy, PHOENIX_CONTRIBUTION_TRAINING, "soins-urgence");
      g_assert_false (phoenix_contribution_set_contains (noisy, PHOENIX_CONTRIBUTION_TRAINING, "not-in-catalogue"));
    }

  phoenix_rr_estimate_counts (observed, n_years, PHOENIX_RR_EPSILON, observed);
  for (guint v = 0; v < n_years; v++)
    g_assert_cmpfloat (fabs (observed[v] / n - ((int) v == true_years ? 1.0 : 0.0)), <, 0.03);
  g_assert_cmpstr (years[true_years], ==, "5-9");
  /* Every install holds skill a and none holds b: 1 and 0 once de-noised, though each answer is deniable. */
  g_assert_cmpfloat (fabs (phoenix_rr_estimate_bit_count (skill_a, n, PHOENIX_RR_EPSILON) / n - 1.0), <, 0.03);
  g_assert_cmpfloat (fabs (phoenix_rr_estimate_bit_count (skill_b, n, PHOENIX_RR_EPSILON) / n), <, 0.03);
  g_assert_cmpfloat (skill_b / n, >, 0.2);
  g_assert_cmpfloat (fabs (phoenix_rr_estimate_bit_count (training, n, PHOENIX_RR_EPSILON) / n - 1.0), <, 0.03);
}

static void
test_field_values (void)
{
  guint n;
  const char * const *origins = phoenix_contribution_field_values (PHOENIX_CONTRIBUTION_ORIGIN, taxonomy, &n);

  /* ROME 4 has 110 domains; "unknown" last. */
  g_assert_cmpuint (n, ==, 111);
  g_assert_cmpstr (origins[n - 1], ==, "unknown");
  g_assert_cmpint (phoenix_contribution_field_index (PHOENIX_CONTRIBUTION_ORIGIN, taxonomy, "K22"), >=, 0);
  g_assert_cmpint (phoenix_contribution_field_index (PHOENIX_CONTRIBUTION_ORIGIN, taxonomy, "unknown"), ==, (int) n - 1);
  g_assert_cmpint (phoenix_contribution_field_index (PHOENIX_CONTRIBUTION_ORIGIN, taxonomy, "K2"), ==, -1);
  phoenix_contribution_field_values (PHOENIX_CONTRIBUTION_REGION, NULL, &n);
  g_assert_cmpuint (n, ==, 20);
  phoenix_contribution_field_values (PHOENIX_CONTRIBUTION_SECTOR, NULL, &n);
  g_assert_cmpuint (n, ==, 14);
}

/* docs/contribution-v1.schema.json lists exactly the values the core accepts, in the same order. */
static void
test_schema_document (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PHOENIX_SOURCE_DIR"), "docs", "contribution-v1.schema.json", NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *properties, *defs;
  const struct { PhoenixContributionField field; const char *where; } fields[] = {
    { PHOENIX_CONTRIBUTION_REGION, "region" },
    { PHOENIX_CONTRIBUTION_YEARS, "years" },
    { PHOENIX_CONTRIBUTION_EDUCATION, "education" },
    { PHOENIX_CONTRIBUTION_ATS, "ats" },
    { PHOENIX_CONTRIBUTION_OUTCOME, "outcome" },
    { PHOENIX_CONTRIBUTION_SECTOR, "sector.code" },
    { PHOENIX_CONTRIBUTION_APPLICATIONS, "$defs.count" },
  };

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  properties = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "properties");
  defs = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "$defs");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (properties, "schema"), "const"), ==,
                   PHOENIX_CONTRIBUTION_SCHEMA_VERSION);
  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      JsonObject *object;
      JsonArray *values;
      guint n;
      const char * const *expected = phoenix_contribution_field_values (fields[i].field, NULL, &n);

      if (g_str_equal (fields[i].where, "sector.code"))
        object = json_object_get_object_member (json_object_get_object_member (json_object_get_object_member (properties, "sector"), "properties"), "code");
      else if (g_str_equal (fields[i].where, "$defs.count"))
        object = json_object_get_object_member (defs, "count");
      else
        object = json_object_get_object_member (properties, fields[i].where);
      values = json_object_get_array_member (object, "enum");
      g_test_message ("%s", fields[i].where);
      g_assert_cmpuint (json_array_get_length (values), ==, n);
      for (guint v = 0; v < n; v++)
        g_assert_cmpstr (json_array_get_string_element (values, v), ==, expected[v]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *path = phoenix_taxonomy_get_default_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) links = NULL;
  guint index;

  g_test_init (&argc, &argv, NULL);

  taxonomy = phoenix_taxonomy_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_true (phoenix_taxonomy_lookup_occupation (taxonomy, TARGET, &index));
  links = phoenix_taxonomy_get_occupation_skills (taxonomy, index);
  g_assert_cmpuint (links->len, >=, 2);
  target_skill_a = g_strdup (phoenix_taxonomy_get_skill_id (taxonomy, g_array_index (links, PhoenixOccupationSkill, 0).skill));
  target_skill_b = g_strdup (phoenix_taxonomy_get_skill_id (taxonomy, g_array_index (links, PhoenixOccupationSkill, 1).skill));
  for (guint s = 0; foreign_skill == NULL; s++)
    {
      gboolean theirs = FALSE;

      for (guint i = 0; i < links->len; i++)
        theirs |= g_array_index (links, PhoenixOccupationSkill, i).skill == s;
      if (!theirs)
        foreign_skill = g_strdup (phoenix_taxonomy_get_skill_id (taxonomy, s));
    }

  g_test_add_func ("/contribution/round-trip", test_round_trip);
  g_test_add_func ("/contribution/install-ids", test_install_ids);
  g_test_add_func ("/contribution/buckets", test_buckets);
  g_test_add_func ("/contribution/field-values", test_field_values);
  g_test_add_func ("/contribution/bad-input", test_bad_input);
  g_test_add_func ("/contribution/hostile-input", test_hostile_input);
  g_test_add_func ("/contribution/format-only", test_format_only);
  g_test_add_func ("/contribution/schema-document", test_schema_document);
  g_test_add_func ("/randomized-response/epsilon", test_epsilon);
  g_test_add_func ("/randomized-response/estimator-100k", test_estimator);
  g_test_add_func ("/randomized-response/joint-estimator-100k", test_joint_estimator);
  g_test_add_func ("/contribution/randomize-and-estimate", test_randomize);

  return g_test_run ();
}
