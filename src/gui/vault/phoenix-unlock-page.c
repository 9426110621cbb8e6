/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-unlock-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "phoenix-form-util.h"
#include "phoenix-unlock-page-private.h"
#include "phoenix-unlock-page.h"

#define SHAKE_DISTANCE 12.0
#define SHAKE_DURATION_MS 450

struct _PhoenixUnlockPage
{
  AdwBin               parent_instance;

  PhoenixVault        *vault;
  GCancellable        *cancellable;
  AdwAnimation        *shake;
  gboolean             busy;

  /* Template widgets */
  AdwPreferencesGroup *entry_group;
  AdwPasswordEntryRow *passphrase_row;
  GtkRevealer         *error_revealer;
  GtkLabel            *error_label;
  GtkStack            *action_stack;
  GtkSpinner          *spinner;
};

enum {
  PROP_0,
  PROP_VAULT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixUnlockPage, phoenix_unlock_page, ADW_TYPE_BIN)

static void
update_unlock_action (PhoenixUnlockPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "unlock-page.unlock",
                                 !self->busy && text != NULL && *text != '\0');
}

static void
set_busy (PhoenixUnlockPage *self,
          gboolean           busy)
{
  self->busy = busy;
  _phoenix_form_set_busy ((GtkWidget *[]) { GTK_WIDGET (self->passphrase_row), NULL },
                          self->action_stack, self->spinner, busy);
  update_unlock_action (self);
}

static void
hide_error (PhoenixUnlockPage *self)
{
  _phoenix_form_show_error (self->error_revealer, self->error_label, NULL);
  _phoenix_form_set_row_error (GTK_WIDGET (self->passphrase_row), NULL);
}

static void
shake_cb (double   value,
          gpointer user_data)
{
  PhoenixUnlockPage *self = PHOENIX_UNLOCK_PAGE (user_data);
  /* Three swings that fade out. */
  double offset = sin (value * G_PI * 6) * SHAKE_DISTANCE * (1.0 - value);
  int shift = (int) round (offset);

  gtk_widget_set_margin_start (GTK_WIDGET (self->entry_group), MAX (0, shift) + (int) SHAKE_DISTANCE);
  gtk_widget_set_margin_end (GTK_WIDGET (self->entry_group), MAX (0, -shift) + (int) SHAKE_DISTANCE);
}

static void
shake (PhoenixUnlockPage *self)
{
  if (self->shake == NULL)
    {
      AdwAnimationTarget *target = adw_callback_animation_target_new (shake_cb, self, NULL);

      self->shake = adw_timed_animation_new (GTK_WIDGET (self->entry_group), 0.0, 1.0,
                                             SHAKE_DURATION_MS, target);
      adw_timed_animation_set_easing (ADW_TIMED_ANIMATION (self->shake), ADW_LINEAR);
    }

  adw_animation_reset (self->shake);
  adw_animation_play (self->shake);
}

static void
vault_unlocked_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PhoenixUnlockPage) self = PHOENIX_UNLOCK_PAGE (user_data);
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->cancellable);
  set_busy (self, FALSE);

  if (!phoenix_vault_unlock_finish (PHOENIX_VAULT (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      phoenix_unlock_page_show_error (self, error->message);

      if (g_error_matches (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_WRONG_PASSPHRASE))
        {
          shake (self);
          _phoenix_form_select_row (GTK_WIDGET (self->passphrase_row));
        }
      return;
    }

  /* The window follows the vault's "unlocked" property and shows the profile. */
  phoenix_unlock_page_reset (self);
}

static void
unlock_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PhoenixUnlockPage *self = PHOENIX_UNLOCK_PAGE (widget);
  const char *passphrase = gtk_editable_get_text (GTK_EDITABLE (self->passphrase_row));

  if (self->busy || passphrase == NULL || *passphrase == '\0')
    return;

  hide_error (self);
  set_busy (self, TRUE);

  self->cancellable = g_cancellable_new ();
  phoenix_vault_unlock_async (self->vault, passphrase, self->cancellable,
                              vault_unlocked_cb, g_object_ref (self));
}

