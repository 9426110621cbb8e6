/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ats"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "phoenix-ats.h"
#include "phoenix-job-offer-store.h"
#include "phoenix-json-resume.h"
#include "phoenix-skill-extractor-private.h"
#include "phoenix-test-util.h"

/*
 * The skills taxonomy, skill extraction, job offers and the ATS score.
 * Needs $PHOENIX_TAXONOMY (set by meson to the compiled file in the build
 * folder) and $PHOENIX_SOURCE_DIR; the generator test also needs ../shared.
 * PDF offers go through $PHOENIX_IMPORT_HELPER and CLI_PATH (phoenix-cli).
 */

static PhoenixTaxonomy *taxonomy;
static PhoenixSkillExtractor *extractor;
static const char *source_dir;

static char *
source_path (const char *relative)
{
  return g_build_filename (source_dir, relative, NULL);
}

static JsonObject *
load_resume (const char *name)
{
  g_autofree char *relative = g_build_filename ("tests", "data", "ats", name, NULL);
  g_autofree char *path = source_path (relative);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static PhoenixJobOffer *
load_offer_in (const char *folder,
               const char *name)
{
  g_autofree char *relative = g_build_filename ("tests", "data", folder, name, NULL);
  g_autofree char *path = source_path (relative);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  PhoenixJobOffer *offer = phoenix_job_offer_new_from_file (extractor, file, &error);

  g_assert_no_error (error);

  return offer;
}

static PhoenixJobOffer *
load_offer (const char *name)
{
  return load_offer_in ("offers", name);
}

static guint
score_of (JsonObject      *resume,
          PhoenixJobOffer *offer)
{
  g_autoptr(PhoenixAtsReport) report = phoenix_ats_score (extractor, resume, offer);

  return phoenix_ats_report_get_score (report);
}

static gboolean
has_skill (GArray     *skills,
           const char *id)
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

/* ---- Taxonomy ---- */

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

/*
 * 69 job titles as offers and CV headlines spell them (levels, gender forms,
 * "(H/F)", extra words), French and English: the occupation guessed from the
 * title alone must be the expected fiche for at least 90% of them, and the
 * level words must not matter.
 */
static void
test_occupation_job_titles (void)
{
  g_autofree char *path = source_path ("tests/data/job-titles.tsv");
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) misses = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  guint right = 0, total = 0, occupation, plain;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      g_assert_cmpuint (g_strv_length (f), ==, 2);
      total++;
      if (phoenix_job_offer_guess_occupation (taxonomy, f[0], &occupation) &&
          g_strcmp0 (phoenix_taxonomy_get_occupation_code (taxonomy, occupation), f[1]) == 0)
        right++;
      else
        g_string_append_printf (misses, " “%s” (expected %s)", f[0], f[1]);
    }
  g_print ("# job titles: %u/%u occupations right;%s\n", right, total, misses->str);
  g_assert_cmpuint (total, >=, 60);
  g_assert_cmpfloat ((double) right / total, >=, 0.9);

  /* Level and contract words are not the job; ESCO's "senior data analyst" under call centre analyst is no lure. */
  g_assert_true (phoenix_job_offer_guess_occupation (taxonomy, "Data Analyst", &plain));
  g_assert_true (phoenix_job_offer_guess_occupation (taxonomy, "Senior Data Analyst (H/F)", &occupation));
  g_assert_cmpuint (occupation, ==, plain);
  /* The same words before stemming beat a stem clash ("product" / "production"). */
  g_assert_true (phoenix_job_offer_guess_occupation (taxonomy, "Product Manager", &occupation));
  g_assert_cmpstr (phoenix_taxonomy_get_occupation_code (taxonomy, occupation), ==, "M1703");
  /* A hand-made title belongs to its fiche: ESCO lists "warehouse supervisor" under logistics manager too. */
  g_assert_true (phoenix_job_offer_guess_occupation (taxonomy, "Warehouse Supervisor", &occupation));
  g_assert_cmpstr (phoenix_taxonomy_get_occupation_code (taxonomy, occupation), ==, "N1302");
}

static gpointer
prepare_thread (gpointer data)
{
  phoenix_job_offer_prepare_taxonomy (data);

  return NULL;
}

/*
 * The app builds the taxonomy's tables in a worker thread after unlocking;
 * an offer read on the main thread meanwhile waits for them and finds the
 * same skills and occupation as with tables built on the spot.
 */
static void
test_taxonomy_prepare_in_thread (void)
{
  g_autofree char *path = phoenix_taxonomy_get_default_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTaxonomy) fresh = phoenix_taxonomy_new_from_file (path, &error);
  g_autoptr(PhoenixSkillExtractor) fresh_extractor = NULL;
  g_autofree char *offer_path = source_path ("tests/data/offers/en-07-warehouse-supervisor.txt");
  g_autofree char *text = NULL;
  g_autoptr(PhoenixJobOffer) expected = NULL;
  g_autoptr(PhoenixJobOffer) offer = NULL;
  GArray *want, *got;
  GThread *thread;

  g_assert_no_error (error);
  g_file_get_contents (offer_path, &text, NULL, &error);
  g_assert_no_error (error);
  expected = phoenix_job_offer_new_from_text (extractor, text);

  fresh_extractor = phoenix_skill_extractor_new (fresh);
  thread = g_thread_new ("prepare", prepare_thread, fresh);
  offer = phoenix_job_offer_new_from_text (fresh_extractor, text);
  g_thread_join (thread);

  g_assert_cmpstr (phoenix_job_offer_get_occupation (offer), ==, phoenix_job_offer_get_occupation (expected));
  want = phoenix_job_offer_get_skills (expected);
  got = phoenix_job_offer_get_skills (offer);
  g_assert_cmpuint (got->len, ==, want->len);
  g_assert_cmpuint (got->len, >, 5);
  for (guint i = 0; i < got->len; i++)
    g_assert_cmpstr (phoenix_taxonomy_get_skill_id (fresh, g_array_index (got, PhoenixOfferSkill, i).skill), ==,
                     phoenix_taxonomy_get_skill_id (taxonomy, g_array_index (want, PhoenixOfferSkill, i).skill));
}

