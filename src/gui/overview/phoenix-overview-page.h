/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-context.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_OVERVIEW_PAGE (phoenix_overview_page_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixOverviewPage, phoenix_overview_page, PHOENIX, OVERVIEW_PAGE, AdwBin)

/* Shows the profile of @context (its "profile" property). */
PhoenixOverviewPage *phoenix_overview_page_new         (PhoenixContext      *context);
PhoenixProfile      *phoenix_overview_page_get_profile (PhoenixOverviewPage *self);
/* @profile: (nullable): NULL when the vault is locked */
void                 phoenix_overview_page_set_profile (PhoenixOverviewPage *self,
                                                        PhoenixProfile      *profile);

/* Reads the data again (in a worker thread) when the page is shown. */
void                 phoenix_overview_page_refresh     (PhoenixOverviewPage *self);

G_END_DECLS
