/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-vault.h"

G_BEGIN_DECLS

/*
 * The flywheel sync's state in the vault (tables sync_state, sync_outbox,
 * sync_insights): consent, the random install id, the outbox of contributions
 * waiting to leave, the install ids whose deletion the server has not
 * confirmed yet, the back-off, and the insights last fetched per occupation.
 * Every change is one vault transaction. Main thread only.
 */

typedef struct
{
  gboolean  consent;
  gint64    consent_at;
  char     *install;          /* 32 hex digits, "" before the first consent */
  char     *outcome;          /* "" (guessed), "in-progress", "hired", "gave-up" */
  char    **pending_delete;   /* install ids the server must still delete */
  guint     attempts;         /* failed attempts in a row */
  gint64    next_attempt_at;  /* seconds since the epoch, 0: any time */
  gint64    last_sync_at;
  char     *last_error;       /* translated, "" after a success */
  char     *last_digest;      /* SHA-256 of the truth last queued ("" none): queue only what changed */
} PhoenixSyncState;

typedef struct
{
  gint64  id;
  gint64  created_at;
  char   *body;
  guint   attempts;
  gboolean rejected;          /* refused for good by the server: kept, never sent again */
  char   *last_error;
} PhoenixOutboxEntry;

void      phoenix_sync_state_clear           (PhoenixSyncState  *state);
void      phoenix_outbox_entry_free          (PhoenixOutboxEntry *entry);

gboolean  phoenix_sync_store_read_state      (PhoenixVault      *vault,
                                              PhoenixSyncState  *state,
                                              GError           **error);
/*
 * On: consent recorded, a new random install id when there is none. Off: the
 * outbox and cached insights deleted, the install id queued for deletion on the
 * server and replaced by a new one (kept unused until the next consent).
 */
gboolean  phoenix_sync_store_set_consent     (PhoenixVault      *vault,
                                              gboolean           consent,
                                              gint64             now,
                                              GError           **error);
gboolean  phoenix_sync_store_set_outcome     (PhoenixVault      *vault,
                                              const char        *outcome,
                                              GError           **error);
/* Queues @body; @digest (optional) is remembered as the last queued truth's. */
gboolean  phoenix_sync_store_enqueue         (PhoenixVault      *vault,
                                              const char        *body,
                                              const char        *digest,
                                              gint64             now,
                                              GError           **error);
/* PhoenixOutboxEntry *, oldest first. */
GPtrArray *phoenix_sync_store_list_outbox    (PhoenixVault      *vault,
                                              GError           **error);
gboolean  phoenix_sync_store_remove_entry    (PhoenixVault      *vault,
                                              gint64             id,
                                              GError           **error);
gboolean  phoenix_sync_store_mark_entry      (PhoenixVault      *vault,
                                              gint64             id,
                                              gboolean           rejected,
                                              const char        *error_text,
                                              GError           **error);
gboolean  phoenix_sync_store_confirm_delete  (PhoenixVault      *vault,
                                              const char        *install,
                                              GError           **error);
/* After a sync: @error_text NULL for a success (attempts back to 0), else the failure and the next try. */
gboolean  phoenix_sync_store_record_attempt  (PhoenixVault      *vault,
                                              gint64             now,
                                              const char        *error_text,
                                              gint64             next_attempt_at,
                                              GError           **error);
gboolean  phoenix_sync_store_save_insights   (PhoenixVault      *vault,
                                              const char        *occupation,
                                              const char        *body,
                                              gint64             now,
                                              GError           **error);
/* The cached answer for @occupation, NULL when none (no error) or on error. */
char     *phoenix_sync_store_read_insights   (PhoenixVault      *vault,
                                              const char        *occupation,
                                              gint64            *fetched_at,
                                              GError           **error);

G_END_DECLS
