/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-training-page"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-training-page.h"

/* Still an honest empty state: the feature's issue fills this page. */

struct _PhoenixTrainingPage
{
  AdwBin          parent_instance;

  PhoenixContext *context;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixTrainingPage, phoenix_training_page, ADW_TYPE_BIN)

static void
phoenix_training_page_dispose (GObject *object)
{
  PhoenixTrainingPage *self = PHOENIX_TRAINING_PAGE (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_TRAINING_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (phoenix_training_page_parent_class)->dispose (object);
}

static void
phoenix_training_page_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  PhoenixTrainingPage *self = PHOENIX_TRAINING_PAGE (object);

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
phoenix_training_page_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  PhoenixTrainingPage *self = PHOENIX_TRAINING_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_training_page_class_init (PhoenixTrainingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phoenix_training_page_dispose;
  object_class->get_property = phoenix_training_page_get_property;
  object_class->set_property = phoenix_training_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         PHOENIX_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-training-page.ui");
}

static void
phoenix_training_page_init (PhoenixTrainingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PhoenixTrainingPage *
phoenix_training_page_new (PhoenixContext *context)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (context), NULL);

  return g_object_new (PHOENIX_TYPE_TRAINING_PAGE, "context", context, NULL);
}
