/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-letter-export"

#include "config.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "phoenix-cv-page-layout-private.h"
#include "phoenix-docx-writer.h"
#include "phoenix-letter-export.h"
#include "phoenix-letter-markup.h"

#define FONT_FAMILY "Lato"
/* A letter reads best a little larger than a CV's body text. */
#define LETTER_SIZE_BONUS 1.0
#define PARAGRAPH_GAP 9.0
#define BLOCK_GAP 18.0

typedef struct
{
  cairo_t          *cr;
  PangoContext     *context;
  const CvTemplate *tmpl;
  double            width;
  double            height;
  double            y;
  gboolean          french;
} Page;

static void
set_rgb (cairo_t *cr,
         guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
}

static PangoLayout *
new_layout (Page       *page,
            const char *markup,
            double      size,
            gboolean    bold,
            PangoAlignment align)
{
  PangoLayout *layout = pango_layout_new (page->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();

  pango_font_description_set_family (font, FONT_FAMILY);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  pango_font_description_set_weight (font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_width (layout, (int) ((page->width - 2 * page->tmpl->margin_x) * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, align);
  pango_layout_set_markup (layout, markup, -1);
  return layout;
}

/* Draws @markup at the current height, breaking to a new page when it does not fit. */
static void
draw_block (Page        *page,
            const char  *markup,
            double       size,
            gboolean     bold,
            guint32      color,
            PangoAlignment align,
            double       gap_after)
{
  g_autoptr(PangoLayout) layout = NULL;
  int height;

  if (markup == NULL || markup[0] == '\0')
    return;
  layout = new_layout (page, markup, size, bold, align);
  pango_layout_get_size (layout, NULL, &height);
  if (page->y + height / (double) PANGO_SCALE > page->height - page->tmpl->margin_bottom &&
      page->y > page->tmpl->margin_top)
    {
      cairo_show_page (page->cr);
      page->y = page->tmpl->margin_top;
    }
  set_rgb (page->cr, color);
  cairo_move_to (page->cr, page->tmpl->margin_x, page->y);
  pango_cairo_show_layout (page->cr, layout);
  page->y += height / (double) PANGO_SCALE + gap_after;
}

static char *
escape_lines (const char *text)
{
  return g_markup_escape_text (text, -1);
}

static void
draw_letter (Page          *page,
             PhoenixLetter *letter)
{
  const CvTemplate *tmpl = page->tmpl;
  double body = tmpl->body_size + LETTER_SIZE_BONUS;
  const char *sender = phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_SENDER);
  g_auto(GStrv) sender_lines = g_strsplit (sender, "\n", 2);
  g_autofree char *name = escape_lines (sender_lines[0] != NULL ? sender_lines[0] : "");
  g_autofree char *contact = escape_lines (sender_lines[0] != NULL && sender_lines[1] != NULL ? sender_lines[1] : "");
  g_autofree char *recipient = escape_lines (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_RECIPIENT));
  g_autofree char *place_date = escape_lines (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_PLACE_DATE));
  g_autofree char *subject = escape_lines (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_SUBJECT));
  g_autofree char *salutation = escape_lines (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_SALUTATION));
  g_autofree char *closing = escape_lines (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_CLOSING));
  g_autofree char *signature = escape_lines (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_SIGNATURE));
  g_auto(GStrv) paragraphs = g_strsplit (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_BODY), "\n", -1);
  PangoAlignment side = page->french ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT;

  /* The sender as the CV's header: the template's band, the name in its accent. */
  if (tmpl->band != 0)
    {
      g_autoptr(PangoLayout) probe = new_layout (page, name, tmpl->name_size * 0.8, TRUE, PANGO_ALIGN_LEFT);
      int h;

      pango_layout_get_size (probe, NULL, &h);
      page->y = MAX (page->y, 18) + 10;
      set_rgb (page->cr, tmpl->band);
      cairo_rectangle (page->cr, 0, 0, page->width, page->y + h / (double) PANGO_SCALE + 14);
      cairo_fill (page->cr);
      draw_block (page, name, tmpl->name_size * 0.8, TRUE, 0xffffff, PANGO_ALIGN_LEFT, 24);
    }
  else
    {
      draw_block (page, name, tmpl->name_size * 0.8, TRUE, tmpl->accent,
                  tmpl->header_centered ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT, 4);
    }
  draw_block (page, contact, tmpl->small_size, FALSE, tmpl->muted,
              tmpl->header_centered && tmpl->band == 0 ? PANGO_ALIGN_CENTER : PANGO_ALIGN_LEFT, 6);
  if (tmpl->heading_rule)
    {
      set_rgb (page->cr, tmpl->accent);
      cairo_set_line_width (page->cr, 0.8);
      cairo_move_to (page->cr, tmpl->margin_x, page->y);
      cairo_line_to (page->cr, page->width - tmpl->margin_x, page->y);
      cairo_stroke (page->cr);
    }
  page->y += BLOCK_GAP;

  /* French: recipient then « lieu, le date » on the right; English: the date, then the recipient. */
  if (page->french)
    {
      draw_block (page, recipient, body, FALSE, tmpl->text, side, BLOCK_GAP);
      draw_block (page, place_date, body, FALSE, tmpl->text, side, BLOCK_GAP);
    }
  else
    {
      draw_block (page, place_date, body, FALSE, tmpl->text, side, BLOCK_GAP);
      draw_block (page, recipient, body, FALSE, tmpl->text, side, BLOCK_GAP);
    }
  draw_block (page, subject, body, TRUE, tmpl->accent, PANGO_ALIGN_LEFT, BLOCK_GAP);
  draw_block (page, salutation, body, FALSE, tmpl->text, PANGO_ALIGN_LEFT, PARAGRAPH_GAP);
  /* The body's markup (<b>, <i>, escaped text) is Pango markup as it is. */
  for (guint i = 0; paragraphs[i] != NULL; i++)
    draw_block (page, paragraphs[i], body, FALSE, tmpl->text, PANGO_ALIGN_LEFT, PARAGRAPH_GAP);
  page->y += PARAGRAPH_GAP;
  draw_block (page, closing, body, FALSE, tmpl->text, PANGO_ALIGN_LEFT, BLOCK_GAP);
  draw_block (page, signature, body, TRUE, tmpl->text, side, 0);
}

