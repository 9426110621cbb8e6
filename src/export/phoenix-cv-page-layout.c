/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-page-layout"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <fontconfig/fontconfig.h>
#include <pango/pangofc-fontmap.h>

#include "phoenix-cv-page-layout-private.h"
#include "phoenix-cv-renderer.h"

/*
 * Layout: the document becomes blocks (heading, entry head, paragraph,
 * bullet, list item), each measured with Pango at its column's width, then
 * placed on pages column by column. A block that must stay with the next one
 * (a heading, an entry's title) moves to the next page together with it, so a
 * title is never left alone at the foot of a page.
 *
 * Reading order: the header, then the main column, then the sidebar, so a
 * text extractor that follows the content stream reads one column at a time.
 */

#define FONT_FAMILY "Lato"

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

typedef enum
{
  BLOCK_HEADING,
  BLOCK_ENTRY_HEAD,
  BLOCK_TEXT,
  BLOCK_BULLET,
  BLOCK_LIST_ITEM,
} BlockKind;

typedef struct
{
  BlockKind    kind;
  PangoLayout *text;      /* the block's text */
  PangoLayout *aside;     /* dates at the right of the title line, or NULL */
  PangoLayout *meta;      /* the line under an entry's title, or NULL */
  double       height;
  double       space_before;
  gboolean     keep_with_next;
  gboolean     entry_first_content;  /* the first block after an entry head */
  int          column;    /* 0 main, 1 sidebar */
  char        *uri;         /* a link over the whole block, or NULL */
  int          line_start;  /* a paragraph split over pages shows lines [start, end) */
  int          line_end;    /* -1: to the last line */
  int          page;
  double       x;
  double       y;
  double       width;
} Block;

typedef struct
{
  int   start;  /* byte range in the layout's text */
  int   end;
  char *uri;
} Link;

typedef struct
{
  PangoLayout *layout;
  double       x;
  double       y;
  guint32      color;
  GArray      *links;  /* of Link, or NULL */
} HeaderItem;

struct _CvLayout
{
  const CvTemplate *tmpl;
  double            page_width;
  double            page_height;
  double            header_height;
  GPtrArray        *header;   /* of HeaderItem */
  GPtrArray        *blocks;   /* of Block, main column then sidebar */
  int               n_pages;
  cairo_surface_t  *photo;    /* NULL: none on this CV */
  double            photo_x;  /* its box on the first page */
  double            photo_y;
  double            photo_size;
};

/* Space between the photo and the text beside or under it. */
#define PHOTO_GAP 14

static gsize fc_initialized = 0;
static FcConfig *fc_config = NULL;

