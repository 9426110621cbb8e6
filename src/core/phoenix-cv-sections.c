/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-parser"

#include "config.h"

#include <math.h>
#include <string.h>

#include "phoenix-cv-parser-private.h"
#include "phoenix-cv-layout-private.h"

/*
 * Sections → entries → fields, written into a JSON Resume object with a
 * confidence per field. Rows not placed end up in "unassigned".
 */

typedef struct
{
  char          *title;
  CvSectionKind  kind;
  GPtrArray     *rows;   /* CvRow *, borrowed */
} Section;

typedef struct
{
  GPtrArray *header;      /* CvRow *: title, employer, dates… */
  GPtrArray *highlights;  /* char * */
  GPtrArray *prose;       /* char *: description lines */
  GPtrArray *side_dates;  /* char *: dates set beside highlights */
  gboolean   has_date;
  int        date_index;  /* index in header of the first date row */
} Entry;

static void
section_free (gpointer data)
{
  Section *section = data;

  g_free (section->title);
  g_ptr_array_unref (section->rows);
  g_free (section);
}

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_ptr_array_unref (entry->header);
  g_ptr_array_unref (entry->highlights);
  g_ptr_array_unref (entry->prose);
  g_ptr_array_unref (entry->side_dates);
  g_free (entry);
}

static Entry *
entry_new (void)
{
  Entry *entry = g_new0 (Entry, 1);

  entry->header = g_ptr_array_new ();
  entry->highlights = g_ptr_array_new_with_free_func (g_free);
  entry->prose = g_ptr_array_new_with_free_func (g_free);
  entry->side_dates = g_ptr_array_new_with_free_func (g_free);
  entry->date_index = -1;
  return entry;
}

static void
set_confidence (PhoenixCvDoc *doc,
                const char   *pointer,
                double        value)
{
  json_object_set_double_member (doc->confidence, pointer, round (value * 100) / 100);
}

static void
set_string (PhoenixCvDoc *doc,
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
  pointer = g_strdup_printf ("%s/%s", pointer_prefix, member);
  set_confidence (doc, pointer, confidence);
}

static JsonArray *
profile_array (PhoenixCvDoc *doc,
               const char   *member)
{
  if (!json_object_has_member (doc->profile, member))
    json_object_set_array_member (doc->profile, member, json_array_new ());
  return json_object_get_array_member (doc->profile, member);
}

static JsonObject *
basics (PhoenixCvDoc *doc)
{
  if (!json_object_has_member (doc->profile, "basics"))
    json_object_set_object_member (doc->profile, "basics", json_object_new ());
  return json_object_get_object_member (doc->profile, "basics");
}

/* Strips separators and spaces at both ends. */
static char *
trim_part (const char *text)
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

static char *
strip_bullet (const char *text)
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

static gboolean
row_is_bullet (CvRow *row)
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
static char *
row_content (CvRow *row)
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

typedef struct
{
  gboolean found;
  gboolean range;
  char    *start;
  char    *end;
  gboolean ongoing;
  gboolean has_month;
} DateInfo;

static void
date_info_clear (DateInfo *info)
{
  g_clear_pointer (&info->start, g_free);
  g_clear_pointer (&info->end, g_free);
}

/* The first date span of @text; returns @text without it. */
static char *
take_date (const char *text,
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
  info->found = TRUE;
  info->range = span->is_range;
  info->ongoing = span->ongoing;
  info->has_month = span->from.month > 0;
  info->start = _phoenix_cv_atom_to_iso (&span->from);
  if (span->is_range && !span->ongoing)
    info->end = _phoenix_cv_atom_to_iso (&span->to);
  return _phoenix_cv_cut (text, span->start, span->end);
}

static gboolean seg_is_date_only (CvSeg *seg);

static gboolean
row_has_entry_date (CvRow *row)
{
  g_autoptr(GArray) spans = NULL;

  if (row_is_bullet (row))
    return FALSE;
  spans = _phoenix_cv_find_dates (row->text);
  for (guint i = 0; i < spans->len; i++)
    {
      PhoenixCvDateSpan *s = &g_array_index (spans, PhoenixCvDateSpan, i);
      glong len = g_utf8_strlen (row->text, -1);

      if (s->is_range || s->from.month > 0)
        return TRUE;
      /* A lone year opens an entry only standing at either end of the line
       * or alone in its segment, not inside text ("(NeurIPS 2023)"). */
      if (s->start <= 1 || (s->end >= len - 1 && len <= 60))
        return TRUE;
      for (guint k = 0; k < row->segs->len && row->segs->len > 1; k++)
        if (seg_is_date_only (g_ptr_array_index (row->segs, k)))
          return TRUE;
    }
  return FALSE;
}

/* A segment that is only a date range or a duration ("2 years 10 months"). */
static gboolean
seg_is_date_only (CvSeg *seg)
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
  len = g_utf8_strlen (seg->text, -1);
  return g_array_index (spans, PhoenixCvDateSpan, 0).end - g_array_index (spans, PhoenixCvDateSpan, 0).start >= len - 2;
}

