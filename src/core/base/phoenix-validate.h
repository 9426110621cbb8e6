/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Checks of what a user types in the profile forms. GTK-free.
 *
 * Every validator accepts NULL and the empty string (the fields are optional)
 * and ignores leading and trailing white space. On failure it returns FALSE
 * and, when @message is not NULL, sets it to a translated sentence to show
 * under the field (free with g_free()); on success *@message is set to NULL.
 */

/* name@example.com; Unicode letters allowed in both parts; a dot in the domain. */
gboolean  phoenix_validate_email  (const char  *s,
                                   char       **message);

/*
 * French and international phone numbers: 06 12 34 56 78, 06.12.34.56.78,
 * 0612345678, +33 6 12 34 56 78, +33 (0)6 12 34 56 78, +1-123-456-7890,
 * (909) 555-5555, 607.379.5733. Separators: space (also no-break spaces),
 * '.', '-', '/'. A national number (no '+' or '00') has 10 digits; an
 * international one 8 to 15 (11 for +33).
 */
gboolean  phoenix_validate_phone  (const char  *s,
                                   char       **message);

/*
 * An http or https URL with a host name (https://example.com/x), or the same
 * without its scheme (linkedin.com/in/x), which phoenix_normalize_url()
 * completes. No spaces, no user name or password in it.
 */
gboolean  phoenix_validate_url    (const char  *s,
                                   char       **message);

/* A valid URL gets "https://" when it has no scheme; anything else is returned
 * trimmed. Never NULL. */
char     *phoenix_normalize_url   (const char  *s);

/* An ISO 8601 calendar date of the profile: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
gboolean  phoenix_validate_date   (const char  *s,
                                   char       **message);

G_END_DECLS
