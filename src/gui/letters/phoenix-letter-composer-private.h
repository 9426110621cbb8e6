/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-letter-composer.h"
#include "phoenix-letter-export.h"
#include "phoenix-spell-underline.h"

G_BEGIN_DECLS

/* For the UI tests: the editor and its labels ("counts", "coverage", "issues", "title"), an
 * export without the file chooser, and whether a change waits for the autosave. */
GtkTextView *_phoenix_letter_composer_get_body_view (PhoenixLetterComposer *self);
GtkLabel    *_phoenix_letter_composer_get_label     (PhoenixLetterComposer *self,
                                                     const char            *which);
void         _phoenix_letter_composer_export_to     (PhoenixLetterComposer *self,
                                                     PhoenixLetterFormat    format,
                                                     const char            *path);
gboolean     _phoenix_letter_composer_is_dirty      (PhoenixLetterComposer *self);
/* Sends @prompt to the local model configured in the settings, as the dialog's Send does; the
 * answer streams into the letter (a rewrite replaces the selection). */
void         _phoenix_letter_composer_ask_llm       (PhoenixLetterComposer *self,
                                                     const char            *system,
                                                     const char            *prompt,
                                                     gboolean               rewrite);
gboolean     _phoenix_letter_composer_is_asking_llm (PhoenixLetterComposer *self);
/* The spell checking under the letter (its checker is set once the dictionary is loaded). */
PhoenixSpellUnderline *_phoenix_letter_composer_get_spell (PhoenixLetterComposer *self);

G_END_DECLS
