/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-cv-lines"

#include "config.h"

#include "phoenix-test-cv-lines.h"

void
phoenix_test_cv_lines_setup (PhoenixTestCvLines *f,
                             gconstpointer       data)
{
  f->lines = g_ptr_array_new_with_free_func ((GDestroyNotify) phoenix_cv_line_free);
  f->y = 40;
}

void
phoenix_test_cv_lines_teardown (PhoenixTestCvLines *f,
                                gconstpointer       data)
{
  g_ptr_array_unref (f->lines);
}

void
phoenix_test_cv_add_at (PhoenixTestCvLines *f,
                        guint               page,
                        double              x,
                        double              y,
                        double              size,
                        gboolean            bold,
                        guint32             color,
                        const char         *text)
{
  double width = g_utf8_strlen (text, -1) * size * 0.5;

  g_ptr_array_add (f->lines, phoenix_cv_line_new (page, x, y, width, size * 1.2, text, size, bold, color));
}

void
phoenix_test_cv_add (PhoenixTestCvLines *f,
                     double              size,
                     gboolean            bold,
                     guint32             color,
                     const char         *text)
{
  phoenix_test_cv_add_at (f, 0, 50, f->y, size, bold, color, text);
  f->y += size * 1.4;
}

void
phoenix_test_cv_add_with_right (PhoenixTestCvLines *f,
                                gboolean            bold,
                                const char         *left,
                                const char         *right)
{
  phoenix_test_cv_add_at (f, 0, 50, f->y, PHOENIX_TEST_CV_BODY, bold, PHOENIX_TEST_CV_BLACK, left);
  phoenix_test_cv_add_at (f, 0, 545 - g_utf8_strlen (right, -1) * PHOENIX_TEST_CV_BODY * 0.5, f->y,
                          PHOENIX_TEST_CV_BODY, FALSE, PHOENIX_TEST_CV_BLACK, right);
  f->y += PHOENIX_TEST_CV_BODY * 1.4;
}

void
phoenix_test_cv_space (PhoenixTestCvLines *f)
{
  f->y += PHOENIX_TEST_CV_BODY;
}

const char *
phoenix_test_cv_member_string (JsonObject *object,
                               const char *member)
{
  if (object == NULL || !json_object_has_member (object, member))
    return NULL;
  return json_object_get_string_member (object, member);
}
