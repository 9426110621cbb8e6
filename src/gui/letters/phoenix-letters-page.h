/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-context.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_LETTERS_PAGE (phoenix_letters_page_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixLettersPage, phoenix_letters_page, PHOENIX, LETTERS_PAGE, AdwBin)

/* The Letters tab of the main window, on @context's profile and vault. */
PhoenixLettersPage *phoenix_letters_page_new (PhoenixContext *context);

G_END_DECLS
