/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-parser"

#include "config.h"

#include <math.h>
#include <string.h>

#include "phoenix-cv-dates.h"
#include "phoenix-cv-doc.h"
#include "phoenix-cv-text.h"
#include "phoenix-text-fold.h"

/*
 * Reading order: the document's segments (phoenix-cv-doc.c) → rows in reading order. Finds
 * columns and sidebars from the x-occupancy of each page, and tells a sidebar (read on its own)
 * from a margin of dates or labels (read row by row with the main column).
 */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static int
compare_segs_by_y (gconstpointer a,
                   gconstpointer b)
{
  const CvSeg *sa = *(CvSeg * const *) a;
  const CvSeg *sb = *(CvSeg * const *) b;
  double ca = sa->y + sa->h / 2, cb = sb->y + sb->h / 2;

  if (sa->page != sb->page)
    return sa->page < sb->page ? -1 : 1;
  if (fabs (ca - cb) > 0.01)
    return ca < cb ? -1 : 1;
  return (sa->x > sb->x) - (sa->x < sb->x);
}

static int
compare_segs_by_x (gconstpointer a,
                   gconstpointer b)
{
  const CvSeg *sa = *(CvSeg * const *) a;
  const CvSeg *sb = *(CvSeg * const *) b;

  return (sa->x > sb->x) - (sa->x < sb->x);
}

static CvRow *
row_new (CvSeg *first,
         int    column)
{
  CvRow *row = g_new0 (CvRow, 1);

  row->segs = g_ptr_array_new ();
  row->page = first->page;
  row->column = column;
  row->kind = CV_SECTION_NONE;
  g_ptr_array_add (row->segs, first);
  return row;
}

static void
row_finish (CvRow *row)
{
  GString *text;
  /* Folding goes a character at a time: the row's fold is its segments' folds, joined as its
   * text is (every segment's fold is phoenix_text_fold() of its text). */
  GString *fold;
  gsize text_size = 0, fold_size = 0;
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;
  gsize best = 0;
  gboolean all_bold = TRUE;
  gboolean lower = FALSE;
  guint upper = 0;

  g_ptr_array_sort (row->segs, compare_segs_by_x);
  /* Both strings made at their size (two spaces between segments); a row of one segment (most
   * rows) shares its segment's, which the document holds as long as the rows. */
  row->shared = row->segs->len == 1;
  for (guint i = 0; i < row->segs->len && !row->shared; i++)
    {
      CvSeg *seg = g_ptr_array_index (row->segs, i);

      text_size += strlen (seg->text) + 2;
      fold_size += strlen (seg->fold) + 2;
    }
  text = row->shared ? NULL : g_string_sized_new (text_size);
  fold = row->shared ? NULL : g_string_sized_new (fold_size);
  for (guint i = 0; i < row->segs->len; i++)
    {
      CvSeg *seg = g_ptr_array_index (row->segs, i);
      gsize n = strlen (seg->text);

      if (row->shared)
        {
          row->text = seg->text;
          row->fold = seg->fold;
        }
      else
        {
          if (text->len > 0)
            {
              g_string_append (text, "  ");
              g_string_append (fold, "  ");
            }
          g_string_append (text, seg->text);
          g_string_append (fold, seg->fold);
        }
      x1 = MIN (x1, seg->x);
      y1 = MIN (y1, seg->y);
      x2 = MAX (x2, seg->x + seg->w);
      y2 = MAX (y2, seg->y + seg->h);
      if (n > best)
        {
          best = n;
          row->color = seg->color;
        }
      row->size = MAX (row->size, seg->size);
      all_bold = all_bold && seg->bold;
      /* The row's characters are its segments' and two spaces between each two. */
      row->n_chars += (i > 0 ? 2 : 0) + seg->n_chars;
      lower = lower || seg->has_lower;
      upper += seg->n_upper;
    }
  if (!row->shared)
    {
      row->text = g_string_free (text, FALSE);
      row->fold = g_string_free (fold, FALSE);
    }
  row->x = x1;
  row->y = y1;
  row->w = x2 - x1;
  row->h = y2 - y1;
  row->bold = all_bold;
  /* In capitals: two upper-case letters or more and no lower-case one. */
  row->caps = !lower && upper >= 2;
}

