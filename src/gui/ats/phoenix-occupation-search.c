/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-occupation-search"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-occupation-search-private.h"
#include "phoenix-occupation-search.h"

struct _PhoenixOccupationSearch
{
  GtkBox            parent_instance;

  PhoenixTaxonomy  *taxonomy;
  guint             max_results;
  GArray           *results;    /* guint occupation indexes, as listed */

  /* Template widgets */
  GtkSearchEntry   *entry;
  GtkListBox       *list;
  GtkLabel         *empty_label;
};

enum {
  PROP_0,
  PROP_TAXONOMY,
  N_PROPS
};

enum {
  OCCUPATION_CHOSEN,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixOccupationSearch, phoenix_occupation_search, GTK_TYPE_BOX)

static void
clear_list (PhoenixOccupationSearch *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_array_set_size (self->results, 0);
}

static void
search_changed_cb (PhoenixOccupationSearch *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->entry));
  const char *language = phoenix_occupation_search_get_ui_language ();
  const char *other = g_str_equal (language, "fr") ? "en" : "fr";
  g_autoptr(GArray) found = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (query));

  clear_list (self);

  if (self->taxonomy == NULL || *stripped == '\0')
    {
      gtk_widget_set_visible (GTK_WIDGET (self->list), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->empty_label), FALSE);
      return;
    }

  found = phoenix_taxonomy_search_occupations (self->taxonomy, stripped, self->max_results);
  for (guint i = 0; found != NULL && i < found->len; i++)
    {
      guint index = g_array_index (found, guint, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *subtitle = NULL;

      subtitle = g_strdup_printf ("%s · %s", phoenix_taxonomy_get_occupation_label (self->taxonomy, index, other),
                                  phoenix_taxonomy_get_occupation_code (self->taxonomy, index));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     phoenix_taxonomy_get_occupation_label (self->taxonomy, index, language));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (self->list, row);
      g_array_append_val (self->results, index);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->list), self->results->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), self->results->len == 0);
}

static void
row_activated_cb (PhoenixOccupationSearch *self,
                  GtkListBoxRow           *row)
{
  int position = gtk_list_box_row_get_index (row);

  if (position < 0 || (guint) position >= self->results->len)
    return;

  g_signal_emit (self, signals[OCCUPATION_CHOSEN], 0, g_array_index (self->results, guint, position));
}

static void
phoenix_occupation_search_dispose (GObject *object)
{
  PhoenixOccupationSearch *self = PHOENIX_OCCUPATION_SEARCH (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_OCCUPATION_SEARCH);
  g_clear_object (&self->taxonomy);
  g_clear_pointer (&self->results, g_array_unref);

  G_OBJECT_CLASS (phoenix_occupation_search_parent_class)->dispose (object);
}

static void
phoenix_occupation_search_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  PhoenixOccupationSearch *self = PHOENIX_OCCUPATION_SEARCH (object);

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
phoenix_occupation_search_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  PhoenixOccupationSearch *self = PHOENIX_OCCUPATION_SEARCH (object);

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
phoenix_occupation_search_class_init (PhoenixOccupationSearchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phoenix_occupation_search_dispose;
  object_class->get_property = phoenix_occupation_search_get_property;
  object_class->set_property = phoenix_occupation_search_set_property;

  properties[PROP_TAXONOMY] =
    g_param_spec_object ("taxonomy", NULL, NULL,
                         PHOENIX_TYPE_TAXONOMY,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PhoenixOccupationSearch::occupation-chosen:
   * @index: the occupation's index in the taxonomy
   */
  signals[OCCUPATION_CHOSEN] =
    g_signal_new ("occupation-chosen",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE_PATH "/ui/phoenix-occupation-search.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixOccupationSearch, entry);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOccupationSearch, list);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOccupationSearch, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
phoenix_occupation_search_init (PhoenixOccupationSearch *self)
{
  self->max_results = 12;
  self->results = g_array_new (FALSE, FALSE, sizeof (guint));
  gtk_widget_init_template (GTK_WIDGET (self));
}

PhoenixOccupationSearch *
phoenix_occupation_search_new (PhoenixTaxonomy *taxonomy)
{
  g_return_val_if_fail (taxonomy == NULL || PHOENIX_IS_TAXONOMY (taxonomy), NULL);

  return g_object_new (PHOENIX_TYPE_OCCUPATION_SEARCH, "taxonomy", taxonomy, NULL);
}

PhoenixTaxonomy *
phoenix_occupation_search_get_taxonomy (PhoenixOccupationSearch *self)
{
  g_return_val_if_fail (PHOENIX_IS_OCCUPATION_SEARCH (self), NULL);

  return self->taxonomy;
}

void
phoenix_occupation_search_set_max_results (PhoenixOccupationSearch *self,
                                           guint                    max_results)
{
  g_return_if_fail (PHOENIX_IS_OCCUPATION_SEARCH (self));

  self->max_results = MAX (max_results, 1);
}

const char *
phoenix_occupation_search_get_ui_language (void)
{
  /* The language the translations are shown in: gettext's answer for a known string. */
  const char * const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (g_str_has_prefix (names[i], "fr"))
        return "fr";
      if (g_str_has_prefix (names[i], "en") || g_str_equal (names[i], "C"))
        return "en";
    }

  return "en";
}

GtkEditable *
_phoenix_occupation_search_get_entry (PhoenixOccupationSearch *self)
{
  return GTK_EDITABLE (self->entry);
}

guint
_phoenix_occupation_search_get_n_results (PhoenixOccupationSearch *self)
{
  return self->results->len;
}

const char *
_phoenix_occupation_search_get_result_label (PhoenixOccupationSearch *self,
                                             guint                    position)
{
  g_return_val_if_fail (position < self->results->len, NULL);

  return phoenix_taxonomy_get_occupation_label (self->taxonomy, g_array_index (self->results, guint, position),
                                                phoenix_occupation_search_get_ui_language ());
}

void
_phoenix_occupation_search_search_now (PhoenixOccupationSearch *self)
{
  search_changed_cb (self);
}

void
_phoenix_occupation_search_choose (PhoenixOccupationSearch *self,
                                   guint                    position)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->list, (int) position);

  g_return_if_fail (row != NULL);
  g_signal_emit_by_name (self->list, "row-activated", row);
}
