/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-entry-list"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-entry-chip.h"
#include "phoenix-entry-list-private.h"
#include "phoenix-entry-row.h"

/*
 * What a PhoenixEntryList shows: an expanding row an entry, or, in chip sections
 * (skills, languages, interests), an entry that adds them by name and a chip each;
 * and the hooks the UI tests reach them with.
 */

/* gtk_flow_box_bind_model's function, in chip sections. */
static GtkWidget *
create_chip (gpointer item,
             gpointer user_data)
{
  PhoenixEntryList *self = PHOENIX_ENTRY_LIST (user_data);

  _phoenix_entry_list_track_entry (self, G_OBJECT (item));
  return GTK_WIDGET (phoenix_entry_chip_new (self, G_OBJECT (item)));
}

gboolean
_phoenix_entry_list_is_chips (PhoenixEntryList *self)
{
  return self->section != NULL && self->section->chip_hint != NULL;
}

GtkWidget *
_phoenix_entry_list_get_item_widget (PhoenixEntryList *self,
                                     guint             position)
{
  if (_phoenix_entry_list_is_chips (self))
    return GTK_WIDGET (gtk_flow_box_get_child_at_index (self->chips, (int) position));
  return GTK_WIDGET (gtk_list_box_get_row_at_index (self->list, (int) position));
}

int
_phoenix_entry_list_get_item_index (PhoenixEntryList *self,
                                    GtkWidget        *widget)
{
  if (PHOENIX_IS_ENTRY_CHIP (widget) && gtk_widget_get_parent (widget) == GTK_WIDGET (self->chips))
    return gtk_flow_box_child_get_index (GTK_FLOW_BOX_CHILD (widget));
  if (PHOENIX_IS_ENTRY_ROW (widget) && gtk_widget_get_parent (widget) == GTK_WIDGET (self->list))
    return gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (widget));
  return -1;
}

GtkCheckButton *
_phoenix_entry_list_item_check (GtkWidget *widget)
{
  if (PHOENIX_IS_ENTRY_ROW (widget))
    return phoenix_entry_row_get_check (PHOENIX_ENTRY_ROW (widget));
  if (PHOENIX_IS_ENTRY_CHIP (widget))
    return phoenix_entry_chip_get_check (PHOENIX_ENTRY_CHIP (widget));
  return NULL;
}

GObject *
_phoenix_entry_list_item_entry (GtkWidget *widget)
{
  if (PHOENIX_IS_ENTRY_ROW (widget))
    return phoenix_entry_row_get_entry (PHOENIX_ENTRY_ROW (widget));
  if (PHOENIX_IS_ENTRY_CHIP (widget))
    return phoenix_entry_chip_get_entry (PHOENIX_ENTRY_CHIP (widget));
  return NULL;
}

static void
chip_entry_activated_cb (PhoenixEntryList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->chip_entry));

  if (phoenix_entry_list_add_named (self, text) > 0)
    gtk_editable_set_text (GTK_EDITABLE (self->chip_entry), "");
}

static void
chips_changed_cb (PhoenixEntryList *self)
{
  gtk_widget_set_visible (self->chip_row, g_list_model_get_n_items (G_LIST_MODEL (self->display)) > 0);
}

/* Chip sections: an entry that adds chips by name, then the chips. */
/* A level said after the name ("Anglais (C1)", "Python: expert", "English B2"), as the stored
 * value: CEFR levels and "native" for languages, four words for skills. */
