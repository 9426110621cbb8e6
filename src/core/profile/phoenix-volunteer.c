/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-volunteer"

#include "config.h"

#include "phoenix-volunteer.h"
#include "phoenix-entry-util.h"

struct _PhoenixVolunteer
{
  GObject parent_instance;

  char     *organization;
  char     *position;
  char     *url;
  char     *start_date;
  char     *end_date;
  gboolean  current;
  char     *summary;
  GStrv     highlights;
  char     *uid;
};

enum {
  PROP_0,
  PROP_ORGANIZATION,
  PROP_POSITION,
  PROP_URL,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_CURRENT,
  PROP_SUMMARY,
  PROP_HIGHLIGHTS,
  PROP_UID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixVolunteer, phoenix_volunteer, G_TYPE_OBJECT)

static void
phoenix_volunteer_finalize (GObject *object)
{
  PhoenixVolunteer *self = PHOENIX_VOLUNTEER (object);

  g_clear_pointer (&self->organization, g_free);
  g_clear_pointer (&self->position, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->end_date, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->highlights, g_strfreev);
  g_clear_pointer (&self->uid, g_free);

  G_OBJECT_CLASS (phoenix_volunteer_parent_class)->finalize (object);
}

static void
phoenix_volunteer_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PhoenixVolunteer *self = PHOENIX_VOLUNTEER (object);

  switch (prop_id)
    {
    case PROP_ORGANIZATION:
      g_value_set_string (value, self->organization);
      break;

    case PROP_POSITION:
      g_value_set_string (value, self->position);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_START_DATE:
      g_value_set_string (value, self->start_date);
      break;

    case PROP_END_DATE:
      g_value_set_string (value, self->end_date);
      break;

    case PROP_CURRENT:
      g_value_set_boolean (value, self->current);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_HIGHLIGHTS:
      g_value_set_boxed (value, self->highlights);
      break;

    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_volunteer_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PhoenixVolunteer *self = PHOENIX_VOLUNTEER (object);

  switch (prop_id)
    {
    case PROP_ORGANIZATION:
      phoenix_volunteer_set_organization (self, g_value_get_string (value));
      break;

    case PROP_POSITION:
      phoenix_volunteer_set_position (self, g_value_get_string (value));
      break;

    case PROP_URL:
      phoenix_volunteer_set_url (self, g_value_get_string (value));
      break;

    case PROP_START_DATE:
      phoenix_volunteer_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_END_DATE:
      phoenix_volunteer_set_end_date (self, g_value_get_string (value));
      break;

    case PROP_CURRENT:
      phoenix_volunteer_set_current (self, g_value_get_boolean (value));
      break;

    case PROP_SUMMARY:
      phoenix_volunteer_set_summary (self, g_value_get_string (value));
      break;

    case PROP_HIGHLIGHTS:
      phoenix_volunteer_set_highlights (self, g_value_get_boxed (value));
      break;

    case PROP_UID:
      phoenix_volunteer_set_uid (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_volunteer_class_init (PhoenixVolunteerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phoenix_volunteer_finalize;
  object_class->get_property = phoenix_volunteer_get_property;
  object_class->set_property = phoenix_volunteer_set_property;

  properties[PROP_ORGANIZATION] =
    g_param_spec_string ("organization", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_POSITION] =
    g_param_spec_string ("position", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_START_DATE] =
    g_param_spec_string ("start-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_END_DATE] =
    g_param_spec_string ("end-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CURRENT] =
    g_param_spec_boolean ("current", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_HIGHLIGHTS] =
    g_param_spec_boxed ("highlights", NULL, NULL,
                        G_TYPE_STRV,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_volunteer_init (PhoenixVolunteer *self)
{
  self->organization = g_strdup ("");
  self->position = g_strdup ("");
  self->url = g_strdup ("");
  self->start_date = g_strdup ("");
  self->end_date = g_strdup ("");
  self->summary = g_strdup ("");
  self->highlights = g_new0 (char *, 1);
  self->uid = g_strdup ("");
}

PhoenixVolunteer *
phoenix_volunteer_new (void)
{
  return g_object_new (PHOENIX_TYPE_VOLUNTEER, NULL);
}

const char *
phoenix_volunteer_get_organization (PhoenixVolunteer *self)
{
  g_return_val_if_fail (PHOENIX_IS_VOLUNTEER (self), NULL);

  return self->organization;
}

void
phoenix_volunteer_set_organization (PhoenixVolunteer *self,
                                    const char       *organization)
{
  g_return_if_fail (PHOENIX_IS_VOLUNTEER (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->organization, organization, properties[PROP_ORGANIZATION]);
}

const char *
phoenix_volunteer_get_position (PhoenixVolunteer *self)
{
  g_return_val_if_fail (PHOENIX_IS_VOLUNTEER (self), NULL);

  return self->position;
}

void
phoenix_volunteer_set_position (PhoenixVolunteer *self,
                                const char       *position)
{
  g_return_if_fail (PHOENIX_IS_VOLUNTEER (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->position, position, properties[PROP_POSITION]);
}

const char *
phoenix_volunteer_get_url (PhoenixVolunteer *self)
{
  g_return_val_if_fail (PHOENIX_IS_VOLUNTEER (self), NULL);

  return self->url;
}

void
phoenix_volunteer_set_url (PhoenixVolunteer *self,
                           const char       *url)
{
  g_return_if_fail (PHOENIX_IS_VOLUNTEER (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->url, url, properties[PROP_URL]);
}

const char *
phoenix_volunteer_get_start_date (PhoenixVolunteer *self)
{
  g_return_val_if_fail (PHOENIX_IS_VOLUNTEER (self), NULL);

  return self->start_date;
}

void
phoenix_volunteer_set_start_date (PhoenixVolunteer *self,
                                  const char       *start_date)
{
  g_return_if_fail (PHOENIX_IS_VOLUNTEER (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->start_date, start_date, properties[PROP_START_DATE]);
}

const char *
phoenix_volunteer_get_end_date (PhoenixVolunteer *self)
{
  g_return_val_if_fail (PHOENIX_IS_VOLUNTEER (self), NULL);

  return self->end_date;
}

void
phoenix_volunteer_set_end_date (PhoenixVolunteer *self,
                                const char       *end_date)
{
  g_return_if_fail (PHOENIX_IS_VOLUNTEER (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->end_date, end_date, properties[PROP_END_DATE]);
}

gboolean
phoenix_volunteer_get_current (PhoenixVolunteer *self)
{
  g_return_val_if_fail (PHOENIX_IS_VOLUNTEER (self), FALSE);

  return self->current;
}

void
phoenix_volunteer_set_current (PhoenixVolunteer *self,
                               gboolean          current)
{
  g_return_if_fail (PHOENIX_IS_VOLUNTEER (self));

  _phoenix_entry_set_boolean (G_OBJECT (self), &self->current, current, properties[PROP_CURRENT]);
}

const char *
phoenix_volunteer_get_summary (PhoenixVolunteer *self)
{
  g_return_val_if_fail (PHOENIX_IS_VOLUNTEER (self), NULL);

  return self->summary;
}

void
phoenix_volunteer_set_summary (PhoenixVolunteer *self,
                               const char       *summary)
{
  g_return_if_fail (PHOENIX_IS_VOLUNTEER (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->summary, summary, properties[PROP_SUMMARY]);
}

const char * const *
phoenix_volunteer_get_highlights (PhoenixVolunteer *self)
{
  g_return_val_if_fail (PHOENIX_IS_VOLUNTEER (self), NULL);

  return (const char * const *) self->highlights;
}

void
phoenix_volunteer_set_highlights (PhoenixVolunteer   *self,
                                  const char * const *highlights)
{
  g_return_if_fail (PHOENIX_IS_VOLUNTEER (self));

  _phoenix_entry_set_strv (G_OBJECT (self), &self->highlights, highlights, properties[PROP_HIGHLIGHTS]);
}

const char *
phoenix_volunteer_get_uid (PhoenixVolunteer *self)
{
  g_return_val_if_fail (PHOENIX_IS_VOLUNTEER (self), NULL);

  return self->uid;
}

void
phoenix_volunteer_set_uid (PhoenixVolunteer *self,
                           const char       *uid)
{
  g_return_if_fail (PHOENIX_IS_VOLUNTEER (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->uid, uid, properties[PROP_UID]);
}
