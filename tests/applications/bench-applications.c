/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-applications"

/*
 * The tracker on 5,000 applications (not a test: figures only, "bench: name=value"): saving
 * them in one transaction, listing them back with their histories, and the filter latency of
 * a search over all of them, interleaved with a reference (case-folding every field with
 * g_utf8_casefold and strstr, as a naive search would). Medians of wall-clock and CPU time.
 */

#include "config.h"

#include <string.h>

#include "phoenix-application-query.h"
#include "phoenix-application-store.h"
#include "phoenix-test-bench.h"
#include "phoenix-test-util.h"

#define N_APPLICATIONS 5000
#define RUNS 41

static const char * const positions[] = {
  "Data Analyst", "Chargée d'études statistiques", "Développeur web", "UX Designer", "Infirmière coordinatrice",
  "Responsable logistique", "Assistant de gestion", "Chef de projet",
};

static guint
reference_filter (GListModel *list,
                  const char *needle)
{
  g_autofree char *folded_needle = g_utf8_casefold (needle, -1);
  guint found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PhoenixJobApplication) app = g_list_model_get_item (list, i);
      g_autofree char *joined = g_strjoin (" ", phoenix_job_application_get_company (app),
                                           phoenix_job_application_get_position (app),
                                           phoenix_job_application_get_contact (app),
                                           phoenix_job_application_get_notes (app), NULL);
      g_autofree char *folded = g_utf8_casefold (joined, -1);

      found += strstr (folded, folded_needle) != NULL;
    }
  return found;
}

static guint
our_filter (GListModel              *list,
            PhoenixApplicationQuery *query)
{
  guint found = 0;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(PhoenixJobApplication) app = g_list_model_get_item (list, i);

      found += phoenix_application_query_matches (query, app);
    }
  return found;
}

int
main (int   argc,
      char *argv[])
{
  PhoenixTestDir dir;
  g_autofree char *path = NULL;
  g_autoptr(PhoenixVault) vault = NULL;
  g_autoptr(GPtrArray) apps = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GListStore) list = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixApplicationQuery) query = phoenix_application_query_new ();
  g_autoptr(GArray) ref_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) ref_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) our_wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) our_cpu = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) first_wall = g_array_new (FALSE, FALSE, sizeof (double));
  gint64 start;
  double cpu;
  guint ours = 0, theirs = 0;

  phoenix_test_dir_setup (&dir, NULL);
  path = g_build_filename (dir.dir, "vault.db", NULL);
  vault = phoenix_vault_new (path);
  phoenix_vault_set_kdf_params (vault, &phoenix_kdf_test_params);
  g_assert_true (phoenix_vault_create (vault, "bench", NULL, &error));

  for (guint i = 0; i < N_APPLICATIONS; i++)
    {
      g_autofree char *company = g_strdup_printf ("Société %u", i);
      PhoenixJobApplication *app = phoenix_job_application_new (company, positions[i % G_N_ELEMENTS (positions)]);

      phoenix_job_application_set_sector (app, i % 3 ? "M" : "J");
      phoenix_job_application_set_notes (app, i % 7 ? "" : "Relancer Mme Lefèvre après l'entretien téléphonique");
      phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_TO_APPLY, 1735689600 + i, NULL);
      phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_SENT, 1735689600 + i + 3600, NULL);
      g_ptr_array_add (apps, app);
    }

  start = g_get_monotonic_time ();
  cpu = phoenix_test_cpu_ms ();
  g_assert_true (phoenix_application_store_save (vault, (PhoenixJobApplication **) apps->pdata, apps->len, &error));
  g_print ("bench: save-5000-ms=%.1f cpu=%.1f\n", (g_get_monotonic_time () - start) / 1000.0, phoenix_test_cpu_ms () - cpu);

  start = g_get_monotonic_time ();
  cpu = phoenix_test_cpu_ms ();
  list = phoenix_application_store_list (vault, &error);
  g_assert_no_error (error);
  g_print ("bench: list-5000-ms=%.1f cpu=%.1f\n", (g_get_monotonic_time () - start) / 1000.0, phoenix_test_cpu_ms () - cpu);

  /* The first search folds each application's text once (kept afterwards). */
  phoenix_application_query_set_text (query, "chargee etudes");
  start = g_get_monotonic_time ();
  ours = our_filter (G_LIST_MODEL (list), query);
  {
    double w = (g_get_monotonic_time () - start) / 1000.0;

    g_array_append_val (first_wall, w);
  }

  for (guint run = 0; run < RUNS; run++)
    {
      double w, c;

      start = g_get_monotonic_time ();
      cpu = phoenix_test_cpu_ms ();
      theirs = reference_filter (G_LIST_MODEL (list), "chargée d'études");
      w = (g_get_monotonic_time () - start) / 1000.0;
      c = phoenix_test_cpu_ms () - cpu;
      g_array_append_val (ref_wall, w);
      g_array_append_val (ref_cpu, c);

      start = g_get_monotonic_time ();
      cpu = phoenix_test_cpu_ms ();
      ours = our_filter (G_LIST_MODEL (list), query);
      w = (g_get_monotonic_time () - start) / 1000.0;
      c = phoenix_test_cpu_ms () - cpu;
      g_array_append_val (our_wall, w);
      g_array_append_val (our_cpu, c);
    }
  g_assert_cmpuint (ours, ==, theirs);

  g_print ("bench: runs=%u matches=%u\n", RUNS, ours);
  g_print ("bench: first-filter-5000-ms=%.2f\n", phoenix_test_median_array (first_wall));
  g_print ("bench: reference-casefold-filter-5000-ms median=%.2f cpu=%.2f\n", phoenix_test_median_array (ref_wall), phoenix_test_median_array (ref_cpu));
  g_print ("bench: filter-5000-ms median=%.2f cpu=%.2f\n", phoenix_test_median_array (our_wall), phoenix_test_median_array (our_cpu));

  phoenix_vault_lock (vault);
  phoenix_test_dir_teardown (&dir, NULL);
  return 0;
}
