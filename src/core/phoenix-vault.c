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

#include "phoenix-kdf.h"
#include "phoenix-vault-private.h"

/*
 * The vault: one SQLCipher file keyed with a raw 256-bit key derived by
 * Argon2id, and beside it a plaintext sidecar "<path>.kdf" holding the salt and
 * the KDF cost. Passing the key as x'<key hex><salt hex>' makes SQLCipher use
 * our salt as the file's first 16 bytes, so the cheap checks below can tell a
 * Phoenix vault from any other file before spending a second on the KDF.
 * See docs in HACKING.md ("The vault").
 */

#define SIDECAR_SUFFIX      ".kdf"
#define SIDECAR_GROUP       "Phoenix Vault"
#define SIDECAR_FORMAT      1
#define SIDECAR_MAX_SIZE    (64 * 1024)
#define SQLITE_HEADER       "SQLite format 3"  /* + NUL: 16 bytes */

/* What an unlocked vault holds; built in a worker thread, installed in the
 * main thread. */
typedef struct
{
  sqlite3          *db;
  int               lock_fd;
  dev_t             dev;
  ino_t             ino;
  guint8            key[PHOENIX_KDF_KEY_SIZE];
  guint8            salt[PHOENIX_KDF_SALT_SIZE];
  PhoenixKdfParams  params;           /* the ones the key was derived with */
  int               cipher_compat;    /* 3 or 4 */
} VaultState;

/* The plaintext settings beside the vault. */
typedef struct
{
  PhoenixKdfParams  params;
  guint8            salt[PHOENIX_KDF_SALT_SIZE];
  int               cipher_compat;
} Sidecar;

struct _PhoenixVault
{
  GObject           parent_instance;

  char             *path;
  char             *sidecar_path;
  PhoenixKdfParams  kdf_params;       /* for create and change_passphrase */

  VaultState       *state;            /* NULL when locked */
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

G_DEFINE_QUARK (phoenix-vault-error-quark, phoenix_vault_error)

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

static void
vault_state_free (VaultState *state)
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (VaultState, vault_state_free)

static VaultState *
vault_state_new (void)
{
  VaultState *state = g_new0 (VaultState, 1);

  state->lock_fd = -1;

  return state;
}

/* The major version of the SQLCipher we run on (3 or 4), 0 when the SQLite we
 * are linked with has no encryption at all. */
static int
get_cipher_major (void)
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

static char *
dup_display_dirname (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  return g_filename_display_name (dir);
}

static void
set_read_only_error (GError    **error,
                     const char *path)
{
  g_autofree char *dir = dup_display_dirname (path);

  g_set_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_READ_ONLY,
               _("Phoenix cannot write to “%s”. Check the folder's permissions."), dir);
}

static void
set_disk_full_error (GError **error)
{
  g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_DISK_FULL,
                       _("The disk is full. Free some space and try again; nothing was lost."));
}

static void
set_not_a_vault_error (GError **error)
{
  g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_NOT_A_VAULT,
                       _("This file is not a Phoenix vault."));
}

static void
set_damaged_error (GError **error)
{
  g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_DAMAGED,
                       _("The vault is damaged and cannot be opened. Restore it from a backup."));
}

static void
set_too_new_error (GError **error)
{
  g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_TOO_NEW,
                       _("This vault was created by a newer version of Phoenix. "
                         "Update Phoenix to open it."));
}

static void
set_busy_error (GError **error)
{
  g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_BUSY,
                       _("The vault is open in another Phoenix window or instance."));
}

static void
set_locked_error (GError **error)
{
  g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED,
                       _("The vault is locked. Unlock it and try again."));
}

static void
set_wrong_passphrase_error (GError **error)
{
  g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE,
                       _("The passphrase is not correct."));
}

/* Maps an errno from an operation on @path (or the folder it goes in). */
static void
set_errno_error (GError    **error,
                 int         errsv,
                 const char *path)
{
  g_debug ("%s: %s", path, g_strerror (errsv));

  switch (errsv)
    {
    case ENOSPC:
    case EFBIG:
    case EDQUOT:
      set_disk_full_error (error);
      break;

    case EACCES:
    case EPERM:
    case EROFS:
      set_read_only_error (error, path);
      break;

    default:
      {
        g_autofree char *display = g_filename_display_name (path);

        g_set_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                     _("Phoenix could not use “%s”: %s."), display, g_strerror (errsv));
      }
      break;
    }
}

