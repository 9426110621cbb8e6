/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-context.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_NEW_LETTER_DIALOG (phoenix_new_letter_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixNewLetterDialog, phoenix_new_letter_dialog, PHOENIX, NEW_LETTER_DIALOG, AdwWindow)

/*
 * Drafts a letter: a saved job offer or one pasted, the language, tone and length; the three
 * drafts are shown as they will read, redrafted as the choices change (drafting is instant).
 * Signal "letter-created" (PhoenixLetter, PhoenixJobOffer): the chosen draft and its offer,
 * neither saved yet.
 */
PhoenixNewLetterDialog *phoenix_new_letter_dialog_new (PhoenixContext *context,
                                                       GListModel     *saved_offers);

G_END_DECLS
