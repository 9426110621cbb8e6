/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-parser"

#include "config.h"

#include <math.h>
#include <string.h>

#include "phoenix-cv-dates.h"
#include "phoenix-cv-fields.h"
#include "phoenix-cv-text.h"
#include "phoenix-text-fold.h"

/*
 * Field helpers of the CV parser: confidences, parts of a line, dates of a
 * line, places, employers and job titles.
 */

void
_phoenix_cv_set_confidence (PhoenixCvDoc *doc,
                            const char   *pointer,
                            double        value)
{
  json_object_set_double_member (doc->confidence, pointer, round (value * 100) / 100);
}

void
_phoenix_cv_set_string (PhoenixCvDoc *doc,
                        JsonObject   *object,
                        const char   *pointer_prefix,
                        const char   *member,
                        const char   *value,
                        double        confidence)
{
  g_autofree char *pointer = NULL;

  if (value == NULL || *value == '\0')
    return;
  json_object_set_string_member (object, member, value);
  pointer = g_strconcat (pointer_prefix, "/", member, NULL);
  _phoenix_cv_set_confidence (doc, pointer, confidence);
}

JsonArray *
_phoenix_cv_profile_array (PhoenixCvDoc *doc,
                           const char   *member)
{
  if (!json_object_has_member (doc->profile, member))
    json_object_set_array_member (doc->profile, member, json_array_new ());
  return json_object_get_array_member (doc->profile, member);
}

JsonObject *
_phoenix_cv_basics (PhoenixCvDoc *doc)
{
  if (!json_object_has_member (doc->profile, "basics"))
    json_object_set_object_member (doc->profile, "basics", json_object_new ());
  return json_object_get_object_member (doc->profile, "basics");
}

/* Strips separators and spaces at both ends. */
char *
_phoenix_cv_trim_part (const char *text)
{
  const char *start = text;
  const char *end = text + strlen (text);

  while (*start)
    {
      gunichar c = g_utf8_get_char (start);
      if (!(g_unichar_isspace (c) || strchr (",;:|/-()", (int) (c < 128 ? c : 1)) != NULL
            || c == 0x2013 || c == 0x2014 || c == 0x00B7 || c == 0x2022 || _phoenix_cv_is_bullet (c)))
        break;
      start = g_utf8_next_char (start);
    }
  while (end > start)
    {
      const char *prev = g_utf8_prev_char (end);
      gunichar c = g_utf8_get_char (prev);
      if (!(g_unichar_isspace (c) || strchr (",;:|/-(", (int) (c < 128 ? c : 1)) != NULL
            || c == 0x2013 || c == 0x2014 || c == 0x00B7 || c == 0x2022))
        break;
      end = prev;
    }
  /* Keep a closing parenthesis only when one opens. */
  if (end > start && end[-1] == ')' && memchr (start, '(', end - start) == NULL)
    end--;
  return g_strndup (start, end - start);
}

char *
_phoenix_cv_strip_bullet (const char *text)
{
  const char *p = text;

  while (*p)
    {
      gunichar c = g_utf8_get_char (p);
      if (!_phoenix_cv_is_bullet (c) && c != ' ' && c != 'o' + 0x10000)
        break;
      p = g_utf8_next_char (p);
    }
  return g_strdup (p);
}

gboolean
_phoenix_cv_row_is_bullet (CvRow *row)
{
  gunichar c = g_utf8_get_char (row->text);
  const char *next = g_utf8_next_char (row->text);
  CvSeg *first = g_ptr_array_index (row->segs, 0);

  /* An icon glyph before the text: a bullet of an icon font. */
  if (first->icon_lead && !row->heading && g_unichar_isalpha (c))
    return TRUE;

  if (_phoenix_cv_is_bullet (c))
    return *next == ' ' || *next == '\0' || c == 0x2022 || c == 0x25AA || c == 0x25CF;
  return FALSE;
}

