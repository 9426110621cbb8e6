/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include <cairo.h>

#include "phoenix-ats.h"
#include "phoenix-cv-renderer-private.h"
#include "phoenix-json-resume.h"
#include "phoenix-profile-entries.h"
#include "phoenix-test-ats.h"
#include "phoenix-test-bench.h"
#include "phoenix-test-scale.h"

/*
 * Issue #20, part B: what one keystroke costs the preview and the ATS check on the S, M, L and XL
 * profiles, the way before issue #20 (A) interleaved with the way now (B), A B A B…, as medians of
 * the wall clock and of the process's CPU time ("bench: name=value" lines):
 *   relayout: the preview's snapshot after a keystroke in one job (document, layout, pagination);
 *     A shapes every block, B only the edited entry's;
 *   repaint: the same, then the pages drawn as the preview draws them (into the recording
 *     surfaces of gtk_snapshot_append_cairo, then the two pages a window shows played back at
 *     1.33×): A draws every page, B the pages in view. The preview waits 150 ms after the last
 *     keystroke before this (PHOENIX_CV_PREVIEW_REFRESH_DELAY_MS): add it for keystroke → repainted;
 *   ats: the ATS check after a keystroke: the JSON export of the profile and the score against a
 *     labelled offer; A scores from scratch on the main thread, B through PhoenixAtsCache (in the
 *     window, on a worker: ats_main is what stays on the main thread, the export).
 */

static void
runs_print (PhoenixTestRuns *runs,
            const char      *scale,
            const char      *name)
{
  g_autofree char *full_name = g_strdup_printf ("%s_%s", scale, name);

  phoenix_test_runs_print (runs, full_name);
}

typedef struct
{
  PhoenixProfile    *profile;
  PhoenixCvRenderer *renderer;
  gboolean           all_pages;
  PhoenixAtsCache   *cache;      /* NULL: a fresh score */
  PhoenixSkillExtractor *extractor;
  PhoenixJobOffer   *offer;
  guint              n;
  guint              n_jobs;
} Bench;

/* One character typed at the end of a job's summary (another job each time, as a user moves on). */
static void
type_key (Bench *b)
{
  g_autoptr(PhoenixExperience) job =
    g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_experiences (b->profile)), (b->n * 37) % b->n_jobs);
  g_autofree char *text = g_strdup_printf ("%s%c", phoenix_experience_get_summary (job), 'a' + b->n % 26);

  b->n++;
  phoenix_experience_set_summary (job, text);
}

static void
relayout (Bench *b)
{
  phoenix_cv_renderer_set_profile (b->renderer, b->profile);
  phoenix_cv_renderer_get_n_pages (b->renderer);
}

/* The preview's snapshot: each drawn page into a recording surface, then what the window shows. */
static void
repaint (Bench *b)
{
  int n_pages;
  double width, height;
  cairo_surface_t *target;
  int shown = 0;

  relayout (b);
  n_pages = phoenix_cv_renderer_get_n_pages (b->renderer);
  phoenix_cv_renderer_get_page_size (b->renderer, &width, &height);
  target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (width * 1.33), (int) (height * 1.33 * 2));
  for (int page = 0; page < n_pages; page++)
    {
      cairo_rectangle_t extents = { 0, 0, width, height };
      cairo_surface_t *recording;
      cairo_t *cr;

      /* B: the page in view (the first two here) and half a view around it. */
      if (!b->all_pages && page > 2)
        break;
      recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
      cr = cairo_create (recording);
      phoenix_cv_renderer_render_page (b->renderer, cr, page);
      cairo_destroy (cr);
      if (shown < 2)
        {
          cr = cairo_create (target);
          cairo_translate (cr, 0, shown * height * 1.33);
          cairo_scale (cr, 1.33, 1.33);
          cairo_set_source_surface (cr, recording, 0, 0);
          cairo_paint (cr);
          cairo_destroy (cr);
          shown++;
        }
      cairo_surface_destroy (recording);
    }
  cairo_surface_destroy (target);
}

static PhoenixAtsReport *
ats_score (Bench *b)
{
  g_autoptr(JsonNode) root = phoenix_json_resume_export (b->profile);

  if (b->cache != NULL)
    return phoenix_ats_score_cached (b->cache, json_node_get_object (root), b->offer);
  return phoenix_ats_score (b->extractor, json_node_get_object (root), b->offer);
}

static void
ats (Bench *b)
{
  g_autoptr(PhoenixAtsReport) report = ats_score (b);
}

