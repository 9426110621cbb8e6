/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-job-application.h"
#include "phoenix-vault.h"

G_BEGIN_DECLS

/*
 * Applications kept in the vault (tables job_application and job_application_status,
 * schema v6). Every write is one transaction: nothing is half saved.
 */

/* Inserts (id 0: sets its id) or updates each application, and the history entries not saved
 * yet, in one transaction. */
gboolean    phoenix_application_store_save   (PhoenixVault           *vault,
                                              PhoenixJobApplication **applications,
                                              guint                   n_applications,
                                              GError                **error);
/* Every application with its history and its first letter's draft, the latest changed first. */
GListStore *phoenix_application_store_list   (PhoenixVault           *vault,
                                              GError                **error);
/* Deletes the application and its history; its letters stay, belonging to none. */
gboolean    phoenix_application_store_delete (PhoenixVault           *vault,
                                              gint64                  id,
                                              GError                **error);

G_END_DECLS
