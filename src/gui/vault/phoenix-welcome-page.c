/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-welcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-form-util.h"
#include "phoenix-strength-meter.h"
#include "phoenix-welcome-page-private.h"
#include "phoenix-welcome-page.h"

struct _PhoenixWelcomePage
{
  AdwBin                parent_instance;

  PhoenixVault         *vault;
  GCancellable         *cancellable;
  gboolean              busy;

  /* Template widgets */
  AdwPasswordEntryRow  *passphrase_row;
  AdwPasswordEntryRow  *confirm_row;
  GtkRevealer          *mismatch_revealer;
  GtkLabel             *mismatch_label;
  PhoenixStrengthMeter *strength_meter;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  GtkStack             *action_stack;
  GtkSpinner           *spinner;
};

enum {
  PROP_0,
  PROP_VAULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixWelcomePage, phoenix_welcome_page, ADW_TYPE_BIN)

static gboolean
passphrases_match (PhoenixWelcomePage *self)
{
  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row)),
                    gtk_editable_get_text (GTK_EDITABLE (self->confirm_row))) == 0;
}

static void
update (PhoenixWelcomePage *self)
{
  const char *confirm = gtk_editable_get_text (GTK_EDITABLE (self->confirm_row));
  gboolean mismatch = *confirm != '\0' && !passphrases_match (self);

  gtk_revealer_set_reveal_child (self->mismatch_revealer, mismatch);
  _phoenix_form_set_row_error (GTK_WIDGET (self->confirm_row),
                               mismatch ? gtk_label_get_label (self->mismatch_label) : NULL);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "welcome-page.create",
                                 !self->busy &&
                                 phoenix_strength_meter_get_acceptable (self->strength_meter) &&
                                 *confirm != '\0' && passphrases_match (self));
}

static void
set_busy (PhoenixWelcomePage *self,
          gboolean            busy)
{
  self->busy = busy;
  _phoenix_form_set_busy ((GtkWidget *[]) { GTK_WIDGET (self->passphrase_row),
                                            GTK_WIDGET (self->confirm_row), NULL },
                          self->action_stack, self->spinner, busy);
  update (self);
}

static void
vault_created_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(PhoenixWelcomePage) self = PHOENIX_WELCOME_PAGE (user_data);
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->cancellable);

  if (!phoenix_vault_create_finish (PHOENIX_VAULT (object), result, &error))
    {
      set_busy (self, FALSE);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      _phoenix_form_show_error (self->error_revealer, self->error_label, error->message);
      return;
    }

  /* The window follows the vault's "unlocked" property; leave no passphrase behind. */
  gtk_editable_set_text (GTK_EDITABLE (self->passphrase_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->confirm_row), "");
  set_busy (self, FALSE);
}

static void
create_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PhoenixWelcomePage *self = PHOENIX_WELCOME_PAGE (widget);

  if (self->busy ||
      !phoenix_strength_meter_get_acceptable (self->strength_meter) ||
      !passphrases_match (self))
    return;

  _phoenix_form_show_error (self->error_revealer, self->error_label, NULL);
  set_busy (self, TRUE);

  self->cancellable = g_cancellable_new ();
  phoenix_vault_create_async (self->vault,
                              gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row)),
                              self->cancellable,
                              vault_created_cb, g_object_ref (self));
}

static void
entries_changed_cb (PhoenixWelcomePage *self)
{
  phoenix_strength_meter_set_passphrase (self->strength_meter,
                                         gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row)));
  update (self);
}

static void
passphrase_activated_cb (PhoenixWelcomePage *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->confirm_row));
}

static void
confirm_activated_cb (PhoenixWelcomePage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "welcome-page.create", NULL);
}

static void
phoenix_welcome_page_dispose (GObject *object)
{
  PhoenixWelcomePage *self = PHOENIX_WELCOME_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_WELCOME_PAGE);

  g_clear_object (&self->vault);

  G_OBJECT_CLASS (phoenix_welcome_page_parent_class)->dispose (object);
}

static void
phoenix_welcome_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PhoenixWelcomePage *self = PHOENIX_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_VAULT:
      g_value_set_object (value, self->vault);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_welcome_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PhoenixWelcomePage *self = PHOENIX_WELCOME_PAGE (object);

  switch (prop_id)
    {
    case PROP_VAULT:
      self->vault = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_welcome_page_class_init (PhoenixWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phoenix_welcome_page_dispose;
  object_class->get_property = phoenix_welcome_page_get_property;
  object_class->set_property = phoenix_welcome_page_set_property;

  properties[PROP_VAULT] =
    g_param_spec_object ("vault", NULL, NULL,
                         PHOENIX_TYPE_VAULT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PHOENIX_TYPE_STRENGTH_METER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-welcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixWelcomePage, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixWelcomePage, confirm_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixWelcomePage, mismatch_revealer);
  gtk_widget_class_bind_template_child (widget_class, PhoenixWelcomePage, mismatch_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixWelcomePage, strength_meter);
  gtk_widget_class_bind_template_child (widget_class, PhoenixWelcomePage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, PhoenixWelcomePage, error_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixWelcomePage, action_stack);
  gtk_widget_class_bind_template_child (widget_class, PhoenixWelcomePage, spinner);
  gtk_widget_class_bind_template_callback (widget_class, entries_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, confirm_activated_cb);

  gtk_widget_class_install_action (widget_class, "welcome-page.create", NULL, create_action);
}

static void
phoenix_welcome_page_init (PhoenixWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_editable_set_enable_undo (GTK_EDITABLE (self->passphrase_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->confirm_row), FALSE);
  update (self);
}

PhoenixWelcomePage *
phoenix_welcome_page_new (PhoenixVault *vault)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);

  return g_object_new (PHOENIX_TYPE_WELCOME_PAGE, "vault", vault, NULL);
}

void
phoenix_welcome_page_focus (PhoenixWelcomePage *self)
{
  g_return_if_fail (PHOENIX_IS_WELCOME_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
}

GtkEditable *
_phoenix_welcome_page_get_passphrase_row (PhoenixWelcomePage *self)
{
  return GTK_EDITABLE (self->passphrase_row);
}

GtkEditable *
_phoenix_welcome_page_get_confirm_row (PhoenixWelcomePage *self)
{
  return GTK_EDITABLE (self->confirm_row);
}

GtkWidget *
_phoenix_welcome_page_get_create_button (PhoenixWelcomePage *self)
{
  return gtk_stack_get_child_by_name (self->action_stack, "button");
}

GtkWidget *
_phoenix_welcome_page_get_error_label (PhoenixWelcomePage *self)
{
  return GTK_WIDGET (self->error_label);
}
