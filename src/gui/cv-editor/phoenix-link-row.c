/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-link-row"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-form-util.h"
#include "phoenix-link-row.h"
#include "phoenix-validate.h"

struct _PhoenixLinkRow
{
  AdwExpanderRow  parent_instance;

  PhoenixLink    *link;
  AdwEntryRow    *label_row;
  AdwEntryRow    *url_row;
  GtkListBoxRow  *error_row;
  GtkLabel       *error_label;
};

enum {
  REMOVE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixLinkRow, phoenix_link_row, ADW_TYPE_EXPANDER_ROW)

static gboolean
link_label_to_title (GBinding     *binding,
                     const GValue *from,
                     GValue       *to,
                     gpointer      user_data)
{
  const char *label = g_value_get_string (from);

  g_value_set_string (to, label != NULL && *label != '\0' ? label : _("New Link"));
  return TRUE;
}

static void
remove_clicked_cb (PhoenixLinkRow *self)
{
  g_signal_emit (self, signals[REMOVE], 0);
}

/* While the user types: a fixed error goes at once, a new one waits. */
static void
link_url_changed_cb (PhoenixLinkRow *self)
{
  phoenix_link_row_validate (self, FALSE);
}

static void
build (PhoenixLinkRow *self)
{
  GtkWidget *row = GTK_WIDGET (self);
  GtkWidget *remove_button = gtk_button_new_from_icon_name ("user-trash-symbolic");

  self->label_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  self->url_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  self->error_row = _phoenix_form_new_error_row (&self->error_label);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property_full (self->link, "label", row, "title", G_BINDING_SYNC_CREATE,
                               link_label_to_title, NULL, NULL, NULL);
  g_object_bind_property (self->link, "url", row, "subtitle", G_BINDING_SYNC_CREATE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->label_row), _("Label"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->label_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->label_row), FALSE);
  g_object_bind_property (self->link, "label", self->label_row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->url_row), _("Address"));
  adw_entry_row_set_input_purpose (self->url_row, GTK_INPUT_PURPOSE_URL);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->url_row), FALSE);
  g_object_bind_property (self->link, "url", self->url_row, "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);


  gtk_widget_set_valign (remove_button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (remove_button, _("Remove Link"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove Link"),
                                  -1);
  gtk_widget_add_css_class (remove_button, "flat");
  g_signal_connect_object (remove_button, "clicked", G_CALLBACK (remove_clicked_cb), self, G_CONNECT_SWAPPED);

  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), remove_button);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (self->label_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (self->url_row));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (row), GTK_WIDGET (self->error_row));

  g_signal_connect_object (self->link, "notify::url", G_CALLBACK (link_url_changed_cb), self, G_CONNECT_SWAPPED);
  phoenix_link_row_validate (self, TRUE);
}

static void
phoenix_link_row_dispose (GObject *object)
{
  PhoenixLinkRow *self = PHOENIX_LINK_ROW (object);

  g_clear_object (&self->link);

  G_OBJECT_CLASS (phoenix_link_row_parent_class)->dispose (object);
}

static void
phoenix_link_row_class_init (PhoenixLinkRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phoenix_link_row_dispose;

  /* The user asked to remove the link. */
  signals[REMOVE] =
    g_signal_new ("remove",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
phoenix_link_row_init (PhoenixLinkRow *self)
{
}

PhoenixLinkRow *
phoenix_link_row_new (PhoenixLink *link)
{
  PhoenixLinkRow *self;

  g_return_val_if_fail (PHOENIX_IS_LINK (link), NULL);

  self = g_object_new (PHOENIX_TYPE_LINK_ROW, NULL);
  self->link = g_object_ref (link);
  build (self);

  return self;
}

PhoenixLink *
phoenix_link_row_get_link (PhoenixLinkRow *self)
{
  g_return_val_if_fail (PHOENIX_IS_LINK_ROW (self), NULL);

  return self->link;
}

GtkEditable *
phoenix_link_row_get_field (PhoenixLinkRow *self,
                            const char     *field)
{
  g_return_val_if_fail (PHOENIX_IS_LINK_ROW (self), NULL);

  if (g_strcmp0 (field, "label") == 0)
    return GTK_EDITABLE (self->label_row);
  if (g_strcmp0 (field, "url") == 0)
    return GTK_EDITABLE (self->url_row);
  return NULL;
}

void
phoenix_link_row_validate (PhoenixLinkRow *self,
                           gboolean        show_invalid)
{
  g_return_if_fail (PHOENIX_IS_LINK_ROW (self));

  _phoenix_form_validate_field (GTK_WIDGET (self->url_row), self->error_row, self->error_label,
                                phoenix_validate_url, show_invalid);
}

const char *
phoenix_link_row_get_error (PhoenixLinkRow *self)
{
  g_return_val_if_fail (PHOENIX_IS_LINK_ROW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_row)))
    return NULL;
  return gtk_label_get_label (self->error_label);
}
