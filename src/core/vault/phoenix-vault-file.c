/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-vault"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "phoenix-schema.h"
#include "phoenix-vault-error.h"
#include "phoenix-vault-file.h"
#include "phoenix-vault-private.h"
#include "phoenix-vault-sidecar.h"

/*
 * The vault file on disk: cheap checks, locking, keying, opening and creating.
 * Everything here runs in any thread and touches no PhoenixVault.
 */

#define SQLITE_HEADER "SQLite format 3"  /* + NUL: 16 bytes */

/* Vault files this process holds, by device and inode. Opening a second
 * descriptor on a file SQLite has open and closing it would drop SQLite's
 * POSIX locks on it, so a second PhoenixVault on the same file must be told
 * BUSY before it opens anything. flock() still guards against other processes. */
typedef struct
{
  dev_t dev;
  ino_t ino;
} HeldFile;

static GMutex held_files_lock;
static GArray *held_files;

static gboolean
held_files_contains (dev_t dev,
                     ino_t ino)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&held_files_lock);

  for (guint i = 0; held_files != NULL && i < held_files->len; i++)
    {
      const HeldFile *held = &g_array_index (held_files, HeldFile, i);

      if (held->dev == dev && held->ino == ino)
        return TRUE;
    }

  return FALSE;
}

static void
held_files_add (dev_t dev,
                ino_t ino)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&held_files_lock);
  HeldFile held = { dev, ino };

  if (held_files == NULL)
    held_files = g_array_new (FALSE, FALSE, sizeof (HeldFile));
  g_array_append_val (held_files, held);
}

static void
held_files_remove (dev_t dev,
                   ino_t ino)
{
  g_autoptr(GMutexLocker) locker = g_mutex_locker_new (&held_files_lock);

  for (guint i = 0; held_files != NULL && i < held_files->len; i++)
    {
      const HeldFile *held = &g_array_index (held_files, HeldFile, i);

      if (held->dev == dev && held->ino == ino)
        {
          g_array_remove_index_fast (held_files, i);
          return;
        }
    }
}

static void
close_db (sqlite3 *db)
{
  if (db == NULL)
    return;

  if (sqlite3_close (db) == SQLITE_BUSY)
    {
      g_warning ("The vault was locked with unfinalized SQLite statements");
      sqlite3_close_v2 (db);
    }
}

void
_phoenix_vault_state_free (PhoenixVaultState *state)
{
  if (state == NULL)
    return;

  /* The database first: closing our descriptor drops this process's POSIX
   * locks on the file, which SQLite must have released by then. */
  close_db (state->db);
  if (state->lock_fd >= 0)
    {
      held_files_remove (state->dev, state->ino);
      close (state->lock_fd);
    }
  explicit_bzero (state, sizeof *state);
  g_free (state);
}

static PhoenixVaultState *
vault_state_new (void)
{
  PhoenixVaultState *state = g_new0 (PhoenixVaultState, 1);

  state->lock_fd = -1;

  return state;
}

/* The major version of the SQLCipher we run on (3 or 4), 0 when the SQLite we
 * are linked with has no encryption at all. */
int
_phoenix_vault_get_cipher_major (void)
{
  static gsize once = 0;
  static int major = 0;

  if (g_once_init_enter (&once))
    {
      sqlite3 *db = NULL;
      sqlite3_stmt *stmt = NULL;

      if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) == SQLITE_OK &&
          sqlite3_prepare_v2 (db, "PRAGMA cipher_version", -1, &stmt, NULL) == SQLITE_OK &&
          sqlite3_step (stmt) == SQLITE_ROW)
        {
          const char *version = (const char *) sqlite3_column_text (stmt, 0);

          if (version != NULL)
            major = (int) g_ascii_strtoll (version, NULL, 10);
          g_debug ("SQLCipher %s", version);
        }
      sqlite3_finalize (stmt);
      sqlite3_close (db);

      g_once_init_leave (&once, 1);
    }

  return major;
}

static guint
page_size_for_compat (int cipher_compat)
{
  return cipher_compat >= 4 ? 4096 : 1024;
}

gboolean
_phoenix_vault_exec (sqlite3     *db,
                     const char  *sql,
                     GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  return TRUE;
}

