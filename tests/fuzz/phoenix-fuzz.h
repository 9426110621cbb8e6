/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdint.h>
#include <stddef.h>

#include "phoenix-skill-extractor.h"

G_BEGIN_DECLS

/* What every target shares: quiet logs (criticals abort: a critical is a finding), and the
 * taxonomy of $PHOENIX_TAXONOMY with one extractor, made once. */
int                    LLVMFuzzerTestOneInput (const uint8_t *data,
                                               size_t         size);
void                   phoenix_fuzz_init      (void);
PhoenixSkillExtractor *phoenix_fuzz_extractor (void);

G_END_DECLS
