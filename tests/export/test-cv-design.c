/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <string.h>

#include <poppler.h>

#include "phoenix-cv-renderer.h"
#include "phoenix-cv-variant.h"
#include "phoenix-json-resume.h"
#include "phoenix-profile-entries.h"
#include "phoenix-test-util.h"
#include "phoenix-test-vault.h"

/*
 * The CV's design (issue 17): every template's text read back in reading order by plain
 * pdftotext (not -raw), or the template says it is not; the CV as a Word document read back
 * by pandoc; the gallery's thumbnails drawn in a thread; a CV's look (accent colour, font,
 * spacing, fit to one page) in the PDF and in the vault; skill levels said in the CV's
 * language; the ATS template never shows a photo. Needs pdftotext, pdffonts (poppler-utils)
 * and pandoc.
 */

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)

typedef PhoenixTestDir Fixture;

static PhoenixProfile *
sample_profile (void)
{
  g_autofree char *path = phoenix_test_source_path ("tests/data/json-resume/camille.resume.json");
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  PhoenixProfile *profile = phoenix_profile_new ();

  g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
  g_assert_true (phoenix_json_resume_import_data (profile, contents, -1, &error));
  g_assert_no_error (error);
  return profile;
}

/* A name and @n experiences of three highlights each. */
static PhoenixProfile *
experiences_profile (guint n)
{
  PhoenixProfile *profile = phoenix_profile_new ();
  const char *highlights[] = { "Encadrement d’une équipe de huit personnes sur deux sites",
                               "Mise en place d’un suivi hebdomadaire des indicateurs de qualité",
                               "Formation des nouveaux arrivants aux outils et aux procédures", NULL };

  phoenix_profile_set_name (profile, "Camille Martin");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(PhoenixExperience) experience = phoenix_experience_new ();
      g_autofree char *title = g_strdup_printf ("Poste numéro %u", i + 1);

      phoenix_experience_set_title (experience, title);
      phoenix_experience_set_employer (experience, "Entreprise Exemple");
      phoenix_experience_set_start_date (experience, "2001-01");
      phoenix_experience_set_end_date (experience, "2002-12");
      phoenix_experience_set_highlights (experience, highlights);
      g_list_store_append (phoenix_profile_get_experiences (profile), experience);
    }

  return profile;
}

static char *
casefold_squeezed (const char *text)
{
  g_autofree char *squeezed = phoenix_test_squeeze (text);

  return g_utf8_casefold (squeezed, -1);
}

/* Where each of @units is found in @text, searching on from the previous one's place; FALSE at the
 * first one found only earlier (out of order) or not at all. */
static gboolean
read_in_order (const char          *text,
               const char * const  *units,
               char               **why)
{
  g_autofree char *flat = casefold_squeezed (text);
  const char *from = flat;

  for (guint i = 0; units[i] != NULL; i++)
    {
      g_autofree char *unit = casefold_squeezed (units[i]);
      const char *found = strstr (from, unit);

      if (found == NULL)
        {
          *why = g_strdup_printf (strstr (flat, unit) != NULL ? "“%s” comes too early" : "“%s” is not there whole",
                                  units[i]);
          return FALSE;
        }
      from = found + strlen (unit);
    }

  return TRUE;
}

/* Every template × language: plain pdftotext reads the name, the section titles and the entry
 * titles in the layout's reading order exactly when the template says it does; the ATS check
 * warns about the others. */
