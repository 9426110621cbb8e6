/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-training-progress"

#include "config.h"

#include <glib/gi18n.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "phoenix-training-progress-private.h"

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixTrainingProgress, phoenix_training_progress, G_TYPE_OBJECT)

G_DEFINE_QUARK (phoenix-training-progress-error-quark, phoenix_training_progress_error)

static const char * const status_names[] = { "planned", "started", "done" };
static const char * const certificate_names[] = { "", "added", "declined" };

static void
free_state (gpointer data)
{
  ModuleState *state = data;

  g_free (state->started_on);
  g_free (state->done_on);
  g_free (state);
}

void
_phoenix_training_progress_free_log_entry (gpointer data)
{
  PhoenixTrainingLogEntry *entry = data;

  g_free (entry->day);
  g_free (entry->module_id);
  g_free (entry->note);
  g_free (entry);
}

int
_phoenix_training_progress_compare_log (gconstpointer a,
             gconstpointer b)
{
  const PhoenixTrainingLogEntry *ea = *(PhoenixTrainingLogEntry * const *) a;
  const PhoenixTrainingLogEntry *eb = *(PhoenixTrainingLogEntry * const *) b;
  int cmp = strcmp (eb->day, ea->day);

  if (cmp != 0)
    return cmp;
  return ea->id < eb->id ? 1 : ea->id > eb->id ? -1 : 0;
}

/* ---- SQL ------------------------------------------------------------------- */

/*
 * Runs @sql with its parameters, described by @types: 's' text, 'i' gint64,
 * 'd' double, one letter a parameter.
 */
gboolean
_phoenix_training_progress_exec (sqlite3     *db,
      GError     **error,
      const char  *sql,
      const char  *types,
      ...)
{
  sqlite3_stmt *stmt = NULL;
  va_list args;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }
  va_start (args, types);
  for (int i = 0; types[i] != '\0'; i++)
    {
      if (types[i] == 's')
        sqlite3_bind_text (stmt, i + 1, va_arg (args, const char *), -1, SQLITE_TRANSIENT);
      else if (types[i] == 'i')
        sqlite3_bind_int64 (stmt, i + 1, va_arg (args, gint64));
      else
        sqlite3_bind_double (stmt, i + 1, va_arg (args, double));
    }
  va_end (args);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

const char *
_phoenix_training_progress_column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

char *
_phoenix_training_progress_lines_of (const char * const *values)
{
  return values != NULL ? g_strjoinv ("\n", (char **) values) : g_strdup ("");
}

char **
_phoenix_training_progress_split_lines (const char *text)
{
  g_auto(GStrv) parts = g_strsplit (text, "\n", -1);
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      if (*parts[i] != '\0')
        g_ptr_array_add (out, g_strdup (parts[i]));
    }
  g_ptr_array_add (out, NULL);

  return (char **) g_ptr_array_free (out, FALSE);
}

/* Writes through the vault when there is one. */
gboolean
_phoenix_training_progress_write (PhoenixTrainingProgress  *self,
               WriteFunc                 func,
               gpointer                  data,
               GError                  **error)
{
  if (self->vault == NULL)
    return TRUE;

  return _phoenix_vault_transaction (self->vault, (PhoenixVaultTxFunc) func, data, error);
}

void
_phoenix_training_progress_emit_changed (PhoenixTrainingProgress *self)
{
  g_signal_emit (self, signals[CHANGED], 0);
}

/* ---- GObject --------------------------------------------------------------- */

static void
phoenix_training_progress_dispose (GObject *object)
{
  PhoenixTrainingProgress *self = PHOENIX_TRAINING_PROGRESS (object);

  g_clear_object (&self->vault);

  G_OBJECT_CLASS (phoenix_training_progress_parent_class)->dispose (object);
}

static void
phoenix_training_progress_finalize (GObject *object)
{
  PhoenixTrainingProgress *self = PHOENIX_TRAINING_PROGRESS (object);

  g_ptr_array_unref (self->targets);
  g_free (self->active);
  g_free (self->deadline);
  g_hash_table_unref (self->states);
  g_ptr_array_unref (self->log);
  g_ptr_array_unref (self->modules);
  g_hash_table_unref (self->coaching);

  G_OBJECT_CLASS (phoenix_training_progress_parent_class)->finalize (object);
}

