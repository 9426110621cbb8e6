/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * A small Word (Office Open XML, .docx) writer: paragraphs of runs (bold, italic, size,
 * colour), line breaks, page size and margins, one font. The zip package is written with
 * libgsf (GsfOutfileZip), to a ".part" file renamed into place once complete, so a failed
 * write never leaves a broken file where the user asked. Written for letters and, later,
 * the CV (phoenix-cv-docx.c, with headings and bullets). No GTK.
 */

typedef enum
{
  PHOENIX_DOCX_ALIGN_LEFT,
  PHOENIX_DOCX_ALIGN_RIGHT,
  PHOENIX_DOCX_ALIGN_CENTER,
  PHOENIX_DOCX_ALIGN_JUSTIFY,
} PhoenixDocxAlign;

#define PHOENIX_TYPE_DOCX_WRITER (phoenix_docx_writer_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixDocxWriter, phoenix_docx_writer, PHOENIX, DOCX_WRITER, GObject)

/* @language: "fr-FR", "en-GB"…; @font: the family every run uses; @size: points. */
PhoenixDocxWriter *phoenix_docx_writer_new             (const char        *language,
                                                        const char        *font,
                                                        double             size);
/* Points; default A4 with 2 cm margins. */
void               phoenix_docx_writer_set_page        (PhoenixDocxWriter *self,
                                                        double             width,
                                                        double             height,
                                                        double             margin);
/* Starts a paragraph (ends the previous one); @space_after in points. */
void               phoenix_docx_writer_begin_paragraph (PhoenixDocxWriter *self,
                                                        PhoenixDocxAlign   align,
                                                        double             space_after);
/* Starts a title (@level 0), a heading (1) or a sub-heading (2): a paragraph in Word's "Title",
 * "heading 1" or "heading 2" style, kept with the next one. */
void               phoenix_docx_writer_begin_heading   (PhoenixDocxWriter *self,
                                                        guint              level,
                                                        double             space_before,
                                                        double             space_after);
/* Starts a bulleted paragraph ("•" and a hanging indent). */
void               phoenix_docx_writer_begin_bullet    (PhoenixDocxWriter *self,
                                                        double             space_after);
/* @size 0: the document's; @color 0xRRGGBB, 0: the default (black). */
void               phoenix_docx_writer_add_run         (PhoenixDocxWriter *self,
                                                        const char        *text,
                                                        gboolean           bold,
                                                        gboolean           italic,
                                                        double             size,
                                                        guint32            color);
void               phoenix_docx_writer_add_break       (PhoenixDocxWriter *self);
gboolean           phoenix_docx_writer_save            (PhoenixDocxWriter *self,
                                                        const char        *path,
                                                        GError           **error);

G_END_DECLS
