/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cli"

#include "config.h"

#include "phoenix-cli-sandbox.h"

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Runs the main context until @result is set. */
static void
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
}

PhoenixCvParse *
phoenix_cli_read_pdf (const char  *path,
                      const char  *password,
                      GError     **error)
{
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GAsyncResult) result = NULL;

  phoenix_pdf_import_run_async (import, file, password, NULL, done_cb, &result);
  wait_for (&result);
  return phoenix_pdf_import_run_finish (import, result, error);
}

JsonNode *
phoenix_cli_read_pdf_lines (const char  *path,
                            const char  *password,
                            GError     **error)
{
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GAsyncResult) result = NULL;

  phoenix_pdf_import_read_lines_async (import, file, password, NULL, done_cb, &result);
  wait_for (&result);
  return phoenix_pdf_import_read_lines_finish (import, result, error);
}

PhoenixJobOffer *
phoenix_cli_read_offer (PhoenixSkillExtractor  *extractor,
                        GFile                  *file,
                        GError                **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  phoenix_job_offer_new_from_file_async (extractor, file, NULL, NULL, NULL, done_cb, &result);
  wait_for (&result);
  return phoenix_job_offer_new_from_file_finish (result, error);
}
