/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "phoenix-path-planner.h"

/*
 * The path planner on random instances, checked against brute force: every
 * subset of modules closed under prerequisites and covering every coverable
 * skill, the cheapest kept. EXACT and AUTO must find that cost; GREEDY must
 * cover everything, respect prerequisites and cost at least as much; its
 * excess over the optimum is printed (mean, 95th percentile, worst), the
 * figure README quotes. Seeds are fixed: the same instances every run.
 */

#define MAX_MODULES 14

typedef struct
{
  guint  n_modules;
  guint  n_skills;
  guint  cost[MAX_MODULES];
  guint  covers[MAX_MODULES];   /* bit mask of skills */
  guint  needs[MAX_MODULES];    /* bit mask of modules */
  gboolean fixed[MAX_MODULES];
} Instance;

static void
make_instance (GRand    *rand,
               Instance *instance,
               guint     n_modules,
               guint     n_skills)
{
  memset (instance, 0, sizeof *instance);
  instance->n_modules = n_modules;
  instance->n_skills = n_skills;
  for (guint m = 0; m < n_modules; m++)
    {
      guint n_covers = (guint) g_rand_int_range (rand, 0, 4);

      /* Costs like hours: a few short modules, some long ones. */
      instance->cost[m] = (guint) g_rand_int_range (rand, 7, 60) * (g_rand_boolean (rand) ? 1 : 5);
      for (guint k = 0; k < n_covers; k++)
        instance->covers[m] |= 1u << g_rand_int_range (rand, 0, (gint32) n_skills);
      /* Prerequisites only on earlier modules: no circle. */
      for (guint r = 0; r < m; r++)
        {
          if (g_rand_int_range (rand, 0, 100) < 12)
            instance->needs[m] |= 1u << r;
        }
      instance->fixed[m] = g_rand_int_range (rand, 0, 100) < 5;
    }
}

static PhoenixPathProblem *
to_problem (const Instance *instance)
{
  PhoenixPathProblem *problem = phoenix_path_problem_new (instance->n_skills);

  for (guint m = 0; m < instance->n_modules; m++)
    {
      guint skills[32];
      guint n = 0;

      for (guint s = 0; s < instance->n_skills; s++)
        {
          if (instance->covers[m] & (1u << s))
            skills[n++] = s;
        }
      phoenix_path_problem_add_module (problem, instance->cost[m], skills, n, instance->fixed[m], 0);
    }
  for (guint m = 0; m < instance->n_modules; m++)
    for (guint r = 0; r < instance->n_modules; r++)
      {
        if (instance->needs[m] & (1u << r))
          phoenix_path_problem_add_prerequisite (problem, m, r);
      }

  return problem;
}

/* The cheapest closed covering subset, by trying them all; G_MAXUINT64 when none (cannot happen). */
static guint64
brute_force (const Instance *instance)
{
  guint coverable = 0, all_fixed = 0;
  guint64 best = G_MAXUINT64;

  for (guint m = 0; m < instance->n_modules; m++)
    {
      coverable |= instance->covers[m];
      if (instance->fixed[m])
        all_fixed |= 1u << m;
    }
  for (guint subset = 0; subset < (1u << instance->n_modules); subset++)
    {
      guint covered = 0;
      guint64 cost = 0;
      gboolean closed = (subset & all_fixed) == all_fixed;

      for (guint m = 0; m < instance->n_modules && closed; m++)
        {
          if (!(subset & (1u << m)))
            continue;
          closed = (instance->needs[m] & subset) == instance->needs[m];
          covered |= instance->covers[m];
          cost += instance->cost[m];
        }
      if (closed && covered == coverable && cost < best)
        best = cost;
    }

  return best;
}

