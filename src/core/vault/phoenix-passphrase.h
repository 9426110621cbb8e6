/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Fewer characters than this is always TOO_WEAK. */
#define PHOENIX_PASSPHRASE_MIN_LENGTH 8

/**
 * PhoenixPassphraseStrength:
 * Ordered levels: a GtkLevelBar can show the value directly (0 to 5).
 */
typedef enum
{
  PHOENIX_PASSPHRASE_STRENGTH_EMPTY,
  PHOENIX_PASSPHRASE_STRENGTH_TOO_WEAK,
  PHOENIX_PASSPHRASE_STRENGTH_WEAK,
  PHOENIX_PASSPHRASE_STRENGTH_FAIR,
  PHOENIX_PASSPHRASE_STRENGTH_STRONG,
  PHOENIX_PASSPHRASE_STRENGTH_VERY_STRONG,
} PhoenixPassphraseStrength;

#define PHOENIX_TYPE_PASSPHRASE_STRENGTH (phoenix_passphrase_strength_get_type ())
GType                      phoenix_passphrase_strength_get_type  (void) G_GNUC_CONST;

/*
 * Estimates how hard @passphrase (UTF-8) is to guess. Counts characters (not
 * bytes) and the classes they come from (lower and upper case, digits,
 * symbols, space, accented and other letters), and discounts repeats
 * (“aaaa”, “abab”), sequences (“abcd”, “4321”, “azerty” rows) and words from a
 * built-in list of very common passwords (also in capitals, with accents or
 * with 0/1/3/4/5/@/$ for letters). A passphrase made of a common password with
 * at most 4 extra characters is TOO_WEAK.
 *
 * @bits: (out) (optional): the estimated entropy in bits
 * @hint: (out) (optional): a translated sentence saying how to do better (or
 *   that it is good); free with g_free()
 */
PhoenixPassphraseStrength  phoenix_passphrase_estimate           (const char                *passphrase,
                                                                  double                    *bits,
                                                                  char                     **hint);

/* TRUE for FAIR or better: what the create and change-passphrase forms require. */
gboolean                   phoenix_passphrase_is_acceptable      (PhoenixPassphraseStrength  strength);

/* A translated label for a level bar: “Too weak”, “Weak”, “Fair”… (“” for EMPTY). */
const char                *phoenix_passphrase_strength_to_string (PhoenixPassphraseStrength  strength);

G_END_DECLS
