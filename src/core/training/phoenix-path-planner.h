/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The path planner's problem, free of catalogues and taxonomies: modules, each
 * with a cost (hours still to do), the skills it covers (0 … n_skills-1) and
 * the modules it needs first; choose a set closed under prerequisites that
 * covers every coverable skill at the least total cost (a weighted set cover
 * with precedence), and order it so that prerequisites come first.
 *
 * Strategies:
 *   EXACT      branch and bound: branch on the uncovered skill with the fewest
 *              modules covering it, over those modules (each with its missing
 *              prerequisites); bound = cost so far + the largest, over
 *              uncovered skills, of the cheapest way to cover that one skill.
 *              Optimal when it finishes; past @node_limit it stops with the
 *              best plan found (solution->exact FALSE).
 *   GREEDY     the heuristic: repeatedly take the module whose cost (with its
 *              missing prerequisites) per newly covered skill is lowest, then
 *              drop, costliest first, every chosen module no other chosen one
 *              needs and whose skills the others still cover.
 *   AUTO       GREEDY, then EXACT seeded with it (a limit of 200,000 nodes):
 *              exact on small and most medium cases, never worse than GREEDY.
 * Modules marked fixed (started or done) are always in the plan.
 */

typedef enum
{
  PHOENIX_PATH_STRATEGY_AUTO,
  PHOENIX_PATH_STRATEGY_EXACT,
  PHOENIX_PATH_STRATEGY_GREEDY,
} PhoenixPathStrategy;

#define PHOENIX_PATH_DEFAULT_NODE_LIMIT 200000

typedef struct _PhoenixPathProblem PhoenixPathProblem;

typedef struct
{
  GArray   *modules;    /* guint module positions, prerequisites first */
  guint64   cost;       /* their total cost */
  guint     n_covered;  /* coverable skills covered (all of them) */
  guint     n_coverable;
  gboolean  exact;      /* proved optimal */
  guint64   nodes;      /* branch-and-bound nodes visited */
} PhoenixPathSolution;

PhoenixPathProblem  *phoenix_path_problem_new        (guint                n_skills);
void                 phoenix_path_problem_free       (PhoenixPathProblem  *problem);
/* Returns the module's position (0, 1, …). @priority orders modules free to go in any order (lower first). */
guint                phoenix_path_problem_add_module (PhoenixPathProblem  *problem,
                                                      guint                cost,
                                                      const guint         *skills,
                                                      guint                n_skills,
                                                      gboolean             fixed,
                                                      int                  priority);
/* @module needs @required first. Prerequisites must not go round in a circle. */
void                 phoenix_path_problem_add_prerequisite (PhoenixPathProblem *problem,
                                                            guint               module,
                                                            guint               required);
guint                phoenix_path_problem_get_n_modules (PhoenixPathProblem *problem);
PhoenixPathSolution *phoenix_path_problem_solve      (PhoenixPathProblem  *problem,
                                                      PhoenixPathStrategy  strategy,
                                                      guint64              node_limit);
void                 phoenix_path_solution_free      (PhoenixPathSolution *solution);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixPathProblem, phoenix_path_problem_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixPathSolution, phoenix_path_solution_free)

G_END_DECLS
