/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <poppler.h>

#include "phoenix-cv-renderer.h"
#include "phoenix-cv-variant.h"
#include "phoenix-json-resume.h"
#include "phoenix-photo.h"
#include "phoenix-profile-entries.h"
#include "phoenix-test-util.h"
#include "phoenix-test-vault.h"

/* The CV photo: prepared for the vault (phoenix-photo.c), kept per CV
 * (show-photo), drawn by the PDF renderer and the preview. Every image here is
 * drawn by the test: a made-up gradient, never a person. */

/* Poppler 22.02 has no autoptr declarations. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)


typedef PhoenixTestDir Fixture;

/* A diagonal gradient, red to blue; @transparent: its top-left quarter clear. */
static GdkPixbuf *
new_gradient (int      width,
              int      height,
              gboolean alpha,
              gboolean transparent)
{
  GdkPixbuf *pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, alpha, 8, width, height);
  int n_channels = gdk_pixbuf_get_n_channels (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);
  guint8 *pixels = gdk_pixbuf_get_pixels (pixbuf);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        guint8 *p = pixels + y * stride + x * n_channels;
        double t = (double) (x + y) / (width + height);

        p[0] = (guint8) (220 * (1 - t));
        p[1] = 90;
        p[2] = (guint8) (220 * t);
        if (alpha)
          p[3] = transparent && x < width / 2 && y < height / 2 ? 0 : 0xff;
      }

  return pixbuf;
}

static GBytes *
encode (GdkPixbuf  *pixbuf,
        const char *type)
{
  g_autoptr(GError) error = NULL;
  char *buffer = NULL;
  gsize size = 0;

  g_assert_true (gdk_pixbuf_save_to_buffer (pixbuf, &buffer, &size, type, &error, NULL));
  g_assert_no_error (error);

  return g_bytes_new_take (buffer, size);
}

static GBytes *
gradient_jpeg (int width,
               int height)
{
  g_autoptr(GdkPixbuf) pixbuf = new_gradient (width, height, FALSE, FALSE);

  return encode (pixbuf, "jpeg");
}

static GdkPixbuf *
decode (GBytes *bytes)
{
  g_autoptr(GdkPixbufLoader) loader = gdk_pixbuf_loader_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (gdk_pixbuf_loader_write_bytes (loader, bytes, &error));
  g_assert_true (gdk_pixbuf_loader_close (loader, &error));
  g_assert_no_error (error);

  return g_object_ref (gdk_pixbuf_loader_get_pixbuf (loader));
}

static gboolean
is_jpeg (GBytes *bytes)
{
  const guint8 *data = g_bytes_get_data (bytes, NULL);

  return g_bytes_get_size (bytes) > 3 && data[0] == 0xff && data[1] == 0xd8 && data[2] == 0xff;
}

static gboolean
is_png (GBytes *bytes)
{
  return g_bytes_get_size (bytes) > 8 && memcmp (g_bytes_get_data (bytes, NULL), "\x89PNG\r\n\x1a\n", 8) == 0;
}

static char *
write_file (Fixture    *f,
            const char *name,
            GBytes     *contents)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, g_bytes_get_data (contents, NULL), (gssize) g_bytes_get_size (contents), &error);
  g_assert_no_error (error);

  return g_steal_pointer (&path);
}

/* Preparing */

static void
test_prepare_scales_jpeg (void)
{
  g_autoptr(GBytes) input = gradient_jpeg (1200, 900);
  g_autoptr(GBytes) photo = NULL;
  g_autoptr(GdkPixbuf) decoded = NULL;
  g_autoptr(GError) error = NULL;

  photo = phoenix_photo_prepare (input, &error);
  g_assert_no_error (error);
  g_assert_nonnull (photo);
  g_assert_true (is_jpeg (photo));

  /* At most 600×600, the aspect kept. */
  decoded = decode (photo);
  g_assert_cmpint (gdk_pixbuf_get_width (decoded), ==, 600);
  g_assert_cmpint (gdk_pixbuf_get_height (decoded), ==, 450);
  g_assert_cmpuint (g_bytes_get_size (photo), <, g_bytes_get_size (input));
}

static void
import_image (PhoenixProfile *profile,
              GBytes         *image)
{
  g_autofree char *encoded = g_base64_encode (g_bytes_get_data (image, NULL), g_bytes_get_size (image));
  g_autofree char *json = g_strdup_printf ("{\"basics\": {\"name\": \"Camille\", "
                                           "\"image\": \"data:image/jpeg;base64,%s\"}}", encoded);
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_json_resume_import_data (profile, json, -1, &error));
  g_assert_no_error (error);
}

