/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-entry-chip"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-entry-chip.h"
#include "phoenix-entry-list-private.h"
#include "phoenix-form-util.h"

struct _PhoenixEntryChip
{
  GtkFlowBoxChild   parent_instance;

  PhoenixEntryList *list;     /* unowned: the list owns its chips */
  GObject          *entry;
  EntryForm        *form;
  char             *text;

  GtkCheckButton   *check;
  GtkWidget        *button;   /* a GtkMenuButton */
  GtkLabel         *name_label;
  GtkLabel         *level_label;
  GtkPopover       *popover;
  GtkListBox       *fields;   /* the popover's form rows: filled while it is open */
};

G_DEFINE_FINAL_TYPE (PhoenixEntryChip, phoenix_entry_chip, GTK_TYPE_FLOW_BOX_CHILD)

/* The pill's text and its name for screen readers. */
static void
update_text (PhoenixEntryChip *self)
{
  const EntrySection *section = self->list->section;
  g_autofree char *name = NULL;
  g_autofree char *level = NULL;
  g_autofree char *spoken = NULL;
  const char *shown_level = "";

  g_object_get (self->entry, section->title_property, &name, NULL);
  if (name == NULL || *g_strstrip (name) == '\0')
    {
      g_free (name);
      name = g_strdup (_(section->untitled));
    }
  if (section->level_property != NULL)
    {
      g_object_get (self->entry, section->level_property, &level, NULL);
      if (level != NULL && *level != '\0')
        shown_level = _phoenix_entry_form_describe_level (level, g_str_equal (section->id, "languages"));
    }

  gtk_label_set_label (self->name_label, name);
  gtk_label_set_label (self->level_label, shown_level);
  gtk_widget_set_visible (GTK_WIDGET (self->level_label), *shown_level != '\0');

  g_free (self->text);
  self->text = *shown_level != '\0' ? g_strdup_printf ("%s · %s", name, shown_level) : g_strdup (name);
  /* Translators: a chip for screen readers: a skill or language, then its level, e.g. “Python, Advanced” */
  spoken = *shown_level != '\0' ? g_strdup_printf (_("%s, %s"), name, shown_level) : g_strdup (name);
  _phoenix_form_label_menu_button (self->button, spoken);
  _phoenix_form_set_lazy_tooltip (self->button, _("Edit, or remove with Delete"));
}

/* The chip's keys act on the chip, not while its popover is open (its fields take them). */
static gboolean
button_focused (PhoenixEntryChip *self)
{
  return !gtk_widget_get_visible (GTK_WIDGET (self->popover));
}

static gboolean
remove_cb (GtkWidget *widget,
           GVariant  *args,
           gpointer   user_data)
{
  PhoenixEntryChip *self = PHOENIX_ENTRY_CHIP (widget);
  guint position;

  if (!button_focused (self) || self->list == NULL ||
      !_phoenix_entry_list_entry_position (self->list, self->entry, &position))
    return FALSE;

  phoenix_entry_list_remove (self->list, position);
  return TRUE;
}

static gboolean
move_cb (GtkWidget *widget,
         GVariant  *args,
         gpointer   user_data)
{
  PhoenixEntryChip *self = PHOENIX_ENTRY_CHIP (widget);
  int step = GPOINTER_TO_INT (user_data);
  int index;
  guint n_items;

  if (!button_focused (self) || self->list == NULL)
    return FALSE;

  index = _phoenix_entry_list_get_item_index (self->list, widget);
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->list->display));
  if (index < 0 || index + step < 0 || (guint) (index + step) >= n_items)
    return TRUE;

  _phoenix_entry_list_move_row (self->list, index, index + step);
  return TRUE;
}

static void
remove_clicked_cb (PhoenixEntryChip *self)
{
  guint position;

  gtk_popover_popdown (self->popover);
  if (self->list != NULL && _phoenix_entry_list_entry_position (self->list, self->entry, &position))
    phoenix_entry_list_remove (self->list, position);
}

