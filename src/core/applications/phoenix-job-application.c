/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-job-application"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-job-application.h"
#include "phoenix-letter-markup.h"

typedef enum
{
  TEXT_COMPANY,
  TEXT_POSITION,
  TEXT_SECTOR,
  TEXT_CONTACT,
  TEXT_NOTES,
  TEXT_CV_VARIANT,
  N_TEXTS
} Text;

struct _PhoenixJobApplication
{
  GObject                    parent_instance;

  char                      *texts[N_TEXTS];
  char                      *letter_template;
  char                      *search_text;  /* folded, built on demand */
  PhoenixApplicationChannel  channel;
  PhoenixApplicationStatus   status;
  GArray                    *history;      /* PhoenixStatusChange */
  gint64                     id;
  gint64                     offer_id;
  gint64                     sent_at;
  gint64                     reminded_at;
  gint64                     updated_at;
  guint                      follow_up_days;
};

enum {
  PROP_0,
  PROP_COMPANY,
  PROP_POSITION,
  PROP_SECTOR,
  PROP_CONTACT,
  PROP_NOTES,
  PROP_CV_VARIANT,
  PROP_CHANNEL,
  PROP_STATUS,
  PROP_ID,
  PROP_OFFER_ID,
  PROP_SENT_AT,
  PROP_REMINDED_AT,
  PROP_FOLLOW_UP_DAYS,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char * const status_ids[] = {
  "to-apply", "sent", "follow-up", "interview", "offer", "rejected", "no-answer",
};
static const char * const status_labels[] = {
  N_("To apply"), N_("Sent"), N_("Followed up"), N_("Interview"), N_("Offer"), N_("Rejected"), N_("No answer"),
};
static const char * const channel_ids[] = {
  "", "job-board", "spontaneous", "network", "recruiter",
};
static const char * const channel_labels[] = {
  N_("Not said"), N_("Job board"), N_("Spontaneous"), N_("Network"), N_("Recruiter"),
};

G_DEFINE_FINAL_TYPE (PhoenixJobApplication, phoenix_job_application, G_TYPE_OBJECT)

const char *
phoenix_application_status_to_string (PhoenixApplicationStatus status)
{
  g_return_val_if_fail (status < PHOENIX_APPLICATION_N_STATUSES, NULL);
  return status_ids[status];
}

gboolean
phoenix_application_status_from_string (const char               *id,
                                        PhoenixApplicationStatus *status)
{
  for (guint i = 0; i < G_N_ELEMENTS (status_ids); i++)
    {
      if (g_strcmp0 (status_ids[i], id) == 0)
        {
          *status = i;
          return TRUE;
        }
    }
  return FALSE;
}

const char *
phoenix_application_status_get_label (PhoenixApplicationStatus status)
{
  g_return_val_if_fail (status < PHOENIX_APPLICATION_N_STATUSES, NULL);
  return _(status_labels[status]);
}

const char *
phoenix_application_channel_to_string (PhoenixApplicationChannel channel)
{
  g_return_val_if_fail (channel < PHOENIX_APPLICATION_N_CHANNELS, NULL);
  return channel_ids[channel];
}

PhoenixApplicationChannel
phoenix_application_channel_from_string (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (channel_ids); i++)
    {
      if (g_strcmp0 (channel_ids[i], id) == 0)
        return i;
    }
  return PHOENIX_APPLICATION_CHANNEL_NONE;
}

const char *
phoenix_application_channel_get_label (PhoenixApplicationChannel channel)
{
  g_return_val_if_fail (channel < PHOENIX_APPLICATION_N_CHANNELS, NULL);
  return _(channel_labels[channel]);
}

static void
clear_change (gpointer data)
{
  PhoenixStatusChange *change = data;

  g_clear_pointer (&change->note, g_free);
}

