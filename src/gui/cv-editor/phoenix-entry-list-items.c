/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-entry-list"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-entry-chip.h"
#include "phoenix-entry-list-private.h"
#include "phoenix-entry-row.h"
#include "phoenix-idle-queue.h"
#include "phoenix-idle-unref.h"

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

  /* The new chips come last: past the page, the slice grows to them. */
  if (g_list_store_find (self->display, g_ptr_array_index (added, added->len - 1), &position))
    _phoenix_entry_list_reveal (self, position);

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
  gtk_flow_box_bind_model (self->chips, G_LIST_MODEL (self->slice), create_chip, self, NULL);
  g_signal_connect_object (self->display, "items-changed", G_CALLBACK (chips_changed_cb), self, G_CONNECT_SWAPPED);
  chips_changed_cb (self);

  /* The header's button goes to the entry. */
  gtk_widget_set_tooltip_text (self->add_button, _(self->section->chip_hint));
}

/* A page of rows or chips: what is built at first, and the more each "Show More" adds.
 * XL's 600 jobs make 30 folded rows, not 600. */
#define ROW_PAGE 30
#define CHIP_PAGE 60

static guint
page_size (PhoenixEntryList *self)
{
  return _phoenix_entry_list_is_chips (self) ? CHIP_PAGE : ROW_PAGE;
}

guint
_phoenix_entry_list_get_n_built (PhoenixEntryList *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->slice));
}

/* A new profile's or an import's rows come a few a main-loop turn (issue #20): the first
 * frame shows each section's first rows, the rest of the page follows in idle turns of a few
 * ms (a frame drawn between them), one section after the other, in the page's order. */
#define FIRST_ROWS 3
#define FILL_ROWS 4
#define FILL_CHIPS 12

static void fill_step (PhoenixIdleQueue *queue, gpointer head);

/* Of PhoenixEntryList, not referenced: dispose leaves it. One step a turn. */
static PhoenixIdleQueue fill_queue = PHOENIX_IDLE_QUEUE_INIT (G_PRIORITY_DEFAULT_IDLE, 0, fill_step);

static void update_more (PhoenixEntryList *self);

static void
start_filling (PhoenixEntryList *self)
{
  if (self->filling)
    return;
  self->filling = TRUE;
  phoenix_idle_queue_push (&fill_queue, self);
}

static void
stop_filling (PhoenixEntryList *self)
{
  g_clear_pointer (&self->pending_order, g_ptr_array_unref);
  if (!self->filling)
    return;
  self->filling = FALSE;
  phoenix_idle_queue_remove (&fill_queue, self);
}

static void fill_page (PhoenixEntryList *self);

/* The import's order shown: the old rows leave (finalised in idle turns), the first new ones come. */
static void
show_pending (PhoenixEntryList *self)
{
  g_autoptr(GPtrArray) order = g_steal_pointer (&self->pending_order);

  _phoenix_entry_list_bury_items (self);
  fill_page (self);
  phoenix_list_store_set_items (self->display, order);
  _phoenix_entry_list_update_checks (self);
}

void
_phoenix_entry_list_settle (PhoenixEntryList *self)
{
  if (self->pending_order != NULL)
    show_pending (self);
}

static void
fill_step (PhoenixIdleQueue *queue,
           gpointer          head)
{
  PhoenixEntryList *self = head;
  guint size;

  /* An import's sections first, one a turn: no section shows the profile before it for long. */
  for (GList *l = queue->items.head; l != NULL; l = l->next)
    if (PHOENIX_ENTRY_LIST (l->data)->pending_order != NULL)
      {
        show_pending (l->data);
        return;
      }
  size = gtk_slice_list_model_get_size (self->slice) + (_phoenix_entry_list_is_chips (self) ? FILL_CHIPS : FILL_ROWS);
  size = MIN (size, self->page_target);
  gtk_slice_list_model_set_size (self->slice, size);
  _phoenix_entry_list_update_checks (self);
  if (size >= self->page_target)
    stop_filling (self);
}

