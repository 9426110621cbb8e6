/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "phoenix-cv-renderer-private.h"
#include "phoenix-profile-entries.h"
#include "phoenix-test-scale.h"
#include "phoenix-test-util.h"

/*
 * Issue #20: the preview's layout keeps each heading's, entry's and list item's shaped blocks and
 * shapes again only what changed (a counter in the block cache), and what it lays out is what a
 * layout from scratch gives: the same pages, drawn pixel for pixel, and the same PDF.
 */

static guint
n_shaped (PhoenixCvRenderer *renderer)
{
  return _phoenix_cv_block_cache_get_n_shaped (_phoenix_cv_renderer_get_block_cache (renderer));
}

/* Lays @renderer out on @profile (as the preview does after a change); returns what it shaped. */
static guint
relayout (PhoenixCvRenderer *renderer,
          PhoenixProfile    *profile)
{
  guint before = n_shaped (renderer);

  phoenix_cv_renderer_set_profile (renderer, profile);
  g_assert_cmpint (phoenix_cv_renderer_get_n_pages (renderer), >=, 1);
  return n_shaped (renderer) - before;
}

static PhoenixExperience *
job (PhoenixProfile *profile,
     guint           position)
{
  g_autoptr(PhoenixExperience) experience =
    g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_experiences (profile)), position);

  return experience;  /* the store keeps it */
}

/* Types @c at the end of job @position's summary. */
static void
type_in_summary (PhoenixProfile *profile,
                 guint           position,
                 const char     *c)
{
  PhoenixExperience *experience = job (profile, position);
  g_autofree char *text = g_strconcat (phoenix_experience_get_summary (experience), c, NULL);

  phoenix_experience_set_summary (experience, text);
}

static GBytes *
draw_page (PhoenixCvRenderer *renderer,
           int                page)
{
  double width, height;
  cairo_surface_t *surface;
  cairo_t *cr;
  GBytes *pixels;

  phoenix_cv_renderer_get_page_size (renderer, &width, &height);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  cr = cairo_create (surface);
  g_assert_true (phoenix_cv_renderer_render_page (renderer, cr, page));
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  pixels = g_bytes_new (cairo_image_surface_get_data (surface),
                        (gsize) cairo_image_surface_get_stride (surface) * (gsize) height);
  cairo_surface_destroy (surface);

  return pixels;
}

