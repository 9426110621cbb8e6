/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-page"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-cv-page-private.h"
#include "phoenix-cv-preview.h"
#include "phoenix-cv-renderer.h"
#include "phoenix-cv-variant.h"
#include "phoenix-entry-list.h"
#include "phoenix-json-resume.h"
#include "phoenix-undo.h"
#include "phoenix-entry-list-private.h"
#include "phoenix-form-util.h"
#include "phoenix-validate.h"

/* Invalid fields are flagged this long after the last change (as autosave saves). */
#define VALIDATE_DELAY_MS 400
/* The sections edited as lists, in the order of the page. */
static const char * const list_sections[] = {
  "experience", "education", "skills", "languages", "certifications", "projects",
  "volunteering", "interests", "awards", "publications", "references",
};
G_STATIC_ASSERT (G_N_ELEMENTS (list_sections) == PHOENIX_CV_PAGE_N_LISTS);
#define N_LISTS PHOENIX_CV_PAGE_N_LISTS

/* Property of PhoenixProfile edited by each row. */
static const char * const field_properties[N_FIELDS] = {
  "name", "headline", "email", "phone", "city", "country",
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixCvPage, phoenix_cv_page, ADW_TYPE_BIN)

static void
validate_contact (PhoenixCvPage *self,
                  gboolean       show_invalid)
{
  _phoenix_form_validate_field (GTK_WIDGET (self->rows[FIELD_EMAIL]), self->email_error_row,
                                self->email_error_label, phoenix_validate_email, show_invalid);
  _phoenix_form_validate_field (GTK_WIDGET (self->rows[FIELD_PHONE]), self->phone_error_row,
                                self->phone_error_label, phoenix_validate_phone, show_invalid);
}

/* The last value seen of each tracked property, kept on the object, so an edit can be
 * recorded with its old value (notify only tells the new one). */
static GQuark
undo_quark (const char *property)
{
  g_autofree char *key = g_strconcat ("phoenix-cv-page-last-", property, NULL);

  return g_quark_from_string (key);
}

static void
value_free (gpointer data)
{
  GValue *value = data;

  g_value_unset (value);
  g_free (value);
}

/* A copy of the current value of @pspec (any type: strings, the photo's GBytes, booleans). */
static GValue *
dup_value (GObject    *object,
           GParamSpec *pspec)
{
  GValue *value = g_new0 (GValue, 1);

  g_value_init (value, pspec->value_type);
  g_object_get_property (object, pspec->name, value);
  return value;
}

static void
remember_value (GObject    *object,
                const char *property)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);

  g_return_if_fail (pspec != NULL);
  g_object_set_qdata_full (object, undo_quark (property), dup_value (object, pspec), value_free);
}

static void
property_edited_cb (GObject       *object,
                    GParamSpec    *pspec,
                    PhoenixCvPage *self)
{
  GQuark quark = undo_quark (pspec->name);
  const GValue *old_value = g_object_get_qdata (object, quark);
  GValue *new_value = dup_value (object, pspec);

  /* Does nothing while undo or redo applies a value. */
  if (old_value != NULL && g_param_values_cmp (pspec, old_value, new_value) != 0)
    phoenix_undo_stack_record (self->undo_stack, object, pspec->name, old_value, new_value);

  g_object_set_qdata_full (object, quark, new_value, value_free);
}

static void
track_property (PhoenixCvPage *self,
                GObject       *object,
                const char    *property)
{
  g_autofree char *signal = g_strconcat ("notify::", property, NULL);

  remember_value (object, property);
  g_signal_connect_object (object, signal, G_CALLBACK (property_edited_cb), self, 0);
}

static void
update_undo_actions (PhoenixCvPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cv.undo",
                                 phoenix_undo_stack_get_can_undo (self->undo_stack));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cv.redo",
                                 phoenix_undo_stack_get_can_redo (self->undo_stack));
}

static void
show_toast (PhoenixCvPage *self,
            const char    *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), adw_toast_new (title));
  else
    g_warning ("%s", title);
}

/* The page's own autosave: the context's, made by the window at unlock (NULL while locked). */
static PhoenixProfileAutosave *
autosave (PhoenixCvPage *self)
{
  return phoenix_context_get_autosave (self->context);
}

