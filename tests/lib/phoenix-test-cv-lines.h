/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-cv-parser.h"

G_BEGIN_DECLS

/*
 * Positioned lines written by a test for the CV parser (test-cv-parser, test-cv-patterns):
 * a fixture holding the lines and the running y of a single column at x = 50, lines that
 * go under each other, lines with a part right-aligned (a date), and reading helpers.
 */

#define PHOENIX_TEST_CV_BODY  10.0
#define PHOENIX_TEST_CV_BLACK 0x000000

typedef struct
{
  GPtrArray *lines;   /* PhoenixCvLine * */
  double     y;       /* running y of the single column */
} PhoenixTestCvLines;

void        phoenix_test_cv_lines_setup    (PhoenixTestCvLines *f,
                                            gconstpointer       data);
void        phoenix_test_cv_lines_teardown (PhoenixTestCvLines *f,
                                            gconstpointer       data);
/* A line at (@x, @y) of @page; its width from its length. */
void        phoenix_test_cv_add_at         (PhoenixTestCvLines *f,
                                            guint               page,
                                            double              x,
                                            double              y,
                                            double              size,
                                            gboolean            bold,
                                            guint32             color,
                                            const char         *text);
/* A line under the previous one in the column at x = 50. */
void        phoenix_test_cv_add            (PhoenixTestCvLines *f,
                                            double              size,
                                            gboolean            bold,
                                            guint32             color,
                                            const char         *text);
/* A body-size line with @right right-aligned on the same row (a date). */
void        phoenix_test_cv_add_with_right (PhoenixTestCvLines *f,
                                            gboolean            bold,
                                            const char         *left,
                                            const char         *right);
/* A gap of one body line. */
void        phoenix_test_cv_space          (PhoenixTestCvLines *f);
/* @member of @object when it is a string, else NULL. */
const char *phoenix_test_cv_member_string  (JsonObject         *object,
                                            const char         *member);

G_END_DECLS
