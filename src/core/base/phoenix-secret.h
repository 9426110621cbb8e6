/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * A heap string holding a secret (a passphrase, a PDF password): wiped before
 * its memory goes back to the allocator. g_autoptr(PhoenixSecret) wipes and
 * frees it when it goes out of scope. GTK-free.
 */
typedef char PhoenixSecret;

/* Overwrites the bytes of the NUL-terminated @secret with zeroes (explicit_bzero, which the
 * compiler may not drop), in place. NULL is fine. */
void phoenix_secret_wipe (char *secret);

/* Wipes @secret (phoenix_secret_wipe()) and frees it. NULL is fine. */
void phoenix_secret_free (char *secret);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixSecret, phoenix_secret_free)

G_END_DECLS