/* Groups @segs (one column of one page, sorted by y) into rows appended to @rows. */
static void
add_rows (GPtrArray *rows,
          GPtrArray *segs,
          int        column)
{
  CvRow *row = NULL;
  double center = 0, half = 0;
  double last_bottom = -1;

  for (guint i = 0; i < segs->len; i++)
    {
      CvSeg *seg = g_ptr_array_index (segs, i);
      double c = seg->y + seg->h / 2;

      if (row != NULL && fabs (c - center) <= MAX (half, seg->h / 2) * 0.6 && !seg->lone
          && !((CvSeg *) g_ptr_array_index (row->segs, 0))->lone)
        {
          g_ptr_array_add (row->segs, seg);
          continue;
        }
      if (row != NULL)
        {
          row_finish (row);
          last_bottom = row->y + row->h;
          g_ptr_array_add (rows, row);
        }
      row = row_new (seg, column);
      row->gap_before = last_bottom < 0 ? -1 : seg->y - last_bottom;
      center = c;
      half = seg->h / 2;
    }
  if (row != NULL)
    {
      row_finish (row);
      g_ptr_array_add (rows, row);
    }
}

typedef enum
{
  LAYOUT_SINGLE,
  LAYOUT_COLUMNS,
  LAYOUT_MARGIN,
} Layout;