static void
test_reading_order (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(PhoenixProfile) profile = sample_profile ();
  guint n_templates;
  const PhoenixCvTemplateInfo *templates = phoenix_cv_templates_get (&n_templates);
  static const char * const languages[] = { "fr", "en" };
  guint n_in_order = 0;

  g_assert_cmpuint (n_templates, >=, 5);
  for (guint i = 0; i < n_templates; i++)
    for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
      {
        g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
        g_autofree char *name = g_strdup_printf ("%s-%s.pdf", templates[i].id, languages[l]);
        g_autofree char *path = g_build_filename (f->dir, name, NULL);
        const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
        g_autofree char *text = NULL;
        g_autofree char *why = NULL;
        g_auto(GStrv) units = NULL;
        g_autoptr(GError) error = NULL;
        gboolean in_order;

        phoenix_cv_renderer_set_template (renderer, templates[i].id);
        phoenix_cv_renderer_set_language (renderer, languages[l]);
        phoenix_cv_renderer_set_profile (renderer, profile);
        g_assert_true (phoenix_cv_renderer_export_pdf (renderer, path, NULL, &error));
        g_assert_no_error (error);

        units = phoenix_cv_renderer_dup_reading_order (renderer);
        g_assert_cmpuint (g_strv_length (units), >, 10);
        text = phoenix_test_run_tool (argv);
        in_order = read_in_order (text, (const char * const *) units, &why);
        g_test_message ("%s %s: %s%s", templates[i].id, languages[l], in_order ? "in order" : "not in order: ",
                        why != NULL ? why : "");
        /* The template's claim, which the gallery and the ATS check repeat, is the truth. */
        g_assert_cmpint (in_order, ==, templates[i].reads_in_order);
        g_assert_cmpint (phoenix_cv_template_reads_in_order (templates[i].id), ==, templates[i].reads_in_order);
        n_in_order += in_order;
      }

  /* The single-column templates, the ATS one among them, read in order. */
  g_assert_true (phoenix_cv_template_reads_in_order ("ats"));
  g_assert_cmpuint (n_in_order, >=, 8);
}

/* The CV as a Word document, read back by pandoc: the name, every section title in the CV's
 * language and every entry, in order, as headings. */
static void
test_docx_round_trip (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(PhoenixProfile) profile = sample_profile ();
  static const struct { const char *template_id, *language; const char *headings[6]; } cases[] = {
    { "classic", "fr", { "PROFIL", "EXPÉRIENCE PROFESSIONNELLE", "FORMATION", "COMPÉTENCES", "LANGUES", NULL } },
    { "modern", "en", { "Profile", "Experience", "Education", "Skills", "Languages", NULL } },
    { "ats", "en", { "PROFILE", "EXPERIENCE", "EDUCATION", "SKILLS", "LANGUAGES", NULL } },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
      g_autofree char *name = g_strdup_printf ("cv-%s-%s.docx", cases[i].template_id, cases[i].language);
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_autofree char *part = g_strdup_printf ("%s.part", path);
      const char *plain_argv[] = { "pandoc", "-f", "docx", "-t", "plain", "-s", "--wrap=none", path, NULL };
      const char *markdown_argv[] = { "pandoc", "-f", "docx", "-t", "markdown", "--wrap=none", path, NULL };
      g_autofree char *plain = NULL;
      g_autofree char *markdown = NULL;
      g_autoptr(GError) error = NULL;
      const char *order[8] = { "Camille Dupont-Lefèvre" };
      g_autofree char *why = NULL;
      guint n = 1;

      phoenix_cv_renderer_set_template (renderer, cases[i].template_id);
      phoenix_cv_renderer_set_language (renderer, cases[i].language);
      phoenix_cv_renderer_set_profile (renderer, profile);
      g_assert_true (phoenix_cv_renderer_export_docx (renderer, path, &error));
      g_assert_no_error (error);
      g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));

      plain = phoenix_test_run_tool (plain_argv);
      markdown = phoenix_test_run_tool (markdown_argv);
      g_test_message ("%s", markdown);
      for (guint h = 0; cases[i].headings[h] != NULL; h++)
        {
          g_autofree char *heading = g_strdup_printf ("\n# **%s**", cases[i].headings[h]);

          /* Each section title is a Word heading, so pandoc makes it one. */
          if (strstr (markdown, heading) == NULL)
            g_error ("%s: no heading “%s”", name, cases[i].headings[h]);
          order[n++] = cases[i].headings[h];
        }
      /* Every entry, bullets too, and in the PDF's order. */
      g_assert_true (read_in_order (plain, order, &why));
      g_assert_nonnull (strstr (markdown, "## **Développeuse web** --- Atelier Numérique"));
      g_assert_nonnull (strstr (markdown, "## **Infirmière** --- Hôpital Édouard-Herriot"));
      g_assert_nonnull (strstr (plain, "Audit d’accessibilité RGAA et correction de 140 anomalies"));
      g_assert_nonnull (strstr (plain, "camille.dupont@exemple.fr"));
    }

  /* A folder that does not exist: a translated error, nothing written. */
  {
    g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
    g_autofree char *path = g_build_filename (f->dir, "missing", "cv.docx", NULL);
    g_autoptr(GError) error = NULL;

    phoenix_cv_renderer_set_profile (renderer, profile);
    g_assert_false (phoenix_cv_renderer_export_docx (renderer, path, &error));
    g_assert_nonnull (error);
    g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  }
}

