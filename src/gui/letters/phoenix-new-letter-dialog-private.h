/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-new-letter-dialog.h"

G_BEGIN_DECLS

/* For the UI tests: paste an offer, count the drafts shown, pick one (and a tone: 0 formal,
 * 1 warm, 2 concise) and create it. */
void  _phoenix_new_letter_dialog_paste_offer  (PhoenixNewLetterDialog *self,
                                               const char             *text);
guint _phoenix_new_letter_dialog_get_n_drafts (PhoenixNewLetterDialog *self);
void  _phoenix_new_letter_dialog_choose       (PhoenixNewLetterDialog *self,
                                               guint                   draft,
                                               guint                   tone);

G_END_DECLS