static void
set_source_rgb (cairo_t *cr,
                guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

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

/* A layout of @markup at @width, without hyphens, words wrapped whole (a
 * word longer than the line, such as a URL, breaks between characters). */
static PangoLayout *
new_text (PangoContext *context,
          const char   *markup,
          double        size,
          int           weight,
          gboolean      italic,
          double        width,
          double        line_gap)
{
  PangoLayout *layout = pango_layout_new (context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  PangoAttrList *attrs = pango_attr_list_new ();

  pango_font_description_set_family (font, FONT_FAMILY);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_font_description_set_weight (font, weight);
  pango_font_description_set_style (font, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description (layout, font);

  pango_attr_list_insert (attrs, pango_attr_insert_hyphens_new (FALSE));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_spacing (layout, (int) (line_gap * PANGO_SCALE));
  if (width > 0)
    pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_markup (layout, markup, -1);

  return layout;
}

static double
text_height (PangoLayout *layout)
{
  int height;

  if (layout == NULL)
    return 0;
  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
text_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

/* The top of line @n of @layout (n = line count gives the full height). */
static double
line_top (PangoLayout *layout,
          int          n)
{
  PangoLayoutIter *iter;
  PangoRectangle logical;
  double top;

  if (n >= pango_layout_get_line_count (layout))
    return text_height (layout);

  iter = pango_layout_get_iter (layout);
  for (int i = 0; i < n; i++)
    pango_layout_iter_next_line (iter);
  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  top = (double) logical.y / PANGO_SCALE;
  pango_layout_iter_free (iter);

  return top;
}

static gboolean
is_splittable (Block *block)
{
  return (block->kind == BLOCK_TEXT || block->kind == BLOCK_BULLET) &&
         pango_layout_get_line_count (block->text) - block->line_start >= 4;
}

/* The least of @block that may stand at the foot of a page: two lines when it
 * can be split (no orphan), else all of it. */
static double
min_height (Block *block)
{
  if (!is_splittable (block))
    return block->height;

  return line_top (block->text, block->line_start + 2) - line_top (block->text, block->line_start);
}

static void
block_free (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->text);
  g_clear_object (&block->aside);
  g_clear_object (&block->meta);
  g_free (block->uri);
  g_free (block);
}

static void
header_item_free (gpointer data)
{
  HeaderItem *item = data;

  g_clear_object (&item->layout);
  if (item->links != NULL)
    {
      for (guint i = 0; i < item->links->len; i++)
        g_free (g_array_index (item->links, Link, i).uri);
      g_array_unref (item->links);
    }
  g_free (item);
}

static Block *
add_block (GPtrArray   *blocks,
           BlockKind    kind,
           int          column,
           double       width,
           PangoLayout *text)
{
  Block *block = g_new0 (Block, 1);

  block->kind = kind;
  block->column = column;
  block->width = width;
  block->text = text;
  block->height = text_height (text);
  block->line_end = -1;
  g_ptr_array_add (blocks, block);

  return block;
}

static gboolean
in_sidebar (const CvTemplate *tmpl,
            CvSectionId       id)
{
  return tmpl->sidebar_width > 0 &&
         (id == CV_SECTION_ID_SKILLS || id == CV_SECTION_ID_LANGUAGES ||
          id == CV_SECTION_ID_INTERESTS || id == CV_SECTION_ID_LINKS);
}

static void
add_heading (CvLayout     *self,
             PangoContext *context,
             const char   *title,
             int           column,
             double        width,
             gboolean      first)
{
  const CvTemplate *tmpl = self->tmpl;
  g_autofree char *upper = tmpl->headings_upper ? g_utf8_strup (title, -1) : g_strdup (title);
  g_autofree char *markup = g_markup_printf_escaped ("<span letter_spacing=\"%d\">%s</span>",
                                                     tmpl->headings_upper ? 1024 : 0, upper);
  Block *block;

  block = add_block (self->blocks, BLOCK_HEADING, column, width,
                     new_text (context, markup, tmpl->heading_size, PANGO_WEIGHT_BOLD, FALSE, width, 0));
  block->height += tmpl->heading_rule ? 6 : 8;
  block->space_before = first ? 0 : tmpl->section_gap;
  block->keep_with_next = TRUE;
}

static void
add_entry (CvLayout         *self,
           PangoContext     *context,
           const CvDocEntry *entry,
           int               column,
           double            width,
           gboolean          first_in_section)
{
  const CvTemplate *tmpl = self->tmpl;
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) meta = g_string_new (NULL);
  Block *head = NULL;
  Block *block;
  gboolean first_content = TRUE;
  double aside_width = 0;

  if (entry->title[0] != '\0' || entry->org[0] != '\0')
    {
      PangoLayout *aside = NULL;

      if (tmpl->dates_aside && entry->dates[0] != '\0')
        {
          g_autofree char *dates = g_markup_escape_text (entry->dates, -1);

          aside = new_text (context, dates, tmpl->body_size, PANGO_WEIGHT_NORMAL, FALSE, -1, 0);
          aside_width = text_width (aside) + 12;
        }

      if (entry->title[0] != '\0')
        {
          g_autofree char *t = g_markup_escape_text (entry->title, -1);

          g_string_append_printf (title, "<b>%s</b>", t);
        }
      if (entry->org[0] != '\0')
        {
          g_autofree char *o = g_markup_escape_text (entry->org, -1);

          if (title->len > 0)
            g_string_append (title, " — ");
          g_string_append_printf (title, "<span foreground=\"#%06x\">%s</span>", tmpl->accent, o);
        }
      if (tmpl->dates_aside && entry->location[0] != '\0')
        {
          g_autofree char *l = g_markup_escape_text (entry->location, -1);

          g_string_append_printf (title, "<span foreground=\"#%06x\">, %s</span>", tmpl->muted, l);
        }

      head = add_block (self->blocks, BLOCK_ENTRY_HEAD, column, width,
                        new_text (context, title->str, tmpl->body_size + 0.5, PANGO_WEIGHT_NORMAL, FALSE,
                                  width - aside_width, 0));
      head->aside = aside;
      head->space_before = first_in_section ? 0 : tmpl->entry_gap;
      head->keep_with_next = TRUE;

      if (!tmpl->dates_aside)
        {
          if (entry->dates[0] != '\0')
            g_string_append (meta, entry->dates);
          if (entry->location[0] != '\0')
            g_string_append_printf (meta, "%s%s", meta->len > 0 ? " · " : "", entry->location);
        }
      if (meta->len > 0)
        {
          g_autofree char *m = g_markup_escape_text (meta->str, -1);

          head->meta = new_text (context, m, tmpl->small_size, PANGO_WEIGHT_NORMAL, TRUE, width, 0);
          head->height += text_height (head->meta) + 1;
        }
      head->height = MAX (head->height, text_height (aside));
    }

  if (entry->text[0] != '\0')
    {
      g_auto(GStrv) paragraphs = g_strsplit (entry->text, "\n", -1);

      for (guint i = 0; paragraphs[i] != NULL; i++)
        {
          g_autofree char *p = NULL;

          g_strstrip (paragraphs[i]);
          if (paragraphs[i][0] == '\0')
            continue;
          p = g_markup_escape_text (paragraphs[i], -1);
          block = add_block (self->blocks, BLOCK_TEXT, column, width,
                             new_text (context, p, tmpl->body_size, PANGO_WEIGHT_NORMAL, FALSE, width,
                                       tmpl->line_gap));
          block->space_before = head != NULL || !first_content ? 2 : (first_in_section ? 0 : tmpl->entry_gap);
          block->entry_first_content = head != NULL && first_content;
          first_content = FALSE;
        }
    }

  for (guint i = 0; entry->bullets != NULL && entry->bullets[i] != NULL; i++)
    {
      g_autofree char *b = g_markup_printf_escaped ("•\t%s", entry->bullets[i]);
      PangoLayout *layout = new_text (context, b, tmpl->body_size, PANGO_WEIGHT_NORMAL, FALSE,
                                      width - 4, tmpl->line_gap);
      PangoTabArray *tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT, 11);

      /* A hanging indent: wrapped lines start under the text, not the bullet. */
      pango_layout_set_tabs (layout, tabs);
      pango_layout_set_indent (layout, -11 * PANGO_SCALE);
      pango_layout_set_width (layout, (int) ((width - 15) * PANGO_SCALE));
      pango_tab_array_free (tabs);

      block = add_block (self->blocks, BLOCK_BULLET, column, width, layout);
      block->x = 15;  /* relative indent, made absolute when placed */
      block->space_before = 1.5;
      block->entry_first_content = head != NULL && first_content;
      first_content = FALSE;
    }
}

static void
add_list_item (CvLayout         *self,
               PangoContext     *context,
               const CvDocEntry *entry,
               int               column,
               double            width)
{
  const CvTemplate *tmpl = self->tmpl;
  g_autofree char *title = g_markup_escape_text (entry->title, -1);
  g_autofree char *markup = NULL;
  Block *block;

  if (entry->text[0] != '\0')
    {
      g_autofree char *text = g_markup_escape_text (entry->text, -1);

      markup = g_strdup_printf ("<b>%s</b>: %s", title, text);
    }
  else
    {
      markup = g_steal_pointer (&title);
    }

  block = add_block (self->blocks, BLOCK_LIST_ITEM, column, width,
                     new_text (context, markup, column == 1 ? tmpl->small_size + 0.5 : tmpl->body_size,
                               PANGO_WEIGHT_NORMAL, FALSE, width, tmpl->line_gap));
  block->space_before = column == 1 ? 5 : 2;
}

static void
build_header (CvLayout     *self,
              CvDocument   *doc,
              PangoContext *context,
              double        content_x,
              double        content_width)
{
  const CvTemplate *tmpl = self->tmpl;
  double y = tmpl->band != 0 ? 30 : tmpl->margin_top;
  guint32 name_color = tmpl->band != 0 ? 0xffffff : tmpl->accent;
  guint32 headline_color = tmpl->band != 0 ? 0xd9f2ef : tmpl->muted;
  HeaderItem *item;

  if (doc->name[0] != '\0')
    {
      g_autofree char *name = g_markup_printf_escaped ("<b>%s</b>", doc->name);

      item = g_new0 (HeaderItem, 1);
      item->layout = new_text (context, name, tmpl->name_size, PANGO_WEIGHT_BOLD, FALSE, content_width, 0);
      item->x = content_x;
      item->y = y;
      item->color = name_color;
      if (tmpl->header_centered)
        pango_layout_set_alignment (item->layout, PANGO_ALIGN_CENTER);
      g_ptr_array_add (self->header, item);
      y += text_height (item->layout) + 2;
    }

  if (doc->headline[0] != '\0')
    {
      g_autofree char *headline = g_markup_escape_text (doc->headline, -1);

      item = g_new0 (HeaderItem, 1);
      item->layout = new_text (context, headline, tmpl->headline_size, PANGO_WEIGHT_NORMAL, FALSE,
                               content_width, 0);
      item->x = content_x;
      item->y = y;
      item->color = headline_color;
      if (tmpl->header_centered)
        pango_layout_set_alignment (item->layout, PANGO_ALIGN_CENTER);
      g_ptr_array_add (self->header, item);
      y += text_height (item->layout) + 4;
    }

  /* One column: the contact line under the name. The sidebar template gives
   * contact its own section in the sidebar instead. */
  if (tmpl->sidebar_width == 0 && doc->contact[0] != NULL)
    {
      g_autoptr(GString) markup = g_string_new (NULL);
      g_autoptr(GString) plain = g_string_new (NULL);
      GArray *links = g_array_new (FALSE, FALSE, sizeof (Link));
      double line_width = 0, separator;
      g_autoptr(PangoLayout) measure = new_text (context, "  ·  ", tmpl->small_size, PANGO_WEIGHT_NORMAL,
                                                 FALSE, -1, 0);

      /* Items are kept whole (an address is never cut at a slash): they are
       * packed into lines here rather than wrapped by Pango. */
      separator = text_width (measure);
      for (guint i = 0; doc->contact[i] != NULL; i++)
        {
          g_autofree char *c = g_markup_escape_text (doc->contact[i], -1);
          double width;

          pango_layout_set_markup (measure, c, -1);
          width = text_width (measure);
          if (i > 0 && line_width + separator + width > content_width)
            {
              g_string_append_c (markup, '\n');
              g_string_append_c (plain, '\n');
              line_width = 0;
            }
          else if (i > 0)
            {
              g_string_append (markup, "  ·  ");
              g_string_append (plain, "  ·  ");
              line_width += separator;
            }
          if (doc->contact_uris[i] != NULL && doc->contact_uris[i][0] != '\0')
            {
              Link link = { (int) plain->len, (int) (plain->len + strlen (doc->contact[i])),
                            g_strdup (doc->contact_uris[i]) };

              g_array_append_val (links, link);
            }
          g_string_append (markup, c);
          g_string_append (plain, doc->contact[i]);
          line_width += width;
        }

      item = g_new0 (HeaderItem, 1);
      item->layout = new_text (context, markup->str, tmpl->small_size, PANGO_WEIGHT_NORMAL, FALSE,
                               content_width, 1);
      item->x = content_x;
      item->y = y;
      item->color = tmpl->text;
      item->links = links;
      if (tmpl->header_centered)
        pango_layout_set_alignment (item->layout, PANGO_ALIGN_CENTER);
      g_ptr_array_add (self->header, item);
      y += text_height (item->layout);
    }

  self->header_height = y + (tmpl->band != 0 ? 22 : 14);
}

/* Centres of the main column's lines on @page, in page coordinates. */
static GArray *
main_line_centres (CvLayout *self,
                   int       page)
{
  GArray *centres = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = self->blocks->pdata[i];
      PangoLayout *layouts[] = { block->text, block->meta };
      double offset = 0;

      if (block->column != 0 || block->page != page)
        continue;

      for (gsize l = 0; l < G_N_ELEMENTS (layouts); l++)
        {
          PangoLayout *layout = layouts[l];
          int start = l == 0 ? block->line_start : 0;
          int end = l == 0 && block->line_end >= 0 ? block->line_end : (layout ? pango_layout_get_line_count (layout) : 0);
          double top;

          if (layout == NULL)
            continue;
          top = line_top (layout, start);
          for (int k = start; k < end; k++)
            {
              double centre = block->y + offset + (line_top (layout, k) + line_top (layout, k + 1)) / 2 - top;

              g_array_append_val (centres, centre);
            }
          offset += text_height (layout) + 1;
        }
    }

  return centres;
}