static void
test_taxonomy_generator (void)
{
  static const char * const files[] = {
    "occupations.tsv", "occupation-titles.tsv", "skills.tsv", "occupation-skills.tsv", "mobilities.tsv",
    "skill-aliases.tsv", "occupation-access.tsv",
  };
  g_autofree char *shared = g_build_filename (source_dir, "..", "shared", "data", "rome", NULL);
  g_autofree char *script = source_path ("build-aux/taxonomy/generate.py");
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

  tmp = g_dir_make_tmp ("phoenix-taxonomy-XXXXXX", &error);
  g_assert_no_error (error);
  {
    const char *argv[] = { "python3", script, "--out", tmp, NULL };

    g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  }
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  for (gsize i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *relative = g_build_filename ("data", "taxonomy", files[i], NULL);
      g_autofree char *committed_path = source_path (relative);
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

/* ---- Extraction rules ---- */

static GArray *
skills_in (const char *text,
           const char *language)
{
  return phoenix_skill_extractor_extract_skills (extractor, text, language);
}

/*
 * ROME names most skills in French only; their hand-made English labels (and
 * ESCO's, where the two are linked) let a French CV and an English offer meet
 * on the same skill ids. A one-word translated label is not searched for.
 */
static void
test_extractor_across_languages (void)
{
  static const struct { const char *fr, *en, *id; } pairs[] = {
    { "Graphisme et mise en page", "Strong graphic design portfolio", "rome:100633" },
    { "Retoucher une image sous Photoshop", "Retouch an image in Photoshop", "rome:117044" },
    { "Les règles d'hygiène et de sécurité du chantier", "Enforce health and safety rules", "rome:489296" },
    { "Soins de nursing auprès des patients", "Deliver nursing care to patients", "rome:107376" },
    { "Lire des plans d'exécution", "Read construction drawings", "rome:400901" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (pairs); i++)
    {
      g_autoptr(GArray) fr = skills_in (pairs[i].fr, "fr");
      g_autoptr(GArray) en = skills_in (pairs[i].en, "en");

      g_assert_true (has_skill (fr, pairs[i].id));
      g_assert_true (has_skill (en, pairs[i].id));
    }

  {
    /* "Disques" (vinyl records) is "Records" in English: not to be found in a nurse's patient records. */
    g_autoptr(GArray) records = skills_in ("Keep accurate patient records.", "en");
    guint index;

    g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "rome:126069", &index));
    g_assert_cmpstr (phoenix_taxonomy_get_skill_label (taxonomy, index, "en"), ==, "Records");
    g_assert_false (has_skill (records, "rome:126069"));
  }

  {
    /* A ROME savoir named like a job is no skill in an offer: there it names a colleague. */
    g_autoptr(GArray) en = skills_in ("Report daily to the logistics manager.", "en");
    g_autoptr(GArray) fr = skills_in ("Vous êtes rattaché au responsable logistique.", "fr");

    g_assert_false (has_skill (en, "rome:490763"));
    g_assert_false (has_skill (fr, "rome:512473"));
  }
}

/*
 * Soft skills as offers name them (build-aux/taxonomy/soft-skills.tsv): an
 * adjective or a noun finds the skill the taxonomy names with a verb phrase,
 * in French and English; a heading or a word in another sense does not.
 */
static void
test_extractor_soft_skills (void)
{
  g_autoptr(GArray) fr = skills_in ("Profil : rigoureux, ponctuel et doté d'un bon sens de l'organisation.", "fr");
  g_autoptr(GArray) en = skills_in ("You are reliable, organised and a real team player.", "en");
  g_autoptr(GArray) none = skills_in ("Savoir-être\nUn sérieux atout pour ce poste : la maîtrise de Sage.", "fr");

  g_assert_true (has_skill (fr, "esco:59f56593"));   /* rigueur → souci du détail */
  g_assert_true (has_skill (fr, "rome:497464"));     /* sens de l'organisation */
  g_assert_true (has_skill (en, "esco:25e16679"));   /* reliable → act reliably */
  g_assert_true (has_skill (en, "rome:477056"));     /* team player → travail en équipe */
  g_assert_false (has_skill (none, "esco:25e16679"));
  g_assert_false (has_skill (none, "esco:15d76317"));
  g_assert_true (has_skill (none, "tool:sage"));

  {
    /* One stem, two spellings of one skill's term: both are found. */
    g_autoptr(GArray) adjective = skills_in ("Vous êtes autonome et curieux.", "fr");
    g_autoptr(GArray) noun = skills_in ("Une grande autonomie est requise.", "fr");

    g_assert_true (has_skill (adjective, "esco:c29aa9d2"));
    g_assert_true (has_skill (noun, "esco:c29aa9d2"));
  }
}

static void
test_extractor_rules (void)
{
  g_autoptr(GArray) a = skills_in ("Expérience en R&D, vous maîtrisez le langage R et Python.", "fr");
  g_autoptr(GArray) b = skills_in ("We excel at teamwork and have excellent writing.", "en");
  g_autoptr(GArray) c = skills_in ("Advanced Excel and SQL; C/C++ and C# on Linux.", "en");
  g_autoptr(GArray) d = skills_in ("Let's go! Experience with Go and Golang services.", "en");
  g_autoptr(GArray) e = skills_in ("Vous travaillerez avec nous sur la gestion de projets.", "fr");
  g_autoptr(GArray) f = skills_in ("python, r, sql", "en");
  g_autoptr(GArray) g = skills_in ("Project manager wanted.", "en");
  g_autoptr(GArray) m = phoenix_skill_extractor_extract (extractor, "Maîtrise de PostgreSQL exigée.", "fr");

  g_assert_true (has_skill (a, "tool:r"));
  g_assert_true (has_skill (a, "tool:python"));
  g_assert_cmpuint (a->len, ==, 2);                 /* not R from R&D */
  g_assert_false (has_skill (b, "tool:excel"));     /* "excel at", "excellent" */
  g_assert_true (has_skill (c, "tool:excel"));
  g_assert_true (has_skill (c, "tool:sql"));
  g_assert_true (has_skill (c, "tool:c"));
  g_assert_true (has_skill (c, "tool:cpp"));
  g_assert_true (has_skill (c, "tool:csharp"));
  g_assert_true (has_skill (c, "tool:linux"));
  g_assert_true (has_skill (d, "tool:go"));
  g_assert_cmpuint (d->len, ==, 1);
  g_assert_false (has_skill (e, "esco:cf532795"));  /* "avec" is not AVEC */
  g_assert_true (has_skill (e, "rome:120246"));     /* gestion de projet(s) */
  g_assert_true (has_skill (f, "tool:r"));          /* no case in the text: case rules off */
  g_assert_cmpuint (g->len, ==, 0);                 /* a manager is not management */

  g_assert_cmpuint (m->len, ==, 1);
  g_assert_cmpuint (g_array_index (m, PhoenixSkillMatch, 0).start, ==, strlen ("Maîtrise de "));
  g_assert_cmpuint (g_array_index (m, PhoenixSkillMatch, 0).end, ==, strlen ("Maîtrise de PostgreSQL"));

  g_assert_cmpstr (phoenix_skill_extractor_detect_language ("Nous recherchons un développeur pour notre équipe."), ==, "fr");
  g_assert_cmpstr (phoenix_skill_extractor_detect_language ("We are looking for a developer to join our team."), ==, "en");
}

/* ---- The labelled offers: the 20 the extractor was tuned on, and 20 held out ---- */

typedef struct
{
  GHashTable *fields;   /* key → value */
  GHashTable *skills;   /* id → "required" / "nice" */
} Expected;

static void
read_expected (const char *path,
               Expected   *expected)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  expected->fields = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  expected->skills = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) f = NULL;

      if (lines[i][0] == '#' || lines[i][0] == '\0')
        continue;
      f = g_strsplit (lines[i], "\t", -1);
      if (g_strcmp0 (f[0], "skill") == 0 && g_strv_length (f) == 3)
        {
          guint index;

          /* By the id the taxonomy uses now: an ESCO skill merged into a ROME one keeps its old id as an alias. */
          g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, f[1], &index));
          g_hash_table_insert (expected->skills, g_strdup (phoenix_taxonomy_get_skill_id (taxonomy, index)),
                               g_strdup (f[2]));
        }
      else if (g_strv_length (f) >= 1)
        g_hash_table_insert (expected->fields, g_strdup (f[0]), g_strdup (f[1] != NULL ? f[1] : ""));
    }
}

typedef struct
{
  double precision, recall, fields, occupations, ranks;
  guint french, english;
} OfferScores;

/* Measures skill extraction, offer fields and occupations over the labelled offers of
 * tests/data/<folder>, which must hold @count of them; each miss is a test message. */
