/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-profile.h"

G_BEGIN_DECLS

/*
 * Issue #20's profile sizes, generated (no personal data): S 28 entries, M 103, L 553, XL 1,003
 * (600 jobs with 6 highlights each at XL); every text differs from the others, as a real CV's do.
 */
typedef enum
{
  PHOENIX_TEST_SCALE_S,
  PHOENIX_TEST_SCALE_M,
  PHOENIX_TEST_SCALE_L,
  PHOENIX_TEST_SCALE_XL,
  PHOENIX_TEST_N_SCALES,
} PhoenixTestScale;

const char     *phoenix_test_scale_name    (PhoenixTestScale scale);
/* Entries the profile of @scale holds (jobs, schooling, skills, languages, projects). */
guint           phoenix_test_scale_entries (PhoenixTestScale scale);
PhoenixProfile *phoenix_test_scale_profile (PhoenixTestScale scale);

G_END_DECLS