/* "x'<64 hex key><32 hex salt>'" (or without the salt), wiped by the caller. */
static void
format_raw_key (char         *out,
                gsize         out_size,
                const guint8 *key,
                const guint8 *salt)
{
  static const char hex[] = "0123456789abcdef";
  gsize n = 0;

  g_assert (out_size >= 3 + 2 * (PHOENIX_KDF_KEY_SIZE + PHOENIX_KDF_SALT_SIZE) + 1);

  out[n++] = 'x';
  out[n++] = '\'';
  for (gsize i = 0; i < PHOENIX_KDF_KEY_SIZE; i++)
    {
      out[n++] = hex[key[i] >> 4];
      out[n++] = hex[key[i] & 0xf];
    }
  for (gsize i = 0; salt != NULL && i < PHOENIX_KDF_SALT_SIZE; i++)
    {
      out[n++] = hex[salt[i] >> 4];
      out[n++] = hex[salt[i] & 0xf];
    }
  out[n++] = '\'';
  out[n] = '\0';
}

#define RAW_KEY_BUFFER_SIZE (3 + 2 * (PHOENIX_KDF_KEY_SIZE + PHOENIX_KDF_SALT_SIZE) + 1)

typedef int (*KeyFunc) (sqlite3    *db,
                        const char *db_name,
                        const void *key,
                        int         n_key);

/* sqlite3_key_v2() or sqlite3_rekey_v2() with "x'…'": equivalent to PRAGMA key
 * (or rekey) = "x'…'" as the first statement, without the key going through
 * the SQL parser's buffers. */
static int
apply_raw_key (sqlite3      *db,
               KeyFunc       key_func,
               const guint8 *key,
               const guint8 *salt)
{
  char raw[RAW_KEY_BUFFER_SIZE];
  int rc;

  format_raw_key (raw, sizeof raw, key, salt);
  rc = key_func (db, "main", raw, (int) strlen (raw));
  explicit_bzero (raw, sizeof raw);

  return rc;
}

static void
tighten_companion_files (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm" };
  g_autofree char *dir = g_path_get_dirname (path);
  struct stat st;

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);

      if (g_chmod (companion, 0600) != 0 && errno != ENOENT)
        g_debug ("chmod %s: %s", companion, g_strerror (errno));
    }

  /* The vault's folder is the user's alone, even one an older version (or another tool) made
   * with wider rights: only its owner's bits are kept (0755 becomes 0700). A folder of someone
   * else's is left as it is. */
  if (g_stat (dir, &st) == 0 && S_ISDIR (st.st_mode) && st.st_uid == geteuid () && (st.st_mode & 077) != 0
      && g_chmod (dir, st.st_mode & 0700) != 0)
    g_debug ("chmod %s: %s", dir, g_strerror (errno));
}

static void
remove_companion_files (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);

      g_unlink (companion);
    }
}

/* Opens the SQLite connection and keys it: nothing is read or written yet. */
static gboolean
open_keyed_db (PhoenixVaultState  *state,
               const char         *path,
               int                 open_flags,
               gboolean            native_cipher,
               GError            **error)
{
  int rc;

  rc = sqlite3_open_v2 (path, &state->db, open_flags | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      _phoenix_vault_set_sqlite_error (error, state->db, rc);
      return FALSE;
    }

  sqlite3_extended_result_codes (state->db, TRUE);

  rc = apply_raw_key (state->db, sqlite3_key_v2, state->key, state->salt);
  if (rc != SQLITE_OK)
    {
      _phoenix_vault_set_sqlite_error (error, state->db, rc);
      return FALSE;
    }

  /* A vault made by SQLCipher 3 opened by SQLCipher 4 keeps its old settings. */
  if (!native_cipher && _phoenix_vault_get_cipher_major () >= 4 && state->cipher_compat == 3 &&
      !_phoenix_vault_exec (state->db, "PRAGMA cipher_compatibility = 3", error))
    return FALSE;

  return TRUE;
}

static gboolean
set_connection_pragmas (sqlite3  *db,
                        GError  **error)
{
  return _phoenix_vault_exec (db, "PRAGMA foreign_keys = ON", error) &&
         _phoenix_vault_exec (db, "PRAGMA secure_delete = ON", error);
}

/* Takes the exclusive lock on the open descriptor; FALSE (BUSY) when another
 * instance holds it. */
