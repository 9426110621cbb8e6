/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-parser"

#include "config.h"

#include <string.h>

#include "phoenix-cv-dates.h"
#include "phoenix-cv-parser.h"
#include "phoenix-text-fold.h"

/* Dates in CVs, French and English: "janv. 2019 – aujourd'hui", "03/2019", "2015-2018",
 * "depuis 2021", found in phoenix_text_fold()'s form of the text and given back in the
 * text's own char offsets. */

typedef struct
{
  const char *word;
  int         month;
} MonthWord;

static const MonthWord month_words[] = {
  { "january", 1 }, { "janvier", 1 }, { "janv", 1 }, { "jan", 1 },
  { "february", 2 }, { "fevrier", 2 }, { "fevr", 2 }, { "fev", 2 }, { "feb", 2 },
  { "march", 3 }, { "mars", 3 }, { "mar", 3 },
  { "april", 4 }, { "avril", 4 }, { "avr", 4 }, { "apr", 4 },
  { "may", 5 }, { "mai", 5 },
  { "june", 6 }, { "juin", 6 }, { "jun", 6 },
  { "july", 7 }, { "juillet", 7 }, { "juil", 7 }, { "jul", 7 },
  { "august", 8 }, { "aout", 8 }, { "aug", 8 },
  { "september", 9 }, { "septembre", 9 }, { "sept", 9 }, { "sep", 9 },
  { "october", 10 }, { "octobre", 10 }, { "oct", 10 },
  { "november", 11 }, { "novembre", 11 }, { "nov", 11 },
  { "december", 12 }, { "decembre", 12 }, { "dec", 12 },
};

static const char * const present_words[] = {
  "aujourd'hui", "aujourd hui", "aujourdhui", "actuellement", "actuel", "present", "current",
  "currently", "now", "today", "ce jour", "en cours", "ongoing", "maintenant", "date",
};

static gboolean
is_word_char (gunichar c)
{
  /* ASCII's letters and digits are Unicode's there. */
  return c < 0x80 ? g_ascii_isalnum ((char) c) : g_unichar_isalnum (c);
}

gboolean
_phoenix_cv_match_word_at (const gunichar *s,
                           glong           len,
                           glong           i,
                           const char     *word,
                           glong          *end)
{
  glong k = 0;

  /* Most words differ at their first letter: that is looked at first. */
  if (i >= len || s[i] != (gunichar) word[0])
    return FALSE;
  if (i > 0 && is_word_char (s[i - 1]))
    return FALSE;
  for (; word[k] != '\0'; k++)
    if (i + k >= len || s[i + k] != (gunichar) word[k])
      return FALSE;
  if (i + k < len && is_word_char (s[i + k]))
    return FALSE;
  *end = i + k;
  return TRUE;
}

static int
digits_at (const gunichar *s,
           glong           len,
           glong           i,
           glong          *end)
{
  glong k = i;
  int value = 0;

  while (k < len && s[k] >= '0' && s[k] <= '9' && k - i < 6)
    {
      value = value * 10 + (int) (s[k] - '0');
      k++;
    }
  *end = k;
  return value;
}

static glong
skip_spaces (const gunichar *s,
             glong           len,
             glong           i)
{
  while (i < len && (s[i] == ' ' || s[i] == '\t'))
    i++;
  return i;
}

