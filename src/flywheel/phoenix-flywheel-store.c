/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-flywheel-store"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-flywheel-aggregates.h"
#include "phoenix-flywheel-store-private.h"

/* How often a transaction that lost a deadlock or a serialisation race is tried again. */
#define MAX_ATTEMPTS 5

struct _PhoenixFlywheelStore
{
  GObject                       parent_instance;

  const PhoenixFlywheelBackend *backend;
  /* Idle connections; a call pops one (waiting while all are busy) and pushes it back. */
  GAsyncQueue                  *pool;
  guint                         n_connections;
  /* Held through each write transaction when the backend asks for it. */
  GMutex                        write_lock;
};

G_DEFINE_FINAL_TYPE (PhoenixFlywheelStore, phoenix_flywheel_store, G_TYPE_OBJECT)

G_DEFINE_QUARK (phoenix-flywheel-store-error-quark, phoenix_flywheel_store_error)

typedef gboolean (*TransactionFunc) (PhoenixFlywheelStore *self,
                                     gpointer              connection,
                                     gpointer              user_data,
                                     GError              **error);

static gboolean
is_postgres_url (const char *url)
{
  return g_str_has_prefix (url, "postgresql://") || g_str_has_prefix (url, "postgres://");
}

/* Runs @func inside a write transaction owning @install, again when the database asks to. */
static gboolean
run_transaction (PhoenixFlywheelStore *self,
                 const char           *install,
                 TransactionFunc       func,
                 gpointer              user_data,
                 GError              **error)
{
  gpointer connection = g_async_queue_pop (self->pool);
  gboolean ok = FALSE;

  if (self->backend->serialise_writes)
    g_mutex_lock (&self->write_lock);

  for (guint attempt = 1; attempt <= MAX_ATTEMPTS; attempt++)
    {
      g_autoptr(GError) local_error = NULL;

      if (self->backend->begin (connection, install, &local_error) &&
          func (self, connection, user_data, &local_error) &&
          self->backend->commit (connection, &local_error))
        {
          ok = TRUE;
          break;
        }
      self->backend->rollback (connection);
      if (attempt == MAX_ATTEMPTS || !self->backend->is_retryable (local_error))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          break;
        }
      g_debug ("Transaction tried again (%u): %s", attempt, local_error->message);
      g_usleep (1000 * g_random_int_range (1, 10 * (gint32) attempt));
    }

  if (self->backend->serialise_writes)
    g_mutex_unlock (&self->write_lock);
  g_async_queue_push (self->pool, connection);
  return ok;
}

/* Takes back what the stored contribution of @install had added, when there is one. */
static gboolean
collect_stored (PhoenixFlywheelStore *self,
                gpointer              connection,
                const char           *install,
                GHashTable           *changes,
                gboolean             *found,
                GError              **error)
{
  g_autofree char *body = NULL;
  g_autoptr(PhoenixContribution) stored = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!self->backend->get_body (connection, install, &body, error))
    return FALSE;
  *found = body != NULL;
  if (body == NULL)
    return TRUE;

  /* The server wrote it, so only its format is checked: a taxonomy update cannot strand it. */
  stored = phoenix_contribution_new_from_json (body, -1, NULL, NULL, &local_error);
  if (stored == NULL)
    {
      g_set_error (error, PHOENIX_FLYWHEEL_STORE_ERROR, PHOENIX_FLYWHEEL_STORE_ERROR_FAILED,
                   _("The stored contribution of an install cannot be read again: %s"), local_error->message);
      return FALSE;
    }
  phoenix_flywheel_aggregates_collect (stored, -1, changes);
  return TRUE;
}

typedef struct
{
  PhoenixContribution *contribution;
  const char          *install;
  gboolean             found;
} WriteData;

static gboolean
put_in_transaction (PhoenixFlywheelStore *self,
                    gpointer              connection,
                    gpointer              user_data,
                    GError              **error)
{
  WriteData *data = user_data;
  g_autoptr(GHashTable) changes = phoenix_flywheel_aggregates_new_changes ();
  g_autoptr(GPtrArray) deltas = NULL;
  g_autofree char *body = phoenix_contribution_to_json (data->contribution);

  if (!collect_stored (self, connection, data->install, changes, &data->found, error))
    return FALSE;
  phoenix_flywheel_aggregates_collect (data->contribution, +1, changes);
  deltas = phoenix_flywheel_aggregates_to_deltas (changes);

  return self->backend->put_body (connection, data->install,
                                  phoenix_contribution_get_target (data->contribution), body, error) &&
         self->backend->apply_deltas (connection, deltas, error);
}

