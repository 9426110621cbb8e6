/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-page"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-cv-page-private.h"
#include "phoenix-cv-renderer.h"
#include "phoenix-design-window.h"

/* The CV variants of the CV page: the selector and its menu (new, duplicate, rename,
 * delete), the current CV's own headline, summary, language, template and paper, its
 * sections, and the entry lists' variant mode. */

static void
variants_changed (PhoenixCvPage *self)
{
  if (self->updating_variant || self->profile == NULL)
    return;

  _phoenix_cv_page_variants_changed (self);
}

/* The combo rows of the variant: stored values in the order of their models. */
static const char * const language_values[] = { "fr", "en", NULL };
static const char * const paper_values[] = { "a4", "letter", NULL };

static guint
index_of (const char * const *values,
          const char         *value)
{
  for (guint i = 0; values[i] != NULL; i++)
    if (g_strcmp0 (values[i], value) == 0)
      return i;

  return 0;
}

static const char *
template_name (const char *id)
{
  guint n_templates;
  const PhoenixCvTemplateInfo *templates = phoenix_cv_templates_get (&n_templates);

  for (guint i = 0; i < n_templates; i++)
    if (g_strcmp0 (templates[i].id, id) == 0)
      return _(templates[i].name);

  return _(templates[0].name);
}

const char *
_phoenix_cv_page_variant_display_name (PhoenixCvVariant *variant)
{
  return phoenix_cv_variant_get_display_name (variant);
}

static void
show_variant_settings (PhoenixCvPage *self)
{
  self->updating_variant = TRUE;
  if (self->variant != NULL)
    {
      adw_combo_row_set_selected (self->language_row,
                                  index_of (language_values, phoenix_cv_variant_get_language (self->variant)));
      adw_action_row_set_subtitle (self->template_row,
                                   template_name (phoenix_cv_variant_get_template (self->variant)));
      adw_combo_row_set_selected (self->paper_row,
                                  index_of (paper_values, phoenix_cv_variant_get_paper (self->variant)));
    }
  self->updating_variant = FALSE;
}

static void
variant_combo_changed_cb (PhoenixCvPage *self,
                          GParamSpec    *pspec,
                          AdwComboRow   *row)
{
  guint selected = adw_combo_row_get_selected (row);

  if (self->updating_variant || self->variant == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  if (row == self->language_row)
    phoenix_cv_variant_set_language (self->variant, language_values[MIN (selected, 1)]);
  else if (row == self->paper_row)
    phoenix_cv_variant_set_paper (self->variant, paper_values[MIN (selected, 1)]);
}

/* Section order and visibility of the current CV: a row per section with a
 * switch (shown or not) and a menu to move it. */
static const char * const order_ids[] = {
  "summary", "experience", "education", "projects", "volunteering", "certifications",
  "awards", "publications", "skills", "languages", "interests", "references", NULL
};
static const char * const order_labels[] = {
  N_("Profile"), N_("Experience"), N_("Education"), N_("Projects"), N_("Volunteering"),
  N_("Certifications"), N_("Awards"), N_("Publications"), N_("Skills"), N_("Languages"),
  N_("Interests"), N_("References"), NULL
};

static const char *
order_label (const char *id)
{
  for (guint i = 0; order_ids[i] != NULL; i++)
    if (g_str_equal (order_ids[i], id))
      return _(order_labels[i]);

  return id;
}

/* The variant's sections, every known one: shown ones first in their order, then hidden ones. */
static GPtrArray *
current_order (PhoenixCvPage *self,
               GHashTable    *shown)
{
  const char * const *sections = phoenix_cv_variant_get_sections (self->variant);
  GPtrArray *order = g_ptr_array_new ();
  gboolean all = sections == NULL || sections[0] == NULL;

  if (all)
    sections = order_ids;
  for (guint i = 0; sections[i] != NULL; i++)
    if (g_strv_contains (order_ids, sections[i]))
      {
        g_ptr_array_add (order, (gpointer) sections[i]);
        g_hash_table_add (shown, (gpointer) sections[i]);
      }
  for (guint i = 0; order_ids[i] != NULL; i++)
    if (!g_hash_table_contains (shown, order_ids[i]))
      g_ptr_array_add (order, (gpointer) order_ids[i]);

  return order;
}

static void
store_order (PhoenixCvPage *self,
             GPtrArray     *order,
             GHashTable    *shown)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) sections = NULL;

  for (guint i = 0; i < order->len; i++)
    if (g_hash_table_contains (shown, g_ptr_array_index (order, i)))
      g_strv_builder_add (builder, g_ptr_array_index (order, i));
  /* The contact's links stay where the template puts them. */
  g_strv_builder_add (builder, "links");
  sections = g_strv_builder_end (builder);

  {
    g_auto(GValue) old_value = G_VALUE_INIT;
    g_auto(GValue) new_value = G_VALUE_INIT;

    g_value_init (&old_value, G_TYPE_STRV);
    g_value_set_boxed (&old_value, phoenix_cv_variant_get_sections (self->variant));
    g_value_init (&new_value, G_TYPE_STRV);
    g_value_set_boxed (&new_value, sections);
    phoenix_cv_variant_set_sections (self->variant, (const char * const *) sections);
    /* Each click is a step of its own. */
    phoenix_undo_stack_break_merge (self->undo_stack);
    phoenix_undo_stack_record (self->undo_stack, G_OBJECT (self->variant), "sections", &old_value, &new_value);
    phoenix_undo_stack_break_merge (self->undo_stack);
  }
}

