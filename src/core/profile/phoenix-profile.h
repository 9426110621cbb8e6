/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-vault.h"

G_BEGIN_DECLS

#define PHOENIX_TYPE_PROFILE (phoenix_profile_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixProfile, phoenix_profile, PHOENIX, PROFILE, GObject)

/*
 * The profile: who the user is. Properties (all strings "" when unset, never NULL):
 *   "name", "headline", "email", "phone", "city", "country", "summary";
 *   "photo" (GBytes, may be NULL);
 *   "url" (personal web site), "address", "postal-code", "region" (JSON Resume's basics);
 *   "json-resume-extra": a JSON object (text, "" when none) of the top-level JSON Resume
 *   members the profile has no home for (e.g. "meta"), given back on export.
 * Lists, each a GListStore of one entry type (see phoenix-profile-entries.h):
 *   links (PhoenixLink), experiences (PhoenixExperience), education (PhoenixEducation),
 *   skills (PhoenixSkill), languages (PhoenixLanguage), certifications (PhoenixCertification),
 *   projects (PhoenixProject), interests (PhoenixInterest), volunteering (PhoenixVolunteer),
 *   awards (PhoenixAward), publications (PhoenixPublication), references (PhoenixReference).
 * An entry added to a list without a "uid" is given a fresh one (CV variants refer to it).
 * Signal "changed" is emitted after any property of the profile or of one of
 * its entries changes, or a list changes.
 */
PhoenixProfile *phoenix_profile_new              (void);

const char     *phoenix_profile_get_name         (PhoenixProfile *self);
void            phoenix_profile_set_name         (PhoenixProfile *self, const char *name);
const char     *phoenix_profile_get_headline     (PhoenixProfile *self);
void            phoenix_profile_set_headline     (PhoenixProfile *self, const char *headline);
const char     *phoenix_profile_get_email        (PhoenixProfile *self);
void            phoenix_profile_set_email        (PhoenixProfile *self, const char *email);
const char     *phoenix_profile_get_phone        (PhoenixProfile *self);
void            phoenix_profile_set_phone        (PhoenixProfile *self, const char *phone);
const char     *phoenix_profile_get_city         (PhoenixProfile *self);
void            phoenix_profile_set_city         (PhoenixProfile *self, const char *city);
const char     *phoenix_profile_get_country      (PhoenixProfile *self);
void            phoenix_profile_set_country      (PhoenixProfile *self, const char *country);
const char     *phoenix_profile_get_summary      (PhoenixProfile *self);
void            phoenix_profile_set_summary      (PhoenixProfile *self, const char *summary);
GBytes         *phoenix_profile_get_photo        (PhoenixProfile *self);
void            phoenix_profile_set_photo        (PhoenixProfile *self, GBytes *photo);
const char     *phoenix_profile_get_url          (PhoenixProfile *self);
void            phoenix_profile_set_url          (PhoenixProfile *self, const char *url);
const char     *phoenix_profile_get_address      (PhoenixProfile *self);
void            phoenix_profile_set_address      (PhoenixProfile *self, const char *address);
const char     *phoenix_profile_get_postal_code  (PhoenixProfile *self);
void            phoenix_profile_set_postal_code  (PhoenixProfile *self, const char *postal_code);
const char     *phoenix_profile_get_region       (PhoenixProfile *self);
void            phoenix_profile_set_region       (PhoenixProfile *self, const char *region);
const char     *phoenix_profile_get_json_resume_extra (PhoenixProfile *self);
void            phoenix_profile_set_json_resume_extra (PhoenixProfile *self, const char *extra);

