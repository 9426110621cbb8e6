/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-consent-dialog.h"
#include "phoenix-flywheel-client.h"
#include "phoenix-occupation-search.h"
#include "phoenix-overview-data.h"
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
  GtkSwitch            *sharing_switch;
  AdwEntryRow          *flywheel_url_row;
  GtkLabel             *flywheel_url_error;

  GCancellable         *cancellable;      /* the payload computed for the consent dialog */
  gboolean              showing_consent;
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

/* Anonymous statistics (issue #12): the switch shows the client's consent. */

static void
show_consent (PhoenixPreferencesWindow *self)
{
  PhoenixFlywheelClient *client = phoenix_context_get_flywheel_client (self->context);
  gboolean consent = phoenix_flywheel_client_get_consent (client);

  if (gtk_switch_get_active (self->sharing_switch) != consent)
    gtk_switch_set_active (self->sharing_switch, consent);
}

static void
consent_chosen_cb (PhoenixPreferencesWindow *self,
                   gboolean                  share)
{
  PhoenixFlywheelClient *client = phoenix_context_get_flywheel_client (self->context);
  g_autoptr(GError) error = NULL;

  if (share && !phoenix_flywheel_client_set_consent (client, TRUE, &error))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
  show_consent (self);
}

static void
consent_dialog_destroyed_cb (PhoenixPreferencesWindow *self)
{
  self->showing_consent = FALSE;
  show_consent (self);
}

static void
open_consent_dialog (PhoenixPreferencesWindow *self,
                     PhoenixContribution      *payload)
{
  PhoenixConsentDialog *dialog = phoenix_consent_dialog_new (payload, FALSE);

  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (consent_chosen_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "destroy", G_CALLBACK (consent_dialog_destroyed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
payload_computed_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(PhoenixPreferencesWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixOverview) overview = phoenix_overview_compute_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (overview == NULL)
    {
      self->showing_consent = FALSE;
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
      return;
    }
  open_consent_dialog (self, overview->payload);
}

/* Turning sharing on first shows what would leave (computed off the main thread); turning it off withdraws. */
static void
sharing_switch_active_cb (PhoenixPreferencesWindow *self)
{
  PhoenixFlywheelClient *client = phoenix_context_get_flywheel_client (self->context);
  gboolean active = gtk_switch_get_active (self->sharing_switch);
  g_autoptr(GError) error = NULL;

  if (active == phoenix_flywheel_client_get_consent (client))
    return;
  if (!active)
    {
      /* The outbox goes at once; the server is asked to delete this install's data until it has. */
      if (!phoenix_flywheel_client_set_consent (client, FALSE, &error))
        adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
      show_consent (self);
      return;
    }

  /* Not on before the user has seen the payload and chosen Share. */
  gtk_switch_set_active (self->sharing_switch, FALSE);
  if (self->showing_consent)
    return;
  self->showing_consent = TRUE;
  {
    PhoenixProfile *profile = phoenix_context_get_profile (self->context);
    PhoenixTaxonomy *taxonomy = profile != NULL ? phoenix_context_get_taxonomy (self->context, &error) : NULL;
    PhoenixOverviewSnapshot *snapshot = NULL;

    if (taxonomy != NULL)
      snapshot = phoenix_overview_snapshot_read (phoenix_context_get_vault (self->context), profile, NULL, &error);
    if (snapshot == NULL)
      {
        /* No profile open (or its data unreadable): nothing could be sent yet, the dialog says so. */
        if (error != NULL)
          g_debug ("No payload to show: %s", error->message);
        open_consent_dialog (self, NULL);
        return;
      }
    g_cancellable_cancel (self->cancellable);
    g_clear_object (&self->cancellable);
    self->cancellable = g_cancellable_new ();
    phoenix_overview_compute_async (snapshot, taxonomy, phoenix_occupation_search_get_ui_language (),
                                    self->cancellable, payload_computed_cb, g_object_ref (self));
  }
}

static void
flywheel_url_changed_cb (PhoenixPreferencesWindow *self)
{
  gtk_widget_remove_css_class (GTK_WIDGET (self->flywheel_url_row), "error");
  gtk_widget_set_visible (GTK_WIDGET (self->flywheel_url_error), FALSE);
}

/* Saved only when valid: https, or plain http to this computer (127.0.0.1, [::1]); empty: none. */
static void
flywheel_url_apply_cb (PhoenixPreferencesWindow *self)
{
  g_autofree char *url = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->flywheel_url_row))));
  g_autoptr(GError) error = NULL;

  if (*url != '\0' && !phoenix_flywheel_client_check_url (url, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->flywheel_url_row), "error");
      gtk_label_set_label (self->flywheel_url_error, error->message);
      gtk_widget_set_visible (GTK_WIDGET (self->flywheel_url_error), TRUE);
      return;
    }
  g_settings_set_string (self->settings, "flywheel-url", url);
}

static void
flywheel_url_setting_changed_cb (PhoenixPreferencesWindow *self)
{
  g_autofree char *url = g_settings_get_string (self->settings, "flywheel-url");

  gtk_editable_set_text (GTK_EDITABLE (self->flywheel_url_row), url);
  flywheel_url_changed_cb (self);
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

  /* Anonymous statistics: the consent is the vault's (through the client), the address a setting. */
  g_signal_connect_object (phoenix_context_get_flywheel_client (self->context), "notify::consent",
                           G_CALLBACK (show_consent), self, G_CONNECT_SWAPPED);
  show_consent (self);
  g_signal_connect_object (self->settings, "changed::flywheel-url", G_CALLBACK (flywheel_url_setting_changed_cb),
                           self, G_CONNECT_SWAPPED);
  flywheel_url_setting_changed_cb (self);
}

static void
phoenix_preferences_window_dispose (GObject *object)
{
  PhoenixPreferencesWindow *self = PHOENIX_PREFERENCES_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
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
  gtk_widget_class_bind_template_child (widget_class, PhoenixPreferencesWindow, sharing_switch);
  gtk_widget_class_bind_template_child (widget_class, PhoenixPreferencesWindow, flywheel_url_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixPreferencesWindow, flywheel_url_error);
  gtk_widget_class_bind_template_callback (widget_class, sharing_switch_active_cb);
  gtk_widget_class_bind_template_callback (widget_class, flywheel_url_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, flywheel_url_changed_cb);
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

GtkSwitch *
_phoenix_preferences_window_get_sharing_switch (PhoenixPreferencesWindow *self)
{
  return self->sharing_switch;
}

AdwEntryRow *
_phoenix_preferences_window_get_flywheel_url_row (PhoenixPreferencesWindow *self)
{
  return self->flywheel_url_row;
}

GtkLabel *
_phoenix_preferences_window_get_flywheel_url_error (PhoenixPreferencesWindow *self)
{
  return self->flywheel_url_error;
}
