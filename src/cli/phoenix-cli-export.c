/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-cli-export.h"
#include "phoenix-cv-renderer.h"
#include "phoenix-json-limits.h"
#include "phoenix-json-resume.h"

#define EXIT_USAGE 2

/* export-pdf and export-docx: the same options, the same reading of the file. */
static int
usage_error (const char *command,
             const char *message)
{
  g_autofree char *hint = g_strdup_printf (_("Try “phoenix-cli %s --help” for more information."), command);

  g_printerr ("phoenix-cli %s: %s\n", command, message);
  g_printerr ("%s\n", hint);

  return EXIT_USAGE;
}

static int
export_command (int       argc,
                char    **argv,
                gboolean  docx)
{
  const char *command = docx ? "export-docx" : "export-pdf";
  g_autofree char *template_id = NULL;
  g_autofree char *output = NULL;
  g_autofree char *language = NULL;
  g_autofree char *paper = NULL;
  gboolean list_templates = FALSE;
  gboolean strict = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "template", 't', 0, G_OPTION_ARG_STRING, &template_id, N_("Template id (see --list-templates); classic by default"), N_("TEMPLATE") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, docx ? N_("Word document to write") : N_("PDF file to write"),
      docx ? N_("OUT.docx") : N_("OUT.pdf") },
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &language, N_("Language of the section titles and dates: fr or en (fr by default)"), N_("LANG") },
    { "paper", 'p', 0, G_OPTION_ARG_STRING, &paper, N_("Paper size: a4 or letter (a4 by default)"), N_("PAPER") },
    { "strict", 0, 0, G_OPTION_ARG_NONE, &strict, N_("Refuse a file that does not follow the JSON Resume schema (otherwise its problems are warnings)"), NULL },
    { "list-templates", 0, 0, G_OPTION_ARG_NONE, &list_templates, N_("List the templates, one a line, id first"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("RESUME.json") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(PhoenixProfile) profile = NULL;
  g_autoptr(PhoenixCvRenderer) renderer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;

  g_option_context_set_summary (context, docx ? _("Writes a JSON Resume file as a Word (.docx) CV.")
                                               : _("Renders a JSON Resume file to a PDF CV."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage_error (command, error->message);

  if (list_templates)
    {
      guint n = 0;
      const PhoenixCvTemplateInfo *templates = phoenix_cv_templates_get (&n);

      for (guint i = 0; i < n; i++)
        g_print ("%s\t%s — %s\n", templates[i].id, _(templates[i].name), _(templates[i].description));
      return 0;
    }

  if (files == NULL || files[0] == NULL)
    return usage_error (command, _("No JSON Resume file given."));
  if (files[1] != NULL)
    return usage_error (command, _("Give one JSON Resume file."));
  if (output == NULL)
    return usage_error (command, docx ? _("No output file given (-o OUT.docx).") : _("No output file given (-o OUT.pdf)."));
  if (template_id != NULL && !phoenix_cv_template_exists (template_id))
    {
      g_autofree char *message = g_strdup_printf (_("Unknown template “%s”; see --list-templates."),
                                                  template_id);

      return usage_error (command, message);
    }
  if (language != NULL && g_strcmp0 (language, "fr") != 0 && g_strcmp0 (language, "en") != 0)
    return usage_error (command, _("The language must be fr or en."));
  if (paper != NULL && g_strcmp0 (paper, "a4") != 0 && g_strcmp0 (paper, "letter") != 0)
    return usage_error (command, _("The paper must be a4 or letter."));

  /* Read within limits (size, nesting) before json-glib sees it; an empty file is an error. */
  root = phoenix_json_parse_file_bounded (files[0], PHOENIX_JSON_RESUME_MAX_BYTES, PHOENIX_JSON_MAX_DEPTH, &error);
  if (root == NULL)
    {
      g_printerr ("phoenix-cli %s: %s: %s\n", command, files[0], error->message);
      return 1;
    }

  /* The official schema: its problems are warnings, or errors with --strict. */
  {
    g_autoptr(GPtrArray) problems = NULL;

    if (!phoenix_json_resume_validate (root, &problems, NULL))
      {
        for (guint i = 0; problems != NULL && i < problems->len; i++)
          g_printerr ("phoenix-cli %s: %s %s\n", command, strict ? _("error:") : _("warning:"),
                      (const char *) problems->pdata[i]);
        if (strict)
          return 1;
      }
  }

  /* Reading the file checks every member's type and every date (JSON Resume v1). */
  profile = phoenix_profile_new ();
  if (!phoenix_json_resume_import (profile, root, &error))
    {
      g_printerr ("phoenix-cli %s: %s\n", command, error->message);
      return 1;
    }

  renderer = phoenix_cv_renderer_new ();
  phoenix_cv_renderer_set_template (renderer, template_id != NULL ? template_id : "classic");
  phoenix_cv_renderer_set_language (renderer, language != NULL ? language : "fr");
  phoenix_cv_renderer_set_paper (renderer, paper != NULL ? paper : "a4");
  phoenix_cv_renderer_set_profile (renderer, profile);

  if (docx ? !phoenix_cv_renderer_export_docx (renderer, output, &error)
           : !phoenix_cv_renderer_export_pdf (renderer, output, NULL, &error))
    {
      g_printerr ("phoenix-cli %s: %s\n", command, error->message);
      return 1;
    }

  return 0;
}

int
phoenix_cli_export_pdf (int    argc,
                        char **argv)
{
  return export_command (argc, argv, FALSE);
}

int
phoenix_cli_export_docx (int    argc,
                         char **argv)
{
  return export_command (argc, argv, TRUE);
}
