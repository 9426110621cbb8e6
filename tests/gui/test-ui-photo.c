/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-photo"

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <string.h>
#include <unistd.h>

#include "phoenix-cv-page.h"
#include "phoenix-cv-renderer.h"
#include "phoenix-photo.h"
#include "phoenix-test-ui.h"
#include "phoenix-cv-page-private.h"
#include "phoenix-window-private.h"

/*
 * The CV photo in the real window under Xvfb: chosen through the photo row's
 * code path (what the file dialog's answer runs), refused when broken or too
 * large, removed and brought back with undo, shown or not per CV with the
 * “Show Photo” switch, and kept in the vault. The photo is a gradient drawn
 * here, never a person.
 */

typedef PhoenixTestUi Fixture;

static PhoenixCvPage *
cv_page (Fixture *f)
{
  return PHOENIX_CV_PAGE (phoenix_test_ui_show_page (f, "cv"));
}

static PhoenixProfile *
profile (Fixture *f)
{
  return phoenix_cv_page_get_profile (cv_page (f));
}

static gboolean
photo_idle (Fixture *f)
{
  return !_phoenix_cv_page_get_photo_busy (cv_page (f));
}

static gboolean
action (Fixture    *f,
        const char *name)
{
  return gtk_widget_activate_action (GTK_WIDGET (cv_page (f)), name, NULL);
}

static GFile *
write_gradient (Fixture *f,
                int      width,
                int      height)
{
  g_autoptr(GdkPixbuf) pixbuf = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  g_autofree char *path = g_build_filename (f->tmpdir, "gradient.jpg", NULL);
  g_autoptr(GError) error = NULL;
  guint8 *pixels = gdk_pixbuf_get_pixels (pixbuf);
  int stride = gdk_pixbuf_get_rowstride (pixbuf);

  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        pixels[y * stride + x * 3] = (guint8) (255 * x / width);
        pixels[y * stride + x * 3 + 1] = 120;
        pixels[y * stride + x * 3 + 2] = (guint8) (255 * y / height);
      }
  g_assert_true (gdk_pixbuf_save (pixbuf, path, "jpeg", &error, NULL));
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static void
choose (Fixture *f,
        GFile   *file)
{
  _phoenix_cv_page_choose_photo_file (cv_page (f), file);
  g_assert_true (_phoenix_cv_page_get_photo_busy (cv_page (f)));
  phoenix_test_ui_wait_until (f, photo_idle, "the photo read");
}

