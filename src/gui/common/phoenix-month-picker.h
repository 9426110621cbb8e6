/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define PHOENIX_TYPE_MONTH_PICKER (phoenix_month_picker_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixMonthPicker, phoenix_month_picker, PHOENIX, MONTH_PICKER, GtkWidget)

/*
 * A month and a year: a drop-down of months (or none) and a year entry.
 * Property "date" (string): "YYYY-MM", "YYYY" or "" (no year); a day of a
 * "YYYY-MM-DD" date set from outside is kept while month and year stay.
 */
GtkWidget  *phoenix_month_picker_new      (void);
const char *phoenix_month_picker_get_date (PhoenixMonthPicker *self);
void        phoenix_month_picker_set_date (PhoenixMonthPicker *self,
                                           const char         *date);
/* The field's name, for screen readers ("Start"). */
void        phoenix_month_picker_set_label (PhoenixMonthPicker *self,
                                            const char         *label);

G_END_DECLS
