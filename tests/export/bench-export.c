/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include <glib/gstdio.h>

#include "phoenix-cv-renderer.h"
#include "phoenix-profile-entries.h"

/* Prints "bench: name=value" lines. */

static PhoenixProfile *
new_profile (guint n_experiences)
{
  PhoenixProfile *profile = phoenix_profile_new ();

  phoenix_profile_set_name (profile, "Camille Dupont-Lefèvre");
  phoenix_profile_set_headline (profile, "Infirmière en reconversion vers le développement web");
  phoenix_profile_set_email (profile, "camille.dupont@exemple.fr");
  phoenix_profile_set_phone (profile, "+33 6 12 34 56 78");
  phoenix_profile_set_city (profile, "Lyon");
  phoenix_profile_set_summary (profile, "Dix ans de soins à l’hôpital, puis une formation de développeuse : "
                                        "j’apporte le sens du patient et la rigueur des protocoles.");
  for (guint i = 0; i < n_experiences; i++)
    {
      g_autoptr(PhoenixExperience) e = phoenix_experience_new ();
      g_autofree char *title = g_strdup_printf ("Poste n°%u", i + 1);
      g_autofree char *start = g_strdup_printf ("%u-03", 1990 + i);
      g_autofree char *end = g_strdup_printf ("%u-02", 1991 + i);
      const char * const highlights[] = {
        "Réduction de 20 % du temps d’attente grâce à un planning partagé entre les équipes",
        "Formation de six nouveaux collègues aux outils de transmission",
        NULL
      };

      phoenix_experience_set_title (e, title);
      phoenix_experience_set_employer (e, "Hôpital Édouard-Herriot");
      phoenix_experience_set_start_date (e, start);
      phoenix_experience_set_end_date (e, end);
      phoenix_experience_set_summary (e, "Accueil des patients, coordination d’une équipe et suivi des dossiers.");
      phoenix_experience_set_highlights (e, highlights);
      g_list_store_append (phoenix_profile_get_experiences (profile), e);
    }
  for (guint i = 0; i < 8; i++)
    {
      g_autoptr(PhoenixSkill) s = phoenix_skill_new ();
      g_autofree char *name = g_strdup_printf ("Compétence %u", i + 1);

      phoenix_skill_set_name (s, name);
      g_list_store_append (phoenix_profile_get_skills (profile), s);
    }

  return profile;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autoptr(PhoenixProfile) big = new_profile (30);
  guint n_templates;
  const PhoenixCvTemplateInfo *templates;
  const int rounds = 10;

  setlocale (LC_ALL, "");
  g_setenv ("PHOENIX_FONT_DIR", SOURCE_DIR "/data/fonts", FALSE);
  dir = g_dir_make_tmp ("phoenix-bench-export-XXXXXX", &error);
  g_assert_no_error (error);
  templates = phoenix_cv_templates_get (&n_templates);

  for (guint t = 0; t < n_templates; t++)
    {
      g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
      g_autoptr(PhoenixProfile) profile = NULL;
      g_autofree char *path = g_build_filename (dir, "cv.pdf", NULL);
      guint n = 1;
      gint64 start;
      cairo_surface_t *surface;
      double width, height;

      phoenix_cv_renderer_set_template (renderer, templates[t].id);

      /* The number of experiences that makes a two-page CV with this template. */
      for (n = 1; n < 30; n++)
        {
          g_clear_object (&profile);
          profile = new_profile (n);
          phoenix_cv_renderer_set_profile (renderer, profile);
          if (phoenix_cv_renderer_get_n_pages (renderer) == 2)
            break;
        }

      start = g_get_monotonic_time ();
      for (int r = 0; r < rounds; r++)
        {
          /* From the profile, as the Export button does: snapshot, layout, PDF. */
          phoenix_cv_renderer_set_profile (renderer, profile);
          if (!phoenix_cv_renderer_export_pdf (renderer, path, NULL, &error))
            g_error ("%s", error->message);
        }
      g_print ("bench: export_pdf_2_pages_%s_ms=%.1f\n", templates[t].id,
               (g_get_monotonic_time () - start) / 1000.0 / rounds);
      g_unlink (path);

      /* The preview after a keystroke: new snapshot, new layout, page 1 drawn at 1.5×. */
      phoenix_cv_renderer_set_profile (renderer, big);
      phoenix_cv_renderer_get_page_size (renderer, &width, &height);
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) (width * 1.5), (int) (height * 1.5));
      start = g_get_monotonic_time ();
      for (int r = 0; r < rounds; r++)
        {
          cairo_t *cr = cairo_create (surface);

          phoenix_profile_set_summary (big, r % 2 ? "Un résumé." : "Un autre résumé.");
          phoenix_cv_renderer_set_profile (renderer, big);
          cairo_scale (cr, 1.5, 1.5);
          phoenix_cv_renderer_render_page (renderer, cr, 0);
          cairo_destroy (cr);
        }
      g_print ("bench: preview_refresh_30_experiences_%s_ms=%.1f\n", templates[t].id,
               (g_get_monotonic_time () - start) / 1000.0 / rounds);
      g_print ("bench: pages_30_experiences_%s=%d\n", templates[t].id,
               phoenix_cv_renderer_get_n_pages (renderer));
      cairo_surface_destroy (surface);
    }

  g_rmdir (dir);
  return 0;
}
