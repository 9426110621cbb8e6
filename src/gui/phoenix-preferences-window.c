/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-preferences-window.h"
#include "phoenix-preferences-window-private.h"

struct _PhoenixPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  PhoenixContext       *context;
  GSettings            *settings;

  /* Template widgets */
  AdwComboRow          *color_scheme_row;
  GtkAdjustment        *auto_lock_adjustment;
  GtkSwitch            *llm_switch;
  AdwEntryRow          *llm_url_row;
  AdwEntryRow          *llm_model_row;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixPreferencesWindow, phoenix_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* The rows of the style combo, in order. */
static const char * const color_schemes[] = { "default", "light", "dark" };

static gboolean
color_scheme_get_mapping (GValue   *value,
                          GVariant *variant,
                          gpointer  user_data)
{
  const char *scheme = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (color_schemes); i++)
    {
      if (g_str_equal (scheme, color_schemes[i]))
        {
          g_value_set_uint (value, i);
          return TRUE;
        }
    }

  return FALSE;
}

static GVariant *
color_scheme_set_mapping (const GValue       *value,
                          const GVariantType *expected_type,
                          gpointer            user_data)
{
  guint i = g_value_get_uint (value);

  if (i >= G_N_ELEMENTS (color_schemes))
    return NULL;

  return g_variant_new_string (color_schemes[i]);
}

static void
phoenix_preferences_window_constructed (GObject *object)
{
  PhoenixPreferencesWindow *self = PHOENIX_PREFERENCES_WINDOW (object);

  G_OBJECT_CLASS (phoenix_preferences_window_parent_class)->constructed (object);

  g_settings_bind_with_mapping (self->settings, "color-scheme",
                                self->color_scheme_row, "selected",
                                G_SETTINGS_BIND_DEFAULT,
                                color_scheme_get_mapping, color_scheme_set_mapping,
                                NULL, NULL);
  g_settings_bind (self->settings, "auto-lock-minutes",
                   self->auto_lock_adjustment, "value",
                   G_SETTINGS_BIND_DEFAULT);
  /* The letter composer's local language model (issue #10): off by default. */
  g_settings_bind (self->settings, "llm-enabled", self->llm_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "llm-url", self->llm_url_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "llm-model", self->llm_model_row, "text", G_SETTINGS_BIND_DEFAULT);
}

static void
phoenix_preferences_window_dispose (GObject *object)
{
  PhoenixPreferencesWindow *self = PHOENIX_PREFERENCES_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->settings);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (phoenix_preferences_window_parent_class)->dispose (object);
}

static void
phoenix_preferences_window_get_property (GObject    *object,
                                         guint       prop_id,
                                         GValue     *value,
                                         GParamSpec *pspec)
{
  PhoenixPreferencesWindow *self = PHOENIX_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_preferences_window_set_property (GObject      *object,
                                         guint         prop_id,
                                         const GValue *value,
                                         GParamSpec   *pspec)
{
  PhoenixPreferencesWindow *self = PHOENIX_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      self->settings = g_object_ref (phoenix_context_get_settings (self->context));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_preferences_window_class_init (PhoenixPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = phoenix_preferences_window_constructed;
  object_class->dispose = phoenix_preferences_window_dispose;
  object_class->get_property = phoenix_preferences_window_get_property;
  object_class->set_property = phoenix_preferences_window_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         PHOENIX_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/phoenix-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixPreferencesWindow, color_scheme_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixPreferencesWindow, auto_lock_adjustment);
  gtk_widget_class_bind_template_child (widget_class, PhoenixPreferencesWindow, llm_switch);
  gtk_widget_class_bind_template_child (widget_class, PhoenixPreferencesWindow, llm_url_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixPreferencesWindow, llm_model_row);
}

static void
phoenix_preferences_window_init (PhoenixPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PhoenixPreferencesWindow *
phoenix_preferences_window_new (PhoenixContext *context)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (phoenix_context_get_settings (context)), NULL);

  return g_object_new (PHOENIX_TYPE_PREFERENCES_WINDOW, "context", context, NULL);
}

AdwComboRow *
_phoenix_preferences_window_get_color_scheme_row (PhoenixPreferencesWindow *self)
{
  return self->color_scheme_row;
}

GtkAdjustment *
_phoenix_preferences_window_get_auto_lock_adjustment (PhoenixPreferencesWindow *self)
{
  return self->auto_lock_adjustment;
}