/* How many lines of @block at @y would sit on a baseline of the main column. */
static guint
count_main_line_hits (Block  *block,
                      double  y,
                      GArray *centres)
{
  int n = pango_layout_get_line_count (block->text);
  guint hits = 0;

  for (int k = 0; k < n; k++)
    {
      double centre = y + (line_top (block->text, k) + line_top (block->text, k + 1)) / 2;

      for (guint c = 0; c < centres->len; c++)
        {
          if (fabs (g_array_index (centres, double, c) - centre) < 4.5)
            {
              hits++;
              break;
            }
        }
    }

  return hits;
}

/* The shift (0 to one line down) of the sidebar section that starts with
 * block @first at @y that puts the fewest of its lines on the main column's
 * baselines. The section moves as a whole, so its own spacing stays even. */
static double
best_section_shift (CvLayout *self,
                    guint     first,
                    double    y,
                    GArray   *centres)
{
  double best = 0;
  guint best_hits = G_MAXUINT;

  for (double d = 0; d < 14 && best_hits > 0; d += 0.5)
    {
      double at = y + d;
      guint hits = 0;

      for (guint j = first; j < self->blocks->len; j++)
        {
          Block *next = self->blocks->pdata[j];

          if (next->column != 1)
            continue;
          if (j > first && next->kind == BLOCK_HEADING)
            break;
          if (j > first)
            at += next->space_before;
          hits += count_main_line_hits (next, at, centres);
          at += next->height;
        }

      if (hits < best_hits)
        {
          best_hits = hits;
          best = d;
        }
    }

  return best;
}