static const struct
{
  const char *word;
  const char *value;
  gboolean    language;
} level_words[] = {
  { "a1", "A1", TRUE }, { "a2", "A2", TRUE }, { "b1", "B1", TRUE }, { "b2", "B2", TRUE },
  { "c1", "C1", TRUE }, { "c2", "C2", TRUE }, { "courant", "C1", TRUE }, { "fluent", "C1", TRUE },
  { "bilingue", "C2", TRUE }, { "bilingual", "C2", TRUE }, { "native", "native", TRUE },
  { "mother tongue", "native", TRUE }, { "langue maternelle", "native", TRUE }, { "maternelle", "native", TRUE },
  { "beginner", "Beginner", FALSE }, { "débutant", "Beginner", FALSE }, { "débutante", "Beginner", FALSE },
  { "notions", "Beginner", FALSE }, { "intermediate", "Intermediate", FALSE },
  { "intermédiaire", "Intermediate", FALSE }, { "advanced", "Advanced", FALSE }, { "avancé", "Advanced", FALSE },
  { "avancée", "Advanced", FALSE }, { "confirmé", "Advanced", FALSE }, { "confirmée", "Advanced", FALSE },
  { "expert", "Expert", FALSE }, { "experte", "Expert", FALSE },
};

static const char *
read_level (const char *text,
            gboolean    language)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);

  g_strstrip (folded);
  for (guint i = 0; i < G_N_ELEMENTS (level_words); i++)
    if (level_words[i].language == language && g_str_equal (folded, level_words[i].word))
      return level_words[i].value;

  return NULL;
}

/* Splits "Name (level)", "Name: level", "Name – level" or "Name B2" into the name and a known
 * level (@level NULL when none: the whole text is the name). */
static char *
split_level (const char  *text,
             gboolean     language,
             const char **level)
{
  static const char * const separators[] = { ":", " – ", " - ", " " };
  char *name = g_strstrip (g_strdup (text));
  char *cut;

  *level = NULL;
  if (g_str_has_suffix (name, ")") && (cut = strrchr (name, '(')) != NULL)
    {
      g_autofree char *inside = g_strndup (cut + 1, strlen (cut + 1) - 1);

      if ((*level = read_level (inside, language)) != NULL)
        *cut = '\0';
      return g_strstrip (name);
    }

  for (guint i = 0; i < G_N_ELEMENTS (separators); i++)
    {
      cut = g_strrstr (name, separators[i]);
      if (cut != NULL && cut != name && (*level = read_level (cut + strlen (separators[i]), language)) != NULL)
        {
          *cut = '\0';
          break;
        }
    }

  return g_strstrip (name);
}

guint
phoenix_entry_list_add_named (PhoenixEntryList *self,
                              const char       *text)
{
  g_auto(GStrv) names = NULL;
  g_autoptr(GPtrArray) added = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean cefr;
  guint position;

  g_return_val_if_fail (PHOENIX_IS_ENTRY_LIST (self), 0);
  g_return_val_if_fail (text != NULL, 0);

  if (self->store == NULL)
    return 0;

  cefr = g_str_equal (self->section->id, "languages");
  /* Several at once: "Excel, SQL; Python". */
  names = g_regex_split_simple ("[,;\n]", text, 0, 0);
  for (guint i = 0; names[i] != NULL; i++)
    {
      const char *level = NULL;
      g_autofree char *name = split_level (names[i], cefr, &level);
      GObject *entry;

      if (name == NULL || *name == '\0')
        continue;
      entry = g_object_new (self->section->get_type (), NULL);
      g_object_set (entry, self->section->title_property, name, NULL);
      if (level != NULL && self->section->level_property != NULL)
        g_object_set (entry, self->section->level_property, level, NULL);
      g_ptr_array_add (added, entry);
    }
  if (added->len == 0)
    return 0;

  position = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_list_store_splice (self->store, position, 0, added->pdata, added->len);
  if (self->undo_stack != NULL)
    {
      phoenix_undo_stack_break_merge (self->undo_stack);
      phoenix_undo_stack_record_splice (self->undo_stack, self->store, position, NULL, added);
      phoenix_undo_stack_break_merge (self->undo_stack);
    }

  return added->len;
}

AdwEntryRow *
_phoenix_entry_list_get_chip_entry (PhoenixEntryList *self)
{
  return self->chip_entry;
}

