/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-entry-form"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-entry-list-private.h"
#include "phoenix-month-picker.h"
#include "phoenix-spell-underline.h"

/*
 * The fields of one entry as form rows, built from its section's table and bound
 * both ways to the entry's properties: text and addresses (AdwEntryRow), months
 * (PhoenixMonthPicker), the "current" switch, levels (AdwComboRow), one-a-line
 * lists and paragraphs (GtkTextView, spell-checked in the CV's language). Shared by
 * the expanding rows (PhoenixEntryRow) and the chips (PhoenixEntryChip).
 *
 * Keyboard: a row is one Tab stop; a switch row toggles with Space or Enter on the
 * row (the switch itself takes no focus).
 */

/* A text view field: a one-a-line list (GStrv property) or a paragraph (string property). */
typedef struct
{
  EntryForm     *form;      /* owns it */
  const char    *property;  /* static, from the section's table */
  GtkTextBuffer *buffer;
  gboolean       lines;
  gboolean       updating;
} TextField;

struct _EntryForm
{
  PhoenixEntryList   *list;      /* unowned: the list outlives its rows and chips */
  GObject            *entry;
  const EntrySection *section;
  GPtrArray          *rows;      /* GtkWidget, in the table's order */
  GHashTable         *fields;    /* property (static) → its widget, or its GtkTextBuffer */
  GPtrArray          *texts;     /* TextField */
  GPtrArray          *spell;     /* PhoenixSpellUnderline, one a text view */
  GPtrArray          *level_values;  /* the level row's stored values, as shown */
  const char         *level_property;
  AdwComboRow        *level_row;
  gboolean            updating_level;
};

/* CEFR levels; the stored value, then what is shown. */
static const char * const cefr_values[] = { "", "A1", "A2", "B1", "B2", "C1", "C2", "native", NULL };
static const char * const cefr_labels[] = {
  N_("Not Given"), N_("A1 – Beginner"), N_("A2 – Elementary"), N_("B1 – Intermediate"),
  N_("B2 – Upper Intermediate"), N_("C1 – Advanced"), N_("C2 – Proficient"), N_("Native"), NULL
};

/* Skill levels: stored in English (JSON Resume's usage), said in the CV's language by the renderer. */
static const char * const skill_level_values[] = { "", "Beginner", "Intermediate", "Advanced", "Expert", NULL };
static const char * const skill_level_labels[] = {
  N_("Not Given"), N_("Beginner"), N_("Intermediate"), N_("Advanced"), N_("Expert"), NULL
};

const char *
_phoenix_entry_form_describe_level (const char *level,
                                    gboolean    cefr)
{
  const char * const *values = cefr ? cefr_values : skill_level_values;
  const char * const *labels = cefr ? cefr_labels : skill_level_labels;

  for (guint i = 1; values[i] != NULL; i++)
    if (g_ascii_strcasecmp (values[i], level) == 0)
      return _(labels[i]);

  return level;
}

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

static char *
buffer_text (GtkTextBuffer *buffer)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The entry's property → the buffer. */
static void
show_text (TextField *text)
{
  g_autofree char *shown = NULL;

  if (text->lines)
    {
      g_auto(GStrv) lines = buffer_lines (text->buffer);
      g_auto(GStrv) value = NULL;

      g_object_get (text->form->entry, text->property, &value, NULL);
      if (value == NULL)
        value = g_new0 (char *, 1);
      if (g_strv_equal ((const char * const *) lines, (const char * const *) value))
        return;
      shown = g_strjoinv ("\n", value);
    }
  else
    {
      g_autofree char *current = buffer_text (text->buffer);

      g_object_get (text->form->entry, text->property, &shown, NULL);
      if (shown == NULL)
        shown = g_strdup ("");
      if (g_str_equal (current, shown))
        return;
    }

  text->updating = TRUE;
  gtk_text_buffer_set_text (text->buffer, shown, -1);
  text->updating = FALSE;
}

/* The buffer → the entry's property. */
static void
text_buffer_changed_cb (GtkTextBuffer *buffer,
                        TextField     *text)
{
  if (text->updating)
    return;

  if (text->lines)
    {
      g_auto(GStrv) shown = buffer_lines (buffer);
      g_auto(GStrv) current = NULL;

      g_object_get (text->form->entry, text->property, &current, NULL);
      if (current == NULL)
        current = g_new0 (char *, 1);
      if (!g_strv_equal ((const char * const *) shown, (const char * const *) current))
        g_object_set (text->form->entry, text->property, shown, NULL);
    }
  else
    {
      g_autofree char *shown = buffer_text (buffer);
      g_autofree char *current = NULL;

      g_object_get (text->form->entry, text->property, &current, NULL);
      if (g_strcmp0 (shown, current) != 0)
        g_object_set (text->form->entry, text->property, shown, NULL);
    }
}

