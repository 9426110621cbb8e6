/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-context.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_LETTERS_PAGE (phoenix_letters_page_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixLettersPage, phoenix_letters_page, PHOENIX, LETTERS_PAGE, AdwBin)

/*
 * The Letters tab of the main window, on @context's profile and vault: the letters and their
 * composer (action letters.new, Ctrl+Shift+N, drafts a new one), and the applications
 * tracker (the applications of the context's PhoenixFollowUpReminders, the window's, whose
 * desktop notifications run whether or not this page was built); those that fell due while
 * Phoenix was closed are shown here when it first loads after unlocking. Signal "cv-variants-changed" when tailoring
 * added a CV variant (the CV page reloads its list).
 */
PhoenixLettersPage *phoenix_letters_page_new   (PhoenixContext      *context);
/* Saves what the composer still holds (before locking or quitting). */
gboolean            phoenix_letters_page_flush (PhoenixLettersPage  *self,
                                                GError             **error);

G_END_DECLS
