/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-pdf-text"

#include "config.h"

#include <math.h>
#include <string.h>

#include "phoenix-pdf-text.h"

/* A word of the page: its text is at start in the page's characters (PageChars), ended by a NUL. */
typedef struct
{
  double   x1, y1, x2, y2;
  gsize    start;     /* in PageChars.text */
  guint    n_chars;   /* characters in its text */
  double   font_size;
  gboolean bold;
  guint32  color;
  gboolean icons;
} Word;

/* The characters of every word of a page in one buffer, each word's ended by a NUL; a word is
 * only ever added to while it is the last one. */
typedef struct
{
  GString *text;
  GString *line;      /* emit_segment()'s line text, reused */
} PageChars;

static inline const char *
word_text (const PageChars *chars,
           const Word      *word)
{
  return chars->text->str + word->start;
}

static char *
font_base_name (const char *font_name)
{
  const char *plus;

  if (font_name == NULL)
    return g_strdup ("");
  /* Subset fonts are named "ABCDEF+RealName". */
  plus = strchr (font_name, '+');
  if (plus != NULL && plus - font_name == 6)
    font_name = plus + 1;
  return g_ascii_strdown (font_name, -1);
}

gboolean
phoenix_pdf_text_font_is_bold (const char *font_name)
{
  static const char * const marks[] = {
    "bold", "black", "heavy", "semibold", "demi", ",bd", "-bd", "-sb",
  };
  static const char * const tex_prefixes[] = {
    "cmbx", "sfbx", "ecbx", "ecrb", "cmb1", "cmssbx", "lmroman10-bold",
  };
  g_autofree char *name = font_base_name (font_name);

  for (gsize i = 0; i < G_N_ELEMENTS (marks); i++)
    if (strstr (name, marks[i]) != NULL)
      return TRUE;
  for (gsize i = 0; i < G_N_ELEMENTS (tex_prefixes); i++)
    if (g_str_has_prefix (name, tex_prefixes[i]))
      return TRUE;
  return FALSE;
}

gboolean
phoenix_pdf_text_font_is_icons (const char *font_name)
{
  static const char * const marks[] = {
    "awesome", "marvosym", "academicons", "icons", "glyphicons", "dingbat",
    "wasy", "octicons", "ionicons", "materialdesign", "entypo", "pxfonts-sym",
  };
  g_autofree char *name = font_base_name (font_name);

  for (gsize i = 0; i < G_N_ELEMENTS (marks); i++)
    if (strstr (name, marks[i]) != NULL)
      return TRUE;
  return FALSE;
}

static guint32
color_to_rgb (const PopplerColor *color)
{
  return ((guint32) (color->red >> 8) << 16) | ((guint32) (color->green >> 8) << 8) | (guint32) (color->blue >> 8);
}

static int
compare_words_by_center (gconstpointer a,
                         gconstpointer b)
{
  const Word *wa = *(Word * const *) a;
  const Word *wb = *(Word * const *) b;
  double ca = (wa->y1 + wa->y2) / 2;
  double cb = (wb->y1 + wb->y2) / 2;

  if (ca < cb)
    return -1;
  if (ca > cb)
    return 1;
  return (wa->x1 > wb->x1) - (wa->x1 < wb->x1);
}

static int
compare_words_by_x (gconstpointer a,
                    gconstpointer b)
{
  const Word *wa = *(Word * const *) a;
  const Word *wb = *(Word * const *) b;

  return (wa->x1 > wb->x1) - (wa->x1 < wb->x1);
}

/* The colour most of the characters of words [first, last] have. A segment has a few words: each
 * colour is counted over them. A tie is settled as it always was, by the first of the tied colours
 * in a GHashTable's order (the lines must not change with this code). */
