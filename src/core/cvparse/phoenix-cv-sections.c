/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-parser"

#include "config.h"

#include <math.h>
#include <string.h>

#include "phoenix-cv-entries.h"
#include "phoenix-cv-fields.h"
#include "phoenix-cv-text.h"
#include "phoenix-text-fold.h"

/*
 * Sections → fields, written into a JSON Resume object with a confidence
 * per field. Rows not placed end up in "unassigned".
 */

static void
section_free (gpointer data)
{
  Section *section = data;

  g_free (section->title);
  g_ptr_array_unref (section->rows);
  g_free (section);
}

static void
extract_skills (PhoenixCvDoc *doc,
                Section      *section)
{
  JsonArray *array = _phoenix_cv_profile_array (doc, "skills");
  /* The skills of the sections before are done: only this section's are looked at below. */
  guint first = json_array_get_length (array);
  JsonArray *open_group = NULL;   /* keywords of a label alone on its line */

  for (guint r = 0; r < section->rows->len; r++)
    {
      CvRow *row = g_ptr_array_index (section->rows, r);
      g_autofree char *text = _phoenix_cv_strip_bullet (row->text);
      const char *colon = strchr (text, ':');
      g_autofree char *after = colon != NULL ? _phoenix_cv_trim_part (colon + 1) : NULL;
      gboolean label_alone = (colon != NULL && *after == '\0' && colon - text <= 40)
                             || (row->segs->len == 1 && (row->caps || _phoenix_cv_starts_bold (row)) && !_phoenix_cv_row_is_bullet (row)
                                 && g_utf8_strlen (text, -1) <= 30 && strchr (text, ',') == NULL
                                 && r + 1 < section->rows->len);
      g_autofree char *label = NULL;
      g_autofree char *values = NULL;
      g_autofree char *prefix = NULL;
      JsonObject *object;

      if (colon != NULL && colon - text <= 40 && colon > text)
        {
          g_autofree char *head = g_strndup (text, colon - text);
          label = _phoenix_cv_trim_part (head);
          values = g_strdup (colon + 1);
        }
      else if (row->segs->len >= 2 && g_utf8_strlen (((CvSeg *) g_ptr_array_index (row->segs, 0))->text, -1) <= 30
               && (((CvSeg *) g_ptr_array_index (row->segs, 0))->bold || row->segs->len == 2))
        {
          GString *rest = g_string_new (NULL);
          label = _phoenix_cv_trim_part (((CvSeg *) g_ptr_array_index (row->segs, 0))->text);
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
          g_autofree char *name = _phoenix_cv_trim_part (text);
          object = json_object_new ();
          prefix = g_strdup_printf ("/skills/%u", json_array_get_length (array));
          _phoenix_cv_set_string (doc, object, prefix, "name", name, 0.6);
          open_group = json_array_new ();
          json_object_set_array_member (object, "keywords", open_group);
          json_array_add_object_element (array, object);
          row->used = TRUE;
          continue;
        }
      if (open_group != NULL && label == NULL)
        {
          g_autoptr(GPtrArray) items = _phoenix_cv_split_items (text);
          for (guint i = 0; i < items->len; i++)
            json_array_add_string_element (open_group, g_ptr_array_index (items, i));
          row->used = TRUE;
          continue;
        }
      open_group = NULL;
      if (label != NULL && *label != '\0')
        {
          g_autoptr(GPtrArray) items = _phoenix_cv_split_items (values);
          JsonArray *keywords = json_array_new ();

          object = json_object_new ();
          prefix = g_strdup_printf ("/skills/%u", json_array_get_length (array));
          _phoenix_cv_set_string (doc, object, prefix, "name", label, 0.7);
          for (guint i = 0; i < items->len; i++)
            json_array_add_string_element (keywords, g_ptr_array_index (items, i));
          json_object_set_array_member (object, "keywords", keywords);
          json_array_add_object_element (array, object);
        }
      else
        {
          g_autoptr(GPtrArray) items = _phoenix_cv_split_items (text);
          for (guint i = 0; i < items->len; i++)
            {
              object = json_object_new ();
              g_free (prefix);
              prefix = g_strdup_printf ("/skills/%u", json_array_get_length (array));
              _phoenix_cv_set_string (doc, object, prefix, "name", g_ptr_array_index (items, i), items->len > 1 ? 0.7 : 0.5);
              json_array_add_object_element (array, object);
            }
        }
      row->used = TRUE;
    }
  for (guint i = first; i < json_array_get_length (array); i++)
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
  JsonArray *array = _phoenix_cv_profile_array (doc, "languages");
  JsonObject *pending = NULL;

  for (guint r = 0; r < section->rows->len; r++)
    {
      CvRow *row = g_ptr_array_index (section->rows, r);
      g_autofree char *text = _phoenix_cv_strip_bullet (row->text);
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
              g_autofree char *lang = _phoenix_cv_trim_part (before);

              if (*lang != '\0')
                {
                  /* "Anglais : courant (C1)": the level runs to the end. */
                  g_autofree char *tail = _phoenix_cv_trim_part (at);
                  g_free (level);
                  level = g_steal_pointer (&tail);
                  language = g_steal_pointer (&lang);
                }
              else
                {
                  g_autofree char *after = _phoenix_cv_trim_part (g_utf8_offset_to_pointer (pieces[i], le));
                  language = g_steal_pointer (&after);
                }
            }
          else
            language = _phoenix_cv_trim_part (pieces[i]);
          fold = phoenix_text_fold (language);
          if (*language == '\0' && level == NULL)
            continue;
          if (*language == '\0' || (!_phoenix_cv_is_language_name (fold) && level != NULL && pending != NULL
                                    && !json_object_has_member (pending, "fluency")))
            {
              /* A level for the language just before. */
              if (pending != NULL && !json_object_has_member (pending, "fluency"))
                {
                  g_autofree char *p = g_strdup_printf ("/languages/%u", json_array_get_length (array) - 1);
                  _phoenix_cv_set_string (doc, pending, p, "fluency", level, 0.7);
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
            _phoenix_cv_set_string (doc, object, prefix, "language", language, _phoenix_cv_is_language_name (fold) ? 0.9 : 0.5);
            _phoenix_cv_set_string (doc, object, prefix, "fluency", level, 0.8);
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
  JsonArray *array = _phoenix_cv_profile_array (doc, member);

  for (guint r = 0; r < section->rows->len; r++)
    {
      CvRow *row = g_ptr_array_index (section->rows, r);
      g_autofree char *text = _phoenix_cv_strip_bullet (row->text);
      DateInfo date = { 0 };
      g_autofree char *rest = date_member != NULL ? _phoenix_cv_take_date (text, &date) : g_strdup (text);
      g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
      JsonObject *object;
      g_autofree char *prefix = NULL;

      _phoenix_cv_add_parts (parts, rest, FALSE);
      row->used = TRUE;
      if (parts->len == 0)
        {
          _phoenix_cv_date_info_clear (&date);
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
      _phoenix_cv_set_string (doc, object, prefix, name_member, g_ptr_array_index (parts, 0), 0.7);
      if (second_member != NULL && parts->len > 1)
        _phoenix_cv_set_string (doc, object, prefix, second_member, g_ptr_array_index (parts, 1), 0.5);
      if (date_member != NULL && date.found)
        _phoenix_cv_set_string (doc, object, prefix, date_member, date.range && date.end ? date.end : date.start, 0.7);
      json_array_add_object_element (array, object);
      _phoenix_cv_date_info_clear (&date);
    }
}

static void
extract_interests (PhoenixCvDoc *doc,
                   Section      *section)
{
  JsonArray *array = _phoenix_cv_profile_array (doc, "interests");

  for (guint r = 0; r < section->rows->len; r++)
    {
      CvRow *row = g_ptr_array_index (section->rows, r);
      g_autofree char *text = _phoenix_cv_strip_bullet (row->text);
      g_autoptr(GPtrArray) items = _phoenix_cv_split_items (text);

      for (guint i = 0; i < items->len; i++)
        {
          JsonObject *object = json_object_new ();
          g_autofree char *prefix = g_strdup_printf ("/interests/%u", json_array_get_length (array));
          _phoenix_cv_set_string (doc, object, prefix, "name", g_ptr_array_index (items, i), 0.7);
          json_array_add_object_element (array, object);
        }
      row->used = TRUE;
    }
}

static void
extract_summary (PhoenixCvDoc *doc,
                 Section      *section)
{
  GString *s = g_string_new (json_object_get_string_member_with_default (_phoenix_cv_basics (doc), "summary", ""));

  for (guint r = 0; r < section->rows->len; r++)
    {
      CvRow *row = g_ptr_array_index (section->rows, r);
      g_autofree char *text = _phoenix_cv_row_content (row);
      g_autofree char *joined = _phoenix_cv_join_wrapped (s->str, text);

      g_string_assign (s, joined);
      row->used = TRUE;
    }
  if (s->len > 0)
    {
      json_object_set_string_member (_phoenix_cv_basics (doc), "summary", s->str);
      _phoenix_cv_set_confidence (doc, "/basics/summary", 0.8);
    }
  g_string_free (s, TRUE);
}

static void
add_profile (PhoenixCvDoc *doc,
             const char   *url)
{
  JsonObject *b = _phoenix_cv_basics (doc);
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
          _phoenix_cv_set_confidence (doc, "/basics/url", 0.7);
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
  _phoenix_cv_set_string (doc, object, prefix, "network", network, 0.9);
  slash = strrchr (url, '/');
  if (slash != NULL && slash[1] != '\0')
    _phoenix_cv_set_string (doc, object, prefix, "username", slash + 1, 0.8);
  _phoenix_cv_set_string (doc, object, prefix, "url", full, 0.9);
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
  JsonObject *b = _phoenix_cv_basics (doc);
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
                  _phoenix_cv_set_confidence (doc, "/basics/email", 0.99);
                }
            }
          phone = phoenix_cv_find_phone (clean);
          if (phone != NULL)
            {
              used = TRUE;
              if (!json_object_has_member (b, "phone"))
                {
                  json_object_set_string_member (b, "phone", phone);
                  _phoenix_cv_set_confidence (doc, "/basics/phone", 0.9);
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
                  g_autofree char *piece = _phoenix_cv_trim_part (pieces[p]);
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
                  else if (g_utf8_strlen (piece, -1) <= 50 && _phoenix_cv_looks_like_location (piece) && match_again (city_re, piece, &info))
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
                      _phoenix_cv_set_confidence (doc, "/basics/location/city", 0.6);
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
  JsonObject *b = _phoenix_cv_basics (doc);
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
          g_autofree char *rest = _phoenix_cv_trim_part (joined->str + strlen (name));
          g_autofree char *email = phoenix_cv_find_email (rest);
          g_autofree char *phone = phoenix_cv_find_phone (rest);
          g_autoptr(GPtrArray) urls = _phoenix_cv_find_urls (rest);

          if (*rest != '\0' && email == NULL && phone == NULL && urls->len == 0)
            {
              json_object_set_string_member (b, "label", rest);
              _phoenix_cv_set_confidence (doc, "/basics/label", 0.6);
            }
        }
      json_object_set_string_member (b, "name", name);
      _phoenix_cv_set_confidence (doc, "/basics/name", name_row->size >= doc->body_size * 1.3 ? 0.9 : 0.6);
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
          if (row->n_chars <= 100 && !_phoenix_cv_row_has_entry_date (row) && row->page == name_row->page
              && row->y >= name_row->y - 2 && row->y < name_row->y + name_row->h * 4 + doc->leading * 3)
            {
              g_autofree char *label = _phoenix_cv_trim_part (row->text);
              json_object_set_string_member (b, "label", label);
              _phoenix_cv_set_confidence (doc, "/basics/label", 0.6);
              row->used = TRUE;
            }
          break;
        }
    }
}

