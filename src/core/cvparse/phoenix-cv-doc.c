/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-parser"

#include "config.h"

#include <math.h>
#include <string.h>

#include "phoenix-cv-doc.h"
#include "phoenix-cv-text.h"
#include "phoenix-text-fold.h"

/*
 * The parser's document made from positioned lines: each line a segment (its text normalised and
 * folded, its coordinates brought within a page), one line at a time as the lines come
 * (PhoenixCvDocBuilder: an import parses a page's lines while the helper reads the next page),
 * then what needs the whole document: run-in headings, running headers and footers, letter pages
 * (phoenix-cv-clean.c) and the reading order (phoenix-cv-reading-order.c).
 */

static void
seg_free (gpointer data)
{
  CvSeg *seg = data;

  g_free (seg->text);
  g_free (seg->fold);
  g_clear_pointer (&seg->words, g_array_unref);
  g_free (seg->word_chars);
  g_free (seg);
}

static void
row_free (gpointer data)
{
  CvRow *row = data;

  g_ptr_array_unref (row->segs);
  if (!row->shared)
    {
      g_free (row->text);
      g_free (row->fold);
    }
  g_free (row);
}

void
_phoenix_cv_doc_free (PhoenixCvDoc *doc)
{
  if (doc == NULL)
    return;
  g_clear_pointer (&doc->rows, g_ptr_array_unref);
  g_clear_pointer (&doc->segs, g_ptr_array_unref);
  g_clear_pointer (&doc->section_titles, g_ptr_array_unref);
  g_clear_pointer (&doc->profile, json_object_unref);
  g_clear_pointer (&doc->confidence, json_object_unref);
  g_clear_pointer (&doc->unassigned, g_ptr_array_unref);
  g_free (doc);
}

void
_phoenix_cv_seg_count (CvSeg *seg)
{
  glong n = 0;
  guint upper = 0;
  gboolean lower = FALSE;

  for (const char *p = seg->text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);

      n++;
      if (c < 0x80 ? g_ascii_islower ((char) c) : g_unichar_islower (c))
        lower = TRUE;
      else if (c < 0x80 ? g_ascii_isupper ((char) c) : g_unichar_isupper (c))
        upper++;
    }
  seg->n_chars = n;
  seg->has_lower = lower;
  seg->n_upper = upper;
}

/* Coordinates come from a PDF (or a helper's reply) and may be anything: a page
 * 2^32 points wide, NaN, a font size of 1e300. They are brought within what a
 * page can be (PDF's own limit is 14,400 units) before any of them becomes an
 * array size or an unsigned integer. */
#define MAX_COORD     20000.0
#define MAX_FONT_SIZE 1000.0
#define MAX_PAGES     1000

static double
clamp_coord (double value,
             double low)
{
  if (!isfinite (value))
    return 0;
  return CLAMP (value, low, MAX_COORD);
}

/* The page size given, or 0 (then measured from the text) when it is no size. */
static double
sane_page_size (double size)
{
  if (!isfinite (size) || size <= 0)
    return 0;
  return MIN (size, MAX_COORD);
}

/* A run-in heading: a bold heading in capitals with the section's first words after it
 * on the same line, in another weight. It gets a row of its own. */
static void
mark_run_in_headings (PhoenixCvDoc *doc)
{
  g_autofree GPtrArray **page_segs = _phoenix_cv_doc_segs_by_page (doc, TRUE);

  for (guint i = 0; i < doc->segs->len; i++)
    {
      CvSeg *seg = g_ptr_array_index (doc->segs, i);
      GPtrArray *same_page = seg->page < doc->n_pages ? page_segs[seg->page] : NULL;
      double c = seg->y + seg->h / 2;

      if (same_page == NULL || !seg->bold || seg->has_lower || seg->n_upper < 2
          || _phoenix_cv_heading_kind (seg->fold, TRUE) == CV_SECTION_NONE)
        continue;
      for (guint j = 0; j < same_page->len; j++)
        {
          CvSeg *o = g_ptr_array_index (same_page, j);
          double gap = o->x - (seg->x + seg->w);

          if (o != seg && !o->bold && gap > -1 && gap < 2.5 * MAX (seg->size, 4.0)
              && fabs (o->y + o->h / 2 - c) < MAX (o->h, seg->h) * 0.3
              && o->n_chars > 20)
            {
              seg->lone = TRUE;
              break;
            }
        }
    }
  for (guint page = 0; page < doc->n_pages; page++)
    g_ptr_array_unref (page_segs[page]);
}