/* The text of a row without the segments in the date margin. */
char *
_phoenix_cv_row_content (CvRow *row)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < row->segs->len; i++)
    {
      CvSeg *seg = g_ptr_array_index (row->segs, i);
      if (s->len > 0)
        g_string_append (s, "  ");
      g_string_append (s, seg->text);
    }
  return g_string_free (s, FALSE);
}

void
_phoenix_cv_date_info_clear (DateInfo *info)
{
  g_clear_pointer (&info->start, g_free);
  g_clear_pointer (&info->end, g_free);
}

/* The first date span of @text; returns @text without it. */
char *
_phoenix_cv_take_date (const char *text,
                       DateInfo   *info)
{
  g_autoptr(GArray) spans = _phoenix_cv_find_dates (text);
  PhoenixCvDateSpan *span = NULL;

  for (guint i = 0; i < spans->len; i++)
    {
      PhoenixCvDateSpan *s = &g_array_index (spans, PhoenixCvDateSpan, i);
      if (span == NULL || (s->is_range && !span->is_range))
        span = s;
    }
  if (span == NULL)
    return g_strdup (text);
  /* "De 2015 à 2018", "From 2019 to 2021", "Since 2020": the word that opens the
   * range goes with it. */
  {
    static const char * const openers[] = { "from ", "de ", "du ", "since ", "depuis ", "des " };
    const glong *offsets = NULL;
    const char *fold = _phoenix_cv_dates_fold (text, &offsets);
    glong fold_len = g_utf8_strlen (fold, -1);

    for (glong i = 0; i < fold_len; i++)
      if (offsets[i] == span->start)
        {
          const char *at = g_utf8_offset_to_pointer (fold, i);
          for (gsize k = 0; k < G_N_ELEMENTS (openers); k++)
            {
              gsize n = strlen (openers[k]);
              if ((gsize) (at - fold) >= n && strncmp (at - n, openers[k], n) == 0
                  && (at - n == fold || !g_ascii_isalpha (at[-(glong) n - 1])))
                {
                  span->start = offsets[i - (glong) g_utf8_strlen (openers[k], -1)];
                  break;
                }
            }
          break;
        }
  }
  info->found = TRUE;
  info->range = span->is_range;
  info->ongoing = span->ongoing;
  info->has_month = span->from.month > 0;
  info->start = _phoenix_cv_atom_to_iso (&span->from);
  if (span->is_range && !span->ongoing)
    info->end = _phoenix_cv_atom_to_iso (&span->to);
  return _phoenix_cv_cut (text, span->start, span->end);
}

static gboolean
row_has_entry_date (CvRow *row)
{
  g_autoptr(GArray) spans = NULL;

  if (_phoenix_cv_row_is_bullet (row))
    return FALSE;
  spans = _phoenix_cv_find_dates (row->text);
  for (guint i = 0; i < spans->len; i++)
    {
      PhoenixCvDateSpan *s = &g_array_index (spans, PhoenixCvDateSpan, i);
      glong len = row->n_chars;

      /* A date inside a sentence ("a project run from 2019 to 2020 with…") dates
       * what the sentence tells, not an entry. */
      if (len > 60 && s->start > 3 && s->end < len - 3 && row->segs->len == 1)
        continue;
      if (s->is_range || s->from.month > 0)
        return TRUE;
      /* A lone year opens an entry only standing at either end of the line
       * or alone in its segment, not inside text ("(NeurIPS 2023)"). */
      if (s->start <= 1 || (s->end >= len - 1 && len <= 60))
        return TRUE;
      for (guint k = 0; k < row->segs->len && row->segs->len > 1; k++)
        if (_phoenix_cv_seg_is_date_only (g_ptr_array_index (row->segs, k)))
          return TRUE;
    }
  return FALSE;
}

/* Asked of a row several times over (its section's kind, its entry's start, its header's
 * parts): the dates are looked for once. */
