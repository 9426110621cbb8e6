/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "phoenix-agent.h"
#include "phoenix-anonymiser.h"
#include "phoenix-cli-agent.h"
#include "phoenix-completeness.h"
#include "phoenix-json-resume.h"
#include "phoenix-target-suggestion.h"
#include "phoenix-training-analysis.h"

#define EXIT_FAILURE_STATUS 1
#define EXIT_USAGE 2

typedef struct
{
  PhoenixProfile          *profile;
  PhoenixTaxonomy         *taxonomy;
  PhoenixTrainingAnalysis *analysis;
} Loaded;

static void
loaded_clear (Loaded *loaded)
{
  g_clear_object (&loaded->profile);
  g_clear_object (&loaded->taxonomy);
  g_clear_object (&loaded->analysis);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Loaded, loaded_clear)

static int
report (const char *command,
        const char *message,
        int         status)
{
  g_printerr ("phoenix-cli %s: %s\n", command, message);
  if (status == EXIT_USAGE)
    g_printerr (_("Try “phoenix-cli %s --help” for more information.\n"), command);
  return status;
}

/* The resume, the taxonomy and the analysis of @target (NULL: none); an error message otherwise. */
static gboolean
load (const char  *path,
      const char  *taxonomy_path,
      const char  *target,
      const char  *language,
      Loaded      *loaded,
      char       **message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = NULL;
  g_autoptr(PhoenixTrainingCatalogue) catalogue = NULL;
  guint index;

  loaded->profile = phoenix_profile_new ();
  if (!phoenix_json_resume_import_file (loaded->profile, path, &error))
    {
      *message = g_strdup_printf (_("Cannot read the resume “%s”: %s"), path, error->message);
      return FALSE;
    }
  if (taxonomy_path == NULL)
    taxonomy_path = default_path = phoenix_taxonomy_get_default_path ();
  loaded->taxonomy = phoenix_taxonomy_new_from_file (taxonomy_path, &error);
  if (loaded->taxonomy == NULL)
    {
      *message = g_strdup (error->message);
      return FALSE;
    }
  if (target != NULL && !phoenix_taxonomy_lookup_occupation (loaded->taxonomy, target, &index))
    {
      *message = g_strdup_printf (_("“%s” is not a job code of the taxonomy (e.g. M1805)."), target);
      return FALSE;
    }
  catalogue = phoenix_training_catalogue_new_starter (loaded->taxonomy, NULL);
  if (catalogue == NULL)
    catalogue = phoenix_training_catalogue_new ();
  loaded->analysis = phoenix_training_analysis_new (loaded->taxonomy, loaded->profile, catalogue, NULL, target, language != NULL ? language : "fr",
                                                    target == NULL ? 1 : 0);
  return TRUE;
}

