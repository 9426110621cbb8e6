/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-context.h"
#include "phoenix-job-offer.h"
#include "phoenix-letter.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_LETTER_COMPOSER (phoenix_letter_composer_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixLetterComposer, phoenix_letter_composer, PHOENIX, LETTER_COMPOSER, AdwBin)

/*
 * The letter editor: subject, salutation and closing, the body with bold and italic, undo
 * and redo, word and character counts, the offer's keywords the letter covers and what
 * disagrees with the CV sent with it, spelling checked in the letter's language; autosaved to the vault half a second after the last
 * change. Actions: composer.bold, composer.italic, composer.undo, composer.redo,
 * composer.export ("pdf", "docx", "text"), composer.copy, composer.application.
 * Signal "application-requested" (PhoenixLetter): create the letter's application, or move
 * it to "sent" when it exists (the page owns the applications).
 */
PhoenixLetterComposer *phoenix_letter_composer_new        (PhoenixContext        *context);
/* @offer may be NULL. */
void                   phoenix_letter_composer_set_letter (PhoenixLetterComposer *self,
                                                           PhoenixLetter         *letter,
                                                           PhoenixJobOffer       *offer);
PhoenixLetter         *phoenix_letter_composer_get_letter (PhoenixLetterComposer *self);
/* Saves now what is waiting for the autosave; FALSE with @error when the vault refused. */
gboolean               phoenix_letter_composer_save_now   (PhoenixLetterComposer *self,
                                                           GError               **error);
/* Shows what the application button does: "Create Application" or "Mark as Sent" or none. */
void                   phoenix_letter_composer_set_application_state (PhoenixLetterComposer *self,
                                                                      const char            *label);

G_END_DECLS