/* A JSON Resume's photo is scaled and re-encoded like one chosen in the editor. Bytes that are no
 * JPEG or PNG never become the photo (the CV page decoded them again each time it showed them,
 * issue #14 row 5): they stay in the resume's extra members, and export gives them back. */
static void
test_json_resume_import (void)
{
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(GdkPixbuf) pixbuf = new_gradient (1600, 1200, FALSE, FALSE);
  g_autoptr(GBytes) big = encode (pixbuf, "jpeg");
  g_autoptr(GBytes) junk = g_bytes_new_static ("not an image", 12);
  g_autoptr(GdkPixbuf) decoded = NULL;

  import_image (profile, big);
  g_assert_true (is_jpeg (phoenix_profile_get_photo (profile)));
  decoded = decode (phoenix_profile_get_photo (profile));
  g_assert_cmpint (gdk_pixbuf_get_width (decoded), ==, 600);
  g_assert_cmpint (gdk_pixbuf_get_height (decoded), ==, 450);
  g_assert_cmpuint (g_bytes_get_size (phoenix_profile_get_photo (profile)), <, g_bytes_get_size (big));

  import_image (profile, junk);
  g_assert_null (phoenix_profile_get_photo (profile));
  {
    g_autoptr(JsonNode) json = phoenix_json_resume_export (profile);
    JsonObject *basics = json_object_get_object_member (json_node_get_object (json), "basics");
    g_autofree char *encoded = g_base64_encode ((const guchar *) "not an image", 12);
    g_autofree char *uri = g_strconcat ("data:image/jpeg;base64,", encoded, NULL);

    g_assert_cmpstr (json_object_get_string_member (basics, "image"), ==, uri);
  }
}

static void
test_prepare_portrait_png (void)
{
  /* A tall opaque PNG with an alpha channel: JPEG, since nothing is transparent. */
  g_autoptr(GdkPixbuf) pixbuf = new_gradient (700, 1400, TRUE, FALSE);
  g_autoptr(GBytes) input = encode (pixbuf, "png");
  g_autoptr(GBytes) photo = NULL;
  g_autoptr(GdkPixbuf) decoded = NULL;
  g_autoptr(GError) error = NULL;

  photo = phoenix_photo_prepare (input, &error);
  g_assert_no_error (error);
  g_assert_true (is_jpeg (photo));
  decoded = decode (photo);
  g_assert_cmpint (gdk_pixbuf_get_width (decoded), ==, 300);
  g_assert_cmpint (gdk_pixbuf_get_height (decoded), ==, 600);
}

static void
test_prepare_transparent_png (void)
{
  g_autoptr(GdkPixbuf) pixbuf = new_gradient (800, 800, TRUE, TRUE);
  g_autoptr(GBytes) input = encode (pixbuf, "png");
  g_autoptr(GBytes) photo = NULL;
  g_autoptr(GdkPixbuf) decoded = NULL;
  g_autoptr(GError) error = NULL;

  photo = phoenix_photo_prepare (input, &error);
  g_assert_no_error (error);
  g_assert_true (is_png (photo));
  decoded = decode (photo);
  g_assert_true (gdk_pixbuf_get_has_alpha (decoded));
  g_assert_cmpint (gdk_pixbuf_get_width (decoded), ==, 600);
  /* The clear corner stayed clear. */
  g_assert_cmpint (gdk_pixbuf_get_pixels (decoded)[3], ==, 0);
}

static void
test_prepare_small_kept (void)
{
  g_autoptr(GBytes) input = gradient_jpeg (320, 240);
  g_autoptr(GBytes) photo = NULL;
  g_autoptr(GdkPixbuf) decoded = NULL;
  g_autoptr(GError) error = NULL;

  photo = phoenix_photo_prepare (input, &error);
  g_assert_no_error (error);
  decoded = decode (photo);
  g_assert_cmpint (gdk_pixbuf_get_width (decoded), ==, 320);
  g_assert_cmpint (gdk_pixbuf_get_height (decoded), ==, 240);
}

