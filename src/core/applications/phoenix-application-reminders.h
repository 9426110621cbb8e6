/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-job-application.h"

G_BEGIN_DECLS

/*
 * Follow-up reminders: an application sent with "follow-up-days" N > 0 and still waiting
 * ("sent", no answer of any kind yet) is due N days after it was sent, once (until
 * "reminded-at" is set). PhoenixReminderScheduler watches a list while the app runs and
 * emits "due" at the right time; its clock can be replaced (tests use a fake one).
 */

/* When the reminder of @app is due (seconds since the epoch), 0 when it has none pending. */
gint64 phoenix_job_application_get_follow_up_due (PhoenixJobApplication *app);
/* The applications (PhoenixJobApplication *, borrowed) whose reminder is due at @now, oldest due first. */
GPtrArray *phoenix_application_reminders_due     (GListModel            *applications,
                                                  gint64                 now);

/* Seconds since the epoch. */
typedef gint64 (*PhoenixReminderClock) (gpointer user_data);

#define PHOENIX_TYPE_REMINDER_SCHEDULER (phoenix_reminder_scheduler_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixReminderScheduler, phoenix_reminder_scheduler, PHOENIX, REMINDER_SCHEDULER, GObject)

/*
 * Watches @applications (re-armed on items-changed; call check() after a status change). Signal "due"
 * (PhoenixJobApplication *) for each reminder that falls due: the handler shows it and
 * should set "reminded-at" (and save); the scheduler sets it itself when no handler did,
 * so a reminder never fires twice.
 */
PhoenixReminderScheduler *phoenix_reminder_scheduler_new       (GListModel               *applications);
/* NULL @clock: the real time. */
void                      phoenix_reminder_scheduler_set_clock (PhoenixReminderScheduler *self,
                                                                PhoenixReminderClock      clock,
                                                                gpointer                  user_data);
/* Emits "due" for what is due now and arms a timer for the next; returns how many were due. */
guint                     phoenix_reminder_scheduler_check     (PhoenixReminderScheduler *self);
/* The next time a reminder falls due, 0 when none is pending. */
gint64                    phoenix_reminder_scheduler_get_next_due (PhoenixReminderScheduler *self);

G_END_DECLS