static gboolean
exec_sql (sqlite3     *db,
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

static gboolean
check_cancelled (GCancellable  *cancellable,
                 GError       **error)
{
  return !g_cancellable_set_error_if_cancelled (cancellable, error);
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

/* Equivalent to PRAGMA key = "x'…'" as the first statement, without the key
 * going through the SQL parser's buffers. */
static int
apply_key (sqlite3      *db,
           const guint8 *key,
           const guint8 *salt)
{
  char raw[RAW_KEY_BUFFER_SIZE];
  int rc;

  format_raw_key (raw, sizeof raw, key, salt);
  rc = sqlite3_key_v2 (db, "main", raw, (int) strlen (raw));
  explicit_bzero (raw, sizeof raw);

  return rc;
}

static int
apply_rekey (sqlite3      *db,
             const guint8 *key,
             const guint8 *salt)
{
  char raw[RAW_KEY_BUFFER_SIZE];
  int rc;

  format_raw_key (raw, sizeof raw, key, salt);
  rc = sqlite3_rekey_v2 (db, "main", raw, (int) strlen (raw));
  explicit_bzero (raw, sizeof raw);

  return rc;
}

static char *
hex_encode (const guint8 *data,
            gsize         len)
{
  GString *str = g_string_sized_new (len * 2);

  for (gsize i = 0; i < len; i++)
    g_string_append_printf (str, "%02x", data[i]);

  return g_string_free (str, FALSE);
}

static gboolean
hex_decode (const char *hex,
            guint8     *out,
            gsize       len)
{
  if (hex == NULL || strlen (hex) != len * 2)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    {
      int hi = g_ascii_xdigit_value (hex[2 * i]);
      int lo = g_ascii_xdigit_value (hex[2 * i + 1]);

      if (hi < 0 || lo < 0)
        return FALSE;
      out[i] = (guint8) (hi << 4 | lo);
    }

  return TRUE;
}

static gboolean
get_uint_key (GKeyFile   *keyfile,
              const char *key,
              guint64     min,
              guint64     max,
              guint64    *out)
{
  g_autoptr(GError) local_error = NULL;
  guint64 value = g_key_file_get_uint64 (keyfile, SIDECAR_GROUP, key, &local_error);

  if (local_error != NULL || value < min || value > max)
    {
      g_debug ("Sidecar key %s missing or out of range", key);
      return FALSE;
    }

  *out = value;
  return TRUE;
}

static gboolean
read_sidecar (const char  *sidecar_path,
              Sidecar     *sidecar,
              GError     **error)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *kdf = NULL;
  g_autofree char *salt = NULL;
  GStatBuf st;
  guint64 format, version, t_cost, m_cost, parallelism, compat;

  if (g_stat (sidecar_path, &st) != 0)
    {
      int errsv = errno;
      g_autofree char *base = g_path_get_basename (sidecar_path);
      g_autofree char *display = g_filename_display_name (base);

      if (errsv != ENOENT)
        {
          set_errno_error (error, errsv, sidecar_path);
          return FALSE;
        }

      g_set_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_NOT_A_VAULT,
                   _("This file is not a Phoenix vault, or its settings file “%s” is missing. "
                     "If you moved or copied the vault, bring that file along too."),
                   display);
      return FALSE;
    }

  if (!S_ISREG (st.st_mode) || st.st_size > SIDECAR_MAX_SIZE)
    {
      set_not_a_vault_error (error);
      return FALSE;
    }

  if (!g_key_file_load_from_file (keyfile, sidecar_path, G_KEY_FILE_NONE, &local_error))
    {
      g_debug ("%s: %s", sidecar_path, local_error->message);
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_ACCES))
        set_errno_error (error, EACCES, sidecar_path);
      else
        set_not_a_vault_error (error);
      return FALSE;
    }

  if (!get_uint_key (keyfile, "format", 1, G_MAXINT, &format))
    {
      set_not_a_vault_error (error);
      return FALSE;
    }
  if (format > SIDECAR_FORMAT)
    {
      set_too_new_error (error);
      return FALSE;
    }

  kdf = g_key_file_get_string (keyfile, SIDECAR_GROUP, "kdf", NULL);
  salt = g_key_file_get_string (keyfile, SIDECAR_GROUP, "salt", NULL);

  if (g_strcmp0 (kdf, "argon2id") != 0 ||
      !get_uint_key (keyfile, "argon2-version", PHOENIX_KDF_ARGON2_VERSION,
                     PHOENIX_KDF_ARGON2_VERSION, &version) ||
      !get_uint_key (keyfile, "t-cost", 1, PHOENIX_KDF_MAX_T_COST, &t_cost) ||
      !get_uint_key (keyfile, "m-cost-kib", 8, PHOENIX_KDF_MAX_M_COST_KIB, &m_cost) ||
      !get_uint_key (keyfile, "parallelism", 1, PHOENIX_KDF_MAX_PARALLELISM, &parallelism) ||
      !get_uint_key (keyfile, "cipher-compatibility", 3, G_MAXINT, &compat) ||
      !hex_decode (salt, sidecar->salt, PHOENIX_KDF_SALT_SIZE))
    {
      set_not_a_vault_error (error);
      return FALSE;
    }

  sidecar->params.t_cost = (guint32) t_cost;
  sidecar->params.m_cost_kib = (guint32) m_cost;
  sidecar->params.parallelism = (guint32) parallelism;
  sidecar->cipher_compat = (int) compat;

  if (!phoenix_kdf_params_valid (&sidecar->params))
    {
      set_not_a_vault_error (error);
      return FALSE;
    }

  return TRUE;
}

