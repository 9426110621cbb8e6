/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-ats"

#include "config.h"

#include <string.h>

#include "phoenix-test-ats.h"
#include "phoenix-test-util.h"

PhoenixTaxonomy *
phoenix_test_taxonomy_new (void)
{
  g_autofree char *path = phoenix_taxonomy_get_default_path ();
  g_autoptr(GError) error = NULL;
  PhoenixTaxonomy *taxonomy = phoenix_taxonomy_new_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (taxonomy);

  return taxonomy;
}

void
phoenix_test_ats_init (PhoenixTaxonomy       **taxonomy,
                       PhoenixSkillExtractor **extractor)
{
  *taxonomy = phoenix_test_taxonomy_new ();
  if (extractor != NULL)
    *extractor = phoenix_skill_extractor_new (*taxonomy);
}

int
phoenix_test_ats_run (PhoenixTaxonomy       **taxonomy,
                      PhoenixSkillExtractor **extractor)
{
  int status = g_test_run ();

  if (extractor != NULL)
    g_clear_object (extractor);
  g_clear_object (taxonomy);

  return status;
}

PhoenixJobOffer *
phoenix_test_offer_load (PhoenixSkillExtractor *extractor,
                         const char            *folder,
                         const char            *name)
{
  g_autofree char *relative = g_build_filename ("tests", "data", folder, name, NULL);
  g_autofree char *path = phoenix_test_source_path (relative);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PhoenixJobOffer *offer = phoenix_job_offer_new_from_file (extractor, file, &error);

  g_assert_no_error (error);

  return offer;
}

JsonObject *
phoenix_test_resume_load (const char *name)
{
  g_autofree char *relative = g_build_filename ("tests", "data", "ats", name, NULL);
  g_autofree char *path = phoenix_test_source_path (relative);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

gboolean
phoenix_test_has_skill (PhoenixTaxonomy *taxonomy,
                        GArray          *skills,
                        const char      *id)
{
  guint index;

  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, id, &index));
  for (guint i = 0; i < skills->len; i++)
    {
      if (g_array_index (skills, guint, i) == index)
        return TRUE;
    }

  return FALSE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

char *
phoenix_test_offer_skill_ids (PhoenixJobOffer *offer,
                              gboolean         required)
{
  PhoenixTaxonomy *taxonomy = phoenix_job_offer_get_taxonomy (offer);
  GArray *skills = phoenix_job_offer_get_skills (offer);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();

  for (guint i = 0; i < skills->len; i++)
    {
      PhoenixOfferSkill *skill = &g_array_index (skills, PhoenixOfferSkill, i);

      if (skill->required == required)
        g_ptr_array_add (ids, (gpointer) phoenix_taxonomy_get_skill_id (taxonomy, skill->skill));
    }
  g_ptr_array_sort (ids, compare_strings);
  g_ptr_array_add (ids, NULL);

  return g_strjoinv (",", (char **) ids->pdata);
}

static void
free_label (gpointer data)
{
  PhoenixTestLabel *label = data;

  g_free (label->ids);
  g_free (label);
}

PhoenixTestOfferLabels *
phoenix_test_offer_labels_load (PhoenixTaxonomy *taxonomy,
                                const char      *path)
{
  g_autoptr(GPtrArray) rows = phoenix_test_read_tsv (path);
  PhoenixTestOfferLabels *labels = g_new0 (PhoenixTestOfferLabels, 1);

  labels->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  labels->labels = g_ptr_array_new_with_free_func (free_label);
  labels->owners = g_hash_table_new (NULL, NULL);
  labels->classes = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < rows->len; i++)
    {
      char **f = g_ptr_array_index (rows, i);

      if (g_strcmp0 (f[0], "skill") == 0)
        {
          PhoenixTestLabel *label = g_new0 (PhoenixTestLabel, 1);
          g_auto(GStrv) ids = NULL;

          g_assert_cmpuint (g_strv_length (f), ==, 3);
          g_assert_true (g_str_equal (f[2], "required") || g_str_equal (f[2], "nice"));
          label->ids = g_strdup (f[1]);
          label->required = g_str_equal (f[2], "required");
          ids = g_strsplit (f[1], "|", -1);
          for (guint k = 0; ids[k] != NULL; k++)
            {
              guint index;

              /* By the skill the taxonomy uses now: a merged id keeps its old one as an alias. */
              if (!phoenix_taxonomy_lookup_skill (taxonomy, ids[k], &index))
                continue;
              label->known = TRUE;
              /* One id names one recruiter skill of an offer. */
              g_assert_false (g_hash_table_contains (labels->owners, GUINT_TO_POINTER (index + 1)) &&
                              GPOINTER_TO_UINT (g_hash_table_lookup (labels->owners, GUINT_TO_POINTER (index + 1))) !=
                              labels->labels->len + 1);
              g_hash_table_insert (labels->owners, GUINT_TO_POINTER (index + 1),
                                   GUINT_TO_POINTER (labels->labels->len + 1));
              g_hash_table_insert (labels->classes, GUINT_TO_POINTER (phoenix_taxonomy_get_skill_class (taxonomy, index) + 1),
                                   GUINT_TO_POINTER (labels->labels->len + 1));
            }
          g_ptr_array_add (labels->labels, label);
        }
      else if (g_strv_length (f) >= 1)
        g_hash_table_insert (labels->fields, g_strdup (f[0]), g_strdup (f[1] != NULL ? f[1] : ""));
    }

  return labels;
}

void
phoenix_test_offer_labels_free (PhoenixTestOfferLabels *labels)
{
  g_hash_table_unref (labels->fields);
  g_ptr_array_unref (labels->labels);
  g_hash_table_unref (labels->owners);
  g_hash_table_unref (labels->classes);
  g_free (labels);
}

int
phoenix_test_offer_labels_find (PhoenixTestOfferLabels *labels,
                                guint                   skill)
{
  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (labels->owners, GUINT_TO_POINTER (skill + 1))) - 1;
}

int
phoenix_test_offer_labels_find_class (PhoenixTestOfferLabels *labels,
                                      PhoenixTaxonomy        *taxonomy,
                                      guint                   skill)
{
  int label = phoenix_test_offer_labels_find (labels, skill);

  if (label >= 0)
    return label;

  return (int) GPOINTER_TO_UINT (g_hash_table_lookup (labels->classes,
                                                      GUINT_TO_POINTER (phoenix_taxonomy_get_skill_class (taxonomy, skill) + 1))) - 1;
}
