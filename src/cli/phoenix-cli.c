/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cli"

#include "config.h"

#include <glib.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "phoenix-cli-agent.h"
#include "phoenix-cli-export.h"
#include "phoenix-cli-ats.h"
#include "phoenix-cli-import-pdf.h"
#include "phoenix-cli-letter.h"
#include "phoenix-cli-training.h"

/* Exit statuses, as documented in --help. */
#define PHOENIX_CLI_EXIT_OK      0
#define PHOENIX_CLI_EXIT_FAILURE 1
#define PHOENIX_CLI_EXIT_USAGE   2

/*
 * A subcommand receives its own name in argv[0] and its arguments after it,
 * prints its result (JSON or text) to stdout and its errors to stderr, and
 * returns an exit status. Each later feature adds one row to `commands` below
 * and fills in its handler; a row whose handler is NULL is announced in
 * --help as not available yet.
 */
typedef int (*PhoenixCliHandler) (int    argc,
                                  char **argv);

typedef struct
{
  const char        *name;
  const char        *arguments;  /* synopsis after the name, not translated */
  const char        *summary;    /* marked with N_(), translated when shown */
  PhoenixCliHandler  handler;
} PhoenixCliCommand;

static int help_command    (int    argc,
                            char **argv);
static int version_command (int    argc,
                            char **argv);

static const PhoenixCliCommand commands[] = {
  { "help", "[COMMAND]", N_("Show help about phoenix-cli or one of its commands"), help_command },
  { "version", "", N_("Print the version of phoenix-cli"), version_command },
  { "import-pdf", "FILE.pdf", N_("Read a CV from a PDF file and print it as JSON Resume"), phoenix_cli_import_pdf },
  { "export-pdf", "RESUME.json -t TEMPLATE -o OUT.pdf [--lang fr|en] [--paper a4|letter] | --list-templates", N_("Render a JSON Resume file to a PDF CV"), phoenix_cli_export_pdf },
  { "export-docx", "RESUME.json -o OUT.docx [--lang fr|en] [-t TEMPLATE] [--paper a4|letter]", N_("Write a JSON Resume file as a Word (.docx) CV"), phoenix_cli_export_docx },
  { "ats", "RESUME.json OFFER", N_("Score a CV against a job offer and list missing keywords"), phoenix_cli_ats },
  { "letter", "RESUME.json OFFER.txt [--lang fr|en] [--tone formal|warm|concise] [--length short|standard|long] [--draft story|skills|company]", N_("Draft a cover letter for a job offer"), phoenix_cli_letter },
  { "targets", "RESUME.json [--max N] [--lang fr|en]", N_("Suggest target jobs for a career change, best first"), phoenix_cli_targets },
  { "gap", "RESUME.json --target CODE [--hours-per-week N] [--catalogue FILE.csv]", N_("List the skills a target job needs and the shortest training path"), phoenix_cli_gap },
  { "next-step", "RESUME.json [--target CODE] [--lang fr|en]", N_("Print the next best step of a career change, with its reasons"), phoenix_cli_next_step },
  { "payload", "RESUME.json [--target CODE] [--seed N]", N_("Print the exact anonymised payload the flywheel sync would send"), phoenix_cli_payload },
};

static const PhoenixCliCommand *
find_command (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_strcmp0 (commands[i].name, name) == 0)
        return &commands[i];
    }

  return NULL;
}

static void
print_usage (void)
{
  g_print ("%s\n", _("Usage:"));
  g_print ("  phoenix-cli [--help | --version]\n");
  g_print ("  phoenix-cli %s\n\n", _("COMMAND [ARGUMENT…]"));
  g_print ("%s\n\n", _("A command-line companion to Phoenix for scripts and automation.\n"
                       "It works on JSON Resume files and never opens the vault."));

  g_print ("%s\n", _("Commands:"));
  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const PhoenixCliCommand *command = &commands[i];

      g_print ("  %-12s %s\n", command->name, _(command->summary));
      if (command->handler == NULL)
        g_print ("  %-12s %s\n", "", _("(not available yet)"));
    }

  g_print ("\n%s\n", _("Options:"));
  g_print ("  -h, --help     %s\n", _("Show this help and exit"));
  g_print ("  -V, --version  %s\n\n", _("Print the version and exit"));

  g_print ("%s\n", _("Results go to standard output, errors to standard error.\n"
                     "Exit status: 0 on success, 1 when a command fails, 2 on incorrect use."));
}

static void
print_command_usage (const PhoenixCliCommand *command)
{
  g_print ("%s\n", _("Usage:"));
  if (command->arguments[0] != '\0')
    g_print ("  phoenix-cli %s %s\n\n", command->name, command->arguments);
  else
    g_print ("  phoenix-cli %s\n\n", command->name);
  g_print ("%s\n", _(command->summary));
  if (command->handler == NULL)
    g_print ("%s\n", _("This command is not available yet."));
}

static int
usage_error (const char *message)
{
  g_printerr ("phoenix-cli: %s\n", message);
  g_printerr ("%s\n", _("Try “phoenix-cli --help” for more information."));

  return PHOENIX_CLI_EXIT_USAGE;
}

static int
help_command (int    argc,
              char **argv)
{
  const PhoenixCliCommand *command;

  if (argc <= 1)
    {
      print_usage ();
      return PHOENIX_CLI_EXIT_OK;
    }

  if (argc > 2)
    return usage_error (_("Too many arguments to “help”."));

  command = find_command (argv[1]);
  if (command == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."), argv[1]);

      return usage_error (message);
    }

  print_command_usage (command);

  return PHOENIX_CLI_EXIT_OK;
}

static int
version_command (int    argc,
                 char **argv)
{
  if (argc > 1)
    return usage_error (_("“version” takes no arguments."));

  g_print ("phoenix-cli %s\n", PACKAGE_VERSION);

  return PHOENIX_CLI_EXIT_OK;
}

static int
run_command (int    argc,
             char **argv)
{
  const PhoenixCliCommand *command = find_command (argv[0]);

  if (command == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."), argv[0]);

      return usage_error (message);
    }

  if (command->handler == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("The command “%s” is not available yet in this version."), argv[0]);

      return usage_error (message);
    }

  return command->handler (argc, argv);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_set_prgname ("phoenix-cli");

  /* Global options come before the command; everything from the command on
   * belongs to the command. */
  for (int i = 1; i < argc; i++)
    {
      const char *arg = argv[i];

      if (g_strcmp0 (arg, "-h") == 0 || g_strcmp0 (arg, "--help") == 0)
        {
          print_usage ();
          return PHOENIX_CLI_EXIT_OK;
        }
      else if (g_strcmp0 (arg, "-V") == 0 || g_strcmp0 (arg, "--version") == 0)
        {
          return version_command (1, argv);
        }
      else if (g_strcmp0 (arg, "--") == 0)
        {
          if (i + 1 >= argc)
            break;
          return run_command (argc - i - 1, argv + i + 1);
        }
      else if (arg[0] == '-' && arg[1] != '\0')
        {
          g_autofree char *message = g_strdup_printf (_("Unknown option “%s”."), arg);

          return usage_error (message);
        }
      else
        {
          return run_command (argc - i, argv + i);
        }
    }

  return usage_error (_("No command given."));
}
