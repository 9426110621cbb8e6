/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-entry-list"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-entry-chip.h"
#include "phoenix-entry-list-private.h"
#include "phoenix-entry-row.h"
#include "phoenix-profile-entries.h"

enum {
  PROP_0,
  PROP_SECTION,
  PROP_SPELL_CHECKER,
  N_PROPS
};

enum {
  EDITED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixEntryList, phoenix_entry_list, ADW_TYPE_PREFERENCES_GROUP)



static void
emit_edited (PhoenixEntryList *self)
{
  g_signal_emit (self, signals[EDITED], 0);
}

/* Undo of field edits: the last value seen of each property is kept on the
 * entry, so an edit is recorded with its old value. */
static GQuark
last_value_quark (const char *property)
{
  g_autofree char *key = g_strconcat ("phoenix-entry-last-", property, NULL);

  return g_quark_from_string (key);
}

static void
free_gvalue (gpointer data)
{
  GValue *value = data;

  g_value_unset (value);
  g_free (value);
}

static void
remember_value (GObject    *object,
                GParamSpec *pspec)
{
  GValue *value = g_new0 (GValue, 1);

  g_value_init (value, pspec->value_type);
  g_object_get_property (object, pspec->name, value);
  g_object_set_qdata_full (object, last_value_quark (pspec->name), value, free_gvalue);
}

static void
entry_notify_cb (GObject          *object,
                 GParamSpec       *pspec,
                 PhoenixEntryList *self)
{
  GValue *old = g_object_get_qdata (object, last_value_quark (pspec->name));
  g_auto(GValue) new_value = G_VALUE_INIT;

  if (g_str_equal (pspec->name, "uid"))
    return;

  g_value_init (&new_value, pspec->value_type);
  g_object_get_property (object, pspec->name, &new_value);

  if (old != NULL && self->undo_stack != NULL)
    phoenix_undo_stack_record (self->undo_stack, object, pspec->name, old, &new_value);

  remember_value (object, pspec);
  emit_edited (self);
}

void
_phoenix_entry_list_track_entry (PhoenixEntryList *self,
                                 GObject          *entry)
{
  guint n_pspecs;
  g_autofree GParamSpec **pspecs = NULL;

  if (g_object_get_data (entry, "phoenix-entry-list") == self)
    return;
  g_object_set_data (entry, "phoenix-entry-list", self);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (entry), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    remember_value (entry, pspecs[i]);

  g_signal_connect_object (entry, "notify", G_CALLBACK (entry_notify_cb), self, 0);
}

static void
show_toast (PhoenixEntryList *self,
            AdwToast         *toast)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* Position of @entry in the profile's list, or FALSE when it left the list. */
gboolean
_phoenix_entry_list_entry_position (PhoenixEntryList *self,
                                    GObject          *entry,
                                    guint            *position)
{
  return self->store != NULL && entry != NULL && g_list_store_find (self->store, entry, position);
}

/* gtk_list_box_bind_model's function: the row of an entry, its edits tracked for undo. */
static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  PhoenixEntryList *self = PHOENIX_ENTRY_LIST (user_data);

  _phoenix_entry_list_track_entry (self, G_OBJECT (item));
  return GTK_WIDGET (phoenix_entry_row_new (self, G_OBJECT (item)));
}

/* A variant's selection of entries, before and after a check button changed it. */
typedef struct
{
  PhoenixCvVariant *variant;
  const char       *section;
  GStrv             old_uids;  /* NULL: every entry */
  GStrv             new_uids;
} SelectionChange;

static void
selection_change_free (gpointer data)
{
  SelectionChange *change = data;

  g_clear_object (&change->variant);
  g_strfreev (change->old_uids);
  g_strfreev (change->new_uids);
  g_free (change);
}

static void
apply_selection_change (gpointer data,
                        gboolean undo)
{
  SelectionChange *change = data;

  phoenix_cv_variant_set_selection (change->variant, change->section,
                                    (const char * const *) (undo ? change->old_uids : change->new_uids));
}

