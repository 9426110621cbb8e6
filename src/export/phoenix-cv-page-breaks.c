/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-page-breaks"

#include "config.h"

#include <math.h>

#include "phoenix-cv-page-layout-private.h"

/*
 * Page breaks: the blocks of a column placed on pages in order; a block that
 * must stay with the next one moves with it, a long paragraph is split with
 * two lines at least on each page, and the sidebar's sections are shifted so
 * their lines fall between the main column's baselines.
 */

static gboolean
is_splittable (Block *block)
{
  return (block->kind == BLOCK_TEXT || block->kind == BLOCK_BULLET) &&
         pango_layout_get_line_count (block->text) - block->line_start >= 4;
}

/* The least of @block that may stand at the foot of a page: two lines when it
 * can be split (no orphan), else all of it. */
static double
min_height (Block *block)
{
  if (!is_splittable (block))
    return block->height;

  return _phoenix_cv_line_top (block->text, block->line_start + 2) - _phoenix_cv_line_top (block->text, block->line_start);
}

/* Centres of the main column's lines on @page, in page coordinates. */
static GArray *
main_line_centres (CvLayout *self,
                   int       page)
{
  GArray *centres = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = self->blocks->pdata[i];
      PangoLayout *layouts[] = { block->text, block->meta };
      double offset = 0;

      if (block->column != 0 || block->page != page)
        continue;

      for (gsize l = 0; l < G_N_ELEMENTS (layouts); l++)
        {
          PangoLayout *layout = layouts[l];
          int start = l == 0 ? block->line_start : 0;
          int end = l == 0 && block->line_end >= 0 ? block->line_end : (layout ? pango_layout_get_line_count (layout) : 0);
          double top;

          if (layout == NULL)
            continue;
          top = _phoenix_cv_line_top (layout, start);
          for (int k = start; k < end; k++)
            {
              double centre = block->y + offset + (_phoenix_cv_line_top (layout, k) + _phoenix_cv_line_top (layout, k + 1)) / 2 - top;

              g_array_append_val (centres, centre);
            }
          offset += _phoenix_cv_text_height (layout) + 1;
        }
    }

  return centres;
}

/* How many lines of @block at @y would sit on a baseline of the main column. */
static guint
count_main_line_hits (Block  *block,
                      double  y,
                      GArray *centres)
{
  int n = pango_layout_get_line_count (block->text);
  guint hits = 0;

  for (int k = 0; k < n; k++)
    {
      double centre = y + (_phoenix_cv_line_top (block->text, k) + _phoenix_cv_line_top (block->text, k + 1)) / 2;

      for (guint c = 0; c < centres->len; c++)
        {
          if (fabs (g_array_index (centres, double, c) - centre) < 4.5)
            {
              hits++;
              break;
            }
        }
    }

  return hits;
}

/* The shift (0 to one line down) of the sidebar section that starts with
 * block @first at @y that puts the fewest of its lines on the main column's
 * baselines. The section moves as a whole, so its own spacing stays even. */
static double
best_section_shift (CvLayout *self,
                    guint     first,
                    double    y,
                    GArray   *centres)
{
  double best = 0;
  guint best_hits = G_MAXUINT;

  for (double d = 0; d < 14 && best_hits > 0; d += 0.5)
    {
      double at = y + d;
      guint hits = 0;

      for (guint j = first; j < self->blocks->len; j++)
        {
          Block *next = self->blocks->pdata[j];

          if (next->column != 1)
            continue;
          if (j > first && next->kind == BLOCK_HEADING)
            break;
          if (j > first)
            at += next->space_before;
          hits += count_main_line_hits (next, at, centres);
          at += next->height;
        }

      if (hits < best_hits)
        {
          best_hits = hits;
          best = d;
        }
    }

  return best;
}

void
_phoenix_cv_layout_paginate_column (CvLayout *self,
                                    int       column,
                                    double    x,
                                    double    first_top)
{
  const CvTemplate *tmpl = self->tmpl;
  double bottom = self->page_height - tmpl->margin_bottom;
  double top_other = tmpl->band != 0 ? 40 : tmpl->margin_top;
  int page = 0;
  double y = first_top;
  gboolean page_empty = TRUE;
  g_autoptr(GArray) centres = NULL;
  int centres_page = -1;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = self->blocks->pdata[i];
      double chain = 0;

      if (block->column != column)
        continue;

      /* The block and every block it must stay with. */
      for (guint j = i; j < self->blocks->len; j++)
        {
          Block *next = self->blocks->pdata[j];

          if (next->column != column)
            continue;
          chain += (j == i && page_empty ? 0 : next->space_before) + (j == i ? next->height : min_height (next));
          if (!next->keep_with_next)
            break;
        }

      /* A long paragraph that does not fit: as many lines as fit here (two at
       * least, and two at least left for the next page), the rest on the next page. */
      if (y + chain > bottom && is_splittable (block) && !block->keep_with_next)
        {
          int n_lines = pango_layout_get_line_count (block->text);
          double top = _phoenix_cv_line_top (block->text, block->line_start);
          double start_y = y + (page_empty ? 0 : block->space_before);
          int fit = block->line_start;

          while (fit + 1 <= n_lines - 2 &&
                 start_y + _phoenix_cv_line_top (block->text, fit + 1) - top <= bottom)
            fit++;

          if (fit - block->line_start >= 2)
            {
              Block *rest = g_new0 (Block, 1);

              *rest = *block;
              rest->text = g_object_ref (block->text);
              rest->aside = NULL;
              rest->meta = NULL;
              rest->uri = NULL;
              rest->line_start = fit;
              rest->height = _phoenix_cv_text_height (block->text) - _phoenix_cv_line_top (block->text, fit);
              rest->space_before = 0;
              rest->entry_first_content = FALSE;

              block->line_end = fit;
              block->height = _phoenix_cv_line_top (block->text, fit) - top;
              g_ptr_array_insert (self->blocks, (int) i + 1, rest);
              chain = block->height;
            }
        }

      if (y + chain > bottom && !page_empty)
        {
          page++;
          y = top_other;
          page_empty = TRUE;
        }

      if (!page_empty)
        y += block->space_before;

      /* The sidebar's lines fall between the main column's, never on the
       * same baseline: a reader that rebuilds lines from positions (as ATS
       * do) keeps the columns apart instead of joining a sidebar item to the
       * text beside it. */
      if (column == 1 && block->kind == BLOCK_HEADING)
        {
          if (centres_page != page)
            {
              g_clear_pointer (&centres, g_array_unref);
              centres = main_line_centres (self, page);
              centres_page = page;
            }
          y += best_section_shift (self, i, y, centres);
        }

      block->page = page;
      block->x += x;
      block->y = y;
      y += block->height;
      page_empty = FALSE;
      self->n_pages = MAX (self->n_pages, page + 1);
    }
}
