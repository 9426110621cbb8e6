/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-entry-row"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-entry-list-private.h"
#include "phoenix-entry-row.h"
#include "phoenix-form-util.h"
#include "phoenix-month-picker.h"
#include "phoenix-validate.h"

/* A one-a-line list field: its text buffer and the entry's string-array property. */
typedef struct
{
  PhoenixEntryRow *row;       /* owns it */
  const char      *property;  /* static, from the section's table */
  GtkTextBuffer   *buffer;
  gboolean         updating;
} LinesField;

struct _PhoenixEntryRow
{
  AdwExpanderRow    parent_instance;

  PhoenixEntryList *list;          /* unowned: the list owns its rows */
  GObject          *entry;
  GHashTable       *fields;        /* property (static) → its field widget or buffer */
  GPtrArray        *lines_fields;  /* LinesField */
  GPtrArray        *level_values;  /* the level row's stored values, as shown */
  AdwComboRow      *level_row;
  gboolean          updating_level;
  gboolean          fresh;

  GtkCheckButton   *check;
  GtkWidget        *error_row;
  GtkLabel         *error_label;
};

G_DEFINE_FINAL_TYPE (PhoenixEntryRow, phoenix_entry_row, ADW_TYPE_EXPANDER_ROW)

/* CEFR levels; the stored value, then what is shown. */
static const char * const level_values[] = { "", "A1", "A2", "B1", "B2", "C1", "C2", "native", NULL };
static const char * const level_labels[] = {
  N_("Not Given"), N_("A1 – Beginner"), N_("A2 – Elementary"), N_("B1 – Intermediate"),
  N_("B2 – Upper Intermediate"), N_("C1 – Advanced"), N_("C2 – Proficient"), N_("Native"), NULL
};

/* Lines of a text buffer, empty ones left out. */
static char **
buffer_lines (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strstrip (lines[i]);
      if (*lines[i] != '\0')
        g_strv_builder_add (builder, lines[i]);
    }

  return g_strv_builder_end (builder);
}

/* The entry's list property → the buffer, one item a line. */
static void
show_lines (LinesField *lines)
{
  g_auto(GStrv) shown = buffer_lines (lines->buffer);
  g_auto(GStrv) value = NULL;
  g_autofree char *text = NULL;

  g_object_get (lines->row->entry, lines->property, &value, NULL);
  if (value == NULL)
    value = g_new0 (char *, 1);
  if (g_strv_equal ((const char * const *) shown, (const char * const *) value))
    return;

  text = g_strjoinv ("\n", value);
  lines->updating = TRUE;
  gtk_text_buffer_set_text (lines->buffer, text, -1);
  lines->updating = FALSE;
}

/* The buffer → the entry's list property. */
static void
lines_buffer_changed_cb (GtkTextBuffer *buffer,
                         LinesField    *lines)
{
  g_auto(GStrv) shown = NULL;
  g_auto(GStrv) current = NULL;

  if (lines->updating)
    return;

  shown = buffer_lines (buffer);
  g_object_get (lines->row->entry, lines->property, &current, NULL);
  if (current == NULL)
    current = g_new0 (char *, 1);
  if (!g_strv_equal ((const char * const *) shown, (const char * const *) current))
    g_object_set (lines->row->entry, lines->property, shown, NULL);
}

static void
lines_property_changed_cb (PhoenixEntryRow *self,
                           GParamSpec      *pspec,
                           GObject         *entry)
{
  for (guint i = 0; i < self->lines_fields->len; i++)
    {
      LinesField *lines = g_ptr_array_index (self->lines_fields, i);

      if (g_str_equal (lines->property, pspec->name))
        show_lines (lines);
    }
}

/* The entry's level → the combo row; a level from elsewhere (“Fluent”) is kept as it is. */
static void
show_level (PhoenixEntryRow *self)
{
  g_autofree char *level = NULL;
  guint position = G_MAXUINT;

  g_object_get (self->entry, "level", &level, NULL);
  for (guint i = 0; i < self->level_values->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (self->level_values, i), level) == 0)
      position = i;

  if (position == G_MAXUINT)
    {
      g_ptr_array_add (self->level_values, g_strdup (level));
      gtk_string_list_append (GTK_STRING_LIST (adw_combo_row_get_model (self->level_row)), level);
      position = self->level_values->len - 1;
    }

  self->updating_level = TRUE;
  adw_combo_row_set_selected (self->level_row, position);
  self->updating_level = FALSE;
}

