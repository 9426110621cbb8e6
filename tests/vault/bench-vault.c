/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-vault"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "phoenix-kdf.h"
#include "phoenix-test-bench.h"
#include "phoenix-test-vault.h"

/*
 * Vault figures with the DEFAULT key derivation cost, as a user gets them:
 * create, unlock, one saved field, and the peak memory of an unlock.
 * Prints "bench: name=value" lines; asserts nothing about time.
 */

#define CREATE_RUNS  3
#define UNLOCK_RUNS  5
#define SAVE_RUNS    200

static void
remove_vault_files (const char *path)
{
  static const char * const suffixes[] = { "", ".kdf", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
}

static void
check (gboolean  ok,
       GError   *error)
{
  if (!ok)
    {
      g_printerr ("bench-vault: %s\n", error != NULL ? error->message : "failed");
      exit (1);
    }
}

/* Peak resident memory of a fresh process that only unlocks the vault. */
static long
measure_unlock_peak_rss_kib (const char *path)
{
  struct rusage usage;
  int status;
  pid_t pid;

  fflush (stdout);
  pid = fork ();
  if (pid < 0)
    return -1;

  if (pid == 0)
    {
      g_autoptr(PhoenixVault) vault = phoenix_vault_new (path);
      g_autoptr(GError) error = NULL;

      _exit (phoenix_vault_unlock (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error) ? 0 : 1);
    }

  if (wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    return -1;

  return usage.ru_maxrss;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("phoenix-bench-vault-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(PhoenixVault) vault = NULL;
  const PhoenixKdfParams *params = &phoenix_kdf_default_params;
  double create_ms[CREATE_RUNS], unlock_ms[UNLOCK_RUNS], save_ms[SAVE_RUNS];
  struct rusage self_usage;
  long peak_kib;

  check (dir != NULL, error);
  path = g_build_filename (dir, "vault.db", NULL);

  g_print ("bench: vault-kdf=argon2id t-cost=%u m-cost-kib=%u parallelism=%u\n",
           params->t_cost, params->m_cost_kib, params->parallelism);

  for (guint i = 0; i < CREATE_RUNS; i++)
    {
      double start;

      remove_vault_files (path);
      g_clear_object (&vault);
      vault = phoenix_vault_new (path);

      start = phoenix_test_now_ms ();
      check (phoenix_vault_create (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error), error);
      create_ms[i] = phoenix_test_now_ms () - start;
      phoenix_vault_lock (vault);
    }

  for (guint i = 0; i < UNLOCK_RUNS; i++)
    {
      double start = phoenix_test_now_ms ();

      check (phoenix_vault_unlock (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error), error);
      unlock_ms[i] = phoenix_test_now_ms () - start;
      phoenix_vault_lock (vault);
    }

  check (phoenix_vault_unlock (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error), error);
  for (guint i = 0; i < SAVE_RUNS; i++)
    {
      g_autofree char *headline = g_strdup_printf ("Data analyst in training, step %u", i);
      double start = phoenix_test_now_ms ();

      check (phoenix_test_vault_set_person (vault, "headline", headline, &error), error);
      save_ms[i] = phoenix_test_now_ms () - start;
    }
  phoenix_vault_lock (vault);

  peak_kib = measure_unlock_peak_rss_kib (path);
  getrusage (RUSAGE_SELF, &self_usage);

  g_print ("bench: vault-create-ms=%.1f\n", phoenix_test_median (create_ms, CREATE_RUNS));
  g_print ("bench: vault-unlock-ms=%.1f\n", phoenix_test_median (unlock_ms, UNLOCK_RUNS));
  g_print ("bench: save-one-field-ms=%.3f\n", phoenix_test_median (save_ms, SAVE_RUNS));
  g_print ("bench: vault-unlock-peak-rss-kib=%ld\n", peak_kib);
  g_print ("bench: vault-bench-process-peak-rss-kib=%ld\n", self_usage.ru_maxrss);

  g_clear_object (&vault);
  remove_vault_files (path);
  g_rmdir (dir);

  return 0;
}
