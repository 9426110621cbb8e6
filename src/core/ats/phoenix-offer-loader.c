/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-offer-loader"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-job-offer.h"
#include "phoenix-json-limits.h"
#include "phoenix-secret.h"

/*
 * Where job offers come from: a text or HTML file, a PDF through the sandboxed
 * import helper, a paste; each checked for its size and encoding before it is
 * read (phoenix_job_offer_new_from_text()).
 */

G_DEFINE_QUARK (phoenix-job-offer-error-quark, phoenix_job_offer_error)

/* ---- HTML to text, in one pass --------------------------------------------
 *
 * A bounded scanner, not a regular expression: each byte is looked at a fixed
 * number of times, so 20,000 unclosed <script> tags or 8 MB of "<" cost
 * milliseconds (a backtracking regex took a minute, on the main thread).
 * Script, style and head elements go with their content; list items start a
 * "- " line; block elements (p, div, br, h1–h6, tr, ul, ol, section, article)
 * a line; other tags vanish; a few entities are decoded; runs of spaces become
 * one and runs of blank lines one blank line.
 */

static gboolean
is_word_char (char c)
{
  return g_ascii_isalnum (c) || c == '_';
}

/* Whether @name starts @p (case aside) and ends there as a word. */
static gboolean
has_word (const char *p,
          const char *end,
          const char *name)
{
  gsize n = strlen (name);

  return (gsize) (end - p) >= n && g_ascii_strncasecmp (p, name, n) == 0
         && (p + n == end || !is_word_char (p[n]));
}

/* Case-insensitive search of @needle in [p, end). */
static const char *
find_caseless (const char *p,
               const char *end,
               const char *needle)
{
  gsize n = strlen (needle);

  for (; (gsize) (end - p) >= n; p++)
    {
      p = memchr (p, needle[0], (gsize) (end - p) - n + 1);
      if (p == NULL)
        return NULL;
      if (g_ascii_strncasecmp (p, needle, n) == 0)
        return p;
    }
  return NULL;
}

/* The end of "</name\s*>" after @p, or NULL. */
static const char *
find_closing (const char *p,
              const char *end,
              const char *name)
{
  g_autofree char *needle = g_strconcat ("</", name, NULL);

  while ((p = find_caseless (p, end, needle)) != NULL)
    {
      const char *q = p + strlen (needle);

      while (q < end && g_ascii_isspace (*q))
        q++;
      if (q < end && *q == '>')
        return q + 1;
      p++;
    }
  return NULL;
}

static gboolean
is_block (const char *p,
          const char *end)
{
  static const char * const blocks[] = { "p", "div", "li", "tr", "ul", "ol", "section", "article",
                                         "h1", "h2", "h3", "h4", "h5", "h6" };

  for (gsize i = 0; i < G_N_ELEMENTS (blocks); i++)
    if (has_word (p, end, blocks[i]))
      return TRUE;
  return FALSE;
}

/* Tags out, text in, in one pass. */
static void
strip_tags (const char *html,
            gsize       length,
            GString    *out)
{
  static const char * const dropped[] = { "script", "style", "head" };
  gboolean unclosed[G_N_ELEMENTS (dropped)] = { FALSE, };
  const char *p = html, *end = html + length;

  while (p < end)
    {
      const char *open = memchr (p, '<', (gsize) (end - p));
      const char *close, *name;
      gboolean dropped_element = FALSE;

      if (open == NULL)
        {
          g_string_append_len (out, p, end - p);
          break;
        }
      g_string_append_len (out, p, open - p);
      close = memchr (open, '>', (gsize) (end - open));
      if (close == NULL)
        {
          /* No tag can end past here: the rest is text. */
          g_string_append_len (out, open, end - open);
          break;
        }

      /* A script, style or head element goes whole, when it is closed. Once one has no
       * closing tag, none after it has either: never searched again. */
      for (gsize i = 0; i < G_N_ELEMENTS (dropped) && !dropped_element; i++)
        {
          const char *after;

          if (unclosed[i] || !has_word (open + 1, close, dropped[i]))
            continue;
          after = find_closing (close + 1, end, dropped[i]);
          if (after == NULL)
            unclosed[i] = TRUE;
          else
            {
              p = after;
              dropped_element = TRUE;
            }
        }
      if (dropped_element)
        continue;

      name = open + 1;
      while (name < close && g_ascii_isspace (*name))
        name++;
      if (has_word (name, close, "li"))
        g_string_append (out, "\n- ");
      else if (has_word (name, close, "br") || is_block (name + (*name == '/'), close))
        g_string_append_c (out, '\n');
      p = close + 1;
    }
}

