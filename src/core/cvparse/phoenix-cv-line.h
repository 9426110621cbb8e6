/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * A positioned line of text and its words, as the PDF reader finds them and the CV parser reads
 * them. GLib only: the import helper builds these without linking the parser.
 *
 * Coordinates are PDF points with the origin at the top left of the page;
 * @y is the top of the line's box. @page counts from 0.
 */
typedef struct
{
  double  x;
  double  y;
  double  width;
  double  height;
  char   *text;
} PhoenixCvWord;

#define PHOENIX_TYPE_CV_LINE (phoenix_cv_line_get_type ())

typedef struct
{
  guint    page;
  double   x;
  double   y;
  double   width;
  double   height;
  char    *text;
  double   font_size;
  gboolean bold;
  guint32  color;       /* 0xRRGGBB */
  GArray  *words;       /* of PhoenixCvWord, may be NULL */
} PhoenixCvLine;

GType          phoenix_cv_line_get_type (void) G_GNUC_CONST;
PhoenixCvLine *phoenix_cv_line_new      (guint          page,
                                         double         x,
                                         double         y,
                                         double         width,
                                         double         height,
                                         const char    *text,
                                         double         font_size,
                                         gboolean       bold,
                                         guint32        color);
PhoenixCvLine *phoenix_cv_line_copy     (const PhoenixCvLine *line);
void           phoenix_cv_line_free     (PhoenixCvLine *line);
/* Room for @n_words words made at once (a long document's lines hold no spare room). */
void           phoenix_cv_line_reserve_words (PhoenixCvLine *line,
                                              guint          n_words);
void           phoenix_cv_line_add_word (PhoenixCvLine *line,
                                         double         x,
                                         double         y,
                                         double         width,
                                         double         height,
                                         const char    *text);
/* The same, @text taken. */
void           phoenix_cv_line_take_word (PhoenixCvLine *line,
                                          double         x,
                                          double         y,
                                          double         width,
                                          double         height,
                                          char          *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixCvLine, phoenix_cv_line_free)

G_END_DECLS
