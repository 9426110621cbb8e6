/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-sync-store"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-contribution.h"
#include "phoenix-sync-store.h"
#include "phoenix-vault-private.h"

/* One statement with text and integer parameters: "t" binds a string, "i" a gint64. */
typedef struct
{
  const char *sql;
  const char *types;
  gpointer    values[6];
} Statement;

static gboolean
run_statement (sqlite3          *db,
               const Statement  *statement,
               GError          **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (db, statement->sql, -1, &stmt, NULL);

  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_OK, error))
    return FALSE;
  for (guint i = 0; statement->types[i] != '\0'; i++)
    {
      if (statement->types[i] == 't')
        sqlite3_bind_text (stmt, (int) i + 1, statement->values[i], -1, SQLITE_TRANSIENT);
      else
        sqlite3_bind_int64 (stmt, (int) i + 1, *(gint64 *) statement->values[i]);
    }
  rc = sqlite3_step (stmt);
  sqlite3_finalize (stmt);
  return _phoenix_vault_check_sqlite (db, rc, SQLITE_DONE, error);
}

static gboolean
run_statements_tx (sqlite3   *db,
                   gpointer   user_data,
                   GError   **error)
{
  for (const Statement *s = user_data; s->sql != NULL; s++)
    if (!run_statement (db, s, error))
      return FALSE;
  return TRUE;
}

static gboolean
run (PhoenixVault     *vault,
     const Statement  *statements,
     GError          **error)
{
  if (!_phoenix_vault_require_unlocked (vault, _("Unlock the vault to change the anonymous statistics."), error))
    return FALSE;
  return _phoenix_vault_transaction (vault, run_statements_tx, (gpointer) statements, error);
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);
  return text != NULL ? text : "";
}

void
phoenix_sync_state_clear (PhoenixSyncState *state)
{
  g_clear_pointer (&state->install, g_free);
  g_clear_pointer (&state->outcome, g_free);
  g_clear_pointer (&state->pending_delete, g_strfreev);
  g_clear_pointer (&state->last_error, g_free);
  g_clear_pointer (&state->last_digest, g_free);
}

void
phoenix_outbox_entry_free (PhoenixOutboxEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->body);
  g_free (entry->last_error);
  g_free (entry);
}

gboolean
phoenix_sync_store_read_state (PhoenixVault      *vault,
                               PhoenixSyncState  *state,
                               GError           **error)
{
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), FALSE);
  g_return_val_if_fail (state != NULL, FALSE);

  memset (state, 0, sizeof *state);
  if (!_phoenix_vault_require_unlocked (vault, _("Unlock the vault to see the anonymous statistics."), error))
    return FALSE;
  db = _phoenix_vault_get_db (vault);
  rc = sqlite3_prepare_v2 (db, "SELECT consent, consent_at, install, outcome, pending_delete, attempts,"
                               " next_attempt_at, last_sync_at, last_error, last_digest FROM sync_state WHERE id = 1",
                           -1, &stmt, NULL);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_OK, error))
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      state->consent = sqlite3_column_int (stmt, 0) != 0;
      state->consent_at = sqlite3_column_int64 (stmt, 1);
      state->install = g_strdup (column_text (stmt, 2));
      state->outcome = g_strdup (column_text (stmt, 3));
      state->pending_delete = g_strsplit_set (column_text (stmt, 4), "\n", -1);
      state->attempts = (guint) sqlite3_column_int (stmt, 5);
      state->next_attempt_at = sqlite3_column_int64 (stmt, 6);
      state->last_sync_at = sqlite3_column_int64 (stmt, 7);
      state->last_error = g_strdup (column_text (stmt, 8));
      state->last_digest = g_strdup (column_text (stmt, 9));
      rc = SQLITE_DONE;
    }
  sqlite3_finalize (stmt);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_DONE, error))
    {
      phoenix_sync_state_clear (state);
      return FALSE;
    }
  if (state->install == NULL)
    {
      /* The row is made by the migration: without it the vault is damaged. */
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_DAMAGED,
                           _("The vault’s sync settings are missing."));
      return FALSE;
    }
  /* Drop the empty strings g_strsplit leaves. */
  {
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

    for (guint i = 0; state->pending_delete[i] != NULL; i++)
      if (phoenix_contribution_is_install_id (state->pending_delete[i]))
        g_strv_builder_add (builder, state->pending_delete[i]);
    g_strfreev (state->pending_delete);
    state->pending_delete = g_strv_builder_end (builder);
  }
  return TRUE;
}