/* Finds the x of a vertical gutter crossed by (almost) no segment. */
static Layout
find_split (PhoenixCvDoc *doc,
            GPtrArray    *segs,
            double       *split)
{
  guint n = segs->len;
  guint bins = (guint) ceil (doc->page_width) + 1;
  g_autofree guint *cross = NULL;
  guint allowed;
  double best_width = 0, best_x = 0, best_score = 0;
  guint left = 0, right = 0, aligned = 0, smaller;
  gboolean margin_left = TRUE;

  if (n < 6 || doc->page_width <= 0)
    return LAYOUT_SINGLE;

  cross = g_new0 (guint, bins + 1);
  for (guint i = 0; i < n; i++)
    {
      CvSeg *seg = g_ptr_array_index (segs, i);
      guint a = (guint) MAX (0, floor (seg->x + 1));
      guint b = (guint) MAX (0, MIN (bins - 1, ceil (seg->x + seg->w - 1)));
      for (guint k = a; k <= b && k < bins; k++)
        cross[k]++;
    }
  allowed = MAX (1, n / 12);
  for (guint k = (guint) (doc->page_width * 0.12); k < (guint) (doc->page_width * 0.80); )
    {
      guint start = k;
      double width;

      if (cross[k] > allowed)
        {
          k++;
          continue;
        }
      while (k < bins && cross[k] <= allowed)
        k++;
      width = k - start;
      if (width >= 6)
        {
          /* Both sides must hold text. */
          guint l = 0, r = 0;
          for (guint i = 0; i < n; i++)
            {
              CvSeg *seg = g_ptr_array_index (segs, i);
              if (seg->x + seg->w <= start + 1)
                l++;
              else if (seg->x >= k - 1)
                r++;
            }
          /* The gutter that splits the most text evenly, not merely the widest. */
          if (l >= 3 && r >= 3 && MIN (l, r) * MIN (width, 60.0) > best_score)
            {
              best_score = MIN (l, r) * MIN (width, 60.0);
              best_width = width;
              best_x = (start + k) / 2.0;
            }
        }
    }
  if (best_width < 6)
    {
      g_debug ("page: no gutter (best %.0f)", best_width);
      return LAYOUT_SINGLE;
    }
  *split = best_x;

  for (guint i = 0; i < n; i++)
    {
      CvSeg *seg = g_ptr_array_index (segs, i);
      gboolean is_left = seg->x + seg->w <= best_x;
      gboolean is_right = seg->x >= best_x;
      if (is_left)
        left++;
      else if (is_right)
        right++;
    }
  /* Sidebar or margin? Items of a margin (dates, labels, headings, a table's cells) sit
   * on the rows of the text beside them; a sidebar runs on its own. The margin candidate
   * is the side whose items line up best with the other's. */
  {
    guint aligned_side[2] = { 0, 0 };
    guint short_side[2] = { 0, 0 };
    double score[2];

    for (guint i = 0; i < n; i++)
      {
        CvSeg *seg = g_ptr_array_index (segs, i);
        gboolean seg_left = seg->x + seg->w <= best_x;
        gboolean seg_right = seg->x >= best_x;
        double c = seg->y + seg->h / 2;

        if (!seg_left && !seg_right)
          continue;
        for (guint j = 0; j < n; j++)
          {
            CvSeg *o = g_ptr_array_index (segs, j);
            gboolean o_other = seg_left ? o->x >= best_x : o->x + o->w <= best_x;
            if (o_other && fabs ((o->y + o->h / 2) - c) < MAX (2.0, MIN (o->h, seg->h) * 0.3))
              {
                aligned_side[seg_left ? 0 : 1]++;
                break;
              }
          }
      }
    for (guint i = 0; i < n; i++)
      {
        CvSeg *seg = g_ptr_array_index (segs, i);
        g_autoptr(GArray) dates = NULL;
        int side = seg->x + seg->w <= best_x ? 0 : seg->x >= best_x ? 1 : -1;

        if (side < 0)
          continue;
        dates = _phoenix_cv_find_dates (seg->text);
        if (dates->len > 0 || seg->n_chars <= 16)
          short_side[side]++;
      }
    /* Lined up, and short (dates, labels, headings): the margin. */
    score[0] = left > 0 ? (double) (aligned_side[0] + short_side[0]) / left : 0;
    score[1] = right > 0 ? (double) (aligned_side[1] + short_side[1]) / right : 0;
    margin_left = score[0] >= score[1];
    aligned = aligned_side[margin_left ? 0 : 1];
  }
  smaller = margin_left ? left : right;
  /* Columns run side by side down the page; a block at the top right
   * (contact details beside the name) is not a column. */
  {
    double l_top = G_MAXDOUBLE, l_bottom = 0, r_top = G_MAXDOUBLE, r_bottom = 0;
    double overlap;

    for (guint i = 0; i < n; i++)
      {
        CvSeg *seg = g_ptr_array_index (segs, i);
        if (seg->x + seg->w <= best_x)
          {
            l_top = MIN (l_top, seg->y);
            l_bottom = MAX (l_bottom, seg->y + seg->h);
          }
        else if (seg->x >= best_x)
          {
            r_top = MIN (r_top, seg->y);
            r_bottom = MAX (r_bottom, seg->y + seg->h);
          }
      }
    overlap = (MIN (l_bottom, r_bottom) - MAX (l_top, r_top)) / MAX (1.0, MAX (l_bottom - l_top, r_bottom - r_top));
    g_debug ("page split at x=%.0f (gutter %.0f): left %u, right %u, aligned %u, overlap %.2f",
             best_x, best_width, left, right, aligned, overlap);
    if (overlap < 0.4)
      return LAYOUT_SINGLE;
  }
  if (smaller > 0 && aligned * 10 >= smaller * 6)
    {
      /* A margin holds short items (dates, labels) or few of them; two
       * columns of text that happen to share a baseline grid do not. */
      guint short_items = 0;

      for (guint i = 0; i < n; i++)
        {
          CvSeg *seg = g_ptr_array_index (segs, i);
          gboolean seg_left = seg->x + seg->w <= best_x;
          gboolean seg_right = seg->x >= best_x;
          g_autoptr(GArray) dates = NULL;

          if ((margin_left && !seg_left) || (!margin_left && !seg_right))
            continue;
          dates = _phoenix_cv_find_dates (seg->text);
          if (dates->len > 0 || seg->n_chars <= 16)
            short_items++;
        }
      if (smaller * 2 <= (margin_left ? right : left) || short_items * 10 >= smaller * 6)
        return LAYOUT_MARGIN;
    }
  return LAYOUT_COLUMNS;
}

/* The size most characters of @segs have. */
static double
median_size (GPtrArray *segs)
{
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < segs->len; i++)
    {
      CvSeg *seg = g_ptr_array_index (segs, i);
      glong n = seg->n_chars;
      for (glong k = 0; k < n; k++)
        g_array_append_val (sizes, seg->size);
    }
  if (sizes->len == 0)
    return 0;
  g_array_sort (sizes, compare_doubles);
  return g_array_index (sizes, double, sizes->len / 2);
}

static gboolean
has_digit (const char *text)
{
  for (const char *p = text; *p; p++)
    if (g_ascii_isdigit (*p))
      return TRUE;
  return FALSE;
}

static gboolean
seg_spans (CvSeg  *seg,
           double  split)
{
  return seg->x < split - 1 && seg->x + seg->w > split + 1;
}

