/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-page-layout"

#include "config.h"

#include <math.h>

#include "phoenix-cv-page-layout-private.h"

/*
 * Layout: the document becomes blocks (heading, entry head, paragraph,
 * bullet, list item), each measured with Pango at its column's width, then
 * placed on pages column by column. A block that must stay with the next one
 * (a heading, an entry's title) moves to the next page together with it, so a
 * title is never left alone at the foot of a page.
 *
 * Reading order: the header, then the main column, then the sidebar, so a
 * text extractor that follows the content stream reads one column at a time.
 * The page breaks are phoenix-cv-page-breaks.c's, the drawing
 * phoenix-cv-page-draw.c's.
 */

/* Space between the photo and the text beside or under it. */
#define PHOTO_GAP 14

/* A layout of @markup at @width, without hyphens, words wrapped whole (a
 * word longer than the line, such as a URL, breaks between characters). */
static PangoLayout *
new_text (const char   *family,
          PangoContext *context,
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

  pango_font_description_set_family (font, family != NULL ? family : PHOENIX_CV_FONT_FAMILY);
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

double
_phoenix_cv_text_height (PangoLayout *layout)
{
  int height;

  if (layout == NULL)
    return 0;
  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

double
_phoenix_cv_text_width (PangoLayout *layout)
{
  int width;

  pango_layout_get_size (layout, &width, NULL);
  return (double) width / PANGO_SCALE;
}

double
_phoenix_cv_line_top (PangoLayout *layout,
          int          n)
{
  PangoLayoutIter *iter;
  PangoRectangle logical;
  double top;

  if (n >= pango_layout_get_line_count (layout))
    return _phoenix_cv_text_height (layout);

  iter = pango_layout_get_iter (layout);
  for (int i = 0; i < n; i++)
    pango_layout_iter_next_line (iter);
  pango_layout_iter_get_line_extents (iter, NULL, &logical);
  top = (double) logical.y / PANGO_SCALE;
  pango_layout_iter_free (iter);

  return top;
}

/* The CV's spacing on the small fixed gaps. */
static double
small_gap (const CvTemplate *tmpl)
{
  return tmpl->small_gaps > 0 ? tmpl->small_gaps : 1;
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
  block->height = _phoenix_cv_text_height (text);
  block->line_end = -1;
  g_ptr_array_add (blocks, block);

  return block;
}

/*
 * The block cache (issue #20): the shaped blocks of each heading, entry and
 * list item, keyed by everything that shapes them (their text, column, width,
 * place in the section) under one look (template, sizes, page width). A layout
 * built with a cache shapes only what changed since the last one and copies the
 * rest (the copies share the Pango layouts, which nothing changes once shaped);
 * pagination then runs over all the blocks, which is cheap.
 */

typedef struct
{
  GPtrArray *blocks;      /* of Block, before pagination */
  guint      generation;  /* the last layout that used it */
} CachedBlocks;

struct _CvBlockCache
{
  GHashTable   *items;     /* key → CachedBlocks */
  char         *look;      /* the look the items were shaped with */
  PangoContext *context;   /* and the context (not a reference: only compared) */
  guint         generation;
  guint         n_shaped;
};

static void
cached_blocks_free (gpointer data)
{
  CachedBlocks *cached = data;

  g_ptr_array_unref (cached->blocks);
  g_free (cached);
}


CvBlockCache *
_phoenix_cv_block_cache_new (void)
{
  CvBlockCache *cache = g_new0 (CvBlockCache, 1);

  cache->items = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, cached_blocks_free);
  return cache;
}

void
_phoenix_cv_block_cache_free (CvBlockCache *cache)
{
  if (cache == NULL)
    return;
  g_hash_table_unref (cache->items);
  g_free (cache->look);
  g_free (cache);
}

void
_phoenix_cv_block_cache_clear (CvBlockCache *cache)
{
  g_hash_table_remove_all (cache->items);
  g_clear_pointer (&cache->look, g_free);
}

guint
_phoenix_cv_block_cache_get_n_shaped (CvBlockCache *cache)
{
  return cache->n_shaped;
}

guint
_phoenix_cv_block_cache_get_size (CvBlockCache *cache)
{
  return g_hash_table_size (cache->items);
}

static Block *
block_copy (const Block *block)
{
  Block *copy = g_new (Block, 1);

  *copy = *block;
  if (copy->text != NULL)
    g_object_ref (copy->text);
  if (copy->aside != NULL)
    g_object_ref (copy->aside);
  if (copy->meta != NULL)
    g_object_ref (copy->meta);
  copy->uri = g_strdup (block->uri);
  return copy;
}

/* Everything of the template and page that shapes a block. */
static char *
look_key (const CvTemplate *tmpl,
          double            page_width)
{
  return g_strdup_printf ("%s|%a|%a|%a|%a|%a|%a|%a|%a|%a|%a|%x|%x|%x|%x|%x|%d|%d|%d|%d|%a|%a|%a|%a|%d|%s|%a|%a",
                          tmpl->id, page_width, tmpl->margin_x, tmpl->margin_top, tmpl->margin_bottom,
                          tmpl->body_size, tmpl->small_size, tmpl->heading_size, tmpl->name_size,
                          tmpl->headline_size, tmpl->sidebar_width, tmpl->accent, tmpl->text, tmpl->muted,
                          tmpl->band, tmpl->sidebar_bg, tmpl->header_centered, tmpl->headings_upper,
                          tmpl->heading_rule, tmpl->dates_aside, tmpl->section_gap, tmpl->entry_gap,
                          tmpl->line_gap, tmpl->photo_size, tmpl->photo_round,
                          tmpl->font != NULL ? tmpl->font : "", tmpl->heading_tracking, tmpl->small_gaps);
}

/* Starts a layout with @cache: drops what another look or context shaped. */
static void
cache_begin (CvBlockCache     *cache,
             const CvTemplate *tmpl,
             double            page_width,
             PangoContext     *context)
{
  g_autofree char *look = look_key (tmpl, page_width);

  if (g_strcmp0 (cache->look, look) != 0 || cache->context != context)
    {
      g_hash_table_remove_all (cache->items);
      g_free (cache->look);
      cache->look = g_steal_pointer (&look);
      cache->context = context;
    }
  cache->generation++;
}

static gboolean
cache_stale (gpointer key,
             gpointer value,
             gpointer user_data)
{
  CachedBlocks *cached = value;
  CvBlockCache *cache = user_data;

  return cached->generation != cache->generation;
}

/* Ends it: what this layout did not use goes (a deleted or edited entry). */
static void
cache_end (CvBlockCache *cache)
{
  g_hash_table_foreach_remove (cache->items, cache_stale, cache);
}

/* Appends the cached blocks of @key to the layout; FALSE when they are not cached. */
static gboolean
cache_take (CvLayout     *self,
            CvBlockCache *cache,
            const char   *key)
{
  CachedBlocks *cached;

  if (cache == NULL)
    return FALSE;
  cached = g_hash_table_lookup (cache->items, key);
  if (cached == NULL)
    return FALSE;
  cached->generation = cache->generation;
  for (guint i = 0; i < cached->blocks->len; i++)
    g_ptr_array_add (self->blocks, block_copy (cached->blocks->pdata[i]));
  return TRUE;
}

/* Keeps a copy of the blocks shaped for @key, from @first on. */
static void
cache_store (CvLayout     *self,
             CvBlockCache *cache,
             const char   *key,
             guint         first)
{
  CachedBlocks *cached;

  if (cache == NULL)
    return;
  cached = g_new0 (CachedBlocks, 1);
  cached->blocks = g_ptr_array_new_with_free_func (block_free);
  cached->generation = cache->generation;
  for (guint i = first; i < self->blocks->len; i++)
    g_ptr_array_add (cached->blocks, block_copy (self->blocks->pdata[i]));
  g_hash_table_replace (cache->items, g_strdup (key), cached);
  cache->n_shaped++;
}

static void
key_append_entry (GString          *key,
                  const CvDocEntry *entry)
{
  g_string_append_printf (key, "%s\x1f%s\x1f%s\x1f%s\x1f%s", entry->title, entry->org, entry->dates,
                          entry->location, entry->text);
  for (guint i = 0; entry->bullets != NULL && entry->bullets[i] != NULL; i++)
    g_string_append_printf (key, "\x1e%s", entry->bullets[i]);
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
                                                     (int) (tmpl->heading_tracking * PANGO_SCALE), upper);
  Block *block;

  block = add_block (self->blocks, BLOCK_HEADING, column, width,
                     new_text (tmpl->font, context, markup, tmpl->heading_size, PANGO_WEIGHT_BOLD, FALSE, width, 0));
  block->height += (tmpl->heading_rule ? 6 : 8) * small_gap (tmpl);
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

          aside = new_text (tmpl->font, context, dates, tmpl->body_size, PANGO_WEIGHT_NORMAL, FALSE, -1, 0);
          aside_width = _phoenix_cv_text_width (aside) + 12;
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
                        new_text (tmpl->font, context, title->str, tmpl->body_size + 0.5, PANGO_WEIGHT_NORMAL, FALSE,
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

          head->meta = new_text (tmpl->font, context, m, tmpl->small_size, PANGO_WEIGHT_NORMAL, TRUE, width, 0);
          head->height += _phoenix_cv_text_height (head->meta) + 1;
        }
      head->height = MAX (head->height, _phoenix_cv_text_height (aside));
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
                             new_text (tmpl->font, context, p, tmpl->body_size, PANGO_WEIGHT_NORMAL, FALSE, width,
                                       tmpl->line_gap));
          block->space_before = head != NULL || !first_content ? 2 * small_gap (tmpl)
                                                               : (first_in_section ? 0 : tmpl->entry_gap);
          block->entry_first_content = head != NULL && first_content;
          first_content = FALSE;
        }
    }

  for (guint i = 0; entry->bullets != NULL && entry->bullets[i] != NULL; i++)
    {
      g_autofree char *b = g_markup_printf_escaped ("•\t%s", entry->bullets[i]);
      PangoLayout *layout = new_text (tmpl->font, context, b, tmpl->body_size, PANGO_WEIGHT_NORMAL, FALSE,
                                      width - 4, tmpl->line_gap);
      PangoTabArray *tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT, 11);

      /* A hanging indent: wrapped lines start under the text, not the bullet. */
      pango_layout_set_tabs (layout, tabs);
      pango_layout_set_indent (layout, -11 * PANGO_SCALE);
      pango_layout_set_width (layout, (int) ((width - 15) * PANGO_SCALE));
      pango_tab_array_free (tabs);

      block = add_block (self->blocks, BLOCK_BULLET, column, width, layout);
      block->x = 15;  /* relative indent, made absolute when placed */
      block->space_before = 1.5 * small_gap (tmpl);
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
                     new_text (tmpl->font, context, markup, column == 1 ? tmpl->small_size + 0.5 : tmpl->body_size,
                               PANGO_WEIGHT_NORMAL, FALSE, width, tmpl->line_gap));
  block->space_before = (column == 1 ? 5 : 2) * small_gap (tmpl);
}

