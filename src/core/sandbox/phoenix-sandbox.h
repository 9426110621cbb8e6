/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Running a helper program confined (phoenix-sandbox.c): the limits its
 * process gets between fork and exec, and the sandbox command put before it:
 * flatpak-spawn --sandbox inside a Flatpak, else bubblewrap (no network, no
 * home, system folders read-only) where user namespaces allow it.
 */

typedef struct
{
  guint64 memory_limit;  /* bytes of address space (RLIMIT_AS) */
} PhoenixSandboxLimits;

/* A GSpawnChildSetupFunc taking a PhoenixSandboxLimits: a session and process group of its own
 * (one kill ends all it starts), the memory limit, no core dump, no file written. */
void      _phoenix_sandbox_child_setup (gpointer    limits);

/* Appends to @argv the command that runs @helper (an absolute path) in a sandbox, passing the
 * descriptor @forward_fd through; FALSE when no sandbox can run here (the helper then runs with
 * its limits only). */
gboolean  _phoenix_sandbox_add_prefix  (GPtrArray  *argv,
                                        const char *helper,
                                        int         forward_fd);

G_END_DECLS