static void
ats_export (Bench *b)
{
  g_autoptr(JsonNode) root = phoenix_json_resume_export (b->profile);
}

typedef void (*BenchFunc) (Bench *b);

static void
measure (PhoenixTestRuns *runs,
         BenchFunc        func,
         Bench           *b)
{
  double wall, cpu;

  type_key (b);
  wall = phoenix_test_now_ms ();
  cpu = phoenix_test_cpu_ms ();
  func (b);
  phoenix_test_runs_add (runs, wall, cpu);
}

/* A and B interleaved, @rounds times each, after one warm-up of each. */
static void
compare (const char *scale,
         const char *name,
         BenchFunc   func,
         Bench      *a,
         Bench      *b,
         guint       rounds)
{
  PhoenixTestRuns runs_a, runs_b;
  g_autofree char *name_a = g_strconcat (name, "_before", NULL);
  g_autofree char *name_b = g_strconcat (name, "_now", NULL);

  phoenix_test_runs_init (&runs_a);
  phoenix_test_runs_init (&runs_b);
  type_key (a);
  func (a);
  type_key (b);
  func (b);
  for (guint i = 0; i < rounds; i++)
    {
      measure (&runs_a, func, a);
      measure (&runs_b, func, b);
    }
  runs_print (&runs_a, scale, name_a);
  runs_print (&runs_b, scale, name_b);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PhoenixTaxonomy) taxonomy = NULL;
  g_autoptr(PhoenixSkillExtractor) extractor = NULL;
  g_autoptr(PhoenixJobOffer) offer = NULL;
  const char *only = argc > 1 ? argv[1] : NULL;  /* "S", "M", "L" or "XL": that size only */
  const char *measure_only = argc > 2 ? argv[2] : NULL;  /* "relayout", "repaint" or "ats": that one only */

  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);  /* for the taxonomy helpers' assertions */
  taxonomy = phoenix_test_taxonomy_new ();
  extractor = phoenix_skill_extractor_new (taxonomy);
  offer = phoenix_test_offer_load (extractor, "offers", "fr-02-data-analyst.txt");

  for (PhoenixTestScale scale = PHOENIX_TEST_SCALE_S; scale < PHOENIX_TEST_SCALE_N_SIZES; scale++)
    {
      const char *name = phoenix_test_scale_name (scale);
      g_autoptr(PhoenixProfile) profile = NULL;
      g_autoptr(PhoenixCvRenderer) full = phoenix_cv_renderer_new ();
      g_autoptr(PhoenixCvRenderer) incremental = phoenix_cv_renderer_new ();
      g_autoptr(PhoenixAtsCache) cache = phoenix_ats_cache_new (extractor);
      guint rounds = scale == PHOENIX_TEST_SCALE_XL ? 7 : scale == PHOENIX_TEST_SCALE_L ? 9 : 15;
      Bench a = { 0 }, b = { 0 };

      if (only != NULL && g_strcmp0 (only, name) != 0)
        continue;
      profile = phoenix_test_scale_new_profile (scale);
      _phoenix_cv_renderer_set_incremental (full, FALSE);
      _phoenix_cv_renderer_set_incremental (incremental, TRUE);
      a.profile = b.profile = profile;
      a.n_jobs = b.n_jobs = g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_experiences (profile)));
      a.extractor = b.extractor = extractor;
      a.offer = b.offer = offer;
      a.renderer = full;
      a.all_pages = TRUE;
      b.renderer = incremental;
      b.cache = cache;
      b.n = 1000;  /* B types in other jobs than A */

      relayout (&a);
      g_print ("bench: %s_entries=%u\n", name, phoenix_test_scale_n_entries (scale));
      g_print ("bench: %s_pages=%d\n", name, phoenix_cv_renderer_get_n_pages (full));

      if (measure_only == NULL || g_str_equal (measure_only, "relayout"))
        compare (name, "relayout", relayout, &a, &b, rounds);
      if (measure_only == NULL || g_str_equal (measure_only, "repaint"))
        compare (name, "repaint", repaint, &a, &b, rounds);
      if (measure_only == NULL || g_str_equal (measure_only, "ats"))
        compare (name, "ats", ats, &a, &b, rounds);
      if (measure_only == NULL || g_str_equal (measure_only, "ats"))
        {
          PhoenixTestRuns runs;

          /* What the window does on the main thread before its worker scores. */
          phoenix_test_runs_init (&runs);
          for (guint i = 0; i < rounds; i++)
            measure (&runs, ats_export, &b);
          runs_print (&runs, name, "ats_main");
        }
    }

  return 0;
}