static gboolean
validate_timeout_cb (gpointer user_data)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (user_data);

  self->validate_id = 0;
  validate_contact (self, TRUE);
  _phoenix_cv_page_validate_links (self, TRUE);
  return G_SOURCE_REMOVE;
}

static void
update_summary_placeholder (PhoenixCvPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->summary_view);

  gtk_widget_set_visible (GTK_WIDGET (self->summary_placeholder),
                          gtk_text_buffer_get_char_count (buffer) == 0);
}

static void
load_summary (PhoenixCvPage *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->summary_view);
  const char *summary = self->profile != NULL ? phoenix_profile_get_summary (self->profile) : "";
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_strcmp0 (text, summary) == 0)
    return;

  self->updating_summary = TRUE;
  gtk_text_buffer_set_text (buffer, summary, -1);
  self->updating_summary = FALSE;
  update_summary_placeholder (self);
}

static void
summary_buffer_changed_cb (PhoenixCvPage *self,
                           GtkTextBuffer *buffer)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  update_summary_placeholder (self);

  if (self->updating_summary || self->profile == NULL)
    return;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  phoenix_profile_set_summary (self->profile, text);
}

static void
profile_summary_changed_cb (PhoenixCvPage  *self,
                            GParamSpec     *pspec,
                            PhoenixProfile *profile)
{
  load_summary (self);
}

static void
profile_contact_changed_cb (PhoenixCvPage  *self,
                            GParamSpec     *pspec,
                            PhoenixProfile *profile)
{
  validate_contact (self, FALSE);
}

static void
profile_changed_cb (PhoenixCvPage  *self,
                    PhoenixProfile *profile)
{
  g_clear_handle_id (&self->validate_id, g_source_remove);
  self->validate_id = g_timeout_add (VALIDATE_DELAY_MS, validate_timeout_cb, self);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);

  phoenix_undo_stack_undo (self->undo_stack);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);

  phoenix_undo_stack_redo (self->undo_stack);
}

static void
undo_stack_changed_cb (PhoenixCvPage *self)
{
  update_undo_actions (self);
}

/* Show the field that undo or redo just changed. */
static void
undo_applied_cb (PhoenixCvPage *self,
                 GObject       *object,
                 const char    *property)
{
  /* A custom step (an import) names no property. */
  if (object != G_OBJECT (self->profile) || property == NULL)
    return;

  if (g_str_equal (property, "summary"))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->summary_view));
      return;
    }

  for (guint i = 0; i < N_FIELDS; i++)
    {
      if (g_str_equal (property, field_properties[i]))
        {
          gtk_widget_grab_focus (GTK_WIDGET (self->rows[i]));
          gtk_editable_set_position (GTK_EDITABLE (self->rows[i]), -1);
          return;
        }
    }
}

/* Leaving a field ends the undo step being typed. */
static void
field_focus_left_cb (PhoenixCvPage *self)
{
  phoenix_undo_stack_break_merge (self->undo_stack);
}

