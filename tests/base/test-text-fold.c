/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "phoenix-text-fold.h"

typedef struct
{
  const char *in;
  const char *out;
} FoldCase;

static void
check_folds (const FoldCase *cases,
             gsize           n_cases)
{
  for (gsize i = 0; i < n_cases; i++)
    {
      g_autofree char *folded = phoenix_text_fold (cases[i].in);

      g_test_message ("“%s” → “%s”", cases[i].in, folded);
      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

static void
test_accents (void)
{
  static const FoldCase cases[] = {
    { "Élève à l'école", "eleve a l'ecole" },
    { "Développeuse Full-Stack", "developpeuse full-stack" },
    { "Crème brûlée, maïs, façade, naïveté", "creme brulee, mais, facade, naivete" },
    { "Łódź, São Paulo, Zürich, Ångström", "łodz, sao paulo, zurich, angstrom" },
    /* Decomposed (NFD) input folds as composed does. */
    { "E\u0301le\u0300ve", "eleve" },
  };

  check_folds (cases, G_N_ELEMENTS (cases));
}

static void
test_ligatures (void)
{
  static const FoldCase cases[] = {
    { "Cœur, Œuvre, sœur", "coeur, oeuvre, soeur" },
    { "ex æquo, Æther", "ex aequo, aether" },
    { "Straße", "strasse" },
    /* Typographic ligatures and compatibility forms. */
    { "ﬁnance, ﬂux, eﬀort, ﬃ", "finance, flux, effort, ffi" },
    { "m², Bac+5ᵉ, ① ＡＢＣ", "m2, bac+5e, 1 abc" },
  };

  check_folds (cases, G_N_ELEMENTS (cases));
}

static void
test_case_and_punctuation (void)
{
  static const FoldCase cases[] = {
    { "DÉVELOPPEUR WEB", "developpeur web" },
    { "C++, C#, R&D", "c++, c#, r&d" },
    /* Dashes, apostrophes and primes read as their ASCII forms; spaces stay. */
    { "2019 – 2021 — aujourd’hui ‘x’ ʼy´ 5′", "2019 - 2021 - aujourd'hui 'x' 'y' 5'" },
    { "a\u00A0b\tc  d", "a b\tc  d" },
    /* Other scripts keep their letters, in lower case. */
    { "ΑΘΗΝΑ Москва", "αθηνα москва" },
  };

  check_folds (cases, G_N_ELEMENTS (cases));
}

static void
test_empty_and_invalid (void)
{
  static const char * const invalid[] = { "caf\xC3", "abc\xFF" "def", "\xE2\x82", "\xC0\x80" };
  g_autofree char *null_folded = phoenix_text_fold (NULL);
  g_autofree char *empty_folded = phoenix_text_fold ("");
  g_autofree glong *offsets = NULL;
  g_autofree char *with_offsets = phoenix_text_fold_with_offsets ("", &offsets);

  g_assert_cmpstr (null_folded, ==, "");
  g_assert_cmpstr (empty_folded, ==, "");
  g_assert_cmpstr (with_offsets, ==, "");
  g_assert_cmpint (offsets[0], ==, 0);

  /* Invalid UTF-8 folds to valid UTF-8: the bad bytes become U+FFFD, the rest folds as usual. */
  for (gsize i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autofree char *folded = phoenix_text_fold (invalid[i]);

      g_assert_true (g_utf8_validate (folded, -1, NULL));
      g_assert_nonnull (strstr (folded, "\xEF\xBF\xBD"));
    }
  {
    g_autofree char *folded = phoenix_text_fold ("CAFÉ\xFF");

    g_assert_cmpstr (folded, ==, "cafe\xEF\xBF\xBD");
  }
}

/* The folded text's span [a, b) in @text, through the offsets. */
static char *
original_span (const char  *text,
               const glong *offsets,
               glong        a,
               glong        b)
{
  const char *start = g_utf8_offset_to_pointer (text, offsets[a]);
  const char *end = g_utf8_offset_to_pointer (text, offsets[b]);

  return g_strndup (start, end - start);
}

/* Where @needle first stands in @folded, in characters. */
static glong
folded_find (const char *folded,
             const char *needle)
{
  const char *hit = strstr (folded, needle);

  g_assert_nonnull (hit);
  return g_utf8_pointer_to_offset (folded, hit);
}

static void
test_offsets (void)
{
  /* Multi-byte characters of 2 (é, Œ, ß), 3 (’, ﬁ, –) and 4 bytes (𝔸, folded to "a"), and
   * characters folding to two (Œ, ß, ﬁ) or to none (a lone combining mark). */
  const char *text = "Œuvre d’été – ﬁn de Straße 𝔸 e\u0301 2021";
  g_autofree glong *offsets = NULL;
  g_autofree char *folded = phoenix_text_fold_with_offsets (text, &offsets);
  g_autofree char *plain = phoenix_text_fold (text);
  glong n_folded = g_utf8_strlen (folded, -1);
  glong n_text = g_utf8_strlen (text, -1);
  const char * const words[][2] = {
    { "oeuvre", "Œuvre" }, { "d'ete", "d’été" }, { "-", "–" }, { "fin", "ﬁn" },
    { "strasse", "Straße" }, { "a e", "𝔸 e\u0301" }, { "e 2021", "e\u0301 2021" }, { "2021", "2021" },
  };

  g_assert_cmpstr (folded, ==, "oeuvre d'ete - fin de strasse a e 2021");
  g_assert_cmpstr (folded, ==, plain);

  /* One entry per folded character and one for the end, non-decreasing, within the text. */
  g_assert_cmpint (offsets[0], ==, 0);
  g_assert_cmpint (offsets[n_folded], ==, n_text);
  for (glong i = 0; i < n_folded; i++)
    {
      g_assert_cmpint (offsets[i], <=, offsets[i + 1]);
      g_assert_cmpint (offsets[i], <, n_text);
    }

  /* Both letters of "oe" come from "Œ", both of "ss" from "ß". */
  g_assert_cmpint (offsets[0], ==, 0);
  g_assert_cmpint (offsets[1], ==, 0);
  g_assert_cmpint (offsets[2], ==, 1);

  /* Every span found in the folded text is the right span of the text, byte for byte. */
  for (gsize i = 0; i < G_N_ELEMENTS (words); i++)
    {
      glong a = i == G_N_ELEMENTS (words) - 1 ? n_folded - 4 : folded_find (folded, words[i][0]);
      glong b = a + g_utf8_strlen (words[i][0], -1);
      g_autofree char *span = original_span (text, offsets, a, b);

      g_test_message ("“%s” → “%s”", words[i][0], span);
      g_assert_cmpstr (span, ==, words[i][1]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/text-fold/accents", test_accents);
  g_test_add_func ("/text-fold/ligatures", test_ligatures);
  g_test_add_func ("/text-fold/case-and-punctuation", test_case_and_punctuation);
  g_test_add_func ("/text-fold/empty-and-invalid", test_empty_and_invalid);
  g_test_add_func ("/text-fold/offsets", test_offsets);

  return g_test_run ();
}
