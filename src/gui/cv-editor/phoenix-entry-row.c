/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-entry-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-entry-list-private.h"
#include "phoenix-entry-row.h"
#include "phoenix-form-util.h"
#include "phoenix-validate.h"

struct _PhoenixEntryRow
{
  AdwExpanderRow    parent_instance;

  PhoenixEntryList *list;          /* unowned: the list owns its rows */
  GObject          *entry;
  EntryForm        *form;          /* NULL while folded: built when expanded, released when folded */
  char             *problems;      /* what phoenix_entry_row_validate() found, "" when nothing */
  guint             release_id;    /* folding: the form goes once the fold's animation is over */
  gboolean          fresh;

  GtkCheckButton   *check;
  GtkWidget        *menu_button;
  GtkWidget        *error_row;
  GtkLabel         *error_label;
};

G_DEFINE_FINAL_TYPE (PhoenixEntryRow, phoenix_entry_row, ADW_TYPE_EXPANDER_ROW)

/* AdwExpanderRow's fold takes 250 ms; the form's widgets stay until it has played. */
#define FOLD_RELEASE_DELAY_MS 300

static gboolean
title_or_untitled (GBinding     *binding,
                   const GValue *from,
                   GValue       *to,
                   gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL && *text != '\0' ? text : _((const char *) user_data));
  return TRUE;
}

static void
row_action_cb (GSimpleAction   *action,
               GVariant        *parameter,
               PhoenixEntryRow *self)
{
  PhoenixEntryList *list = self->list;
  const char *name = g_action_get_name (G_ACTION (action));
  int index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));
  guint position, n_items;

  if (list == NULL || index < 0 || !_phoenix_entry_list_entry_position (list, self->entry, &position))
    return;
  n_items = g_list_model_get_n_items (G_LIST_MODEL (list->display));

  /* Moves go by the rows as shown: the variant's order in variant mode. */
  if (g_str_equal (name, "move-up") && index > 0)
    _phoenix_entry_list_move_row (list, index, index - 1);
  else if (g_str_equal (name, "move-down") && (guint) index + 1 < n_items)
    _phoenix_entry_list_move_row (list, index, index + 1);
  else if (g_str_equal (name, "remove"))
    phoenix_entry_list_remove (list, position);
  else if (g_str_equal (name, "menu"))
    gtk_menu_button_popup (GTK_MENU_BUTTON (self->menu_button));
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource   *source,
                 double           x,
                 double           y,
                 PhoenixEntryRow *self)
{
  return gdk_content_provider_new_typed (G_OBJECT_TYPE (self->entry), self->entry);
}

static void
drag_begin_cb (GtkDragSource *source,
               GdkDrag       *drag,
               GtkWidget     *row)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (row);

  gtk_drag_source_set_icon (source, paintable, 0, 0);
}

static gboolean
drop_cb (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         PhoenixEntryRow *self)
{
  GObject *dropped = g_value_get_object (value);
  int to = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));
  guint from;

  if (self->list == NULL || dropped == NULL || to < 0 || !g_list_store_find (self->list->display, dropped, &from))
    return FALSE;

  if (from != (guint) to)
    _phoenix_entry_list_move_row (self->list, from, to);
  return TRUE;
}

/* The problems under the form, when it is built. */
static void
show_problems (PhoenixEntryRow *self)
{
  if (self->error_row == NULL)
    return;

  gtk_label_set_label (self->error_label, self->problems);
  gtk_widget_set_visible (self->error_row, *self->problems != '\0');
}

/* Shows every problem of the entry under its form (or hides the message). */
void
phoenix_entry_row_validate (PhoenixEntryRow *self)
{
  const EntrySection *section;
  GObject *entry;
  g_autoptr(GString) problems = g_string_new (NULL);
  g_autofree char *title = NULL;
  g_autofree char *start = NULL;
  g_autofree char *end = NULL;
  gboolean current = FALSE;

  g_return_if_fail (PHOENIX_IS_ENTRY_ROW (self));

  if (self->list == NULL)
    return;
  section = self->list->section;
  entry = self->entry;

  g_object_get (entry, section->title_property, &title, NULL);
  g_strstrip (title);
  if (*title == '\0' && !self->fresh)
    g_string_append (problems, _("Give this entry a title."));

  for (const EntryField *field = section->fields; field->property != NULL; field++)
    {
      g_autofree char *text = NULL;
      g_autofree char *message = NULL;

      if (field->kind == KIND_CURRENT)
        g_object_get (entry, field->property, &current, NULL);
      if (field->kind != KIND_URL && field->kind != KIND_START && field->kind != KIND_END &&
          field->kind != KIND_DATE)
        continue;

      g_object_get (entry, field->property, &text, NULL);
      if (field->kind == KIND_START)
        start = g_strdup (text);
      else if (field->kind == KIND_END)
        end = g_strdup (text);

      if (field->kind == KIND_URL ? !phoenix_validate_url (text, &message)
                                  : !phoenix_validate_date (text, &message))
        {
          if (problems->len > 0)
            g_string_append_c (problems, '\n');
          g_string_append (problems, message);
        }
    }

  if (!current && start != NULL && end != NULL && *start != '\0' && *end != '\0' &&
      strncmp (end, start, MIN (strlen (start), strlen (end))) < 0)
    {
      if (problems->len > 0)
        g_string_append_c (problems, '\n');
      g_string_append (problems, _("The end comes before the start."));
    }

  g_free (self->problems);
  self->problems = g_strdup (problems->str);
  show_problems (self);
  if (problems->len > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
}

/* Creates the menu when it first opens: a folded row holds no popover. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  g_autoptr(GMenu) menu = NULL;

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;

  menu = g_menu_new ();
  g_menu_append (menu, _("Move _Up"), "entry.move-up");
  g_menu_append (menu, _("Move _Down"), "entry.move-down");
  g_menu_append (menu, _("_Remove"), "entry.remove");
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

/* Builds the form when the row opens: every field of the section, bound to the entry,
 * and the problems under them. */
static void
ensure_form (PhoenixEntryRow *self)
{
  GPtrArray *rows;

  g_clear_handle_id (&self->release_id, g_source_remove);
  if (self->form != NULL || self->list == NULL)
    return;

  self->form = _phoenix_entry_form_new (self->list, self->entry);
  rows = _phoenix_entry_form_get_rows (self->form);
  for (guint i = 0; i < rows->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (self), g_ptr_array_index (rows, i));

  self->error_row = GTK_WIDGET (_phoenix_form_new_error_row (&self->error_label));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->error_row);
  show_problems (self);
}

