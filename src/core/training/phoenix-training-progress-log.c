/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-training-progress"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-training-progress-private.h"

/* ---- Log ------------------------------------------------------------------- */

static gboolean
add_log_tx (sqlite3  *db,
            gpointer  data,
            GError  **error)
{
  PhoenixTrainingLogEntry *entry = data;

  if (!_phoenix_training_progress_exec (db, error,
             "INSERT INTO training_log (day, module_id, hours, note, created_at) VALUES (?1, ?2, ?3, ?4, ?5)",
             "ssdsi", entry->day, entry->module_id, entry->hours, entry->note,
             (gint64) (g_get_real_time () / G_USEC_PER_SEC)))
    return FALSE;
  entry->id = sqlite3_last_insert_rowid (db);

  return TRUE;
}

gboolean
phoenix_training_progress_add_log (PhoenixTrainingProgress  *self,
                                   const char               *day,
                                   const char               *module_id,
                                   double                    hours,
                                   const char               *note,
                                   GError                  **error)
{
  PhoenixTrainingLogEntry *entry;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), FALSE);

  if (!_phoenix_training_progress_check_day (day, error))
    return FALSE;
  trimmed = g_strstrip (g_strdup (note != NULL ? note : ""));
  if (!(hours >= 0 && hours <= PHOENIX_TRAINING_MAX_HOURS_PER_DAY))
    {
      g_set_error (error, PHOENIX_TRAINING_PROGRESS_ERROR, PHOENIX_TRAINING_PROGRESS_ERROR_INVALID,
                   _("Log between 0 and %d hours for one day."), (int) PHOENIX_TRAINING_MAX_HOURS_PER_DAY);
      return FALSE;
    }
  if (hours == 0 && *trimmed == '\0')
    {
      g_set_error_literal (error, PHOENIX_TRAINING_PROGRESS_ERROR, PHOENIX_TRAINING_PROGRESS_ERROR_INVALID,
                           _("Log some hours or write a note."));
      return FALSE;
    }
  if (strlen (trimmed) > PHOENIX_TRAINING_MAX_NOTE || !g_utf8_validate (trimmed, -1, NULL))
    {
      g_set_error_literal (error, PHOENIX_TRAINING_PROGRESS_ERROR, PHOENIX_TRAINING_PROGRESS_ERROR_INVALID,
                           _("The note is too long."));
      return FALSE;
    }

  entry = g_new0 (PhoenixTrainingLogEntry, 1);
  entry->day = g_strdup (day);
  entry->module_id = g_strdup (module_id != NULL ? module_id : "");
  entry->hours = hours;
  entry->note = g_steal_pointer (&trimmed);
  if (!_phoenix_training_progress_write (self, add_log_tx, entry, error))
    {
      _phoenix_training_progress_free_log_entry (entry);
      return FALSE;
    }
  if (self->vault == NULL)
    {
      gint64 last = 0;

      for (guint i = 0; i < self->log->len; i++)
        last = MAX (last, ((PhoenixTrainingLogEntry *) g_ptr_array_index (self->log, i))->id);
      entry->id = last + 1;
    }
  g_ptr_array_add (self->log, entry);
  g_ptr_array_sort (self->log, _phoenix_training_progress_compare_log);
  _phoenix_training_progress_emit_changed (self);

  return TRUE;
}

static gboolean
remove_log_tx (sqlite3  *db,
               gpointer  data,
               GError  **error)
{
  return _phoenix_training_progress_exec (db, error, "DELETE FROM training_log WHERE id = ?1", "i", *(gint64 *) data);
}

gboolean
phoenix_training_progress_remove_log (PhoenixTrainingProgress  *self,
                                      gint64                    id,
                                      GError                  **error)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), FALSE);

  for (guint i = 0; i < self->log->len; i++)
    {
      PhoenixTrainingLogEntry *entry = g_ptr_array_index (self->log, i);

      if (entry->id != id)
        continue;
      if (!_phoenix_training_progress_write (self, remove_log_tx, &id, error))
        return FALSE;
      g_ptr_array_remove_index (self->log, i);
      _phoenix_training_progress_emit_changed (self);
      return TRUE;
    }

  return TRUE;
}

GPtrArray *
phoenix_training_progress_get_log (PhoenixTrainingProgress *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), NULL);
  return self->log;
}

double
phoenix_training_progress_get_hours_logged (PhoenixTrainingProgress *self,
                                            const char              *module_id)
{
  double hours = 0.0;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), 0.0);

  for (guint i = 0; i < self->log->len; i++)
    {
      PhoenixTrainingLogEntry *entry = g_ptr_array_index (self->log, i);

      if (module_id == NULL || g_str_equal (entry->module_id, module_id))
        hours += entry->hours;
    }

  return hours;
}

/* The julian day of the Monday starting @day's week. */
static guint32
week_start (const GDate *day)
{
  return g_date_get_julian (day) - ((guint32) g_date_get_weekday (day) - G_DATE_MONDAY);
}

/* Hours logged per week, keyed by the julian day of the week's Monday. */
static GHashTable *
hours_by_week (PhoenixTrainingProgress *self)
{
  GHashTable *weeks = g_hash_table_new_full (NULL, NULL, NULL, g_free);

  for (guint i = 0; i < self->log->len; i++)
    {
      PhoenixTrainingLogEntry *entry = g_ptr_array_index (self->log, i);
      GDate date;
      double *hours;
      guint32 monday;

      if (!phoenix_training_parse_day (entry->day, &date))
        continue;
      monday = week_start (&date);
      hours = g_hash_table_lookup (weeks, GUINT_TO_POINTER (monday));
      if (hours == NULL)
        {
          hours = g_new0 (double, 1);
          g_hash_table_insert (weeks, GUINT_TO_POINTER (monday), hours);
        }
      *hours += entry->hours;
    }

  return weeks;
}

double
phoenix_training_progress_get_week_hours (PhoenixTrainingProgress *self,
                                          GDate                   *day)
{
  g_autoptr(GHashTable) weeks = NULL;
  double *hours;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), 0.0);
  g_return_val_if_fail (day != NULL && g_date_valid (day), 0.0);

  weeks = hours_by_week (self);
  hours = g_hash_table_lookup (weeks, GUINT_TO_POINTER (week_start (day)));

  return hours != NULL ? *hours : 0.0;
}

guint
phoenix_training_progress_get_streak (PhoenixTrainingProgress *self,
                                      GDate                   *today)
{
  g_autoptr(GHashTable) weeks = NULL;
  guint32 monday;
  guint streak = 0;
  double *hours;
  /* A goal met within rounding (5.999… of 6 hours). */
  double goal;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  goal = self->hours_per_week - 1e-9;
  weeks = hours_by_week (self);
  monday = week_start (today);
  hours = g_hash_table_lookup (weeks, GUINT_TO_POINTER (monday));
  /* This week counts once it reaches the goal; until then the streak runs to last week. */
  if (hours == NULL || *hours < goal)
    monday -= 7;
  while (monday > 7)
    {
      hours = g_hash_table_lookup (weeks, GUINT_TO_POINTER (monday));
      if (hours == NULL || *hours < goal)
        break;
      streak++;
      monday -= 7;
    }

  return streak;
}