static void
async_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* Pixels of @surface close to @rgb. */
static guint
count_color (cairo_surface_t *surface,
             guint32          rgb)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data = cairo_image_surface_get_data (surface);
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4) & 0xffffff;
        int dr = (int) ((pixel >> 16) & 0xff) - (int) ((rgb >> 16) & 0xff);
        int dg = (int) ((pixel >> 8) & 0xff) - (int) ((rgb >> 8) & 0xff);
        int db = (int) (pixel & 0xff) - (int) (rgb & 0xff);

        n += ABS (dr) + ABS (dg) + ABS (db) < 24;
      }

  return n;
}

/* The gallery's thumbnails: one a template, as wide as asked, drawn in a worker thread from
 * the user's CV, each different. */
static void
test_thumbnails (void)
{
  g_autoptr(PhoenixProfile) profile = sample_profile ();
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GPtrArray) surfaces = NULL;
  g_autoptr(GError) error = NULL;
  guint n_templates;
  const PhoenixCvTemplateInfo *templates = phoenix_cv_templates_get (&n_templates);

  phoenix_cv_renderer_set_profile (renderer, profile);
  phoenix_cv_renderer_render_thumbnails_async (renderer, 160, NULL, async_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  surfaces = phoenix_cv_renderer_render_thumbnails_finish (renderer, result, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (surfaces->len, ==, n_templates);

  for (guint i = 0; i < surfaces->len; i++)
    {
      cairo_surface_t *surface = surfaces->pdata[i];

      g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 160);
      g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 227);  /* A4 */
      /* Paper and ink: mostly white, and text on it. */
      g_assert_cmpuint (count_color (surface, 0xffffff), >, 160 * 227 / 2);
      g_assert_cmpuint (count_color (surface, 0xffffff), <, 160 * 227 - 1000);
    }
  /* The Modern template's band is its colour. */
  g_assert_cmpuint (count_color (surfaces->pdata[1], templates[1].accent), >, 1000);
  g_assert_cmpuint (count_color (surfaces->pdata[0], templates[1].accent), <, 10);

  /* Cancelled: no thumbnails, an error that says so. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(GAsyncResult) cancelled = NULL;
    g_autoptr(GPtrArray) none = NULL;
    g_autoptr(GError) cancel_error = NULL;

    g_cancellable_cancel (cancellable);
    phoenix_cv_renderer_render_thumbnails_async (renderer, 160, cancellable, async_done_cb, &cancelled);
    while (cancelled == NULL)
      g_main_context_iteration (NULL, TRUE);
    none = phoenix_cv_renderer_render_thumbnails_finish (renderer, cancelled, &cancel_error);
    g_assert_null (none);
    g_assert_error (cancel_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  }
}

static cairo_surface_t *
render_first_page (PhoenixCvRenderer *renderer)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 595, 842);
  cairo_t *cr = cairo_create (surface);

  g_assert_true (phoenix_cv_renderer_render_page (renderer, cr, 0));
  cairo_destroy (cr);
  return surface;
}

static char *
pdf_fonts (PhoenixCvRenderer *renderer,
           const char        *path)
{
  const char *argv[] = { "pdffonts", path, NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_cv_renderer_export_pdf (renderer, path, NULL, &error));
  g_assert_no_error (error);
  return phoenix_test_run_tool (argv);
}

/* A CV's look: its accent colour, font and spacing reach the page and the PDF. */
static void
test_look (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(PhoenixProfile) profile = sample_profile ();
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  g_autofree char *path = g_build_filename (f->dir, "look.pdf", NULL);
  cairo_surface_t *surface;
  g_autofree char *fonts = NULL;
  int pages[3];

  phoenix_cv_renderer_set_template (renderer, "classic");
  phoenix_cv_renderer_set_profile (renderer, profile);
  surface = render_first_page (renderer);
  g_assert_cmpuint (count_color (surface, 0x7b2d26), <, 5);
  cairo_surface_destroy (surface);

  phoenix_cv_renderer_set_look (renderer, "#7b2d26", NULL, NULL);
  surface = render_first_page (renderer);
  g_assert_cmpuint (count_color (surface, 0x7b2d26), >, 200);
  g_assert_cmpuint (count_color (surface, 0x1f3a5f), <, 5);  /* the template's own navy is gone */
  cairo_surface_destroy (surface);

  /* The font: Lato by default, Linux Libertine when chosen (embedded), an unknown one ignored. */
  fonts = pdf_fonts (renderer, path);
  g_assert_nonnull (strstr (fonts, "Lato"));
  g_clear_pointer (&fonts, g_free);
  phoenix_cv_renderer_set_look (renderer, "#7b2d26", "libertine", NULL);
  fonts = pdf_fonts (renderer, path);
  g_assert_nonnull (strstr (fonts, "LinLibertine"));
  g_assert_null (strstr (fonts, "Lato"));
  g_clear_pointer (&fonts, g_free);
  phoenix_cv_renderer_set_look (renderer, NULL, "comic-sans", NULL);
  fonts = pdf_fonts (renderer, path);
  g_assert_nonnull (strstr (fonts, "Lato"));
  g_clear_pointer (&fonts, g_free);

  /* Spacing: the more room, the sooner the CV spills onto a second page. */
  {
    static const char * const spacings[] = { "compact", "normal", "roomy" };

    for (guint i = 0; i < G_N_ELEMENTS (spacings); i++)
      {
        pages[i] = -1;
        phoenix_cv_renderer_set_look (renderer, NULL, NULL, spacings[i]);
        for (guint extra = 1; extra < 40 && pages[i] < 0; extra++)
          {
            g_autoptr(PhoenixProfile) longer = experiences_profile (extra);

            phoenix_cv_renderer_set_profile (renderer, longer);
            if (phoenix_cv_renderer_get_n_pages (renderer) > 1)
              pages[i] = (int) extra;
          }
        g_test_message ("%s: two pages from %d experiences", spacings[i], pages[i]);
      }
    g_assert_cmpint (pages[2], >=, 0);
    g_assert_cmpint (pages[0], >=, pages[1]);
    g_assert_cmpint (pages[1], >=, pages[2]);
    g_assert_cmpint (pages[0], >, pages[2]);
  }
}

