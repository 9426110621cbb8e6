/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-parser"

#include "config.h"

#include <math.h>
#include <string.h>

#include "phoenix-cv-doc.h"
#include "phoenix-cv-text.h"

/*
 * The CV parser, top level: reading order (phoenix-cv-reading-order.c), headings,
 * sections, then fields (phoenix-cv-sections.c).
 */

struct _PhoenixCvParse
{
  GObject     parent_instance;

  GStrv       sections;
  JsonObject *profile;
  JsonObject *confidence;
  GStrv       unassigned;
  char       *text;
};

G_DEFINE_FINAL_TYPE (PhoenixCvParse, phoenix_cv_parse, G_TYPE_OBJECT)

static void
phoenix_cv_parse_finalize (GObject *object)
{
  PhoenixCvParse *self = PHOENIX_CV_PARSE (object);

  g_clear_pointer (&self->sections, g_strfreev);
  g_clear_pointer (&self->profile, json_object_unref);
  g_clear_pointer (&self->confidence, json_object_unref);
  g_clear_pointer (&self->unassigned, g_strfreev);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (phoenix_cv_parse_parent_class)->finalize (object);
}

static void
phoenix_cv_parse_class_init (PhoenixCvParseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phoenix_cv_parse_finalize;
}

static void
phoenix_cv_parse_init (PhoenixCvParse *self)
{
}

/* ---- Lines ------------------------------------------------------------ */

JsonNode *
phoenix_cv_line_to_json (const PhoenixCvLine *line)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autofree char *color = NULL;

  g_return_val_if_fail (line != NULL, NULL);

  color = g_strdup_printf ("#%06x", line->color);
  json_builder_begin_object (b);
  json_builder_set_member_name (b, "page");
  json_builder_add_int_value (b, line->page);
  json_builder_set_member_name (b, "x");
  json_builder_add_double_value (b, round (line->x * 100) / 100);
  json_builder_set_member_name (b, "y");
  json_builder_add_double_value (b, round (line->y * 100) / 100);
  json_builder_set_member_name (b, "width");
  json_builder_add_double_value (b, round (line->width * 100) / 100);
  json_builder_set_member_name (b, "height");
  json_builder_add_double_value (b, round (line->height * 100) / 100);
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, line->text);
  json_builder_set_member_name (b, "fontSize");
  json_builder_add_double_value (b, round (line->font_size * 100) / 100);
  json_builder_set_member_name (b, "bold");
  json_builder_add_boolean_value (b, line->bold);
  json_builder_set_member_name (b, "color");
  json_builder_add_string_value (b, color);
  json_builder_end_object (b);
  return json_builder_get_root (b);
}

PhoenixCvLine *
phoenix_cv_line_new_from_json (JsonObject *object)
{
  const char *color;
  guint32 rgb = 0;

  g_return_val_if_fail (object != NULL, NULL);

  color = json_object_get_string_member_with_default (object, "color", "#000000");
  if (color != NULL && color[0] == '#')
    rgb = (guint32) g_ascii_strtoull (color + 1, NULL, 16);
  return phoenix_cv_line_new ((guint) json_object_get_int_member_with_default (object, "page", 0),
                              json_object_get_double_member_with_default (object, "x", 0),
                              json_object_get_double_member_with_default (object, "y", 0),
                              json_object_get_double_member_with_default (object, "width", 0),
                              json_object_get_double_member_with_default (object, "height", 0),
                              json_object_get_string_member_with_default (object, "text", ""),
                              json_object_get_double_member_with_default (object, "fontSize", 10),
                              json_object_get_boolean_member_with_default (object, "bold", FALSE),
                              rgb);
}

/* ---- Parse ------------------------------------------------------------ */

/* The rows in reading order, one per line; a blank line where a page or a
 * column starts, before a heading, and where the space above a row is well
 * over the body's leading (a paragraph gap). */
static char *
doc_text (PhoenixCvDoc *doc)
{
  g_autoptr(GString) text = g_string_new (NULL);
  CvRow *last = NULL;

  for (guint i = 0; i < doc->rows->len; i++)
    {
      CvRow *row = g_ptr_array_index (doc->rows, i);
      gboolean paragraph;

      if (row->text == NULL || *row->text == '\0' || row->merged)
        continue;
      if (last != NULL)
        {
          paragraph = row->page != last->page
                      || row->column != last->column
                      || row->heading
                      || (row->gap_before >= 0 && row->gap_before + row->h > doc->leading * 1.6);
          g_string_append (text, paragraph ? "\n\n" : "\n");
        }
      g_string_append (text, row->text);
      last = row;
    }
  /* The parse holds it: at its size (the string doubled as it grew). */
  {
    gsize len = text->len;

    return g_realloc (g_string_free (g_steal_pointer (&text), FALSE), len + 1);
  }
}

