/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-profile-merge"

#include "config.h"

#include <string.h>

#include "phoenix-profile-merge.h"
#include "phoenix-text-fold.h"

typedef struct
{
  GListStore *(*get) (PhoenixProfile *profile);
  const char  *keys[4];
} MergeList;

static const MergeList merge_lists[] = {
  { phoenix_profile_get_links, { "url", NULL } },
  { phoenix_profile_get_experiences, { "title", "employer", "start-date", NULL } },
  { phoenix_profile_get_education, { "degree", "school", "start-date", NULL } },
  { phoenix_profile_get_skills, { "name", NULL } },
  { phoenix_profile_get_languages, { "name", NULL } },
  { phoenix_profile_get_certifications, { "name", NULL } },
  { phoenix_profile_get_projects, { "name", NULL } },
  { phoenix_profile_get_interests, { "name", NULL } },
  { phoenix_profile_get_volunteering, { "organization", "position", "start-date", NULL } },
  { phoenix_profile_get_awards, { "title", NULL } },
  { phoenix_profile_get_publications, { "name", NULL } },
  { phoenix_profile_get_references, { "name", NULL } },
};

static const char * const person_fields[] = {
  "name", "headline", "email", "phone", "city", "country", "summary", "url", "address",
  "postal-code", "region",
};

static char *
entry_key (GObject           *item,
           const char * const *keys)
{
  GString *key = g_string_new (NULL);
  gboolean empty = TRUE;

  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *value = NULL;
      g_autofree char *folded = NULL;

      if (g_object_class_find_property (G_OBJECT_GET_CLASS (item), keys[i]) != NULL)
        g_object_get (item, keys[i], &value, NULL);
      folded = phoenix_profile_merge_fold (value);
      if (*folded != '\0')
        empty = FALSE;
      g_string_append (key, folded);
      g_string_append_c (key, '\x1f');
    }

  /* An entry with no key at all is never a duplicate of another. */
  if (empty)
    {
      g_string_free (key, TRUE);
      return NULL;
    }

  return g_string_free (key, FALSE);
}

char *
phoenix_profile_merge_fold (const char *text)
{
  g_autofree char *folded = phoenix_text_fold (text);
  GString *out = g_string_sized_new (strlen (folded));
  gboolean space = FALSE;

  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        {
          space = out->len > 0;
          continue;
        }
      if (space)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

guint
phoenix_profile_merge (PhoenixProfile *dest,
                       PhoenixProfile *src)
{
  guint added = 0;

  g_return_val_if_fail (PHOENIX_IS_PROFILE (dest), 0);
  g_return_val_if_fail (PHOENIX_IS_PROFILE (src), 0);

  phoenix_profile_freeze_changed (dest);

  for (gsize i = 0; i < G_N_ELEMENTS (person_fields); i++)
    {
      g_autofree char *mine = NULL;
      g_autofree char *theirs = NULL;

      g_object_get (dest, person_fields[i], &mine, NULL);
      g_object_get (src, person_fields[i], &theirs, NULL);
      if ((mine == NULL || *mine == '\0') && theirs != NULL && *theirs != '\0')
        g_object_set (dest, person_fields[i], theirs, NULL);
    }
  if (phoenix_profile_get_photo (dest) == NULL && phoenix_profile_get_photo (src) != NULL)
    phoenix_profile_set_photo (dest, phoenix_profile_get_photo (src));

  for (gsize i = 0; i < G_N_ELEMENTS (merge_lists); i++)
    {
      GListModel *from = G_LIST_MODEL (merge_lists[i].get (src));
      GListStore *to = merge_lists[i].get (dest);
      g_autoptr(GHashTable) present = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
      guint n_to = g_list_model_get_n_items (G_LIST_MODEL (to));

      for (guint j = 0; j < n_to; j++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (to), j);
          char *key = entry_key (item, merge_lists[i].keys);

          if (key != NULL)
            g_hash_table_add (present, key);
        }

      /* Collect first: @src and @dest may share nothing, but appending while reading is fragile. */
      for (guint j = 0; j < g_list_model_get_n_items (from); j++)
        g_ptr_array_add (items, g_list_model_get_item (from, j));

      for (guint j = 0; j < items->len; j++)
        {
          GObject *item = g_ptr_array_index (items, j);
          char *key = entry_key (item, merge_lists[i].keys);

          if (key != NULL && g_hash_table_contains (present, key))
            {
              g_free (key);
              continue;
            }
          if (key != NULL)
            g_hash_table_add (present, key);
          g_list_store_append (to, item);
          added++;
        }
    }

  phoenix_profile_thaw_changed (dest);

  return added;
}
