/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-flywheel-client.h"
#include "phoenix-follow-up-reminders.h"
#include "phoenix-profile.h"
#include "phoenix-profile-autosave.h"
#include "phoenix-skill-extractor.h"
#include "phoenix-taxonomy.h"
#include "phoenix-vault.h"

G_BEGIN_DECLS

/*
 * The services every part of Phoenix shares, in one object handed to windows,
 * pages and dialogs as the construct-only property "context" (GNOME Calendar's
 * GcalContext): the vault, the profile loaded from it while it is unlocked, the
 * app's GSettings, the skills taxonomy and the skill extractor. No
 * process-wide singletons: two contexts are two independent worlds (tests make
 * one each). GTK-free, so the CLI and the tests use it too.
 *
 * The taxonomy is memory-mapped on first use from "taxonomy-path" (default
 * phoenix_taxonomy_get_default_path()); phoenix_context_prepare_async() maps it
 * and builds its lookup tables in a worker thread, so the first ATS check does
 * not wait for them. The extractor is the main thread's (it is not
 * thread-safe): a worker thread makes its own with phoenix_skill_extractor_new().
 */

#define PHOENIX_TYPE_CONTEXT (phoenix_context_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixContext, phoenix_context, PHOENIX, CONTEXT, GObject)

/* @settings may be NULL (the CLI, core tests). */
PhoenixContext        *phoenix_context_new               (PhoenixVault   *vault,
                                                          GSettings      *settings);
PhoenixVault          *phoenix_context_get_vault         (PhoenixContext *self);
GSettings             *phoenix_context_get_settings      (PhoenixContext *self);

/* The profile of the unlocked vault, NULL while locked; "notify::profile" says when it changes. */
PhoenixProfile        *phoenix_context_get_profile       (PhoenixContext *self);
void                   phoenix_context_set_profile       (PhoenixContext *self,
                                                          PhoenixProfile *profile);
/* The autosave of that profile (NULL while locked): the window that unlocked makes it and
 * sets it here; pages flush it before an export or an import and hand it the CV variants. */
PhoenixProfileAutosave *phoenix_context_get_autosave     (PhoenixContext *self);
void                   phoenix_context_set_autosave      (PhoenixContext         *self,
                                                          PhoenixProfileAutosave *autosave);
/* The vault's applications and their follow-up reminders (NULL while locked), made by the
 * window at unlock as the autosave is; the Letters page shows and edits their list. */
PhoenixFollowUpReminders *phoenix_context_get_reminders  (PhoenixContext *self);
void                   phoenix_context_set_reminders     (PhoenixContext           *self,
                                                          PhoenixFollowUpReminders *reminders);

const char            *phoenix_context_get_taxonomy_path (PhoenixContext *self);
void                   phoenix_context_set_taxonomy_path (PhoenixContext *self,
                                                          const char     *path);
/*
 * The taxonomy, mapped on the first call; NULL with @error set when the file is
 * missing or damaged (tried again on the next call). Thread-safe.
 */
PhoenixTaxonomy       *phoenix_context_get_taxonomy      (PhoenixContext *self,
                                                          GError        **error);
/* The main thread's extractor on that taxonomy; NULL with @error as above. */
PhoenixSkillExtractor *phoenix_context_get_extractor     (PhoenixContext *self,
                                                          GError        **error);

/*
 * Maps the taxonomy and builds its term table and job-title index (≈0.2 s) in a
 * worker thread. Does the work once; later calls complete at once.
 */
void                   phoenix_context_prepare_async     (PhoenixContext      *self,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean               phoenix_context_prepare_finish    (PhoenixContext      *self,
                                                          GAsyncResult        *result,
                                                          GError             **error);

/*
 * The flywheel sync client of this vault, made on the first call with the
 * server of the "flywheel-url" setting (followed when it changes). It opens
 * no socket before the user consents (phoenix-flywheel-client.h).
 */
PhoenixFlywheelClient *phoenix_context_get_flywheel_client (PhoenixContext *self);

G_END_DECLS
