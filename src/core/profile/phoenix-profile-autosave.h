/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-profile.h"
#include "phoenix-vault.h"

G_BEGIN_DECLS

/*
 * The profile's autosave while the vault is unlocked, whoever edits the profile (the CV
 * page, the ATS window, the Training page's certificates, an import): a save a moment
 * after the last "changed" (the person's row alone when no list or entry changed, the
 * whole profile otherwise, then the CV variants handed over with
 * phoenix_profile_autosave_variants_changed()), flush() on lock and close. A failed save
 * (a full disk) keeps the edits in memory, emits "save-failed" (GError *) once until a save
 * works again, and is tried again every few seconds. The window makes one at unlock and
 * drops it at lock; GTK-free.
 */

#define PHOENIX_TYPE_PROFILE_AUTOSAVE (phoenix_profile_autosave_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixProfileAutosave, phoenix_profile_autosave, PHOENIX, PROFILE_AUTOSAVE, GObject)

PhoenixProfileAutosave *phoenix_profile_autosave_new              (PhoenixVault           *vault,
                                                                   PhoenixProfile         *profile);
PhoenixProfile         *phoenix_profile_autosave_get_profile      (PhoenixProfileAutosave *self);
/* TRUE while a change waits for its save (or a failed save for its retry). */
gboolean                phoenix_profile_autosave_get_pending      (PhoenixProfileAutosave *self);
/* The CV variants (PhoenixCvVariant) changed: @variants is saved with the next save. */
void                    phoenix_profile_autosave_variants_changed (PhoenixProfileAutosave *self,
                                                                   GListStore             *variants);
/* Saves what waits now; TRUE when nothing waits any more. */
gboolean                phoenix_profile_autosave_flush            (PhoenixProfileAutosave *self,
                                                                   GError                **error);
/* The vault already holds what the profile holds (a change taken back after a failed
 * save): nothing waits any more. */
void                    phoenix_profile_autosave_forget_pending   (PhoenixProfileAutosave *self);
/* Milliseconds after the last change (default 400) and seconds between retries (default 10). */
void                    phoenix_profile_autosave_set_delays       (PhoenixProfileAutosave *self,
                                                                   guint                   delay_ms,
                                                                   guint                   retry_seconds);

G_END_DECLS
