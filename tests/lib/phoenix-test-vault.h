/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-vault.h"

G_BEGIN_DECLS

/*
 * Real vault files for tests, with the cheap test KDF cost
 * (phoenix_kdf_test_params: never for user data) and one passphrase, the one
 * tests/data/vault/'s fixtures were made with.
 */

#define PHOENIX_TEST_PASSPHRASE "correct horse battery staple"

/* A PhoenixVault on @path with the test KDF cost; nothing is written yet. */
PhoenixVault *phoenix_test_vault_new        (const char    *path);
/* A vault created on @path with PHOENIX_TEST_PASSPHRASE (asserted): unlocked, at the latest
 * schema version. */
PhoenixVault *phoenix_test_vault_create     (const char    *path);

/* Runs @sql (one statement or several) in one transaction of the unlocked @vault. */
gboolean      phoenix_test_vault_exec       (PhoenixVault  *vault,
                                             const char    *sql,
                                             GError       **error);
/* Sets the person's @column ("name", "headline"…) to @value in one transaction. */
gboolean      phoenix_test_vault_set_person (PhoenixVault  *vault,
                                             const char    *column,
                                             const char    *value,
                                             GError       **error);

/* A fixture: a new temporary folder holding a vault just created in it (vault.db, unlocked);
 * teardown locks it, checks nothing else holds it and removes the folder. */
typedef struct
{
  char         *dir;
  char         *path;
  PhoenixVault *vault;
} PhoenixTestVault;

void          phoenix_test_vault_setup      (PhoenixTestVault *f,
                                             gconstpointer     data);
void          phoenix_test_vault_teardown   (PhoenixTestVault *f,
                                             gconstpointer     data);
/* Locks the fixture's vault and opens its file again with a new PhoenixVault (asserted). */
void          phoenix_test_vault_reopen     (PhoenixTestVault *f);

G_END_DECLS