static void
entry_notify_cb (GObject    *entry,
                 GParamSpec *pspec,
                 EntryForm  *form)
{
  for (guint i = 0; i < form->texts->len; i++)
    {
      TextField *text = g_ptr_array_index (form->texts, i);

      if (g_str_equal (text->property, pspec->name))
        show_text (text);
    }
}

/* The entry's level → the combo row; a level from elsewhere (“Fluent”) is kept as it is. */
static void
show_level (EntryForm *form)
{
  g_autofree char *level = NULL;
  guint position = G_MAXUINT;

  g_object_get (form->entry, form->level_property, &level, NULL);
  if (level == NULL)
    level = g_strdup ("");
  for (guint i = 0; i < form->level_values->len; i++)
    if (g_ascii_strcasecmp (g_ptr_array_index (form->level_values, i), level) == 0)
      position = i;

  if (position == G_MAXUINT)
    {
      g_ptr_array_add (form->level_values, g_strdup (level));
      gtk_string_list_append (GTK_STRING_LIST (adw_combo_row_get_model (form->level_row)), level);
      position = form->level_values->len - 1;
    }

  form->updating_level = TRUE;
  adw_combo_row_set_selected (form->level_row, position);
  form->updating_level = FALSE;
}

static void
level_notify_cb (GObject    *entry,
                 GParamSpec *pspec,
                 EntryForm  *form)
{
  show_level (form);
}

static void
level_selected_cb (AdwComboRow *row,
                   GParamSpec  *pspec,
                   EntryForm   *form)
{
  guint selected = adw_combo_row_get_selected (form->level_row);

  if (form->updating_level || selected >= form->level_values->len)
    return;

  g_object_set (form->entry, form->level_property, g_ptr_array_index (form->level_values, selected), NULL);
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
spell_checker_changed_cb (PhoenixEntryList *list,
                          GParamSpec       *pspec,
                          EntryForm        *form)
{
  PhoenixSpellChecker *checker = phoenix_entry_list_get_spell_checker (list);

  for (guint i = 0; i < form->spell->len; i++)
    phoenix_spell_underline_set_checker (g_ptr_array_index (form->spell, i), checker);
}

/* Keys of a text field's view and spell checking in the fields table. */
static const char *
view_key (const char *property)
{
  g_autofree char *key = g_strconcat (property, ":view", NULL);

  return g_intern_string (key);
}

static const char *
spell_key (const char *property)
{
  g_autofree char *key = g_strconcat (property, ":spell", NULL);

  return g_intern_string (key);
}

/* A text view under a caption: a one-a-line list or a paragraph. */
static GtkWidget *
new_text_row (EntryForm        *form,
              const EntryField *field)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *label = gtk_label_new (_(field->label));
  GtkWidget *view = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  g_autofree char *signal = g_strconcat ("notify::", field->property, NULL);
  TextField *text = g_new0 (TextField, 1);
  PhoenixSpellUnderline *spell;

  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
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
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _(field->label),
                                  GTK_ACCESSIBLE_PROPERTY_MULTI_LINE, TRUE,
                                  -1);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), view);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  text->form = form;
  text->property = field->property;
  text->buffer = buffer;
  text->lines = field->kind == KIND_LINES;
  g_ptr_array_add (form->texts, text);
  show_text (text);
  g_signal_connect (buffer, "changed", G_CALLBACK (text_buffer_changed_cb), text);
  g_signal_connect (form->entry, signal, G_CALLBACK (entry_notify_cb), form);

  spell = phoenix_spell_underline_new (GTK_TEXT_VIEW (view));
  phoenix_spell_underline_set_checker (spell, phoenix_entry_list_get_spell_checker (form->list));
  g_ptr_array_add (form->spell, spell);

  g_hash_table_insert (form->fields, (gpointer) field->property, buffer);
  g_hash_table_insert (form->fields, (gpointer) view_key (field->property), view);
  g_hash_table_insert (form->fields, (gpointer) spell_key (field->property), spell);
  return row;
}

static GtkWidget *
new_level_row (EntryForm        *form,
               const EntryField *field)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char * const *values = field->kind == KIND_LEVEL ? cefr_values : skill_level_values;
  const char * const *names = field->kind == KIND_LEVEL ? cefr_labels : skill_level_labels;
  g_autofree char *signal = g_strconcat ("notify::", field->property, NULL);
  GtkWidget *row = adw_combo_row_new ();

  g_clear_pointer (&form->level_values, g_ptr_array_unref);
  form->level_values = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; values[i] != NULL; i++)
    {
      gtk_string_list_append (labels, _(names[i]));
      g_ptr_array_add (form->level_values, g_strdup (values[i]));
    }
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->label));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (labels));
  form->level_row = ADW_COMBO_ROW (row);
  form->level_property = field->property;
  show_level (form);
  g_signal_connect (row, "notify::selected", G_CALLBACK (level_selected_cb), form);
  g_signal_connect (form->entry, signal, G_CALLBACK (level_notify_cb), form);
  g_hash_table_insert (form->fields, (gpointer) field->property, row);
  return row;
}

