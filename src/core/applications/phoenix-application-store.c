/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-application-store"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-application-store.h"
#include "phoenix-vault-private.h"

typedef struct
{
  PhoenixJobApplication **applications;
  guint                   n;
  gint64                  now;
  GArray                 *new_ids;  /* gint64 per application: the row made for it, 0 if updated */
} SaveData;

static gboolean
require_unlocked (PhoenixVault  *vault,
                  GError       **error)
{
  return _phoenix_vault_require_unlocked (vault, _("The vault is locked: unlock it to see your applications."), error);
}

static gboolean
save_tx (sqlite3   *db,
         gpointer   user_data,
         GError   **error)
{
  SaveData *data = user_data;
  sqlite3_stmt *insert = NULL, *update = NULL, *history = NULL;
  gboolean ok = FALSE;
  int rc;

  rc = sqlite3_prepare_v2 (db,
                           "INSERT INTO job_application (company, position, sector, offer_id, cv_variant, sent_at,"
                           " channel, contact, notes, status, follow_up_days, reminded_at, updated_at, created_at)"
                           " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13)", -1, &insert, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "UPDATE job_application SET company = ?1, position = ?2, sector = ?3, offer_id = ?4,"
                             " cv_variant = ?5, sent_at = ?6, channel = ?7, contact = ?8, notes = ?9, status = ?10,"
                             " follow_up_days = ?11, reminded_at = ?12, updated_at = ?13 WHERE id = ?14", -1, &update, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_prepare_v2 (db,
                             "INSERT INTO job_application_status (application_id, status, changed_at, note)"
                             " VALUES (?1, ?2, ?3, ?4)", -1, &history, NULL);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_OK, error))
    goto out;

  for (guint i = 0; i < data->n; i++)
    {
      PhoenixJobApplication *app = data->applications[i];
      gint64 id = phoenix_job_application_get_id (app);
      sqlite3_stmt *stmt = id == 0 ? insert : update;
      GArray *changes = phoenix_job_application_get_history (app);

      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, phoenix_job_application_get_company (app), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, phoenix_job_application_get_position (app), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 3, phoenix_job_application_get_sector (app), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 4, phoenix_job_application_get_offer_id (app));
      sqlite3_bind_text (stmt, 5, phoenix_job_application_get_cv_variant (app), -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 6, phoenix_job_application_get_sent_at (app));
      sqlite3_bind_text (stmt, 7, phoenix_application_channel_to_string (phoenix_job_application_get_channel (app)), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 8, phoenix_job_application_get_contact (app), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 9, phoenix_job_application_get_notes (app), -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 10, phoenix_application_status_to_string (phoenix_job_application_get_status (app)), -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 11, phoenix_job_application_get_follow_up_days (app));
      sqlite3_bind_int64 (stmt, 12, phoenix_job_application_get_reminded_at (app));
      sqlite3_bind_int64 (stmt, 13, data->now);
      if (id != 0)
        sqlite3_bind_int64 (stmt, 14, id);
      rc = sqlite3_step (stmt);
      if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_DONE, error))
        goto out;
      if (id == 0)
        {
          id = sqlite3_last_insert_rowid (db);
          g_array_index (data->new_ids, gint64, i) = id;
        }

      for (guint c = 0; c < changes->len; c++)
        {
          PhoenixStatusChange *change = &g_array_index (changes, PhoenixStatusChange, c);

          if (change->id != 0)
            continue;
          sqlite3_reset (history);
          sqlite3_bind_int64 (history, 1, id);
          sqlite3_bind_text (history, 2, phoenix_application_status_to_string (change->status), -1, SQLITE_STATIC);
          sqlite3_bind_int64 (history, 3, change->changed_at);
          sqlite3_bind_text (history, 4, change->note, -1, SQLITE_STATIC);
          rc = sqlite3_step (history);
          if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_DONE, error))
            goto out;
        }
    }
  ok = TRUE;

out:
  sqlite3_finalize (insert);
  sqlite3_finalize (update);
  sqlite3_finalize (history);
  return ok;
}

gboolean
phoenix_application_store_save (PhoenixVault           *vault,
                                PhoenixJobApplication **applications,
                                guint                   n_applications,
                                GError                **error)
{
  g_autoptr(GArray) new_ids = g_array_sized_new (FALSE, TRUE, sizeof (gint64), n_applications);
  SaveData data = { applications, n_applications, g_get_real_time () / G_USEC_PER_SEC, new_ids };

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), FALSE);
  g_return_val_if_fail (applications != NULL || n_applications == 0, FALSE);

  if (!require_unlocked (vault, error))
    return FALSE;
  g_array_set_size (new_ids, n_applications);
  if (!_phoenix_vault_transaction (vault, save_tx, &data, error))
    return FALSE;

  /* Committed: only now do the objects take their row ids and count their history as saved. */
  for (guint i = 0; i < n_applications; i++)
    {
      PhoenixJobApplication *app = applications[i];
      GArray *changes = phoenix_job_application_get_history (app);

      if (g_array_index (new_ids, gint64, i) != 0)
        phoenix_job_application_set_id (app, g_array_index (new_ids, gint64, i));
      phoenix_job_application_set_updated_at (app, data.now);
      for (guint c = 0; c < changes->len; c++)
        {
          PhoenixStatusChange *change = &g_array_index (changes, PhoenixStatusChange, c);

          if (change->id == 0)
            change->id = -1;  /* saved; its row id is not needed */
        }
    }

  return TRUE;
}