/* Drops the form of a folded row: its widgets go, the entry keeps every value. */
static void
release_form (PhoenixEntryRow *self)
{
  g_clear_handle_id (&self->release_id, g_source_remove);
  if (self->form == NULL)
    return;

  if (self->error_row != NULL)
    adw_expander_row_remove (ADW_EXPANDER_ROW (self), self->error_row);
  self->error_row = NULL;
  self->error_label = NULL;
  {
    GPtrArray *rows = _phoenix_entry_form_get_rows (self->form);

    for (guint i = 0; i < rows->len; i++)
      adw_expander_row_remove (ADW_EXPANDER_ROW (self), g_ptr_array_index (rows, i));
  }
  g_clear_pointer (&self->form, _phoenix_entry_form_free);
}

static gboolean
release_form_cb (gpointer data)
{
  PhoenixEntryRow *self = data;

  self->release_id = 0;
  if (!adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    release_form (self);
  return G_SOURCE_REMOVE;
}

static void
expanded_changed_cb (PhoenixEntryRow *self)
{
  gboolean animate = FALSE;

  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)))
    {
      ensure_form (self);
      return;
    }

  /* Folded: the form goes once the fold has played (at once without animations). */
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-enable-animations", &animate, NULL);
  if (!animate || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    release_form (self);
  else if (self->release_id == 0)
    self->release_id = g_timeout_add (FOLD_RELEASE_DELAY_MS, release_form_cb, self);
}

/* Builds what a folded row shows: the entry's title and subtitle, the drag handle, the
 * variant mode's check and the menu button (its menu made when it opens). */
static void
build_header (PhoenixEntryRow *self)
{
  const EntrySection *section = self->list->section;
  GObject *entry = self->entry;
  GtkWidget *row = GTK_WIDGET (self);
  GtkWidget *menu_button = gtk_menu_button_new ();
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkWidget *check = gtk_check_button_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  static const char * const action_names[] = { "move-up", "move-down", "remove", "menu" };
  GtkDragSource *drag_source;
  GtkDropTarget *drop_target;
  GtkEventController *shortcuts;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  g_object_bind_property_full (entry, section->title_property, row, "title", G_BINDING_SYNC_CREATE,
                               title_or_untitled, NULL, (gpointer) section->untitled, NULL);
  g_object_bind_property (entry, section->subtitle_property, row, "subtitle", G_BINDING_SYNC_CREATE);

  /* Row menu, with Alt+Up and Alt+Down for the keyboard. */
  for (guint i = 0; i < G_N_ELEMENTS (action_names); i++)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new (action_names[i], NULL);

      g_signal_connect_object (action, "activate", G_CALLBACK (row_action_cb), self, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }
  gtk_widget_insert_action_group (row, "entry", G_ACTION_GROUP (group));
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (menu_button), create_menu_cb, NULL, NULL);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  _phoenix_form_set_lazy_tooltip (menu_button, _("Move or Remove"));
  _phoenix_form_label_menu_button (menu_button, _("Move or Remove"));
  /* One Tab stop a row: the menu opens with the menu key or Shift+F10 on the row. */
  gtk_widget_set_can_focus (menu_button, FALSE);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), menu_button);
  self->menu_button = menu_button;

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Alt>Up"),
                                                          gtk_named_action_new ("entry.move-up")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Alt>Down"),
                                                          gtk_named_action_new ("entry.move-down")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Shift>F10|Menu"),
                                                          gtk_named_action_new ("entry.menu")));
  gtk_widget_add_controller (row, shortcuts);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Alt+Up and Alt+Down move it; the menu key offers to remove it"), -1);

  /* Drag by the handle; drop on any row of the list. */
  _phoenix_form_set_lazy_tooltip (handle, _("Drag to reorder"));
  gtk_widget_add_css_class (handle, "dim-label");
  gtk_accessible_update_property (GTK_ACCESSIBLE (handle), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Drag to reorder"), -1);
  drag_source = gtk_drag_source_new ();
  gtk_drag_source_set_actions (drag_source, GDK_ACTION_MOVE);
  g_signal_connect_object (drag_source, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
  g_signal_connect_object (drag_source, "drag-begin", G_CALLBACK (drag_begin_cb), row, 0);
  gtk_widget_add_controller (handle, GTK_EVENT_CONTROLLER (drag_source));
  drop_target = gtk_drop_target_new (section->get_type (), GDK_ACTION_MOVE);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (drop_cb), self, 0);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (drop_target));
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), handle);

  /* Variant mode: whether the variant shows this entry. */
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  _phoenix_form_set_lazy_tooltip (check, _("Show in this CV"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show in this CV"), -1);
  gtk_widget_set_visible (check, FALSE);
  g_signal_connect_object (check, "toggled", G_CALLBACK (_phoenix_entry_list_check_toggled_cb), self->list, 0);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), check);
  self->check = GTK_CHECK_BUTTON (check);

  g_signal_connect (row, "notify::expanded", G_CALLBACK (expanded_changed_cb), NULL);

  g_signal_connect_object (entry, "notify", G_CALLBACK (phoenix_entry_row_validate), self, G_CONNECT_SWAPPED);
  phoenix_entry_row_validate (self);
}