/* Whether the list shows the store's entries in the store's order. */
static gboolean
shows_profile_order (PhoenixEntryList *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->display));

  if (self->store == NULL || n_items != g_list_model_get_n_items (G_LIST_MODEL (self->store)))
    return FALSE;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) shown = g_list_model_get_item (G_LIST_MODEL (self->display), i);
      g_autoptr(GObject) stored = g_list_model_get_item (G_LIST_MODEL (self->store), i);

      if (shown != stored)
        return FALSE;
    }

  return TRUE;
}

/* Whether @selection (NULL: every entry) holds @entry. */
static gboolean
selection_has (const char * const *selection,
               GObject            *entry)
{
  g_autofree char *uid = NULL;

  if (selection == NULL)
    return TRUE;

  g_object_get (entry, "uid", &uid, NULL);
  return g_strv_contains (selection, uid);
}

/* The store's entries in the order the list shows them. Out of variant mode: the
 * profile's order. In variant mode, the entries the variant shows come in its
 * order; the others keep their place among the rows: in the profile's order on
 * @reset, else where the list shows them now (new ones at their profile position). */
static GPtrArray *
wanted_order (PhoenixEntryList *self,
              gboolean          reset)
{
  GListModel *store = G_LIST_MODEL (self->store);
  guint n_items = g_list_model_get_n_items (store);
  GPtrArray *order = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) shown = NULL;
  const char * const *selection;
  guint next = 0;

  selection = self->variant != NULL ? phoenix_cv_variant_get_selection (self->variant, self->section->id) : NULL;

  if (reset || selection == NULL)
    {
      for (guint i = 0; i < n_items; i++)
        g_ptr_array_add (order, g_list_model_get_item (store, i));
    }
  else
    {
      guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->display));

      for (guint i = 0; i < n_shown; i++)
        {
          GObject *entry = g_list_model_get_item (G_LIST_MODEL (self->display), i);

          if (g_list_store_find (self->store, entry, NULL))
            g_ptr_array_add (order, entry);
          else
            g_object_unref (entry);
        }
      for (guint i = 0; i < n_items; i++)
        {
          GObject *entry = g_list_model_get_item (store, i);

          if (g_ptr_array_find (order, entry, NULL))
            g_object_unref (entry);
          else
            g_ptr_array_insert (order, MIN (i, order->len), entry);
        }
    }

  if (selection == NULL)
    return order;

  /* The variant's entries, in its order, take the places of its entries. */
  shown = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint j = 0; selection[j] != NULL; j++)
    for (guint i = 0; i < n_items; i++)
      {
        g_autoptr(GObject) entry = g_list_model_get_item (store, i);
        g_autofree char *uid = NULL;

        g_object_get (entry, "uid", &uid, NULL);
        if (g_strcmp0 (uid, selection[j]) == 0 && !g_ptr_array_find (shown, entry, NULL))
          {
            g_ptr_array_add (shown, g_steal_pointer (&entry));
            break;
          }
      }

  for (guint i = 0; i < order->len && next < shown->len; i++)
    if (g_ptr_array_find (shown, order->pdata[i], NULL))
      {
        g_object_unref (order->pdata[i]);
        order->pdata[i] = g_object_ref (shown->pdata[next++]);
      }

  return order;
}

/* Makes the list show @order, replacing only the rows that changed. */
static void
show_order (PhoenixEntryList *self,
            GPtrArray        *order)
{
  phoenix_list_store_set_items (self->display, order);
}

/* Shows the store's entries in the order of the profile or, in variant mode, of the variant. */
static void
sync_display (PhoenixEntryList *self,
              gboolean          reset)
{
  g_autoptr(GPtrArray) order = NULL;

  if (self->store == NULL)
    {
      g_list_store_remove_all (self->display);
      return;
    }

  order = wanted_order (self, reset);
  if (_phoenix_entry_list_refill_page (self, order))
    return;
  show_order (self, order);
  _phoenix_entry_list_update_checks (self);
}

