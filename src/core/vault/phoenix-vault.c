/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-vault"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "phoenix-schema.h"
#include "phoenix-secret.h"
#include "phoenix-vault-error.h"
#include "phoenix-vault-file.h"
#include "phoenix-vault-private.h"
#include "phoenix-vault-sidecar.h"

/*
 * The vault: one SQLCipher file keyed with a raw 256-bit key derived by
 * Argon2id, and beside it a plaintext sidecar "<path>.kdf" holding the salt and
 * the KDF cost. Passing the key as x'<key hex><salt hex>' makes SQLCipher use
 * our salt as the file's first 16 bytes, so cheap checks can tell a Phoenix
 * vault from any other file before spending a second on the KDF.
 *
 * This file is the GObject: state, signals, sync and async API, transactions.
 * The file itself is handled in phoenix-vault-file.c, the sidecar in
 * phoenix-vault-sidecar.c, messages in phoenix-vault-error.c. HACKING.md
 * ("The vault") says why it is built this way.
 */

struct _PhoenixVault
{
  GObject           parent_instance;

  char             *path;
  char             *sidecar_path;
  PhoenixKdfParams  kdf_params;       /* for create and change_passphrase */

  PhoenixVaultState *state;          /* NULL when locked */

  /* Worker threads reading the open connection (_phoenix_vault_begin_read): lock waits for them. */
  GMutex            readers_mutex;
  GCond             readers_done;
  guint             n_readers;
};

enum {
  PROP_0,
  PROP_PATH,
  PROP_UNLOCKED,
  N_PROPS
};

enum {
  LOCKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixVault, phoenix_vault, G_TYPE_OBJECT)

typedef struct
{
  char             *path;
  char             *sidecar_path;
  PhoenixSecret    *passphrase;
  PhoenixSecret    *new_passphrase;
  PhoenixKdfParams  params;              /* create: cost; change: new cost */
  int               schema_version;      /* create: where to stop */
  /* change_passphrase */
  PhoenixKdfParams  vault_params;
  guint8            salt[PHOENIX_KDF_SALT_SIZE];
  guint8            current_key[PHOENIX_KDF_KEY_SIZE];
  guint8            new_key[PHOENIX_KDF_KEY_SIZE];
} OpData;

static void
op_data_free (OpData *data)
{
  g_free (data->path);
  g_free (data->sidecar_path);
  phoenix_secret_free (data->passphrase);
  phoenix_secret_free (data->new_passphrase);
  explicit_bzero (data, sizeof *data);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpData, op_data_free)

static OpData *
op_data_new (PhoenixVault *self,
             const char   *passphrase,
             const char   *new_passphrase)
{
  OpData *data = g_new0 (OpData, 1);

  data->path = g_strdup (self->path);
  data->sidecar_path = g_strdup (self->sidecar_path);
  data->passphrase = g_strdup (passphrase);
  data->new_passphrase = g_strdup (new_passphrase);
  data->params = self->kdf_params;
  data->schema_version = phoenix_vault_get_latest_schema_version ();

  return data;
}

static void
install_state (PhoenixVault      *self,
               PhoenixVaultState *state)
{
  g_assert (self->state == NULL);

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNLOCKED]);
}

/* Creates (@create) or opens the vault file described by @data, in any thread. */
static PhoenixVaultState *
open_state (OpData        *data,
            gboolean       create,
            GCancellable  *cancellable,
            GError       **error)
{
  if (create)
    return _phoenix_vault_state_create (data->path, data->sidecar_path, data->passphrase,
                                        &data->params, data->schema_version, cancellable, error);

  return _phoenix_vault_state_open (data->path, data->sidecar_path, data->passphrase,
                                    cancellable, error);
}

/* The sync create and unlock: open_state() in the calling thread, then install. */
static gboolean
open_sync (PhoenixVault  *self,
           gboolean       create,
           const char    *passphrase,
           int            schema_version,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(OpData) data = op_data_new (self, passphrase, NULL);
  PhoenixVaultState *state;

  data->schema_version = schema_version;
  state = open_state (data, create, cancellable, error);
  if (state == NULL)
    return FALSE;

  install_state (self, state);
  return TRUE;
}

