/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "phoenix-passphrase.h"

static double
bits_of (const char *passphrase)
{
  double bits = -1.0;

  phoenix_passphrase_estimate (passphrase, &bits, NULL);
  g_assert_cmpfloat (bits, >=, 0.0);

  return bits;
}

static void
test_empty (void)
{
  g_autofree char *hint = NULL;
  double bits = -1.0;

  g_assert_cmpint (phoenix_passphrase_estimate ("", &bits, &hint), ==,
                   PHOENIX_PASSPHRASE_STRENGTH_EMPTY);
  g_assert_cmpfloat (bits, ==, 0.0);
  g_assert_nonnull (hint);
  g_assert_cmpint (phoenix_passphrase_estimate (NULL, NULL, NULL), ==,
                   PHOENIX_PASSPHRASE_STRENGTH_EMPTY);
  g_assert_false (phoenix_passphrase_is_acceptable (PHOENIX_PASSPHRASE_STRENGTH_EMPTY));
}

static void
test_common (void)
{
  static const char * const common[] = {
    "password", "Password", "PASSWORD", "password1", "Password123!", "p@ssw0rd", "P4ssw0rd",
    "motdepasse", "MotDePasse", "motdepasse2024", "mot de passe", "azerty", "azerty123",
    "azertyuiop", "AZERTYUIOP", "qwerty123", "soleil", "Soleil", "soleil2024", "Sôleil!!",
    "123456", "12345678", "123456789", "1234567890", "iloveyou", "jetaime", "bonjour1",
    "00000000", "aaaaaaaa", "abcdefgh", "11111111", "qsdfghjk",
  };

  for (gsize i = 0; i < G_N_ELEMENTS (common); i++)
    {
      g_autofree char *hint = NULL;
      double bits = 0.0;
      PhoenixPassphraseStrength strength = phoenix_passphrase_estimate (common[i], &bits, &hint);

      g_test_message ("“%s”: %.1f bits, %s", common[i], bits, hint);
      if (strength != PHOENIX_PASSPHRASE_STRENGTH_TOO_WEAK)
        g_test_fail_printf ("“%s” should be too weak, is %d (%.1f bits)", common[i], strength, bits);
      g_assert_nonnull (hint);
      g_assert_false (phoenix_passphrase_is_acceptable (strength));
    }
}

static void
test_short (void)
{
  /* Random, all classes, but under the minimum length. */
  g_assert_cmpint (phoenix_passphrase_estimate ("Xq7#vL!", NULL, NULL), ==,
                   PHOENIX_PASSPHRASE_STRENGTH_TOO_WEAK);
  g_assert_cmpint (phoenix_passphrase_estimate ("é", NULL, NULL), ==,
                   PHOENIX_PASSPHRASE_STRENGTH_TOO_WEAK);
}

static void
test_monotonic_length (void)
{
  /* Each longer than the one before, nothing common: the estimate must grow. */
  static const char * const chain[] = {
    "kd",
    "kdjf",
    "kdjfhs",
    "kdjfhsle",
    "kdjfhslewq",
    "kdjfhslewqmz",
    "kdjf hsle wqmz",
    "kdjf hsle wqmz rutn",
    "kdjf hsle wqmz rutn obvy",
  };
  double previous = -1.0;

  for (gsize i = 0; i < G_N_ELEMENTS (chain); i++)
    {
      double bits = bits_of (chain[i]);

      g_test_message ("“%s”: %.1f bits", chain[i], bits);
      g_assert_cmpfloat (bits, >, previous);
      previous = bits;
    }
}

static void
test_monotonic_variety (void)
{
  /* Same length, more character classes: more bits. */
  static const char * const chain[] = {
    "kdjfhslewqmz",
    "kdjFhsLewqMz",
    "kdjFh5Lew9Mz",
    "kd#Fh5Lew9M!",
  };
  double previous = -1.0;

  for (gsize i = 0; i < G_N_ELEMENTS (chain); i++)
    {
      double bits = bits_of (chain[i]);

      g_test_message ("“%s”: %.1f bits", chain[i], bits);
      g_assert_cmpfloat (bits, >, previous);
      previous = bits;
    }
}

static void
test_penalties (void)
{
  /* Repeats and sequences are worth less than varied characters. */
  g_assert_cmpfloat (bits_of ("aaaaaaaaaaaa"), <, bits_of ("kdjfhslewqmz"));
  g_assert_cmpfloat (bits_of ("abcdefghijkl"), <, bits_of ("kdjfhslewqmz"));
  g_assert_cmpfloat (bits_of ("abababababab"), <, bits_of ("kdjfhslewqmz"));
  g_assert_cmpfloat (bits_of ("987654321098"), <, bits_of ("947218350629"));
  g_assert_cmpfloat (bits_of ("qsdfghjklmwx"), <, bits_of ("kdjfhslewqmz"));
  /* A common word inside counts as one token. */
  g_assert_cmpfloat (bits_of ("xpasswordx"), <, bits_of ("xkdjfhslex"));
}