/* The plan covers every coverable skill, holds the fixed modules, and each module comes after what it needs. */
static guint64
check_plan (const Instance            *instance,
            const PhoenixPathSolution *solution)
{
  guint placed = 0, covered = 0, coverable = 0;
  guint64 cost = 0;

  for (guint m = 0; m < instance->n_modules; m++)
    coverable |= instance->covers[m];
  for (guint i = 0; i < solution->modules->len; i++)
    {
      guint m = g_array_index (solution->modules, guint, i);

      g_assert_cmpuint (m, <, instance->n_modules);
      g_assert_false (placed & (1u << m));
      g_assert_cmpuint (instance->needs[m] & placed, ==, instance->needs[m]);
      placed |= 1u << m;
      covered |= instance->covers[m];
      cost += instance->cost[m];
    }
  for (guint m = 0; m < instance->n_modules; m++)
    {
      if (instance->fixed[m])
        g_assert_true (placed & (1u << m));
    }
  g_assert_cmpuint (covered, ==, coverable);
  g_assert_cmpuint (cost, ==, solution->cost);
  g_assert_cmpuint (solution->n_covered, ==, (guint) __builtin_popcount (coverable));

  return cost;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static void
test_brute_force (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260105);
  g_autoptr(GArray) excess = g_array_new (FALSE, FALSE, sizeof (double));
  guint greedy_optimal = 0;
  double sum = 0;

  for (guint trial = 0; trial < 400; trial++)
    {
      Instance instance;
      g_autoptr(PhoenixPathProblem) problem = NULL;
      g_autoptr(PhoenixPathSolution) exact = NULL;
      g_autoptr(PhoenixPathSolution) automatic = NULL;
      g_autoptr(PhoenixPathSolution) greedy = NULL;
      guint64 optimum;
      double over;

      make_instance (rand, &instance, (guint) g_rand_int_range (rand, 1, MAX_MODULES + 1),
                     (guint) g_rand_int_range (rand, 1, 13));
      optimum = brute_force (&instance);
      g_assert_cmpuint (optimum, !=, G_MAXUINT64);
      problem = to_problem (&instance);

      exact = phoenix_path_problem_solve (problem, PHOENIX_PATH_STRATEGY_EXACT, 0);
      g_assert_true (exact->exact);
      g_assert_cmpuint (check_plan (&instance, exact), ==, optimum);
      automatic = phoenix_path_problem_solve (problem, PHOENIX_PATH_STRATEGY_AUTO, 0);
      g_assert_true (automatic->exact);
      g_assert_cmpuint (check_plan (&instance, automatic), ==, optimum);
      greedy = phoenix_path_problem_solve (problem, PHOENIX_PATH_STRATEGY_GREEDY, 0);
      g_assert_false (greedy->exact);
      g_assert_cmpuint (check_plan (&instance, greedy), >=, optimum);

      over = optimum > 0 ? (double) greedy->cost / optimum - 1.0 : 0.0;
      greedy_optimal += greedy->cost == optimum;
      sum += over;
      g_array_append_val (excess, over);
    }
  g_array_sort (excess, compare_doubles);
  g_test_message ("greedy heuristic on 400 random instances (1-14 modules, 1-12 skills): optimal in %u, "
                  "excess over the optimum mean %.1f%%, 95th percentile %.1f%%, worst %.1f%%",
                  greedy_optimal, 100 * sum / excess->len,
                  100 * g_array_index (excess, double, excess->len * 95 / 100),
                  100 * g_array_index (excess, double, excess->len - 1));
}

/* Medium instances (40 modules, 25 skills): too many subsets to try, but branch and bound proves its
 * optimum; the heuristic's excess over it. */
static void
test_medium (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (424242);
  g_autoptr(GArray) excess = g_array_new (FALSE, FALSE, sizeof (double));
  guint proved = 0, greedy_optimal = 0;
  double sum = 0;

  for (guint trial = 0; trial < 200; trial++)
    {
      g_autoptr(PhoenixPathProblem) problem = phoenix_path_problem_new (25);
      g_autoptr(PhoenixPathSolution) exact = NULL;
      g_autoptr(PhoenixPathSolution) greedy = NULL;
      double over;

      for (guint m = 0; m < 40; m++)
        {
          guint skills[4];
          guint n = (guint) g_rand_int_range (rand, 1, 5);

          for (guint k = 0; k < n; k++)
            skills[k] = (guint) g_rand_int_range (rand, 0, 25);
          phoenix_path_problem_add_module (problem, (guint) g_rand_int_range (rand, 7, 60) *
                                           (g_rand_boolean (rand) ? 1 : 5), skills, n, FALSE, 0);
          if (m > 0 && g_rand_int_range (rand, 0, 100) < 12)
            phoenix_path_problem_add_prerequisite (problem, m, (guint) g_rand_int_range (rand, 0, (gint32) m));
        }
      exact = phoenix_path_problem_solve (problem, PHOENIX_PATH_STRATEGY_AUTO, 2000000);
      greedy = phoenix_path_problem_solve (problem, PHOENIX_PATH_STRATEGY_GREEDY, 0);
      g_assert_cmpuint (exact->cost, <=, greedy->cost);
      if (!exact->exact)
        continue;
      proved++;
      over = (double) greedy->cost / exact->cost - 1.0;
      greedy_optimal += greedy->cost == exact->cost;
      sum += over;
      g_array_append_val (excess, over);
    }
  g_assert_cmpuint (proved, >=, 190);
  g_array_sort (excess, compare_doubles);
  g_test_message ("greedy heuristic on %u random instances of 40 modules and 25 skills (optimum proved by "
                  "branch and bound): optimal in %u, excess mean %.1f%%, 95th percentile %.1f%%, worst %.1f%%",
                  proved, greedy_optimal, 100 * sum / excess->len,
                  100 * g_array_index (excess, double, excess->len * 95 / 100),
                  100 * g_array_index (excess, double, excess->len - 1));
}

