/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * PhoenixAtsReportView's test hooks (the UI tests and the screenshot tool).
 */

#include "phoenix-ats-report-view.h"

G_BEGIN_DECLS

/* Activates the first suggestion of @kind (PhoenixAtsSuggestionKind), or with -1 the first
 * missing skill's "add", as a click does; FALSE when there is none. */
gboolean  _phoenix_ats_report_view_apply_first      (PhoenixAtsReportView *self,
                                                     int                   kind);
/* The score shown, -1 when no report is shown. */
int       _phoenix_ats_report_view_get_shown_score  (PhoenixAtsReportView *self);
/* The matched skills' rows, "label: where and how" one a line. */
char     *_phoenix_ats_report_view_get_matches_text (PhoenixAtsReportView *self);
/* The caption under the score (with why little evidence of the trade lowers it). */
const char *_phoenix_ats_report_view_get_caption    (PhoenixAtsReportView *self);
/* The "missing" list's labels, one a line. */
char     *_phoenix_ats_report_view_get_missing_text (PhoenixAtsReportView *self);
/* The group of skills to show more clearly as shown: its title, then its rows ("label: subtitle"), one a
 * line; "" when the group is hidden. */
char     *_phoenix_ats_report_view_get_to_show_text (PhoenixAtsReportView *self);
/* Rows made since the view was: a new report makes rows only for what changed (issue #20). */
guint     _phoenix_ats_report_view_get_n_rows_built (PhoenixAtsReportView *self);
/* The layout warning shown with the format checks, NULL when none. */
const char *_phoenix_ats_report_view_get_layout_warning (PhoenixAtsReportView *self);

G_END_DECLS