/* GFileError back to errno, for the few codes that matter here. */
static int
file_error_to_errno (int code)
{
  switch (code)
    {
    case G_FILE_ERROR_NOSPC: return ENOSPC;
    case G_FILE_ERROR_ACCES: return EACCES;
    case G_FILE_ERROR_PERM: return EPERM;
    case G_FILE_ERROR_ROFS: return EROFS;
    case G_FILE_ERROR_NOENT: return ENOENT;
    case G_FILE_ERROR_EXIST: return EEXIST;
    default: return EIO;
    }
}

static gboolean
write_sidecar (const char     *sidecar_path,
               const Sidecar  *sidecar,
               GError        **error)
{
  g_autoptr(GKeyFile) keyfile = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  g_autofree char *salt = hex_encode (sidecar->salt, PHOENIX_KDF_SALT_SIZE);
  g_autofree char *data = NULL;
  gsize len;

  g_key_file_set_integer (keyfile, SIDECAR_GROUP, "format", SIDECAR_FORMAT);
  g_key_file_set_string (keyfile, SIDECAR_GROUP, "kdf", "argon2id");
  g_key_file_set_integer (keyfile, SIDECAR_GROUP, "argon2-version", PHOENIX_KDF_ARGON2_VERSION);
  g_key_file_set_uint64 (keyfile, SIDECAR_GROUP, "t-cost", sidecar->params.t_cost);
  g_key_file_set_uint64 (keyfile, SIDECAR_GROUP, "m-cost-kib", sidecar->params.m_cost_kib);
  g_key_file_set_uint64 (keyfile, SIDECAR_GROUP, "parallelism", sidecar->params.parallelism);
  g_key_file_set_string (keyfile, SIDECAR_GROUP, "salt", salt);
  g_key_file_set_integer (keyfile, SIDECAR_GROUP, "cipher-compatibility", sidecar->cipher_compat);
  g_key_file_set_comment (keyfile, SIDECAR_GROUP, NULL,
                          " Key derivation settings of the Phoenix vault beside this file.\n"
                          " Not secret, but needed to unlock the vault: keep it with the vault.",
                          NULL);

  data = g_key_file_to_data (keyfile, &len, NULL);

  if (!g_file_set_contents_full (sidecar_path, data, (gssize) len,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0600, &local_error))
    {
      int errsv = file_error_to_errno (local_error->code);

      g_debug ("%s: %s", sidecar_path, local_error->message);
      set_errno_error (error, errsv, sidecar_path);
      return FALSE;
    }

  return TRUE;
}

