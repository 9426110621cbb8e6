/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-sandbox"

#include "config.h"

#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "phoenix-sandbox.h"
#include "phoenix-seccomp.h"

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
  if (setup->memory_limit > 0)
    {
      limit.rlim_cur = limit.rlim_max = (rlim_t) setup->memory_limit;
      setrlimit (RLIMIT_AS, &limit);
    }
  if (setup->cpu_limit > 0)
    {
      limit.rlim_cur = setup->cpu_limit;
      limit.rlim_max = setup->cpu_limit + 1;
      setrlimit (RLIMIT_CPU, &limit);
    }
  limit.rlim_cur = limit.rlim_max = 0;
  setrlimit (RLIMIT_CORE, &limit);
  setrlimit (RLIMIT_FSIZE, &limit);
  /* Counts every process of the user, so 0 means no fork at all (root is exempt: the seccomp
   * filter is what holds there). bwrap must fork, so not with it. */
  if (setup->limit_processes)
    setrlimit (RLIMIT_NPROC, &limit);
  if (setup->seccomp != NULL && phoenix_seccomp_load_bpf (setup->seccomp, setup->seccomp_size) != 0)
    _exit (127);  /* never run a helper unfiltered that was meant to be */
}

static const char * const locale_variables[] = {
  "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LC_CTYPE", NULL
};

/* Sanitizer builds: the helper reports as the app does (never set in a release). */
static const char * const sanitizer_variables[] = { "ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS", NULL };


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
                  const char *helper,
                  int         seccomp_fd)
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
  /* bwrap loads the filter right before it runs the helper. */
  if (seccomp_fd >= 0)
    {
      g_ptr_array_add (argv, g_strdup ("--seccomp"));
      g_ptr_array_add (argv, g_strdup_printf ("%d", seccomp_fd));
    }
  g_ptr_array_add (argv, g_strdup ("--"));
}

/* Whether systemd's user manager runs (its private socket is there) and can make scopes. */
static gboolean
user_manager_works (const char *systemd_run)
{
  static gsize checked = 0;
  static gboolean works = FALSE;

  if (g_once_init_enter (&checked))
    {
      g_autofree char *socket = g_build_filename (g_get_user_runtime_dir (), "systemd", "private", NULL);

      if (g_file_test (socket, G_FILE_TEST_EXISTS))
        {
          const char *argv[] = { systemd_run, "--user", "--scope", "--quiet", "--collect",
                                 "-p", "TasksMax=4", "--", "/bin/true", NULL };
          int status = 0;

          if (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                            NULL, NULL, NULL, NULL, &status, NULL))
            works = g_spawn_check_wait_status (status, NULL);
        }
      if (!works)
        g_debug ("no systemd user manager: helpers are limited by rlimits and seccomp, without a cgroup");
      g_once_init_leave (&checked, 1);
    }
  return works;
}