/* The PDF with its dates masked (the only bytes two exports of the same CV may differ in). */
static GBytes *
export_pdf (PhoenixCvRenderer *renderer,
            const char        *dir,
            const char        *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  char *contents = NULL;
  gsize length;
  static const char * const dates[] = { "/CreationDate (", "/ModDate (" };

  g_assert_true (phoenix_cv_renderer_export_pdf (renderer, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 1000);
  for (guint d = 0; d < G_N_ELEMENTS (dates); d++)
    {
      gsize n = strlen (dates[d]);
      char *at = NULL;

      /* The file has NUL bytes in its streams: searched byte by byte. */
      for (gsize i = 0; at == NULL && i + n <= length; i++)
        if (memcmp (contents + i, dates[d], n) == 0)
          at = contents + i;

      for (at = at != NULL ? at + strlen (dates[d]) : NULL; at != NULL && at < contents + length && *at != ')'; at++)
        *at = 'X';
    }

  return g_bytes_new_take (contents, length);
}

/* @incremental, laid out through its cache, against a renderer that shapes everything. */
static void
assert_same_as_full (PhoenixCvRenderer *incremental,
                     PhoenixProfile    *profile,
                     int                max_pages_drawn)
{
  g_autoptr(PhoenixCvRenderer) full = phoenix_cv_renderer_new ();
  g_auto(GStrv) order_incremental = NULL;
  g_auto(GStrv) order_full = NULL;
  int n_pages;

  _phoenix_cv_renderer_set_incremental (full, FALSE);
  phoenix_cv_renderer_set_template (full, phoenix_cv_renderer_get_template (incremental));
  phoenix_cv_renderer_set_paper (full, phoenix_cv_renderer_get_paper (incremental));
  phoenix_cv_renderer_set_profile (full, profile);
  n_pages = phoenix_cv_renderer_get_n_pages (full);
  g_assert_cmpint (phoenix_cv_renderer_get_n_pages (incremental), ==, n_pages);
  g_assert_cmpuint (n_shaped (full), ==, 0);  /* it kept nothing */

  order_incremental = phoenix_cv_renderer_dup_reading_order (incremental);
  order_full = phoenix_cv_renderer_dup_reading_order (full);
  g_assert_cmpstrv (order_incremental, order_full);

  for (int page = 0; page < n_pages; page++)
    {
      g_autoptr(GBytes) a = NULL;
      g_autoptr(GBytes) b = NULL;

      /* The first pages, and the last. */
      if (page >= max_pages_drawn && page != n_pages - 1)
        continue;
      a = draw_page (incremental, page);
      b = draw_page (full, page);
      g_assert_true (g_bytes_equal (a, b));
    }
}

static void
test_edit_one_entry (void)
{
  g_autoptr(PhoenixProfile) profile = phoenix_test_scale_new_profile (PHOENIX_TEST_SCALE_M);
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  guint first;
  const char * const highlights[] = { "Une seule ligne changée", NULL };

  _phoenix_cv_renderer_set_incremental (renderer, TRUE);
  first = relayout (renderer, profile);
  /* Everything the first time: the name's headings, 103 entries (lists included). */
  g_assert_cmpuint (first, >=, phoenix_test_scale_n_entries (PHOENIX_TEST_SCALE_M));

  /* Nothing changed: nothing shaped. */
  g_assert_cmpuint (relayout (renderer, profile), ==, 0);

  /* One keystroke in one job: that job only. */
  type_in_summary (profile, 5, "x");
  g_assert_cmpuint (relayout (renderer, profile), ==, 1);
  type_in_summary (profile, 5, "y");
  g_assert_cmpuint (relayout (renderer, profile), ==, 1);
  assert_same_as_full (renderer, profile, 3);

  /* A highlight of another. */
  phoenix_experience_set_highlights (job (profile, 20), highlights);
  g_assert_cmpuint (relayout (renderer, profile), ==, 1);

  /* An entry deleted: the others are as they were. */
  g_list_store_remove (phoenix_profile_get_experiences (profile), 10);
  g_assert_cmpuint (relayout (renderer, profile), ==, 0);
  /* The first one deleted: the new first one sits at the section's top (no gap above it). */
  g_list_store_remove (phoenix_profile_get_experiences (profile), 0);
  g_assert_cmpuint (relayout (renderer, profile), ==, 1);
  assert_same_as_full (renderer, profile, 3);

  /* The cache holds what the last layout used, not every version typed. */
  g_assert_cmpuint (_phoenix_cv_block_cache_get_size (_phoenix_cv_renderer_get_block_cache (renderer)), <=, first);
}

/* What a fresh renderer of the same look shapes: everything. */
static guint
shaped_from_scratch (PhoenixProfile *profile,
                     const char     *template_id,
                     const char     *paper,
                     const char     *accent)
{
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();

  _phoenix_cv_renderer_set_incremental (renderer, TRUE);
  phoenix_cv_renderer_set_template (renderer, template_id);
  phoenix_cv_renderer_set_paper (renderer, paper);
  phoenix_cv_renderer_set_look (renderer, accent, NULL, NULL);
  return relayout (renderer, profile);
}

static void
test_look_reshapes_all (void)
{
  g_autoptr(PhoenixProfile) profile = phoenix_test_scale_new_profile (PHOENIX_TEST_SCALE_S);
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  guint all;

  _phoenix_cv_renderer_set_incremental (renderer, TRUE);
  all = relayout (renderer, profile);
  g_assert_cmpuint (all, ==, shaped_from_scratch (profile, "classic", "a4", NULL));
  g_assert_cmpuint (relayout (renderer, profile), ==, 0);

  /* Another template (two columns: other widths, other sections in the sidebar). */
  phoenix_cv_renderer_set_template (renderer, "modern");
  g_assert_cmpuint (relayout (renderer, profile), ==, shaped_from_scratch (profile, "modern", "a4", NULL));
  g_assert_cmpuint (relayout (renderer, profile), ==, 0);
  assert_same_as_full (renderer, profile, 10);

  /* Another width of page. */
  phoenix_cv_renderer_set_paper (renderer, "letter");
  g_assert_cmpuint (relayout (renderer, profile), ==, shaped_from_scratch (profile, "modern", "letter", NULL));
  assert_same_as_full (renderer, profile, 10);

  /* Another design (the accent colour is in the markup). */
  phoenix_cv_renderer_set_look (renderer, "#aa3355", NULL, NULL);
  g_assert_cmpuint (relayout (renderer, profile), ==, shaped_from_scratch (profile, "modern", "letter", "#aa3355"));
  g_assert_cmpuint (relayout (renderer, profile), ==, 0);
}

/* At S, M and L: after typing in several entries, the same pages and the same PDF as from scratch. */
static void
test_same_output (PhoenixTestDir *f,
                  gconstpointer   data)
{
  PhoenixTestScale scale = GPOINTER_TO_INT (data);
  g_autoptr(PhoenixProfile) profile = phoenix_test_scale_new_profile (scale);
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  g_autoptr(PhoenixCvRenderer) full = phoenix_cv_renderer_new ();
  g_autoptr(GBytes) pdf_incremental = NULL;
  g_autoptr(GBytes) pdf_full = NULL;
  guint n_jobs = g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_experiences (profile)));

  _phoenix_cv_renderer_set_incremental (renderer, TRUE);
  relayout (renderer, profile);
  for (guint i = 0; i < 4; i++)
    {
      /* A long addition, so the entry grows by lines and the page breaks after it move. */
      type_in_summary (profile, (i * 7) % n_jobs, " et beaucoup de texte ajouté pour que le paragraphe "
                                                  "prenne une ligne de plus sur la page");
      g_assert_cmpuint (relayout (renderer, profile), ==, 1);
    }
  assert_same_as_full (renderer, profile, 2);

  _phoenix_cv_renderer_set_incremental (full, FALSE);
  phoenix_cv_renderer_set_profile (full, profile);
  pdf_incremental = export_pdf (renderer, f->dir, "incremental.pdf");
  pdf_full = export_pdf (full, f->dir, "full.pdf");
  g_assert_true (g_bytes_equal (pdf_incremental, pdf_full));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/incremental/edit-one-entry", test_edit_one_entry);
  g_test_add_func ("/export/incremental/look-reshapes-all", test_look_reshapes_all);
  for (PhoenixTestScale scale = PHOENIX_TEST_SCALE_S; scale <= PHOENIX_TEST_SCALE_L; scale++)
    {
      g_autofree char *path = g_strdup_printf ("/export/incremental/same-output/%s", phoenix_test_scale_name (scale));

      g_test_add (path, PhoenixTestDir, GINT_TO_POINTER (scale), phoenix_test_dir_setup, test_same_output,
                  phoenix_test_dir_teardown);
    }

  return g_test_run ();
}