/* Fit to one page: a CV a little too long takes smaller text and holds on one page; one far
 * too long stays as it is and says so. */
static void
test_fit_one_page (void)
{
  g_autoptr(PhoenixProfile) a_bit_long = experiences_profile (13);
  g_autoptr(PhoenixProfile) far_too_long = experiences_profile (30);
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  double size = 0;

  phoenix_cv_renderer_set_template (renderer, "classic");
  phoenix_cv_renderer_set_profile (renderer, a_bit_long);
  g_assert_cmpint (phoenix_cv_renderer_get_n_pages (renderer), ==, 2);
  g_assert_false (phoenix_cv_renderer_get_fitted (renderer, &size));
  g_assert_cmpfloat (size, ==, 1.0);

  phoenix_cv_renderer_set_fit_one_page (renderer, TRUE);
  g_assert_cmpint (phoenix_cv_renderer_get_n_pages (renderer), ==, 1);
  g_assert_true (phoenix_cv_renderer_get_fitted (renderer, &size));
  g_assert_cmpfloat (size, <, 1.0);
  g_assert_cmpfloat (size, >=, 0.78);
  g_assert_true (phoenix_cv_renderer_check_keep_together (renderer));

  phoenix_cv_renderer_set_profile (renderer, far_too_long);
  g_assert_cmpint (phoenix_cv_renderer_get_n_pages (renderer), >, 1);
  g_assert_false (phoenix_cv_renderer_get_fitted (renderer, &size));
  g_assert_cmpfloat (size, ==, 0.78);
}