/* Scans date atoms: "present" words, "Month YYYY", "MM/YYYY", "YYYY-MM", "YYYY". */
static GArray *
scan_atoms (const gunichar *s,
            glong           len)
{
  GArray *atoms = g_array_new (FALSE, TRUE, sizeof (PhoenixCvDateAtom));
  glong i = 0;

  while (i < len)
    {
      PhoenixCvDateAtom atom = { 0 };
      gboolean found = FALSE;
      glong end = 0;

      if (i > 0 && is_word_char (s[i - 1]) && !(s[i - 1] >= '0' && s[i - 1] <= '9' && !(s[i] >= '0' && s[i] <= '9')))
        {
          i++;
          continue;
        }

      for (gsize w = 0; !found && w < G_N_ELEMENTS (present_words); w++)
        if (_phoenix_cv_match_word_at (s, len, i, present_words[w], &end))
          {
            /* "date" only counts right after a range separator ("to date"). */
            if (g_str_equal (present_words[w], "date"))
              {
                glong b = i - 1;
                while (b >= 0 && s[b] == ' ')
                  b--;
                if (!(b >= 1 && s[b] == 'o' && s[b - 1] == 't'))
                  continue;
              }
            atom.present = TRUE;
            atom.start = i;
            atom.end = end;
            found = TRUE;
          }

      for (gsize w = 0; !found && w < G_N_ELEMENTS (month_words); w++)
        if (_phoenix_cv_match_word_at (s, len, i, month_words[w].word, &end))
          {
            glong k = end;
            glong yend;
            int year;

            if (k < len && s[k] == '.')
              k++;
            k = skip_spaces (s, len, k);
            if (k < len && s[k] == ',')
              k = skip_spaces (s, len, k + 1);
            if (k < len && s[k] == '\'' && k + 2 < len)
              {
                /* "Jan '19" */
                year = digits_at (s, len, k + 1, &yend);
                if (yend - (k + 1) == 2 && (yend >= len || !is_word_char (s[yend])))
                  {
                    atom.year = year < 50 ? 2000 + year : 1900 + year;
                    atom.month = month_words[w].month;
                    atom.start = i;
                    atom.end = yend;
                    found = TRUE;
                  }
                break;
              }
            year = digits_at (s, len, k, &yend);
            if (yend - k == 2 && (yend >= len || !is_word_char (s[yend])))
              {
                /* "Jan 15": a two-digit year, unless a day before ", 2015". */
                glong after = skip_spaces (s, len, yend);
                glong e4;
                if (after < len && s[after] == ',')
                  after = skip_spaces (s, len, after + 1);
                if (digits_at (s, len, after, &e4) >= 1950 && e4 - after == 4)
                  {
                    year = digits_at (s, len, after, &yend);
                  }
                else
                  {
                    atom.year = year < 50 ? 2000 + year : 1900 + year;
                    atom.month = month_words[w].month;
                    atom.start = i;
                    atom.end = yend;
                    found = TRUE;
                    break;
                  }
              }
            if (yend - k >= 4 && year >= 1950 && year <= 2100 && (yend >= len || !is_word_char (s[yend])))
              {
                atom.year = year;
                atom.month = month_words[w].month;
                atom.start = i;
                atom.end = yend;
                found = TRUE;
              }
            else if (yend == k)
              {
                /* A month alone ("Jan – Mar 2019"): a year-less atom, filled later. */
                atom.year = -1;
                atom.month = month_words[w].month;
                atom.start = i;
                atom.end = end < len && s[end] == '.' ? end + 1 : end;
                found = TRUE;
              }
            break;
          }

      if (!found && s[i] >= '0' && s[i] <= '9' && (i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9')))
        {
          int v = digits_at (s, len, i, &end);
          glong n = end - i;

          gboolean in_number = (i >= 2 && (s[i - 1] == '.' || s[i - 1] == '/') && g_unichar_isalnum (s[i - 2]))
                               || (end + 1 < len && (s[end] == '.' || s[end] == '/') && g_unichar_isdigit (s[end + 1])
                                   && !(end + 3 <= len && g_unichar_isdigit (s[end + 2])
                                        && (end + 3 == len || !g_unichar_isdigit (s[end + 3]))));

          /* "10.1234/conf.2023.1234" is an identifier, not a year. */
          if (n == 4 && v >= 1950 && v <= 2100 && !in_number)
            {
              atom.year = v;
              atom.start = i;
              atom.end = end;
              found = TRUE;
              /* YYYY-MM or YYYY/MM */
              if (end + 2 < len + 0 && (s[end] == '-' || s[end] == '/' || s[end] == '.'))
                {
                  glong mend;
                  int m = digits_at (s, len, end + 1, &mend);
                  if (mend - (end + 1) == 2 && m >= 1 && m <= 12 && (mend >= len || !(s[mend] >= '0' && s[mend] <= '9')))
                    {
                      atom.month = m;
                      atom.end = mend;
                    }
                }
            }
          else if ((n == 1 || n == 2) && end < len && (s[end] == '/' || s[end] == '.' || s[end] == '-'))
            {
              /* MM/YYYY, DD/MM/YYYY */
              glong e2;
              int v2 = digits_at (s, len, end + 1, &e2);
              glong n2 = e2 - (end + 1);

              if (n2 == 4 && v >= 1 && v <= 12 && v2 >= 1950 && v2 <= 2100
                  && (e2 >= len || !(s[e2] >= '0' && s[e2] <= '9')))
                {
                  atom.year = v2;
                  atom.month = v;
                  atom.start = i;
                  atom.end = e2;
                  found = TRUE;
                }
              else if ((n2 == 1 || n2 == 2) && e2 < len && s[e2] == s[end] && v2 >= 1 && v2 <= 12)
                {
                  glong e3;
                  int v3 = digits_at (s, len, e2 + 1, &e3);
                  if (e3 - (e2 + 1) == 4 && v3 >= 1950 && v3 <= 2100)
                    {
                      atom.year = v3;
                      atom.month = v2;
                      atom.start = i;
                      atom.end = e3;
                      found = TRUE;
                    }
                }
            }
          if (!found)
            {
              i = end;
              continue;
            }
        }

      if (found)
        {
          g_array_append_val (atoms, atom);
          i = atom.end;
        }
      else
        i++;
    }
  return atoms;
}

static gboolean
is_range_separator (const gunichar *s,
                    glong           from,
                    glong           to)
{
  g_autofree char *between = NULL;
  GString *b = g_string_new (NULL);
  static const char * const seps[] = {
    "-", "--", "to", "a", "au", "until", "till", "jusqu'a", "jusqu'au", "->", "/", "|", "→", "thru",
    "et", "and", "- ", "",
  };

  for (glong k = from; k < to; k++)
    g_string_append_unichar (b, s[k]);
  between = g_strstrip (g_string_free (b, FALSE));
  if (strlen (between) > 10)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (seps); i++)
    if (g_str_equal (between, seps[i]))
      return TRUE;
  return FALSE;
}

static gboolean
preceded_by_since (const gunichar *s,
                   glong           start)
{
  static const char * const words[] = { "depuis", "since", "from", "des", "dès", "starting" };
  glong e = start;
  glong b;
  g_autofree char *word = NULL;
  GString *w = g_string_new (NULL);

  while (e > 0 && s[e - 1] == ' ')
    e--;
  b = e;
  while (b > 0 && (g_unichar_isalpha (s[b - 1]) || s[b - 1] == '\''))
    b--;
  for (glong k = b; k < e; k++)
    g_string_append_unichar (w, s[k]);
  word = g_string_free (w, FALSE);
  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_equal (word, words[i]))
      return TRUE;
  return FALSE;
}