static void
test_prepare_not_images (void)
{
  g_autoptr(GBytes) jpeg = gradient_jpeg (400, 400);
  g_autoptr(GBytes) truncated = g_bytes_new_from_bytes (jpeg, 0, 300);
  GBytes *inputs[] = {
    g_bytes_new_static ("", 0),
    g_bytes_new_static ("Ceci n’est pas une image.\n", strlen ("Ceci n’est pas une image.\n")),
    g_bytes_new_static ("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16),
    g_bytes_ref (truncated),
  };

  for (gsize i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) photo = phoenix_photo_prepare (inputs[i], &error);

      g_test_message ("input %" G_GSIZE_FORMAT, i);
      g_assert_null (photo);
      g_assert_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_NOT_AN_IMAGE);
      g_assert_cmpuint (strlen (error->message), >, 0);
      g_bytes_unref (inputs[i]);
    }
}

/* The image check before any decoder (issue #14, row 5): a 200-byte PNG claiming 46,000 × 46,000
 * pixels took 8 GB and 46 s to be refused; now its header refuses it, and so it does in a JSON
 * Resume's basics.image. Formats other than JPEG and PNG never reach a decoder. */
static void
test_prepare_header_checked (void)
{
  static const guint8 png_head[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
    0, 0, 0, 13, 'I', 'H', 'D', 'R', 0x00, 0x00, 0xb3, 0xb0, 0x00, 0x00, 0xb3, 0xb0, 8, 6, 0, 0, 0,
  };
  /* SOI, an APP0 segment, then SOF0 claiming 65,000 × 65,000 (4.2 gigapixels). */
  static const guint8 jpeg_head[] = {
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 'J', 'F', 0xff, 0xc0, 0x00, 0x11, 8, 0xfd, 0xe8, 0xfd, 0xe8, 3,
  };
  static const char * const others[] = {
    "GIF89a\x01\x00\x01\x00", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "BM6\x00\x00\x00",
    "II*\x00\x08\x00\x00\x00",
  };
  /* Found by tests/fuzz/fuzz-photo: 193 bytes of arithmetic-coded JPEG (SOF9) that kept libjpeg
   * busy for minutes; such frames are refused before decoding. */
  static const char arithmetic_jpeg[] =
    "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAhIDAwMDBAYEBAUGBAQGBAgGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQ"
    "CgwSExIQEw8QEBD/2wBDAQMDAwQDBAgEBAgOCwkLEPDv7u8QEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQ8O8QEAkQWxAQEBAQEBAQEBAQ"
    "EBD/yQARCAAQABgDAREAAhEBAxEA6gP/2gAMAwEAAhEDAFH/2Q==";
  g_autoptr(GBytes) jpeg = gradient_jpeg (640, 480);
  guint8 bomb[200] = { 0 };
  g_autoptr(GBytes) bomb_bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  int width = 0, height = 0;

  memcpy (bomb, png_head, sizeof png_head);
  bomb_bytes = g_bytes_new (bomb, sizeof bomb);
  g_assert_cmpint (phoenix_photo_check_header (bomb, sizeof bomb, NULL, NULL, &error), ==, PHOENIX_PHOTO_FORMAT_NONE);
  g_assert_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_TOO_BIG);
  g_clear_error (&error);
  g_assert_null (phoenix_photo_prepare (bomb_bytes, &error));
  g_assert_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_TOO_BIG);
  g_clear_error (&error);
  import_image (profile, bomb_bytes);
  g_assert_null (phoenix_profile_get_photo (profile));

  g_assert_cmpint (phoenix_photo_check_header (jpeg_head, sizeof jpeg_head, NULL, NULL, &error), ==,
                   PHOENIX_PHOTO_FORMAT_NONE);
  g_assert_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_TOO_BIG);
  g_clear_error (&error);
  g_assert_cmpint (phoenix_photo_check_header (g_bytes_get_data (jpeg, NULL), g_bytes_get_size (jpeg),
                                               &width, &height, &error), ==, PHOENIX_PHOTO_FORMAT_JPEG);
  g_assert_no_error (error);
  g_assert_cmpint (width, ==, 640);
  g_assert_cmpint (height, ==, 480);
  g_assert_false (phoenix_photo_is_prepared (jpeg));  /* wider than a prepared photo */

  for (gsize i = 0; i < G_N_ELEMENTS (others); i++)
    {
      g_autoptr(GBytes) other = g_bytes_new_static (others[i], strlen (others[i]));

      g_assert_null (phoenix_photo_prepare (other, &error));
      g_assert_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_NOT_AN_IMAGE);
      g_clear_error (&error);
    }

  {
    gsize size = 0;
    g_autofree guchar *bytes = g_base64_decode (arithmetic_jpeg, &size);
    g_autoptr(GBytes) spinner = g_bytes_new (bytes, size);

    g_assert_cmpuint (size, ==, 193);
    g_assert_null (phoenix_photo_prepare (spinner, &error));
    g_assert_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_NOT_AN_IMAGE);
    g_clear_error (&error);
  }
}