static void
level_selected_cb (PhoenixEntryRow *self)
{
  guint selected = adw_combo_row_get_selected (self->level_row);

  if (self->updating_level || selected >= self->level_values->len)
    return;

  g_object_set (self->entry, "level", g_ptr_array_index (self->level_values, selected), NULL);
}

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

static gboolean
invert_boolean (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  g_value_set_boolean (to, !g_value_get_boolean (from));
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

static void
add_error_row (PhoenixEntryRow *self)
{
  self->error_row = GTK_WIDGET (_phoenix_form_new_error_row (&self->error_label));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (self), self->error_row);
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

  gtk_label_set_label (self->error_label, problems->str);
  gtk_widget_set_visible (self->error_row, problems->len > 0);
  if (problems->len > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
}

/* Builds the row's form: every field of the section, bound to the entry. */
static void
build_form (PhoenixEntryRow *self)
{
  const EntrySection *section = self->list->section;
  GObject *entry = self->entry;
  GtkWidget *row = GTK_WIDGET (self);
  GtkWidget *menu_button = gtk_menu_button_new ();
  GtkWidget *handle = gtk_image_new_from_icon_name ("list-drag-handle-symbolic");
  GtkWidget *check = gtk_check_button_new ();
  GtkWidget *end_row = NULL;
  GtkWidget *current_switch = NULL;
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  static const char * const action_names[] = { "move-up", "move-down", "remove" };
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
  g_menu_append (menu, _("Move _Up"), "entry.move-up");
  g_menu_append (menu, _("Move _Down"), "entry.move-down");
  g_menu_append (menu, _("_Remove"), "entry.remove");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
  gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (menu_button, "flat");
  gtk_widget_set_tooltip_text (menu_button, _("Move or Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Move or Remove"), -1);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (row), menu_button);

  shortcuts = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Alt>Up"),
                                                          gtk_named_action_new ("entry.move-up")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Alt>Down"),
                                                          gtk_named_action_new ("entry.move-down")));
  gtk_widget_add_controller (row, shortcuts);

  /* Drag by the handle; drop on any row of the list. */
  gtk_widget_set_tooltip_text (handle, _("Drag to reorder"));
  gtk_widget_add_css_class (handle, "dim-label");
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
  gtk_widget_set_tooltip_text (check, _("Show in this CV"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Show in this CV"), -1);
  gtk_widget_set_visible (check, FALSE);
  g_signal_connect_object (check, "toggled", G_CALLBACK (_phoenix_entry_list_check_toggled_cb), self->list, 0);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), check);
  self->check = GTK_CHECK_BUTTON (check);

  for (const EntryField *field = section->fields; field->property != NULL; field++)
    {
      GtkWidget *field_row = NULL;

      switch (field->kind)
        {
        case KIND_TEXT:
        case KIND_URL:
          field_row = adw_entry_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field_row), _(field->label));
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (field_row), FALSE);
          gtk_editable_set_enable_undo (GTK_EDITABLE (field_row), FALSE);
          if (field->kind == KIND_URL)
            adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (field_row), GTK_INPUT_PURPOSE_URL);
          g_object_bind_property (entry, field->property, field_row, "text",
                                  G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
          g_hash_table_insert (self->fields, (gpointer) field->property, field_row);
          break;

        case KIND_DATE:
        case KIND_START:
        case KIND_END:
          {
            GtkWidget *picker = phoenix_month_picker_new ();

            field_row = adw_action_row_new ();
            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field_row), _(field->label));
            gtk_accessible_update_property (GTK_ACCESSIBLE (picker),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL, _(field->label), -1);
            adw_action_row_add_suffix (ADW_ACTION_ROW (field_row), picker);
            g_object_bind_property (entry, field->property, picker, "date",
                                    G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
            g_hash_table_insert (self->fields, (gpointer) field->property, picker);
            if (field->kind == KIND_END)
              end_row = field_row;
          }
          break;

        case KIND_CURRENT:
          current_switch = gtk_switch_new ();
          field_row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field_row), _(field->label));
          gtk_widget_set_valign (current_switch, GTK_ALIGN_CENTER);
          adw_action_row_add_suffix (ADW_ACTION_ROW (field_row), current_switch);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (field_row), current_switch);
          g_object_bind_property (entry, field->property, current_switch, "active",
                                  G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
          g_hash_table_insert (self->fields, (gpointer) field->property, current_switch);
          break;

        case KIND_LINES:
          {
            GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
            GtkWidget *label = gtk_label_new (_(field->label));
            GtkWidget *view = gtk_text_view_new ();
            GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

            field_row = gtk_list_box_row_new ();
            gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (field_row), FALSE);
            gtk_widget_set_focusable (field_row, FALSE);
            gtk_widget_set_margin_start (box, 12);
            gtk_widget_set_margin_end (box, 12);
            gtk_widget_set_margin_top (box, 8);
            gtk_widget_set_margin_bottom (box, 8);
            gtk_label_set_xalign (GTK_LABEL (label), 0);
            gtk_widget_add_css_class (label, "dim-label");
            gtk_widget_add_css_class (label, "caption");
            gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
            gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (view), FALSE);
            gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
            gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
            gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
            gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
            gtk_widget_set_size_request (view, -1, 72);
            gtk_widget_add_css_class (view, "card");
            gtk_accessible_update_property (GTK_ACCESSIBLE (view),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL, _(field->label), -1);
            gtk_text_buffer_set_enable_undo (buffer, FALSE);
            gtk_box_append (GTK_BOX (box), label);
            gtk_box_append (GTK_BOX (box), view);
            gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (field_row), box);

            {
              g_autofree char *signal = g_strconcat ("notify::", field->property, NULL);
              LinesField *lines = g_new0 (LinesField, 1);

              lines->row = self;
              lines->property = field->property;
              lines->buffer = buffer;
              g_ptr_array_add (self->lines_fields, lines);
              show_lines (lines);
              g_signal_connect (buffer, "changed", G_CALLBACK (lines_buffer_changed_cb), lines);
              g_signal_connect_object (entry, signal, G_CALLBACK (lines_property_changed_cb), self,
                                       G_CONNECT_SWAPPED);
            }
            g_hash_table_insert (self->fields, (gpointer) field->property, buffer);
          }
          break;

        case KIND_LEVEL:
          {
            g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);

            g_clear_pointer (&self->level_values, g_ptr_array_unref);
            self->level_values = g_ptr_array_new_with_free_func (g_free);
            for (guint i = 0; level_values[i] != NULL; i++)
              {
                gtk_string_list_append (labels, _(level_labels[i]));
                g_ptr_array_add (self->level_values, g_strdup (level_values[i]));
              }
            field_row = adw_combo_row_new ();
            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field_row), _(field->label));
            adw_combo_row_set_model (ADW_COMBO_ROW (field_row), G_LIST_MODEL (labels));
            self->level_row = ADW_COMBO_ROW (field_row);
            show_level (self);
            g_signal_connect_object (field_row, "notify::selected", G_CALLBACK (level_selected_cb), self,
                                     G_CONNECT_SWAPPED);
            g_signal_connect_object (entry, "notify::level", G_CALLBACK (show_level), self, G_CONNECT_SWAPPED);
            g_hash_table_insert (self->fields, (gpointer) field->property, field_row);
          }
          break;

        default:
          g_assert_not_reached ();
        }

      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), field_row);
    }

  if (end_row != NULL && current_switch != NULL)
    g_object_bind_property_full (current_switch, "active", end_row, "sensitive", G_BINDING_SYNC_CREATE,
                                 invert_boolean, NULL, NULL, NULL);

  add_error_row (self);

  g_signal_connect_object (entry, "notify", G_CALLBACK (phoenix_entry_row_validate), self, G_CONNECT_SWAPPED);
  phoenix_entry_row_validate (self);
}