static OfferScores
measure_offers (const char *folder,
                guint       count)
{
  g_autofree char *relative = g_build_filename ("tests", "data", folder, NULL);
  g_autofree char *dir_path = source_path (relative);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint true_positives = 0, found = 0, expected_total = 0;
  guint fields_right = 0, fields_total = 0, occupations_right = 0, rank_right = 0, rank_total = 0;
  guint french = 0, english = 0;
  double precision, recall;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (g_str_has_suffix (name, ".txt"))
        g_ptr_array_add (names, g_strdup (name));
    }
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (names->len, ==, count);

  for (guint i = 0; i < names->len; i++)
    {
      const char *offer_name = g_ptr_array_index (names, i);
      g_autofree char *base = g_strndup (offer_name, strlen (offer_name) - 4);
      g_autofree char *expected_name = g_strconcat (base, ".expected", NULL);
      g_autofree char *expected_path = g_build_filename (dir_path, expected_name, NULL);
      g_autoptr(PhoenixJobOffer) offer = load_offer_in (folder, offer_name);
      GArray *skills = phoenix_job_offer_get_skills (offer);
      Expected expected;
      g_autoptr(GString) report = g_string_new (NULL);
      const char *field_names[] = { "language", "title", "company", "location", "contract", "education", "experience" };
      guint offer_tp = 0;

      read_expected (expected_path, &expected);
      french += g_str_has_prefix (offer_name, "fr-");
      english += g_str_has_prefix (offer_name, "en-");

      for (guint s = 0; s < skills->len; s++)
        {
          PhoenixOfferSkill *skill = &g_array_index (skills, PhoenixOfferSkill, s);
          const char *id = phoenix_taxonomy_get_skill_id (taxonomy, skill->skill);
          const char *rank = g_hash_table_lookup (expected.skills, id);

          found++;
          if (rank != NULL)
            {
              offer_tp++;
              rank_total++;
              rank_right += (g_strcmp0 (rank, "required") == 0) == skill->required;
            }
          else
            g_string_append_printf (report, " +%s", id);
        }
      {
        GHashTableIter iter;
        gpointer id;

        g_hash_table_iter_init (&iter, expected.skills);
        while (g_hash_table_iter_next (&iter, &id, NULL))
          {
            guint index;
            gboolean seen = FALSE;

            g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, id, &index));
            for (guint s = 0; s < skills->len; s++)
              seen = seen || g_array_index (skills, PhoenixOfferSkill, s).skill == index;
            if (!seen)
              g_string_append_printf (report, " -%s", (const char *) id);
          }
      }
      true_positives += offer_tp;
      expected_total += g_hash_table_size (expected.skills);

      for (gsize k = 0; k < G_N_ELEMENTS (field_names); k++)
        {
          const char *want = g_hash_table_lookup (expected.fields, field_names[k]);
          g_autofree char *got = NULL;

          g_assert_nonnull (want);
          if (k == 0)
            got = g_strdup (phoenix_job_offer_get_language (offer));
          else if (k == 1)
            got = g_strdup (phoenix_job_offer_get_title (offer));
          else if (k == 2)
            got = g_strdup (phoenix_job_offer_get_company (offer));
          else if (k == 3)
            got = g_strdup (phoenix_job_offer_get_location (offer));
          else if (k == 4)
            got = g_strdup (phoenix_job_offer_get_contract (offer));
          else if (k == 5)
            got = g_strdup (phoenix_education_level_to_string (phoenix_job_offer_get_education (offer),
                                                                 phoenix_job_offer_get_language (offer)));
          else
            got = g_strdup_printf ("%d", phoenix_job_offer_get_experience_years (offer));
          fields_total++;
          if (g_strcmp0 (got, want) == 0)
            fields_right++;
          else
            g_string_append_printf (report, " %s=“%s” (expected “%s”)", field_names[k], got, want);
        }
      if (g_strcmp0 (phoenix_job_offer_get_occupation (offer), g_hash_table_lookup (expected.fields, "occupation")) == 0)
        occupations_right++;
      else
        g_string_append_printf (report, " occupation=%s (expected %s)", phoenix_job_offer_get_occupation (offer),
                                (const char *) g_hash_table_lookup (expected.fields, "occupation"));

      g_test_message ("%s: %u/%u skills found, %u expected;%s", offer_name, offer_tp, skills->len,
                      g_hash_table_size (expected.skills), report->str);
      g_hash_table_unref (expected.fields);
      g_hash_table_unref (expected.skills);
    }

  precision = found > 0 ? (double) true_positives / found : 0.0;
  recall = expected_total > 0 ? (double) true_positives / expected_total : 0.0;
  g_test_message ("skill extraction over %u offers (%u French, %u English): precision %.3f (%u/%u), recall %.3f (%u/%u)",
                  names->len, french, english, precision, true_positives, found, recall, true_positives, expected_total);
  g_test_message ("required/nice-to-have right for %u of %u found skills; offer fields %u/%u; occupations %u/%u",
                  rank_right, rank_total, fields_right, fields_total, occupations_right, names->len);

  return (OfferScores) {
    .precision = precision,
    .recall = recall,
    .fields = (double) fields_right / fields_total,
    .occupations = (double) occupations_right / names->len,
    .ranks = rank_total > 0 ? (double) rank_right / rank_total : 0.0,
    .french = french,
    .english = english,
  };
}

static void
test_offers_extraction (void)
{
  OfferScores scores = measure_offers ("offers", 20);

  g_print ("# precision=%.3f recall=%.3f fields=%.3f occupations=%.3f\n", scores.precision, scores.recall,
           scores.fields, scores.occupations);

  g_assert_cmpuint (scores.french, ==, 10);
  g_assert_cmpuint (scores.english, ==, 10);
  g_assert_cmpfloat (scores.precision, >=, 0.85);
  g_assert_cmpfloat (scores.recall, >=, 0.85);
  g_assert_cmpfloat (scores.fields, >=, 0.85);
  g_assert_cmpfloat (scores.occupations, >=, 0.85);
  g_assert_cmpfloat (scores.ranks, >=, 0.85);
}

/* 20 offers written and labelled from the taxonomy without looking at the extractor's
 * output, in trades the tuned set lacks: an honest measure. The floor only catches a
 * regression; the printed figures are the point. */
static void
test_offers_held_out (void)
{
  OfferScores scores = measure_offers ("offers-heldout", 20);

  g_print ("# held-out: precision=%.3f recall=%.3f fields=%.3f occupations=%.3f\n", scores.precision, scores.recall,
           scores.fields, scores.occupations);

  g_assert_cmpuint (scores.french, ==, 10);
  g_assert_cmpuint (scores.english, ==, 10);
  /* Floors just under what was measured when the set was written and after the general fixes it led to
   * (headings read by their words, labels without their brackets, soft skills as offers name them):
   * precision 0.743 → 0.652 (most of the new "false" ones are soft qualities the offers do ask for,
   * "rigueur", "ponctualité", "strong leadership", that the blind labels left out), recall 0.326 → 0.391. */
  g_assert_cmpfloat (scores.precision, >=, 0.60);
  g_assert_cmpfloat (scores.recall, >=, 0.35);
  g_assert_cmpfloat (scores.fields, >=, 0.85);
  g_assert_cmpfloat (scores.occupations, >=, 0.65);
}

static void
test_offer_fields (void)
{
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor,
    "Comptable (H/F) - CDD\nSociété : Dupont SA\nLieu : Brest\n\nProfil recherché\n"
    "Bac+2 minimum, 2 ans d'expérience. Maîtrise d'Excel.\nLa connaissance de Sage serait un plus.\n");
  g_autoptr(PhoenixJobOffer) english = phoenix_job_offer_new_from_text (extractor,
    "Payroll Officer\nAcme Ltd — Leeds\nPart-time, permanent\n\nRequirements\n- 5+ years of payroll experience\n"
    "- Master's degree\n\nNice to have\n- Sage\n");
  g_autofree char *html_text = phoenix_job_offer_html_to_text (
    "<html><head><title>x</title><style>p{}</style></head><body><h1>Data analyst</h1>"
    "<p>Entreprise&nbsp;: Acme</p><ul><li>SQL</li><li>Power&nbsp;BI</li></ul></body></html>");
  GArray *skills = phoenix_job_offer_get_skills (offer);
  guint sage;

  g_assert_cmpstr (phoenix_job_offer_get_title (offer), ==, "Comptable");
  g_assert_cmpstr (phoenix_job_offer_get_company (offer), ==, "Dupont SA");
  g_assert_cmpstr (phoenix_job_offer_get_location (offer), ==, "Brest");
  g_assert_cmpstr (phoenix_job_offer_get_contract (offer), ==, "cdd");
  g_assert_cmpint (phoenix_job_offer_get_education (offer), ==, PHOENIX_EDUCATION_BAC_2);
  g_assert_cmpint (phoenix_job_offer_get_experience_years (offer), ==, 2);
  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "tool:sage", &sage));
  g_assert_cmpuint (skills->len, ==, 2);
  g_assert_true (g_array_index (skills, PhoenixOfferSkill, 0).required);
  g_assert_cmpuint (g_array_index (skills, PhoenixOfferSkill, 1).skill, ==, sage);
  g_assert_false (g_array_index (skills, PhoenixOfferSkill, 1).required);

  /* The user corrects what was misread. */
  phoenix_job_offer_set_skill (offer, sage, TRUE);
  g_assert_true (g_array_index (skills, PhoenixOfferSkill, 0).required && g_array_index (skills, PhoenixOfferSkill, 1).required);
  phoenix_job_offer_remove_skill (offer, sage);
  g_assert_cmpuint (skills->len, ==, 1);
  phoenix_job_offer_set_title (offer, "Comptable fournisseurs");
  g_assert_cmpstr (phoenix_job_offer_get_title (offer), ==, "Comptable fournisseurs");

  g_assert_cmpstr (phoenix_job_offer_get_language (english), ==, "en");
  g_assert_cmpstr (phoenix_job_offer_get_company (english), ==, "Acme Ltd");
  g_assert_cmpstr (phoenix_job_offer_get_location (english), ==, "Leeds");
  g_assert_cmpstr (phoenix_job_offer_get_contract (english), ==, "cdi");
  g_assert_cmpstr (phoenix_job_offer_get_working_time (english), ==, "part-time");
  g_assert_cmpint (phoenix_job_offer_get_experience_years (english), ==, 5);
  g_assert_cmpint (phoenix_job_offer_get_education (english), ==, PHOENIX_EDUCATION_BAC_5);

  g_assert_nonnull (strstr (html_text, "Data analyst\n"));
  g_assert_nonnull (strstr (html_text, "- Power BI"));
  g_assert_null (strstr (html_text, "<"));
  g_assert_null (strstr (html_text, "p{}"));
}