static void
test_accents (void)
{
  /* Accented letters widen the alphabet: they count, as characters, not bytes. */
  g_assert_cmpfloat (bits_of ("vélo rouge été"), >, bits_of ("velo rouge ete"));
  g_assert_cmpfloat (bits_of ("ÉCOLE BLEUÂTRE"), >, bits_of ("ECOLE BLEUATRE"));

  /* “é” is one character: 7 of them is still under the minimum length. */
  g_assert_cmpint (phoenix_passphrase_estimate ("ééééééé", NULL, NULL), ==,
                   PHOENIX_PASSPHRASE_STRENGTH_TOO_WEAK);

  /* Composed and decomposed forms of the same text are the same passphrase. */
  g_assert_cmpfloat (bits_of ("ce\xcc\x81" "le\xcc\x80" "bre zèbre"), ==, bits_of ("célèbre zèbre"));

  /* Non-Latin scripts are letters too. */
  g_assert_cmpint (phoenix_passphrase_estimate ("жёлтый дом над рекой", NULL, NULL), >=,
                   PHOENIX_PASSPHRASE_STRENGTH_STRONG);
}

static void
test_levels (void)
{
  static const struct {
    const char               *passphrase;
    PhoenixPassphraseStrength min;
    PhoenixPassphraseStrength max;
  } cases[] = {
    { "kdjfhsle", PHOENIX_PASSPHRASE_STRENGTH_WEAK, PHOENIX_PASSPHRASE_STRENGTH_WEAK },
    { "kd#Fh5Lew9", PHOENIX_PASSPHRASE_STRENGTH_FAIR, PHOENIX_PASSPHRASE_STRENGTH_STRONG },
    { "cheval bateau", PHOENIX_PASSPHRASE_STRENGTH_WEAK, PHOENIX_PASSPHRASE_STRENGTH_FAIR },
    { "girafe parapluie tambour nuage", PHOENIX_PASSPHRASE_STRENGTH_VERY_STRONG,
      PHOENIX_PASSPHRASE_STRENGTH_VERY_STRONG },
    { "correct horse battery staple", PHOENIX_PASSPHRASE_STRENGTH_VERY_STRONG,
      PHOENIX_PASSPHRASE_STRENGTH_VERY_STRONG },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *hint = NULL;
      double bits = 0.0;
      PhoenixPassphraseStrength s = phoenix_passphrase_estimate (cases[i].passphrase, &bits, &hint);

      g_test_message ("“%s”: level %d, %.1f bits, %s", cases[i].passphrase, s, bits, hint);
      g_assert_cmpint (s, >=, cases[i].min);
      g_assert_cmpint (s, <=, cases[i].max);
      g_assert_nonnull (hint);
    }

  g_assert_false (phoenix_passphrase_is_acceptable (PHOENIX_PASSPHRASE_STRENGTH_TOO_WEAK));
  g_assert_false (phoenix_passphrase_is_acceptable (PHOENIX_PASSPHRASE_STRENGTH_WEAK));
  g_assert_true (phoenix_passphrase_is_acceptable (PHOENIX_PASSPHRASE_STRENGTH_FAIR));
  g_assert_true (phoenix_passphrase_is_acceptable (PHOENIX_PASSPHRASE_STRENGTH_STRONG));
  g_assert_true (phoenix_passphrase_is_acceptable (PHOENIX_PASSPHRASE_STRENGTH_VERY_STRONG));
}

static void
test_hints (void)
{
  g_autofree char *weak = NULL;
  g_autofree char *common = NULL;
  g_autofree char *strong = NULL;

  phoenix_passphrase_estimate ("kdjfhsle", NULL, &weak);
  phoenix_passphrase_estimate ("password", NULL, &common);
  phoenix_passphrase_estimate ("girafe parapluie tambour nuage", NULL, &strong);

  g_assert_cmpstr (weak, !=, common);
  g_assert_cmpstr (weak, !=, strong);
  g_assert_cmpstr (common, !=, strong);
}

static void
test_labels (void)
{
  GEnumClass *klass = g_type_class_ref (PHOENIX_TYPE_PASSPHRASE_STRENGTH);

  g_assert_cmpint (klass->n_values, ==, 6);
  g_assert_cmpstr (phoenix_passphrase_strength_to_string (PHOENIX_PASSPHRASE_STRENGTH_EMPTY), ==, "");
  for (int s = PHOENIX_PASSPHRASE_STRENGTH_TOO_WEAK; s <= PHOENIX_PASSPHRASE_STRENGTH_VERY_STRONG; s++)
    g_assert_cmpstr (phoenix_passphrase_strength_to_string (s), !=, "");

  g_type_class_unref (klass);
}