static void
phoenix_training_progress_class_init (PhoenixTrainingProgressClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phoenix_training_progress_dispose;
  object_class->finalize = phoenix_training_progress_finalize;

  /**
   * PhoenixTrainingProgress::changed:
   *
   * Anything changed: targets, settings, a module's status, the log, the trainings or the checklist.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
phoenix_training_progress_init (PhoenixTrainingProgress *self)
{
  self->targets = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->targets, NULL);
  self->active = g_strdup ("");
  self->hours_per_week = 6.0;
  self->deadline = g_strdup ("");
  self->states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_state);
  self->log = g_ptr_array_new_with_free_func (_phoenix_training_progress_free_log_entry);
  self->modules = g_ptr_array_new_with_free_func (g_object_unref);
  self->coaching = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

PhoenixTrainingProgress *
phoenix_training_progress_new (PhoenixVault *vault)
{
  PhoenixTrainingProgress *self;

  g_return_val_if_fail (vault == NULL || PHOENIX_IS_VAULT (vault), NULL);

  self = g_object_new (PHOENIX_TYPE_TRAINING_PROGRESS, NULL);
  self->vault = vault != NULL ? g_object_ref (vault) : NULL;

  return self;
}

PhoenixTrainingProgress *
phoenix_training_progress_copy (PhoenixTrainingProgress *self)
{
  PhoenixTrainingProgress *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), NULL);

  copy = phoenix_training_progress_new (NULL);
  g_ptr_array_set_size (copy->targets, 0);
  for (guint i = 0; i + 1 < self->targets->len; i++)
    g_ptr_array_add (copy->targets, g_strdup (g_ptr_array_index (self->targets, i)));
  g_ptr_array_add (copy->targets, NULL);
  g_free (copy->active);
  copy->active = g_strdup (self->active);
  copy->hours_per_week = self->hours_per_week;
  g_free (copy->deadline);
  copy->deadline = g_strdup (self->deadline);
  g_hash_table_iter_init (&iter, self->states);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      ModuleState *state = value;
      ModuleState *twin = g_new0 (ModuleState, 1);

      twin->status = state->status;
      twin->started_on = g_strdup (state->started_on);
      twin->done_on = g_strdup (state->done_on);
      twin->certificate = state->certificate;
      g_hash_table_insert (copy->states, g_strdup (key), twin);
    }
  for (guint i = 0; i < self->log->len; i++)
    {
      PhoenixTrainingLogEntry *entry = g_ptr_array_index (self->log, i);
      PhoenixTrainingLogEntry *twin = g_new0 (PhoenixTrainingLogEntry, 1);

      twin->id = entry->id;
      twin->day = g_strdup (entry->day);
      twin->module_id = g_strdup (entry->module_id);
      twin->hours = entry->hours;
      twin->note = g_strdup (entry->note);
      g_ptr_array_add (copy->log, twin);
    }
  for (guint i = 0; i < self->modules->len; i++)
    g_ptr_array_add (copy->modules, g_object_ref (g_ptr_array_index (self->modules, i)));
  g_hash_table_iter_init (&iter, self->coaching);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->coaching, g_strdup (key), g_strdup (value));

  return copy;
}

/* ---- Loading --------------------------------------------------------------- */

typedef struct
{
  GPtrArray  *targets;
  char       *active;
  double      hours_per_week;
  char       *deadline;
  GHashTable *states;
  GPtrArray  *log;
  GPtrArray  *modules;
  GHashTable *coaching;
} Loaded;

static gboolean
query (sqlite3       *db,
       const char    *sql,
       sqlite3_stmt **stmt,
       GError       **error)
{
  int rc = sqlite3_prepare_v2 (db, sql, -1, stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

static gboolean
finish_query (sqlite3       *db,
              sqlite3_stmt  *stmt,
              int            rc,
              GError       **error)
{
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

static PhoenixModuleStatus
parse_status (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_names); i++)
    {
      if (g_strcmp0 (name, status_names[i]) == 0)
        return (PhoenixModuleStatus) i;
    }

  return PHOENIX_MODULE_PLANNED;
}

static PhoenixCertificateState
parse_certificate (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (certificate_names); i++)
    {
      if (g_strcmp0 (name, certificate_names[i]) == 0)
        return (PhoenixCertificateState) i;
    }

  return PHOENIX_CERTIFICATE_PENDING;
}

static gboolean
load_all (sqlite3  *db,
          Loaded   *loaded,
          GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc;

  if (!query (db, "SELECT code, active FROM training_target ORDER BY position, code", &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_ptr_array_add (loaded->targets, g_strdup (_phoenix_training_progress_column_text (stmt, 0)));
      if (sqlite3_column_int (stmt, 1) && *loaded->active == '\0')
        {
          g_free (loaded->active);
          loaded->active = g_strdup (_phoenix_training_progress_column_text (stmt, 0));
        }
    }
  if (!finish_query (db, stmt, rc, error))
    return FALSE;

  if (!query (db, "SELECT hours_per_week, deadline FROM training_settings WHERE id = 1", &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      loaded->hours_per_week = sqlite3_column_double (stmt, 0);
      g_free (loaded->deadline);
      loaded->deadline = g_strdup (_phoenix_training_progress_column_text (stmt, 1));
    }
  if (!finish_query (db, stmt, rc, error))
    return FALSE;

  if (!query (db, "SELECT module_id, status, started_on, done_on, certificate FROM training_progress",
              &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      ModuleState *state = g_new0 (ModuleState, 1);

      state->status = parse_status (_phoenix_training_progress_column_text (stmt, 1));
      state->started_on = g_strdup (_phoenix_training_progress_column_text (stmt, 2));
      state->done_on = g_strdup (_phoenix_training_progress_column_text (stmt, 3));
      state->certificate = parse_certificate (_phoenix_training_progress_column_text (stmt, 4));
      g_hash_table_insert (loaded->states, g_strdup (_phoenix_training_progress_column_text (stmt, 0)), state);
    }
  if (!finish_query (db, stmt, rc, error))
    return FALSE;

  if (!query (db, "SELECT id, day, module_id, hours, note FROM training_log ORDER BY day DESC, id DESC",
              &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PhoenixTrainingLogEntry *entry = g_new0 (PhoenixTrainingLogEntry, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->day = g_strdup (_phoenix_training_progress_column_text (stmt, 1));
      entry->module_id = g_strdup (_phoenix_training_progress_column_text (stmt, 2));
      entry->hours = sqlite3_column_double (stmt, 3);
      entry->note = g_strdup (_phoenix_training_progress_column_text (stmt, 4));
      g_ptr_array_add (loaded->log, entry);
    }
  if (!finish_query (db, stmt, rc, error))
    return FALSE;

  if (!query (db,
              "SELECT id, origin, source, title, title_en, kind, provider, skills, hours, format, level,"
              " certifying, certification, code, prerequisites, funding, targets, url"
              " FROM training_module ORDER BY position, id", &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PhoenixTrainingModule *module = phoenix_training_module_new (_phoenix_training_progress_column_text (stmt, 0), _phoenix_training_progress_column_text (stmt, 3));
      g_auto(GStrv) skills = _phoenix_training_progress_split_lines (_phoenix_training_progress_column_text (stmt, 7));
      g_auto(GStrv) needs = _phoenix_training_progress_split_lines (_phoenix_training_progress_column_text (stmt, 14));
      g_auto(GStrv) funding = _phoenix_training_progress_split_lines (_phoenix_training_progress_column_text (stmt, 15));
      g_auto(GStrv) targets = _phoenix_training_progress_split_lines (_phoenix_training_progress_column_text (stmt, 16));

      phoenix_training_module_set_origin (module, g_str_equal (_phoenix_training_progress_column_text (stmt, 1), "import") ?
                                          PHOENIX_MODULE_ORIGIN_IMPORT : PHOENIX_MODULE_ORIGIN_USER);
      phoenix_training_module_set_source (module, _phoenix_training_progress_column_text (stmt, 2));
      phoenix_training_module_set_title_en (module, _phoenix_training_progress_column_text (stmt, 4));
      phoenix_training_module_set_kind (module, _phoenix_training_progress_column_text (stmt, 5));
      phoenix_training_module_set_provider (module, _phoenix_training_progress_column_text (stmt, 6));
      phoenix_training_module_set_skills (module, (const char * const *) skills);
      phoenix_training_module_set_hours (module, (guint) MAX (0, sqlite3_column_int (stmt, 8)));
      phoenix_training_module_set_format (module, _phoenix_training_progress_column_text (stmt, 9));
      phoenix_training_module_set_level (module, _phoenix_training_progress_column_text (stmt, 10));
      phoenix_training_module_set_certifying (module, sqlite3_column_int (stmt, 11) != 0);
      phoenix_training_module_set_certification (module, _phoenix_training_progress_column_text (stmt, 12));
      phoenix_training_module_set_code (module, _phoenix_training_progress_column_text (stmt, 13));
      phoenix_training_module_set_prerequisites (module, (const char * const *) needs);
      phoenix_training_module_set_funding (module, (const char * const *) funding);
      phoenix_training_module_set_targets (module, (const char * const *) targets);
      phoenix_training_module_set_url (module, _phoenix_training_progress_column_text (stmt, 17));
      g_ptr_array_add (loaded->modules, module);
    }
  if (!finish_query (db, stmt, rc, error))
    return FALSE;

  if (!query (db, "SELECT step, done_on FROM training_coaching WHERE done = 1", &stmt, error))
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (loaded->coaching, g_strdup (_phoenix_training_progress_column_text (stmt, 0)), g_strdup (_phoenix_training_progress_column_text (stmt, 1)));

  return finish_query (db, stmt, rc, error);
}

gboolean
phoenix_training_progress_load (PhoenixTrainingProgress  *self,
                                GError                  **error)
{
  Loaded loaded = { 0, };
  sqlite3 *db;
  gboolean ok;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), FALSE);

  if (self->vault == NULL)
    return TRUE;
  db = _phoenix_vault_get_db (self->vault);
  if (db == NULL)
    {
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED, _("The vault is locked."));
      return FALSE;
    }

  loaded.targets = g_ptr_array_new_with_free_func (g_free);
  loaded.active = g_strdup ("");
  loaded.hours_per_week = 6.0;
  loaded.deadline = g_strdup ("");
  loaded.states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, free_state);
  loaded.log = g_ptr_array_new_with_free_func (_phoenix_training_progress_free_log_entry);
  loaded.modules = g_ptr_array_new_with_free_func (g_object_unref);
  loaded.coaching = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  ok = load_all (db, &loaded, error);
  if (ok)
    {
      g_ptr_array_add (loaded.targets, NULL);
      if (*loaded.active == '\0' && loaded.targets->len > 1)
        {
          g_free (loaded.active);
          loaded.active = g_strdup (g_ptr_array_index (loaded.targets, 0));
        }
      g_ptr_array_unref (self->targets);
      self->targets = g_steal_pointer (&loaded.targets);
      g_free (self->active);
      self->active = g_steal_pointer (&loaded.active);
      self->hours_per_week = loaded.hours_per_week > 0 ? loaded.hours_per_week : 6.0;
      g_free (self->deadline);
      self->deadline = g_steal_pointer (&loaded.deadline);
      g_hash_table_unref (self->states);
      self->states = g_steal_pointer (&loaded.states);
      g_ptr_array_unref (self->log);
      self->log = g_steal_pointer (&loaded.log);
      g_ptr_array_unref (self->modules);
      self->modules = g_steal_pointer (&loaded.modules);
      g_hash_table_unref (self->coaching);
      self->coaching = g_steal_pointer (&loaded.coaching);
      _phoenix_training_progress_emit_changed (self);
    }
  g_clear_pointer (&loaded.targets, g_ptr_array_unref);
  g_free (loaded.active);
  g_free (loaded.deadline);
  g_clear_pointer (&loaded.states, g_hash_table_unref);
  g_clear_pointer (&loaded.log, g_ptr_array_unref);
  g_clear_pointer (&loaded.modules, g_ptr_array_unref);
  g_clear_pointer (&loaded.coaching, g_hash_table_unref);

  return ok;
}

/* ---- Dates ----------------------------------------------------------------- */

char *
phoenix_training_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

gboolean
phoenix_training_parse_day (const char *day,
                            GDate      *date)
{
  guint year, month, dayn;
  char tail;

  g_return_val_if_fail (date != NULL, FALSE);

  if (day == NULL || strlen (day) != 10 || sscanf (day, "%4u-%2u-%2u%c", &year, &month, &dayn, &tail) != 3 ||
      !g_date_valid_dmy ((GDateDay) dayn, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) dayn, (GDateMonth) month, (GDateYear) year);

  return TRUE;
}

gboolean
_phoenix_training_progress_check_day (const char  *day,
           GError     **error)
{
  GDate date;

  if (phoenix_training_parse_day (day, &date))
    return TRUE;
  g_set_error (error, PHOENIX_TRAINING_PROGRESS_ERROR, PHOENIX_TRAINING_PROGRESS_ERROR_INVALID,
               _("“%s” is not a date (year-month-day, such as 2025-09-30)."), day != NULL ? day : "");

  return FALSE;
}

/* ---- Targets --------------------------------------------------------------- */

const char * const *
phoenix_training_progress_get_targets (PhoenixTrainingProgress *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), NULL);
  return (const char * const *) self->targets->pdata;
}

const char *
phoenix_training_progress_get_active_target (PhoenixTrainingProgress *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), NULL);
  return self->active;
}