static gboolean
take_file_lock (PhoenixVaultState  *state,
                const char         *path,
                GError            **error)
{
  struct stat st;

  if (fstat (state->lock_fd, &st) != 0)
    {
      _phoenix_vault_set_errno_error (error, errno, path);
      return FALSE;
    }

  if (flock (state->lock_fd, LOCK_EX | LOCK_NB) != 0)
    {
      int errsv = errno;

      if (errsv == EWOULDBLOCK)
        _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_BUSY);
      else
        _phoenix_vault_set_errno_error (error, errsv, path);
      return FALSE;
    }

  state->dev = st.st_dev;
  state->ino = st.st_ino;
  held_files_add (st.st_dev, st.st_ino);

  return TRUE;
}

static gboolean
check_integrity (sqlite3  *db,
                 GError  **error)
{
  sqlite3_stmt *stmt = NULL;
  gboolean ok;
  int rc;

  rc = sqlite3_prepare_v2 (db, "PRAGMA quick_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      sqlite3_finalize (stmt);
      return FALSE;
    }

  ok = g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
  if (!ok)
    {
      g_debug ("quick_check: %s", sqlite3_column_text (stmt, 0));
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_DAMAGED);
    }
  sqlite3_finalize (stmt);

  return ok;
}

/* The checks after the key, on any connection: the passphrase (the first read
 * decrypts page 1), the schema version and every page. Writes nothing. */
static gboolean
verify_keyed_db (sqlite3  *db,
                 GError  **error)
{
  int version, rc;

  rc = sqlite3_exec (db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
  if ((rc & 0xff) == SQLITE_NOTADB)
    {
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE);
      return FALSE;
    }
  else if (rc != SQLITE_OK)
    {
      _phoenix_vault_set_sqlite_error (error, db, rc);
      return FALSE;
    }

  if (!_phoenix_schema_read_version (db, &version, error))
    return FALSE;

  if (version > phoenix_vault_get_latest_schema_version ())
    {
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_TOO_NEW);
      return FALSE;
    }

  /* Reads every page once (and so checks every page's HMAC): a vault cut
   * short or damaged is told now, not at the first save. */
  return check_integrity (db, error);
}

static gboolean
companion_exists (const char *path,
                  const char *suffix)
{
  g_autofree char *companion = g_strconcat (path, suffix, NULL);

  return g_file_test (companion, G_FILE_TEST_EXISTS);
}

static void
remove_companion (const char *path,
                  const char *suffix)
{
  g_autofree char *companion = g_strconcat (path, suffix, NULL);

  g_unlink (companion);
}

/*
 * Unlock, in any thread. Cheap checks first (no KDF wasted on a file that
 * cannot be a vault), and nothing is written before the passphrase and the
 * schema version are known good.
 */