/* How many times @needle (@size bytes) is in this process's heap and other writable anonymous
 * memory, read through /proc/self/mem (the stack, where the test keeps its own copies, aside). */
static guint
count_in_memory (const guint8 *needle,
                 gsize         size)
{
  g_autofree char *maps = NULL;
  g_auto(GStrv) lines = NULL;
  FILE *mem;
  guint found = 0;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  lines = g_strsplit (maps, "\n", -1);
  mem = fopen ("/proc/self/mem", "rb");
  g_assert_nonnull (mem);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      guint64 start, end;
      char perms[5] = "";
      char path[512] = "";
      guint8 *buffer;

      if (sscanf (lines[i], "%" G_GINT64_MODIFIER "x-%" G_GINT64_MODIFIER "x %4s %*s %*s %*s %511s",
                  &start, &end, perms, path) < 3)
        continue;
      if (perms[0] != 'r' || perms[1] != 'w' || (path[0] != '\0' && strcmp (path, "[heap]") != 0)
          || end - start > (guint64) 512 * 1024 * 1024)
        continue;
      buffer = g_malloc (end - start);
      if (fseeko (mem, (off_t) start, SEEK_SET) == 0 && fread (buffer, 1, end - start, mem) == end - start)
        for (guint64 k = 0; k + size <= end - start; k++)
          if (buffer[k] == needle[0] && memcmp (buffer + k, needle, size) == 0)
            found++;
      explicit_bzero (buffer, end - start);
      g_free (buffer);
    }
  fclose (mem);
  return found;
}

/* The strength meter estimates at every keystroke: no copy of the passphrase may stay behind in
 * freed memory (issue #14, row 13: about nine did). In a child without MALLOC_PERTURB_ (which
 * would hide unwiped frees), a passphrase is estimated, then memory is searched for it, as
 * UTF-8 and as the UCS-4 the estimate works on (as typed and folded). */
static void
test_copies_wiped (void)
{
  if (g_test_subprocess ())
    {
      /* Built here, on the stack: no copy in the program's data. */
      char passphrase[64];
      char word[16];
      gunichar wide[16];
      gunichar upper_wide[16];
      glong n = 0;

      g_snprintf (word, sizeof word, "%s%s", "Kangou", "rouZq");
      g_snprintf (passphrase, sizeof passphrase, "%s-%s-%s-1987", "xylophone", word, "Épinard");
      for (int i = 0; i < 200; i++)
        {
          g_autofree char *hint = NULL;
          double bits = 0;

          passphrase[0] = (char) ('a' + i % 26);
          phoenix_passphrase_estimate (passphrase, &bits, &hint);
        }
      explicit_bzero (passphrase, sizeof passphrase);
      for (n = 0; word[n] != '\0'; n++)
        {
          upper_wide[n] = (gunichar) word[n];
          wide[n] = g_unichar_tolower ((gunichar) word[n]);
        }
      g_assert_cmpuint (count_in_memory ((const guint8 *) word, strlen (word)), ==, 0);
      g_assert_cmpuint (count_in_memory ((const guint8 *) upper_wide, n * sizeof (gunichar)), ==, 0);
      g_assert_cmpuint (count_in_memory ((const guint8 *) wide, n * sizeof (gunichar)), ==, 0);
      return;
    }
  g_unsetenv ("MALLOC_PERTURB_");
  /* Under AddressSanitizer, stack frames may live in its "fake stack", anonymous memory the search
   * reads: the child keeps them on the real stack, which the search leaves aside. */
  {
    g_autofree char *options = g_strconcat (g_getenv ("ASAN_OPTIONS") ?: "", ":detect_stack_use_after_return=0",
                                            NULL);

    g_setenv ("ASAN_OPTIONS", options, TRUE);
  }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/passphrase/empty", test_empty);
  g_test_add_func ("/passphrase/common", test_common);
  g_test_add_func ("/passphrase/short", test_short);
  g_test_add_func ("/passphrase/monotonic-length", test_monotonic_length);
  g_test_add_func ("/passphrase/monotonic-variety", test_monotonic_variety);
  g_test_add_func ("/passphrase/penalties", test_penalties);
  g_test_add_func ("/passphrase/accents", test_accents);
  g_test_add_func ("/passphrase/levels", test_levels);
  g_test_add_func ("/passphrase/hints", test_hints);
  g_test_add_func ("/passphrase/labels", test_labels);
  g_test_add_func ("/passphrase/copies-wiped", test_copies_wiped);

  return g_test_run ();
}
