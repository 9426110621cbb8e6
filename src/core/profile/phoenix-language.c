/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-language"

#include "config.h"

#include "phoenix-language.h"
#include "phoenix-entry-util.h"

struct _PhoenixLanguage
{
  GObject parent_instance;

  char *name;
  char *level;
  char *uid;
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_LEVEL,
  PROP_UID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixLanguage, phoenix_language, G_TYPE_OBJECT)

static void
phoenix_language_finalize (GObject *object)
{
  PhoenixLanguage *self = PHOENIX_LANGUAGE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->level, g_free);
  g_clear_pointer (&self->uid, g_free);

  G_OBJECT_CLASS (phoenix_language_parent_class)->finalize (object);
}

static void
phoenix_language_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PhoenixLanguage *self = PHOENIX_LANGUAGE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_LEVEL:
      g_value_set_string (value, self->level);
      break;

    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_language_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PhoenixLanguage *self = PHOENIX_LANGUAGE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      phoenix_language_set_name (self, g_value_get_string (value));
      break;

    case PROP_LEVEL:
      phoenix_language_set_level (self, g_value_get_string (value));
      break;

    case PROP_UID:
      phoenix_language_set_uid (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_language_class_init (PhoenixLanguageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phoenix_language_finalize;
  object_class->get_property = phoenix_language_get_property;
  object_class->set_property = phoenix_language_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LEVEL] =
    g_param_spec_string ("level", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_language_init (PhoenixLanguage *self)
{
  self->name = g_strdup ("");
  self->level = g_strdup ("");
  self->uid = g_strdup ("");
}

PhoenixLanguage *
phoenix_language_new (void)
{
  return g_object_new (PHOENIX_TYPE_LANGUAGE, NULL);
}

const char *
phoenix_language_get_name (PhoenixLanguage *self)
{
  g_return_val_if_fail (PHOENIX_IS_LANGUAGE (self), NULL);

  return self->name;
}

void
phoenix_language_set_name (PhoenixLanguage *self,
                           const char      *name)
{
  g_return_if_fail (PHOENIX_IS_LANGUAGE (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->name, name, properties[PROP_NAME]);
}

const char *
phoenix_language_get_level (PhoenixLanguage *self)
{
  g_return_val_if_fail (PHOENIX_IS_LANGUAGE (self), NULL);

  return self->level;
}

void
phoenix_language_set_level (PhoenixLanguage *self,
                            const char      *level)
{
  g_return_if_fail (PHOENIX_IS_LANGUAGE (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->level, level, properties[PROP_LEVEL]);
}

const char *
phoenix_language_get_uid (PhoenixLanguage *self)
{
  g_return_val_if_fail (PHOENIX_IS_LANGUAGE (self), NULL);

  return self->uid;
}

void
phoenix_language_set_uid (PhoenixLanguage *self,
                          const char      *uid)
{
  g_return_if_fail (PHOENIX_IS_LANGUAGE (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->uid, uid, properties[PROP_UID]);
}
