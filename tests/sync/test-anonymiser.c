/* SPDX-License-Identifier: GPL-3.0-or-later */
/*
 * The anonymiser (src/core/sync/phoenix-anonymiser.c): no field of a rich
 * profile (names, e-mail addresses, phone numbers, employers, schools,
 * cities, postal codes, free text) appears in the payload in any form, before
 * or after noise, over many draws; the fields are the documented categories;
 * over 100,000 simulated installs the de-noised shares are within 2 % of the
 * truth; ε is the one the documentation states.
 */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "phoenix-anonymiser.h"
#include "phoenix-json-resume.h"
#include "phoenix-randomized-response.h"
#include "phoenix-text-fold.h"
#include "phoenix-training-analysis.h"

#define FIXED_INSTALL "abcdefabcdefabcdefabcdefabcdefab"

static PhoenixTaxonomy *taxonomy;

/* A rich profile: every personal field filled with something recognisable. */
static const char rich_resume[] =
  "{\"basics\":{\"name\":\"Gwendoline Quérard-Lefébure\",\"label\":\"Infirmière puéricultrice\","
  "\"email\":\"gwendoline.querard@exemple-mail.fr\",\"phone\":\"+33 6 47 81 29 53\","
  "\"url\":\"https://gwendoline-querard.example.org\","
  "\"summary\":\"Après douze années auprès des nouveau-nés à Villeurbanne, je me forme au développement web.\","
  "\"location\":{\"address\":\"17 rue des Tanneurs\",\"postalCode\":\"69100\",\"city\":\"Villeurbanne\","
  "\"countryCode\":\"FR\",\"region\":\"Rhône\"},"
  "\"profiles\":[{\"network\":\"LinkedIn\",\"username\":\"gquerardlef\",\"url\":\"https://linkedin.example/gquerardlef\"}]},"
  "\"work\":[{\"name\":\"Hôpital Saint-Exupérin\",\"position\":\"Infirmière puéricultrice\",\"location\":\"Bron\","
  "\"startDate\":\"2012-09\",\"summary\":\"Soins aux nouveau-nés en néonatalogie, encadrement d’étudiantes.\","
  "\"highlights\":[\"Mise en place du protocole Kangourou Zéphyrin\",\"Formation de 14 étudiantes\"]},"
  "{\"name\":\"Clinique des Glycines Tourmaline\",\"position\":\"Infirmière\",\"startDate\":\"2009-01\",\"endDate\":\"2012-08\","
  "\"highlights\":[\"Soins post-opératoires\"]}],"
  "\"education\":[{\"institution\":\"IFSI Ambroisie-Paré de Quimperlé\",\"area\":\"Soins infirmiers\","
  "\"studyType\":\"Diplôme d’État d’infirmier\",\"startDate\":\"2006\",\"endDate\":\"2009\"},"
  "{\"institution\":\"Lycée Marguerite-Yourcenar Ondine\",\"studyType\":\"Baccalauréat\",\"endDate\":\"2006\"}],"
  "\"skills\":[{\"name\":\"HTML\",\"keywords\":[\"CSS\",\"JavaScript\"]},{\"name\":\"Soins infirmiers\"}],"
  "\"languages\":[{\"language\":\"Anglais\",\"fluency\":\"B2\"}],"
  "\"interests\":[{\"name\":\"Aquarelle chez Maître Philibert Vauquelin\"}],"
  "\"projects\":[{\"name\":\"Portfolio Zéphyrine\",\"description\":\"Mon site, fait main pour l’Association Bleuets-de-Saône.\"}],"
  "\"references\":[{\"name\":\"Dr Aurélien Bastide-Margeride\",\"reference\":\"Une collègue fiable et rigoureuse.\"}]}";

typedef struct
{
  PhoenixProfile          *profile;
  PhoenixTrainingAnalysis *analysis;
} Rich;

static void
rich_load (Rich *rich)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTrainingCatalogue) catalogue = phoenix_training_catalogue_new ();

  rich->profile = phoenix_profile_new ();
  g_assert_true (phoenix_json_resume_import_data (rich->profile, rich_resume, -1, &error));
  g_assert_no_error (error);
  rich->analysis = phoenix_training_analysis_new (taxonomy, rich->profile, catalogue, NULL, NULL, "fr", 0);
}

