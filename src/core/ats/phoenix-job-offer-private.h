/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-job-offer.h"

G_BEGIN_DECLS

/*
 * The parts of PhoenixJobOffer: the model (phoenix-job-offer.c: fields,
 * properties, corrections) and the reader that fills it from the offer's
 * text (phoenix-offer-reader.c). The files and pastes it is read from are
 * phoenix-offer-loader.c's, through the public API only.
 */
struct _PhoenixJobOffer
{
  GObject                parent_instance;

  PhoenixTaxonomy       *taxonomy;
  char                  *text;
  char                  *language;
  char                  *title;
  char                  *company;
  char                  *location;
  char                  *contract;
  char                  *working_time;
  PhoenixEducationLevel  education;
  int                    experience_years;
  char                  *occupation;
  char                  *occupation_runner_up;  /* "" when no second guess came close */
  GArray                *skills;
  gint64                 id;
};

/* Stores a copy of @value ("" for NULL) in *@field, without notifying (an offer being read). */
void  _phoenix_job_offer_set_string (char                 **field,
                                     const char            *value);

/* Adds @skill (a taxonomy index) first named at [@start, @end) of the text; a skill already there
 * stays where it is and becomes required when @required. */
void  _phoenix_job_offer_add_skill  (PhoenixJobOffer       *self,
                                     guint                  skill,
                                     gboolean               required,
                                     guint                  start,
                                     guint                  end);
/* Required skills first, then in text order. */
void  _phoenix_job_offer_sort_skills (PhoenixJobOffer      *self);

/* phoenix-offer-reader.c: reads self->text (set, the other fields at their defaults) into the
 * language, title, company, location, contract, working time, education, years of experience,
 * skills (required or nice-to-have, in text order) and occupation. */
void  _phoenix_job_offer_read       (PhoenixJobOffer       *self,
                                     PhoenixSkillExtractor *extractor);

G_END_DECLS
