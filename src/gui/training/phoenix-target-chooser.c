/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-target-chooser"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-occupation-search-private.h"
#include "phoenix-occupation-search.h"
#include "phoenix-target-chooser.h"
#include "phoenix-target-suggestion.h"
#include "phoenix-training-page-private.h"

struct _PhoenixTargetChooser
{
  GtkBox                   parent_instance;

  PhoenixTaxonomy         *taxonomy;
  GListModel              *suggestions;

  /* Template widgets */
  GtkWidget               *suggestions_heading;
  GtkWidget               *suggestions_hint;
  GtkListBox              *suggestions_list;
  PhoenixOccupationSearch *search;  /* made in constructed */
};

enum {
  PROP_0,
  PROP_TAXONOMY,
  N_PROPS
};

enum {
  TARGET_CHOSEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixTargetChooser, phoenix_target_chooser, GTK_TYPE_BOX)

static GtkWidget *
create_suggestion_row (gpointer item,
                       gpointer user_data)
{
  PhoenixTargetSuggestion *suggestion = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *share = gtk_label_new (NULL);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");
  g_autofree char *percent = NULL;

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), phoenix_target_suggestion_get_label (suggestion));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), phoenix_target_suggestion_get_why (suggestion));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  /* Translators: the share of a job's core skills the CV already has, e.g. "40%" */
  percent = g_strdup_printf (_("%d%%"), (int) (phoenix_target_suggestion_get_have_share (suggestion) * 100 + 0.5));
  gtk_label_set_label (GTK_LABEL (share), percent);
  gtk_widget_add_css_class (share, "dim-label");
  gtk_widget_set_tooltip_text (share, _("Share of its core skills you already have"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), share);
  gtk_accessible_update_property (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  return row;
}

static void
suggestion_activated_cb (PhoenixTargetChooser *self,
                         GtkListBoxRow        *row)
{
  int position = gtk_list_box_row_get_index (row);
  g_autoptr(PhoenixTargetSuggestion) suggestion = NULL;

  if (self->suggestions == NULL || position < 0)
    return;
  suggestion = g_list_model_get_item (self->suggestions, (guint) position);
  if (suggestion != NULL)
    g_signal_emit (self, signals[TARGET_CHOSEN], 0, phoenix_target_suggestion_get_code (suggestion));
}

static void
occupation_chosen_cb (PhoenixTargetChooser    *self,
                      guint                    index,
                      PhoenixOccupationSearch *search)
{
  g_signal_emit (self, signals[TARGET_CHOSEN], 0, phoenix_taxonomy_get_occupation_code (self->taxonomy, index));
}

static void
update_visibility (PhoenixTargetChooser *self)
{
  gboolean any = self->suggestions != NULL && g_list_model_get_n_items (self->suggestions) > 0;

  gtk_widget_set_visible (self->suggestions_heading, any);
  gtk_widget_set_visible (self->suggestions_hint, any);
  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_list), any);
}

static void
phoenix_target_chooser_constructed (GObject *object)
{
  PhoenixTargetChooser *self = PHOENIX_TARGET_CHOOSER (object);
  PhoenixOccupationSearch *search;

  G_OBJECT_CLASS (phoenix_target_chooser_parent_class)->constructed (object);

  /* The search takes its taxonomy at construction: made here, after the template. */
  search = phoenix_occupation_search_new (self->taxonomy);
  phoenix_occupation_search_set_max_results (search, 8);
  g_signal_connect_object (search, "occupation-chosen", G_CALLBACK (occupation_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (search));
  self->search = search;
  update_visibility (self);
}

static void
phoenix_target_chooser_dispose (GObject *object)
{
  PhoenixTargetChooser *self = PHOENIX_TARGET_CHOOSER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_TARGET_CHOOSER);
  g_clear_object (&self->suggestions);
  g_clear_object (&self->taxonomy);

  G_OBJECT_CLASS (phoenix_target_chooser_parent_class)->dispose (object);
}

static void
phoenix_target_chooser_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  PhoenixTargetChooser *self = PHOENIX_TARGET_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_TAXONOMY:
      g_value_set_object (value, self->taxonomy);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_target_chooser_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  PhoenixTargetChooser *self = PHOENIX_TARGET_CHOOSER (object);

  switch (prop_id)
    {
    case PROP_TAXONOMY:
      self->taxonomy = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_target_chooser_class_init (PhoenixTargetChooserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = phoenix_target_chooser_constructed;
  object_class->dispose = phoenix_target_chooser_dispose;
  object_class->get_property = phoenix_target_chooser_get_property;
  object_class->set_property = phoenix_target_chooser_set_property;

  properties[PROP_TAXONOMY] =
    g_param_spec_object ("taxonomy", NULL, NULL,
                         PHOENIX_TYPE_TAXONOMY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PhoenixTargetChooser::target-chosen:
   * @code: the ROME code of the job chosen
   */
  signals[TARGET_CHOSEN] =
    g_signal_new ("target-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-target-chooser.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixTargetChooser, suggestions_heading);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTargetChooser, suggestions_hint);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTargetChooser, suggestions_list);
  gtk_widget_class_bind_template_callback (widget_class, suggestion_activated_cb);
}

static void
phoenix_target_chooser_init (PhoenixTargetChooser *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PhoenixTargetChooser *
phoenix_target_chooser_new (PhoenixTaxonomy *taxonomy)
{
  g_return_val_if_fail (PHOENIX_IS_TAXONOMY (taxonomy), NULL);

  return g_object_new (PHOENIX_TYPE_TARGET_CHOOSER, "taxonomy", taxonomy, NULL);
}

void
phoenix_target_chooser_set_suggestions (PhoenixTargetChooser *self,
                                        GListModel           *suggestions)
{
  g_return_if_fail (PHOENIX_IS_TARGET_CHOOSER (self));
  g_return_if_fail (suggestions == NULL || G_IS_LIST_MODEL (suggestions));

  if (!g_set_object (&self->suggestions, suggestions))
    return;
  gtk_list_box_bind_model (self->suggestions_list, suggestions, create_suggestion_row, NULL, NULL);
  update_visibility (self);
}

guint
_phoenix_target_chooser_get_n_suggestions (PhoenixTargetChooser *self)
{
  return self->suggestions != NULL ? g_list_model_get_n_items (self->suggestions) : 0;
}

void
_phoenix_target_chooser_choose_suggestion (PhoenixTargetChooser *self,
                                           guint                 position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->suggestions_list, (int) position);

  g_return_if_fail (row != NULL);
  g_signal_emit_by_name (self->suggestions_list, "row-activated", row);
}

gboolean
_phoenix_target_chooser_search (PhoenixTargetChooser *self,
                                const char           *query)
{
  gtk_editable_set_text (_phoenix_occupation_search_get_entry (self->search), query);
  _phoenix_occupation_search_search_now (self->search);
  if (_phoenix_occupation_search_get_n_results (self->search) == 0)
    return FALSE;
  _phoenix_occupation_search_choose (self->search, 0);

  return TRUE;
}