/* Places the blocks of one column on pages. */
static void
paginate_column (CvLayout *self,
                 int       column,
                 double    x,
                 double    first_top)
{
  const CvTemplate *tmpl = self->tmpl;
  double bottom = self->page_height - tmpl->margin_bottom;
  double top_other = tmpl->band != 0 ? 40 : tmpl->margin_top;
  int page = 0;
  double y = first_top;
  gboolean page_empty = TRUE;
  g_autoptr(GArray) centres = NULL;
  int centres_page = -1;

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = self->blocks->pdata[i];
      double chain = 0;

      if (block->column != column)
        continue;

      /* The block and every block it must stay with. */
      for (guint j = i; j < self->blocks->len; j++)
        {
          Block *next = self->blocks->pdata[j];

          if (next->column != column)
            continue;
          chain += (j == i && page_empty ? 0 : next->space_before) + (j == i ? next->height : min_height (next));
          if (!next->keep_with_next)
            break;
        }

      /* A long paragraph that does not fit: as many lines as fit here (two at
       * least, and two at least left for the next page), the rest on the next page. */
      if (y + chain > bottom && is_splittable (block) && !block->keep_with_next)
        {
          int n_lines = pango_layout_get_line_count (block->text);
          double top = line_top (block->text, block->line_start);
          double start_y = y + (page_empty ? 0 : block->space_before);
          int fit = block->line_start;

          while (fit + 1 <= n_lines - 2 &&
                 start_y + line_top (block->text, fit + 1) - top <= bottom)
            fit++;

          if (fit - block->line_start >= 2)
            {
              Block *rest = g_new0 (Block, 1);

              *rest = *block;
              rest->text = g_object_ref (block->text);
              rest->aside = NULL;
              rest->meta = NULL;
              rest->uri = NULL;
              rest->line_start = fit;
              rest->height = text_height (block->text) - line_top (block->text, fit);
              rest->space_before = 0;
              rest->entry_first_content = FALSE;

              block->line_end = fit;
              block->height = line_top (block->text, fit) - top;
              g_ptr_array_insert (self->blocks, (int) i + 1, rest);
              chain = block->height;
            }
        }

      if (y + chain > bottom && !page_empty)
        {
          page++;
          y = top_other;
          page_empty = TRUE;
        }

      if (!page_empty)
        y += block->space_before;

      /* The sidebar's lines fall between the main column's, never on the
       * same baseline: a reader that rebuilds lines from positions (as ATS
       * do) keeps the columns apart instead of joining a sidebar item to the
       * text beside it. */
      if (column == 1 && block->kind == BLOCK_HEADING)
        {
          if (centres_page != page)
            {
              g_clear_pointer (&centres, g_array_unref);
              centres = main_line_centres (self, page);
              centres_page = page;
            }
          y += best_section_shift (self, i, y, centres);
        }

      block->page = page;
      block->x += x;
      block->y = y;
      y += block->height;
      page_empty = FALSE;
      self->n_pages = MAX (self->n_pages, page + 1);
    }
}

