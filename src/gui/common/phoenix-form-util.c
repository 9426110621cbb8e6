/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-form"

#include "config.h"

#include "phoenix-form-util.h"

void
_phoenix_form_set_busy (GtkWidget * const *rows,
                        GtkStack          *action_stack,
                        GtkSpinner        *spinner,
                        gboolean           busy)
{
  for (guint i = 0; rows[i] != NULL; i++)
    gtk_widget_set_sensitive (rows[i], !busy);

  if (action_stack != NULL)
    gtk_stack_set_visible_child_name (action_stack, busy ? "busy" : "button");
  gtk_spinner_set_spinning (spinner, busy);
}

void
_phoenix_form_show_error (GtkRevealer *revealer,
                          GtkLabel    *label,
                          const char  *message)
{
  if (message != NULL)
    gtk_label_set_label (label, message);
  gtk_revealer_set_reveal_child (revealer, message != NULL);
}

void
_phoenix_form_set_row_error (GtkWidget  *row,
                             const char *message)
{
  if (message != NULL)
    {
      gtk_widget_add_css_class (row, "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (row),
                                   GTK_ACCESSIBLE_STATE_INVALID, GTK_ACCESSIBLE_INVALID_TRUE,
                                   -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, message,
                                      -1);
    }
  else
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_INVALID);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
    }
}

void
_phoenix_form_select_row (GtkWidget *row)
{
  gtk_widget_grab_focus (row);
  gtk_editable_select_region (GTK_EDITABLE (row), 0, -1);
}

void
_phoenix_form_show_field_error (GtkWidget     *row,
                                GtkListBoxRow *error_row,
                                GtkLabel      *error_label,
                                const char    *message)
{
  _phoenix_form_set_row_error (row, message);
  gtk_label_set_label (error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (error_row), message != NULL);
  if (message != NULL)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (row),
                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, error_label, NULL,
                                    -1);
  else
    gtk_accessible_reset_relation (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY);
}

void
_phoenix_form_validate_field (GtkWidget               *row,
                              GtkListBoxRow           *error_row,
                              GtkLabel                *error_label,
                              PhoenixFormValidateFunc  func,
                              gboolean                 show_invalid)
{
  g_autofree char *message = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (func (text, &message))
    _phoenix_form_show_field_error (row, error_row, error_label, NULL);
  else if (show_invalid)
    _phoenix_form_show_field_error (row, error_row, error_label, message);
}

GtkListBoxRow *
_phoenix_form_new_error_row (GtkLabel **label)
{
  GtkWidget *error_row = gtk_list_box_row_new ();
  GtkWidget *error_label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (error_label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (error_label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (error_label), 0);
  gtk_widget_add_css_class (error_label, "error");
  gtk_widget_add_css_class (error_label, "caption");
  gtk_widget_add_css_class (error_label, "phoenix-field-error");
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (error_row), error_label);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (error_row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (error_row), FALSE);
  gtk_widget_set_focusable (error_row, FALSE);
  gtk_widget_set_visible (error_row, FALSE);

  *label = GTK_LABEL (error_label);
  return GTK_LIST_BOX_ROW (error_row);
}

static gboolean
lazy_tooltip_cb (GtkWidget  *widget,
                 int         x,
                 int         y,
                 gboolean    keyboard,
                 GtkTooltip *tooltip,
                 gpointer    user_data)
{
  const char *text = g_object_get_data (G_OBJECT (widget), "phoenix-lazy-tooltip");

  if (text == NULL || *text == '\0')
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
_phoenix_form_set_lazy_tooltip (GtkWidget  *widget,
                                const char *text)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (g_object_get_data (G_OBJECT (widget), "phoenix-lazy-tooltip") == NULL)
    {
      g_signal_connect (widget, "query-tooltip", G_CALLBACK (lazy_tooltip_cb), NULL);
      gtk_widget_set_has_tooltip (widget, TRUE);
    }
  else if (g_strcmp0 (g_object_get_data (G_OBJECT (widget), "phoenix-lazy-tooltip"), text) == 0)
    {
      return;
    }
  g_object_set_data_full (G_OBJECT (widget), "phoenix-lazy-tooltip", g_strdup (text != NULL ? text : ""), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

void
_phoenix_form_label_menu_button (GtkWidget  *menu_button,
                                 const char *label)
{
  GtkWidget *button;

  g_return_if_fail (GTK_IS_MENU_BUTTON (menu_button));

  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* GTK 4.8 gives focus, and the screen reader, the toggle button inside. */
  for (button = gtk_widget_get_first_child (menu_button); button != NULL; button = gtk_widget_get_next_sibling (button))
    if (GTK_IS_BUTTON (button))
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}
