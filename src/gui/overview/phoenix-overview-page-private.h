/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-overview-data.h"
#include "phoenix-overview-page.h"

G_BEGIN_DECLS

/* The consent dialog with the payload of the latest refresh. */
void             _phoenix_overview_page_show_consent  (PhoenixOverviewPage *self);
/* Test hooks. */
guint            _phoenix_overview_page_get_refreshes (PhoenixOverviewPage *self);
PhoenixOverview *_phoenix_overview_page_get_overview  (PhoenixOverviewPage *self);
GtkButton       *_phoenix_overview_page_get_step_button (PhoenixOverviewPage *self);
/* "cv", "ats", "sent", "response" or "training". */
GtkWidget       *_phoenix_overview_page_get_chart     (PhoenixOverviewPage *self,
                                                       const char          *metric);

G_END_DECLS