/* The slice at its first rows now, at the page's target in later turns. */
static void
fill_page (PhoenixEntryList *self)
{
  guint first = _phoenix_entry_list_is_chips (self) ? FILL_CHIPS : FIRST_ROWS;

  if (first >= self->page_target)
    {
      gtk_slice_list_model_set_size (self->slice, self->page_target);
      stop_filling (self);
      return;
    }
  gtk_slice_list_model_set_size (self->slice, first);
  start_filling (self);
}

void
_phoenix_entry_list_bury_items (PhoenixEntryList *self)
{
  guint built = _phoenix_entry_list_get_n_built (self);

  for (guint i = 0; i < built; i++)
    {
      GtkWidget *widget = _phoenix_entry_list_get_item_widget (self, i);

      if (widget != NULL)
        phoenix_idle_unref (g_object_ref (widget));
    }
  /* After them: an open row's form refers to its list until it goes. */
  if (built > 0)
    phoenix_idle_unref (g_object_ref (self));
}

/* A lock's rows (issue #20): the list already let go of the profile and its entries past the
 * rows (buried: finalised later, by phoenix_idle_unref); the rows leave their list box a few at
 * a time, in idle turns of at most TEARDOWN_US, one list after the other, instead of all the
 * page's rows in the turn that lets go of the profile. */
#define TEARDOWN_US 4000
#define TEARDOWN_ROWS 4
#define TEARDOWN_CHIPS 12

static void teardown_step (PhoenixIdleQueue *queue, gpointer head);

/* Of PhoenixEntryList, not referenced: dispose leaves it. */
static PhoenixIdleQueue teardown_queue = PHOENIX_IDLE_QUEUE_INIT (G_PRIORITY_DEFAULT_IDLE, TEARDOWN_US, teardown_step);

/* The rows left go at once (an unlock before the teardown ended, the list's dispose). */
void
_phoenix_entry_list_stop_teardown (PhoenixEntryList *self)
{
  if (!self->tearing_down)
    return;
  self->tearing_down = FALSE;
  phoenix_idle_queue_remove (&teardown_queue, self);
  g_list_store_remove_all (self->display);
  gtk_slice_list_model_set_size (self->slice, self->page_target);
}

static void
teardown_step (PhoenixIdleQueue *queue,
               gpointer          head)
{
  PhoenixEntryList *self = head;
  guint step = _phoenix_entry_list_is_chips (self) ? TEARDOWN_CHIPS : TEARDOWN_ROWS;
  guint size = _phoenix_entry_list_get_n_built (self);

  size = size > step ? size - step : 0;
  gtk_slice_list_model_set_size (self->slice, size);
  if (size == 0)
    _phoenix_entry_list_stop_teardown (self);
}

/* Called with the profile let go of and the rows buried: the entries no row shows leave the
 * list at once (no row to remove), the rows in later turns. */
void
_phoenix_entry_list_tear_down (PhoenixEntryList *self)
{
  guint built = _phoenix_entry_list_get_n_built (self);
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->display));

  stop_filling (self);
  if (total > built)
    g_list_store_splice (self->display, built, total - built, NULL, 0);
  if (built == 0)
    {
      g_list_store_remove_all (self->display);
      return;
    }
  gtk_slice_list_model_set_size (self->slice, built);
  if (!self->tearing_down)
    {
      self->tearing_down = TRUE;
      phoenix_idle_queue_push (&teardown_queue, self);
    }
}

guint
_phoenix_entry_list_get_n_tearing_down (void)
{
  return phoenix_idle_queue_get_length (&teardown_queue);
}

gboolean
_phoenix_entry_list_get_filling (PhoenixEntryList *self)
{
  return self->filling;
}

