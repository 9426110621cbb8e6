/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-ats"

/*
 * Benchmarks of the ATS part (not tests: figures only, printed as
 * "bench: name=value"): taxonomy load time and memory (RSS before/after the
 * mapping and the first lookups), extraction throughput over the 20 labelled
 * offers repeated, and score latency for a CV of 30 experiences (issue #16: live in the UI while
 * typing). The score is timed round by round, interleaved with a reference run (A B A B…): the
 * skill extraction alone over the same CV's texts, which any score has to do; medians of wall and
 * CPU time (the process's: one thread), min–max, and the ratio of the medians. A previous build is compared by
 * running its bench-ats and this one alternately (README).
 */

#include "config.h"

#include <stdio.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "phoenix-ats.h"
#include "phoenix-ats-resume.h"
#include "phoenix-test-bench.h"
#include "phoenix-test-util.h"

static GPtrArray *
read_offers (const char *source_dir)
{
  g_autofree char *dir_path = g_build_filename (source_dir, "tests", "data", "offers", NULL);
  g_autoptr(GPtrArray) names = phoenix_test_list_files (dir_path, ".txt");
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *path = g_build_filename (dir_path, g_ptr_array_index (names, i), NULL);
      char *text;

      if (g_file_get_contents (path, &text, NULL, NULL))
        g_ptr_array_add (texts, text);
    }

  return texts;
}

static void
print_figure (const char *name,
              GArray     *values)
{
  double low = G_MAXDOUBLE, high = 0.0;

  for (guint i = 0; i < values->len; i++)
    {
      low = MIN (low, g_array_index (values, double, i));
      high = MAX (high, g_array_index (values, double, i));
    }
  printf ("bench: %s=%.2f (%.2f-%.2f)\n", name, phoenix_test_median_array (values), low, high);
}

static const char * const positions[] = {
  "Développeur Python", "Chef de projet web", "Développeuse full stack", "Ingénieur logiciel",
  "Lead developer", "Analyste programmeur", "Consultant technique", "Architecte logiciel",
  "Administrateur systèmes", "Responsable technique", "Intégrateur web", "Data engineer",
  "Product owner", "Scrum master", "Formateur en informatique",
};

