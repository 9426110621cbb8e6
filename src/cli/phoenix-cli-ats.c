/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "phoenix-ats.h"
#include "phoenix-cli-ats.h"
#include "phoenix-cli-sandbox.h"
#include "phoenix-json-limits.h"
#include "phoenix-json-resume.h"

#define EXIT_FAILURE_STATUS 1
#define EXIT_USAGE 2

static int
usage_error (const char *message)
{
  g_printerr ("phoenix-cli ats: %s\n", message);
  g_printerr ("%s\n", _("Try “phoenix-cli ats --help” for more information."));

  return EXIT_USAGE;
}

static int
failure (const char *message)
{
  g_printerr ("phoenix-cli ats: %s\n", message);

  return EXIT_FAILURE_STATUS;
}

int
phoenix_cli_ats (int    argc,
                 char **argv)
{
  g_autofree char *taxonomy_path = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "taxonomy", 0, 0, G_OPTION_ARG_FILENAME, &taxonomy_path, N_("Compiled skills taxonomy to use instead of the installed one"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("RESUME.json OFFER") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— score a CV against a job offer saved as text, HTML or PDF"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTaxonomy) taxonomy = NULL;
  g_autoptr(PhoenixSkillExtractor) extractor = NULL;
  g_autoptr(PhoenixJobOffer) offer = NULL;
  g_autoptr(PhoenixAtsReport) report = NULL;
  g_autoptr(GFile) offer_file = NULL;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) output = NULL;
  g_autofree char *text = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);
  if (files == NULL || g_strv_length (files) != 2)
    return usage_error (_("Give a JSON Resume file and a job offer file."));

  /* Within limits (size, nesting) before json-glib sees it. */
  root = phoenix_json_parse_file_bounded (files[0], PHOENIX_JSON_RESUME_MAX_BYTES, PHOENIX_JSON_MAX_DEPTH, &error);
  if (root == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot read the resume “%s”: %s"), files[0], error->message);

      return failure (message);
    }
  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      g_autofree char *message = g_strdup_printf (_("The resume “%s” is not a JSON Resume object."), files[0]);

      return failure (message);
    }

  if (taxonomy_path == NULL)
    taxonomy_path = phoenix_taxonomy_get_default_path ();
  taxonomy = phoenix_taxonomy_new_from_file (taxonomy_path, &error);
  if (taxonomy == NULL)
    return failure (error->message);

  extractor = phoenix_skill_extractor_new (taxonomy);
  offer_file = g_file_new_for_commandline_arg (files[1]);
  /* Text and HTML read off the main thread with caps; a PDF through the sandboxed helper. */
  offer = phoenix_cli_read_offer (extractor, offer_file, &error);
  if (offer == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot read the job offer “%s”: %s"), files[1], error->message);

      return failure (message);
    }

  report = phoenix_ats_score (extractor, json_node_get_object (root), offer);
  output = phoenix_ats_report_to_json (report);
  json_generator_set_root (generator, output);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);

  return 0;
}