typedef struct
{
  const char *code;
  gboolean    active;
  gint64      position;
} TargetWrite;

static gboolean
add_target_tx (sqlite3  *db,
               gpointer  data,
               GError  **error)
{
  TargetWrite *write_data = data;

  if (write_data->active && !_phoenix_training_progress_exec (db, error, "UPDATE training_target SET active = 0", ""))
    return FALSE;

  return _phoenix_training_progress_exec (db, error,
               "INSERT OR REPLACE INTO training_target (code, position, active, added_at) VALUES (?1, ?2, ?3, ?4)",
               "siii", write_data->code, write_data->position, (gint64) write_data->active,
               (gint64) (g_get_real_time () / G_USEC_PER_SEC));
}

static gboolean
has_target (PhoenixTrainingProgress *self,
            const char              *code)
{
  return g_strv_contains ((const char * const *) self->targets->pdata, code);
}

gboolean
phoenix_training_progress_add_target (PhoenixTrainingProgress  *self,
                                      const char               *code,
                                      gboolean                  make_active,
                                      GError                  **error)
{
  TargetWrite data;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), FALSE);
  g_return_val_if_fail (code != NULL && *code != '\0', FALSE);

  if (has_target (self, code))
    return make_active ? phoenix_training_progress_set_active_target (self, code, error) : TRUE;

  data.code = code;
  data.active = make_active || *self->active == '\0';
  data.position = self->targets->len;
  if (!_phoenix_training_progress_write (self, add_target_tx, &data, error))
    return FALSE;

  g_ptr_array_insert (self->targets, (int) self->targets->len - 1, g_strdup (code));
  if (data.active)
    {
      g_free (self->active);
      self->active = g_strdup (code);
    }
  _phoenix_training_progress_emit_changed (self);

  return TRUE;
}