gboolean
_phoenix_entry_list_refill_page (PhoenixEntryList *self,
                                 GPtrArray        *order)
{
  guint built = _phoenix_entry_list_get_n_built (self);
  guint changed = 0;
  g_autoptr(GHashTable) kept = NULL;

  /* Changed again before it was shown (an Undo at once, an entry added): shown now. */
  if (self->pending_order != NULL)
    {
      g_clear_pointer (&self->pending_order, g_ptr_array_unref);
      _phoenix_entry_list_bury_items (self);
      fill_page (self);
      return FALSE;
    }

  kept = g_hash_table_new (NULL, NULL);

  /* Rows whose entry leaves the page, not rows that move (a move shifts a page of them). */
  for (guint i = 0; i < MIN (built, order->len); i++)
    g_hash_table_add (kept, g_ptr_array_index (order, i));
  for (guint i = 0; i < built; i++)
    {
      g_autoptr(GObject) shown = g_list_model_get_item (G_LIST_MODEL (self->display), i);

      if (!g_hash_table_contains (kept, shown))
        changed++;
    }
  if (changed <= (_phoenix_entry_list_is_chips (self) ? FILL_CHIPS : FIRST_ROWS + FILL_ROWS))
    return FALSE;

  /* Shown in a later turn (fill_step): dropping and building the rows of every section in the
   * import's turn froze the window (issue #20). */
  self->pending_order = g_ptr_array_ref (order);
  start_filling (self);
  return TRUE;
}

static void
update_more (PhoenixEntryList *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->display));
  guint shown = MIN (MAX (self->page_target, _phoenix_entry_list_get_n_built (self)), total);
  guint left = total - shown;
  guint next = MIN (left, page_size (self));
  g_autofree char *label = NULL;

  if (self->more_box == NULL)
    return;
  gtk_widget_set_visible (self->more_box, left > 0);
  /* "Show All" only when more than a page is left: else "Show More" shows them all. */
  gtk_widget_set_visible (self->all_button, left > next);
  if (left == 0)
    return;
  /* Translators: the button under a section's entries that shows more of them. */
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Show %u More", "Show %u More", next), next);
  gtk_button_set_label (GTK_BUTTON (self->more_button), label);
}

/* Grows the slice to @size rows or chips; the new ones get their variant checks. */
static void
set_n_built (PhoenixEntryList *self,
             guint             size)
{
  self->page_target = MAX (self->page_target, size);
  if (size <= gtk_slice_list_model_get_size (self->slice))
    return;
  gtk_slice_list_model_set_size (self->slice, size);
  if (size >= self->page_target)
    stop_filling (self);
  _phoenix_entry_list_update_checks (self);
  update_more (self);
}

/* A row or chip made a moment ago has no size yet, and GTK moves the focus into a widget only
 * once it has one: then the focus comes at the next frames (a few tries). */
static gboolean
focus_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  guint *tries = user_data;

  if (gtk_widget_grab_focus (widget) || ++*tries >= 5)
    return G_SOURCE_REMOVE;
  return G_SOURCE_CONTINUE;
}

void
_phoenix_entry_list_focus_widget (GtkWidget *widget)
{
  /* An expander row (libadwaita 1.2) takes no focus itself: its header row does. */
  if (ADW_IS_EXPANDER_ROW (widget))
    for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_first_child (child))
      if (GTK_IS_LIST_BOX_ROW (child))
        {
          widget = child;
          break;
        }

  if (!gtk_widget_grab_focus (widget))
    gtk_widget_add_tick_callback (widget, focus_tick_cb, g_new0 (guint, 1), g_free);
}

void
_phoenix_entry_list_focus_item (PhoenixEntryList *self,
                                guint             position)
{
  GtkWidget *widget;

  _phoenix_entry_list_reveal (self, position);
  widget = _phoenix_entry_list_get_item_widget (self, position);
  if (PHOENIX_IS_ENTRY_CHIP (widget))
    _phoenix_entry_list_focus_widget (phoenix_entry_chip_get_button (PHOENIX_ENTRY_CHIP (widget)));
  else if (widget != NULL)
    _phoenix_entry_list_focus_widget (widget);
}

/* The footer's buttons keep the focus while they stay; else it goes to the first new row or chip. */
static void
show_more (PhoenixEntryList *self,
           guint             size,
           GtkWidget        *button)
{
  guint first_new = _phoenix_entry_list_get_n_built (self);
  gboolean had_focus = gtk_widget_has_focus (button);

  set_n_built (self, size);
  if (!had_focus || (gtk_widget_get_visible (button) && gtk_widget_get_visible (self->more_box)))
    return;

  _phoenix_entry_list_focus_item (self, first_new);
}

