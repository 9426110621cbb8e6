/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-taxonomy"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "phoenix-taxonomy.h"
#include "phoenix-test-ats.h"
#include "phoenix-test-util.h"

/*
 * The skills taxonomy: labels in both languages, links, lookups, search, and
 * the generator reproducing the committed TSV files (which needs ../shared).
 */

static PhoenixTaxonomy *taxonomy;

static void
test_taxonomy_both_languages (void)
{
  guint n = phoenix_taxonomy_get_n_occupations (taxonomy);
  g_autoptr(GHashTable) sources = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;

  g_assert_cmpuint (n, ==, 1584);
  for (guint i = 0; i < n; i++)
    {
      const char *source = phoenix_taxonomy_get_occupation_label_source (taxonomy, i);

      g_assert_cmpstr (phoenix_taxonomy_get_occupation_label (taxonomy, i, "fr"), !=, "");
      g_assert_cmpstr (phoenix_taxonomy_get_occupation_label (taxonomy, i, "en"), !=, "");
      g_hash_table_insert (sources, (gpointer) source,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (sources, source)) + 1));
    }
  g_hash_table_iter_init (&iter, sources);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_test_message ("English labels from %s: %u", (const char *) key, GPOINTER_TO_UINT (value));

  /* Every skill too: ROME's French-only competences and savoirs have hand-made English labels. */
  n = phoenix_taxonomy_get_n_skills (taxonomy);
  g_assert_cmpuint (n, >, 40000);
  for (guint i = 0; i < n; i++)
    {
      if (!phoenix_taxonomy_skill_has_label (taxonomy, i, "fr") || !phoenix_taxonomy_skill_has_label (taxonomy, i, "en"))
        g_error ("skill %s has no %s label", phoenix_taxonomy_get_skill_id (taxonomy, i),
                 phoenix_taxonomy_skill_has_label (taxonomy, i, "fr") ? "English" : "French");
    }
  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "rome:482232", &n));
  g_assert_cmpstr (phoenix_taxonomy_get_skill_label (taxonomy, n, "fr"), ==,
                   "Assurer la maintenance de premier niveau des équipements de stockage");
  g_assert_cmpstr (phoenix_taxonomy_get_skill_label (taxonomy, n, "en"), ==,
                   "Perform first-level maintenance of storage equipment");

  /* ROME and ESCO linked by English labels too: ESCO's "graphic design" is ROME's "Graphisme", and its old id,
   * kept in a CV or a stored offer, still finds it. */
  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "rome:100633", &n));
  g_assert_cmpstr (phoenix_taxonomy_get_skill_label (taxonomy, n, "en"), ==, "Graphic design");
  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "esco:7fb699d9", &n));
  g_assert_cmpstr (phoenix_taxonomy_get_skill_id (taxonomy, n), ==, "rome:100633");
  g_assert_false (phoenix_taxonomy_lookup_skill (taxonomy, "esco:00000000", &n));
}

static void
test_taxonomy_links_resolve (void)
{
  guint n = phoenix_taxonomy_get_n_occupations (taxonomy);
  guint n_skills = phoenix_taxonomy_get_n_skills (taxonomy);
  guint links = 0, cores = 0, moves = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GArray) skills = phoenix_taxonomy_get_occupation_skills (taxonomy, i);
      g_autoptr(GArray) targets = phoenix_taxonomy_get_mobilities (taxonomy, i);
      guint back;

      g_assert_true (phoenix_taxonomy_lookup_occupation (taxonomy, phoenix_taxonomy_get_occupation_code (taxonomy, i), &back));
      g_assert_cmpuint (back, ==, i);
      g_assert_cmpuint (skills->len, >, 0);
      g_assert_cmpuint (targets->len, >=, 6);
      for (guint j = 0; j < skills->len; j++)
        {
          PhoenixOccupationSkill *link = &g_array_index (skills, PhoenixOccupationSkill, j);

          g_assert_cmpuint (link->skill, <, n_skills);
          g_assert_cmpstr (phoenix_taxonomy_get_skill_label (taxonomy, link->skill, "fr"), !=, "");
          cores += link->core;
        }
      for (guint j = 0; j < targets->len; j++)
        {
          g_assert_cmpuint (g_array_index (targets, guint, j), <, n);
          g_assert_cmpuint (g_array_index (targets, guint, j), !=, i);
        }
      links += skills->len;
      moves += targets->len;
    }
  g_assert_cmpuint (moves, ==, 14912);
  g_assert_cmpuint (cores, >, 10000);
  g_test_message ("%u occupation → skill links (%u core), %u mobilités", links, cores, moves);
}

static void
test_taxonomy_lookup (void)
{
  guint index;

  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "tool:python", &index));
  g_assert_cmpstr (phoenix_taxonomy_get_skill_label (taxonomy, index, "en"), ==, "Python");
  g_assert_cmpint (phoenix_taxonomy_get_skill_kind (taxonomy, index), ==, PHOENIX_SKILL_KIND_HARD);
  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "tool:excel", &index));
  g_assert_cmpstr (phoenix_taxonomy_get_skill_label (taxonomy, index, "fr"), ==, "Microsoft Excel");
  g_assert_false (phoenix_taxonomy_lookup_skill (taxonomy, "tool:no-such-tool", &index));

  g_assert_true (phoenix_taxonomy_lookup_occupation (taxonomy, "M1805", &index));
  g_assert_cmpstr (phoenix_taxonomy_get_occupation_label (taxonomy, index, "fr"), ==, "Développeur / Développeuse informatique");
  g_assert_cmpstr (phoenix_taxonomy_get_occupation_label (taxonomy, index, "en"), ==, "Software developer");
  g_assert_false (phoenix_taxonomy_lookup_occupation (taxonomy, "Z9999", &index));
}

