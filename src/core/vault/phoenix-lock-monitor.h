/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/*
 * When the vault should lock, apart from the user's Lock: after a time without input,
 * measured on CLOCK_BOOTTIME so that a suspended machine keeps counting (a laptop closed for
 * the night comes back locked), when the screen locks (the screensaver's ActiveChanged on the
 * session bus, GNOME's or freedesktop's) and when the machine is about to suspend (logind's
 * PrepareForSleep on the system bus). Each bus is optional: where there is none, the timer
 * alone holds (it looks every 30 s, so a resume without logind is seen within 30 s). The
 * monitor only says "lock" (signal "lock-requested" with a PhoenixLockReason); the window
 * locks. GTK-free.
 */

typedef enum
{
  PHOENIX_LOCK_REASON_IDLE,
  PHOENIX_LOCK_REASON_SCREEN_LOCKED,
  PHOENIX_LOCK_REASON_SUSPEND,
} PhoenixLockReason;

#define PHOENIX_TYPE_LOCK_MONITOR (phoenix_lock_monitor_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixLockMonitor, phoenix_lock_monitor, PHOENIX, LOCK_MONITOR, GObject)

/* @system_bus and @session_bus may be NULL (no logind, no screensaver to listen to). */
PhoenixLockMonitor *phoenix_lock_monitor_new           (GDBusConnection    *system_bus,
                                                        GDBusConnection    *session_bus);
/* The same on the machine's own buses, found asynchronously (missing ones are skipped). */
PhoenixLockMonitor *phoenix_lock_monitor_new_for_user  (void);
/* Seconds without input before "lock-requested" (IDLE); 0 turns the idle lock off. */
void                phoenix_lock_monitor_set_idle_limit (PhoenixLockMonitor *self,
                                                         guint               seconds);
/* While a vault is unlocked: the idle clock runs and the signals are passed on. */
void                phoenix_lock_monitor_set_active    (PhoenixLockMonitor *self,
                                                        gboolean            active);
void                phoenix_lock_monitor_note_activity (PhoenixLockMonitor *self);
/* Microseconds since the last input (suspend included). */
gint64              phoenix_lock_monitor_get_idle      (PhoenixLockMonitor *self);

/* Test hooks: a clock of the test's (microseconds), and the timer's check run now. */
void                _phoenix_lock_monitor_set_clock    (PhoenixLockMonitor *self,
                                                        gint64            (*clock) (gpointer),
                                                        gpointer            data);
void                _phoenix_lock_monitor_check        (PhoenixLockMonitor *self);
/* As if the last input was @seconds ago. */
void                _phoenix_lock_monitor_pretend_idle (PhoenixLockMonitor *self,
                                                        guint               seconds);

G_END_DECLS
