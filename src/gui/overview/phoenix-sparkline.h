/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/*
 * A small chart of one metric over time: a line through the points
 * (PhoenixMetricPoint: Julian day and value) over a fixed scale, the area
 * under it tinted, the last point marked. Drawn with GtkSnapshot and Cairo in
 * the widget's foreground colour (the accent when it has the "accent" style
 * class); its accessible description says the first and last values.
 */

#define PHOENIX_TYPE_SPARKLINE (phoenix_sparkline_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixSparkline, phoenix_sparkline, PHOENIX, SPARKLINE, GtkWidget)

GtkWidget *phoenix_sparkline_new        (void);
/* @points: PhoenixMetricPoint, oldest first (copied); values from 0 to @max. */
void       phoenix_sparkline_set_points (PhoenixSparkline *self,
                                         GArray           *points,
                                         double            max);
guint      phoenix_sparkline_get_n_points (PhoenixSparkline *self);

G_END_DECLS
