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
/*
 * The stored rows alone (the @limit most recently updated, 0: all), cheap to read on the
 * main thread; phoenix_job_offer_row_build() makes each an offer in any thread with that
 * thread's extractor (reading the text costs milliseconds).
 */
typedef struct _PhoenixJobOfferRow PhoenixJobOfferRow;

GPtrArray       *phoenix_job_offer_store_read_rows    (PhoenixVault          *vault,
                                                       guint                  limit,
                                                       GError               **error);
const char      *phoenix_job_offer_row_get_occupation (PhoenixJobOfferRow    *row);
PhoenixJobOffer *phoenix_job_offer_row_build          (PhoenixJobOfferRow    *row,
                                                       PhoenixSkillExtractor *extractor);
void             phoenix_job_offer_row_free           (PhoenixJobOfferRow    *row);

gboolean   phoenix_job_offer_store_delete (PhoenixVault           *vault,
                                           gint64                  id,
                                           GError                **error);

G_END_DECLS