/* ---- Section headings in job offers ---- */

typedef enum
{
  ABSENT,
  REQUIRED,
  NICE,
} SkillState;

typedef struct
{
  const char *id;
  SkillState  state;
} ExpectedSkill;

static SkillState
offer_skill_state (PhoenixJobOffer *offer,
                   const char      *id)
{
  GArray *skills = phoenix_job_offer_get_skills (offer);
  guint index;

  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, id, &index));
  for (guint i = 0; i < skills->len; i++)
    {
      const PhoenixOfferSkill *skill = &g_array_index (skills, PhoenixOfferSkill, i);

      if (skill->skill == index)
        return skill->required ? REQUIRED : NICE;
    }

  return ABSENT;
}

static void
assert_offer_skills (const char          *text,
                     const ExpectedSkill *expected,
                     gsize                n_expected)
{
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, text);
  g_autoptr(GArray) in_text = phoenix_skill_extractor_extract (extractor, text, phoenix_job_offer_get_language (offer));

  for (gsize i = 0; i < n_expected; i++)
    {
      SkillState state = offer_skill_state (offer, expected[i].id);
      gboolean named = FALSE;
      guint index;

      /* A skill the offer leaves out must be in its text: left out by its section. */
      g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, expected[i].id, &index));
      for (guint m = 0; m < in_text->len; m++)
        named = named || g_array_index (in_text, PhoenixSkillMatch, m).skill == index;
      g_assert_true (named);

      if (state != expected[i].state)
        g_test_message ("%s: %d, expected %d in:\n%s", expected[i].id, state, expected[i].state, text);
      g_assert_cmpint (state, ==, expected[i].state);
    }
}

/* Each offer alternates headings that ask for nothing (the company, the benefits) with headings
 * of one family: a skill under a heading of that family is found only when the heading is read
 * as one, since otherwise its line stays in the section before. */
static void
test_offer_headings (void)
{
  static const ExpectedSkill role_en[] = {
    { "tool:salesforce", ABSENT }, { "tool:excel", REQUIRED }, { "tool:docker", ABSENT },
    { "tool:sql", REQUIRED }, { "tool:kubernetes", ABSENT }, { "tool:python", REQUIRED },
    { "tool:figma", ABSENT }, { "tool:git", REQUIRED }, { "tool:java", REQUIRED },
  };
  static const ExpectedSkill role_fr[] = {
    { "tool:salesforce", ABSENT }, { "tool:excel", REQUIRED }, { "tool:docker", ABSENT },
    { "tool:sql", REQUIRED }, { "tool:kubernetes", ABSENT }, { "tool:python", REQUIRED },
    { "tool:figma", ABSENT }, { "tool:git", REQUIRED }, { "tool:hubspot", ABSENT },
    { "tool:java", REQUIRED },
  };
  static const ExpectedSkill profile_en[] = {
    { "tool:salesforce", ABSENT }, { "tool:excel", REQUIRED }, { "tool:docker", ABSENT },
    { "tool:sql", REQUIRED }, { "tool:kubernetes", ABSENT }, { "tool:python", REQUIRED },
    { "tool:figma", ABSENT }, { "tool:git", REQUIRED },
  };
  static const ExpectedSkill profile_fr[] = {
    { "tool:salesforce", ABSENT }, { "tool:excel", REQUIRED }, { "tool:docker", ABSENT },
    { "tool:sql", REQUIRED }, { "tool:kubernetes", ABSENT }, { "tool:python", REQUIRED },
    { "tool:figma", ABSENT }, { "tool:git", REQUIRED },
  };
  static const ExpectedSkill nice_en[] = {
    { "tool:excel", REQUIRED }, { "tool:docker", NICE }, { "tool:sql", REQUIRED },
    { "tool:kubernetes", NICE }, { "tool:python", REQUIRED }, { "tool:figma", NICE },
    { "tool:salesforce", ABSENT },
  };
  static const ExpectedSkill nice_fr[] = {
    { "tool:excel", REQUIRED }, { "tool:docker", NICE }, { "tool:sql", REQUIRED },
    { "tool:kubernetes", NICE }, { "tool:python", REQUIRED }, { "tool:figma", NICE },
    { "tool:salesforce", ABSENT },
  };
  /* Sentences and fields that begin like headings change no section. */
  static const ExpectedSkill sentences[] = {
    { "tool:excel", REQUIRED }, { "tool:docker", NICE }, { "tool:kubernetes", NICE },
    { "tool:git", NICE }, { "tool:python", NICE }, { "tool:sql", NICE }, { "tool:salesforce", NICE },
  };
  g_autoptr(PhoenixJobOffer) city = NULL;

  assert_offer_skills ("Reporting Analyst\nAcme Ltd — Leeds\nFull-time, permanent\n\n"
                       "Who we are\nAcme sells Salesforce consulting to retailers.\n\n"
                       "Your duties\n- Build weekly reports in Excel.\n\n"
                       "Benefits\n- Free Docker training.\n\n"
                       "Main tasks:\n- Write queries in SQL.\n\n"
                       "Perks & benefits\n- A yearly Kubernetes conference.\n\n"
                       "🚀 What you'll be doing\n- Automate the exports with Python.\n\n"
                       "Why join us?\n- Our designers teach Figma on Fridays.\n\n"
                       "**Day to day**\n- Keep the scripts in Git.\n\n"
                       "About the company\nFounded in 1990.\n\n"
                       "## Key duties and responsibilities\n- Maintain the Java batch jobs.\n",
                       role_en, G_N_ELEMENTS (role_en));
  assert_offer_skills ("Analyste reporting (H/F)\nAcme — Lyon\nCDI\n\n"
                       "Qui sommes-nous ?\nAcme revend des licences Salesforce.\n\n"
                       "Vos missions principales\n- Produire les tableaux de bord sous Excel.\n\n"
                       "Avantages\n- Formation Docker offerte.\n\n"
                       "Ce que vous ferez :\n- Écrire les requêtes SQL.\n\n"
                       "L'entreprise\nNos équipes déploient Kubernetes.\n\n"
                       "Au quotidien\n- Automatiser les exports en Python.\n\n"
                       "Pourquoi nous rejoindre ?\n- Nos graphistes animent des ateliers Figma.\n\n"
                       "Descriptif du poste\n- Versionner les scripts avec Git.\n\n"
                       "Notre mission\nNous outillons les PME avec HubSpot.\n\n"
                       "Activités principales :\n- Maintenir les traitements Java.\n",
                       role_fr, G_N_ELEMENTS (role_fr));
  assert_offer_skills ("Data Analyst\nAcme Ltd — Leeds\n\n"
                       "About us\nWe resell Salesforce.\n\n"
                       "What you'll bring\n- Advanced Excel.\n\n"
                       "What we offer\n- Docker training.\n\n"
                       "Essential criteria:\n- SQL.\n\n"
                       "Salary and benefits\n- Kubernetes conference tickets.\n\n"
                       "Who you are\n- Fluent in Python.\n\n"
                       "Additional information\n- Figma licences for everyone.\n\n"
                       "Skills & experience\n- Git.\n",
                       profile_en, G_N_ELEMENTS (profile_en));
  assert_offer_skills ("Data analyst (F/H)\nAcme — Brest\n\n"
                       "À propos de nous\nNous revendons Salesforce.\n\n"
                       "Qui êtes-vous ?\n- Excel avancé.\n\n"
                       "Ce que nous offrons\n- Formation Docker.\n\n"
                       "Compétences requises :\n- SQL.\n\n"
                       "Informations complémentaires\n- Conférence Kubernetes offerte.\n\n"
                       "Savoir-faire\n- Python.\n\n"
                       "Les avantages du poste\n- Licence Figma pour tous.\n\n"
                       "Prérequis\n- Git.\n",
                       profile_fr, G_N_ELEMENTS (profile_fr));
  assert_offer_skills ("Data Engineer\nAcme Ltd — Leeds\n\n"
                       "Must have\n- Excel.\n\n"
                       "Desirable criteria\n- Docker.\n\n"
                       "Qualifications\n- SQL.\n\n"
                       "Even better if:\n- Kubernetes.\n\n"
                       "What we're looking for\n- Python.\n\n"
                       "Bonus points\n- Figma.\n\n"
                       "Benefits\n- Salesforce certification paid.\n",
                       nice_en, G_N_ELEMENTS (nice_en));
  assert_offer_skills ("Ingénieur data (H/F)\nAcme — Lyon\n\n"
                       "Votre profil\n- Excel.\n\n"
                       "Atouts\n- Docker.\n\n"
                       "Vos compétences :\n- SQL.\n\n"
                       "Ce qui ferait la différence\n- Kubernetes.\n\n"
                       "Profil souhaité\n- Python.\n\n"
                       "Les petits plus\n- Figma.\n\n"
                       "Avantages\n- Certification Salesforce financée.\n",
                       nice_fr, G_N_ELEMENTS (nice_fr));
  assert_offer_skills ("Data Engineer\nAcme — Brest\n\n"
                       "Profil\n- Excel.\n\n"
                       "Un plus\n"
                       "Profil rigoureux et autonome, vous connaissez Docker\n"
                       "Experience with Kubernetes in production\n"
                       "Missions variées sous Git\n"
                       "- Skills: Python\n"
                       "Poste : data engineer SQL\n"
                       "Salaire : selon Salesforce\n",
                       sentences, G_N_ELEMENTS (sentences));

  /* "Nice" alone in the header is a city, not "Nice to have". */
  city = phoenix_job_offer_new_from_text (extractor, "Data Analyst\nAcme\nNice\n\nRequirements\n- SQL.\n");
  g_assert_cmpstr (phoenix_job_offer_get_location (city), ==, "Nice");
  g_assert_cmpint (offer_skill_state (city, "tool:sql"), ==, REQUIRED);
}

