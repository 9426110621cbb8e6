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
/* Zoom 1.0 shows the page at its size: a point is 1/72 inch, a pixel 1/96. */
#define PHOENIX_CV_PREVIEW_PIXELS_PER_POINT (96.0 / 72.0)
#define PHOENIX_CV_PREVIEW_MIN_ZOOM 0.25
#define PHOENIX_CV_PREVIEW_MAX_ZOOM 4.0

GtkWidget         *phoenix_cv_preview_new          (void);
/* Both nullable. With no variant, the whole profile with the default look. */
void               phoenix_cv_preview_set_profile  (PhoenixCvPreview *self,
                                                    PhoenixProfile   *profile,
                                                    PhoenixCvVariant *variant);
PhoenixCvRenderer *phoenix_cv_preview_get_renderer (PhoenixCvPreview *self);
/* Most of the CV changed (an import, its undo): laid out again in a worker, every block
 * shaped there; the pages shown meanwhile are the last layout's. */
void               phoenix_cv_preview_refresh_in_worker (PhoenixCvPreview *self);
/* TRUE while a layout runs in a worker. */
gboolean           phoenix_cv_preview_get_in_worker (PhoenixCvPreview *self);
/* Takes the snapshot now (e.g. before an export). */
void               phoenix_cv_preview_refresh_now  (PhoenixCvPreview *self);
/* Milliseconds the last snapshot's layout and first drawn frame took (for the benchmark). */
double             phoenix_cv_preview_get_last_layout_ms (PhoenixCvPreview *self);

/* 0: the pages fit the widget's width (the default); else the zoom (1.0: actual size),
 * the widget then as wide as a page. */
double             phoenix_cv_preview_get_zoom     (PhoenixCvPreview *self);
void               phoenix_cv_preview_set_zoom     (PhoenixCvPreview *self,
                                                    double            zoom);
/* Pixels per point as drawn now. */
double             phoenix_cv_preview_get_scale    (PhoenixCvPreview *self);
int                phoenix_cv_preview_get_n_pages  (PhoenixCvPreview *self);
/* Where page @page (0-based) starts, in the widget's pixels; the page under @y. */
double             phoenix_cv_preview_get_page_top (PhoenixCvPreview *self,
                                                    int               page);
int                phoenix_cv_preview_get_page_at  (PhoenixCvPreview *self,
                                                    double            y);
/* How many pages the last frame drew, from @first to @last (-1: none; both nullable): those in
 * the scrolled window's view and half a view around it, not the whole CV (tests). */
int                phoenix_cv_preview_get_pages_drawn (PhoenixCvPreview *self,
                                                       int              *first,
                                                       int              *last);
/* TRUE while the CV has nothing to show (no name, contact or entry). */
gboolean           phoenix_cv_preview_is_empty     (PhoenixCvPreview *self);

G_END_DECLS
