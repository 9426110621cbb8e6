/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-link"

#include "config.h"

#include "phoenix-link.h"
#include "phoenix-entry-util.h"

struct _PhoenixLink
{
  GObject parent_instance;

  char *label;
  char *url;
  char *username;
  char *uid;
};

enum {
  PROP_0,
  PROP_LABEL,
  PROP_URL,
  PROP_USERNAME,
  PROP_UID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixLink, phoenix_link, G_TYPE_OBJECT)

static void
phoenix_link_finalize (GObject *object)
{
  PhoenixLink *self = PHOENIX_LINK (object);

  g_clear_pointer (&self->label, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->username, g_free);
  g_clear_pointer (&self->uid, g_free);

  G_OBJECT_CLASS (phoenix_link_parent_class)->finalize (object);
}

static void
phoenix_link_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  PhoenixLink *self = PHOENIX_LINK (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, self->label);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_USERNAME:
      g_value_set_string (value, self->username);
      break;

    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_link_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  PhoenixLink *self = PHOENIX_LINK (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      phoenix_link_set_label (self, g_value_get_string (value));
      break;

    case PROP_URL:
      phoenix_link_set_url (self, g_value_get_string (value));
      break;

    case PROP_USERNAME:
      phoenix_link_set_username (self, g_value_get_string (value));
      break;

    case PROP_UID:
      phoenix_link_set_uid (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_link_class_init (PhoenixLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phoenix_link_finalize;
  object_class->get_property = phoenix_link_get_property;
  object_class->set_property = phoenix_link_set_property;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_USERNAME] =
    g_param_spec_string ("username", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_link_init (PhoenixLink *self)
{
  self->label = g_strdup ("");
  self->url = g_strdup ("");
  self->username = g_strdup ("");
  self->uid = g_strdup ("");
}

PhoenixLink *
phoenix_link_new (void)
{
  return g_object_new (PHOENIX_TYPE_LINK, NULL);
}

const char *
phoenix_link_get_label (PhoenixLink *self)
{
  g_return_val_if_fail (PHOENIX_IS_LINK (self), NULL);

  return self->label;
}

void
phoenix_link_set_label (PhoenixLink *self,
                        const char  *label)
{
  g_return_if_fail (PHOENIX_IS_LINK (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->label, label, properties[PROP_LABEL]);
}

const char *
phoenix_link_get_url (PhoenixLink *self)
{
  g_return_val_if_fail (PHOENIX_IS_LINK (self), NULL);

  return self->url;
}

void
phoenix_link_set_url (PhoenixLink *self,
                      const char  *url)
{
  g_return_if_fail (PHOENIX_IS_LINK (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->url, url, properties[PROP_URL]);
}

const char *
phoenix_link_get_username (PhoenixLink *self)
{
  g_return_val_if_fail (PHOENIX_IS_LINK (self), NULL);

  return self->username;
}

void
phoenix_link_set_username (PhoenixLink *self,
                           const char  *username)
{
  g_return_if_fail (PHOENIX_IS_LINK (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->username, username, properties[PROP_USERNAME]);
}

const char *
phoenix_link_get_uid (PhoenixLink *self)
{
  g_return_val_if_fail (PHOENIX_IS_LINK (self), NULL);

  return self->uid;
}

void
phoenix_link_set_uid (PhoenixLink *self,
                      const char  *uid)
{
  g_return_if_fail (PHOENIX_IS_LINK (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->uid, uid, properties[PROP_UID]);
}
