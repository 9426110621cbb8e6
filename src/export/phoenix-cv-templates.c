/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-templates"

#include "config.h"

#include <glib/gi18n.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>

#include "phoenix-cv-renderer.h"
#include "phoenix-cv-templates.h"

static const CvTemplate templates[] = {
  { "classic", N_("Classic"), N_("One column, centred name, ruled section titles"),
    56, 50, 50, 10.5, 9.5, 12, 24, 12.5, 0,
    0x1f3a5f, 0x222222, 0x5f6b7a, 0, 0,
    TRUE, TRUE, TRUE, FALSE, 14, 8, 2.5, 76, FALSE },
  { "modern", N_("Modern"), N_("A tinted sidebar with contact, skills and languages"),
    34, 0, 40, 10, 9, 12, 26, 13, 170,
    0x0f766e, 0x1f2933, 0x52606d, 0x0f766e, 0xeef5f4,
    FALSE, FALSE, FALSE, FALSE, 14, 9, 2.5, 96, TRUE },
  { "compact", N_("Compact"), N_("Dense, one column, dates on the title line"),
    40, 36, 36, 9.5, 8.5, 10.5, 19, 10.5, 0,
    0x333333, 0x1a1a1a, 0x666666, 0, 0,
    FALSE, TRUE, TRUE, TRUE, 9, 5, 1.5, 52, FALSE },
};

static gsize fc_initialized = 0;
static FcConfig *fc_config = NULL;

static char *
find_font_dir (void)
{
  const char *env = g_getenv ("PHOENIX_FONT_DIR");
  g_autofree char *installed = g_build_filename (PKGDATADIR, "fonts", NULL);

  if (env != NULL && g_file_test (env, G_FILE_TEST_IS_DIR))
    return g_strdup (env);
  if (g_file_test (installed, G_FILE_TEST_IS_DIR))
    return g_steal_pointer (&installed);

  return NULL;
}

static FcConfig *
get_fc_config (void)
{
  if (g_once_init_enter (&fc_initialized))
    {
      g_autofree char *dir = find_font_dir ();

      /* The system's fonts stay as fallback for scripts Lato lacks. */
      fc_config = FcInitLoadConfigAndFonts ();
      if (dir == NULL || !FcConfigAppFontAddDir (fc_config, (const FcChar8 *) dir))
        g_debug ("Phoenix's fonts not found (%s); using the system's", dir ? dir : "no folder");
      g_once_init_leave (&fc_initialized, 1);
    }

  return fc_config;
}

PangoFontMap *
_phoenix_cv_font_map_new (void)
{
  PangoFontMap *font_map = pango_cairo_font_map_new_for_font_type (CAIRO_FONT_TYPE_FT);

  if (font_map == NULL)
    return pango_cairo_font_map_new ();

  pango_fc_font_map_set_config (PANGO_FC_FONT_MAP (font_map), get_fc_config ());
  return font_map;
}

PangoContext *
_phoenix_cv_context_new (PangoFontMap *font_map)
{
  PangoContext *context = pango_font_map_create_context (font_map);
  cairo_font_options_t *options = cairo_font_options_create ();

  /* Unhinted metrics: the layout is the same on screen and in the PDF. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string ("fr"));
  cairo_font_options_destroy (options);

  return context;
}

const CvTemplate *
_phoenix_cv_template_lookup (const char *id)
{
  for (gsize i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      if (g_strcmp0 (templates[i].id, id) == 0)
        return &templates[i];
    }

  return NULL;
}

const PhoenixCvTemplateInfo *
phoenix_cv_templates_get (guint *n_templates)
{
  static PhoenixCvTemplateInfo infos[G_N_ELEMENTS (templates)];
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      for (gsize i = 0; i < G_N_ELEMENTS (templates); i++)
        {
          infos[i].id = templates[i].id;
          infos[i].name = templates[i].name;
          infos[i].description = templates[i].description;
        }
      g_once_init_leave (&initialized, 1);
    }

  if (n_templates != NULL)
    *n_templates = G_N_ELEMENTS (templates);
  return infos;
}

gboolean
phoenix_cv_template_exists (const char *id)
{
  return _phoenix_cv_template_lookup (id) != NULL;
}

void
_phoenix_cv_paper_size (const char *paper,
                        double     *width,
                        double     *height)
{
  if (g_strcmp0 (paper, "letter") == 0)
    {
      *width = 612.0;   /* 8.5 × 11 in */
      *height = 792.0;
    }
  else
    {
      *width = 595.276;  /* 210 × 297 mm */
      *height = 841.89;
    }
}