GListStore     *phoenix_profile_get_links          (PhoenixProfile *self);
GListStore     *phoenix_profile_get_experiences    (PhoenixProfile *self);
GListStore     *phoenix_profile_get_education      (PhoenixProfile *self);
GListStore     *phoenix_profile_get_skills         (PhoenixProfile *self);
GListStore     *phoenix_profile_get_languages      (PhoenixProfile *self);
GListStore     *phoenix_profile_get_certifications (PhoenixProfile *self);
GListStore     *phoenix_profile_get_projects       (PhoenixProfile *self);
GListStore     *phoenix_profile_get_interests      (PhoenixProfile *self);
GListStore     *phoenix_profile_get_volunteering   (PhoenixProfile *self);
GListStore     *phoenix_profile_get_awards         (PhoenixProfile *self);
GListStore     *phoenix_profile_get_publications   (PhoenixProfile *self);
GListStore     *phoenix_profile_get_references     (PhoenixProfile *self);

/* Hold back "changed" during a batch of edits; the last thaw emits it once if
 * anything changed. Calls nest. phoenix_profile_load() does this itself. */
void            phoenix_profile_freeze_changed   (PhoenixProfile *self);
void            phoenix_profile_thaw_changed     (PhoenixProfile *self);
/* Grows with every change of a list or of one of its entries (not of the person's own
 * fields): autosave saves the whole profile when it moved, the person's row alone otherwise. */
guint64         phoenix_profile_get_entries_serial (PhoenixProfile *self);

/* Copies every property and entry (new entry objects, same uids) of @src into @dest, the
 * photo included, each list in one splice; "changed" is emitted once (phoenix-profile-copy.c). */
void            phoenix_profile_copy_into        (PhoenixProfile *src,
                                                  PhoenixProfile *dest);

/* What a profile holds at one moment, without copying it: the person's values, the photo and,
 * for each list, references to its entry objects themselves (phoenix-profile-copy.c). Restoring
 * puts those values and objects back into @profile, touching only what differs (each list
 * spliced between its common head and tail; an unchanged list is not touched), with one
 * "changed". So an undo step of an import costs references, not a copy of the profile, and the
 * entries that come back are the very objects earlier undo steps refer to. An object in a
 * snapshot may be shared with another profile: restoring moves the objects, not copies. */
typedef struct _PhoenixProfileSnapshot PhoenixProfileSnapshot;

/* Makes @store hold @items (objects, in order), splicing only the range between the common
 * head and tail of what it holds and @items (nothing when they are the same). */
void            phoenix_list_store_set_items     (GListStore             *store,
                                                  GPtrArray              *items);

PhoenixProfileSnapshot *phoenix_profile_snapshot_new     (PhoenixProfile         *profile);
void            phoenix_profile_snapshot_restore (PhoenixProfileSnapshot *snapshot,
                                                  PhoenixProfile         *profile);
void            phoenix_profile_snapshot_free    (PhoenixProfileSnapshot *snapshot);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixProfileSnapshot, phoenix_profile_snapshot_free)

/* Vault I/O (phoenix-profile-store.c). Load replaces everything in @self (each
 * list in one splice) and emits "changed" at most once; on error @self is
 * untouched. Empty highlights are not stored. */
gboolean        phoenix_profile_load             (PhoenixProfile *self,
                                                  PhoenixVault   *vault,
                                                  GError        **error);
/* The same in a worker thread (the vault's connection held open for it: a lock waits for the
 * read to end), into a new profile handed over whole to @callback in the caller's context:
 * the main thread only takes the result. The vault must be unlocked (else
 * PHOENIX_VAULT_ERROR_LOCKED). */
void            phoenix_profile_load_async       (PhoenixVault        *vault,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
PhoenixProfile *phoenix_profile_load_finish      (PhoenixVault        *vault,
                                                  GAsyncResult        *result,
                                                  GError             **error);
/* Saves the whole profile in one transaction. */
gboolean        phoenix_profile_save             (PhoenixProfile *self,
                                                  PhoenixVault   *vault,
                                                  GError        **error);
/* Saves only person, contact and summary (one row): what the CV page autosaves. */
gboolean        phoenix_profile_save_person      (PhoenixProfile *self,
                                                  PhoenixVault   *vault,
                                                  GError        **error);

G_END_DECLS
