/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * PhoenixTrainingProgress's parts: phoenix-training-progress.c (the object, loading, targets,
 * settings, module status), phoenix-training-progress-log.c (hours and notes, weekly hours,
 * the streak) and phoenix-training-progress-modules.c (the user's own and imported trainings,
 * the coaching checklist) share its fields and its SQL helpers.
 */

#include <sqlite3.h>

#include "phoenix-training-progress.h"
#include "phoenix-vault-private.h"

G_BEGIN_DECLS

typedef struct
{
  PhoenixModuleStatus     status;
  char                   *started_on;
  char                   *done_on;
  PhoenixCertificateState certificate;
} ModuleState;

struct _PhoenixTrainingProgress
{
  GObject       parent_instance;

  PhoenixVault *vault;
  GPtrArray    *targets;        /* char *, NULL-terminated */
  char         *active;
  double        hours_per_week;
  char         *deadline;
  GHashTable   *states;         /* module id → ModuleState * */
  GPtrArray    *log;            /* PhoenixTrainingLogEntry *, the latest first */
  GPtrArray    *modules;        /* PhoenixTrainingModule * */
  GHashTable   *coaching;       /* step → done_on */
};

typedef gboolean (*WriteFunc) (sqlite3 *db, gpointer data, GError **error);

/* Runs @sql with its parameters, described by @types: 's' text, 'i' gint64, 'd' double, one letter a
 * parameter. */
gboolean    _phoenix_training_progress_exec           (sqlite3                  *db,
                                                       GError                  **error,
                                                       const char               *sql,
                                                       const char               *types,
                                                       ...);
const char *_phoenix_training_progress_column_text    (sqlite3_stmt             *stmt,
                                                       int                       column);
/* @values one a line, and back (empty lines left out). */
char       *_phoenix_training_progress_lines_of       (const char * const       *values);
char      **_phoenix_training_progress_split_lines    (const char               *text);
/* Runs @func in a transaction of the vault, when there is one. */
gboolean    _phoenix_training_progress_write          (PhoenixTrainingProgress  *self,
                                                       WriteFunc                 func,
                                                       gpointer                  data,
                                                       GError                  **error);
void        _phoenix_training_progress_emit_changed   (PhoenixTrainingProgress  *self);
/* TRUE when @day is a date (YYYY-MM-DD), else a translated error. */
gboolean    _phoenix_training_progress_check_day      (const char               *day,
                                                       GError                  **error);
void        _phoenix_training_progress_free_log_entry (gpointer                  data);
/* The log's order: the latest day first, then the latest entry. */
int         _phoenix_training_progress_compare_log    (gconstpointer             a,
                                                       gconstpointer             b);

G_END_DECLS