static void
section_row_action_cb (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GtkWidget *row = GTK_WIDGET (user_data);
  PhoenixCvPage *self = g_object_get_data (G_OBJECT (row), "page");
  const char *id = g_object_get_data (G_OBJECT (row), "section");
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = NULL;
  const char *name = g_action_get_name (G_ACTION (action));
  guint position;

  if (self == NULL || self->variant == NULL)
    return;

  order = current_order (self, shown);
  if (!g_ptr_array_find_with_equal_func (order, id, g_str_equal, &position))
    return;

  if (g_str_equal (name, "menu"))
    {
      gtk_menu_button_popup (g_object_get_data (G_OBJECT (row), "menu-button"));
      return;
    }
  if (g_str_equal (name, "move-up") && position > 0)
    {
      order->pdata[position] = order->pdata[position - 1];
      order->pdata[position - 1] = (gpointer) id;
    }
  else if (g_str_equal (name, "move-down") && position + 1 < order->len)
    {
      order->pdata[position] = order->pdata[position + 1];
      order->pdata[position + 1] = (gpointer) id;
    }
  else
    {
      return;
    }

  store_order (self, order, shown);
}

static void
section_switch_cb (GtkSwitch     *toggle,
                   GParamSpec    *pspec,
                   PhoenixCvPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (toggle), "section");
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = NULL;

  if (self->updating_variant || self->variant == NULL)
    return;

  order = current_order (self, shown);
  if (gtk_switch_get_active (toggle))
    g_hash_table_add (shown, (gpointer) id);
  else
    g_hash_table_remove (shown, id);
  store_order (self, order, shown);
}

