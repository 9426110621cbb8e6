/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-vault.h"

G_BEGIN_DECLS

/*
 * The flywheel sync client: sends the outbox's contributions to
 * phoenix-flywheel, asks it to delete an install's data after an opt-out, and
 * fetches insights into the vault's cache (phoenix-sync-store.h). Over libsoup
 * 3 to the one server configured: HTTPS with the system's certificate checks,
 * plain HTTP only to 127.0.0.1 or [::1] (tests, a server on the same machine).
 *
 * Consent first: until the user consents (phoenix_flywheel_client_set_consent),
 * nothing can be queued and no network object even exists, so no socket is
 * ever opened (tests/sync/test-flywheel-client.c proves it with a listening
 * socket that counts connections). After an opt-out, the only requests are the
 * DELETEs of the install ids the server has not confirmed yet.
 *
 * Offline-safe: a failure (no network, server down or slow, an HTTP 5xx or
 * 429, a malformed or oversized answer) keeps every contribution in the outbox
 * and sets the next attempt after an exponential back-off (1 min, 2, 4 … up to
 * 6 h, ±20 %); phoenix_flywheel_client_start() arms a timer for it. A
 * contribution the server refuses for good (HTTP 400, 413, 415, 422) stays in
 * the outbox, marked, and is not sent again. Main thread only.
 */

#define PHOENIX_FLYWHEEL_CLIENT_ERROR (phoenix_flywheel_client_error_quark ())

typedef enum
{
  PHOENIX_FLYWHEEL_CLIENT_ERROR_NO_CONSENT,    /* nothing may be sent before consent */
  PHOENIX_FLYWHEEL_CLIENT_ERROR_INSECURE_URL,  /* plain HTTP to another host than 127.0.0.1, or not a URL */
  PHOENIX_FLYWHEEL_CLIENT_ERROR_NETWORK,       /* could not reach the server, or it timed out */
  PHOENIX_FLYWHEEL_CLIENT_ERROR_SERVER,        /* HTTP error status */
  PHOENIX_FLYWHEEL_CLIENT_ERROR_ANSWER,        /* malformed or too large answer */
} PhoenixFlywheelClientError;

/* The default server (GSettings key flywheel-url). */
#define PHOENIX_FLYWHEEL_DEFAULT_URL "https://flywheel.phoenix-ecosystem.org"
/* Largest answer read from the server. */
#define PHOENIX_FLYWHEEL_MAX_ANSWER (1024 * 1024)
/* Back-off bounds, in seconds. */
#define PHOENIX_FLYWHEEL_BACKOFF_MIN 60
#define PHOENIX_FLYWHEEL_BACKOFF_MAX (6 * 3600)

#define PHOENIX_TYPE_FLYWHEEL_CLIENT (phoenix_flywheel_client_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixFlywheelClient, phoenix_flywheel_client, PHOENIX, FLYWHEEL_CLIENT, GObject)

GQuark                 phoenix_flywheel_client_error_quark (void);

/* TRUE when @url may be used: https://…, or http:// to 127.0.0.1 or [::1]. */
gboolean               phoenix_flywheel_client_check_url   (const char             *url,
                                                            GError                **error);

/* Properties: "vault" (construct-only), "url", "timeout" (seconds, default 30), "consent" (read-only). */
PhoenixFlywheelClient *phoenix_flywheel_client_new         (PhoenixVault           *vault,
                                                            const char             *url);
const char            *phoenix_flywheel_client_get_url     (PhoenixFlywheelClient  *self);
void                   phoenix_flywheel_client_set_url     (PhoenixFlywheelClient  *self,
                                                            const char             *url);
void                   phoenix_flywheel_client_set_timeout (PhoenixFlywheelClient  *self,
                                                            guint                   seconds);
/* The vault's consent (FALSE while it is locked). */
gboolean               phoenix_flywheel_client_get_consent (PhoenixFlywheelClient  *self);
/* Records the choice (phoenix_sync_store_set_consent()); off then schedules the deletion. */
gboolean               phoenix_flywheel_client_set_consent (PhoenixFlywheelClient  *self,
                                                            gboolean                consent,
                                                            GError                **error);
/*
 * Queues @json (a contribution as phoenix_contribution_to_json() wrote it); refused without consent.
 * @digest (optional): a digest of the truth it was drawn from, remembered so that the same truth is
 * not queued twice (phoenix_flywheel_client_get_last_digest()).
 */
gboolean               phoenix_flywheel_client_submit      (PhoenixFlywheelClient  *self,
                                                            const char             *json,
                                                            const char             *digest,
                                                            GError                **error);
/* The digest given with the last contribution queued, "" when none (newly allocated). */
char                  *phoenix_flywheel_client_get_last_digest (PhoenixFlywheelClient *self);
/* The install id of this vault ("" before the first consent; newly allocated). */
char                  *phoenix_flywheel_client_get_install (PhoenixFlywheelClient  *self);
/*
 * One sync now: pending deletions, then (with consent) the outbox, then the
 * insights of @occupation (NULL: none). Fails with the first transient error,
 * which it records with the next attempt's time; the outbox keeps what was not
 * accepted.
 */
void                   phoenix_flywheel_client_sync_async  (PhoenixFlywheelClient  *self,
                                                            const char             *occupation,
                                                            GCancellable           *cancellable,
                                                            GAsyncReadyCallback     callback,
                                                            gpointer                user_data);
gboolean               phoenix_flywheel_client_sync_finish (PhoenixFlywheelClient  *self,
                                                            GAsyncResult           *result,
                                                            GError                **error);
/*
 * Syncs whenever there is something to do and the back-off allows it, asking
 * for @occupation's insights; call again when the target changes. stop()
 * disarms. Signal "synced" (no arguments) after each sync that reached the
 * server.
 */
void                   phoenix_flywheel_client_start       (PhoenixFlywheelClient  *self,
                                                            const char             *occupation);
void                   phoenix_flywheel_client_stop        (PhoenixFlywheelClient  *self);
/* Whether a network session was ever created (tests). */
gboolean               phoenix_flywheel_client_has_session (PhoenixFlywheelClient  *self);
/* The back-off delay, in seconds, after @attempts failures in a row (without jitter). */
guint                  phoenix_flywheel_client_backoff     (guint                   attempts);

G_END_DECLS