static void
order_page (PhoenixCvDoc *doc,
            GPtrArray    *segs,
            Layout        layout,
            double        split)
{
  if (layout == LAYOUT_SINGLE || layout == LAYOUT_MARGIN)
    {
      if (layout == LAYOUT_MARGIN)
        {
          double body = median_size (segs);

          for (guint i = 0; i < segs->len; i++)
            {
              CvSeg *seg = g_ptr_array_index (segs, i);
              seg->margin = seg->x + seg->w <= split && split < doc->page_width * 0.5;
            }
          /* A heading set in the margin beside the first line of its section is a row
           * of its own: larger or bold, no digits, the only words in that look in the
           * margin on its line (a table's header row has several). */
          for (guint i = 0; i < segs->len; i++)
            {
              CvSeg *seg = g_ptr_array_index (segs, i);
              gboolean alone = TRUE;

              if (!seg->margin || !(seg->size > body * 1.1 || seg->bold) || has_digit (seg->text)
                  || !g_unichar_isalpha (g_utf8_get_char (seg->text)))
                continue;
              for (guint j = 0; j < segs->len && alone; j++)
                {
                  CvSeg *o = g_ptr_array_index (segs, j);
                  if (o != seg && o->margin && !has_digit (o->text) && o->bold == seg->bold
                      && fabs (o->size - seg->size) < 0.5
                      && fabs ((o->y + o->h / 2) - (seg->y + seg->h / 2)) < MAX (o->h, seg->h) * 0.3)
                    alone = FALSE;
                }
              seg->lone = alone;
            }
        }
      {
        guint first = doc->rows->len;

        add_rows (doc->rows, segs, 0);
        /* A margin heading comes before the text that shares its line. */
        for (guint k = first + 1; k < doc->rows->len; k++)
          {
            CvRow *row = g_ptr_array_index (doc->rows, k);
            guint j = k;

            if (!((CvSeg *) g_ptr_array_index (row->segs, 0))->lone)
              continue;
            while (j > first)
              {
                CvRow *prev = g_ptr_array_index (doc->rows, j - 1);
                if (((CvSeg *) g_ptr_array_index (prev->segs, 0))->lone || prev->y + prev->h <= row->y + 1)
                  break;
                doc->rows->pdata[j] = prev;
                j--;
              }
            doc->rows->pdata[j] = row;
          }
      }
      return;
    }

  /* Columns: blocks between segments that span the gutter; in each block,
   * the left column, then the right one. */
  {
    g_autoptr(GPtrArray) left = g_ptr_array_new ();
    g_autoptr(GPtrArray) right = g_ptr_array_new ();
    g_autoptr(GPtrArray) spanning = g_ptr_array_new ();

    for (guint i = 0; i <= segs->len; i++)
      {
        CvSeg *seg = i < segs->len ? g_ptr_array_index (segs, i) : NULL;
        gboolean spans = seg != NULL && seg_spans (seg, split);

        if (seg == NULL || (spans && (left->len > 0 || right->len > 0)))
          {
            add_rows (doc->rows, left, 0);
            add_rows (doc->rows, right, 1);
            g_ptr_array_set_size (left, 0);
            g_ptr_array_set_size (right, 0);
          }
        if (seg == NULL)
          break;
        if (spans)
          {
            g_ptr_array_set_size (spanning, 0);
            g_ptr_array_add (spanning, seg);
            /* Keep segments of the same row together. */
            while (i + 1 < segs->len)
              {
                CvSeg *next = g_ptr_array_index (segs, i + 1);
                if (fabs ((next->y + next->h / 2) - (seg->y + seg->h / 2)) > seg->h * 0.3)
                  break;
                g_ptr_array_add (spanning, next);
                i++;
              }
            add_rows (doc->rows, spanning, 0);
          }
        else if (seg->x + seg->w / 2 < split)
          g_ptr_array_add (left, seg);
        else
          g_ptr_array_add (right, seg);
      }
  }
}

/* Pages [first, last] share one column layout (a sidebar running over
 * pages): the left column of every page, then the right one. */
