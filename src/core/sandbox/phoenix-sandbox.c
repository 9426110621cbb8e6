/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-sandbox"

#include "config.h"

#include <sys/resource.h>
#include <unistd.h>

#include "phoenix-sandbox.h"

void
_phoenix_sandbox_child_setup (gpointer user_data)
{
  PhoenixSandboxLimits *setup = user_data;
  struct rlimit limit;

  /* Runs between fork and exec: async-signal-safe calls only.
   *
   * A session of its own: the helper leads a process group that holds
   * everything it starts (bwrap, the sandbox's init, the reader), so that
   * one kill (-pgid) ends them all, and none of them has a controlling
   * terminal (which bwrap's --new-session would otherwise give; that option
   * is not used, as it takes the sandbox out of the group). */
  setsid ();
  limit.rlim_cur = limit.rlim_max = (rlim_t) setup->memory_limit;
  setrlimit (RLIMIT_AS, &limit);
  limit.rlim_cur = limit.rlim_max = 0;
  setrlimit (RLIMIT_CORE, &limit);
  setrlimit (RLIMIT_FSIZE, &limit);
}

static gboolean
in_flatpak (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

static void
add_system_dir (GPtrArray  *argv,
                const char *dir)
{
  if (g_file_test (dir, G_FILE_TEST_IS_SYMLINK))
    {
      g_autofree char *target = g_file_read_link (dir, NULL);
      if (target != NULL)
        {
          g_ptr_array_add (argv, g_strdup ("--symlink"));
          g_ptr_array_add (argv, g_steal_pointer (&target));
          g_ptr_array_add (argv, g_strdup (dir));
        }
      return;
    }
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR) && !g_file_test (dir, G_FILE_TEST_EXISTS))
    return;
  g_ptr_array_add (argv, g_strdup ("--ro-bind"));
  g_ptr_array_add (argv, g_strdup (dir));
  g_ptr_array_add (argv, g_strdup (dir));
}

static void
add_bwrap_prefix (GPtrArray  *argv,
                  const char *bwrap,
                  const char *helper)
{
  static const char * const dirs[] = {
    "/usr", "/lib", "/lib64", "/lib32", "/libx32", "/bin", "/sbin",
    "/etc/fonts", "/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/alternatives",
    "/etc/localtime", "/usr/share/poppler",
  };
  g_autofree char *helper_dir = g_path_get_dirname (helper);

  g_ptr_array_add (argv, g_strdup (bwrap));
  g_ptr_array_add (argv, g_strdup ("--unshare-all"));
  /* No --new-session: the child setup's setsid() does its job (no
   * controlling terminal, against TIOCSTI) and keeps the sandbox in the
   * helper's process group. --die-with-parent alone does not take the
   * sandbox down when bwrap is killed while still setting it up. */
  g_ptr_array_add (argv, g_strdup ("--die-with-parent"));
  g_ptr_array_add (argv, g_strdup ("--cap-drop"));
  g_ptr_array_add (argv, g_strdup ("ALL"));
  for (gsize i = 0; i < G_N_ELEMENTS (dirs); i++)
    add_system_dir (argv, dirs[i]);
  g_ptr_array_add (argv, g_strdup ("--proc"));
  g_ptr_array_add (argv, g_strdup ("/proc"));
  g_ptr_array_add (argv, g_strdup ("--dev"));
  g_ptr_array_add (argv, g_strdup ("/dev"));
  /* The helper itself, read-only, when it lives outside /usr (a build tree). */
  if (!g_str_has_prefix (helper, "/usr/"))
    {
      g_ptr_array_add (argv, g_strdup ("--ro-bind"));
      g_ptr_array_add (argv, g_strdup (helper));
      g_ptr_array_add (argv, g_strdup (helper));
    }
  g_ptr_array_add (argv, g_strdup ("--chdir"));
  g_ptr_array_add (argv, g_strdup ("/"));
  g_ptr_array_add (argv, g_strdup ("--"));
}

/* Whether bwrap can set up a sandbox here (user namespaces may be off). */
static gboolean
bwrap_works (const char *bwrap)
{
  static gsize checked = 0;
  static gboolean works = FALSE;

  if (g_once_init_enter (&checked))
    {
      const char *argv[] = { bwrap, "--unshare-all", "--die-with-parent", "--new-session",
                             "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib",
                             "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin",
                             "--", "/usr/bin/true", NULL };
      int status = 0;

      if (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                        NULL, NULL, NULL, NULL, &status, NULL))
        works = g_spawn_check_wait_status (status, NULL);
      if (!works)
        g_debug ("bwrap cannot create a sandbox here; the PDF import helper runs with limits only");
      g_once_init_leave (&checked, 1);
    }
  return works;
}

gboolean
_phoenix_sandbox_add_prefix (GPtrArray  *argv,
                             const char *helper,
                             int         forward_fd)
{
  g_autofree char *bwrap = NULL;

  if (in_flatpak ())
    {
      g_ptr_array_add (argv, g_strdup ("flatpak-spawn"));
      g_ptr_array_add (argv, g_strdup ("--sandbox"));
      g_ptr_array_add (argv, g_strdup ("--no-network"));
      g_ptr_array_add (argv, g_strdup ("--watch-bus"));
      g_ptr_array_add (argv, g_strdup ("--clear-env"));
      g_ptr_array_add (argv, g_strdup_printf ("--forward-fd=%d", forward_fd));
      return TRUE;
    }
  if ((bwrap = g_find_program_in_path ("bwrap")) != NULL && bwrap_works (bwrap))
    {
      add_bwrap_prefix (argv, bwrap, helper);
      return TRUE;
    }

  return FALSE;
}
