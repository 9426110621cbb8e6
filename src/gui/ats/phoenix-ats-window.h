/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-context.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_ATS_WINDOW (phoenix_ats_window_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixAtsWindow, phoenix_ats_window, PHOENIX, ATS_WINDOW, AdwWindow)

/*
 * The ATS check beside the main window: a stored or pasted job offer (saved in
 * @context's vault, read with its taxonomy and extractor), the fields Phoenix read in it (editable), the score of @profile and
 * its explanation, recomputed as the profile changes. Suggestions applied here
 * change @profile and save it; a toast undoes them. Closing only hides it; opened
 * again it shows the last offer and its result (the latest stored offer after a new
 * start). Escape closes it.
 */
PhoenixAtsWindow *phoenix_ats_window_new (PhoenixContext *context,
                                          PhoenixProfile *profile);
/* The template of the CV being checked: the format checks say when a tracking system
 * would read its layout badly. */
void              phoenix_ats_window_set_template (PhoenixAtsWindow *self,
                                                   const char       *template_id);

G_END_DECLS
