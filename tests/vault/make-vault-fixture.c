/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "make-vault-fixture"

#include "config.h"

#include <stdio.h>

#include <glib/gstdio.h>

#include "phoenix-test-vault.h"
#include "phoenix-vault-private.h"

/*
 * make-vault-fixture DIR
 *
 * Writes DIR/vault.db and DIR/vault.db.kdf: a vault made by the SQLCipher this
 * build links, at schema version 2, keyed with the test KDF cost and the
 * passphrase "correct horse battery staple", holding the name "Alan Turing"
 * and the skill "Cryptanalysis". tests/data/vault/sqlcipher3 and sqlcipher4
 * were written by it, built against SQLCipher 3.4.1 (Debian) and 4.5.5
 * (build-aux/sqlcipher4.sh); test-vault opens them. Not built by default:
 * meson compile -C BUILD tests/make-vault-fixture.
 */

#define SCHEMA_VERSION 2

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PhoenixVault) vault = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (argc != 2)
    {
      fprintf (stderr, "usage: %s DIR\n", argv[0]);
      return 2;
    }

  if (g_mkdir_with_parents (argv[1], 0700) != 0)
    {
      perror (argv[1]);
      return 1;
    }

  path = g_build_filename (argv[1], "vault.db", NULL);
  vault = phoenix_test_vault_new (path);

  if (!_phoenix_vault_create_at_version (vault, PHOENIX_TEST_PASSPHRASE, SCHEMA_VERSION, &error) ||
      !phoenix_test_vault_exec (vault,
                                "UPDATE person SET name = 'Alan Turing' WHERE id = 1;"
                                "INSERT INTO skill (position, name) VALUES (0, 'Cryptanalysis');",
                                &error))
    {
      fprintf (stderr, "%s: %s\n", path, error->message);
      return 1;
    }

  phoenix_vault_lock (vault);
  printf ("%s: made by SQLCipher %d, schema version %d\n", path, _phoenix_vault_get_cipher_major (),
          SCHEMA_VERSION);

  return 0;
}