static gboolean
search_finds (const char *query,
              const char *code,
              guint       within)
{
  g_autoptr(GArray) hits = phoenix_taxonomy_search_occupations (taxonomy, query, within);

  for (guint i = 0; i < hits->len; i++)
    {
      if (g_strcmp0 (phoenix_taxonomy_get_occupation_code (taxonomy, g_array_index (hits, guint, i)), code) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_taxonomy_search (void)
{
  g_autoptr(GArray) none = phoenix_taxonomy_search_occupations (taxonomy, "zzzqqq", 10);

  g_assert_true (search_finds ("développeur web", "M1855", 3));
  g_assert_true (search_finds ("developpeur web", "M1855", 3));
  g_assert_true (search_finds ("DÉVELOPPEUSE WEB", "M1855", 3));
  g_assert_true (search_finds ("infirmiere soins generaux", "J1506", 3));
  g_assert_true (search_finds ("comptab", "M1203", 10));
  g_assert_true (search_finds ("software developer", "M1805", 5));
  g_assert_true (search_finds ("registered nurse", "J1506", 5));
  g_assert_true (search_finds ("chef de chantier", "F1202", 5));
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_taxonomy_generator (void)
{
  static const char * const files[] = {
    "occupations.tsv", "occupation-titles.tsv", "skills.tsv", "occupation-skills.tsv", "mobilities.tsv",
    "skill-aliases.tsv", "occupation-access.tsv", "word-synonyms.tsv",
  };
  g_autofree char *shared = phoenix_test_source_path ("../shared/data/rome");
  g_autofree char *script = phoenix_test_source_path ("build-aux/taxonomy/generate.py");
  g_autofree char *tmp = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (!g_file_test (shared, G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("../shared/data is absent: the generator cannot be rerun here");
      return;
    }

  tmp = phoenix_test_make_tmp_dir ("phoenix-taxonomy-XXXXXX");
  {
    const char *argv[] = { "python3", script, "--out", tmp, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  for (gsize i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *relative = g_build_filename ("data", "taxonomy", files[i], NULL);
      g_autofree char *committed_path = phoenix_test_source_path (relative);
      g_autofree char *fresh_path = g_build_filename (tmp, files[i], NULL);
      g_autofree char *committed = NULL;
      g_autofree char *fresh = NULL;
      gsize committed_len, fresh_len;

      g_assert_true (g_file_get_contents (committed_path, &committed, &committed_len, NULL));
      g_assert_true (g_file_get_contents (fresh_path, &fresh, &fresh_len, NULL));
      g_assert_cmpuint (committed_len, ==, fresh_len);
      g_assert_true (memcmp (committed, fresh, committed_len) == 0);
      g_unlink (fresh_path);
    }
  g_rmdir (tmp);
}

/*
 * A compiled file of another format (6, before the transversal groups of format 7) is refused with a clear,
 * translated error, never read as this one: the same bytes with the version word changed.
 */
static void
test_taxonomy_other_format (void)
{
  const char *path = g_getenv ("PHOENIX_TAXONOMY");
  g_autofree char *tmp = phoenix_test_make_tmp_dir ("phoenix-taxonomy-XXXXXX");
  g_autofree char *copy = g_build_filename (tmp, "taxonomy.gvariant", NULL);
  g_autoptr(PhoenixTaxonomy) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bytes = NULL;
  gsize length;
  guint32 version = GUINT32_TO_LE (PHOENIX_TAXONOMY_FORMAT - 1);

  g_assert_nonnull (path);
  g_assert_true (g_file_get_contents (path, &bytes, &length, NULL));
  g_assert_cmpuint (GUINT32_FROM_LE (*(guint32 *) bytes), ==, PHOENIX_TAXONOMY_FORMAT);
  memcpy (bytes, &version, sizeof version);
  g_assert_true (g_file_set_contents (copy, bytes, (gssize) length, NULL));

  other = phoenix_taxonomy_new_from_file (copy, &error);
  g_assert_null (other);
  g_assert_error (error, PHOENIX_TAXONOMY_ERROR, PHOENIX_TAXONOMY_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "another version of Phoenix"));
  g_assert_cmpint (g_unlink (copy), ==, 0);
  g_assert_cmpint (g_rmdir (tmp), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  phoenix_test_ats_init (&taxonomy, NULL);

  g_test_add_func ("/ats/taxonomy/both-languages", test_taxonomy_both_languages);
  g_test_add_func ("/ats/taxonomy/links-resolve", test_taxonomy_links_resolve);
  g_test_add_func ("/ats/taxonomy/lookup", test_taxonomy_lookup);
  g_test_add_func ("/ats/taxonomy/search", test_taxonomy_search);
  g_test_add_func ("/ats/taxonomy/generator-reproduces", test_taxonomy_generator);
  g_test_add_func ("/ats/taxonomy/other-format", test_taxonomy_other_format);

  return phoenix_test_ats_run (&taxonomy, NULL);
}
