/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-seccomp"
#define _GNU_SOURCE  /* CLONE_THREAD, memfd_create */

#include "config.h"

#include <errno.h>
#include <gio/gio.h>
#include <glib/gi18n.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <sched.h>
#include <seccomp.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <unistd.h>

#include "phoenix-seccomp.h"

/* Refused with EPERM: a helper reads one file and writes to its pipes. */
static const char * const denied[] = {
  "fork", "vfork",
  "socket", "socketpair",
  "ptrace", "process_vm_readv", "process_vm_writev", "kcmp", "pidfd_getfd",
  "unshare", "setns", "mount", "umount", "umount2", "pivot_root", "chroot", "move_mount", "open_tree",
  "fsopen", "fsmount", "fsconfig", "fspick", "mount_setattr",
  "init_module", "finit_module", "delete_module", "kexec_load", "kexec_file_load", "reboot",
  "swapon", "swapoff", "acct", "quotactl", "syslog", "uselib", "iopl", "ioperm",
  "keyctl", "add_key", "request_key",
  "bpf", "perf_event_open", "userfaultfd", "fanotify_init", "lookup_dcookie",
  "open_by_handle_at", "name_to_handle_at",
  "io_uring_setup", "io_uring_enter", "io_uring_register",
  "personality",
};

static const char * const denied_exec[] = { "execve", "execveat" };

static gboolean
deny (scmp_filter_ctx   ctx,
      const char       *name,
      int               errno_value,
      GError          **error)
{
  int nr = seccomp_syscall_resolve_name (name);
  int rc;

  /* Unknown on this architecture (umount on x86_64 is umount2): nothing to deny. */
  if (nr == __NR_SCMP_ERROR)
    return TRUE;
  rc = seccomp_rule_add (ctx, SCMP_ACT_ERRNO (errno_value), nr, 0);
  if (rc < 0 && rc != -EEXIST)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (-rc),
                   _("Could not set up the sandbox's system call filter (%s): %s"), name, g_strerror (-rc));
      return FALSE;
    }
  return TRUE;
}

static scmp_filter_ctx
build (PhoenixSeccompFlags   flags,
       GError              **error)
{
  scmp_filter_ctx ctx = seccomp_init (SCMP_ACT_ALLOW);
  int rc;

  if (ctx == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Could not set up the sandbox's system call filter."));
      return NULL;
    }

#if defined(__x86_64__)
  /* The 32-bit calls too, or an int 0x80 would walk round the filter. */
  seccomp_arch_add (ctx, SCMP_ARCH_X86);
  seccomp_arch_add (ctx, SCMP_ARCH_X32);
#elif defined(__aarch64__)
  seccomp_arch_add (ctx, SCMP_ARCH_ARM);
#endif

  for (gsize i = 0; i < G_N_ELEMENTS (denied); i++)
    if (!deny (ctx, denied[i], EPERM, error))
      goto fail;
  if (flags & PHOENIX_SECCOMP_NO_EXEC)
    for (gsize i = 0; i < G_N_ELEMENTS (denied_exec); i++)
      if (!deny (ctx, denied_exec[i], EPERM, error))
        goto fail;

  /* A clone is a new thread (allowed) or a new process (refused). clone3 passes its flags in
   * memory, where a filter cannot look: ENOSYS makes the C library fall back to clone. */
  rc = seccomp_rule_add (ctx, SCMP_ACT_ERRNO (EPERM), SCMP_SYS (clone), 1,
                         SCMP_A0 (SCMP_CMP_MASKED_EQ, CLONE_THREAD, 0));
  if (rc == 0)
    rc = seccomp_rule_add (ctx, SCMP_ACT_ERRNO (ENOSYS), SCMP_SYS (clone3), 0);
  /* TIOCSTI pushes characters into a terminal's input. */
  if (rc == 0)
    rc = seccomp_rule_add (ctx, SCMP_ACT_ERRNO (EPERM), SCMP_SYS (ioctl), 1,
                           SCMP_A1 (SCMP_CMP_MASKED_EQ, 0xffffffffu, TIOCSTI));
  if (rc < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (-rc),
                   _("Could not set up the sandbox's system call filter: %s"), g_strerror (-rc));
      goto fail;
    }
  return ctx;

fail:
  seccomp_release (ctx);
  return NULL;
}

GBytes *
phoenix_seccomp_build_bpf (PhoenixSeccompFlags   flags,
                           GError              **error)
{
  scmp_filter_ctx ctx = build (flags, error);
  g_autoptr(GByteArray) program = NULL;
  int fd, rc;

  if (ctx == NULL)
    return NULL;
  fd = memfd_create ("phoenix-seccomp", MFD_CLOEXEC);
  if (fd < 0)
    {
      int saved = errno;

      seccomp_release (ctx);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not set up the sandbox's system call filter: %s"), g_strerror (saved));
      return NULL;
    }
  rc = seccomp_export_bpf (ctx, fd);
  seccomp_release (ctx);
  program = g_byte_array_new ();
  if (rc == 0 && lseek (fd, 0, SEEK_SET) == 0)
    {
      guint8 chunk[4096];
      ssize_t n;

      while ((n = read (fd, chunk, sizeof chunk)) > 0)
        g_byte_array_append (program, chunk, (guint) n);
    }
  close (fd);
  if (rc != 0 || program->len == 0 || program->len % sizeof (struct sock_filter) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("Could not set up the sandbox's system call filter."));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&program));
}

gboolean
phoenix_seccomp_apply (PhoenixSeccompFlags   flags,
                       GError              **error)
{
  scmp_filter_ctx ctx = build (flags, error);
  int rc;

  if (ctx == NULL)
    return FALSE;
  rc = seccomp_load (ctx);  /* sets no_new_privs first (SCMP_FLTATR_CTL_NNP) */
  seccomp_release (ctx);
  if (rc < 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (-rc),
                   _("Could not set up the sandbox's system call filter: %s"), g_strerror (-rc));
      return FALSE;
    }
  return TRUE;
}

int
phoenix_seccomp_load_bpf (const guint8 *program,
                          gsize         size)
{
  struct sock_fprog prog = {
    .len = (unsigned short) (size / sizeof (struct sock_filter)),
    .filter = (struct sock_filter *) program,
  };

  if (prctl (PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
    return errno;
  if (prctl (PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) != 0)
    return errno;
  return 0;
}
