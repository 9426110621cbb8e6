/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-interest"

#include "config.h"

#include "phoenix-interest.h"
#include "phoenix-entry-util.h"

struct _PhoenixInterest
{
  GObject parent_instance;

  char *name;
  char *keywords;
  char *uid;
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_KEYWORDS,
  PROP_UID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixInterest, phoenix_interest, G_TYPE_OBJECT)

static void
phoenix_interest_finalize (GObject *object)
{
  PhoenixInterest *self = PHOENIX_INTEREST (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->keywords, g_free);
  g_clear_pointer (&self->uid, g_free);

  G_OBJECT_CLASS (phoenix_interest_parent_class)->finalize (object);
}

static void
phoenix_interest_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  PhoenixInterest *self = PHOENIX_INTEREST (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KEYWORDS:
      g_value_set_string (value, self->keywords);
      break;

    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_interest_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  PhoenixInterest *self = PHOENIX_INTEREST (object);

  switch (prop_id)
    {
    case PROP_NAME:
      phoenix_interest_set_name (self, g_value_get_string (value));
      break;

    case PROP_KEYWORDS:
      phoenix_interest_set_keywords (self, g_value_get_string (value));
      break;

    case PROP_UID:
      phoenix_interest_set_uid (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_interest_class_init (PhoenixInterestClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phoenix_interest_finalize;
  object_class->get_property = phoenix_interest_get_property;
  object_class->set_property = phoenix_interest_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_KEYWORDS] =
    g_param_spec_string ("keywords", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_interest_init (PhoenixInterest *self)
{
  self->name = g_strdup ("");
  self->keywords = g_strdup ("");
  self->uid = g_strdup ("");
}

PhoenixInterest *
phoenix_interest_new (void)
{
  return g_object_new (PHOENIX_TYPE_INTEREST, NULL);
}

const char *
phoenix_interest_get_name (PhoenixInterest *self)
{
  g_return_val_if_fail (PHOENIX_IS_INTEREST (self), NULL);

  return self->name;
}

void
phoenix_interest_set_name (PhoenixInterest *self,
                           const char      *name)
{
  g_return_if_fail (PHOENIX_IS_INTEREST (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->name, name, properties[PROP_NAME]);
}

const char *
phoenix_interest_get_keywords (PhoenixInterest *self)
{
  g_return_val_if_fail (PHOENIX_IS_INTEREST (self), NULL);

  return self->keywords;
}

void
phoenix_interest_set_keywords (PhoenixInterest *self,
                               const char      *keywords)
{
  g_return_if_fail (PHOENIX_IS_INTEREST (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->keywords, keywords, properties[PROP_KEYWORDS]);
}

const char *
phoenix_interest_get_uid (PhoenixInterest *self)
{
  g_return_val_if_fail (PHOENIX_IS_INTEREST (self), NULL);

  return self->uid;
}

void
phoenix_interest_set_uid (PhoenixInterest *self,
                          const char      *uid)
{
  g_return_if_fail (PHOENIX_IS_INTEREST (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->uid, uid, properties[PROP_UID]);
}
