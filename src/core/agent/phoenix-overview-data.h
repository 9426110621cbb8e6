/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-agent.h"
#include "phoenix-contribution.h"
#include "phoenix-metric-history.h"
#include "phoenix-profile.h"
#include "phoenix-taxonomy.h"
#include "phoenix-vault.h"

G_BEGIN_DECLS

/*
 * The Overview's data in two halves, so that the main thread never waits:
 *
 * - phoenix_overview_snapshot_read() (main thread, the vault's handle): a few
 *   SQL queries that let SQLite do the counting (applications sent, answered
 *   and due for a follow-up, per sector and by date), the metric history, the
 *   saved offers' rows, the training progress, the cached insights and the
 *   sync state, plus a copy of the profile. Plain data: no vault object leaves.
 * - phoenix_overview_compute() (any thread, its own skill extractor): CV
 *   completeness, the best ATS score, the skill gap and training path of the
 *   active target, the charts' series, the agent's advice and success
 *   estimate, and the contribution the flywheel sync would send (its truth and
 *   a randomised copy).
 *
 * phoenix_overview_record() then stores today's metrics in the history (main
 * thread).
 */

typedef struct _PhoenixOverviewSnapshot PhoenixOverviewSnapshot;

/* Days of history the charts show. */
#define PHOENIX_OVERVIEW_HISTORY_DAYS 730
/* Saved offers scored for the best ATS score (the most recently updated). */
#define PHOENIX_OVERVIEW_MAX_OFFERS   30

typedef struct
{
  int        cv_completeness;     /* 0–100 */
  int        best_ats;            /* 0–100, -1: no offer scored */
  guint      sent;
  guint      responses;
  guint      interviews;
  double     response_rate;       /* 0–1 */
  int        training_percent;    /* share of the path's hours done, 0–100; -1 without a target */
  guint      modules_done;
  guint      modules_total;
  double     hours_logged;
  char      *target_code;         /* NULL without a target */
  char      *target_label;

  /* The charts: PhoenixMetricPoint, oldest first, today's value last. */
  GArray    *cv_series;
  GArray    *ats_series;
  GArray    *sent_series;         /* applications sent, cumulative, by week */
  GArray    *response_series;     /* response rate (0–100) of the applications sent so far, by week */
  GArray    *training_series;

  PhoenixAdvice       *advice;
  gboolean             consent;
  PhoenixContribution *truth;     /* the true values (never leaves), NULL without a target */
  PhoenixContribution *payload;   /* what would leave: the truth randomised */
  char                *digest;    /* SHA-256 of the truth without its install id and sector draw */
  gboolean             changed;   /* the truth differs from the one last queued */
} PhoenixOverview;

PhoenixOverviewSnapshot *phoenix_overview_snapshot_read (PhoenixVault            *vault,
                                                         PhoenixProfile          *profile,
                                                         GDate                   *today,
                                                         GError                 **error);
void                     phoenix_overview_snapshot_free (PhoenixOverviewSnapshot *snapshot);

/* Labels in @language ("fr" or "en"). @rand (NULL: a secure seed) draws the payload's noise. */
PhoenixOverview         *phoenix_overview_compute       (PhoenixOverviewSnapshot *snapshot,
                                                         PhoenixTaxonomy         *taxonomy,
                                                         const char              *language,
                                                         GRand                   *rand);
void                     phoenix_overview_compute_async (PhoenixOverviewSnapshot *snapshot,
                                                         PhoenixTaxonomy         *taxonomy,
                                                         const char              *language,
                                                         GCancellable            *cancellable,
                                                         GAsyncReadyCallback      callback,
                                                         gpointer                 user_data);
PhoenixOverview         *phoenix_overview_compute_finish (GAsyncResult           *result,
                                                          GError                **error);
/* Stores today's cv, ats, sent, response and training values. */
gboolean                 phoenix_overview_record        (PhoenixOverview         *overview,
                                                         PhoenixVault            *vault,
                                                         GDate                   *today,
                                                         GError                 **error);
void                     phoenix_overview_free          (PhoenixOverview         *overview);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixOverviewSnapshot, phoenix_overview_snapshot_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixOverview, phoenix_overview_free)

G_END_DECLS