static void
emit_changed (PhoenixJobApplication *self,
              guint                  prop)
{
  if (prop != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
set_text (PhoenixJobApplication *self,
          Text                   text,
          const char            *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (self->texts[text], value) == 0)
    return;
  g_free (self->texts[text]);
  self->texts[text] = g_strdup (value);
  g_clear_pointer (&self->search_text, g_free);
  emit_changed (self, PROP_COMPANY + text);
}

static void
set_int64 (PhoenixJobApplication *self,
           gint64                *member,
           gint64                 value,
           guint                  prop)
{
  if (*member == value)
    return;
  *member = value;
  emit_changed (self, prop);
}

static void
phoenix_job_application_finalize (GObject *object)
{
  PhoenixJobApplication *self = PHOENIX_JOB_APPLICATION (object);

  for (guint i = 0; i < N_TEXTS; i++)
    g_free (self->texts[i]);
  g_free (self->letter_template);
  g_free (self->search_text);
  g_clear_pointer (&self->history, g_array_unref);

  G_OBJECT_CLASS (phoenix_job_application_parent_class)->finalize (object);
}

static void
phoenix_job_application_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PhoenixJobApplication *self = PHOENIX_JOB_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_COMPANY: case PROP_POSITION: case PROP_SECTOR: case PROP_CONTACT: case PROP_NOTES: case PROP_CV_VARIANT:
      g_value_set_string (value, self->texts[prop_id - PROP_COMPANY]);
      break;
    case PROP_CHANNEL:
      g_value_set_int (value, self->channel);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_OFFER_ID:
      g_value_set_int64 (value, self->offer_id);
      break;
    case PROP_SENT_AT:
      g_value_set_int64 (value, self->sent_at);
      break;
    case PROP_REMINDED_AT:
      g_value_set_int64 (value, self->reminded_at);
      break;
    case PROP_FOLLOW_UP_DAYS:
      g_value_set_uint (value, self->follow_up_days);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_job_application_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PhoenixJobApplication *self = PHOENIX_JOB_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_COMPANY: case PROP_POSITION: case PROP_SECTOR: case PROP_CONTACT: case PROP_NOTES: case PROP_CV_VARIANT:
      set_text (self, prop_id - PROP_COMPANY, g_value_get_string (value));
      break;
    case PROP_CHANNEL:
      phoenix_job_application_set_channel (self, g_value_get_int (value));
      break;
    case PROP_STATUS:
      phoenix_job_application_set_status (self, g_value_get_int (value), g_get_real_time () / G_USEC_PER_SEC, NULL);
      break;
    case PROP_ID:
      phoenix_job_application_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_OFFER_ID:
      phoenix_job_application_set_offer_id (self, g_value_get_int64 (value));
      break;
    case PROP_SENT_AT:
      phoenix_job_application_set_sent_at (self, g_value_get_int64 (value));
      break;
    case PROP_REMINDED_AT:
      phoenix_job_application_set_reminded_at (self, g_value_get_int64 (value));
      break;
    case PROP_FOLLOW_UP_DAYS:
      phoenix_job_application_set_follow_up_days (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_job_application_class_init (PhoenixJobApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  static const char * const text_names[N_TEXTS] = { "company", "position", "sector", "contact", "notes", "cv-variant" };
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = phoenix_job_application_finalize;
  object_class->get_property = phoenix_job_application_get_property;
  object_class->set_property = phoenix_job_application_set_property;

  for (guint i = 0; i < N_TEXTS; i++)
    properties[PROP_COMPANY + i] = g_param_spec_string (text_names[i], NULL, NULL, "", flags);
  properties[PROP_CHANNEL] = g_param_spec_int ("channel", NULL, NULL, 0, PHOENIX_APPLICATION_N_CHANNELS - 1, 0, flags);
  properties[PROP_STATUS] = g_param_spec_int ("status", NULL, NULL, 0, PHOENIX_APPLICATION_N_STATUSES - 1, 0, flags);
  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_OFFER_ID] = g_param_spec_int64 ("offer-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_SENT_AT] = g_param_spec_int64 ("sent-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_REMINDED_AT] = g_param_spec_int64 ("reminded-at", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_FOLLOW_UP_DAYS] = g_param_spec_uint ("follow-up-days", NULL, NULL, 0, 365, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
phoenix_job_application_init (PhoenixJobApplication *self)
{
  for (guint i = 0; i < N_TEXTS; i++)
    self->texts[i] = g_strdup ("");
  self->letter_template = g_strdup ("");
  self->history = g_array_new (FALSE, TRUE, sizeof (PhoenixStatusChange));
  g_array_set_clear_func (self->history, clear_change);
}

PhoenixJobApplication *
phoenix_job_application_new (const char *company,
                             const char *position)
{
  PhoenixJobApplication *self = g_object_new (PHOENIX_TYPE_JOB_APPLICATION, NULL);

  set_text (self, TEXT_COMPANY, company);
  set_text (self, TEXT_POSITION, position);
  return self;
}

#define TEXT_ACCESSORS(name, which)                                                   \
  const char *                                                                        \
  phoenix_job_application_get_##name (PhoenixJobApplication *self)                    \
  {                                                                                   \
    g_return_val_if_fail (PHOENIX_IS_JOB_APPLICATION (self), NULL);                   \
    return self->texts[which];                                                        \
  }                                                                                   \
  void                                                                                \
  phoenix_job_application_set_##name (PhoenixJobApplication *self, const char *value) \
  {                                                                                   \
    g_return_if_fail (PHOENIX_IS_JOB_APPLICATION (self));                             \
    set_text (self, which, value);                                                    \
  }

TEXT_ACCESSORS (company, TEXT_COMPANY)
TEXT_ACCESSORS (position, TEXT_POSITION)
TEXT_ACCESSORS (sector, TEXT_SECTOR)
TEXT_ACCESSORS (contact, TEXT_CONTACT)
TEXT_ACCESSORS (notes, TEXT_NOTES)
TEXT_ACCESSORS (cv_variant, TEXT_CV_VARIANT)

#define INT64_ACCESSORS(name, member, prop)                                      \
  gint64                                                                         \
  phoenix_job_application_get_##name (PhoenixJobApplication *self)               \
  {                                                                              \
    g_return_val_if_fail (PHOENIX_IS_JOB_APPLICATION (self), 0);                 \
    return self->member;                                                         \
  }                                                                              \
  void                                                                           \
  phoenix_job_application_set_##name (PhoenixJobApplication *self, gint64 value) \
  {                                                                              \
    g_return_if_fail (PHOENIX_IS_JOB_APPLICATION (self));                        \
    set_int64 (self, &self->member, value, prop);                                \
  }

INT64_ACCESSORS (id, id, PROP_ID)
INT64_ACCESSORS (offer_id, offer_id, PROP_OFFER_ID)
INT64_ACCESSORS (sent_at, sent_at, PROP_SENT_AT)
INT64_ACCESSORS (reminded_at, reminded_at, PROP_REMINDED_AT)

PhoenixApplicationChannel
phoenix_job_application_get_channel (PhoenixJobApplication *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_APPLICATION (self), 0);
  return self->channel;
}

void
phoenix_job_application_set_channel (PhoenixJobApplication     *self,
                                     PhoenixApplicationChannel  channel)
{
  g_return_if_fail (PHOENIX_IS_JOB_APPLICATION (self));
  g_return_if_fail (channel < PHOENIX_APPLICATION_N_CHANNELS);

  if (self->channel == channel)
    return;
  self->channel = channel;
  emit_changed (self, PROP_CHANNEL);
}

guint
phoenix_job_application_get_follow_up_days (PhoenixJobApplication *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_APPLICATION (self), 0);
  return self->follow_up_days;
}

void
phoenix_job_application_set_follow_up_days (PhoenixJobApplication *self,
                                            guint                  days)
{
  g_return_if_fail (PHOENIX_IS_JOB_APPLICATION (self));

  if (self->follow_up_days == days)
    return;
  self->follow_up_days = days;
  emit_changed (self, PROP_FOLLOW_UP_DAYS);
}

gint64
phoenix_job_application_get_updated_at (PhoenixJobApplication *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_APPLICATION (self), 0);
  return self->updated_at;
}

