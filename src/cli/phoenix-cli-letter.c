/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-cli-ats.h"
#include "phoenix-cli-letter.h"
#include "phoenix-cli-sandbox.h"
#include "phoenix-json-resume.h"
#include "phoenix-letter-engine.h"
#include "phoenix-letter-export.h"

#define EXIT_FAILURE_STATUS 1
#define EXIT_USAGE 2

static int
usage_error (const char *message)
{
  g_printerr ("phoenix-cli letter: %s\n", message);
  g_printerr ("%s\n", _("Try “phoenix-cli letter --help” for more information."));

  return EXIT_USAGE;
}

static int
failure (const char *message)
{
  g_printerr ("phoenix-cli letter: %s\n", message);

  return EXIT_FAILURE_STATUS;
}

static gboolean
one_of (const char         *value,
        const char * const *choices)
{
  return value == NULL || g_strv_contains (choices, value);
}

int
phoenix_cli_letter (int    argc,
                    char **argv)
{
  g_autofree char *taxonomy_path = NULL;
  g_autofree char *language = NULL;
  g_autofree char *tone = NULL;
  g_autofree char *length = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *date = NULL;
  g_autofree char *output = NULL;
  g_autofree char *look = NULL;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "lang", 0, 0, G_OPTION_ARG_STRING, &language, N_("Language of the letter (default: the offer’s)"), "fr|en" },
    { "tone", 0, 0, G_OPTION_ARG_STRING, &tone, N_("Tone of the letter (default: formal)"), "formal|warm|concise" },
    { "length", 0, 0, G_OPTION_ARG_STRING, &length, N_("Length of the letter (default: standard)"), "short|standard|long" },
    { "draft", 0, 0, G_OPTION_ARG_STRING, &draft, N_("Which draft (default: story)"), "story|skills|company" },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("Date of the letter (default: today)"), N_("YYYY-MM-DD") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write the letter to FILE (.pdf, .docx or .txt) instead of printing it"), N_("FILE") },
    { "template", 't', 0, G_OPTION_ARG_STRING, &look, N_("The CV template whose look a PDF or Word letter takes (default: classic)"), N_("TEMPLATE") },
    { "taxonomy", 0, 0, G_OPTION_ARG_FILENAME, &taxonomy_path, N_("Compiled skills taxonomy to use instead of the installed one"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("RESUME.json OFFER") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (_("— draft a cover letter from a CV and a job offer"));
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixTaxonomy) taxonomy = NULL;
  g_autoptr(PhoenixSkillExtractor) extractor = NULL;
  g_autoptr(PhoenixJobOffer) offer = NULL;
  g_autoptr(PhoenixLetterEngine) engine = NULL;
  g_autoptr(PhoenixLetterFacts) facts = NULL;
  g_autoptr(PhoenixLetter) letter = NULL;
  g_autoptr(GDateTime) today = NULL;
  g_autoptr(GFile) offer_file = NULL;
  g_autofree char *text = NULL;

  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (error->message);
  if (files == NULL || g_strv_length (files) != 2)
    return usage_error (_("Give a JSON Resume file and a job offer file."));
  if (!one_of (language, phoenix_letter_languages))
    return usage_error (_("The language must be “fr” or “en”."));
  if (!one_of (tone, phoenix_letter_tones))
    return usage_error (_("The tone must be “formal”, “warm” or “concise”."));
  if (!one_of (length, phoenix_letter_lengths))
    return usage_error (_("The length must be “short”, “standard” or “long”."));
  if (date != NULL)
    {
      g_autofree char *iso = g_strdup_printf ("%sT12:00:00Z", date);

      today = g_date_time_new_from_iso8601 (iso, NULL);
      if (today == NULL)
        return usage_error (_("The date must be written YYYY-MM-DD."));
    }

  if (!phoenix_json_resume_import_file (profile, files[0], &error))
    {
      g_autofree char *message = g_strdup_printf (_("Cannot read the resume “%s”: %s"), files[0], error->message);

      return failure (message);
    }

  if (taxonomy_path == NULL)
    taxonomy_path = phoenix_taxonomy_get_default_path ();
  taxonomy = phoenix_taxonomy_new_from_file (taxonomy_path, &error);
  if (taxonomy == NULL)
    return failure (error->message);
  extractor = phoenix_skill_extractor_new (taxonomy);

  offer_file = g_file_new_for_commandline_arg (files[1]);
  offer = phoenix_cli_read_offer (extractor, offer_file, &error);
  if (offer == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot read the job offer “%s”: %s"), files[1], error->message);

      return failure (message);
    }

  engine = phoenix_letter_engine_new (&error);
  if (engine == NULL)
    return failure (error->message);
  facts = phoenix_letter_facts_new (extractor, profile, offer,
                                    language != NULL ? language : phoenix_job_offer_get_language (offer), today);
  letter = phoenix_letter_engine_draft (engine, facts, draft != NULL ? draft : "story",
                                        tone != NULL ? tone : "formal", length != NULL ? length : "standard",
                                        &error);
  if (letter == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Cannot draft the letter: %s"), error->message);

      return failure (message);
    }

  if (output != NULL)
    {
      gboolean ok;

      if (g_str_has_suffix (output, ".pdf"))
        ok = phoenix_letter_export_pdf (letter, look, "a4", output, &error);
      else if (g_str_has_suffix (output, ".docx"))
        ok = phoenix_letter_export_docx (letter, look, "a4", output, &error);
      else
        {
          text = phoenix_letter_to_text (letter);
          ok = g_file_set_contents (output, text, -1, &error);
        }
      return ok ? 0 : failure (error->message);
    }

  text = phoenix_letter_to_text (letter);
  g_print ("%s", text);

  return 0;
}