static void
show_section_order (PhoenixCvPage *self)
{
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) order = NULL;
  GtkWidget *row;

  for (guint i = 0; i < self->section_rows->len; i++)
    adw_expander_row_remove (self->sections_row, g_ptr_array_index (self->section_rows, i));
  g_ptr_array_set_size (self->section_rows, 0);

  if (self->variant == NULL)
    return;

  order = current_order (self, shown);
  self->updating_variant = TRUE;
  for (guint i = 0; i < order->len; i++)
    {
      const char *id = g_ptr_array_index (order, i);
      GtkWidget *toggle = gtk_switch_new ();
      GtkWidget *menu_button = gtk_menu_button_new ();
      g_autoptr(GMenu) menu = g_menu_new ();
      g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
      static const char * const names[] = { "move-up", "move-down", "menu" };
      GtkEventController *shortcuts;

      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), order_label (id));
      g_object_set_data (G_OBJECT (row), "page", self);
      g_object_set_data (G_OBJECT (row), "section", (gpointer) id);

      for (guint j = 0; j < G_N_ELEMENTS (names); j++)
        {
          g_autoptr(GSimpleAction) action = g_simple_action_new (names[j], NULL);

          g_signal_connect_object (action, "activate", G_CALLBACK (section_row_action_cb), row, 0);
          g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
        }
      gtk_widget_insert_action_group (row, "section", G_ACTION_GROUP (group));
      g_menu_append (menu, _("Move _Up"), "section.move-up");
      g_menu_append (menu, _("Move _Down"), "section.move-down");
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), G_MENU_MODEL (menu));
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "view-more-symbolic");
      gtk_widget_set_valign (menu_button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (menu_button, "flat");
      gtk_widget_set_tooltip_text (menu_button, _("Move"));
      /* Translators: a menu button of a section row, for screen readers, e.g. “Move Experience” */
      {
        g_autofree char *move = g_strdup_printf (_("Move %s"), order_label (id));

        _phoenix_form_label_menu_button (menu_button, move);
      }
      /* One Tab stop a row: the row toggles the switch; Alt+Up, Alt+Down or the menu key move it. */
      gtk_widget_set_can_focus (menu_button, FALSE);
      g_object_set_data (G_OBJECT (row), "menu-button", menu_button);
      shortcuts = gtk_shortcut_controller_new ();
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                            gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Alt>Up"),
                                                              gtk_named_action_new ("section.move-up")));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                            gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Alt>Down"),
                                                              gtk_named_action_new ("section.move-down")));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                            gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Shift>F10|Menu"),
                                                              gtk_named_action_new ("section.menu")));
      gtk_widget_add_controller (row, shortcuts);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      _("Space shows or hides it; Alt+Up and Alt+Down move it"), -1);

      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_switch_set_active (GTK_SWITCH (toggle), g_hash_table_contains (shown, id));
      g_object_set_data (G_OBJECT (toggle), "section", (gpointer) id);
      g_object_set_data (G_OBJECT (row), "switch", toggle);
      g_signal_connect_object (toggle, "notify::active", G_CALLBACK (section_switch_cb), self, 0);

      gtk_widget_set_can_focus (toggle, FALSE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      adw_expander_row_add_row (self->sections_row, row);
      g_ptr_array_add (self->section_rows, row);
    }
  self->updating_variant = FALSE;
}

/* Rebuilt in an idle: the row whose switch or menu changed the order goes away. */
static gboolean
section_order_idle_cb (gpointer user_data)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (user_data);

  self->section_order_id = 0;
  show_section_order (self);
  return G_SOURCE_REMOVE;
}

static void
schedule_section_order (PhoenixCvPage *self)
{
  if (self->section_order_id == 0)
    self->section_order_id = g_idle_add (section_order_idle_cb, self);
}

static void
update_variant_actions (PhoenixCvPage *self)
{
  guint n_variants = self->variants != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->variants)) : 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cv.delete-variant", n_variants > 1);
}