static void
order_flow (PhoenixCvDoc *doc,
            GPtrArray   **page_segs,
            guint         first,
            guint         last,
            double        split)
{
  for (int side = 0; side < 2; side++)
    for (guint p = first; p <= last; p++)
      {
        g_autoptr(GPtrArray) column = g_ptr_array_new ();
        gboolean top = TRUE;

        for (guint i = 0; i < page_segs[p]->len; i++)
          {
            CvSeg *seg = g_ptr_array_index (page_segs[p], i);
            gboolean spans = seg_spans (seg, split);
            gboolean is_left = spans || seg->x + seg->w / 2 < split;

            /* Lines across the top of the first page: the header. */
            if (p == first && top && spans)
              {
                if (side == 0)
                  {
                    g_autoptr(GPtrArray) one = g_ptr_array_new ();
                    g_ptr_array_add (one, seg);
                    add_rows (doc->rows, one, 0);
                  }
                continue;
              }
            top = FALSE;
            if ((side == 0) == is_left)
              g_ptr_array_add (column, seg);
          }
        add_rows (doc->rows, column, side);
      }
}

static double
median_word_height (CvSeg *seg,
                    guint  first,
                    guint  last)
{
  g_autoptr(GArray) heights = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint k = first; k <= last; k++)
    g_array_append_val (heights, g_array_index (seg->words, PhoenixCvWord, k).height);
  for (guint i = 0; i < heights->len; i++)
    for (guint j = i + 1; j < heights->len; j++)
      if (g_array_index (heights, double, j) < g_array_index (heights, double, i))
        {
          double t = g_array_index (heights, double, i);
          g_array_index (heights, double, i) = g_array_index (heights, double, j);
          g_array_index (heights, double, j) = t;
        }
  return heights->len > 0 ? g_array_index (heights, double, heights->len / 2) : 0;
}

static CvSeg *
seg_from_words (CvSeg *seg,
                guint  first,
                guint  last)
{
  CvSeg *part = g_new0 (CvSeg, 1);
  g_autoptr(GString) text = g_string_new (NULL);
  double x1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE;

  for (guint k = first; k <= last; k++)
    {
      PhoenixCvWord *w = &g_array_index (seg->words, PhoenixCvWord, k);
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, w->text);
      x1 = MIN (x1, w->x);
      x2 = MAX (x2, w->x + w->width);
    }
  *part = *seg;
  part->words = NULL;
  part->word_chars = NULL;
  part->icon_lead = first == 0 && seg->icon_lead;
  part->text = phoenix_cv_normalize_text (text->str);
  part->fold = phoenix_text_fold (part->text);
  _phoenix_cv_seg_count (part);
  part->x = x1;
  part->w = x2 - x1;
  /* Words carry no font size: scale the line's by the words' heights. */
  {
    double all = median_word_height (seg, 0, seg->words->len - 1);
    double mine = median_word_height (seg, first, last);
    double y1 = G_MAXDOUBLE, y2 = -G_MAXDOUBLE;

    if (all > 0 && mine > 0)
      part->size = seg->size * mine / all;
    for (guint k = first; k <= last; k++)
      {
        PhoenixCvWord *w = &g_array_index (seg->words, PhoenixCvWord, k);
        y1 = MIN (y1, w->y);
        y2 = MAX (y2, w->y + w->height);
      }
    part->y = y1;
    part->h = y2 - y1;
  }
  return part;
}

/* Two columns set close together: a line of Poppler's may run from one
 * into the other. Cut such lines at the gutter, between two words. */
static void
cut_at_gutter (PhoenixCvDoc *doc,
               GPtrArray    *segs,
               double        split)
{
  guint n = segs->len;

  for (guint i = 0; i < n; i++)
    {
      CvSeg *seg = g_ptr_array_index (segs, i);

      if (seg->words == NULL || !seg_spans (seg, split))
        continue;
      for (guint k = 1; k < seg->words->len; k++)
        {
          PhoenixCvWord *a = &g_array_index (seg->words, PhoenixCvWord, k - 1);
          PhoenixCvWord *b = &g_array_index (seg->words, PhoenixCvWord, k);

          if (a->x + a->width <= split + 1 && b->x >= split - 1)
            {
              CvSeg *left = seg_from_words (seg, 0, k - 1);
              CvSeg *right = seg_from_words (seg, k, seg->words->len - 1);

              if (*left->text == '\0' || *right->text == '\0')
                {
                  g_ptr_array_add (doc->segs, left);
                  g_ptr_array_add (doc->segs, right);
                  left->removed = right->removed = TRUE;
                  left->replaced = right->replaced = TRUE;
                  break;
                }
              seg->removed = TRUE;
              seg->replaced = TRUE;
              g_ptr_array_index (segs, i) = left;
              g_ptr_array_add (segs, right);
              g_ptr_array_add (doc->segs, left);
              g_ptr_array_add (doc->segs, right);
              break;
            }
        }
    }
  g_ptr_array_sort (segs, compare_segs_by_y);
}

