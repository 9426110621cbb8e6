/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-publication"

#include "config.h"

#include "phoenix-publication.h"
#include "phoenix-entry-util.h"

struct _PhoenixPublication
{
  GObject parent_instance;

  char *name;
  char *publisher;
  char *release_date;
  char *url;
  char *summary;
  char *uid;
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_PUBLISHER,
  PROP_RELEASE_DATE,
  PROP_URL,
  PROP_SUMMARY,
  PROP_UID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixPublication, phoenix_publication, G_TYPE_OBJECT)

static void
phoenix_publication_finalize (GObject *object)
{
  PhoenixPublication *self = PHOENIX_PUBLICATION (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->publisher, g_free);
  g_clear_pointer (&self->release_date, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->uid, g_free);

  G_OBJECT_CLASS (phoenix_publication_parent_class)->finalize (object);
}

static void
phoenix_publication_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PhoenixPublication *self = PHOENIX_PUBLICATION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_PUBLISHER:
      g_value_set_string (value, self->publisher);
      break;

    case PROP_RELEASE_DATE:
      g_value_set_string (value, self->release_date);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_publication_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PhoenixPublication *self = PHOENIX_PUBLICATION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      phoenix_publication_set_name (self, g_value_get_string (value));
      break;

    case PROP_PUBLISHER:
      phoenix_publication_set_publisher (self, g_value_get_string (value));
      break;

    case PROP_RELEASE_DATE:
      phoenix_publication_set_release_date (self, g_value_get_string (value));
      break;

    case PROP_URL:
      phoenix_publication_set_url (self, g_value_get_string (value));
      break;

    case PROP_SUMMARY:
      phoenix_publication_set_summary (self, g_value_get_string (value));
      break;

    case PROP_UID:
      phoenix_publication_set_uid (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_publication_class_init (PhoenixPublicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phoenix_publication_finalize;
  object_class->get_property = phoenix_publication_get_property;
  object_class->set_property = phoenix_publication_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PUBLISHER] =
    g_param_spec_string ("publisher", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_RELEASE_DATE] =
    g_param_spec_string ("release-date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_publication_init (PhoenixPublication *self)
{
  self->name = g_strdup ("");
  self->publisher = g_strdup ("");
  self->release_date = g_strdup ("");
  self->url = g_strdup ("");
  self->summary = g_strdup ("");
  self->uid = g_strdup ("");
}

PhoenixPublication *
phoenix_publication_new (void)
{
  return g_object_new (PHOENIX_TYPE_PUBLICATION, NULL);
}

const char *
phoenix_publication_get_name (PhoenixPublication *self)
{
  g_return_val_if_fail (PHOENIX_IS_PUBLICATION (self), NULL);

  return self->name;
}

void
phoenix_publication_set_name (PhoenixPublication *self,
                              const char         *name)
{
  g_return_if_fail (PHOENIX_IS_PUBLICATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->name, name, properties[PROP_NAME]);
}

const char *
phoenix_publication_get_publisher (PhoenixPublication *self)
{
  g_return_val_if_fail (PHOENIX_IS_PUBLICATION (self), NULL);

  return self->publisher;
}

void
phoenix_publication_set_publisher (PhoenixPublication *self,
                                   const char         *publisher)
{
  g_return_if_fail (PHOENIX_IS_PUBLICATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->publisher, publisher, properties[PROP_PUBLISHER]);
}

const char *
phoenix_publication_get_release_date (PhoenixPublication *self)
{
  g_return_val_if_fail (PHOENIX_IS_PUBLICATION (self), NULL);

  return self->release_date;
}

void
phoenix_publication_set_release_date (PhoenixPublication *self,
                                      const char         *release_date)
{
  g_return_if_fail (PHOENIX_IS_PUBLICATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->release_date, release_date, properties[PROP_RELEASE_DATE]);
}

const char *
phoenix_publication_get_url (PhoenixPublication *self)
{
  g_return_val_if_fail (PHOENIX_IS_PUBLICATION (self), NULL);

  return self->url;
}

void
phoenix_publication_set_url (PhoenixPublication *self,
                             const char         *url)
{
  g_return_if_fail (PHOENIX_IS_PUBLICATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->url, url, properties[PROP_URL]);
}

const char *
phoenix_publication_get_summary (PhoenixPublication *self)
{
  g_return_val_if_fail (PHOENIX_IS_PUBLICATION (self), NULL);

  return self->summary;
}

void
phoenix_publication_set_summary (PhoenixPublication *self,
                                 const char         *summary)
{
  g_return_if_fail (PHOENIX_IS_PUBLICATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->summary, summary, properties[PROP_SUMMARY]);
}

const char *
phoenix_publication_get_uid (PhoenixPublication *self)
{
  g_return_val_if_fail (PHOENIX_IS_PUBLICATION (self), NULL);

  return self->uid;
}

void
phoenix_publication_set_uid (PhoenixPublication *self,
                             const char         *uid)
{
  g_return_if_fail (PHOENIX_IS_PUBLICATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->uid, uid, properties[PROP_UID]);
}
