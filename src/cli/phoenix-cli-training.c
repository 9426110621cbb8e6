/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "phoenix-access-route.h"
#include "phoenix-cli-training.h"
#include "phoenix-json-resume.h"
#include "phoenix-target-suggestion.h"
#include "phoenix-training-path.h"

#define EXIT_FAILURE_STATUS 1
#define EXIT_USAGE 2

static int
usage_error (const char *command,
             const char *message)
{
  g_printerr ("phoenix-cli %s: %s\n", command, message);
  g_printerr (_("Try “phoenix-cli %s --help” for more information.\n"), command);

  return EXIT_USAGE;
}

static int
failure (const char *command,
         const char *message)
{
  g_printerr ("phoenix-cli %s: %s\n", command, message);

  return EXIT_FAILURE_STATUS;
}

static void
print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
}

/* The resume, the taxonomy and what the resume proves; an error message otherwise. */
static PhoenixSkillEvidence *
read_resume (const char             *path,
             const char             *taxonomy_path,
             PhoenixSkillExtractor **extractor_out,
             char                  **message)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixTaxonomy) taxonomy = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *default_path = NULL;

  if (!phoenix_json_resume_import_file (profile, path, &error))
    {
      *message = g_strdup_printf (_("Cannot read the resume “%s”: %s"), path, error->message);
      return NULL;
    }
  if (taxonomy_path == NULL)
    taxonomy_path = default_path = phoenix_taxonomy_get_default_path ();
  taxonomy = phoenix_taxonomy_new_from_file (taxonomy_path, &error);
  if (taxonomy == NULL)
    {
      *message = g_strdup (error->message);
      return NULL;
    }
  *extractor_out = phoenix_skill_extractor_new (taxonomy);

  return phoenix_skill_evidence_new (*extractor_out, profile);
}

static gboolean
check_language (const char *language)
{
  return language == NULL || g_str_equal (language, "fr") || g_str_equal (language, "en");
}

