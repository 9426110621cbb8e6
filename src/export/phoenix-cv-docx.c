/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-docx"

#include "config.h"

#include "phoenix-cv-docx.h"
#include "phoenix-docx-writer.h"

/* The family a Word user has (or that LibreOffice replaces by a metric twin) for each of ours:
 * Carlito has Calibri's widths; Lato reads like it; Linux Libertine is a book face like Cambria. */
static const char *
word_font (const char *family)
{
  if (g_strcmp0 (family, "Linux Libertine O") == 0)
    return "Cambria";
  return "Calibri";
}

static void
add_text (PhoenixDocxWriter *writer,
          const char        *text,
          gboolean           bold,
          gboolean           italic,
          double             size,
          guint32            color,
          double             space_after)
{
  g_auto(GStrv) paragraphs = NULL;

  if (text == NULL || text[0] == '\0')
    return;
  paragraphs = g_strsplit (text, "\n", -1);
  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_strstrip (paragraphs[i]);
      if (paragraphs[i][0] == '\0')
        continue;
      phoenix_docx_writer_begin_paragraph (writer, PHOENIX_DOCX_ALIGN_LEFT, space_after);
      phoenix_docx_writer_add_run (writer, paragraphs[i], bold, italic, size, color);
    }
}

static void
add_entry (PhoenixDocxWriter *writer,
           const CvTemplate  *tmpl,
           CvDocEntry        *entry,
           gboolean           is_list)
{
  g_autoptr(GString) meta = g_string_new (NULL);

  if (is_list)
    {
      /* "Name: details" on one line, as the PDF has it. */
      phoenix_docx_writer_begin_paragraph (writer, PHOENIX_DOCX_ALIGN_LEFT, 2);
      phoenix_docx_writer_add_run (writer, entry->title, entry->text[0] != '\0', FALSE, 0, 0);
      if (entry->text[0] != '\0')
        {
          phoenix_docx_writer_add_run (writer, ": ", FALSE, FALSE, 0, 0);
          phoenix_docx_writer_add_run (writer, entry->text, FALSE, FALSE, 0, 0);
        }
      return;
    }

  if (entry->title[0] != '\0' || entry->org[0] != '\0')
    {
      phoenix_docx_writer_begin_heading (writer, 2, tmpl->entry_gap, 1);
      if (entry->title[0] != '\0')
        phoenix_docx_writer_add_run (writer, entry->title, TRUE, FALSE, tmpl->body_size + 0.5, tmpl->text);
      if (entry->title[0] != '\0' && entry->org[0] != '\0')
        phoenix_docx_writer_add_run (writer, " — ", FALSE, FALSE, tmpl->body_size + 0.5, tmpl->text);
      if (entry->org[0] != '\0')
        phoenix_docx_writer_add_run (writer, entry->org, FALSE, FALSE, tmpl->body_size + 0.5, tmpl->accent);
    }
  if (entry->dates[0] != '\0')
    g_string_append (meta, entry->dates);
  if (entry->location[0] != '\0')
    g_string_append_printf (meta, "%s%s", meta->len > 0 ? " · " : "", entry->location);
  add_text (writer, meta->str, FALSE, TRUE, tmpl->small_size, tmpl->muted, 2);
  add_text (writer, entry->text, FALSE, FALSE, 0, 0, 2);
  for (guint i = 0; entry->bullets != NULL && entry->bullets[i] != NULL; i++)
    {
      phoenix_docx_writer_begin_bullet (writer, 1.5);
      phoenix_docx_writer_add_run (writer, entry->bullets[i], FALSE, FALSE, 0, 0);
    }
}

gboolean
_phoenix_cv_document_write_docx (CvDocument        *doc,
                                 const CvTemplate  *tmpl,
                                 double             page_width,
                                 double             page_height,
                                 const char        *path,
                                 GError           **error)
{
  g_autoptr(PhoenixDocxWriter) writer = NULL;
  g_autofree char *contact = NULL;

  g_return_val_if_fail (doc != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  writer = phoenix_docx_writer_new (g_strcmp0 (doc->language, "en") == 0 ? "en-GB" : "fr-FR",
                                    word_font (tmpl->font), tmpl->body_size);
  phoenix_docx_writer_set_page (writer, page_width, page_height, MAX (tmpl->margin_x, 42));

  if (doc->name[0] != '\0')
    {
      phoenix_docx_writer_begin_heading (writer, 0, 0, 2);
      phoenix_docx_writer_add_run (writer, doc->name, TRUE, FALSE, tmpl->name_size, tmpl->accent);
    }
  add_text (writer, doc->headline, FALSE, FALSE, tmpl->headline_size, tmpl->muted, 4);
  contact = g_strjoinv ("  ·  ", doc->contact);
  add_text (writer, contact, FALSE, FALSE, tmpl->small_size, tmpl->text, tmpl->section_gap);

  for (guint s = 0; s < doc->sections->len; s++)
    {
      CvDocSection *section = doc->sections->pdata[s];
      g_autofree char *title = tmpl->headings_upper ? g_utf8_strup (section->title, -1) : g_strdup (section->title);

      phoenix_docx_writer_begin_heading (writer, 1, s > 0 ? tmpl->section_gap : 0, 4);
      phoenix_docx_writer_add_run (writer, title, TRUE, FALSE, tmpl->heading_size, tmpl->accent);
      for (guint e = 0; e < section->entries->len; e++)
        add_entry (writer, tmpl, section->entries->pdata[e], section->is_list);
    }

  return phoenix_docx_writer_save (writer, path, error);
}
