/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-path-planner"

#include "config.h"

#include <string.h>

#include "phoenix-path-planner.h"

typedef struct
{
  guint     cost;
  GArray   *skills;    /* guint */
  GArray   *requires;  /* guint, direct prerequisites */
  GArray   *closure;   /* guint: the module and all it needs, transitively */
  gboolean  fixed;
  int       priority;
} Module;

struct _PhoenixPathProblem
{
  guint   n_skills;
  GArray *modules;  /* Module */
};

typedef struct
{
  PhoenixPathProblem *problem;
  guint               n;
  gboolean           *selected;
  guint              *forbidden;   /* > 0: excluded in this subtree */
  guint              *covered_by;  /* per skill: selected modules covering it */
  GArray            **coverers;    /* per skill: modules covering it */
  guint               uncovered;   /* coverable skills not covered yet */
  guint               n_coverable;
  guint64             cost;
  gboolean           *best;
  guint64             best_cost;
  gboolean            have_best;
  guint              *stamps;      /* per skill: the closure_gain() call that last counted it */
  guint               stamp;
  guint64             nodes;
  guint64             limit;
  gboolean            stopped;
} Search;

static void
clear_module (gpointer data)
{
  Module *module = data;

  g_array_unref (module->skills);
  g_array_unref (module->requires);
  g_clear_pointer (&module->closure, g_array_unref);
}

PhoenixPathProblem *
phoenix_path_problem_new (guint n_skills)
{
  PhoenixPathProblem *problem = g_new0 (PhoenixPathProblem, 1);

  problem->n_skills = n_skills;
  problem->modules = g_array_new (FALSE, TRUE, sizeof (Module));
  g_array_set_clear_func (problem->modules, clear_module);

  return problem;
}

void
phoenix_path_problem_free (PhoenixPathProblem *problem)
{
  if (problem == NULL)
    return;
  g_array_unref (problem->modules);
  g_free (problem);
}

guint
phoenix_path_problem_add_module (PhoenixPathProblem *problem,
                                 guint               cost,
                                 const guint        *skills,
                                 guint               n_skills,
                                 gboolean            fixed,
                                 int                 priority)
{
  Module module = { cost, g_array_new (FALSE, FALSE, sizeof (guint)), g_array_new (FALSE, FALSE, sizeof (guint)),
                    NULL, fixed, priority };

  g_return_val_if_fail (problem != NULL, 0);

  for (guint i = 0; i < n_skills; i++)
    {
      gboolean seen = FALSE;

      g_return_val_if_fail (skills[i] < problem->n_skills, 0);
      for (guint j = 0; j < module.skills->len && !seen; j++)
        seen = g_array_index (module.skills, guint, j) == skills[i];
      if (!seen)
        g_array_append_val (module.skills, skills[i]);
    }
  g_array_append_val (problem->modules, module);

  return problem->modules->len - 1;
}

void
phoenix_path_problem_add_prerequisite (PhoenixPathProblem *problem,
                                       guint               module,
                                       guint               required)
{
  g_return_if_fail (problem != NULL);
  g_return_if_fail (module < problem->modules->len && required < problem->modules->len && module != required);

  g_array_append_val (g_array_index (problem->modules, Module, module).requires, required);
}

guint
phoenix_path_problem_get_n_modules (PhoenixPathProblem *problem)
{
  g_return_val_if_fail (problem != NULL, 0);

  return problem->modules->len;
}

void
phoenix_path_solution_free (PhoenixPathSolution *solution)
{
  if (solution == NULL)
    return;
  g_array_unref (solution->modules);
  g_free (solution);
}

static Module *
module_at (Search *search,
           guint   m)
{
  return &g_array_index (search->problem->modules, Module, m);
}

/* The module and everything it needs, each once (a visited mark guards against a circle). */
static void
compute_closures (PhoenixPathProblem *problem)
{
  guint n = problem->modules->len;
  g_autofree guint *mark = g_new0 (guint, n);

  for (guint m = 0; m < n; m++)
    {
      Module *module = &g_array_index (problem->modules, Module, m);
      g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint));

      g_clear_pointer (&module->closure, g_array_unref);
      module->closure = g_array_new (FALSE, FALSE, sizeof (guint));
      g_array_append_val (stack, m);
      mark[m] = m + 1;
      while (stack->len > 0)
        {
          guint top = g_array_index (stack, guint, stack->len - 1);
          Module *at = &g_array_index (problem->modules, Module, top);

          g_array_set_size (stack, stack->len - 1);
          g_array_append_val (module->closure, top);
          for (guint r = 0; r < at->requires->len; r++)
            {
              guint needed = g_array_index (at->requires, guint, r);

              if (mark[needed] != m + 1)
                {
                  mark[needed] = m + 1;
                  g_array_append_val (stack, needed);
                }
            }
        }
    }
}

