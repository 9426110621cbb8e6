/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Phone numbers in free text through libphonenumber (Google's library, C++, wrapped
 * here in C as evolution-data-server does): its matcher finds numbers written in
 * any of the usual national and international forms of France, the United Kingdom,
 * the United States and Canada, Belgium, Switzerland, Ireland, Germany, Italy and
 * Spain, and E.164 forms of any country. Lenient on purpose ("possible" numbers: the
 * right length for the country), since CVs use fictional ranges and placeholders.
 */

typedef struct
{
  gsize start;   /* byte offsets in the text */
  gsize end;
} PhoenixCvPhoneSpan;

/* The numbers of @text (UTF-8) in order, overlaps resolved to the longest: a GArray of
 * PhoenixCvPhoneSpan. */
GArray *_phoenix_cv_phone_find_all (const char *text);

/* Whether libphoenix-phone.so, the module the app loads on first use, is mapped in this
 * process (tests: it is not at start, and is once a number was looked for). */
gboolean _phoenix_cv_phone_module_loaded (void);

G_END_DECLS