static void
add_focus_tracking (PhoenixCvPage *self,
                    GtkWidget     *widget)
{
  GtkEventController *controller = gtk_event_controller_focus_new ();

  g_signal_connect_object (controller, "leave", G_CALLBACK (field_focus_left_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, controller);
}

/* Narrow windows: the editor or the preview, switched by the toolbar's toggle. */
static void
preview_toggled_cb (PhoenixCvPage *self)
{
  adw_leaflet_set_visible_child_name (self->leaflet,
                                      gtk_toggle_button_get_active (self->preview_button) ? "preview" : "editor");
}

static void
leaflet_child_changed_cb (PhoenixCvPage *self)
{
  const char *name = adw_leaflet_get_visible_child_name (self->leaflet);

  gtk_toggle_button_set_active (self->preview_button, g_strcmp0 (name, "preview") == 0);
}

static void
disconnect_profile (PhoenixCvPage *self)
{
  g_autoptr(PhoenixProfile) profile = NULL;

  if (self->profile == NULL)
    return;

  /* Nothing of the profile stays on screen once locked: the design window shows the CV. */
  if (self->design_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->design_window));

  for (guint i = 0; i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_ptr_array_set_size (self->bindings, 0);

  g_signal_handlers_disconnect_by_data (self->profile, self);
  g_signal_handlers_disconnect_by_data (phoenix_profile_get_links (self->profile), self);
  gtk_list_box_bind_model (self->links_list, NULL, NULL, NULL, NULL);
  _phoenix_cv_page_disconnect_photo (self);

  /* Let go of first, so that nothing below (the CV's settings cleared) lays the CV out
   * again on its way out: the preview shows nothing from here on. */
  profile = g_steal_pointer (&self->profile);
  phoenix_cv_preview_set_profile (self->preview, NULL, NULL);
  for (guint i = 0; i < N_LISTS; i++)
    phoenix_entry_list_set_profile (self->lists[i], NULL);
  _phoenix_cv_page_set_current_variant (self, NULL);
  gtk_drop_down_set_model (self->variant_dropdown, NULL);
  if (self->variants != NULL)
    g_signal_handlers_disconnect_by_data (self->variants, self);
  g_clear_object (&self->variants);
  g_clear_handle_id (&self->completeness_id, g_source_remove);
  g_clear_handle_id (&self->section_order_id, g_source_remove);

  g_clear_handle_id (&self->validate_id, g_source_remove);
  phoenix_undo_stack_clear (self->undo_stack);
}

static void
connect_profile (PhoenixCvPage  *self,
                 PhoenixProfile *profile)
{
  GListStore *links = phoenix_profile_get_links (profile);

  self->profile = g_object_ref (profile);
  phoenix_undo_stack_clear (self->undo_stack);

  for (guint i = 0; i < N_FIELDS; i++)
    {
      GBinding *binding;

      binding = g_object_bind_property (profile, field_properties[i], self->rows[i], "text",
                                        G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
      g_ptr_array_add (self->bindings, binding);
    }

  _phoenix_cv_page_bind_links (self, links);
  load_summary (self);

  for (guint i = 0; i < N_LISTS; i++)
    phoenix_entry_list_set_profile (self->lists[i], profile);
  _phoenix_cv_page_load_variants (self);
  phoenix_cv_preview_set_profile (self->preview, profile, self->variant);
  g_signal_connect_object (profile, "changed", G_CALLBACK (_phoenix_cv_page_schedule_completeness), self, G_CONNECT_SWAPPED);
  _phoenix_cv_page_schedule_completeness (self);

  g_signal_connect_object (profile, "changed", G_CALLBACK (profile_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (profile, "notify::summary", G_CALLBACK (profile_summary_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (profile, "notify::email", G_CALLBACK (profile_contact_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (profile, "notify::phone", G_CALLBACK (profile_contact_changed_cb),
                           self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < N_FIELDS; i++)
    track_property (self, G_OBJECT (profile), field_properties[i]);
  track_property (self, G_OBJECT (profile), "summary");
  _phoenix_cv_page_connect_photo (self);

  /* What was stored invalid is flagged at once. */
  validate_contact (self, TRUE);
}

/* The page shows the context's profile: the vault's while it is unlocked. */
static void
phoenix_cv_page_constructed (GObject *object)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (object);

  G_OBJECT_CLASS (phoenix_cv_page_parent_class)->constructed (object);

  g_assert (PHOENIX_IS_CONTEXT (self->context));
  self->profile_binding = g_object_bind_property (self->context, "profile", self, "profile",
                                                  G_BINDING_SYNC_CREATE);
}

static void
phoenix_cv_page_dispose (GObject *object)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (object);

  g_clear_pointer (&self->profile_binding, g_binding_unbind);
  disconnect_profile (self);

  g_cancellable_cancel (self->spell_cancellable);
  g_clear_object (&self->spell_cancellable);
  g_clear_object (&self->summary_spell);
  if (self->design_window != NULL)
    gtk_window_destroy (GTK_WINDOW (self->design_window));
  g_clear_weak_pointer (&self->design_window);
  g_clear_object (&self->checkers[0]);
  g_clear_object (&self->checkers[1]);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_CV_PAGE);

  g_clear_object (&self->vault);
  g_clear_object (&self->context);
  g_clear_object (&self->photo_reader);

  G_OBJECT_CLASS (phoenix_cv_page_parent_class)->dispose (object);
}

static void
phoenix_cv_page_finalize (GObject *object)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (object);

  g_clear_pointer (&self->bindings, g_ptr_array_unref);
  g_clear_pointer (&self->variant_bindings, g_ptr_array_unref);
  g_clear_pointer (&self->section_rows, g_ptr_array_unref);
  g_clear_pointer (&self->missing_rows, g_ptr_array_unref);
  g_clear_pointer (&self->photo_error, g_free);
  g_clear_object (&self->undo_stack);
  _phoenix_cv_page_finalize_links (self);
  g_clear_pointer (&self->completeness_items, g_ptr_array_unref);

  G_OBJECT_CLASS (phoenix_cv_page_parent_class)->finalize (object);
}

static void
phoenix_cv_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_cv_page_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      self->vault = g_object_ref (phoenix_context_get_vault (self->context));
      break;

    case PROP_PROFILE:
      phoenix_cv_page_set_profile (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bind_row (GtkWidgetClass *widget_class,
          const char     *name,
          Field           field)
{
  gtk_widget_class_bind_template_child_full (widget_class, name, FALSE,
                                             G_STRUCT_OFFSET (PhoenixCvPage, rows) +
                                             field * sizeof (AdwEntryRow *));
}

static void
phoenix_cv_page_class_init (PhoenixCvPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = phoenix_cv_page_constructed;
  object_class->dispose = phoenix_cv_page_dispose;
  object_class->finalize = phoenix_cv_page_finalize;
  object_class->get_property = phoenix_cv_page_get_property;
  object_class->set_property = phoenix_cv_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         PHOENIX_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         PHOENIX_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PHOENIX_TYPE_CV_PREVIEW);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-cv-page.ui");
  bind_row (widget_class, "name_row", FIELD_NAME);
  bind_row (widget_class, "headline_row", FIELD_HEADLINE);
  bind_row (widget_class, "email_row", FIELD_EMAIL);
  bind_row (widget_class, "phone_row", FIELD_PHONE);
  bind_row (widget_class, "city_row", FIELD_CITY);
  bind_row (widget_class, "country_row", FIELD_COUNTRY);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, email_error_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, email_error_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, phone_error_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, phone_error_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, links_list);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, summary_view);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, summary_placeholder);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, editor_page);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, variant_dropdown);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, select_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, select_button_compact);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, preview_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, variant_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, preview);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, preview_scroller);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, page_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, zoom_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, completeness_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, score_bar);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, variant_group);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, variant_headline_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, variant_summary_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, language_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, template_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, paper_row);

  _phoenix_cv_page_class_init_links (widget_class);
  gtk_widget_class_install_action (widget_class, "cv.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "cv.redo", NULL, redo_action);
  _phoenix_cv_page_class_init_variants (widget_class);
  _phoenix_cv_page_class_init_photo (widget_class);
  _phoenix_cv_page_class_init_actions (widget_class);
  _phoenix_cv_page_class_init_preview (widget_class);
}