static char *
dup_sidecar_path (const char *path)
{
  return g_strconcat (path, SIDECAR_SUFFIX, NULL);
}

static void
tighten_companion_files (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *companion = g_strconcat (path, suffixes[i], NULL);

      if (g_chmod (companion, 0600) != 0 && errno != ENOENT)
        g_debug ("chmod %s: %s", companion, g_strerror (errno));
    }
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
open_keyed_db (VaultState  *state,
               const char  *path,
               gboolean     native_cipher,
               GError     **error)
{
  int rc;

  rc = sqlite3_open_v2 (path, &state->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      _phoenix_vault_set_sqlite_error (error, state->db, rc);
      return FALSE;
    }

  sqlite3_extended_result_codes (state->db, TRUE);

  rc = apply_key (state->db, state->key, state->salt);
  if (rc != SQLITE_OK)
    {
      _phoenix_vault_set_sqlite_error (error, state->db, rc);
      return FALSE;
    }

  /* A vault made by SQLCipher 3 opened by SQLCipher 4 keeps its old settings. */
  if (!native_cipher && get_cipher_major () >= 4 && state->cipher_compat == 3 &&
      !exec_sql (state->db, "PRAGMA cipher_compatibility = 3", error))
    return FALSE;

  return TRUE;
}

static gboolean
set_connection_pragmas (sqlite3  *db,
                        GError  **error)
{
  return exec_sql (db, "PRAGMA foreign_keys = ON", error) &&
         exec_sql (db, "PRAGMA secure_delete = ON", error);
}

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
  phoenix_kdf_free_secret (data->passphrase);
  phoenix_kdf_free_secret (data->new_passphrase);
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

/* Takes the exclusive lock on the open descriptor; FALSE (BUSY) when another
 * instance holds it. */
static gboolean
take_file_lock (VaultState  *state,
                GError     **error)
{
  struct stat st;

  if (fstat (state->lock_fd, &st) != 0)
    {
      set_errno_error (error, errno, "/");
      return FALSE;
    }

  if (flock (state->lock_fd, LOCK_EX | LOCK_NB) != 0)
    {
      int errsv = errno;

      if (errsv == EWOULDBLOCK)
        set_busy_error (error);
      else
        set_errno_error (error, errsv, "/");
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
      set_damaged_error (error);
    }
  sqlite3_finalize (stmt);

  return ok;
}

/*
 * Unlock, in any thread. Cheap checks first (no KDF wasted on a file that
 * cannot be a vault), and nothing is written before the passphrase and the
 * schema version are known good.
 */