static void
rich_clear (Rich *rich)
{
  g_clear_object (&rich->profile);
  g_clear_object (&rich->analysis);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Rich, rich_clear)

static PhoenixAnonymiserInput
input_for (Rich *rich)
{
  PhoenixAnonymiserInput input = { 0 };
  static const char * const done[] = { "html-css", "javascript-bases", NULL };

  input.profile = rich->profile;
  input.evidence = phoenix_training_analysis_get_evidence (rich->analysis);
  input.target = "M1805";
  input.best_ats = 72;
  input.modules_done = done;
  for (guint i = 0; i < PHOENIX_ANONYMISER_N_SECTORS; i++)
    {
      input.sectors[i].applications = 7 + i;
      input.sectors[i].responses = 2;
      input.sectors[i].interviews = 1;
    }
  return input;
}

/* Every personal string of the resume, and the pieces it could leak as. */
static GPtrArray *
secrets (void)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (g_free);
  const char *strings[] = {
    "Gwendoline", "Quérard", "Lefébure", "gwendoline.querard", "exemple-mail", "gquerardlef", "47 81 29 53",
    "47812953", "0647812953", "33647812953", "Tanneurs", "69100", "Villeurbanne", "Rhône", "Bron", "Saint-Exupérin",
    "Exupérin", "Glycines", "Tourmaline", "Ambroisie", "Quimperlé", "Yourcenar", "Ondine", "Zéphyrin", "Philibert",
    "Vauquelin", "Bleuets", "Bastide", "Margeride", "Kangourou", "néonatalogie", "douze années", "fiable",
    "puéricultrice", "Aquarelle", "2012", "2009", "2006", "https", "@",
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    {
      g_ptr_array_add (list, g_strdup (strings[i]));
      g_ptr_array_add (list, phoenix_text_fold (strings[i]));
    }
  return list;
}

/*
 * The payload's text with its set members taken out: those are ids from fixed lists (the
 * taxonomy's skill ids, checked by phoenix_contribution_validate(); the catalogue's module ids),
 * whose hexadecimal digits may by chance hold a postal code or a year.
 */
static char *
text_outside_sets (PhoenixContribution *c)
{
  g_autofree char *json = phoenix_contribution_to_json (c);
  g_autoptr(GString) text = g_string_new (json);

  for (PhoenixContributionSet set = 0; set < PHOENIX_CONTRIBUTION_N_SETS; set++)
    {
      GPtrArray *ids = phoenix_contribution_get_set (c, set);

      for (guint i = 0; i < ids->len; i++)
        {
          g_autofree char *quoted = g_strdup_printf ("\"%s\"", (char *) g_ptr_array_index (ids, i));

          if (set != PHOENIX_CONTRIBUTION_TRAINING)
            g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, g_ptr_array_index (ids, i), NULL));
          g_string_replace (text, quoted, "\"\"", 0);
        }
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_no_leak (PhoenixContribution *c,
                GPtrArray           *list)
{
  g_autofree char *json = text_outside_sets (c);
  g_autofree char *folded = phoenix_text_fold (json);

  for (guint i = 0; i < list->len; i++)
    {
      const char *secret = g_ptr_array_index (list, i);

      if (strstr (json, secret) != NULL || strstr (folded, secret) != NULL)
        g_error ("“%s” leaked into the payload: %s", secret, json);
    }
}

