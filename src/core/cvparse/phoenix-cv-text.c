/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-parser"

#include "config.h"

#include <string.h>

#include "phoenix-cv-dates.h"
#include "phoenix-cv-phone.h"
#include "phoenix-cv-text.h"
#include "phoenix-text-fold.h"

/* Text helpers of the CV parser: normalising, phones, e-mails, links, language
 * levels and contact lines (dates: phoenix-cv-dates.c). Levels are found in
 * phoenix_text_fold()'s form of the text and given back in the text's own
 * char offsets. */

static gboolean
is_icon_char (gunichar c)
{
  return c == 0xFFFD
         || (c >= 0xE000 && c <= 0xF8FF)
         || c >= 0xF0000
         || (c >= 0x2700 && c <= 0x27BF && c != 0x2713)   /* dingbats */
         || (c >= 0x1F300 && c <= 0x1FAFF);                /* pictographs */
}

gboolean
_phoenix_cv_is_bullet (gunichar c)
{
  switch (c)
    {
    case 0x2022: case 0x2023: case 0x25E6: case 0x2043: case 0x2219: case 0x00B7:
    case 0x25AA: case 0x25AB: case 0x25CF: case 0x25CB: case 0x25A0: case 0x25A1:
    case 0x25B8: case 0x25BA: case 0x25B6: case 0x2013: case 0x2014: case 0x2192:
    case 0x27A2: case 0x2794: case 0x2B9A: case 0x25C6: case 0x25C7: case 0x2756:
    case 0x2605: case 0x2606: case 0x2713: case 0x2714: case 0x00BB: case 0x203A:
    case '*': case '-': case 0x2212: case 0x2043 + 1:
      return TRUE;
    default:
      return FALSE;
    }
}

/* TRUE when the valid UTF-8 @text is NFC as it is, told from its characters alone: those below
 * U+0300 and the general punctuation and currency signs (U+2002 to U+20CF: dashes, quotes,
 * bullets, the euro) are their own NFC and compose with none of their kind; a combining mark
 * (U+0300 on, U+20D0 on) or anything else takes the normalisation. */
static gboolean
is_nfc_as_is (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c;

      if ((guchar) *p < 0x80)
        continue;
      c = g_utf8_get_char (p);
      if (c >= 0x300 && (c < 0x2002 || c >= 0x20D0))
        return FALSE;
    }
  return TRUE;
}