static VaultState *
open_vault (OpData        *data,
            GCancellable  *cancellable,
            GError       **error)
{
  g_autoptr(VaultState) state = vault_state_new ();
  g_autofree char *dir = g_path_get_dirname (data->path);
  struct stat st;
  Sidecar sidecar = { { 0 } };
  guint8 head[16];
  guint page_size;
  int version, major, rc;

  major = get_cipher_major ();
  if (major < 3)
    {
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                           _("This build of Phoenix has no encryption support. Install Phoenix again."));
      return NULL;
    }

  if (g_stat (data->path, &st) != 0)
    {
      int errsv = errno;

      if (errsv == ENOENT)
        {
          g_autofree char *display = g_filename_display_name (data->path);

          g_set_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_NOT_FOUND,
                       _("There is no vault at “%s” yet."), display);
        }
      else
        set_errno_error (error, errsv, data->path);
      return NULL;
    }

  if (!S_ISREG (st.st_mode))
    {
      set_not_a_vault_error (error);
      return NULL;
    }

  if (held_files_contains (st.st_dev, st.st_ino))
    {
      set_busy_error (error);
      return NULL;
    }

  state->lock_fd = g_open (data->path, O_RDONLY | O_CLOEXEC | O_NOCTTY, 0);
  if (state->lock_fd < 0)
    {
      set_errno_error (error, errno, data->path);
      return NULL;
    }

  if (!take_file_lock (state, error))
    {
      close (state->lock_fd);
      state->lock_fd = -1;
      return NULL;
    }

  if (fstat (state->lock_fd, &st) != 0)
    {
      set_errno_error (error, errno, data->path);
      return NULL;
    }

  memset (head, 0, sizeof head);
  if (st.st_size >= (off_t) sizeof head &&
      pread (state->lock_fd, head, sizeof head, 0) != (ssize_t) sizeof head)
    {
      set_errno_error (error, errno, data->path);
      return NULL;
    }

  if (st.st_size >= (off_t) sizeof head && memcmp (head, SQLITE_HEADER, sizeof head) == 0)
    {
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_NOT_A_VAULT,
                           _("This file is a plain, unencrypted database, not a Phoenix vault."));
      return NULL;
    }

  if (!read_sidecar (data->sidecar_path, &sidecar, error))
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
      set_not_a_vault_error (error);
      return NULL;
    }

  page_size = page_size_for_compat (sidecar.cipher_compat);
  if (st.st_size < (off_t) page_size || st.st_size % page_size != 0)
    {
      set_damaged_error (error);
      return NULL;
    }

  /* WAL needs to create files beside the vault, and every save writes. */
  if (g_access (dir, W_OK | X_OK) != 0 || g_access (data->path, R_OK | W_OK) != 0)
    {
      set_errno_error (error, errno, data->path);
      return NULL;
    }

  memcpy (state->salt, sidecar.salt, sizeof state->salt);
  state->params = sidecar.params;
  state->cipher_compat = sidecar.cipher_compat;

  if (!check_cancelled (cancellable, error))
    return NULL;

  if (!phoenix_kdf_derive (data->passphrase, state->salt, &state->params, state->key, error))
    return NULL;

  if (!check_cancelled (cancellable, error))
    return NULL;

  if (!open_keyed_db (state, data->path, FALSE, error))
    return NULL;

  /* The first read decrypts page 1: a wrong key fails here. */
  rc = sqlite3_exec (state->db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
  if ((rc & 0xff) == SQLITE_NOTADB)
    {
      set_wrong_passphrase_error (error);
      return NULL;
    }
  else if (rc != SQLITE_OK)
    {
      _phoenix_vault_set_sqlite_error (error, state->db, rc);
      return NULL;
    }

  if (!_phoenix_schema_read_version (state->db, &version, error))
    return NULL;

  if (version > phoenix_vault_get_latest_schema_version ())
    {
      set_too_new_error (error);
      return NULL;
    }

  /* Reads every page once (and so checks every page's HMAC): a vault cut
   * short or damaged is told now, not at the first save. */
  if (!check_integrity (state->db, error))
    return NULL;

  if (!exec_sql (state->db, "PRAGMA journal_mode = WAL", error) ||
      !set_connection_pragmas (state->db, error) ||
      !_phoenix_schema_migrate (state->db, error))
    return NULL;

  tighten_companion_files (data->path);

  return g_steal_pointer (&state);
}

