/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-vault.h"

G_BEGIN_DECLS

/*
 * The Overview's metrics over time, in the vault (table overview_metric): one
 * value a metric a day, the latest of the day winning. Metrics: "cv" (CV
 * completeness, 0–100), "ats" (best ATS score, 0–100), "sent" (applications
 * sent), "response" (response rate, 0–100), "training" (share of the training
 * path done, 0–100). Main thread only (the vault's handle).
 */

typedef struct
{
  guint32 day;    /* Julian day (GDate) */
  double  value;
} PhoenixMetricPoint;

/* Records @value for @metric on @day (a YYYY-MM-DD string), replacing that day's. */
gboolean  phoenix_metric_history_record (PhoenixVault  *vault,
                                         const char    *day,
                                         const char    *metric,
                                         double         value,
                                         GError       **error);
/* Records several metrics of one day in one transaction: @metrics and @values of @n. */
gboolean  phoenix_metric_history_record_day (PhoenixVault       *vault,
                                             const char         *day,
                                             const char * const *metrics,
                                             const double       *values,
                                             guint               n,
                                             GError            **error);
/* PhoenixMetricPoint of @metric from @since (YYYY-MM-DD, NULL: all), oldest first. */
GArray   *phoenix_metric_history_read   (PhoenixVault  *vault,
                                         const char    *metric,
                                         const char    *since,
                                         GError       **error);

G_END_DECLS