/* A transient scope: the cgroup's limits hold for the helper and all it might start together. */
static gboolean
add_scope_prefix (GPtrArray *argv,
                  guint64    memory_limit)
{
  g_autofree char *systemd_run = g_find_program_in_path ("systemd-run");

  if (systemd_run == NULL || !user_manager_works (systemd_run))
    return FALSE;
  g_ptr_array_add (argv, g_steal_pointer (&systemd_run));
  g_ptr_array_add (argv, g_strdup ("--user"));
  g_ptr_array_add (argv, g_strdup ("--scope"));
  g_ptr_array_add (argv, g_strdup ("--quiet"));
  g_ptr_array_add (argv, g_strdup ("--collect"));
  g_ptr_array_add (argv, g_strdup_printf ("--property=MemoryMax=%" G_GUINT64_FORMAT, memory_limit));
  g_ptr_array_add (argv, g_strdup ("--property=MemorySwapMax=0"));
  /* systemd-run's exec, bwrap, its init and the helper, with room for the helper's threads. */
  g_ptr_array_add (argv, g_strdup ("--property=TasksMax=16"));
  g_ptr_array_add (argv, g_strdup ("--"));
  return TRUE;
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

void
_phoenix_sandbox_add_prefix (GPtrArray          *argv,
                             const char         *helper,
                             int                 forward_fd,
                             int                 seccomp_fd,
                             guint64             memory_limit,
                             PhoenixSandboxKind *kind)
{
  g_autofree char *bwrap = NULL;

  memset (kind, 0, sizeof *kind);
  if (in_flatpak ())
    {
      /* The portal puts the helper in a sandbox of its own, with Flatpak's filter. */
      g_ptr_array_add (argv, g_strdup ("flatpak-spawn"));
      g_ptr_array_add (argv, g_strdup ("--sandbox"));
      g_ptr_array_add (argv, g_strdup ("--no-network"));
      g_ptr_array_add (argv, g_strdup ("--watch-bus"));
      g_ptr_array_add (argv, g_strdup ("--clear-env"));
      for (gsize i = 0; locale_variables[i] != NULL; i++)
        {
          const char *value = g_getenv (locale_variables[i]);

          if (value != NULL)
            g_ptr_array_add (argv, g_strdup_printf ("--env=%s=%s", locale_variables[i], value));
        }
      /* flatpak-spawn clears the environment: a sanitized helper gets its options here. */
      if (PHOENIX_SANDBOX_ASAN)
        {
          g_autofree char *options = _phoenix_sandbox_asan_options (g_getenv ("ASAN_OPTIONS"), memory_limit);

          g_ptr_array_add (argv, g_strdup_printf ("--env=ASAN_OPTIONS=%s", options));
        }
      g_ptr_array_add (argv, g_strdup ("--env=" PHOENIX_SANDBOX_HELPER_TUNABLES));
      g_ptr_array_add (argv, g_strdup_printf ("--forward-fd=%d", forward_fd));
      kind->sandboxed = TRUE;
      kind->portal = TRUE;
      return;
    }
  kind->scoped = add_scope_prefix (argv, memory_limit);
  if ((bwrap = g_find_program_in_path ("bwrap")) != NULL && bwrap_works (bwrap))
    {
      add_bwrap_prefix (argv, bwrap, helper, seccomp_fd);
      kind->sandboxed = TRUE;
      kind->filtered = seccomp_fd >= 0;
    }
}

char *
_phoenix_sandbox_asan_options (const char *options,
                               guint64     memory_limit)
{
  /* AddressSanitizer reserves terabytes of address space, so an address-space limit cannot
   * hold: its own RSS limit does what it can (it polls, so a fast allocation gets past it).
   * Its leak check at exit and its symbolizer need ptrace and processes of their own, which
   * the sandbox refuses by design; the helper's code is leak-checked in-process by the pdf
   * and export suites instead. A crash stays a crash (a signal), as in a release build,
   * rather than ASan's report and exit status. */
  return g_strdup_printf ("%s%shard_rss_limit_mb=%" G_GUINT64_FORMAT
                          ":allocator_may_return_null=1:detect_leaks=0:symbolize=0:handle_segv=0",
                          options != NULL ? options : "", options != NULL ? ":" : "",
                          memory_limit / (1024 * 1024));
}

GStrv
_phoenix_sandbox_environment (const char *extra_prefix)
{
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (gsize i = 0; env[i] != NULL; i++)
    {
      const char *eq = strchr (env[i], '=');
      g_autofree char *name = eq != NULL ? g_strndup (env[i], eq - env[i]) : NULL;

      if (name == NULL)
        continue;
      if (g_strv_contains (locale_variables, name) || g_strv_contains (sanitizer_variables, name)
          || (extra_prefix != NULL && g_str_has_prefix (name, extra_prefix)))
        g_strv_builder_add (builder, env[i]);
    }
  g_strv_builder_add (builder, "PATH=/usr/bin:/bin");
  g_strv_builder_add (builder, PHOENIX_SANDBOX_HELPER_TUNABLES);
  return g_strv_builder_end (builder);
}
