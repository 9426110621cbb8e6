/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-helper"

#include <gio/gio.h>

#include "phoenix-sandbox.h"
#include "phoenix-test-helper.h"

PhoenixCvLineReader *
phoenix_test_helper_read (const char  *helper,
                          const char  *path,
                          GError     **error)
{
  const char *argv[] = { helper, path, NULL };
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(PhoenixCvLineReader) reader = phoenix_cv_line_reader_new ();

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_SILENCE);
  if (PHOENIX_SANDBOX_ASAN)
    {
      /* The helper's own filter refuses what AddressSanitizer's leak check needs at exit: the
       * options the import gives it (phoenix-sandbox.c). */
      g_autofree char *options = _phoenix_sandbox_asan_options (g_getenv ("ASAN_OPTIONS"),
                                                                G_GUINT64_CONSTANT (4) << 30);

      g_subprocess_launcher_setenv (launcher, "ASAN_OPTIONS", options, TRUE);
    }
  process = g_subprocess_launcher_spawnv (launcher, argv, error);
  if (process == NULL
      || !g_subprocess_communicate (process, NULL, NULL, &out, NULL, error)
      || !g_subprocess_wait_check (process, NULL, error)
      || !phoenix_cv_line_reader_feed (reader, g_bytes_get_data (out, NULL), g_bytes_get_size (out), error)
      || !phoenix_cv_line_reader_finish (reader, error))
    return NULL;
  return g_steal_pointer (&reader);
}
