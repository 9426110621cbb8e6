/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-overview"

/*
 * The Overview and the anonymiser (not a test: figures only, "bench: name=value"):
 *
 * - refresh: the Overview's SQL snapshot (main thread) then its computation (the
 *   worker's part, run here in this thread) on a vault with 5,000 applications
 *   and 2 years of daily history of the five metrics, interleaved (A B A B …)
 *   with a reference vault holding the same CV and target but 10 applications
 *   and no history: the difference is what the volume costs;
 * - payload: the size of the JSON that would leave, over 200 noise draws;
 * - anonymiser: the truth built from the profile, then randomised, interleaved
 *   with the randomisation alone.
 *
 * Medians of wall-clock and CPU time. A fictional person throughout.
 */

#include "config.h"

#include <string.h>

#include "phoenix-anonymiser.h"
#include "phoenix-application-store.h"
#include "phoenix-json-resume.h"
#include "phoenix-metric-history.h"
#include "phoenix-overview-data.h"
#include "phoenix-test-bench.h"
#include "phoenix-test-vault.h"
#include "phoenix-training-analysis.h"
#include "phoenix-training-progress.h"

#define N_APPLICATIONS 5000
#define HISTORY_DAYS   730
#define RUNS           15
#define DRAWS          200

static const char resume[] =
  "{\"basics\":{\"name\":\"Camille Martin\",\"label\":\"Vendeuse en reconversion vers le développement web\","
  "\"email\":\"camille.martin@example.org\",\"summary\":\"Dix ans de vente, une formation au développement web.\","
  "\"location\":{\"postalCode\":\"44000\",\"city\":\"Nantes\",\"countryCode\":\"FR\"}},"
  "\"work\":[{\"name\":\"Boutique Exemple\",\"position\":\"Vendeuse\",\"startDate\":\"2014-03\","
  "\"summary\":\"Accueillir, conseiller, vendre ; tenir la caisse et les stocks.\"},"
  "{\"name\":\"Magasin Modèle\",\"position\":\"Conseillère de vente\",\"startDate\":\"2010-09\",\"endDate\":\"2014-02\"}],"
  "\"education\":[{\"institution\":\"Lycée Exemple\",\"studyType\":\"Baccalauréat\",\"endDate\":\"2010\"}],"
  "\"skills\":[{\"name\":\"HTML\",\"keywords\":[\"CSS\",\"JavaScript\"]},{\"name\":\"Relation client\"}],"
  "\"languages\":[{\"language\":\"Anglais\",\"fluency\":\"B2\"}]}";

static void
fill (PhoenixVault *vault,
      guint         n_applications,
      guint         history_days,
      GDate        *today)
{
  g_autoptr(GPtrArray) apps = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(PhoenixTrainingProgress) progress = phoenix_training_progress_new (vault);
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  static const char * const sectors[] = { "J", "M", "G", "N" };
  static const char * const metrics[] = { "cv", "ats", "sent", "response", "training" };

  for (guint i = 0; i < n_applications; i++)
    {
      g_autofree char *company = g_strdup_printf ("Entreprise %u", i);
      PhoenixJobApplication *app = phoenix_job_application_new (company, "Développeuse web");
      /* Spread over the two years, oldest first. */
      gint64 sent = now - (gint64) (n_applications - i) * (HISTORY_DAYS * 86400 / n_applications) - 86400;

      phoenix_job_application_set_sector (app, sectors[i % G_N_ELEMENTS (sectors)]);
      phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_SENT, sent, NULL);
      phoenix_job_application_set_sent_at (app, sent);
      if (i % 4 == 0)
        phoenix_job_application_set_status (app, i % 12 == 0 ? PHOENIX_APPLICATION_STATUS_INTERVIEW
                                                              : PHOENIX_APPLICATION_STATUS_REJECTED,
                                            sent + 5 * 86400, NULL);
      g_ptr_array_add (apps, app);
    }
  g_assert_true (phoenix_application_store_save (vault, (PhoenixJobApplication **) apps->pdata, apps->len, &error));
  g_assert_no_error (error);
  g_assert_true (phoenix_training_progress_load (progress, &error));
  g_assert_true (phoenix_training_progress_add_target (progress, "M1855", TRUE, &error));
  g_assert_no_error (error);

  for (guint d = history_days; d > 0; d--)
    {
      GDate day = *today;
      char text[16];
      double values[G_N_ELEMENTS (metrics)];
      double t = (double) (history_days - d) / history_days;

      g_date_subtract_days (&day, d);
      g_date_strftime (text, sizeof text, "%Y-%m-%d", &day);
      values[0] = 40 + 50 * t;
      values[1] = 30 + 50 * t;
      values[2] = n_applications * t;
      values[3] = 20 + 10 * t;
      values[4] = 80 * t;
      g_assert_true (phoenix_metric_history_record_day (vault, text, metrics, values, G_N_ELEMENTS (metrics), &error));
      g_assert_no_error (error);
    }
}

