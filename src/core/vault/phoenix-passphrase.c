/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-passphrase"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "phoenix-passphrase.h"

/*
 * A deliberately simple estimate, in the spirit of zxcvbn but much smaller:
 *
 *   bits = (sum of character weights) × log2 (pool) + words × WORD_BITS
 *
 * The pool is the sum of the sizes of the character classes present. Each
 * character weighs 1, less when it repeats the previous one or a recent
 * pattern, or continues a sequence (alphabet, digits, keyboard row), and 0
 * when it belongs to a common word, which counts WORD_BITS as a whole instead.
 */

/* Character classes and the number of symbols an attacker must try for each. */
#define POOL_LOWER         26
#define POOL_UPPER         26
#define POOL_DIGIT         10
#define POOL_SYMBOL        33
#define POOL_SPACE          1
#define POOL_OTHER_LETTER  64  /* é, ß, ж, … */
#define POOL_OTHER        100  /* emoji, CJK punctuation, … */

#define WEIGHT_REPEAT    0.1
#define WEIGHT_PATTERN   0.2
#define WEIGHT_SEQUENCE  0.25
#define WEIGHT_KEYBOARD  0.3

/* About log2 of the size of a real common-word list, capitals included. */
#define WORD_BITS 10.0

#define MIN_WORD_LENGTH  4
#define MAX_WORD_LENGTH 16

/* At most this many characters beside a common password keep it TOO_WEAK. */
#define MAX_COMMON_EXTRA 4

#define BITS_WEAK         30.0
#define BITS_FAIR         45.0
#define BITS_STRONG       65.0
#define BITS_VERY_STRONG  90.0

/*
 * Very common passwords and words, lower case, without accents, 4 to 16
 * characters. Matched without accents, in any case, and with leet digits.
 */
static const char * const common_words[] = {
  /* French */
  "motdepasse", "azertyuiop", "jetaime", "bonjour", "soleil", "doudou", "chouchou",
  "loulou", "marseille", "nicolas", "camille", "coucou", "chocolat", "liberte", "france",
  "paris", "amour", "princesse", "bisous", "toulouse", "lyon", "julien", "thomas", "pierre",
  "marie", "manon", "chaton", "bebe", "mamour", "motdepass",
  "azerty", "azer", "qsdf", "wxcv", "secret",
  /* English */
  "password", "passw0rd", "iloveyou", "welcome", "letmein", "football", "princess",
  "dragon", "monkey", "sunshine", "master", "shadow", "superman", "batman", "baseball",
  "trustno1", "whatever", "freedom", "michael", "jennifer", "charlie", "hello", "login",
  "admin", "qwertyuiop", "qwerty", "qwertz", "asdf", "zxcv", "pass", "test", "user",
  "love", "phoenix",
  /* Digits */
  "1234567890", "0987654321", "123456", "654321", "123123", "111111", "000000",
  "121212", "112233", "696969", "2000", "1234", "0000", "1111", "abc123",
};

/* Neighbouring keys, for sequences like “qsdf” or “poiu”. */
static const char * const keyboard_rows[] = {
  "azertyuiop", "qsdfghjklm", "wxcvbn",    /* AZERTY */
  "qwertyuiop", "asdfghjkl", "zxcvbnm",    /* QWERTY */
  "qwertzuiop", "yxcvbnm",                 /* QWERTZ */
  "1234567890",
};

G_DEFINE_ENUM_TYPE (PhoenixPassphraseStrength, phoenix_passphrase_strength,
                    G_DEFINE_ENUM_VALUE (PHOENIX_PASSPHRASE_STRENGTH_EMPTY, "empty"),
                    G_DEFINE_ENUM_VALUE (PHOENIX_PASSPHRASE_STRENGTH_TOO_WEAK, "too-weak"),
                    G_DEFINE_ENUM_VALUE (PHOENIX_PASSPHRASE_STRENGTH_WEAK, "weak"),
                    G_DEFINE_ENUM_VALUE (PHOENIX_PASSPHRASE_STRENGTH_FAIR, "fair"),
                    G_DEFINE_ENUM_VALUE (PHOENIX_PASSPHRASE_STRENGTH_STRONG, "strong"),
                    G_DEFINE_ENUM_VALUE (PHOENIX_PASSPHRASE_STRENGTH_VERY_STRONG, "very-strong"))

