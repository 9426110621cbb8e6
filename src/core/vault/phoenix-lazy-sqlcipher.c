/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-lazy-sqlcipher"

/*
 * SQLCipher, opened the first time a vault is (phoenix-vault.c): not linked, so neither it nor
 * libcrypto (the largest relocation cost of the libraries the app used to link) is mapped or
 * relocated before the first frame: the welcome and unlock pages need no database (issue #18;
 * phoenix-lazy-library.h). One stub a function the core (and the tests, and the flywheel's
 * store) call; the soname is the SQLCipher the build found, 3 on Debian 12, 4 in the Flatpak
 * (build-aux/dev's SQLCipher 4 is a static archive, linked instead: this file is then left out).
 */

#include "config.h"

/* Everything but the library's own header first: only its declarations are made hidden. */
#include <stdarg.h>

#include "phoenix-lazy-library.h"

#pragma GCC visibility push(hidden)
#include <sqlite3.h>

static PhoenixLazyLibrary sqlcipher = { PHOENIX_SONAME_SQLCIPHER, "sqlite3_libversion", NULL };

PHOENIX_LAZY_FUNCTION (sqlcipher, const char *, sqlite3_libversion, (void), ())
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_open, (const char *filename, sqlite3 **ppDb), (filename, ppDb))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_open_v2, (const char *filename, sqlite3 **ppDb, int flags, const char *zVfs),
                       (filename, ppDb, flags, zVfs))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_key_v2, (sqlite3 *db, const char *zDbName, const void *pKey, int nKey),
                       (db, zDbName, pKey, nKey))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_rekey_v2, (sqlite3 *db, const char *zDbName, const void *pKey, int nKey),
                       (db, zDbName, pKey, nKey))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_close, (sqlite3 *db), (db))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_close_v2, (sqlite3 *db), (db))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_busy_timeout, (sqlite3 *db, int ms), (db, ms))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_extended_result_codes, (sqlite3 *db, int onoff), (db, onoff))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_exec,
                       (sqlite3 *db, const char *sql, int (*callback) (void *, int, char **, char **), void *arg,
                        char **errmsg),
                       (db, sql, callback, arg, errmsg))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_prepare_v2,
                       (sqlite3 *db, const char *zSql, int nByte, sqlite3_stmt **ppStmt, const char **pzTail),
                       (db, zSql, nByte, ppStmt, pzTail))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_step, (sqlite3_stmt *stmt), (stmt))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_reset, (sqlite3_stmt *pStmt), (pStmt))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_finalize, (sqlite3_stmt *pStmt), (pStmt))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_clear_bindings, (sqlite3_stmt *stmt), (stmt))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_bind_blob64,
                       (sqlite3_stmt *stmt, int i, const void *value, sqlite3_uint64 n, void (*destroy) (void *)),
                       (stmt, i, value, n, destroy))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_bind_double, (sqlite3_stmt *stmt, int i, double value), (stmt, i, value))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_bind_int, (sqlite3_stmt *stmt, int i, int value), (stmt, i, value))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_bind_int64, (sqlite3_stmt *stmt, int i, sqlite3_int64 value),
                       (stmt, i, value))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_bind_null, (sqlite3_stmt *stmt, int i), (stmt, i))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_bind_text,
                       (sqlite3_stmt *stmt, int i, const char *value, int n, void (*destroy) (void *)),
                       (stmt, i, value, n, destroy))
PHOENIX_LAZY_FUNCTION (sqlcipher, const void *, sqlite3_column_blob, (sqlite3_stmt *stmt, int iCol), (stmt, iCol))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_column_bytes, (sqlite3_stmt *stmt, int iCol), (stmt, iCol))
PHOENIX_LAZY_FUNCTION (sqlcipher, double, sqlite3_column_double, (sqlite3_stmt *stmt, int iCol), (stmt, iCol))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_column_int, (sqlite3_stmt *stmt, int iCol), (stmt, iCol))
PHOENIX_LAZY_FUNCTION (sqlcipher, sqlite3_int64, sqlite3_column_int64, (sqlite3_stmt *stmt, int iCol), (stmt, iCol))
PHOENIX_LAZY_FUNCTION (sqlcipher, const unsigned char *, sqlite3_column_text, (sqlite3_stmt *stmt, int iCol),
                       (stmt, iCol))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_column_type, (sqlite3_stmt *stmt, int iCol), (stmt, iCol))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_changes, (sqlite3 *db), (db))
PHOENIX_LAZY_FUNCTION (sqlcipher, sqlite3_int64, sqlite3_last_insert_rowid, (sqlite3 *db), (db))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_get_autocommit, (sqlite3 *db), (db))
PHOENIX_LAZY_FUNCTION (sqlcipher, const char *, sqlite3_db_filename, (sqlite3 *db, const char *zDbName), (db, zDbName))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_errcode, (sqlite3 *db), (db))
PHOENIX_LAZY_FUNCTION (sqlcipher, const char *, sqlite3_errmsg, (sqlite3 *db), (db))
PHOENIX_LAZY_FUNCTION (sqlcipher, const char *, sqlite3_errstr, (int rc), (rc))
PHOENIX_LAZY_FUNCTION (sqlcipher, int, sqlite3_system_errno, (sqlite3 *db), (db))
PHOENIX_LAZY_PROCEDURE (sqlcipher, sqlite3_free, (void *p), (p))
PHOENIX_LAZY_FUNCTION (sqlcipher, char *, sqlite3_vmprintf, (const char *format, va_list args), (format, args))

/* Variadic: the library's own va_list form. */
char *
sqlite3_mprintf (const char *format,
                 ...)
{
  char *text;
  va_list args;

  va_start (args, format);
  text = sqlite3_vmprintf (format, args);
  va_end (args);
  return text;
}

#pragma GCC visibility pop