static void
decode_entities (GString *text)
{
  static const struct { const char *entity; const char *text; } entities[] = {
    { "&nbsp;", " " }, { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" },
    { "&#39;", "'" }, { "&apos;", "'" }, { "&rsquo;", "’" }, { "&eacute;", "é" }, { "&egrave;", "è" },
    { "&agrave;", "à" }, { "&ccedil;", "ç" }, { "&ecirc;", "ê" }, { "&ocirc;", "ô" }, { "&euro;", "€" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (entities); i++)
    g_string_replace (text, entities[i].entity, entities[i].text, 0);
}

static gboolean
is_space (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Spaces, tabs and carriage returns collapse to one space; in a run of white space holding
 * three line breaks or more, the part from its first to its last break becomes one blank line. */
static char *
normalize_space (const char *text)
{
  g_autoptr(GString) spaced = g_string_sized_new (strlen (text));
  GString *out;
  const char *p;

  for (p = text; *p != '\0'; p++)
    {
      if (*p == ' ' || *p == '\t' || *p == '\r')
        {
          while (p[1] == ' ' || p[1] == '\t' || p[1] == '\r')
            p++;
          g_string_append_c (spaced, ' ');
        }
      else
        g_string_append_c (spaced, *p);
    }

  out = g_string_sized_new (spaced->len);
  for (gsize i = 0; i < spaced->len; )
    {
      gsize run_end = i, first = G_MAXSIZE, last = 0;
      guint breaks = 0;

      if (!is_space (spaced->str[i]))
        {
          g_string_append_c (out, spaced->str[i++]);
          continue;
        }
      while (run_end < spaced->len && is_space (spaced->str[run_end]))
        {
          if (spaced->str[run_end] == '\n')
            {
              breaks++;
              first = MIN (first, run_end);
              last = run_end;
            }
          run_end++;
        }
      if (breaks >= 3)
        {
          g_string_append_len (out, spaced->str + i, first - i);
          g_string_append (out, "\n\n");
          g_string_append_len (out, spaced->str + last + 1, run_end - last - 1);
        }
      else
        g_string_append_len (out, spaced->str + i, run_end - i);
      i = run_end;
    }
  return g_string_free (out, FALSE);
}

char *
phoenix_job_offer_html_to_text (const char *html)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *normalized = NULL;

  g_return_val_if_fail (html != NULL, NULL);

  strip_tags (html, strlen (html), text);
  decode_entities (text);
  normalized = normalize_space (text->str);
  return g_strdup (g_strstrip (normalized));
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

/* The file's bytes, at most PHOENIX_JOB_OFFER_MAX_FILE_SIZE of them. */
static char *
read_offer_file (GFile   *file,
                 gsize   *length,
                 GError **error)
{
  g_autofree char *path = g_file_get_path (file);
  char *contents = NULL;
  gboolean too_large = FALSE;

  if (path == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("“%s” is not a local file."), name);
      return NULL;
    }
  if (!phoenix_file_read_bounded (path, PHOENIX_JOB_OFFER_MAX_FILE_SIZE, &contents, length, &too_large, error))
    return NULL;
  if (too_large)
    {
      g_set_error (error, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_TOO_LONG,
                   _("This file is too large to be a job offer (more than %d MB)."),
                   PHOENIX_JOB_OFFER_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  return contents;
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

  contents = read_offer_file (file, &length, error);
  if (contents == NULL)
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

/*
 * The async loader keeps the main thread free: the file is read (never more
 * than PHOENIX_JOB_OFFER_MAX_FILE_SIZE of it), turned into text and read as
 * an offer in a worker thread, with an extractor of its own on the same
 * taxonomy (an extractor is not thread-safe). A PDF goes to the sandboxed
 * helper from the caller's thread, and its text is read in a worker thread.
 */
typedef struct
{
  PhoenixSkillExtractor *extractor;
  PhoenixPdfImport      *importer;
  GFile                 *file;
  char                  *password;
  PhoenixCvParse        *parse;     /* a PDF's, once the helper has read it */
  gboolean               is_pdf;    /* found by the worker: the helper reads it */
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_clear_object (&data->extractor);
  g_clear_object (&data->importer);
  g_clear_object (&data->file);
  g_clear_object (&data->parse);
  phoenix_secret_free (data->password);
  g_free (data);
}

static void
read_offer_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  OpenData *data = task_data;
  g_autoptr(PhoenixSkillExtractor) extractor = NULL;
  g_autofree char *contents = NULL;
  PhoenixJobOffer *offer;
  GError *error = NULL;
  gsize length = 0;

  extractor = phoenix_skill_extractor_new (phoenix_skill_extractor_get_taxonomy (data->extractor));
  if (data->parse != NULL)
    offer = phoenix_job_offer_new_from_pdf_parse (extractor, data->parse, &error);
  else
    {
      contents = read_offer_file (data->file, &length, &error);
      if (contents == NULL)
        {
          g_task_return_error (task, error);
          return;
        }
      if (is_pdf (contents, length))
        {
          data->is_pdf = TRUE;
          g_task_return_pointer (task, NULL, NULL);
          return;
        }
      offer = offer_from_contents (extractor, data->file, contents, length, &error);
    }
  if (offer == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, offer, g_object_unref);
}

static void offer_read_cb (GObject      *object,
                           GAsyncResult *result,
                           gpointer      user_data);

/* Reads the offer (or the PDF's text, once parsed) in a worker thread. */
static void
read_in_thread (GTask *task)
{
  GTask *reading = g_task_new (NULL, g_task_get_cancellable (task), offer_read_cb, task);

  g_task_set_source_tag (reading, read_offer_thread);
  g_task_set_task_data (reading, g_task_get_task_data (task), NULL);
  g_task_run_in_thread (reading, read_offer_thread);
  g_object_unref (reading);
}

static void
pdf_imported_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GTask *task = user_data;
  OpenData *data = g_task_get_task_data (task);
  GError *error = NULL;

  data->parse = phoenix_pdf_import_run_finish (PHOENIX_PDF_IMPORT (object), result, &error);
  if (data->parse == NULL)
    {
      g_task_return_error (task, error);
      g_object_unref (task);
      return;
    }
  read_in_thread (task);
}

static void
offer_read_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  GTask *task = user_data;
  OpenData *data = g_task_get_task_data (task);
  PhoenixJobOffer *offer;
  GError *error = NULL;

  offer = g_task_propagate_pointer (G_TASK (result), &error);
  if (error != NULL)
    g_task_return_error (task, error);
  else if (offer != NULL)
    g_task_return_pointer (task, offer, g_object_unref);
  else if (data->is_pdf && data->parse == NULL)
    {
      /* The sandboxed helper reads it; the caller's thread runs it. */
      if (data->importer == NULL)
        data->importer = phoenix_pdf_import_new ();
      phoenix_pdf_import_run_async (data->importer, data->file, data->password,
                                    g_task_get_cancellable (task), pdf_imported_cb, task);
      return;
    }
  else
    g_task_return_new_error (task, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_EMPTY,
                             _("This job offer is empty."));
  g_object_unref (task);
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

  read_in_thread (task);
}

PhoenixJobOffer *
phoenix_job_offer_new_from_file_finish (GAsyncResult  *result,
                                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == phoenix_job_offer_new_from_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
