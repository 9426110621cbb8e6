/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-lock-monitor"

#include "config.h"

#include <time.h>

#include "phoenix-lock-monitor.h"

/* The timer looks at least this often, so that time spent suspended is seen soon after resume
 * even without logind's signal (GLib's timers run on the monotonic clock, which stops then). */
#define MAX_CHECK_SECONDS 30

struct _PhoenixLockMonitor
{
  GObject          parent_instance;

  GDBusConnection *system_bus;
  GDBusConnection *session_bus;
  guint            sleep_subscription;
  guint            screensaver_subscription;
  GCancellable    *cancellable;   /* finding the user's buses */

  guint            idle_limit;    /* seconds, 0 for none */
  gboolean         active;
  gint64           last_activity;
  guint            timer_id;

  gint64         (*clock) (gpointer);
  gpointer         clock_data;
};

enum {
  LOCK_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixLockMonitor, phoenix_lock_monitor, G_TYPE_OBJECT)

/* Time that goes on while the machine sleeps. */
static gint64
boottime_clock (gpointer data)
{
  struct timespec ts;

  if (clock_gettime (CLOCK_BOOTTIME, &ts) != 0)
    return g_get_real_time ();
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gint64
now (PhoenixLockMonitor *self)
{
  return self->clock (self->clock_data);
}

static void
request_lock (PhoenixLockMonitor *self,
              PhoenixLockReason   reason)
{
  if (!self->active)
    return;
  g_debug ("Lock requested (%d)", reason);
  g_signal_emit (self, signals[LOCK_REQUESTED], 0, reason);
}

static void schedule (PhoenixLockMonitor *self);

static gboolean
timer_cb (gpointer user_data)
{
  PhoenixLockMonitor *self = user_data;

  self->timer_id = 0;
  _phoenix_lock_monitor_check (self);
  return G_SOURCE_REMOVE;
}

static void
schedule (PhoenixLockMonitor *self)
{
  gint64 remaining;

  g_clear_handle_id (&self->timer_id, g_source_remove);
  if (!self->active || self->idle_limit == 0)
    return;
  remaining = (gint64) self->idle_limit * G_USEC_PER_SEC - phoenix_lock_monitor_get_idle (self);
  remaining = CLAMP (remaining / G_USEC_PER_SEC + 1, 1, MAX_CHECK_SECONDS);
  self->timer_id = g_timeout_add_seconds_full (G_PRIORITY_LOW, (guint) remaining, timer_cb, self, NULL);
}

/* logind's PrepareForSleep(b) and the screensaver's ActiveChanged(b) (GNOME's or freedesktop's). */
static void
bus_signal_cb (GDBusConnection *connection,
               const char      *sender,
               const char      *path,
               const char      *interface,
               const char      *signal,
               GVariant        *parameters,
               gpointer         user_data)
{
  PhoenixLockMonitor *self = user_data;
  gboolean value = FALSE;

  if (!g_variant_is_of_type (parameters, G_VARIANT_TYPE ("(b)")))
    return;
  g_variant_get (parameters, "(b)", &value);
  if (g_str_equal (signal, "PrepareForSleep") && value)
    request_lock (self, PHOENIX_LOCK_REASON_SUSPEND);
  else if (g_str_equal (signal, "PrepareForSleep"))
    _phoenix_lock_monitor_check (self);  /* back: how long was it? */
  else if (g_str_has_suffix (interface, ".ScreenSaver") && value)
    request_lock (self, PHOENIX_LOCK_REASON_SCREEN_LOCKED);
}

static void
subscribe_system (PhoenixLockMonitor *self,
                  GDBusConnection    *bus)
{
  if (bus == NULL || self->system_bus != NULL)
    return;
  self->system_bus = g_object_ref (bus);
  /* Only logind itself (the owner of its name) is listened to. */
  self->sleep_subscription =
    g_dbus_connection_signal_subscribe (bus, "org.freedesktop.login1", "org.freedesktop.login1.Manager",
                                        "PrepareForSleep", "/org/freedesktop/login1", NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE, bus_signal_cb, self, NULL);
}

static void
subscribe_session (PhoenixLockMonitor *self,
                   GDBusConnection    *bus)
{
  if (bus == NULL || self->session_bus != NULL)
    return;
  self->session_bus = g_object_ref (bus);
  /* Any sender: at worst, someone on the user's own bus locks the vault. */
  self->screensaver_subscription =
    g_dbus_connection_signal_subscribe (bus, NULL, NULL, "ActiveChanged", NULL, NULL,
                                        G_DBUS_SIGNAL_FLAGS_NONE, bus_signal_cb, self, NULL);
}

typedef struct
{
  PhoenixLockMonitor *self;
  GBusType            type;
} BusRequest;

static void
bus_found_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  BusRequest *request = user_data;
  g_autoptr(PhoenixLockMonitor) self = request->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDBusConnection) bus = g_bus_get_finish (result, &error);
  gboolean system = request->type == G_BUS_TYPE_SYSTEM;

  g_free (request);
  if (bus == NULL)
    g_debug ("No %s bus (no lock %s): %s", system ? "system" : "session",
             system ? "on suspend" : "with the screen", error->message);
  else if (!g_cancellable_is_cancelled (self->cancellable) && system)
    subscribe_system (self, bus);
  else if (!g_cancellable_is_cancelled (self->cancellable))
    subscribe_session (self, bus);
}