static const cairo_user_data_key_t photo_pixels_key;

/* A surface of the layout's own on the document's shared pixels (a surface is
 * not shared between threads); a PDF embeds the JPEG itself when it can. */
static cairo_surface_t *
photo_surface_new (CvDocPhoto *photo)
{
  cairo_surface_t *surface;

  surface = cairo_image_surface_create_for_data ((unsigned char *) g_bytes_get_data (photo->pixels, NULL),
                                                 CAIRO_FORMAT_ARGB32, photo->width, photo->height,
                                                 photo->stride);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      cairo_surface_destroy (surface);
      return NULL;
    }
  cairo_surface_set_user_data (surface, &photo_pixels_key, g_bytes_ref (photo->pixels),
                               (cairo_destroy_func_t) g_bytes_unref);
  if (photo->is_jpeg)
    {
      gsize size;
      const unsigned char *data = g_bytes_get_data (photo->encoded, &size);

      cairo_surface_set_mime_data (surface, CAIRO_MIME_TYPE_JPEG, data, size,
                                   (cairo_destroy_func_t) g_bytes_unref, g_bytes_ref (photo->encoded));
    }

  return surface;
}

/* One column: the photo at the top right, the header's text beside it,
 * centred on the photo's height. */
static void
place_header_photo (CvLayout *self,
                    double    right,
                    double    text_top)
{
  double text_bottom = self->header_height - 14;
  double photo_bottom = self->photo_y + self->photo_size;

  self->photo_x = right - self->photo_size;
  if (text_bottom - text_top < self->photo_size)
    {
      double shift = (photo_bottom - text_bottom) / 2;

      for (guint i = 0; i < self->header->len; i++)
        ((HeaderItem *) self->header->pdata[i])->y += shift;
    }
  self->header_height = MAX (self->header_height, photo_bottom + 14);
}

