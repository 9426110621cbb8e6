/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-training-module.h"
#include "phoenix-vault.h"

G_BEGIN_DECLS

/*
 * The user's training, kept in the vault (schema version 6, tables
 * training_*): the target occupations (several, one active), the hours a
 * week (also the weekly goal) and an optional deadline, the user's own and
 * imported trainings, each module's status (planned, started, done) with its
 * dates and whether its certificate went into the CV, a log of hours and
 * notes (the journal), and the coaching checklist.
 *
 * Every change is written in one vault transaction first, then applied to
 * memory and "changed" is emitted; when the write fails, nothing changes and
 * the error says why. Without a vault (phoenix_training_progress_new (NULL):
 * the CLI, tests) changes stay in memory. GTK-free.
 *
 * The streak: consecutive weeks (Monday to Sunday) whose logged hours reach
 * the weekly goal, counted back from this week when it already reaches it,
 * else from last week: a week under way never breaks it.
 */

#define PHOENIX_TRAINING_PROGRESS_ERROR (phoenix_training_progress_error_quark ())

typedef enum
{
  PHOENIX_TRAINING_PROGRESS_ERROR_INVALID,
  PHOENIX_TRAINING_PROGRESS_ERROR_NOT_FOUND,
} PhoenixTrainingProgressError;

typedef enum
{
  PHOENIX_MODULE_PLANNED,
  PHOENIX_MODULE_STARTED,
  PHOENIX_MODULE_DONE,
} PhoenixModuleStatus;

typedef enum
{
  PHOENIX_CERTIFICATE_PENDING,   /* not asked yet (or not certifying) */
  PHOENIX_CERTIFICATE_ADDED,     /* the user added it to the CV */
  PHOENIX_CERTIFICATE_DECLINED,  /* the user said no */
} PhoenixCertificateState;

typedef struct
{
  gint64  id;
  char   *day;        /* YYYY-MM-DD */
  char   *module_id;  /* "" for a note on the whole path */
  double  hours;
  char   *note;
} PhoenixTrainingLogEntry;

/* Limits of what the user can enter. */
#define PHOENIX_TRAINING_MAX_HOURS_PER_WEEK 80.0
#define PHOENIX_TRAINING_MAX_HOURS_PER_DAY  24.0
#define PHOENIX_TRAINING_MAX_NOTE           (16 * 1024)

#define PHOENIX_TYPE_TRAINING_PROGRESS (phoenix_training_progress_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixTrainingProgress, phoenix_training_progress, PHOENIX, TRAINING_PROGRESS, GObject)

GQuark                   phoenix_training_progress_error_quark (void);

PhoenixTrainingProgress *phoenix_training_progress_new          (PhoenixVault            *vault);
/* An in-memory copy (no vault) of everything @self holds: a snapshot a worker thread can read. */
PhoenixTrainingProgress *phoenix_training_progress_copy         (PhoenixTrainingProgress *self);
/* Reads everything from the vault; on error @self is untouched. */
gboolean                 phoenix_training_progress_load         (PhoenixTrainingProgress *self,
                                                                 GError                 **error);

/* Targets: ROME codes in the order added; the active one ("" when none). */
const char * const      *phoenix_training_progress_get_targets  (PhoenixTrainingProgress *self);
const char              *phoenix_training_progress_get_active_target (PhoenixTrainingProgress *self);
/* Adds @code (the first target becomes active, as does any with @make_active). */
gboolean                 phoenix_training_progress_add_target   (PhoenixTrainingProgress *self,
                                                                 const char              *code,
                                                                 gboolean                 make_active,
                                                                 GError                 **error);
gboolean                 phoenix_training_progress_remove_target (PhoenixTrainingProgress *self,
                                                                  const char              *code,
                                                                  GError                 **error);
gboolean                 phoenix_training_progress_set_active_target (PhoenixTrainingProgress *self,
                                                                      const char              *code,
                                                                      GError                 **error);