static guint32
segment_color (GPtrArray *words,
               guint      first,
               guint      last)
{
  guint32 color = 0;
  guint best = 0, n_best = 0;
  GHashTable *colors;
  GHashTableIter iter;
  gpointer key, value;

  for (guint i = first; i <= last; i++)
    {
      Word *w = g_ptr_array_index (words, i);
      gboolean seen = FALSE;
      guint n = 0;

      for (guint j = first; j < i && !seen; j++)
        seen = ((Word *) g_ptr_array_index (words, j))->color == w->color;
      if (seen)
        continue;
      for (guint j = i; j <= last; j++)
        {
          Word *o = g_ptr_array_index (words, j);
          if (o->color == w->color)
            n += o->n_chars;
        }
      if (n > best)
        {
          best = n;
          n_best = 1;
          color = w->color;
        }
      else if (n == best)
        n_best++;
    }
  if (n_best <= 1)
    return color;

  colors = g_hash_table_new (NULL, NULL);
  for (guint i = first; i <= last; i++)
    {
      Word *w = g_ptr_array_index (words, i);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (colors, GUINT_TO_POINTER (w->color + 1))) + w->n_chars;

      g_hash_table_insert (colors, GUINT_TO_POINTER (w->color + 1), GUINT_TO_POINTER (count));
    }
  best = 0;
  color = 0;
  g_hash_table_iter_init (&iter, colors);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) > best)
      {
        best = GPOINTER_TO_UINT (value);
        color = GPOINTER_TO_UINT (key) - 1;
      }
  g_hash_table_unref (colors);
  return color;
}

static void
emit_segment (GPtrArray *lines,
              GPtrArray *words,
              PageChars *chars,
              guint      first,
              guint      last,
              guint      page_index)
{
  GString *text = chars->line;
  double x1 = G_MAXDOUBLE, y1 = G_MAXDOUBLE, x2 = -G_MAXDOUBLE, y2 = -G_MAXDOUBLE;
  double best_size = 0;
  gsize bold_chars = 0, all_chars = 0;
  guint32 color;
  PhoenixCvLine *line;
  guint best_size_count = 0;

  g_string_truncate (text, 0);
  for (guint i = first; i <= last; i++)
    {
      Word *w = g_ptr_array_index (words, i);
      gsize n = w->n_chars;

      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, word_text (chars, w));
      x1 = MIN (x1, w->x1);
      y1 = MIN (y1, w->y1);
      x2 = MAX (x2, w->x2);
      y2 = MAX (y2, w->y2);
      all_chars += n;
      if (w->bold)
        bold_chars += n;
    }

  color = segment_color (words, first, last);

  /* The line's font size is the one most of its characters have. */
  for (guint i = first; i <= last; i++)
    {
      Word *w = g_ptr_array_index (words, i);
      double size = w->font_size;
      guint n = 0;

      for (guint j = first; j <= last; j++)
        {
          Word *o = g_ptr_array_index (words, j);
          if (fabs (o->font_size - size) < 0.05)
            n += o->n_chars;
        }
      if (n > best_size_count || (n == best_size_count && size > best_size))
        {
          best_size_count = n;
          best_size = size;
        }
    }

  line = phoenix_cv_line_new (page_index, x1, y1, x2 - x1, y2 - y1, text->str,
                              best_size, bold_chars * 2 > all_chars, color);
  phoenix_cv_line_reserve_words (line, last - first + 1);
  for (guint i = first; i <= last; i++)
    {
      Word *w = g_ptr_array_index (words, i);
      phoenix_cv_line_add_word (line, w->x1, w->y1, w->x2 - w->x1, w->y2 - w->y1, word_text (chars, w));
    }
  g_ptr_array_add (lines, line);
}

/* TRUE when words [first, last] are bold capitals, three letters or more. */
static gboolean
run_is_caps (GPtrArray       *row,
             const PageChars *chars,
             guint            first,
             guint            last)
{
  guint upper = 0;

  for (guint i = first; i <= last; i++)
    {
      Word *w = g_ptr_array_index (row, i);
      if (!w->bold)
        return FALSE;
      for (const char *p = word_text (chars, w); *p; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          if (g_unichar_islower (c))
            return FALSE;
          if (g_unichar_isupper (c))
            upper++;
        }
    }
  return upper >= 3;
}