gboolean
_phoenix_cv_row_has_entry_date (CvRow *row)
{
  if (row->entry_date == 0)
    row->entry_date = row_has_entry_date (row) ? 2 : 1;
  return row->entry_date == 2;
}

/* A segment that is only a date range or a duration ("2 years 10 months"). */
gboolean
_phoenix_cv_seg_is_date_only (CvSeg *seg)
{
  static GRegex *duration = NULL;
  g_autoptr(GArray) spans = NULL;
  glong len;

  if (g_once_init_enter (&duration))
    g_once_init_leave (&duration, g_regex_new ("^\\d+\\+?\\s*(years?|yrs?|months?|mos?|ans?|mois)(\\s+\\d+\\s*(months?|mos?|mois))?$",
                                               G_REGEX_OPTIMIZE | G_REGEX_CASELESS, 0, NULL));
  if (g_regex_match (duration, seg->text, 0, NULL))
    return TRUE;
  spans = _phoenix_cv_find_dates (seg->text);
  if (spans->len != 1)
    return FALSE;
  len = seg->n_chars;
  return g_array_index (spans, PhoenixCvDateSpan, 0).end - g_array_index (spans, PhoenixCvDateSpan, 0).start >= len - 2;
}

/* The row's text without date segments set beside it (they go to @dates). */
char *
_phoenix_cv_row_text_without_side_dates (CvRow     *row,
                                         GPtrArray *dates)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < row->segs->len; i++)
    {
      CvSeg *seg = g_ptr_array_index (row->segs, i);
      if (i > 0 && _phoenix_cv_seg_is_date_only (seg))
        {
          if (dates != NULL)
            g_ptr_array_add (dates, g_strdup (seg->text));
          continue;
        }
      if (s->len > 0)
        g_string_append (s, "  ");
      g_string_append (s, seg->text);
    }
  return g_string_free (s, FALSE);
}

gboolean
_phoenix_cv_starts_bold (CvRow *row)
{
  return ((CvSeg *) g_ptr_array_index (row->segs, 0))->bold;
}

static const char * const company_marks[] = {
  " inc", " ltd", " llc", " corp", " sas", " sarl", " sa", " gmbh", " ag", " plc", " group", " groupe",
  "university", "universite", "college", "institute", "institut", "labs", "laboratory", "laboratoire",
  "company", "agency", "agence", "bank", "banque", "hospital", "hopital", "ecole", "school",
};

gboolean
_phoenix_cv_looks_like_company (const char *text)
{
  g_autofree char *fold = phoenix_text_fold (text);
  g_autofree char *padded = g_strconcat (" ", fold, " ", NULL);

  for (gsize i = 0; i < G_N_ELEMENTS (company_marks); i++)
    {
      const char *hit = strstr (padded, company_marks[i]);
      if (hit != NULL && !g_ascii_isalpha (hit[strlen (company_marks[i])]))
        return TRUE;
    }
  return FALSE;
}

static const char * const countries[] = {
  "france", "usa", "us", "united states", "uk", "united kingdom", "canada", "germany", "allemagne",
  "deutschland", "belgique", "belgium", "suisse", "switzerland", "spain", "espagne", "italy", "italie",
  "luxembourg", "maroc", "morocco", "tunisie", "tunisia", "algerie", "algeria", "india", "china", "japan",
  "netherlands", "pays-bas", "ireland", "irlande", "portugal", "senegal", "quebec", "remote", "australia",
  "brazil", "bresil", "mexico", "mexique", "sweden", "suede", "norway", "denmark", "poland", "pologne",
};

