/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-ats-window"

#include "config.h"

#include "phoenix-ats-report-view-private.h"
#include "phoenix-ats-window-private.h"

/* PhoenixAtsWindow's test hooks that only read its parts (the UI tests and the screenshot tool);
 * those that act (recompute, choose the runner-up) are in phoenix-ats-window.c. */

const char *
_phoenix_ats_window_get_layout_warning (PhoenixAtsWindow *self)
{
  return _phoenix_ats_report_view_get_layout_warning (self->report_view);
}

GtkScrolledWindow *
_phoenix_ats_window_get_scroller (PhoenixAtsWindow *self)
{
  return self->scroller;
}

GtkTextBuffer *
_phoenix_ats_window_get_offer_buffer (PhoenixAtsWindow *self)
{
  return gtk_text_view_get_buffer (self->offer_view);
}

void
_phoenix_ats_window_analyse (PhoenixAtsWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "ats.analyse", NULL);
}

int
_phoenix_ats_window_get_score (PhoenixAtsWindow *self)
{
  if (self->report == NULL || !gtk_widget_get_visible (self->results_box))
    return -1;
  return _phoenix_ats_report_view_get_shown_score (self->report_view);
}

gboolean
_phoenix_ats_window_apply_first (PhoenixAtsWindow *self,
                                 int               kind)
{
  return _phoenix_ats_report_view_apply_first (self->report_view, kind);
}

char *
_phoenix_ats_window_get_missing_text (PhoenixAtsWindow *self)
{
  return _phoenix_ats_report_view_get_missing_text (self->report_view);
}

AdwComboRow *
_phoenix_ats_window_get_offer_row (PhoenixAtsWindow *self)
{
  return self->offer_row;
}

AdwEntryRow *
_phoenix_ats_window_get_title_row (PhoenixAtsWindow *self)
{
  return self->title_row;
}

AdwComboRow *
_phoenix_ats_window_get_contract_row (PhoenixAtsWindow *self)
{
  return self->contract_row;
}

const char *
_phoenix_ats_window_get_occupation_text (PhoenixAtsWindow *self)
{
  return adw_expander_row_get_subtitle (self->occupation_row);
}

PhoenixOccupationSearch *
_phoenix_ats_window_get_occupation_search (PhoenixAtsWindow *self)
{
  return self->occupation_search;
}

const char *
_phoenix_ats_window_get_error (PhoenixAtsWindow *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}

guint
_phoenix_ats_window_get_n_scores (PhoenixAtsWindow *self)
{
  return self->n_scores_applied;
}

PhoenixAtsCache *
_phoenix_ats_window_get_cache (PhoenixAtsWindow *self)
{
  return self->cache;
}

PhoenixAtsReportView *
_phoenix_ats_window_get_report_view (PhoenixAtsWindow *self)
{
  return self->report_view;
}
