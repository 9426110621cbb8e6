/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-cv-document-private.h"
#include "phoenix-cv-templates.h"

G_BEGIN_DECLS

/*
 * A CV as a Word document (phoenix-cv-docx.c): the same document the PDF draws, in
 * reading order: the name as the title, the headline and contact, then each section
 * under a heading, each entry's title as a sub-heading with its dates and place, its
 * text and bullets. The template's colour, the CV's font family (named as Word knows it)
 * and sizes; one column whatever the template, so tracking systems read it in order.
 */
gboolean _phoenix_cv_document_write_docx (CvDocument        *doc,
                                          const CvTemplate  *tmpl,
                                          double             page_width,
                                          double             page_height,
                                          const char        *path,
                                          GError           **error);

G_END_DECLS
