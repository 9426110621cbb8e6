/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-pdf-import"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <string.h>
#include <unistd.h>

#include "phoenix-pdf-import.h"
#include "phoenix-pdf-reader.h"
#include "phoenix-sandbox.h"

/*
 * PDF tests on PDFs these tests draw with Cairo and Pango (fictional people
 * only), and hostile input through the sandboxed helper: the caller gets the
 * right error and carries on.
 */

#define PAGE_W 595.0
#define PAGE_H 842.0

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* PHOENIX_TEST_KEEP_PDFS=1 keeps the generated PDFs (their folder is logged). */
  f->dir = g_dir_make_tmp ("phoenix-pdf-XXXXXX", &error);
  if (g_getenv ("PHOENIX_TEST_KEEP_PDFS") != NULL)
    g_test_message ("PDFs in %s", f->dir);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  if (g_getenv ("PHOENIX_TEST_KEEP_PDFS") != NULL)
    {
      g_free (f->dir);
      return;
    }
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* ---- Drawing ----------------------------------------------------------- */

typedef struct
{
  cairo_t *cr;
  double   x;
  double   y;
  double   width;
} Pen;

static void
text_at (cairo_t    *cr,
         double      x,
         double      y,
         double      width,
         const char *font,
         guint32     color,
         const char *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);

  /* Sizes in points; one line per call (no wrapping). */
  pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
  pango_layout_context_changed (layout);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  cairo_set_source_rgb (cr, ((color >> 16) & 0xff) / 255.0, ((color >> 8) & 0xff) / 255.0, (color & 0xff) / 255.0);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (desc);
  g_object_unref (layout);
}

static void
pen_line (Pen        *pen,
          const char *font,
          guint32     color,
          const char *text,
          double      advance)
{
  text_at (pen->cr, pen->x, pen->y, pen->width, font, color, text);
  pen->y += advance;
}

/* A title on the left and a date flush right on the same row. */
static void
pen_title (Pen        *pen,
           const char *title,
           const char *date)
{
  text_at (pen->cr, pen->x, pen->y, pen->width, "DejaVu Sans Bold 10", 0x000000, title);
  {
    PangoLayout *layout = pango_cairo_create_layout (pen->cr);
    PangoFontDescription *desc = pango_font_description_from_string ("DejaVu Sans 9");
    int w, h;

    pango_cairo_context_set_resolution (pango_layout_get_context (layout), 72);
    pango_layout_context_changed (layout);
    pango_layout_set_font_description (layout, desc);
    pango_layout_set_text (layout, date, -1);
    pango_layout_get_size (layout, &w, &h);
    cairo_set_source_rgb (pen->cr, 0.3, 0.3, 0.3);
    cairo_move_to (pen->cr, pen->x + pen->width - w / (double) PANGO_SCALE, pen->y + 1);
    pango_cairo_show_layout (pen->cr, layout);
    pango_font_description_free (desc);
    g_object_unref (layout);
  }
  pen->y += 15;
}

#define HEADING "DejaVu Sans Bold 13"
#define BODY    "DejaVu Sans 10"
#define BLUE    0x1f4e79

static void
draw_experience (Pen *pen)
{
  pen_line (pen, HEADING, BLUE, "EXPÉRIENCES PROFESSIONNELLES", 22);
  pen_title (pen, "Responsable de rayon – Supermarché Exemple", "janv. 2018 – aujourd’hui");
  pen_line (pen, BODY, 0, "• Gestion d’une équipe de 8 personnes et des commandes", 14);
  pen_line (pen, BODY, 0, "• Hausse de 12 % du chiffre d’affaires du rayon frais", 20);
  pen_title (pen, "Employée polyvalente – Supérette Exemple", "09/2014 - 12/2017");
  pen_line (pen, BODY, 0, "• Caisse, mise en rayon, inventaires", 24);
}

static void
draw_education (Pen *pen)
{
  pen_line (pen, HEADING, BLUE, "FORMATION", 22);
  pen_title (pen, "BTS Management commercial – Lycée Exemple, Tours", "2012 – 2014");
  pen_title (pen, "Baccalauréat STMG – Lycée Exemple, Blois", "2012");
  pen->y += 10;
}

static void
draw_header (Pen *pen)
{
  pen_line (pen, "DejaVu Sans Bold 24", 0, "Nadia Exemple", 34);
  pen_line (pen, "DejaVu Sans 12", 0x555555, "Future développeuse web, dix ans de commerce", 20);
  pen_line (pen, "DejaVu Sans 9", 0, "nadia.exemple@example.fr · 06 12 34 56 78 · Tours, France", 28);
}