void
_phoenix_entry_list_check_toggled_cb (GtkCheckButton   *check,
                                      PhoenixEntryList *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) uids = NULL;
  const char * const *selection;
  SelectionChange *change;
  guint n_items, n_built, n_selected = 0;

  if (self->updating_checks || self->variant == NULL)
    return;

  /* The ticked entries in the order shown: the variant's order. Entries past the
   * page have no check built: they keep what the variant says. */
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->display));
  n_built = _phoenix_entry_list_get_n_built (self);
  selection = phoenix_cv_variant_get_selection (self->variant, self->section->id);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) entry = g_list_model_get_item (G_LIST_MODEL (self->display), i);
      g_autofree char *uid = NULL;

      if (i < n_built)
        {
          GtkCheckButton *row_check = _phoenix_entry_list_item_check (_phoenix_entry_list_get_item_widget (self, i));

          if (row_check == NULL || !gtk_check_button_get_active (row_check))
            continue;
        }
      else if (!selection_has (selection, entry))
        {
          continue;
        }
      g_object_get (entry, "uid", &uid, NULL);
      g_strv_builder_add (builder, uid);
      n_selected++;
    }

  uids = g_strv_builder_end (builder);

  change = g_new0 (SelectionChange, 1);
  change->variant = g_object_ref (self->variant);
  change->section = self->section->id;
  change->old_uids = g_strdupv ((char **) selection);
  change->new_uids = n_selected == n_items && shows_profile_order (self) ? NULL : g_strdupv (uids);

  self->updating_checks = TRUE;
  phoenix_cv_variant_set_selection (self->variant, self->section->id, (const char * const *) change->new_uids);
  self->updating_checks = FALSE;

  if (self->undo_stack != NULL)
    phoenix_undo_stack_record_custom (self->undo_stack, G_OBJECT (self->variant), apply_selection_change,
                                      change, selection_change_free);
  else
    selection_change_free (change);
}

