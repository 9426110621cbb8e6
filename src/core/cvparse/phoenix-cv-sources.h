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
} PhoenixCvSourceError;

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
/* TRUE when @data is a Europass XML document. */
gboolean        phoenix_cv_source_is_europass     (GBytes     *data);

G_END_DECLS