struct _PhoenixCvDocBuilder
{
  PhoenixCvDoc *doc;
  double        measured_width;   /* the text's extent: the page size when none is given */
  double        measured_height;
};

PhoenixCvDocBuilder *
_phoenix_cv_doc_builder_new (void)
{
  PhoenixCvDocBuilder *builder = g_new0 (PhoenixCvDocBuilder, 1);
  PhoenixCvDoc *doc = g_new0 (PhoenixCvDoc, 1);

  doc->segs = g_ptr_array_new_with_free_func (seg_free);
  doc->rows = g_ptr_array_new_with_free_func (row_free);
  doc->section_titles = g_ptr_array_new_with_free_func (g_free);
  doc->unassigned = g_ptr_array_new_with_free_func (g_free);
  doc->profile = json_object_new ();
  doc->confidence = json_object_new ();
  doc->name_row = -1;
  builder->doc = doc;
  return builder;
}

void
_phoenix_cv_doc_builder_free (PhoenixCvDocBuilder *builder)
{
  if (builder == NULL)
    return;
  _phoenix_cv_doc_free (builder->doc);
  g_free (builder);
}

void
_phoenix_cv_doc_builder_add_line (PhoenixCvDocBuilder *builder,
                                  PhoenixCvLine       *line)
{
  PhoenixCvDoc *doc = builder->doc;
  g_autofree char *text = NULL;
  CvSeg *seg;
  double x, y, width, height, font_size;

  if (line->page >= MAX_PAGES || line->text == NULL)
    return;
  x = clamp_coord (line->x, -MAX_COORD);
  y = clamp_coord (line->y, -MAX_COORD);
  width = clamp_coord (line->width, 0);
  height = clamp_coord (line->height, 0);
  font_size = isfinite (line->font_size) ? CLAMP (line->font_size, 0, MAX_FONT_SIZE) : 0;
  text = phoenix_cv_normalize_text (line->text);

  if (_phoenix_cv_is_letter_spaced (text))
    {
      g_autofree char *joined = _phoenix_cv_join_letter_spaced (text, line->words);
      g_free (text);
      text = _phoenix_cv_unglue_heading (joined);
    }
  if (*text == '\0')
    {
      /* An icon glyph alone: a small one at the start of a row is a
       * bullet; keep it as one so the row reads as a list item. */
      if (line->text[0] != '\0' && width <= MAX (8.0, font_size) && width > 0)
        {
          g_free (text);
          text = g_strdup ("\u2022");
        }
      else
        return;
    }
  seg = g_new0 (CvSeg, 1);
  {
    gunichar first = g_utf8_get_char_validated (line->text, -1);
    seg->icon_lead = first == 0xFFFD || (first >= 0xE000 && first <= 0xF8FF);
  }
  /* Both held to the end: at their size (normalising and folding leave room to grow). */
  seg->fold = phoenix_text_fold (text);
  seg->fold = g_realloc (seg->fold, strlen (seg->fold) + 1);
  {
    gsize len = strlen (text);

    seg->text = g_realloc (g_steal_pointer (&text), len + 1);
  }
  _phoenix_cv_seg_count (seg);
  if (line->page > 0)
    _phoenix_cv_seg_read_letter (seg);
  seg->page = line->page;
  seg->x = x;
  seg->y = y;
  seg->w = width;
  seg->h = MAX (0.5, height);
  seg->size = font_size > 0 ? font_size : seg->h;
  seg->bold = line->bold;
  seg->color = line->color;
  if (line->words != NULL && line->words->len > 1)
    {
      guint n_words = line->words->len;
      gsize n_chars = 0;
      char *chars;

      /* Copied, not taken: the segment's words made here, in the parse's thread, in two blocks
       * (their boxes, then their texts one after the other), while the line's (made word by word
       * by the stream's reader, in the reading thread's arena) are freed with the line, so the
       * reader makes the next page's in the same memory. */
      for (guint k = 0; k < n_words; k++)
        n_chars += strlen (g_array_index (line->words, PhoenixCvWord, k).text) + 1;
      seg->words = g_array_append_vals (g_array_sized_new (FALSE, FALSE, sizeof (PhoenixCvWord), n_words),
                                        line->words->data, n_words);
      seg->word_chars = chars = g_malloc (n_chars);
      for (guint k = 0; k < n_words; k++)
        {
          PhoenixCvWord *word = &g_array_index (seg->words, PhoenixCvWord, k);
          gsize size = strlen (word->text) + 1;

          memcpy (chars, word->text, size);
          word->text = chars;
          chars += size;
          word->x = clamp_coord (word->x, -MAX_COORD);
          word->y = clamp_coord (word->y, -MAX_COORD);
          word->width = clamp_coord (word->width, 0);
          word->height = clamp_coord (word->height, 0);
        }
    }
  doc->n_pages = MAX (doc->n_pages, line->page + 1);
  builder->measured_width = MIN (MAX (builder->measured_width, x + width), MAX_COORD);
  builder->measured_height = MIN (MAX (builder->measured_height, y + height), MAX_COORD);
  g_ptr_array_add (doc->segs, seg);
}