static char *
make_pdf (Fixture    *f,
          const char *name,
          const char *layout)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_W, PAGE_H);
  cairo_t *cr = cairo_create (surface);
  Pen pen = { cr, 50, 40, PAGE_W - 100 };

  if (g_str_equal (layout, "one-column"))
    {
      draw_header (&pen);
      draw_experience (&pen);
      draw_education (&pen);
      pen_line (&pen, HEADING, BLUE, "LANGUES", 22);
      pen_line (&pen, BODY, 0, "Français : langue maternelle", 14);
      pen_line (&pen, BODY, 0, "Anglais : B2", 24);
      pen_line (&pen, HEADING, BLUE, "CENTRES D’INTÉRÊT", 22);
      pen_line (&pen, BODY, 0, "Course à pied, cuisine, jeux de société", 14);
    }
  else if (g_str_equal (layout, "sidebar"))
    {
      /* A coloured sidebar on the left with its own rhythm. */
      Pen side = { cr, 30, 200, 150 };

      cairo_set_source_rgb (cr, 0.92, 0.94, 0.97);
      cairo_rectangle (cr, 0, 0, 200, PAGE_H);
      cairo_fill (cr);
      pen_line (&side, "DejaVu Sans Bold 12", BLUE, "CONTACT", 24);
      pen_line (&side, "DejaVu Sans 8", 0, "nadia.exemple@example.fr", 16);
      pen_line (&side, "DejaVu Sans 8", 0, "+33 6 12 34 56 78", 16);
      pen_line (&side, "DejaVu Sans 8", 0, "Tours, France", 34);
      pen_line (&side, "DejaVu Sans Bold 12", BLUE, "COMPÉTENCES", 24);
      pen_line (&side, "DejaVu Sans 8", 0, "HTML, CSS, JavaScript", 16);
      pen_line (&side, "DejaVu Sans 8", 0, "Gestion d’équipe", 34);
      pen_line (&side, "DejaVu Sans Bold 12", BLUE, "LANGUES", 24);
      pen_line (&side, "DejaVu Sans 8", 0, "Anglais – courant", 16);
      pen_line (&side, "DejaVu Sans 8", 0, "Espagnol – notions", 16);

      pen.x = 230;
      pen.width = PAGE_W - 230 - 40;
      pen_line (&pen, "DejaVu Sans Bold 24", 0, "Nadia Exemple", 34);
      pen_line (&pen, "DejaVu Sans 12", 0x555555, "Future développeuse web", 40);
      pen.y = 200;
      draw_experience (&pen);
      draw_education (&pen);
    }
  else if (g_str_equal (layout, "two-pages"))
    {
      draw_header (&pen);
      draw_experience (&pen);
      text_at (cr, 50, PAGE_H - 40, 300, "DejaVu Sans 7", 0x777777, "Nadia Exemple – CV");
      text_at (cr, PAGE_W - 80, PAGE_H - 40, 40, "DejaVu Sans 7", 0x777777, "1/2");
      cairo_show_page (cr);
      pen.y = 50;
      pen_title (&pen, "Vendeuse saisonnière – Boutique Exemple", "juin 2013 – août 2013");
      pen_line (&pen, BODY, 0, "• Conseil à la clientèle", 24);
      draw_education (&pen);
      text_at (cr, 50, PAGE_H - 40, 300, "DejaVu Sans 7", 0x777777, "Nadia Exemple – CV");
      text_at (cr, PAGE_W - 80, PAGE_H - 40, 40, "DejaVu Sans 7", 0x777777, "2/2");
    }
  else if (g_str_equal (layout, "images-only"))
    {
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      for (int i = 0; i < 40; i++)
        {
          cairo_rectangle (cr, 50, 50 + i * 18, 300 + (i * 37) % 200, 8);
          cairo_fill (cr);
        }
    }
  else if (g_str_has_prefix (layout, "pages:"))
    {
      int n = atoi (layout + 6);
      for (int i = 0; i < n; i++)
        {
          g_autofree char *line = g_strdup_printf ("Page %d of a very long document", i + 1);
          text_at (cr, 50, 50, 400, BODY, 0, line);
          text_at (cr, 50, 70, 400, BODY, 0, "Lorem ipsum dolor sit amet, consectetur adipiscing elit.");
          cairo_show_page (cr);
        }
    }
  else
    g_assert_not_reached ();

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_steal_pointer (&path);
}

static char *
write_file (Fixture    *f,
            const char *name,
            const void *data,
            gsize       size)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, (gssize) size, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&path);
}

/* ---- Running the import ------------------------------------------------- */

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static PhoenixCvParse *
run_import (PhoenixPdfImport  *import,
            const char        *path,
            const char        *password,
            GError           **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;

  if (phoenix_pdf_import_get_helper_path (import) == NULL || g_getenv ("PHOENIX_IMPORT_HELPER") == NULL)
    phoenix_pdf_import_set_helper_path (import, HELPER_PATH);
  phoenix_pdf_import_run_async (import, file, password, NULL, import_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return phoenix_pdf_import_run_finish (import, result, error);
}

static JsonNode *
read_in_process (const char  *path,
                 const char  *password,
                 GError     **error)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  return phoenix_pdf_reader_read (bytes, password, TRUE, error);
}