static void
open_thread_cb (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  OpData *data = task_data;
  GError *error = NULL;
  PhoenixVaultState *state;

  state = open_state (data, g_task_get_source_tag (task) == phoenix_vault_create_async,
                      cancellable, &error);

  /* The passphrase is not needed any more. */
  g_clear_pointer (&data->passphrase, phoenix_secret_free);

  if (state == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, state, (GDestroyNotify) _phoenix_vault_state_free);
}

static void
open_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  PhoenixVault *self = PHOENIX_VAULT (object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  PhoenixVaultState *state;

  state = g_task_propagate_pointer (G_TASK (result), &error);
  if (state == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (self->state != NULL)
    {
      /* Another call unlocked this object meanwhile. */
      _phoenix_vault_state_free (state);
      _phoenix_vault_set_error (&error, PHOENIX_VAULT_ERROR_BUSY);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  install_state (self, state);
  g_task_return_boolean (task, TRUE);
}

/* An async call runs as two tasks: the caller's, returned by new_task(), and a
 * worker (run_worker()) whose @thread_func does the slow part in a thread and
 * whose @done_cb, back in the thread that owns @self, installs the result and
 * returns the caller's task. Once the work is done it is installed, even if
 * cancelled meanwhile: neither task checks the cancellable on return. */
static GTask *
new_task (PhoenixVault        *self,
          gpointer             source_tag,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_check_cancellable (task, FALSE);

  return task;
}

/* Takes @task and @data. */
static void
run_worker (PhoenixVault        *self,
            GTask               *task,
            OpData              *data,
            GTaskThreadFunc      thread_func,
            GAsyncReadyCallback  done_cb)
{
  g_autoptr(GTask) worker = NULL;

  worker = new_task (self, g_task_get_source_tag (task), g_task_get_cancellable (task), done_cb, task);
  g_task_set_task_data (worker, data, (GDestroyNotify) op_data_free);
  g_task_run_in_thread (worker, thread_func);
}

/* The *_finish () of the async calls: whether the task of @source_tag succeeded. */
static gboolean
finish_task (PhoenixVault  *self,
             GAsyncResult  *result,
             gpointer       source_tag,
             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
run_open_async (PhoenixVault        *self,
                gpointer             source_tag,
                const char          *passphrase,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  run_worker (self, new_task (self, source_tag, cancellable, callback, user_data),
              op_data_new (self, passphrase, NULL), open_thread_cb, open_done_cb);
}

/* Verifies @data->passphrase against @data->current_key and derives
 * @data->new_key with the same salt, in any thread. */
static gboolean
derive_new_key (OpData        *data,
                GCancellable  *cancellable,
                GError       **error)
{
  guint8 old_key[PHOENIX_KDF_KEY_SIZE];
  guint8 diff = 0;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!phoenix_kdf_derive (data->passphrase, data->salt, &data->vault_params, old_key, error))
    return FALSE;

  for (gsize i = 0; i < sizeof old_key; i++)
    diff |= old_key[i] ^ data->current_key[i];
  explicit_bzero (old_key, sizeof old_key);

  if (diff != 0)
    {
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  if (!phoenix_kdf_derive (data->new_passphrase, data->salt, &data->params, data->new_key, error))
    return FALSE;

  return !g_cancellable_set_error_if_cancelled (cancellable, error);
}

/* In the thread that owns @self: re-encrypts the vault with the new key. */
static gboolean
apply_new_key (PhoenixVault  *self,
               OpData        *data,
               GError       **error)
{
  /* Locked (or locked and unlocked again) since the keys were derived. */
  if (self->state == NULL ||
      memcmp (self->state->key, data->current_key, PHOENIX_KDF_KEY_SIZE) != 0)
    {
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_LOCKED);
      return FALSE;
    }

  return _phoenix_vault_state_rekey (self->state, self->sidecar_path, data->new_key, &data->params,
                                     error);
}

static OpData *
change_data_new (PhoenixVault *self,
                 const char   *old_passphrase,
                 const char   *new_passphrase)
{
  OpData *data = op_data_new (self, old_passphrase, new_passphrase);

  memcpy (data->salt, self->state->salt, sizeof data->salt);
  memcpy (data->current_key, self->state->key, sizeof data->current_key);
  data->vault_params = self->state->params;

  return data;
}

static void
change_thread_cb (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  OpData *data = task_data;
  GError *error = NULL;
  gboolean ok;

  ok = derive_new_key (data, cancellable, &error);
  g_clear_pointer (&data->passphrase, phoenix_secret_free);
  g_clear_pointer (&data->new_passphrase, phoenix_secret_free);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
change_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  PhoenixVault *self = PHOENIX_VAULT (object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  OpData *data = g_task_get_task_data (G_TASK (result));

  if (!g_task_propagate_boolean (G_TASK (result), &error) ||
      !apply_new_key (self, data, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

/* Until no worker reads the connection any more (a load takes a fraction of a second). */
static void
wait_for_readers (PhoenixVault *self)
{
  g_mutex_lock (&self->readers_mutex);
  while (self->n_readers > 0)
    g_cond_wait (&self->readers_done, &self->readers_mutex);
  g_mutex_unlock (&self->readers_mutex);
}

static void
phoenix_vault_dispose (GObject *object)
{
  PhoenixVault *self = PHOENIX_VAULT (object);

  wait_for_readers (self);
  g_clear_pointer (&self->state, _phoenix_vault_state_free);

  G_OBJECT_CLASS (phoenix_vault_parent_class)->dispose (object);
}

static void
phoenix_vault_finalize (GObject *object)
{
  PhoenixVault *self = PHOENIX_VAULT (object);

  g_free (self->path);
  g_free (self->sidecar_path);
  g_mutex_clear (&self->readers_mutex);
  g_cond_clear (&self->readers_done);

  G_OBJECT_CLASS (phoenix_vault_parent_class)->finalize (object);
}

static void
phoenix_vault_constructed (GObject *object)
{
  PhoenixVault *self = PHOENIX_VAULT (object);

  G_OBJECT_CLASS (phoenix_vault_parent_class)->constructed (object);

  if (self->path == NULL)
    self->path = phoenix_vault_dup_default_path ();
  self->sidecar_path = _phoenix_vault_dup_sidecar_path (self->path);
}

static void
phoenix_vault_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  PhoenixVault *self = PHOENIX_VAULT (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_UNLOCKED:
      g_value_set_boolean (value, phoenix_vault_is_unlocked (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_vault_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  PhoenixVault *self = PHOENIX_VAULT (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_free (self->path);
      self->path = g_value_dup_string (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_vault_class_init (PhoenixVaultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = phoenix_vault_constructed;
  object_class->dispose = phoenix_vault_dispose;
  object_class->finalize = phoenix_vault_finalize;
  object_class->get_property = phoenix_vault_get_property;
  object_class->set_property = phoenix_vault_set_property;

  /**
   * PhoenixVault:path:
   * The vault file; NULL at construction means the default path.
   */
  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /**
   * PhoenixVault:unlocked:
   * Whether the database is open. Notified on unlock, create and lock.
   */
  properties[PROP_UNLOCKED] =
    g_param_spec_boolean ("unlocked", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PhoenixVault::locked:
   * Emitted after the vault was locked (database closed, key wiped).
   */
  signals[LOCKED] =
    g_signal_new ("locked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 0);
}

static void
phoenix_vault_init (PhoenixVault *self)
{
  self->kdf_params = phoenix_kdf_default_params;
  g_mutex_init (&self->readers_mutex);
  g_cond_init (&self->readers_done);
}

char *
phoenix_vault_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "phoenix", "vault.db", NULL);
}

PhoenixVault *
phoenix_vault_new (const char *path)
{
  return g_object_new (PHOENIX_TYPE_VAULT, "path", path, NULL);
}

const char *
phoenix_vault_get_path (PhoenixVault *self)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (self), NULL);

  return self->path;
}

gboolean
phoenix_vault_exists (PhoenixVault *self)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (self), FALSE);

  return g_file_test (self->path, G_FILE_TEST_EXISTS);
}

gboolean
phoenix_vault_is_unlocked (PhoenixVault *self)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (self), FALSE);

  return self->state != NULL;
}

/* The schema version of the open vault, -1 when locked. */
int
phoenix_vault_get_schema_version (PhoenixVault *self)
{
  int version;

  g_return_val_if_fail (PHOENIX_IS_VAULT (self), -1);

  if (self->state == NULL || !_phoenix_schema_read_version (self->state->db, &version, NULL))
    return -1;

  return version;
}

int
phoenix_vault_get_latest_schema_version (void)
{
  guint n_migrations;

  _phoenix_schema_get_migrations (&n_migrations);

  return (int) n_migrations;
}

void
phoenix_vault_set_kdf_params (PhoenixVault           *self,
                              const PhoenixKdfParams *params)
{
  g_return_if_fail (PHOENIX_IS_VAULT (self));
  g_return_if_fail (phoenix_kdf_params_valid (params));

  self->kdf_params = *params;
}

gboolean
_phoenix_vault_create_at_version (PhoenixVault *self,
                                  const char   *passphrase,
                                  int           schema_version,
                                  GError      **error)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (self), FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);
  g_return_val_if_fail (schema_version >= 0 &&
                        schema_version <= phoenix_vault_get_latest_schema_version (), FALSE);
  g_return_val_if_fail (self->state == NULL, FALSE);

  return open_sync (self, TRUE, passphrase, schema_version, NULL, error);
}

gboolean
phoenix_vault_create (PhoenixVault  *self,
                      const char    *passphrase,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (self), FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (self->state == NULL, FALSE);

  return open_sync (self, TRUE, passphrase, phoenix_vault_get_latest_schema_version (), cancellable,
                    error);
}

void
phoenix_vault_create_async (PhoenixVault        *self,
                            const char          *passphrase,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (PHOENIX_IS_VAULT (self));
  g_return_if_fail (passphrase != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  run_open_async (self, phoenix_vault_create_async, passphrase, cancellable, callback, user_data);
}

gboolean
phoenix_vault_create_finish (PhoenixVault  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (self), FALSE);

  return finish_task (self, result, phoenix_vault_create_async, error);
}

gboolean
phoenix_vault_unlock (PhoenixVault  *self,
                      const char    *passphrase,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (self), FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (self->state == NULL, FALSE);

  return open_sync (self, FALSE, passphrase, phoenix_vault_get_latest_schema_version (), cancellable,
                    error);
}

void
phoenix_vault_unlock_async (PhoenixVault        *self,
                            const char          *passphrase,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_return_if_fail (PHOENIX_IS_VAULT (self));
  g_return_if_fail (passphrase != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  run_open_async (self, phoenix_vault_unlock_async, passphrase, cancellable, callback, user_data);
}

gboolean
phoenix_vault_unlock_finish (PhoenixVault  *self,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (self), FALSE);

  return finish_task (self, result, phoenix_vault_unlock_async, error);
}

gboolean
phoenix_vault_change_passphrase (PhoenixVault  *self,
                                 const char    *old_passphrase,
                                 const char    *new_passphrase,
                                 GCancellable  *cancellable,
                                 GError       **error)
{
  g_autoptr(OpData) data = NULL;

  g_return_val_if_fail (PHOENIX_IS_VAULT (self), FALSE);
  g_return_val_if_fail (old_passphrase != NULL, FALSE);
  g_return_val_if_fail (new_passphrase != NULL, FALSE);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), FALSE);

  if (self->state == NULL)
    {
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_LOCKED);
      return FALSE;
    }

  data = change_data_new (self, old_passphrase, new_passphrase);

  return derive_new_key (data, cancellable, error) && apply_new_key (self, data, error);
}

