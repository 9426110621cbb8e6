/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-context.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_CV_PAGE (phoenix_cv_page_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixCvPage, phoenix_cv_page, PHOENIX, CV_PAGE, AdwBin)

/* Shows the profile of @context (its "profile" property) and saves it to its vault. */
PhoenixCvPage  *phoenix_cv_page_new         (PhoenixContext *context);
PhoenixProfile *phoenix_cv_page_get_profile (PhoenixCvPage  *self);
/* @profile: (nullable): NULL when the vault is locked; flush first. */
void            phoenix_cv_page_set_profile (PhoenixCvPage  *self,
                                             PhoenixProfile *profile);
/* Saves pending edits now (autosave otherwise waits a moment). TRUE when nothing is pending. */
gboolean        phoenix_cv_page_flush       (PhoenixCvPage  *self,
                                             GError        **error);
/* Asks where to export the current CV: @format "pdf", "docx" or "json". */
void            phoenix_cv_page_export      (PhoenixCvPage  *self,
                                             const char     *format);
/* The template of the CV shown now ("classic" when none). */
const char     *phoenix_cv_page_get_template (PhoenixCvPage *self);
/* Replaces the profile's content with @imported, or merges @imported into it (@merge), and
 * saves at once, as one step of the page's undo: Ctrl+Z gives the profile back exactly as
 * it was. On failure nothing changed. Replace moves @imported's entry objects into the
 * profile (no copy): the caller does not edit @imported afterwards. */
gboolean        phoenix_cv_page_apply_import (PhoenixCvPage  *self,
                                              PhoenixProfile *imported,
                                              gboolean        merge,
                                              GError        **error);
/* Undoes the last step of the page's undo (cv.undo), wherever the focus is. */
void            phoenix_cv_page_undo        (PhoenixCvPage  *self);

G_END_DECLS