static void
select_module (Search *search,
               guint   m)
{
  Module *module = module_at (search, m);

  search->selected[m] = TRUE;
  search->cost += module->cost;
  for (guint i = 0; i < module->skills->len; i++)
    {
      guint s = g_array_index (module->skills, guint, i);

      if (search->covered_by[s]++ == 0 && search->coverers[s]->len > 0)
        search->uncovered--;
    }
}

static void
unselect_module (Search *search,
                 guint   m)
{
  Module *module = module_at (search, m);

  search->selected[m] = FALSE;
  search->cost -= module->cost;
  for (guint i = 0; i < module->skills->len; i++)
    {
      guint s = g_array_index (module->skills, guint, i);

      if (--search->covered_by[s] == 0 && search->coverers[s]->len > 0)
        search->uncovered++;
    }
}

/* Selects @m and what it still needs; appends what was selected to @added. */
static void
add_closure (Search *search,
             guint   m,
             GArray *added)
{
  GArray *closure = module_at (search, m)->closure;

  for (guint i = 0; i < closure->len; i++)
    {
      guint c = g_array_index (closure, guint, i);

      if (!search->selected[c])
        {
          select_module (search, c);
          g_array_append_val (added, c);
        }
    }
}

static void
undo_added (Search *search,
            GArray *added,
            guint   from)
{
  while (added->len > from)
    {
      unselect_module (search, g_array_index (added, guint, added->len - 1));
      g_array_set_size (added, added->len - 1);
    }
}

/* What taking @m costs now; G_MAXUINT64 when it (or a module it needs) is excluded here. */
static guint64
closure_cost (Search *search,
              guint   m)
{
  GArray *closure = module_at (search, m)->closure;
  guint64 cost = 0;

  for (guint i = 0; i < closure->len; i++)
    {
      guint c = g_array_index (closure, guint, i);

      if (search->selected[c])
        continue;
      if (search->forbidden[c] > 0)
        return G_MAXUINT64;
      cost += module_at (search, c)->cost;
    }

  return cost;
}

/* New coverable skills @m's closure would cover. */
static guint
closure_gain (Search *search,
              guint   m)
{
  GArray *closure = module_at (search, m)->closure;
  guint gain = 0;

  search->stamp++;
  for (guint i = 0; i < closure->len; i++)
    {
      Module *module = module_at (search, g_array_index (closure, guint, i));

      if (search->selected[g_array_index (closure, guint, i)])
        continue;
      for (guint k = 0; k < module->skills->len; k++)
        {
          guint s = g_array_index (module->skills, guint, k);

          if (search->covered_by[s] == 0 && search->coverers[s]->len > 0 && search->stamps[s] != search->stamp)
            {
              search->stamps[s] = search->stamp;
              gain++;
            }
        }
    }

  return gain;
}

static void
remember_best (Search *search)
{
  if (search->have_best && search->cost >= search->best_cost)
    return;
  memcpy (search->best, search->selected, search->n * sizeof (gboolean));
  search->best_cost = search->cost;
  search->have_best = TRUE;
}

