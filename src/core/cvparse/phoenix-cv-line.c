/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-line"

#include "config.h"

#include "phoenix-cv-line.h"

/* Positioned lines and their words (phoenix-cv-line.h). */

G_DEFINE_BOXED_TYPE (PhoenixCvLine, phoenix_cv_line, phoenix_cv_line_copy, phoenix_cv_line_free)

static void
word_clear (gpointer data)
{
  PhoenixCvWord *word = data;

  g_free (word->text);
}

PhoenixCvLine *
phoenix_cv_line_new (guint       page,
                     double      x,
                     double      y,
                     double      width,
                     double      height,
                     const char *text,
                     double      font_size,
                     gboolean    bold,
                     guint32     color)
{
  PhoenixCvLine *line = g_new0 (PhoenixCvLine, 1);

  line->page = page;
  line->x = x;
  line->y = y;
  line->width = width;
  line->height = height;
  line->text = g_strdup (text != NULL ? text : "");
  line->font_size = font_size;
  line->bold = bold;
  line->color = color & 0xFFFFFF;
  return line;
}

PhoenixCvLine *
phoenix_cv_line_copy (const PhoenixCvLine *line)
{
  PhoenixCvLine *copy;

  g_return_val_if_fail (line != NULL, NULL);

  copy = phoenix_cv_line_new (line->page, line->x, line->y, line->width, line->height,
                              line->text, line->font_size, line->bold, line->color);
  if (line->words != NULL)
    for (guint i = 0; i < line->words->len; i++)
      {
        PhoenixCvWord *w = &g_array_index (line->words, PhoenixCvWord, i);
        phoenix_cv_line_add_word (copy, w->x, w->y, w->width, w->height, w->text);
      }
  return copy;
}

void
phoenix_cv_line_free (PhoenixCvLine *line)
{
  if (line == NULL)
    return;
  g_free (line->text);
  g_clear_pointer (&line->words, g_array_unref);
  g_free (line);
}

void
phoenix_cv_line_reserve_words (PhoenixCvLine *line,
                               guint          n_words)
{
  g_return_if_fail (line != NULL);

  if (line->words != NULL)
    return;
  line->words = g_array_sized_new (FALSE, TRUE, sizeof (PhoenixCvWord), n_words);
  g_array_set_clear_func (line->words, word_clear);
}

void
phoenix_cv_line_add_word (PhoenixCvLine *line,
                          double         x,
                          double         y,
                          double         width,
                          double         height,
                          const char    *text)
{
  g_return_if_fail (line != NULL);

  phoenix_cv_line_take_word (line, x, y, width, height, g_strdup (text));
}

void
phoenix_cv_line_take_word (PhoenixCvLine *line,
                           double         x,
                           double         y,
                           double         width,
                           double         height,
                           char          *text)
{
  PhoenixCvWord word = { x, y, width, height, text };

  g_return_if_fail (line != NULL);

  if (line->words == NULL)
    {
      line->words = g_array_new (FALSE, TRUE, sizeof (PhoenixCvWord));
      g_array_set_clear_func (line->words, word_clear);
    }
  g_array_append_val (line->words, word);
}