void
phoenix_vault_change_passphrase_async (PhoenixVault        *self,
                                       const char          *old_passphrase,
                                       const char          *new_passphrase,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PHOENIX_IS_VAULT (self));
  g_return_if_fail (old_passphrase != NULL);
  g_return_if_fail (new_passphrase != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = new_task (self, phoenix_vault_change_passphrase_async, cancellable, callback, user_data);

  if (self->state == NULL)
    {
      GError *error = NULL;

      _phoenix_vault_set_error (&error, PHOENIX_VAULT_ERROR_LOCKED);
      g_task_return_error (task, error);
      return;
    }

  run_worker (self, g_steal_pointer (&task), change_data_new (self, old_passphrase, new_passphrase),
              change_thread_cb, change_done_cb);
}

gboolean
phoenix_vault_change_passphrase_finish (PhoenixVault  *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (self), FALSE);

  return finish_task (self, result, phoenix_vault_change_passphrase_async, error);
}

void
phoenix_vault_lock (PhoenixVault *self)
{
  g_return_if_fail (PHOENIX_IS_VAULT (self));

  if (self->state == NULL)
    return;

  wait_for_readers (self);
  g_clear_pointer (&self->state, _phoenix_vault_state_free);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNLOCKED]);
  g_signal_emit (self, signals[LOCKED], 0);
}

