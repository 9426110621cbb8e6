/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/*
 * What an ATS reads in a CV given as a JSON Resume object
 * (phoenix-ats-resume.c): its texts and where each stands, the years worked,
 * and the format problems an ATS stumbles on. Used by the score (phoenix-ats.c).
 */

typedef struct
{
  const char *section;  /* "basics", "work", "education", "skills"… (static) */
  int         entry;    /* index in the section, -1 for basics */
  char       *field;    /* "label", "summary", "highlights/2", "keywords/0"… */
  const char *text;     /* borrowed from the resume, never empty */
} PhoenixAtsField;

/* Every text of @resume an ATS reads (headline, summaries, positions, highlights, degrees,
 * skills…), in CV order: an array of PhoenixAtsField, cleared with it; the texts stay
 * @resume's. */
GArray  *_phoenix_ats_resume_fields (JsonObject *resume);

/* Years of work: overlapping jobs counted once, a job without an end date up to today. */
double   _phoenix_ats_resume_years  (JsonObject *resume);
/* The same over the work entries of @entries only (a set of entry index + 1). */
double   _phoenix_ats_resume_years_in (JsonObject *resume,
                                       GHashTable *entries);

/* Adds to @issues (PhoenixAtsIssue *, phoenix-ats.h) the format problems of @resume: no email,
 * no phone, no experience, an experience without dates, a top-level section with an unusual
 * name. */
void     _phoenix_ats_resume_check  (JsonObject *resume,
                                     GPtrArray  *issues);

G_END_DECLS