PhoenixCvDoc *
_phoenix_cv_doc_builder_finish (PhoenixCvDocBuilder *builder,
                                double               page_width,
                                double               page_height)
{
  PhoenixCvDoc *doc = g_steal_pointer (&builder->doc);

  page_width = sane_page_size (page_width);
  page_height = sane_page_size (page_height);
  doc->page_width = page_width > 0 ? page_width : builder->measured_width + 20;
  doc->page_height = page_height > 0 ? page_height : builder->measured_height + 20;
  g_free (builder);

  mark_run_in_headings (doc);
  _phoenix_cv_remove_running_lines (doc);
  _phoenix_cv_remove_letter_pages (doc);

  _phoenix_cv_doc_order (doc);

  /* Removed text is not lost: cover letters end up unassigned. */
  for (guint i = 0; i < doc->segs->len; i++)
    {
      CvSeg *seg = g_ptr_array_index (doc->segs, i);

      /* The words served the reading order (a line cut at a gutter) only: let go of before the
       * sections are read, which is when the parse holds the most. */
      g_clear_pointer (&seg->words, g_array_unref);
      g_clear_pointer (&seg->word_chars, g_free);
      if (seg->removed && !seg->replaced && !_phoenix_cv_is_page_number (seg->fold) && seg->page > 0)
        {
          /* Running headers are repeats; only keep letter text. */
          gboolean running = seg->y < doc->page_height * 0.09 || seg->y + seg->h > doc->page_height * 0.91;
          if (!running)
            g_ptr_array_add (doc->unassigned, g_strdup (seg->text));
        }
    }
  return doc;
}

PhoenixCvDoc *
_phoenix_cv_doc_new (GPtrArray *lines,
                     double     page_width,
                     double     page_height,
                     gboolean   consume)
{
  PhoenixCvDocBuilder *builder = _phoenix_cv_doc_builder_new ();

  for (guint i = 0; i < lines->len; i++)
    {
      _phoenix_cv_doc_builder_add_line (builder, g_ptr_array_index (lines, i));
      /* Consuming: each line freed once read, so a long document's lines and their copy here
       * are never held both. */
      if (consume)
        g_clear_pointer (&g_ptr_array_index (lines, i), phoenix_cv_line_free);
    }
  return _phoenix_cv_doc_builder_finish (builder, page_width, page_height);
}