/* The segments of each page (@with_removed: those removed too), in the document's order, in one pass:
 * a page's segments looked for among the whole document's made the parse quadratic in the page count. */
GPtrArray **
_phoenix_cv_doc_segs_by_page (PhoenixCvDoc *doc,
                              gboolean      with_removed)
{
  GPtrArray **page_segs = g_new0 (GPtrArray *, doc->n_pages + 1);

  for (guint page = 0; page < doc->n_pages; page++)
    page_segs[page] = g_ptr_array_new ();
  for (guint i = 0; i < doc->segs->len; i++)
    {
      CvSeg *seg = g_ptr_array_index (doc->segs, i);
      if (seg->page < doc->n_pages && (with_removed || !seg->removed))
        g_ptr_array_add (page_segs[seg->page], seg);
    }
  return page_segs;
}

static void
order_pages (PhoenixCvDoc *doc)
{
  g_autofree GPtrArray **page_segs = _phoenix_cv_doc_segs_by_page (doc, FALSE);
  g_autofree Layout *layouts = g_new0 (Layout, doc->n_pages + 1);
  g_autofree double *splits = g_new0 (double, doc->n_pages + 1);

  for (guint page = 0; page < doc->n_pages; page++)
    {
      g_ptr_array_sort (page_segs[page], compare_segs_by_y);
      layouts[page] = find_split (doc, page_segs[page], &splits[page]);
      if (layouts[page] == LAYOUT_COLUMNS)
        cut_at_gutter (doc, page_segs[page], splits[page]);
    }
  for (guint page = 0; page < doc->n_pages; )
    {
      guint last = page;

      if (layouts[page] == LAYOUT_COLUMNS)
        while (last + 1 < doc->n_pages && layouts[last + 1] == LAYOUT_COLUMNS
               && fabs (splits[last + 1] - splits[page]) < 15)
          last++;
      if (last > page)
        order_flow (doc, page_segs, page, last, splits[page]);
      else
        order_page (doc, page_segs[page], layouts[page], splits[page]);
      page = last + 1;
    }
  for (guint page = 0; page < doc->n_pages; page++)
    g_ptr_array_unref (page_segs[page]);
}


static void
compute_statistics (PhoenixCvDoc *doc)
{
  g_autoptr(GHashTable) sizes = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) colors = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key, value;
  guint best = 0;
  g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < doc->segs->len; i++)
    {
      CvSeg *seg = g_ptr_array_index (doc->segs, i);
      guint n;
      gpointer k = GUINT_TO_POINTER ((guint) lround (seg->size * 10) + 1);
      gpointer c = GUINT_TO_POINTER (seg->color + 1);

      if (seg->removed)
        continue;
      n = (guint) seg->n_chars;
      g_hash_table_insert (sizes, k, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (sizes, k)) + n));
      g_hash_table_insert (colors, c, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (colors, c)) + n));
    }
  g_hash_table_iter_init (&iter, sizes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > best)
      {
        best = GPOINTER_TO_UINT (value);
        doc->body_size = (GPOINTER_TO_UINT (key) - 1) / 10.0;
      }
  best = 0;
  g_hash_table_iter_init (&iter, colors);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > best)
      {
        best = GPOINTER_TO_UINT (value);
        doc->body_color = GPOINTER_TO_UINT (key) - 1;
      }

  for (guint i = 0; i < doc->rows->len; i++)
    {
      CvRow *row = g_ptr_array_index (doc->rows, i);
      double pitch = row->gap_before + row->h;
      if (row->gap_before >= 0 && fabs (row->size - doc->body_size) < 0.3)
        g_array_append_val (gaps, pitch);
    }
  if (gaps->len > 0)
    {
      g_array_sort (gaps, compare_doubles);
      doc->leading = g_array_index (gaps, double, gaps->len / 2);
    }
  else
    doc->leading = doc->body_size * 1.2;
}

void
_phoenix_cv_doc_order (PhoenixCvDoc *doc)
{
  order_pages (doc);
  compute_statistics (doc);
}
