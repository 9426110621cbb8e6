/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "phoenix-spell-checker.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_SPELL_UNDERLINE (phoenix_spell_underline_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixSpellUnderline, phoenix_spell_underline, PHOENIX, SPELL_UNDERLINE, GObject)

/*
 * Spell checking under a GtkTextView: misspelt words underlined (a "misspelled" tag), checked
 * again a moment after each change, and, on a right click on one, the view's menu offers up
 * to five suggestions, "Ignore" (this session) and "Add to Dictionary" (for good; actions
 * spell.replace, spell.ignore and spell.add on the view). For the letter composer and the CV
 * editor alike. The view is not owned (weak reference).
 */
PhoenixSpellUnderline *phoenix_spell_underline_new         (GtkTextView           *view);
/* NULL turns checking off (and clears the underlines). */
void                   phoenix_spell_underline_set_checker (PhoenixSpellUnderline *self,
                                                            PhoenixSpellChecker   *checker);
PhoenixSpellChecker   *phoenix_spell_underline_get_checker (PhoenixSpellUnderline *self);
/* Checks the whole text now. */
void                   phoenix_spell_underline_recheck     (PhoenixSpellUnderline *self);
/* The words underlined now (tests). */
guint                  phoenix_spell_underline_get_n_marked (PhoenixSpellUnderline *self);
/* What a right click at @iter offers: the suggestions put in the view's menu (tests). */
GStrv                  phoenix_spell_underline_prepare_menu (PhoenixSpellUnderline *self,
                                                             const GtkTextIter     *iter);

G_END_DECLS
