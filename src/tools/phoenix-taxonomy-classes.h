/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

struct sb_stemmer;

G_BEGIN_DECLS

/*
 * Each of the @n_skills skills' class, the lowest index of the skills that are the same recruiter skill:
 * the groups of skill-equivalents.tsv (@equivalent_rows, ids through @skill_index: id → index + 1), and
 * skills whose French (@fr) or English (@en) labels have the same core of two words or more (of one word
 * when a tool, @tool, is among them: "Linux", "Système d'exploitation Linux"); @is_generic says a
 * one-word core names a whole field. Free with g_free().
 */
guint *_phoenix_taxonomy_skill_classes (guint                n_skills,
                                        const char * const  *fr,
                                        const char * const  *en,
                                        const gboolean      *tool,
                                        GHashTable          *skill_index,
                                        char               **equivalent_rows,
                                        gboolean           (*is_generic) (const char *key),
                                        struct sb_stemmer   *stemmer_fr,
                                        struct sb_stemmer   *stemmer_en);

G_END_DECLS