static JsonObject *
big_resume (void)
{
  JsonObject *resume = json_object_new ();
  JsonObject *basics = json_object_new ();
  JsonArray *work = json_array_new ();
  JsonArray *skills = json_array_new ();
  JsonObject *group = json_object_new ();
  JsonArray *keywords = json_array_new ();

  json_object_set_string_member (basics, "label", "Développeuse web");
  json_object_set_string_member (basics, "email", "a@example.org");
  json_object_set_string_member (basics, "phone", "0600000000");
  json_object_set_string_member (basics, "summary", "Quinze ans de développement web, de la base de données au navigateur.");
  json_object_set_object_member (resume, "basics", basics);
  for (guint i = 0; i < 30; i++)
    {
      JsonObject *entry = json_object_new ();
      JsonArray *highlights = json_array_new ();
      g_autofree char *start = g_strdup_printf ("%u-01", 1995 + i);
      g_autofree char *end = g_strdup_printf ("%u-12", 1995 + i);

      json_object_set_string_member (entry, "name", "Entreprise");
      /* Fifteen different titles, each twice. */
      json_object_set_string_member (entry, "position", positions[i % G_N_ELEMENTS (positions)]);
      json_object_set_string_member (entry, "startDate", start);
      json_object_set_string_member (entry, "endDate", end);
      json_object_set_string_member (entry, "summary",
        "Conception et développement d'applications web en Python et Django, API REST, base PostgreSQL, "
        "déploiement avec Docker et intégration continue ; gestion de projet en méthode Scrum avec Jira.");
      json_array_add_string_element (highlights, "Migration de 40 services vers Kubernetes sur AWS");
      json_array_add_string_element (highlights, "Tableaux de bord Power BI et requêtes SQL pour la direction");
      json_array_add_string_element (highlights, "Encadrement de trois développeurs, revue de code sous Git");
      json_object_set_array_member (entry, "highlights", highlights);
      json_array_add_object_element (work, entry);
    }
  json_object_set_array_member (resume, "work", work);
  json_array_add_string_element (keywords, "Python");
  json_array_add_string_element (keywords, "Docker");
  json_object_set_string_member (group, "name", "Outils");
  json_object_set_array_member (group, "keywords", keywords);
  json_array_add_object_element (skills, group);
  json_object_set_array_member (resume, "skills", skills);

  return resume;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = phoenix_taxonomy_get_default_path ();
  const char *source_dir = g_getenv ("PHOENIX_SOURCE_DIR");
  g_autoptr(PhoenixTaxonomy) taxonomy = NULL;
  g_autoptr(PhoenixSkillExtractor) extractor = NULL;
  g_autoptr(GPtrArray) offers = NULL;
  g_autoptr(JsonObject) resume = NULL;
  g_autoptr(PhoenixJobOffer) offer = NULL;
  long rss_before, rss_mapped, rss_ready, anon_before, file_before;
  gint64 t0, t1, t2;
  guint rounds = 10, n_offers = 0;
  GStatBuf st;

  if (source_dir == NULL)
    source_dir = ".";

  /* Library set-up (types, gettext, GIO) once, so the figures are the taxonomy's own. */
  {
    g_autoptr(PhoenixTaxonomy) warm = phoenix_taxonomy_new_from_file (path, NULL);
  }

  rss_before = phoenix_test_status_kib ("VmRSS");
  anon_before = phoenix_test_status_kib ("RssAnon");
  file_before = phoenix_test_status_kib ("RssFile");
  t0 = g_get_monotonic_time ();
  taxonomy = phoenix_taxonomy_new_from_file (path, &error);
  if (taxonomy == NULL)
    {
      g_printerr ("bench-ats: %s\n", error->message);
      return 1;
    }
  t1 = g_get_monotonic_time ();
  rss_mapped = phoenix_test_status_kib ("VmRSS");
  extractor = phoenix_skill_extractor_new (taxonomy);
  {
    g_autoptr(GArray) warm = phoenix_skill_extractor_extract (extractor, "Python et SQL", "fr");
    g_autoptr(GArray) warm_en = phoenix_skill_extractor_extract (extractor, "Python and SQL", "en");
  }
  t2 = g_get_monotonic_time ();
  rss_ready = phoenix_test_status_kib ("VmRSS");

  if (g_stat (path, &st) == 0)
    printf ("bench: taxonomy_file_mib=%.1f\n", st.st_size / 1048576.0);
  printf ("bench: taxonomy_open_ms=%.2f\n", (t1 - t0) / 1000.0);
  printf ("bench: taxonomy_first_lookup_ms=%.1f\n", (t2 - t1) / 1000.0);
  printf ("bench: taxonomy_rss_open_kib=%ld\n", rss_mapped - rss_before);
  printf ("bench: taxonomy_rss_ready_kib=%ld\n", rss_ready - rss_before);
  /* The mapped file's pages are shared page cache (the kernel maps them in large folios), the heap is ours. */
  printf ("bench: taxonomy_ready_heap_kib=%ld\n", phoenix_test_status_kib ("RssAnon") - anon_before);
  printf ("bench: taxonomy_ready_mapped_kib=%ld\n", phoenix_test_status_kib ("RssFile") - file_before);

  offers = read_offers (source_dir);
  t0 = g_get_monotonic_time ();
  for (guint r = 0; r < rounds; r++)
    for (guint i = 0; i < offers->len; i++)
      {
        g_autoptr(PhoenixJobOffer) parsed = phoenix_job_offer_new_from_text (extractor, g_ptr_array_index (offers, i));

        n_offers++;
      }
  t1 = g_get_monotonic_time ();
  printf ("bench: offers_parsed=%u\n", n_offers);
  printf ("bench: offer_parse_per_second=%.1f\n", n_offers / ((t1 - t0) / 1e6));
  t0 = g_get_monotonic_time ();
  n_offers = 0;
  for (guint r = 0; r < rounds; r++)
    for (guint i = 0; i < offers->len; i++)
      {
        g_autoptr(GArray) matches = phoenix_skill_extractor_extract (extractor, g_ptr_array_index (offers, i), NULL);

        n_offers++;
      }
  t1 = g_get_monotonic_time ();
  printf ("bench: extraction_offers_per_second=%.1f\n", n_offers / ((t1 - t0) / 1e6));

  resume = big_resume ();
  offer = phoenix_job_offer_new_from_text (extractor, g_ptr_array_index (offers, 0));
  {
    g_autoptr(PhoenixAtsReport) warm = phoenix_ats_score (extractor, resume, offer);
  }
  {
    g_autoptr(GArray) fields = _phoenix_ats_resume_fields (resume);
    g_autoptr(GArray) score_wall = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(GArray) score_cpu = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(GArray) reference_wall = g_array_new (FALSE, FALSE, sizeof (double));
    g_autoptr(GArray) reference_cpu = g_array_new (FALSE, FALSE, sizeof (double));
    double score_median, reference_median;

    for (guint r = 0; r < 21; r++)
      {
        double cpu = phoenix_test_cpu_ms (), value;

        /* A: the score. */
        t0 = g_get_monotonic_time ();
        {
          g_autoptr(PhoenixAtsReport) report = phoenix_ats_score (extractor, resume, offer);
        }
        value = (g_get_monotonic_time () - t0) / 1000.0;
        g_array_append_val (score_wall, value);
        value = phoenix_test_cpu_ms () - cpu;
        g_array_append_val (score_cpu, value);

        /* B: the reference, the extraction alone over the same texts. */
        cpu = phoenix_test_cpu_ms ();
        t0 = g_get_monotonic_time ();
        for (guint f = 0; f < fields->len; f++)
          {
            g_autoptr(GArray) found = phoenix_skill_extractor_extract (extractor,
                                                                       g_array_index (fields, PhoenixAtsField, f).text,
                                                                       "fr");
          }
        value = (g_get_monotonic_time () - t0) / 1000.0;
        g_array_append_val (reference_wall, value);
        value = phoenix_test_cpu_ms () - cpu;
        g_array_append_val (reference_cpu, value);
      }
    score_median = phoenix_test_median_array (score_cpu);
    reference_median = phoenix_test_median_array (reference_cpu);
    print_figure ("score_30_experiences_ms", score_wall);
    print_figure ("score_30_experiences_cpu_ms", score_cpu);
    print_figure ("score_reference_extraction_ms", reference_wall);
    print_figure ("score_reference_extraction_cpu_ms", reference_cpu);
    printf ("bench: score_over_extraction_cpu=%.2f\n", score_median / MAX (reference_median, 0.001));
  }
  printf ("bench: rss_total_kib=%ld\n", phoenix_test_status_kib ("VmRSS"));

  return 0;
}