/* The same three, through the cache when there is one. */
static void
shape_heading (CvLayout     *self,
               CvBlockCache *cache,
               PangoContext *context,
               const char   *title,
               int           column,
               double        width,
               gboolean      first)
{
  g_autofree char *key = cache != NULL ? g_strdup_printf ("H|%d|%a|%d|%s", column, width, first, title) : NULL;
  guint start = self->blocks->len;

  if (cache_take (self, cache, key))
    return;
  add_heading (self, context, title, column, width, first);
  cache_store (self, cache, key, start);
}

static void
shape_entry (CvLayout         *self,
             CvBlockCache     *cache,
             PangoContext     *context,
             const CvDocEntry *entry,
             int               column,
             double            width,
             gboolean          first_in_section)
{
  g_autoptr(GString) key = NULL;
  guint start = self->blocks->len;

  if (cache != NULL)
    {
      key = g_string_new (NULL);
      g_string_append_printf (key, "E|%d|%a|%d|", column, width, first_in_section);
      key_append_entry (key, entry);
      if (cache_take (self, cache, key->str))
        return;
    }
  add_entry (self, context, entry, column, width, first_in_section);
  if (cache != NULL)
    cache_store (self, cache, key->str, start);
}

static void
shape_list_item (CvLayout         *self,
                 CvBlockCache     *cache,
                 PangoContext     *context,
                 const CvDocEntry *entry,
                 const char       *uri,
                 int               column,
                 double            width)
{
  g_autofree char *key = cache != NULL ? g_strdup_printf ("L|%d|%a|%s\x1f%s\x1f%s", column, width, entry->title,
                                                          entry->text, uri != NULL ? uri : "") : NULL;
  guint start = self->blocks->len;

  if (cache_take (self, cache, key))
    return;
  add_list_item (self, context, entry, column, width);
  if (uri != NULL && uri[0] != '\0')
    ((Block *) self->blocks->pdata[self->blocks->len - 1])->uri = g_strdup (uri);
  cache_store (self, cache, key, start);
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
      item->layout = new_text (tmpl->font, context, name, tmpl->name_size, PANGO_WEIGHT_BOLD, FALSE, content_width, 0);
      item->x = content_x;
      item->y = y;
      item->color = name_color;
      if (tmpl->header_centered)
        pango_layout_set_alignment (item->layout, PANGO_ALIGN_CENTER);
      g_ptr_array_add (self->header, item);
      y += _phoenix_cv_text_height (item->layout) + 2;
    }

  if (doc->headline[0] != '\0')
    {
      g_autofree char *headline = g_markup_escape_text (doc->headline, -1);

      item = g_new0 (HeaderItem, 1);
      item->layout = new_text (tmpl->font, context, headline, tmpl->headline_size, PANGO_WEIGHT_NORMAL, FALSE,
                               content_width, 0);
      item->x = content_x;
      item->y = y;
      item->color = headline_color;
      if (tmpl->header_centered)
        pango_layout_set_alignment (item->layout, PANGO_ALIGN_CENTER);
      g_ptr_array_add (self->header, item);
      y += _phoenix_cv_text_height (item->layout) + 4;
    }

  /* One column: the contact line under the name. The sidebar template gives
   * contact its own section in the sidebar instead. */
  if (tmpl->sidebar_width == 0 && doc->contact[0] != NULL)
    {
      g_autoptr(GString) markup = g_string_new (NULL);
      g_autoptr(GString) plain = g_string_new (NULL);
      GArray *links = g_array_new (FALSE, FALSE, sizeof (Link));
      double line_width = 0, separator;
      g_autoptr(PangoLayout) measure = new_text (tmpl->font, context, "  ·  ", tmpl->small_size, PANGO_WEIGHT_NORMAL,
                                                 FALSE, -1, 0);

      /* Items are kept whole (an address is never cut at a slash): they are
       * packed into lines here rather than wrapped by Pango. */
      separator = _phoenix_cv_text_width (measure);
      for (guint i = 0; doc->contact[i] != NULL; i++)
        {
          g_autofree char *c = g_markup_escape_text (doc->contact[i], -1);
          double width;

          pango_layout_set_markup (measure, c, -1);
          width = _phoenix_cv_text_width (measure);
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
      item->layout = new_text (tmpl->font, context, markup->str, tmpl->small_size, PANGO_WEIGHT_NORMAL, FALSE,
                               content_width, 1);
      item->x = content_x;
      item->y = y;
      item->color = tmpl->text;
      item->links = links;
      if (tmpl->header_centered)
        pango_layout_set_alignment (item->layout, PANGO_ALIGN_CENTER);
      g_ptr_array_add (self->header, item);
      y += _phoenix_cv_text_height (item->layout);
    }

  self->header_height = y + (tmpl->band != 0 ? 22 : 14);
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
  return _phoenix_cv_layout_new_cached (doc, tmpl, page_width, page_height, context, NULL);
}

