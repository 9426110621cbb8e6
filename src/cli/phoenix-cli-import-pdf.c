/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "phoenix-cli-import-pdf.h"
#include "phoenix-cli-sandbox.h"

/* Reads the PDF as the app does, through the sandboxed helper (a hostile PDF costs at most its
 * time and memory limits, and never this process). --lines, a debugging aid, prints the helper's
 * positioned lines too (the same helper, the same limits). */
int
phoenix_cli_import_pdf (int    argc,
                        char **argv)
{
  g_autofree char *password = NULL;
  gboolean with_lines = FALSE;
  g_auto(GStrv) files = NULL;
  const GOptionEntry entries[] = {
    { "password", 0, 0, G_OPTION_ARG_STRING, &password, N_("Password of an encrypted PDF"), N_("PASSWORD") },
    { "lines", 0, 0, G_OPTION_ARG_NONE, &with_lines,
      N_("Also print the positioned lines of text (for debugging the CV parser)"), NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, N_("FILE.pdf") },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = NULL;
  g_autoptr(JsonGenerator) generator = NULL;
  g_autofree char *text = NULL;

  g_option_context_set_summary (context, _("Reads a CV from a PDF file and prints it as JSON Resume."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("phoenix-cli import-pdf: %s\n", error->message);
      return 2;
    }
  if (files == NULL || g_strv_length (files) != 1)
    {
      g_printerr ("%s\n", _("Usage: phoenix-cli import-pdf FILE.pdf"));
      return 2;
    }

  /* Both through the sandboxed helper: --lines only asks it for its positioned lines too. */
  if (with_lines)
    result = phoenix_cli_read_pdf_lines (files[0], password, &error);
  else
    {
      g_autoptr(PhoenixCvParse) parse = phoenix_cli_read_pdf (files[0], password, &error);

      if (parse != NULL)
        result = phoenix_cv_parse_to_json (parse);
    }
  if (result == NULL)
    {
      g_printerr ("phoenix-cli import-pdf: %s: %s\n", files[0], error->message);
      return 1;
    }

  generator = json_generator_new ();
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, result);
  text = json_generator_to_data (generator, NULL);
  fputs (text, stdout);
  fputc ('\n', stdout);
  return 0;
}
