/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-certification"

#include "config.h"

#include "phoenix-certification.h"
#include "phoenix-entry-util.h"

struct _PhoenixCertification
{
  GObject parent_instance;

  char *name;
  char *issuer;
  char *date;
  char *url;
  char *uid;
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_ISSUER,
  PROP_DATE,
  PROP_URL,
  PROP_UID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixCertification, phoenix_certification, G_TYPE_OBJECT)

static void
phoenix_certification_finalize (GObject *object)
{
  PhoenixCertification *self = PHOENIX_CERTIFICATION (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->issuer, g_free);
  g_clear_pointer (&self->date, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->uid, g_free);

  G_OBJECT_CLASS (phoenix_certification_parent_class)->finalize (object);
}

static void
phoenix_certification_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PhoenixCertification *self = PHOENIX_CERTIFICATION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_ISSUER:
      g_value_set_string (value, self->issuer);
      break;

    case PROP_DATE:
      g_value_set_string (value, self->date);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_certification_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PhoenixCertification *self = PHOENIX_CERTIFICATION (object);

  switch (prop_id)
    {
    case PROP_NAME:
      phoenix_certification_set_name (self, g_value_get_string (value));
      break;

    case PROP_ISSUER:
      phoenix_certification_set_issuer (self, g_value_get_string (value));
      break;

    case PROP_DATE:
      phoenix_certification_set_date (self, g_value_get_string (value));
      break;

    case PROP_URL:
      phoenix_certification_set_url (self, g_value_get_string (value));
      break;

    case PROP_UID:
      phoenix_certification_set_uid (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_certification_class_init (PhoenixCertificationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phoenix_certification_finalize;
  object_class->get_property = phoenix_certification_get_property;
  object_class->set_property = phoenix_certification_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ISSUER] =
    g_param_spec_string ("issuer", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_DATE] =
    g_param_spec_string ("date", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_certification_init (PhoenixCertification *self)
{
  self->name = g_strdup ("");
  self->issuer = g_strdup ("");
  self->date = g_strdup ("");
  self->url = g_strdup ("");
  self->uid = g_strdup ("");
}

PhoenixCertification *
phoenix_certification_new (void)
{
  return g_object_new (PHOENIX_TYPE_CERTIFICATION, NULL);
}

const char *
phoenix_certification_get_name (PhoenixCertification *self)
{
  g_return_val_if_fail (PHOENIX_IS_CERTIFICATION (self), NULL);

  return self->name;
}

void
phoenix_certification_set_name (PhoenixCertification *self,
                                const char           *name)
{
  g_return_if_fail (PHOENIX_IS_CERTIFICATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->name, name, properties[PROP_NAME]);
}

const char *
phoenix_certification_get_issuer (PhoenixCertification *self)
{
  g_return_val_if_fail (PHOENIX_IS_CERTIFICATION (self), NULL);

  return self->issuer;
}

void
phoenix_certification_set_issuer (PhoenixCertification *self,
                                  const char           *issuer)
{
  g_return_if_fail (PHOENIX_IS_CERTIFICATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->issuer, issuer, properties[PROP_ISSUER]);
}

const char *
phoenix_certification_get_date (PhoenixCertification *self)
{
  g_return_val_if_fail (PHOENIX_IS_CERTIFICATION (self), NULL);

  return self->date;
}

void
phoenix_certification_set_date (PhoenixCertification *self,
                                const char           *date)
{
  g_return_if_fail (PHOENIX_IS_CERTIFICATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->date, date, properties[PROP_DATE]);
}

const char *
phoenix_certification_get_url (PhoenixCertification *self)
{
  g_return_val_if_fail (PHOENIX_IS_CERTIFICATION (self), NULL);

  return self->url;
}

void
phoenix_certification_set_url (PhoenixCertification *self,
                               const char           *url)
{
  g_return_if_fail (PHOENIX_IS_CERTIFICATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->url, url, properties[PROP_URL]);
}

const char *
phoenix_certification_get_uid (PhoenixCertification *self)
{
  g_return_val_if_fail (PHOENIX_IS_CERTIFICATION (self), NULL);

  return self->uid;
}

void
phoenix_certification_set_uid (PhoenixCertification *self,
                               const char           *uid)
{
  g_return_if_fail (PHOENIX_IS_CERTIFICATION (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->uid, uid, properties[PROP_UID]);
}