static void
branch (Search *search,
        GArray *added)
{
  guint chosen = G_MAXUINT, fewest = G_MAXUINT;
  guint64 bound = 0;
  g_autoptr(GArray) order = NULL;
  g_autofree guint64 *costs = NULL;
  guint n_order;

  if (search->stopped)
    return;
  if (++search->nodes > search->limit)
    {
      search->stopped = TRUE;
      return;
    }
  if (search->uncovered == 0)
    {
      remember_best (search);
      return;
    }
  if (search->have_best && search->cost >= search->best_cost)
    return;

  /* The bound, and the skill to branch on: the fewest ways to cover it. */
  for (guint s = 0; s < search->problem->n_skills; s++)
    {
      GArray *coverers = search->coverers[s];
      guint64 cheapest = G_MAXUINT64;
      guint ways = 0;

      if (search->covered_by[s] > 0 || coverers->len == 0)
        continue;
      for (guint i = 0; i < coverers->len; i++)
        {
          guint64 cost = closure_cost (search, g_array_index (coverers, guint, i));

          if (cost != G_MAXUINT64)
            {
              ways++;
              cheapest = MIN (cheapest, cost);
            }
        }
      if (ways == 0)
        return;  /* excluded here: another branch covers it */
      bound = MAX (bound, cheapest);
      if (ways < fewest)
        {
          fewest = ways;
          chosen = s;
        }
    }
  if (search->have_best && search->cost + bound >= search->best_cost)
    return;

  /* Its modules, the cheapest first; each later sibling excludes the earlier ones. */
  order = g_array_new (FALSE, FALSE, sizeof (guint));
  costs = g_new (guint64, search->coverers[chosen]->len);
  for (guint i = 0; i < search->coverers[chosen]->len; i++)
    {
      guint m = g_array_index (search->coverers[chosen], guint, i);
      guint64 cost = closure_cost (search, m);
      guint at = order->len;

      if (cost == G_MAXUINT64)
        continue;
      while (at > 0 && costs[at - 1] > cost)
        at--;
      g_array_insert_val (order, at, m);
      memmove (costs + at + 1, costs + at, (order->len - 1 - at) * sizeof (guint64));
      costs[at] = cost;
    }
  n_order = order->len;
  for (guint i = 0; i < n_order; i++)
    {
      guint m = g_array_index (order, guint, i);
      guint mark = added->len;

      /* An earlier sibling it needs is excluded: that branch took it already. */
      if (closure_cost (search, m) != G_MAXUINT64)
        {
          add_closure (search, m, added);
          branch (search, added);
          undo_added (search, added, mark);
        }
      search->forbidden[m]++;
    }
  for (guint i = 0; i < n_order; i++)
    search->forbidden[g_array_index (order, guint, i)]--;
}

static void
greedy (Search *search)
{
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GArray) by_cost = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean changed = TRUE;

  while (search->uncovered > 0)
    {
      guint best = G_MAXUINT, best_gain = 0;
      guint64 best_cost = 0;

      for (guint m = 0; m < search->n; m++)
        {
          guint gain;
          guint64 cost;

          if (search->selected[m])
            continue;
          gain = closure_gain (search, m);
          if (gain == 0)
            continue;
          cost = closure_cost (search, m);
          /* cost / gain < best_cost / best_gain, without division; more skills first on a tie. */
          if (best == G_MAXUINT || cost * best_gain < best_cost * gain ||
              (cost * best_gain == best_cost * gain && gain > best_gain))
            {
              best = m;
              best_gain = gain;
              best_cost = cost;
            }
        }
      g_assert (best != G_MAXUINT);
      add_closure (search, best, added);
    }

  /* Drop what the others make useless, the costliest first. */
  while (changed)
    {
      changed = FALSE;
      g_array_set_size (by_cost, 0);
      for (guint m = 0; m < search->n; m++)
        {
          if (search->selected[m] && !module_at (search, m)->fixed)
            g_array_append_val (by_cost, m);
        }
      for (guint i = 0; i < by_cost->len; i++)
        for (guint j = i + 1; j < by_cost->len; j++)
          {
            guint a = g_array_index (by_cost, guint, i);
            guint b = g_array_index (by_cost, guint, j);

            if (module_at (search, b)->cost > module_at (search, a)->cost)
              {
                g_array_index (by_cost, guint, i) = b;
                g_array_index (by_cost, guint, j) = a;
              }
          }
      for (guint i = 0; i < by_cost->len; i++)
        {
          guint m = g_array_index (by_cost, guint, i);
          Module *module = module_at (search, m);
          gboolean needed = FALSE;

          for (guint k = 0; k < search->n && !needed; k++)
            {
              Module *other = module_at (search, k);

              if (!search->selected[k] || k == m)
                continue;
              for (guint r = 0; r < other->requires->len && !needed; r++)
                needed = g_array_index (other->requires, guint, r) == m;
            }
          for (guint k = 0; k < module->skills->len && !needed; k++)
            {
              guint s = g_array_index (module->skills, guint, k);

              needed = search->covered_by[s] == 1 && search->coverers[s]->len > 0;
            }
          if (!needed)
            {
              unselect_module (search, m);
              changed = TRUE;
            }
        }
    }
  remember_best (search);
}