void
_phoenix_cv_page_set_current_variant (PhoenixCvPage    *self,
                                      PhoenixCvVariant *variant)
{
  if (self->variant == variant)
    return;

  for (guint i = 0; i < self->variant_bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->variant_bindings, i));
  g_ptr_array_set_size (self->variant_bindings, 0);
  if (self->variant != NULL)
    g_signal_handlers_disconnect_by_data (self->variant, self);

  g_set_object (&self->variant, variant);

  self->updating_variant = TRUE;
  if (variant != NULL)
    {
      g_ptr_array_add (self->variant_bindings,
                       g_object_bind_property (variant, "headline", self->variant_headline_row, "text",
                                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE));
      g_ptr_array_add (self->variant_bindings,
                       g_object_bind_property (variant, "summary", self->variant_summary_row, "text",
                                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE));
      g_ptr_array_add (self->variant_bindings,
                       g_object_bind_property (variant, "show-photo", self->show_photo_switch, "active",
                                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE));
      g_signal_connect_object (variant, "notify", G_CALLBACK (variants_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (variant, "changed", G_CALLBACK (variants_changed), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (variant, "notify::sections", G_CALLBACK (schedule_section_order), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (variant, "notify::language", G_CALLBACK (show_variant_settings), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (variant, "notify::language", G_CALLBACK (_phoenix_cv_page_update_spell_language),
                               self, G_CONNECT_SWAPPED);
      g_signal_connect_object (variant, "notify::template", G_CALLBACK (show_variant_settings), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (variant, "notify::paper", G_CALLBACK (show_variant_settings), self,
                               G_CONNECT_SWAPPED);
      /* Edits of the CV's own settings are undone like the rest (once per variant). */
      if (g_object_get_data (G_OBJECT (variant), "phoenix-cv-page-tracked") != self)
        {
          static const char * const tracked[] = {
            "name", "headline", "summary", "language", "template", "paper", "show-photo",
            "accent", "font", "spacing", "fit-one-page",
          };

          g_object_set_data (G_OBJECT (variant), "phoenix-cv-page-tracked", self);
          for (guint i = 0; i < G_N_ELEMENTS (tracked); i++)
            _phoenix_cv_page_track_property (self, G_OBJECT (variant), tracked[i]);
        }
    }
  else
    {
      gtk_editable_set_text (GTK_EDITABLE (self->variant_headline_row), "");
      gtk_editable_set_text (GTK_EDITABLE (self->variant_summary_row), "");
      gtk_switch_set_active (self->show_photo_switch, FALSE);
    }
  self->updating_variant = FALSE;
  show_variant_settings (self);
  show_section_order (self);
  _phoenix_cv_page_update_spell_language (self);

  for (guint i = 0; i < PHOENIX_CV_PAGE_N_LISTS; i++)
    phoenix_entry_list_set_variant (self->lists[i],
                                    gtk_toggle_button_get_active (self->select_button) ? variant : NULL);

  phoenix_cv_preview_set_profile (self->preview, self->profile, variant);

  if (variant != NULL && self->variants != NULL)
    {
      guint position;

      if (g_list_store_find (self->variants, variant, &position) &&
          gtk_drop_down_get_selected (self->variant_dropdown) != position)
        gtk_drop_down_set_selected (self->variant_dropdown, position);
    }
}

static void
variant_selected_cb (PhoenixCvPage *self)
{
  g_autoptr(PhoenixCvVariant) variant = NULL;
  guint selected = gtk_drop_down_get_selected (self->variant_dropdown);

  if (self->variants == NULL || selected == GTK_INVALID_LIST_POSITION)
    return;

  variant = g_list_model_get_item (G_LIST_MODEL (self->variants), selected);
  _phoenix_cv_page_set_current_variant (self, variant);
}

static void
variant_item_setup_cb (GtkSignalListItemFactory *factory,
                       GtkListItem              *item,
                       gpointer                  in_list)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (in_list == NULL)
    {
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_width_chars (GTK_LABEL (label), 4);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
    }
  gtk_list_item_set_child (item, label);
}

static void
variant_item_bind_cb (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  PhoenixCvVariant *variant = gtk_list_item_get_item (item);

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), _phoenix_cv_page_variant_display_name (variant));
}

static void
select_toggled_cb (PhoenixCvPage *self)
{
  gboolean active = gtk_toggle_button_get_active (self->select_button);

  for (guint i = 0; i < PHOENIX_CV_PAGE_N_LISTS; i++)
    phoenix_entry_list_set_variant (self->lists[i], active ? self->variant : NULL);
}

void
_phoenix_cv_page_load_variants (PhoenixCvPage *self)
{
  g_autoptr(GError) error = NULL;

  self->variants = g_list_store_new (PHOENIX_TYPE_CV_VARIANT);
  if (!phoenix_cv_variants_load (self->variants, self->vault, &error))
    g_warning ("Could not load the CV variants: %s", error->message);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->variants)) == 0)
    {
      /* Stored as the default name, shown translated in the language of the day. */
      g_autoptr(PhoenixCvVariant) variant = phoenix_cv_variant_new (PHOENIX_CV_VARIANT_DEFAULT_NAME);
      const char *language = g_str_has_prefix (g_get_language_names ()[0], "fr") ? "fr" : "en";

      phoenix_cv_variant_set_language (variant, language);
      g_list_store_append (self->variants, variant);
    }

  gtk_drop_down_set_model (self->variant_dropdown, G_LIST_MODEL (self->variants));
  gtk_drop_down_set_selected (self->variant_dropdown, 0);
  variant_selected_cb (self);
  g_signal_connect_object (self->variants, "items-changed", G_CALLBACK (update_variant_actions),
                           self, G_CONNECT_SWAPPED);
  /* Added, removed, or brought back by undo or the toast: saved. */
  g_signal_connect_object (self->variants, "items-changed", G_CALLBACK (variants_changed),
                           self, G_CONNECT_SWAPPED);
  update_variant_actions (self);
}

static void
add_variant (PhoenixCvPage    *self,
             PhoenixCvVariant *variant)
{
  g_autoptr(GPtrArray) added = g_ptr_array_new ();

  g_ptr_array_add (added, variant);
  g_list_store_append (self->variants, variant);
  phoenix_undo_stack_record_splice (self->undo_stack, self->variants,
                                    g_list_model_get_n_items (G_LIST_MODEL (self->variants)) - 1, NULL, added);
  _phoenix_cv_page_set_current_variant (self, variant);
  variants_changed (self);
}