static void
phoenix_cv_page_init (PhoenixCvPage *self)
{
  GtkTextBuffer *buffer;
  GtkWidget *placeholder;
  GtkEventController *shortcuts;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_ptr_array_new ();
  self->variant_bindings = g_ptr_array_new ();
  self->section_rows = g_ptr_array_new ();
  self->missing_rows = g_ptr_array_new ();
  self->spell_cancellable = g_cancellable_new ();

  self->undo_stack = phoenix_undo_stack_new ();
  g_signal_connect_object (self->undo_stack, "notify::can-undo", G_CALLBACK (undo_stack_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo_stack, "notify::can-redo", G_CALLBACK (undo_stack_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo_stack, "applied", G_CALLBACK (undo_applied_cb),
                           self, G_CONNECT_SWAPPED);
  update_undo_actions (self);

  /* Captured before the focused entry sees the keys: Ctrl+Z undoes the last change
   * of the whole CV, not only of the field that has the focus. */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>z"),
                                                          gtk_named_action_new ("cv.undo")));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control><Shift>z"),
                                                          gtk_named_action_new ("cv.redo")));
  gtk_widget_add_controller (GTK_WIDGET (self), shortcuts);

  add_focus_tracking (self, GTK_WIDGET (self->summary_view));

  /* Undo is the page's (cv.undo), over every field, not each entry's own. */
  for (guint i = 0; i < N_FIELDS; i++)
    {
      gtk_editable_set_enable_undo (GTK_EDITABLE (self->rows[i]), FALSE);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (self->rows[i]), FALSE);
      add_focus_tracking (self, GTK_WIDGET (self->rows[i]));
    }

  buffer = gtk_text_view_get_buffer (self->summary_view);
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (summary_buffer_changed_cb),
                           self, G_CONNECT_SWAPPED);

  placeholder = gtk_label_new (_("No links yet"));
  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_margin_top (placeholder, 12);
  gtk_widget_set_margin_bottom (placeholder, 12);
  gtk_widget_set_margin_start (placeholder, 12);
  gtk_widget_set_margin_end (placeholder, 12);
  gtk_list_box_set_placeholder (self->links_list, placeholder);

  /* Every other section, after the summary; this CV's own settings last. */
  for (guint i = 0; i < N_LISTS; i++)
    {
      self->lists[i] = PHOENIX_ENTRY_LIST (phoenix_entry_list_new (list_sections[i]));
      phoenix_entry_list_set_undo_stack (self->lists[i], self->undo_stack);
      adw_preferences_page_add (self->editor_page, ADW_PREFERENCES_GROUP (self->lists[i]));
    }
  g_object_ref (self->variant_group);
  adw_preferences_page_remove (self->editor_page, self->variant_group);
  adw_preferences_page_add (self->editor_page, self->variant_group);
  g_object_unref (self->variant_group);

  self->summary_spell = phoenix_spell_underline_new (self->summary_view);
  _phoenix_form_label_menu_button (self->variant_menu_button, _("CV Menu"));

  _phoenix_cv_page_init_variants (self);
  _phoenix_cv_page_init_photo (self);
  _phoenix_cv_page_init_links (self);
  _phoenix_cv_page_init_preview (self);
  g_signal_connect_object (self->preview_button, "toggled", G_CALLBACK (preview_toggled_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->leaflet, "notify::visible-child-name", G_CALLBACK (leaflet_child_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_object_bind_property (self->leaflet, "folded", self->preview_button, "visible", G_BINDING_SYNC_CREATE);
  gtk_widget_add_css_class (GTK_WIDGET (self->variant_headline_row), "phoenix-variant-row");
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->variant_headline_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->variant_summary_row), FALSE);

  gtk_widget_set_sensitive (GTK_WIDGET (self), FALSE);
}

