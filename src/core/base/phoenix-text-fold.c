/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-text-fold"

#include "config.h"

#include <string.h>

#include "phoenix-text-fold.h"

void
phoenix_text_fold_append (GString  *out,
                          gunichar  c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  if (c < 0x80)
    {
      g_string_append_c (out, g_ascii_tolower ((char) c));
      return;
    }

  switch (c)
    {
    case 0x0153: case 0x0152:  /* œ Œ */
      g_string_append (out, "oe");
      return;
    case 0x00E6: case 0x00C6:  /* æ Æ */
      g_string_append (out, "ae");
      return;
    case 0x00DF:               /* ß */
      g_string_append (out, "ss");
      return;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:  /* ‐ ‑ ‒ – — ― − */
      g_string_append_c (out, '-');
      return;
    case 0x2018: case 0x2019: case 0x02BC: case 0x00B4: case 0x2032:  /* ‘ ’ ʼ ´ ′ */
      g_string_append_c (out, '\'');
      return;
    default:
      break;
    }

  /* The lower case's compatibility decomposition, marks dropped, each part in lower case too
   * ("Ǆ" → "ǆ" → "dž" → "dz"). */
  n = g_unichar_fully_decompose (g_unichar_tolower (c), TRUE, decomposed, G_N_ELEMENTS (decomposed));
  for (gsize i = 0; i < n; i++)
    {
      if (g_unichar_ismark (decomposed[i]))
        continue;
      g_string_append_unichar (out, g_unichar_tolower (decomposed[i]));
    }
}

char *
phoenix_text_fold (const char *text)
{
  return phoenix_text_fold_with_offsets (text, NULL);
}

char *
phoenix_text_fold_with_offsets (const char  *text,
                                glong      **offsets)
{
  g_autofree char *valid = NULL;
  g_autoptr(GArray) map = NULL;
  GString *out;
  glong n = 0;

  if (text == NULL)
    text = "";
  if (!g_utf8_validate (text, -1, NULL))
    text = valid = g_utf8_make_valid (text, -1);

  out = g_string_sized_new (strlen (text));
  if (offsets != NULL)
    map = g_array_sized_new (FALSE, FALSE, sizeof (glong), strlen (text) + 1);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p), n++)
    {
      gsize before = out->len;

      phoenix_text_fold_append (out, g_utf8_get_char (p));
      if (map == NULL)
        continue;
      for (const char *q = out->str + before; *q != '\0'; q = g_utf8_next_char (q))
        g_array_append_val (map, n);
    }
  if (map != NULL)
    {
      g_array_append_val (map, n);
      *offsets = (glong *) g_array_free (g_steal_pointer (&map), FALSE);
    }

  return g_string_free (out, FALSE);
}