gboolean
_phoenix_cv_looks_like_location (const char *text)
{
  static GRegex *re = NULL;
  g_autofree char *fold = phoenix_text_fold (text);
  g_autoptr(GMatchInfo) info = NULL;

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new ("^[A-Z][\\w\\x{00C0}-\\x{017F}.'\\- ]{1,30},\\s*([A-Z][\\w\\x{00C0}-\\x{017F}.'\\- ]{1,30})$"
                                         "|^\\d{5}\\s+[A-Z]", G_REGEX_OPTIMIZE, 0, NULL));
  if (g_str_has_prefix (fold, "remote") || g_str_has_prefix (fold, "teletravail") || g_str_has_prefix (fold, "hybrid"))
    return TRUE;
  if (!g_regex_match (re, text, 0, &info))
    return FALSE;
  {
    g_autofree char *region = g_match_info_fetch (info, 1);
    g_autofree char *region_fold = NULL;

    if (region == NULL || *region == '\0')
      return TRUE;   /* a postcode */
    if (strlen (region) == 2 && g_ascii_isupper (region[0]) && g_ascii_isupper (region[1]))
      return TRUE;
    region_fold = phoenix_text_fold (region);
    for (gsize i = 0; i < G_N_ELEMENTS (countries); i++)
      if (g_str_equal (region_fold, countries[i]))
        return TRUE;
  }
  return FALSE;
}

/* "at Example Corp", "chez Exemple", "à Lyon": without the linking word. */
char *
_phoenix_cv_strip_linking_word (const char *text)
{
  static const char * const words[] = { "at ", "chez ", "à ", "@ ", "for ", "pour " };
  g_autofree char *trimmed = _phoenix_cv_trim_part (text);

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_has_prefix (trimmed, words[i]) && strlen (trimmed) > strlen (words[i]) + 1)
      return _phoenix_cv_trim_part (trimmed + strlen (words[i]));
  return g_steal_pointer (&trimmed);
}

/* Splits header text into parts at strong separators, then at commas
 * (unless the piece is a place, "Mountain View, CA"). */
void
_phoenix_cv_add_parts (GPtrArray  *parts,
                       const char *text,
                       gboolean    split_commas)
{
  static GRegex *re = NULL;
  g_auto(GStrv) pieces = NULL;

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new ("\\s{2,}|\\s[|\\x{2022}\\x{00B7}\\x{2014}\\x{2013}@]\\s|\\s-\\s|\\s(?:at|chez)\\s", G_REGEX_OPTIMIZE, 0, NULL));
  pieces = g_regex_split (re, text, 0);
  for (guint i = 0; pieces[i] != NULL; i++)
    {
      g_autofree char *piece = _phoenix_cv_strip_linking_word (pieces[i]);
      g_auto(GStrv) sub = NULL;

      if (g_utf8_strlen (piece, -1) < 2)
        continue;
      if (!split_commas || _phoenix_cv_looks_like_location (piece) || strstr (piece, ", ") == NULL)
        {
          g_ptr_array_add (parts, g_steal_pointer (&piece));
          continue;
        }
      sub = g_strsplit (piece, ", ", -1);
      for (guint k = 0; sub[k] != NULL; k++)
        {
          g_autofree char *part = _phoenix_cv_trim_part (sub[k]);
          /* Keep "City, Country" at the end together. */
          if (sub[k + 1] != NULL && sub[k + 2] == NULL)
            {
              g_autofree char *pair = g_strconcat (sub[k], ", ", sub[k + 1], NULL);
              g_autofree char *trimmed = _phoenix_cv_trim_part (pair);
              if (_phoenix_cv_looks_like_location (trimmed))
                {
                  g_ptr_array_add (parts, g_steal_pointer (&trimmed));
                  break;
                }
            }
          if (g_utf8_strlen (part, -1) >= 2)
            g_ptr_array_add (parts, g_steal_pointer (&part));
        }
    }
}