PhoenixCvPage *
phoenix_cv_page_new (PhoenixContext *context)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (context), NULL);

  return g_object_new (PHOENIX_TYPE_CV_PAGE, "context", context, NULL);
}

PhoenixProfile *
phoenix_cv_page_get_profile (PhoenixCvPage *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PAGE (self), NULL);

  return self->profile;
}

void
phoenix_cv_page_set_profile (PhoenixCvPage  *self,
                             PhoenixProfile *profile)
{
  g_return_if_fail (PHOENIX_IS_CV_PAGE (self));
  g_return_if_fail (profile == NULL || PHOENIX_IS_PROFILE (profile));

  if (self->profile == profile)
    return;

  disconnect_profile (self);

  if (profile != NULL)
    {
      connect_profile (self, profile);
    }
  else
    {
      /* Nothing of the profile stays on screen once locked. */
      for (guint i = 0; i < N_FIELDS; i++)
        gtk_editable_set_text (GTK_EDITABLE (self->rows[i]), "");
      load_summary (self);
      validate_contact (self, TRUE);
    }

  /* Locked, the page hidden: left as it is, since greying it out would restyle every row
   * still in it at the next frame (~25 ms at XL, issue #20); the rows leave in later turns. */
  if (profile != NULL || gtk_widget_get_mapped (GTK_WIDGET (self)))
    gtk_widget_set_sensitive (GTK_WIDGET (self), profile != NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

gboolean
phoenix_cv_page_flush (PhoenixCvPage  *self,
                       GError        **error)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PAGE (self), FALSE);

  return autosave (self) == NULL || phoenix_profile_autosave_flush (autosave (self), error);
}

void
phoenix_cv_page_export (PhoenixCvPage *self,
                        const char    *format)
{
  g_autofree char *action = NULL;

  g_return_if_fail (PHOENIX_IS_CV_PAGE (self));
  g_return_if_fail (format != NULL);

  action = g_strconcat ("cv.export-", format, NULL);
  gtk_widget_activate_action (GTK_WIDGET (self), action, NULL);
}

const char *
phoenix_cv_page_get_template (PhoenixCvPage *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PAGE (self), NULL);

  return self->variant != NULL ? phoenix_cv_variant_get_template (self->variant) : "classic";
}