/* ---- Job offers in a PDF ---- */

/* A fictional offer: (text, bold) lines; "" is a paragraph gap, NULL a page break. */
static const struct { const char *text; gboolean bold; } pdf_offer[] = {
  { "Analyste de données (F/H)", TRUE },
  { "Société : Ardoise Analytique", FALSE },
  { "Lieu : Rennes", FALSE },
  { "Contrat : CDI, temps plein", FALSE },
  { "", FALSE },
  { "Vos missions", TRUE },
  { "- Construire et maintenir les tableaux de bord sous Power BI.", FALSE },
  { "- Écrire des requêtes SQL sur notre entrepôt de données.", FALSE },
  { "- Automatiser les rapports récurrents avec Python.", FALSE },
  { "", FALSE },
  { "Profil recherché", TRUE },
  { "- Bac+5 en statistique ou en informatique.", FALSE },
  { "- 3 ans d'expérience minimum sur un poste similaire.", FALSE },
  { "- SQL et Power BI indispensables, bonne maîtrise d'Excel.", FALSE },
  { NULL, FALSE },
  { "Souhaité", TRUE },
  { "- Connaissance de Tableau ou de Looker.", FALSE },
  { "", FALSE },
  { "Télétravail deux jours par semaine.", FALSE },
};

static void
draw_line (cairo_t    *cr,
           double      y,
           gboolean    bold,
           const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (bold ? "DejaVu Sans Bold 12" : "DejaVu Sans 10");

  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, 60, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (desc);
  g_object_unref (layout);
}

/* Draws the offer into @pdf_path (A4, two pages) and writes the same text into @txt_path. */
static void
write_offer_files (const char *pdf_path,
                   const char *txt_path)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (pdf_path, 595, 842);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  double y = 60;

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (gsize i = 0; i < G_N_ELEMENTS (pdf_offer); i++)
    {
      if (pdf_offer[i].text == NULL)
        {
          cairo_show_page (cr);
          y = 60;
          g_string_append_c (text, '\n');
          continue;
        }
      if (*pdf_offer[i].text == '\0')
        y += 14;
      else
        {
          draw_line (cr, y, pdf_offer[i].bold, pdf_offer[i].text);
          y += pdf_offer[i].bold ? 18 : 14;
        }
      g_string_append_printf (text, "%s\n", pdf_offer[i].text);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  g_file_set_contents (txt_path, text->str, -1, &error);
  g_assert_no_error (error);
}

