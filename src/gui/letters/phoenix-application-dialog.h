/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-context.h"
#include "phoenix-job-application.h"
#include "phoenix-job-offer.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_APPLICATION_DIALOG (phoenix_application_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixApplicationDialog, phoenix_application_dialog, PHOENIX, APPLICATION_DIALOG, AdwWindow)

/*
 * One application: company, position, sector, channel, contact, follow-up reminder, notes,
 * its status (a change is added to the history with today's date) and the history itself;
 * "Tailor a CV" makes a CV variant for its offer with the ATS suggestions applied and links
 * it. Saves to the vault itself. Signals "saved", "deleted" and "cv-tailored" (no arguments).
 */
PhoenixApplicationDialog *phoenix_application_dialog_new (PhoenixContext        *context,
                                                          PhoenixJobApplication *application,
                                                          PhoenixJobOffer       *offer);

G_END_DECLS
