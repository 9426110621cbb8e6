/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* 1 in an AddressSanitizer build (gcc says so with __SANITIZE_ADDRESS__, clang with __has_feature):
 * its shadow memory needs terabytes of address space, so no address-space limit can hold there. */
#if defined(__SANITIZE_ADDRESS__)
#define PHOENIX_SANDBOX_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PHOENIX_SANDBOX_ASAN 1
#endif
#endif
#ifndef PHOENIX_SANDBOX_ASAN
#define PHOENIX_SANDBOX_ASAN 0
#endif

/*
 * Running a helper program confined (phoenix-sandbox.c), in layers:
 * - flatpak-spawn --sandbox inside a Flatpak, else bubblewrap (no network, no
 *   home, no capabilities, system folders read-only, its own PID namespace)
 *   where user namespaces allow it;
 * - a seccomp filter (phoenix-seccomp.h): no new process, no socket, no
 *   ptrace…, given to bubblewrap, or loaded between fork and exec without it;
 * - a cgroup scope from systemd's user manager where one runs (MemoryMax and
 *   TasksMax hold for everything in the sandbox together), and always rlimits:
 *   address space, processor time, processes, no core dump, no file written;
 * - a cleared environment: only the locale (and sanitizer options) go in.
 */

typedef struct
{
  guint64       memory_limit;   /* bytes of address space (RLIMIT_AS), 0 for none */
  guint         cpu_limit;      /* seconds of processor time (RLIMIT_CPU), 0 for none */
  /* The BPF program to load in the child (no bubblewrap), or NULL. */
  const guint8 *seccomp;
  gsize         seccomp_size;
  gboolean      limit_processes; /* RLIMIT_NPROC 0: no fork, even where seccomp is missing */
} PhoenixSandboxLimits;

typedef struct
{
  gboolean sandboxed;   /* bwrap or flatpak-spawn */
  gboolean portal;      /* flatpak-spawn: it clears the environment itself and needs the app's bus */
  gboolean scoped;      /* in a systemd scope with MemoryMax / TasksMax */
  gboolean filtered;    /* under our seccomp filter (bwrap's or the child's) */
} PhoenixSandboxKind;

/* A GSpawnChildSetupFunc taking a PhoenixSandboxLimits: a session and process group of its own
 * (one kill ends all it starts), the limits, the seccomp filter when given. Async-signal-safe. */
void      _phoenix_sandbox_child_setup (gpointer    limits);

/* Appends to @argv the commands that run @helper (an absolute path) confined: a systemd scope
 * of @memory_limit bytes and a few tasks when a user manager runs, then bwrap (with the filter
 * of @seccomp_fd, −1 for none) or flatpak-spawn (passing @forward_fd through). Says in @kind
 * what it could do; without bwrap or flatpak-spawn nothing of theirs is added. */
void      _phoenix_sandbox_add_prefix  (GPtrArray          *argv,
                                        const char         *helper,
                                        int                 forward_fd,
                                        int                 seccomp_fd,
                                        guint64             memory_limit,
                                        PhoenixSandboxKind *kind);

/* The helper's allocator, in its environment: Poppler allocates and frees a page's text a
 * character at a time, and a thread cache of 1,000 chunks a size (glibc's default is 7) keeps
 * most of that off the heap's bins and their consolidation: about a sixth of the helper's CPU
 * time on a long PDF, 0.6 MiB more at its peak (README, Benchmarks). glibc reads it when the
 * helper starts; benchmarks run the helper alone with it too. */
#define PHOENIX_SANDBOX_HELPER_TUNABLES "GLIBC_TUNABLES=glibc.malloc.tcache_count=1000"

/* The environment a helper gets: the locale, the allocator's tunables above and, in sanitizer
 * builds, the sanitizers' options; nothing else of the app's (no session bus, no display, no
 * home, no tokens). @extra_prefix (may be NULL) lets variables starting with it through too
 * (tests' fault switches). */
GStrv     _phoenix_sandbox_environment (const char *extra_prefix);

/* In a sanitizer build: @options (the run's ASAN_OPTIONS, may be NULL) with what a sandboxed
 * helper needs (an RSS limit of @memory_limit bytes instead of the address-space one, no leak
 * check or symbolizer at exit, crashes as signals). Free with g_free(). */
char     *_phoenix_sandbox_asan_options (const char *options,
                                         guint64     memory_limit);

G_END_DECLS