typedef struct
{
  const char *code;
  const char *next_active;
} RemoveTarget;

static gboolean
remove_target_tx (sqlite3  *db,
                  gpointer  data,
                  GError  **error)
{
  RemoveTarget *remove = data;

  if (!_phoenix_training_progress_exec (db, error, "DELETE FROM training_target WHERE code = ?1", "s", remove->code))
    return FALSE;
  if (remove->next_active != NULL)
    return _phoenix_training_progress_exec (db, error, "UPDATE training_target SET active = (code = ?1)", "s", remove->next_active);

  return TRUE;
}

gboolean
phoenix_training_progress_remove_target (PhoenixTrainingProgress  *self,
                                         const char               *code,
                                         GError                  **error)
{
  RemoveTarget data = { code, NULL };

  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  if (!has_target (self, code))
    return TRUE;
  if (g_str_equal (code, self->active))
    {
      /* The first other target becomes active. */
      for (guint i = 0; i + 1 < self->targets->len && data.next_active == NULL; i++)
        {
          if (!g_str_equal (g_ptr_array_index (self->targets, i), code))
            data.next_active = g_ptr_array_index (self->targets, i);
        }
    }
  if (!_phoenix_training_progress_write (self, remove_target_tx, &data, error))
    return FALSE;

  if (g_str_equal (code, self->active))
    {
      char *next = g_strdup (data.next_active != NULL ? data.next_active : "");

      g_free (self->active);
      self->active = next;
    }
  for (guint i = 0; i + 1 < self->targets->len; i++)
    {
      if (g_str_equal (g_ptr_array_index (self->targets, i), code))
        {
          g_ptr_array_remove_index (self->targets, i);
          break;
        }
    }
  _phoenix_training_progress_emit_changed (self);

  return TRUE;
}