CvLayout *
_phoenix_cv_layout_new (CvDocument       *doc,
                        const CvTemplate *tmpl,
                        double            page_width,
                        double            page_height,
                        PangoContext     *context)
{
  CvLayout *self = g_new0 (CvLayout, 1);
  double main_x, main_width, side_x = 0, side_width = 0;
  gboolean first_main = TRUE, first_side = TRUE;

  self->tmpl = tmpl;
  self->page_width = page_width;
  self->page_height = page_height;
  self->header = g_ptr_array_new_with_free_func (header_item_free);
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->n_pages = 1;

  if (tmpl->sidebar_width > 0)
    {
      side_x = tmpl->margin_x * 0.7;
      side_width = tmpl->sidebar_width - side_x - 20;
      main_x = tmpl->sidebar_width + 30;
      main_width = page_width - main_x - tmpl->margin_x;
    }
  else
    {
      main_x = tmpl->margin_x;
      main_width = page_width - 2 * tmpl->margin_x;
    }

  if (doc->photo != NULL)
    self->photo = photo_surface_new (doc->photo);
  if (self->photo != NULL)
    self->photo_size = tmpl->sidebar_width > 0 ? MIN (tmpl->photo_size, side_width) : tmpl->photo_size;

  if (tmpl->band != 0)
    build_header (self, doc, context, tmpl->margin_x, page_width - 2 * tmpl->margin_x);
  else if (self->photo != NULL && tmpl->header_centered)
    build_header (self, doc, context, main_x + self->photo_size + PHOTO_GAP,
                  main_width - 2 * (self->photo_size + PHOTO_GAP));
  else if (self->photo != NULL)
    build_header (self, doc, context, main_x, main_width - self->photo_size - PHOTO_GAP);
  else
    build_header (self, doc, context, main_x, main_width);

  if (self->photo != NULL && tmpl->sidebar_width > 0)
    {
      /* The sidebar: the photo at its top, centred, the sidebar's sections under it. */
      self->photo_x = side_x + (side_width - self->photo_size) / 2;
      self->photo_y = self->header_height + 4;
    }
  else if (self->photo != NULL)
    {
      self->photo_y = tmpl->margin_top;
      place_header_photo (self, main_x + main_width, tmpl->margin_top);
    }

  /* Main column first, then the sidebar: the order a reader (and an ATS) follows. */
  for (int pass = 0; pass < 2; pass++)
    {
      if (pass == 1 && tmpl->sidebar_width > 0 && doc->contact[0] != NULL)
        {
          add_heading (self, context, doc->contact_title, 1, side_width, first_side);
          first_side = FALSE;
          for (guint i = 0; doc->contact[i] != NULL; i++)
            {
              CvDocEntry item = { doc->contact[i], (char *) "", (char *) "", (char *) "", (char *) "", NULL };
              Block *block;

              add_list_item (self, context, &item, 1, side_width);
              block = self->blocks->pdata[self->blocks->len - 1];
              if (doc->contact_uris[i] != NULL && doc->contact_uris[i][0] != '\0')
                block->uri = g_strdup (doc->contact_uris[i]);
            }
        }

      for (guint s = 0; s < doc->sections->len; s++)
        {
          CvDocSection *section = doc->sections->pdata[s];
          gboolean side = in_sidebar (tmpl, section->id);
          int column = side ? 1 : 0;
          double width = side ? side_width : main_width;
          gboolean *first = side ? &first_side : &first_main;

          if ((pass == 0) == side)
            continue;

          add_heading (self, context, section->title, column, width, *first);
          *first = FALSE;

          for (guint e = 0; e < section->entries->len; e++)
            {
              CvDocEntry *entry = section->entries->pdata[e];

              if (section->is_list)
                add_list_item (self, context, entry, column, width);
              else
                add_entry (self, context, entry, column, width, e == 0);
            }
        }
    }

  paginate_column (self, 0, main_x, self->header_height);
  if (tmpl->sidebar_width > 0 && self->photo != NULL)
    paginate_column (self, 1, side_x, self->photo_y + self->photo_size + PHOTO_GAP);
  else if (tmpl->sidebar_width > 0)
    paginate_column (self, 1, side_x, self->header_height + 7);

  return self;
}

