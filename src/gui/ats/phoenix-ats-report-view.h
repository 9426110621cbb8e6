/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-ats.h"
#include "phoenix-taxonomy.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_ATS_REPORT_VIEW (phoenix_ats_report_view_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixAtsReportView, phoenix_ats_report_view, PHOENIX, ATS_REPORT_VIEW, AdwBin)

/*
 * Shows a PhoenixAtsReport ("report"), skill labels from "taxonomy" in "language" ("fr"
 * or "en"). Emits "apply-suggestion" (guint position in the report's suggestions) and
 * "add-skill" (guint taxonomy skill) when the user asks for them; it changes nothing itself.
 */
GtkWidget        *phoenix_ats_report_view_new          (PhoenixTaxonomy      *taxonomy);
void              phoenix_ats_report_view_set_taxonomy (PhoenixAtsReportView *self,
                                                        PhoenixTaxonomy      *taxonomy);
PhoenixAtsReport *phoenix_ats_report_view_get_report   (PhoenixAtsReportView *self);
void              phoenix_ats_report_view_set_report   (PhoenixAtsReportView *self,
                                                        PhoenixAtsReport     *report);
void              phoenix_ats_report_view_set_language (PhoenixAtsReportView *self,
                                                        const char           *language);
/* A problem of the CV's layout for tracking systems (its template), shown with the format
 * checks; NULL: none. */
void              phoenix_ats_report_view_set_layout_warning (PhoenixAtsReportView *self,
                                                              const char           *warning);

G_END_DECLS