gboolean
phoenix_sync_store_set_consent (PhoenixVault  *vault,
                                gboolean       consent,
                                gint64         now,
                                GError       **error)
{
  PhoenixSyncState state;
  g_autofree char *new_install = NULL;
  g_autofree char *pending = NULL;
  gboolean ok;

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), FALSE);

  if (!phoenix_sync_store_read_state (vault, &state, error))
    return FALSE;
  if (consent)
    {
      const char *install = phoenix_contribution_is_install_id (state.install) ? state.install
                            : (new_install = phoenix_contribution_generate_install_id ());
      const Statement statements[] = {
        { "UPDATE sync_state SET consent = 1, consent_at = ?, install = ?, attempts = 0, next_attempt_at = 0,"
          " last_error = '' WHERE id = 1", "it", { &now, (gpointer) install } },
        { NULL },
      };

      ok = run (vault, statements, error);
    }
  else
    {
      g_autoptr(GString) list = g_string_new (NULL);
      gboolean had_consent = state.consent || phoenix_contribution_is_install_id (state.install);

      for (guint i = 0; state.pending_delete[i] != NULL; i++)
        g_string_append_printf (list, "%s\n", state.pending_delete[i]);
      /* Whatever was sent under this id must go: ask the server even when nothing seems sent. */
      if (had_consent && phoenix_contribution_is_install_id (state.install) &&
          !g_strv_contains ((const char * const *) state.pending_delete, state.install))
        g_string_append_printf (list, "%s\n", state.install);
      pending = g_string_free (g_steal_pointer (&list), FALSE);
      new_install = phoenix_contribution_generate_install_id ();
      {
        gint64 zero = 0;
        const Statement statements[] = {
          { "DELETE FROM sync_outbox", "", { NULL } },
          { "DELETE FROM sync_insights", "", { NULL } },
          { "UPDATE sync_state SET consent = 0, consent_at = ?, install = ?, pending_delete = ?, attempts = 0,"
            " next_attempt_at = 0, last_error = '', last_digest = '' WHERE id = 1", "itt", { &zero, new_install, pending } },
          { NULL },
        };

        ok = run (vault, statements, error);
      }
    }
  phoenix_sync_state_clear (&state);
  return ok;
}

gboolean
phoenix_sync_store_set_outcome (PhoenixVault  *vault,
                                const char    *outcome,
                                GError       **error)
{
  const Statement statements[] = {
    { "UPDATE sync_state SET outcome = ? WHERE id = 1", "t", { (gpointer) (outcome != NULL ? outcome : "") } },
    { NULL },
  };

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), FALSE);
  g_return_val_if_fail (outcome == NULL || *outcome == '\0' ||
                        phoenix_contribution_field_index (PHOENIX_CONTRIBUTION_OUTCOME, NULL, outcome) >= 0, FALSE);
  return run (vault, statements, error);
}

gboolean
phoenix_sync_store_enqueue (PhoenixVault  *vault,
                            const char    *body,
                            const char    *digest,
                            gint64         now,
                            GError       **error)
{
  const Statement statements[] = {
    { "INSERT INTO sync_outbox (created_at, body) VALUES (?, ?)", "it", { &now, (gpointer) body } },
    { digest != NULL ? "UPDATE sync_state SET last_digest = ? WHERE id = 1" : NULL, "t", { (gpointer) digest } },
    { NULL },
  };

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), FALSE);
  g_return_val_if_fail (body != NULL, FALSE);
  return run (vault, statements, error);
}

GPtrArray *
phoenix_sync_store_list_outbox (PhoenixVault  *vault,
                                GError       **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) phoenix_outbox_entry_free);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);

  if (!_phoenix_vault_require_unlocked (vault, _("Unlock the vault to see the anonymous statistics."), error))
    return NULL;
  db = _phoenix_vault_get_db (vault);
  rc = sqlite3_prepare_v2 (db, "SELECT id, created_at, body, attempts, rejected, last_error FROM sync_outbox ORDER BY id",
                           -1, &stmt, NULL);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_OK, error))
    return NULL;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      PhoenixOutboxEntry *entry = g_new0 (PhoenixOutboxEntry, 1);

      entry->id = sqlite3_column_int64 (stmt, 0);
      entry->created_at = sqlite3_column_int64 (stmt, 1);
      entry->body = g_strdup (column_text (stmt, 2));
      entry->attempts = (guint) sqlite3_column_int (stmt, 3);
      entry->rejected = sqlite3_column_int (stmt, 4) != 0;
      entry->last_error = g_strdup (column_text (stmt, 5));
      g_ptr_array_add (entries, entry);
    }
  sqlite3_finalize (stmt);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_DONE, error))
    return NULL;
  return g_steal_pointer (&entries);
}

