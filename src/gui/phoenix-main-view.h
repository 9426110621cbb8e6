/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/*
 * The window's main view: its header bar (Import, ATS Check, Export, the main menu), the tabs'
 * switchers and the view stack whose pages hold the Overview, CV, Letters and Training pages.
 * PhoenixWindow makes it the first time the vault is unlocked (issue #18) and fills its pages;
 * the buttons' actions are the window's.
 */
#define PHOENIX_TYPE_MAIN_VIEW (phoenix_main_view_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixMainView, phoenix_main_view, PHOENIX, MAIN_VIEW, GtkBox)

PhoenixMainView      *phoenix_main_view_new                (void);
AdwViewStack         *phoenix_main_view_get_view_stack     (PhoenixMainView *self);
AdwViewSwitcherTitle *phoenix_main_view_get_switcher_title (PhoenixMainView *self);

/* The empty box of the tab @name ("overview", "cv", "letters" or "training") a page goes in. */
GtkBox               *phoenix_main_view_get_page_box       (PhoenixMainView *self,
                                                            const char      *name);

G_END_DECLS
