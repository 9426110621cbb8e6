/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-profile"

#include "config.h"

#include "phoenix-profile.h"
#include "phoenix-profile-entries.h"

static const char * const person[] = {
  "name", "headline", "email", "phone", "city", "country", "summary", "url", "address",
  "postal-code", "region", "json-resume-extra",
};

static GListStore *(* const getters[]) (PhoenixProfile *) = {
  phoenix_profile_get_links, phoenix_profile_get_experiences, phoenix_profile_get_education,
  phoenix_profile_get_skills, phoenix_profile_get_languages,
  phoenix_profile_get_certifications, phoenix_profile_get_projects,
  phoenix_profile_get_interests, phoenix_profile_get_volunteering, phoenix_profile_get_awards,
  phoenix_profile_get_publications, phoenix_profile_get_references,
};

struct _PhoenixProfileSnapshot
{
  char      *person[G_N_ELEMENTS (person)];
  GBytes    *photo;
  GPtrArray *lists[G_N_ELEMENTS (getters)];  /* the entry objects themselves, referenced */
};

static GObject *
copy_object (GObject *src)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;
  GObject *copy = g_object_new (G_OBJECT_TYPE (src), NULL);

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (src), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE)
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (src, pspecs[i]->name, &value);
      g_object_set_property (copy, pspecs[i]->name, &value);
    }

  return copy;
}

void
phoenix_profile_copy_into (PhoenixProfile *src,
                           PhoenixProfile *dest)
{
  g_return_if_fail (PHOENIX_IS_PROFILE (src));
  g_return_if_fail (PHOENIX_IS_PROFILE (dest));

  phoenix_profile_freeze_changed (dest);
  g_object_freeze_notify (G_OBJECT (dest));

  for (gsize i = 0; i < G_N_ELEMENTS (person); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (src, person[i], &value, NULL);
      g_object_set (dest, person[i], value, NULL);
    }
  phoenix_profile_set_photo (dest, phoenix_profile_get_photo (src));

  for (gsize i = 0; i < G_N_ELEMENTS (getters); i++)
    {
      GListModel *from = G_LIST_MODEL (getters[i] (src));
      GListStore *to = getters[i] (dest);
      guint n = g_list_model_get_n_items (from);
      guint n_old = g_list_model_get_n_items (G_LIST_MODEL (to));
      g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (from, j);

          g_ptr_array_add (copies, copy_object (item));
        }
      if (n_old > 0 || n > 0)
        g_list_store_splice (to, 0, n_old, copies->pdata, copies->len);
    }

  g_object_thaw_notify (G_OBJECT (dest));
  phoenix_profile_thaw_changed (dest);
}

PhoenixProfileSnapshot *
phoenix_profile_snapshot_new (PhoenixProfile *profile)
{
  PhoenixProfileSnapshot *snapshot;

  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), NULL);

  snapshot = g_new0 (PhoenixProfileSnapshot, 1);
  for (gsize i = 0; i < G_N_ELEMENTS (person); i++)
    g_object_get (profile, person[i], &snapshot->person[i], NULL);
  if (phoenix_profile_get_photo (profile) != NULL)
    snapshot->photo = g_bytes_ref (phoenix_profile_get_photo (profile));

  for (gsize i = 0; i < G_N_ELEMENTS (getters); i++)
    {
      GListModel *list = G_LIST_MODEL (getters[i] (profile));
      guint n = g_list_model_get_n_items (list);

      snapshot->lists[i] = g_ptr_array_new_full (n, g_object_unref);
      for (guint j = 0; j < n; j++)
        g_ptr_array_add (snapshot->lists[i], g_list_model_get_item (list, j));
    }

  return snapshot;
}

void
phoenix_list_store_set_items (GListStore *store,
                              GPtrArray  *items)
{
  GListModel *model;
  guint n_old, n_new, prefix = 0, suffix = 0;

  g_return_if_fail (G_IS_LIST_STORE (store));
  g_return_if_fail (items != NULL);

  model = G_LIST_MODEL (store);
  n_old = g_list_model_get_n_items (model);
  n_new = items->len;
  while (prefix < n_old && prefix < n_new)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, prefix);

      if (item != items->pdata[prefix])
        break;
      prefix++;
    }
  while (suffix < n_old - prefix && suffix < n_new - prefix)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, n_old - 1 - suffix);

      if (item != items->pdata[n_new - 1 - suffix])
        break;
      suffix++;
    }

  if (prefix == n_old && prefix == n_new)
    return;

  /* An empty array's pdata is NULL: no arithmetic on it (undefined, UBSan says). */
  g_list_store_splice (store, prefix, n_old - prefix - suffix,
                       n_new > prefix + suffix ? items->pdata + prefix : NULL, n_new - prefix - suffix);
}

void
phoenix_profile_snapshot_restore (PhoenixProfileSnapshot *snapshot,
                                  PhoenixProfile         *profile)
{
  g_return_if_fail (snapshot != NULL);
  g_return_if_fail (PHOENIX_IS_PROFILE (profile));

  phoenix_profile_freeze_changed (profile);
  g_object_freeze_notify (G_OBJECT (profile));

  for (gsize i = 0; i < G_N_ELEMENTS (person); i++)
    {
      g_autofree char *value = NULL;

      g_object_get (profile, person[i], &value, NULL);
      if (g_strcmp0 (value, snapshot->person[i]) != 0)
        g_object_set (profile, person[i], snapshot->person[i], NULL);
    }
  if (phoenix_profile_get_photo (profile) != snapshot->photo)
    phoenix_profile_set_photo (profile, snapshot->photo);

  for (gsize i = 0; i < G_N_ELEMENTS (getters); i++)
    phoenix_list_store_set_items (getters[i] (profile), snapshot->lists[i]);

  g_object_thaw_notify (G_OBJECT (profile));
  phoenix_profile_thaw_changed (profile);
}

void
phoenix_profile_snapshot_free (PhoenixProfileSnapshot *snapshot)
{
  if (snapshot == NULL)
    return;

  for (gsize i = 0; i < G_N_ELEMENTS (person); i++)
    g_free (snapshot->person[i]);
  g_clear_pointer (&snapshot->photo, g_bytes_unref);
  for (gsize i = 0; i < G_N_ELEMENTS (getters); i++)
    g_clear_pointer (&snapshot->lists[i], g_ptr_array_unref);
  g_free (snapshot);
}