CvLayout *
_phoenix_cv_layout_new_cached (CvDocument       *doc,
                               const CvTemplate *tmpl,
                               double            page_width,
                               double            page_height,
                               PangoContext     *context,
                               CvBlockCache     *cache)
{
  CvLayout *self = g_new0 (CvLayout, 1);
  double main_x, main_width, side_x = 0, side_width = 0;
  gboolean first_main = TRUE, first_side = TRUE;

  self->own_tmpl = *tmpl;
  self->tmpl = tmpl = &self->own_tmpl;
  self->page_width = page_width;
  self->page_height = page_height;
  self->header = g_ptr_array_new_with_free_func (header_item_free);
  self->blocks = g_ptr_array_new_with_free_func (block_free);
  self->n_pages = 1;
  if (cache != NULL)
    cache_begin (cache, tmpl, page_width, context);

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

  /* A template may have no place for a photo (the ATS one). */
  if (doc->photo != NULL && tmpl->photo_size > 0)
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
          shape_heading (self, cache, context, doc->contact_title, 1, side_width, first_side);
          first_side = FALSE;
          for (guint i = 0; doc->contact[i] != NULL; i++)
            {
              CvDocEntry item = { doc->contact[i], (char *) "", (char *) "", (char *) "", (char *) "", NULL };

              shape_list_item (self, cache, context, &item, doc->contact_uris[i], 1, side_width);
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

          shape_heading (self, cache, context, section->title, column, width, *first);
          *first = FALSE;

          for (guint e = 0; e < section->entries->len; e++)
            {
              CvDocEntry *entry = section->entries->pdata[e];

              if (section->is_list)
                shape_list_item (self, cache, context, entry, NULL, column, width);
              else
                shape_entry (self, cache, context, entry, column, width, e == 0);
            }
        }
    }

  if (cache != NULL)
    cache_end (cache);

  _phoenix_cv_layout_paginate_column (self, 0, main_x, self->header_height);
  if (tmpl->sidebar_width > 0 && self->photo != NULL)
    _phoenix_cv_layout_paginate_column (self, 1, side_x, self->photo_y + self->photo_size + PHOTO_GAP);
  else if (tmpl->sidebar_width > 0)
    _phoenix_cv_layout_paginate_column (self, 1, side_x, self->header_height + 7);

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

GStrv
_phoenix_cv_layout_dup_reading_order (CvLayout *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < self->header->len && i < 1; i++)
    g_strv_builder_add (builder, pango_layout_get_text (((HeaderItem *) self->header->pdata[i])->layout));
  for (guint i = 0; i < self->blocks->len; i++)
    {
      Block *block = self->blocks->pdata[i];

      if (block->kind == BLOCK_HEADING || block->kind == BLOCK_ENTRY_HEAD)
        g_strv_builder_add (builder, pango_layout_get_text (block->text));
    }

  return g_strv_builder_end (builder);
}
