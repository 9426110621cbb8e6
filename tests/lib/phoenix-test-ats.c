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