static void
phoenix_entry_row_dispose (GObject *object)
{
  PhoenixEntryRow *self = PHOENIX_ENTRY_ROW (object);

  for (guint i = 0; self->lines_fields != NULL && i < self->lines_fields->len; i++)
    {
      LinesField *lines = g_ptr_array_index (self->lines_fields, i);

      g_signal_handlers_disconnect_by_func (lines->buffer, lines_buffer_changed_cb, lines);
    }
  g_clear_pointer (&self->lines_fields, g_ptr_array_unref);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_object (&self->entry);
  self->list = NULL;

  G_OBJECT_CLASS (phoenix_entry_row_parent_class)->dispose (object);
}

static void
phoenix_entry_row_finalize (GObject *object)
{
  PhoenixEntryRow *self = PHOENIX_ENTRY_ROW (object);

  g_clear_pointer (&self->level_values, g_ptr_array_unref);

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
  self->fields = g_hash_table_new (g_str_hash, g_str_equal);
  self->lines_fields = g_ptr_array_new_with_free_func (g_free);
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
  build_form (self);

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

  return self->fields != NULL ? g_hash_table_lookup (self->fields, property) : NULL;
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

  if (self->error_row == NULL || !gtk_widget_get_visible (self->error_row))
    return NULL;
  return gtk_label_get_label (self->error_label);
}
