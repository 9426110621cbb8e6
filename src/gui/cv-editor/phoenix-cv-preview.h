/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "phoenix-cv-renderer.h"
#include "phoenix-cv-variant.h"
#include "phoenix-profile.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_CV_PREVIEW (phoenix_cv_preview_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixCvPreview, phoenix_cv_preview, PHOENIX, CV_PREVIEW, GtkWidget)

/*
 * The live preview: every page of a variant of the profile, drawn by the PDF's
 * renderer (gtk_snapshot_append_cairo), one below the other at the widget's width.
 * Changes of the profile or the variant are gathered for REFRESH_DELAY_MS, then
 * the renderer takes its snapshot in an idle, off the typing path.
 *
 * Signal "refreshed": after the renderer took a new snapshot of the profile.
 */
#define PHOENIX_CV_PREVIEW_REFRESH_DELAY_MS 150

GtkWidget         *phoenix_cv_preview_new          (void);
/* Both nullable. With no variant, the whole profile with the default look. */
void               phoenix_cv_preview_set_profile  (PhoenixCvPreview *self,
                                                    PhoenixProfile   *profile,
                                                    PhoenixCvVariant *variant);
PhoenixCvRenderer *phoenix_cv_preview_get_renderer (PhoenixCvPreview *self);
/* Takes the snapshot now (e.g. before an export). */
void               phoenix_cv_preview_refresh_now  (PhoenixCvPreview *self);
/* Milliseconds the last snapshot's layout and first drawn frame took (for the benchmark). */
double             phoenix_cv_preview_get_last_layout_ms (PhoenixCvPreview *self);

G_END_DECLS