PhoenixVaultState *
_phoenix_vault_state_open (const char    *path,
                           const char    *sidecar_path,
                           const char    *passphrase,
                           GCancellable  *cancellable,
                           GError       **error)
{
  g_autoptr(PhoenixVaultState) state = vault_state_new ();
  g_autofree char *dir = g_path_get_dirname (path);
  struct stat st;
  PhoenixVaultSidecar sidecar = { { 0 } };
  guint8 head[16];
  guint page_size;
  gboolean wal_existed, shm_existed, verified;
  int major;

  major = _phoenix_vault_get_cipher_major ();
  if (major < 3)
    {
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                           _("This build of Phoenix has no encryption support. Install Phoenix again."));
      return NULL;
    }

  if (g_stat (path, &st) != 0)
    {
      int errsv = errno;

      if (errsv == ENOENT)
        _phoenix_vault_set_not_found_error (error, path);
      else
        _phoenix_vault_set_errno_error (error, errsv, path);
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_NOT_A_VAULT);
      return NULL;
    }

  if (held_files_contains (st.st_dev, st.st_ino))
    {
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_BUSY);
      return NULL;
    }

  state->lock_fd = g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY, 0);
  if (state->lock_fd < 0)
    {
      _phoenix_vault_set_errno_error (error, errno, path);
      return NULL;
    }

  if (!take_file_lock (state, path, error))
    {
      close (state->lock_fd);
      state->lock_fd = -1;
      return NULL;
    }

  if (fstat (state->lock_fd, &st) != 0)
    {
      _phoenix_vault_set_errno_error (error, errno, path);
      return NULL;
    }

  memset (head, 0, sizeof head);
  if (st.st_size >= (off_t) sizeof head &&
      pread (state->lock_fd, head, sizeof head, 0) != (ssize_t) sizeof head)
    {
      _phoenix_vault_set_errno_error (error, errno, path);
      return NULL;
    }

  if (st.st_size >= (off_t) sizeof head && memcmp (head, SQLITE_HEADER, sizeof head) == 0)
    {
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_NOT_A_VAULT,
                           _("This file is a plain, unencrypted database, not a Phoenix vault."));
      return NULL;
    }

  if (!_phoenix_vault_read_sidecar (sidecar_path, &sidecar, error))
    return NULL;

  if (sidecar.cipher_compat > major)
    {
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_TOO_NEW,
                           _("This vault was created with a newer encryption library. "
                             "Update Phoenix to open it."));
      return NULL;
    }

  /* The salt is the file's first 16 bytes: anything else (zeroes, random
   * bytes, another file) is not the vault this sidecar belongs to. */
  if (st.st_size < (off_t) sizeof head || memcmp (head, sidecar.salt, sizeof head) != 0)
    {
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_NOT_A_VAULT);
      return NULL;
    }

  page_size = page_size_for_compat (sidecar.cipher_compat);
  if (st.st_size < (off_t) page_size || st.st_size % page_size != 0)
    {
      _phoenix_vault_set_error (error, PHOENIX_VAULT_ERROR_DAMAGED);
      return NULL;
    }

  /* WAL needs to create files beside the vault, and every save writes. */
  if (g_access (dir, W_OK | X_OK) != 0 || g_access (path, R_OK | W_OK) != 0)
    {
      _phoenix_vault_set_errno_error (error, errno, path);
      return NULL;
    }

  memcpy (state->salt, sidecar.salt, sizeof state->salt);
  state->params = sidecar.params;
  state->cipher_compat = sidecar.cipher_compat;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (!phoenix_kdf_derive (passphrase, state->salt, &state->params, state->key, error))
    return NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  /* Everything is verified on a read-only connection first. Its descriptor
   * cannot write to the vault, so no failure can change a byte of it; not
   * even SQLite folding a journal left by a crash into the file, which a
   * read-write connection does when it closes. */
  wal_existed = companion_exists (path, "-wal");
  shm_existed = companion_exists (path, "-shm");
  verified = open_keyed_db (state, path, SQLITE_OPEN_READONLY, FALSE, error) &&
             verify_keyed_db (state->db, error);
  close_db (state->db);
  state->db = NULL;
  if (!verified)
    {
      /* Leave the folder as it was found. */
      if (!wal_existed)
        remove_companion (path, "-wal");
      if (!shm_existed)
        remove_companion (path, "-shm");
      return NULL;
    }

  if (!open_keyed_db (state, path, SQLITE_OPEN_READWRITE, FALSE, error))
    return NULL;

  if (!_phoenix_vault_exec (state->db, "PRAGMA journal_mode = WAL", error) ||
      !set_connection_pragmas (state->db, error) ||
      !_phoenix_schema_migrate (state->db, error))
    return NULL;

  tighten_companion_files (path);

  return g_steal_pointer (&state);
}