double                   phoenix_training_progress_get_hours_per_week (PhoenixTrainingProgress *self);
gboolean                 phoenix_training_progress_set_hours_per_week (PhoenixTrainingProgress *self,
                                                                       double                   hours,
                                                                       GError                 **error);
/* "" or YYYY-MM-DD. */
const char              *phoenix_training_progress_get_deadline (PhoenixTrainingProgress *self);
gboolean                 phoenix_training_progress_set_deadline (PhoenixTrainingProgress *self,
                                                                 const char              *deadline,
                                                                 GError                 **error);

PhoenixModuleStatus      phoenix_training_progress_get_status   (PhoenixTrainingProgress *self,
                                                                 const char              *module_id);
/* @day: YYYY-MM-DD of the change (NULL: today). */
gboolean                 phoenix_training_progress_set_status   (PhoenixTrainingProgress *self,
                                                                 const char              *module_id,
                                                                 PhoenixModuleStatus      status,
                                                                 const char              *day,
                                                                 GError                 **error);
/* YYYY-MM-DD the module was finished, "" when it is not. */
const char              *phoenix_training_progress_get_done_on  (PhoenixTrainingProgress *self,
                                                                 const char              *module_id);
/* Ids of the modules started or done (NULL-terminated, free with g_strfreev). */
char                   **phoenix_training_progress_list_touched (PhoenixTrainingProgress *self);
PhoenixCertificateState  phoenix_training_progress_get_certificate (PhoenixTrainingProgress *self,
                                                                    const char              *module_id);
gboolean                 phoenix_training_progress_set_certificate (PhoenixTrainingProgress *self,
                                                                    const char              *module_id,
                                                                    PhoenixCertificateState  state,
                                                                    GError                 **error);

/* The journal: @hours may be 0 for a note alone; @module_id "" for the whole path. */
gboolean                 phoenix_training_progress_add_log      (PhoenixTrainingProgress *self,
                                                                 const char              *day,
                                                                 const char              *module_id,
                                                                 double                   hours,
                                                                 const char              *note,
                                                                 GError                 **error);
gboolean                 phoenix_training_progress_remove_log   (PhoenixTrainingProgress *self,
                                                                 gint64                   id,
                                                                 GError                 **error);
/* PhoenixTrainingLogEntry *, the latest first (owned by @self). */
GPtrArray               *phoenix_training_progress_get_log      (PhoenixTrainingProgress *self);
double                   phoenix_training_progress_get_hours_logged (PhoenixTrainingProgress *self,
                                                                     const char              *module_id);
/* Hours logged in the week (Monday to Sunday) holding @day. */
double                   phoenix_training_progress_get_week_hours (PhoenixTrainingProgress *self,
                                                                   GDate                   *day);
/* Weeks in a row reaching the weekly goal, as of @today (see above). */
guint                    phoenix_training_progress_get_streak   (PhoenixTrainingProgress *self,
                                                                 GDate                   *today);

/* The user's own and imported trainings (PhoenixTrainingModule, owned by @self). */
GPtrArray               *phoenix_training_progress_get_modules  (PhoenixTrainingProgress *self);
/* Saves @modules (origin USER or IMPORT), each replacing one of the same id, in one transaction. */
gboolean                 phoenix_training_progress_save_modules (PhoenixTrainingProgress *self,
                                                                 GPtrArray               *modules,
                                                                 GError                 **error);
gboolean                 phoenix_training_progress_delete_module (PhoenixTrainingProgress *self,
                                                                  const char              *module_id,
                                                                  GError                 **error);

gboolean                 phoenix_training_progress_get_coaching_done (PhoenixTrainingProgress *self,
                                                                      const char              *step);
gboolean                 phoenix_training_progress_set_coaching_done (PhoenixTrainingProgress *self,
                                                                      const char              *step,
                                                                      gboolean                 done,
                                                                      GError                 **error);

/* Today as YYYY-MM-DD (local time). */
char                    *phoenix_training_today                 (void);
/* Parses YYYY-MM-DD into @date; FALSE when it is not a valid date. */
gboolean                 phoenix_training_parse_day             (const char              *day,
                                                                 GDate                   *date);

G_END_DECLS