/* The chosen modules, prerequisites first, then by priority and position. */
static GArray *
order_plan (Search   *search,
            gboolean *chosen)
{
  GArray *order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree gboolean *placed = g_new0 (gboolean, search->n);
  guint n_chosen = 0;

  for (guint m = 0; m < search->n; m++)
    n_chosen += chosen[m];
  while (order->len < n_chosen)
    {
      guint next = G_MAXUINT;

      for (guint m = 0; m < search->n; m++)
        {
          Module *module = module_at (search, m);
          gboolean ready = chosen[m] && !placed[m];

          for (guint r = 0; r < module->requires->len && ready; r++)
            {
              guint needed = g_array_index (module->requires, guint, r);

              ready = placed[needed] || !chosen[needed];
            }
          if (ready && (next == G_MAXUINT || module->priority < module_at (search, next)->priority))
            next = m;
        }
      g_assert (next != G_MAXUINT);  /* no circle */
      placed[next] = TRUE;
      g_array_append_val (order, next);
    }

  return order;
}

PhoenixPathSolution *
phoenix_path_problem_solve (PhoenixPathProblem  *problem,
                            PhoenixPathStrategy  strategy,
                            guint64              node_limit)
{
  Search search = { 0, };
  PhoenixPathSolution *solution;
  g_autoptr(GArray) added = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree gboolean *start = NULL;
  guint64 start_cost;
  guint start_uncovered;

  g_return_val_if_fail (problem != NULL, NULL);

  compute_closures (problem);
  search.problem = problem;
  search.n = problem->modules->len;
  search.selected = g_new0 (gboolean, search.n);
  search.forbidden = g_new0 (guint, search.n);
  search.best = g_new0 (gboolean, search.n);
  search.covered_by = g_new0 (guint, problem->n_skills);
  search.stamps = g_new0 (guint, problem->n_skills);
  search.coverers = g_new0 (GArray *, problem->n_skills);
  search.limit = node_limit > 0 ? node_limit : PHOENIX_PATH_DEFAULT_NODE_LIMIT;
  for (guint s = 0; s < problem->n_skills; s++)
    search.coverers[s] = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint m = 0; m < search.n; m++)
    {
      Module *module = module_at (&search, m);

      for (guint i = 0; i < module->skills->len; i++)
        g_array_append_val (search.coverers[g_array_index (module->skills, guint, i)], m);
    }
  for (guint s = 0; s < problem->n_skills; s++)
    search.n_coverable += search.coverers[s]->len > 0;
  search.uncovered = search.n_coverable;

  /* Started and done modules are in, with what they need. */
  for (guint m = 0; m < search.n; m++)
    {
      if (module_at (&search, m)->fixed)
        add_closure (&search, m, added);
    }
  g_array_set_size (added, 0);
  start = g_memdup2 (search.selected, search.n * sizeof (gboolean));
  start_cost = search.cost;
  start_uncovered = search.uncovered;

  if (strategy != PHOENIX_PATH_STRATEGY_EXACT)
    {
      greedy (&search);
      /* Back to the fixed modules only. */
      for (guint m = 0; m < search.n; m++)
        {
          if (search.selected[m] && !start[m])
            unselect_module (&search, m);
        }
      g_assert (search.cost == start_cost && search.uncovered == start_uncovered);
    }
  if (strategy != PHOENIX_PATH_STRATEGY_GREEDY)
    {
      branch (&search, added);
      g_assert (added->len == 0);
      /* Stopped before a first plan (EXACT alone, a tiny limit): the heuristic's. */
      if (!search.have_best)
        greedy (&search);
    }

  solution = g_new0 (PhoenixPathSolution, 1);
  solution->modules = order_plan (&search, search.best);
  solution->cost = search.best_cost;
  solution->n_coverable = search.n_coverable;
  solution->n_covered = search.n_coverable;
  solution->exact = strategy != PHOENIX_PATH_STRATEGY_GREEDY && !search.stopped;
  solution->nodes = search.nodes;

  for (guint s = 0; s < problem->n_skills; s++)
    g_array_unref (search.coverers[s]);
  g_free (search.coverers);
  g_free (search.covered_by);
  g_free (search.stamps);
  g_free (search.best);
  g_free (search.forbidden);
  g_free (search.selected);

  return solution;
}