/* Sets the variant checks of the rows or chips built. */
void
_phoenix_entry_list_update_checks (PhoenixEntryList *self)
{
  const char * const *selection;
  GtkWidget *child;

  if (self->updating_checks)
    return;

  selection = self->variant != NULL ? phoenix_cv_variant_get_selection (self->variant, self->section->id) : NULL;

  self->updating_checks = TRUE;
  for (child = gtk_widget_get_first_child (_phoenix_entry_list_is_chips (self) ? GTK_WIDGET (self->chips) : GTK_WIDGET (self->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkCheckButton *check = _phoenix_entry_list_item_check (child);
      g_autofree char *uid = NULL;

      if (check == NULL)
        continue;

      g_object_get (_phoenix_entry_list_item_entry (child), "uid", &uid, NULL);
      gtk_widget_set_visible (GTK_WIDGET (check), self->variant != NULL);
      gtk_check_button_set_active (check,
                                   selection == NULL || g_strv_contains (selection, uid));
      /* One Tab stop a chip: in variant mode, its check. */
      if (PHOENIX_IS_ENTRY_CHIP (child))
        gtk_widget_set_can_focus (phoenix_entry_chip_get_button (PHOENIX_ENTRY_CHIP (child)), self->variant == NULL);
    }
  self->updating_checks = FALSE;
}

static void
store_items_changed_cb (PhoenixEntryList *self)
{
  sync_display (self, FALSE);
  emit_edited (self);
}

static void
variant_changed_cb (PhoenixEntryList *self)
{
  sync_display (self, FALSE);
}

static void
phoenix_entry_list_dispose (GObject *object)
{
  PhoenixEntryList *self = PHOENIX_ENTRY_LIST (object);

  phoenix_entry_list_set_variant (self, NULL);
  phoenix_entry_list_set_profile (self, NULL);
  _phoenix_entry_list_stop_teardown (self);
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->spell_checker);
  gtk_widget_dispose_template (GTK_WIDGET (object), PHOENIX_TYPE_ENTRY_LIST);
  g_clear_object (&self->slice);
  g_clear_object (&self->display);

  G_OBJECT_CLASS (phoenix_entry_list_parent_class)->dispose (object);
}

static void
phoenix_entry_list_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PhoenixEntryList *self = PHOENIX_ENTRY_LIST (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      g_value_set_string (value, phoenix_entry_list_get_section (self));
      break;

    case PROP_SPELL_CHECKER:
      g_value_set_object (value, self->spell_checker);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_clicked_cb (PhoenixEntryList *self)
{
  /* Chips are added by name, in their entry. */
  if (_phoenix_entry_list_is_chips (self))
    gtk_widget_grab_focus (GTK_WIDGET (self->chip_entry));
  else
    phoenix_entry_list_add (self);
}

static void
phoenix_entry_list_constructed (GObject *object)
{
  PhoenixEntryList *self = PHOENIX_ENTRY_LIST (object);

  G_OBJECT_CLASS (phoenix_entry_list_parent_class)->constructed (object);

  if (_phoenix_entry_list_is_chips (self))
    _phoenix_entry_list_build_chips (self);
  else
    gtk_list_box_bind_model (self->list, G_LIST_MODEL (self->slice), create_row, self, NULL);
  _phoenix_entry_list_build_more (self);
}

static void
phoenix_entry_list_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PhoenixEntryList *self = PHOENIX_ENTRY_LIST (object);

  switch (prop_id)
    {
    case PROP_SECTION:
      {
        self->section = _phoenix_entry_section_find (g_value_get_string (value));
        g_return_if_fail (self->section != NULL);

        adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _(self->section->title));
        if (self->section->description != NULL)
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self), _(self->section->description));

        adw_button_content_set_label (self->add_content, _(self->section->add_label));
        adw_button_content_set_use_underline (self->add_content, FALSE);
      }
      break;

    case PROP_SPELL_CHECKER:
      phoenix_entry_list_set_spell_checker (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_entry_list_class_init (PhoenixEntryListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = phoenix_entry_list_constructed;
  object_class->dispose = phoenix_entry_list_dispose;
  object_class->get_property = phoenix_entry_list_get_property;
  object_class->set_property = phoenix_entry_list_set_property;

  properties[PROP_SECTION] =
    g_param_spec_string ("section", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SPELL_CHECKER] =
    g_param_spec_object ("spell-checker", NULL, NULL,
                         PHOENIX_TYPE_SPELL_CHECKER,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-entry-list.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixEntryList, list);
  gtk_widget_class_bind_template_child (widget_class, PhoenixEntryList, add_content);
  gtk_widget_class_bind_template_child (widget_class, PhoenixEntryList, add_button);
  gtk_widget_class_bind_template_callback (widget_class, add_clicked_cb);

  signals[EDITED] =
    g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
phoenix_entry_list_init (PhoenixEntryList *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->display = g_list_store_new (G_TYPE_OBJECT);
  self->slice = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->display)), 0, 0);
}

GtkWidget *
phoenix_entry_list_new (const char *section)
{
  g_return_val_if_fail (_phoenix_entry_section_find (section) != NULL, NULL);

  return g_object_new (PHOENIX_TYPE_ENTRY_LIST, "section", section, NULL);
}

const char *
phoenix_entry_list_get_section (PhoenixEntryList *self)
{
  g_return_val_if_fail (PHOENIX_IS_ENTRY_LIST (self), NULL);

  return self->section != NULL ? self->section->id : NULL;
}