/* The row's text without date segments set beside it (they go to @dates). */
static char *
row_text_without_side_dates (CvRow     *row,
                             GPtrArray *dates)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < row->segs->len; i++)
    {
      CvSeg *seg = g_ptr_array_index (row->segs, i);
      if (i > 0 && seg_is_date_only (seg))
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

static gboolean
starts_bold (CvRow *row)
{
  return ((CvSeg *) g_ptr_array_index (row->segs, 0))->bold;
}

/* Splits a section's rows into entries (jobs, degrees, projects). */
static GPtrArray *
split_entries (PhoenixCvDoc *doc,
               GPtrArray    *rows)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (entry_free);
  Entry *cur = NULL;
  gboolean in_bullet = FALSE;
  double bullet_x = 0;
  int date_first_index = -1;
  gboolean mixed_bold = FALSE;
  gboolean any_bold = FALSE, any_plain = FALSE;
  CvRow *prev = NULL;
  gboolean prev_in_prose = FALSE;
  double body_x = 0;
  guint outdented = 0;
  gboolean open_range = FALSE;

  for (guint i = 0; i < rows->len; i++)
    {
      CvRow *row = g_ptr_array_index (rows, i);
      if (starts_bold (row))
        any_bold = TRUE;
      else
        any_plain = TRUE;
    }
  mixed_bold = any_bold && any_plain;

  /* The x where most lines of the section start. */
  {
    g_autoptr(GHashTable) xs = g_hash_table_new (NULL, NULL);
    guint best = 0;
    for (guint i = 0; i < rows->len; i++)
      {
        CvRow *row = g_ptr_array_index (rows, i);
        gpointer key = GINT_TO_POINTER ((int) (row->x / 3) + 1);
        guint n;

        if (row_is_bullet (row))
          continue;
        n = GPOINTER_TO_UINT (g_hash_table_lookup (xs, key)) + 1;
        g_hash_table_insert (xs, key, GUINT_TO_POINTER (n));
        if (n > best || (n == best && (GPOINTER_TO_INT (key) - 1) * 3.0 > body_x))
          {
            best = n;
            body_x = (GPOINTER_TO_INT (key) - 1) * 3.0;
          }
      }
    for (guint i = 0; i < rows->len; i++)
      {
        CvRow *row = g_ptr_array_index (rows, i);
        if (row->x < body_x - 0.8 * row->size)
          outdented++;
      }
  }

  for (guint i = 0; i < rows->len; i++)
    {
      CvRow *row = g_ptr_array_index (rows, i);
      gboolean bullet = row_is_bullet (row);
      gboolean has_date = row_has_entry_date (row);

      gboolean start_new = FALSE;
      gboolean continues_range = FALSE;
      gboolean short_line;
      g_autofree char *content = row_content (row);

      /* "Juin 2018 –" on one line, "Déc. 2018" on the next: one range. */
      continues_range = open_range && !bullet && _phoenix_cv_leading_date (row->text, NULL);
      if (continues_range)
        has_date = FALSE;
      if (!bullet)
        open_range = has_date && _phoenix_cv_has_open_range (row->text);
      short_line = g_utf8_strlen (content, -1) < 60;

      /* "• Employer" over an indented dated line: the bullet opens an entry. */
      if (bullet && i + 1 < rows->len)
        {
          CvRow *next = g_ptr_array_index (rows, i + 1);
          if (!row_is_bullet (next) && next->x > row->x + 0.3 * row->size && row_has_entry_date (next))
            bullet = FALSE;
        }

      if (!bullet && in_bullet && cur != NULL && cur->highlights->len > 0 && !has_date
          && (row->x > bullet_x + 0.3 * row->size
              || (g_unichar_islower (g_utf8_get_char (row->text)) && row->x >= bullet_x - 2)))
        {
          /* A wrapped highlight. */
          char *last = g_ptr_array_index (cur->highlights, cur->highlights->len - 1);
          g_autofree char *text = row_text_without_side_dates (row, cur->side_dates);
          g_ptr_array_index (cur->highlights, cur->highlights->len - 1) = g_strconcat (last, " ", text, NULL);
          g_free (last);
          row->used = TRUE;
          prev = row;
          continue;
        }

      if (bullet)
        {
          if (cur == NULL)
            {
              cur = entry_new ();
              g_ptr_array_add (entries, cur);
            }
          {
            g_autofree char *text = row_text_without_side_dates (row, cur->side_dates);
            g_ptr_array_add (cur->highlights, trim_part (text));
          }
          in_bullet = TRUE;
          prev_in_prose = FALSE;
          bullet_x = row->x;
          row->used = TRUE;
          prev = row;
          continue;
        }

      if (cur != NULL && !has_date && g_str_has_suffix (row->text, ":"))
        {
          /* "Achievements include:": a label inside the entry. */
          g_ptr_array_add (cur->prose, g_strdup (row->text));
          row->used = TRUE;
          prev = row;
          in_bullet = FALSE;
          continue;
        }
      if (cur != NULL && prev_in_prose && !has_date && !(starts_bold (row) && short_line) && row->gap_before < row->h)
        {
          /* The rest of a description paragraph. */
          g_ptr_array_add (cur->prose, g_strdup (row->text));
          row->used = TRUE;
          prev = row;
          continue;
        }
      prev_in_prose = FALSE;
      if (cur != NULL)
        {
          double pitch = row->gap_before + row->h;
          if (cur->highlights->len > 0 || cur->prose->len > 0)
            start_new = TRUE;
          else if (has_date && cur->has_date)
            start_new = TRUE;
          else if (row->gap_before >= 0 && doc->leading > 0 && pitch > 1.9 * doc->leading
                   && (cur->has_date || cur->header->len >= 2))
            start_new = TRUE;
          else if (row->x < body_x - 0.8 * row->size && cur->header->len >= 1 && outdented * 2 <= rows->len
                   && !continues_range)
            start_new = TRUE;   /* a hanging line (a date in the margin) opens an entry */
          else if (mixed_bold && starts_bold (row) && short_line && prev != NULL && !starts_bold (prev)
                   && cur->header->len >= 2 && starts_bold (g_ptr_array_index (cur->header, 0)))
            start_new = TRUE;   /* entries that open with a bold line */
        }
      in_bullet = FALSE;

      if (start_new)
        g_debug ("new entry at \"%.30s\": bullets %u prose %u date %d/%d pitch %.1f leading %.1f bold %d/%d",
                 row->text, cur->highlights->len, cur->prose->len, has_date, cur->has_date,
                 row->gap_before + row->h, doc->leading, row->bold, prev != NULL && prev->bold);
      if (cur == NULL || start_new)
        {
          Entry *next = entry_new ();

          /* Entries whose date comes after the title: take the title rows
           * that followed the previous entry's date. */
          if (cur != NULL && has_date && cur->has_date && date_first_index > 0
              && cur->highlights->len == 0 && cur->prose->len == 0)
            {
              guint tail = cur->header->len - (guint) cur->date_index - 1;
              guint take = MIN (tail, (guint) date_first_index);
              for (guint k = cur->header->len - take; k < cur->header->len; k++)
                g_ptr_array_add (next->header, g_ptr_array_index (cur->header, k));
              g_ptr_array_set_size (cur->header, cur->header->len - take);
            }
          cur = next;
          g_ptr_array_add (entries, cur);
        }

      if (!has_date && cur->header->len >= 2 && g_utf8_strlen (content, -1) > 60)
        {
          g_ptr_array_add (cur->prose, g_strdup (row->text));
          prev_in_prose = TRUE;
        }
      else
        {
          g_ptr_array_add (cur->header, row);
          if (has_date && !cur->has_date)
            {
              cur->has_date = TRUE;
              cur->date_index = (int) cur->header->len - 1;
              if (entries->len == 1)
                date_first_index = cur->date_index;
            }
        }
      row->used = TRUE;
      prev = row;
    }
  return entries;
}

static const char * const company_marks[] = {
  " inc", " ltd", " llc", " corp", " sas", " sarl", " sa", " gmbh", " ag", " plc", " group", " groupe",
  "university", "universite", "college", "institute", "institut", "labs", "laboratory", "laboratoire",
  "company", "agency", "agence", "bank", "banque", "hospital", "hopital", "ecole", "school",
};