void
_phoenix_entry_list_build_chips (PhoenixEntryList *self)
{
  GtkWidget *box = gtk_list_box_new ();
  GtkWidget *flow = gtk_flow_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (box), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (box, "boxed-list");
  self->chip_box = GTK_LIST_BOX (box);

  self->chip_entry = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->chip_entry), _(self->section->chip_hint));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->chip_entry), FALSE);
  adw_entry_row_set_show_apply_button (self->chip_entry, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chip_entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Several at once: separate them with commas"), -1);
  g_signal_connect_object (self->chip_entry, "entry-activated", G_CALLBACK (chip_entry_activated_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_list_box_append (self->chip_box, GTK_WIDGET (self->chip_entry));

  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (flow), FALSE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 40);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_widget_set_margin_top (flow, 10);
  gtk_widget_set_margin_bottom (flow, 10);
  gtk_widget_set_margin_start (flow, 10);
  gtk_widget_set_margin_end (flow, 10);
  gtk_accessible_update_property (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_PROPERTY_LABEL, _(self->section->title), -1);
  self->chips = GTK_FLOW_BOX (flow);
  self->chip_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (self->chip_row), FALSE);
  gtk_widget_set_focusable (self->chip_row, FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self->chip_row), flow);
  gtk_list_box_append (self->chip_box, self->chip_row);

  gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), box);
  gtk_flow_box_bind_model (self->chips, G_LIST_MODEL (self->display), create_chip, self, NULL);
  g_signal_connect_object (self->display, "items-changed", G_CALLBACK (chips_changed_cb), self, G_CONNECT_SWAPPED);
  chips_changed_cb (self);

  /* The header's button goes to the entry. */
  gtk_widget_set_tooltip_text (self->add_button, _(self->section->chip_hint));
}

/* For the UI tests: the row of the entry at @position (as shown) and one of its field widgets. */
GtkWidget *
_phoenix_entry_list_get_row (PhoenixEntryList *self,
                             guint             position)
{
  return _phoenix_entry_list_get_item_widget (self, position);
}

GtkWidget *
_phoenix_entry_list_get_entry_row (PhoenixEntryList *self,
                                   guint             position)
{
  g_autoptr(GObject) entry = NULL;
  guint shown;

  if (self->store == NULL)
    return NULL;
  entry = g_list_model_get_item (G_LIST_MODEL (self->store), position);
  if (entry == NULL || !g_list_store_find (self->display, entry, &shown))
    return NULL;

  return _phoenix_entry_list_get_item_widget (self, shown);
}

gpointer
_phoenix_entry_list_get_field (PhoenixEntryList *self,
                               guint             position,
                               const char       *property)
{
  GtkWidget *widget = _phoenix_entry_list_get_item_widget (self, position);

  if (PHOENIX_IS_ENTRY_CHIP (widget))
    return phoenix_entry_chip_get_field (PHOENIX_ENTRY_CHIP (widget), property);
  if (!PHOENIX_IS_ENTRY_ROW (widget))
    return NULL;
  /* A folded row has no form: open it, as a user would. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
  return phoenix_entry_row_get_field (PHOENIX_ENTRY_ROW (widget), property);
}

PhoenixSpellUnderline *
_phoenix_entry_list_get_spell (PhoenixEntryList *self,
                               guint             position,
                               const char       *property)
{
  GtkWidget *widget = _phoenix_entry_list_get_item_widget (self, position);

  if (!PHOENIX_IS_ENTRY_ROW (widget))
    return NULL;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
  return phoenix_entry_row_get_spell (PHOENIX_ENTRY_ROW (widget), property);
}


const char *
_phoenix_entry_list_get_error (PhoenixEntryList *self,
                               guint             position)
{
  GtkWidget *row = _phoenix_entry_list_get_item_widget (self, position);

  return PHOENIX_IS_ENTRY_ROW (row) ? phoenix_entry_row_get_error (PHOENIX_ENTRY_ROW (row)) : NULL;
}