void
phoenix_entry_list_set_profile (PhoenixEntryList *self,
                                PhoenixProfile   *profile)
{
  g_return_if_fail (PHOENIX_IS_ENTRY_LIST (self));

  if (self->profile == profile)
    return;

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  /* Unlocked again before a lock's rows had left: the rest go now. */
  _phoenix_entry_list_stop_teardown (self);
  if (self->display != NULL)
    {
      _phoenix_entry_list_bury_items (self);
      /* Locked (issue #20): the rows leave their list a few a turn. */
      if (profile == NULL)
        _phoenix_entry_list_tear_down (self);
      else
        g_list_store_remove_all (self->display);
    }
  g_clear_object (&self->store);
  g_clear_object (&self->profile);

  if (profile == NULL)
    {
      _phoenix_entry_list_reset_page (self);
      return;
    }

  self->profile = g_object_ref (profile);
  _phoenix_entry_list_reset_page (self);
  self->store = g_object_ref (self->section->get_store (profile));
  g_signal_connect_object (self->store, "items-changed", G_CALLBACK (store_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  sync_display (self, TRUE);
}

void
phoenix_entry_list_set_undo_stack (PhoenixEntryList *self,
                                   PhoenixUndoStack *undo_stack)
{
  g_return_if_fail (PHOENIX_IS_ENTRY_LIST (self));

  g_set_object (&self->undo_stack, undo_stack);
}

void
phoenix_entry_list_set_variant (PhoenixEntryList *self,
                                PhoenixCvVariant *variant)
{
  g_return_if_fail (PHOENIX_IS_ENTRY_LIST (self));

  if (self->variant == variant)
    return;

  if (self->variant != NULL)
    g_signal_handlers_disconnect_by_data (self->variant, self);
  g_set_object (&self->variant, variant);
  if (variant != NULL)
    g_signal_connect_object (variant, "changed", G_CALLBACK (variant_changed_cb), self, G_CONNECT_SWAPPED);

  /* Say which order the moves change. */
  if (variant != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                           _("Entries and order of this CV: tick what it shows; "
                                             "moving an entry changes this CV only"));
  else
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                           self->section->description != NULL ? _(self->section->description)
                                                                              : NULL);

  if (self->store != NULL)
    sync_display (self, TRUE);
  else
    _phoenix_entry_list_update_checks (self);
}

void
phoenix_entry_list_add (PhoenixEntryList *self)
{
  g_autoptr(GObject) entry = NULL;
  g_autoptr(GPtrArray) added = g_ptr_array_new ();
  GtkListBoxRow *row;
  guint position;

  g_return_if_fail (PHOENIX_IS_ENTRY_LIST (self));

  if (self->store == NULL)
    return;

  entry = g_object_new (self->section->get_type (), NULL);
  position = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  g_list_store_append (self->store, entry);
  g_ptr_array_add (added, entry);
  if (self->undo_stack != NULL)
    phoenix_undo_stack_record_splice (self->undo_stack, self->store, position, NULL, added);

  if (!g_list_store_find (self->display, entry, &position))
    return;
  /* The new entry comes last: past the page, the slice grows to it. */
  _phoenix_entry_list_reveal (self, position);
  if (_phoenix_entry_list_is_chips (self))
    {
      GtkWidget *chip = _phoenix_entry_list_get_item_widget (self, position);

      if (PHOENIX_IS_ENTRY_CHIP (chip))
        phoenix_entry_chip_edit (PHOENIX_ENTRY_CHIP (chip));
      return;
    }

  /* Only the new entry's form stays open: the others fold away. */
  phoenix_entry_list_collapse_all (self);
  row = gtk_list_box_get_row_at_index (self->list, position);
  if (PHOENIX_IS_ENTRY_ROW (row))
    phoenix_entry_row_open_fresh (PHOENIX_ENTRY_ROW (row));
}

void
phoenix_entry_list_collapse_all (PhoenixEntryList *self)
{
  g_return_if_fail (PHOENIX_IS_ENTRY_LIST (self));

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ADW_IS_EXPANDER_ROW (child))
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (child), FALSE);
}