/* Splits one visual row of words (sorted by x) into lines at wide gaps. */
static void
emit_row (GPtrArray *lines,
          GPtrArray *row,
          PageChars *chars,
          guint      page_index)
{
  guint first = 0;

  g_ptr_array_sort (row, compare_words_by_x);
  for (guint i = 1; i <= row->len; i++)
    {
      gboolean split = (i == row->len);

      if (!split)
        {
          Word *prev = g_ptr_array_index (row, i - 1);
          Word *w = g_ptr_array_index (row, i);
          double size = MAX (4.0, MIN (prev->font_size, w->font_size));
          double gap = w->x1 - prev->x2;

          split = gap > 1.0 * size || gap < -0.5 * size;
          /* A run-in heading: bold capitals, then the text in another weight on
           * the same line ("PROFIL  Dix ans de…"). */
          if (!split && i - first <= 4 && prev->bold && !w->bold && run_is_caps (row, chars, first, i - 1))
            split = TRUE;
        }
      if (split)
        {
          emit_segment (lines, row, chars, first, i - 1, page_index);
          first = i;
        }
    }
}

/* g_unichar_isspace() or a no-break space; ASCII told without Unicode's tables (its spaces
 * there: space, tab, line feed, form feed, carriage return, not the vertical tab). */
static inline gboolean
is_space (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || (c >= '\t' && c <= '\r' && c != '\v');
  return c == 0xA0 || g_unichar_isspace (c);
}

/* Appends @c to @word, the last word of @chars. */
static void
word_append (PageChars *chars,
             Word      *word,
             gunichar   c)
{
  /* Its NUL goes, the character and a new NUL come. */
  g_string_truncate (chars->text, chars->text->len - 1);
  g_string_append_unichar (chars->text, c);
  g_string_append_c (chars->text, '\0');
  word->n_chars++;
}

