/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-context.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_TRAINING_PAGE (phoenix_training_page_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixTrainingPage, phoenix_training_page, PHOENIX, TRAINING_PAGE, AdwBin)

/* The Training tab of the main window, on @context's profile and vault. */
PhoenixTrainingPage *phoenix_training_page_new (PhoenixContext *context);

G_END_DECLS
