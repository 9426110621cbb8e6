/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-letter-markup"

#include "config.h"

#include <string.h>

#include "phoenix-letter-markup.h"
#include "phoenix-text-fold.h"

static void
run_free (gpointer data)
{
  PhoenixLetterRun *run = data;

  g_free (run->text);
  g_free (run);
}

static void
flush_run (GPtrArray *runs,
           GString   *text,
           gboolean   bold,
           gboolean   italic)
{
  PhoenixLetterRun *run;

  if (text->len == 0)
    return;
  if (runs->len > 0)
    {
      PhoenixLetterRun *last = runs->pdata[runs->len - 1];

      if (last->bold == bold && last->italic == italic)
        {
          char *joined = g_strconcat (last->text, text->str, NULL);

          g_free (last->text);
          last->text = joined;
          g_string_truncate (text, 0);
          return;
        }
    }
  run = g_new0 (PhoenixLetterRun, 1);
  run->text = g_strdup (text->str);
  run->bold = bold;
  run->italic = italic;
  g_ptr_array_add (runs, run);
  g_string_truncate (text, 0);
}

static const struct { const char *entity; const char *text; } entities[] = {
  { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" }, { "&apos;", "'" },
};

GPtrArray *
phoenix_letter_markup_parse (const char *markup)
{
  g_autoptr(GPtrArray) paragraphs = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (markup != NULL, NULL);

  lines = g_strsplit (markup, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      GPtrArray *runs = g_ptr_array_new_with_free_func (run_free);
      g_autoptr(GString) text = g_string_new (NULL);
      guint bold = 0, italic = 0;
      const char *p = lines[i];

      g_ptr_array_add (paragraphs, runs);
      while (*p != '\0')
        {
          static const struct { const char *tag; int which; int delta; } tags[] = {
            { "<b>", 0, 1 }, { "</b>", 0, -1 }, { "<i>", 1, 1 }, { "</i>", 1, -1 },
          };
          gboolean consumed = FALSE;

          if (*p == '<')
            {
              for (guint t = 0; t < G_N_ELEMENTS (tags); t++)
                {
                  guint *depth = tags[t].which == 0 ? &bold : &italic;

                  if (!g_str_has_prefix (p, tags[t].tag) || (tags[t].delta < 0 && *depth == 0))
                    continue;
                  flush_run (runs, text, bold > 0, italic > 0);
                  *depth += tags[t].delta;
                  p += strlen (tags[t].tag);
                  consumed = TRUE;
                  break;
                }
            }
          else if (*p == '&')
            {
              for (guint e = 0; e < G_N_ELEMENTS (entities); e++)
                {
                  if (!g_str_has_prefix (p, entities[e].entity))
                    continue;
                  g_string_append (text, entities[e].text);
                  p += strlen (entities[e].entity);
                  consumed = TRUE;
                  break;
                }
            }
          if (!consumed)
            g_string_append_c (text, *p++);
        }
      flush_run (runs, text, bold > 0, italic > 0);
    }

  /* A trailing new line makes no empty last paragraph. */
  if (paragraphs->len > 1 && ((GPtrArray *) paragraphs->pdata[paragraphs->len - 1])->len == 0)
    g_ptr_array_set_size (paragraphs, paragraphs->len - 1);

  return g_steal_pointer (&paragraphs);
}

char *
phoenix_letter_markup_from_text (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);

  return g_markup_escape_text (text, -1);
}

char *
phoenix_letter_markup_to_text (const char *markup,
                               const char *separator)
{
  g_autoptr(GPtrArray) paragraphs = phoenix_letter_markup_parse (markup);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < paragraphs->len; i++)
    {
      GPtrArray *runs = paragraphs->pdata[i];

      if (i > 0)
        g_string_append (out, separator);
      for (guint r = 0; r < runs->len; r++)
        g_string_append (out, ((PhoenixLetterRun *) runs->pdata[r])->text);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
phoenix_letter_count (const char *text,
                      guint      *words,
                      guint      *characters)
{
  guint n_words = 0, n_chars = 0;
  gboolean in_word = FALSE;

  g_return_if_fail (text != NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word_char = g_unichar_isalnum (c);
      gboolean joiner = c == '\'' || c == 0x2019 || c == '-';

      if (c != '\n')
        n_chars++;
      if (word_char)
        {
          if (!in_word)
            n_words++;
          in_word = TRUE;
        }
      else if (!(joiner && in_word && g_unichar_isalnum (g_utf8_get_char (g_utf8_next_char (p)))))
        {
          in_word = FALSE;
        }
    }

  if (words != NULL)
    *words = n_words;
  if (characters != NULL)
    *characters = n_chars;
}

char *
phoenix_letter_fold (const char *text)
{
  g_autofree char *folded = NULL;
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  /* The one folding (no case, no accents, œ → oe), then words: letters and digits, one space between. */
  folded = phoenix_text_fold (text);
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (out, c);
      else if (out->len > 0 && out->str[out->len - 1] != ' ')
        g_string_append_c (out, ' ');
    }
  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);
  return g_string_free (g_steal_pointer (&out), FALSE);
}
