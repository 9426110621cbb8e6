/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-cv-parser.h"

G_BEGIN_DECLS

/*
 * Why a field the parser found may be wrong, in words a person reads under the field in
 * the import preview ("This looks like an address, not a headline"), or NULL when the
 * field looks right. @pointer is a JSON pointer into the parse's profile ("/basics/label",
 * "/work/2"); an entry's pointer covers its fields. Translated.
 */
char *phoenix_cv_parse_explain_doubt (PhoenixCvParse *self,
                                      const char     *pointer);

G_END_DECLS
