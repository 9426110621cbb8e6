/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-offer-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-job-offer.h"
#include "phoenix-secret.h"

/*
 * Where job offers come from: a text or HTML file, a PDF through the sandboxed
 * import helper, a paste; each checked for its size and encoding before it is
 * read (phoenix_job_offer_new_from_text()).
 */

G_DEFINE_QUARK (phoenix-job-offer-error-quark, phoenix_job_offer_error)

char *
phoenix_job_offer_html_to_text (const char *html)
{
  g_autoptr(GRegex) scripts = g_regex_new ("<(script|style|head)\\b.*?</\\1\\s*>", G_REGEX_CASELESS | G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GRegex) blocks = g_regex_new ("<\\s*(br|/?p|/?div|/?li|/?h[1-6]|/?tr|/?ul|/?ol|/?section|/?article)\\b[^>]*>",
                                          G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) bullets = g_regex_new ("<\\s*li\\b[^>]*>", G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) tags = g_regex_new ("<[^>]*>", G_REGEX_DOTALL, 0, NULL);
  g_autoptr(GRegex) spaces = g_regex_new ("[ \\t\\r]+", 0, 0, NULL);
  g_autoptr(GRegex) blank = g_regex_new ("\\n\\s*\\n\\s*\\n+", 0, 0, NULL);
  static const struct { const char *entity; const char *text; } entities[] = {
    { "&nbsp;", " " }, { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
    { "&#39;", "'" }, { "&apos;", "'" }, { "&rsquo;", "’" }, { "&eacute;", "é" }, { "&egrave;", "è" },
    { "&agrave;", "à" }, { "&ccedil;", "ç" }, { "&ecirc;", "ê" }, { "&ocirc;", "ô" }, { "&euro;", "€" },
  };
  g_autofree char *a = g_regex_replace_literal (scripts, html, -1, 0, "", 0, NULL);
  g_autofree char *b = g_regex_replace_literal (bullets, a, -1, 0, "\n- ", 0, NULL);
  g_autofree char *c = g_regex_replace_literal (blocks, b, -1, 0, "\n", 0, NULL);
  g_autofree char *d = g_regex_replace_literal (tags, c, -1, 0, "", 0, NULL);
  g_autoptr(GString) text = g_string_new (d);
  g_autofree char *e = NULL;
  g_autofree char *f = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (entities); i++)
    g_string_replace (text, entities[i].entity, entities[i].text, 0);
  e = g_regex_replace_literal (spaces, text->str, -1, 0, " ", 0, NULL);
  f = g_regex_replace_literal (blank, e, -1, 0, "\n\n", 0, NULL);

  return g_strdup (g_strstrip (f));
}

static gboolean
is_pdf (const char *contents,
        gsize       length)
{
  return length >= 5 && memcmp (contents, "%PDF-", 5) == 0;
}

gboolean
phoenix_job_offer_check_length (const char  *text,
                                GError     **error)
{
  g_return_val_if_fail (text != NULL, FALSE);

  if (strlen (text) > PHOENIX_JOB_OFFER_MAX_TEXT)
    {
      g_set_error (error, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_TOO_LONG,
                   _("This text is too long for a job offer: Phoenix reads offers of up to %d KB of text "
                     "(about 80 pages)."),
                   PHOENIX_JOB_OFFER_MAX_TEXT / 1024);
      return FALSE;
    }

  return TRUE;
}

