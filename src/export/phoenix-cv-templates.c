/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-templates"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>

#include "phoenix-cv-renderer.h"
#include "phoenix-cv-templates.h"

static const CvTemplate templates[] = {
  { "classic", N_("Classic"), N_("One column, centred name, ruled section titles"),
    56, 50, 50, 10.5, 9.5, 12, 24, 12.5, 0,
    0x1f3a5f, 0x222222, 0x5f6b7a, 0, 0,
    TRUE, TRUE, TRUE, FALSE, 14, 8, 2.5, 76, FALSE, "Lato", TRUE, 1 },
  { "modern", N_("Modern"), N_("A tinted sidebar with contact, skills and languages"),
    34, 0, 40, 10, 9, 12, 26, 13, 170,
    0x0f766e, 0x1f2933, 0x52606d, 0x0f766e, 0xeef5f4,
    FALSE, FALSE, FALSE, FALSE, 14, 9, 2.5, 96, TRUE, "Lato", FALSE, 0 },
  { "compact", N_("Compact"), N_("Dense, one column, dates on the title line"),
    40, 36, 36, 9.5, 8.5, 10.5, 19, 10.5, 0,
    0x333333, 0x1a1a1a, 0x666666, 0, 0,
    FALSE, TRUE, TRUE, TRUE, 9, 5, 1.5, 52, FALSE, "Lato", TRUE, 1 },
  /* For applicant tracking systems first: one column, black on white, the usual section
   * titles, no photo, dates written out, text in reading order. */
  { "ats", N_("Plain for ATS"), N_("One plain column that tracking software reads best; never a photo"),
    54, 48, 48, 10.5, 10, 12, 20, 11.5, 0,
    0x000000, 0x000000, 0x333333, 0, 0,
    FALSE, TRUE, FALSE, FALSE, 12, 7, 2, 0, FALSE, "Carlito", TRUE, 0.5 },
  { "elegant", N_("Elegant"), N_("A serif face, centred name, dates on the title line"),
    58, 54, 50, 10.5, 9.5, 11.5, 26, 12.5, 0,
    0x7b2d26, 0x1e1e1e, 0x5c5552, 0, 0,
    TRUE, TRUE, TRUE, TRUE, 15, 8, 2.5, 78, TRUE, "Linux Libertine O", TRUE, 0 },
};

/* The fonts a CV may be set in (data/fonts, SIL Open Font License): id, family, name. */
static const PhoenixCvFontInfo fonts[] = {
  { "lato", "Lato", N_("Lato (sans serif)") },
  { "carlito", "Carlito", N_("Carlito (sans serif, Calibri’s widths)") },
  { "libertine", "Linux Libertine O", N_("Linux Libertine (serif)") },
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

const PhoenixCvFontInfo *
phoenix_cv_fonts_get (guint *n_fonts)
{
  if (n_fonts != NULL)
    *n_fonts = G_N_ELEMENTS (fonts);
  return fonts;
}

static const char *
font_family (const char *id)
{
  for (gsize i = 0; id != NULL && i < G_N_ELEMENTS (fonts); i++)
    if (g_str_equal (fonts[i].id, id))
      return fonts[i].family;

  return NULL;
}

gboolean
phoenix_cv_template_reads_in_order (const char *id)
{
  const CvTemplate *tmpl = _phoenix_cv_template_lookup (id);

  return tmpl != NULL && tmpl->plain_text_order;
}

/* @rgb mixed into white: @share of it. */
static guint32
tint (guint32 rgb,
      double  share)
{
  guint32 result = 0;

  for (int shift = 16; shift >= 0; shift -= 8)
    {
      double channel = (rgb >> shift) & 0xff;

      result |= (guint32) round (255 - (255 - channel) * share) << shift;
    }

  return result;
}

void
_phoenix_cv_template_apply_look (const CvTemplate *tmpl,
                                 const CvLook     *look,
                                 CvTemplate       *out)
{
  const char *family = look != NULL ? font_family (look->font) : NULL;
  double spacing = look != NULL && look->spacing > 0 ? look->spacing : 1;
  double size = look != NULL && look->size > 0 ? look->size : 1;

  *out = *tmpl;
  if (look == NULL)
    return;

  if (look->accent != 0)
    {
      out->accent = look->accent;
      /* A band or sidebar tinted by the template's colour takes the chosen one. */
      if (out->band != 0)
        out->band = look->accent;
      if (out->sidebar_bg != 0)
        out->sidebar_bg = tint (look->accent, 0.07);
    }
  if (family != NULL)
    out->font = family;

  out->body_size *= size;
  out->small_size *= size;
  out->heading_size *= size;
  out->name_size *= size;
  out->headline_size *= size;
  out->section_gap *= spacing * size;
  out->entry_gap *= spacing * size;
  out->line_gap *= spacing;
  out->small_gaps = spacing * size;
  out->margin_top *= MIN (size, 1.0);
  out->margin_bottom *= MIN (size, 1.0);
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
          infos[i].reads_in_order = templates[i].plain_text_order;
          infos[i].accent = templates[i].accent;
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
