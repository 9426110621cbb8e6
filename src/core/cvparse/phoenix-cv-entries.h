/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-cv-fields.h"

G_BEGIN_DECLS

/* The entries of a section (phoenix-cv-entries.c): jobs and other dated work (volunteering…),
 * education, publications, each cut from its rows into the profile's array @member. Called by
 * the section reader (phoenix-cv-sections.c). */
void _phoenix_cv_extract_work_like    (PhoenixCvDoc *doc,
                                       Section      *section,
                                       const char   *member,
                                       const char   *org_member);
void _phoenix_cv_extract_education    (PhoenixCvDoc *doc,
                                       Section      *section);
void _phoenix_cv_extract_publications (PhoenixCvDoc *doc,
                                       Section      *section);
/* Whether @text names a degree or a school ("BTS", "Master", "Université"). */
gboolean _phoenix_cv_names_a_degree   (const char   *text);

G_END_DECLS
