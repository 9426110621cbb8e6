/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-job-offer.h"
#include "phoenix-vault.h"

G_BEGIN_DECLS

/*
 * Job offers kept in the vault (table job_offer, schema v4): the text and
 * what the user corrected (title, company, place, contract, education,
 * years, occupation, skills and whether each is required). Loading re-reads
 * the text, then puts the stored corrections back.
 */

/* Inserts @offer (id 0) or updates its row; sets and returns its id, 0 on error. */
gint64     phoenix_job_offer_store_save   (PhoenixVault           *vault,
                                           PhoenixJobOffer        *offer,
                                           GError                **error);
/* Every stored offer, the latest first (PhoenixJobOffer *). */
GPtrArray *phoenix_job_offer_store_list   (PhoenixVault           *vault,
                                           PhoenixSkillExtractor  *extractor,
                                           GError                **error);
gboolean   phoenix_job_offer_store_delete (PhoenixVault           *vault,
                                           gint64                  id,
                                           GError                **error);

G_END_DECLS