/* Create, in any thread. On failure, removes whatever it made. */
static VaultState *
create_vault (OpData        *data,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(VaultState) state = vault_state_new ();
  g_autofree char *dir = g_path_get_dirname (data->path);
  gboolean made_file = FALSE;
  gboolean made_sidecar = FALSE;
  Sidecar sidecar = { { 0 } };
  guint8 head[PHOENIX_KDF_SALT_SIZE];
  struct stat st;
  int major;

  major = get_cipher_major ();
  if (major < 3)
    {
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                           _("This build of Phoenix has no encryption support. Install Phoenix again."));
      return NULL;
    }

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      set_errno_error (error, errno, data->path);
      return NULL;
    }

  if (g_lstat (data->path, &st) == 0)
    {
      g_autofree char *display = g_filename_display_name (data->path);

      g_set_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_EXISTS,
                   _("A vault already exists at “%s”. Unlock it instead."), display);
      return NULL;
    }

  if (g_access (dir, W_OK | X_OK) != 0)
    {
      set_errno_error (error, errno, data->path);
      return NULL;
    }

  if (!phoenix_kdf_generate_salt (state->salt, error))
    return NULL;
  state->params = data->params;
  state->cipher_compat = major;

  if (!check_cancelled (cancellable, error))
    return NULL;

  if (!phoenix_kdf_derive (data->passphrase, state->salt, &state->params, state->key, error))
    return NULL;

  if (!check_cancelled (cancellable, error))
    return NULL;

  /* From here on nothing is cancelled: the vault is made or removed whole. */
  state->lock_fd = g_open (data->path, O_RDONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW | O_NOCTTY,
                           0600);
  if (state->lock_fd < 0)
    {
      int errsv = errno;

      if (errsv == EEXIST)
        {
          g_autofree char *display = g_filename_display_name (data->path);

          g_set_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_EXISTS,
                       _("A vault already exists at “%s”. Unlock it instead."), display);
        }
      else
        set_errno_error (error, errsv, data->path);
      return NULL;
    }
  made_file = TRUE;

  if (!take_file_lock (state, error))
    goto fail;

  /* No vault stood here, so journals left beside the name are stale. */
  remove_companion_files (data->path);

  memcpy (sidecar.salt, state->salt, sizeof sidecar.salt);
  sidecar.params = state->params;
  sidecar.cipher_compat = state->cipher_compat;
  if (!write_sidecar (data->sidecar_path, &sidecar, error))
    goto fail;
  made_sidecar = TRUE;

  if (!open_keyed_db (state, data->path, TRUE, error) ||
      !exec_sql (state->db, "PRAGMA journal_mode = WAL", error) ||
      !set_connection_pragmas (state->db, error) ||
      !_phoenix_schema_migrate_to (state->db, data->schema_version, error))
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

  tighten_companion_files (data->path);

  return g_steal_pointer (&state);

fail:
  close_db (state->db);
  state->db = NULL;
  if (made_file)
    {
      g_unlink (data->path);
      remove_companion_files (data->path);
    }
  if (made_sidecar)
    g_unlink (data->sidecar_path);

  return NULL;
}

static void
install_state (PhoenixVault *self,
               VaultState   *state)
{
  g_assert (self->state == NULL);

  self->state = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNLOCKED]);
}

static void
open_thread_cb (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  OpData *data = task_data;
  GError *error = NULL;
  VaultState *state;

  if (g_task_get_source_tag (task) == phoenix_vault_create_async)
    state = create_vault (data, cancellable, &error);
  else
    state = open_vault (data, cancellable, &error);

  /* The passphrase is not needed any more. */
  g_clear_pointer (&data->passphrase, phoenix_kdf_free_secret);

  if (state == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, state, (GDestroyNotify) vault_state_free);
}

