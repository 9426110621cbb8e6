/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-parser"

#include "config.h"

#include <math.h>
#include <string.h>

#include "phoenix-cv-dates.h"
#include "phoenix-cv-entries.h"
#include "phoenix-cv-fields.h"
#include "phoenix-cv-text.h"

/*
 * Entries of a section (jobs, degrees, projects, publications): where each
 * one begins, and its fields.
 */

typedef struct
{
  GPtrArray *header;      /* CvRow *: title, employer, dates… */
  GPtrArray *highlights;  /* char * */
  GPtrArray *prose;       /* char *: description lines */
  GPtrArray *side_dates;  /* char *: dates set beside highlights */
  gboolean   has_date;
  int        date_index;  /* index in header of the first date row */
  gboolean   org_above;   /* its dated title line was moved before the employer's line */
  /* work_parts()'s answer, kept from section_puts_employer_first() for the extraction. */
  GPtrArray *work_parts;  /* char *, NULL until asked */
  DateInfo   work_date;
  gboolean   work_org_above;
} Entry;

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  g_ptr_array_unref (entry->header);
  g_ptr_array_unref (entry->highlights);
  g_ptr_array_unref (entry->prose);
  g_ptr_array_unref (entry->side_dates);
  g_clear_pointer (&entry->work_parts, g_ptr_array_unref);
  _phoenix_cv_date_info_clear (&entry->work_date);
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

/* Row @i is a table's header: three cells or more, short, without dates, bold or in
 * capitals, over a row whose cells start at the same places. */
static gboolean
is_table_header (GPtrArray *rows,
                 guint      i)
{
  CvRow *row = g_ptr_array_index (rows, i);
  CvRow *next;
  guint same = 0;

  if (row->segs->len < 3 || i + 1 >= rows->len || !(row->bold || row->caps) || _phoenix_cv_row_has_entry_date (row))
    return FALSE;
  next = g_ptr_array_index (rows, i + 1);
  for (guint k = 0; k < row->segs->len; k++)
    {
      CvSeg *seg = g_ptr_array_index (row->segs, k);
      if (seg->n_chars > 20)
        return FALSE;
      for (guint j = 0; j < next->segs->len; j++)
        if (fabs (((CvSeg *) g_ptr_array_index (next->segs, j))->x - seg->x) < 3)
          same++;
    }
  return same >= 3;
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
      if (_phoenix_cv_starts_bold (row))
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

        if (_phoenix_cv_row_is_bullet (row))
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
      gboolean bullet = _phoenix_cv_row_is_bullet (row);
      gboolean has_date = _phoenix_cv_row_has_entry_date (row);

      gboolean start_new = FALSE;
      gboolean continues_range = FALSE;
      gboolean short_line;
      g_autofree char *content = _phoenix_cv_row_content (row);

      /* A table's column headers ("Début  Fin  Poste  Employeur"): labels, no entry. */
      if (is_table_header (rows, i))
        {
          row->used = TRUE;
          continue;
        }

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
          if (!_phoenix_cv_row_is_bullet (next) && next->x > row->x + 0.3 * row->size && _phoenix_cv_row_has_entry_date (next))
            bullet = FALSE;
        }

      if (!bullet && in_bullet && cur != NULL && cur->highlights->len > 0 && !has_date
          && (row->x > bullet_x + 0.3 * row->size
              || (g_unichar_islower (g_utf8_get_char (row->text)) && row->x >= bullet_x - 2)))
        {
          /* A wrapped highlight. */
          char *last = g_ptr_array_index (cur->highlights, cur->highlights->len - 1);
          g_autofree char *text = _phoenix_cv_row_text_without_side_dates (row, cur->side_dates);
          g_ptr_array_index (cur->highlights, cur->highlights->len - 1) = _phoenix_cv_join_wrapped (last, text);
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
            g_autofree char *text = _phoenix_cv_row_text_without_side_dates (row, cur->side_dates);
            g_ptr_array_add (cur->highlights, _phoenix_cv_trim_part (text));
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
      if (cur != NULL && prev_in_prose && !has_date && !(_phoenix_cv_starts_bold (row) && short_line) && row->gap_before < row->h)
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
          else if (mixed_bold && _phoenix_cv_starts_bold (row) && short_line && prev != NULL && !_phoenix_cv_starts_bold (prev)
                   && cur->header->len >= 2 && _phoenix_cv_starts_bold (g_ptr_array_index (cur->header, 0)))
            start_new = TRUE;   /* entries that open with a bold line */
        }
      in_bullet = FALSE;

      if (start_new && !g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN))
        {
          /* The first 30 characters, not bytes: a cut inside a character is not UTF-8. */
          g_autofree char *head = g_utf8_substring (row->text, 0, MIN (30, g_utf8_strlen (row->text, -1)));

          g_debug ("new entry at \"%s\": bullets %u prose %u date %d/%d pitch %.1f leading %.1f bold %d/%d",
                   head, cur->highlights->len, cur->prose->len, has_date, cur->has_date,
                   row->gap_before + row->h, doc->leading, row->bold, prev != NULL && prev->bold);
        }
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

