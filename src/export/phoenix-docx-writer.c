/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-docx-writer"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <gsf/gsf.h>
#include <string.h>

#include "phoenix-docx-writer.h"

/* libgsf 1.14 has no g_autoptr support of its own. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutput, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (GsfOutfile, g_object_unref)

/* Twentieths of a point, Word's unit for page geometry and spacing. */
#define TWIPS(pt) ((int) ((pt) * 20 + 0.5))

struct _PhoenixDocxWriter
{
  GObject   parent_instance;

  char     *language;
  char     *font;
  double    size;
  double    page_width;
  double    page_height;
  double    margin;
  GString  *body;
  gboolean  in_paragraph;
};

G_DEFINE_FINAL_TYPE (PhoenixDocxWriter, phoenix_docx_writer, G_TYPE_OBJECT)

static const char content_types[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
  "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
  "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
  "</Types>";

static const char package_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
  "</Relationships>";

static const char document_rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
  "</Relationships>";

static void
phoenix_docx_writer_finalize (GObject *object)
{
  PhoenixDocxWriter *self = PHOENIX_DOCX_WRITER (object);

  g_free (self->language);
  g_free (self->font);
  g_string_free (self->body, TRUE);

  G_OBJECT_CLASS (phoenix_docx_writer_parent_class)->finalize (object);
}

static void
phoenix_docx_writer_class_init (PhoenixDocxWriterClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_docx_writer_finalize;
}

static void
phoenix_docx_writer_init (PhoenixDocxWriter *self)
{
  self->body = g_string_new (NULL);
  self->page_width = 595.28;
  self->page_height = 841.89;
  self->margin = 56.7;
}

PhoenixDocxWriter *
phoenix_docx_writer_new (const char *language,
                         const char *font,
                         double      size)
{
  PhoenixDocxWriter *self = g_object_new (PHOENIX_TYPE_DOCX_WRITER, NULL);

  self->language = g_markup_escape_text (language != NULL ? language : "fr-FR", -1);
  self->font = g_markup_escape_text (font != NULL ? font : "Calibri", -1);
  self->size = size > 0 ? size : 11;
  return self;
}

void
phoenix_docx_writer_set_page (PhoenixDocxWriter *self,
                              double             width,
                              double             height,
                              double             margin)
{
  g_return_if_fail (PHOENIX_IS_DOCX_WRITER (self));

  self->page_width = width;
  self->page_height = height;
  self->margin = margin;
}

static void
end_paragraph (PhoenixDocxWriter *self)
{
  if (self->in_paragraph)
    g_string_append (self->body, "</w:p>");
  self->in_paragraph = FALSE;
}

void
phoenix_docx_writer_begin_paragraph (PhoenixDocxWriter *self,
                                     PhoenixDocxAlign   align,
                                     double             space_after)
{
  static const char * const aligns[] = { "left", "right", "center", "both" };

  g_return_if_fail (PHOENIX_IS_DOCX_WRITER (self));

  end_paragraph (self);
  g_string_append_printf (self->body, "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"%d\"/><w:jc w:val=\"%s\"/></w:pPr>",
                          TWIPS (space_after), aligns[align]);
  self->in_paragraph = TRUE;
}

void
phoenix_docx_writer_begin_heading (PhoenixDocxWriter *self,
                                   guint              level,
                                   double             space_before,
                                   double             space_after)
{
  static const char * const styles[] = { "Title", "Heading1", "Heading2" };

  g_return_if_fail (PHOENIX_IS_DOCX_WRITER (self));
  g_return_if_fail (level < G_N_ELEMENTS (styles));

  end_paragraph (self);
  g_string_append_printf (self->body,
                          "<w:p><w:pPr><w:pStyle w:val=\"%s\"/><w:keepNext/>"
                          "<w:spacing w:before=\"%d\" w:after=\"%d\"/></w:pPr>",
                          styles[level], TWIPS (space_before), TWIPS (space_after));
  self->in_paragraph = TRUE;
}

void
phoenix_docx_writer_begin_bullet (PhoenixDocxWriter *self,
                                  double             space_after)
{
  g_return_if_fail (PHOENIX_IS_DOCX_WRITER (self));

  end_paragraph (self);
  /* A hanging indent: wrapped lines start under the text, not under the bullet. */
  g_string_append_printf (self->body,
                          "<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"%d\"/>"
                          "<w:ind w:left=\"%d\" w:hanging=\"%d\"/></w:pPr>"
                          "<w:r><w:t xml:space=\"preserve\">•\t</w:t></w:r>",
                          TWIPS (space_after), TWIPS (18), TWIPS (11));
  self->in_paragraph = TRUE;
}

static void
ensure_paragraph (PhoenixDocxWriter *self)
{
  if (!self->in_paragraph)
    phoenix_docx_writer_begin_paragraph (self, PHOENIX_DOCX_ALIGN_LEFT, 0);
}

void
phoenix_docx_writer_add_run (PhoenixDocxWriter *self,
                             const char        *text,
                             gboolean           bold,
                             gboolean           italic,
                             double             size,
                             guint32            color)
{
  g_autofree char *escaped = NULL;

  g_return_if_fail (PHOENIX_IS_DOCX_WRITER (self));
  g_return_if_fail (text != NULL);

  ensure_paragraph (self);
  escaped = g_markup_escape_text (text, -1);
  g_string_append (self->body, "<w:r><w:rPr>");
  if (bold)
    g_string_append (self->body, "<w:b/>");
  if (italic)
    g_string_append (self->body, "<w:i/>");
  if (color != 0)
    g_string_append_printf (self->body, "<w:color w:val=\"%06X\"/>", color & 0xffffff);
  if (size > 0)
    g_string_append_printf (self->body, "<w:sz w:val=\"%d\"/>", (int) (size * 2 + 0.5));
  g_string_append_printf (self->body, "</w:rPr><w:t xml:space=\"preserve\">%s</w:t></w:r>", escaped);
}

void
phoenix_docx_writer_add_break (PhoenixDocxWriter *self)
{
  g_return_if_fail (PHOENIX_IS_DOCX_WRITER (self));

  ensure_paragraph (self);
  g_string_append (self->body, "<w:r><w:br/></w:r>");
}

static char *
build_document (PhoenixDocxWriter *self)
{
  int margin = TWIPS (self->margin);

  return g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                          "<w:body>%s%s<w:sectPr><w:pgSz w:w=\"%d\" w:h=\"%d\"/>"
                          "<w:pgMar w:top=\"%d\" w:right=\"%d\" w:bottom=\"%d\" w:left=\"%d\" w:header=\"0\" w:footer=\"0\" w:gutter=\"0\"/>"
                          "</w:sectPr></w:body></w:document>",
                          self->body->str, self->in_paragraph ? "</w:p>" : "",
                          TWIPS (self->page_width), TWIPS (self->page_height), margin, margin, margin, margin);
}

