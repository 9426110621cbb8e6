/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-editor"

#include "config.h"

#include <gtk/gtk.h>

#include "phoenix-test-bench.h"
#include "phoenix-cv-preview.h"
#include "phoenix-profile-entries.h"

/*
 * The live preview's refresh after a keystroke, with a profile of 30 experiences:
 *   keystroke-ms: the property change itself (what typing pays);
 *   preview-refresh-ms: from the change to the preview's next drawn frame, the
 *     PHOENIX_CV_PREVIEW_REFRESH_DELAY_MS gathering delay included;
 *   preview-work-ms: the same without that delay (layout in the idle + the frame).
 * Medians of 25 keystrokes. Without a display, only the renderer's layout and
 * drawing of the first page to an image surface are measured.
 */

#define N_EXPERIENCES 30
#define N_KEYSTROKES 25

static PhoenixProfile *
make_profile (void)
{
  PhoenixProfile *profile = phoenix_profile_new ();

  phoenix_profile_set_name (profile, "Camille Martin");
  phoenix_profile_set_headline (profile, "Hospitality manager moving into UX design");
  phoenix_profile_set_email (profile, "camille.martin@example.com");
  phoenix_profile_set_summary (profile, "Ten years of running hotel front desks and restaurant teams in Lyon "
                                        "taught me to listen to guests and fix what frustrates them.");
  for (guint i = 0; i < N_EXPERIENCES; i++)
    {
      g_autoptr(PhoenixExperience) experience = phoenix_experience_new ();
      g_autofree char *title = g_strdup_printf ("Front desk manager %u", i + 1);
      g_autofree char *start = g_strdup_printf ("%u-03", 2023 - i);
      g_autofree char *end = g_strdup_printf ("%u-02", 2024 - i);
      const char *highlights[] = { "Led a team of 8 receptionists and trained the seasonal staff",
                                   "Raised guest satisfaction from 82 % to 94 % in two years",
                                   "Moved check-in to tablets with the IT supplier", NULL };

      phoenix_experience_set_title (experience, title);
      phoenix_experience_set_employer (experience, "Hôtel des Célestins");
      phoenix_experience_set_location (experience, "Lyon");
      phoenix_experience_set_start_date (experience, start);
      phoenix_experience_set_end_date (experience, end);
      phoenix_experience_set_highlights (experience, highlights);
      g_list_store_append (phoenix_profile_get_experiences (profile), experience);
    }

  return profile;
}

typedef struct
{
  gint64   refreshed_at;
  gint64   painted_at;
} Times;

static void
refreshed_cb (PhoenixCvPreview *preview,
              Times            *times)
{
  times->refreshed_at = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Times         *times)
{
  if (times->refreshed_at != 0 && times->painted_at == 0)
    times->painted_at = g_get_monotonic_time ();
}

static void
bench_without_display (PhoenixProfile *profile)
{
  g_autoptr(GArray) layout = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();

  for (guint i = 0; i < N_KEYSTROKES; i++)
    {
      g_autoptr(PhoenixExperience) experience = g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_experiences (profile)), 0);
      g_autofree char *title = g_strdup_printf ("Front desk manager %u", i);
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 850);
      cairo_t *cr = cairo_create (surface);
      gint64 start;
      double ms;

      phoenix_experience_set_title (experience, title);
      start = g_get_monotonic_time ();
      phoenix_cv_renderer_set_profile (renderer, profile);
      cairo_scale (cr, 600 / 595.0, 600 / 595.0);
      phoenix_cv_renderer_render_page (renderer, cr, 0);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (layout, ms);
    }

  g_print ("bench: no display; preview layout and first page drawn, median of %u\n", N_KEYSTROKES);
  g_print ("bench: preview-work-ms=%.1f\n", phoenix_test_median_array (layout));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(PhoenixProfile) profile = make_profile ();
  g_autoptr(GArray) keystroke = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) refresh = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) work = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWidget *window, *scroller, *preview;
  GdkFrameClock *clock;
  Times times = { 0 };

  if (!gtk_init_check ())
    {
      bench_without_display (profile);
      return 0;
    }

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 640, 900);
  scroller = gtk_scrolled_window_new ();
  preview = phoenix_cv_preview_new ();
  gtk_widget_set_valign (preview, GTK_ALIGN_START);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), preview);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  phoenix_cv_preview_set_profile (PHOENIX_CV_PREVIEW (preview), profile, NULL);
  g_signal_connect (preview, "refreshed", G_CALLBACK (refreshed_cb), &times);
  gtk_window_present (GTK_WINDOW (window));

  /* Mapped, and the profile laid out (in a worker: issue #20). */
  while (!gtk_widget_get_mapped (preview) || phoenix_cv_preview_get_in_worker (PHOENIX_CV_PREVIEW (preview)))
    g_main_context_iteration (NULL, TRUE);
  clock = gtk_widget_get_frame_clock (window);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &times);
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);

  for (guint i = 0; i < N_KEYSTROKES; i++)
    {
      g_autoptr(PhoenixExperience) experience = g_list_model_get_item (G_LIST_MODEL (phoenix_profile_get_experiences (profile)), 0);
      g_autofree char *title = g_strdup_printf ("Front desk manager %u", i);
      gint64 start, typed;
      gint64 deadline;
      double ms;

      times.refreshed_at = times.painted_at = 0;
      start = g_get_monotonic_time ();
      phoenix_experience_set_title (experience, title);
      typed = g_get_monotonic_time ();

      deadline = start + 10 * G_USEC_PER_SEC;
      while (times.painted_at == 0 && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, TRUE);
      if (times.painted_at == 0)
        g_error ("The preview was not drawn again");

      ms = (typed - start) / 1000.0;
      g_array_append_val (keystroke, ms);
      ms = (times.painted_at - start) / 1000.0;
      g_array_append_val (refresh, ms);
      ms = ms - PHOENIX_CV_PREVIEW_REFRESH_DELAY_MS;
      g_array_append_val (work, ms);
    }

  g_print ("bench: %u experiences, %d pages, median of %u keystrokes\n", N_EXPERIENCES,
           phoenix_cv_renderer_get_n_pages (phoenix_cv_preview_get_renderer (PHOENIX_CV_PREVIEW (preview))),
           N_KEYSTROKES);
  g_print ("bench: keystroke-ms=%.2f\n", phoenix_test_median_array (keystroke));
  g_print ("bench: preview-refresh-ms=%.1f\n", phoenix_test_median_array (refresh));
  g_print ("bench: preview-work-ms=%.1f\n", phoenix_test_median_array (work));
  g_print ("bench: preview-layout-ms=%.1f\n", phoenix_cv_preview_get_last_layout_ms (PHOENIX_CV_PREVIEW (preview)));

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