static void
entry_dates_and_parts (Entry     *entry,
                       DateInfo  *date,
                       GPtrArray *parts)
{
  gboolean closes_range = FALSE;

  for (guint i = 0; i < entry->header->len; i++)
    {
      CvRow *row = g_ptr_array_index (entry->header, i);
      g_autofree char *content = _phoenix_cv_row_content (row);
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
          rest = _phoenix_cv_take_date (content, date);
        }
      else
        rest = g_strdup (content);
      if (!(closes_range && i > 0 && date->range))
        closes_range = closes_range && !date->range;
      /* "Title, Employer, City" on one line: split at commas too. */
      commas = entry->header->len <= 2 || i == 0;
      _phoenix_cv_add_parts (parts, rest, commas);
    }
  for (guint i = 0; i < entry->side_dates->len && !date->found; i++)
    g_free (_phoenix_cv_take_date (g_ptr_array_index (entry->side_dates, i), date));
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

/* The parts of a job's header, its dated line first: when one line carries the dates
 * beside other words ("Title  2019 – 2022") and the others none ("Employer, City"), the
 * dated one is the entry's main line wherever it stands. */
static gboolean
work_parts (Entry     *entry,
            DateInfo  *date,
            GPtrArray *parts)
{
  int dated = -1;
  guint n_dated = 0;
  gboolean others_have_commas = FALSE;

  if (entry->org_above)
    {
      entry_dates_and_parts (entry, date, parts);
      return TRUE;
    }

  for (guint i = 0; i < entry->header->len; i++)
    {
      CvRow *row = g_ptr_array_index (entry->header, i);
      if (!_phoenix_cv_row_has_entry_date (row))
        {
          others_have_commas = others_have_commas || strchr (row->text, ',') != NULL;
          continue;
        }
        {
          DateInfo d = { 0 };
          g_autofree char *content = _phoenix_cv_row_content (row);
          g_autofree char *rest = _phoenix_cv_take_date (content, &d);
          g_autofree char *trimmed = _phoenix_cv_trim_part (rest);

          n_dated++;
          /* Its other words a title, not a place ("From 2019 to 2021, Toronto, ON"). */
          if (g_utf8_strlen (trimmed, -1) >= 3 && strchr (trimmed, ',') == NULL
              && !_phoenix_cv_has_open_range (content))
            dated = (int) i;
          _phoenix_cv_date_info_clear (&d);
        }
    }
  /* …and set in bold over plain lines: a title's look. */
  if (n_dated == 1 && dated > 0 && others_have_commas
      && _phoenix_cv_starts_bold (g_ptr_array_index (entry->header, (guint) dated))
      && !_phoenix_cv_starts_bold (g_ptr_array_index (entry->header, 0)))
    {
      gpointer row = g_ptr_array_steal_index (entry->header, (guint) dated);
      g_ptr_array_insert (entry->header, 0, row);
      if (entry->date_index >= 0)
        entry->date_index = 0;
      entry->org_above = TRUE;
      entry_dates_and_parts (entry, date, parts);
      return TRUE;
    }
  entry_dates_and_parts (entry, date, parts);
  return FALSE;
}

/* work_parts() of @entry, read once: the first call may move its dated line up (org_above),
 * and a second would read the entry as moved, which gives the same parts. */
static GPtrArray *
entry_work_parts (Entry *entry)
{
  if (entry->work_parts == NULL)
    {
      entry->work_parts = g_ptr_array_new_with_free_func (g_free);
      entry->work_org_above = work_parts (entry, &entry->work_date, entry->work_parts);
    }
  return entry->work_parts;
}

/* How much @text reads as a job title (+) or an employer (−): title words at its start,
 * company marks. */
static int
title_evidence (const char *text)
{
  int score = 0;

  if (text == NULL)
    return 0;
  if (_phoenix_cv_looks_like_job_title (text))
    score++;
  if (_phoenix_cv_looks_like_company (text))
    score--;
  return score;
}