static const char * const title_words[] = {
  "engineer", "developer", "manager", "analyst", "scientist", "assistant", "consultant", "intern",
  "director", "lead", "designer", "technician", "teacher", "officer", "specialist", "architect",
  "administrator", "coordinator", "associate", "researcher", "head", "president", "founder", "cto", "ceo",
  "programmer", "accountant", "nurse", "driver", "operator", "clerk", "cashier", "advisor", "agent",
  "ingenieur", "developpeur", "developpeuse", "chef", "cheffe", "responsable", "charge", "chargee",
  "stagiaire", "vendeur", "vendeuse", "conseiller", "conseillere", "directeur", "directrice",
  "technicien", "technicienne", "professeur", "enseignant", "enseignante", "comptable", "commercial",
  "commerciale", "alternant", "alternante", "apprenti", "apprentie", "employe", "employee", "infirmier",
  "infirmiere", "gestionnaire", "secretaire", "agent", "adjoint", "adjointe", "fondateur", "fondatrice",
  "auxiliaire", "ouvrier", "ouvriere", "operateur", "operatrice", "animateur", "animatrice", "formateur",
  "formatrice", "redacteur", "redactrice", "doctorant", "doctorante", "postdoc", "fellow", "trainee",
};

gboolean
_phoenix_cv_looks_like_job_title (const char *text)
{
  return _phoenix_cv_has_mark (text, title_words, G_N_ELEMENTS (title_words));
}

char *
_phoenix_cv_join_strings (GPtrArray  *strings,
                          const char *separator)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < strings->len; i++)
    {
      if (s->len > 0)
        g_string_append (s, separator);
      g_string_append (s, g_ptr_array_index (strings, i));
    }
  return g_string_free (s, FALSE);
}

/* @a and the line @b below it: a word cut by a hyphen at the end of @a ("développe-",
 * "ment") is joined again; a hyphen before a capital ("Ile-de-" "France") stays. */
char *
_phoenix_cv_join_wrapped (const char *a,
                          const char *b)
{
  gsize n = strlen (a);

  if (n == 0)
    return g_strdup (b);
  if (n >= 2 && a[n - 1] == '-' && g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (a + n - 1))))
    {
      gunichar next = g_utf8_get_char (b);
      if (g_unichar_islower (next))
        {
          GString *s = g_string_new_len (a, (gssize) n - 1);
          g_string_append (s, b);
          return g_string_free (s, FALSE);
        }
      if (g_unichar_isupper (next))
        return g_strconcat (a, b, NULL);
    }
  return g_strconcat (a, " ", b, NULL);
}

/* Lines of a paragraph joined, hyphenated words made whole. */
char *
_phoenix_cv_join_prose (GPtrArray *lines)
{
  g_autofree char *text = g_strdup ("");

  for (guint i = 0; i < lines->len; i++)
    {
      char *joined = _phoenix_cv_join_wrapped (text, g_ptr_array_index (lines, i));
      g_free (text);
      text = joined;
    }
  return g_steal_pointer (&text);
}

gboolean
_phoenix_cv_has_mark (const char         *text,
                      const char * const *marks,
                      gsize               n)
{
  g_autofree char *fold = phoenix_text_fold (text);
  g_autofree char *padded = g_strconcat (" ", fold, " ", NULL);

  for (gsize i = 0; i < n; i++)
    {
      const char *hit = strstr (padded, marks[i]);
      if (hit != NULL && !g_ascii_isalpha (hit[-1]))
        return TRUE;
    }
  return FALSE;
}

/* Items of a list row: "a, b; c • d". */
GPtrArray *
_phoenix_cv_split_items (const char *text)
{
  static GRegex *re = NULL;
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) pieces = NULL;

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new ("\\s{2,}|[,;|\\x{2022}\\x{00B7}\\x{25AA}\\x{25CF}]|\\s[/\\x{2013}\\x{2014}-]\\s", G_REGEX_OPTIMIZE, 0, NULL));
  pieces = g_regex_split (re, text, 0);
  for (guint i = 0; pieces[i] != NULL; i++)
    {
      g_autofree char *item = _phoenix_cv_trim_part (pieces[i]);
      if (*item != '\0')
        g_ptr_array_add (items, g_steal_pointer (&item));
    }
  return items;
}
