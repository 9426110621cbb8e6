/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-lock"

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>

#include "phoenix-lock-monitor.h"
#include "phoenix-test-util.h"
#include "phoenix-test-vault.h"

/*
 * Locking (issue #14, row 13): idle time counts across suspend, the vault locks when the screen
 * locks and when the machine suspends, with a fake logind and a fake screensaver on a private
 * bus (GTestDBus: a dbus-daemon of the test's own); an existing vault folder is tightened to 0700.
 */

typedef struct
{
  GTestDBus          *bus;
  GDBusConnection    *monitor_bus;   /* what the monitor listens on (its "system" and "session" bus) */
  GDBusConnection    *fake_bus;      /* the fake logind and screensaver */
  PhoenixLockMonitor *monitor;
  gint64              clock;         /* the test's CLOCK_BOOTTIME, µs */
  GArray             *reasons;       /* of int: every "lock-requested" */
} Fixture;

static gint64
test_clock (gpointer data)
{
  return ((Fixture *) data)->clock;
}

static void
lock_requested_cb (PhoenixLockMonitor *monitor,
                   int                 reason,
                   Fixture            *f)
{
  g_array_append_val (f->reasons, reason);
}

static GDBusConnection *
connect_to (GTestDBus *bus)
{
  g_autoptr(GError) error = NULL;
  GDBusConnection *connection =
    g_dbus_connection_new_for_address_sync (g_test_dbus_get_bus_address (bus),
                                            G_DBUS_CONNECTION_FLAGS_AUTHENTICATION_CLIENT
                                            | G_DBUS_CONNECTION_FLAGS_MESSAGE_BUS_CONNECTION,
                                            NULL, NULL, &error);
  g_assert_no_error (error);
  return connection;
}

static void sync_monitor (Fixture *f);

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->bus = g_test_dbus_new (G_TEST_DBUS_NONE);
  g_test_dbus_up (f->bus);
  f->monitor_bus = connect_to (f->bus);
  f->fake_bus = connect_to (f->bus);
  f->reasons = g_array_new (FALSE, FALSE, sizeof (int));
  f->clock = G_GINT64_CONSTANT (1000) * G_USEC_PER_SEC;
  f->monitor = phoenix_lock_monitor_new (f->monitor_bus, f->monitor_bus);
  _phoenix_lock_monitor_set_clock (f->monitor, test_clock, f);
  g_signal_connect (f->monitor, "lock-requested", G_CALLBACK (lock_requested_cb), f);
  phoenix_lock_monitor_set_idle_limit (f->monitor, 10 * 60);
  phoenix_lock_monitor_set_active (f->monitor, TRUE);
  /* Its subscriptions (sent by its connection's thread) reached the bus before any test emits. */
  sync_monitor (f);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->monitor);
  g_dbus_connection_close_sync (f->monitor_bus, NULL, NULL);
  g_dbus_connection_close_sync (f->fake_bus, NULL, NULL);
  g_clear_object (&f->monitor_bus);
  g_clear_object (&f->fake_bus);
  g_test_dbus_down (f->bus);
  g_clear_object (&f->bus);
  g_array_unref (f->reasons);
}

/* A round trip to the bus on @connection: the bus answers it after everything it received from
 * @connection before, and after queueing for @connection everything it routed before. */
static void
ping (GDBusConnection *connection)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply =
    g_dbus_connection_call_sync (connection, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                 "GetId", NULL, NULL, G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);

  g_assert_no_error (error);
}

/* Everything the bus routed to the monitor so far handled: its connection hands messages over in
 * order, so the signals before the ping's answer are already queued on the main context. Waiting
 * for a count to change instead missed signals on a loaded machine (the CI's sanitizer run), and
 * could never prove that an ignored signal was ignored. */
