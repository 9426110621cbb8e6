/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-application-reminders"

#include "config.h"

#include "phoenix-application-reminders.h"

#define SECONDS_PER_DAY (24 * 60 * 60)
/* A sleeping laptop misses a timer: never wait longer than this before looking again. */
#define MAX_WAIT_SECONDS (60 * 60)

struct _PhoenixReminderScheduler
{
  GObject               parent_instance;

  GListModel           *applications;
  PhoenixReminderClock  clock;
  gpointer              clock_data;
  guint                 timeout_id;
  gulong                items_changed_id;
};

enum {
  DUE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixReminderScheduler, phoenix_reminder_scheduler, G_TYPE_OBJECT)

gint64
phoenix_job_application_get_follow_up_due (PhoenixJobApplication *app)
{
  guint days;
  gint64 sent, due;

  g_return_val_if_fail (PHOENIX_IS_JOB_APPLICATION (app), 0);

  days = phoenix_job_application_get_follow_up_days (app);
  sent = phoenix_job_application_get_sent_at (app);
  if (days == 0 || sent == 0 || phoenix_job_application_get_status (app) != PHOENIX_APPLICATION_STATUS_SENT)
    return 0;
  due = sent + (gint64) days * SECONDS_PER_DAY;
  if (phoenix_job_application_get_reminded_at (app) >= due)
    return 0;
  return due;
}

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  gint64 x = phoenix_job_application_get_follow_up_due (*(PhoenixJobApplication * const *) a);
  gint64 y = phoenix_job_application_get_follow_up_due (*(PhoenixJobApplication * const *) b);

  return x < y ? -1 : x > y;
}

GPtrArray *
phoenix_application_reminders_due (GListModel *applications,
                                   gint64      now)
{
  GPtrArray *due = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (G_IS_LIST_MODEL (applications), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (applications); i++)
    {
      g_autoptr(PhoenixJobApplication) app = g_list_model_get_item (applications, i);
      gint64 when = phoenix_job_application_get_follow_up_due (app);

      if (when != 0 && when <= now)
        g_ptr_array_add (due, g_steal_pointer (&app));
    }
  g_ptr_array_sort (due, compare_due);
  return due;
}

static gint64
now (PhoenixReminderScheduler *self)
{
  if (self->clock != NULL)
    return self->clock (self->clock_data);
  return g_get_real_time () / G_USEC_PER_SEC;
}

static gboolean
timeout_cb (gpointer user_data)
{
  PhoenixReminderScheduler *self = user_data;

  self->timeout_id = 0;
  phoenix_reminder_scheduler_check (self);
  return G_SOURCE_REMOVE;
}

static void
arm (PhoenixReminderScheduler *self)
{
  gint64 next = phoenix_reminder_scheduler_get_next_due (self);
  gint64 wait;

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (next == 0)
    return;
  wait = CLAMP (next - now (self), 1, MAX_WAIT_SECONDS);
  self->timeout_id = g_timeout_add_seconds ((guint) wait, timeout_cb, self);
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  arm (user_data);
}

static void
phoenix_reminder_scheduler_dispose (GObject *object)
{
  PhoenixReminderScheduler *self = PHOENIX_REMINDER_SCHEDULER (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->applications != NULL)
    g_clear_signal_handler (&self->items_changed_id, self->applications);
  g_clear_object (&self->applications);

  G_OBJECT_CLASS (phoenix_reminder_scheduler_parent_class)->dispose (object);
}

static void
phoenix_reminder_scheduler_class_init (PhoenixReminderSchedulerClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = phoenix_reminder_scheduler_dispose;

  signals[DUE] = g_signal_new ("due", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                               G_TYPE_NONE, 1, PHOENIX_TYPE_JOB_APPLICATION);
}

static void
phoenix_reminder_scheduler_init (PhoenixReminderScheduler *self)
{
}

PhoenixReminderScheduler *
phoenix_reminder_scheduler_new (GListModel *applications)
{
  PhoenixReminderScheduler *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (applications), NULL);

  self = g_object_new (PHOENIX_TYPE_REMINDER_SCHEDULER, NULL);
  self->applications = g_object_ref (applications);
  self->items_changed_id = g_signal_connect (applications, "items-changed", G_CALLBACK (items_changed_cb), self);
  return self;
}

void
phoenix_reminder_scheduler_set_clock (PhoenixReminderScheduler *self,
                                      PhoenixReminderClock      clock,
                                      gpointer                  user_data)
{
  g_return_if_fail (PHOENIX_IS_REMINDER_SCHEDULER (self));

  self->clock = clock;
  self->clock_data = user_data;
  arm (self);
}

guint
phoenix_reminder_scheduler_check (PhoenixReminderScheduler *self)
{
  g_autoptr(GPtrArray) due = NULL;
  gint64 t;

  g_return_val_if_fail (PHOENIX_IS_REMINDER_SCHEDULER (self), 0);

  t = now (self);
  due = phoenix_application_reminders_due (self->applications, t);
  for (guint i = 0; i < due->len; i++)
    {
      PhoenixJobApplication *app = due->pdata[i];

      g_signal_emit (self, signals[DUE], 0, app);
      if (phoenix_job_application_get_follow_up_due (app) != 0)
        phoenix_job_application_set_reminded_at (app, t);
    }
  arm (self);
  return due->len;
}

gint64
phoenix_reminder_scheduler_get_next_due (PhoenixReminderScheduler *self)
{
  gint64 next = 0;

  g_return_val_if_fail (PHOENIX_IS_REMINDER_SCHEDULER (self), 0);

  for (guint i = 0; i < g_list_model_get_n_items (self->applications); i++)
    {
      g_autoptr(PhoenixJobApplication) app = g_list_model_get_item (self->applications, i);
      gint64 when = phoenix_job_application_get_follow_up_due (app);

      if (when != 0 && (next == 0 || when < next))
        next = when;
    }
  return next;
}