static gboolean
finish_file (const char  *tmp_path,
             const char  *path,
             const char  *reason,
             GError     **error)
{
  if (reason == NULL && g_rename (tmp_path, path) == 0)
    return TRUE;
  {
    int saved = errno;
    g_autofree char *display = g_filename_display_name (path);

    g_unlink (tmp_path);
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write the PDF “%s”: %s"), display,
                 reason != NULL ? reason : g_strerror (saved));
  }
  return FALSE;
}

gboolean
phoenix_letter_export_pdf (PhoenixLetter  *letter,
                           const char     *template_id,
                           const char     *paper,
                           const char     *path,
                           GError        **error)
{
  g_autofree char *tmp_path = NULL;
  PangoFontMap *font_map;
  PangoContext *context;
  cairo_surface_t *surface;
  cairo_status_t status;
  Page page = { 0 };

  g_return_val_if_fail (PHOENIX_IS_LETTER (letter), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  font_map = _phoenix_cv_font_map_new ();
  context = _phoenix_cv_context_new (font_map);
  page.tmpl = _phoenix_cv_template_lookup (template_id != NULL ? template_id : "classic");
  page.french = g_strcmp0 (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_LANGUAGE), "en") != 0;
  page.context = context;
  _phoenix_cv_paper_size (paper != NULL ? paper : "a4", &page.width, &page.height);
  page.y = page.tmpl->margin_top;
  pango_context_set_language (context, pango_language_from_string (page.french ? "fr" : "en"));

  tmp_path = g_strdup_printf ("%s.part", path);
  surface = cairo_pdf_surface_create (tmp_path, page.width, page.height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_SUBJECT));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Phoenix " PACKAGE_VERSION);
  page.cr = cairo_create (surface);
  draw_letter (&page, letter);
  cairo_show_page (page.cr);
  cairo_destroy (page.cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  g_object_unref (context);
  g_object_unref (font_map);

  return finish_file (tmp_path, path, status != CAIRO_STATUS_SUCCESS ? cairo_status_to_string (status) : NULL, error);
}

static void
add_lines (PhoenixDocxWriter *writer,
           const char        *text,
           PhoenixDocxAlign   align,
           gboolean           bold,
           double             size,
           guint32            color,
           double             space_after)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  if (text[0] == '\0')
    return;
  phoenix_docx_writer_begin_paragraph (writer, align, space_after);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (i > 0)
        phoenix_docx_writer_add_break (writer);
      phoenix_docx_writer_add_run (writer, lines[i], bold, FALSE, size, color);
    }
}

