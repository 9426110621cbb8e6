/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>

#include "phoenix-context.h"
#include "phoenix-test-util.h"

/* PhoenixContext: the services one app shares, and two contexts sharing nothing. */

static PhoenixContext *
new_context (PhoenixTestDir *f)
{
  g_autofree char *path = g_build_filename (f->dir, "vault.db", NULL);
  g_autoptr(PhoenixVault) vault = phoenix_vault_new (path);

  return phoenix_context_new (vault, NULL);
}

static void
test_taxonomy_once (PhoenixTestDir *f,
                    gconstpointer   data)
{
  g_autoptr(PhoenixContext) context = new_context (f);
  g_autoptr(PhoenixContext) other = new_context (f);
  g_autoptr(GError) error = NULL;
  PhoenixTaxonomy *taxonomy;
  PhoenixSkillExtractor *extractor;

  g_assert_nonnull (phoenix_context_get_vault (context));
  g_assert_null (phoenix_context_get_settings (context));
  g_assert_cmpstr (phoenix_context_get_taxonomy_path (context), ==, g_getenv ("PHOENIX_TAXONOMY"));

  taxonomy = phoenix_context_get_taxonomy (context, &error);
  g_assert_no_error (error);
  g_assert_true (PHOENIX_IS_TAXONOMY (taxonomy));
  g_assert_cmpuint (phoenix_taxonomy_get_n_occupations (taxonomy), >, 1000);
  /* Mapped once; one extractor, on that taxonomy. */
  g_assert_true (phoenix_context_get_taxonomy (context, NULL) == taxonomy);
  extractor = phoenix_context_get_extractor (context, &error);
  g_assert_no_error (error);
  g_assert_true (phoenix_context_get_extractor (context, NULL) == extractor);
  g_assert_true (phoenix_skill_extractor_get_taxonomy (extractor) == taxonomy);

  /* No process-wide singleton: another context has its own. */
  g_assert_true (phoenix_context_get_taxonomy (other, NULL) != taxonomy);
  g_assert_true (phoenix_context_get_extractor (other, NULL) != extractor);
}

static void
test_taxonomy_missing (PhoenixTestDir *f,
                       gconstpointer   data)
{
  g_autoptr(PhoenixContext) context = new_context (f);
  g_autofree char *missing = g_build_filename (f->dir, "none.gvariant", NULL);
  g_autoptr(GError) error = NULL;

  phoenix_context_set_taxonomy_path (context, missing);
  g_assert_null (phoenix_context_get_taxonomy (context, &error));
  g_assert_error (error, PHOENIX_TAXONOMY_ERROR, PHOENIX_TAXONOMY_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (phoenix_context_get_extractor (context, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  /* Tried again on the next call: once the file is there, it loads. */
  phoenix_context_set_taxonomy_path (context, g_getenv ("PHOENIX_TAXONOMY"));
  g_assert_nonnull (phoenix_context_get_taxonomy (context, &error));
  g_assert_no_error (error);
}

static void
prepared_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  int *done = user_data;
  g_autoptr(GError) error = NULL;

  if (phoenix_context_prepare_finish (PHOENIX_CONTEXT (object), result, &error))
    *done = 1;
  else
    *done = -1;
}

static void
test_prepare (PhoenixTestDir *f,
              gconstpointer   data)
{
  g_autoptr(PhoenixContext) context = new_context (f);
  g_autoptr(PhoenixContext) broken = new_context (f);
  g_autofree char *missing = g_build_filename (f->dir, "none.gvariant", NULL);
  int done = 0;

  phoenix_context_prepare_async (context, NULL, prepared_cb, &done);
  while (done == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (done, ==, 1);
  /* Prepared: the worker mapped the taxonomy the main thread now uses. */
  g_assert_nonnull (phoenix_context_get_taxonomy (context, NULL));

  done = 0;
  phoenix_context_prepare_async (context, NULL, prepared_cb, &done);
  while (done == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (done, ==, 1);

  done = 0;
  phoenix_context_set_taxonomy_path (broken, missing);
  phoenix_context_prepare_async (broken, NULL, prepared_cb, &done);
  while (done == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (done, ==, -1);
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  (*(guint *) user_data)++;
}

static void
test_profile (PhoenixTestDir *f,
              gconstpointer   data)
{
  g_autoptr(PhoenixContext) context = new_context (f);
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  guint notified = 0;

  g_signal_connect (context, "notify::profile", G_CALLBACK (count_notify_cb), &notified);
  g_assert_null (phoenix_context_get_profile (context));

  phoenix_context_set_profile (context, profile);
  g_assert_true (phoenix_context_get_profile (context) == profile);
  g_assert_cmpuint (notified, ==, 1);
  /* Only real changes notify. */
  phoenix_context_set_profile (context, profile);
  g_assert_cmpuint (notified, ==, 1);
  phoenix_context_set_profile (context, NULL);
  g_assert_null (phoenix_context_get_profile (context));
  g_assert_cmpuint (notified, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/context/taxonomy-once", PhoenixTestDir, NULL,
              phoenix_test_dir_setup, test_taxonomy_once, phoenix_test_dir_teardown);
  g_test_add ("/context/taxonomy-missing", PhoenixTestDir, NULL,
              phoenix_test_dir_setup, test_taxonomy_missing, phoenix_test_dir_teardown);
  g_test_add ("/context/prepare", PhoenixTestDir, NULL,
              phoenix_test_dir_setup, test_prepare, phoenix_test_dir_teardown);
  g_test_add ("/context/profile", PhoenixTestDir, NULL,
              phoenix_test_dir_setup, test_profile, phoenix_test_dir_teardown);

  return g_test_run ();
}