typedef struct
{
  PhoenixEntryList *self;  /* weak */
  GListStore       *store;
  GObject          *entry;
  guint             position;
  guint             n_undo;  /* steps once the removal was recorded */
} Removed;

static void
removed_free (gpointer  data,
              GClosure *closure)
{
  Removed *removed = data;

  g_clear_weak_pointer (&removed->self);
  g_clear_object (&removed->store);
  g_clear_object (&removed->entry);
  g_free (removed);
}

static void
undo_remove_cb (AdwToast *toast,
                Removed  *removed)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (removed->store));
  guint position = MIN (removed->position, n_items);
  g_autoptr(GPtrArray) added = g_ptr_array_new ();

  if (g_list_store_find (removed->store, removed->entry, NULL))
    return;

  /* Still the last change: undo it, so the history stays true. */
  if (removed->self != NULL && removed->self->undo_stack != NULL &&
      phoenix_undo_stack_get_n_undo (removed->self->undo_stack) == removed->n_undo)
    {
      phoenix_undo_stack_undo (removed->self->undo_stack);
      return;
    }

  g_list_store_insert (removed->store, position, removed->entry);
  g_ptr_array_add (added, removed->entry);
  if (removed->self != NULL && removed->self->undo_stack != NULL)
    phoenix_undo_stack_record_splice (removed->self->undo_stack, removed->store, position, NULL, added);
}

void
phoenix_entry_list_remove (PhoenixEntryList *self,
                           guint             position)
{
  g_autoptr(GObject) entry = NULL;
  g_autoptr(GPtrArray) removed_items = g_ptr_array_new ();
  Removed *removed;
  AdwToast *toast;

  g_return_if_fail (PHOENIX_IS_ENTRY_LIST (self));

  if (self->store == NULL || position >= g_list_model_get_n_items (G_LIST_MODEL (self->store)))
    return;

  entry = g_list_model_get_item (G_LIST_MODEL (self->store), position);
  g_list_store_remove (self->store, position);
  g_ptr_array_add (removed_items, entry);
  if (self->undo_stack != NULL)
    phoenix_undo_stack_record_splice (self->undo_stack, self->store, position, removed_items, NULL);

  removed = g_new0 (Removed, 1);
  g_set_weak_pointer (&removed->self, self);
  removed->store = g_object_ref (self->store);
  removed->entry = g_object_ref (entry);
  removed->position = position;
  removed->n_undo = self->undo_stack != NULL ? phoenix_undo_stack_get_n_undo (self->undo_stack) : 0;

  toast = adw_toast_new (_(self->section->removed));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_cb),
                         removed, removed_free, 0);
  show_toast (self, toast);
}

void
phoenix_entry_list_move (PhoenixEntryList *self,
                         guint             from,
                         guint             to)
{
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) after = NULL;
  guint n_items, first, last;
  gpointer moved;

  g_return_if_fail (PHOENIX_IS_ENTRY_LIST (self));

  if (self->store == NULL)
    return;
  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->store));
  if (from >= n_items || to >= n_items || from == to)
    return;

  first = MIN (from, to);
  last = MAX (from, to);
  for (guint i = first; i <= last; i++)
    g_ptr_array_add (before, g_list_model_get_item (G_LIST_MODEL (self->store), i));

  after = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < before->len; i++)
    g_ptr_array_add (after, g_object_ref (g_ptr_array_index (before, i)));
  moved = g_ptr_array_steal_index (after, from - first);
  g_ptr_array_insert (after, to - first, moved);

  g_list_store_splice (self->store, first, after->len, after->pdata, after->len);
  if (self->undo_stack != NULL)
    phoenix_undo_stack_record_splice (self->undo_stack, self->store, first, before, after);

  /* After a move, the moved row or chip keeps the focus (the page grows to it). */
  _phoenix_entry_list_focus_item (self, to);
}

