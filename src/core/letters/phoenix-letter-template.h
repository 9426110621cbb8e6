/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/*
 * The cover-letter template language (documented in HACKING.md, "Letter templates"):
 *
 *   {{#section NAME}} … {{/section}}   a part of the letter; "{{#section NAME lines}}" keeps
 *                                       one line per line (addresses), else blank lines part
 *                                       paragraphs and a single new line is a space
 *   {{slot}}  {{slot:FILTER}}           a value (filters: ucfirst, lcfirst, de, que)
 *   {{#if COND}} … {{#elif COND}} … {{#else}} … {{/if}}
 *                                       COND: terms joined by "&"; a term is "slot" (has a
 *                                       value), "!slot" (has none), "slot=a,b" (is a or b),
 *                                       "!slot=a,b"
 *   {{> NAME}}                          the section NAME of this file, else of the common file
 *   {{! comment }}
 *
 * A line holding only section, condition and comment tags leaves no trace. A slot without a
 * value is an error at render time; phoenix_letter_template_check() proves statically that
 * every slot is either always given or inside a condition that requires it. GTK-free.
 */

#define PHOENIX_LETTER_ERROR (phoenix_letter_error_quark ())

typedef enum
{
  PHOENIX_LETTER_ERROR_SYNTAX,            /* a template does not parse */
  PHOENIX_LETTER_ERROR_MISSING_SLOT,      /* a slot without a value, outside a condition */
  PHOENIX_LETTER_ERROR_UNKNOWN_SECTION,   /* no such section */
  PHOENIX_LETTER_ERROR_UNKNOWN_TEMPLATE,  /* no such template or language */
  PHOENIX_LETTER_ERROR_NO_NAME,           /* the profile has no name */
  PHOENIX_LETTER_ERROR_NO_TARGET,         /* the offer has no title and no occupation */
  PHOENIX_LETTER_ERROR_NOT_FOUND,         /* no such letter in the vault */
} PhoenixLetterError;

GQuark phoenix_letter_error_quark (void);

#define PHOENIX_TYPE_LETTER_TEMPLATE (phoenix_letter_template_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixLetterTemplate, phoenix_letter_template, PHOENIX, LETTER_TEMPLATE, GObject)

/* @name names the template in error messages. */
PhoenixLetterTemplate *phoenix_letter_template_new_from_data (const char             *name,
                                                              const char             *text,
                                                              GError                **error);
const char            *phoenix_letter_template_get_name      (PhoenixLetterTemplate  *self);
gboolean               phoenix_letter_template_has_section   (PhoenixLetterTemplate  *self,
                                                              const char             *section);
/*
 * Renders @section (includes looked up in @self, then @fallback, which may be NULL) with
 * @slots (char * → char *; a missing slot has no value, as has ""). The result is
 * normalised: white space runs as one space, lines trimmed, empty lines and paragraphs
 * dropped; paragraphs (or, for a "lines" section, lines) separated by one "\n".
 */
char                  *phoenix_letter_template_render        (PhoenixLetterTemplate  *self,
                                                              PhoenixLetterTemplate  *fallback,
                                                              const char             *section,
                                                              GHashTable             *slots,
                                                              GError                **error);
/*
 * Checks every section of @self: every slot is in @always or inside a condition that
 * requires it, and every included section exists. The first fault is in @error.
 */
gboolean               phoenix_letter_template_check         (PhoenixLetterTemplate  *self,
                                                              PhoenixLetterTemplate  *fallback,
                                                              const char * const     *always,
                                                              GError                **error);

/* "de Data Analyst", "d'Analyste" (French elision before a vowel or h); "que"/"qu'" likewise. */
char                  *phoenix_letter_elide                  (const char             *word,
                                                              const char             *value);

G_END_DECLS
