/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-training"

/*
 * Benchmarks of the training core (figures only, printed as "bench: name=value";
 * never asserted), each against a reference run interleaved with it (A B A B…),
 * medians of the runs, wall and CPU time:
 *   - the gap and the path of a 60-skill profile against every occupation of the
 *     taxonomy (AUTO planner), beside the same with the greedy planner alone;
 *   - every occupation ranked as a target (what the page's first run computes),
 *     beside reading the profile alone (the evidence every analysis starts with);
 *   - path planning on a 500-module catalogue (AUTO beside GREEDY), with the
 *     hours each plans.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "phoenix-profile-entries.h"
#include "phoenix-target-suggestion.h"
#include "phoenix-training-path.h"

#define RUNS 5

typedef struct
{
  double wall_ms;
  double cpu_ms;
} Sample;

static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return values->len == 0 ? 0.0 : values->len % 2 ? g_array_index (values, double, values->len / 2) :
    (g_array_index (values, double, values->len / 2 - 1) + g_array_index (values, double, values->len / 2)) / 2;
}

static void
report (const char *name,
        GArray     *samples)
{
  g_autoptr(GArray) wall = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) cpu = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < samples->len; i++)
    {
      g_array_append_val (wall, g_array_index (samples, Sample, i).wall_ms);
      g_array_append_val (cpu, g_array_index (samples, Sample, i).cpu_ms);
    }
  printf ("bench: %s_wall_ms_median=%.1f\n", name, median (wall));
  printf ("bench: %s_cpu_ms_median=%.1f\n", name, median (cpu));
}

/* Sixty skills: the core and other ROME skills of five occupations a career changer has touched. */
static PhoenixProfile *
new_profile (PhoenixTaxonomy *taxonomy)
{
  static const char * const codes[] = { "D1211", "G1703", "M1607", "K2111", "M1855" };
  PhoenixProfile *profile = phoenix_profile_new ();
  guint added = 0;

  phoenix_profile_set_name (profile, "Camille Martin");
  for (guint c = 0; c < G_N_ELEMENTS (codes) && added < 60; c++)
    {
      guint occupation;
      g_autoptr(GArray) links = NULL;
      g_autoptr(PhoenixExperience) job = phoenix_experience_new ();

      g_assert_true (phoenix_taxonomy_lookup_occupation (taxonomy, codes[c], &occupation));
      phoenix_experience_set_title (job, phoenix_taxonomy_get_occupation_label (taxonomy, occupation, "fr"));
      phoenix_experience_set_start_date (job, c == 0 ? "2020-01" : "2012-01");
      phoenix_experience_set_end_date (job, c == 0 ? NULL : "2015-12");
      phoenix_experience_set_current (job, c == 0);
      g_list_store_append (phoenix_profile_get_experiences (profile), job);
      links = phoenix_taxonomy_get_occupation_skills (taxonomy, occupation);
      for (guint i = 0; i < links->len && i < 12 && added < 60; i++)
        {
          guint skill = g_array_index (links, PhoenixOccupationSkill, i).skill;
          g_autoptr(PhoenixSkill) entry = phoenix_skill_new ();

          phoenix_skill_set_name (entry, phoenix_taxonomy_get_skill_label (taxonomy, skill, "fr"));
          phoenix_skill_set_taxonomy_id (entry, phoenix_taxonomy_get_skill_id (taxonomy, skill));
          g_list_store_append (phoenix_profile_get_skills (profile), entry);
          added++;
        }
    }
  g_assert_cmpuint (added, ==, 60);

  return profile;
}

