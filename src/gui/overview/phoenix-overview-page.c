/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-overview-page"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-overview-page.h"

struct _PhoenixOverviewPage
{
  AdwBin          parent_instance;

  PhoenixContext *context;
  PhoenixProfile *profile;
  GBinding       *profile_binding;

  /* Template widgets */
  GtkLabel       *greeting_label;
  AdwActionRow   *cv_row;
  AdwActionRow   *contact_row;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixOverviewPage, phoenix_overview_page, ADW_TYPE_BIN)

static void
update (PhoenixOverviewPage *self)
{
  const char *name = "";
  gboolean no_contact = TRUE;
  g_autofree char *trimmed = NULL;

  if (self->profile != NULL)
    {
      name = phoenix_profile_get_name (self->profile);
      no_contact = *phoenix_profile_get_email (self->profile) == '\0' &&
                   *phoenix_profile_get_phone (self->profile) == '\0';
    }

  trimmed = g_strstrip (g_strdup (name));
  if (*trimmed != '\0')
    {
      g_autofree char *greeting = NULL;

      /* Translators: %s is the user's name */
      greeting = g_strdup_printf (_("Hello, %s"), trimmed);
      gtk_label_set_label (self->greeting_label, greeting);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->cv_row), _("Your CV"));
      adw_action_row_set_subtitle (self->cv_row, _("Your name, contact details and summary"));
    }
  else
    {
      gtk_label_set_label (self->greeting_label, _("Welcome to Phoenix"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->cv_row), _("Start Your CV"));
      adw_action_row_set_subtitle (self->cv_row, _("Begin with your name and a headline"));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->contact_row), no_contact);
}

static void
profile_changed_cb (PhoenixOverviewPage *self)
{
  update (self);
}

static void
phoenix_overview_page_constructed (GObject *object)
{
  PhoenixOverviewPage *self = PHOENIX_OVERVIEW_PAGE (object);

  G_OBJECT_CLASS (phoenix_overview_page_parent_class)->constructed (object);

  g_assert (PHOENIX_IS_CONTEXT (self->context));
  self->profile_binding = g_object_bind_property (self->context, "profile", self, "profile",
                                                  G_BINDING_SYNC_CREATE);
}

static void
phoenix_overview_page_dispose (GObject *object)
{
  PhoenixOverviewPage *self = PHOENIX_OVERVIEW_PAGE (object);

  g_clear_pointer (&self->profile_binding, g_binding_unbind);
  phoenix_overview_page_set_profile (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (phoenix_overview_page_parent_class)->dispose (object);
}

static void
phoenix_overview_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PhoenixOverviewPage *self = PHOENIX_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_overview_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PhoenixOverviewPage *self = PHOENIX_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_PROFILE:
      phoenix_overview_page_set_profile (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_overview_page_class_init (PhoenixOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = phoenix_overview_page_constructed;
  object_class->dispose = phoenix_overview_page_dispose;
  object_class->get_property = phoenix_overview_page_get_property;
  object_class->set_property = phoenix_overview_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         PHOENIX_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         PHOENIX_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, greeting_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, cv_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, contact_row);
}

static void
phoenix_overview_page_init (PhoenixOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update (self);
}

PhoenixOverviewPage *
phoenix_overview_page_new (PhoenixContext *context)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (context), NULL);

  return g_object_new (PHOENIX_TYPE_OVERVIEW_PAGE, "context", context, NULL);
}

PhoenixProfile *
phoenix_overview_page_get_profile (PhoenixOverviewPage *self)
{
  g_return_val_if_fail (PHOENIX_IS_OVERVIEW_PAGE (self), NULL);

  return self->profile;
}

void
phoenix_overview_page_set_profile (PhoenixOverviewPage *self,
                                   PhoenixProfile      *profile)
{
  g_return_if_fail (PHOENIX_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (profile == NULL || PHOENIX_IS_PROFILE (profile));

  if (self->profile == profile)
    return;

  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_func (self->profile, profile_changed_cb, self);

  g_set_object (&self->profile, profile);

  if (self->profile != NULL)
    g_signal_connect_object (self->profile, "changed",
                             G_CALLBACK (profile_changed_cb), self, G_CONNECT_SWAPPED);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}