/* The chip's fields are built when its popover opens (or a test reaches them), and released
 * when it closes: a closed chip is a pill, a label and a check. */
static void
ensure_form (PhoenixEntryChip *self)
{
  GPtrArray *rows;

  if (self->form != NULL || self->list == NULL)
    return;

  self->form = _phoenix_entry_form_new (self->list, self->entry);
  rows = _phoenix_entry_form_get_rows (self->form);
  for (guint i = 0; i < rows->len; i++)
    gtk_list_box_append (self->fields, g_ptr_array_index (rows, i));
}

static void
release_form (PhoenixEntryChip *self)
{
  GtkWidget *child;

  if (self->form == NULL)
    return;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->fields))) != NULL)
    gtk_list_box_remove (self->fields, child);
  g_clear_pointer (&self->form, _phoenix_entry_form_free);
}

static void
popover_closed_cb (PhoenixEntryChip *self)
{
  release_form (self);
}

static void
popover_shown_cb (PhoenixEntryChip *self)
{
  GtkWidget *first = phoenix_entry_chip_get_field (self, self->list->section->fields[0].property);

  if (GTK_IS_WIDGET (first))
    gtk_widget_grab_focus (first);
}

static void
build (PhoenixEntryChip *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *popover_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *fields = gtk_list_box_new ();
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove"));
  GtkWidget *check = gtk_check_button_new ();
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();
  struct { const char *trigger; GtkShortcutFunc func; int step; } keys[] = {
    { "Delete|BackSpace", remove_cb, 0 },
    { "<Alt>Left|<Alt>Up", move_cb, -1 },
    { "<Alt>Right|<Alt>Down", move_cb, 1 },
  };

  gtk_widget_set_focusable (GTK_WIDGET (self), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "phoenix-chip");

  /* Variant mode: whether the variant shows this entry. */
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  _phoenix_form_set_lazy_tooltip (check, _("Show in this CV"));
  gtk_widget_set_visible (check, FALSE);
  g_signal_connect_object (check, "toggled", G_CALLBACK (_phoenix_entry_list_check_toggled_cb), self->list, 0);
  self->check = GTK_CHECK_BUTTON (check);
  gtk_box_append (GTK_BOX (box), check);

  self->name_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_ellipsize (self->name_label, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (self->name_label, 28);
  self->level_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->level_label), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (self->level_label), "caption");
  gtk_box_append (GTK_BOX (labels), GTK_WIDGET (self->name_label));
  gtk_box_append (GTK_BOX (labels), GTK_WIDGET (self->level_label));

  self->fields = GTK_LIST_BOX (fields);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (fields), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (fields, "boxed-list");
  gtk_widget_set_size_request (fields, 280, -1);
  gtk_widget_add_css_class (remove, "destructive-action");
  gtk_widget_set_halign (remove, GTK_ALIGN_END);
  g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (popover_box), fields);
  gtk_box_append (GTK_BOX (popover_box), remove);
  gtk_widget_set_margin_top (popover_box, 6);
  gtk_widget_set_margin_bottom (popover_box, 6);
  gtk_widget_set_margin_start (popover_box, 6);
  gtk_widget_set_margin_end (popover_box, 6);

  self->popover = GTK_POPOVER (gtk_popover_new ());
  gtk_popover_set_child (self->popover, popover_box);
  g_signal_connect_object (self->popover, "show", G_CALLBACK (ensure_form), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->popover, "show", G_CALLBACK (popover_shown_cb), self,
                           G_CONNECT_SWAPPED | G_CONNECT_AFTER);
  g_signal_connect_object (self->popover, "closed", G_CALLBACK (popover_closed_cb), self, G_CONNECT_SWAPPED);

  self->button = gtk_menu_button_new ();
  gtk_menu_button_set_child (GTK_MENU_BUTTON (self->button), labels);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (self->button), GTK_WIDGET (self->popover));
  gtk_menu_button_set_always_show_arrow (GTK_MENU_BUTTON (self->button), FALSE);
  gtk_widget_add_css_class (self->button, "flat");
  gtk_box_append (GTK_BOX (box), self->button);

  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (self), box);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i].trigger),
                                                            gtk_callback_action_new (keys[i].func,
                                                                                     GINT_TO_POINTER (keys[i].step),
                                                                                     NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Enter edits it, Delete removes it, Alt and the arrow keys move it"), -1);

  g_signal_connect_object (self->entry, "notify", G_CALLBACK (update_text), self, G_CONNECT_SWAPPED);
  update_text (self);
  {
    /* Translators: a check button on a chip for screen readers, e.g. “Show Python in this CV” */
    g_autofree char *label = g_strdup_printf (_("Show %s in this CV"), gtk_label_get_label (self->name_label));

    gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
}

static void
phoenix_entry_chip_dispose (GObject *object)
{
  PhoenixEntryChip *self = PHOENIX_ENTRY_CHIP (object);

  g_clear_pointer (&self->form, _phoenix_entry_form_free);
  self->fields = NULL;
  g_clear_object (&self->entry);
  self->list = NULL;

  G_OBJECT_CLASS (phoenix_entry_chip_parent_class)->dispose (object);
}

static void
phoenix_entry_chip_finalize (GObject *object)
{
  PhoenixEntryChip *self = PHOENIX_ENTRY_CHIP (object);

  g_free (self->text);

  G_OBJECT_CLASS (phoenix_entry_chip_parent_class)->finalize (object);
}

static void
phoenix_entry_chip_class_init (PhoenixEntryChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phoenix_entry_chip_dispose;
  object_class->finalize = phoenix_entry_chip_finalize;
}

static void
phoenix_entry_chip_init (PhoenixEntryChip *self)
{
}

PhoenixEntryChip *
phoenix_entry_chip_new (PhoenixEntryList *list,
                        GObject          *entry)
{
  PhoenixEntryChip *self;

  g_return_val_if_fail (PHOENIX_IS_ENTRY_LIST (list), NULL);
  g_return_val_if_fail (G_IS_OBJECT (entry), NULL);

  self = g_object_new (PHOENIX_TYPE_ENTRY_CHIP, NULL);
  self->list = list;
  self->entry = g_object_ref (entry);
  build (self);

  return self;
}

GObject *
phoenix_entry_chip_get_entry (PhoenixEntryChip *self)
{
  g_return_val_if_fail (PHOENIX_IS_ENTRY_CHIP (self), NULL);

  return self->entry;
}

GtkCheckButton *
phoenix_entry_chip_get_check (PhoenixEntryChip *self)
{
  g_return_val_if_fail (PHOENIX_IS_ENTRY_CHIP (self), NULL);

  return self->check;
}

gpointer
phoenix_entry_chip_get_field (PhoenixEntryChip *self,
                              const char       *property)
{
  g_return_val_if_fail (PHOENIX_IS_ENTRY_CHIP (self), NULL);

  ensure_form (self);
  return self->form != NULL ? _phoenix_entry_form_get_field (self->form, property) : NULL;
}

void
phoenix_entry_chip_edit (PhoenixEntryChip *self)
{
  g_return_if_fail (PHOENIX_IS_ENTRY_CHIP (self));

  gtk_menu_button_popup (GTK_MENU_BUTTON (self->button));
}

const char *
phoenix_entry_chip_get_text (PhoenixEntryChip *self)
{
  g_return_val_if_fail (PHOENIX_IS_ENTRY_CHIP (self), NULL);

  return self->text;
}

GtkWidget *
phoenix_entry_chip_get_button (PhoenixEntryChip *self)
{
  g_return_val_if_fail (PHOENIX_IS_ENTRY_CHIP (self), NULL);

  return self->button;
}
