/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "phoenix-taxonomy.h"

struct sb_stemmer;

G_BEGIN_DECLS

/* The group a skills.tsv flags column names ("transversal:T2", "transversal:L", a bare "transversal"). */
PhoenixTransversalGroup _phoenix_taxonomy_transversal_flag (const char *flags);

/*
 * Each of the @n_skills skills' transversal group, from their own (@own, from the flags), their classes
 * (@classes) and French (@fr) and English (@en) labels: the first, in the order the matching needs (T2, T3,
 * T4 first), of the groups of its class's skills and of the T1-T6 skills whose label of two words or more
 * its label holds (stemmed keys). Free with g_free().
 */
guint8 *_phoenix_taxonomy_transversal_groups (guint                n_skills,
                                              const guint8        *own,
                                              const guint         *classes,
                                              const char * const  *fr,
                                              const char * const  *en,
                                              struct sb_stemmer   *stemmer_fr,
                                              struct sb_stemmer   *stemmer_en);

G_END_DECLS