void
phoenix_job_application_set_updated_at (PhoenixJobApplication *self,
                                        gint64                 when)
{
  g_return_if_fail (PHOENIX_IS_JOB_APPLICATION (self));
  self->updated_at = when;
}

const char *
phoenix_job_application_get_letter_template (PhoenixJobApplication *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_APPLICATION (self), NULL);
  return self->letter_template;
}

void
phoenix_job_application_set_letter_template (PhoenixJobApplication *self,
                                             const char            *draft)
{
  g_return_if_fail (PHOENIX_IS_JOB_APPLICATION (self));
  g_free (self->letter_template);
  self->letter_template = g_strdup (draft != NULL ? draft : "");
}

PhoenixApplicationStatus
phoenix_job_application_get_status (PhoenixJobApplication *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_APPLICATION (self), 0);
  return self->status;
}

void
phoenix_job_application_set_status (PhoenixJobApplication    *self,
                                    PhoenixApplicationStatus  status,
                                    gint64                    when,
                                    const char               *note)
{
  PhoenixStatusChange change = { 0 };

  g_return_if_fail (PHOENIX_IS_JOB_APPLICATION (self));
  g_return_if_fail (status < PHOENIX_APPLICATION_N_STATUSES);

  if (self->status == status && self->history->len > 0)
    return;
  change.status = status;
  change.changed_at = when;
  change.note = g_strdup (note != NULL ? note : "");
  g_array_append_val (self->history, change);
  if (status == PHOENIX_APPLICATION_STATUS_SENT && self->sent_at == 0)
    {
      self->sent_at = when;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SENT_AT]);
    }
  self->status = status;
  emit_changed (self, PROP_STATUS);
}

GArray *
phoenix_job_application_get_history (PhoenixJobApplication *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_APPLICATION (self), NULL);
  return self->history;
}

gboolean
phoenix_job_application_reached (PhoenixJobApplication    *self,
                                 PhoenixApplicationStatus  status)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_APPLICATION (self), FALSE);

  if (self->status == status)
    return TRUE;
  for (guint i = 0; i < self->history->len; i++)
    {
      if (g_array_index (self->history, PhoenixStatusChange, i).status == status)
        return TRUE;
    }
  return FALSE;
}

const char *
phoenix_job_application_get_search_text (PhoenixJobApplication *self)
{
  g_return_val_if_fail (PHOENIX_IS_JOB_APPLICATION (self), NULL);

  if (self->search_text == NULL)
    {
      g_autofree char *joined = g_strjoin (" ", self->texts[TEXT_COMPANY], self->texts[TEXT_POSITION],
                                           self->texts[TEXT_CONTACT], self->texts[TEXT_NOTES], NULL);

      self->search_text = phoenix_letter_fold (joined);
    }
  return self->search_text;
}

void
_phoenix_job_application_take_history (PhoenixJobApplication *self,
                                       GArray                *history)
{
  g_return_if_fail (PHOENIX_IS_JOB_APPLICATION (self));

  g_array_unref (self->history);
  self->history = history;
  g_array_set_clear_func (self->history, clear_change);
  if (history->len > 0)
    self->status = g_array_index (history, PhoenixStatusChange, history->len - 1).status;
}