static void
offer_opened_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* Opens @path with phoenix_job_offer_new_from_file_async() (a PDF through the sandboxed helper). */
static PhoenixJobOffer *
open_offer_async (const char  *path,
                  GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;

  phoenix_job_offer_new_from_file_async (extractor, file, NULL, NULL, NULL, offer_opened_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  return phoenix_job_offer_new_from_file_finish (result, error);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static char *
skills_string (PhoenixJobOffer *offer,
               gboolean         required)
{
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

static char *
make_tmp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("phoenix-ats-pdf-XXXXXX", &error);

  g_assert_no_error (error);

  return dir;
}

static void
test_offer_pdf (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *pdf_path = g_build_filename (dir, "offre.pdf", NULL);
  g_autofree char *txt_path = g_build_filename (dir, "offre.txt", NULL);
  g_autoptr(GFile) pdf_file = g_file_new_for_path (pdf_path);
  g_autoptr(GFile) txt_file = g_file_new_for_path (txt_path);
  g_autoptr(PhoenixJobOffer) from_text = NULL;
  g_autoptr(PhoenixJobOffer) from_pdf = NULL;
  g_autoptr(PhoenixJobOffer) refused = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *required_text = NULL;
  g_autofree char *required_pdf = NULL;
  g_autofree char *nice_text = NULL;
  g_autofree char *nice_pdf = NULL;
  const char *text;

  write_offer_files (pdf_path, txt_path);
  from_text = phoenix_job_offer_new_from_file (extractor, txt_file, &error);
  g_assert_no_error (error);
  from_pdf = open_offer_async (pdf_path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (from_pdf);

  /* The PDF's text in reading order: a line per line, blank lines at the gaps and the page break. */
  text = phoenix_job_offer_get_text (from_pdf);
  g_test_message ("PDF text:\n%s", text);
  g_assert_true (g_str_has_prefix (text, "Analyste de données (F/H)\nSociété : Ardoise Analytique\n"));
  g_assert_nonnull (strstr (text, "temps plein\n\nVos missions\n- Construire"));
  g_assert_nonnull (strstr (text, "maîtrise d'Excel.\n\nSouhaité\n"));
  g_assert_nonnull (strstr (text, "Looker.\n\nTélétravail"));
  g_assert_cmpstr (text, ==, phoenix_job_offer_get_text (from_text));

  /* The same offer as from its text. */
  g_assert_cmpstr (phoenix_job_offer_get_title (from_pdf), ==, phoenix_job_offer_get_title (from_text));
  g_assert_cmpstr (phoenix_job_offer_get_title (from_pdf), !=, "");
  g_assert_cmpstr (phoenix_job_offer_get_company (from_pdf), ==, "Ardoise Analytique");
  g_assert_cmpstr (phoenix_job_offer_get_company (from_text), ==, "Ardoise Analytique");
  g_assert_cmpstr (phoenix_job_offer_get_location (from_pdf), ==, phoenix_job_offer_get_location (from_text));
  g_assert_cmpstr (phoenix_job_offer_get_contract (from_pdf), ==, "cdi");
  g_assert_cmpstr (phoenix_job_offer_get_contract (from_text), ==, "cdi");
  g_assert_cmpstr (phoenix_job_offer_get_language (from_pdf), ==, phoenix_job_offer_get_language (from_text));
  g_assert_cmpint (phoenix_job_offer_get_education (from_pdf), ==, phoenix_job_offer_get_education (from_text));
  g_assert_cmpint (phoenix_job_offer_get_experience_years (from_pdf), ==, phoenix_job_offer_get_experience_years (from_text));
  g_assert_cmpstr (phoenix_job_offer_get_occupation (from_pdf), ==, phoenix_job_offer_get_occupation (from_text));
  required_text = skills_string (from_text, TRUE);
  required_pdf = skills_string (from_pdf, TRUE);
  nice_text = skills_string (from_text, FALSE);
  nice_pdf = skills_string (from_pdf, FALSE);
  g_test_message ("required: %s; nice to have: %s", required_pdf, nice_pdf);
  g_assert_cmpstr (required_pdf, ==, required_text);
  g_assert_nonnull (strstr (required_pdf, "tool:sql"));
  g_assert_nonnull (strstr (required_pdf, "tool:power-bi"));
  g_assert_cmpstr (nice_pdf, ==, nice_text);

  /* The synchronous reader cannot run the helper: it refuses a PDF with the reason. */
  refused = phoenix_job_offer_new_from_file (extractor, pdf_file, &error);
  g_assert_null (refused);
  g_assert_error (error, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_UNSUPPORTED);
  g_clear_error (&error);

  /* Text files go the same way through the asynchronous call. */
  g_clear_object (&from_pdf);
  from_pdf = open_offer_async (txt_path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (phoenix_job_offer_get_text (from_pdf), ==, phoenix_job_offer_get_text (from_text));

  phoenix_test_remove_tree (dir);
}

static void
test_offer_pdf_errors (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *damaged = g_build_filename (dir, "damaged.pdf", NULL);
  g_autofree char *scanned = g_build_filename (dir, "scanned.pdf", NULL);
  g_autoptr(PhoenixJobOffer) offer = NULL;
  g_autoptr(GError) error = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_file_set_contents (damaged, "%PDF-1.4\n1 0 obj << /Type /Catalog", -1, &error);
  g_assert_no_error (error);
  offer = open_offer_async (damaged, &error);
  g_assert_null (offer);
  g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_DAMAGED);
  g_clear_error (&error);

  /* Only shapes, no text: a scan. */
  surface = cairo_pdf_surface_create (scanned, 595, 842);
  cr = cairo_create (surface);
  cairo_rectangle (cr, 60, 60, 300, 200);
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  offer = open_offer_async (scanned, &error);
  g_assert_null (offer);
  g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_NO_TEXT);
  g_clear_error (&error);

  phoenix_test_remove_tree (dir);
}

/*
 * A text or HTML "offer" that is some other document (a log, a book) is
 * refused at once with the reason, before it is read word by word; an offer
 * of ordinary length is not.
 */
static void
test_offer_too_long (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *long_path = g_build_filename (dir, "long.txt", NULL);
  g_autofree char *huge_path = g_build_filename (dir, "huge.html", NULL);
  g_autoptr(GFile) long_file = g_file_new_for_path (long_path);
  g_autoptr(GFile) huge_file = g_file_new_for_path (huge_path);
  g_autoptr(GString) text = g_string_new ("Data Analyst\nBrightwell Retail Group\n\n");
  g_autoptr(GString) html = g_string_new ("<html><body>");
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixJobOffer) offer = NULL;

  while (text->len <= PHOENIX_JOB_OFFER_MAX_TEXT)
    g_string_append (text, "- Build dashboards in Power BI and write SQL queries.\n");
  g_assert_true (g_file_set_contents (long_path, text->str, -1, NULL));
  while (html->len <= PHOENIX_JOB_OFFER_MAX_FILE_SIZE)
    g_string_append (html, "<div class=\"x\"></div>");
  g_assert_true (g_file_set_contents (huge_path, html->str, -1, NULL));

  g_assert_null (phoenix_job_offer_new_from_file (extractor, long_file, &error));
  g_assert_error (error, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_TOO_LONG);
  g_clear_error (&error);
  g_assert_null (open_offer_async (long_path, &error));
  g_assert_error (error, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_TOO_LONG);
  g_clear_error (&error);
  g_assert_null (phoenix_job_offer_new_from_file (extractor, huge_file, &error));
  g_assert_error (error, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_TOO_LONG);
  g_clear_error (&error);

  /* A paste is checked the same way; an offer of ordinary length passes. */
  g_assert_false (phoenix_job_offer_check_length (text->str, &error));
  g_assert_error (error, PHOENIX_JOB_OFFER_ERROR, PHOENIX_JOB_OFFER_ERROR_TOO_LONG);
  g_clear_error (&error);
  g_string_truncate (text, 5000);
  g_assert_true (phoenix_job_offer_check_length (text->str, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (long_path, text->str, -1, NULL));
  offer = phoenix_job_offer_new_from_file (extractor, long_file, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (phoenix_job_offer_get_title (offer), ==, "Data Analyst");

  phoenix_test_remove_tree (dir);
}

/* phoenix-cli ats reads the PDF in-process and scores it as it scores the same offer as text. */
static JsonObject *
cli_ats (const char *resume,
         const char *offer)
{
  const char *argv[] = { CLI_PATH, "ats", resume, offer, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("phoenix-cli ats %s failed: %s", offer, err);
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static char *
member_string (JsonObject *object,
               const char *member)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_root (generator, json_object_get_member (object, member));

  return json_generator_to_data (generator, NULL);
}

static void
test_offer_pdf_cli (void)
{
  g_autofree char *dir = make_tmp_dir ();
  g_autofree char *pdf_path = g_build_filename (dir, "offre.pdf", NULL);
  g_autofree char *txt_path = g_build_filename (dir, "offre.txt", NULL);
  g_autofree char *resume_relative = g_build_filename ("tests", "data", "ats", "cv-developpeur.json", NULL);
  g_autofree char *resume = source_path (resume_relative);
  g_autoptr(JsonObject) from_text = NULL;
  g_autoptr(JsonObject) from_pdf = NULL;
  const char * const members[] = { "score", "matched", "missing", "occupation" };

  write_offer_files (pdf_path, txt_path);
  from_text = cli_ats (resume, txt_path);
  from_pdf = cli_ats (resume, pdf_path);
  for (gsize i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autofree char *a = member_string (from_pdf, members[i]);
      g_autofree char *b = member_string (from_text, members[i]);

      g_assert_cmpstr (a, ==, b);
    }
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (from_pdf, "missing")), >, 0);

  phoenix_test_remove_tree (dir);
}

/* ---- The score ---- */

static JsonArray *
array_of (JsonObject *object,
          const char *name)
{
  return json_object_get_array_member (object, name);
}

static void
test_score_add_required_skill (void)
{
  g_autoptr(JsonObject) resume = load_resume ("cv-developpeur.json");
  g_autoptr(PhoenixJobOffer) offer = load_offer ("fr-01-developpeur-web.txt");
  g_autoptr(PhoenixAtsReport) before_report = NULL;
  JsonObject *tools = json_array_get_object_element (array_of (resume, "skills"), 1);
  JsonArray *keywords = json_object_get_array_member (tools, "keywords");
  guint before, after;

  /* The CV lacks Kubernetes, a nice-to-have skill. */
  json_array_remove_element (keywords, 1);
  before_report = phoenix_ats_score (extractor, resume, offer);
  before = phoenix_ats_report_get_score (before_report);
  json_array_add_string_element (keywords, "Kubernetes");
  after = score_of (resume, offer);
  g_test_message ("adding a nice-to-have skill: %u → %u", before, after);
  g_assert_cmpuint (after, >, before);

  {
    g_autoptr(JsonObject) bare = load_resume ("cv-developpeur.json");
    JsonObject *work0 = json_array_get_object_element (array_of (bare, "work"), 0);
    JsonArray *highlights = json_object_get_array_member (work0, "highlights");
    guint without, with;

    /* Docker is required; it is in a highlight and in the skills: remove both. */
    json_array_remove_element (highlights, 0);
    json_array_remove_element (json_object_get_array_member (json_array_get_object_element (array_of (bare, "skills"), 1), "keywords"), 1);
    without = score_of (bare, offer);
    json_array_add_string_element (json_object_get_array_member (json_array_get_object_element (array_of (bare, "skills"), 1), "keywords"), "Docker");
    with = score_of (bare, offer);
    g_test_message ("adding a missing required skill: %u → %u", without, with);
    g_assert_cmpuint (with, >, without);
  }
}

static void
test_score_title (void)
{
  g_autoptr(JsonObject) resume = load_resume ("cv-developpeur.json");
  g_autoptr(PhoenixJobOffer) offer = load_offer ("fr-01-developpeur-web.txt");
  JsonArray *work = array_of (resume, "work");
  guint with, without;

  with = score_of (resume, offer);
  json_object_remove_member (json_object_get_object_member (resume, "basics"), "label");
  for (guint i = 0; i < json_array_get_length (work); i++)
    json_object_remove_member (json_array_get_object_element (work, i), "position");
  without = score_of (resume, offer);
  g_test_message ("removing the job titles: %u → %u", with, without);
  g_assert_cmpuint (without, <, with);

  /* The same occupation in other words, here another language, counts for the title. */
  {
    g_autoptr(JsonObject) nurse = load_resume ("cv-infirmiere.json");
    g_autoptr(PhoenixJobOffer) english = load_offer ("en-04-registered-nurse.txt");
    g_autoptr(PhoenixJobOffer) web = load_offer ("fr-01-developpeur-web.txt");
    g_autoptr(PhoenixAtsReport) same = phoenix_ats_score (extractor, nurse, english);
    g_autoptr(PhoenixAtsReport) other = phoenix_ats_score (extractor, nurse, web);

    g_assert_cmpfloat (phoenix_ats_report_get_part (same, PHOENIX_ATS_PART_TITLE), >=, 0.75);
    g_assert_cmpfloat (phoenix_ats_report_get_part (other, PHOENIX_ATS_PART_TITLE), <, 0.5);
  }
}

static void
test_score_other_job (void)
{
  g_autoptr(JsonObject) developer = load_resume ("cv-developpeur.json");
  g_autoptr(JsonObject) nurse = load_resume ("cv-infirmiere.json");
  g_autoptr(PhoenixJobOffer) web = load_offer ("fr-01-developpeur-web.txt");
  g_autoptr(PhoenixJobOffer) care = load_offer ("fr-04-infirmier.txt");
  guint dev_dev = score_of (developer, web);
  guint nurse_dev = score_of (nurse, web);
  guint nurse_care = score_of (nurse, care);
  guint dev_care = score_of (developer, care);

  g_test_message ("developer CV: %u on the web offer, %u on the nursing offer; nurse CV: %u and %u",
                  dev_dev, dev_care, nurse_dev, nurse_care);
  g_assert_cmpuint (dev_dev, >=, 70);
  g_assert_cmpuint (nurse_care, >=, 70);
  g_assert_cmpuint (nurse_dev, <=, 35);
  g_assert_cmpuint (dev_care, <=, 35);
}

/*
 * A French nurse's CV against an English offer: the offer's "nursing care" is
 * proved by the CV's "Réaliser des soins infirmiers" ("Provide nursing care"),
 * a more specific skill, and the match points at those words of the CV.
 * Without that line of the CV, it is missing again.
 */
static void
test_score_specific_skill_proves_general (void)
{
  g_autoptr(JsonObject) nurse = load_resume ("cv-infirmiere.json");
  g_autoptr(PhoenixJobOffer) english = load_offer ("en-04-registered-nurse.txt");
  g_autoptr(PhoenixAtsReport) report = phoenix_ats_score (extractor, nurse, english);
  GPtrArray *matches = phoenix_ats_report_get_matches (report);
  JsonObject *work = json_array_get_object_element (json_object_get_array_member (nurse, "work"), 0);
  const char *summary = json_object_get_string_member (work, "summary");
  gboolean found = FALSE;
  guint care;

  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "rome:107376", &care));
  for (guint i = 0; i < matches->len; i++)
    {
      PhoenixAtsMatch *match = g_ptr_array_index (matches, i);

      if (match->skill != care)
        continue;
      found = TRUE;
      g_assert_cmpstr (match->section, ==, "work");
      g_assert_cmpstr (match->field, ==, "summary");
      g_assert_true (g_str_has_prefix (summary + match->start, "Réaliser des soins infirmiers"));
    }
  g_assert_true (found);

  json_object_set_string_member (work, "summary", "Chirurgie orthopédique, dossier de soins sur DxCare.");
  {
    g_autoptr(PhoenixAtsReport) without = phoenix_ats_score (extractor, nurse, english);
    GArray *missing = phoenix_ats_report_get_missing (without);
    gboolean lacking = FALSE;

    for (guint i = 0; i < missing->len; i++)
      lacking |= g_array_index (missing, PhoenixOfferSkill, i).skill == care;
    g_assert_true (lacking);
    g_assert_cmpuint (phoenix_ats_report_get_score (without), <, phoenix_ats_report_get_score (report));
  }
}