/* Create, in any thread. On failure, removes whatever it made. */
PhoenixVaultState *
_phoenix_vault_state_create (const char              *path,
                             const char              *sidecar_path,
                             const char              *passphrase,
                             const PhoenixKdfParams  *params,
                             int                      schema_version,
                             GCancellable            *cancellable,
                             GError                 **error)
{
  g_autoptr(PhoenixVaultState) state = vault_state_new ();
  g_autofree char *dir = g_path_get_dirname (path);
  gboolean made_file = FALSE;
  gboolean made_sidecar = FALSE;
  PhoenixVaultSidecar sidecar = { { 0 } };
  guint8 head[PHOENIX_KDF_SALT_SIZE];
  struct stat st;
  int major;

  major = _phoenix_vault_get_cipher_major ();
  if (major < 3)
    {
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                           _("This build of Phoenix has no encryption support. Install Phoenix again."));
      return NULL;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      _phoenix_vault_set_errno_error (error, errno, path);
      return NULL;
    }

  if (g_lstat (path, &st) == 0)
    {
      _phoenix_vault_set_exists_error (error, path);
      return NULL;
    }

  if (g_access (dir, W_OK | X_OK) != 0)
    {
      _phoenix_vault_set_errno_error (error, errno, path);
      return NULL;
    }

  if (!phoenix_kdf_generate_salt (state->salt, error))
    return NULL;
  state->params = *params;
  state->cipher_compat = major;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (!phoenix_kdf_derive (passphrase, state->salt, &state->params, state->key, error))
    return NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  /* From here on nothing is cancelled: the vault is made or removed whole. */
  state->lock_fd = g_open (path, O_RDONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY,
                           0600);
  if (state->lock_fd < 0)
    {
      int errsv = errno;

      if (errsv == EEXIST)
        _phoenix_vault_set_exists_error (error, path);
      else
        _phoenix_vault_set_errno_error (error, errsv, path);
      return NULL;
    }
  made_file = TRUE;

  if (!take_file_lock (state, path, error))
    goto fail;

  /* No vault stood here, so journals left beside the name are stale. */
  remove_companion_files (path);

  memcpy (sidecar.salt, state->salt, sizeof sidecar.salt);
  sidecar.params = state->params;
  sidecar.cipher_compat = state->cipher_compat;
  if (!_phoenix_vault_write_sidecar (sidecar_path, &sidecar, error))
    goto fail;
  made_sidecar = TRUE;

  if (!open_keyed_db (state, path, SQLITE_OPEN_READWRITE, TRUE, error) ||
      !_phoenix_vault_exec (state->db, "PRAGMA journal_mode = WAL", error) ||
      !set_connection_pragmas (state->db, error) ||
      !_phoenix_schema_migrate_to (state->db, schema_version, error))
    goto fail;

  /* The header must carry our salt, or unlock would refuse this file. */
  if (pread (state->lock_fd, head, sizeof head, 0) != (ssize_t) sizeof head ||
      memcmp (head, state->salt, sizeof head) != 0)
    {
      g_critical ("SQLCipher did not write the vault salt as the file header");
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                           _("The vault could not be created."));
      goto fail;
    }

  tighten_companion_files (path);

  return g_steal_pointer (&state);

fail:
  close_db (state->db);
  state->db = NULL;
  if (made_file)
    {
      g_unlink (path);
      remove_companion_files (path);
    }
  if (made_sidecar)
    g_unlink (sidecar_path);

  return NULL;
}

/* Re-encrypts every page with @new_key (same salt, so the header stays
 * valid) and, when the cost changed, rewrites the sidecar; on failure the
 * vault keeps its old key. */
gboolean
_phoenix_vault_state_rekey (PhoenixVaultState       *state,
                            const char              *sidecar_path,
                            const guint8            *new_key,
                            const PhoenixKdfParams  *new_params,
                            GError                 **error)
{
  int rc;

  /* Fold the WAL into the file first, so that every page is rewritten with
   * the new key from one consistent state. */
  if (!_phoenix_vault_exec (state->db, "PRAGMA wal_checkpoint(TRUNCATE)", error))
    return FALSE;

  rc = apply_raw_key (state->db, sqlite3_rekey_v2, new_key, state->salt);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (state->db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _phoenix_vault_set_sqlite_error (error, state->db, rc);
      return FALSE;
    }

  if (!phoenix_kdf_params_equal (new_params, &state->params))
    {
      PhoenixVaultSidecar sidecar;

      memcpy (sidecar.salt, state->salt, sizeof sidecar.salt);
      sidecar.params = *new_params;
      sidecar.cipher_compat = state->cipher_compat;

      if (!_phoenix_vault_write_sidecar (sidecar_path, &sidecar, error))
        {
          /* Without the new cost on disk the new key could never be derived
           * again: go back to the old key. */
          if (apply_raw_key (state->db, sqlite3_rekey_v2, state->key, state->salt) != SQLITE_OK)
            g_critical ("Could not restore the previous vault key after a failed settings write");
          return FALSE;
        }
      state->params = *new_params;
    }

  memcpy (state->key, new_key, PHOENIX_KDF_KEY_SIZE);
  _phoenix_vault_exec (state->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);

  return TRUE;
}