static Sample
gap_and_path_everywhere (PhoenixSkillExtractor    *extractor,
                         PhoenixProfile           *profile,
                         PhoenixTrainingCatalogue *catalogue,
                         PhoenixPathStrategy       strategy,
                         guint64                  *hours,
                         guint                    *proved)
{
  PhoenixTaxonomy *taxonomy = phoenix_skill_extractor_get_taxonomy (extractor);
  gint64 t0 = g_get_monotonic_time ();
  double c0 = cpu_ms ();
  g_autoptr(PhoenixSkillEvidence) evidence = phoenix_skill_evidence_new (extractor, profile);
  guint n = phoenix_taxonomy_get_n_occupations (taxonomy);
  Sample sample;

  *hours = 0;
  *proved = 0;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhoenixSkillGap) gap = phoenix_skill_gap_new (evidence, i, "fr");
      g_autoptr(PhoenixTrainingPath) path = phoenix_training_path_new (catalogue, gap, NULL, "fr", NULL, strategy);

      *hours += phoenix_training_path_get_total_hours (path);
      *proved += phoenix_training_path_get_exact (path);
    }
  sample.wall_ms = (g_get_monotonic_time () - t0) / 1000.0;
  sample.cpu_ms = cpu_ms () - c0;

  return sample;
}

static Sample
rank_targets (PhoenixSkillExtractor *extractor,
              PhoenixProfile        *profile,
              gboolean               rank,
              guint                 *n_targets)
{
  gint64 t0 = g_get_monotonic_time ();
  double c0 = cpu_ms ();
  g_autoptr(PhoenixSkillEvidence) evidence = phoenix_skill_evidence_new (extractor, profile);
  Sample sample;

  if (rank)
    {
      g_autoptr(GPtrArray) targets = phoenix_target_suggestions_compute (evidence, "fr", 0);

      *n_targets = targets->len;
    }
  sample.wall_ms = (g_get_monotonic_time () - t0) / 1000.0;
  sample.cpu_ms = cpu_ms () - c0;

  return sample;
}

/* 500 modules over the 80 skills a target misses, a tenth with a prerequisite, costs like hours. */
static PhoenixPathProblem *
new_problem (GRand *rand)
{
  PhoenixPathProblem *problem = phoenix_path_problem_new (80);

  for (guint m = 0; m < 500; m++)
    {
      guint skills[6];
      guint n = (guint) g_rand_int_range (rand, 1, 7);

      for (guint k = 0; k < n; k++)
        skills[k] = (guint) g_rand_int_range (rand, 0, 80);
      phoenix_path_problem_add_module (problem, (guint) g_rand_int_range (rand, 7, 140) * (g_rand_boolean (rand) ? 1 : 4),
                                       skills, n, FALSE, 0);
      if (m > 0 && g_rand_int_range (rand, 0, 100) < 10)
        phoenix_path_problem_add_prerequisite (problem, m, (guint) g_rand_int_range (rand, 0, (gint32) m));
    }

  return problem;
}