gboolean
phoenix_sync_store_remove_entry (PhoenixVault  *vault,
                                 gint64         id,
                                 GError       **error)
{
  const Statement statements[] = {
    { "DELETE FROM sync_outbox WHERE id = ?", "i", { &id } },
    { NULL },
  };

  return run (vault, statements, error);
}

gboolean
phoenix_sync_store_mark_entry (PhoenixVault  *vault,
                               gint64         id,
                               gboolean       rejected,
                               const char    *error_text,
                               GError       **error)
{
  gint64 flag = rejected;
  const Statement statements[] = {
    { "UPDATE sync_outbox SET attempts = attempts + 1, rejected = ?, last_error = ? WHERE id = ?", "iti",
      { &flag, (gpointer) (error_text != NULL ? error_text : ""), &id } },
    { NULL },
  };

  return run (vault, statements, error);
}

gboolean
phoenix_sync_store_confirm_delete (PhoenixVault  *vault,
                                   const char    *install,
                                   GError       **error)
{
  PhoenixSyncState state;
  g_autoptr(GString) list = g_string_new (NULL);
  gboolean ok;

  if (!phoenix_sync_store_read_state (vault, &state, error))
    return FALSE;
  for (guint i = 0; state.pending_delete[i] != NULL; i++)
    if (g_strcmp0 (state.pending_delete[i], install) != 0)
      g_string_append_printf (list, "%s\n", state.pending_delete[i]);
  {
    const Statement statements[] = {
      { "UPDATE sync_state SET pending_delete = ? WHERE id = 1", "t", { list->str } },
      { NULL },
    };

    ok = run (vault, statements, error);
  }
  phoenix_sync_state_clear (&state);
  return ok;
}

gboolean
phoenix_sync_store_record_attempt (PhoenixVault  *vault,
                                   gint64         now,
                                   const char    *error_text,
                                   gint64         next_attempt_at,
                                   GError       **error)
{
  if (error_text == NULL)
    {
      const Statement statements[] = {
        { "UPDATE sync_state SET attempts = 0, next_attempt_at = 0, last_sync_at = ?, last_error = '' WHERE id = 1",
          "i", { &now } },
        { NULL },
      };

      return run (vault, statements, error);
    }
  else
    {
      const Statement statements[] = {
        { "UPDATE sync_state SET attempts = attempts + 1, next_attempt_at = ?, last_error = ? WHERE id = 1",
          "it", { &next_attempt_at, (gpointer) error_text } },
        { NULL },
      };

      return run (vault, statements, error);
    }
}

gboolean
phoenix_sync_store_save_insights (PhoenixVault  *vault,
                                  const char    *occupation,
                                  const char    *body,
                                  gint64         now,
                                  GError       **error)
{
  const Statement statements[] = {
    { "INSERT OR REPLACE INTO sync_insights (occupation, fetched_at, body) VALUES (?, ?, ?)", "tit",
      { (gpointer) occupation, &now, (gpointer) body } },
    { NULL },
  };

  return run (vault, statements, error);
}

char *
phoenix_sync_store_read_insights (PhoenixVault  *vault,
                                  const char    *occupation,
                                  gint64        *fetched_at,
                                  GError       **error)
{
  sqlite3_stmt *stmt = NULL;
  g_autofree char *body = NULL;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);

  if (!_phoenix_vault_require_unlocked (vault, _("Unlock the vault to see the anonymous statistics."), error))
    return NULL;
  db = _phoenix_vault_get_db (vault);
  rc = sqlite3_prepare_v2 (db, "SELECT body, fetched_at FROM sync_insights WHERE occupation = ?", -1, &stmt, NULL);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_OK, error))
    return NULL;
  sqlite3_bind_text (stmt, 1, occupation != NULL ? occupation : "", -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      body = g_strdup (column_text (stmt, 0));
      if (fetched_at != NULL)
        *fetched_at = sqlite3_column_int64 (stmt, 1);
      rc = SQLITE_DONE;
    }
  sqlite3_finalize (stmt);
  if (!_phoenix_vault_check_sqlite (db, rc, SQLITE_DONE, error))
    return NULL;
  return g_steal_pointer (&body);
}