/* The date spans of the folded text @s (char offsets in @s). */
static GArray *
find_dates_in (const gunichar *s,
               glong           len)
{
  g_autoptr(GArray) atoms = scan_atoms (s, len);
  GArray *spans = g_array_new (FALSE, TRUE, sizeof (PhoenixCvDateSpan));

  for (guint i = 0; i < atoms->len; i++)
    {
      PhoenixCvDateAtom *a = &g_array_index (atoms, PhoenixCvDateAtom, i);
      PhoenixCvDateSpan span = { 0 };

      if (i + 1 < atoms->len)
        {
          PhoenixCvDateAtom *b = &g_array_index (atoms, PhoenixCvDateAtom, i + 1);

          if (!a->present && is_range_separator (s, a->end, b->start) && b->year != -1 && (a->year != 0))
            {
              span.from = *a;
              span.to = *b;
              if (span.from.year == -1)
                span.from.year = b->present ? 0 : b->year;
              span.is_range = TRUE;
              span.ongoing = b->present;
              span.start = a->start;
              span.end = b->end;
              if (span.from.year > 0)
                {
                  g_array_append_val (spans, span);
                  i++;
                  continue;
                }
            }
        }
      if (a->present || a->year == -1)
        continue;
      span.from = *a;
      span.start = a->start;
      span.end = a->end;
      if (preceded_by_since (s, a->start))
        {
          span.is_range = TRUE;
          span.ongoing = TRUE;
          span.to.present = TRUE;
          /* Take "depuis" into the span. */
          {
            glong b = a->start;
            while (b > 0 && s[b - 1] == ' ')
              b--;
            while (b > 0 && (g_unichar_isalpha (s[b - 1]) || s[b - 1] == '\''))
              b--;
            span.start = b;
          }
        }
      g_array_append_val (spans, span);
    }
  return spans;
}

/* An atom found in folded text, in the char offsets of the text it was folded from. */
static void
unfold_atom (PhoenixCvDateAtom *atom,
             const glong       *offsets)
{
  if (atom->end <= atom->start)
    return;
  atom->start = offsets[atom->start];
  atom->end = offsets[atom->end];
}

/* A text's fold and date spans, kept for the next questions about the same text in this thread:
 * the passes over a row or an entry ask several in a row (an entry's header line: does it leave a
 * range open, then its dates taken out; a row's entry date, then its dates again). Keyed by the
 * text itself, so an answer is always the one a new scan gives. */
typedef struct
{
  char     *text;
  char     *fold;
  glong    *offsets;   /* fold's characters → text's */
  gunichar *s;         /* fold's characters */
  glong     len;
  GArray   *spans;     /* find_dates_in (s, len): offsets in s */
} Scanned;

#define N_SCANNED 4

typedef struct
{
  Scanned slots[N_SCANNED];
  guint   next;
} ScanCache;

static void
scanned_clear (Scanned *scanned)
{
  g_clear_pointer (&scanned->text, g_free);
  g_clear_pointer (&scanned->fold, g_free);
  g_clear_pointer (&scanned->offsets, g_free);
  g_clear_pointer (&scanned->s, g_free);
  g_clear_pointer (&scanned->spans, g_array_unref);
}

static void
scan_cache_free (gpointer data)
{
  ScanCache *cache = data;

  for (guint i = 0; i < N_SCANNED; i++)
    scanned_clear (&cache->slots[i]);
  g_free (cache);
}