EntryForm *
_phoenix_entry_form_new (PhoenixEntryList *list,
                         GObject          *entry)
{
  EntryForm *form = g_new0 (EntryForm, 1);
  GtkWidget *end_row = NULL;
  GtkWidget *current_switch = NULL;

  form->list = list;
  form->entry = g_object_ref (entry);
  form->section = list->section;
  form->rows = g_ptr_array_new_with_free_func (g_object_unref);
  form->fields = g_hash_table_new (g_str_hash, g_str_equal);
  form->texts = g_ptr_array_new_with_free_func (g_free);
  form->spell = g_ptr_array_new_with_free_func (g_object_unref);

  for (const EntryField *field = form->section->fields; field->property != NULL; field++)
    {
      GtkWidget *row = NULL;

      switch (field->kind)
        {
        case KIND_TEXT:
        case KIND_URL:
          row = adw_entry_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->label));
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
          if (field->kind == KIND_URL)
            adw_entry_row_set_input_purpose (ADW_ENTRY_ROW (row), GTK_INPUT_PURPOSE_URL);
          g_object_bind_property (entry, field->property, row, "text",
                                  G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
          g_hash_table_insert (form->fields, (gpointer) field->property, row);
          break;

        case KIND_DATE:
        case KIND_START:
        case KIND_END:
          {
            GtkWidget *picker = phoenix_month_picker_new ();

            row = adw_action_row_new ();
            adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->label));
            /* The month and the year are the stops, not the row around them. */
            gtk_widget_set_focusable (row, FALSE);
            phoenix_month_picker_set_label (PHOENIX_MONTH_PICKER (picker), _(field->label));
            adw_action_row_add_suffix (ADW_ACTION_ROW (row), picker);
            g_object_bind_property (entry, field->property, picker, "date",
                                    G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
            g_hash_table_insert (form->fields, (gpointer) field->property, picker);
            if (field->kind == KIND_END)
              end_row = row;
          }
          break;

        case KIND_CURRENT:
          current_switch = gtk_switch_new ();
          row = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(field->label));
          gtk_widget_set_valign (current_switch, GTK_ALIGN_CENTER);
          /* One stop: the row, which toggles the switch. */
          gtk_widget_set_focusable (current_switch, FALSE);
          gtk_accessible_update_property (GTK_ACCESSIBLE (current_switch),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL, _(field->label), -1);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), current_switch);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), current_switch);
          g_object_bind_property (entry, field->property, current_switch, "active",
                                  G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
          g_hash_table_insert (form->fields, (gpointer) field->property, current_switch);
          break;

        case KIND_LINES:
        case KIND_PARAGRAPH:
          row = new_text_row (form, field);
          break;

        case KIND_LEVEL:
        case KIND_SKILL_LEVEL:
          row = new_level_row (form, field);
          break;

        default:
          g_assert_not_reached ();
        }

      g_ptr_array_add (form->rows, g_object_ref_sink (row));
    }

  if (end_row != NULL && current_switch != NULL)
    g_object_bind_property_full (current_switch, "active", end_row, "sensitive", G_BINDING_SYNC_CREATE,
                                 invert_boolean, NULL, NULL, NULL);

  g_signal_connect (list, "notify::spell-checker", G_CALLBACK (spell_checker_changed_cb), form);

  return form;
}

void
_phoenix_entry_form_free (EntryForm *form)
{
  if (form == NULL)
    return;

  g_signal_handlers_disconnect_by_data (form->list, form);
  g_signal_handlers_disconnect_by_data (form->entry, form);
  for (guint i = 0; i < form->texts->len; i++)
    {
      TextField *text = g_ptr_array_index (form->texts, i);

      g_signal_handlers_disconnect_by_data (text->buffer, text);
    }
  if (form->level_row != NULL)
    g_signal_handlers_disconnect_by_data (form->level_row, form);
  g_clear_pointer (&form->spell, g_ptr_array_unref);
  g_clear_pointer (&form->texts, g_ptr_array_unref);
  g_clear_pointer (&form->fields, g_hash_table_unref);
  g_clear_pointer (&form->rows, g_ptr_array_unref);
  g_clear_pointer (&form->level_values, g_ptr_array_unref);
  g_clear_object (&form->entry);
  g_free (form);
}

GPtrArray *
_phoenix_entry_form_get_rows (EntryForm *form)
{
  return form->rows;
}

gpointer
_phoenix_entry_form_get_field (EntryForm  *form,
                               const char *property)
{
  return g_hash_table_lookup (form->fields, property);
}

GtkTextView *
_phoenix_entry_form_get_view (EntryForm  *form,
                              const char *property)
{
  return g_hash_table_lookup (form->fields, view_key (property));
}

PhoenixSpellUnderline *
_phoenix_entry_form_get_spell (EntryForm  *form,
                               const char *property)
{
  return g_hash_table_lookup (form->fields, spell_key (property));
}