static void
passphrase_changed_cb (PhoenixUnlockPage *self)
{
  update_unlock_action (self);
}

static void
passphrase_activated_cb (PhoenixUnlockPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "unlock-page.unlock", NULL);
}

static void
phoenix_unlock_page_dispose (GObject *object)
{
  PhoenixUnlockPage *self = PHOENIX_UNLOCK_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->shake);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_UNLOCK_PAGE);

  g_clear_object (&self->vault);

  G_OBJECT_CLASS (phoenix_unlock_page_parent_class)->dispose (object);
}

static void
phoenix_unlock_page_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PhoenixUnlockPage *self = PHOENIX_UNLOCK_PAGE (object);

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
phoenix_unlock_page_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PhoenixUnlockPage *self = PHOENIX_UNLOCK_PAGE (object);

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
phoenix_unlock_page_class_init (PhoenixUnlockPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phoenix_unlock_page_dispose;
  object_class->get_property = phoenix_unlock_page_get_property;
  object_class->set_property = phoenix_unlock_page_set_property;

  properties[PROP_VAULT] =
    g_param_spec_object ("vault", NULL, NULL,
                         PHOENIX_TYPE_VAULT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-unlock-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixUnlockPage, entry_group);
  gtk_widget_class_bind_template_child (widget_class, PhoenixUnlockPage, passphrase_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixUnlockPage, error_revealer);
  gtk_widget_class_bind_template_child (widget_class, PhoenixUnlockPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixUnlockPage, action_stack);
  gtk_widget_class_bind_template_child (widget_class, PhoenixUnlockPage, spinner);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, passphrase_activated_cb);

  gtk_widget_class_install_action (widget_class, "unlock-page.unlock", NULL, unlock_action);
}

static void
phoenix_unlock_page_init (PhoenixUnlockPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_widget_set_margin_start (GTK_WIDGET (self->entry_group), (int) SHAKE_DISTANCE);
  gtk_widget_set_margin_end (GTK_WIDGET (self->entry_group), (int) SHAKE_DISTANCE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->passphrase_row), FALSE);
  update_unlock_action (self);
}

PhoenixUnlockPage *
phoenix_unlock_page_new (PhoenixVault *vault)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);

  return g_object_new (PHOENIX_TYPE_UNLOCK_PAGE, "vault", vault, NULL);
}

void
phoenix_unlock_page_reset (PhoenixUnlockPage *self)
{
  g_return_if_fail (PHOENIX_IS_UNLOCK_PAGE (self));

  gtk_editable_set_text (GTK_EDITABLE (self->passphrase_row), "");
  hide_error (self);
  update_unlock_action (self);
}

void
phoenix_unlock_page_focus (PhoenixUnlockPage *self)
{
  g_return_if_fail (PHOENIX_IS_UNLOCK_PAGE (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->passphrase_row));
}

void
phoenix_unlock_page_show_error (PhoenixUnlockPage *self,
                                const char        *message)
{
  g_return_if_fail (PHOENIX_IS_UNLOCK_PAGE (self));
  g_return_if_fail (message != NULL);

  _phoenix_form_show_error (self->error_revealer, self->error_label, message);
  _phoenix_form_set_row_error (GTK_WIDGET (self->passphrase_row), message);
}

GtkEditable *
_phoenix_unlock_page_get_passphrase_row (PhoenixUnlockPage *self)
{
  return GTK_EDITABLE (self->passphrase_row);
}

GtkWidget *
_phoenix_unlock_page_get_unlock_button (PhoenixUnlockPage *self)
{
  return gtk_stack_get_child_by_name (self->action_stack, "button");
}

GtkWidget *
_phoenix_unlock_page_get_error_label (PhoenixUnlockPage *self)
{
  return GTK_WIDGET (self->error_label);
}

gboolean
_phoenix_unlock_page_get_error_visible (PhoenixUnlockPage *self)
{
  return gtk_revealer_get_reveal_child (self->error_revealer);
}

gboolean
_phoenix_unlock_page_get_busy (PhoenixUnlockPage *self)
{
  return self->busy;
}
