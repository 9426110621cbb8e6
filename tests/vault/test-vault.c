/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-vault"

#include "config.h"

#include <errno.h>
#include <grp.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "phoenix-schema.h"
#include "phoenix-vault-private.h"
#include "phoenix-test-util.h"
#include "phoenix-test-vault.h"

#define NEW_PASSPHRASE "Tr0ub4dor&3 – nouvelle"
#define NOBODY         65534
#define DIR_ENV        "PHOENIX_TEST_VAULT_DIR"

typedef struct
{
  char         *dir;
  char         *path;
  char         *sidecar;
  PhoenixVault *vault;
} Fixture;

/* Helpers */

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* A trapped child works in its parent's folder. */
  if (g_test_subprocess () && g_getenv (DIR_ENV) != NULL)
    f->dir = g_strdup (g_getenv (DIR_ENV));
  else
    {
      f->dir = g_dir_make_tmp ("phoenix-vault-XXXXXX", &error);
      g_assert_no_error (error);
    }

  f->path = g_build_filename (f->dir, "vault.db", NULL);
  f->sidecar = g_strconcat (f->path, ".kdf", NULL);
  f->vault = phoenix_test_vault_new (f->path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  phoenix_vault_lock (f->vault);
  g_clear_object (&f->vault);
  if (!g_test_subprocess ())
    phoenix_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->sidecar);
}

static char *
checksum_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize len;

  g_file_get_contents (path, &contents, &len, &error);
  g_assert_no_error (error);

  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, len);
}

static void
set_name (PhoenixVault *vault,
          const char   *name)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_test_vault_set_person (vault, "name", name, &error));
  g_assert_no_error (error);
}

static void
exec_in_vault (PhoenixVault *vault,
               const char   *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_test_vault_exec (vault, sql, &error));
  g_assert_no_error (error);
}

static char *
query_text (PhoenixVault *vault,
            const char   *sql)
{
  sqlite3 *db = _phoenix_vault_get_db (vault);
  sqlite3_stmt *stmt = NULL;
  char *result = NULL;

  g_assert_nonnull (db);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    result = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);

  return result;
}

static char *
get_name (PhoenixVault *vault)
{
  return query_text (vault, "SELECT name FROM person WHERE id = 1");
}

static void
create_vault (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_vault_create (f->vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (phoenix_vault_is_unlocked (f->vault));
}

/* A locked vault holding "Ada Lovelace" and some filler, and its checksum. */
static char *
create_locked_vault (Fixture *f)
{
  create_vault (f);
  set_name (f->vault, "Ada Lovelace");
  exec_in_vault (f->vault,
                 "INSERT INTO experience (position, title, summary) "
                 "VALUES (0, 'Analyst', zeroblob(3000)), (1, 'Engineer', zeroblob(3000))");
  phoenix_vault_lock (f->vault);

  return checksum_file (f->path);
}

/* Unlocks a fresh object on @f->path with @passphrase; expects @code (or
 * success with -1) and the file unchanged when it fails. */
static void
assert_unlock (Fixture    *f,
               const char *passphrase,
               int         code)
{
  g_autoptr(PhoenixVault) vault = phoenix_test_vault_new (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = g_file_test (f->path, G_FILE_TEST_EXISTS) ? checksum_file (f->path) : NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);
  gboolean wal_before = g_file_test (wal, G_FILE_TEST_EXISTS);
  gboolean shm_before = g_file_test (shm, G_FILE_TEST_EXISTS);
  gboolean ok;

  ok = phoenix_vault_unlock (vault, passphrase, NULL, &error);

  if (code < 0)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      g_assert_true (phoenix_vault_is_unlocked (vault));
      phoenix_vault_lock (vault);
      return;
    }

  g_assert_error (error, PHOENIX_VAULT_ERROR, code);
  g_assert_false (ok);
  g_assert_false (phoenix_vault_is_unlocked (vault));
  g_assert_nonnull (error->message);
  g_assert_cmpstr (error->message, !=, "");

  if (before != NULL)
    {
      g_autofree char *after = checksum_file (f->path);

      g_assert_cmpstr (before, ==, after);
    }

  /* No journal left behind by the attempt either. */
  g_assert_cmpint (g_file_test (wal, G_FILE_TEST_EXISTS), ==, wal_before);
  g_assert_cmpint (g_file_test (shm, G_FILE_TEST_EXISTS), ==, shm_before);
}

static void
write_bytes (const char   *path,
             const guint8 *data,
             gsize         len)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, (const char *) data, (gssize) len, &error);
  g_assert_no_error (error);
}

static void
drop_privileges_if_root (void)
{
  if (geteuid () != 0)
    return;

  g_assert_cmpint (setgroups (0, NULL), ==, 0);
  g_assert_cmpint (setgid (NOBODY), ==, 0);
  g_assert_cmpint (setuid (NOBODY), ==, 0);
  g_assert_cmpint (geteuid (), ==, NOBODY);
}