/* A variant's look is kept in the vault (schema 9), copied with the variant, and given to the
 * renderer with the rest of the variant. */
static void
test_variant_look (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "vault.db", NULL);
  g_autoptr(PhoenixVault) vault = phoenix_test_vault_create (path);
  g_autoptr(PhoenixProfile) profile = experiences_profile (13);
  g_autoptr(GListStore) variants = g_list_store_new (PHOENIX_TYPE_CV_VARIANT);
  g_autoptr(GListStore) loaded = g_list_store_new (PHOENIX_TYPE_CV_VARIANT);
  g_autoptr(PhoenixCvVariant) variant = phoenix_cv_variant_new ("Web");
  g_autoptr(PhoenixCvVariant) back = NULL;
  g_autoptr(PhoenixCvVariant) copy = NULL;
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  g_autoptr(GError) error = NULL;

  /* Defaults: the template's look. */
  g_assert_cmpstr (phoenix_cv_variant_get_accent (variant), ==, "");
  g_assert_cmpstr (phoenix_cv_variant_get_font (variant), ==, "");
  g_assert_cmpstr (phoenix_cv_variant_get_spacing (variant), ==, "normal");
  g_assert_false (phoenix_cv_variant_get_fit_one_page (variant));

  /* Bad values are refused, not stored. */
  phoenix_cv_variant_set_accent (variant, "red");
  g_assert_cmpstr (phoenix_cv_variant_get_accent (variant), ==, "");
  phoenix_cv_variant_set_accent (variant, "#12345G");
  g_assert_cmpstr (phoenix_cv_variant_get_accent (variant), ==, "");
  phoenix_cv_variant_set_spacing (variant, "huge");
  g_assert_cmpstr (phoenix_cv_variant_get_spacing (variant), ==, "normal");

  phoenix_cv_variant_set_template (variant, "elegant");
  phoenix_cv_variant_set_accent (variant, "#2F6B3A");
  phoenix_cv_variant_set_font (variant, "carlito");
  phoenix_cv_variant_set_spacing (variant, "compact");
  phoenix_cv_variant_set_fit_one_page (variant, TRUE);
  g_assert_cmpstr (phoenix_cv_variant_get_accent (variant), ==, "#2f6b3a");
  g_list_store_append (variants, variant);
  g_assert_true (phoenix_cv_variants_save (variants, vault, &error));
  g_assert_no_error (error);

  g_assert_true (phoenix_cv_variants_load (loaded, vault, &error));
  g_assert_no_error (error);
  back = g_list_model_get_item (G_LIST_MODEL (loaded), 0);
  g_assert_cmpstr (phoenix_cv_variant_get_template (back), ==, "elegant");
  g_assert_cmpstr (phoenix_cv_variant_get_accent (back), ==, "#2f6b3a");
  g_assert_cmpstr (phoenix_cv_variant_get_font (back), ==, "carlito");
  g_assert_cmpstr (phoenix_cv_variant_get_spacing (back), ==, "compact");
  g_assert_true (phoenix_cv_variant_get_fit_one_page (back));

  copy = phoenix_cv_variant_duplicate (back, "Copie");
  g_assert_cmpstr (phoenix_cv_variant_get_accent (copy), ==, "#2f6b3a");
  g_assert_cmpstr (phoenix_cv_variant_get_font (copy), ==, "carlito");
  g_assert_true (phoenix_cv_variant_get_fit_one_page (copy));

  phoenix_cv_renderer_set_variant (renderer, back, profile);
  g_assert_cmpstr (phoenix_cv_renderer_get_template (renderer), ==, "elegant");
  g_assert_cmpint (phoenix_cv_renderer_get_n_pages (renderer), ==, 1);
  {
    cairo_surface_t *surface = render_first_page (renderer);

    g_assert_cmpuint (count_color (surface, 0x2f6b3a), >, 100);
    cairo_surface_destroy (surface);
  }

  phoenix_vault_lock (vault);
}

