/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-application-tracker.h"
#include "phoenix-letter-composer.h"
#include "phoenix-letters-page.h"

G_BEGIN_DECLS

/* For the UI tests and the screenshot tool. */
PhoenixLetterComposer     *_phoenix_letters_page_get_composer      (PhoenixLettersPage    *self);
PhoenixApplicationTracker *_phoenix_letters_page_get_tracker       (PhoenixLettersPage    *self);
GListModel                *_phoenix_letters_page_get_letters       (PhoenixLettersPage    *self);
/* "letters" or "applications". */
void                       _phoenix_letters_page_show              (PhoenixLettersPage    *self,
                                                                    const char            *view);
void                       _phoenix_letters_page_set_last_dialog   (PhoenixLettersPage    *self,
                                                                    GtkWindow             *dialog);
GtkWindow                 *_phoenix_letters_page_get_last_dialog   (PhoenixLettersPage    *self);
void                       _phoenix_letters_page_open_application  (PhoenixLettersPage    *self,
                                                                    PhoenixJobApplication *app);
gboolean                   _phoenix_letters_page_reminder_shown    (PhoenixLettersPage    *self);

G_END_DECLS