static void
phoenix_entry_row_dispose (GObject *object)
{
  PhoenixEntryRow *self = PHOENIX_ENTRY_ROW (object);

  g_clear_handle_id (&self->release_id, g_source_remove);
  g_clear_pointer (&self->form, _phoenix_entry_form_free);
  g_clear_object (&self->entry);
  self->list = NULL;
  self->error_row = NULL;
  self->error_label = NULL;

  G_OBJECT_CLASS (phoenix_entry_row_parent_class)->dispose (object);
}

static void
phoenix_entry_row_finalize (GObject *object)
{
  PhoenixEntryRow *self = PHOENIX_ENTRY_ROW (object);

  g_free (self->problems);

  G_OBJECT_CLASS (phoenix_entry_row_parent_class)->finalize (object);
}

static void
phoenix_entry_row_class_init (PhoenixEntryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phoenix_entry_row_dispose;
  object_class->finalize = phoenix_entry_row_finalize;
}

static void
phoenix_entry_row_init (PhoenixEntryRow *self)
{
  self->problems = g_strdup ("");
}

PhoenixEntryRow *
phoenix_entry_row_new (PhoenixEntryList *list,
                       GObject          *entry)
{
  PhoenixEntryRow *self;

  g_return_val_if_fail (PHOENIX_IS_ENTRY_LIST (list), NULL);
  g_return_val_if_fail (G_IS_OBJECT (entry), NULL);

  self = g_object_new (PHOENIX_TYPE_ENTRY_ROW, NULL);
  self->list = list;
  self->entry = g_object_ref (entry);
  build_header (self);

  return self;
}

GObject *
phoenix_entry_row_get_entry (PhoenixEntryRow *self)
{
  g_return_val_if_fail (PHOENIX_IS_ENTRY_ROW (self), NULL);

  return self->entry;
}

GtkCheckButton *
phoenix_entry_row_get_check (PhoenixEntryRow *self)
{
  g_return_val_if_fail (PHOENIX_IS_ENTRY_ROW (self), NULL);

  return self->check;
}

gpointer
phoenix_entry_row_get_field (PhoenixEntryRow *self,
                             const char      *property)
{
  g_return_val_if_fail (PHOENIX_IS_ENTRY_ROW (self), NULL);
  g_return_val_if_fail (property != NULL, NULL);

  return self->form != NULL ? _phoenix_entry_form_get_field (self->form, property) : NULL;
}

PhoenixSpellUnderline *
phoenix_entry_row_get_spell (PhoenixEntryRow *self,
                             const char      *property)
{
  g_return_val_if_fail (PHOENIX_IS_ENTRY_ROW (self), NULL);

  return self->form != NULL ? _phoenix_entry_form_get_spell (self->form, property) : NULL;
}

void
phoenix_entry_row_open_fresh (PhoenixEntryRow *self)
{
  GtkWidget *first;

  g_return_if_fail (PHOENIX_IS_ENTRY_ROW (self));

  self->fresh = TRUE;
  phoenix_entry_row_validate (self);
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
  first = phoenix_entry_row_get_field (self, self->list->section->fields[0].property);
  if (GTK_IS_WIDGET (first))
    gtk_widget_grab_focus (first);
}

const char *
phoenix_entry_row_get_error (PhoenixEntryRow *self)
{
  g_return_val_if_fail (PHOENIX_IS_ENTRY_ROW (self), NULL);

  return *self->problems != '\0' ? self->problems : NULL;
}
