/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-page-draw"

#include "config.h"

#include "phoenix-cv-page-layout-private.h"

/*
 * Drawing a laid-out page with Cairo: backgrounds, header, photo, blocks in
 * reading order; on a PDF surface, structure tags and links too.
 */

static void
set_source_rgb (cairo_t *cr,
                guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             guint32      color)
{
  set_source_rgb (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* Structure tags only on PDF surfaces: a preview (image or recording
 * surface) has no use for them. */
static void
struct_begin (cairo_t    *cr,
              const char *tag)
{
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF)
    cairo_tag_begin (cr, tag, NULL);
}

static void
struct_end (cairo_t    *cr,
            const char *tag)
{
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF)
    cairo_tag_end (cr, tag);
}

/* A link annotation (PDF surfaces; other surfaces ignore it). */
static void
tag_link (cairo_t    *cr,
          const char *uri,
          double      x,
          double      y,
          double      width,
          double      height)
{
  g_autoptr(GString) attributes = g_string_new ("rect=[");
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double values[] = { x, y, width, height };

  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    g_string_append_printf (attributes, "%s%s", i > 0 ? " " : "",
                            g_ascii_formatd (buffer, sizeof buffer, "%.2f", values[i]));
  g_string_append (attributes, "] uri='");
  for (const char *p = uri; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (attributes, '\\');
      g_string_append_c (attributes, *p);
    }
  g_string_append_c (attributes, '\'');

  if (cairo_surface_get_type (cairo_get_target (cr)) != CAIRO_SURFACE_TYPE_PDF)
    return;
  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes->str);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static void
tag_header_links (cairo_t    *cr,
                  HeaderItem *item)
{
  for (guint i = 0; item->links != NULL && i < item->links->len; i++)
    {
      Link *link = &g_array_index (item->links, Link, i);
      PangoRectangle start, end;

      pango_layout_index_to_pos (item->layout, link->start, &start);
      pango_layout_index_to_pos (item->layout, link->end, &end);
      tag_link (cr, link->uri, item->x + (double) start.x / PANGO_SCALE, item->y + (double) start.y / PANGO_SCALE,
                (double) (end.x - start.x) / PANGO_SCALE, (double) start.height / PANGO_SCALE);
    }
}

/* Lines [line_start, line_end) of a paragraph split over pages. */
static void
show_lines (cairo_t *cr,
            Block   *block,
            guint32  color)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->text);
  double top = _phoenix_cv_line_top (block->text, block->line_start);
  int end = block->line_end < 0 ? pango_layout_get_line_count (block->text) : block->line_end;
  int i = 0;

  set_source_rgb (cr, color);
  do
    {
      PangoRectangle logical;

      if (i >= block->line_start && i < end)
        {
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, block->x + (double) logical.x / PANGO_SCALE,
                         block->y - top + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      i++;
    }
  while (i < end && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* The photo filling its box (cropped to the box's shape, centred), clipped
 * to a circle or a rounded square. */
static void
draw_photo (CvLayout *self,
            cairo_t  *cr)
{
  double size = self->photo_size;
  double x = self->photo_x, y = self->photo_y;
  int width = cairo_image_surface_get_width (self->photo);
  int height = cairo_image_surface_get_height (self->photo);
  double scale = MAX (size / width, size / height);

  cairo_save (cr);
  cairo_new_path (cr);
  if (self->tmpl->photo_round)
    {
      cairo_arc (cr, x + size / 2, y + size / 2, size / 2, 0, 2 * G_PI);
    }
  else
    {
      double r = size * 0.12;

      cairo_new_sub_path (cr);
      cairo_arc (cr, x + size - r, y + r, r, -G_PI / 2, 0);
      cairo_arc (cr, x + size - r, y + size - r, r, 0, G_PI / 2);
      cairo_arc (cr, x + r, y + size - r, r, G_PI / 2, G_PI);
      cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
      cairo_close_path (cr);
    }
  cairo_clip (cr);

  cairo_translate (cr, x + (size - width * scale) / 2, y + (size - height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, self->photo, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
}

void
_phoenix_cv_layout_draw_page (CvLayout *self,
                              cairo_t  *cr,
                              int       page)
{
  const CvTemplate *tmpl = self->tmpl;

  cairo_save (cr);

  cairo_rectangle (cr, 0, 0, self->page_width, self->page_height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);

  if (tmpl->sidebar_width > 0)
    {
      set_source_rgb (cr, tmpl->sidebar_bg);
      cairo_rectangle (cr, 0, 0, tmpl->sidebar_width, self->page_height);
      cairo_fill (cr);
    }

  if (page == 0)
    {
      if (tmpl->band != 0)
        {
          set_source_rgb (cr, tmpl->band);
          cairo_rectangle (cr, 0, 0, self->page_width, self->header_height - 12);
          cairo_fill (cr);
        }

      for (guint i = 0; i < self->header->len; i++)
        {
          HeaderItem *item = self->header->pdata[i];

          /* Tagged PDF: the structure gives readers (screen readers, ATS) the
           * reading order and the role of each run of text. */
          struct_begin (cr, i == 0 ? "H1" : "P");
          show_layout (cr, item->layout, item->x, item->y, item->color);
          struct_end (cr, i == 0 ? "H1" : "P");
          tag_header_links (cr, item);
        }

      if (self->photo != NULL)
        {
          struct_begin (cr, "Figure");
          draw_photo (self, cr);
          struct_end (cr, "Figure");
        }

    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = self->blocks->pdata[i];

      if (block->page != page)
        continue;

      switch (block->kind)
        {
        case BLOCK_HEADING:
          struct_begin (cr, "H2");
          show_layout (cr, block->text, block->x, block->y, tmpl->accent);
          struct_end (cr, "H2");
          if (tmpl->heading_rule)
            {
              set_source_rgb (cr, tmpl->accent);
              cairo_rectangle (cr, block->x, block->y + _phoenix_cv_text_height (block->text) + 2, block->width, 0.7);
              cairo_fill (cr);
            }
          else
            {
              set_source_rgb (cr, tmpl->accent);
              cairo_rectangle (cr, block->x, block->y + _phoenix_cv_text_height (block->text) + 1.5, 22, 2);
              cairo_fill (cr);
            }
          break;

        case BLOCK_ENTRY_HEAD:
          struct_begin (cr, "H3");
          show_layout (cr, block->text, block->x, block->y, tmpl->text);
          if (block->aside != NULL)
            show_layout (cr, block->aside, block->x + block->width - _phoenix_cv_text_width (block->aside),
                         block->y, tmpl->muted);
          struct_end (cr, "H3");
          if (block->meta != NULL)
            {
              struct_begin (cr, "P");
              show_layout (cr, block->meta, block->x, block->y + _phoenix_cv_text_height (block->text) + 1, tmpl->muted);
              struct_end (cr, "P");
            }
          break;

        case BLOCK_TEXT:
        case BLOCK_BULLET:
        case BLOCK_LIST_ITEM:
        default:
          struct_begin (cr, "P");
          if (block->line_start == 0 && block->line_end == -1)
            show_layout (cr, block->text, block->x, block->y, tmpl->text);
          else
            show_lines (cr, block, tmpl->text);
          struct_end (cr, "P");
          if (block->uri != NULL)
            tag_link (cr, block->uri, block->x, block->y, _phoenix_cv_text_width (block->text), block->height);
          break;
        }
    }

  cairo_restore (cr);
}