static gboolean
set_active_tx (sqlite3  *db,
               gpointer  data,
               GError  **error)
{
  return _phoenix_training_progress_exec (db, error, "UPDATE training_target SET active = (code = ?1)", "s", (const char *) data);
}

gboolean
phoenix_training_progress_set_active_target (PhoenixTrainingProgress  *self,
                                             const char               *code,
                                             GError                  **error)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);

  if (!has_target (self, code))
    {
      g_set_error (error, PHOENIX_TRAINING_PROGRESS_ERROR, PHOENIX_TRAINING_PROGRESS_ERROR_NOT_FOUND,
                   _("“%s” is not one of your target jobs."), code);
      return FALSE;
    }
  if (g_str_equal (code, self->active))
    return TRUE;
  if (!_phoenix_training_progress_write (self, set_active_tx, (gpointer) code, error))
    return FALSE;
  g_free (self->active);
  self->active = g_strdup (code);
  _phoenix_training_progress_emit_changed (self);

  return TRUE;
}

/* ---- Settings -------------------------------------------------------------- */

double
phoenix_training_progress_get_hours_per_week (PhoenixTrainingProgress *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), 0.0);
  return self->hours_per_week;
}

static gboolean
set_hours_tx (sqlite3  *db,
              gpointer  data,
              GError  **error)
{
  return _phoenix_training_progress_exec (db, error, "UPDATE training_settings SET hours_per_week = ?1 WHERE id = 1", "d", *(double *) data);
}

