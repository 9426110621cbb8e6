/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-training-progress"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-training-progress-private.h"

/* ---- Own and imported trainings ------------------------------------------- */

GPtrArray *
phoenix_training_progress_get_modules (PhoenixTrainingProgress *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), NULL);
  return self->modules;
}

typedef struct
{
  GPtrArray *modules;
  gint64     first_position;
} ModulesWrite;

static gboolean
save_modules_tx (sqlite3  *db,
                 gpointer  data,
                 GError  **error)
{
  ModulesWrite *write_data = data;

  for (guint i = 0; i < write_data->modules->len; i++)
    {
      PhoenixTrainingModule *module = g_ptr_array_index (write_data->modules, i);
      g_autofree char *skills = _phoenix_training_progress_lines_of (phoenix_training_module_get_skills (module));
      g_autofree char *needs = _phoenix_training_progress_lines_of (phoenix_training_module_get_prerequisites (module));
      g_autofree char *funding = _phoenix_training_progress_lines_of (phoenix_training_module_get_funding (module));
      g_autofree char *targets = _phoenix_training_progress_lines_of (phoenix_training_module_get_targets (module));

      if (!_phoenix_training_progress_exec (db, error,
                 "INSERT OR REPLACE INTO training_module (id, origin, source, title, title_en, kind, provider,"
                 " skills, hours, format, level, certifying, certification, code, prerequisites, funding, targets,"
                 " url, position) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,"
                 " ?17, ?18, ?19)",
                 "ssssssssississsssi",
                 phoenix_training_module_get_id (module),
                 phoenix_training_module_get_origin (module) == PHOENIX_MODULE_ORIGIN_IMPORT ? "import" : "user",
                 phoenix_training_module_get_source (module),
                 phoenix_training_module_get_title (module, "fr"),
                 phoenix_training_module_get_title_en (module),
                 phoenix_training_module_get_kind (module),
                 phoenix_training_module_get_provider (module),
                 skills,
                 (gint64) phoenix_training_module_get_hours (module),
                 phoenix_training_module_get_format (module),
                 phoenix_training_module_get_level (module),
                 (gint64) phoenix_training_module_get_certifying (module),
                 phoenix_training_module_get_certification (module),
                 phoenix_training_module_get_code (module),
                 needs, funding, targets,
                 phoenix_training_module_get_url (module),
                 write_data->first_position + i))
        return FALSE;
    }

  return TRUE;
}

gboolean
phoenix_training_progress_save_modules (PhoenixTrainingProgress  *self,
                                        GPtrArray                *modules,
                                        GError                  **error)
{
  ModulesWrite data;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), FALSE);
  g_return_val_if_fail (modules != NULL, FALSE);

  for (guint i = 0; i < modules->len; i++)
    g_return_val_if_fail (phoenix_training_module_get_origin (g_ptr_array_index (modules, i)) !=
                          PHOENIX_MODULE_ORIGIN_STARTER, FALSE);

  data.modules = modules;
  data.first_position = self->modules->len;
  if (!_phoenix_training_progress_write (self, save_modules_tx, &data, error))
    return FALSE;

  for (guint i = 0; i < modules->len; i++)
    {
      PhoenixTrainingModule *module = g_ptr_array_index (modules, i);
      gboolean replaced = FALSE;

      for (guint j = 0; j < self->modules->len && !replaced; j++)
        {
          PhoenixTrainingModule *old = g_ptr_array_index (self->modules, j);

          if (g_str_equal (phoenix_training_module_get_id (old), phoenix_training_module_get_id (module)))
            {
              g_ptr_array_index (self->modules, j) = g_object_ref (module);
              g_object_unref (old);
              replaced = TRUE;
            }
        }
      if (!replaced)
        g_ptr_array_add (self->modules, g_object_ref (module));
    }
  _phoenix_training_progress_emit_changed (self);

  return TRUE;
}

static gboolean
delete_module_tx (sqlite3  *db,
                  gpointer  data,
                  GError  **error)
{
  return _phoenix_training_progress_exec (db, error, "DELETE FROM training_module WHERE id = ?1", "s", (const char *) data) &&
         _phoenix_training_progress_exec (db, error, "DELETE FROM training_progress WHERE module_id = ?1", "s", (const char *) data);
}

gboolean
phoenix_training_progress_delete_module (PhoenixTrainingProgress  *self,
                                         const char               *module_id,
                                         GError                  **error)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), FALSE);
  g_return_val_if_fail (module_id != NULL, FALSE);

  for (guint i = 0; i < self->modules->len; i++)
    {
      PhoenixTrainingModule *module = g_ptr_array_index (self->modules, i);

      if (!g_str_equal (phoenix_training_module_get_id (module), module_id))
        continue;
      if (!_phoenix_training_progress_write (self, delete_module_tx, (gpointer) module_id, error))
        return FALSE;
      g_hash_table_remove (self->states, module_id);
      g_ptr_array_remove_index (self->modules, i);
      _phoenix_training_progress_emit_changed (self);
      return TRUE;
    }

  g_set_error (error, PHOENIX_TRAINING_PROGRESS_ERROR, PHOENIX_TRAINING_PROGRESS_ERROR_NOT_FOUND,
               _("The training “%s” is not one of yours."), module_id);
  return FALSE;
}

/* ---- Coaching checklist ---------------------------------------------------- */

gboolean
phoenix_training_progress_get_coaching_done (PhoenixTrainingProgress *self,
                                             const char              *step)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), FALSE);
  return step != NULL && g_hash_table_contains (self->coaching, step);
}

typedef struct
{
  const char *step;
  gboolean    done;
  const char *day;
} CoachingWrite;

static gboolean
coaching_tx (sqlite3  *db,
             gpointer  data,
             GError  **error)
{
  CoachingWrite *write_data = data;

  return _phoenix_training_progress_exec (db, error, "INSERT OR REPLACE INTO training_coaching (step, done, done_on) VALUES (?1, ?2, ?3)",
               "sis", write_data->step, (gint64) write_data->done, write_data->day);
}

gboolean
phoenix_training_progress_set_coaching_done (PhoenixTrainingProgress  *self,
                                             const char               *step,
                                             gboolean                  done,
                                             GError                  **error)
{
  g_autofree char *today = phoenix_training_today ();
  CoachingWrite data = { step, done, done ? today : "" };

  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), FALSE);
  g_return_val_if_fail (step != NULL && *step != '\0', FALSE);

  if (phoenix_training_progress_get_coaching_done (self, step) == !!done)
    return TRUE;
  if (!_phoenix_training_progress_write (self, coaching_tx, &data, error))
    return FALSE;
  if (done)
    g_hash_table_insert (self->coaching, g_strdup (step), g_strdup (today));
  else
    g_hash_table_remove (self->coaching, step);
  _phoenix_training_progress_emit_changed (self);

  return TRUE;
}
