/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-profile.h"

G_BEGIN_DECLS

typedef enum
{
  PHOENIX_COMPLETENESS_NO_NAME,
  PHOENIX_COMPLETENESS_NO_CONTACT,          /* neither email nor phone */
  PHOENIX_COMPLETENESS_NO_EMAIL,
  PHOENIX_COMPLETENESS_NO_PHONE,
  PHOENIX_COMPLETENESS_NO_HEADLINE,
  PHOENIX_COMPLETENESS_NO_SUMMARY,
  PHOENIX_COMPLETENESS_SHORT_SUMMARY,
  PHOENIX_COMPLETENESS_NO_EXPERIENCE,
  PHOENIX_COMPLETENESS_EXPERIENCE_NO_TITLE,
  PHOENIX_COMPLETENESS_EXPERIENCE_NO_DATES,
  PHOENIX_COMPLETENESS_EXPERIENCE_NO_HIGHLIGHTS,
  PHOENIX_COMPLETENESS_NO_EDUCATION,
  PHOENIX_COMPLETENESS_NO_SKILLS,
  PHOENIX_COMPLETENESS_FEW_SKILLS,
  PHOENIX_COMPLETENESS_NO_LANGUAGES,
} PhoenixCompletenessKind;

/* One missing or weak thing. @index is the entry's position in its list, or -1. */
typedef struct
{
  PhoenixCompletenessKind  kind;
  int                      index;
  char                    *message;  /* translated, ready to show */
  guint                    weight;   /* points it costs */
} PhoenixCompletenessItem;

/*
 * How complete the profile is as a CV, counting up from 0 (an empty profile) to 100:
 * 100 minus the weight of each missing or weak item, heaviest items first. The
 * weights of an empty profile's items add up to 100: name 15, contact 15 (email 5 or
 * phone 3 when only one is missing), summary 12 (short: 5), headline 5, experience 30
 * (15 for having one, 15 for its details: per experience without title 4, dates 4,
 * highlights 3, at most 15 for all experiences), education 8, skills 12 (fewer than
 * 5: 4), languages 3.
 *
 * Returns the score 0–100; @items (optional) receives a new array of
 * PhoenixCompletenessItem (free it with g_ptr_array_unref).
 */
guint phoenix_completeness_compute (PhoenixProfile  *profile,
                                    GPtrArray      **items);

G_END_DECLS