gboolean
phoenix_training_progress_set_hours_per_week (PhoenixTrainingProgress  *self,
                                              double                    hours,
                                              GError                  **error)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), FALSE);

  if (!(hours >= 0.5 && hours <= PHOENIX_TRAINING_MAX_HOURS_PER_WEEK))
    {
      g_set_error (error, PHOENIX_TRAINING_PROGRESS_ERROR, PHOENIX_TRAINING_PROGRESS_ERROR_INVALID,
                   _("Choose between half an hour and %d hours a week."), (int) PHOENIX_TRAINING_MAX_HOURS_PER_WEEK);
      return FALSE;
    }
  if (hours == self->hours_per_week)
    return TRUE;
  if (!_phoenix_training_progress_write (self, set_hours_tx, &hours, error))
    return FALSE;
  self->hours_per_week = hours;
  _phoenix_training_progress_emit_changed (self);

  return TRUE;
}

const char *
phoenix_training_progress_get_deadline (PhoenixTrainingProgress *self)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), NULL);
  return self->deadline;
}

static gboolean
set_deadline_tx (sqlite3  *db,
                 gpointer  data,
                 GError  **error)
{
  return _phoenix_training_progress_exec (db, error, "UPDATE training_settings SET deadline = ?1 WHERE id = 1", "s", (const char *) data);
}

gboolean
phoenix_training_progress_set_deadline (PhoenixTrainingProgress  *self,
                                        const char               *deadline,
                                        GError                  **error)
{
  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), FALSE);

  if (deadline == NULL)
    deadline = "";
  if (*deadline != '\0' && !_phoenix_training_progress_check_day (deadline, error))
    return FALSE;
  if (g_str_equal (deadline, self->deadline))
    return TRUE;
  if (!_phoenix_training_progress_write (self, set_deadline_tx, (gpointer) deadline, error))
    return FALSE;
  g_free (self->deadline);
  self->deadline = g_strdup (deadline);
  _phoenix_training_progress_emit_changed (self);

  return TRUE;
}

/* ---- Module status --------------------------------------------------------- */

PhoenixModuleStatus
phoenix_training_progress_get_status (PhoenixTrainingProgress *self,
                                      const char              *module_id)
{
  ModuleState *state;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), PHOENIX_MODULE_PLANNED);

  state = module_id != NULL ? g_hash_table_lookup (self->states, module_id) : NULL;

  return state != NULL ? state->status : PHOENIX_MODULE_PLANNED;
}

const char *
phoenix_training_progress_get_done_on (PhoenixTrainingProgress *self,
                                       const char              *module_id)
{
  ModuleState *state;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), NULL);

  state = module_id != NULL ? g_hash_table_lookup (self->states, module_id) : NULL;

  return state != NULL && state->status == PHOENIX_MODULE_DONE ? state->done_on : "";
}

