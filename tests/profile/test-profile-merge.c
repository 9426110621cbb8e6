/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-profile-merge"

#include "config.h"

#include "phoenix-experience.h"
#include "phoenix-json-resume.h"
#include "phoenix-profile-merge.h"
#include "phoenix-skill.h"

/* A fictional person. */
static const char *existing_json =
  "{\"basics\": {\"name\": \"Léa Martin\", \"email\": \"\", \"label\": \"Cheffe de projet\"},"
  " \"work\": [{\"position\": \"Chargée de clientèle\", \"name\": \"Banque Étoile\", \"startDate\": \"2018-03\"}],"
  " \"skills\": [{\"name\": \"Gestion de projet\"}],"
  " \"languages\": [{\"language\": \"Anglais\", \"fluency\": \"Courant\"}]}";

static const char *imported_json =
  "{\"basics\": {\"name\": \"Lea MARTIN\", \"email\": \"lea.martin@example.org\", \"label\": \"Analyste\"},"
  " \"work\": [{\"position\": \"CHARGEE DE CLIENTELE\", \"name\": \"banque  etoile\", \"startDate\": \"2018-03\"},"
  "          {\"position\": \"Chargée de clientèle\", \"name\": \"Banque Étoile\", \"startDate\": \"2015-01\"},"
  "          {\"position\": \"Analyste de données\", \"name\": \"Data Sud\", \"startDate\": \"2021-09\"}],"
  " \"skills\": [{\"name\": \"gestion de projet\"}, {\"name\": \"SQL\"}, {\"name\": \"sql\"}],"
  " \"languages\": [{\"language\": \"anglais\"}, {\"language\": \"Espagnol\"}]}";

static PhoenixProfile *
profile_from_json (const char *json)
{
  PhoenixProfile *profile = phoenix_profile_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_json_resume_import_data (profile, json, -1, &error));
  g_assert_no_error (error);
  return profile;
}

static void
changed_cb (PhoenixProfile *profile,
            guint          *count)
{
  (*count)++;
}

static void
test_merge_no_duplicates (void)
{
  g_autoptr(PhoenixProfile) dest = profile_from_json (existing_json);
  g_autoptr(PhoenixProfile) src = profile_from_json (imported_json);
  GListModel *work = G_LIST_MODEL (phoenix_profile_get_experiences (dest));
  GListModel *skills = G_LIST_MODEL (phoenix_profile_get_skills (dest));
  g_autoptr(PhoenixExperience) last = NULL;
  g_autoptr(PhoenixSkill) sql = NULL;
  guint changed = 0;
  guint added;

  g_signal_connect (dest, "changed", G_CALLBACK (changed_cb), &changed);
  added = phoenix_profile_merge (dest, src);

  /* Same title + employer + start, other case and accents: kept once; another start is another job. */
  g_assert_cmpuint (g_list_model_get_n_items (work), ==, 3);
  last = g_list_model_get_item (work, 2);
  g_assert_cmpstr (phoenix_experience_get_employer (last), ==, "Data Sud");
  g_assert_cmpuint (g_list_model_get_n_items (skills), ==, 2);
  sql = g_list_model_get_item (skills, 1);
  g_assert_cmpstr (phoenix_skill_get_name (sql), ==, "SQL");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_languages (dest))), ==, 2);
  g_assert_cmpuint (added, ==, 4);

  /* Filled fields kept, empty ones filled. */
  g_assert_cmpstr (phoenix_profile_get_name (dest), ==, "Léa Martin");
  g_assert_cmpstr (phoenix_profile_get_headline (dest), ==, "Cheffe de projet");
  g_assert_cmpstr (phoenix_profile_get_email (dest), ==, "lea.martin@example.org");
  g_assert_cmpuint (changed, ==, 1);

  /* A second merge of the same import adds nothing. */
  {
    g_autoptr(PhoenixProfile) again = profile_from_json (imported_json);

    g_assert_cmpuint (phoenix_profile_merge (dest, again), ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (work), ==, 3);
  }
}

static void
test_merge_into_empty (void)
{
  g_autoptr(PhoenixProfile) dest = phoenix_profile_new ();
  g_autoptr(PhoenixProfile) src = profile_from_json (imported_json);

  /* The import's own duplicates ("SQL" and "sql") are not doubled either. */
  g_assert_cmpuint (phoenix_profile_merge (dest, src), ==, 7);
  g_assert_cmpstr (phoenix_profile_get_name (dest), ==, "Lea MARTIN");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_experiences (dest))), ==, 3);
}

static void
test_fold (void)
{
  const struct { const char *in, *out; } cases[] = {
    { "  Chargée   de CLIENTÈLE ", "chargee de clientele" },
    { "Œuvre", "oeuvre" },
    { "Chef d’équipe – Cœur", "chef d'equipe - coeur" },
    { "Straße\u00A0Nord\t", "strasse nord" },
    { "", "" },
    { NULL, "" },
    { "ﬁnance", "finance" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = phoenix_profile_merge_fold (cases[i].in);

      g_assert_cmpstr (folded, ==, cases[i].out);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/profile-merge/no-duplicates", test_merge_no_duplicates);
  g_test_add_func ("/profile-merge/into-empty", test_merge_into_empty);
  g_test_add_func ("/profile-merge/fold", test_fold);

  return g_test_run ();
}
