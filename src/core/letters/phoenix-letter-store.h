/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-letter.h"
#include "phoenix-vault.h"

G_BEGIN_DECLS

/*
 * Cover letters kept in the vault (table letter, schema v6). Every write is one
 * transaction: a failed save leaves the stored letter as it was.
 */

/* Inserts @letter (id 0: sets its id) or updates its row; sets its updated time. */
gboolean       phoenix_letter_store_save      (PhoenixVault   *vault,
                                               PhoenixLetter  *letter,
                                               GError        **error);
/* NOT_FOUND (PHOENIX_LETTER_ERROR) when there is no such letter. */
PhoenixLetter *phoenix_letter_store_load      (PhoenixVault   *vault,
                                               gint64          id,
                                               GError        **error);
/* Every letter (PhoenixLetter), the latest edited first; @application_id > 0: only its letters. */
GListStore    *phoenix_letter_store_list      (PhoenixVault   *vault,
                                               gint64          application_id,
                                               GError        **error);
gboolean       phoenix_letter_store_delete    (PhoenixVault   *vault,
                                               gint64          id,
                                               GError        **error);

G_END_DECLS