static void
new_variant_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);
  g_autoptr(PhoenixCvVariant) variant = NULL;
  g_autofree char *name = NULL;

  if (self->variants == NULL)
    return;

  /* Translators: the name of a new CV; %u counts them. */
  name = g_strdup_printf (_("CV %u"), g_list_model_get_n_items (G_LIST_MODEL (self->variants)) + 1);
  variant = phoenix_cv_variant_new (name);
  if (self->variant != NULL)
    phoenix_cv_variant_set_language (variant, phoenix_cv_variant_get_language (self->variant));
  add_variant (self, variant);
}

static void
duplicate_variant_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);
  g_autoptr(PhoenixCvVariant) variant = NULL;
  g_autofree char *name = NULL;

  if (self->variant == NULL)
    return;

  /* Translators: %s is the name of the CV that was copied. */
  name = g_strdup_printf (_("%s (Copy)"), phoenix_cv_variant_get_display_name (self->variant));
  variant = phoenix_cv_variant_duplicate (self->variant, name);
  add_variant (self, variant);
}

static void
rename_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    PhoenixCvPage    *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_str_equal (response, "rename") && *name != '\0' && self->variant != NULL)
    {
      guint position;

      phoenix_cv_variant_set_name (self->variant, name);
      /* The drop-down shows the new name. */
      if (g_list_store_find (self->variants, self->variant, &position))
        g_list_model_items_changed (G_LIST_MODEL (self->variants), position, 1, 1);
    }
}

static void
rename_variant_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);
  GtkWidget *dialog, *entry;

  if (self->variant == NULL)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), _("Rename CV"), NULL);
  entry = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (entry), phoenix_cv_variant_get_display_name (self->variant));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (rename_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  GListStore       *variants;
  PhoenixCvVariant *variant;
  guint             position;
} RemovedVariant;

static void
removed_variant_free (gpointer  data,
                      GClosure *closure)
{
  RemovedVariant *removed = data;

  g_clear_object (&removed->variants);
  g_clear_object (&removed->variant);
  g_free (removed);
}

static void
undo_delete_variant_cb (AdwToast       *toast,
                        RemovedVariant *removed)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (removed->variants));

  if (!g_list_store_find (removed->variants, removed->variant, NULL))
    g_list_store_insert (removed->variants, MIN (removed->position, n_items), removed->variant);
}

static void
delete_variant_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  RemovedVariant *removed;
  g_autofree char *title = NULL;
  AdwToast *toast;
  guint position;

  if (self->variant == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->variants)) < 2 ||
      !g_list_store_find (self->variants, self->variant, &position))
    return;

  removed = g_new0 (RemovedVariant, 1);
  removed->variants = g_object_ref (self->variants);
  removed->variant = g_object_ref (self->variant);
  removed->position = position;

  g_list_store_remove (self->variants, position);
  {
    g_autoptr(GPtrArray) removed_items = g_ptr_array_new ();

    g_ptr_array_add (removed_items, removed->variant);
    phoenix_undo_stack_record_splice (self->undo_stack, self->variants, position, removed_items, NULL);
  }
  gtk_drop_down_set_selected (self->variant_dropdown, position > 0 ? position - 1 : 0);
  variant_selected_cb (self);
  variants_changed (self);

  /* Translators: %s is the name of a CV. */
  title = g_strdup_printf (_("“%s” deleted"), phoenix_cv_variant_get_display_name (removed->variant));
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_delete_variant_cb),
                         removed, removed_variant_free, 0);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* The design of the current CV: template gallery, colour, font, spacing, fit to one page. */
static void
design_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->variant == NULL)
    return;

  if (self->design_window != NULL && phoenix_design_window_get_variant (self->design_window) != self->variant)
    gtk_window_destroy (GTK_WINDOW (self->design_window));
  if (self->design_window == NULL)
    {
      PhoenixDesignWindow *window = phoenix_design_window_new (self->variant, self->preview);
      int width = GTK_IS_WIDGET (root) ? gtk_widget_get_width (GTK_WIDGET (root)) : 0;

      gtk_window_set_transient_for (GTK_WINDOW (window), GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL);
      /* No destroy-with-parent: the page destroys it when the vault locks or the page goes. */
      /* On a phone-sized window it opens no wider than it. */
      if (width > 0 && width < 720)
        gtk_window_set_default_size (GTK_WINDOW (window), width, gtk_widget_get_height (GTK_WIDGET (root)));
      g_set_weak_pointer (&self->design_window, window);
    }
  gtk_window_present (GTK_WINDOW (self->design_window));
}