static void
test_no_leak (void)
{
  g_auto(Rich) rich = { 0 };
  g_autoptr(GPtrArray) list = secrets ();
  PhoenixAnonymiserInput input;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  static const char * const catalogue[] = { "html-css", "javascript-bases", "hygiene", NULL };

  rich_load (&rich);
  input = input_for (&rich);
  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(PhoenixContribution) truth = phoenix_anonymiser_build_truth (&input, FIXED_INSTALL, rand, &error);
      g_autoptr(PhoenixContribution) sent = NULL;
      g_autofree char *truth_json = NULL;
      g_autofree char *sent_json = NULL;
      g_autofree char *field = NULL;

      g_assert_no_error (error);
      sent = phoenix_contribution_randomize (truth, taxonomy, catalogue, rand);
      truth_json = phoenix_contribution_to_json (truth);
      sent_json = phoenix_contribution_to_json (sent);
      assert_no_leak (truth, list);
      assert_no_leak (sent, list);
      /* What leaves is what the server accepts. */
      g_assert_true (phoenix_contribution_validate (sent, taxonomy, &field, &error));
      g_assert_no_error (error);
      if (round == 0)
        {
          /* The categories, from the profile: Lyon's suburbs are FR-ARA, 13+ years worked, a nursing diploma. */
          g_assert_cmpstr (phoenix_contribution_get_value (truth, PHOENIX_CONTRIBUTION_REGION), ==, "FR-ARA");
          g_assert_cmpstr (phoenix_contribution_get_value (truth, PHOENIX_CONTRIBUTION_YEARS), ==, "10-19");
          g_assert_cmpstr (phoenix_contribution_get_value (truth, PHOENIX_CONTRIBUTION_ATS), ==, "60-79");
          g_assert_cmpstr (phoenix_contribution_get_value (truth, PHOENIX_CONTRIBUTION_OUTCOME), ==, "in-progress");
          g_assert_cmpstr (phoenix_contribution_get_value (truth, PHOENIX_CONTRIBUTION_ORIGIN), !=, "unknown");
          g_assert_cmpstr (phoenix_contribution_get_target (truth), ==, "M1805");
          g_assert_cmpstr (phoenix_contribution_get_install (truth), ==, FIXED_INSTALL);
          g_assert_true (phoenix_contribution_set_contains (truth, PHOENIX_CONTRIBUTION_TRAINING, "html-css"));
          g_test_message ("%s", sent_json);
        }
    }
}