typedef enum
{
  CLASS_LOWER        = 1 << 0,
  CLASS_UPPER        = 1 << 1,
  CLASS_DIGIT        = 1 << 2,
  CLASS_SYMBOL       = 1 << 3,
  CLASS_SPACE        = 1 << 4,
  CLASS_OTHER_LETTER = 1 << 5,
  CLASS_OTHER        = 1 << 6,
} CharClass;

static CharClass
classify (gunichar c)
{
  if (c >= 'a' && c <= 'z')
    return CLASS_LOWER;
  if (c >= 'A' && c <= 'Z')
    return CLASS_UPPER;
  if (c >= '0' && c <= '9')
    return CLASS_DIGIT;
  if (c == ' ')
    return CLASS_SPACE;
  if (c < 0x80)
    return CLASS_SYMBOL;
  if (g_unichar_isspace (c))
    return CLASS_SPACE;
  if (g_unichar_isalpha (c))
    return CLASS_OTHER_LETTER;
  return CLASS_OTHER;
}

static guint
pool_size (CharClass classes)
{
  guint pool = 0;

  if (classes & CLASS_LOWER)
    pool += POOL_LOWER;
  if (classes & CLASS_UPPER)
    pool += POOL_UPPER;
  if (classes & CLASS_DIGIT)
    pool += POOL_DIGIT;
  if (classes & CLASS_SYMBOL)
    pool += POOL_SYMBOL;
  if (classes & CLASS_SPACE)
    pool += POOL_SPACE;
  if (classes & CLASS_OTHER_LETTER)
    pool += POOL_OTHER_LETTER;
  if (classes & CLASS_OTHER)
    pool += POOL_OTHER;

  return pool;
}

/* Lower case, without accents: “É” → “e”. */
static gunichar
fold (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];

  c = g_unichar_tolower (c);
  if (c >= 0x80 && g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed)) > 0)
    c = decomposed[0];

  return c;
}

/* Digits and symbols used for letters: “p4ssw0rd”. */
static gunichar
unleet (gunichar c)
{
  switch (c)
    {
    case '0': return 'o';
    case '1': return 'i';
    case '3': return 'e';
    case '4': return 'a';
    case '5': return 's';
    case '7': return 't';
    case '@': return 'a';
    case '$': return 's';
    case '!': return 'i';
    default:  return c;
    }
}

/* What people put between the words of a passphrase. */
static gboolean
is_separator (gunichar c)
{
  return c == ' ' || c == '-' || c == '_' || c == '.' || g_unichar_isspace (c);
}

static gboolean
keyboard_neighbours (gunichar a,
                     gunichar b)
{
  if (a >= 0x80 || b >= 0x80)
    return FALSE;

  for (gsize r = 0; r < G_N_ELEMENTS (keyboard_rows); r++)
    {
      const char *row = keyboard_rows[r];
      const char *pa = strchr (row, (int) a);
      const char *pb = strchr (row, (int) b);

      if (a != 0 && b != 0 && pa != NULL && pb != NULL && ABS (pa - pb) == 1)
        return TRUE;
    }

  return FALSE;
}

static gboolean
matches_at (const gunichar *chars,
            gsize           n_chars,
            gsize           start,
            const char     *word,
            gsize           word_len)
{
  if (start + word_len > n_chars)
    return FALSE;

  for (gsize k = 0; k < word_len; k++)
    {
      if (chars[start + k] != (gunichar) word[k])
        return FALSE;
    }

  return TRUE;
}

static const char *
strength_hint (PhoenixPassphraseStrength strength,
               glong                     n_chars,
               gboolean                  common,
               gboolean                  predictable)
{
  if (strength == PHOENIX_PASSPHRASE_STRENGTH_EMPTY)
    return _("Choose a passphrase: four or more random words are strong and easy to remember.");
  if (common)
    return _("This is one of the most common passwords: it would be guessed at once.");
  if (n_chars < PHOENIX_PASSPHRASE_MIN_LENGTH)
    return _("Use at least 8 characters.");
  if (predictable && strength < PHOENIX_PASSPHRASE_STRENGTH_FAIR)
    return _("Avoid repeated characters and sequences like “abc”, “123” or “azerty”.");
  if (strength < PHOENIX_PASSPHRASE_STRENGTH_STRONG)
    return _("Add more words: a phrase of four or more random words is strong and easy to remember.");
  if (strength == PHOENIX_PASSPHRASE_STRENGTH_STRONG)
    return _("This passphrase is strong.");
  return _("This passphrase is very strong.");
}