/* Variant mode: moves the entry shown at @from to @to within the variant's order;
 * the profile's order stays. */
static void
move_in_variant (PhoenixEntryList *self,
                 guint             from,
                 guint             to)
{
  const char * const *selection = phoenix_cv_variant_get_selection (self->variant, self->section->id);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) uids = NULL;
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->display));
  guint n_selected = 0;
  gboolean every_entry;
  SelectionChange *change;
  gpointer moved;

  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (order, g_list_model_get_item (G_LIST_MODEL (self->display), i));
  moved = g_ptr_array_steal_index (order, from);
  g_ptr_array_insert (order, to, moved);

  for (guint i = 0; i < order->len; i++)
    if (selection_has (selection, order->pdata[i]))
      {
        g_autofree char *uid = NULL;

        g_object_get (order->pdata[i], "uid", &uid, NULL);
        g_strv_builder_add (builder, uid);
        n_selected++;
      }
  uids = g_strv_builder_end (builder);

  change = g_new0 (SelectionChange, 1);
  change->variant = g_object_ref (self->variant);
  change->section = self->section->id;
  change->old_uids = g_strdupv ((char **) selection);

  /* The rows first, so the variant's new order matches what is shown. */
  show_order (self, order);
  every_entry = n_selected == n_items && shows_profile_order (self);
  change->new_uids = every_entry ? NULL : g_steal_pointer (&uids);

  if ((change->old_uids == NULL && change->new_uids == NULL) ||
      (change->old_uids != NULL && change->new_uids != NULL &&
       g_strv_equal ((const char * const *) change->old_uids, (const char * const *) change->new_uids)))
    {
      /* Only hidden entries moved: nothing the CV shows changed. */
      selection_change_free (change);
      _phoenix_entry_list_update_checks (self);
    }
  else
    {
      phoenix_cv_variant_set_selection (self->variant, self->section->id,
                                        (const char * const *) change->new_uids);
      if (self->undo_stack != NULL)
        {
          phoenix_undo_stack_break_merge (self->undo_stack);
          phoenix_undo_stack_record_custom (self->undo_stack, G_OBJECT (self->variant), apply_selection_change,
                                            change, selection_change_free);
          phoenix_undo_stack_break_merge (self->undo_stack);
        }
      else
        {
          selection_change_free (change);
        }
    }

  /* After a move, the moved row or chip keeps the focus (the page grows to it). */
  _phoenix_entry_list_focus_item (self, to);
}

void
_phoenix_entry_list_move_row (PhoenixEntryList *self,
                              guint             from,
                              guint             to)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->display));
  g_autoptr(GObject) entry = NULL;
  guint store_from, store_to;

  if (from >= n_items || to >= n_items || from == to)
    return;

  if (self->variant != NULL)
    {
      move_in_variant (self, from, to);
      return;
    }

  /* Out of variant mode the list shows the profile's order: the same positions. */
  entry = g_list_model_get_item (G_LIST_MODEL (self->display), from);
  store_from = from;
  store_to = to;
  if (g_list_store_find (self->store, entry, &store_from))
    phoenix_entry_list_move (self, store_from, store_to);
}


PhoenixSpellChecker *
phoenix_entry_list_get_spell_checker (PhoenixEntryList *self)
{
  g_return_val_if_fail (PHOENIX_IS_ENTRY_LIST (self), NULL);

  return self->spell_checker;
}

void
phoenix_entry_list_set_spell_checker (PhoenixEntryList    *self,
                                      PhoenixSpellChecker *checker)
{
  g_return_if_fail (PHOENIX_IS_ENTRY_LIST (self));
  g_return_if_fail (checker == NULL || PHOENIX_IS_SPELL_CHECKER (checker));

  if (g_set_object (&self->spell_checker, checker))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPELL_CHECKER]);
}
