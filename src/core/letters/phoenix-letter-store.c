/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-letter-store"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-letter-store.h"
#include "phoenix-letter-template.h"
#include "phoenix-vault-private.h"

/* Columns of the string fields, in PhoenixLetterField order. */
static const char * const columns[PHOENIX_LETTER_N_FIELDS] = {
  "title", "language", "tone", "length", "template", "sender", "recipient", "place_date",
  "subject", "salutation", "body", "closing", "signature", "cv_variant",
};

#define SELECT_COLUMNS "id, updated_at, application_id, offer_id, title, language, tone, length, template," \
                       " sender, recipient, place_date, subject, salutation, body, closing, signature, cv_variant"

static gboolean
require_unlocked (PhoenixVault  *vault,
                  GError       **error)
{
  return _phoenix_vault_require_unlocked (vault, _("The vault is locked: unlock it to see your letters."), error);
}

typedef struct
{
  PhoenixLetter *letter;
  gint64         now;
  gint64         id;
} SaveData;

static gboolean
save_tx (sqlite3   *db,
         gpointer   user_data,
         GError   **error)
{
  SaveData *data = user_data;
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  gint64 id = phoenix_letter_get_id (data->letter);
  int rc;

  if (id == 0)
    {
      g_string_append (sql, "INSERT INTO letter (created_at, updated_at, application_id, offer_id");
      for (guint i = 0; i < PHOENIX_LETTER_N_FIELDS; i++)
        g_string_append_printf (sql, ", %s", columns[i]);
      g_string_append (sql, ") VALUES (?1, ?1, ?2, ?3");
      for (guint i = 0; i < PHOENIX_LETTER_N_FIELDS; i++)
        g_string_append_printf (sql, ", ?%u", i + 5);
      g_string_append (sql, ")");
    }
  else
    {
      g_string_append (sql, "UPDATE letter SET updated_at = ?1, application_id = ?2, offer_id = ?3");
      for (guint i = 0; i < PHOENIX_LETTER_N_FIELDS; i++)
        g_string_append_printf (sql, ", %s = ?%u", columns[i], i + 5);
      g_string_append (sql, " WHERE id = ?4");
    }

  rc = sqlite3_prepare_v2 (db, sql->str, -1, &stmt, NULL);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_OK, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, data->now);
  sqlite3_bind_int64 (stmt, 2, phoenix_letter_get_application_id (data->letter));
  sqlite3_bind_int64 (stmt, 3, phoenix_letter_get_offer_id (data->letter));
  if (id != 0)
    sqlite3_bind_int64 (stmt, 4, id);
  for (guint i = 0; i < PHOENIX_LETTER_N_FIELDS; i++)
    sqlite3_bind_text (stmt, i + 5, phoenix_letter_get (data->letter, i), -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_DONE, error))
    return FALSE;
  if (id != 0 && sqlite3_changes (db) == 0)
    {
      g_set_error_literal (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_NOT_FOUND,
                           _("This letter is no longer in the vault."));
      return FALSE;
    }
  data->id = id != 0 ? id : sqlite3_last_insert_rowid (db);

  return TRUE;
}

gboolean
phoenix_letter_store_save (PhoenixVault   *vault,
                           PhoenixLetter  *letter,
                           GError        **error)
{
  SaveData data = { letter, g_get_real_time () / G_USEC_PER_SEC, 0 };

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), FALSE);
  g_return_val_if_fail (PHOENIX_IS_LETTER (letter), FALSE);

  if (!require_unlocked (vault, error))
    return FALSE;
  if (!_phoenix_vault_transaction (vault, save_tx, &data, error))
    return FALSE;
  phoenix_letter_set_id (letter, data.id);
  phoenix_letter_set_updated_at (letter, data.now);

  return TRUE;
}

static PhoenixLetter *
letter_from_row (sqlite3_stmt *stmt)
{
  PhoenixLetter *letter = phoenix_letter_new ();

  phoenix_letter_set_id (letter, sqlite3_column_int64 (stmt, 0));
  phoenix_letter_set_updated_at (letter, sqlite3_column_int64 (stmt, 1));
  phoenix_letter_set_application_id (letter, sqlite3_column_int64 (stmt, 2));
  phoenix_letter_set_offer_id (letter, sqlite3_column_int64 (stmt, 3));
  for (guint i = 0; i < PHOENIX_LETTER_N_FIELDS; i++)
    phoenix_letter_set (letter, i, (const char *) sqlite3_column_text (stmt, i + 4));

  return letter;
}

PhoenixLetter *
phoenix_letter_store_load (PhoenixVault  *vault,
                           gint64         id,
                           GError       **error)
{
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  PhoenixLetter *letter = NULL;
  int rc;

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);

  if (!require_unlocked (vault, error))
    return NULL;
  db = _phoenix_vault_get_db (vault);
  rc = sqlite3_prepare_v2 (db, "SELECT " SELECT_COLUMNS " FROM letter WHERE id = ?1", -1, &stmt, NULL);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_OK, error))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    letter = letter_from_row (stmt);
  else if (rc == SQLITE_DONE)
    g_set_error_literal (error, PHOENIX_LETTER_ERROR, PHOENIX_LETTER_ERROR_NOT_FOUND,
                         _("This letter is no longer in the vault."));
  else
    _phoenix_vault_set_sqlite_error (error, db, rc);
  sqlite3_finalize (stmt);

  return letter;
}

GListStore *
phoenix_letter_store_list (PhoenixVault  *vault,
                           gint64         application_id,
                           GError       **error)
{
  g_autoptr(GListStore) letters = g_list_store_new (PHOENIX_TYPE_LETTER);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3 *db;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);

  if (!require_unlocked (vault, error))
    return NULL;
  db = _phoenix_vault_get_db (vault);
  rc = sqlite3_prepare_v2 (db,
                           application_id > 0
                           ? "SELECT " SELECT_COLUMNS " FROM letter WHERE application_id = ?1 ORDER BY updated_at DESC, id DESC"
                           : "SELECT " SELECT_COLUMNS " FROM letter ORDER BY updated_at DESC, id DESC",
                           -1, &stmt, NULL);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_OK, error))
    return NULL;
  if (application_id > 0)
    sqlite3_bind_int64 (stmt, 1, application_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, letter_from_row (stmt));
  sqlite3_finalize (stmt);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_DONE, error))
    return NULL;
  g_list_store_splice (letters, 0, 0, rows->pdata, rows->len);

  return g_steal_pointer (&letters);
}

static gboolean
delete_tx (sqlite3   *db,
           gpointer   user_data,
           GError   **error)
{
  gint64 id = *(gint64 *) user_data;
  sqlite3_stmt *stmt = NULL;
  int rc;

  rc = sqlite3_prepare_v2 (db, "DELETE FROM letter WHERE id = ?1", -1, &stmt, NULL);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_OK, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return _phoenix_vault_check_sqlite (db, rc, SQLITE_DONE, error);
}

gboolean
phoenix_letter_store_delete (PhoenixVault  *vault,
                             gint64         id,
                             GError       **error)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), FALSE);

  if (!require_unlocked (vault, error))
    return FALSE;
  return _phoenix_vault_transaction (vault, delete_tx, &id, error);
}
