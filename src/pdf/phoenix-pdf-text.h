/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <poppler.h>

#include "phoenix-cv-line.h"

G_BEGIN_DECLS

/*
 * Text with layout from Poppler: the words of each page grouped into
 * positioned lines (PhoenixCvLine), with font size, weight and colour. A
 * "line" here is a run of words on one baseline with no wide gap, so two
 * columns printed side by side give two lines.
 */

/* Lines of one page (@page_index counts from 0), in no particular order. */
GPtrArray *phoenix_pdf_text_page_lines     (PopplerPage     *page,
                                            guint            page_index);

/* TRUE when a font name says bold (Bold, Black, Semibold, CMBX…). */
gboolean   phoenix_pdf_text_font_is_bold   (const char      *font_name);
/* TRUE when a font name is an icon font (FontAwesome, marvosym…). */
gboolean   phoenix_pdf_text_font_is_icons  (const char      *font_name);

G_END_DECLS
