/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-passphrase-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-form-util.h"
#include "phoenix-passphrase-dialog.h"
#include "phoenix-strength-meter.h"
#include "phoenix-passphrase-dialog-private.h"

struct _PhoenixPassphraseDialog
{
  AdwWindow             parent_instance;

  PhoenixVault         *vault;
  GCancellable         *cancellable;
  gboolean              busy;

  /* Template widgets */
  AdwPasswordEntryRow  *current_row;
  AdwPasswordEntryRow  *new_row;
  AdwPasswordEntryRow  *confirm_row;
  GtkRevealer          *mismatch_revealer;
  PhoenixStrengthMeter *strength_meter;
  GtkRevealer          *error_revealer;
  GtkLabel             *error_label;
  GtkRevealer          *busy_revealer;
  GtkSpinner           *spinner;
};

enum {
  PROP_0,
  PROP_VAULT,
  N_PROPS
};

enum {
  PASSPHRASE_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixPassphraseDialog, phoenix_passphrase_dialog, ADW_TYPE_WINDOW)

static const char *
get_text (AdwPasswordEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

static void
update (PhoenixPassphraseDialog *self)
{
  const char *confirm = get_text (self->confirm_row);
  gboolean match = g_strcmp0 (get_text (self->new_row), confirm) == 0;
  gboolean mismatch = *confirm != '\0' && !match;

  gtk_revealer_set_reveal_child (self->mismatch_revealer, mismatch);
  if (mismatch)
    gtk_widget_add_css_class (GTK_WIDGET (self->confirm_row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->confirm_row), "error");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "passphrase-dialog.change",
                                 !self->busy &&
                                 *get_text (self->current_row) != '\0' &&
                                 phoenix_strength_meter_get_acceptable (self->strength_meter) &&
                                 *confirm != '\0' && match);
}

static void
set_busy (PhoenixPassphraseDialog *self,
          gboolean                 busy)
{
  self->busy = busy;
  _phoenix_form_set_busy ((GtkWidget *[]) { GTK_WIDGET (self->current_row), GTK_WIDGET (self->new_row),
                                            GTK_WIDGET (self->confirm_row), NULL },
                          NULL, self->spinner, busy);
  gtk_revealer_set_reveal_child (self->busy_revealer, busy);
  update (self);
}

static void
passphrase_changed_cb (GObject      *object,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(PhoenixPassphraseDialog) self = PHOENIX_PASSPHRASE_DIALOG (user_data);
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);

  if (!phoenix_vault_change_passphrase_finish (PHOENIX_VAULT (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      _phoenix_form_show_error (self->error_revealer, self->error_label, error->message);

      if (g_error_matches (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE))
        _phoenix_form_select_row (GTK_WIDGET (self->current_row));
      return;
    }

  g_signal_emit (self, signals[PASSPHRASE_CHANGED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
change_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PhoenixPassphraseDialog *self = PHOENIX_PASSPHRASE_DIALOG (widget);

  if (self->busy)
    return;

  _phoenix_form_show_error (self->error_revealer, self->error_label, NULL);
  set_busy (self, TRUE);

  self->cancellable = g_cancellable_new ();
  phoenix_vault_change_passphrase_async (self->vault,
                                         get_text (self->current_row),
                                         get_text (self->new_row),
                                         self->cancellable,
                                         passphrase_changed_cb, g_object_ref (self));
}

static void
entries_changed_cb (PhoenixPassphraseDialog *self)
{
  phoenix_strength_meter_set_passphrase (self->strength_meter, get_text (self->new_row));
  update (self);
}

static void
confirm_activated_cb (PhoenixPassphraseDialog *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "passphrase-dialog.change", NULL);
}

static gboolean
phoenix_passphrase_dialog_close_request (GtkWindow *window)
{
  PhoenixPassphraseDialog *self = PHOENIX_PASSPHRASE_DIALOG (window);

  /* Re-keying cannot be stopped half-way; wait for it. */
  if (self->busy)
    return TRUE;

  return GTK_WINDOW_CLASS (phoenix_passphrase_dialog_parent_class)->close_request (window);
}

static void
phoenix_passphrase_dialog_dispose (GObject *object)
{
  PhoenixPassphraseDialog *self = PHOENIX_PASSPHRASE_DIALOG (object);

  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_PASSPHRASE_DIALOG);
  g_clear_object (&self->vault);

  G_OBJECT_CLASS (phoenix_passphrase_dialog_parent_class)->dispose (object);
}

static void
phoenix_passphrase_dialog_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  PhoenixPassphraseDialog *self = PHOENIX_PASSPHRASE_DIALOG (object);

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
phoenix_passphrase_dialog_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  PhoenixPassphraseDialog *self = PHOENIX_PASSPHRASE_DIALOG (object);

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
phoenix_passphrase_dialog_class_init (PhoenixPassphraseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = phoenix_passphrase_dialog_dispose;
  object_class->get_property = phoenix_passphrase_dialog_get_property;
  object_class->set_property = phoenix_passphrase_dialog_set_property;

  window_class->close_request = phoenix_passphrase_dialog_close_request;

  properties[PROP_VAULT] =
    g_param_spec_object ("vault", NULL, NULL,
                         PHOENIX_TYPE_VAULT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[PASSPHRASE_CHANGED] =
    g_signal_new ("passphrase-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (PHOENIX_TYPE_STRENGTH_METER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/phoenix-passphrase-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixPassphraseDialog, current_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixPassphraseDialog, new_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixPassphraseDialog, confirm_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixPassphraseDialog, mismatch_revealer);
  gtk_widget_class_bind_template_child (widget_class, PhoenixPassphraseDialog, strength_meter);
  gtk_widget_class_bind_template_child (widget_class, PhoenixPassphraseDialog, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, PhoenixPassphraseDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixPassphraseDialog, busy_revealer);
  gtk_widget_class_bind_template_child (widget_class, PhoenixPassphraseDialog, spinner);
  gtk_widget_class_bind_template_callback (widget_class, entries_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, confirm_activated_cb);

  gtk_widget_class_install_action (widget_class, "passphrase-dialog.change", NULL, change_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
phoenix_passphrase_dialog_init (PhoenixPassphraseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_editable_set_enable_undo (GTK_EDITABLE (self->current_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->new_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->confirm_row), FALSE);
  update (self);
}

PhoenixPassphraseDialog *
phoenix_passphrase_dialog_new (PhoenixVault *vault)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);

  return g_object_new (PHOENIX_TYPE_PASSPHRASE_DIALOG, "vault", vault, NULL);
}

GtkEditable *
_phoenix_passphrase_dialog_get_row (PhoenixPassphraseDialog *self,
                                    const char              *which)
{
  if (g_str_equal (which, "current"))
    return GTK_EDITABLE (self->current_row);
  if (g_str_equal (which, "new"))
    return GTK_EDITABLE (self->new_row);
  if (g_str_equal (which, "confirm"))
    return GTK_EDITABLE (self->confirm_row);

  g_return_val_if_reached (NULL);
}

const char *
_phoenix_passphrase_dialog_get_error (PhoenixPassphraseDialog *self)
{
  return gtk_revealer_get_reveal_child (self->error_revealer) ? gtk_label_get_label (self->error_label) : NULL;
}

gboolean
_phoenix_passphrase_dialog_get_busy (PhoenixPassphraseDialog *self)
{
  return self->busy;
}
