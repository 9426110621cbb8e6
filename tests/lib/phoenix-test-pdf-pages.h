/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A made-up CV of @n_pages A4 pages written with Cairo to @path: a name, contact lines, section
 * headings in bold capitals, positions with dates and bullet points, each page's text its own
 * (the page number in it), about 45 lines a page. No real person's details. */
gboolean phoenix_test_write_cv_pdf (const char  *path,
                                    guint        n_pages,
                                    GError     **error);

G_END_DECLS
