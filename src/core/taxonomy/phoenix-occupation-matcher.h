/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-taxonomy.h"

G_BEGIN_DECLS

/*
 * Which taxonomy occupation a job title names, French or English, accents,
 * case, gender forms and level words ("Senior", "Stagiaire", "(H/F)") aside.
 * The title's stems are matched against every title of the taxonomy (fiche
 * labels, ROME appellations, hand-made and ESCO titles) through the job-title
 * index the taxonomy file stores built (phoenix_taxonomy_find_title_word(),
 * searched by bisection in the mapped file: nothing built at run time). See
 * HACKING.md ("Skills taxonomy, job offers and the ATS score") for the
 * weights. GTK-free.
 */

/* Nothing left to build since the indexes ship built in the taxonomy (issue #18); kept for
 * callers that prepare the taxonomy in a worker thread. Safe from any thread. */
void      phoenix_occupation_matcher_prepare (PhoenixTaxonomy *taxonomy);

/* The occupation any job title names (a CV's headline or position), when one is close
 * enough: at least half of an occupation title's words. FALSE when none is. */
gboolean  phoenix_occupation_matcher_guess   (PhoenixTaxonomy *taxonomy,
                                              const char      *title,
                                              guint           *occupation);

/* The occupation of a job offer: the title first, then 30% how many of @skills (taxonomy
 * indexes, may be empty) the occupation lists, which also decides when the title says
 * little. FALSE when neither the title nor the skills point anywhere. */
gboolean  phoenix_occupation_matcher_match   (PhoenixTaxonomy *taxonomy,
                                              const char      *title,
                                              const guint     *skills,
                                              gsize            n_skills,
                                              guint           *occupation);

/* How close (on the matcher's 0–1 score) a second occupation must come to the best one to be shown
 * beside it as the runner-up. */
#define PHOENIX_OCCUPATION_RUNNER_UP_MARGIN 0.05

/* The same, with the runner-up: the next best occupation when it scores within
 * PHOENIX_OCCUPATION_RUNNER_UP_MARGIN of the best, else G_MAXUINT. @runner_up may be NULL. */
gboolean  phoenix_occupation_matcher_match_two (PhoenixTaxonomy *taxonomy,
                                                const char      *title,
                                                const guint     *skills,
                                                gsize            n_skills,
                                                guint           *occupation,
                                                guint           *runner_up);

G_END_DECLS
