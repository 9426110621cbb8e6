/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * The counters behind GET /metrics (Prometheus text format 0.0.4): requests
 * by endpoint, method and status, errors, a latency histogram, and the gauges
 * the server passes in. Main-thread only.
 */

#define PHOENIX_TYPE_FLYWHEEL_METRICS (phoenix_flywheel_metrics_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixFlywheelMetrics, phoenix_flywheel_metrics, PHOENIX, FLYWHEEL_METRICS, GObject)

PhoenixFlywheelMetrics *phoenix_flywheel_metrics_new    (void);
/* @endpoint: a route name ("contributions", "insights", "healthz", "metrics", "other"). */
void                    phoenix_flywheel_metrics_record (PhoenixFlywheelMetrics *self,
                                                         const char             *endpoint,
                                                         const char             *method,
                                                         guint                   status,
                                                         double                  seconds);
/* @stored: contributions in the database, or < 0 when it could not be read. */
char                   *phoenix_flywheel_metrics_to_text (PhoenixFlywheelMetrics *self,
                                                          gint64                  stored,
                                                          guint                   in_flight,
                                                          guint                   connections);

G_END_DECLS