static int
compare_ids (gconstpointer a,
             gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

char **
phoenix_training_progress_list_touched (PhoenixTrainingProgress *self)
{
  GPtrArray *ids = g_ptr_array_new ();
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), NULL);

  g_hash_table_iter_init (&iter, self->states);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (((ModuleState *) value)->status != PHOENIX_MODULE_PLANNED)
        g_ptr_array_add (ids, g_strdup (key));
    }
  g_ptr_array_sort (ids, compare_ids);
  g_ptr_array_add (ids, NULL);

  return (char **) g_ptr_array_free (ids, FALSE);
}

PhoenixCertificateState
phoenix_training_progress_get_certificate (PhoenixTrainingProgress *self,
                                           const char              *module_id)
{
  ModuleState *state;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), PHOENIX_CERTIFICATE_PENDING);

  state = module_id != NULL ? g_hash_table_lookup (self->states, module_id) : NULL;

  return state != NULL ? state->certificate : PHOENIX_CERTIFICATE_PENDING;
}

typedef struct
{
  const char  *id;
  ModuleState *state;
} StateWrite;

static gboolean
state_tx (sqlite3  *db,
          gpointer  data,
          GError  **error)
{
  StateWrite *write_data = data;

  return _phoenix_training_progress_exec (db, error,
               "INSERT OR REPLACE INTO training_progress (module_id, status, started_on, done_on, certificate)"
               " VALUES (?1, ?2, ?3, ?4, ?5)", "sssss", write_data->id,
               status_names[write_data->state->status], write_data->state->started_on,
               write_data->state->done_on, certificate_names[write_data->state->certificate]);
}

static gboolean
store_state (PhoenixTrainingProgress  *self,
             const char               *module_id,
             ModuleState              *state,
             GError                  **error)
{
  StateWrite data = { module_id, state };

  if (!_phoenix_training_progress_write (self, state_tx, &data, error))
    {
      free_state (state);
      return FALSE;
    }
  g_hash_table_insert (self->states, g_strdup (module_id), state);
  _phoenix_training_progress_emit_changed (self);

  return TRUE;
}

static ModuleState *
copy_state (PhoenixTrainingProgress *self,
            const char              *module_id)
{
  ModuleState *old = g_hash_table_lookup (self->states, module_id);
  ModuleState *state = g_new0 (ModuleState, 1);

  state->status = old != NULL ? old->status : PHOENIX_MODULE_PLANNED;
  state->started_on = g_strdup (old != NULL ? old->started_on : "");
  state->done_on = g_strdup (old != NULL ? old->done_on : "");
  state->certificate = old != NULL ? old->certificate : PHOENIX_CERTIFICATE_PENDING;

  return state;
}

gboolean
phoenix_training_progress_set_status (PhoenixTrainingProgress  *self,
                                      const char               *module_id,
                                      PhoenixModuleStatus       status,
                                      const char               *day,
                                      GError                  **error)
{
  g_autofree char *today = NULL;
  ModuleState *state;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), FALSE);
  g_return_val_if_fail (module_id != NULL && *module_id != '\0', FALSE);
  g_return_val_if_fail (status <= PHOENIX_MODULE_DONE, FALSE);

  if (day == NULL)
    day = today = phoenix_training_today ();
  if (!_phoenix_training_progress_check_day (day, error))
    return FALSE;
  if (phoenix_training_progress_get_status (self, module_id) == status)
    return TRUE;

  state = copy_state (self, module_id);
  state->status = status;
  if (status == PHOENIX_MODULE_PLANNED)
    {
      g_free (state->started_on);
      state->started_on = g_strdup ("");
    }
  else if (*state->started_on == '\0')
    {
      g_free (state->started_on);
      state->started_on = g_strdup (day);
    }
  g_free (state->done_on);
  state->done_on = g_strdup (status == PHOENIX_MODULE_DONE ? day : "");

  return store_state (self, module_id, state, error);
}

gboolean
phoenix_training_progress_set_certificate (PhoenixTrainingProgress  *self,
                                           const char               *module_id,
                                           PhoenixCertificateState   certificate,
                                           GError                  **error)
{
  ModuleState *state;

  g_return_val_if_fail (PHOENIX_IS_TRAINING_PROGRESS (self), FALSE);
  g_return_val_if_fail (module_id != NULL && *module_id != '\0', FALSE);
  g_return_val_if_fail (certificate <= PHOENIX_CERTIFICATE_DECLINED, FALSE);

  if (phoenix_training_progress_get_certificate (self, module_id) == certificate)
    return TRUE;
  state = copy_state (self, module_id);
  state->certificate = certificate;

  return store_state (self, module_id, state, error);
}