/* Entries of a section share one layout: when, over the section, the first part of the
 * entries reads as an employer and the second as a job title more often than the other
 * way round, every entry has them that way (one entry's "Centre commercial" does not
 * make it a job). */
static gboolean
section_puts_employer_first (GPtrArray *entries)
{
  int votes = 0;

  for (guint e = 0; e < entries->len; e++)
    {
      Entry *entry = g_ptr_array_index (entries, e);
      GPtrArray *parts = entry_work_parts (entry);
      const char *first = NULL, *second = NULL;
      int evidence;

      for (guint i = 0; i < parts->len; i++)
        {
          const char *part = g_ptr_array_index (parts, i);
          if (i > 0 && _phoenix_cv_looks_like_location (part))
            continue;
          if (first == NULL)
            first = part;
          else if (second == NULL)
            second = part;
        }
      if (first == NULL || second == NULL)
        continue;
      evidence = title_evidence (second) - title_evidence (first);
      votes += evidence > 0 ? 1 : evidence < 0 ? -1 : 0;
    }
  return votes > 0;
}

void
_phoenix_cv_extract_work_like (PhoenixCvDoc *doc,
                               Section      *section,
                               const char   *member,
                               const char   *org_member)
{
  g_autoptr(GPtrArray) entries = split_entries (doc, section->rows);
  JsonArray *array = _phoenix_cv_profile_array (doc, member);
  g_autofree char *group_org = NULL;        /* "Employer, City" over several positions */
  g_autofree char *group_location = NULL;
  GPtrArray *group_rows = NULL;
  gboolean swap = section_puts_employer_first (entries);

  for (guint e = 0; e < entries->len; e++)
    {
      Entry *entry = g_ptr_array_index (entries, e);
      g_autoptr(GPtrArray) parts = g_ptr_array_ref (entry_work_parts (entry));
      /* The entry's date taken over from it (it is read once). */
      DateInfo date = entry->work_date;
      JsonObject *object = json_object_new ();
      g_autofree char *prefix = g_strdup_printf ("/%s/%u", member, json_array_get_length (array));
      const char *position = NULL, *org = NULL, *location = NULL;
      g_autoptr(GPtrArray) extra = g_ptr_array_new ();
      double base = entry->has_date ? 0.7 : 0.4;
      gboolean org_above = entry->work_org_above;

      memset (&entry->work_date, 0, sizeof entry->work_date);
      for (guint i = 0; i < parts->len; i++)
        {
          const char *part = g_ptr_array_index (parts, i);
          if (location == NULL && (_phoenix_cv_looks_like_location (part) && i > 0))
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
      /* Which of the two is the employer: what the section's entries say together
       * (see section_puts_employer_first()), not each entry alone. */
      if (position != NULL && org != NULL && swap)
        {
          const char *t = position;
          position = org;
          org = t;
        }
      if (!date.found && entry->highlights->len == 0 && entry->prose->len == 0 && entry->header->len <= 1)
        {
          /* A lone line: a sub-heading ("Vocational"), or an employer over several
           * positions, taken by the entries below that name none. */
          for (guint i = 0; i < entry->header->len; i++)
            ((CvRow *) g_ptr_array_index (entry->header, i))->used = FALSE;
          g_clear_pointer (&group_org, g_free);
          g_clear_pointer (&group_location, g_free);
          group_rows = entry->header;
          for (guint i = 0; i < parts->len; i++)
            {
              const char *part = g_ptr_array_index (parts, i);
              if (group_location == NULL && i > 0 && _phoenix_cv_looks_like_location (part))
                group_location = g_strdup (part);
              else if (group_org == NULL)
                group_org = g_strdup (part);
            }
          json_object_unref (object);
          _phoenix_cv_date_info_clear (&date);
          continue;
        }
      if (org == NULL && position != NULL && group_org != NULL)
        {
          org = group_org;
          if (location == NULL)
            location = group_location;
          for (guint i = 0; group_rows != NULL && i < group_rows->len; i++)
            ((CvRow *) g_ptr_array_index (group_rows, i))->used = TRUE;
        }
      else if (org != NULL && org_above)
        {
          /* "Employer, City" over the title: the positions below that name no employer
           * are with it too. */
          g_free (group_org);
          g_free (group_location);
          group_org = g_strdup (org);
          group_location = g_strdup (location);
          group_rows = NULL;
        }
      _phoenix_cv_set_string (doc, object, prefix, "position", position, base - 0.1);
      _phoenix_cv_set_string (doc, object, prefix, org_member, org, base - 0.2);
      _phoenix_cv_set_string (doc, object, prefix, "location", location, 0.5);
      if (date.found)
        {
          _phoenix_cv_set_string (doc, object, prefix, "startDate", date.start, date.range ? 0.9 : 0.6);
          _phoenix_cv_set_string (doc, object, prefix, "endDate", date.end, 0.9);
        }
      for (guint i = 0; i < extra->len; i++)
        g_ptr_array_add (entry->prose, g_strdup (g_ptr_array_index (extra, i)));
      if (entry->prose->len > 0)
        {
          g_autofree char *summary = _phoenix_cv_join_prose (entry->prose);
          _phoenix_cv_set_string (doc, object, prefix, "summary", summary, 0.5);
        }
      add_highlights (doc, object, entry, "highlights");
      json_array_add_object_element (array, object);
      _phoenix_cv_date_info_clear (&date);
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

gboolean
_phoenix_cv_names_a_degree (const char *text)
{
  return _phoenix_cv_has_mark (text, degree_marks, G_N_ELEMENTS (degree_marks))
         || _phoenix_cv_has_mark (text, school_marks, G_N_ELEMENTS (school_marks));
}

void
_phoenix_cv_extract_education (PhoenixCvDoc *doc,
                               Section      *section)
{
  g_autoptr(GPtrArray) entries = split_entries (doc, section->rows);
  JsonArray *array = _phoenix_cv_profile_array (doc, "education");

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
          if (school == NULL && _phoenix_cv_has_mark (part, school_marks, G_N_ELEMENTS (school_marks)))
            school = part;
          else if (degree == NULL && _phoenix_cv_has_mark (part, degree_marks, G_N_ELEMENTS (degree_marks)))
            degree = part;
          else if (location == NULL && i > 0 && _phoenix_cv_looks_like_location (part))
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
      _phoenix_cv_set_string (doc, object, prefix, "studyType", degree, _phoenix_cv_has_mark (degree ? degree : "", degree_marks, G_N_ELEMENTS (degree_marks)) ? 0.7 : 0.4);
      _phoenix_cv_set_string (doc, object, prefix, "institution", school, _phoenix_cv_has_mark (school ? school : "", school_marks, G_N_ELEMENTS (school_marks)) ? 0.7 : 0.4);
      _phoenix_cv_set_string (doc, object, prefix, "location", location, 0.4);
      if (date.found)
        {
          if (date.range)
            {
              _phoenix_cv_set_string (doc, object, prefix, "startDate", date.start, 0.9);
              _phoenix_cv_set_string (doc, object, prefix, "endDate", date.end, 0.9);
            }
          else
            _phoenix_cv_set_string (doc, object, prefix, "endDate", date.start, 0.6);
        }
      for (guint i = 0; i < extra->len; i++)
        g_ptr_array_add (entry->prose, g_strdup (g_ptr_array_index (extra, i)));
      if (entry->prose->len > 0)
        {
          g_autofree char *area = _phoenix_cv_join_prose (entry->prose);
          _phoenix_cv_set_string (doc, object, prefix, "area", area, 0.4);
        }
      add_highlights (doc, object, entry, "courses");
      json_array_add_object_element (array, object);
      _phoenix_cv_date_info_clear (&date);
    }
}

/* Publications: a title line (with its date), then authors, venue, DOI. */
void
_phoenix_cv_extract_publications (PhoenixCvDoc *doc,
                                  Section      *section)
{
  g_autoptr(GPtrArray) entries = split_entries (doc, section->rows);
  JsonArray *array = _phoenix_cv_profile_array (doc, "publications");

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
          _phoenix_cv_date_info_clear (&date);
          continue;
        }
      if (parts->len > 0)
        _phoenix_cv_set_string (doc, object, prefix, "name", g_ptr_array_index (parts, 0), 0.6);
      for (guint i = 1; i < parts->len; i++)
        g_ptr_array_add (rest, g_ptr_array_index (parts, i));
      for (guint i = 0; i < entry->prose->len; i++)
        g_ptr_array_add (rest, g_ptr_array_index (entry->prose, i));
      for (guint i = 0; i < entry->highlights->len; i++)
        g_ptr_array_add (rest, g_ptr_array_index (entry->highlights, i));
      if (rest->len > 0)
        {
          g_autofree char *summary = _phoenix_cv_join_strings (rest, ", ");
          _phoenix_cv_set_string (doc, object, prefix, "summary", summary, 0.4);
        }
      if (date.found)
        _phoenix_cv_set_string (doc, object, prefix, "releaseDate", date.start, 0.7);
      json_array_add_object_element (array, object);
      _phoenix_cv_date_info_clear (&date);
    }
}