GListStore *
phoenix_application_store_list (PhoenixVault  *vault,
                                GError       **error)
{
  g_autoptr(GListStore) store = g_list_store_new (PHOENIX_TYPE_JOB_APPLICATION);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) histories = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_array_unref);
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);

  if (!require_unlocked (vault, error))
    return NULL;
  db = _phoenix_vault_get_db (vault);
  rc = sqlite3_prepare_v2 (db,
                           "SELECT a.id, a.company, a.position, a.sector, a.offer_id, a.cv_variant, a.sent_at, a.channel,"
                           " a.contact, a.notes, a.follow_up_days, a.reminded_at, a.updated_at,"
                           " (SELECT l.template FROM letter l WHERE l.application_id = a.id ORDER BY l.id LIMIT 1)"
                           " FROM job_application a ORDER BY a.updated_at DESC, a.id DESC", -1, &stmt, NULL);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_OK, error))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PhoenixJobApplication *app = phoenix_job_application_new ((const char *) sqlite3_column_text (stmt, 1),
                                                                (const char *) sqlite3_column_text (stmt, 2));

      phoenix_job_application_set_id (app, sqlite3_column_int64 (stmt, 0));
      phoenix_job_application_set_sector (app, (const char *) sqlite3_column_text (stmt, 3));
      phoenix_job_application_set_offer_id (app, sqlite3_column_int64 (stmt, 4));
      phoenix_job_application_set_cv_variant (app, (const char *) sqlite3_column_text (stmt, 5));
      phoenix_job_application_set_sent_at (app, sqlite3_column_int64 (stmt, 6));
      phoenix_job_application_set_channel (app, phoenix_application_channel_from_string ((const char *) sqlite3_column_text (stmt, 7)));
      phoenix_job_application_set_contact (app, (const char *) sqlite3_column_text (stmt, 8));
      phoenix_job_application_set_notes (app, (const char *) sqlite3_column_text (stmt, 9));
      phoenix_job_application_set_follow_up_days (app, sqlite3_column_int (stmt, 10));
      phoenix_job_application_set_reminded_at (app, sqlite3_column_int64 (stmt, 11));
      phoenix_job_application_set_updated_at (app, sqlite3_column_int64 (stmt, 12));
      phoenix_job_application_set_letter_template (app, (const char *) sqlite3_column_text (stmt, 13));
      g_ptr_array_add (rows, app);
    }
  sqlite3_finalize (stmt);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_DONE, error))
    return NULL;

  for (guint i = 0; i < rows->len; i++)
    {
      PhoenixJobApplication *app = rows->pdata[i];
      gint64 *key = g_new (gint64, 1);

      *key = phoenix_job_application_get_id (app);
      g_hash_table_insert (by_id, key, app);
    }

  rc = sqlite3_prepare_v2 (db, "SELECT id, application_id, status, changed_at, note FROM job_application_status"
                               " ORDER BY application_id, changed_at, id", -1, &stmt, NULL);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_OK, error))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 app_id = sqlite3_column_int64 (stmt, 1);
      PhoenixJobApplication *app = g_hash_table_lookup (by_id, &app_id);
      PhoenixStatusChange change = { 0 };
      GArray *history;

      if (app == NULL ||
          !phoenix_application_status_from_string ((const char *) sqlite3_column_text (stmt, 2), &change.status))
        continue;
      history = g_hash_table_lookup (histories, app);
      if (history == NULL)
        {
          history = g_array_new (FALSE, TRUE, sizeof (PhoenixStatusChange));
          g_hash_table_insert (histories, app, history);
        }
      change.id = sqlite3_column_int64 (stmt, 0);
      change.changed_at = sqlite3_column_int64 (stmt, 3);
      change.note = g_strdup ((const char *) sqlite3_column_text (stmt, 4));
      g_array_append_val (history, change);
    }
  sqlite3_finalize (stmt);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_DONE, error))
    return NULL;

  /* Each takes its history; its status is the history's last. */
  {
    GHashTableIter iter;
    gpointer app, history;

    g_hash_table_iter_init (&iter, histories);
    while (g_hash_table_iter_next (&iter, &app, &history))
      {
        _phoenix_job_application_take_history (app, history);
        g_hash_table_iter_steal (&iter);
      }
  }

  g_list_store_splice (store, 0, 0, rows->pdata, rows->len);
  return g_steal_pointer (&store);
}

static gboolean
delete_tx (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  static const char * const statements[] = {
    "UPDATE letter SET application_id = 0 WHERE application_id = ?1",
    "DELETE FROM job_application_status WHERE application_id = ?1",
    "DELETE FROM job_application WHERE id = ?1",
  };
  gint64 id = *(gint64 *) user_data;

  for (guint i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      sqlite3_stmt *stmt = NULL;
      int rc = sqlite3_prepare_v2 (db, statements[i], -1, &stmt, NULL);

      if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_OK, error))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      rc = sqlite3_step (stmt);
      sqlite3_finalize (stmt);
      if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_DONE, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
phoenix_application_store_delete (PhoenixVault  *vault,
                                  gint64         id,
                                  GError       **error)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), FALSE);

  if (!require_unlocked (vault, error))
    return FALSE;
  return _phoenix_vault_transaction (vault, delete_tx, &id, error);
}
