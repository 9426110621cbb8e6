/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-profile.h"

G_BEGIN_DECLS

/*
 * The profiles of issue #20's scale table, made up (no real person's data):
 * S (28 entries), M (103), L (553), XL (1,003: 600 jobs of 6 highlights each).
 */

typedef enum
{
  PHOENIX_TEST_SCALE_S,
  PHOENIX_TEST_SCALE_M,
  PHOENIX_TEST_SCALE_L,
  PHOENIX_TEST_SCALE_XL,
  PHOENIX_TEST_SCALE_N_SIZES
} PhoenixTestScale;

/* "S", "M", "L", "XL". */
const char     *phoenix_test_scale_name        (PhoenixTestScale scale);
/* Entries of every list together (28, 103, 553, 1003). */
guint           phoenix_test_scale_n_entries   (PhoenixTestScale scale);
/* A new profile of that size: a person, then experiences (6 highlights each), education,
 * skills, languages, certifications, projects, interests and volunteering. */
PhoenixProfile *phoenix_test_scale_new_profile (PhoenixTestScale scale);
/* A new vault at @vault_path (the test KDF) holding the profile of @scale, left locked: the
 * app's UI tests unlock it. */
void            phoenix_test_scale_store       (const char      *vault_path,
                                                PhoenixTestScale scale);
/* Entries in every list of @profile. */
guint           phoenix_test_scale_count       (PhoenixProfile  *profile);

G_END_DECLS