static void
open_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  PhoenixVault *self = PHOENIX_VAULT (object);
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  VaultState *state;

  state = g_task_propagate_pointer (G_TASK (result), &error);
  if (state == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (self->state != NULL)
    {
      /* Another call unlocked this object meanwhile. */
      vault_state_free (state);
      set_busy_error (&error);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  install_state (self, state);
  g_task_return_boolean (task, TRUE);
}

static void
run_open_async (PhoenixVault        *self,
                gpointer             source_tag,
                const char          *passphrase,
                GCancellable        *cancellable,
                GAsyncReadyCallback  callback,
                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  /* Once the work is done it is installed, even if cancelled meanwhile. */
  g_task_set_check_cancellable (task, FALSE);

  worker = g_task_new (self, cancellable, open_done_cb, g_steal_pointer (&task));
  g_task_set_source_tag (worker, source_tag);
  g_task_set_check_cancellable (worker, FALSE);
  g_task_set_task_data (worker, op_data_new (self, passphrase, NULL), (GDestroyNotify) op_data_free);
  g_task_run_in_thread (worker, open_thread_cb);
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

  if (!check_cancelled (cancellable, error))
    return FALSE;

  if (!phoenix_kdf_derive (data->passphrase, data->salt, &data->vault_params, old_key, error))
    return FALSE;

  for (gsize i = 0; i < sizeof old_key; i++)
    diff |= old_key[i] ^ data->current_key[i];
  explicit_bzero (old_key, sizeof old_key);

  if (diff != 0)
    {
      set_wrong_passphrase_error (error);
      return FALSE;
    }

  if (!check_cancelled (cancellable, error))
    return FALSE;

  if (!phoenix_kdf_derive (data->new_passphrase, data->salt, &data->params, data->new_key, error))
    return FALSE;

  return check_cancelled (cancellable, error);
}

/* In the thread that owns @self: re-encrypts every page with the new key and,
 * when the cost changed, rewrites the sidecar. */
static gboolean
apply_new_key (PhoenixVault  *self,
               OpData        *data,
               GError       **error)
{
  VaultState *state = self->state;
  int rc;

  if (state == NULL || memcmp (state->key, data->current_key, PHOENIX_KDF_KEY_SIZE) != 0)
    {
      set_locked_error (error);
      return FALSE;
    }

  /* Fold the WAL into the file first, so that every page is rewritten with
   * the new key from one consistent state. */
  if (!exec_sql (state->db, "PRAGMA wal_checkpoint(TRUNCATE)", error))
    return FALSE;

  rc = apply_rekey (state->db, data->new_key, state->salt);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec (state->db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _phoenix_vault_set_sqlite_error (error, state->db, rc);
      return FALSE;
    }

  if (!phoenix_kdf_params_equal (&data->params, &state->params))
    {
      Sidecar sidecar;

      memcpy (sidecar.salt, state->salt, sizeof sidecar.salt);
      sidecar.params = data->params;
      sidecar.cipher_compat = state->cipher_compat;

      if (!write_sidecar (self->sidecar_path, &sidecar, error))
        {
          /* Without the new cost on disk the new key could never be derived
           * again: go back to the old key. */
          if (apply_rekey (state->db, state->key, state->salt) != SQLITE_OK)
            g_critical ("Could not restore the previous vault key after a failed settings write");
          return FALSE;
        }
      state->params = data->params;
    }

  memcpy (state->key, data->new_key, PHOENIX_KDF_KEY_SIZE);
  exec_sql (state->db, "PRAGMA wal_checkpoint(TRUNCATE)", NULL);

  return TRUE;
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
  g_clear_pointer (&data->passphrase, phoenix_kdf_free_secret);
  g_clear_pointer (&data->new_passphrase, phoenix_kdf_free_secret);

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

static void
phoenix_vault_dispose (GObject *object)
{
  PhoenixVault *self = PHOENIX_VAULT (object);

  g_clear_pointer (&self->state, vault_state_free);

  G_OBJECT_CLASS (phoenix_vault_parent_class)->dispose (object);
}

static void
phoenix_vault_finalize (GObject *object)
{
  PhoenixVault *self = PHOENIX_VAULT (object);

  g_free (self->path);
  g_free (self->sidecar_path);

  G_OBJECT_CLASS (phoenix_vault_parent_class)->finalize (object);
}

static void
phoenix_vault_constructed (GObject *object)
{
  PhoenixVault *self = PHOENIX_VAULT (object);

  G_OBJECT_CLASS (phoenix_vault_parent_class)->constructed (object);

  if (self->path == NULL)
    self->path = phoenix_vault_dup_default_path ();
  self->sidecar_path = dup_sidecar_path (self->path);
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
  g_autoptr(OpData) data = NULL;
  VaultState *state;

  g_return_val_if_fail (PHOENIX_IS_VAULT (self), FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);
  g_return_val_if_fail (schema_version >= 0 &&
                        schema_version <= phoenix_vault_get_latest_schema_version (), FALSE);
  g_return_val_if_fail (self->state == NULL, FALSE);

  data = op_data_new (self, passphrase, NULL);
  data->schema_version = schema_version;

  state = create_vault (data, NULL, error);
  if (state == NULL)
    return FALSE;

  install_state (self, state);
  return TRUE;
}

gboolean
phoenix_vault_create (PhoenixVault  *self,
                      const char    *passphrase,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(OpData) data = NULL;
  VaultState *state;

  g_return_val_if_fail (PHOENIX_IS_VAULT (self), FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (self->state == NULL, FALSE);

  data = op_data_new (self, passphrase, NULL);
  state = create_vault (data, cancellable, error);
  if (state == NULL)
    return FALSE;

  install_state (self, state);
  return TRUE;
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
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == phoenix_vault_create_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
phoenix_vault_unlock (PhoenixVault  *self,
                      const char    *passphrase,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(OpData) data = NULL;
  VaultState *state;

  g_return_val_if_fail (PHOENIX_IS_VAULT (self), FALSE);
  g_return_val_if_fail (passphrase != NULL, FALSE);
  g_return_val_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (self->state == NULL, FALSE);

  data = op_data_new (self, passphrase, NULL);
  state = open_vault (data, cancellable, error);
  if (state == NULL)
    return FALSE;

  install_state (self, state);
  return TRUE;
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
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == phoenix_vault_unlock_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
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
      set_locked_error (error);
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
  g_autoptr(GTask) worker = NULL;

  g_return_if_fail (PHOENIX_IS_VAULT (self));
  g_return_if_fail (old_passphrase != NULL);
  g_return_if_fail (new_passphrase != NULL);
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, phoenix_vault_change_passphrase_async);
  g_task_set_check_cancellable (task, FALSE);

  if (self->state == NULL)
    {
      g_task_return_new_error (task, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED,
                               "%s", _("The vault is locked. Unlock it and try again."));
      return;
    }

  worker = g_task_new (self, cancellable, change_done_cb, g_steal_pointer (&task));
  g_task_set_source_tag (worker, phoenix_vault_change_passphrase_async);
  g_task_set_check_cancellable (worker, FALSE);
  g_task_set_task_data (worker, change_data_new (self, old_passphrase, new_passphrase),
                        (GDestroyNotify) op_data_free);
  g_task_run_in_thread (worker, change_thread_cb);
}

gboolean
phoenix_vault_change_passphrase_finish (PhoenixVault  *self,
                                        GAsyncResult  *result,
                                        GError       **error)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
phoenix_vault_lock (PhoenixVault *self)
{
  g_return_if_fail (PHOENIX_IS_VAULT (self));

  if (self->state == NULL)
    return;

  g_clear_pointer (&self->state, vault_state_free);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNLOCKED]);
  g_signal_emit (self, signals[LOCKED], 0);
}

sqlite3 *
_phoenix_vault_get_db (PhoenixVault *self)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (self), NULL);

  return self->state != NULL ? self->state->db : NULL;
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
      set_locked_error (error);
      return FALSE;
    }

  db = self->state->db;

  if (!exec_sql (db, "BEGIN IMMEDIATE", error))
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

  if (!exec_sql (db, "COMMIT", &local_error))
    goto rollback;

  return TRUE;