int
phoenix_cli_targets (int    argc,
                     char **argv)
{
  g_autofree char *taxonomy_path = NULL;
  g_autofree char *language = NULL;
  g_auto(GStrv) files = NULL;
  int max_results = 20;
  const GOptionEntry entries[] = {
    { "max", 'n', 0, G_OPTION_ARG_INT, &max_results, N_("Print at most N targets (default 20, 0 for all)"), N_("N") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language of the labels: fr or en (default: the resume's)"), N_("LANG") },
    { "taxonomy", 0, 0, G_OPTION_ARG_FILENAME, &taxonomy_path, N_("Compiled skills taxonomy to use instead of the installed one"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("RESUME.json") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— suggest target jobs for a career change"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixSkillExtractor) extractor = NULL;
  g_autoptr(PhoenixSkillEvidence) evidence = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *message = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error ("targets", error->message);
  if (files == NULL || g_strv_length (files) != 1)
    return usage_error ("targets", _("Give one JSON Resume file."));
  if (max_results < 0)
    return usage_error ("targets", _("--max takes a number of 0 or more."));
  if (!check_language (language))
    return usage_error ("targets", _("--lang takes fr or en."));

  evidence = read_resume (files[0], taxonomy_path, &extractor, &message);
  if (evidence == NULL)
    return failure ("targets", message);
  if (language == NULL)
    language = g_strdup (phoenix_skill_evidence_get_language (evidence));

  suggestions = phoenix_target_suggestions_compute (evidence, language, (guint) max_results);
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "targets");
  json_builder_begin_array (builder);
  for (guint i = 0; i < suggestions->len; i++)
    {
      PhoenixTargetSuggestion *suggestion = g_ptr_array_index (suggestions, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "code");
      json_builder_add_string_value (builder, phoenix_target_suggestion_get_code (suggestion));
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, phoenix_target_suggestion_get_label (suggestion));
      json_builder_set_member_name (builder, "have_share");
      json_builder_add_double_value (builder, round (phoenix_target_suggestion_get_have_share (suggestion) * 1000) / 1000);
      json_builder_set_member_name (builder, "why");
      json_builder_add_string_value (builder, phoenix_target_suggestion_get_why (suggestion));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  print_json (builder);

  return 0;
}

static const char *
importance_name (PhoenixGapImportance importance)
{
  static const char * const names[] = { "core", "essential", "tool", "optional" };

  return names[MIN (importance, PHOENIX_GAP_IMPORTANCE_OPTIONAL)];
}

static void
add_items (JsonBuilder *builder,
           const char  *name,
           GListModel  *items)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(PhoenixGapItem) item = g_list_model_get_item (items, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, phoenix_gap_item_get_id (item));
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, phoenix_gap_item_get_label (item));
      json_builder_set_member_name (builder, "importance");
      json_builder_add_string_value (builder, importance_name (phoenix_gap_item_get_importance (item)));
      if (*phoenix_gap_item_get_evidence (item) != '\0')
        {
          json_builder_set_member_name (builder, "evidence");
          json_builder_add_string_value (builder, phoenix_gap_item_get_evidence (item));
        }
      json_builder_set_member_name (builder, "why");
      json_builder_add_string_value (builder, phoenix_gap_item_get_why (item));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_skills (JsonBuilder     *builder,
            PhoenixTaxonomy *taxonomy,
            GArray          *skills,
            const char      *language)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < skills->len; i++)
    {
      guint skill = g_array_index (skills, guint, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, phoenix_taxonomy_get_skill_id (taxonomy, skill));
      json_builder_set_member_name (builder, "label");
      json_builder_add_string_value (builder, phoenix_taxonomy_get_skill_label (taxonomy, skill, language));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_access (JsonBuilder           *builder,
            PhoenixTaxonomy       *taxonomy,
            guint                  occupation,
            PhoenixSkillEvidence  *evidence,
            const char            *language)
{
  g_autoptr(PhoenixAccessRoute) route =
    phoenix_access_route_new (phoenix_taxonomy_get_occupation_access (taxonomy, occupation));
  GArray *credentials = phoenix_access_route_get_credentials (route);
  g_autofree char *comparison = NULL;

  phoenix_access_route_find_held (route, phoenix_skill_evidence_get_credentials_text (evidence));
  comparison = phoenix_access_route_compare (route, phoenix_skill_evidence_get_education_level (evidence), language);

  json_builder_set_member_name (builder, "access");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "text");
  json_builder_add_string_value (builder, phoenix_access_route_get_text (route));
  json_builder_set_member_name (builder, "credentials");
  json_builder_begin_array (builder);
  for (guint i = 0; i < credentials->len; i++)
    {
      PhoenixCredential *credential = &g_array_index (credentials, PhoenixCredential, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "name");
      json_builder_add_string_value (builder, credential->name);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, phoenix_credential_kind_to_string (credential->kind));
      if (credential->level != PHOENIX_EDUCATION_UNKNOWN)
        {
          json_builder_set_member_name (builder, "level");
          json_builder_add_string_value (builder, phoenix_education_level_to_string (credential->level, language));
        }
      json_builder_set_member_name (builder, "held");
      json_builder_add_boolean_value (builder, credential->held);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "your_level");
  json_builder_add_string_value (builder,
                                 phoenix_education_level_to_string (phoenix_skill_evidence_get_education_level (evidence),
                                                                    language));
  json_builder_set_member_name (builder, "comparison");
  json_builder_add_string_value (builder, comparison);
  json_builder_end_object (builder);
}

int
phoenix_cli_gap (int    argc,
                 char **argv)
{
  g_autofree char *taxonomy_path = NULL;
  g_autofree char *language = NULL;
  g_autofree char *target = NULL;
  g_autofree char *catalogue_path = NULL;
  g_auto(GStrv) files = NULL;
  double hours_per_week = 6.0;
  const GOptionEntry entries[] = {
    { "target", 't', 0, G_OPTION_ARG_STRING, &target, N_("ROME code of the target job (see “phoenix-cli targets”)"), N_("CODE") },
    { "hours-per-week", 'w', 0, G_OPTION_ARG_DOUBLE, &hours_per_week, N_("Hours of training a week, for the end date (default 6)"), N_("N") },
    { "catalogue", 'c', 0, G_OPTION_ARG_FILENAME, &catalogue_path, N_("A training catalogue in CSV to use beside the starter one"), N_("FILE.csv") },
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language of the labels: fr or en (default: the resume's)"), N_("LANG") },
    { "taxonomy", 0, 0, G_OPTION_ARG_FILENAME, &taxonomy_path, N_("Compiled skills taxonomy to use instead of the installed one"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("RESUME.json") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— the skills a target job needs, and the shortest training path"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixSkillExtractor) extractor = NULL;
  g_autoptr(PhoenixSkillEvidence) evidence = NULL;
  g_autoptr(PhoenixTrainingCatalogue) catalogue = NULL;
  g_autoptr(PhoenixTrainingProgress) progress = phoenix_training_progress_new (NULL);
  g_autoptr(PhoenixSkillGap) gap = NULL;
  g_autoptr(PhoenixTrainingPath) path = NULL;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *message = NULL;
  PhoenixTaxonomy *taxonomy;
  GListModel *steps;
  guint occupation;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error ("gap", error->message);
  if (files == NULL || g_strv_length (files) != 1)
    return usage_error ("gap", _("Give one JSON Resume file."));
  if (target == NULL)
    return usage_error ("gap", _("Give the target job's ROME code with --target."));
  if (!check_language (language))
    return usage_error ("gap", _("--lang takes fr or en."));
  if (!phoenix_training_progress_set_hours_per_week (progress, hours_per_week, &error))
    return usage_error ("gap", error->message);

  evidence = read_resume (files[0], taxonomy_path, &extractor, &message);
  if (evidence == NULL)
    return failure ("gap", message);
  taxonomy = phoenix_skill_evidence_get_taxonomy (evidence);
  if (!phoenix_taxonomy_lookup_occupation (taxonomy, target, &occupation))
    {
      g_autofree char *text = g_strdup_printf (_("“%s” is not a ROME occupation code."), target);

      return failure ("gap", text);
    }
  if (language == NULL)
    language = g_strdup (phoenix_skill_evidence_get_language (evidence));

  catalogue = phoenix_training_catalogue_new_starter (taxonomy, &error);
  if (catalogue == NULL)
    return failure ("gap", error->message);
  if (catalogue_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (catalogue_path);
      g_autofree char *basename = g_path_get_basename (catalogue_path);
      g_autoptr(GPtrArray) modules = NULL;
      g_autoptr(GBytes) bytes = NULL;
      const char *data;
      gsize length = 0;

      /* The app's caps: bytes while reading, then lines and fields while parsing. */
      bytes = phoenix_training_catalogue_read_file (file, NULL, &error);
      if (bytes != NULL)
        {
          data = g_bytes_get_data (bytes, &length);
          modules = phoenix_training_catalogue_parse_csv (catalogue, taxonomy, data != NULL ? data : "", length,
                                                          PHOENIX_MODULE_ORIGIN_IMPORT, basename, &error);
        }
      if (modules == NULL)
        {
          g_autofree char *text = g_strdup_printf (_("Cannot import the catalogue “%s”: %s"), catalogue_path,
                                                   error->message);

          return failure ("gap", text);
        }
      for (guint i = 0; i < modules->len; i++)
        phoenix_training_catalogue_add (catalogue, g_ptr_array_index (modules, i));
    }

  gap = phoenix_skill_gap_new (evidence, occupation, language);
  path = phoenix_training_path_new (catalogue, gap, progress, language, NULL, PHOENIX_PATH_STRATEGY_AUTO);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "target");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, phoenix_taxonomy_get_occupation_code (taxonomy, occupation));
  json_builder_set_member_name (builder, "label");
  json_builder_add_string_value (builder, phoenix_taxonomy_get_occupation_label (taxonomy, occupation, language));
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "have_share");
  json_builder_add_double_value (builder, round (phoenix_skill_gap_get_have_share (gap) * 1000) / 1000);
  add_items (builder, "have", phoenix_skill_gap_get_have (gap));
  add_items (builder, "partly", phoenix_skill_gap_get_partly (gap));
  add_items (builder, "missing", phoenix_skill_gap_get_missing (gap));
  add_items (builder, "nice_to_have", phoenix_skill_gap_get_nice_to_have (gap));
  add_items (builder, "diplomas", phoenix_skill_gap_get_diplomas (gap));
  add_access (builder, taxonomy, occupation, evidence, language);

  json_builder_set_member_name (builder, "path");
  json_builder_begin_array (builder);
  steps = phoenix_training_path_get_steps (path);
  for (guint i = 0; i < g_list_model_get_n_items (steps); i++)
    {
      g_autoptr(PhoenixPathStep) step = g_list_model_get_item (steps, i);
      PhoenixTrainingModule *module = phoenix_path_step_get_module (step);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_string_value (builder, phoenix_training_module_get_id (module));
      json_builder_set_member_name (builder, "title");
      json_builder_add_string_value (builder, phoenix_training_module_get_title (module, language));
      json_builder_set_member_name (builder, "hours");
      json_builder_add_int_value (builder, phoenix_training_module_get_hours (module));
      json_builder_set_member_name (builder, "certifying");
      json_builder_add_boolean_value (builder, phoenix_training_module_get_certifying (module));
      if (phoenix_training_module_get_certifying (module))
        {
          json_builder_set_member_name (builder, "certification");
          json_builder_add_string_value (builder, phoenix_training_module_get_certification (module));
        }
      json_builder_set_member_name (builder, "covers");
      add_skills (builder, taxonomy, phoenix_path_step_get_covers (step), language);
      json_builder_set_member_name (builder, "end");
      json_builder_add_string_value (builder, phoenix_path_step_get_end_date (step));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "uncoverable");
  add_skills (builder, taxonomy, phoenix_training_path_get_uncoverable (path), language);
  json_builder_set_member_name (builder, "total_hours");
  json_builder_add_int_value (builder, phoenix_training_path_get_total_hours (path));
  json_builder_set_member_name (builder, "hours_per_week");
  json_builder_add_double_value (builder, phoenix_training_path_get_hours_per_week (path));
  json_builder_set_member_name (builder, "end_date");
  json_builder_add_string_value (builder, phoenix_training_path_get_end_date (path));
  json_builder_set_member_name (builder, "exact");
  json_builder_add_boolean_value (builder, phoenix_training_path_get_exact (path));
  json_builder_end_object (builder);
  print_json (builder);

  return 0;
}
