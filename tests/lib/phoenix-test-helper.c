/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-helper"

#include <gio/gio.h>

#include "phoenix-test-helper.h"

PhoenixCvLineReader *
phoenix_test_helper_read (const char  *helper,
                          const char  *path,
                          GError     **error)
{
  const char *argv[] = { helper, path, NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(PhoenixCvLineReader) reader = phoenix_cv_line_reader_new ();

  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE, error);
  if (process == NULL
      || !g_subprocess_communicate (process, NULL, NULL, &out, NULL, error)
      || !g_subprocess_wait_check (process, NULL, error)
      || !phoenix_cv_line_reader_feed (reader, g_bytes_get_data (out, NULL), g_bytes_get_size (out), error)
      || !phoenix_cv_line_reader_finish (reader, error))
    return NULL;
  return g_steal_pointer (&reader);
}