/* Larger random instances: no brute force, but AUTO is never worse than GREEDY and stays valid. */
static void
test_large (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint trial = 0; trial < 5; trial++)
    {
      g_autoptr(PhoenixPathProblem) problem = phoenix_path_problem_new (60);
      g_autoptr(PhoenixPathSolution) automatic = NULL;
      g_autoptr(PhoenixPathSolution) greedy = NULL;
      g_autofree guint *coverable = g_new0 (guint, 60);
      guint n_coverable = 0;

      for (guint m = 0; m < 500; m++)
        {
          guint skills[4];
          guint n = (guint) g_rand_int_range (rand, 1, 5);

          for (guint k = 0; k < n; k++)
            {
              skills[k] = (guint) g_rand_int_range (rand, 0, 60);
              n_coverable += coverable[skills[k]]++ == 0;
            }
          phoenix_path_problem_add_module (problem, (guint) g_rand_int_range (rand, 7, 400), skills, n, FALSE, 0);
          if (m > 0 && g_rand_int_range (rand, 0, 100) < 10)
            phoenix_path_problem_add_prerequisite (problem, m, (guint) g_rand_int_range (rand, 0, (gint32) m));
        }
      automatic = phoenix_path_problem_solve (problem, PHOENIX_PATH_STRATEGY_AUTO, 0);
      greedy = phoenix_path_problem_solve (problem, PHOENIX_PATH_STRATEGY_GREEDY, 0);
      g_assert_cmpuint (automatic->n_coverable, ==, n_coverable);
      g_assert_cmpuint (automatic->cost, <=, greedy->cost);
      g_assert_cmpuint (automatic->modules->len, >, 0);
      g_test_message ("500 modules, 60 skills: auto %" G_GUINT64_FORMAT " h (%s, %" G_GUINT64_FORMAT " nodes), "
                      "greedy %" G_GUINT64_FORMAT " h", automatic->cost, automatic->exact ? "proved optimal" :
                      "best found", automatic->nodes, greedy->cost);
    }
}

/* A tiny limit: the search stops, says it is not proved, and still gives a valid plan. */
static void
test_node_limit (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  Instance instance;
  g_autoptr(PhoenixPathProblem) problem = NULL;
  g_autoptr(PhoenixPathSolution) limited = NULL;

  make_instance (rand, &instance, MAX_MODULES, 12);
  problem = to_problem (&instance);
  limited = phoenix_path_problem_solve (problem, PHOENIX_PATH_STRATEGY_EXACT, 1);
  g_assert_false (limited->exact);
  check_plan (&instance, limited);
}

/* Nothing to cover: only the started and done modules. */
static void
test_nothing_to_cover (void)
{
  g_autoptr(PhoenixPathProblem) problem = phoenix_path_problem_new (3);
  g_autoptr(PhoenixPathSolution) solution = NULL;
  guint none[1] = { 0 };
  guint started, needed;

  phoenix_path_problem_add_module (problem, 10, none, 0, FALSE, 0);
  needed = phoenix_path_problem_add_module (problem, 5, none, 0, FALSE, 0);
  started = phoenix_path_problem_add_module (problem, 20, none, 0, TRUE, 1);
  phoenix_path_problem_add_prerequisite (problem, started, needed);
  solution = phoenix_path_problem_solve (problem, PHOENIX_PATH_STRATEGY_AUTO, 0);
  g_assert_cmpuint (solution->n_coverable, ==, 0);
  g_assert_cmpuint (solution->modules->len, ==, 2);
  g_assert_cmpuint (g_array_index (solution->modules, guint, 0), ==, needed);
  g_assert_cmpuint (g_array_index (solution->modules, guint, 1), ==, started);
  g_assert_cmpuint (solution->cost, ==, 25);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/training/planner/brute-force", test_brute_force);
  g_test_add_func ("/training/planner/medium", test_medium);
  g_test_add_func ("/training/planner/large", test_large);
  g_test_add_func ("/training/planner/node-limit", test_node_limit);
  g_test_add_func ("/training/planner/nothing-to-cover", test_nothing_to_cover);

  return g_test_run ();
}