/* The parse of @doc, which keeps nothing the parse holds (its profile and confidence are the
 * parse's). */
static PhoenixCvParse *
parse_doc (PhoenixCvDoc *doc)
{
  PhoenixCvParse *self;

  self = g_object_new (PHOENIX_TYPE_CV_PARSE, NULL);
  _phoenix_cv_doc_find_headings (doc);
  self->text = doc_text (doc);
  _phoenix_cv_doc_extract (doc);

  self->sections = (GStrv) g_ptr_array_free (g_steal_pointer (&doc->section_titles), FALSE);
  self->profile = g_steal_pointer (&doc->profile);
  self->confidence = g_steal_pointer (&doc->confidence);
  self->unassigned = (GStrv) g_ptr_array_free (g_steal_pointer (&doc->unassigned), FALSE);
  return self;
}

PhoenixCvParse *
phoenix_cv_parse_lines (GPtrArray *lines,
                        double     page_width,
                        double     page_height)
{
  g_autoptr(PhoenixCvDoc) doc = NULL;

  g_return_val_if_fail (lines != NULL, NULL);

  doc = _phoenix_cv_doc_new (lines, page_width, page_height, FALSE);
  return parse_doc (doc);
}

PhoenixCvParse *
phoenix_cv_parse_take_lines (GPtrArray *lines,
                             double     page_width,
                             double     page_height)
{
  g_autoptr(GPtrArray) taken = lines;
  g_autoptr(PhoenixCvDoc) doc = NULL;

  g_return_val_if_fail (lines != NULL, NULL);

  /* Every line is freed as it is read; the array's slots are NULL after. */
  doc = _phoenix_cv_doc_new (taken, page_width, page_height, TRUE);
  return parse_doc (doc);
}

/* ---- Line by line ----------------------------------------------------- */

struct _PhoenixCvParser
{
  PhoenixCvDocBuilder *builder;   /* until finished */
  PhoenixCvDoc        *doc;       /* once finished, until freed */
};

PhoenixCvParser *
phoenix_cv_parser_new (void)
{
  PhoenixCvParser *parser = g_new0 (PhoenixCvParser, 1);

  parser->builder = _phoenix_cv_doc_builder_new ();
  return parser;
}

void
phoenix_cv_parser_free (PhoenixCvParser *parser)
{
  if (parser == NULL)
    return;
  _phoenix_cv_doc_builder_free (parser->builder);
  _phoenix_cv_doc_free (parser->doc);
  g_free (parser);
}

void
phoenix_cv_parser_add_lines (PhoenixCvParser *parser,
                             GPtrArray       *lines)
{
  g_return_if_fail (parser != NULL && parser->builder != NULL);
  g_return_if_fail (lines != NULL);

  for (guint i = 0; i < lines->len; i++)
    _phoenix_cv_doc_builder_add_line (parser->builder, g_ptr_array_index (lines, i));
}

void
phoenix_cv_parser_take_lines (PhoenixCvParser *parser,
                              GPtrArray       *lines)
{
  g_autoptr(GPtrArray) taken = lines;

  g_return_if_fail (parser != NULL && parser->builder != NULL);
  g_return_if_fail (lines != NULL);

  for (guint i = 0; i < taken->len; i++)
    {
      _phoenix_cv_doc_builder_add_line (parser->builder, g_ptr_array_index (taken, i));
      g_clear_pointer (&g_ptr_array_index (taken, i), phoenix_cv_line_free);
    }
}

PhoenixCvParse *
phoenix_cv_parser_finish (PhoenixCvParser *parser,
                          double           page_width,
                          double           page_height)
{
  g_return_val_if_fail (parser != NULL && parser->builder != NULL, NULL);

  parser->doc = _phoenix_cv_doc_builder_finish (g_steal_pointer (&parser->builder), page_width, page_height);
  return parse_doc (parser->doc);
}

