/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-pdf-pages"

#include "config.h"

#include <cairo-pdf.h>
#include <gio/gio.h>

#include "phoenix-test-pdf-pages.h"

#define PAGE_WIDTH  595.0
#define PAGE_HEIGHT 842.0
#define MARGIN      56.0

static const char * const sections[] = {
  "EXPÉRIENCE PROFESSIONNELLE", "FORMATION", "COMPÉTENCES", "LANGUES", "CENTRES D'INTÉRÊT",
};
static const char * const positions[] = {
  "Chargée de projet numérique — Atelier Lumière, Lyon",
  "Assistante de gestion — Coopérative des Deux Rives, Nantes",
  "Développeuse web junior — Studio Pixel Vert, Lille",
  "Responsable d'équipe logistique — Entrepôts du Sud, Marseille",
};
static const char * const bullets[] = {
  "Conduite d'un projet de refonte du site avec une équipe de cinq personnes",
  "Suivi du budget annuel, des fournisseurs et des tableaux de bord mensuels",
  "Formation des nouveaux arrivants aux outils internes et aux procédures qualité",
  "Mise en place d'un processus de recrutement et de relations avec les écoles",
  "Analyse des besoins des utilisateurs, rédaction des spécifications fonctionnelles",
  "Développement d'applications web en JavaScript, PHP et SQL, tests automatisés",
};

static void
show (cairo_t    *cr,
      double      x,
      double     *y,
      double      size,
      gboolean    bold,
      const char *text)
{
  cairo_select_font_face (cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL,
                          bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (cr, size);
  cairo_move_to (cr, x, *y);
  cairo_show_text (cr, text);
  *y += size * 1.45;
}

gboolean
phoenix_test_write_cv_pdf (const char  *path,
                           guint        n_pages,
                           GError     **error)
{
  cairo_surface_t *surface = cairo_pdf_surface_create (path, PAGE_WIDTH, PAGE_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  cairo_status_t status;
  guint item = 0;

  for (guint page = 0; page < n_pages; page++)
    {
      double y = MARGIN;

      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      if (page == 0)
        {
          show (cr, MARGIN, &y, 22, TRUE, "Camille Exemple");
          show (cr, MARGIN, &y, 10, FALSE, "camille.exemple@example.org · 01 23 45 67 89 · 12 rue des Tests, 75000 Paris");
          y += 8;
        }
      while (y < PAGE_HEIGHT - MARGIN - 120)
        {
          const char *section = sections[item % G_N_ELEMENTS (sections)];
          g_autofree char *dates = g_strdup_printf ("%02u/%u – %02u/%u", 1 + item % 12, 1990 + item % 30,
                                                    1 + (item + 5) % 12, 1992 + item % 30);

          y += 6;
          show (cr, MARGIN, &y, 13, TRUE, section);
          for (guint k = 0; k < 2 && y < PAGE_HEIGHT - MARGIN - 60; k++, item++)
            {
              double line_y = y;

              show (cr, MARGIN, &y, 11, TRUE, positions[item % G_N_ELEMENTS (positions)]);
              show (cr, PAGE_WIDTH - MARGIN - 100, &line_y, 10, FALSE, dates);
              for (guint b = 0; b < 3; b++)
                {
                  g_autofree char *bullet = g_strdup_printf ("• %s (page %u, point %u)",
                                                             bullets[(item + b) % G_N_ELEMENTS (bullets)],
                                                             page + 1, b + 1);
                  show (cr, MARGIN + 10, &y, 10, FALSE, bullet);
                }
            }
        }
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}