static gboolean
looks_like_company (const char *text)
{
  g_autofree char *fold = _phoenix_cv_fold (text);
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

static gboolean
looks_like_location (const char *text)
{
  static GRegex *re = NULL;
  g_autofree char *fold = _phoenix_cv_fold (text);
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
    region_fold = _phoenix_cv_fold (region);
    for (gsize i = 0; i < G_N_ELEMENTS (countries); i++)
      if (g_str_equal (region_fold, countries[i]))
        return TRUE;
  }
  return FALSE;
}

static gboolean has_mark (const char         *text,
                          const char * const *marks,
                          gsize               n);

/* "at Example Corp", "chez Exemple", "à Lyon": without the linking word. */
static char *
strip_linking_word (const char *text)
{
  static const char * const words[] = { "at ", "chez ", "à ", "@ ", "for ", "pour " };
  g_autofree char *trimmed = trim_part (text);

  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_has_prefix (trimmed, words[i]) && strlen (trimmed) > strlen (words[i]) + 1)
      return trim_part (trimmed + strlen (words[i]));
  return g_steal_pointer (&trimmed);
}

/* Splits header text into parts at strong separators, then at commas
 * (unless the piece is a place, "Mountain View, CA"). */
static void
add_parts (GPtrArray  *parts,
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
      g_autofree char *piece = strip_linking_word (pieces[i]);
      g_auto(GStrv) sub = NULL;

      if (g_utf8_strlen (piece, -1) < 2)
        continue;
      if (!split_commas || looks_like_location (piece) || strstr (piece, ", ") == NULL)
        {
          g_ptr_array_add (parts, g_steal_pointer (&piece));
          continue;
        }
      sub = g_strsplit (piece, ", ", -1);
      for (guint k = 0; sub[k] != NULL; k++)
        {
          g_autofree char *part = trim_part (sub[k]);
          /* Keep "City, Country" at the end together. */
          if (sub[k + 1] != NULL && sub[k + 2] == NULL)
            {
              g_autofree char *pair = g_strconcat (sub[k], ", ", sub[k + 1], NULL);
              g_autofree char *trimmed = trim_part (pair);
              if (looks_like_location (trimmed))
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

static gboolean
looks_like_job_title (const char *text)
{
  return has_mark (text, title_words, G_N_ELEMENTS (title_words));
}

static void
entry_dates_and_parts (Entry     *entry,
                       DateInfo  *date,
                       GPtrArray *parts)
{
  gboolean closes_range = FALSE;

  for (guint i = 0; i < entry->header->len; i++)
    {
      CvRow *row = g_ptr_array_index (entry->header, i);
      g_autofree char *content = row_content (row);
      g_autofree char *rest = NULL;
      gboolean commas;
      PhoenixCvDateAtom atom;

      if (closes_range && _phoenix_cv_leading_date (content, &atom))
        {
          /* The end of the range begun on the line above. */
          g_clear_pointer (&date->end, g_free);
          date->range = TRUE;
          date->ongoing = atom.present;
          if (!atom.present)
            date->end = _phoenix_cv_atom_to_iso (&atom);
          rest = _phoenix_cv_cut (content, atom.start, atom.end);
        }
      else if (!date->found)
        {
          closes_range = _phoenix_cv_has_open_range (content);
          rest = take_date (content, date);
        }
      else
        rest = g_strdup (content);
      if (!(closes_range && i > 0 && date->range))
        closes_range = closes_range && !date->range;
      /* "Title, Employer, City" on one line: split at commas too. */
      commas = entry->header->len <= 2 || i == 0;
      add_parts (parts, rest, commas);
    }
  for (guint i = 0; i < entry->side_dates->len && !date->found; i++)
    g_free (take_date (g_ptr_array_index (entry->side_dates, i), date));
}

static void
add_highlights (PhoenixCvDoc *doc,
                JsonObject   *object,
                Entry        *entry,
                const char   *member)
{
  JsonArray *array;

  if (entry->highlights->len == 0)
    return;
  array = json_array_new ();
  for (guint i = 0; i < entry->highlights->len; i++)
    json_array_add_string_element (array, g_ptr_array_index (entry->highlights, i));
  json_object_set_array_member (object, member, array);
}

static char *
join_strings (GPtrArray  *strings,
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

static void
extract_work_like (PhoenixCvDoc *doc,
                   Section      *section,
                   const char   *member,
                   const char   *org_member)
{
  g_autoptr(GPtrArray) entries = split_entries (doc, section->rows);
  JsonArray *array = profile_array (doc, member);

  for (guint e = 0; e < entries->len; e++)
    {
      Entry *entry = g_ptr_array_index (entries, e);
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      DateInfo date = { 0 };
      JsonObject *object = json_object_new ();
      g_autofree char *prefix = g_strdup_printf ("/%s/%u", member, json_array_get_length (array));
      const char *position = NULL, *org = NULL, *location = NULL;
      g_autoptr(GPtrArray) extra = g_ptr_array_new ();
      double base = entry->has_date ? 0.7 : 0.4;

      entry_dates_and_parts (entry, &date, parts);
      for (guint i = 0; i < parts->len; i++)
        {
          const char *part = g_ptr_array_index (parts, i);
          if (location == NULL && (looks_like_location (part) && i > 0))
            location = part;
          else if (position == NULL)
            position = part;
          else if (org == NULL)
            org = part;
          else if (location == NULL && g_utf8_strlen (part, -1) <= 30)
            location = part;
          else
            g_ptr_array_add (extra, (gpointer) part);
        }
      if (position != NULL && org != NULL
          && ((looks_like_company (position) && !looks_like_company (org))
              || (looks_like_job_title (org) && !looks_like_job_title (position))))
        {
          const char *t = position;
          position = org;
          org = t;
        }
      if (!date.found && entry->highlights->len == 0 && entry->prose->len == 0 && entry->header->len <= 1)
        {
          /* A lone line (a sub-heading such as "Vocational"): not an entry. */
          for (guint i = 0; i < entry->header->len; i++)
            ((CvRow *) g_ptr_array_index (entry->header, i))->used = FALSE;
          json_object_unref (object);
          date_info_clear (&date);
          continue;
        }
      set_string (doc, object, prefix, "position", position, base - 0.1);
      set_string (doc, object, prefix, org_member, org, base - 0.2);
      set_string (doc, object, prefix, "location", location, 0.5);
      if (date.found)
        {
          set_string (doc, object, prefix, "startDate", date.start, date.range ? 0.9 : 0.6);
          set_string (doc, object, prefix, "endDate", date.end, 0.9);
        }
      for (guint i = 0; i < extra->len; i++)
        g_ptr_array_add (entry->prose, g_strdup (g_ptr_array_index (extra, i)));
      if (entry->prose->len > 0)
        {
          g_autofree char *summary = join_strings (entry->prose, " ");
          set_string (doc, object, prefix, "summary", summary, 0.5);
        }
      add_highlights (doc, object, entry, "highlights");
      json_array_add_object_element (array, object);
      date_info_clear (&date);
    }
}

static const char * const degree_marks[] = {
  "master", "bachelor", "licence", "license", "bsc", "msc", "b.sc", "m.sc", "phd", "ph.d", "doctorat",
  "doctorate", "mba", "bts", "dut", "but", "deug", "dea", "dess", "diplome", "baccalaureat", "bac",
  "ingenieur", "engineer", "engineering degree", "degree", "b.s", "m.s", "b.a", "m.a", "b.tech", "m.tech",
  "cap", "bep", "cpge", "classe preparatoire", "certificat", "associate", "high school", "lycee",
  "mastere", "magistere", "hnd", "a-level", "gcse", "bachelors", "masters",
};

static const char * const school_marks[] = {
  "universit", "ecole", "school", "college", "institut", "lycee", "iut", "insa", "academy", "academie",
  "polytechn", "campus", "faculte", "faculty", "conservatoire", "cnam", "afpa", "greta",
};

static gboolean
has_mark (const char         *text,
          const char * const *marks,
          gsize               n)
{
  g_autofree char *fold = _phoenix_cv_fold (text);
  g_autofree char *padded = g_strconcat (" ", fold, " ", NULL);

  for (gsize i = 0; i < n; i++)
    {
      const char *hit = strstr (padded, marks[i]);
      if (hit != NULL && !g_ascii_isalpha (hit[-1]))
        return TRUE;
    }
  return FALSE;
}

static void
extract_education (PhoenixCvDoc *doc,
                   Section      *section)
{
  g_autoptr(GPtrArray) entries = split_entries (doc, section->rows);
  JsonArray *array = profile_array (doc, "education");

  for (guint e = 0; e < entries->len; e++)
    {
      Entry *entry = g_ptr_array_index (entries, e);
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      DateInfo date = { 0 };
      JsonObject *object = json_object_new ();
      g_autofree char *prefix = g_strdup_printf ("/education/%u", json_array_get_length (array));
      const char *degree = NULL, *school = NULL, *location = NULL;
      g_autoptr(GPtrArray) extra = g_ptr_array_new ();

      entry_dates_and_parts (entry, &date, parts);
      for (guint i = 0; i < parts->len; i++)
        {
          const char *part = g_ptr_array_index (parts, i);
          if (school == NULL && has_mark (part, school_marks, G_N_ELEMENTS (school_marks)))
            school = part;
          else if (degree == NULL && has_mark (part, degree_marks, G_N_ELEMENTS (degree_marks)))
            degree = part;
          else if (location == NULL && i > 0 && looks_like_location (part))
            location = part;
          else
            g_ptr_array_add (extra, (gpointer) part);
        }
      for (guint i = 0; i < extra->len && (degree == NULL || school == NULL); i++)
        {
          if (degree == NULL)
            degree = g_ptr_array_steal_index (extra, i--);
          else if (school == NULL)
            school = g_ptr_array_steal_index (extra, i--);
        }
      if (degree == NULL && school == NULL && !date.found && entry->highlights->len == 0)
        {
          json_object_unref (object);
          continue;
        }
      set_string (doc, object, prefix, "studyType", degree, has_mark (degree ? degree : "", degree_marks, G_N_ELEMENTS (degree_marks)) ? 0.7 : 0.4);
      set_string (doc, object, prefix, "institution", school, has_mark (school ? school : "", school_marks, G_N_ELEMENTS (school_marks)) ? 0.7 : 0.4);
      set_string (doc, object, prefix, "location", location, 0.4);
      if (date.found)
        {
          if (date.range)
            {
              set_string (doc, object, prefix, "startDate", date.start, 0.9);
              set_string (doc, object, prefix, "endDate", date.end, 0.9);
            }
          else
            set_string (doc, object, prefix, "endDate", date.start, 0.6);
        }
      for (guint i = 0; i < extra->len; i++)
        g_ptr_array_add (entry->prose, g_strdup (g_ptr_array_index (extra, i)));
      if (entry->prose->len > 0)
        {
          g_autofree char *area = join_strings (entry->prose, " ");
          set_string (doc, object, prefix, "area", area, 0.4);
        }
      add_highlights (doc, object, entry, "courses");
      json_array_add_object_element (array, object);
      date_info_clear (&date);
    }
}

/* Items of a list row: "a, b; c • d". */
static GPtrArray *
split_items (const char *text)
{
  static GRegex *re = NULL;
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) pieces = NULL;

  if (g_once_init_enter (&re))
    g_once_init_leave (&re, g_regex_new ("\\s{2,}|[,;|\\x{2022}\\x{00B7}\\x{25AA}\\x{25CF}]|\\s[/\\x{2013}\\x{2014}-]\\s", G_REGEX_OPTIMIZE, 0, NULL));
  pieces = g_regex_split (re, text, 0);
  for (guint i = 0; pieces[i] != NULL; i++)
    {
      g_autofree char *item = trim_part (pieces[i]);
      if (*item != '\0')
        g_ptr_array_add (items, g_steal_pointer (&item));
    }
  return items;
}

static void
extract_skills (PhoenixCvDoc *doc,
                Section      *section)
{
  JsonArray *array = profile_array (doc, "skills");
  JsonArray *open_group = NULL;   /* keywords of a label alone on its line */

  for (guint r = 0; r < section->rows->len; r++)
    {
      CvRow *row = g_ptr_array_index (section->rows, r);
      g_autofree char *text = strip_bullet (row->text);
      const char *colon = strchr (text, ':');
      g_autofree char *after = colon != NULL ? trim_part (colon + 1) : NULL;
      gboolean label_alone = (colon != NULL && *after == '\0' && colon - text <= 40)
                             || (row->segs->len == 1 && (row->caps || starts_bold (row)) && !row_is_bullet (row)
                                 && g_utf8_strlen (text, -1) <= 30 && strchr (text, ',') == NULL
                                 && r + 1 < section->rows->len);
      g_autofree char *label = NULL;
      g_autofree char *values = NULL;
      g_autofree char *prefix = NULL;
      JsonObject *object;

      if (colon != NULL && colon - text <= 40 && colon > text)
        {
          g_autofree char *head = g_strndup (text, colon - text);
          label = trim_part (head);
          values = g_strdup (colon + 1);
        }
      else if (row->segs->len >= 2 && g_utf8_strlen (((CvSeg *) g_ptr_array_index (row->segs, 0))->text, -1) <= 30
               && (((CvSeg *) g_ptr_array_index (row->segs, 0))->bold || row->segs->len == 2))
        {
          GString *rest = g_string_new (NULL);
          label = trim_part (((CvSeg *) g_ptr_array_index (row->segs, 0))->text);
          for (guint i = 1; i < row->segs->len; i++)
            {
              g_string_append (rest, ((CvSeg *) g_ptr_array_index (row->segs, i))->text);
              g_string_append (rest, ", ");
            }
          values = g_string_free (rest, FALSE);
        }
      if (label_alone)
        {
          /* "Over 5000 lines:" then the items on the lines below. */
          g_autofree char *name = trim_part (text);
          object = json_object_new ();
          prefix = g_strdup_printf ("/skills/%u", json_array_get_length (array));
          set_string (doc, object, prefix, "name", name, 0.6);
          open_group = json_array_new ();
          json_object_set_array_member (object, "keywords", open_group);
          json_array_add_object_element (array, object);
          row->used = TRUE;
          continue;
        }
      if (open_group != NULL && label == NULL)
        {
          g_autoptr(GPtrArray) items = split_items (text);
          for (guint i = 0; i < items->len; i++)
            json_array_add_string_element (open_group, g_ptr_array_index (items, i));
          row->used = TRUE;
          continue;
        }
      open_group = NULL;
      if (label != NULL && *label != '\0')
        {
          g_autoptr(GPtrArray) items = split_items (values);
          JsonArray *keywords = json_array_new ();

          object = json_object_new ();
          prefix = g_strdup_printf ("/skills/%u", json_array_get_length (array));
          set_string (doc, object, prefix, "name", label, 0.7);
          for (guint i = 0; i < items->len; i++)
            json_array_add_string_element (keywords, g_ptr_array_index (items, i));
          json_object_set_array_member (object, "keywords", keywords);
          json_array_add_object_element (array, object);
        }
      else
        {
          g_autoptr(GPtrArray) items = split_items (text);
          for (guint i = 0; i < items->len; i++)
            {
              object = json_object_new ();
              g_free (prefix);
              prefix = g_strdup_printf ("/skills/%u", json_array_get_length (array));
              set_string (doc, object, prefix, "name", g_ptr_array_index (items, i), items->len > 1 ? 0.7 : 0.5);
              json_array_add_object_element (array, object);
            }
        }
      row->used = TRUE;
    }
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      if (json_object_has_member (object, "keywords")
          && json_array_get_length (json_object_get_array_member (object, "keywords")) == 0)
        json_object_remove_member (object, "keywords");
    }
}

static void
extract_languages (PhoenixCvDoc *doc,
                   Section      *section)
{
  JsonArray *array = profile_array (doc, "languages");
  JsonObject *pending = NULL;

  for (guint r = 0; r < section->rows->len; r++)
    {
      CvRow *row = g_ptr_array_index (section->rows, r);
      g_autofree char *text = strip_bullet (row->text);
      g_autoptr(GPtrArray) items = NULL;
      static GRegex *re = NULL;
      g_auto(GStrv) pieces = NULL;

      if (g_once_init_enter (&re))
        g_once_init_leave (&re, g_regex_new ("\\s{2,}|[,;|\\x{2022}\\x{00B7}]", G_REGEX_OPTIMIZE, 0, NULL));
      pieces = g_regex_split (re, text, 0);
      for (guint i = 0; pieces[i] != NULL; i++)
        {
          glong ls = 0, le = 0;
          g_autofree char *level = _phoenix_cv_find_language_level (pieces[i], &ls, &le);
          g_autofree char *language = NULL;
          g_autofree char *fold = NULL;

          if (level != NULL)
            {
              const char *at = g_utf8_offset_to_pointer (pieces[i], ls);
              g_autofree char *before = g_strndup (pieces[i], at - pieces[i]);
              g_autofree char *lang = trim_part (before);

              if (*lang != '\0')
                {
                  /* "Anglais : courant (C1)": the level runs to the end. */
                  g_autofree char *tail = trim_part (at);
                  g_free (level);
                  level = g_steal_pointer (&tail);
                  language = g_steal_pointer (&lang);
                }
              else
                {
                  g_autofree char *after = trim_part (g_utf8_offset_to_pointer (pieces[i], le));
                  language = g_steal_pointer (&after);
                }
            }
          else
            language = trim_part (pieces[i]);
          fold = _phoenix_cv_fold (language);
          if (*language == '\0' && level == NULL)
            continue;
          if (*language == '\0' || (!_phoenix_cv_is_language_name (fold) && level != NULL && pending != NULL
                                    && !json_object_has_member (pending, "fluency")))
            {
              /* A level for the language just before. */
              if (pending != NULL && !json_object_has_member (pending, "fluency"))
                {
                  g_autofree char *p = g_strdup_printf ("/languages/%u", json_array_get_length (array) - 1);
                  set_string (doc, pending, p, "fluency", level, 0.7);
                }
              continue;
            }
          if (g_utf8_strlen (language, -1) > 40)
            {
              g_ptr_array_add (doc->unassigned, g_strdup (pieces[i]));
              continue;
            }
          {
            JsonObject *object = json_object_new ();
            g_autofree char *prefix = g_strdup_printf ("/languages/%u", json_array_get_length (array));
            set_string (doc, object, prefix, "language", language, _phoenix_cv_is_language_name (fold) ? 0.9 : 0.5);
            set_string (doc, object, prefix, "fluency", level, 0.8);
            json_array_add_object_element (array, object);
            pending = object;
          }
        }
      row->used = TRUE;
    }
}

static void
extract_simple_list (PhoenixCvDoc *doc,
                     Section      *section,
                     const char   *member,
                     const char   *name_member,
                     const char   *date_member,
                     const char   *second_member)
{
  JsonArray *array = profile_array (doc, member);

  for (guint r = 0; r < section->rows->len; r++)
    {
      CvRow *row = g_ptr_array_index (section->rows, r);
      g_autofree char *text = strip_bullet (row->text);
      DateInfo date = { 0 };
      g_autofree char *rest = date_member != NULL ? take_date (text, &date) : g_strdup (text);
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      JsonObject *object;
      g_autofree char *prefix = NULL;

      add_parts (parts, rest, FALSE);
      row->used = TRUE;
      if (parts->len == 0)
        {
          date_info_clear (&date);
          continue;
        }
      /* A line that only goes on from the one before. */
      if (json_array_get_length (array) > 0 && !date.found && g_unichar_islower (g_utf8_get_char (text)))
        {
          JsonObject *last = json_array_get_object_element (array, json_array_get_length (array) - 1);
          const char *name = json_object_get_string_member_with_default (last, name_member, "");
          g_autofree char *joined = g_strconcat (name, " ", text, NULL);
          json_object_set_string_member (last, name_member, joined);
          continue;
        }
      object = json_object_new ();
      prefix = g_strdup_printf ("/%s/%u", member, json_array_get_length (array));
      set_string (doc, object, prefix, name_member, g_ptr_array_index (parts, 0), 0.7);
      if (second_member != NULL && parts->len > 1)
        set_string (doc, object, prefix, second_member, g_ptr_array_index (parts, 1), 0.5);
      if (date_member != NULL && date.found)
        set_string (doc, object, prefix, date_member, date.range && date.end ? date.end : date.start, 0.7);
      json_array_add_object_element (array, object);
      date_info_clear (&date);
    }
}

/* Publications: a title line (with its date), then authors, venue, DOI. */
static void
extract_publications (PhoenixCvDoc *doc,
                      Section      *section)
{
  g_autoptr(GPtrArray) entries = split_entries (doc, section->rows);
  JsonArray *array = profile_array (doc, "publications");

  for (guint e = 0; e < entries->len; e++)
    {
      Entry *entry = g_ptr_array_index (entries, e);
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      DateInfo date = { 0 };
      JsonObject *object = json_object_new ();
      g_autofree char *prefix = g_strdup_printf ("/publications/%u", json_array_get_length (array));
      g_autoptr(GPtrArray) rest = g_ptr_array_new ();

      entry_dates_and_parts (entry, &date, parts);
      if (parts->len == 0 && entry->highlights->len == 0)
        {
          json_object_unref (object);
          date_info_clear (&date);
          continue;
        }
      if (parts->len > 0)
        set_string (doc, object, prefix, "name", g_ptr_array_index (parts, 0), 0.6);
      for (guint i = 1; i < parts->len; i++)
        g_ptr_array_add (rest, g_ptr_array_index (parts, i));
      for (guint i = 0; i < entry->prose->len; i++)
        g_ptr_array_add (rest, g_ptr_array_index (entry->prose, i));
      for (guint i = 0; i < entry->highlights->len; i++)
        g_ptr_array_add (rest, g_ptr_array_index (entry->highlights, i));
      if (rest->len > 0)
        {
          g_autofree char *summary = join_strings (rest, ", ");
          set_string (doc, object, prefix, "summary", summary, 0.4);
        }
      if (date.found)
        set_string (doc, object, prefix, "releaseDate", date.start, 0.7);
      json_array_add_object_element (array, object);
      date_info_clear (&date);
    }
}

static void
extract_interests (PhoenixCvDoc *doc,
                   Section      *section)
{
  JsonArray *array = profile_array (doc, "interests");

  for (guint r = 0; r < section->rows->len; r++)
    {
      CvRow *row = g_ptr_array_index (section->rows, r);
      g_autofree char *text = strip_bullet (row->text);
      g_autoptr(GPtrArray) items = split_items (text);

      for (guint i = 0; i < items->len; i++)
        {
          JsonObject *object = json_object_new ();
          g_autofree char *prefix = g_strdup_printf ("/interests/%u", json_array_get_length (array));
          set_string (doc, object, prefix, "name", g_ptr_array_index (items, i), 0.7);
          json_array_add_object_element (array, object);
        }
      row->used = TRUE;
    }
}

static void
extract_summary (PhoenixCvDoc *doc,
                 Section      *section)
{
  GString *s = g_string_new (json_object_get_string_member_with_default (basics (doc), "summary", ""));

  for (guint r = 0; r < section->rows->len; r++)
    {
      CvRow *row = g_ptr_array_index (section->rows, r);
      g_autofree char *text = row_content (row);
      gsize n = s->len;

      if (n > 0 && s->str[n - 1] == '-' && n > 1 && g_unichar_isalpha (g_utf8_get_char (g_utf8_prev_char (s->str + n - 1))))
        g_string_truncate (s, n - 1);
      else if (n > 0)
        g_string_append_c (s, ' ');
      g_string_append (s, text);
      row->used = TRUE;
    }
  if (s->len > 0)
    {
      json_object_set_string_member (basics (doc), "summary", s->str);
      set_confidence (doc, "/basics/summary", 0.8);
    }
  g_string_free (s, TRUE);
}

static void
add_profile (PhoenixCvDoc *doc,
             const char   *url)
{
  JsonObject *b = basics (doc);
  g_autofree char *fold = g_ascii_strdown (url, -1);
  const char *network = NULL;
  JsonArray *profiles;
  JsonObject *object;
  g_autofree char *full = NULL;
  g_autofree char *prefix = NULL;
  const char *slash;

  if (strstr (fold, "linkedin.") != NULL)
    network = "LinkedIn";
  else if (strstr (fold, "github.") != NULL)
    network = "GitHub";
  else if (strstr (fold, "gitlab.") != NULL)
    network = "GitLab";
  else if (strstr (fold, "twitter.") != NULL || strstr (fold, "x.com/") != NULL)
    network = "Twitter";
  else if (strstr (fold, "stackoverflow.") != NULL)
    network = "Stack Overflow";
  else if (strstr (fold, "facebook.") != NULL)
    network = "Facebook";
  else if (strstr (fold, "youtube.") != NULL)
    network = "YouTube";
  else if (strstr (fold, "quora.") != NULL)
    network = "Quora";

  full = g_str_has_prefix (fold, "http") ? g_strdup (url) : g_strconcat ("https://", url, NULL);
  if (network == NULL)
    {
      if (!json_object_has_member (b, "url"))
        {
          json_object_set_string_member (b, "url", full);
          set_confidence (doc, "/basics/url", 0.7);
        }
      return;
    }
  if (!json_object_has_member (b, "profiles"))
    json_object_set_array_member (b, "profiles", json_array_new ());
  profiles = json_object_get_array_member (b, "profiles");
  for (guint i = 0; i < json_array_get_length (profiles); i++)
    if (g_str_equal (json_object_get_string_member_with_default (json_array_get_object_element (profiles, i), "network", ""), network))
      return;
  object = json_object_new ();
  prefix = g_strdup_printf ("/basics/profiles/%u", json_array_get_length (profiles));
  set_string (doc, object, prefix, "network", network, 0.9);
  slash = strrchr (url, '/');
  if (slash != NULL && slash[1] != '\0')
    set_string (doc, object, prefix, "username", slash + 1, 0.8);
  set_string (doc, object, prefix, "url", full, 0.9);
  json_array_add_object_element (profiles, object);
}

static gboolean
match_again (GRegex      *regex,
             const char  *text,
             GMatchInfo **info)
{
  g_clear_pointer (info, g_match_info_unref);
  return g_regex_match (regex, text, 0, info);
}

static char *
remove_contact_data (const char *text,
                     const char *email,
                     const char *phone,
                     GPtrArray  *urls)
{
  GString *s = g_string_new (text);

  if (email != NULL)
    g_string_replace (s, email, "  ", 0);
  if (phone != NULL)
    g_string_replace (s, phone, "  ", 0);
  for (guint i = 0; i < urls->len; i++)
    g_string_replace (s, g_ptr_array_index (urls, i), "  ", 0);
  return g_string_free (s, FALSE);
}

/* Contact data from @rows; returns TRUE for rows it used. */
static void
extract_contact (PhoenixCvDoc *doc,
                 GPtrArray    *rows,
                 gboolean      mark_used)
{
  JsonObject *b = basics (doc);
  static GRegex *postcode_re = NULL;
  static GRegex *city_re = NULL;

  if (g_once_init_enter (&postcode_re))
    g_once_init_leave (&postcode_re, g_regex_new ("\\b(\\d{5})\\s+([A-Z][\\w\\x{00C0}-\\x{017F}'\\- ]{1,30}?)(?:\\s*[,(]|\\s{2}|$)", G_REGEX_OPTIMIZE, 0, NULL));
  if (g_once_init_enter (&city_re))
    g_once_init_leave (&city_re, g_regex_new ("^([A-Z][\\w\\x{00C0}-\\x{017F}.'\\- ]{1,30}),\\s*([A-Z][\\w\\x{00C0}-\\x{017F}.'\\- ]{1,30}?)(?:\\s+(\\d{5}))?$", G_REGEX_OPTIMIZE, 0, NULL));

  for (guint r = 0; r < rows->len; r++)
    {
      CvRow *row = g_ptr_array_index (rows, r);
      gboolean used = FALSE;

      for (guint s = 0; s < row->segs->len; s++)
        {
          CvSeg *seg = g_ptr_array_index (row->segs, s);
          g_autofree char *clean = _phoenix_cv_clean_contact (seg->text);
          g_autofree char *email = phoenix_cv_find_email (clean);
          g_autofree char *phone = NULL;
          g_autoptr(GPtrArray) urls = NULL;
          g_autoptr(GMatchInfo) info = NULL;

          if (email != NULL)
            {
              used = TRUE;
              if (!json_object_has_member (b, "email"))
                {
                  json_object_set_string_member (b, "email", email);
                  set_confidence (doc, "/basics/email", 0.99);
                }
            }
          phone = phoenix_cv_find_phone (clean);
          if (phone != NULL)
            {
              used = TRUE;
              if (!json_object_has_member (b, "phone"))
                {
                  json_object_set_string_member (b, "phone", phone);
                  set_confidence (doc, "/basics/phone", 0.9);
                }
            }
          urls = _phoenix_cv_find_urls (clean);
          /* "GitHub: janedoe", "LinkedIn:// jane-doe" */
          if (urls->len == 0)
            {
              static GRegex *handle_re = NULL;
              g_autoptr(GMatchInfo) hinfo = NULL;

              if (g_once_init_enter (&handle_re))
                g_once_init_leave (&handle_re, g_regex_new ("^(github|gitlab|linkedin|twitter|x|facebook|youtube|quora|stackoverflow|medium)\\s*:(?://)?\\s*@?([\\w.\\-]+)$",
                                                            G_REGEX_OPTIMIZE | G_REGEX_CASELESS, 0, NULL));
              if (g_regex_match (handle_re, clean, 0, &hinfo))
                {
                  g_autofree char *network = g_match_info_fetch (hinfo, 1);
                  g_autofree char *handle = g_match_info_fetch (hinfo, 2);
                  g_autofree char *lower = g_ascii_strdown (network, -1);
                  const char *host = g_str_equal (lower, "linkedin") ? "linkedin.com/in/"
                                     : g_str_equal (lower, "x") ? "x.com/"
                                     : g_str_equal (lower, "stackoverflow") ? "stackoverflow.com/users/" : NULL;
                  g_autofree char *domain = g_strconcat (lower, ".com/", NULL);
                  g_ptr_array_add (urls, g_strconcat (host != NULL ? host : domain, handle, NULL));
                }
            }
          /* "/in/jane-doe" beside a LinkedIn icon. */
          if (urls->len == 0 && g_str_has_prefix (clean, "/in/") && strchr (clean, ' ') == NULL)
            g_ptr_array_add (urls, g_strconcat ("linkedin.com", clean, NULL));
          for (guint i = 0; i < urls->len; i++)
            {
              const char *url = g_ptr_array_index (urls, i);
              if (email != NULL && strstr (email, url) != NULL)
                continue;
              add_profile (doc, url);
              used = TRUE;
            }
          if (!json_object_has_member (b, "location"))
            {
              g_autofree char *rest = remove_contact_data (clean, email, phone, urls);
              g_auto(GStrv) pieces = g_regex_split_simple ("\\s{2,}|\\s[|\\x{2022}\\x{00B7}\\x{2013}\\x{2014}-]\\s|[|\\x{2022}\\x{00B7}]", rest, 0, 0);

              for (guint p = 0; pieces[p] != NULL && !json_object_has_member (b, "location"); p++)
                {
                  g_autofree char *piece = trim_part (pieces[p]);
                  JsonObject *location = NULL;

                  if (g_regex_match (postcode_re, piece, 0, &info))
                    {
                      g_autofree char *code = g_match_info_fetch (info, 1);
                      g_autofree char *city = g_match_info_fetch (info, 2);
                      location = json_object_new ();
                      json_object_set_string_member (location, "city", g_strstrip (city));
                      json_object_set_string_member (location, "postalCode", code);
                      json_object_set_string_member (location, "address", piece);
                    }
                  else if (g_utf8_strlen (piece, -1) <= 50 && looks_like_location (piece) && match_again (city_re, piece, &info))
                    {
                      g_autofree char *city = g_match_info_fetch (info, 1);
                      g_autofree char *region = g_match_info_fetch (info, 2);
                      location = json_object_new ();
                      json_object_set_string_member (location, "city", g_strstrip (city));
                      if (strlen (region) == 2 && g_ascii_isupper (region[0]) && g_ascii_isupper (region[1]))
                        json_object_set_string_member (location, "region", region);
                      else
                        json_object_set_string_member (location, "country", region);
                    }
                  g_clear_pointer (&info, g_match_info_unref);
                  if (location != NULL)
                    {
                      json_object_set_object_member (b, "location", location);
                      set_confidence (doc, "/basics/location/city", 0.6);
                      used = TRUE;
                    }
                }
            }
        }
      if (used && mark_used)
        row->used = TRUE;
    }
}

static void
extract_header (PhoenixCvDoc *doc,
                GPtrArray    *header_rows)
{
  JsonObject *b = basics (doc);
  CvRow *name_row = doc->name_row >= 0 ? g_ptr_array_index (doc->rows, doc->name_row) : NULL;

  if (name_row != NULL)
    {
      g_autoptr(GString) joined = g_string_new (NULL);
      g_autofree char *name = NULL;

      for (guint i = 0; i < name_row->segs->len; i++)
        {
          CvSeg *seg = g_ptr_array_index (name_row->segs, i);
          if (joined->len > 0)
            g_string_append (joined, "  ");
          g_string_append (joined, seg->text);
        }
      name = _phoenix_cv_name_part (joined->str);
      if (strlen (name) < joined->len)
        {
          /* The rest of the line: a headline ("Jane Doe | Data analyst"). */
          g_autofree char *rest = trim_part (joined->str + strlen (name));
          g_autofree char *email = phoenix_cv_find_email (rest);
          g_autofree char *phone = phoenix_cv_find_phone (rest);
          g_autoptr(GPtrArray) urls = _phoenix_cv_find_urls (rest);

          if (*rest != '\0' && email == NULL && phone == NULL && urls->len == 0)
            {
              json_object_set_string_member (b, "label", rest);
              set_confidence (doc, "/basics/label", 0.6);
            }
        }
      json_object_set_string_member (b, "name", name);
      set_confidence (doc, "/basics/name", name_row->size >= doc->body_size * 1.3 ? 0.9 : 0.6);
      name_row->used = TRUE;
    }
  extract_contact (doc, header_rows, TRUE);

  /* The headline: the first short unused line after the name. */
  if (name_row != NULL && !json_object_has_member (b, "label"))
    {
      gboolean after = FALSE;
      for (guint i = 0; i < header_rows->len; i++)
        {
          CvRow *row = g_ptr_array_index (header_rows, i);
          if (row == name_row)
            {
              after = TRUE;
              continue;
            }
          if (!after || row->used)
            continue;
          if (g_utf8_strlen (row->text, -1) <= 100 && !row_has_entry_date (row) && row->page == name_row->page
              && row->y >= name_row->y - 2 && row->y < name_row->y + name_row->h * 4 + doc->leading * 3)
            {
              g_autofree char *label = trim_part (row->text);
              json_object_set_string_member (b, "label", label);
              set_confidence (doc, "/basics/label", 0.6);
              row->used = TRUE;
            }
          break;
        }
    }
}

void
_phoenix_cv_doc_extract (PhoenixCvDoc *doc)
{
  g_autoptr(GPtrArray) sections = g_ptr_array_new_with_free_func (section_free);
  g_autoptr(GPtrArray) header_rows = g_ptr_array_new ();
  Section *current = NULL;
  CvRow *prev = NULL;
  JsonObject *b;

  basics (doc);

  for (guint i = 0; i < doc->rows->len; i++)
    {
      CvRow *row = g_ptr_array_index (doc->rows, i);

      /* A new column on the same page starts outside any section until
       * its first heading: that is where a name and contact sit. */
      if (prev != NULL && row->column > prev->column && !row->heading)
        current = NULL;
      if ((int) i == doc->name_row)
        current = NULL;
      g_debug ("row p%u c%d x%.0f y%.0f s%.1f%s%s: %s", row->page, row->column, row->x, row->y, row->size,
               row->bold ? " B" : "", row->heading ? " HEADING" : "", row->text);
      if (row->heading)
        {
          GString *title = g_string_new (NULL);
          for (guint k = 0; k < row->segs->len; k++)
            {
              CvSeg *seg = g_ptr_array_index (row->segs, k);
              if (title->len > 0)
                g_string_append_c (title, ' ');
              g_string_append (title, seg->text);
            }
          current = g_new0 (Section, 1);
          current->title = g_string_free (title, FALSE);
          current->kind = row->kind;
          current->rows = g_ptr_array_new ();
          g_ptr_array_add (sections, current);
          g_ptr_array_add (doc->section_titles, g_strdup (current->title));
          row->used = TRUE;
        }
      else if (current == NULL)
        g_ptr_array_add (header_rows, row);
      else
        g_ptr_array_add (current->rows, row);
      prev = row;
    }
  g_ptr_array_add (doc->section_titles, NULL);

  extract_header (doc, header_rows);

  for (guint s = 0; s < sections->len; s++)
    {
      Section *section = g_ptr_array_index (sections, s);

      switch (section->kind)
        {
        case CV_SECTION_WORK:
          extract_work_like (doc, section, "work", "name");
          break;
        case CV_SECTION_VOLUNTEER:
          extract_work_like (doc, section, "volunteer", "organization");
          break;
        case CV_SECTION_PROJECTS:
          extract_work_like (doc, section, "projects", "description");
          break;
        case CV_SECTION_EDUCATION:
          extract_education (doc, section);
          break;
        case CV_SECTION_SKILLS:
          extract_skills (doc, section);
          break;
        case CV_SECTION_LANGUAGES:
          extract_languages (doc, section);
          break;
        case CV_SECTION_CERTIFICATES:
          extract_simple_list (doc, section, "certificates", "name", "date", "issuer");
          break;
        case CV_SECTION_AWARDS:
          extract_simple_list (doc, section, "awards", "title", "date", "awarder");
          break;
        case CV_SECTION_PUBLICATIONS:
          extract_publications (doc, section);
          break;
        case CV_SECTION_REFERENCES:
          extract_simple_list (doc, section, "references", "name", NULL, "reference");
          break;
        case CV_SECTION_INTERESTS:
          extract_interests (doc, section);
          break;
        case CV_SECTION_SUMMARY:
          extract_summary (doc, section);
          break;
        case CV_SECTION_CONTACT:
        case CV_SECTION_LINKS:
          extract_contact (doc, section->rows, TRUE);
          break;
        case CV_SECTION_OTHER:
        case CV_SECTION_NONE:
        default:
          break;
        }
    }

  /* Contact data printed anywhere else (a footer, a sidebar). */
  b = basics (doc);
  if (!json_object_has_member (b, "email") || !json_object_has_member (b, "phone"))
    {
      g_autoptr(GPtrArray) rest = g_ptr_array_new ();
      for (guint i = 0; i < doc->rows->len; i++)
        {
          CvRow *row = g_ptr_array_index (doc->rows, i);
          if (!row->used)
            g_ptr_array_add (rest, row);
        }
      extract_contact (doc, rest, TRUE);
    }

  for (guint i = 0; i < doc->rows->len; i++)
    {
      CvRow *row = g_ptr_array_index (doc->rows, i);
      if (!row->used)
        g_ptr_array_add (doc->unassigned, g_strdup (row->text));
    }
  g_ptr_array_add (doc->unassigned, NULL);
}
