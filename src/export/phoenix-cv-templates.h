/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/*
 * The CV templates' looks, the paper sizes and Phoenix's own fonts
 * (phoenix-cv-templates.c); the public list of templates is in
 * phoenix-cv-renderer.h.
 */

/* The family a template sets its text in unless it names another (data/fonts). */
#define PHOENIX_CV_FONT_FAMILY "Lato"

/* How a template looks. Sizes in points, colours 0xRRGGBB. */
typedef struct
{
  const char *id;
  const char *name;
  const char *description;
  double      margin_x;
  double      margin_top;
  double      margin_bottom;
  double      body_size;
  double      small_size;
  double      heading_size;
  double      name_size;
  double      headline_size;
  double      sidebar_width;    /* 0: one column */
  guint32     accent;
  guint32     text;
  guint32     muted;
  guint32     band;             /* header band behind the name; 0: none */
  guint32     sidebar_bg;
  gboolean    header_centered;
  gboolean    headings_upper;
  gboolean    heading_rule;
  gboolean    dates_aside;      /* dates right-aligned on the title line */
  double      section_gap;
  double      entry_gap;
  double      line_gap;
  double      photo_size;       /* side of the photo's box; 0: never a photo */
  gboolean    photo_round;      /* a circle; else a rounded square */
  const char *font;             /* a family of data/fonts */
  gboolean    plain_text_order; /* plain `pdftotext` reads it in order (tests/export checks the claim) */
  double      heading_tracking; /* points between the letters of section titles (never so wide that a
                                 * text extractor reads a word as two) */
  double      small_gaps;       /* the CV's spacing on the small gaps (bullets, paragraphs); 0 or 1: as is */
} CvTemplate;

/* The look a CV variant gives its template (phoenix_cv_renderer_set_look()). */
typedef struct
{
  guint32     accent;           /* 0: the template's */
  const char *font;             /* a font id of phoenix_cv_fonts_get(), or NULL: the template's */
  double      spacing;          /* gaps × this: 1 normal */
  double      size;             /* text sizes × this: 1 normal (fit to one page shrinks it) */
} CvLook;

/* @tmpl with @look applied, in @out. */
void              _phoenix_cv_template_apply_look (const CvTemplate *tmpl,
                                                   const CvLook     *look,
                                                   CvTemplate       *out);

const CvTemplate *_phoenix_cv_template_lookup  (const char   *id);
void              _phoenix_cv_paper_size       (const char   *paper,
                                                double       *width,
                                                double       *height);

/* A font map on Phoenix's own fonts (data/fonts, found with fontconfig), so a
 * CV lays out the same on every machine. One per thread that lays out. */
PangoFontMap     *_phoenix_cv_font_map_new     (void);
PangoContext     *_phoenix_cv_context_new      (PangoFontMap *font_map);

G_END_DECLS