/* One refresh; the snapshot's and the computation's wall times (ms) added to @read and @compute. */
static PhoenixOverview *
refresh (PhoenixVault    *vault,
         PhoenixProfile  *profile,
         PhoenixTaxonomy *taxonomy,
         GDate           *today,
         GArray          *read,
         GArray          *compute,
         GArray          *cpu)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixOverviewSnapshot) snapshot = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  PhoenixOverview *overview;
  double start = phoenix_test_now_ms ();
  double cpu_start = phoenix_test_cpu_ms ();
  double middle, w;

  snapshot = phoenix_overview_snapshot_read (vault, profile, today, &error);
  g_assert_no_error (error);
  middle = phoenix_test_now_ms ();
  overview = phoenix_overview_compute (snapshot, taxonomy, "fr", rand);
  w = middle - start;
  g_array_append_val (read, w);
  w = phoenix_test_now_ms () - middle;
  g_array_append_val (compute, w);
  w = phoenix_test_cpu_ms () - cpu_start;
  g_array_append_val (cpu, w);
  return overview;
}

#define SERIES(name) g_autoptr(GArray) name = g_array_new (FALSE, FALSE, sizeof (double))

int
main (int   argc,
      char *argv[])
{
  PhoenixTestVault big = { 0 }, small = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTaxonomy) taxonomy = NULL;
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixTrainingCatalogue) catalogue = NULL;
  g_autoptr(PhoenixTrainingAnalysis) analysis = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (2026);
  PhoenixAnonymiserInput input = { 0 };
  SERIES (big_read); SERIES (big_compute); SERIES (big_cpu);
  SERIES (small_read); SERIES (small_compute); SERIES (small_cpu);
  SERIES (sizes);
  SERIES (build_wall); SERIES (build_cpu); SERIES (noise_wall); SERIES (noise_cpu);
  guint sent = 0;
  double start;
  GDate today;

  g_test_init (&argc, &argv, NULL);
  taxonomy = phoenix_taxonomy_new_from_file (g_getenv ("PHOENIX_TAXONOMY"), &error);
  g_assert_no_error (error);
  g_assert_true (phoenix_json_resume_import_data (profile, resume, -1, &error));
  g_assert_no_error (error);
  g_date_clear (&today, 1);
  g_date_set_time_t (&today, (time_t) (g_get_real_time () / G_USEC_PER_SEC));

  phoenix_test_vault_setup (&big, NULL);
  phoenix_test_vault_setup (&small, NULL);
  start = phoenix_test_now_ms ();
  fill (big.vault, N_APPLICATIONS, HISTORY_DAYS, &today);
  g_print ("bench: overview-fill-5000-applications-730-days-ms=%.0f\n", phoenix_test_now_ms () - start);
  fill (small.vault, 10, 0, &today);

  /* A B A B …: the big vault, then the reference. */
  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(PhoenixOverview) a = refresh (big.vault, profile, taxonomy, &today, big_read, big_compute, big_cpu);
      g_autoptr(PhoenixOverview) b = refresh (small.vault, profile, taxonomy, &today, small_read, small_compute,
                                              small_cpu);

      sent = a->sent;
      g_assert_cmpuint (a->cv_series->len, >=, HISTORY_DAYS);
      g_assert_cmpuint (b->sent, ==, 10);
    }
  g_assert_cmpuint (sent, ==, N_APPLICATIONS);
  g_print ("bench: overview-refresh-5000-read-median-ms=%.2f compute-median-ms=%.2f cpu-median-ms=%.2f\n",
           phoenix_test_median_array (big_read), phoenix_test_median_array (big_compute),
           phoenix_test_median_array (big_cpu));
  g_print ("bench: overview-refresh-reference-10-read-median-ms=%.2f compute-median-ms=%.2f cpu-median-ms=%.2f\n",
           phoenix_test_median_array (small_read), phoenix_test_median_array (small_compute),
           phoenix_test_median_array (small_cpu));

  /* The anonymiser on the same CV, target and applications. */
  catalogue = phoenix_training_catalogue_new_starter (taxonomy, &error);
  g_assert_no_error (error);
  analysis = phoenix_training_analysis_new (taxonomy, profile, catalogue, NULL, NULL, "fr", 0);
  input.profile = profile;
  input.evidence = phoenix_training_analysis_get_evidence (analysis);
  input.target = "M1855";
  input.best_ats = 72;
  for (guint i = 0; i < PHOENIX_ANONYMISER_N_SECTORS; i++)
    {
      input.sectors[i].applications = i % 5 == 0 ? 1250 : 0;
      input.sectors[i].responses = i % 5 == 0 ? 310 : 0;
      input.sectors[i].interviews = i % 5 == 0 ? 100 : 0;
    }
  for (guint draw = 0; draw < DRAWS; draw++)
    {
      g_autoptr(PhoenixContribution) truth = NULL;
      g_autoptr(PhoenixContribution) payload = NULL;
      g_autoptr(PhoenixContribution) noisy = NULL;
      g_autofree char *json = NULL;
      double w, c;

      /* A: the whole anonymiser (truth and noise). */
      start = phoenix_test_now_ms ();
      c = phoenix_test_cpu_ms ();
      payload = phoenix_anonymiser_build (&input, "abcdefabcdefabcdefabcdefabcdefab", NULL, rand, &error);
      w = phoenix_test_now_ms () - start;
      c = phoenix_test_cpu_ms () - c;
      g_assert_no_error (error);
      g_array_append_val (build_wall, w);
      g_array_append_val (build_cpu, c);
      json = phoenix_contribution_to_json (payload);
      w = strlen (json);
      g_array_append_val (sizes, w);

      /* B: the noise alone, on a truth built beforehand. */
      truth = phoenix_anonymiser_build_truth (&input, "abcdefabcdefabcdefabcdefabcdefab", rand, &error);
      g_assert_no_error (error);
      start = phoenix_test_now_ms ();
      c = phoenix_test_cpu_ms ();
      noisy = phoenix_contribution_randomize (truth, taxonomy, NULL, rand);
      w = phoenix_test_now_ms () - start;
      c = phoenix_test_cpu_ms () - c;
      g_array_append_val (noise_wall, w);
      g_array_append_val (noise_cpu, c);
    }
  {
    double min = G_MAXDOUBLE, max = 0;

    for (guint i = 0; i < sizes->len; i++)
      {
        min = MIN (min, g_array_index (sizes, double, i));
        max = MAX (max, g_array_index (sizes, double, i));
      }
    g_print ("bench: payload-bytes-median=%.0f min=%.0f max=%.0f\n", phoenix_test_median_array (sizes), min, max);
  }
  g_print ("bench: anonymiser-build-median-ms=%.3f cpu-median-ms=%.3f\n",
           phoenix_test_median_array (build_wall), phoenix_test_median_array (build_cpu));
  g_print ("bench: anonymiser-noise-only-median-ms=%.3f cpu-median-ms=%.3f\n",
           phoenix_test_median_array (noise_wall), phoenix_test_median_array (noise_cpu));

  phoenix_test_vault_teardown (&big, NULL);
  phoenix_test_vault_teardown (&small, NULL);
  return 0;
}