static const char *
basics_string (JsonObject *profile,
               const char *member)
{
  JsonObject *basics = json_object_get_object_member (profile, "basics");
  return json_object_get_string_member_with_default (basics, member, NULL);
}

static guint
array_length (JsonObject *profile,
              const char *member)
{
  if (!json_object_has_member (profile, member))
    return 0;
  return json_array_get_length (json_object_get_array_member (profile, member));
}

static void
assert_sections (JsonArray          *sections,
                 const char * const *expected)
{
  guint n = g_strv_length ((GStrv) expected);

  for (guint i = 0; i < json_array_get_length (sections); i++)
    g_test_message ("section %u: %s", i, json_array_get_string_element (sections, i));
  g_assert_cmpuint (json_array_get_length (sections), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (json_array_get_string_element (sections, i), ==, expected[i]);
}

/* ---- Generated CVs -------------------------------------------------------- */

static void
test_one_column (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *path = make_pdf (f, "one-column.pdf", "one-column");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = read_in_process (path, NULL, &error);
  JsonObject *root, *profile, *job;
  static const char * const expected[] = {
    "EXPÉRIENCES PROFESSIONNELLES", "FORMATION", "LANGUES", "CENTRES D’INTÉRÊT", NULL,
  };

  g_assert_no_error (error);
  root = json_node_get_object (node);
  profile = json_object_get_object_member (root, "profile");
  g_assert_cmpint (json_object_get_int_member (root, "pages"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "lines")), >, 15);
  assert_sections (json_object_get_array_member (root, "sections"), expected);
  g_assert_cmpstr (basics_string (profile, "name"), ==, "Nadia Exemple");
  g_assert_cmpstr (basics_string (profile, "email"), ==, "nadia.exemple@example.fr");
  g_assert_cmpstr (basics_string (profile, "phone"), ==, "06 12 34 56 78");
  g_assert_cmpstr (basics_string (profile, "label"), ==, "Future développeuse web, dix ans de commerce");
  g_assert_cmpuint (array_length (profile, "work"), ==, 2);
  g_assert_cmpuint (array_length (profile, "education"), ==, 2);
  g_assert_cmpuint (array_length (profile, "languages"), ==, 2);
  job = json_array_get_object_element (json_object_get_array_member (profile, "work"), 0);
  g_assert_cmpstr (json_object_get_string_member (job, "position"), ==, "Responsable de rayon");
  g_assert_cmpstr (json_object_get_string_member (job, "name"), ==, "Supermarché Exemple");
  g_assert_cmpstr (json_object_get_string_member (job, "startDate"), ==, "2018-01");
  g_assert_false (json_object_has_member (job, "endDate"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (job, "highlights")), ==, 2);
}

static void
test_sidebar (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = make_pdf (f, "sidebar.pdf", "sidebar");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = read_in_process (path, NULL, &error);
  JsonObject *root, *profile;
  static const char * const expected[] = {
    "CONTACT", "COMPÉTENCES", "LANGUES", "EXPÉRIENCES PROFESSIONNELLES", "FORMATION", NULL,
  };

  g_assert_no_error (error);
  root = json_node_get_object (node);
  profile = json_object_get_object_member (root, "profile");
  assert_sections (json_object_get_array_member (root, "sections"), expected);
  g_assert_cmpstr (basics_string (profile, "name"), ==, "Nadia Exemple");
  g_assert_cmpstr (basics_string (profile, "email"), ==, "nadia.exemple@example.fr");
  g_assert_cmpstr (basics_string (profile, "phone"), ==, "+33 6 12 34 56 78");
  g_assert_cmpuint (array_length (profile, "work"), ==, 2);
  g_assert_cmpuint (array_length (profile, "education"), ==, 2);
  g_assert_cmpuint (array_length (profile, "languages"), ==, 2);
  g_assert_cmpuint (array_length (profile, "skills"), >=, 3);
}