GPtrArray *
phoenix_pdf_text_page_lines (PopplerPage *page,
                             guint        page_index)
{
  g_autofree char *text = NULL;
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  GList *attributes;
  g_autoptr(GArray) word_store = NULL;
  g_autoptr(GPtrArray) words = NULL;
  PageChars chars = { NULL, NULL };
  GPtrArray *lines = g_ptr_array_new_with_free_func ((GDestroyNotify) phoenix_cv_line_free);
  g_autoptr(GPtrArray) row = g_ptr_array_new ();
  const char *p;
  guint index = 0;
  GList *attr_link;
  Word *current = NULL;   /* always the last word of word_store */
  Word *spaced = NULL;    /* the word before the last space */
  double row_top = 0, row_bottom = 0;
  /* The font checks of the attribute run last seen: a run spans many characters. */
  PopplerTextAttributes *checked_attr = NULL;
  gboolean attr_icons = FALSE, attr_bold = FALSE;

  g_return_val_if_fail (POPPLER_IS_PAGE (page), lines);

  text = poppler_page_get_text (page);
  if (text == NULL || !poppler_page_get_text_layout (page, &rects, &n_rects))
    {
      g_free (rects);
      return lines;
    }
  attributes = poppler_page_get_text_attributes (page);
  attr_link = attributes;
  /* At most one word a character: the words never move while the page is read. */
  word_store = g_array_sized_new (FALSE, FALSE, sizeof (Word), MIN (n_rects, strlen (text)) + 1);
  chars.text = g_string_sized_new (strlen (text) * 2 + 16);
  chars.line = g_string_sized_new (256);

  for (p = text; *p != '\0' && index < n_rects; p = g_utf8_next_char (p), index++)
    {
      gunichar c = g_utf8_get_char (p);
      PopplerTextAttributes *attr = NULL;
      PopplerRectangle *r = &rects[index];
      gboolean icons;

      while (attr_link != NULL && ((PopplerTextAttributes *) attr_link->data)->end_index < (int) index)
        attr_link = attr_link->next;
      if (attr_link != NULL && ((PopplerTextAttributes *) attr_link->data)->start_index <= (int) index)
        attr = attr_link->data;

      if (is_space (c))
        {
          /* A space Poppler guessed between glyphs set closer than any word space
           * (letter-spaced capitals: "C ONTACT") is no space: decided below. */
          if (current != NULL)
            spaced = c == '\n' ? NULL : current;
          current = NULL;
          continue;
        }
      if (attr != checked_attr)
        {
          /* A run of another colour or size in the same font keeps the font's checks. */
          if (attr == NULL || checked_attr == NULL || g_strcmp0 (attr->font_name, checked_attr->font_name) != 0)
            {
              attr_icons = attr != NULL && phoenix_pdf_text_font_is_icons (attr->font_name);
              attr_bold = attr != NULL && phoenix_pdf_text_font_is_bold (attr->font_name);
            }
          checked_attr = attr;
        }
      icons = attr_icons;
      if (current == NULL && spaced != NULL && spaced->x2 <= r->x1 && !icons && !spaced->icons
          && r->x1 - spaced->x2 < 0.12 * MAX (2.0, spaced->font_size)
          && fabs ((r->y1 + r->y2) / 2 - (spaced->y1 + spaced->y2) / 2) < 0.2 * MAX (2.0, spaced->font_size))
        current = spaced;
      spaced = NULL;
      if (current != NULL)
        {
          double size = MAX (2.0, current->font_size);
          /* Poppler's word may hold glyphs far apart (or on another line):
           * start a new word when the geometry jumps. */
          if (r->x1 - current->x2 > 0.3 * size || r->x1 < current->x1 - 0.5 * size
              || fabs ((r->y1 + r->y2) / 2 - (current->y1 + current->y2) / 2) > 0.5 * size
              || icons != current->icons)
            current = NULL;
        }
      if (current == NULL)
        {
          Word word = { r->x1, r->y1, r->x2, r->y2, chars.text->len, 0,
                        attr != NULL ? attr->font_size : (r->y2 - r->y1), attr_bold,
                        attr != NULL ? color_to_rgb (&attr->color) : 0, icons };

          g_array_append_val (word_store, word);
          current = &g_array_index (word_store, Word, word_store->len - 1);
          g_string_append_c (chars.text, '\0');
        }
      /* Icon fonts map their glyphs to letters or private-use code points:
       * mark them so the parser drops them. */
      word_append (&chars, current, icons ? 0xFFFD : c);
      current->x1 = MIN (current->x1, r->x1);
      current->y1 = MIN (current->y1, r->y1);
      current->x2 = MAX (current->x2, r->x2);
      current->y2 = MAX (current->y2, r->y2);
    }

  poppler_page_free_text_attributes (attributes);
  g_free (rects);

  /* Group words into rows by their vertical centre, then rows into lines. */
  words = g_ptr_array_sized_new (word_store->len);
  for (guint i = 0; i < word_store->len; i++)
    g_ptr_array_add (words, &g_array_index (word_store, Word, i));
  g_ptr_array_sort (words, compare_words_by_center);
  for (guint i = 0; i < words->len; i++)
    {
      Word *w = g_ptr_array_index (words, i);
      double center = (w->y1 + w->y2) / 2;

      if (row->len > 0 && (center > row_bottom || center < row_top))
        {
          emit_row (lines, row, &chars, page_index);
          g_ptr_array_set_size (row, 0);
        }
      if (row->len == 0)
        {
          double h = w->y2 - w->y1;
          row_top = center - 0.35 * h;
          row_bottom = center + 0.35 * h;
        }
      g_ptr_array_add (row, w);
    }
  if (row->len > 0)
    emit_row (lines, row, &chars, page_index);

  g_string_free (chars.text, TRUE);
  g_string_free (chars.line, TRUE);
  return lines;
}