void
_phoenix_cv_page_class_init_variants (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "cv.design", NULL, design_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "cv.design", NULL);
  gtk_widget_class_install_action (widget_class, "cv.new-variant", NULL, new_variant_action);
  gtk_widget_class_install_action (widget_class, "cv.duplicate-variant", NULL, duplicate_variant_action);
  gtk_widget_class_install_action (widget_class, "cv.rename-variant", NULL, rename_variant_action);
  gtk_widget_class_install_action (widget_class, "cv.delete-variant", NULL, delete_variant_action);
}

void
_phoenix_cv_page_init_variants (PhoenixCvPage *self)
{
  {
    g_autoptr(GtkStringList) languages = gtk_string_list_new ((const char * const []) { "Français", "English", NULL });
    g_autoptr(GtkStringList) papers = gtk_string_list_new (NULL);

    gtk_string_list_append (papers, _("A4"));
    gtk_string_list_append (papers, _("US Letter"));
    adw_combo_row_set_model (self->language_row, G_LIST_MODEL (languages));
    adw_combo_row_set_model (self->paper_row, G_LIST_MODEL (papers));
    g_signal_connect_object (self->language_row, "notify::selected", G_CALLBACK (variant_combo_changed_cb),
                             self, G_CONNECT_SWAPPED);
    g_signal_connect_object (self->paper_row, "notify::selected", G_CALLBACK (variant_combo_changed_cb),
                             self, G_CONNECT_SWAPPED);
  }

  self->sections_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->sections_row), _("Sections"));
  adw_expander_row_set_subtitle (self->sections_row, _("Which sections this CV shows, and in what order"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->variant_group), GTK_WIDGET (self->sections_row));

  gtk_drop_down_set_expression (self->variant_dropdown,
                                gtk_property_expression_new (PHOENIX_TYPE_CV_VARIANT, NULL, "name"));
  {
    /* The button shows the name ellipsized, so the toolbar fits a phone. */
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (variant_item_setup_cb), NULL);
    g_signal_connect (factory, "bind", G_CALLBACK (variant_item_bind_cb), NULL);
    gtk_drop_down_set_factory (self->variant_dropdown, factory);
    g_object_unref (factory);
    factory = gtk_signal_list_item_factory_new ();
    g_signal_connect (factory, "setup", G_CALLBACK (variant_item_setup_cb), GINT_TO_POINTER (TRUE));
    g_signal_connect (factory, "bind", G_CALLBACK (variant_item_bind_cb), NULL);
    gtk_drop_down_set_list_factory (self->variant_dropdown, factory);
    g_object_unref (factory);
  }
  g_object_bind_property (self->select_button, "active", self->select_button_compact, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->variant_dropdown, "notify::selected", G_CALLBACK (variant_selected_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->select_button, "toggled", G_CALLBACK (select_toggled_cb),
                           self, G_CONNECT_SWAPPED);
}

GListStore *
_phoenix_cv_page_get_variants (PhoenixCvPage *self)
{
  return self->variants;
}

PhoenixCvVariant *
_phoenix_cv_page_get_variant (PhoenixCvPage *self)
{
  return self->variant;
}

void
_phoenix_cv_page_select_variant (PhoenixCvPage *self,
                                 guint          position)
{
  gtk_drop_down_set_selected (self->variant_dropdown, position);
}

void
_phoenix_cv_page_set_variant_mode (PhoenixCvPage *self,
                                   gboolean       active)
{
  gtk_toggle_button_set_active (self->select_button, active);
}

/* The row of @section in the CV's section order (its GtkSwitch is its "switch" data). */
GtkWidget *
_phoenix_cv_page_get_section_row (PhoenixCvPage *self,
                                  const char    *section)
{
  if (self->section_order_id != 0)
    {
      g_clear_handle_id (&self->section_order_id, g_source_remove);
      show_section_order (self);
    }

  for (guint i = 0; i < self->section_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->section_rows, i);

      if (g_strcmp0 (g_object_get_data (G_OBJECT (row), "section"), section) == 0)
        return row;
    }

  return NULL;
}

PhoenixDesignWindow *
_phoenix_cv_page_get_design_window (PhoenixCvPage *self)
{
  return self->design_window;
}