char *
phoenix_cv_normalize_text (const char *text)
{
  g_autofree char *nfc = NULL;
  GString *out;
  gboolean space = FALSE;

  if (text == NULL)
    return g_strdup ("");
  if (!g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);
      return phoenix_cv_normalize_text (valid);
    }
  /* Most lines are NFC as they are, and skip the normalisation. */
  if (!is_nfc_as_is (text))
    nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);
  out = g_string_sized_new (strlen (nfc != NULL ? nfc : text));
  for (const char *p = nfc != NULL ? nfc : text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *rep = NULL;

      /* ASCII, told without Unicode's tables: its spaces and controls (up to U+0020, U+007F)
       * are spaces below, anything else stays. */
      if (c < 0x80)
        {
          if (c <= 0x20 || c == 0x7F)
            {
              space = TRUE;
              continue;
            }
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          space = FALSE;
          g_string_append_c (out, (char) c);
          continue;
        }
      switch (c)
        {
        case 0xFB00: rep = "ff"; break;
        case 0xFB01: rep = "fi"; break;
        case 0xFB02: rep = "fl"; break;
        case 0xFB03: rep = "ffi"; break;
        case 0xFB04: rep = "ffl"; break;
        case 0xFB05: case 0xFB06: rep = "st"; break;
        case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0xFEFF: case 0x2060:
          rep = ""; break;
        case 0x2010: case 0x2011: case 0x2212:
          /* Word writes "-" U+00AD U+2010 for one hyphen. */
          rep = out->len > 0 && out->str[out->len - 1] == '-' && !space ? "" : "-";
          break;
        default: break;
        }
      if (rep != NULL)
        {
          if (*rep != '\0')
            {
              if (space && out->len > 0)
                g_string_append_c (out, ' ');
              space = FALSE;
              g_string_append (out, rep);
            }
          continue;
        }
      if (g_unichar_isspace (c) || g_unichar_type (c) == G_UNICODE_SPACE_SEPARATOR
          || is_icon_char (c) || g_unichar_iscntrl (c))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

char *
_phoenix_cv_cut (const char *text,
                 glong       start,
                 glong       end)
{
  const char *a = g_utf8_offset_to_pointer (text, start);
  const char *b = g_utf8_offset_to_pointer (text, end);
  GString *s = g_string_new (NULL);

  g_string_append_len (s, text, a - text);
  g_string_append_c (s, ' ');
  g_string_append (s, b);
  /* Brackets the cut left empty: "Award (2019)" → "Award". */
  g_string_replace (s, "( )", "", 0);
  g_string_replace (s, "()", "", 0);
  g_string_replace (s, "[ ]", "", 0);
  g_string_replace (s, "[]", "", 0);
  return g_strstrip (g_string_free (s, FALSE));
}

/* ---- Phones, e-mails, links ------------------------------------------- */

static GRegex *
get_regex (GRegex     **slot,
           const char  *pattern)
{
  if (g_once_init_enter (slot))
    {
      GRegex *re = g_regex_new (pattern, G_REGEX_OPTIMIZE | G_REGEX_CASELESS, 0, NULL);
      g_assert (re != NULL);
      g_once_init_leave (slot, re);
    }
  return *slot;
}

/* A number as found: trimmed, with 9 to 15 digits (8 after a "+"), and not a date range. */
static gboolean
phone_plausible (char *candidate)
{
  guint digits = 0;
  gboolean plus;
  g_autoptr(GArray) dates = NULL;

  g_strstrip (candidate);
  while (strlen (candidate) > 0 && strchr (" .-", candidate[strlen (candidate) - 1]))
    candidate[strlen (candidate) - 1] = '\0';
  plus = candidate[0] == '+';
  for (const char *p = candidate; *p; p++)
    if (g_ascii_isdigit (*p))
      digits++;
  dates = _phoenix_cv_find_dates (candidate);
  return ((digits >= 9 && digits <= 15) || (plus && digits >= 8 && digits <= 15)) && dates->len == 0;
}

/* libphonenumber's matcher first (phoenix-cv-phone.cc); then a loose pattern for the
 * placeholders templates print ("+1 (234) 567 890" is no real number anywhere). */
char *
phoenix_cv_find_phone (const char *text)
{
  static GRegex *re = NULL;
  g_autoptr(GMatchInfo) info = NULL;
  g_autoptr(GArray) spans = NULL;
  GRegex *regex = get_regex (&re,
    "(?<![\\w+/.-])(\\+\\s?\\d{1,3}[\\s.\\-]{0,2})?(\\(\\d{1,4}\\)[\\s.\\-]{0,2})?"
    "(\\d{1,5}(?:[\\s.\\-]{1,2}\\(?\\d{1,5}\\)?){1,7}|\\d{8,15})(?![\\w/])");

  g_return_val_if_fail (text != NULL, NULL);

  spans = _phoenix_cv_phone_find_all (text);
  for (guint i = 0; i < spans->len; i++)
    {
      PhoenixCvPhoneSpan *span = &g_array_index (spans, PhoenixCvPhoneSpan, i);
      gsize start = span->start;
      g_autofree char *candidate = NULL;

      /* A "+1" the library could not join to a number too short for its country is
       * still the number's prefix as printed. */
      {
        gsize k = start;
        while (k > 0 && text[k - 1] == ' ')
          k--;
        while (k > 0 && g_ascii_isdigit (text[k - 1]) && start - k < 5)
          k--;
        if (k > 0 && text[k - 1] == '+' && k < start && g_ascii_isdigit (text[k]))
          start = k - 1;
      }
      candidate = g_strndup (text + start, span->end - start);

      if (phone_plausible (candidate))
        return g_steal_pointer (&candidate);
    }

  g_regex_match (regex, text, 0, &info);
  while (g_match_info_matches (info))
    {
      g_autofree char *candidate = g_match_info_fetch (info, 0);

      if (phone_plausible (candidate))
        return g_steal_pointer (&candidate);
      if (!g_match_info_next (info, NULL))
        break;
    }
  return NULL;
}

char *
phoenix_cv_find_email (const char *text)
{
  static GRegex *re = NULL;
  g_autoptr(GMatchInfo) info = NULL;
  GRegex *regex = get_regex (&re, "[a-z0-9._%+\\-]+@[a-z0-9\\-]+(\\.[a-z0-9\\-]+)*\\.[a-z]{2,}");

  g_return_val_if_fail (text != NULL, NULL);

  if (g_regex_match (regex, text, 0, &info))
    return g_match_info_fetch (info, 0);
  return NULL;
}

GPtrArray *
_phoenix_cv_find_urls (const char *text)
{
  static GRegex *re = NULL;
  g_autoptr(GMatchInfo) info = NULL;
  GPtrArray *urls = g_ptr_array_new_with_free_func (g_free);
  GRegex *regex = get_regex (&re,
    "(?<![@\\w.])((https?://)?(www\\.)?([a-z0-9\\-]+\\.)+(com|org|net|io|dev|fr|me|info|eu|de|uk|ca|co|edu|app|page|site|xyz|tech|ai)(/[^\\s,;)]*)?)(?![\\w@])");

  g_regex_match (regex, text, 0, &info);
  while (g_match_info_matches (info))
    {
      g_autofree char *url = g_match_info_fetch (info, 1);
      gsize n = strlen (url);

      while (n > 0 && (url[n - 1] == '.' || url[n - 1] == '/'))
        url[--n] = '\0';
      if (n > 4)
        g_ptr_array_add (urls, g_steal_pointer (&url));
      g_match_info_next (info, NULL);
    }
  return urls;
}

/* ---- Language levels -------------------------------------------------- */

static const char * const level_words[] = {
  "langue maternelle", "mother tongue", "native speaker", "maternelle", "natif", "native", "native",
  "bilingue", "bilingual", "courant", "couramment", "fluent", "fluently", "full professional proficiency",
  "professional working proficiency", "limited working proficiency", "elementary proficiency",
  "professionnel", "professional", "operationnel", "operational", "intermediaire", "intermediate",
  "avance", "advanced", "upper intermediate", "notions", "basic", "basique", "elementary", "elementaire",
  "debutant", "beginner", "scolaire", "conversational", "lu, ecrit, parle", "toeic", "toefl", "ielts",
  "a1", "a2", "b1", "b2", "c1", "c2",
};

char *
_phoenix_cv_find_language_level (const char *text,
                                 glong      *start,
                                 glong      *end)
{
  g_autofree glong *offsets = NULL;
  g_autofree char *fold = phoenix_text_fold_with_offsets (text, &offsets);
  glong len = 0;
  g_autofree gunichar *s = g_utf8_to_ucs4_fast (fold, -1, &len);

  for (glong i = 0; i < len; i++)
    for (gsize w = 0; w < G_N_ELEMENTS (level_words); w++)
      {
        glong e;
        if (_phoenix_cv_match_word_at (s, len, i, level_words[w], &e))
          {
            const char *a, *b;
            /* Take the rest of a level phrase ("C1 (TOEIC 950)"). */
            if (g_str_has_prefix (level_words[w], "toe") || g_str_has_prefix (level_words[w], "iel"))
              {
                while (e < len && (s[e] == ' ' || s[e] == ':' || g_unichar_isdigit (s[e]) || s[e] == '/' || s[e] == '.'))
                  e++;
              }
            if (start != NULL)
              *start = offsets[i];
            if (end != NULL)
              *end = offsets[e];
            a = g_utf8_offset_to_pointer (text, offsets[i]);
            b = g_utf8_offset_to_pointer (text, offsets[e]);
            return g_strstrip (g_strndup (a, b - a));
          }
      }
  return NULL;
}

gboolean
_phoenix_cv_is_language_name (const char *folded)
{
  static const char * const names[] = {
    "francais", "french", "anglais", "english", "espagnol", "spanish", "allemand", "german",
    "italien", "italian", "portugais", "portuguese", "arabe", "arabic", "chinois", "chinese",
    "mandarin", "japonais", "japanese", "russe", "russian", "neerlandais", "dutch", "hindi",
    "coreen", "korean", "turc", "turkish", "polonais", "polish", "grec", "greek", "hebreu",
    "hebrew", "suedois", "swedish", "norvegien", "norwegian", "danois", "danish", "roumain",
    "romanian", "tamoul", "tamil", "berbere", "wolof", "vietnamien", "vietnamese", "catalan",
    "breton", "occitan", "basque", "lsf", "ukrainien", "ukrainian", "persan", "persian", "farsi",
    "urdu", "bengali", "swahili", "finnois", "finnish", "hongrois", "hungarian", "tcheque", "czech",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      const char *hit = strstr (folded, names[i]);
      gsize n = strlen (names[i]);
      if (hit != NULL && (hit == folded || !g_ascii_isalpha (hit[-1])) && !g_ascii_isalpha (hit[n]))
        return TRUE;
    }
  return FALSE;
}

char *
_phoenix_cv_clean_contact (const char *text)
{
  g_autofree char *norm = phoenix_cv_normalize_text (text);
  g_auto(GStrv) tokens = g_strsplit (norm, " ", -1);
  GString *out = g_string_new (NULL);
  guint n = g_strv_length (tokens);

  for (guint i = 0; i < n; i++)
    {
      const char *t = tokens[i];
      glong chars = g_utf8_strlen (t, -1);

      if (chars == 0)
        continue;
      if (chars == 1)
        {
          gunichar c = g_utf8_get_char (t);
          gboolean next_contact = FALSE;

          if (i + 1 < n)
            next_contact = strchr (tokens[i + 1], '@') != NULL || tokens[i + 1][0] == '+'
                           || tokens[i + 1][0] == '(' || g_ascii_isdigit (tokens[i + 1][0])
                           || strstr (tokens[i + 1], "www") != NULL || strstr (tokens[i + 1], "http") != NULL
                           || strstr (tokens[i + 1], ".com") != NULL || strchr (tokens[i + 1], '/') != NULL;
          /* A stray letter from an icon font, or a bullet between items. */
          if (_phoenix_cv_is_bullet (c) || c == '|' || (!g_unichar_isdigit (c) && next_contact)
              || (!g_unichar_isalnum (c) && c != '+' && c != '('))
            continue;
        }
      if (out->len > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, t);
    }
  return g_string_free (out, FALSE);
}
