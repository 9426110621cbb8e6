/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * One row of the ATS report (issue #20): what PhoenixAtsReportView shows in a row, as data, so a
 * new report changes only the rows that differ (phoenix_ats_report_item_equal()) and the list
 * keeps its scroll position and focus.
 */

typedef enum
{
  PHOENIX_ATS_REPORT_SUFFIX_NONE,
  PHOENIX_ATS_REPORT_SUFFIX_BAR,        /* a level bar at @value (insensitive when @value < 0) */
  PHOENIX_ATS_REPORT_SUFFIX_ADD_SKILL,  /* "+": report.add-skill with @target, the skill */
  PHOENIX_ATS_REPORT_SUFFIX_APPLY,      /* "Apply": report.apply-suggestion with @target, its index */
} PhoenixAtsReportSuffix;

#define PHOENIX_TYPE_ATS_REPORT_ITEM (phoenix_ats_report_item_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixAtsReportItem, phoenix_ats_report_item, PHOENIX, ATS_REPORT_ITEM, GObject)

/* @subtitle, @icon_name: nullable. @subtitle_lines: 0 for no limit. */
PhoenixAtsReportItem  *phoenix_ats_report_item_new        (const char            *title,
                                                          const char            *subtitle,
                                                          const char            *icon_name,
                                                          int                    subtitle_lines);
/* @label: the suffix's accessible name (and the button's tooltip). */
void                   phoenix_ats_report_item_set_suffix (PhoenixAtsReportItem  *self,
                                                          PhoenixAtsReportSuffix suffix,
                                                          double                 value,
                                                          guint                  target,
                                                          const char            *label);

const char            *phoenix_ats_report_item_get_title  (PhoenixAtsReportItem  *self);
const char            *phoenix_ats_report_item_get_subtitle (PhoenixAtsReportItem *self);
const char            *phoenix_ats_report_item_get_icon_name (PhoenixAtsReportItem *self);
int                    phoenix_ats_report_item_get_subtitle_lines (PhoenixAtsReportItem *self);
PhoenixAtsReportSuffix phoenix_ats_report_item_get_suffix (PhoenixAtsReportItem  *self);
double                 phoenix_ats_report_item_get_value  (PhoenixAtsReportItem  *self);
guint                  phoenix_ats_report_item_get_target (PhoenixAtsReportItem  *self);
const char            *phoenix_ats_report_item_get_label  (PhoenixAtsReportItem  *self);

/* Whether the two show the same row. */
gboolean               phoenix_ats_report_item_equal      (PhoenixAtsReportItem  *a,
                                                          PhoenixAtsReportItem  *b);

G_END_DECLS
