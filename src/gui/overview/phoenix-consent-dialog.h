/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-contribution.h"

G_BEGIN_DECLS

/*
 * Consent to the anonymous statistics: shows, before anything is sent, the
 * exact payload that would leave (each field with its value and what it
 * means, then the exact JSON text), and asks. Signal "chosen" (gboolean
 * share) when the user decides; closing the window decides nothing.
 */

#define PHOENIX_TYPE_CONSENT_DIALOG (phoenix_consent_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixConsentDialog, phoenix_consent_dialog, PHOENIX, CONSENT_DIALOG, AdwWindow)

/* @payload: what would leave now, or NULL when there is nothing to send yet (no target job). */
PhoenixConsentDialog *phoenix_consent_dialog_new      (PhoenixContribution  *payload,
                                                       gboolean              sharing);
/* The exact text shown (tests). */
char                 *phoenix_consent_dialog_get_text (PhoenixConsentDialog *self);

/* Test hook. */
GtkButton            *_phoenix_consent_dialog_get_share_button (PhoenixConsentDialog *self);

G_END_DECLS