void
_phoenix_cv_layout_free (CvLayout *self)
{
  g_clear_pointer (&self->header, g_ptr_array_unref);
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->photo, cairo_surface_destroy);
  g_free (self);
}

int
_phoenix_cv_layout_get_n_pages (CvLayout *self)
{
  return self->n_pages;
}

static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y,
             guint32      color)
{
  set_source_rgb (cr, color);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* Structure tags only on PDF surfaces: a preview (image or recording
 * surface) has no use for them. */
static void
struct_begin (cairo_t    *cr,
              const char *tag)
{
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF)
    cairo_tag_begin (cr, tag, NULL);
}

static void
struct_end (cairo_t    *cr,
            const char *tag)
{
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_PDF)
    cairo_tag_end (cr, tag);
}

/* A link annotation (PDF surfaces; other surfaces ignore it). */
static void
tag_link (cairo_t    *cr,
          const char *uri,
          double      x,
          double      y,
          double      width,
          double      height)
{
  g_autoptr(GString) attributes = g_string_new ("rect=[");
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  double values[] = { x, y, width, height };

  for (gsize i = 0; i < G_N_ELEMENTS (values); i++)
    g_string_append_printf (attributes, "%s%s", i > 0 ? " " : "",
                            g_ascii_formatd (buffer, sizeof buffer, "%.2f", values[i]));
  g_string_append (attributes, "] uri='");
  for (const char *p = uri; *p != '\0'; p++)
    {
      if (*p == '\'' || *p == '\\')
        g_string_append_c (attributes, '\\');
      g_string_append_c (attributes, *p);
    }
  g_string_append_c (attributes, '\'');

  if (cairo_surface_get_type (cairo_get_target (cr)) != CAIRO_SURFACE_TYPE_PDF)
    return;
  cairo_tag_begin (cr, CAIRO_TAG_LINK, attributes->str);
  cairo_tag_end (cr, CAIRO_TAG_LINK);
}

static void
tag_header_links (cairo_t    *cr,
                  HeaderItem *item)
{
  for (guint i = 0; item->links != NULL && i < item->links->len; i++)
    {
      Link *link = &g_array_index (item->links, Link, i);
      PangoRectangle start, end;

      pango_layout_index_to_pos (item->layout, link->start, &start);
      pango_layout_index_to_pos (item->layout, link->end, &end);
      tag_link (cr, link->uri, item->x + (double) start.x / PANGO_SCALE, item->y + (double) start.y / PANGO_SCALE,
                (double) (end.x - start.x) / PANGO_SCALE, (double) start.height / PANGO_SCALE);
    }
}

