/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-job-application.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_APPLICATION_TRACKER (phoenix_application_tracker_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixApplicationTracker, phoenix_application_tracker, PHOENIX, APPLICATION_TRACKER, AdwBin)

/*
 * The applications: a list (search, status and sector filters, sorts) and a board by status,
 * both views of one filtered, sorted model; the response and interview rates overall, per
 * sector, channel and letter draft; the CSV export (action tracker.export-csv). Signal
 * "application-activated" (PhoenixJobApplication) when one is opened.
 */
PhoenixApplicationTracker *phoenix_application_tracker_new              (void);
/* Shows these applications (its own store holds the same objects). */
void                       phoenix_application_tracker_set_applications (PhoenixApplicationTracker *self,
                                                                         GListModel                *applications);
GListStore                *phoenix_application_tracker_get_applications (PhoenixApplicationTracker *self);
/* After an application changed: filter, sort, board and rates again. */
void                       phoenix_application_tracker_refresh          (PhoenixApplicationTracker *self);
/* The list of applications sent and waiting (where follow-ups are due). */
void                       phoenix_application_tracker_show_waiting     (PhoenixApplicationTracker *self);

G_END_DECLS
