/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-insights"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <math.h>

#include "phoenix-insights.h"

struct _PhoenixInsights
{
  GObject                     parent_instance;

  char                       *occupation;
  gboolean                    published;
  GPtrArray                  *skills_asked;
  GPtrArray                  *training;
  GHashTable                 *sector_rates;  /* sector code → double * */
  PhoenixSuccessCoefficients  model;
  gboolean                    has_model;
};

G_DEFINE_FINAL_TYPE (PhoenixInsights, phoenix_insights, G_TYPE_OBJECT)
G_DEFINE_QUARK (phoenix-insights-error-quark, phoenix_insights_error)

static void
item_free (PhoenixInsightItem *item)
{
  g_free (item->id);
  g_free (item->label);
  g_free (item);
}

static double
member_number (JsonObject *object,
               const char *name,
               double      fallback)
{
  JsonNode *node = json_object_get_member (object, name);
  double value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_DOUBLE && json_node_get_value_type (node) != G_TYPE_INT64))
    return fallback;
  value = json_node_get_double (node);
  return isfinite (value) ? value : fallback;
}

static const char *
member_string (JsonObject *object,
               const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      by_hired)
{
  const PhoenixInsightItem *x = *(PhoenixInsightItem * const *) a;
  const PhoenixInsightItem *y = *(PhoenixInsightItem * const *) b;
  double vx = by_hired ? x->share_hired : x->share;
  double vy = by_hired ? y->share_hired : y->share;

  return vy > vx ? 1 : vy < vx ? -1 : g_strcmp0 (x->id, y->id);
}

/* Items of the array @name; bad elements are skipped. */
static GPtrArray *
read_items (JsonObject *root,
            const char *name,
            gboolean    training)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) item_free);
  JsonNode *node = json_object_get_member (root, name);
  JsonArray *array;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return items;
  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      JsonObject *object;
      PhoenixInsightItem *item;
      const char *id, *label;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        continue;
      object = json_node_get_object (element);
      id = member_string (object, "id");
      if (id == NULL || *id == '\0' || strlen (id) > 128)
        continue;
      label = member_string (object, "label");
      item = g_new0 (PhoenixInsightItem, 1);
      item->id = g_strdup (id);
      item->label = g_strdup (label != NULL ? label : "");
      item->share = CLAMP (member_number (object, "share", 0), 0, 1);
      item->share_hired = training ? CLAMP (member_number (object, "share_hired", 0), 0, 1) : -1;
      g_ptr_array_add (items, item);
    }
  g_ptr_array_sort_with_data (items, compare_items, GINT_TO_POINTER (training));

  return items;
}

static void
phoenix_insights_finalize (GObject *object)
{
  PhoenixInsights *self = PHOENIX_INSIGHTS (object);

  g_free (self->occupation);
  g_clear_pointer (&self->skills_asked, g_ptr_array_unref);
  g_clear_pointer (&self->training, g_ptr_array_unref);
  g_clear_pointer (&self->sector_rates, g_hash_table_unref);

  G_OBJECT_CLASS (phoenix_insights_parent_class)->finalize (object);
}

static void
phoenix_insights_class_init (PhoenixInsightsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = phoenix_insights_finalize;
}