/* Lines [line_start, line_end) of a paragraph split over pages. */
static void
show_lines (cairo_t *cr,
            Block   *block,
            guint32  color)
{
  PangoLayoutIter *iter = pango_layout_get_iter (block->text);
  double top = line_top (block->text, block->line_start);
  int end = block->line_end < 0 ? pango_layout_get_line_count (block->text) : block->line_end;
  int i = 0;

  set_source_rgb (cr, color);
  do
    {
      PangoRectangle logical;

      if (i >= block->line_start && i < end)
        {
          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          cairo_move_to (cr, block->x + (double) logical.x / PANGO_SCALE,
                         block->y - top + (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      i++;
    }
  while (i < end && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* The photo filling its box (cropped to the box's shape, centred), clipped
 * to a circle or a rounded square. */
static void
draw_photo (CvLayout *self,
            cairo_t  *cr)
{
  double size = self->photo_size;
  double x = self->photo_x, y = self->photo_y;
  int width = cairo_image_surface_get_width (self->photo);
  int height = cairo_image_surface_get_height (self->photo);
  double scale = MAX (size / width, size / height);

  cairo_save (cr);
  cairo_new_path (cr);
  if (self->tmpl->photo_round)
    {
      cairo_arc (cr, x + size / 2, y + size / 2, size / 2, 0, 2 * G_PI);
    }
  else
    {
      double r = size * 0.12;

      cairo_new_sub_path (cr);
      cairo_arc (cr, x + size - r, y + r, r, -G_PI / 2, 0);
      cairo_arc (cr, x + size - r, y + size - r, r, 0, G_PI / 2);
      cairo_arc (cr, x + r, y + size - r, r, G_PI / 2, G_PI);
      cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
      cairo_close_path (cr);
    }
  cairo_clip (cr);

  cairo_translate (cr, x + (size - width * scale) / 2, y + (size - height * scale) / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, self->photo, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
  cairo_restore (cr);
}

void
_phoenix_cv_layout_draw_page (CvLayout *self,
                              cairo_t  *cr,
                              int       page)
{
  const CvTemplate *tmpl = self->tmpl;

  cairo_save (cr);

  cairo_rectangle (cr, 0, 0, self->page_width, self->page_height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);

  if (tmpl->sidebar_width > 0)
    {
      set_source_rgb (cr, tmpl->sidebar_bg);
      cairo_rectangle (cr, 0, 0, tmpl->sidebar_width, self->page_height);
      cairo_fill (cr);
    }

  if (page == 0)
    {
      if (tmpl->band != 0)
        {
          set_source_rgb (cr, tmpl->band);
          cairo_rectangle (cr, 0, 0, self->page_width, self->header_height - 12);
          cairo_fill (cr);
        }

      for (guint i = 0; i < self->header->len; i++)
        {
          HeaderItem *item = self->header->pdata[i];

          /* Tagged PDF: the structure gives readers (screen readers, ATS) the
           * reading order and the role of each run of text. */
          struct_begin (cr, i == 0 ? "H1" : "P");
          show_layout (cr, item->layout, item->x, item->y, item->color);
          struct_end (cr, i == 0 ? "H1" : "P");
          tag_header_links (cr, item);
        }

      if (self->photo != NULL)
        {
          struct_begin (cr, "Figure");
          draw_photo (self, cr);
          struct_end (cr, "Figure");
        }

    }

  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = self->blocks->pdata[i];

      if (block->page != page)
        continue;

      switch (block->kind)
        {
        case BLOCK_HEADING:
          struct_begin (cr, "H2");
          show_layout (cr, block->text, block->x, block->y, tmpl->accent);
          struct_end (cr, "H2");
          if (tmpl->heading_rule)
            {
              set_source_rgb (cr, tmpl->accent);
              cairo_rectangle (cr, block->x, block->y + text_height (block->text) + 2, block->width, 0.7);
              cairo_fill (cr);
            }
          else
            {
              set_source_rgb (cr, tmpl->accent);
              cairo_rectangle (cr, block->x, block->y + text_height (block->text) + 1.5, 22, 2);
              cairo_fill (cr);
            }
          break;

        case BLOCK_ENTRY_HEAD:
          struct_begin (cr, "H3");
          show_layout (cr, block->text, block->x, block->y, tmpl->text);
          if (block->aside != NULL)
            show_layout (cr, block->aside, block->x + block->width - text_width (block->aside),
                         block->y, tmpl->muted);
          struct_end (cr, "H3");
          if (block->meta != NULL)
            {
              struct_begin (cr, "P");
              show_layout (cr, block->meta, block->x, block->y + text_height (block->text) + 1, tmpl->muted);
              struct_end (cr, "P");
            }
          break;

        case BLOCK_TEXT:
        case BLOCK_BULLET:
        case BLOCK_LIST_ITEM:
        default:
          struct_begin (cr, "P");
          if (block->line_start == 0 && block->line_end == -1)
            show_layout (cr, block->text, block->x, block->y, tmpl->text);
          else
            show_lines (cr, block, tmpl->text);
          struct_end (cr, "P");
          if (block->uri != NULL)
            tag_link (cr, block->uri, block->x, block->y, text_width (block->text), block->height);
          break;
        }
    }

  cairo_restore (cr);
}

gboolean
_phoenix_cv_layout_keeps_entries_together (CvLayout *self)
{
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = self->blocks->pdata[i];

      if (block->kind != BLOCK_ENTRY_HEAD && block->kind != BLOCK_HEADING)
        continue;

      /* The next block of the same column starts on the same page. */
      for (guint j = i + 1; j < self->blocks->len; j++)
        {
          Block *next = self->blocks->pdata[j];

          if (next->column != block->column)
            continue;
          if (next->page != block->page)
            {
              g_debug ("block %u (kind %d, column %d, page %d, y %.1f, h %.1f) parted from the next "
                       "(kind %d, page %d, h %.1f)", i, block->kind, block->column, block->page, block->y,
                       block->height, next->kind, next->page, next->height);
              return FALSE;
            }
          break;
        }
    }

  return TRUE;
}
