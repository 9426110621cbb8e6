/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-cv-line-stream.h"

G_BEGIN_DECLS

/* Runs the import helper @helper on @path (no sandbox, stderr silenced) and reads its whole line
 * stream; NULL when it failed, or what it wrote is not a whole stream. */
PhoenixCvLineReader *phoenix_test_helper_read (const char  *helper,
                                               const char  *path,
                                               GError     **error);

G_END_DECLS