gboolean
phoenix_letter_export_docx (PhoenixLetter  *letter,
                            const char     *template_id,
                            const char     *paper,
                            const char     *path,
                            GError        **error)
{
  const CvTemplate *tmpl = _phoenix_cv_template_lookup (template_id != NULL ? template_id : "classic");
  gboolean french = g_strcmp0 (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_LANGUAGE), "en") != 0;
  PhoenixDocxAlign side = french ? PHOENIX_DOCX_ALIGN_RIGHT : PHOENIX_DOCX_ALIGN_LEFT;
  double body = tmpl->body_size + LETTER_SIZE_BONUS;
  g_autoptr(PhoenixDocxWriter) writer = phoenix_docx_writer_new (french ? "fr-FR" : "en-GB", FONT_FAMILY, body);
  const char *sender = phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_SENDER);
  const char *newline = strchr (sender, '\n');
  g_autofree char *name = newline != NULL ? g_strndup (sender, newline - sender) : g_strdup (sender);
  g_autoptr(GPtrArray) paragraphs = NULL;
  double width, height;

  g_return_val_if_fail (PHOENIX_IS_LETTER (letter), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  _phoenix_cv_paper_size (paper != NULL ? paper : "a4", &width, &height);
  phoenix_docx_writer_set_page (writer, width, height, tmpl->margin_x);

  add_lines (writer, name, PHOENIX_DOCX_ALIGN_LEFT, TRUE, tmpl->name_size * 0.8, tmpl->accent, 2);
  add_lines (writer, newline != NULL ? newline + 1 : "", PHOENIX_DOCX_ALIGN_LEFT, FALSE, tmpl->small_size, tmpl->muted, BLOCK_GAP);
  if (french)
    {
      add_lines (writer, phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_RECIPIENT), side, FALSE, 0, 0, BLOCK_GAP);
      add_lines (writer, phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_PLACE_DATE), side, FALSE, 0, 0, BLOCK_GAP);
    }
  else
    {
      add_lines (writer, phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_PLACE_DATE), side, FALSE, 0, 0, BLOCK_GAP);
      add_lines (writer, phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_RECIPIENT), side, FALSE, 0, 0, BLOCK_GAP);
    }
  add_lines (writer, phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_SUBJECT), PHOENIX_DOCX_ALIGN_LEFT, TRUE, 0, tmpl->accent, BLOCK_GAP);
  add_lines (writer, phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_SALUTATION), PHOENIX_DOCX_ALIGN_LEFT, FALSE, 0, 0, PARAGRAPH_GAP);

  paragraphs = phoenix_letter_markup_parse (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_BODY));
  for (guint i = 0; i < paragraphs->len; i++)
    {
      GPtrArray *runs = paragraphs->pdata[i];

      phoenix_docx_writer_begin_paragraph (writer, PHOENIX_DOCX_ALIGN_JUSTIFY, PARAGRAPH_GAP);
      for (guint r = 0; r < runs->len; r++)
        {
          PhoenixLetterRun *run = runs->pdata[r];

          phoenix_docx_writer_add_run (writer, run->text, run->bold, run->italic, 0, 0);
        }
    }
  add_lines (writer, phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_CLOSING), PHOENIX_DOCX_ALIGN_LEFT, FALSE, 0, 0, BLOCK_GAP);
  add_lines (writer, phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_SIGNATURE), side, TRUE, 0, 0, 0);

  return phoenix_docx_writer_save (writer, path, error);
}

typedef struct
{
  PhoenixLetter       *letter;
  PhoenixLetterFormat  format;
  char                *template_id;
  char                *paper;
  char                *path;
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  g_clear_object (&export->letter);
  g_free (export->template_id);
  g_free (export->paper);
  g_free (export->path);
  g_free (export);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *export = task_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (g_task_return_error_if_cancelled (task))
    return;
  switch (export->format)
    {
    case PHOENIX_LETTER_FORMAT_PDF:
      ok = phoenix_letter_export_pdf (export->letter, export->template_id, export->paper, export->path, &error);
      break;
    case PHOENIX_LETTER_FORMAT_DOCX:
      ok = phoenix_letter_export_docx (export->letter, export->template_id, export->paper, export->path, &error);
      break;
    case PHOENIX_LETTER_FORMAT_TEXT:
    default:
      {
        g_autofree char *text = phoenix_letter_to_text (export->letter);

        ok = g_file_set_contents_full (export->path, text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error);
      }
      break;
    }
  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

void
phoenix_letter_export_async (PhoenixLetter        *letter,
                             PhoenixLetterFormat   format,
                             const char           *template_id,
                             const char           *paper,
                             const char           *path,
                             GCancellable         *cancellable,
                             GAsyncReadyCallback   callback,
                             gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *export;

  g_return_if_fail (PHOENIX_IS_LETTER (letter));
  g_return_if_fail (path != NULL);

  export = g_new0 (ExportData, 1);
  export->letter = phoenix_letter_copy (letter);
  export->format = format;
  export->template_id = g_strdup (template_id);
  export->paper = g_strdup (paper);
  export->path = g_strdup (path);
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, phoenix_letter_export_async);
  g_task_set_task_data (task, export, export_data_free);
  g_task_run_in_thread (task, export_thread);
}

gboolean
phoenix_letter_export_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