/* Tests */

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(PhoenixVault) other = phoenix_test_vault_new (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *journal = NULL;

  g_assert_false (phoenix_vault_exists (f->vault));
  g_assert_cmpstr (phoenix_vault_get_path (f->vault), ==, f->path);

  create_vault (f);
  g_assert_true (phoenix_vault_exists (f->vault));
  g_assert_cmpint (phoenix_vault_get_schema_version (f->vault), ==,
                   phoenix_vault_get_latest_schema_version ());
  set_name (f->vault, "Marie Curie");
  phoenix_vault_lock (f->vault);

  g_assert_true (phoenix_vault_unlock (other, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  name = get_name (other);
  g_assert_cmpstr (name, ==, "Marie Curie");
  g_assert_cmpint (phoenix_vault_get_schema_version (other), ==,
                   phoenix_vault_get_latest_schema_version ());
  journal = query_text (other, "PRAGMA journal_mode");
  g_assert_cmpstr (journal, ==, "wal");
}

static void
test_default_path (void)
{
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "phoenix", "vault.db", NULL);
  g_autofree char *path = phoenix_vault_dup_default_path ();
  g_autoptr(PhoenixVault) vault = phoenix_vault_new (NULL);

  g_assert_cmpstr (path, ==, expected);
  g_assert_cmpstr (phoenix_vault_get_path (vault), ==, expected);
}

static void
test_sidecar (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *salt = NULL;
  g_autofree char *kdf = NULL;
  guint8 head[16];
  FILE *file;

  create_vault (f);
  g_key_file_load_from_file (keyfile, f->sidecar, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);

  g_assert_cmpint (g_key_file_get_integer (keyfile, "Phoenix Vault", "format", NULL), ==, 1);
  kdf = g_key_file_get_string (keyfile, "Phoenix Vault", "kdf", NULL);
  g_assert_cmpstr (kdf, ==, "argon2id");
  g_assert_cmpint (g_key_file_get_integer (keyfile, "Phoenix Vault", "argon2-version", NULL), ==, 19);
  g_assert_cmpint (g_key_file_get_integer (keyfile, "Phoenix Vault", "t-cost", NULL), ==,
                   phoenix_kdf_test_params.t_cost);
  g_assert_cmpint (g_key_file_get_integer (keyfile, "Phoenix Vault", "m-cost-kib", NULL), ==,
                   phoenix_kdf_test_params.m_cost_kib);
  g_assert_cmpint (g_key_file_get_integer (keyfile, "Phoenix Vault", "parallelism", NULL), ==,
                   phoenix_kdf_test_params.parallelism);
  g_assert_cmpint (g_key_file_get_integer (keyfile, "Phoenix Vault", "cipher-compatibility", NULL), >=, 3);

  /* The salt stands as the file's first 16 bytes. */
  salt = g_key_file_get_string (keyfile, "Phoenix Vault", "salt", NULL);
  g_assert_cmpuint (strlen (salt), ==, 32);
  file = fopen (f->path, "rb");
  g_assert_nonnull (file);
  g_assert_cmpuint (fread (head, 1, sizeof head, file), ==, sizeof head);
  fclose (file);
  for (guint i = 0; i < sizeof head; i++)
    {
      g_autofree char *byte = g_strdup_printf ("%02x", head[i]);

      g_assert_cmpint (strncmp (salt + 2 * i, byte, 2), ==, 0);
    }
}

static void
test_wrong_passphrase (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *before = create_locked_vault (f);
  g_autofree char *after = NULL;

  assert_unlock (f, "wrong horse", PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE "!", PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);
  after = checksum_file (f->path);
  g_assert_cmpstr (before, ==, after);
  /* Nothing is lost. */
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, -1);
}

/* After a crash the newest changes live in the -wal file only; a failed
 * unlock must not fold them into the vault (SQLite does that when a
 * read-write connection closes), and a good one must find them. */
