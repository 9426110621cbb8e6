/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-spell"

#include "config.h"

#include <string.h>

#include "phoenix-spell-checker.h"
#include "phoenix-test-util.h"

/*
 * Spell checking with Enchant and Debian's Hunspell dictionaries (hunspell-fr, hunspell-en-us):
 * words, suggestions, French elisions and typographic apostrophes, what is never flagged,
 * positions in a text, words ignored.
 */

static char *
word_at (const char              *text,
         const PhoenixSpellRange *range)
{
  return g_strndup (text + range->start, range->end - range->start);
}

static void
test_french (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixSpellChecker) checker = phoenix_spell_checker_new ("fr", &error);
  g_auto(GStrv) suggestions = NULL;
  g_autoptr(GArray) ranges = NULL;
  const char *text = "Madame, Monsieur, l’expérience aqcuise à l'hôpital m’a apris la rigueur. Je connais SQL, Excel, "
                     "Brightwell, www.exemple.fr, camille@example.org, 2024, aujourd’hui. Qualitée";
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (phoenix_spell_checker_get_language (checker), ==, "fr");
  g_assert_true (g_str_has_prefix (phoenix_spell_checker_get_dictionary (checker), "fr"));
  g_assert_true (phoenix_spell_checker_check_word (checker, "bonjour"));
  g_assert_true (phoenix_spell_checker_check_word (checker, "expérience"));
  g_assert_false (phoenix_spell_checker_check_word (checker, "bonjuor"));
  suggestions = phoenix_spell_checker_suggest (checker, "bonjuor", 5);
  g_assert_true (g_strv_contains ((const char * const *) suggestions, "bonjour"));

  ranges = phoenix_spell_checker_check_text (checker, text);
  for (guint i = 0; i < ranges->len; i++)
    {
      g_autofree char *w = word_at (text, &g_array_index (ranges, PhoenixSpellRange, i));

      g_test_message ("flagged: %s", w);
    }
  /* A name inside a sentence passes; a misspelt word first in a sentence does not. */
  g_assert_cmpuint (ranges->len, ==, 3);
  first = word_at (text, &g_array_index (ranges, PhoenixSpellRange, 0));
  second = word_at (text, &g_array_index (ranges, PhoenixSpellRange, 1));
  g_assert_cmpstr (first, ==, "aqcuise");
  /* The elision is not part of the word underlined. */
  g_assert_cmpstr (second, ==, "apris");

  phoenix_spell_checker_ignore (checker, "aqcuise");
  g_clear_pointer (&ranges, g_array_unref);
  ranges = phoenix_spell_checker_check_text (checker, text);
  g_assert_cmpuint (ranges->len, ==, 2);
}

static void
test_english (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixSpellChecker) checker = phoenix_spell_checker_new ("en", &error);
  g_auto(GStrv) suggestions = NULL;
  g_autoptr(GArray) ranges = NULL;
  const char *text = "I recieve your offer for a UX designer role and don't hesitate.";
  g_autofree char *word = NULL;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (phoenix_spell_checker_get_dictionary (checker), "en"));
  suggestions = phoenix_spell_checker_suggest (checker, "recieve", 3);
  g_assert_cmpstr (suggestions[0], ==, "receive");
  ranges = phoenix_spell_checker_check_text (checker, text);
  g_assert_cmpuint (ranges->len, ==, 1);
  word = word_at (text, &g_array_index (ranges, PhoenixSpellRange, 0));
  g_assert_cmpstr (word, ==, "recieve");
}

/* Added to the dictionary: accepted from then on, by this checker and by the next ones. */
static void
test_add_to_dictionary (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixSpellChecker) checker = phoenix_spell_checker_new ("fr", &error);
  g_autoptr(PhoenixSpellChecker) later = NULL;
  g_autoptr(PhoenixSpellChecker) english = NULL;

  g_assert_no_error (error);
  g_assert_false (phoenix_spell_checker_check_word (checker, "reconversioniste"));
  phoenix_spell_checker_add_to_dictionary (checker, "reconversioniste");
  g_assert_true (phoenix_spell_checker_check_word (checker, "reconversioniste"));

  later = phoenix_spell_checker_new ("fr", &error);
  g_assert_no_error (error);
  g_assert_true (phoenix_spell_checker_check_word (later, "reconversioniste"));
  /* Only this language's list. */
  english = phoenix_spell_checker_new ("en", &error);
  g_assert_no_error (error);
  g_assert_false (phoenix_spell_checker_check_word (english, "reconversioniste"));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config = g_dir_make_tmp ("phoenix-test-spell-XXXXXX", NULL);
  int rc;

  /* Words added to the dictionary go to a folder of the test's own, never the user's. */
  g_assert_nonnull (config);
  g_setenv ("ENCHANT_CONFIG_DIR", config, TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/spell/french", test_french);
  g_test_add_func ("/spell/english", test_english);
  g_test_add_func ("/spell/add-to-dictionary", test_add_to_dictionary);

  rc = g_test_run ();
  phoenix_test_remove_tree (config);
  return rc;
}