static void
more_clicked_cb (PhoenixEntryList *self)
{
  show_more (self, MAX (self->page_target, _phoenix_entry_list_get_n_built (self)) + page_size (self), self->more_button);
}

static void
all_clicked_cb (PhoenixEntryList *self)
{
  show_more (self, g_list_model_get_n_items (G_LIST_MODEL (self->display)), self->all_button);
}

void
_phoenix_entry_list_build_more (PhoenixEntryList *self)
{
  self->more_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_halign (self->more_box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (self->more_box, 6);

  self->more_button = gtk_button_new_with_label ("");
  gtk_widget_add_css_class (self->more_button, "pill");
  g_signal_connect_object (self->more_button, "clicked", G_CALLBACK (more_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->more_box), self->more_button);

  self->all_button = gtk_button_new_with_label (_("Show All"));
  gtk_widget_add_css_class (self->all_button, "pill");
  gtk_widget_add_css_class (self->all_button, "flat");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->all_button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Every entry of this section, which can take a moment"), -1);
  g_signal_connect_object (self->all_button, "clicked", G_CALLBACK (all_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self->more_box), self->all_button);

  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->more_box);
  g_signal_connect_object (self->display, "items-changed", G_CALLBACK (update_more), self, G_CONNECT_SWAPPED);
  _phoenix_entry_list_reset_page (self);
}

void
_phoenix_entry_list_reset_page (PhoenixEntryList *self)
{
  self->page_target = page_size (self);
  if (self->profile != NULL)
    {
      fill_page (self);
    }
  else
    {
      stop_filling (self);
      /* A lock's rows leave a few a turn (_phoenix_entry_list_tear_down). */
      if (!self->tearing_down)
        gtk_slice_list_model_set_size (self->slice, self->page_target);
    }
  update_more (self);
}

void
_phoenix_entry_list_reveal (PhoenixEntryList *self,
                            guint             position)
{
  _phoenix_entry_list_settle (self);
  if (position < g_list_model_get_n_items (G_LIST_MODEL (self->display)) &&
      position >= _phoenix_entry_list_get_n_built (self))
    set_n_built (self, position + 1);
}

GtkButton *
_phoenix_entry_list_get_more_button (PhoenixEntryList *self)
{
  return GTK_BUTTON (self->more_button);
}

GtkButton *
_phoenix_entry_list_get_all_button (PhoenixEntryList *self)
{
  return GTK_BUTTON (self->all_button);
}

/* For the UI tests: the row of the entry at @position (as shown) and one of its field widgets. */
GtkWidget *
_phoenix_entry_list_get_row (PhoenixEntryList *self,
                             guint             position)
{
  _phoenix_entry_list_reveal (self, position);
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
  _phoenix_entry_list_settle (self);
  entry = g_list_model_get_item (G_LIST_MODEL (self->store), position);
  if (entry == NULL || !g_list_store_find (self->display, entry, &shown))
    return NULL;

  return _phoenix_entry_list_get_row (self, shown);
}

gpointer
_phoenix_entry_list_get_field (PhoenixEntryList *self,
                               guint             position,
                               const char       *property)
{
  GtkWidget *widget = _phoenix_entry_list_get_row (self, position);

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
  GtkWidget *widget = _phoenix_entry_list_get_row (self, position);

  if (!PHOENIX_IS_ENTRY_ROW (widget))
    return NULL;
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (widget), TRUE);
  return phoenix_entry_row_get_spell (PHOENIX_ENTRY_ROW (widget), property);
}


const char *
_phoenix_entry_list_get_error (PhoenixEntryList *self,
                               guint             position)
{
  GtkWidget *row = _phoenix_entry_list_get_row (self, position);

  return PHOENIX_IS_ENTRY_ROW (row) ? phoenix_entry_row_get_error (PHOENIX_ENTRY_ROW (row)) : NULL;
}