static void
test_wrong_passphrase_after_crash (Fixture       *f,
                                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *before = NULL;
  g_autofree char *wal_before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal_after = NULL;
  g_autofree char *count = NULL;
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    {
      create_vault (f);
      for (guint i = 0; i < 20; i++)
        g_assert_true (phoenix_test_vault_exec (f->vault, "INSERT INTO skill (position, name) VALUES (0, 'Welding')",
                                                NULL));
      /* Gone without closing anything. */
      _exit (0);
    }

  g_setenv (DIR_ENV, f->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv (DIR_ENV);
  g_test_trap_assert_passed ();

  g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
  before = checksum_file (f->path);
  wal_before = checksum_file (wal);

  assert_unlock (f, "wrong", PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);

  after = checksum_file (f->path);
  wal_after = checksum_file (wal);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (wal_before, ==, wal_after);

  g_assert_true (phoenix_vault_unlock (f->vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  count = query_text (f->vault, "SELECT count(*) FROM skill");
  g_assert_cmpstr (count, ==, "20");
}

static void
test_empty_passphrase (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (phoenix_vault_create (f->vault, "", NULL, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_INVALID);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (f->sidecar, G_FILE_TEST_EXISTS));
}

static void
test_normalized_passphrase (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* "é" composed to create, decomposed to unlock: the same passphrase. */
  g_assert_true (phoenix_vault_create (f->vault, "caf\xc3\xa9 cr\xc3\xa8me", NULL, &error));
  g_assert_no_error (error);
  phoenix_vault_lock (f->vault);
  assert_unlock (f, "cafe\xcc\x81 cre\xcc\x80me", -1);
}

static void
test_change_passphrase (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixVault) other = NULL;
  g_autofree char *name = NULL;
  g_autofree char *count = NULL;
  PhoenixKdfParams params = phoenix_kdf_test_params;

  create_vault (f);
  set_name (f->vault, "Grace Hopper");
  /* Enough rows for the re-encryption to cover many pages. */
  exec_in_vault (f->vault,
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                 "INSERT INTO skill (position, name) SELECT i, 'skill ' || i FROM n");

  g_assert_false (phoenix_vault_change_passphrase (f->vault, "not it", NEW_PASSPHRASE, NULL, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);
  g_clear_error (&error);
  g_assert_true (phoenix_vault_is_unlocked (f->vault));

  g_assert_true (phoenix_vault_change_passphrase (f->vault, PHOENIX_TEST_PASSPHRASE, NEW_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  /* Still usable after the rekey. */
  set_name (f->vault, "Grace B. Hopper");
  phoenix_vault_lock (f->vault);

  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);

  other = phoenix_test_vault_new (f->path);
  g_assert_true (phoenix_vault_unlock (other, NEW_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  name = get_name (other);
  g_assert_cmpstr (name, ==, "Grace B. Hopper");
  count = query_text (other, "SELECT count(*) FROM skill");
  g_assert_cmpstr (count, ==, "300");

  /* A new cost is written to the sidecar with the new key. */
  params.t_cost = 2;
  phoenix_vault_set_kdf_params (other, &params);
  g_assert_true (phoenix_vault_change_passphrase (other, NEW_PASSPHRASE, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  phoenix_vault_lock (other);
  {
    g_autoptr(GKeyFile) keyfile = g_key_file_new ();

    g_key_file_load_from_file (keyfile, f->sidecar, G_KEY_FILE_NONE, &error);
    g_assert_no_error (error);
    g_assert_cmpint (g_key_file_get_integer (keyfile, "Phoenix Vault", "t-cost", NULL), ==, 2);
  }
  assert_unlock (f, NEW_PASSPHRASE, PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, -1);
}

/* SQLCipher accepts a raw rekey with or without the salt suffix (the file's
 * salt stays either way); Phoenix uses the form with it. Both are checked. */
static void
test_rekey_raw_forms (Fixture       *f,
                      gconstpointer  data)
{
  const char *passphrases[] = { NEW_PASSPHRASE, PHOENIX_TEST_PASSPHRASE };
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *salt_hex = NULL;
  guint8 salt[PHOENIX_KDF_SALT_SIZE];
  const char *old = PHOENIX_TEST_PASSPHRASE;

  create_vault (f);
  set_name (f->vault, "Lise Meitner");
  phoenix_vault_lock (f->vault);
  g_key_file_load_from_file (keyfile, f->sidecar, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  salt_hex = g_key_file_get_string (keyfile, "Phoenix Vault", "salt", NULL);
  for (guint i = 0; i < sizeof salt; i++)
    salt[i] = (guint8) (g_ascii_xdigit_value (salt_hex[2 * i]) << 4 |
                        g_ascii_xdigit_value (salt_hex[2 * i + 1]));

  for (guint with_salt = 0; with_salt < 2; with_salt++)
    {
      guint8 key[PHOENIX_KDF_KEY_SIZE];
      g_autoptr(GString) raw = g_string_new ("x'");
      g_autofree char *name = NULL;

      g_assert_true (phoenix_kdf_derive (passphrases[with_salt], salt, &phoenix_kdf_test_params, key, &error));
      g_assert_no_error (error);
      for (guint i = 0; i < sizeof key; i++)
        g_string_append_printf (raw, "%02x", key[i]);
      if (with_salt)
        g_string_append (raw, salt_hex);
      g_string_append_c (raw, '\'');

      g_assert_true (phoenix_vault_unlock (f->vault, old, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (sqlite3_rekey_v2 (_phoenix_vault_get_db (f->vault), "main", raw->str, (int) raw->len),
                       ==, SQLITE_OK);
      phoenix_vault_lock (f->vault);

      assert_unlock (f, old, PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);
      g_assert_true (phoenix_vault_unlock (f->vault, passphrases[with_salt], NULL, &error));
      g_assert_no_error (error);
      name = get_name (f->vault);
      g_assert_cmpstr (name, ==, "Lise Meitner");
      phoenix_vault_lock (f->vault);
      old = passphrases[with_salt];
    }
}

static void
test_change_passphrase_locked (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (phoenix_vault_change_passphrase (f->vault, PHOENIX_TEST_PASSPHRASE, NEW_PASSPHRASE, NULL, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED);
}

static void
test_truncated (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *before = create_locked_vault (f);
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  g_assert_cmpuint (len, >=, 4 * 1024);

  /* Cut inside a page. */
  write_bytes (f->path, (const guint8 *) contents, len - 100);
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_DAMAGED);

  /* Cut on a page boundary: only page 1 left. */
  write_bytes (f->path, (const guint8 *) contents, 1024);
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_DAMAGED);

  /* Cut inside the header. */
  write_bytes (f->path, (const guint8 *) contents, 10);
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_NOT_A_VAULT);

  /* Empty. */
  write_bytes (f->path, (const guint8 *) contents, 0);
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_NOT_A_VAULT);
}

static void
test_zeroed (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *before = create_locked_vault (f);
  g_autofree guint8 *zeroes = NULL;
  GStatBuf st;

  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  zeroes = g_malloc0 (st.st_size);
  write_bytes (f->path, zeroes, st.st_size);

  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_NOT_A_VAULT);
}

static void
test_random_bytes (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *before = create_locked_vault (f);
  guint8 noise[8192];

  for (guint i = 0; i < sizeof noise; i++)
    noise[i] = (guint8) g_random_int_range (0, 256);
  write_bytes (f->path, noise, sizeof noise);

  /* With the sidecar of a real vault beside it… */
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_NOT_A_VAULT);

  /* …and alone. */
  g_assert_cmpint (g_unlink (f->sidecar), ==, 0);
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_NOT_A_VAULT);
}

static void
test_random_bytes_with_salt (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *before = create_locked_vault (f);
  g_autofree char *contents = NULL;
  gsize len;

  /* The right salt in front, noise after: the passphrase cannot open it. */
  g_assert_true (g_file_get_contents (f->path, &contents, &len, NULL));
  for (gsize i = 16; i < len; i++)
    contents[i] = (char) g_random_int_range (0, 256);
  write_bytes (f->path, (const guint8 *) contents, len);

  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);
}

static void
make_plain_sqlite (const char *path)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE t (a TEXT); INSERT INTO t VALUES ('plain');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_plain_sqlite (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *before = create_locked_vault (f);

  g_assert_cmpint (g_unlink (f->path), ==, 0);
  make_plain_sqlite (f->path);

  /* With a sidecar beside it… */
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_NOT_A_VAULT);
  /* …and without. */
  g_assert_cmpint (g_unlink (f->sidecar), ==, 0);
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_NOT_A_VAULT);
}

static void
test_missing_sidecar (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *before = create_locked_vault (f);

  g_assert_cmpint (g_unlink (f->sidecar), ==, 0);
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_NOT_A_VAULT);
}

static void
test_bad_sidecar (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *before = create_locked_vault (f);
  g_autofree char *original = NULL;
  g_autofree char *other_salt = NULL;

  g_assert_true (g_file_get_contents (f->sidecar, &original, NULL, NULL));

  write_bytes (f->sidecar, (const guint8 *) "not a key file\n\x01\x02", 17);
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_NOT_A_VAULT);

  /* A well-formed sidecar with another salt: not this vault's. */
  {
    g_autoptr(GKeyFile) keyfile = g_key_file_new ();

    g_assert_true (g_key_file_load_from_data (keyfile, original, -1, G_KEY_FILE_NONE, NULL));
    g_key_file_set_string (keyfile, "Phoenix Vault", "salt", "00112233445566778899aabbccddeeff");
    other_salt = g_key_file_to_data (keyfile, NULL, NULL);
  }
  write_bytes (f->sidecar, (const guint8 *) other_salt, strlen (other_salt));
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_NOT_A_VAULT);

  write_bytes (f->sidecar, (const guint8 *) original, strlen (original));
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, -1);
}

static void
test_too_new_schema (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %d",
                                          phoenix_vault_get_latest_schema_version () + 1);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  create_vault (f);
  set_name (f->vault, "Katherine Johnson");
  exec_in_vault (f->vault, sql);
  g_assert_cmpint (phoenix_vault_get_schema_version (f->vault), ==,
                   phoenix_vault_get_latest_schema_version () + 1);
  phoenix_vault_lock (f->vault);
  before = checksum_file (f->path);

  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_TOO_NEW);
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_TOO_NEW);

  after = checksum_file (f->path);
  g_assert_cmpstr (before, ==, after);
}

static void
replace_sidecar_key (Fixture    *f,
                     const char *key,
                     const char *value)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  g_key_file_load_from_file (keyfile, f->sidecar, G_KEY_FILE_KEEP_COMMENTS, &error);
  g_assert_no_error (error);
  g_key_file_set_string (keyfile, "Phoenix Vault", key, value);
  g_key_file_save_to_file (keyfile, f->sidecar, &error);
  g_assert_no_error (error);
}

static void
test_too_new_sidecar (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *before = create_locked_vault (f);
  g_autofree char *original = NULL;

  g_assert_true (g_file_get_contents (f->sidecar, &original, NULL, NULL));

  replace_sidecar_key (f, "format", "2");
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_TOO_NEW);

  write_bytes (f->sidecar, (const guint8 *) original, strlen (original));
  replace_sidecar_key (f, "cipher-compatibility", "99");
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_TOO_NEW);
}

