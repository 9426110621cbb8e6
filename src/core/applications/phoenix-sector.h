/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Sectors of the applications tracker: the 14 "grands domaines" of France's ROME 4 (the first
 * letter of an occupation's code, A–N: "M" Support à l'entreprise, "J" Santé…), labelled in
 * French (ROME's own words, unix_grand_domaine) and English (ours). Coarse on purpose: rates
 * per sector need several applications per sector to mean anything. See HACKING.md.
 */

typedef struct
{
  const char *code;   /* "A" … "N" */
  const char *label_fr;
  const char *label_en;
} PhoenixSector;

const PhoenixSector *phoenix_sectors_get             (guint       *n_sectors);
/* The sector of a ROME code ("M1403" → "M"), "" when it is none. */
const char          *phoenix_sector_from_occupation  (const char  *rome_code);
/* @language "fr" or "en"; NULL for an unknown code. */
const char          *phoenix_sector_get_label        (const char  *code,
                                                      const char  *language);

G_END_DECLS