static void
test_two_pages (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = make_pdf (f, "two-pages.pdf", "two-pages");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = read_in_process (path, NULL, &error);
  JsonObject *root, *profile;
  JsonArray *unassigned;
  static const char * const expected[] = { "EXPÉRIENCES PROFESSIONNELLES", "FORMATION", NULL };

  g_assert_no_error (error);
  root = json_node_get_object (node);
  profile = json_object_get_object_member (root, "profile");
  g_assert_cmpint (json_object_get_int_member (root, "pages"), ==, 2);
  assert_sections (json_object_get_array_member (root, "sections"), expected);
  /* The job on page 2 joins the section begun on page 1. */
  g_assert_cmpuint (array_length (profile, "work"), ==, 3);
  g_assert_cmpuint (array_length (profile, "education"), ==, 2);
  unassigned = json_object_get_array_member (root, "unassigned");
  for (guint i = 0; i < json_array_get_length (unassigned); i++)
    {
      const char *text = json_array_get_string_element (unassigned, i);
      g_assert_null (strstr (text, "Nadia Exemple – CV"));
      g_assert_null (strstr (text, "2/2"));
    }
}

/* The same CV through the sandboxed helper gives the same profile. */
static void
test_through_helper (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = make_pdf (f, "one-column.pdf", "one-column");
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = run_import (import, path, NULL, &error);
  g_autoptr(JsonNode) direct = read_in_process (path, NULL, NULL);
  g_autoptr(JsonNode) a = NULL;
  g_autoptr(JsonNode) b = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (parse);
  g_test_message ("sandboxed: %s", phoenix_pdf_import_get_sandboxed (import) ? "yes" : "no");
  {
    g_autofree char *bwrap = g_find_program_in_path ("bwrap");

    if (bwrap == NULL)
      g_assert_false (phoenix_pdf_import_get_sandboxed (import));
  }
  a = json_node_init_object (json_node_alloc (), phoenix_cv_parse_get_profile (parse));
  b = json_node_ref (json_object_get_member (json_node_get_object (direct), "profile"));
  g_assert_true (json_node_equal (a, b));
  g_assert_cmpfloat (phoenix_cv_parse_get_field_confidence (parse, "/basics/email"), >, 0.9);
}

/* ---- Hostile input ------------------------------------------------------- */

static void
assert_import_error (Fixture              *f,
                     const char           *path,
                     const char           *password,
                     PhoenixPdfImportError code)
{
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;

  phoenix_pdf_import_set_timeout (import, 20);
  parse = run_import (import, path, password, &error);
  g_assert_null (parse);
  g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, (int) code);
  g_assert_cmpstr (error->message, !=, "");
  g_test_message ("%s: %s", path, error->message);
}

static void
test_random_bytes (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  guint8 bytes[4096];
  g_autofree char *path = NULL;
  g_autofree char *headed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = NULL;

  for (gsize i = 0; i < sizeof bytes; i++)
    bytes[i] = (guint8) g_rand_int_range (rand, 0, 256);
  path = write_file (f, "random.pdf", bytes, sizeof bytes);
  assert_import_error (f, path, NULL, PHOENIX_PDF_IMPORT_ERROR_NOT_PDF);

  /* Random bytes behind a PDF header: damaged. */
  memcpy (bytes, "%PDF-1.7\n", 9);
  headed = write_file (f, "headed.pdf", bytes, sizeof bytes);
  assert_import_error (f, headed, NULL, PHOENIX_PDF_IMPORT_ERROR_DAMAGED);

  node = read_in_process (path, NULL, &error);
  g_assert_null (node);
  g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_NOT_PDF);
}

static void
test_not_a_pdf (Fixture       *f,
                gconstpointer  data)
{
  const char *text = "Nadia Exemple\nResponsable de rayon\n";
  g_autofree char *path = write_file (f, "cv.pdf", text, strlen (text));
  g_autofree char *empty = write_file (f, "empty.pdf", "", 0);

  assert_import_error (f, path, NULL, PHOENIX_PDF_IMPORT_ERROR_NOT_PDF);
  assert_import_error (f, empty, NULL, PHOENIX_PDF_IMPORT_ERROR_NOT_PDF);
}

static void
test_truncated (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = make_pdf (f, "whole.pdf", "one-column");
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autofree char *head = NULL;
  g_autofree char *half = NULL;
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  head = write_file (f, "head.pdf", contents, 300);
  assert_import_error (f, head, NULL, PHOENIX_PDF_IMPORT_ERROR_DAMAGED);

  /* Half a file: Poppler may rebuild some of it; whatever it finds, the
   * caller gets a result or a clear error. */
  half = write_file (f, "half.pdf", contents, length / 2);
  parse = run_import (import, half, NULL, &error);
  g_assert_true ((parse != NULL) != (error != NULL));
  if (error != NULL)
    g_assert_true (error->domain == PHOENIX_PDF_IMPORT_ERROR
                   && error->code != PHOENIX_PDF_IMPORT_ERROR_CRASHED
                   && error->code != PHOENIX_PDF_IMPORT_ERROR_TIMEOUT);
}

static void
test_no_text (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = make_pdf (f, "scan.pdf", "images-only");
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = run_import (import, path, NULL, &error);

  g_assert_null (parse);
  g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_NO_TEXT);
  g_assert_nonnull (strstr (error->message, "OCR"));
}

