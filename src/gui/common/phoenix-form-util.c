/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-form"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

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
      {
        /* Its own name only: labelled by the menu button too, it was read twice ("CV Menu CV Menu"). */
        gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
        gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      }
}

/* ---- Names for screen readers that GTK 4.8 gets wrong ---------------------------------- */

static char *
strip_mnemonic (const char *label)
{
  GString *plain = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] != '_')
            continue;
          p++;
        }
      g_string_append_c (plain, *p);
    }

  return g_string_free (plain, FALSE);
}

static void fix_button_name (GtkButton *button);

static void
button_label_changed_cb (GtkButton  *button,
                         GParamSpec *pspec,
                         gpointer    user_data)
{
  fix_button_name (button);
}

static void
fix_button_name (GtkButton *button)
{
  const char *label = gtk_button_get_label (button);

  if (label != NULL && gtk_button_get_use_underline (button) && strchr (label, '_') != NULL)
    {
      g_autofree char *plain = strip_mnemonic (label);

      /* GTK 4.8 reads the label property, underline and all, then the label it is labelled by:
       * "_Unlock Unlock". One name, without the underline. */
      gtk_accessible_reset_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, plain, -1);
    }
  else if (label == NULL && GTK_IS_IMAGE (gtk_button_get_child (button))
           && gtk_widget_get_ancestor (GTK_WIDGET (button), ADW_TYPE_PASSWORD_ENTRY_ROW) != NULL)
    {
      /* libadwaita 1.2's password rows: the button that shows the text has only an icon, read
       * as "GtkImage". */
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show Text"), -1);
    }
  if (g_object_get_data (G_OBJECT (button), "phoenix-name-fixed") == NULL)
    {
      /* A label set later (a button saying what it is doing) is fixed again. */
      g_object_set_data (G_OBJECT (button), "phoenix-name-fixed", GINT_TO_POINTER (1));
      g_signal_connect (button, "notify::label", G_CALLBACK (button_label_changed_cb), NULL);
    }
}

static gboolean
widget_mapped_hook (GSignalInvocationHint *hint,
                    guint                  n_values,
                    const GValue          *values,
                    gpointer               user_data)
{
  GObject *widget = g_value_get_object (&values[0]);

  if (GTK_IS_TOGGLE_BUTTON (widget) && GTK_IS_DROP_DOWN (gtk_widget_get_parent (GTK_WIDGET (widget))))
    {
      /* A drop-down's own button, which takes the focus: read as "GtkToggleButton". */
      const char *tooltip = gtk_widget_get_tooltip_text (gtk_widget_get_parent (GTK_WIDGET (widget)));

      gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      tooltip != NULL ? tooltip : _("Choose"), -1);
    }
  else if (GTK_IS_BUTTON (widget))
    fix_button_name (GTK_BUTTON (widget));
  else if (GTK_IS_MENU_BUTTON (widget) && ADW_IS_SPLIT_BUTTON (gtk_widget_get_parent (GTK_WIDGET (widget))))
    {
      /* A split button's arrow: read as "GtkMenuButton". */
      const char *tooltip = adw_split_button_get_dropdown_tooltip (ADW_SPLIT_BUTTON (gtk_widget_get_parent (GTK_WIDGET (widget))));

      _phoenix_form_label_menu_button (GTK_WIDGET (widget), tooltip != NULL && *tooltip != '\0' ? tooltip : _("More Options"));
    }
  else if (GTK_IS_SCROLLBAR (widget))
    /* Read as "GtkScrollbar" otherwise. */
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    gtk_orientable_get_orientation (GTK_ORIENTABLE (widget)) == GTK_ORIENTATION_VERTICAL
                                      ? _("Vertical Scroll Bar") : _("Horizontal Scroll Bar"), -1);

  return TRUE;
}

gulong
_phoenix_a11y_add_name_fixes (void)
{
  /* The signal exists once the class does. */
  g_type_class_unref (g_type_class_ref (GTK_TYPE_BUTTON));

  return g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0, widget_mapped_hook, NULL, NULL);
}

void
_phoenix_a11y_remove_name_fixes (gulong hook_id)
{
  if (hook_id != 0)
    g_signal_remove_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), hook_id);
}