static gboolean
delete_in_transaction (PhoenixFlywheelStore *self,
                       gpointer              connection,
                       gpointer              user_data,
                       GError              **error)
{
  WriteData *data = user_data;
  g_autoptr(GHashTable) changes = phoenix_flywheel_aggregates_new_changes ();
  g_autoptr(GPtrArray) deltas = NULL;

  if (!collect_stored (self, connection, data->install, changes, &data->found, error))
    return FALSE;
  if (!data->found)
    return TRUE;
  deltas = phoenix_flywheel_aggregates_to_deltas (changes);

  return self->backend->delete_body (connection, data->install, error) &&
         self->backend->apply_deltas (connection, deltas, error);
}

static void
phoenix_flywheel_store_finalize (GObject *object)
{
  PhoenixFlywheelStore *self = (PhoenixFlywheelStore *) object;

  if (self->pool != NULL)
    {
      gpointer connection;

      while ((connection = g_async_queue_try_pop (self->pool)) != NULL)
        self->backend->disconnect (connection);
      g_clear_pointer (&self->pool, g_async_queue_unref);
    }
  g_mutex_clear (&self->write_lock);

  G_OBJECT_CLASS (phoenix_flywheel_store_parent_class)->finalize (object);
}

static void
phoenix_flywheel_store_class_init (PhoenixFlywheelStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_flywheel_store_finalize;
}

static void
phoenix_flywheel_store_init (PhoenixFlywheelStore *self)
{
  self->pool = g_async_queue_new ();
  g_mutex_init (&self->write_lock);
}

PhoenixFlywheelStore *
phoenix_flywheel_store_new (const char  *url,
                            guint        n_connections,
                            GError     **error)
{
  g_autoptr(PhoenixFlywheelStore) self = NULL;

  g_return_val_if_fail (url != NULL, NULL);
  g_return_val_if_fail (n_connections > 0, NULL);

  self = g_object_new (PHOENIX_TYPE_FLYWHEEL_STORE, NULL);
  if (is_postgres_url (url))
    self->backend = &_phoenix_flywheel_postgres_backend;
  else
    {
      self->backend = &_phoenix_flywheel_sqlite_backend;
      if (g_str_has_prefix (url, "sqlite://"))
        url += strlen ("sqlite://");
    }

  for (guint i = 0; i < n_connections; i++)
    {
      gpointer connection = self->backend->connect (url, error);

      if (connection == NULL)
        return NULL;
      /* The first connection migrates; the backends make that safe against other servers. */
      if (i == 0 && !self->backend->migrate (connection, error))
        {
          self->backend->disconnect (connection);
          return NULL;
        }
      g_async_queue_push (self->pool, connection);
      self->n_connections++;
    }

  return g_steal_pointer (&self);
}

const char *
phoenix_flywheel_store_get_kind (PhoenixFlywheelStore *self)
{
  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_STORE (self), NULL);

  return self->backend->kind;
}

gboolean
phoenix_flywheel_store_put (PhoenixFlywheelStore  *self,
                            PhoenixContribution   *contribution,
                            gboolean              *replaced,
                            GError               **error)
{
  WriteData data = { contribution, phoenix_contribution_get_install (contribution), FALSE };

  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_STORE (self), FALSE);
  g_return_val_if_fail (PHOENIX_IS_CONTRIBUTION (contribution), FALSE);

  if (!run_transaction (self, data.install, put_in_transaction, &data, error))
    return FALSE;
  if (replaced != NULL)
    *replaced = data.found;
  return TRUE;
}

gboolean
phoenix_flywheel_store_delete (PhoenixFlywheelStore  *self,
                               const char            *install,
                               gboolean              *found,
                               GError               **error)
{
  WriteData data = { NULL, install, FALSE };

  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_STORE (self), FALSE);
  g_return_val_if_fail (install != NULL, FALSE);

  if (!run_transaction (self, install, delete_in_transaction, &data, error))
    return FALSE;
  if (found != NULL)
    *found = data.found;
  return TRUE;
}

GHashTable *
phoenix_flywheel_store_read (PhoenixFlywheelStore  *self,
                             const char            *occupation,
                             GError               **error)
{
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  gpointer connection;
  gboolean ok;

  g_return_val_if_fail (PHOENIX_IS_FLYWHEEL_STORE (self), NULL);
  g_return_val_if_fail (occupation != NULL, NULL);

  connection = g_async_queue_pop (self->pool);
  ok = self->backend->read_aggregates (connection, occupation, rows, error);
  g_async_queue_push (self->pool, connection);

  return ok ? g_steal_pointer (&rows) : NULL;
}

gint64
phoenix_flywheel_store_count (PhoenixFlywheelStore  *self,
                              GError               **error)
{
  g_autoptr(GHashTable) rows = phoenix_flywheel_store_read (self, PHOENIX_FLYWHEEL_ALL_OCCUPATIONS, error);
  gint64 *n;

  if (rows == NULL)
    return -1;
  n = g_hash_table_lookup (rows, "n\t");
  return n != NULL ? *n : 0;
}
