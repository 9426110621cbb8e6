/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-taxonomy.h"

G_BEGIN_DECLS

/*
 * What a CV says that shows a skill without naming it (data/ats/skill-evidence.tsv, compiled in):
 * general trade knowledge the ATS matching reads after the taxonomy's terms and the offer's own
 * words — a product and its family (croissants, viennoiseries), an establishment and its specialty
 * (EHPAD, geriatrics), an activity and its skill (« aide aux transferts », patient mobilisation).
 * GTK-free; the table is read once.
 */

/* The phrases of @language (the CV's, "fr" or "en") that show @skill (a taxonomy index) or a skill of
 * its class, NULL-terminated, owned by the table; NULL when none. */
const char * const *_phoenix_ats_evidence_phrases (PhoenixTaxonomy *taxonomy,
                                                   guint            skill,
                                                   const char      *language);

/* Whether @skill is of ESCO's transversal groups of thinking, self-management or social contact but
 * leading others (T2, T3, T4 but T4.4: "work in teams", "adapt to change"; the taxonomy's
 * phoenix_taxonomy_skill_get_transversal_group(), which gives it to a skill of the class of one and to
 * a skill whose label holds one's, « Capacité à travailler en équipe pluridisciplinaire »): a CV claims
 * them more than it shows them, so one it does not show is no gap to fill but something to show more
 * clearly. Languages, numbers and digital tools are not among them: a CV is judged on those. */
gboolean            _phoenix_ats_skill_is_transversal (PhoenixTaxonomy *taxonomy,
                                                       guint            skill);

/* Whether the occupation of ROME code @code (NULL or "" for none) lists @skill's class among its
 * essential or optional skills; each occupation's classes made once per taxonomy. */
gboolean            _phoenix_ats_occupation_lists (PhoenixTaxonomy *taxonomy,
                                                   const char      *code,
                                                   guint            skill);

G_END_DECLS
