/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-text-tokens"

#include "config.h"

#include <libstemmer.h>
#include <string.h>

#include "phoenix-text-fold.h"
#include "phoenix-text-tokens.h"

/* Words dropped from terms and text alike (French and English). Not "or"/"ou":
 * "Lean or Six Sigma" names two skills, not "Lean Six Sigma". */
static const char * const stop_words[] = {
  "a", "an", "and", "as", "at", "au", "aux", "by", "ce", "ces", "d", "dans", "de", "des", "du", "en",
  "et", "for", "from", "in", "l", "la", "le", "les", "of", "on", "par", "pour", "sur",
  "the", "to", "un", "une", "with",
};

/* Frequent words that tell French from English. */
static const char * const french_words[] = {
  "au", "aux", "avec", "dans", "de", "des", "du", "est", "et", "la", "le", "les", "nous", "notre",
  "pour", "que", "qui", "sont", "sur", "une", "vos", "votre", "vous",
};

static const char * const english_words[] = {
  "a", "an", "and", "are", "be", "for", "in", "is", "of", "on", "our", "the", "this", "to", "we",
  "will", "with", "you", "your",
};

static gboolean
in_list (const char         *word,
         const char * const *list,
         gsize               n)
{
  for (gsize i = 0; i < n; i++)
    {
      if (strcmp (word, list[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

gboolean
_phoenix_text_is_stop_word (const char *folded)
{
  return in_list (folded, stop_words, G_N_ELEMENTS (stop_words));
}

static gboolean
is_break_char (gunichar c)
{
  switch (c)
    {
    case ',': case ';': case ':': case '!': case '?': case '(': case ')': case '[': case ']':
    case '|': case '\n': case '\r': case 0x2022: case 0x00B7: case 0x2013: case 0x2014: case '*':
      return TRUE;
    default:
      return FALSE;
    }
}

static void
clear_token (gpointer data)
{
  PhoenixTextToken *token = data;

  g_free (token->folded);
  g_free (token->stem);
}

static gboolean
has_digit_or_symbol (const char *word)
{
  for (const char *p = word; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p) || *p == '+' || *p == '#')
        return TRUE;
    }

  return FALSE;
}

static char *
stem_word (struct sb_stemmer *stemmer,
           const char        *folded)
{
  const sb_symbol *stem;
  gsize len = strlen (folded);

  if (stemmer == NULL || len <= 3 || has_digit_or_symbol (folded))
    return g_strdup (folded);

  stem = sb_stemmer_stem (stemmer, (const sb_symbol *) folded, (int) len);
  if (stem == NULL)
    return g_strdup (folded);

  return g_strndup ((const char *) stem, sb_stemmer_length (stemmer));
}

char *
_phoenix_text_stem (struct sb_stemmer *stemmer,
                    const char        *folded)
{
  return stem_word (stemmer, folded);
}

char *
_phoenix_text_masculine (const char *folded)
{
  static const struct { const char *feminine; const char *masculine; } endings[] = {
    { "euse", "eur" }, { "trice", "teur" }, { "ienne", "ien" }, { "enne", "en" }, { "iere", "ier" },
    { "ere", "er" }, { "ive", "if" }, { "ante", "ant" }, { "ee", "e" }, { "cheffe", "chef" },
  };
  gsize len = strlen (folded);

  for (gsize i = 0; i < G_N_ELEMENTS (endings); i++)
    {
      gsize ending = strlen (endings[i].feminine);

      if (len > ending + 2 && strcmp (folded + len - ending, endings[i].feminine) == 0)
        return g_strdup_printf ("%.*s%s", (int) (len - ending), folded, endings[i].masculine);
    }
  if (strcmp (folded, "cheffe") == 0)
    return g_strdup ("chef");

  return g_strdup (folded);
}

GArray *
_phoenix_text_tokenize (const char        *text,
                        struct sb_stemmer *stemmer,
                        gboolean           drop_stop_words)
{
  GArray *tokens = g_array_new (FALSE, TRUE, sizeof (PhoenixTextToken));
  gboolean pending_break = FALSE;
  const char *p = text;

  g_array_set_clear_func (tokens, clear_token);
  if (text == NULL)
    return tokens;

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        {
          g_autoptr(GString) folded = g_string_new (NULL);
          const char *start = p;
          PhoenixTextToken token = { 0, };

          while (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
            {
              phoenix_text_fold_append (folded, g_utf8_get_char (p));
              p = g_utf8_next_char (p);
            }
          while (*p == '+' || *p == '#')
            {
              /* C++, C#, F#: only when the symbols end the word. */
              const char *q = p;

              while (*q == '+' || *q == '#')
                q++;
              if (g_unichar_isalnum (g_utf8_get_char (q)))
                break;
              g_string_append_len (folded, p, q - p);
              p = q;
            }

          if (drop_stop_words && _phoenix_text_is_stop_word (folded->str))
            continue;

          token.folded = g_string_free (g_steal_pointer (&folded), FALSE);
          token.stem = stem_word (stemmer, token.folded);
          token.start = start - text;
          token.end = p - text;
          token.break_before = pending_break;
          pending_break = FALSE;
          g_array_append_val (tokens, token);
          continue;
        }

      if (is_break_char (c) || (c == '.' && (p[1] == ' ' || p[1] == '\n' || p[1] == '\0')))
        pending_break = TRUE;
      p = g_utf8_next_char (p);
    }

  return tokens;
}

char *
_phoenix_text_fold_words (const char *text)
{
  g_autoptr(GArray) tokens = _phoenix_text_tokenize (text, NULL, FALSE);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, g_array_index (tokens, PhoenixTextToken, i).folded);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

char *
_phoenix_text_key (const char        *text,
                   struct sb_stemmer *stemmer)
{
  g_autoptr(GArray) tokens = _phoenix_text_tokenize (text, stemmer, TRUE);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < tokens->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, g_array_index (tokens, PhoenixTextToken, i).stem);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

const char *
_phoenix_text_detect_language (const char *text)
{
  g_autoptr(GArray) tokens = _phoenix_text_tokenize (text, NULL, FALSE);
  guint french = 0;
  guint english = 0;

  for (guint i = 0; i < tokens->len; i++)
    {
      const char *word = g_array_index (tokens, PhoenixTextToken, i).folded;

      if (in_list (word, french_words, G_N_ELEMENTS (french_words)))
        french++;
      if (in_list (word, english_words, G_N_ELEMENTS (english_words)))
        english++;
    }

  return english > french ? "en" : "fr";
}

struct sb_stemmer *
_phoenix_text_new_stemmer (const char *language)
{
  return sb_stemmer_new (g_strcmp0 (language, "en") == 0 ? "english" : "french", "UTF_8");
}
