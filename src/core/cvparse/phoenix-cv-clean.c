/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-parser"

#include "config.h"

#include <string.h>

#include "phoenix-cv-doc.h"
#include "phoenix-cv-text.h"

/*
 * Clean-up before reading order: running headers and footers, page numbers,
 * cover-letter pages, letter-spaced words.
 */

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

/* Text with digits blanked, to compare running headers ("Page 2 of 3"). */
static char *
running_key (const char *fold)
{
  GString *s = g_string_new (NULL);

  for (const char *p = fold; *p; p++)
    g_string_append_c (s, g_ascii_isdigit (*p) ? '#' : *p);
  return g_string_free (s, FALSE);
}

gboolean
_phoenix_cv_is_page_number (const char *fold)
{
  static GRegex *re = NULL;

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new ("^(page\\s*)?\\d{1,3}(\\s*(/|of|sur|de)\\s*\\d{1,3})?$|^-\\s*\\d{1,3}\\s*-$",
                                         G_REGEX_OPTIMIZE, 0, NULL));
  return g_regex_match (re, fold, 0, NULL);
}

void
_phoenix_cv_remove_running_lines (PhoenixCvDoc *doc)
{
  g_autoptr(GHashTable) pages_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  double band = doc->page_height * 0.09;

  for (guint i = 0; i < doc->segs->len; i++)
    {
      CvSeg *seg = g_ptr_array_index (doc->segs, i);
      gboolean in_band = seg->y < band || seg->y + seg->h > doc->page_height - band;
      g_autofree char *key = NULL;
      guint mask;

      if (seg->y + seg->h > doc->page_height * 0.85 && _phoenix_cv_is_page_number (seg->fold))
        {
          seg->removed = TRUE;
          continue;
        }
      if (!in_band)
        continue;
      if (doc->n_pages < 2)
        continue;
      key = running_key (seg->fold);
      mask = GPOINTER_TO_UINT (g_hash_table_lookup (pages_of, key));
      mask |= 1u << MIN (seg->page, 31u);
      g_hash_table_replace (pages_of, g_steal_pointer (&key), GUINT_TO_POINTER (mask));
    }
  if (doc->n_pages < 2)
    return;
  for (guint i = 0; i < doc->segs->len; i++)
    {
      CvSeg *seg = g_ptr_array_index (doc->segs, i);
      gboolean in_top = seg->y < band;
      gboolean in_bottom = seg->y + seg->h > doc->page_height - band;
      g_autofree char *key = NULL;
      guint mask;

      if (!(in_top || in_bottom) || seg->removed)
        continue;
      key = running_key (seg->fold);
      mask = GPOINTER_TO_UINT (g_hash_table_lookup (pages_of, key));
      /* Repeated on two pages or more: a running header or footer. The first
       * page keeps its top lines (often the name). */
      if (__builtin_popcount (mask) >= 2 && (seg->page > 0 || in_bottom))
        seg->removed = TRUE;
    }
}

static GRegex *
letter_regex (gboolean closing)
{
  static GRegex *open_re = NULL;
  static GRegex *close_re = NULL;

  if (g_once_init_enter (&open_re))
    g_once_init_leave (&open_re, g_regex_new ("^(dear |to whom it may concern|madame,? monsieur|madame, |monsieur, |objet ?:|subject ?:)",
                                              G_REGEX_OPTIMIZE, 0, NULL));
  if (g_once_init_enter (&close_re))
    g_once_init_leave (&close_re, g_regex_new ("^(yours (sincerely|faithfully|truly)|sincerely|best regards|kind regards|veuillez agreer|je vous prie d'agreer|cordialement|respectfully)",
                                               G_REGEX_OPTIMIZE, 0, NULL));
  return closing ? close_re : open_re;
}

void
_phoenix_cv_seg_read_letter (CvSeg *seg)
{
  seg->letter_opening = g_regex_match (letter_regex (FALSE), seg->fold, 0, NULL);
  seg->letter_closing = g_regex_match (letter_regex (TRUE), seg->fold, 0, NULL);
}

/* A page after the first that reads as a letter ("Dear…", "Madame, Monsieur")
 * is not part of the CV. */
void
_phoenix_cv_remove_letter_pages (PhoenixCvDoc *doc)
{
  g_autofree gboolean *opening = g_new0 (gboolean, doc->n_pages + 1);
  g_autofree gboolean *closing = g_new0 (gboolean, doc->n_pages + 1);

  for (guint i = 0; i < doc->segs->len; i++)
    {
      CvSeg *seg = g_ptr_array_index (doc->segs, i);
      if (seg->page == 0 || seg->page >= doc->n_pages)
        continue;
      if (seg->letter_opening)
        opening[seg->page] = TRUE;
      if (seg->letter_closing)
        closing[seg->page] = TRUE;
    }
  for (guint i = 0; i < doc->segs->len; i++)
    {
      CvSeg *seg = g_ptr_array_index (doc->segs, i);
      if (seg->page > 0 && seg->page < doc->n_pages && opening[seg->page] && closing[seg->page])
        seg->removed = TRUE;
    }
}

/* "E X P É R I E N C E": every token one letter, four or more. */
gboolean
_phoenix_cv_is_letter_spaced (const char *text)
{
  guint singles = 0;
  const char *p = text;

  while (*p)
    {
      const char *end = strchr (p, ' ');
      gsize n = end != NULL ? (gsize) (end - p) : strlen (p);

      if (g_utf8_strlen (p, (gssize) n) != 1 || !g_unichar_isalpha (g_utf8_get_char (p)))
        return FALSE;
      singles++;
      p += n;
      while (*p == ' ')
        p++;
    }
  return singles >= 4;
}

/* Joins the letters; a gap much wider than the others between two word
 * boxes is a space between words. */
char *
_phoenix_cv_join_letter_spaced (const char *text,
                                GArray     *words)
{
  GString *out = g_string_new (NULL);
  g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (double));
  double typical = 0;
  guint k = 0;

  guint tokens = 1;

  for (const char *p = text; *p; p++)
    if (*p == ' ')
      tokens++;
  if (words != NULL && words->len != tokens)
    words = NULL;   /* the boxes are not one per letter */
  if (words != NULL && words->len > 2)
    {
      for (guint i = 1; i < words->len; i++)
        {
          PhoenixCvWord *a = &g_array_index (words, PhoenixCvWord, i - 1);
          PhoenixCvWord *b = &g_array_index (words, PhoenixCvWord, i);
          double gap = b->x - (a->x + a->width);
          g_array_append_val (gaps, gap);
        }
      {
        g_autoptr(GArray) sorted = g_array_copy (gaps);
        g_array_sort (sorted, compare_doubles);
        typical = g_array_index (sorted, double, sorted->len / 2);
      }
    }
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == ' ')
        {
          if (words != NULL && words->len > 2 && k < gaps->len
              && g_array_index (gaps, double, k) > MAX (typical * 1.8, typical + 2))
            g_string_append_c (out, ' ');
          k++;
          continue;
        }
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}