static void
photo_steps (Fixture *f)
{
  PhoenixCvPage *page;
  PhoenixCvVariant *variant;
  PhoenixCvRenderer *renderer;
  GtkSwitch *show_switch;
  g_autoptr(GFile) gradient = NULL;
  g_autoptr(GFile) broken = NULL;
  g_autoptr(GFile) huge = NULL;
  g_autoptr(GBytes) photo = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *broken_path = NULL;
  g_autofree char *huge_path = NULL;

  phoenix_test_ui_create_vault (f);
  page = cv_page (f);
  variant = _phoenix_cv_page_get_variant (page);
  renderer = phoenix_cv_preview_get_renderer (_phoenix_cv_page_get_preview (page));
  show_switch = _phoenix_cv_page_get_show_photo_switch (page);
  gtk_editable_set_text (phoenix_test_ui_cv_row (f, "name"), "Camille Martin");

  /* No photo yet: initials, nothing to remove, and the CV does not show one. */
  g_assert_null (phoenix_profile_get_photo (profile (f)));
  g_assert_null (_phoenix_cv_page_get_photo_preview (page));
  g_assert_false (phoenix_cv_variant_get_show_photo (variant));
  g_assert_false (gtk_switch_get_active (show_switch));

  /* A photo: scaled to 600 px at most, re-encoded, previewed. */
  gradient = write_gradient (f, 1000, 800);
  choose (f, gradient);
  g_assert_null (_phoenix_cv_page_get_photo_error (page));
  photo = g_bytes_ref (phoenix_profile_get_photo (profile (f)));
  g_assert_nonnull (photo);
  texture = gdk_texture_new_from_bytes (photo, NULL);
  g_assert_nonnull (texture);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, 600);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, 480);
  g_assert_nonnull (_phoenix_cv_page_get_photo_preview (page));

  /* A broken file: an error the user can read, and the profile keeps its photo. */
  broken_path = g_build_filename (f->tmpdir, "portrait.jpg", NULL);
  g_assert_true (g_file_set_contents (broken_path, "Ceci n’est pas une photo.", -1, NULL));
  broken = g_file_new_for_path (broken_path);
  choose (f, broken);
  g_assert_nonnull (_phoenix_cv_page_get_photo_error (page));
  g_assert_cmpstr (_phoenix_cv_page_get_photo_error (page), ==,
                   _("This file is not an image Phoenix can read. Choose a JPEG or PNG photo."));
  g_assert_true (phoenix_profile_get_photo (profile (f)) == photo);

  /* Over 10 MB: refused before it is read. */
  huge_path = g_build_filename (f->tmpdir, "huge.png", NULL);
  g_assert_true (g_file_set_contents (huge_path, "", 0, NULL));
  g_assert_cmpint (truncate (huge_path, PHOENIX_PHOTO_MAX_FILE_SIZE + 1), ==, 0);
  huge = g_file_new_for_path (huge_path);
  choose (f, huge);
  g_assert_nonnull (strstr (_phoenix_cv_page_get_photo_error (page), "10"));
  g_assert_true (phoenix_profile_get_photo (profile (f)) == photo);

  /* Remove, then undo brings it back. */
  g_assert_true (action (f, "cv.remove-photo"));
  g_assert_null (phoenix_profile_get_photo (profile (f)));
  g_assert_null (_phoenix_cv_page_get_photo_preview (page));
  g_assert_true (action (f, "cv.undo"));
  g_assert_nonnull (phoenix_profile_get_photo (profile (f)));
  g_assert_true (g_bytes_equal (phoenix_profile_get_photo (profile (f)), photo));
  g_assert_nonnull (_phoenix_cv_page_get_photo_preview (page));

  /* The CV's switch: the variant follows, then the preview's renderer. */
  phoenix_undo_stack_break_merge (_phoenix_cv_page_get_undo_stack (page));
  gtk_switch_set_active (show_switch, TRUE);
  g_assert_true (phoenix_cv_variant_get_show_photo (variant));
  phoenix_cv_preview_refresh_now (_phoenix_cv_page_get_preview (page));
  g_assert_true (phoenix_cv_renderer_get_show_photo (renderer));

  /* Undone like any other setting of the CV, and redone. */
  phoenix_undo_stack_break_merge (_phoenix_cv_page_get_undo_stack (page));
  g_assert_true (action (f, "cv.undo"));
  g_assert_false (phoenix_cv_variant_get_show_photo (variant));
  g_assert_false (gtk_switch_get_active (show_switch));
  g_assert_true (action (f, "cv.redo"));
  g_assert_true (phoenix_cv_variant_get_show_photo (variant));
  g_assert_true (gtk_switch_get_active (show_switch));

  phoenix_test_ui_wait_until (f, phoenix_test_ui_saved, "the autosave");
  f->data = g_bytes_ref (photo);
  f->data_free = (GDestroyNotify) g_bytes_unref;
}

static void
photo_reopen_steps (Fixture *f)
{
  PhoenixCvPage *page;

  phoenix_test_ui_unlock (f, PHOENIX_TEST_UI_PASSPHRASE);
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main, "the main view");
  page = cv_page (f);

  /* The photo and the CV's choice came back from the vault. */
  g_assert_nonnull (phoenix_profile_get_photo (profile (f)));
  g_assert_true (g_bytes_equal (phoenix_profile_get_photo (profile (f)), f->data));
  g_assert_nonnull (_phoenix_cv_page_get_photo_preview (page));
  g_assert_true (phoenix_cv_variant_get_show_photo (_phoenix_cv_page_get_variant (page)));
  g_assert_true (gtk_switch_get_active (_phoenix_cv_page_get_show_photo_switch (page)));

  /* Off again, and saved. */
  gtk_switch_set_active (_phoenix_cv_page_get_show_photo_switch (page), FALSE);
  g_assert_false (phoenix_cv_variant_get_show_photo (_phoenix_cv_page_get_variant (page)));
  phoenix_test_ui_wait_until (f, phoenix_test_ui_saved, "the autosave");
}

static void
test_photo (Fixture       *f,
            gconstpointer  data)
{
  phoenix_test_ui_run_app (f, photo_steps);
  phoenix_test_ui_run_app (f, photo_reopen_steps);
}

int
main (int   argc,
      char *argv[])
{
  phoenix_test_ui_init (&argc, &argv, "en");

  g_test_add ("/ui/photo/choose-refuse-remove-show", Fixture, NULL,
              phoenix_test_ui_setup, test_photo, phoenix_test_ui_teardown);

  return g_test_run ();
}