GtkEditable *
_phoenix_cv_page_get_row (PhoenixCvPage *self,
                          const char    *field)
{
  for (guint i = 0; i < N_FIELDS; i++)
    if (g_str_equal (field, field_properties[i]))
      return GTK_EDITABLE (self->rows[i]);

  g_return_val_if_reached (NULL);
}

const char *
_phoenix_cv_page_get_error (PhoenixCvPage *self,
                            const char    *field)
{
  GtkListBoxRow *row = NULL;
  GtkLabel *label = NULL;

  if (g_str_equal (field, "email"))
    {
      row = self->email_error_row;
      label = self->email_error_label;
    }
  else if (g_str_equal (field, "phone"))
    {
      row = self->phone_error_row;
      label = self->phone_error_label;
    }
  else
    {
      g_return_val_if_reached (NULL);
    }

  return gtk_widget_get_visible (GTK_WIDGET (row)) ? gtk_label_get_label (label) : NULL;
}

GtkTextBuffer *
_phoenix_cv_page_get_summary_buffer (PhoenixCvPage *self)
{
  return gtk_text_view_get_buffer (self->summary_view);
}

gboolean
_phoenix_cv_page_get_save_pending (PhoenixCvPage *self)
{
  return autosave (self) != NULL && phoenix_profile_autosave_get_pending (autosave (self));
}

PhoenixEntryList *
_phoenix_cv_page_get_entry_list (PhoenixCvPage *self,
                                 const char    *section)
{
  for (guint i = 0; i < N_LISTS; i++)
    if (g_str_equal (section, list_sections[i]))
      return self->lists[i];

  g_return_val_if_reached (NULL);
}

PhoenixUndoStack *
_phoenix_cv_page_get_undo_stack (PhoenixCvPage *self)
{
  return self->undo_stack;
}

gboolean
_phoenix_cv_page_get_filling (PhoenixCvPage *self)
{
  for (guint i = 0; i < N_LISTS; i++)
    if (_phoenix_entry_list_get_filling (self->lists[i]))
      return TRUE;
  return phoenix_cv_preview_get_in_worker (self->preview);
}





PhoenixCvPreview *
_phoenix_cv_page_get_preview (PhoenixCvPage *self)
{
  return self->preview;
}

guint
_phoenix_cv_page_get_score (PhoenixCvPage *self)
{
  return (guint) gtk_level_bar_get_value (self->score_bar);
}

GtkScrolledWindow *
_phoenix_cv_page_get_preview_scroller (PhoenixCvPage *self)
{
  return self->preview_scroller;
}

GtkScrolledWindow *
_phoenix_cv_page_get_editor_scroller (PhoenixCvPage *self)
{
  return GTK_SCROLLED_WINDOW (gtk_widget_get_first_child (GTK_WIDGET (self->editor_page)));
}

void
_phoenix_cv_page_show_preview (PhoenixCvPage *self,
                               gboolean       preview)
{
  adw_leaflet_set_visible_child_name (self->leaflet, preview ? "preview" : "editor");
}

/* Scrolls the editor so that the list of @section is at the top. */
void
_phoenix_cv_page_scroll_to (PhoenixCvPage *self,
                            const char    *section)
{
  GtkWidget *list = GTK_WIDGET (_phoenix_cv_page_get_entry_list (self, section));
  GtkWidget *scroller = gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *child;
  GtkAdjustment *adjustment;
  graphene_point_t point;

  if (scroller == NULL)
    return;
  child = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller));
  if (!gtk_widget_compute_point (list, child, &GRAPHENE_POINT_INIT (0, 0), &point))
    return;

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_set_value (adjustment, point.y - 12);
}


gboolean
_phoenix_cv_page_get_folded (PhoenixCvPage *self)
{
  return adw_leaflet_get_folded (self->leaflet);
}

void
_phoenix_cv_page_variants_changed (PhoenixCvPage *self)
{
  if (autosave (self) != NULL && self->variants != NULL)
    phoenix_profile_autosave_variants_changed (autosave (self), self->variants);
}

void
_phoenix_cv_page_show_toast (PhoenixCvPage *self,
                             const char    *title)
{
  show_toast (self, title);
}

void
_phoenix_cv_page_track_property (PhoenixCvPage *self,
                                 GObject       *object,
                                 const char    *property)
{
  track_property (self, object, property);
}