sqlite3 *
_phoenix_vault_get_db (PhoenixVault *self)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (self), NULL);

  return self->state != NULL ? self->state->db : NULL;
}

sqlite3 *
_phoenix_vault_begin_read (PhoenixVault  *self,
                           GError       **error)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (self), NULL);

  if (self->state == NULL)
    {
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_LOCKED);
      return NULL;
    }

  g_mutex_lock (&self->readers_mutex);
  self->n_readers++;
  g_mutex_unlock (&self->readers_mutex);

  return self->state->db;
}

void
_phoenix_vault_end_read (PhoenixVault *self)
{
  g_return_if_fail (PHOENIX_IS_VAULT (self));

  g_mutex_lock (&self->readers_mutex);
  g_assert (self->n_readers > 0);
  if (--self->n_readers == 0)
    g_cond_broadcast (&self->readers_done);
  g_mutex_unlock (&self->readers_mutex);
}

gboolean
_phoenix_vault_transaction (PhoenixVault        *self,
                            PhoenixVaultTxFunc   func,
                            gpointer             user_data,
                            GError             **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3 *db;

  g_return_val_if_fail (PHOENIX_IS_VAULT (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (self->state == NULL)
    {
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_LOCKED);
      return FALSE;
    }

  db = self->state->db;

  if (!_phoenix_vault_exec (db, "BEGIN IMMEDIATE", error))
    return FALSE;

  if (!func (db, user_data, &local_error))
    {
      if (local_error == NULL)
        {
          g_critical ("A vault transaction failed without setting an error");
          g_set_error_literal (&local_error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                               _("The change could not be saved."));
        }
      goto rollback;
    }

  if (!_phoenix_vault_exec (db, "COMMIT", &local_error))
    goto rollback;

  return TRUE;

rollback:
  if (!sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

gboolean
_phoenix_vault_check_sqlite (sqlite3  *db,
                             int       rc,
                             int       expected,
                             GError  **error)
{
  if (rc == expected)
    return TRUE;
  _phoenix_vault_set_sqlite_error (error, db, rc);
  return FALSE;
}

gboolean
_phoenix_vault_require_unlocked (PhoenixVault  *self,
                                 const char    *message,
                                 GError       **error)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (self), FALSE);

  if (_phoenix_vault_get_db (self) != NULL)
    return TRUE;
  g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED, message);
  return FALSE;
}