/* A heading found by its look, in words the parser does not know ("Where I have worked",
 * "Ce que je sais faire"): the kind its content says. Dated entries are jobs, or degrees
 * when most name one; lines naming languages are languages; a first section of prose is
 * a summary; a list of short items is skills. Only kinds no other heading took. */
static void
guess_section_kinds (GPtrArray *sections)
{
  gboolean taken[CV_SECTION_LINKS + 1] = { FALSE };

  for (guint s = 0; s < sections->len; s++)
    {
      Section *section = g_ptr_array_index (sections, s);
      if (section->kind >= 0)
        taken[section->kind] = TRUE;
    }
  for (guint s = 0; s < sections->len; s++)
    {
      Section *section = g_ptr_array_index (sections, s);
      g_autofree char *fold = phoenix_text_fold (section->title);
      guint dated = 0, degrees = 0, languages = 0, short_rows = 0, long_rows = 0, n = section->rows->len;
      CvSectionKind kind = CV_SECTION_OTHER;

      if (section->kind != CV_SECTION_OTHER || _phoenix_cv_heading_kind (fold, TRUE) != CV_SECTION_NONE || n == 0)
        continue;
      for (guint r = 0; r < n; r++)
        {
          CvRow *row = g_ptr_array_index (section->rows, r);
          glong len = row->n_chars;

          if (_phoenix_cv_row_has_entry_date (row))
            dated++;
          if (_phoenix_cv_names_a_degree (row->text))
            degrees++;
          if (_phoenix_cv_is_language_name (row->fold))
            languages++;
          if (len <= 30)
            short_rows++;
          else if (len >= 60)
            long_rows++;
        }
      if (dated > 0 && dated * 6 >= n)
        kind = degrees * 2 >= dated ? CV_SECTION_EDUCATION : CV_SECTION_WORK;
      else if (languages * 2 >= n)
        kind = CV_SECTION_LANGUAGES;
      else if (s == 0 && dated == 0 && (long_rows > 0 || n >= 2) && short_rows * 2 < n)
        kind = CV_SECTION_SUMMARY;
      else if (dated == 0 && n >= 3 && short_rows * 4 >= n * 3)
        kind = CV_SECTION_SKILLS;
      if (kind != CV_SECTION_OTHER && !taken[kind])
        {
          CV_DEBUG ("section \"%s\" read as kind %d from its content", section->title, kind);
          section->kind = kind;
          taken[kind] = TRUE;
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

  _phoenix_cv_basics (doc);

  for (guint i = 0; i < doc->rows->len; i++)
    {
      CvRow *row = g_ptr_array_index (doc->rows, i);

      if (row->merged)
        continue;
      /* A new column on the same page starts outside any section until
       * its first heading: that is where a name and contact sit. */
      if (prev != NULL && row->column > prev->column && !row->heading)
        current = NULL;
      if ((int) i == doc->name_row)
        current = NULL;
      CV_DEBUG ("row p%u c%d x%.0f y%.0f s%.1f%s%s: %s", row->page, row->column, row->x, row->y, row->size,
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

  guess_section_kinds (sections);
  extract_header (doc, header_rows);

  for (guint s = 0; s < sections->len; s++)
    {
      Section *section = g_ptr_array_index (sections, s);

      switch (section->kind)
        {
        case CV_SECTION_WORK:
          _phoenix_cv_extract_work_like (doc, section, "work", "name");
          break;
        case CV_SECTION_VOLUNTEER:
          _phoenix_cv_extract_work_like (doc, section, "volunteer", "organization");
          break;
        case CV_SECTION_PROJECTS:
          _phoenix_cv_extract_work_like (doc, section, "projects", "description");
          break;
        case CV_SECTION_EDUCATION:
          _phoenix_cv_extract_education (doc, section);
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
          _phoenix_cv_extract_publications (doc, section);
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
  b = _phoenix_cv_basics (doc);
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
  /* A contact block in the running footer (or header) of every page: read once. */
  if (!json_object_has_member (b, "email") || !json_object_has_member (b, "phone"))
    {
      g_autoptr(GPtrArray) running = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint i = 0; i < doc->segs->len; i++)
        {
          CvSeg *seg = g_ptr_array_index (doc->segs, i);
          CvRow *row;

          if (!seg->removed || seg->replaced || g_hash_table_contains (seen, seg->fold))
            continue;
          g_hash_table_add (seen, seg->fold);
          row = g_new0 (CvRow, 1);
          row->segs = g_ptr_array_new ();
          g_ptr_array_add (row->segs, seg);
          g_ptr_array_add (running, row);
        }
      extract_contact (doc, running, FALSE);
      for (guint i = 0; i < running->len; i++)
        g_ptr_array_unref (((CvRow *) g_ptr_array_index (running, i))->segs);
    }

  for (guint i = 0; i < doc->rows->len; i++)
    {
      CvRow *row = g_ptr_array_index (doc->rows, i);
      if (!row->used)
        g_ptr_array_add (doc->unassigned, g_strdup (row->text));
    }
  g_ptr_array_add (doc->unassigned, NULL);
}