/* The offer in a text or HTML file's contents. */
static PhoenixJobOffer *
offer_from_contents (PhoenixSkillExtractor  *extractor,
                     GFile                  *file,
                     const char             *contents,
                     gsize                   length,
                     GError                **error)
{
  g_autofree char *basename = NULL;
  g_autofree char *text = NULL;

  if (is_pdf (contents, length))
    {
      g_set_error (error, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_UNSUPPORTED,
                   _("This job offer is a PDF: import it with the PDF importer first."));
      return NULL;
    }
  if (length > PHOENIX_JOB_OFFER_MAX_FILE_SIZE)
    {
      g_set_error (error, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_TOO_LONG,
                   _("This file is too large to be a job offer (more than %d MB)."),
                   PHOENIX_JOB_OFFER_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (!g_utf8_validate (contents, (gssize) length, NULL))
    {
      g_set_error (error, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_UNSUPPORTED,
                   _("This job offer is not UTF-8 text."));
      return NULL;
    }

  basename = g_file_get_basename (file);
  if (g_str_has_suffix (basename, ".html") || g_str_has_suffix (basename, ".htm") ||
      g_regex_match_simple ("^\\s*<(!doctype|html)", contents, G_REGEX_CASELESS, 0))
    text = phoenix_job_offer_html_to_text (contents);
  else
    text = g_strndup (contents, length);

  if (*g_strstrip (text) == '\0')
    {
      g_set_error (error, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_EMPTY,
                   _("This job offer is empty."));
      return NULL;
    }
  if (!phoenix_job_offer_check_length (text, error))
    return NULL;

  return phoenix_job_offer_new_from_text (extractor, text);
}

PhoenixJobOffer *
phoenix_job_offer_new_from_file (PhoenixSkillExtractor  *extractor,
                                 GFile                  *file,
                                 GError                **error)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EXTRACTOR (extractor), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (!g_file_load_contents (file, NULL, &contents, &length, NULL, error))
    return NULL;
  return offer_from_contents (extractor, file, contents, length, error);
}

PhoenixJobOffer *
phoenix_job_offer_new_from_pdf_parse (PhoenixSkillExtractor  *extractor,
                                      PhoenixCvParse         *parse,
                                      GError                **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (PHOENIX_IS_SKILL_EXTRACTOR (extractor), NULL);
  g_return_val_if_fail (PHOENIX_IS_CV_PARSE (parse), NULL);

  text = g_strdup (phoenix_cv_parse_get_text (parse));
  if (*g_strstrip (text) == '\0')
    {
      g_autofree char *message = phoenix_pdf_import_error_message (PHOENIX_PDF_IMPORT_ERROR_NO_TEXT);

      g_set_error_literal (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_NO_TEXT, message);
      return NULL;
    }
  if (!phoenix_job_offer_check_length (text, error))
    return NULL;
  return phoenix_job_offer_new_from_text (extractor, text);
}

typedef struct
{
  PhoenixSkillExtractor *extractor;
  PhoenixPdfImport      *importer;
  GFile                 *file;
  char                  *password;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_clear_object (&data->extractor);
  g_clear_object (&data->importer);
  g_clear_object (&data->file);
  phoenix_secret_free (data->password);
  g_free (data);
}

static void
pdf_imported_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OpenData *data = g_task_get_task_data (task);
  g_autoptr(PhoenixCvParse) parse = NULL;
  PhoenixJobOffer *offer;
  GError *error = NULL;

  parse = phoenix_pdf_import_run_finish (PHOENIX_PDF_IMPORT (object), result, &error);
  if (parse == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  offer = phoenix_job_offer_new_from_pdf_parse (data->extractor, parse, &error);
  if (offer == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, offer, g_object_unref);
}

static void
contents_loaded_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  OpenData *data = g_task_get_task_data (task);
  g_autofree char *contents = NULL;
  PhoenixJobOffer *offer;
  GError *error = NULL;
  gsize length;

  if (!g_file_load_contents_finish (G_FILE (object), result, &contents, &length, NULL, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  if (is_pdf (contents, length))
    {
      GTask *pending = g_steal_pointer (&task);

      if (data->importer == NULL)
        data->importer = phoenix_pdf_import_new ();
      phoenix_pdf_import_run_async (data->importer, data->file, data->password,
                                    g_task_get_cancellable (pending), pdf_imported_cb, pending);
      return;
    }
  offer = offer_from_contents (data->extractor, data->file, contents, length, &error);
  if (offer == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, offer, g_object_unref);
}

void
phoenix_job_offer_new_from_file_async (PhoenixSkillExtractor *extractor,
                                       GFile                 *file,
                                       PhoenixPdfImport      *importer,
                                       const char            *password,
                                       GCancellable          *cancellable,
                                       GAsyncReadyCallback    callback,
                                       gpointer               user_data)
{
  GTask *task;
  OpenData *data;

  g_return_if_fail (PHOENIX_IS_SKILL_EXTRACTOR (extractor));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (importer == NULL || PHOENIX_IS_PDF_IMPORT (importer));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, phoenix_job_offer_new_from_file_async);
  data = g_new0 (OpenData, 1);
  data->extractor = g_object_ref (extractor);
  data->importer = importer != NULL ? g_object_ref (importer) : NULL;
  data->file = g_object_ref (file);
  data->password = g_strdup (password);
  g_task_set_task_data (task, data, (GDestroyNotify) open_data_free);

  g_file_load_contents_async (file, cancellable, contents_loaded_cb, task);
}

PhoenixJobOffer *
phoenix_job_offer_new_from_file_finish (GAsyncResult  *result,
                                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == phoenix_job_offer_new_from_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