/* Rewrites every string of @node with @transform. */
static void
transform_strings (JsonNode *node,
                   char   *(*transform) (const char *))
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        {
          JsonNode *child = json_object_get_member (object, l->data);

          if (JSON_NODE_TYPE (child) == JSON_NODE_VALUE && json_node_get_value_type (child) == G_TYPE_STRING)
            {
              g_autofree char *changed = NULL;

              /* Dates keep their form. */
              if (g_str_has_suffix (l->data, "Date"))
                continue;
              changed = transform (json_node_get_string (child));
              json_object_set_string_member (object, l->data, changed);
            }
          else
            transform_strings (child, transform);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *child = json_array_get_element (array, i);

          if (JSON_NODE_TYPE (child) == JSON_NODE_VALUE && json_node_get_value_type (child) == G_TYPE_STRING)
            {
              g_autofree char *changed = transform (json_node_get_string (child));

              json_array_remove_element (array, i);
              /* json-glib has no insert: rebuild the tail in order. */
              {
                g_autoptr(GPtrArray) tail = g_ptr_array_new_with_free_func ((GDestroyNotify) json_node_unref);

                while (json_array_get_length (array) > i)
                  {
                    g_ptr_array_add (tail, json_node_ref (json_array_get_element (array, i)));
                    json_array_remove_element (array, i);
                  }
                json_array_add_string_element (array, changed);
                for (guint k = 0; k < tail->len; k++)
                  json_array_add_element (array, json_node_ref (g_ptr_array_index (tail, k)));
              }
            }
          else
            transform_strings (child, transform);
        }
    }
}

static char *
strip_accents (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  GString *out = g_string_new (NULL);

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_ismark (c))
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static char *
upper (const char *text)
{
  return g_utf8_strup (text, -1);
}

static char *
lower (const char *text)
{
  return g_utf8_strdown (text, -1);
}

static void
test_score_accents_and_case (void)
{
  char *(*transforms[]) (const char *) = { strip_accents, upper, lower };
  const char *resumes[] = { "cv-developpeur.json", "cv-infirmiere.json" };
  const char *offers[] = { "fr-01-developpeur-web.txt", "fr-04-infirmier.txt", "en-01-backend-engineer.txt" };

  for (gsize r = 0; r < G_N_ELEMENTS (resumes); r++)
    for (gsize o = 0; o < G_N_ELEMENTS (offers); o++)
      {
        g_autoptr(JsonObject) resume = load_resume (resumes[r]);
        g_autoptr(PhoenixJobOffer) offer = load_offer (offers[o]);
        guint reference = score_of (resume, offer);

        for (gsize t = 0; t < G_N_ELEMENTS (transforms); t++)
          {
            g_autoptr(JsonObject) changed = load_resume (resumes[r]);
            g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), changed);

            transform_strings (node, transforms[t]);
            g_assert_cmpuint (score_of (changed, offer), ==, reference);
          }

        /* The offer without accents scores the same too. */
        {
          g_autofree char *plain = strip_accents (phoenix_job_offer_get_text (offer));
          g_autoptr(PhoenixJobOffer) plain_offer = phoenix_job_offer_new_from_text (extractor, plain);

          g_assert_cmpuint (score_of (resume, plain_offer), ==, reference);
        }
      }
}

static void
test_score_report (void)
{
  g_autoptr(JsonObject) resume = load_resume ("cv-developpeur.json");
  g_autoptr(PhoenixJobOffer) offer = load_offer ("fr-01-developpeur-web.txt");
  g_autoptr(PhoenixAtsReport) report = NULL;
  g_autoptr(JsonNode) json = NULL;
  GPtrArray *matches, *suggestions, *issues;
  GArray *missing;
  gboolean add_django = FALSE, retitle = FALSE, undated = FALSE, heading = FALSE, email = FALSE, phone = FALSE;
  guint django;
  JsonObject *basics = json_object_get_object_member (resume, "basics");

  /* Break the format on purpose. */
  json_object_remove_member (basics, "email");
  json_object_remove_member (basics, "phone");
  json_object_remove_member (json_array_get_object_element (array_of (resume, "work"), 1), "startDate");
  json_object_set_string_member (resume, "mes-passions", "Escalade");

  report = phoenix_ats_score (extractor, resume, offer);
  matches = phoenix_ats_report_get_matches (report);
  missing = phoenix_ats_report_get_missing (report);
  suggestions = phoenix_ats_report_get_suggestions (report);
  issues = phoenix_ats_report_get_issues (report);
  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "tool:django", &django));

  /* Every match points at the text that names the skill. */
  g_assert_cmpuint (matches->len, >, 5);
  for (guint i = 0; i < matches->len; i++)
    {
      PhoenixAtsMatch *match = g_ptr_array_index (matches, i);

      g_assert_cmpuint (match->end, >, match->start);
      if (match->skill == django)
        {
          JsonObject *entry = json_array_get_object_element (array_of (resume, match->section), match->entry);
          const char *text = json_object_get_string_member (entry, match->field);

          g_assert_cmpstr (match->section, ==, "work");
          g_assert_cmpint (match->entry, ==, 0);
          g_assert_true (strncmp (text + match->start, "Django", match->end - match->start) == 0);
        }
    }

  /* Missing: required first. */
  for (guint i = 1; i < missing->len; i++)
    g_assert_true (g_array_index (missing, PhoenixOfferSkill, i - 1).required ||
                   !g_array_index (missing, PhoenixOfferSkill, i).required);

  for (guint i = 0; i < suggestions->len; i++)
    {
      PhoenixAtsSuggestion *suggestion = g_ptr_array_index (suggestions, i);

      add_django = add_django || (suggestion->kind == PHOENIX_ATS_SUGGESTION_ADD_SKILL && suggestion->skill == django);
      retitle = retitle || (suggestion->kind == PHOENIX_ATS_SUGGESTION_RETITLE &&
                            g_strcmp0 (suggestion->text, "Développeur web Python / Django") == 0);
    }
  g_assert_true (add_django);
  g_assert_true (retitle);

  for (guint i = 0; i < issues->len; i++)
    {
      PhoenixAtsIssue *issue = g_ptr_array_index (issues, i);

      email = email || g_strcmp0 (issue->code, "missing-email") == 0;
      phone = phone || g_strcmp0 (issue->code, "missing-phone") == 0;
      undated = undated || (g_strcmp0 (issue->code, "undated-experience") == 0 && issue->entry == 1);
      heading = heading || (g_strcmp0 (issue->code, "unusual-heading") == 0 && g_strcmp0 (issue->section, "mes-passions") == 0);
    }
  g_assert_true (email && phone && undated && heading);

  json = phoenix_ats_report_to_json (report);
  g_assert_true (json_object_has_member (json_node_get_object (json), "breakdown"));
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (json), "score"), ==, phoenix_ats_report_get_score (report));
}

