/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * One job application: where, what, how it was sent, and its status history with dates.
 * (Not PhoenixApplication, which is the GtkApplication.) GTK-free. Properties: "company",
 * "position", "sector" (ROME domain letter, phoenix-sector.h), "channel", "contact", "notes",
 * "cv-variant" (uid), "status" (PhoenixApplicationStatus as int), "sent-at", "offer-id",
 * "follow-up-days", "reminded-at", "updated-at", "id"; notified only on change; "changed"
 * after any of them or the history changes.
 */

typedef enum
{
  PHOENIX_APPLICATION_STATUS_TO_APPLY,
  PHOENIX_APPLICATION_STATUS_SENT,
  PHOENIX_APPLICATION_STATUS_FOLLOW_UP,
  PHOENIX_APPLICATION_STATUS_INTERVIEW,
  PHOENIX_APPLICATION_STATUS_OFFER,
  PHOENIX_APPLICATION_STATUS_REJECTED,
  PHOENIX_APPLICATION_STATUS_NO_ANSWER,
  PHOENIX_APPLICATION_N_STATUSES,
} PhoenixApplicationStatus;

typedef enum
{
  PHOENIX_APPLICATION_CHANNEL_NONE,
  PHOENIX_APPLICATION_CHANNEL_JOB_BOARD,
  PHOENIX_APPLICATION_CHANNEL_SPONTANEOUS,
  PHOENIX_APPLICATION_CHANNEL_NETWORK,
  PHOENIX_APPLICATION_CHANNEL_RECRUITER,
  PHOENIX_APPLICATION_N_CHANNELS,
} PhoenixApplicationChannel;

typedef struct
{
  gint64                    id;          /* row in the vault, 0 until saved */
  PhoenixApplicationStatus  status;
  gint64                    changed_at;  /* seconds since the epoch */
  char                     *note;
} PhoenixStatusChange;

/* "to-apply", "sent", … (stored); the label is translated. FALSE/-1 for an unknown id. */
const char               *phoenix_application_status_to_string  (PhoenixApplicationStatus status);
gboolean                  phoenix_application_status_from_string (const char               *id,
                                                                  PhoenixApplicationStatus *status);
const char               *phoenix_application_status_get_label  (PhoenixApplicationStatus status);
/* "", "job-board", "spontaneous", "network", "recruiter"; labels translated. */
const char               *phoenix_application_channel_to_string (PhoenixApplicationChannel channel);
PhoenixApplicationChannel phoenix_application_channel_from_string (const char *id);
const char               *phoenix_application_channel_get_label (PhoenixApplicationChannel channel);

#define PHOENIX_TYPE_JOB_APPLICATION (phoenix_job_application_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixJobApplication, phoenix_job_application, PHOENIX, JOB_APPLICATION, GObject)

PhoenixJobApplication    *phoenix_job_application_new             (const char *company,
                                                                   const char *position);

gint64                    phoenix_job_application_get_id          (PhoenixJobApplication *self);
void                      phoenix_job_application_set_id          (PhoenixJobApplication *self, gint64 id);
const char               *phoenix_job_application_get_company     (PhoenixJobApplication *self);
void                      phoenix_job_application_set_company     (PhoenixJobApplication *self, const char *company);
const char               *phoenix_job_application_get_position    (PhoenixJobApplication *self);
void                      phoenix_job_application_set_position    (PhoenixJobApplication *self, const char *position);
const char               *phoenix_job_application_get_sector      (PhoenixJobApplication *self);
void                      phoenix_job_application_set_sector      (PhoenixJobApplication *self, const char *sector);
PhoenixApplicationChannel phoenix_job_application_get_channel     (PhoenixJobApplication *self);
void                      phoenix_job_application_set_channel     (PhoenixJobApplication *self, PhoenixApplicationChannel channel);
const char               *phoenix_job_application_get_contact     (PhoenixJobApplication *self);
void                      phoenix_job_application_set_contact     (PhoenixJobApplication *self, const char *contact);
const char               *phoenix_job_application_get_notes       (PhoenixJobApplication *self);
void                      phoenix_job_application_set_notes       (PhoenixJobApplication *self, const char *notes);
const char               *phoenix_job_application_get_cv_variant  (PhoenixJobApplication *self);
void                      phoenix_job_application_set_cv_variant  (PhoenixJobApplication *self, const char *uid);
gint64                    phoenix_job_application_get_offer_id    (PhoenixJobApplication *self);
void                      phoenix_job_application_set_offer_id    (PhoenixJobApplication *self, gint64 id);
/* When it was sent (seconds since the epoch), 0: not yet. */
gint64                    phoenix_job_application_get_sent_at     (PhoenixJobApplication *self);
void                      phoenix_job_application_set_sent_at     (PhoenixJobApplication *self, gint64 when);
/* Days after sending when a follow-up is due; 0: no reminder. */
guint                     phoenix_job_application_get_follow_up_days (PhoenixJobApplication *self);
void                      phoenix_job_application_set_follow_up_days (PhoenixJobApplication *self, guint days);
/* When the follow-up reminder was last shown, 0: never. */
gint64                    phoenix_job_application_get_reminded_at (PhoenixJobApplication *self);
void                      phoenix_job_application_set_reminded_at (PhoenixJobApplication *self, gint64 when);
gint64                    phoenix_job_application_get_updated_at  (PhoenixJobApplication *self);
void                      phoenix_job_application_set_updated_at  (PhoenixJobApplication *self, gint64 when);
/* The draft ("story", "skills", "company") of its first letter, "" without one (the store fills it). */
const char               *phoenix_job_application_get_letter_template (PhoenixJobApplication *self);
void                      phoenix_job_application_set_letter_template (PhoenixJobApplication *self, const char *draft);

PhoenixApplicationStatus  phoenix_job_application_get_status      (PhoenixJobApplication *self);
/*
 * Moves to @status at @when (seconds since the epoch), recorded in the history; the first
 * move to SENT sets "sent-at" when it is not set. Moving to the current status records nothing.
 */
void                      phoenix_job_application_set_status      (PhoenixJobApplication    *self,
                                                                   PhoenixApplicationStatus  status,
                                                                   gint64                    when,
                                                                   const char               *note);
/* PhoenixStatusChange, oldest first. */
GArray                   *phoenix_job_application_get_history     (PhoenixJobApplication *self);
/* Whether the history ever reached @status. */
gboolean                  phoenix_job_application_reached         (PhoenixJobApplication    *self,
                                                                   PhoenixApplicationStatus  status);
/* Company, position, contact and notes folded (phoenix_letter_fold()), for search. */
const char               *phoenix_job_application_get_search_text (PhoenixJobApplication *self);
/* For the store: the history as read, replacing the current one without signals. */
void                      _phoenix_job_application_take_history   (PhoenixJobApplication *self,
                                                                   GArray                *history);

G_END_DECLS