static void
print_node (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

int
phoenix_cli_next_step (int    argc,
                       char **argv)
{
  g_autofree char *taxonomy_path = NULL;
  g_autofree char *language = NULL;
  g_autofree char *target = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "target", 0, 0, G_OPTION_ARG_STRING, &target, N_("The job aimed at, as a ROME code (default: none chosen yet)"), N_("CODE") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language of the labels: fr or en (default: the resume's)"), N_("LANG") },
    { "taxonomy", 0, 0, G_OPTION_ARG_FILENAME, &taxonomy_path, N_("Compiled skills taxonomy to use instead of the installed one"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("RESUME.json") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— the next best step of a career change"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixAgentInput) input = phoenix_agent_input_new ();
  g_autoptr(PhoenixAdvice) advice = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_auto(Loaded) loaded = { 0 };
  g_autofree char *message = NULL;
  PhoenixSkillGap *gap;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return report ("next-step", error->message, EXIT_USAGE);
  if (files == NULL || g_strv_length (files) != 1)
    return report ("next-step", _("Give one JSON Resume file."), EXIT_USAGE);
  if (language != NULL && g_strcmp0 (language, "fr") != 0 && g_strcmp0 (language, "en") != 0)
    return report ("next-step", _("--lang takes fr or en."), EXIT_USAGE);
  if (!load (files[0], taxonomy_path, target, language, &loaded, &message))
    return report ("next-step", message, EXIT_FAILURE_STATUS);

  /* From the CV alone: no offer scored, no application, no training logged. */
  input->cv_completeness = (int) phoenix_completeness_compute (loaded.profile, NULL);
  gap = phoenix_training_analysis_get_gap (loaded.analysis);
  if (gap != NULL)
    {
      GListModel *missing = phoenix_skill_gap_get_missing (gap);

      input->target_code = g_strdup (phoenix_skill_gap_get_code (gap));
      input->target_label = g_strdup (phoenix_taxonomy_get_occupation_label (loaded.taxonomy,
                                                                             phoenix_skill_gap_get_occupation (gap),
                                                                             language != NULL ? language : "fr"));
      input->skill_coverage = phoenix_skill_gap_get_have_share (gap);
      for (guint i = 0; i < g_list_model_get_n_items (missing); i++)
        {
          g_autoptr(PhoenixGapItem) item = g_list_model_get_item (missing, i);

          phoenix_agent_input_add_item (input->missing_skills, phoenix_gap_item_get_id (item),
                                        phoenix_gap_item_get_label (item));
        }
    }
  {
    PhoenixAnonymiserInput anonymiser = { 0 };
    g_autoptr(GRand) rand = g_rand_new_with_seed (0);
    g_autoptr(PhoenixContribution) truth = NULL;

    /* The same buckets as the contribution's, for the success estimate (needs a target to build). */
    anonymiser.profile = loaded.profile;
    anonymiser.evidence = phoenix_training_analysis_get_evidence (loaded.analysis);
    anonymiser.target = input->target_code != NULL ? input->target_code : "M1805";
    anonymiser.best_ats = -1;
    truth = phoenix_anonymiser_build_truth (&anonymiser, NULL, rand, NULL);
    if (truth != NULL)
      {
        input->years_bucket = g_intern_string (phoenix_contribution_get_value (truth, PHOENIX_CONTRIBUTION_YEARS));
        input->education_bucket = g_intern_string (phoenix_contribution_get_value (truth, PHOENIX_CONTRIBUTION_EDUCATION));
      }
  }
  advice = phoenix_agent_advise (input, NULL);
  root = phoenix_advice_to_json (advice);
  print_node (root);

  return 0;
}

int
phoenix_cli_payload (int    argc,
                     char **argv)
{
  g_autofree char *taxonomy_path = NULL;
  g_autofree char *target = NULL;
  g_autofree char *seed_text = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "target", 0, 0, G_OPTION_ARG_STRING, &target, N_("The job aimed at, as a ROME code (default: the best suggestion)"), N_("CODE") },
    { "seed", 0, 0, G_OPTION_ARG_STRING, &seed_text, N_("Seed of the noise, for a repeatable payload"), N_("N") },
    { "taxonomy", 0, 0, G_OPTION_ARG_FILENAME, &taxonomy_path, N_("Compiled skills taxonomy to use instead of the installed one"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("RESUME.json") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— the exact anonymised payload the flywheel sync would send"));
  g_autoptr(GError) error = NULL;
  g_auto(Loaded) loaded = { 0 };
  g_autofree char *message = NULL;
  g_autoptr(GRand) rand = NULL;
  g_autoptr(PhoenixTrainingCatalogue) starter = NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_auto(GStrv) catalogue = NULL;
  g_autoptr(PhoenixContribution) payload = NULL;
  g_autofree char *json = NULL;
  PhoenixAnonymiserInput input = { 0 };
  guint64 seed = 0;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return report ("payload", error->message, EXIT_USAGE);
  if (files == NULL || g_strv_length (files) != 1)
    return report ("payload", _("Give one JSON Resume file."), EXIT_USAGE);
  if (seed_text != NULL && !g_ascii_string_to_unsigned (seed_text, 10, 0, G_MAXUINT32, &seed, NULL))
    return report ("payload", _("--seed takes a whole number from 0 to 4294967295."), EXIT_USAGE);
  if (!load (files[0], taxonomy_path, target, NULL, &loaded, &message))
    return report ("payload", message, EXIT_FAILURE_STATUS);
  if (target == NULL)
    {
      GListModel *suggestions = phoenix_training_analysis_get_suggestions (loaded.analysis);
      g_autoptr(PhoenixTargetSuggestion) best = g_list_model_get_n_items (suggestions) > 0
                                                ? g_list_model_get_item (suggestions, 0) : NULL;

      if (best == NULL)
        return report ("payload", _("No target job could be suggested for this CV: give one with --target CODE."),
                       EXIT_FAILURE_STATUS);
      target = g_strdup (phoenix_target_suggestion_get_code (best));
    }

  rand = seed_text != NULL ? g_rand_new_with_seed ((guint32) seed) : phoenix_anonymiser_new_rand ();
  starter = phoenix_training_catalogue_new_starter (loaded.taxonomy, NULL);
  for (guint i = 0; starter != NULL && i < phoenix_training_catalogue_get_n_modules (starter); i++)
    {
      g_autoptr(PhoenixTrainingModule) module = g_list_model_get_item (phoenix_training_catalogue_get_modules (starter), i);

      g_strv_builder_add (ids, phoenix_training_module_get_id (module));
    }
  catalogue = g_strv_builder_end (ids);

  input.profile = loaded.profile;
  input.evidence = phoenix_training_analysis_get_evidence (loaded.analysis);
  input.target = target;
  input.best_ats = -1;
  /* The install id of the CLI's payload is fresh: it is an example, never sent. */
  payload = phoenix_anonymiser_build (&input, NULL, (const char * const *) catalogue, rand, &error);
  if (payload == NULL)
    return report ("payload", error->message, EXIT_FAILURE_STATUS);
  json = phoenix_contribution_to_json (payload);
  g_print ("%s\n", json);

  return 0;
}
