/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Levels of education as French and English job offers and CVs name them,
 * from the CAP to the doctorate, ordered (a higher value is a higher level).
 * GTK-free.
 */
typedef enum
{
  PHOENIX_EDUCATION_UNKNOWN = 0,
  PHOENIX_EDUCATION_CAP,        /* CAP, BEP: below the baccalauréat */
  PHOENIX_EDUCATION_BAC,        /* baccalauréat, high school */
  PHOENIX_EDUCATION_BAC_2,      /* BTS, DUT, HND, associate degree */
  PHOENIX_EDUCATION_BAC_3,      /* licence, bachelor's */
  PHOENIX_EDUCATION_BAC_5,      /* master's, engineering school */
  PHOENIX_EDUCATION_DOCTORATE,  /* PhD */
} PhoenixEducationLevel;

/* "Bac+2", "Master's"…: a short label in @language ("" for UNKNOWN). */
const char            *phoenix_education_level_to_string (PhoenixEducationLevel level,
                                                          const char           *language);
/* Education level named in @text (the lowest when several: "Bac+2 à Bac+5" asks for Bac+2),
 * on folded text (accents and case ignored); UNKNOWN when none. */
PhoenixEducationLevel  phoenix_education_level_from_text (const char           *text);

G_END_DECLS
