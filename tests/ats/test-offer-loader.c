/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-offer-loader"

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "phoenix-job-offer.h"
#include "phoenix-test-ats.h"
#include "phoenix-test-util.h"

/*
 * Where offers come from: text and HTML files, PDFs drawn here with Cairo and
 * read through the sandboxed import helper ($PHOENIX_IMPORT_HELPER) and by
 * phoenix-cli (CLI_PATH), files too large to be an offer.
 */

static PhoenixTaxonomy *taxonomy;
static PhoenixSkillExtractor *extractor;

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

static void
test_offer_pdf (void)
{
  g_autofree char *dir = phoenix_test_make_tmp_dir ("phoenix-ats-pdf-XXXXXX");
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
  required_text = phoenix_test_offer_skill_ids (from_text, TRUE);
  required_pdf = phoenix_test_offer_skill_ids (from_pdf, TRUE);
  nice_text = phoenix_test_offer_skill_ids (from_text, FALSE);
  nice_pdf = phoenix_test_offer_skill_ids (from_pdf, FALSE);
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
  g_autofree char *dir = phoenix_test_make_tmp_dir ("phoenix-ats-pdf-XXXXXX");
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
  g_autofree char *dir = phoenix_test_make_tmp_dir ("phoenix-ats-pdf-XXXXXX");
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
  g_autofree char *dir = phoenix_test_make_tmp_dir ("phoenix-ats-pdf-XXXXXX");
  g_autofree char *pdf_path = g_build_filename (dir, "offre.pdf", NULL);
  g_autofree char *txt_path = g_build_filename (dir, "offre.txt", NULL);
  g_autofree char *resume_relative = g_build_filename ("tests", "data", "ats", "cv-developpeur.json", NULL);
  g_autofree char *resume = phoenix_test_source_path (resume_relative);
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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  phoenix_test_ats_init (&taxonomy, &extractor);

  g_test_add_func ("/ats/offer/pdf-like-its-text", test_offer_pdf);
  g_test_add_func ("/ats/offer/pdf-errors", test_offer_pdf_errors);
  g_test_add_func ("/ats/offer/too-long", test_offer_too_long);
  g_test_add_func ("/ats/offer/pdf-cli", test_offer_pdf_cli);

  return phoenix_test_ats_run (&taxonomy, &extractor);
}