/* The SQLCipher this test runs on: logged, and checked against
 * $PHOENIX_EXPECT_SQLCIPHER_MAJOR when set (build-aux/dev test sets 4 for its
 * SQLCipher 4 run, so a build that silently picked Debian's 3.4.1 fails). */
static void
test_cipher_version (void)
{
  const char *expected = g_getenv ("PHOENIX_EXPECT_SQLCIPHER_MAJOR");
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  g_autofree char *version = NULL;

  g_assert_cmpint (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA cipher_version", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  version = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  g_test_message ("SQLite %s, SQLCipher %s", sqlite3_libversion (), version);
  g_assert_nonnull (version);
  g_assert_cmpint (_phoenix_vault_get_cipher_major (), ==, (int) g_ascii_strtoll (version, NULL, 10));
  g_assert_cmpint (_phoenix_vault_get_cipher_major (), >=, 3);

  if (expected != NULL && *expected != '\0')
    g_assert_cmpint (_phoenix_vault_get_cipher_major (), ==, (int) g_ascii_strtoll (expected, NULL, 10));
}

/* Copies tests/data/vault/@name (written by tests/make-vault-fixture with
 * the SQLCipher of that major version, at schema version 2) to @f's paths. */
static void
copy_fixture_vault (Fixture    *f,
                    const char *name)
{
  const char *source_dir = g_getenv ("PHOENIX_SOURCE_DIR");
  g_autofree char *db = NULL;
  g_autofree char *kdf = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize len;

  g_assert_nonnull (source_dir);
  db = g_build_filename (source_dir, "tests", "data", "vault", name, "vault.db", NULL);
  kdf = g_strconcat (db, ".kdf", NULL);

  g_file_get_contents (db, &contents, &len, &error);
  g_assert_no_error (error);
  write_bytes (f->path, (const guint8 *) contents, len);
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (kdf, &contents, &len, &error);
  g_assert_no_error (error);
  write_bytes (f->sidecar, (const guint8 *) contents, len);
  g_assert_cmpint (g_chmod (f->path, 0600), ==, 0);
  g_assert_cmpint (g_chmod (f->sidecar, 0600), ==, 0);
}

static int
read_sidecar_compat (Fixture *f)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;
  int compat;

  g_key_file_load_from_file (keyfile, f->sidecar, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  compat = g_key_file_get_integer (keyfile, "Phoenix Vault", "cipher-compatibility", &error);
  g_assert_no_error (error);

  return compat;
}

/* A vault another SQLCipher major version made (or this one): a wrong
 * passphrase is told as such; the right one opens it, migrates it, saves,
 * changes the passphrase over many pages, and the vault keeps the format
 * it was made with (its page size and sidecar), so the SQLCipher that made
 * it can still open it. */
static void
assert_fixture_vault_works (Fixture *f,
                            int      compat)
{
  g_autoptr(PhoenixVault) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *skill = NULL;
  g_autofree char *page_size = NULL;
  g_autofree char *count = NULL;
  GStatBuf st;

  assert_unlock (f, "not the passphrase", PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);

  g_assert_true (phoenix_vault_unlock (f->vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (phoenix_vault_get_schema_version (f->vault), ==,
                   phoenix_vault_get_latest_schema_version ());
  name = get_name (f->vault);
  g_assert_cmpstr (name, ==, "Alan Turing");
  skill = query_text (f->vault, "SELECT name FROM skill");
  g_assert_cmpstr (skill, ==, "Cryptanalysis");
  page_size = query_text (f->vault, "PRAGMA cipher_page_size");
  g_assert_cmpstr (page_size, ==, compat >= 4 ? "4096" : "1024");

  set_name (f->vault, "Alan M. Turing");
  exec_in_vault (f->vault,
                 "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300) "
                 "INSERT INTO skill (position, name) SELECT i, 'skill ' || i FROM n");
  g_assert_true (phoenix_vault_change_passphrase (f->vault, PHOENIX_TEST_PASSPHRASE, NEW_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  phoenix_vault_lock (f->vault);

  g_assert_cmpint (read_sidecar_compat (f), ==, compat);
  g_assert_cmpint (g_stat (f->path, &st), ==, 0);
  g_assert_cmpint (st.st_size % (compat >= 4 ? 4096 : 1024), ==, 0);

  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);
  other = phoenix_test_vault_new (f->path);
  g_assert_true (phoenix_vault_unlock (other, NEW_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&name, g_free);
  name = get_name (other);
  g_assert_cmpstr (name, ==, "Alan M. Turing");
  count = query_text (other, "SELECT count(*) FROM skill");
  g_assert_cmpstr (count, ==, "301");
  g_assert_true (phoenix_vault_is_unlocked (other));
  phoenix_vault_lock (other);
}

/* A vault made by SQLCipher 3.4.1 (Debian 12) opens on 3 and on 4 (which
 * reads it with cipher_compatibility = 3). */
static void
test_made_by_sqlcipher3 (Fixture       *f,
                         gconstpointer  data)
{
  copy_fixture_vault (f, "sqlcipher3");
  g_assert_cmpint (read_sidecar_compat (f), ==, 3);
  assert_fixture_vault_works (f, 3);
}

/* A vault made by SQLCipher 4 (the Flatpak) opens on 4; SQLCipher 3 says it
 * is too new, before any key derivation, and leaves it untouched. */
static void
test_made_by_sqlcipher4 (Fixture       *f,
                         gconstpointer  data)
{
  copy_fixture_vault (f, "sqlcipher4");
  g_assert_cmpint (read_sidecar_compat (f), ==, 4);

  if (_phoenix_vault_get_cipher_major () < 4)
    {
      assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_TOO_NEW);
      return;
    }

  assert_fixture_vault_works (f, 4);
}

static void
test_two_instances (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PhoenixVault) second = phoenix_test_vault_new (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  if (g_test_subprocess ())
    {
      g_assert_false (phoenix_vault_unlock (f->vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
      g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_BUSY);
      return;
    }

  create_vault (f);
  set_name (f->vault, "Hedy Lamarr");

  g_assert_false (phoenix_vault_unlock (second, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_BUSY);
  g_clear_error (&error);
  g_assert_false (phoenix_vault_is_unlocked (second));

  /* The first one still works. */
  set_name (f->vault, "Hedy Lamarr (1914)");

  /* Another process is told BUSY too (flock is per open file, not per process). */
  g_setenv (DIR_ENV, f->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_unsetenv (DIR_ENV);

  phoenix_vault_lock (f->vault);
  g_assert_true (phoenix_vault_unlock (second, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  name = get_name (second);
  g_assert_cmpstr (name, ==, "Hedy Lamarr (1914)");

  /* And now the first is the one kept out. */
  g_assert_false (phoenix_vault_unlock (f->vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_BUSY);
}

static void
prepare_for_nobody (Fixture *f)
{
  /* The temporary folder must be reachable by the unprivileged child. */
  g_assert_cmpint (g_chmod (f->dir, 0755), ==, 0);
  g_setenv (DIR_ENV, f->dir, TRUE);
}

static void
test_read_only_create (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *ro = g_build_filename (f->dir, "ro", NULL);
  g_autofree char *path = g_build_filename (ro, "vault.db", NULL);
  g_autofree char *nested = g_build_filename (ro, "sub", "vault.db", NULL);

  if (g_test_subprocess ())
    {
      g_autoptr(PhoenixVault) vault = phoenix_test_vault_new (path);
      g_autoptr(PhoenixVault) nested_vault = phoenix_test_vault_new (nested);
      g_autoptr(GError) error = NULL;

      drop_privileges_if_root ();

      g_assert_false (phoenix_vault_create (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
      g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_READ_ONLY);
      g_assert_nonnull (strstr (error->message, ro));
      g_clear_error (&error);

      /* The folder that would hold it cannot be made either. */
      g_assert_false (phoenix_vault_create (nested_vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
      g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_READ_ONLY);
      return;
    }

  prepare_for_nobody (f);
  g_assert_cmpint (g_mkdir (ro, 0555), ==, 0);
  g_assert_cmpint (g_chmod (ro, 0555), ==, 0);

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv (DIR_ENV);
  g_test_trap_assert_passed ();

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (nested, G_FILE_TEST_EXISTS));
}

static void
test_read_only_unlock (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *ro = g_build_filename (f->dir, "ro", NULL);
  g_autofree char *path = g_build_filename (ro, "vault.db", NULL);
  g_autofree char *sidecar = g_strconcat (path, ".kdf", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(PhoenixVault) vault = phoenix_test_vault_new (path);
      g_autoptr(GError) error = NULL;

      drop_privileges_if_root ();

      /* The child can read the vault but not write beside it. */
      g_assert_cmpint (g_access (path, R_OK | W_OK), ==, 0);
      g_assert_cmpint (g_access (ro, W_OK), !=, 0);

      g_assert_false (phoenix_vault_unlock (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
      g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_READ_ONLY);
      g_assert_nonnull (strstr (error->message, ro));
      return;
    }

  prepare_for_nobody (f);
  g_assert_cmpint (g_mkdir (ro, 0755), ==, 0);
  {
    g_autoptr(PhoenixVault) vault = phoenix_test_vault_new (path);
    g_autoptr(GError) error = NULL;

    g_assert_true (phoenix_vault_create (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
    g_assert_no_error (error);
    set_name (vault, "Emmy Noether");
    phoenix_vault_lock (vault);
  }
  if (geteuid () == 0)
    {
      g_assert_cmpint (chown (path, NOBODY, NOBODY), ==, 0);
      g_assert_cmpint (chown (sidecar, NOBODY, NOBODY), ==, 0);
    }
  g_assert_cmpint (g_chmod (ro, 0555), ==, 0);
  before = checksum_file (path);

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv (DIR_ENV);
  g_test_trap_assert_passed ();

  after = checksum_file (path);
  g_assert_cmpstr (before, ==, after);

  /* Writable again: it opens with its data. */
  g_assert_cmpint (g_chmod (ro, 0755), ==, 0);
  {
    g_autoptr(PhoenixVault) vault = phoenix_test_vault_new (path);
    g_autoptr(GError) error = NULL;
    g_autofree char *name = NULL;

    g_assert_true (phoenix_vault_unlock (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
    g_assert_no_error (error);
    name = get_name (vault);
    g_assert_cmpstr (name, ==, "Emmy Noether");
  }
}

static gboolean
insert_big_blob_tx (sqlite3   *db,
                    gpointer   user_data,
                    GError   **error)
{
  int rc = sqlite3_exec (db, "INSERT INTO meta (key, value) VALUES ('big', zeroblob(2000000))",
                         NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

static void
limit_file_size (rlim_t bytes)
{
  struct rlimit limit = { bytes, bytes };

  /* Writes past the limit fail with EFBIG instead of killing us. */
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
}

static void
test_disk_full_save (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *name = NULL;
  g_autofree char *big = NULL;
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    {
      g_assert_true (phoenix_vault_unlock (f->vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
      g_assert_no_error (error);

      limit_file_size (64 * 1024);

      g_assert_false (_phoenix_vault_transaction (f->vault, insert_big_blob_tx, NULL, &error));
      g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_DISK_FULL);
      g_clear_error (&error);

      /* Small saves still go through. */
      set_name (f->vault, "Rosalind Franklin");
      phoenix_vault_lock (f->vault);
      return;
    }

  before = create_locked_vault (f);
  g_setenv (DIR_ENV, f->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv (DIR_ENV);
  g_test_trap_assert_passed ();

  g_assert_true (phoenix_vault_unlock (f->vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  name = get_name (f->vault);
  g_assert_cmpstr (name, ==, "Rosalind Franklin");
  big = query_text (f->vault, "SELECT count(*) FROM meta WHERE key = 'big'");
  g_assert_cmpstr (big, ==, "0");
  after = query_text (f->vault, "SELECT count(*) FROM experience");
  g_assert_cmpstr (after, ==, "2");
}

static void
test_disk_full_unlock (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    {
      /* Not even the shared-memory index fits. */
      limit_file_size (1024);
      g_assert_false (phoenix_vault_unlock (f->vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
      g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_DISK_FULL);
      return;
    }

  before = create_locked_vault (f);
  g_setenv (DIR_ENV, f->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv (DIR_ENV);
  g_test_trap_assert_passed ();

  after = checksum_file (f->path);
  g_assert_cmpstr (before, ==, after);
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, -1);
}

static void
test_disk_full_create (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (f->path, "-shm", NULL);
  g_autoptr(GError) error = NULL;

  if (g_test_subprocess ())
    {
      limit_file_size (4096);
      g_assert_false (phoenix_vault_create (f->vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
      g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_DISK_FULL);
      return;
    }

  g_setenv (DIR_ENV, f->dir, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_unsetenv (DIR_ENV);
  g_test_trap_assert_passed ();

  /* Nothing half-made is left behind. */
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (f->sidecar, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));

  /* And a create with room works. */
  create_vault (f);
}

static const char * const latest_tables[] = {
  "meta", "person", "link", "experience", "education", "skill",
  "language", "certification", "project", "interest",
  /* v3: JSON Resume sections and CV variants; v4: job offers */
  "volunteer", "award", "publication", "reference", "cv_variant", "cv_variant_entry", "job_offer",
};

/* Columns added to existing tables, as "table", "column". */
static const char * const latest_columns[][2] = {
  /* v5: the CV photo, shown or not per CV */
  { "cv_variant", "show_photo" },
  /* v10: the offer's occupation runner-up */
  { "job_offer", "occupation_runner_up" },
};

static void
test_migrations (Fixture       *f,
                 gconstpointer  data)
{
  int latest = phoenix_vault_get_latest_schema_version ();

  g_assert_cmpint (latest, >=, 1);

  for (int k = 0; k < latest; k++)
    {
      g_autofree char *name = g_strdup_printf ("migration-%d.db", k);
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_autoptr(PhoenixVault) vault = phoenix_test_vault_new (path);
      g_autoptr(GError) error = NULL;

      g_test_message ("Vault at schema version %d", k);

      g_assert_true (_phoenix_vault_create_at_version (vault, PHOENIX_TEST_PASSPHRASE, k, &error));
      g_assert_no_error (error);
      g_assert_cmpint (phoenix_vault_get_schema_version (vault), ==, k);
      if (k >= 1)
        set_name (vault, "Alan Turing");
      if (k >= 2)
        exec_in_vault (vault, "INSERT INTO skill (position, name) VALUES (0, 'Cryptanalysis')");
      if (k >= 3)
        exec_in_vault (vault, "INSERT INTO cv_variant (position, uid, name) VALUES (0, 'v1', 'Bletchley')");
      phoenix_vault_lock (vault);

      g_assert_true (phoenix_vault_unlock (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (phoenix_vault_get_schema_version (vault), ==, latest);

      for (guint i = 0; i < G_N_ELEMENTS (latest_tables); i++)
        {
          g_autofree char *sql =
            g_strdup_printf ("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '%s'",
                             latest_tables[i]);
          g_autofree char *found = query_text (vault, sql);

          g_assert_cmpstr (found, ==, "1");
        }
      for (guint i = 0; i < G_N_ELEMENTS (latest_columns); i++)
        {
          /* Prepared only when the column exists (no pragma_table_info() on SQLite 3.15). */
          g_autofree char *sql = g_strdup_printf ("SELECT count(%s) FROM %s",
                                                  latest_columns[i][1], latest_columns[i][0]);
          g_autofree char *found = query_text (vault, sql);

          g_assert_nonnull (found);
        }

      if (k >= 1)
        {
          g_autofree char *kept = get_name (vault);

          g_assert_cmpstr (kept, ==, "Alan Turing");
        }
      if (k >= 2)
        {
          g_autofree char *skill = query_text (vault, "SELECT name FROM skill");

          g_assert_cmpstr (skill, ==, "Cryptanalysis");
        }
      if (k == 2)
        {
          /* v3 gives entries written before it a uid. */
          g_autofree char *uid = query_text (vault, "SELECT uid FROM skill");

          g_assert_cmpuint (strlen (uid), >, 0);
        }
      if (k >= 3)
        {
          g_autofree char *variant = query_text (vault, "SELECT name FROM cv_variant");

          g_autofree char *show_photo = query_text (vault, "SELECT show_photo FROM cv_variant");

          g_assert_cmpstr (variant, ==, "Bletchley");
          /* v5: a CV made before it shows no photo. */
          g_assert_cmpstr (show_photo, ==, "0");
        }

      /* Reopening a migrated vault changes nothing. */
      phoenix_vault_lock (vault);
      g_assert_true (phoenix_vault_unlock (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpint (phoenix_vault_get_schema_version (vault), ==, latest);
    }
}

static void
test_migrations_table (void)
{
  guint n;
  const PhoenixMigration *migrations = _phoenix_schema_get_migrations (&n);

  g_assert_cmpuint (n, ==, (guint) phoenix_vault_get_latest_schema_version ());
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (migrations[i].to_version, ==, (int) i + 1);
      g_assert_nonnull (migrations[i].sql);
    }
}

static void
test_salts_differ (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *other_path = g_build_filename (f->dir, "other.db", NULL);
  g_autoptr(PhoenixVault) other = phoenix_test_vault_new (other_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  gsize len_a, len_b;

  create_vault (f);
  g_assert_true (phoenix_vault_create (other, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  phoenix_vault_lock (f->vault);
  phoenix_vault_lock (other);

  g_assert_true (g_file_get_contents (f->path, &a, &len_a, NULL));
  g_assert_true (g_file_get_contents (other_path, &b, &len_b, NULL));
  g_assert_cmpuint (len_a, >=, 16);
  g_assert_cmpuint (len_b, >=, 16);
  g_assert_cmpint (memcmp (a, b, 16), !=, 0);
  g_assert_cmpint (memcmp (a, "SQLite format 3", 16), !=, 0);
}

static void
assert_mode (const char *path,
             guint       mode)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpuint (st.st_mode & 0777, ==, mode);
}

static void
test_file_modes (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *folder = g_build_filename (f->dir, "phoenix", NULL);
  g_autofree char *path = g_build_filename (folder, "vault.db", NULL);
  g_autofree char *sidecar = g_strconcat (path, ".kdf", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(PhoenixVault) vault = phoenix_test_vault_new (path);
  g_autoptr(GError) error = NULL;
  mode_t old_umask = umask (0);

  /* Even with a permissive umask, nothing is readable by others. */
  g_assert_true (phoenix_vault_create (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  umask (old_umask);
  g_assert_no_error (error);
  set_name (vault, "Ada");

  assert_mode (folder, 0700);
  assert_mode (path, 0600);
  assert_mode (sidecar, 0600);
  assert_mode (wal, 0600);
  assert_mode (shm, 0600);

  /* Rewriting the sidecar keeps its mode. */
  {
    PhoenixKdfParams params = phoenix_kdf_test_params;

    params.m_cost_kib *= 2;
    phoenix_vault_set_kdf_params (vault, &params);
    g_assert_true (phoenix_vault_change_passphrase (vault, PHOENIX_TEST_PASSPHRASE, NEW_PASSPHRASE, NULL, &error));
    g_assert_no_error (error);
    assert_mode (sidecar, 0600);
  }
}

static void
count_cb (gpointer  instance,
          gpointer  user_data)
{
  (*(guint *) user_data)++;
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_lock (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint locked = 0, notified = 0;
  gboolean unlocked;

  g_signal_connect (f->vault, "locked", G_CALLBACK (count_cb), &locked);
  g_signal_connect (f->vault, "notify::unlocked", G_CALLBACK (notify_cb), &notified);

  g_assert_false (phoenix_test_vault_set_person (f->vault, "name", "x", &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED);
  g_clear_error (&error);

  create_vault (f);
  g_assert_cmpuint (notified, ==, 1);
  g_object_get (f->vault, "unlocked", &unlocked, NULL);
  g_assert_true (unlocked);
  g_assert_nonnull (_phoenix_vault_get_db (f->vault));

  phoenix_vault_lock (f->vault);
  g_assert_cmpuint (locked, ==, 1);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_false (phoenix_vault_is_unlocked (f->vault));
  g_object_get (f->vault, "unlocked", &unlocked, NULL);
  g_assert_false (unlocked);
  g_assert_null (_phoenix_vault_get_db (f->vault));
  g_assert_cmpint (phoenix_vault_get_schema_version (f->vault), ==, -1);

  g_assert_false (phoenix_test_vault_set_person (f->vault, "name", "x", &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED);
  g_clear_error (&error);

  /* Twice is fine and says nothing. */
  phoenix_vault_lock (f->vault);
  g_assert_cmpuint (locked, ==, 1);
  g_assert_cmpuint (notified, ==, 2);

  /* The same object unlocks again. */
  g_assert_true (phoenix_vault_unlock (f->vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (notified, ==, 3);

  g_signal_handlers_disconnect_by_data (f->vault, &locked);
  g_signal_handlers_disconnect_by_data (f->vault, &notified);
}

static gboolean
fail_tx (sqlite3   *db,
         gpointer   user_data,
         GError   **error)
{
  g_assert_cmpint (sqlite3_exec (db, "UPDATE person SET name = 'changed'", NULL, NULL, NULL), ==, SQLITE_OK);
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "invalid");
  return FALSE;
}

static void
test_transaction_rollback (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;

  create_vault (f);
  set_name (f->vault, "kept");

  g_assert_false (_phoenix_vault_transaction (f->vault, fail_tx, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
  name = get_name (f->vault);
  g_assert_cmpstr (name, ==, "kept");
  g_assert_true (sqlite3_get_autocommit (_phoenix_vault_get_db (f->vault)));
  g_clear_error (&error);

  /* An SQL error inside is mapped and rolled back too. */
  g_assert_false (phoenix_test_vault_exec (f->vault, "INSERT INTO nowhere VALUES (1)", &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED);
  g_assert_true (sqlite3_get_autocommit (_phoenix_vault_get_db (f->vault)));
}

static void
test_sqlite_errors (void)
{
  static const struct { int rc; int code; } cases[] = {
    { SQLITE_FULL, PHOENIX_VAULT_ERROR_DISK_FULL },
    { SQLITE_READONLY, PHOENIX_VAULT_ERROR_READ_ONLY },
    { SQLITE_BUSY, PHOENIX_VAULT_ERROR_BUSY },
    { SQLITE_CORRUPT, PHOENIX_VAULT_ERROR_DAMAGED },
    { SQLITE_NOTADB, PHOENIX_VAULT_ERROR_DAMAGED },
    { SQLITE_ERROR, PHOENIX_VAULT_ERROR_FAILED },
    { SQLITE_IOERR_WRITE, PHOENIX_VAULT_ERROR_FAILED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      _phoenix_vault_set_sqlite_error (&error, NULL, cases[i].rc);
      g_assert_error (error, PHOENIX_VAULT_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, !=, "");
    }
}

static void
test_exists_and_not_found (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(PhoenixVault) second = phoenix_test_vault_new (f->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *sidecar_before = NULL;
  g_autofree char *sidecar_after = NULL;

  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_NOT_FOUND);

  before = create_locked_vault (f);
  sidecar_before = checksum_file (f->sidecar);

  g_assert_false (phoenix_vault_create (second, NEW_PASSPHRASE, NULL, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_EXISTS);

  after = checksum_file (f->path);
  sidecar_after = checksum_file (f->sidecar);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (sidecar_before, ==, sidecar_after);
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, -1);
}

typedef struct
{
  GMainLoop *loop;
  GError    *error;
  gboolean   ok;
  gboolean   unlocked_in_callback;
} AsyncResult;

static void
create_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncResult *res = user_data;

  res->unlocked_in_callback = phoenix_vault_is_unlocked (PHOENIX_VAULT (object));
  res->ok = phoenix_vault_create_finish (PHOENIX_VAULT (object), result, &res->error);
  g_main_loop_quit (res->loop);
}

static void
unlock_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncResult *res = user_data;

  res->unlocked_in_callback = phoenix_vault_is_unlocked (PHOENIX_VAULT (object));
  res->ok = phoenix_vault_unlock_finish (PHOENIX_VAULT (object), result, &res->error);
  g_main_loop_quit (res->loop);
}

static void
change_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  AsyncResult *res = user_data;

  res->ok = phoenix_vault_change_passphrase_finish (PHOENIX_VAULT (object), result, &res->error);
  g_main_loop_quit (res->loop);
}

static void
async_result_clear (AsyncResult *res)
{
  g_clear_error (&res->error);
  res->ok = FALSE;
  res->unlocked_in_callback = FALSE;
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  AsyncResult res = { g_main_loop_new (NULL, FALSE), NULL, FALSE, FALSE };
  g_autofree char *name = NULL;

  phoenix_vault_create_async (f->vault, PHOENIX_TEST_PASSPHRASE, NULL, create_done_cb, &res);
  g_assert_false (phoenix_vault_is_unlocked (f->vault));
  g_main_loop_run (res.loop);
  g_assert_no_error (res.error);
  g_assert_true (res.ok);
  g_assert_true (res.unlocked_in_callback);
  set_name (f->vault, "Sophie Germain");
  phoenix_vault_lock (f->vault);
  async_result_clear (&res);

  phoenix_vault_unlock_async (f->vault, "wrong", NULL, unlock_done_cb, &res);
  g_main_loop_run (res.loop);
  g_assert_error (res.error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);
  g_assert_false (res.ok);
  g_assert_false (phoenix_vault_is_unlocked (f->vault));
  async_result_clear (&res);

  phoenix_vault_unlock_async (f->vault, PHOENIX_TEST_PASSPHRASE, NULL, unlock_done_cb, &res);
  g_main_loop_run (res.loop);
  g_assert_no_error (res.error);
  g_assert_true (res.ok);
  g_assert_true (res.unlocked_in_callback);
  name = get_name (f->vault);
  g_assert_cmpstr (name, ==, "Sophie Germain");
  async_result_clear (&res);

  phoenix_vault_change_passphrase_async (f->vault, "wrong", NEW_PASSPHRASE, NULL, change_done_cb, &res);
  g_main_loop_run (res.loop);
  g_assert_error (res.error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);
  async_result_clear (&res);

  phoenix_vault_change_passphrase_async (f->vault, PHOENIX_TEST_PASSPHRASE, NEW_PASSPHRASE, NULL, change_done_cb, &res);
  g_main_loop_run (res.loop);
  g_assert_no_error (res.error);
  g_assert_true (res.ok);
  async_result_clear (&res);
  phoenix_vault_lock (f->vault);

  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);
  assert_unlock (f, NEW_PASSPHRASE, -1);

  g_main_loop_unref (res.loop);
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  AsyncResult res = { g_main_loop_new (NULL, FALSE), NULL, FALSE, FALSE };
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_cancellable_cancel (cancellable);

  /* Cancelled create: nothing made. */
  phoenix_vault_create_async (f->vault, PHOENIX_TEST_PASSPHRASE, cancellable, create_done_cb, &res);
  g_main_loop_run (res.loop);
  g_assert_error (res.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (phoenix_vault_is_unlocked (f->vault));
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (f->sidecar, G_FILE_TEST_EXISTS));
  async_result_clear (&res);

  g_assert_false (phoenix_vault_create (f->vault, PHOENIX_TEST_PASSPHRASE, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));

  before = create_locked_vault (f);

  /* Cancelled unlock: stays locked, file untouched, and not held. */
  phoenix_vault_unlock_async (f->vault, PHOENIX_TEST_PASSPHRASE, cancellable, unlock_done_cb, &res);
  g_main_loop_run (res.loop);
  g_assert_error (res.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_false (phoenix_vault_is_unlocked (f->vault));
  async_result_clear (&res);

  g_assert_false (phoenix_vault_unlock (f->vault, PHOENIX_TEST_PASSPHRASE, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  after = checksum_file (f->path);
  g_assert_cmpstr (before, ==, after);
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, -1);

  /* Cancelled change of passphrase: the old one still works. */
  g_assert_true (phoenix_vault_unlock (f->vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  phoenix_vault_change_passphrase_async (f->vault, PHOENIX_TEST_PASSPHRASE, NEW_PASSPHRASE, cancellable,
                                         change_done_cb, &res);
  g_main_loop_run (res.loop);
  g_assert_error (res.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  async_result_clear (&res);
  phoenix_vault_lock (f->vault);
  assert_unlock (f, PHOENIX_TEST_PASSPHRASE, -1);

  g_main_loop_unref (res.loop);
}

static void
test_default_params (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(PhoenixVault) vault = phoenix_vault_new (f->path);
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (phoenix_kdf_default_params.m_cost_kib, >=, 64 * 1024);
  g_assert_cmpuint (phoenix_kdf_default_params.t_cost, >=, 2);

  g_assert_true (phoenix_vault_create (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
  phoenix_vault_lock (vault);

  g_key_file_load_from_file (keyfile, f->sidecar, G_KEY_FILE_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_key_file_get_integer (keyfile, "Phoenix Vault", "m-cost-kib", NULL), ==,
                   phoenix_kdf_default_params.m_cost_kib);

  g_assert_true (phoenix_vault_unlock (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);
}

static void
test_kdf (void)
{
  g_autoptr(GError) error = NULL;
  guint8 salt[PHOENIX_KDF_SALT_SIZE] = { 0 };
  guint8 salt2[PHOENIX_KDF_SALT_SIZE] = { 0 };
  guint8 a[PHOENIX_KDF_KEY_SIZE], b[PHOENIX_KDF_KEY_SIZE];
  PhoenixKdfParams bad = { 1, 4, 1 };

  g_assert_true (phoenix_kdf_derive ("pass", salt, &phoenix_kdf_test_params, a, &error));
  g_assert_no_error (error);
  g_assert_true (phoenix_kdf_derive ("pass", salt, &phoenix_kdf_test_params, b, &error));
  g_assert_cmpmem (a, sizeof a, b, sizeof b);

  g_assert_true (phoenix_kdf_generate_salt (salt2, &error));
  g_assert_no_error (error);
  g_assert_true (phoenix_kdf_derive ("pass", salt2, &phoenix_kdf_test_params, b, &error));
  g_assert_cmpint (memcmp (a, b, sizeof a), !=, 0);

  g_assert_false (phoenix_kdf_params_valid (&bad));
  g_assert_false (phoenix_kdf_derive ("pass", salt, &bad, a, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (phoenix_kdf_derive ("", salt, &phoenix_kdf_test_params, a, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/vault/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  g_test_add_func ("/vault/kdf", test_kdf);
  g_test_add_func ("/vault/default-path", test_default_path);
  g_test_add_func ("/vault/sqlite-errors", test_sqlite_errors);
  g_test_add_func ("/vault/migrations-table", test_migrations_table);
  g_test_add_func ("/vault/cipher-version", test_cipher_version);
  ADD ("round-trip", test_round_trip);
  ADD ("sidecar", test_sidecar);
  ADD ("wrong-passphrase", test_wrong_passphrase);
  ADD ("wrong-passphrase-after-crash", test_wrong_passphrase_after_crash);
  ADD ("empty-passphrase", test_empty_passphrase);
  ADD ("normalized-passphrase", test_normalized_passphrase);
  ADD ("change-passphrase", test_change_passphrase);
  ADD ("change-passphrase-locked", test_change_passphrase_locked);
  ADD ("rekey-raw-forms", test_rekey_raw_forms);
  ADD ("truncated", test_truncated);
  ADD ("zeroed", test_zeroed);
  ADD ("random-bytes", test_random_bytes);
  ADD ("random-bytes-with-salt", test_random_bytes_with_salt);
  ADD ("plain-sqlite", test_plain_sqlite);
  ADD ("missing-sidecar", test_missing_sidecar);
  ADD ("bad-sidecar", test_bad_sidecar);
  ADD ("too-new-schema", test_too_new_schema);
  ADD ("too-new-sidecar", test_too_new_sidecar);
  ADD ("made-by-sqlcipher3", test_made_by_sqlcipher3);
  ADD ("made-by-sqlcipher4", test_made_by_sqlcipher4);
  ADD ("two-instances", test_two_instances);
  ADD ("read-only/create", test_read_only_create);
  ADD ("read-only/unlock", test_read_only_unlock);
  ADD ("disk-full/save", test_disk_full_save);
  ADD ("disk-full/unlock", test_disk_full_unlock);
  ADD ("disk-full/create", test_disk_full_create);
  ADD ("migrations", test_migrations);
  ADD ("salts-differ", test_salts_differ);
  ADD ("file-modes", test_file_modes);
  ADD ("lock", test_lock);
  ADD ("transaction-rollback", test_transaction_rollback);
  ADD ("exists-and-not-found", test_exists_and_not_found);
  ADD ("async", test_async);
  ADD ("cancel", test_cancel);
  ADD ("default-params", test_default_params);

#undef ADD

  return g_test_run ();
}