static char *
build_styles (PhoenixDocxWriter *self)
{
  return g_strdup_printf ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                          "<w:docDefaults><w:rPrDefault><w:rPr>"
                          "<w:rFonts w:ascii=\"%s\" w:hAnsi=\"%s\" w:cs=\"%s\"/><w:sz w:val=\"%d\"/><w:lang w:val=\"%s\"/>"
                          "</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault>"
                          "</w:docDefaults>"
                          "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
                          /* Title and headings: Word's navigation, screen readers and tracking systems see the outline. */
                          "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
                          "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
                          "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
                          "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
                          "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
                          "<w:pPr><w:keepNext/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
                          "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
                          "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:qFormat/>"
                          "<w:pPr><w:keepNext/><w:outlineLvl w:val=\"1\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
                          "</w:styles>",
                          self->font, self->font, self->font, (int) (self->size * 2 + 0.5), self->language);
}

static gboolean
write_member (GsfOutfile  *dir,
              const char  *name,
              const char  *data,
              GError     **error)
{
  g_autoptr(GsfOutput) member = gsf_outfile_new_child_full (dir, name, FALSE, "compression-level", GSF_ZIP_DEFLATED, NULL);
  gboolean ok;

  if (member == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", name);
      return FALSE;
    }
  ok = gsf_output_write (member, strlen (data), (const guint8 *) data);
  ok &= gsf_output_close (member);
  if (!ok && gsf_output_error (member) != NULL)
    g_propagate_error (error, g_error_copy (gsf_output_error (member)));
  else if (!ok)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", name);
  return ok;
}

static gboolean
write_package (PhoenixDocxWriter  *self,
               const char         *path,
               GError            **error)
{
  g_autoptr(GsfOutput) sink = NULL;
  g_autoptr(GsfOutfile) zip = NULL;
  g_autoptr(GsfOutfile) rels = NULL;
  g_autoptr(GsfOutfile) word = NULL;
  g_autoptr(GsfOutfile) word_rels = NULL;
  g_autofree char *document = build_document (self);
  g_autofree char *styles = build_styles (self);
  gboolean ok;

  sink = gsf_output_stdio_new (path, error);
  if (sink == NULL)
    return FALSE;
  zip = gsf_outfile_zip_new (sink, error);
  if (zip == NULL)
    return FALSE;

  /* [Content_Types].xml comes first in the package, as Word writes it. */
  ok = write_member (zip, "[Content_Types].xml", content_types, error);
  if (ok)
    {
      rels = GSF_OUTFILE (gsf_outfile_new_child (zip, "_rels", TRUE));
      ok = write_member (rels, ".rels", package_rels, error) && gsf_output_close (GSF_OUTPUT (rels));
    }
  if (ok)
    {
      word = GSF_OUTFILE (gsf_outfile_new_child (zip, "word", TRUE));
      ok = write_member (word, "document.xml", document, error) && write_member (word, "styles.xml", styles, error);
      if (ok)
        {
          word_rels = GSF_OUTFILE (gsf_outfile_new_child (word, "_rels", TRUE));
          ok = write_member (word_rels, "document.xml.rels", document_rels, error) &&
               gsf_output_close (GSF_OUTPUT (word_rels));
        }
      ok = ok && gsf_output_close (GSF_OUTPUT (word));
    }
  ok = gsf_output_close (GSF_OUTPUT (zip)) && ok;
  ok = gsf_output_close (sink) && ok;
  if (!ok && error != NULL && *error == NULL)
    {
      const GError *sink_error = gsf_output_error (sink);

      if (sink_error != NULL)
        *error = g_error_copy (sink_error);
      else
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, path);
    }
  return ok;
}

gboolean
phoenix_docx_writer_save (PhoenixDocxWriter  *self,
                          const char         *path,
                          GError            **error)
{
  g_autofree char *tmp_path = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (PHOENIX_IS_DOCX_WRITER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  tmp_path = g_strdup_printf ("%s.part", path);
  if (!write_package (self, tmp_path, &local_error) || g_rename (tmp_path, path) != 0)
    {
      g_autofree char *display = g_filename_display_name (path);
      const char *reason = local_error != NULL ? local_error->message : g_strerror (errno);

      g_unlink (tmp_path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write the Word document “%s”: %s"), display, reason);
      return FALSE;
    }
  return TRUE;
}