static void
phoenix_insights_init (PhoenixInsights *self)
{
  self->sector_rates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

PhoenixInsights *
phoenix_insights_new_from_json (const char  *data,
                                gssize       length,
                                GError     **error)
{
  g_autoptr(PhoenixInsights) self = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) local_error = NULL;
  JsonObject *root;
  JsonNode *node;
  const char *occupation;

  g_return_val_if_fail (data != NULL, NULL);

  if (length < 0)
    length = (gssize) strlen (data);
  if (length > PHOENIX_INSIGHTS_MAX_SIZE || !g_utf8_validate (data, length, NULL) ||
      !json_parser_load_from_data (parser, data, length, &local_error) ||
      json_parser_get_root (parser) == NULL || !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, PHOENIX_INSIGHTS_ERROR, PHOENIX_INSIGHTS_ERROR_MALFORMED,
                           _("The flywheel server’s answer could not be read."));
      return NULL;
    }
  root = json_node_get_object (json_parser_get_root (parser));
  occupation = member_string (root, "occupation");
  node = json_object_get_member (root, "published");
  if (member_number (root, "schema", 0) != 1 || occupation == NULL ||
      node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      g_set_error_literal (error, PHOENIX_INSIGHTS_ERROR, PHOENIX_INSIGHTS_ERROR_MALFORMED,
                           _("The flywheel server’s answer could not be read."));
      return NULL;
    }

  self = g_object_new (PHOENIX_TYPE_INSIGHTS, NULL);
  self->occupation = g_strdup (occupation);
  self->published = json_node_get_boolean (node);
  self->skills_asked = read_items (root, "skills_asked", FALSE);
  self->training = read_items (root, "training", TRUE);

  node = json_object_get_member (root, "sectors");
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *sectors = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (sectors); i++)
        {
          JsonNode *element = json_array_get_element (sectors, i);
          const char *code;
          double rate;

          if (!JSON_NODE_HOLDS_OBJECT (element))
            continue;
          code = member_string (json_node_get_object (element), "sector");
          rate = member_number (json_node_get_object (element), "response_rate", -1);
          if (code != NULL && strlen (code) == 1 && rate >= 0)
            g_hash_table_insert (self->sector_rates, g_strdup (code), g_memdup2 (&(double) { MIN (rate, 1) }, sizeof (double)));
        }
    }

  node = json_object_get_member (root, "success_model");
  if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    self->has_model = phoenix_success_coefficients_from_json (&self->model, json_node_get_object (node));

  if (!self->published)
    {
      /* Nothing is known about fewer than k installs, whatever the answer holds. */
      g_ptr_array_set_size (self->skills_asked, 0);
      g_ptr_array_set_size (self->training, 0);
      g_hash_table_remove_all (self->sector_rates);
      self->has_model = FALSE;
    }

  return g_steal_pointer (&self);
}

const char *
phoenix_insights_get_occupation (PhoenixInsights *self)
{
  g_return_val_if_fail (PHOENIX_IS_INSIGHTS (self), NULL);
  return self->occupation;
}

gboolean
phoenix_insights_get_published (PhoenixInsights *self)
{
  g_return_val_if_fail (PHOENIX_IS_INSIGHTS (self), FALSE);
  return self->published;
}

GPtrArray *
phoenix_insights_get_skills_asked (PhoenixInsights *self)
{
  g_return_val_if_fail (PHOENIX_IS_INSIGHTS (self), NULL);
  return self->skills_asked;
}

GPtrArray *
phoenix_insights_get_training (PhoenixInsights *self)
{
  g_return_val_if_fail (PHOENIX_IS_INSIGHTS (self), NULL);
  return self->training;
}

double
phoenix_insights_get_asked_share (PhoenixInsights *self,
                                  const char      *skill_id)
{
  g_return_val_if_fail (PHOENIX_IS_INSIGHTS (self), -1);

  for (guint i = 0; i < self->skills_asked->len; i++)
    {
      PhoenixInsightItem *item = g_ptr_array_index (self->skills_asked, i);

      if (g_strcmp0 (item->id, skill_id) == 0)
        return item->share;
    }
  return -1;
}

double
phoenix_insights_get_response_rate (PhoenixInsights *self,
                                    const char      *sector)
{
  GHashTableIter iter;
  gpointer value;
  double sum = 0;
  guint n = 0;

  g_return_val_if_fail (PHOENIX_IS_INSIGHTS (self), -1);

  if (sector != NULL)
    {
      double *rate = g_hash_table_lookup (self->sector_rates, sector);
      return rate != NULL ? *rate : -1;
    }
  g_hash_table_iter_init (&iter, self->sector_rates);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      sum += *(double *) value;
      n++;
    }
  return n > 0 ? sum / n : -1;
}

gboolean
phoenix_insights_get_success_model (PhoenixInsights            *self,
                                    PhoenixSuccessCoefficients *coefficients)
{
  g_return_val_if_fail (PHOENIX_IS_INSIGHTS (self), FALSE);
  g_return_val_if_fail (coefficients != NULL, FALSE);

  if (!self->has_model)
    return FALSE;
  *coefficients = self->model;
  return TRUE;
}