static GPrivate scan_cache = G_PRIVATE_INIT (scan_cache_free);

/* @text's fold and spans, owned by this thread's cache (valid until its next N_SCANNED texts). */
static const Scanned *
scan_text (const char *text)
{
  ScanCache *cache = g_private_get (&scan_cache);
  Scanned *slot;

  if (cache == NULL)
    {
      cache = g_new0 (ScanCache, 1);
      g_private_set (&scan_cache, cache);
    }
  for (guint i = 0; i < N_SCANNED; i++)
    if (cache->slots[i].text != NULL && strcmp (cache->slots[i].text, text) == 0)
      return &cache->slots[i];
  slot = &cache->slots[cache->next];
  cache->next = (cache->next + 1) % N_SCANNED;
  scanned_clear (slot);
  slot->text = g_strdup (text);
  slot->fold = phoenix_text_fold_with_offsets (text, &slot->offsets);
  slot->s = g_utf8_to_ucs4_fast (slot->fold, -1, &slot->len);
  slot->spans = find_dates_in (slot->s, slot->len);
  return slot;
}

const char *
_phoenix_cv_dates_fold (const char   *text,
                        const glong **offsets)
{
  const Scanned *scanned = scan_text (text);

  if (offsets != NULL)
    *offsets = scanned->offsets;
  return scanned->fold;
}

GArray *
_phoenix_cv_find_dates (const char *text)
{
  const Scanned *scanned = scan_text (text);
  const glong *offsets = scanned->offsets;
  GArray *spans = g_array_copy (scanned->spans);

  for (guint i = 0; i < spans->len; i++)
    {
      PhoenixCvDateSpan *span = &g_array_index (spans, PhoenixCvDateSpan, i);

      span->start = offsets[span->start];
      span->end = offsets[span->end];
      unfold_atom (&span->from, offsets);
      unfold_atom (&span->to, offsets);
    }
  return spans;
}

char *
_phoenix_cv_atom_to_iso (const PhoenixCvDateAtom *atom)
{
  if (atom->present || atom->year <= 0)
    return NULL;
  if (atom->month > 0)
    return g_strdup_printf ("%04d-%02d", atom->year, atom->month);
  return g_strdup_printf ("%04d", atom->year);
}

char *
phoenix_cv_parse_date (const char *text)
{
  g_autoptr(GArray) spans = NULL;
  PhoenixCvDateSpan *span;

  g_return_val_if_fail (text != NULL, NULL);

  spans = _phoenix_cv_find_dates (text);
  if (spans->len == 0)
    return NULL;
  span = &g_array_index (spans, PhoenixCvDateSpan, 0);
  return _phoenix_cv_atom_to_iso (&span->from);
}

gboolean
phoenix_cv_find_date_range (const char  *text,
                            char       **start,
                            char       **end,
                            gboolean    *current)
{
  g_autoptr(GArray) spans = NULL;

  g_return_val_if_fail (text != NULL, FALSE);

  spans = _phoenix_cv_find_dates (text);
  for (guint i = 0; i < spans->len; i++)
    {
      PhoenixCvDateSpan *span = &g_array_index (spans, PhoenixCvDateSpan, i);

      if (!span->is_range)
        continue;
      if (start != NULL)
        *start = _phoenix_cv_atom_to_iso (&span->from);
      if (end != NULL)
        *end = span->ongoing ? NULL : _phoenix_cv_atom_to_iso (&span->to);
      if (current != NULL)
        *current = span->ongoing;
      return TRUE;
    }
  return FALSE;
}

gboolean
_phoenix_cv_leading_date (const char        *text,
                          PhoenixCvDateAtom *atom)
{
  const Scanned *scanned = scan_text (text);
  g_autoptr(GArray) atoms = scan_atoms (scanned->s, scanned->len);
  glong first = skip_spaces (scanned->s, scanned->len, 0);

  if (atoms->len == 0)
    return FALSE;
  if (g_array_index (atoms, PhoenixCvDateAtom, 0).start != first
      || g_array_index (atoms, PhoenixCvDateAtom, 0).year == -1)
    return FALSE;
  if (atom != NULL)
    {
      *atom = g_array_index (atoms, PhoenixCvDateAtom, 0);
      unfold_atom (atom, scanned->offsets);
    }
  return TRUE;
}

gboolean
_phoenix_cv_has_open_range (const char *text)
{
  const Scanned *scanned = scan_text (text);
  const PhoenixCvDateSpan *span;
  glong k;

  if (scanned->spans->len == 0)
    return FALSE;
  span = &g_array_index (scanned->spans, PhoenixCvDateSpan, 0);
  if (span->is_range)
    return FALSE;
  k = skip_spaces (scanned->s, scanned->len, span->end);
  return k < scanned->len && scanned->s[k] == '-';
}