static char *
pdf_text (PhoenixCvRenderer *renderer,
          const char        *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_cv_renderer_export_pdf (renderer, path, NULL, &error));
  g_assert_no_error (error);
  return phoenix_test_run_tool (argv);
}

/* Skill levels chosen in the editor are stored in English and said in the CV's language. */
static void
test_skill_levels (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixSkill) skill = phoenix_skill_new ();
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  g_autofree char *path = g_build_filename (f->dir, "levels.pdf", NULL);
  g_autofree char *french = NULL;
  g_autofree char *english = NULL;

  phoenix_profile_set_name (profile, "Camille Martin");
  phoenix_skill_set_name (skill, "Python");
  phoenix_skill_set_level (skill, "Advanced");
  g_list_store_append (phoenix_profile_get_skills (profile), skill);
  phoenix_cv_renderer_set_profile (renderer, profile);

  french = pdf_text (renderer, path);
  g_assert_nonnull (strstr (french, "Python (avancé)"));
  phoenix_cv_renderer_set_language (renderer, "en");
  english = pdf_text (renderer, path);
  g_assert_nonnull (strstr (english, "Python (Advanced)"));
}

static cairo_status_t
append_png (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
red_square_png (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 64, 64);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgb (cr, 0.9, 0.1, 0.1);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_png, png);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

static guint
count_images (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = poppler_document_new_from_file (uri, NULL, &error);
  g_autoptr(PopplerPage) page = NULL;
  GList *images;
  guint n;

  g_assert_no_error (error);
  page = poppler_document_get_page (document, 0);
  images = poppler_page_get_image_mapping (page);
  n = g_list_length (images);
  poppler_page_free_image_mapping (images);
  return n;
}

/* The ATS template has no place for a photo, even when the CV shows one; the others draw it. */
static void
test_ats_template_no_photo (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(PhoenixProfile) profile = sample_profile ();
  g_autoptr(GBytes) photo = red_square_png ();
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  g_autofree char *path = g_build_filename (f->dir, "photo.pdf", NULL);
  g_autoptr(GError) error = NULL;

  phoenix_profile_set_photo (profile, photo);
  phoenix_cv_renderer_set_show_photo (renderer, TRUE);
  phoenix_cv_renderer_set_profile (renderer, profile);

  phoenix_cv_renderer_set_template (renderer, "classic");
  g_assert_true (phoenix_cv_renderer_export_pdf (renderer, path, NULL, &error));
  g_assert_cmpuint (count_images (path), ==, 1);

  phoenix_cv_renderer_set_template (renderer, "ats");
  g_assert_true (phoenix_cv_renderer_export_pdf (renderer, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_images (path), ==, 0);
}

/* The empty preview's test: nothing to show until a name, a way to reach you or an entry. */
static void
test_empty (void)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();

  g_assert_true (phoenix_cv_renderer_is_empty (renderer));
  phoenix_cv_renderer_set_profile (renderer, profile);
  g_assert_true (phoenix_cv_renderer_is_empty (renderer));
  phoenix_profile_set_email (profile, "camille@example.org");
  phoenix_cv_renderer_set_profile (renderer, profile);
  g_assert_false (phoenix_cv_renderer_is_empty (renderer));
  phoenix_profile_set_email (profile, "");
  phoenix_profile_set_name (profile, "Camille");
  phoenix_cv_renderer_set_profile (renderer, profile);
  g_assert_false (phoenix_cv_renderer_is_empty (renderer));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, phoenix_test_dir_setup, func, phoenix_test_dir_teardown)
  ADD ("/export/design/reading-order", test_reading_order);
  ADD ("/export/design/docx-round-trip", test_docx_round_trip);
  ADD ("/export/design/look", test_look);
  ADD ("/export/design/variant-look", test_variant_look);
  ADD ("/export/design/skill-levels", test_skill_levels);
  ADD ("/export/design/ats-template-no-photo", test_ats_template_no_photo);
#undef ADD
  g_test_add_func ("/export/design/thumbnails", test_thumbnails);
  g_test_add_func ("/export/design/fit-one-page", test_fit_one_page);
  g_test_add_func ("/export/design/empty", test_empty);

  return g_test_run ();
}
