/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-strength-meter"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-strength-meter.h"

struct _PhoenixStrengthMeter
{
  AdwBin                     parent_instance;

  PhoenixPassphraseStrength  strength;

  /* Template widgets */
  GtkLevelBar               *level_bar;
  GtkLabel                  *strength_label;
  GtkLabel                  *hint_label;
};

enum {
  PROP_0,
  PROP_STRENGTH,
  PROP_ACCEPTABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixStrengthMeter, phoenix_strength_meter, ADW_TYPE_BIN)

static void
phoenix_strength_meter_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), PHOENIX_TYPE_STRENGTH_METER);

  G_OBJECT_CLASS (phoenix_strength_meter_parent_class)->dispose (object);
}

static void
phoenix_strength_meter_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PhoenixStrengthMeter *self = PHOENIX_STRENGTH_METER (object);

  switch (prop_id)
    {
    case PROP_STRENGTH:
      g_value_set_enum (value, self->strength);
      break;

    case PROP_ACCEPTABLE:
      g_value_set_boolean (value, phoenix_strength_meter_get_acceptable (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_strength_meter_class_init (PhoenixStrengthMeterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phoenix_strength_meter_dispose;
  object_class->get_property = phoenix_strength_meter_get_property;

  properties[PROP_STRENGTH] =
    g_param_spec_enum ("strength", NULL, NULL,
                       PHOENIX_TYPE_PASSPHRASE_STRENGTH,
                       PHOENIX_PASSPHRASE_STRENGTH_EMPTY,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_ACCEPTABLE] =
    g_param_spec_boolean ("acceptable", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-strength-meter.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixStrengthMeter, level_bar);
  gtk_widget_class_bind_template_child (widget_class, PhoenixStrengthMeter, strength_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixStrengthMeter, hint_label);
}

static void
phoenix_strength_meter_init (PhoenixStrengthMeter *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  /* Levels 1–2 (too weak, weak) show as low, 3 (fair) as high, 4–5 as full. */
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_add_offset_value (self->level_bar, "too-weak", PHOENIX_PASSPHRASE_STRENGTH_TOO_WEAK);
  gtk_level_bar_add_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_LOW, PHOENIX_PASSPHRASE_STRENGTH_WEAK);
  gtk_level_bar_add_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_HIGH, PHOENIX_PASSPHRASE_STRENGTH_FAIR);
  gtk_level_bar_add_offset_value (self->level_bar, GTK_LEVEL_BAR_OFFSET_FULL, PHOENIX_PASSPHRASE_STRENGTH_VERY_STRONG);

  phoenix_strength_meter_set_passphrase (self, "");
}

PhoenixStrengthMeter *
phoenix_strength_meter_new (void)
{
  return g_object_new (PHOENIX_TYPE_STRENGTH_METER, NULL);
}

void
phoenix_strength_meter_set_passphrase (PhoenixStrengthMeter *self,
                                       const char           *passphrase)
{
  PhoenixPassphraseStrength strength;
  gboolean was_acceptable;
  g_autofree char *hint = NULL;

  g_return_if_fail (PHOENIX_IS_STRENGTH_METER (self));

  was_acceptable = phoenix_strength_meter_get_acceptable (self);
  strength = phoenix_passphrase_estimate (passphrase != NULL ? passphrase : "", NULL, &hint);

  gtk_level_bar_set_value (self->level_bar, strength);
  gtk_label_set_label (self->strength_label, phoenix_passphrase_strength_to_string (strength));

  if (strength == PHOENIX_PASSPHRASE_STRENGTH_EMPTY)
    {
      g_clear_pointer (&hint, g_free);
      hint = g_strdup (_("Use several words that belong together only for you, or at least 12 characters."));
    }
  gtk_label_set_label (self->hint_label, hint != NULL ? hint : "");

  if (strength != self->strength)
    {
      self->strength = strength;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRENGTH]);
      if (was_acceptable != phoenix_strength_meter_get_acceptable (self))
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACCEPTABLE]);
    }
}

PhoenixPassphraseStrength
phoenix_strength_meter_get_strength (PhoenixStrengthMeter *self)
{
  g_return_val_if_fail (PHOENIX_IS_STRENGTH_METER (self), PHOENIX_PASSPHRASE_STRENGTH_EMPTY);

  return self->strength;
}

gboolean
phoenix_strength_meter_get_acceptable (PhoenixStrengthMeter *self)
{
  g_return_val_if_fail (PHOENIX_IS_STRENGTH_METER (self), FALSE);

  return phoenix_passphrase_is_acceptable (self->strength);
}