static void
find_bus (PhoenixLockMonitor *self,
          GBusType            type)
{
  BusRequest *request = g_new0 (BusRequest, 1);

  request->self = g_object_ref (self);
  request->type = type;
  g_bus_get (type, self->cancellable, bus_found_cb, request);
}

static void
phoenix_lock_monitor_dispose (GObject *object)
{
  PhoenixLockMonitor *self = PHOENIX_LOCK_MONITOR (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->timer_id, g_source_remove);
  if (self->system_bus != NULL && self->sleep_subscription != 0)
    g_dbus_connection_signal_unsubscribe (self->system_bus, self->sleep_subscription);
  if (self->session_bus != NULL && self->screensaver_subscription != 0)
    g_dbus_connection_signal_unsubscribe (self->session_bus, self->screensaver_subscription);
  self->sleep_subscription = self->screensaver_subscription = 0;
  g_clear_object (&self->system_bus);
  g_clear_object (&self->session_bus);

  G_OBJECT_CLASS (phoenix_lock_monitor_parent_class)->dispose (object);
}

static void
phoenix_lock_monitor_class_init (PhoenixLockMonitorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phoenix_lock_monitor_dispose;

  /* The vault should lock now, for this PhoenixLockReason. */
  signals[LOCK_REQUESTED] = g_signal_new ("lock-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT);
}

static void
phoenix_lock_monitor_init (PhoenixLockMonitor *self)
{
  self->cancellable = g_cancellable_new ();
  self->clock = boottime_clock;
  self->last_activity = now (self);
}

PhoenixLockMonitor *
phoenix_lock_monitor_new (GDBusConnection *system_bus,
                          GDBusConnection *session_bus)
{
  PhoenixLockMonitor *self = g_object_new (PHOENIX_TYPE_LOCK_MONITOR, NULL);

  g_return_val_if_fail (system_bus == NULL || G_IS_DBUS_CONNECTION (system_bus), NULL);
  g_return_val_if_fail (session_bus == NULL || G_IS_DBUS_CONNECTION (session_bus), NULL);

  subscribe_system (self, system_bus);
  subscribe_session (self, session_bus);
  return self;
}

PhoenixLockMonitor *
phoenix_lock_monitor_new_for_user (void)
{
  PhoenixLockMonitor *self = g_object_new (PHOENIX_TYPE_LOCK_MONITOR, NULL);

  find_bus (self, G_BUS_TYPE_SYSTEM);
  find_bus (self, G_BUS_TYPE_SESSION);
  return self;
}

void
phoenix_lock_monitor_set_idle_limit (PhoenixLockMonitor *self,
                                     guint               seconds)
{
  g_return_if_fail (PHOENIX_IS_LOCK_MONITOR (self));

  self->idle_limit = seconds;
  schedule (self);
}

void
phoenix_lock_monitor_set_active (PhoenixLockMonitor *self,
                                 gboolean            active)
{
  g_return_if_fail (PHOENIX_IS_LOCK_MONITOR (self));

  self->active = !!active;
  self->last_activity = now (self);
  schedule (self);
}

void
phoenix_lock_monitor_note_activity (PhoenixLockMonitor *self)
{
  g_return_if_fail (PHOENIX_IS_LOCK_MONITOR (self));

  /* Cheap: called for every input event; the timer reads it when it fires. */
  self->last_activity = now (self);
}

gint64
phoenix_lock_monitor_get_idle (PhoenixLockMonitor *self)
{
  g_return_val_if_fail (PHOENIX_IS_LOCK_MONITOR (self), 0);

  return MAX (0, now (self) - self->last_activity);
}

void
_phoenix_lock_monitor_set_clock (PhoenixLockMonitor  *self,
                                 gint64             (*clock) (gpointer),
                                 gpointer             data)
{
  self->clock = clock != NULL ? clock : boottime_clock;
  self->clock_data = data;
  self->last_activity = now (self);
}

void
_phoenix_lock_monitor_check (PhoenixLockMonitor *self)
{
  if (self->active && self->idle_limit > 0
      && phoenix_lock_monitor_get_idle (self) >= (gint64) self->idle_limit * G_USEC_PER_SEC)
    {
      g_debug ("Idle for %" G_GINT64_FORMAT " s", phoenix_lock_monitor_get_idle (self) / G_USEC_PER_SEC);
      request_lock (self, PHOENIX_LOCK_REASON_IDLE);
    }
  schedule (self);
}

void
_phoenix_lock_monitor_pretend_idle (PhoenixLockMonitor *self,
                                    guint               seconds)
{
  self->last_activity = now (self) - (gint64) seconds * G_USEC_PER_SEC;
}