static void
test_load_broken_file (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GBytes) text = g_bytes_new_static ("not a photo", 11);
  g_autofree char *path = write_file (f, "photo.jpg", text);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_build_filename (f->dir, "missing.png", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) photo = NULL;

  photo = phoenix_photo_load (file, NULL, &error);
  g_assert_null (photo);
  g_assert_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_NOT_AN_IMAGE);
  g_clear_error (&error);

  photo = phoenix_photo_load (missing, NULL, &error);
  g_assert_null (photo);
  g_assert_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "missing.png"));
}

static void
test_load_too_big (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "huge.jpg", NULL);
  g_autoptr(GBytes) jpeg = gradient_jpeg (200, 200);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) photo = NULL;
  g_autoptr(GBytes) big = NULL;
  FILE *out;

  /* A real JPEG at its start, then sparse zeros past the limit. */
  out = fopen (path, "wb");
  g_assert_nonnull (out);
  g_assert_cmpuint (fwrite (g_bytes_get_data (jpeg, NULL), 1, g_bytes_get_size (jpeg), out), ==,
                    g_bytes_get_size (jpeg));
  g_assert_cmpint (ftruncate (fileno (out), PHOENIX_PHOTO_MAX_FILE_SIZE + 1), ==, 0);
  fclose (out);

  photo = phoenix_photo_load (file, NULL, &error);
  g_assert_null (photo);
  g_assert_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_TOO_BIG);
  g_assert_nonnull (strstr (error->message, "10"));
  g_clear_error (&error);

  /* The same limit on bytes that did not come from a file. */
  big = g_bytes_new_take (g_malloc0 (PHOENIX_PHOTO_MAX_FILE_SIZE + 1), PHOENIX_PHOTO_MAX_FILE_SIZE + 1);
  g_assert_null (phoenix_photo_prepare (big, &error));
  g_assert_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_TOO_BIG);
}

static void
load_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GBytes **photo = user_data;
  g_autoptr(GError) error = NULL;

  *photo = phoenix_photo_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_load_async (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GBytes) jpeg = gradient_jpeg (900, 900);
  g_autofree char *path = write_file (f, "photo.jpeg", jpeg);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GdkPixbuf) decoded = NULL;
  GBytes *photo = NULL;

  phoenix_photo_load_async (file, NULL, load_done_cb, &photo);
  while (photo == NULL)
    g_main_context_iteration (NULL, TRUE);

  decoded = decode (photo);
  g_assert_cmpint (gdk_pixbuf_get_width (decoded), ==, 600);
  g_bytes_unref (photo);
}

/* The CV's choice */

static PhoenixProfile *
new_profile (gboolean with_photo)
{
  PhoenixProfile *profile = phoenix_profile_new ();
  g_autoptr(PhoenixExperience) job = phoenix_experience_new ();
  g_autoptr(PhoenixSkill) skill = phoenix_skill_new ();

  phoenix_profile_set_name (profile, "Camille Martin");
  phoenix_profile_set_headline (profile, "Conceptrice de services");
  phoenix_profile_set_email (profile, "camille.martin@example.org");
  phoenix_profile_set_phone (profile, "+33 6 12 34 56 78");
  phoenix_profile_set_city (profile, "Lyon");
  phoenix_profile_set_summary (profile, "Dix ans d’hôtellerie, puis la conception de services.");
  g_object_set (job, "title", "Responsable de réception", "employer", "Hôtel des Arts",
                "start-date", "2015-03", "end-date", "2024-06", NULL);
  g_list_store_append (phoenix_profile_get_experiences (profile), job);
  g_object_set (skill, "name", "Accueil", NULL);
  g_list_store_append (phoenix_profile_get_skills (profile), skill);

  if (with_photo)
    {
      g_autoptr(GBytes) jpeg = gradient_jpeg (480, 600);
      g_autoptr(GBytes) photo = phoenix_photo_prepare (jpeg, NULL);

      phoenix_profile_set_photo (profile, photo);
    }

  return profile;
}