static void
test_too_many_pages (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = make_pdf (f, "long.pdf", "pages:1000");
  g_autofree char *ok = make_pdf (f, "ok.pdf", "pages:3");
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;

  assert_import_error (f, path, NULL, PHOENIX_PDF_IMPORT_ERROR_TOO_LARGE);
  parse = run_import (import, ok, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (parse);
}

static char *
encrypted_pdf (Fixture *f)
{
  return g_build_filename (g_getenv ("PHOENIX_SOURCE_DIR") != NULL ? g_getenv ("PHOENIX_SOURCE_DIR") : SOURCE_DIR,
                           "tests", "data", "encrypted-cv.pdf", NULL);
}

static void
test_encrypted (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *path = encrypted_pdf (f);
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;
  JsonObject *basics;

  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  assert_import_error (f, path, NULL, PHOENIX_PDF_IMPORT_ERROR_ENCRYPTED);
  assert_import_error (f, path, "wrong password", PHOENIX_PDF_IMPORT_ERROR_ENCRYPTED);

  /* The right password (given on the helper's stdin) opens it. */
  parse = run_import (import, path, "phoenix-test", &error);
  g_assert_no_error (error);
  basics = json_object_get_object_member (phoenix_cv_parse_get_profile (parse), "basics");
  g_assert_cmpstr (json_object_get_string_member (basics, "name"), ==, "Nadia Exemple");
}

static void
test_helper_crash (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = make_pdf (f, "cv.pdf", "one-column");
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;

  g_setenv ("PHOENIX_IMPORT_HELPER_TEST_CRASH", "1", TRUE);
  assert_import_error (f, path, NULL, PHOENIX_PDF_IMPORT_ERROR_CRASHED);
  g_unsetenv ("PHOENIX_IMPORT_HELPER_TEST_CRASH");

  /* The caller carries on: the next import works. */
  parse = run_import (import, path, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (parse);
}

static void
test_helper_hang (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = make_pdf (f, "cv.pdf", "one-column");
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;

  g_setenv ("PHOENIX_IMPORT_HELPER_TEST_HANG", "1", TRUE);
  phoenix_pdf_import_set_timeout (import, 2);
  parse = run_import (import, path, NULL, &error);
  g_unsetenv ("PHOENIX_IMPORT_HELPER_TEST_HANG");
  g_assert_null (parse);
  g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_TIMEOUT);
}

/* An address-space limit too small to run the reader: an error, not a crash of the caller. */
static void
test_memory_limit (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = make_pdf (f, "cv.pdf", "one-column");
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;

  if (PHOENIX_SANDBOX_ASAN)
    {
      /* AddressSanitizer's shadow needs terabytes of address space: no address-space limit can hold
       * for a sanitized helper (test-sandbox says the same); the gcc run tests the limit. */
      g_test_skip ("AddressSanitizer: no memory limit holds for a sanitized helper");
      return;
    }
  phoenix_pdf_import_set_memory_limit (import, 16 * 1024 * 1024);
  parse = run_import (import, path, NULL, &error);
  g_assert_null (parse);
  g_assert_true (g_error_matches (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_CRASHED)
                 || g_error_matches (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_FAILED));
}

static void
test_missing_helper (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = make_pdf (f, "cv.pdf", "one-column");
  g_autofree char *missing = g_build_filename (f->dir, "no-such-helper", NULL);
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autofree char *nowhere = g_build_filename (f->dir, "nowhere.pdf", NULL);
  g_autoptr(GFile) no_file = g_file_new_for_path (nowhere);

  phoenix_pdf_import_set_helper_path (import, missing);
  phoenix_pdf_import_set_sandbox (import, FALSE);
  phoenix_pdf_import_run_async (import, file, NULL, NULL, import_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  parse = phoenix_pdf_import_run_finish (import, result, &error);
  g_assert_null (parse);
  g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_FAILED);

  /* A file that does not exist. */
  g_clear_error (&error);
  g_clear_object (&result);
  phoenix_pdf_import_set_helper_path (import, HELPER_PATH);
  phoenix_pdf_import_run_async (import, no_file, NULL, NULL, import_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  parse = phoenix_pdf_import_run_finish (import, result, &error);
  g_assert_null (parse);
  g_assert_error (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_FAILED);
}

static void
cancel_cb (gpointer user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
}

static void
test_cancel (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = make_pdf (f, "cv.pdf", "one-column");
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;

  g_setenv ("PHOENIX_IMPORT_HELPER_TEST_HANG", "1", TRUE);
  phoenix_pdf_import_set_helper_path (import, HELPER_PATH);
  phoenix_pdf_import_run_async (import, file, NULL, cancellable, import_done_cb, &result);
  g_timeout_add_once (300, cancel_cb, cancellable);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_unsetenv ("PHOENIX_IMPORT_HELPER_TEST_HANG");
  parse = phoenix_pdf_import_run_finish (import, result, &error);
  g_assert_null (parse);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

/* ---- Cancelling at any moment ------------------------------------------- */

/*
 * Cancels imports at many moments (before the call, right after it, at the next
 * iteration, after 1 to 500 ms, from another thread), with a helper that hangs
 * and with one that reads a real PDF: each import ends, exactly once, with
 * CANCELLED (or its result when it finished first), leaves no process
 * behind (the helper's processes carry a marker in their environment) and
 * leaks nothing (file descriptors, the tasks holding the importer).
 */

/* Through the cleared environment: the helper gets the PHOENIX_IMPORT_HELPER_TEST_ switches only. */
#define CANCEL_MARKER "PHOENIX_IMPORT_HELPER_TEST_CANCEL_MARKER"

typedef struct
{
  guint         calls;
  GAsyncResult *result;
} CancelRun;

typedef struct
{
  GCancellable *cancellable;
  guint         delay_ms;
} CancelLater;

static void
cancel_run_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  CancelRun *run = user_data;

  run->calls++;
  g_set_object (&run->result, result);
}

static gpointer
cancel_thread (gpointer user_data)
{
  CancelLater *later = user_data;

  g_usleep (later->delay_ms * 1000);
  g_cancellable_cancel (later->cancellable);
  return NULL;
}

static gboolean
cancel_source_cb (gpointer user_data)
{
  g_cancellable_cancel (G_CANCELLABLE (user_data));
  return G_SOURCE_REMOVE;
}

static gboolean
set_flag_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates the main context until @run's callback ran, or for at most @ms. */
static void
wait_for_call (CancelRun *run,
               guint      ms)
{
  gboolean expired = FALSE;
  guint id = g_timeout_add (ms, set_flag_cb, &expired);

  while (run->calls == 0 && !expired)
    g_main_context_iteration (NULL, TRUE);
  if (!expired)
    g_source_remove (id);
}

static guint
count_open_fds (void)
{
  g_autoptr(GDir) dir = g_dir_open ("/proc/self/fd", 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

/* Living processes other than this one whose environment holds @marker
 * (a zombie has no environment left), and this process's children (zombies
 * too: a child the importer did not wait for). */
static void
count_processes (const char *marker,
                 guint      *n_marked,
                 guint      *n_children)
{
  g_autoptr(GDir) proc = g_dir_open ("/proc", 0, NULL);
  const char *name;
  pid_t self = getpid ();

  *n_marked = *n_children = 0;
  g_assert_nonnull (proc);
  while ((name = g_dir_read_name (proc)) != NULL)
    {
      g_autofree char *environ_path = NULL;
      g_autofree char *stat_path = NULL;
      g_autofree char *contents = NULL;
      gsize length = 0;
      char *end = NULL;
      gint64 pid = g_ascii_strtoll (name, &end, 10);

      if (end == name || *end != '\0' || pid == self)
        continue;
      stat_path = g_build_filename ("/proc", name, "stat", NULL);
      if (g_file_get_contents (stat_path, &contents, &length, NULL))
        {
          const char *paren = strrchr (contents, ')');
          char state;
          int ppid;

          if (paren != NULL && sscanf (paren + 1, " %c %d", &state, &ppid) == 2 && ppid == self)
            (*n_children)++;
        }
      g_clear_pointer (&contents, g_free);
      environ_path = g_build_filename ("/proc", name, "environ", NULL);
      if (!g_file_get_contents (environ_path, &contents, &length, NULL))
        continue;
      for (const char *p = contents; p < contents + length; p += strlen (p) + 1)
        if (g_str_equal (p, marker))
          {
            (*n_marked)++;
            break;
          }
    }
}

/* Waits a little for the killed sandbox to finish dying; TRUE once no marked process is left. */
static gboolean
marked_processes_gone (const char *marker,
                       guint      *n_children)
{
  guint n_marked = 0;

  for (int i = 0; i < 200; i++)
    {
      count_processes (marker, &n_marked, n_children);
      if (n_marked == 0)
        return TRUE;
      g_usleep (10 * 1000);
    }
  return FALSE;
}

static void
stress_cancel (Fixture    *f,
               const char *path,
               gboolean    hang,
               gboolean    sandbox,
               guint       iterations)
{
  /* < 0: cancelled before the call (-2) or right after it returns (-1);
   * 0: at the next iteration; else after that many milliseconds (500: a
   * real PDF is read by then). */
  static const int delays[] = { -2, -1, 0, 1, 2, 5, 10, 20, 50, 100, 500 };
  g_autofree char *marker = g_strdup_printf ("%s=%d-%s-%s", CANCEL_MARKER, (int) getpid (),
                                             hang ? "hang" : "pdf", sandbox ? "bwrap" : "direct");
  g_autofree char *marker_value = g_strdup (strchr (marker, '=') + 1);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree CancelRun *runs = g_new0 (CancelRun, iterations);
  PhoenixPdfImport *import = phoenix_pdf_import_new ();
  gpointer weak = import;
  gboolean settled = FALSE;
  guint n_cancelled = 0, n_done = 0, n_marked = 0, n_children = 0;
  guint fds_before;

  g_object_add_weak_pointer (G_OBJECT (import), &weak);
  phoenix_pdf_import_set_helper_path (import, HELPER_PATH);
  phoenix_pdf_import_set_sandbox (import, sandbox);
  phoenix_pdf_import_set_timeout (import, 20);
  g_setenv (CANCEL_MARKER, marker_value, TRUE);
  if (hang)
    g_setenv ("PHOENIX_IMPORT_HELPER_TEST_HANG", "1", TRUE);

  /* The marker finds the helper while it runs (so that its absence means
   * something), and that first run opens whatever GLib keeps open. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    CancelRun first = { 0, NULL };
    guint seen = 0;

    phoenix_pdf_import_run_async (import, file, NULL, cancellable, cancel_run_done_cb, &first);
    for (int i = 0; i < 200 && seen == 0 && first.calls == 0; i++)
      {
        g_main_context_iteration (NULL, FALSE);
        count_processes (marker, &seen, &n_children);
        if (seen == 0)
          g_usleep (10 * 1000);
      }
    if (hang)
      g_assert_cmpuint (seen, >, 0);
    g_cancellable_cancel (cancellable);
    wait_for_call (&first, 10000);
    g_assert_cmpuint (first.calls, ==, 1);
    g_clear_object (&first.result);
    g_assert_true (marked_processes_gone (marker, &n_children));
  }
  g_test_message ("sandboxed: %s", phoenix_pdf_import_get_sandboxed (import) ? "yes" : "no");
  if (!sandbox)
    g_assert_false (phoenix_pdf_import_get_sandboxed (import));
  /* Once that first run has let go of its pipes. */
  g_timeout_add (100, set_flag_cb, &settled);
  while (!settled)
    g_main_context_iteration (NULL, TRUE);
  settled = FALSE;
  fds_before = count_open_fds ();

  for (guint i = 0; i < iterations; i++)
    {
      g_autoptr(GCancellable) cancellable = g_cancellable_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(PhoenixCvParse) parse = NULL;
      g_autoptr(GThread) thread = NULL;
      int delay = delays[i % G_N_ELEMENTS (delays)];
      gboolean from_thread = (i / G_N_ELEMENTS (delays)) % 3 == 1 && delay >= 0;
      CancelLater later = { cancellable, (guint) MAX (delay, 0) };
      CancelRun *run = &runs[i];
      guint source_id = 0;

      if (delay == -2)
        g_cancellable_cancel (cancellable);
      if (from_thread)
        thread = g_thread_new ("cancel", cancel_thread, &later);
      phoenix_pdf_import_run_async (import, file, NULL, cancellable, cancel_run_done_cb, run);
      if (delay == -1)
        g_cancellable_cancel (cancellable);
      else if (delay >= 0 && !from_thread)
        source_id = g_timeout_add_full (G_PRIORITY_DEFAULT, (guint) delay, cancel_source_cb,
                                        g_object_ref (cancellable), g_object_unref);

      /* Ends in bounded time (a generous bound: this only catches a hang). */
      wait_for_call (run, 10000);
      g_assert_cmpuint (run->calls, ==, 1);
      parse = phoenix_pdf_import_run_finish (import, run->result, &error);
      /* Finished first: a late cancel changes nothing. */
      if (thread != NULL)
        g_thread_join (g_steal_pointer (&thread));
      else if (source_id != 0 && !g_cancellable_is_cancelled (cancellable))
        g_source_remove (source_id);
      g_cancellable_cancel (cancellable);

      if (parse != NULL)
        {
          JsonObject *basics = json_object_get_object_member (phoenix_cv_parse_get_profile (parse), "basics");

          g_assert_false (hang);
          g_assert_no_error (error);
          g_assert_cmpstr (json_object_get_string_member (basics, "name"), ==, "Nadia Exemple");
          n_done++;
        }
      else
        {
          g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
          n_cancelled++;
        }
      g_clear_object (&run->result);

      /* The helper's own process was waited for; what it started is gone too. */
      count_processes (marker, &n_marked, &n_children);
      g_assert_cmpuint (n_children, ==, 0);
      if (n_marked > 0)
        g_assert_true (marked_processes_gone (marker, &n_children));
      g_assert_cmpuint (n_children, ==, 0);
    }
  g_test_message ("%u cancelled, %u finished first", n_cancelled, n_done);
  if (hang)
    g_assert_cmpuint (n_cancelled, ==, iterations);
  else
    g_assert_cmpuint (n_cancelled, >, 0);

  /* Nothing completes twice, even a while later. */
  g_timeout_add (100, set_flag_cb, &settled);
  while (!settled)
    g_main_context_iteration (NULL, TRUE);
  for (guint i = 0; i < iterations; i++)
    g_assert_cmpuint (runs[i].calls, ==, 1);

  /* Every task let go of the importer, and of the pipes. */
  g_object_unref (import);
  for (int i = 0; i < 300 && weak != NULL; i++)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (10 * 1000);
  g_assert_null (weak);
  g_assert_cmpuint (count_open_fds (), <=, fds_before);

  g_unsetenv ("PHOENIX_IMPORT_HELPER_TEST_HANG");
  g_unsetenv (CANCEL_MARKER);
}

static void
test_cancel_stress_hang (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *path = make_pdf (f, "cv.pdf", "one-column");

  stress_cancel (f, path, TRUE, TRUE, 30);
}

static void
test_cancel_stress_pdf (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = make_pdf (f, "cv.pdf", "one-column");

  stress_cancel (f, path, FALSE, TRUE, 30);
}

/* Without bwrap: the helper is the only process (still killed with its group). */
static void
test_cancel_stress_direct (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *path = make_pdf (f, "cv.pdf", "one-column");

  stress_cancel (f, path, TRUE, FALSE, 10);
}

/* phoenix-cli import-pdf: one JSON object on stdout; unreadable input: a
 * message on stderr and a non-zero exit. */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *path = make_pdf (f, "cv.pdf", "one-column");
  g_autofree char *junk = write_file (f, "junk.pdf", "not a pdf", 9);
  g_autofree char *missing = g_build_filename (f->dir, "missing.pdf", NULL);
  const char *argv_ok[] = { CLI_PATH, "import-pdf", path, NULL };
  const char *argv_junk[] = { CLI_PATH, "import-pdf", junk, NULL };
  const char *argv_missing[] = { CLI_PATH, "import-pdf", missing, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;

  /* phoenix-cli reads PDFs through the sandboxed helper, as the app does. */
  g_setenv ("PHOENIX_IMPORT_HELPER", HELPER_PATH, TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) argv_ok, NULL, 0, NULL, NULL, &out, &err, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_has_member (root, "sections"));
  g_assert_true (json_object_has_member (root, "profile"));
  g_assert_true (json_object_has_member (root, "unassigned"));
  g_assert_false (json_object_has_member (root, "lines"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (json_object_get_object_member (root, "profile"), "basics"), "email"),
                   ==, "nadia.exemple@example.fr");

  for (int i = 0; i < 2; i++)
    {
      const char **argv = i == 0 ? argv_junk : argv_missing;
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, 0, NULL, NULL, &out, &err, &status, NULL));
      g_assert_false (g_spawn_check_wait_status (status, NULL));
      g_assert_cmpstr (out, ==, "");
      g_assert_cmpstr (err, !=, "");
    }
  g_unsetenv ("PHOENIX_IMPORT_HELPER");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("PHOENIX_IMPORT_HELPER");

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/pdf-import/generated/one-column", test_one_column);
  ADD ("/pdf-import/generated/sidebar", test_sidebar);
  ADD ("/pdf-import/generated/two-pages", test_two_pages);
  ADD ("/pdf-import/generated/through-helper", test_through_helper);
  ADD ("/pdf-import/hostile/random-bytes", test_random_bytes);
  ADD ("/pdf-import/hostile/not-a-pdf", test_not_a_pdf);
  ADD ("/pdf-import/hostile/truncated", test_truncated);
  ADD ("/pdf-import/hostile/no-text", test_no_text);
  ADD ("/pdf-import/hostile/too-many-pages", test_too_many_pages);
  ADD ("/pdf-import/hostile/encrypted", test_encrypted);
  ADD ("/pdf-import/hostile/helper-crash", test_helper_crash);
  ADD ("/pdf-import/hostile/helper-hang", test_helper_hang);
  ADD ("/pdf-import/hostile/memory-limit", test_memory_limit);
  ADD ("/pdf-import/hostile/missing-helper", test_missing_helper);
  ADD ("/pdf-import/hostile/cancel", test_cancel);
  ADD ("/pdf-import/hostile/cancel-stress-hang", test_cancel_stress_hang);
  ADD ("/pdf-import/hostile/cancel-stress-pdf", test_cancel_stress_pdf);
  ADD ("/pdf-import/hostile/cancel-stress-direct", test_cancel_stress_direct);
  ADD ("/pdf-import/cli", test_cli);
#undef ADD

  return g_test_run ();
}