rollback:
  if (!sqlite3_get_autocommit (db))
    sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return FALSE;
}

void
_phoenix_vault_set_sqlite_error (GError  **error,
                                 sqlite3  *db,
                                 int       rc)
{
  int errsv = db != NULL ? sqlite3_system_errno (db) : 0;
  const char *filename = db != NULL ? sqlite3_db_filename (db, "main") : NULL;

  g_debug ("SQLite error %d (%s): %s; system error %d (%s)",
           rc, sqlite3_errstr (rc), db != NULL ? sqlite3_errmsg (db) : "",
           errsv, errsv != 0 ? g_strerror (errsv) : "none");

  if (filename == NULL || *filename == '\0')
    filename = "/";

  switch (rc & 0xff)
    {
    case SQLITE_FULL:
      set_disk_full_error (error);
      break;

    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
      if (errsv == ENOSPC || errsv == EFBIG || errsv == EDQUOT)
        set_disk_full_error (error);
      else if (errsv == EACCES || errsv == EPERM || errsv == EROFS)
        set_read_only_error (error, filename);
      else
        g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                             _("The vault could not be read or written. Check the disk and try again."));
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      set_read_only_error (error, filename);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      set_busy_error (error);
      break;

    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
      set_damaged_error (error);
      break;

    case SQLITE_NOMEM:
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                           _("There is not enough free memory. Close some applications and try again."));
      break;

    default:
      g_set_error_literal (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_FAILED,
                           _("The vault could not be read or written."));
      break;
    }
}
