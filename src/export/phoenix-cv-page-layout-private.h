/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include "phoenix-cv-document-private.h"
#include "phoenix-cv-templates.h"

G_BEGIN_DECLS

/*
 * A CV laid out on pages (CvLayout): built from the document in
 * phoenix-cv-page-layout.c, its page breaks chosen in phoenix-cv-page-breaks.c,
 * drawn in phoenix-cv-page-draw.c.
 */

typedef struct _CvLayout CvLayout;

typedef enum
{
  BLOCK_HEADING,
  BLOCK_ENTRY_HEAD,
  BLOCK_TEXT,
  BLOCK_BULLET,
  BLOCK_LIST_ITEM,
} BlockKind;

typedef struct
{
  BlockKind    kind;
  PangoLayout *text;      /* the block's text */
  PangoLayout *aside;     /* dates at the right of the title line, or NULL */
  PangoLayout *meta;      /* the line under an entry's title, or NULL */
  double       height;
  double       space_before;
  gboolean     keep_with_next;
  gboolean     entry_first_content;  /* the first block after an entry head */
  int          column;    /* 0 main, 1 sidebar */
  char        *uri;         /* a link over the whole block, or NULL */
  int          line_start;  /* a paragraph split over pages shows lines [start, end) */
  int          line_end;    /* -1: to the last line */
  int          page;
  double       x;
  double       y;
  double       width;
} Block;

typedef struct
{
  int   start;  /* byte range in the layout's text */
  int   end;
  char *uri;
} Link;

typedef struct
{
  PangoLayout *layout;
  double       x;
  double       y;
  guint32      color;
  GArray      *links;  /* of Link, or NULL */
} HeaderItem;

struct _CvLayout
{
  const CvTemplate *tmpl;     /* points at own_tmpl: the template with the CV's look */
  CvTemplate        own_tmpl;
  double            page_width;
  double            page_height;
  double            header_height;
  GPtrArray        *header;   /* of HeaderItem */
  GPtrArray        *blocks;   /* of Block, main column then sidebar */
  int               n_pages;
  cairo_surface_t  *photo;    /* NULL: none on this CV */
  double            photo_x;  /* its box on the first page */
  double            photo_y;
  double            photo_size;
};

/* The shaped blocks of the last layout built with it, so the next one shapes only what changed
 * (issue #20). One per Pango context, used on that context's thread only. */
typedef struct _CvBlockCache CvBlockCache;

CvBlockCache     *_phoenix_cv_block_cache_new  (void);
void              _phoenix_cv_block_cache_free (CvBlockCache     *cache);
void              _phoenix_cv_block_cache_clear (CvBlockCache    *cache);
/* Headings, entries and list items shaped through @cache since it was made (tests, benchmark). */
guint             _phoenix_cv_block_cache_get_n_shaped (CvBlockCache *cache);
guint             _phoenix_cv_block_cache_get_size (CvBlockCache  *cache);

CvLayout         *_phoenix_cv_layout_new       (CvDocument       *doc,
                                                const CvTemplate *tmpl,
                                                double            page_width,
                                                double            page_height,
                                                PangoContext     *context);
/* The same, shaping only what @cache (nullable) does not hold: the same layout, block for block. */
CvLayout         *_phoenix_cv_layout_new_cached (CvDocument      *doc,
                                                const CvTemplate *tmpl,
                                                double            page_width,
                                                double            page_height,
                                                PangoContext     *context,
                                                CvBlockCache     *cache);
void              _phoenix_cv_layout_free      (CvLayout         *layout);
int               _phoenix_cv_layout_get_n_pages (CvLayout       *layout);
void              _phoenix_cv_layout_draw_page (CvLayout         *layout,
                                                cairo_t          *cr,
                                                int               page);
gboolean          _phoenix_cv_layout_keeps_entries_together (CvLayout *layout);
/* The name, then every section title and entry title, in the order a reader (and the PDF's
 * content stream) takes them. */
GStrv             _phoenix_cv_layout_dup_reading_order (CvLayout *layout);

/* Sizes of a Pango layout in points; the top of line @n (the line count gives the full height). */
double            _phoenix_cv_text_height      (PangoLayout      *layout);
double            _phoenix_cv_text_width       (PangoLayout      *layout);
double            _phoenix_cv_line_top         (PangoLayout      *layout,
                                                int               n);

/* phoenix-cv-page-breaks.c: places the blocks of @column on pages, from @first_top on the
 * first page, at @x. */
void              _phoenix_cv_layout_paginate_column (CvLayout   *self,
                                                int               column,
                                                double            x,
                                                double            first_top);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CvLayout, _phoenix_cv_layout_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CvBlockCache, _phoenix_cv_block_cache_free)

G_END_DECLS