static Sample
plan (PhoenixPathProblem  *problem,
      PhoenixPathStrategy  strategy,
      guint64             *hours,
      gboolean            *exact)
{
  gint64 t0 = g_get_monotonic_time ();
  double c0 = cpu_ms ();
  g_autoptr(PhoenixPathSolution) solution = phoenix_path_problem_solve (problem, strategy, 0);
  Sample sample;

  *hours = solution->cost;
  *exact = solution->exact;
  sample.wall_ms = (g_get_monotonic_time () - t0) / 1000.0;
  sample.cpu_ms = cpu_ms () - c0;

  return sample;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTaxonomy) taxonomy = phoenix_taxonomy_new_from_file (g_getenv ("PHOENIX_TAXONOMY"), &error);
  g_autoptr(PhoenixSkillExtractor) extractor = NULL;
  g_autoptr(PhoenixTrainingCatalogue) catalogue = NULL;
  g_autoptr(PhoenixProfile) profile = NULL;
  g_autoptr(GArray) gap_auto = g_array_new (FALSE, FALSE, sizeof (Sample));
  g_autoptr(GArray) gap_greedy = g_array_new (FALSE, FALSE, sizeof (Sample));
  g_autoptr(GArray) rank = g_array_new (FALSE, FALSE, sizeof (Sample));
  g_autoptr(GArray) evidence_only = g_array_new (FALSE, FALSE, sizeof (Sample));
  g_autoptr(GArray) plan_auto = g_array_new (FALSE, FALSE, sizeof (Sample));
  g_autoptr(GArray) plan_greedy = g_array_new (FALSE, FALSE, sizeof (Sample));
  guint64 hours_auto = 0, hours_greedy = 0, plan_hours_auto = 0, plan_hours_greedy = 0;
  guint proved = 0, proved_greedy = 0, n_targets = 0, n_occupations;
  gboolean exact = FALSE;

  if (taxonomy == NULL)
    g_error ("%s", error->message);
  extractor = phoenix_skill_extractor_new (taxonomy);
  phoenix_taxonomy_prepare (taxonomy);
  catalogue = phoenix_training_catalogue_new_starter (taxonomy, &error);
  if (catalogue == NULL)
    g_error ("%s", error->message);
  profile = new_profile (taxonomy);
  n_occupations = phoenix_taxonomy_get_n_occupations (taxonomy);
  /* Warm-up: the job-title index and the term table are built once per process. */
  g_object_unref (phoenix_skill_evidence_new (extractor, profile));

  for (guint run = 0; run < RUNS; run++)
    {
      Sample a = gap_and_path_everywhere (extractor, profile, catalogue, PHOENIX_PATH_STRATEGY_AUTO, &hours_auto, &proved);
      Sample b = gap_and_path_everywhere (extractor, profile, catalogue, PHOENIX_PATH_STRATEGY_GREEDY, &hours_greedy,
                                          &proved_greedy);

      g_array_append_val (gap_auto, a);
      g_array_append_val (gap_greedy, b);
    }
  printf ("bench: gap_path_occupations=%u\n", n_occupations);
  report ("gap_path_all_occupations_auto", gap_auto);
  report ("gap_path_all_occupations_greedy_reference", gap_greedy);
  printf ("bench: gap_path_per_occupation_auto_ms=%.3f\n",
          g_array_index (gap_auto, Sample, gap_auto->len / 2).wall_ms / n_occupations);
  printf ("bench: gap_path_paths_proved_optimal=%u\n", proved);
  printf ("bench: gap_path_total_hours_auto=%" G_GUINT64_FORMAT "\n", hours_auto);
  printf ("bench: gap_path_total_hours_greedy=%" G_GUINT64_FORMAT "\n", hours_greedy);

  for (guint run = 0; run < RUNS; run++)
    {
      Sample a = rank_targets (extractor, profile, TRUE, &n_targets);
      Sample b = rank_targets (extractor, profile, FALSE, &n_targets);

      g_array_append_val (rank, a);
      g_array_append_val (evidence_only, b);
    }
  rank_targets (extractor, profile, TRUE, &n_targets);
  printf ("bench: targets_ranked=%u\n", n_targets);
  report ("targets_ranked_all", rank);
  report ("targets_evidence_only_reference", evidence_only);

  {
    g_autoptr(GRand) rand = g_rand_new_with_seed (500);

    for (guint run = 0; run < RUNS * 2; run++)
      {
        g_autoptr(PhoenixPathProblem) problem = new_problem (rand);
        gboolean greedy_exact;
        Sample a = plan (problem, PHOENIX_PATH_STRATEGY_AUTO, &plan_hours_auto, &exact);
        Sample b = plan (problem, PHOENIX_PATH_STRATEGY_GREEDY, &plan_hours_greedy, &greedy_exact);

        g_array_append_val (plan_auto, a);
        g_array_append_val (plan_greedy, b);
        printf ("bench: plan_500_modules_run%u_hours_auto=%" G_GUINT64_FORMAT " (%s) hours_greedy=%" G_GUINT64_FORMAT
                "\n", run, plan_hours_auto, exact ? "proved optimal" : "best found", plan_hours_greedy);
      }
    report ("plan_500_modules_auto", plan_auto);
    report ("plan_500_modules_greedy_reference", plan_greedy);
  }

  return 0;
}
