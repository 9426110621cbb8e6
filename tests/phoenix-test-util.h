/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Deletes @path and everything below it, read-only folders included; a missing path is fine. */
void phoenix_test_remove_tree (const char *path);

G_END_DECLS
