/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-cv-parser.h"

G_BEGIN_DECLS

/*
 * CVs a user already has in another form than a PDF, read into the same PhoenixCvParse
 * the import preview shows: a JSON Resume file, the LinkedIn data export (the ZIP of CSV
 * files LinkedIn sends: Profile, Positions, Education, Skills, Languages,
 * Certifications, Email Addresses, PhoneNumbers) and a Europass CV (the XML of the
 * Europass schema, "SkillsPassport", also found attached to a Europass PDF). No GTK,
 * no Poppler; errors in PHOENIX_CV_SOURCE_ERROR, translated.
 */

#define PHOENIX_CV_SOURCE_ERROR (phoenix_cv_source_error_quark ())

typedef enum
{
  PHOENIX_CV_SOURCE_ERROR_UNKNOWN_FORMAT,
  PHOENIX_CV_SOURCE_ERROR_DAMAGED,
  PHOENIX_CV_SOURCE_ERROR_EMPTY,
  PHOENIX_CV_SOURCE_ERROR_TOO_LARGE,  /* over a limit: size, nesting, entries, unpacked bytes */
} PhoenixCvSourceError;

/* The largest file phoenix_cv_source_read_file() reads (a JSON Resume within it is held to
 * PHOENIX_JSON_RESUME_MAX_BYTES, a ZIP to 64 MB unpacked). */
#define PHOENIX_CV_SOURCE_MAX_BYTES (32 * 1024 * 1024)

GQuark          phoenix_cv_source_error_quark     (void);

/* A file of @data: a JSON Resume ("{"), a ZIP (LinkedIn) or XML (Europass), told by its
 * bytes, not its name. */
PhoenixCvParse *phoenix_cv_source_read            (GBytes     *data,
                                                   GError    **error);
PhoenixCvParse *phoenix_cv_source_read_json_resume (GBytes    *data,
                                                   GError    **error);
PhoenixCvParse *phoenix_cv_source_read_linkedin   (GBytes     *zip,
                                                   GError    **error);
PhoenixCvParse *phoenix_cv_source_read_europass   (GBytes     *xml,
                                                   GError    **error);
/* Reads at most PHOENIX_CV_SOURCE_MAX_BYTES of @file (a larger file is an error, never read
 * whole) and then as phoenix_cv_source_read(). Blocking: call it in a worker thread. */
PhoenixCvParse *phoenix_cv_source_read_file       (GFile         *file,
                                                   GCancellable  *cancellable,
                                                   GError       **error);
/*
 * A PDF's lines as the import helper reads them (or phoenix_pdf_reader_read() in tests), parsed:
 * @lines (PhoenixCvLine) taken and freed as they are read (unless @with_lines keeps them for the
 * "lines" member); the profile of the first Europass CV among @attachments (GBytes, may be NULL)
 * when there is one, with the layout's text. The object of phoenix_cv_parse_to_json() with
 * "pages" (@n_pages) and, with @with_lines, "lines".
 */
JsonNode       *phoenix_cv_source_read_pdf_lines  (GPtrArray  *lines,
                                                   double      page_width,
                                                   double      page_height,
                                                   guint       n_pages,
                                                   GPtrArray  *attachments,
                                                   gboolean    with_lines);
/* The same for the lines parsed already (phoenix_cv_parser_finish(): an import's lines parsed as
 * they came), @parse taken; without "lines". */
JsonNode       *phoenix_cv_source_read_pdf_parse  (PhoenixCvParse *parse,
                                                   guint           n_pages,
                                                   GPtrArray      *attachments);
/* TRUE when @data is a Europass XML document. */
gboolean        phoenix_cv_source_is_europass     (GBytes     *data);

G_END_DECLS
