/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * The system calls a helper may not make (libseccomp), after glycin and
 * Flatpak: no new process (fork, vfork, a clone that is not a thread), no
 * socket, no ptrace or reading other processes' memory, no namespace, mount,
 * module, key ring, BPF, perf or io_uring call, no TIOCSTI; with
 * PHOENIX_SECCOMP_NO_EXEC, no execve either. Everything else is allowed: the
 * filter closes the doors a helper has no use for, while bubblewrap, the
 * rlimits and the cgroup bound what it may use.
 *
 * Two ways in: the app compiles the filter to BPF once and hands it to
 * bubblewrap (--seccomp FD), or loads it between fork and exec when there is
 * no bubblewrap, so that any helper, whatever it does, runs under it; the
 * import helper also loads the stricter NO_EXEC filter itself first thing
 * (under flatpak-spawn this is the only filter of ours it gets).
 */

typedef enum
{
  PHOENIX_SECCOMP_DEFAULT = 0,
  PHOENIX_SECCOMP_NO_EXEC = 1 << 0,
} PhoenixSeccompFlags;

/* The filter as a BPF program (struct sock_filter[]), or NULL with @error set. */
GBytes   *phoenix_seccomp_build_bpf     (PhoenixSeccompFlags   flags,
                                         GError              **error);
/* Loads the filter into this process (no_new_privs included). */
gboolean  phoenix_seccomp_apply         (PhoenixSeccompFlags   flags,
                                         GError              **error);
/* Loads a program from phoenix_seccomp_build_bpf() with two prctl() calls: async-signal-safe,
 * for the child between fork and exec. Returns 0 or an errno. */
int       phoenix_seccomp_load_bpf      (const guint8         *program,
                                         gsize                 size);

G_END_DECLS
