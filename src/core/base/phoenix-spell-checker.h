/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * Spell checking in French or English through Enchant 2 (Hunspell dictionaries from Debian's
 * hunspell-fr and hunspell-en-us), for any text Phoenix edits: the letter composer and, later,
 * the CV editor (src/gui/common/phoenix-spell-underline.h draws it under a GtkTextView).
 * Words are letter runs with an apostrophe or a hyphen inside; French elisions (« l’ », « d’ »,
 * « qu’ »…) are checked without them, typographic apostrophes as straight ones; words with a
 * digit, acronyms (two capitals or more), names (a capital inside a sentence: "Excel", "Lyon")
 * and web or e-mail addresses are never flagged. Not
 * thread-safe: one checker per thread. GTK-free.
 */

#define PHOENIX_SPELL_ERROR (phoenix_spell_error_quark ())

typedef enum
{
  PHOENIX_SPELL_ERROR_NO_DICTIONARY,
} PhoenixSpellError;

typedef struct
{
  guint start;  /* byte offsets in the text */
  guint end;
} PhoenixSpellRange;

GQuark               phoenix_spell_error_quark          (void);

#define PHOENIX_TYPE_SPELL_CHECKER (phoenix_spell_checker_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixSpellChecker, phoenix_spell_checker, PHOENIX, SPELL_CHECKER, GObject)

/* @language: "fr" or "en"; NO_DICTIONARY (translated, naming the package) when none is installed. */
PhoenixSpellChecker *phoenix_spell_checker_new          (const char          *language,
                                                         GError             **error);
/* The same in a worker thread (loading a dictionary takes a moment); use the checker in one
 * thread at a time. */
void                 phoenix_spell_checker_new_async    (const char          *language,
                                                         GCancellable        *cancellable,
                                                         GAsyncReadyCallback  callback,
                                                         gpointer             user_data);
PhoenixSpellChecker *phoenix_spell_checker_new_finish   (GAsyncResult        *result,
                                                         GError             **error);
const char          *phoenix_spell_checker_get_language (PhoenixSpellChecker *self);
/* The dictionary's tag ("fr_FR", "en_US"…). */
const char          *phoenix_spell_checker_get_dictionary (PhoenixSpellChecker *self);
gboolean             phoenix_spell_checker_check_word   (PhoenixSpellChecker *self,
                                                         const char          *word);
/* Suggestions, best first (at most @max). */
GStrv                phoenix_spell_checker_suggest      (PhoenixSpellChecker *self,
                                                         const char          *word,
                                                         guint                max);
/* Accepts @word from now on (this checker only). */
void                 phoenix_spell_checker_ignore       (PhoenixSpellChecker *self,
                                                         const char          *word);
/* Accepts @word for good: Enchant's personal word list of this dictionary ($ENCHANT_CONFIG_DIR,
 * else the user's config folder), which later checkers read too. */
void                 phoenix_spell_checker_add_to_dictionary (PhoenixSpellChecker *self,
                                                              const char          *word);
/* The misspelt words of @text (PhoenixSpellRange), in order. */
GArray              *phoenix_spell_checker_check_text   (PhoenixSpellChecker *self,
                                                         const char          *text);

G_END_DECLS