/* Frees a copy of (a part of) the passphrase after overwriting it: nothing of it is left in
 * freed memory (the meter runs at each keystroke). */
static void
wipe_free (gpointer data,
           gsize    size)
{
  if (data == NULL)
    return;
  explicit_bzero (data, size);
  g_free (data);
}

/* The passphrase's characters, decoded into memory of ours (GLib's normalisation keeps an
 * intermediate copy it frees unwiped): invalid bytes count as one character each, and combining
 * marks are left out, so that "é" typed composed or decomposed counts once, as NFC would. */
static gunichar *
decode_passphrase (const char *passphrase,
                   glong      *n_chars)
{
  gsize length = strlen (passphrase);
  gunichar *chars = g_new (gunichar, length + 1);
  const char *p = passphrase, *end = passphrase + length;
  glong n = 0;

  while (p < end)
    {
      gunichar c = g_utf8_get_char_validated (p, end - p);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          chars[n++] = 0xFFFD;
          p++;
          continue;
        }
      if (g_unichar_combining_class (c) == 0 || n == 0)
        chars[n++] = c;
      p = g_utf8_next_char (p);
    }
  *n_chars = n;
  return chars;
}

static PhoenixPassphraseStrength estimate_chars (const gunichar  *chars,
                                                 glong            n,
                                                 double          *bits,
                                                 char           **hint);

PhoenixPassphraseStrength
phoenix_passphrase_estimate (const char  *passphrase,
                             double      *bits,
                             char       **hint)
{
  gunichar *chars = NULL;
  gsize allocated = 0;
  glong n = 0;
  PhoenixPassphraseStrength strength;

  if (passphrase != NULL && passphrase[0] != '\0')
    {
      allocated = (strlen (passphrase) + 1) * sizeof (gunichar);
      chars = decode_passphrase (passphrase, &n);
    }
  strength = estimate_chars (chars, n, bits, hint);
  wipe_free (chars, allocated);
  return strength;
}