void
phoenix_cv_parser_warm_up (void)
{
  /* A made-up CV of a few lines, no one's details: the contact line asks for the phone module. */
  static const char * const texts[] = {
    "Camille Martin", "camille.martin@example.org  +33 6 00 00 00 00  Lyon",
    "EXPÉRIENCE PROFESSIONNELLE", "Cheffe de projet, Société Exemple  janv. 2019 – présent",
    "• Pilotage d'une équipe de cinq personnes", "FORMATION", "Master Gestion, Université Exemple  2014 – 2016",
    "COMPÉTENCES", "Gestion de projet, Excel, Anglais (C1)",
  };
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func ((GDestroyNotify) phoenix_cv_line_free);
  g_autoptr(PhoenixCvParse) parse = NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (texts); i++)
    g_ptr_array_add (lines, phoenix_cv_line_new (0, 50, 50 + 16.0 * i, 300, 12, texts[i], i == 0 ? 18 : 10,
                                                 g_str_has_prefix (texts[i], "EXP") || i == 0, 0));
  parse = phoenix_cv_parse_lines (lines, 595, 842);
}

static GStrv
strv_from_json_array (JsonObject *object,
                      const char *member)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array = NULL;

  if (json_object_has_member (object, member))
    {
      JsonNode *node = json_object_get_member (object, member);
      if (JSON_NODE_HOLDS_ARRAY (node))
        array = json_node_get_array (node);
    }
  if (array != NULL)
    for (guint i = 0; i < json_array_get_length (array); i++)
      {
        JsonNode *n = json_array_get_element (array, i);
        if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
          g_strv_builder_add (builder, json_node_get_string (n));
      }
  return g_strv_builder_end (builder);
}

PhoenixCvParse *
phoenix_cv_parse_new_from_json (JsonNode  *node,
                                GError   **error)
{
  PhoenixCvParse *self;
  JsonObject *object;
  JsonNode *member;

  g_return_val_if_fail (node != NULL, NULL);

  if (!JSON_NODE_HOLDS_OBJECT (node)
      || (member = json_object_get_member (json_node_get_object (node), "profile")) == NULL
      || !JSON_NODE_HOLDS_OBJECT (member))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           "The import result has no profile");
      return NULL;
    }
  object = json_node_get_object (node);
  self = g_object_new (PHOENIX_TYPE_CV_PARSE, NULL);
  self->profile = json_object_ref (json_node_get_object (member));
  member = json_object_get_member (object, "confidence");
  if (member != NULL && JSON_NODE_HOLDS_OBJECT (member))
    self->confidence = json_object_ref (json_node_get_object (member));
  else
    self->confidence = json_object_new ();
  self->sections = strv_from_json_array (object, "sections");
  self->unassigned = strv_from_json_array (object, "unassigned");
  self->text = g_strdup (json_object_get_string_member_with_default (object, "text", ""));
  return self;
}

const char * const *
phoenix_cv_parse_get_sections (PhoenixCvParse *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PARSE (self), NULL);
  return (const char * const *) self->sections;
}

JsonObject *
phoenix_cv_parse_get_profile (PhoenixCvParse *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PARSE (self), NULL);
  return self->profile;
}

JsonObject *
phoenix_cv_parse_get_confidence (PhoenixCvParse *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PARSE (self), NULL);
  return self->confidence;
}

double
phoenix_cv_parse_get_field_confidence (PhoenixCvParse *self,
                                       const char     *pointer)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PARSE (self), 0);
  g_return_val_if_fail (pointer != NULL, 0);

  return json_object_get_double_member_with_default (self->confidence, pointer, 0);
}

const char * const *
phoenix_cv_parse_get_unassigned (PhoenixCvParse *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PARSE (self), NULL);
  return (const char * const *) self->unassigned;
}

const char *
phoenix_cv_parse_get_text (PhoenixCvParse *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PARSE (self), NULL);
  return self->text != NULL ? self->text : "";
}

JsonNode *
phoenix_cv_parse_to_json (PhoenixCvParse *self)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (PHOENIX_IS_CV_PARSE (self), NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "sections");
  json_builder_begin_array (b);
  for (guint i = 0; self->sections[i] != NULL; i++)
    json_builder_add_string_value (b, self->sections[i]);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "profile");
  json_builder_add_value (b, json_node_init_object (json_node_alloc (), self->profile));
  json_builder_set_member_name (b, "confidence");
  json_builder_add_value (b, json_node_init_object (json_node_alloc (), self->confidence));
  json_builder_set_member_name (b, "unassigned");
  json_builder_begin_array (b);
  for (guint i = 0; self->unassigned[i] != NULL; i++)
    json_builder_add_string_value (b, self->unassigned[i]);
  json_builder_end_array (b);
  json_builder_set_member_name (b, "text");
  json_builder_add_string_value (b, phoenix_cv_parse_get_text (self));
  json_builder_end_object (b);
  return json_builder_get_root (b);
}
