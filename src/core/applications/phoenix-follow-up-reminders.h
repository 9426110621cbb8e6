/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-application-reminders.h"
#include "phoenix-vault.h"

G_BEGIN_DECLS

/*
 * The follow-up reminders of an unlocked vault, whether or not the Letters page was ever
 * built: load() reads the applications (the list the Letters page's tracker then shows
 * and edits, the same objects), marks those that fell due while Phoenix was closed as
 * reminded (their number is kept for the Letters page's banner, take_missed()), and
 * watches the rest with a PhoenixReminderScheduler. When one falls due it is marked
 * reminded, saved, then "due" (PhoenixJobApplication *) is emitted: the GUI sends the
 * desktop notification. The window makes one at unlock and drops it at lock; GTK-free.
 */

#define PHOENIX_TYPE_FOLLOW_UP_REMINDERS (phoenix_follow_up_reminders_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixFollowUpReminders, phoenix_follow_up_reminders, PHOENIX, FOLLOW_UP_REMINDERS, GObject)

PhoenixFollowUpReminders *phoenix_follow_up_reminders_new        (PhoenixVault             *vault);
/* NULL @clock: the real time (tests use a fake one). */
void                      phoenix_follow_up_reminders_set_clock  (PhoenixFollowUpReminders *self,
                                                                  PhoenixReminderClock      clock,
                                                                  gpointer                  user_data);
/* Reads the applications from the vault and starts watching them; FALSE with @error when
 * the vault could not be read (the list then stays empty). */
gboolean                  phoenix_follow_up_reminders_load       (PhoenixFollowUpReminders *self,
                                                                  GError                  **error);
gboolean                  phoenix_follow_up_reminders_get_loaded (PhoenixFollowUpReminders *self);
/* The applications (PhoenixJobApplication), the latest changed first: add and remove here. */
GListStore               *phoenix_follow_up_reminders_get_applications (PhoenixFollowUpReminders *self);
/* How many fell due while Phoenix was closed; 0 after the first call. */
guint                     phoenix_follow_up_reminders_take_missed (PhoenixFollowUpReminders *self);
/* After a status or a delay changed: emits "due" for what is due now and waits for the next. */
guint                     phoenix_follow_up_reminders_check      (PhoenixFollowUpReminders *self);

G_END_DECLS
