/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-experience"

#include "config.h"

#include "phoenix-experience.h"
#include "phoenix-entry-util.h"

struct _PhoenixExperience
{
  GObject parent_instance;

  char     *title;
  char     *employer;
  char     *location;
  char     *start_date;
  char     *end_date;
  gboolean  current;
  char     *summary;
  GStrv     highlights;
  char     *url;
  char     *description;
  char     *uid;
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_EMPLOYER,
  PROP_LOCATION,
  PROP_START_DATE,
  PROP_END_DATE,
  PROP_CURRENT,
  PROP_SUMMARY,
  PROP_HIGHLIGHTS,
  PROP_URL,
  PROP_DESCRIPTION,
  PROP_UID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixExperience, phoenix_experience, G_TYPE_OBJECT)

static void
phoenix_experience_finalize (GObject *object)
{
  PhoenixExperience *self = PHOENIX_EXPERIENCE (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->employer, g_free);
  g_clear_pointer (&self->location, g_free);
  g_clear_pointer (&self->start_date, g_free);
  g_clear_pointer (&self->end_date, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->highlights, g_strfreev);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->uid, g_free);

  G_OBJECT_CLASS (phoenix_experience_parent_class)->finalize (object);
}

static void
phoenix_experience_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PhoenixExperience *self = PHOENIX_EXPERIENCE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_EMPLOYER:
      g_value_set_string (value, self->employer);
      break;

    case PROP_LOCATION:
      g_value_set_string (value, self->location);
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

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_experience_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PhoenixExperience *self = PHOENIX_EXPERIENCE (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      phoenix_experience_set_title (self, g_value_get_string (value));
      break;

    case PROP_EMPLOYER:
      phoenix_experience_set_employer (self, g_value_get_string (value));
      break;

    case PROP_LOCATION:
      phoenix_experience_set_location (self, g_value_get_string (value));
      break;

    case PROP_START_DATE:
      phoenix_experience_set_start_date (self, g_value_get_string (value));
      break;

    case PROP_END_DATE:
      phoenix_experience_set_end_date (self, g_value_get_string (value));
      break;

    case PROP_CURRENT:
      phoenix_experience_set_current (self, g_value_get_boolean (value));
      break;

    case PROP_SUMMARY:
      phoenix_experience_set_summary (self, g_value_get_string (value));
      break;

    case PROP_HIGHLIGHTS:
      phoenix_experience_set_highlights (self, g_value_get_boxed (value));
      break;

    case PROP_URL:
      phoenix_experience_set_url (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      phoenix_experience_set_description (self, g_value_get_string (value));
      break;

    case PROP_UID:
      phoenix_experience_set_uid (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_experience_class_init (PhoenixExperienceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phoenix_experience_finalize;
  object_class->get_property = phoenix_experience_get_property;
  object_class->set_property = phoenix_experience_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_EMPLOYER] =
    g_param_spec_string ("employer", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LOCATION] =
    g_param_spec_string ("location", NULL, NULL,
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

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_experience_init (PhoenixExperience *self)
{
  self->title = g_strdup ("");
  self->employer = g_strdup ("");
  self->location = g_strdup ("");
  self->start_date = g_strdup ("");
  self->end_date = g_strdup ("");
  self->summary = g_strdup ("");
  self->highlights = g_new0 (char *, 1);
  self->url = g_strdup ("");
  self->description = g_strdup ("");
  self->uid = g_strdup ("");
}

PhoenixExperience *
phoenix_experience_new (void)
{
  return g_object_new (PHOENIX_TYPE_EXPERIENCE, NULL);
}

const char *
phoenix_experience_get_title (PhoenixExperience *self)
{
  g_return_val_if_fail (PHOENIX_IS_EXPERIENCE (self), NULL);

  return self->title;
}

void
phoenix_experience_set_title (PhoenixExperience *self,
                              const char        *title)
{
  g_return_if_fail (PHOENIX_IS_EXPERIENCE (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->title, title, properties[PROP_TITLE]);
}

const char *
phoenix_experience_get_employer (PhoenixExperience *self)
{
  g_return_val_if_fail (PHOENIX_IS_EXPERIENCE (self), NULL);

  return self->employer;
}

void
phoenix_experience_set_employer (PhoenixExperience *self,
                                 const char        *employer)
{
  g_return_if_fail (PHOENIX_IS_EXPERIENCE (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->employer, employer, properties[PROP_EMPLOYER]);
}

const char *
phoenix_experience_get_location (PhoenixExperience *self)
{
  g_return_val_if_fail (PHOENIX_IS_EXPERIENCE (self), NULL);

  return self->location;
}

void
phoenix_experience_set_location (PhoenixExperience *self,
                                 const char        *location)
{
  g_return_if_fail (PHOENIX_IS_EXPERIENCE (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->location, location, properties[PROP_LOCATION]);
}

const char *
phoenix_experience_get_start_date (PhoenixExperience *self)
{
  g_return_val_if_fail (PHOENIX_IS_EXPERIENCE (self), NULL);

  return self->start_date;
}

void
phoenix_experience_set_start_date (PhoenixExperience *self,
                                   const char        *start_date)
{
  g_return_if_fail (PHOENIX_IS_EXPERIENCE (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->start_date, start_date, properties[PROP_START_DATE]);
}

const char *
phoenix_experience_get_end_date (PhoenixExperience *self)
{
  g_return_val_if_fail (PHOENIX_IS_EXPERIENCE (self), NULL);

  return self->end_date;
}

void
phoenix_experience_set_end_date (PhoenixExperience *self,
                                 const char        *end_date)
{
  g_return_if_fail (PHOENIX_IS_EXPERIENCE (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->end_date, end_date, properties[PROP_END_DATE]);
}

gboolean
phoenix_experience_get_current (PhoenixExperience *self)
{
  g_return_val_if_fail (PHOENIX_IS_EXPERIENCE (self), FALSE);

  return self->current;
}

void
phoenix_experience_set_current (PhoenixExperience *self,
                                gboolean           current)
{
  g_return_if_fail (PHOENIX_IS_EXPERIENCE (self));

  _phoenix_entry_set_boolean (G_OBJECT (self), &self->current, current, properties[PROP_CURRENT]);
}

const char *
phoenix_experience_get_summary (PhoenixExperience *self)
{
  g_return_val_if_fail (PHOENIX_IS_EXPERIENCE (self), NULL);

  return self->summary;
}

void
phoenix_experience_set_summary (PhoenixExperience *self,
                                const char        *summary)
{
  g_return_if_fail (PHOENIX_IS_EXPERIENCE (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->summary, summary, properties[PROP_SUMMARY]);
}

const char * const *
phoenix_experience_get_highlights (PhoenixExperience *self)
{
  g_return_val_if_fail (PHOENIX_IS_EXPERIENCE (self), NULL);

  return (const char * const *) self->highlights;
}

void
phoenix_experience_set_highlights (PhoenixExperience  *self,
                                   const char * const *highlights)
{
  g_return_if_fail (PHOENIX_IS_EXPERIENCE (self));

  _phoenix_entry_set_strv (G_OBJECT (self), &self->highlights, highlights, properties[PROP_HIGHLIGHTS]);
}

const char *
phoenix_experience_get_url (PhoenixExperience *self)
{
  g_return_val_if_fail (PHOENIX_IS_EXPERIENCE (self), NULL);

  return self->url;
}

void
phoenix_experience_set_url (PhoenixExperience *self,
                            const char        *url)
{
  g_return_if_fail (PHOENIX_IS_EXPERIENCE (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->url, url, properties[PROP_URL]);
}

const char *
phoenix_experience_get_description (PhoenixExperience *self)
{
  g_return_val_if_fail (PHOENIX_IS_EXPERIENCE (self), NULL);

  return self->description;
}

void
phoenix_experience_set_description (PhoenixExperience *self,
                                    const char        *description)
{
  g_return_if_fail (PHOENIX_IS_EXPERIENCE (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->description, description, properties[PROP_DESCRIPTION]);
}

const char *
phoenix_experience_get_uid (PhoenixExperience *self)
{
  g_return_val_if_fail (PHOENIX_IS_EXPERIENCE (self), NULL);

  return self->uid;
}

void
phoenix_experience_set_uid (PhoenixExperience *self,
                            const char        *uid)
{
  g_return_if_fail (PHOENIX_IS_EXPERIENCE (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->uid, uid, properties[PROP_UID]);
}
