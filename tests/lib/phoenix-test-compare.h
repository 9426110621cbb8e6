/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-profile.h"

G_BEGIN_DECLS

/* Comparing model objects property by property; a difference fails the test with the object's
 * type, the property and both values. */

/* Every readable property of @a and @b (same type) equal; the "uid" too when @with_uids. */
void  phoenix_test_assert_objects_equal  (GObject        *a,
                                          GObject        *b,
                                          gboolean        with_uids);
/* The person's properties and every entry of every list, in order. */
void  phoenix_test_assert_profiles_equal (PhoenixProfile *a,
                                          PhoenixProfile *b,
                                          gboolean        with_uids);

G_END_DECLS
