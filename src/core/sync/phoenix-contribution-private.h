/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-contribution.h"

G_BEGIN_DECLS

/* What phoenix-contribution.c (the object, validation) and -json.c (parsing, serialising) share. */

/* Sets a translated PHOENIX_CONTRIBUTION_ERROR_INVALID error about @field (and *@field_out); returns FALSE. */
G_GNUC_PRINTF (4, 5)
gboolean _phoenix_contribution_invalid    (char               **field_out,
                                           GError             **error,
                                           const char          *field,
                                           const char          *format,
                                           ...);
void     _phoenix_contribution_set_schema (PhoenixContribution *self,
                                           int                  schema);

G_END_DECLS