static PhoenixPassphraseStrength
estimate_chars (const gunichar  *chars,
                glong            n,
                double          *bits,
                char           **hint)
{
  gunichar *folded = NULL;
  gunichar *unleeted = NULL;
  g_autofree double *weights = NULL;
  g_autofree gboolean *in_word = NULL;
  gunichar *packed = NULL;
  gunichar *packed_unleeted = NULL;
  g_autofree glong *packed_index = NULL;
  gsize n_packed = 0;
  PhoenixPassphraseStrength strength;
  CharClass classes = 0;
  double weight_sum = 0.0;
  double penalty = 0.0;
  double total_bits;
  guint n_words = 0;
  gsize longest_word = 0;
  gboolean common = FALSE;

  if (n == 0)
    {
      if (bits != NULL)
        *bits = 0.0;
      if (hint != NULL)
        *hint = g_strdup (strength_hint (PHOENIX_PASSPHRASE_STRENGTH_EMPTY, 0, FALSE, FALSE));
      return PHOENIX_PASSPHRASE_STRENGTH_EMPTY;
    }

  folded = g_new (gunichar, n);
  unleeted = g_new (gunichar, n);
  weights = g_new (double, n);
  in_word = g_new0 (gboolean, n);
  packed = g_new (gunichar, n);
  packed_unleeted = g_new (gunichar, n);
  packed_index = g_new (glong, n);

  for (glong i = 0; i < n; i++)
    {
      classes |= classify (chars[i]);
      folded[i] = fold (chars[i]);
      unleeted[i] = unleet (folded[i]);
      weights[i] = 1.0;
    }

  /* Common words, each counted once as a whole, longest first; matched
   * across separators too (“mot de passe”, “pass-word”). */
  for (glong i = 0; i < n; i++)
    {
      if (is_separator (folded[i]))
        continue;
      packed[n_packed] = folded[i];
      packed_unleeted[n_packed] = unleeted[i];
      packed_index[n_packed] = i;
      n_packed++;
    }

  for (gsize len = MAX_WORD_LENGTH; len >= MIN_WORD_LENGTH; len--)
    {
      for (gsize w = 0; w < G_N_ELEMENTS (common_words); w++)
        {
          const char *word = common_words[w];

          if (strlen (word) != len)
            continue;

          for (gsize i = 0; i + len <= n_packed; i++)
            {
              glong first, last;
              gboolean free_span = TRUE;

              if (!matches_at (packed, n_packed, i, word, len) &&
                  !matches_at (packed_unleeted, n_packed, i, word, len))
                continue;

              first = packed_index[i];
              last = packed_index[i + len - 1];
              for (glong k = first; k <= last; k++)
                free_span = free_span && !in_word[k];
              if (!free_span)
                continue;

              for (glong k = first; k <= last; k++)
                {
                  in_word[k] = TRUE;
                  weights[k] = 0.0;
                }
              n_words++;
              longest_word = MAX (longest_word, (gsize) (last - first + 1));
            }
        }
    }

  /* Repeats, patterns and sequences outside words. */
  for (glong i = 1; i < n; i++)
    {
      gunichar a = folded[i - 1];
      gunichar b = folded[i];
      double w = 1.0;

      if (in_word[i])
        continue;

      if (a == b)
        w = WEIGHT_REPEAT;
      else if (g_unichar_isalnum (a) && g_unichar_isalnum (b) &&
               (b == a + 1 || a == b + 1) &&
               (g_unichar_isdigit (a) == g_unichar_isdigit (b)))
        w = WEIGHT_SEQUENCE;
      else if (keyboard_neighbours (a, b))
        w = WEIGHT_KEYBOARD;

      /* “abab”, “123123”: the last two characters repeat, 2 to 4 back. */
      for (glong p = 2; p <= 4 && w > WEIGHT_PATTERN; p++)
        {
          if (i - 1 - p >= 0 && folded[i] == folded[i - p] && folded[i - 1] == folded[i - 1 - p])
            w = WEIGHT_PATTERN;
        }

      weights[i] = w;
      penalty += 1.0 - w;
    }

  for (glong i = 0; i < n; i++)
    weight_sum += weights[i];

  total_bits = weight_sum * log2 ((double) pool_size (classes)) + n_words * WORD_BITS;

  /* “Password”, “azerty123”, “Soleil!”: a common password, barely dressed up. */
  if (n_words > 0 && (gsize) n <= longest_word + MAX_COMMON_EXTRA)
    common = TRUE;

  if (common || n < PHOENIX_PASSPHRASE_MIN_LENGTH || total_bits < BITS_WEAK)
    strength = PHOENIX_PASSPHRASE_STRENGTH_TOO_WEAK;
  else if (total_bits < BITS_FAIR)
    strength = PHOENIX_PASSPHRASE_STRENGTH_WEAK;
  else if (total_bits < BITS_STRONG)
    strength = PHOENIX_PASSPHRASE_STRENGTH_FAIR;
  else if (total_bits < BITS_VERY_STRONG)
    strength = PHOENIX_PASSPHRASE_STRENGTH_STRONG;
  else
    strength = PHOENIX_PASSPHRASE_STRENGTH_VERY_STRONG;

  if (bits != NULL)
    *bits = total_bits;
  if (hint != NULL)
    *hint = g_strdup (strength_hint (strength, n, common, penalty >= n / 4.0));

  wipe_free (folded, n * sizeof (gunichar));
  wipe_free (unleeted, n * sizeof (gunichar));
  wipe_free (packed, n * sizeof (gunichar));
  wipe_free (packed_unleeted, n * sizeof (gunichar));
  return strength;
}

gboolean
phoenix_passphrase_is_acceptable (PhoenixPassphraseStrength strength)
{
  return strength >= PHOENIX_PASSPHRASE_STRENGTH_FAIR;
}

const char *
phoenix_passphrase_strength_to_string (PhoenixPassphraseStrength strength)
{
  switch (strength)
    {
    case PHOENIX_PASSPHRASE_STRENGTH_EMPTY:
      return "";
    case PHOENIX_PASSPHRASE_STRENGTH_TOO_WEAK:
      return C_("passphrase strength", "Too weak");
    case PHOENIX_PASSPHRASE_STRENGTH_WEAK:
      return C_("passphrase strength", "Weak");
    case PHOENIX_PASSPHRASE_STRENGTH_FAIR:
      return C_("passphrase strength", "Fair");
    case PHOENIX_PASSPHRASE_STRENGTH_STRONG:
      return C_("passphrase strength", "Strong");
    case PHOENIX_PASSPHRASE_STRENGTH_VERY_STRONG:
      return C_("passphrase strength", "Very strong");
    default:
      g_return_val_if_reached ("");
    }
}
