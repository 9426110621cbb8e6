/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-compare"

#include "config.h"

#include "phoenix-test-compare.h"

static gboolean
values_equal (const GValue *a,
              const GValue *b)
{
  g_assert_cmpint (G_VALUE_TYPE (a), ==, G_VALUE_TYPE (b));

  if (G_VALUE_HOLDS_STRING (a))
    return g_strcmp0 (g_value_get_string (a), g_value_get_string (b)) == 0;
  if (G_VALUE_HOLDS_BOOLEAN (a))
    return g_value_get_boolean (a) == g_value_get_boolean (b);
  if (G_VALUE_HOLDS (a, G_TYPE_STRV))
    return g_strv_equal (g_value_get_boxed (a), g_value_get_boxed (b));
  if (G_VALUE_HOLDS (a, G_TYPE_BYTES))
    {
      GBytes *ba = g_value_get_boxed (a);
      GBytes *bb = g_value_get_boxed (b);

      return (ba == NULL && bb == NULL) || (ba != NULL && bb != NULL && g_bytes_equal (ba, bb));
    }

  g_error ("no comparison for %s values", G_VALUE_TYPE_NAME (a));
}

void
phoenix_test_assert_objects_equal (GObject  *a,
                                   GObject  *b,
                                   gboolean  with_uids)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n_pspecs;

  g_assert_cmpstr (G_OBJECT_TYPE_NAME (a), ==, G_OBJECT_TYPE_NAME (b));

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (a), &n_pspecs);
  for (guint i = 0; i < n_pspecs; i++)
    {
      g_auto(GValue) va = G_VALUE_INIT;
      g_auto(GValue) vb = G_VALUE_INIT;

      if (!with_uids && g_str_equal (pspecs[i]->name, "uid"))
        continue;
      g_value_init (&va, pspecs[i]->value_type);
      g_value_init (&vb, pspecs[i]->value_type);
      g_object_get_property (a, pspecs[i]->name, &va);
      g_object_get_property (b, pspecs[i]->name, &vb);

      if (!values_equal (&va, &vb))
        {
          g_autofree char *sa = g_strdup_value_contents (&va);
          g_autofree char *sb = g_strdup_value_contents (&vb);

          g_error ("%s:%s differs: %s != %s", G_OBJECT_TYPE_NAME (a), pspecs[i]->name, sa, sb);
        }
    }
}

void
phoenix_test_assert_profiles_equal (PhoenixProfile *a,
                                    PhoenixProfile *b,
                                    gboolean        with_uids)
{
  GListStore *(*const lists[]) (PhoenixProfile *) = {
    phoenix_profile_get_links, phoenix_profile_get_experiences, phoenix_profile_get_education,
    phoenix_profile_get_skills, phoenix_profile_get_languages, phoenix_profile_get_certifications,
    phoenix_profile_get_projects, phoenix_profile_get_interests, phoenix_profile_get_volunteering,
    phoenix_profile_get_awards, phoenix_profile_get_publications, phoenix_profile_get_references,
  };

  phoenix_test_assert_objects_equal (G_OBJECT (a), G_OBJECT (b), with_uids);
  for (gsize l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      GListModel *la = G_LIST_MODEL (lists[l] (a));
      GListModel *lb = G_LIST_MODEL (lists[l] (b));

      g_assert_cmpuint (g_list_model_get_n_items (la), ==, g_list_model_get_n_items (lb));
      for (guint i = 0; i < g_list_model_get_n_items (la); i++)
        {
          g_autoptr(GObject) ea = g_list_model_get_item (la, i);
          g_autoptr(GObject) eb = g_list_model_get_item (lb, i);

          phoenix_test_assert_objects_equal (ea, eb, with_uids);
        }
    }
}