static void
test_regions (void)
{
  static const struct { const char *code; const char *region; } cases[] = {
    { "75011", "FR-IDF" }, { "69100", "FR-ARA" }, { "13001", "FR-PAC" }, { "20000", "FR-20R" },
    { "97110", "FR-971" }, { "97400", "FR-974" }, { "97600", "FR-976" }, { "29200", "FR-BRE" },
    { "59000", "FR-HDF" }, { "33000", "FR-NAQ" }, { "31000", "FR-OCC" }, { "44000", "FR-PDL" },
    { "67000", "FR-GES" }, { "21000", "FR-BFC" }, { "45000", "FR-CVL" }, { "14000", "FR-NOR" },
    { "1000", NULL }, { "750111", NULL }, { "SW1A", NULL }, { "", NULL }, { "97500", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpstr (phoenix_anonymiser_region_of_postal_code (cases[i].code), ==, cases[i].region);

  /* Every département maps to a region the format knows. */
  for (guint d = 1; d <= 95; d++)
    {
      g_autofree char *code = g_strdup_printf ("%02u100", d);
      const char *region = phoenix_anonymiser_region_of_postal_code (code);

      g_assert_nonnull (region);
      g_assert_cmpint (phoenix_contribution_field_index (PHOENIX_CONTRIBUTION_REGION, NULL, region), >=, 0);
    }
}

static void
test_no_target (void)
{
  g_auto(Rich) rich = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  g_autoptr(PhoenixContribution) none = NULL;
  PhoenixAnonymiserInput input;

  rich_load (&rich);
  input = input_for (&rich);
  input.target = "Z9999";
  none = phoenix_anonymiser_build (&input, NULL, NULL, rand, &error);
  g_assert_null (none);
  g_assert_error (error, PHOENIX_ANONYMISER_ERROR, PHOENIX_ANONYMISER_ERROR_NO_TARGET);
}

/*
 * 100,000 installs drawn from four truths the anonymiser built (outcome, years, education and a
 * skill bit differ), each randomised as the app does; the server's estimator gives back every
 * share within 2 % of the truth.
 */
static void
test_estimate (void)
{
  g_auto(Rich) rich = { 0 };
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  PhoenixContribution *truths[4];
  static const char * const outcomes[] = { "in-progress", "hired", "gave-up", "hired" };
  const PhoenixContributionField fields[] = { PHOENIX_CONTRIBUTION_OUTCOME, PHOENIX_CONTRIBUTION_YEARS,
                                              PHOENIX_CONTRIBUTION_EDUCATION, PHOENIX_CONTRIBUTION_ATS };
  double observed[G_N_ELEMENTS (fields)][8] = { { 0 } };
  double truth_counts[G_N_ELEMENTS (fields)][8] = { { 0 } };
  double bit_observed = 0, bit_truth = 0;
  const char *skill = NULL;
  const guint n = 100000;
  PhoenixAnonymiserInput input;

  rich_load (&rich);
  input = input_for (&rich);
  for (guint t = 0; t < 4; t++)
    {
      input.outcome = outcomes[t];
      input.best_ats = t * 30 - 1;
      truths[t] = phoenix_anonymiser_build_truth (&input, FIXED_INSTALL, rand, NULL);
      phoenix_contribution_set_value (truths[t], PHOENIX_CONTRIBUTION_YEARS, t % 2 ? "2-4" : "10-19");
      phoenix_contribution_set_value (truths[t], PHOENIX_CONTRIBUTION_EDUCATION, t < 2 ? "bac+2" : "bac+5");
    }
  skill = g_ptr_array_index (phoenix_contribution_get_set (truths[0], PHOENIX_CONTRIBUTION_SKILLS), 0);

  for (guint i = 0; i < n; i++)
    {
      double x = g_rand_double (rand);
      guint t = x < 0.4 ? 0 : x < 0.7 ? 1 : x < 0.9 ? 2 : 3;
      g_autoptr(PhoenixContribution) sent = phoenix_contribution_randomize (truths[t], taxonomy, NULL, rand);

      for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
        {
          observed[f][phoenix_contribution_field_index (fields[f], NULL, phoenix_contribution_get_value (sent, fields[f]))]++;
          truth_counts[f][phoenix_contribution_field_index (fields[f], NULL, phoenix_contribution_get_value (truths[t], fields[f]))]++;
        }
      bit_observed += phoenix_contribution_set_contains (sent, PHOENIX_CONTRIBUTION_SKILLS, skill);
      bit_truth += phoenix_contribution_set_contains (truths[t], PHOENIX_CONTRIBUTION_SKILLS, skill);
    }

  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      guint k;
      double estimated[8];

      phoenix_contribution_field_values (fields[f], NULL, &k);
      phoenix_rr_estimate_counts (observed[f], k, PHOENIX_RR_EPSILON, estimated);
      for (guint v = 0; v < k; v++)
        {
          double error = fabs (estimated[v] - truth_counts[f][v]) / n;

          g_test_message ("%s[%u]: truth %.4f, estimate %.4f", phoenix_contribution_field_name (fields[f]), v,
                          truth_counts[f][v] / n, estimated[v] / n);
          g_assert_cmpfloat (error, <, 0.02);
        }
    }
  g_assert_cmpfloat (fabs (phoenix_rr_estimate_bit_count (bit_observed, n, PHOENIX_RR_EPSILON) - bit_truth) / n, <, 0.02);
  for (guint t = 0; t < 4; t++)
    g_object_unref (truths[t]);
}

/* ε is the documented one, and the mechanism keeps a 3-valued answer with p = e^ε / (e^ε + 2). */
static void
test_epsilon (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("PHOENIX_SOURCE_DIR"), "docs", "flywheel.md", NULL);
  g_autofree char *doc = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  guint kept = 0, n = 200000;

  g_assert_true (g_file_get_contents (path, &doc, NULL, NULL));
  g_assert_nonnull (strstr (doc, "randomised response, ε = 2 per field"));
  g_assert_cmpfloat (PHOENIX_RR_EPSILON, ==, 2.0);
  for (guint i = 0; i < n; i++)
    kept += phoenix_rr_perturb_value (1, 3, PHOENIX_RR_EPSILON, rand) == 1;
  g_assert_cmpfloat (fabs ((double) kept / n - exp (2) / (exp (2) + 2)), <, 0.005);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (&argc, &argv, NULL);
  taxonomy = phoenix_taxonomy_new_from_file (g_getenv ("PHOENIX_TAXONOMY"), &error);
  g_assert_no_error (error);

  g_test_add_func ("/anonymiser/no-leak", test_no_leak);
  g_test_add_func ("/anonymiser/regions", test_regions);
  g_test_add_func ("/anonymiser/no-target", test_no_target);
  g_test_add_func ("/anonymiser/estimate", test_estimate);
  g_test_add_func ("/anonymiser/epsilon", test_epsilon);

  status = g_test_run ();
  g_object_unref (taxonomy);
  return status;
}
