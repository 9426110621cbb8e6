/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-sparkline"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-metric-history.h"
#include "phoenix-sparkline.h"

struct _PhoenixSparkline
{
  GtkWidget  parent_instance;

  GArray    *points;  /* PhoenixMetricPoint */
  double     max;
};

G_DEFINE_FINAL_TYPE (PhoenixSparkline, phoenix_sparkline, GTK_TYPE_WIDGET)

static void
phoenix_sparkline_snapshot (GtkWidget   *widget,
                            GtkSnapshot *snapshot)
{
  PhoenixSparkline *self = PHOENIX_SPARKLINE (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  GdkRGBA color;
  cairo_t *cr;
  guint32 first, last;
  double x = 0, y = 0;

  if (self->points->len == 0 || width <= 4 || height <= 4)
    return;
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  first = g_array_index (self->points, PhoenixMetricPoint, 0).day;
  last = g_array_index (self->points, PhoenixMetricPoint, self->points->len - 1).day;

  /* The baseline. */
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.25);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, 0, height - 0.5);
  cairo_line_to (cr, width, height - 0.5);
  cairo_stroke (cr);

  for (guint i = 0; i < self->points->len; i++)
    {
      PhoenixMetricPoint *p = &g_array_index (self->points, PhoenixMetricPoint, i);

      x = last > first ? 2 + (width - 4) * (double) (p->day - first) / (last - first) : width - 2;
      y = 2 + (height - 4) * (1 - CLAMP (p->value / MAX (self->max, 1e-9), 0, 1));
      if (i == 0)
        cairo_move_to (cr, x, y);
      else
        cairo_line_to (cr, x, y);
    }
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.9);
  cairo_set_line_width (cr, 2);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke_preserve (cr);
  /* The area under the line. */
  cairo_line_to (cr, x, height);
  cairo_line_to (cr, last > first ? 2 : width - 2, height);
  cairo_close_path (cr);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 0.12);
  cairo_fill (cr);
  /* Today. */
  cairo_arc (cr, x, y, 3, 0, 2 * G_PI);
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, 1);
  cairo_fill (cr);
  cairo_destroy (cr);
}

static void
phoenix_sparkline_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 60 : 28;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 120 : 32;
}

static void
phoenix_sparkline_finalize (GObject *object)
{
  PhoenixSparkline *self = PHOENIX_SPARKLINE (object);

  g_clear_pointer (&self->points, g_array_unref);

  G_OBJECT_CLASS (phoenix_sparkline_parent_class)->finalize (object);
}

static void
phoenix_sparkline_class_init (PhoenixSparklineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = phoenix_sparkline_finalize;
  widget_class->snapshot = phoenix_sparkline_snapshot;
  widget_class->measure = phoenix_sparkline_measure;
  gtk_widget_class_set_css_name (widget_class, "sparkline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
phoenix_sparkline_init (PhoenixSparkline *self)
{
  self->points = g_array_new (FALSE, FALSE, sizeof (PhoenixMetricPoint));
  self->max = 100;
}

GtkWidget *
phoenix_sparkline_new (void)
{
  return g_object_new (PHOENIX_TYPE_SPARKLINE, NULL);
}

void
phoenix_sparkline_set_points (PhoenixSparkline *self,
                              GArray           *points,
                              double            max)
{
  g_autofree char *description = NULL;

  g_return_if_fail (PHOENIX_IS_SPARKLINE (self));

  g_array_set_size (self->points, 0);
  if (points != NULL)
    g_array_append_vals (self->points, points->data, points->len);
  self->max = max;
  if (self->points->len >= 2)
    /* Translators: a chart's description for screen readers; the values of a metric */
    description = g_strdup_printf (_("From %.0f to %.0f over %u days"),
                                   g_array_index (self->points, PhoenixMetricPoint, 0).value,
                                   g_array_index (self->points, PhoenixMetricPoint, self->points->len - 1).value,
                                   g_array_index (self->points, PhoenixMetricPoint, self->points->len - 1).day -
                                   g_array_index (self->points, PhoenixMetricPoint, 0).day);
  else
    description = g_strdup (_("Not enough history for a chart yet"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

guint
phoenix_sparkline_get_n_points (PhoenixSparkline *self)
{
  g_return_val_if_fail (PHOENIX_IS_SPARKLINE (self), 0);
  return self->points->len;
}