static void
sync_monitor (Fixture *f)
{
  ping (f->monitor_bus);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Emits @member(b) from the fake bus and waits until the monitor has had it (the bus has routed it
 * once it answers the fake's ping). */
static void
emit (Fixture    *f,
      const char *path,
      const char *interface,
      const char *member,
      gboolean    value)
{
  g_autoptr(GError) error = NULL;

  g_dbus_connection_emit_signal (f->fake_bus, NULL, path, interface, member, g_variant_new ("(b)", value), &error);
  g_assert_no_error (error);
  ping (f->fake_bus);
  sync_monitor (f);
}

static void
own_name (Fixture    *f,
          const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) reply =
    g_dbus_connection_call_sync (f->fake_bus, "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                 "RequestName", g_variant_new ("(su)", name, 0), G_VARIANT_TYPE ("(u)"),
                                 G_DBUS_CALL_FLAGS_NONE, -1, NULL, &error);
  guint32 result = 0;

  g_assert_no_error (error);
  g_variant_get (reply, "(u)", &result);
  g_assert_cmpuint (result, ==, 1);  /* primary owner */
  /* The monitor's connection sees the new owner. */
  sync_monitor (f);
}

static int
last_reason (Fixture *f)
{
  g_assert_cmpuint (f->reasons->len, >, 0);
  return g_array_index (f->reasons, int, f->reasons->len - 1);
}

/* Ten minutes idle locks, whether they passed awake or suspended: CLOCK_BOOTTIME counts the
 * time the machine slept, which GLib's monotonic timers do not (the idle lock missed it). */
static void
test_idle_across_suspend (Fixture       *f,
                          gconstpointer  data)
{
  f->clock += G_GINT64_CONSTANT (9) * 60 * G_USEC_PER_SEC;
  _phoenix_lock_monitor_check (f->monitor);
  g_assert_cmpuint (f->reasons->len, ==, 0);
  phoenix_lock_monitor_note_activity (f->monitor);

  /* Two hours asleep: the monotonic clock did not move, the boot-time clock did. */
  f->clock += G_GINT64_CONSTANT (2) * 60 * 60 * G_USEC_PER_SEC;
  g_assert_cmpint (phoenix_lock_monitor_get_idle (f->monitor), ==, G_GINT64_CONSTANT (2) * 60 * 60 * G_USEC_PER_SEC);
  _phoenix_lock_monitor_check (f->monitor);
  g_assert_cmpuint (f->reasons->len, ==, 1);
  g_assert_cmpint (last_reason (f), ==, PHOENIX_LOCK_REASON_IDLE);

  /* Locked (inactive): nothing more. */
  phoenix_lock_monitor_set_active (f->monitor, FALSE);
  f->clock += G_GINT64_CONSTANT (60) * 60 * G_USEC_PER_SEC;
  _phoenix_lock_monitor_check (f->monitor);
  g_assert_cmpuint (f->reasons->len, ==, 1);
}

/* logind's PrepareForSleep(true) locks before the machine sleeps; (false), on resume, looks at
 * the idle time at once. Only logind (the owner of its name) is heard. */
static void
test_suspend (Fixture       *f,
              gconstpointer  data)
{
  /* Someone else's signal, before the fake logind owns the name: ignored. */
  emit (f, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", TRUE);
  g_assert_cmpuint (f->reasons->len, ==, 0);

  own_name (f, "org.freedesktop.login1");
  emit (f, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", TRUE);
  g_assert_cmpuint (f->reasons->len, ==, 1);
  g_assert_cmpint (last_reason (f), ==, PHOENIX_LOCK_REASON_SUSPEND);

  /* Resumed after an hour, with the lock refused (say): the idle lock comes at once. */
  f->clock += G_GINT64_CONSTANT (60) * 60 * G_USEC_PER_SEC;
  emit (f, "/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep", FALSE);
  g_assert_cmpuint (f->reasons->len, ==, 2);
  g_assert_cmpint (last_reason (f), ==, PHOENIX_LOCK_REASON_IDLE);
}

/* The screen locking (GNOME's or freedesktop's screensaver) locks the vault; unlocking it does not. */
static void
test_screen_lock (Fixture       *f,
                  gconstpointer  data)
{
  emit (f, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", FALSE);
  g_assert_cmpuint (f->reasons->len, ==, 0);
  emit (f, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", TRUE);
  g_assert_cmpuint (f->reasons->len, ==, 1);
  g_assert_cmpint (last_reason (f), ==, PHOENIX_LOCK_REASON_SCREEN_LOCKED);
  emit (f, "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", TRUE);
  g_assert_cmpuint (f->reasons->len, ==, 2);

  /* While the vault is locked, nothing is asked. */
  phoenix_lock_monitor_set_active (f->monitor, FALSE);
  emit (f, "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged", TRUE);
  g_assert_cmpuint (f->reasons->len, ==, 2);
}

static void
assert_mode (const char *path,
             guint       mode)
{
  struct stat st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, mode);
}

/* A vault folder that exists with wider rights (an older version, another tool) is tightened to
 * 0700 when a vault is made in it and when one is unlocked there. */
static void
test_folder_tightened (void)
{
  g_autofree char *dir = phoenix_test_make_tmp_dir ("phoenix-lock-XXXXXX");
  g_autofree char *folder = g_build_filename (dir, "phoenix", NULL);
  g_autofree char *path = g_build_filename (folder, "vault.db", NULL);
  g_autoptr(PhoenixVault) vault = phoenix_test_vault_new (path);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0755), ==, 0);
  g_assert_true (phoenix_vault_create (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  assert_mode (folder, 0700);

  phoenix_vault_lock (vault);
  g_assert_cmpint (g_chmod (folder, 0775), ==, 0);
  g_assert_true (phoenix_vault_unlock (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  assert_mode (folder, 0700);
  phoenix_vault_lock (vault);
  phoenix_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/lock/idle-across-suspend", Fixture, NULL, fixture_setup, test_idle_across_suspend, fixture_teardown);
  g_test_add ("/lock/suspend", Fixture, NULL, fixture_setup, test_suspend, fixture_teardown);
  g_test_add ("/lock/screen-lock", Fixture, NULL, fixture_setup, test_screen_lock, fixture_teardown);
  g_test_add_func ("/lock/folder-tightened", test_folder_tightened);

  return g_test_run ();
}
