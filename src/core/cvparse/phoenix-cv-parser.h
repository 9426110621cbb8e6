/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "phoenix-cv-line.h"

G_BEGIN_DECLS

/*
 * The CV parser: positioned lines of text (from a PDF, or from a test) in,
 * a JSON Resume object out. No Poppler, no GTK here. The lines are
 * PhoenixCvLine (phoenix-cv-line.h).
 */

JsonNode      *phoenix_cv_line_to_json  (const PhoenixCvLine *line);
PhoenixCvLine *phoenix_cv_line_new_from_json (JsonObject *object);

#define PHOENIX_TYPE_CV_PARSE (phoenix_cv_parse_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixCvParse, phoenix_cv_parse, PHOENIX, CV_PARSE, GObject)

/*
 * Parses @lines (PhoenixCvLine *, any order) laid out on pages of
 * @page_width × @page_height points (0 for "unknown": taken from the lines).
 */
PhoenixCvParse     *phoenix_cv_parse_lines          (GPtrArray   *lines,
                                                     double       page_width,
                                                     double       page_height);
/* The same, taking @lines (its free function must free PhoenixCvLine or be none): each line is
 * freed as soon as it is read, so a long document's lines and the parser's copy of them are never
 * held both (the import helper's memory stays flat in the page count). */
PhoenixCvParse     *phoenix_cv_parse_take_lines     (GPtrArray   *lines,
                                                     double       page_width,
                                                     double       page_height);
/*
 * The same, line by line as they come (an import parses the lines of the pages the helper has
 * read while it reads the next): each line's own work is done when it is given, what needs the
 * whole document at the end. phoenix_cv_parser_finish() (once) gives the very parse
 * phoenix_cv_parse_take_lines() gives for all the lines in the same order; the parser's document
 * is freed with it (phoenix_cv_parser_free()), which the caller may leave until it has handed the
 * parse on: the parse shares nothing with it.
 */
typedef struct _PhoenixCvParser PhoenixCvParser;

PhoenixCvParser    *phoenix_cv_parser_new           (void);
void                phoenix_cv_parser_free          (PhoenixCvParser *parser);
/* Takes @lines (PhoenixCvLine *; the array and each line freed once read). */
void                phoenix_cv_parser_take_lines    (PhoenixCvParser *parser,
                                                     GPtrArray       *lines);
/* Reads @lines (PhoenixCvLine *) and leaves them to the caller, who may free them in the thread
 * that made them: a line freed by another thread is memory that thread's allocator reuses (its
 * cache of freed blocks) while the thread that made it takes new memory for the next. */
void                phoenix_cv_parser_add_lines     (PhoenixCvParser *parser,
                                                     GPtrArray       *lines);
PhoenixCvParse     *phoenix_cv_parser_finish        (PhoenixCvParser *parser,
                                                     double           page_width,
                                                     double           page_height);

/* Pays the parser's first-use costs (its patterns compiled, the phone-number module loaded) on
 * a few made-up lines: an import's worker does it while the helper starts. */
void                phoenix_cv_parser_warm_up       (void);

/* Reads the object written by phoenix_cv_parse_to_json() (or the import helper). */
PhoenixCvParse     *phoenix_cv_parse_new_from_json  (JsonNode    *node,
                                                     GError     **error);

/* Headings as printed, in reading order. */
const char * const *phoenix_cv_parse_get_sections   (PhoenixCvParse *self);
/* A JSON Resume object (basics, work, education, skills, languages, …). */
JsonObject         *phoenix_cv_parse_get_profile    (PhoenixCvParse *self);
/* Confidence 0..1 per field, keyed by JSON pointer ("/basics/name", "/work/0/startDate"). */
JsonObject         *phoenix_cv_parse_get_confidence (PhoenixCvParse *self);
double              phoenix_cv_parse_get_field_confidence (PhoenixCvParse *self,
                                                           const char     *pointer);
/* Text that could not be placed, in reading order. */
const char * const *phoenix_cv_parse_get_unassigned (PhoenixCvParse *self);

/*
 * The whole text in reading order (columns one after the other, running
 * headers and footers left out): a line per printed line, a blank line at
 * paragraph gaps, before headings and at page and column breaks. "" when
 * there is none. Job offers read from a PDF are made from it.
 */
const char         *phoenix_cv_parse_get_text       (PhoenixCvParse *self);

/* {"sections": [...], "profile": {...}, "confidence": {...}, "unassigned": [...], "text": "..."} */
JsonNode           *phoenix_cv_parse_to_json        (PhoenixCvParse *self);

/* Helpers, public for tests and other parsers. */

/* Parses one date ("janv. 2019", "03/2019", "2019-03", "June 2020", "2019")
 * to ISO "YYYY-MM" or "YYYY"; NULL when it is not a date. */
char               *phoenix_cv_parse_date           (const char  *text);
/* Finds a date range in @text. Returns TRUE when one is found; *start and *end
 * are ISO dates (*end NULL for an ongoing range); *current set when ongoing. */
gboolean            phoenix_cv_find_date_range      (const char  *text,
                                                     char       **start,
                                                     char       **end,
                                                     gboolean    *current);
/* Returns the first phone number in @text as printed, or NULL. */
char               *phoenix_cv_find_phone           (const char  *text);
/* Returns the first e-mail address in @text, or NULL. */
char               *phoenix_cv_find_email           (const char  *text);
/* Normalises ligatures, odd spaces and hyphens, and drops icon glyphs. */
char               *phoenix_cv_normalize_text       (const char  *text);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixCvParser, phoenix_cv_parser_free)

G_END_DECLS