/* The app scores its PhoenixProfile through its JSON Resume export: same score as the file. */
static void
test_score_profile (void)
{
  g_autofree char *path = source_path ("tests/data/ats/cv-developpeur.json");
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(JsonObject) resume = load_resume ("cv-developpeur.json");
  g_autoptr(PhoenixJobOffer) offer = load_offer ("fr-01-developpeur-web.txt");
  g_autoptr(PhoenixAtsReport) from_profile = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_json_resume_import_file (profile, path, &error));
  g_assert_no_error (error);
  from_profile = phoenix_ats_score_profile (extractor, profile, offer);
  g_assert_cmpuint (phoenix_ats_report_get_score (from_profile), ==, score_of (resume, offer));
}

/* ---- Offers in the vault ---- */

static void
test_offer_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("phoenix-offers-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "vault.db", NULL);
  g_autoptr(PhoenixVault) vault = phoenix_vault_new (path);
  g_autoptr(PhoenixJobOffer) first = load_offer ("fr-03-comptable.txt");
  g_autoptr(PhoenixJobOffer) second = load_offer ("en-02-data-analyst.txt");
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) after_delete = NULL;
  PhoenixJobOffer *back = NULL;
  guint sage, excel;
  gint64 id;

  g_assert_no_error (error);
  phoenix_vault_set_kdf_params (vault, &phoenix_kdf_test_params);
  phoenix_vault_create (vault, "correct horse battery staple", NULL, &error);
  g_assert_no_error (error);

  /* The user corrects the reading, then saves. */
  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "tool:sage", &sage));
  g_assert_true (phoenix_taxonomy_lookup_skill (taxonomy, "tool:excel", &excel));
  phoenix_job_offer_set_company (first, "Fabre & Associés");
  phoenix_job_offer_set_skill (first, sage, FALSE);
  phoenix_job_offer_remove_skill (first, excel);
  phoenix_job_offer_set_experience_years (first, 4);
  id = phoenix_job_offer_store_save (vault, first, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (phoenix_job_offer_store_save (vault, second, &error), >, id);
  g_assert_no_error (error);
  phoenix_job_offer_set_title (first, "Comptable général confirmé");
  g_assert_cmpint (phoenix_job_offer_store_save (vault, first, &error), ==, id);
  g_assert_no_error (error);

  stored = phoenix_job_offer_store_list (vault, extractor, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 2);
  for (guint i = 0; i < stored->len; i++)
    {
      if (phoenix_job_offer_get_id (g_ptr_array_index (stored, i)) == id)
        back = g_ptr_array_index (stored, i);
    }
  g_assert_nonnull (back);
  g_assert_cmpstr (phoenix_job_offer_get_title (back), ==, "Comptable général confirmé");
  g_assert_cmpstr (phoenix_job_offer_get_company (back), ==, "Fabre & Associés");
  g_assert_cmpint (phoenix_job_offer_get_experience_years (back), ==, 4);
  g_assert_cmpstr (phoenix_job_offer_get_occupation (back), ==, "M1203");
  g_assert_cmpstr (phoenix_job_offer_get_text (back), ==, phoenix_job_offer_get_text (first));
  {
    GArray *skills = phoenix_job_offer_get_skills (back);
    gboolean has_sage_nice = FALSE, has_excel = FALSE;

    g_assert_cmpuint (skills->len, ==, phoenix_job_offer_get_skills (first)->len);
    for (guint i = 0; i < skills->len; i++)
      {
        PhoenixOfferSkill *skill = &g_array_index (skills, PhoenixOfferSkill, i);

        has_sage_nice = has_sage_nice || (skill->skill == sage && !skill->required);
        has_excel = has_excel || skill->skill == excel;
      }
    g_assert_true (has_sage_nice);
    g_assert_false (has_excel);
  }

  g_assert_true (phoenix_job_offer_store_delete (vault, id, &error));
  g_assert_no_error (error);
  after_delete = phoenix_job_offer_store_list (vault, extractor, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after_delete->len, ==, 1);

  phoenix_vault_lock (vault);
  g_assert_null (phoenix_job_offer_store_list (vault, extractor, &error));
  g_assert_error (error, PHOENIX_VAULT_ERROR, PHOENIX_VAULT_ERROR_LOCKED);
  phoenix_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  source_dir = g_getenv ("PHOENIX_SOURCE_DIR");
  g_assert_nonnull (source_dir);
  path = phoenix_taxonomy_get_default_path ();
  taxonomy = phoenix_taxonomy_new_from_file (path, &error);
  g_assert_no_error (error);
  extractor = phoenix_skill_extractor_new (taxonomy);

  g_test_add_func ("/ats/taxonomy/both-languages", test_taxonomy_both_languages);
  g_test_add_func ("/ats/taxonomy/links-resolve", test_taxonomy_links_resolve);
  g_test_add_func ("/ats/taxonomy/lookup", test_taxonomy_lookup);
  g_test_add_func ("/ats/taxonomy/search", test_taxonomy_search);
  g_test_add_func ("/ats/taxonomy/generator-reproduces", test_taxonomy_generator);
  g_test_add_func ("/ats/occupation/job-titles", test_occupation_job_titles);
  g_test_add_func ("/ats/taxonomy/prepare-in-thread", test_taxonomy_prepare_in_thread);
  g_test_add_func ("/ats/extractor/rules", test_extractor_rules);
  g_test_add_func ("/ats/extractor/across-languages", test_extractor_across_languages);
  g_test_add_func ("/ats/extractor/soft-skills", test_extractor_soft_skills);
  g_test_add_func ("/ats/offer/fields", test_offer_fields);
  g_test_add_func ("/ats/offer/headings", test_offer_headings);
  g_test_add_func ("/ats/offer/twenty-labelled", test_offers_extraction);
  g_test_add_func ("/ats/offer/held-out", test_offers_held_out);
  g_test_add_func ("/ats/offer/stored-in-the-vault", test_offer_store);
  g_test_add_func ("/ats/offer/pdf-like-its-text", test_offer_pdf);
  g_test_add_func ("/ats/offer/pdf-errors", test_offer_pdf_errors);
  g_test_add_func ("/ats/offer/too-long", test_offer_too_long);
  g_test_add_func ("/ats/offer/pdf-cli", test_offer_pdf_cli);
  g_test_add_func ("/ats/score/adding-a-skill-raises", test_score_add_required_skill);
  g_test_add_func ("/ats/score/removing-the-title-lowers", test_score_title);
  g_test_add_func ("/ats/score/other-job-scores-low", test_score_other_job);
  g_test_add_func ("/ats/score/specific-skill-proves-general", test_score_specific_skill_proves_general);
  g_test_add_func ("/ats/score/accents-and-case", test_score_accents_and_case);
  g_test_add_func ("/ats/score/report", test_score_report);
  g_test_add_func ("/ats/score/profile", test_score_profile);

  status = g_test_run ();
  g_clear_object (&extractor);
  g_clear_object (&taxonomy);

  return status;
}