static int
count_images (const char *path)
{
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(PopplerDocument) document = poppler_document_new_from_file (uri, NULL, &error);
  int n = 0;

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      GList *images = poppler_page_get_image_mapping (page);

      n += (int) g_list_length (images);
      poppler_page_free_image_mapping (images);
    }

  return n;
}

static void
test_pdf_photo (Fixture       *f,
                gconstpointer  data)
{
  const char *template_id = data;
  g_autoptr(PhoenixProfile) profile = new_profile (TRUE);
  g_autoptr(PhoenixProfile) no_photo = new_profile (FALSE);
  g_autoptr(PhoenixCvVariant) variant = phoenix_cv_variant_new ("Photo");
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  g_autofree char *shown = g_build_filename (f->dir, "shown.pdf", NULL);
  g_autofree char *hidden = g_build_filename (f->dir, "hidden.pdf", NULL);
  g_autofree char *none = g_build_filename (f->dir, "none.pdf", NULL);
  g_autoptr(GError) error = NULL;

  phoenix_cv_variant_set_template (variant, template_id);

  /* Off by default: no image in the PDF even though the profile has a photo. */
  g_assert_false (phoenix_cv_variant_get_show_photo (variant));
  phoenix_cv_renderer_set_variant (renderer, variant, profile);
  g_assert_true (phoenix_cv_renderer_export_pdf (renderer, hidden, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_images (hidden), ==, 0);

  phoenix_cv_variant_set_show_photo (variant, TRUE);
  phoenix_cv_renderer_set_variant (renderer, variant, profile);
  g_assert_true (phoenix_cv_renderer_get_show_photo (renderer));
  g_assert_true (phoenix_cv_renderer_export_pdf (renderer, shown, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_images (shown), ==, 1);
  g_assert_cmpint (phoenix_cv_renderer_get_n_pages (renderer), ==, 1);

  /* Shown, but the profile has none: nothing drawn, nothing broken. */
  phoenix_cv_renderer_set_variant (renderer, variant, no_photo);
  g_assert_true (phoenix_cv_renderer_export_pdf (renderer, none, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_images (none), ==, 0);
}

/* The JPEG goes into the PDF as it is (DCT), not as raw pixels. */
static void
test_pdf_photo_embeds_jpeg (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(PhoenixProfile) profile = new_profile (TRUE);
  g_autoptr(PhoenixCvVariant) variant = phoenix_cv_variant_new ("Photo");
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  g_autofree char *path = g_build_filename (f->dir, "cv.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;

  phoenix_cv_variant_set_show_photo (variant, TRUE);
  phoenix_cv_renderer_set_variant (renderer, variant, profile);
  g_assert_true (phoenix_cv_renderer_export_pdf (renderer, path, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_true (phoenix_test_bytes_contain (contents, length, "/DCTDecode"));
}

/* The preview draws with the same renderer: the photo's pixels are there. */
static void
test_preview_photo (void)
{
  g_autoptr(PhoenixProfile) profile = new_profile (TRUE);
  g_autoptr(PhoenixCvVariant) variant = phoenix_cv_variant_new ("Photo");
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  static const char * const templates[] = { "classic", "modern", "compact" };

  for (gsize t = 0; t < G_N_ELEMENTS (templates); t++)
    {
      guint coloured[2];

      phoenix_cv_variant_set_template (variant, templates[t]);
      for (int show = 0; show < 2; show++)
        {
          cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 596, 842);
          cairo_t *cr = cairo_create (surface);
          const guint8 *pixels;
          int stride;

          phoenix_cv_variant_set_show_photo (variant, show);
          phoenix_cv_renderer_set_variant (renderer, variant, profile);
          g_assert_true (phoenix_cv_renderer_render_page (renderer, cr, 0));
          cairo_destroy (cr);
          cairo_surface_flush (surface);

          /* Pixels of the photo's colours (red + blue ≈ 220, green 90). */
          coloured[show] = 0;
          pixels = cairo_image_surface_get_data (surface);
          stride = cairo_image_surface_get_stride (surface);
          for (int y = 0; y < 842; y++)
            for (int x = 0; x < 596; x++)
              {
                guint32 p = *(const guint32 *) (pixels + y * stride + x * 4);
                guint r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;

                if (g > 70 && g < 110 && r + b > 190 && r + b < 250)
                  coloured[show]++;
              }
          cairo_surface_destroy (surface);
        }

      g_test_message ("%s: %u coloured pixels without the photo, %u with", templates[t],
                      coloured[0], coloured[1]);
      g_assert_cmpuint (coloured[1], >, coloured[0] + 1500);
    }
}

static void
count_cb (guint *count)
{
  (*count)++;
}

/* show-photo is kept in the vault, per CV, across lock and unlock. */
static void
test_variant_store (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "vault.db", NULL);
  g_autoptr(PhoenixVault) vault = phoenix_test_vault_new (path);
  g_autoptr(GListStore) variants = g_list_store_new (PHOENIX_TYPE_CV_VARIANT);
  g_autoptr(GListStore) loaded = g_list_store_new (PHOENIX_TYPE_CV_VARIANT);
  g_autoptr(PhoenixCvVariant) with = phoenix_cv_variant_new ("Avec photo");
  g_autoptr(PhoenixCvVariant) without = phoenix_cv_variant_new ("Sans photo");
  g_autoptr(PhoenixCvVariant) copy = NULL;
  g_autoptr(PhoenixCvVariant) a = NULL;
  g_autoptr(PhoenixCvVariant) b = NULL;
  g_autoptr(GError) error = NULL;
  guint notified = 0, changed = 0;

  g_assert_true (phoenix_vault_create (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);

  g_signal_connect_swapped (with, "notify::show-photo", G_CALLBACK (count_cb), &notified);
  g_signal_connect_swapped (with, "changed", G_CALLBACK (count_cb), &changed);
  phoenix_cv_variant_set_show_photo (with, TRUE);
  phoenix_cv_variant_set_show_photo (with, TRUE);
  /* Notified once: only a real change counts (and autosave listens to "changed"). */
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (changed, ==, 1);

  copy = phoenix_cv_variant_duplicate (with, "Copie");
  g_assert_true (phoenix_cv_variant_get_show_photo (copy));

  g_list_store_append (variants, with);
  g_list_store_append (variants, without);
  g_assert_true (phoenix_cv_variants_save (variants, vault, &error));
  g_assert_no_error (error);

  phoenix_vault_lock (vault);
  g_assert_true (phoenix_vault_unlock (vault, PHOENIX_TEST_PASSPHRASE, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (phoenix_cv_variants_load (loaded, vault, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (loaded)), ==, 2);
  a = g_list_model_get_item (G_LIST_MODEL (loaded), 0);
  b = g_list_model_get_item (G_LIST_MODEL (loaded), 1);
  g_assert_cmpstr (phoenix_cv_variant_get_name (a), ==, "Avec photo");
  g_assert_true (phoenix_cv_variant_get_show_photo (a));
  g_assert_false (phoenix_cv_variant_get_show_photo (b));

  phoenix_vault_lock (vault);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_setenv ("PHOENIX_FONT_DIR", SOURCE_DIR "/data/fonts", FALSE);

  g_test_add_func ("/photo/prepare/scales-jpeg", test_prepare_scales_jpeg);
  g_test_add_func ("/photo/prepare/portrait-png", test_prepare_portrait_png);
  g_test_add_func ("/photo/prepare/transparent-png", test_prepare_transparent_png);
  g_test_add_func ("/photo/prepare/small-kept", test_prepare_small_kept);
  g_test_add_func ("/photo/prepare/not-images", test_prepare_not_images);
  g_test_add_func ("/photo/prepare/header-checked", test_prepare_header_checked);
  g_test_add_func ("/photo/preview", test_preview_photo);
  g_test_add_func ("/photo/json-resume/import", test_json_resume_import);

#define ADD(path, func, data) g_test_add (path, Fixture, data, phoenix_test_dir_setup, func, phoenix_test_dir_teardown)
  ADD ("/photo/load/broken-file", test_load_broken_file, NULL);
  ADD ("/photo/load/too-big", test_load_too_big, NULL);
  ADD ("/photo/load/async", test_load_async, NULL);
  ADD ("/photo/pdf/classic", test_pdf_photo, "classic");
  ADD ("/photo/pdf/modern", test_pdf_photo, "modern");
  ADD ("/photo/pdf/compact", test_pdf_photo, "compact");
  ADD ("/photo/pdf/embeds-jpeg", test_pdf_photo_embeds_jpeg, NULL);
  ADD ("/photo/variant/store", test_variant_store, NULL);
#undef ADD

  return g_test_run ();
}
