/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-reference"

#include "config.h"

#include "phoenix-reference.h"
#include "phoenix-entry-util.h"

struct _PhoenixReference
{
  GObject parent_instance;

  char *name;
  char *reference;
  char *uid;
};

enum {
  PROP_0,
  PROP_NAME,
  PROP_REFERENCE,
  PROP_UID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixReference, phoenix_reference, G_TYPE_OBJECT)

static void
phoenix_reference_finalize (GObject *object)
{
  PhoenixReference *self = PHOENIX_REFERENCE (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->reference, g_free);
  g_clear_pointer (&self->uid, g_free);

  G_OBJECT_CLASS (phoenix_reference_parent_class)->finalize (object);
}

static void
phoenix_reference_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  PhoenixReference *self = PHOENIX_REFERENCE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_REFERENCE:
      g_value_set_string (value, self->reference);
      break;

    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_reference_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  PhoenixReference *self = PHOENIX_REFERENCE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      phoenix_reference_set_name (self, g_value_get_string (value));
      break;

    case PROP_REFERENCE:
      phoenix_reference_set_reference (self, g_value_get_string (value));
      break;

    case PROP_UID:
      phoenix_reference_set_uid (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_reference_class_init (PhoenixReferenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phoenix_reference_finalize;
  object_class->get_property = phoenix_reference_get_property;
  object_class->set_property = phoenix_reference_set_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_REFERENCE] =
    g_param_spec_string ("reference", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_UID] =
    g_param_spec_string ("uid", NULL, NULL,
                         "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_reference_init (PhoenixReference *self)
{
  self->name = g_strdup ("");
  self->reference = g_strdup ("");
  self->uid = g_strdup ("");
}

PhoenixReference *
phoenix_reference_new (void)
{
  return g_object_new (PHOENIX_TYPE_REFERENCE, NULL);
}

const char *
phoenix_reference_get_name (PhoenixReference *self)
{
  g_return_val_if_fail (PHOENIX_IS_REFERENCE (self), NULL);

  return self->name;
}

void
phoenix_reference_set_name (PhoenixReference *self,
                            const char       *name)
{
  g_return_if_fail (PHOENIX_IS_REFERENCE (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->name, name, properties[PROP_NAME]);
}

const char *
phoenix_reference_get_reference (PhoenixReference *self)
{
  g_return_val_if_fail (PHOENIX_IS_REFERENCE (self), NULL);

  return self->reference;
}

void
phoenix_reference_set_reference (PhoenixReference *self,
                                 const char       *reference)
{
  g_return_if_fail (PHOENIX_IS_REFERENCE (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->reference, reference, properties[PROP_REFERENCE]);
}

const char *
phoenix_reference_get_uid (PhoenixReference *self)
{
  g_return_val_if_fail (PHOENIX_IS_REFERENCE (self), NULL);

  return self->uid;
}

void
phoenix_reference_set_uid (PhoenixReference *self,
                           const char       *uid)
{
  g_return_if_fail (PHOENIX_IS_REFERENCE (self));

  _phoenix_entry_set_string (G_OBJECT (self), &self->uid, uid, properties[PROP_UID]);
}
