/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-follow-up-reminders"

#include "config.h"

#include "phoenix-application-store.h"
#include "phoenix-follow-up-reminders.h"

struct _PhoenixFollowUpReminders
{
  GObject                   parent_instance;

  PhoenixVault             *vault;
  GListStore               *applications;
  PhoenixReminderScheduler *scheduler;
  PhoenixReminderClock      clock;
  gpointer                  clock_data;
  guint                     missed;
  gboolean                  loaded;
};

enum {
  DUE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixFollowUpReminders, phoenix_follow_up_reminders, G_TYPE_OBJECT)

static gint64
now (PhoenixFollowUpReminders *self)
{
  if (self->clock != NULL)
    return self->clock (self->clock_data);
  return g_get_real_time () / G_USEC_PER_SEC;
}

/* Shown once: kept in the vault, so it is not shown again on the next start. */
static void
mark_reminded (PhoenixFollowUpReminders *self,
               PhoenixJobApplication    *app)
{
  PhoenixJobApplication *apps[1] = { app };
  g_autoptr(GError) error = NULL;

  phoenix_job_application_set_reminded_at (app, now (self));
  if (!phoenix_application_store_save (self->vault, apps, 1, &error))
    g_warning ("Could not keep the reminder: %s", error->message);
}

static void
scheduler_due_cb (PhoenixFollowUpReminders *self,
                  PhoenixJobApplication    *app)
{
  mark_reminded (self, app);
  g_signal_emit (self, signals[DUE], 0, app);
}

static void
phoenix_follow_up_reminders_dispose (GObject *object)
{
  PhoenixFollowUpReminders *self = PHOENIX_FOLLOW_UP_REMINDERS (object);

  if (self->scheduler != NULL)
    g_signal_handlers_disconnect_by_data (self->scheduler, self);
  g_clear_object (&self->scheduler);
  g_clear_object (&self->applications);
  g_clear_object (&self->vault);

  G_OBJECT_CLASS (phoenix_follow_up_reminders_parent_class)->dispose (object);
}

static void
phoenix_follow_up_reminders_class_init (PhoenixFollowUpRemindersClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = phoenix_follow_up_reminders_dispose;

  /**
   * PhoenixFollowUpReminders::due:
   * @app: the application to follow up, already marked reminded and saved
   *
   * A follow-up fell due while Phoenix runs: tell the user.
   */
  signals[DUE] = g_signal_new ("due", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                               G_TYPE_NONE, 1, PHOENIX_TYPE_JOB_APPLICATION);
}

static void
phoenix_follow_up_reminders_init (PhoenixFollowUpReminders *self)
{
  self->applications = g_list_store_new (PHOENIX_TYPE_JOB_APPLICATION);
  self->scheduler = phoenix_reminder_scheduler_new (G_LIST_MODEL (self->applications));
  g_signal_connect_object (self->scheduler, "due", G_CALLBACK (scheduler_due_cb), self, G_CONNECT_SWAPPED);
}

PhoenixFollowUpReminders *
phoenix_follow_up_reminders_new (PhoenixVault *vault)
{
  PhoenixFollowUpReminders *self;

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);

  self = g_object_new (PHOENIX_TYPE_FOLLOW_UP_REMINDERS, NULL);
  self->vault = g_object_ref (vault);
  return self;
}

void
phoenix_follow_up_reminders_set_clock (PhoenixFollowUpReminders *self,
                                       PhoenixReminderClock      clock,
                                       gpointer                  user_data)
{
  g_return_if_fail (PHOENIX_IS_FOLLOW_UP_REMINDERS (self));

  self->clock = clock;
  self->clock_data = user_data;
  phoenix_reminder_scheduler_set_clock (self->scheduler, clock, user_data);
}

gboolean
phoenix_follow_up_reminders_load (PhoenixFollowUpReminders  *self,
                                  GError                   **error)
{
  g_autoptr(GListStore) applications = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) due = NULL;

  g_return_val_if_fail (PHOENIX_IS_FOLLOW_UP_REMINDERS (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  applications = phoenix_application_store_list (self->vault, error);
  if (applications == NULL)
    return FALSE;

  /* Follow-ups that fell due while Phoenix was closed: counted for the Letters page's
   * banner, not one notification each. */
  due = phoenix_application_reminders_due (G_LIST_MODEL (applications), now (self));
  for (guint i = 0; i < due->len; i++)
    mark_reminded (self, due->pdata[i]);
  self->missed = due->len;

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (applications)); i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (applications), i));
  g_list_store_splice (self->applications, 0, g_list_model_get_n_items (G_LIST_MODEL (self->applications)),
                       items->pdata, items->len);
  self->loaded = TRUE;
  phoenix_reminder_scheduler_check (self->scheduler);
  return TRUE;
}

gboolean
phoenix_follow_up_reminders_get_loaded (PhoenixFollowUpReminders *self)
{
  g_return_val_if_fail (PHOENIX_IS_FOLLOW_UP_REMINDERS (self), FALSE);

  return self->loaded;
}

GListStore *
phoenix_follow_up_reminders_get_applications (PhoenixFollowUpReminders *self)
{
  g_return_val_if_fail (PHOENIX_IS_FOLLOW_UP_REMINDERS (self), NULL);

  return self->applications;
}

guint
phoenix_follow_up_reminders_take_missed (PhoenixFollowUpReminders *self)
{
  guint missed;

  g_return_val_if_fail (PHOENIX_IS_FOLLOW_UP_REMINDERS (self), 0);

  missed = self->missed;
  self->missed = 0;
  return missed;
}

guint
phoenix_follow_up_reminders_check (PhoenixFollowUpReminders *self)
{
  g_return_val_if_fail (PHOENIX_IS_FOLLOW_UP_REMINDERS (self), 0);

  return phoenix_reminder_scheduler_check (self->scheduler);
}
