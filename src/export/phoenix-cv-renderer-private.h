/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-cv-page-layout-private.h"
#include "phoenix-cv-renderer.h"

G_BEGIN_DECLS

/* The renderer's block cache (issue #20): tests count what a layout shaped. */
CvBlockCache *_phoenix_cv_renderer_get_block_cache (PhoenixCvRenderer *self);
/* FALSE: every layout shapes every block, as before the cache (the benchmark's reference);
 * PHOENIX_CV_FULL_LAYOUT in the environment starts a renderer so. */
void          _phoenix_cv_renderer_set_incremental (PhoenixCvRenderer *self,
                                                    gboolean           incremental);
/* Swaps all but the objects' identity: a layout made in a worker by a renderer of its own
 * taken over by the one on screen. */
void          _phoenix_cv_renderer_swap            (PhoenixCvRenderer *self,
                                                    PhoenixCvRenderer *other);
/* Lets go of the profile (its document, a copy, stays): a renderer about to be dropped in
 * another thread holds no object the main thread shares. */
void          _phoenix_cv_renderer_release_profile (PhoenixCvRenderer *self);

G_END_DECLS
