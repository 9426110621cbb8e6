/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-vault"

#include "config.h"

#include "phoenix-test-util.h"
#include "phoenix-test-vault.h"
#include "phoenix-vault-private.h"

PhoenixVault *
phoenix_test_vault_new (const char *path)
{
  PhoenixVault *vault = phoenix_vault_new (path);

  phoenix_vault_set_kdf_params (vault, &phoenix_kdf_test_params);

  return vault;
}

PhoenixVault *
phoenix_test_vault_create (const char *path)
{
  g_autoptr(PhoenixVault) vault = phoenix_test_vault_new (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_vault_create (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (phoenix_vault_is_unlocked (vault));

  return g_steal_pointer (&vault);
}

static gboolean
exec_tx (sqlite3   *db,
         gpointer   user_data,
         GError   **error)
{
  int rc = sqlite3_exec (db, user_data, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

gboolean
phoenix_test_vault_exec (PhoenixVault  *vault,
                         const char    *sql,
                         GError       **error)
{
  return _phoenix_vault_transaction (vault, exec_tx, (gpointer) sql, error);
}

gboolean
phoenix_test_vault_set_person (PhoenixVault  *vault,
                               const char    *column,
                               const char    *value,
                               GError       **error)
{
  g_autofree char *sql = NULL;
  char *quoted;

  /* A column name cannot be bound: only plain identifiers; the value is quoted by SQLite. */
  g_assert_true (g_regex_match_simple ("^[a-z_]+$", column, 0, 0));
  quoted = sqlite3_mprintf ("%Q", value);
  sql = g_strdup_printf ("UPDATE person SET %s = %s WHERE id = 1", column, quoted);
  sqlite3_free (quoted);

  return phoenix_test_vault_exec (vault, sql, error);
}

void
phoenix_test_vault_setup (PhoenixTestVault *f,
                          gconstpointer     data)
{
  f->dir = phoenix_test_make_tmp_dir ("phoenix-vault-XXXXXX");
  f->path = g_build_filename (f->dir, "vault.db", NULL);
  f->vault = phoenix_test_vault_create (f->path);
}

void
phoenix_test_vault_teardown (PhoenixTestVault *f,
                             gconstpointer     data)
{
  phoenix_vault_lock (f->vault);
  g_assert_finalize_object (f->vault);
  f->vault = NULL;
  phoenix_test_remove_tree (f->dir);
  g_clear_pointer (&f->dir, g_free);
  g_clear_pointer (&f->path, g_free);
}

void
phoenix_test_vault_reopen (PhoenixTestVault *f)
{
  g_autoptr(GError) error = NULL;

  phoenix_vault_lock (f->vault);
  g_assert_finalize_object (f->vault);
  f->vault = phoenix_test_vault_new (f->path);
  g_assert_true (phoenix_vault_unlock (f->vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
}
