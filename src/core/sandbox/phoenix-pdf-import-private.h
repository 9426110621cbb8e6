/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-pdf-import.h"

G_BEGIN_DECLS

/* What the helper is run for (phoenix-pdf-import.c runs it; the PDF and photo APIs start it). */
typedef enum
{
  PHOENIX_HELPER_RUN_PDF,     /* a PDF in, the reply's JSON out */
  PHOENIX_HELPER_RUN_PHOTO,   /* any image in, a prepared JPEG or PNG out */
  PHOENIX_HELPER_RUN_LINES,   /* a PDF in, the reply's JSON with the positioned lines out (phoenix-cli) */
} PhoenixHelperRunMode;

/* Runs the helper on @fd (taken) in @mode for @task (whose source object is @self), with every
 * limit: sandbox, filter, rlimits, cleared environment, capped pipes, timeout, cancellation. */
void            _phoenix_pdf_import_start_helper (PhoenixPdfImport     *self,
                                                  GTask                *task,
                                                  PhoenixHelperRunMode  mode,
                                                  int                   fd,
                                                  const char           *password);
/* A photo's error as phoenix_photo_prepare() would give it (a PhoenixPhotoError code). */
GError         *_phoenix_pdf_import_photo_error  (int                   code);

/* The helper reply reader (tests and the fuzz target): @data, the helper's stdout, within
 * PHOENIX_PDF_IMPORT_MAX_REPLY bytes, PHOENIX_JSON_MAX_DEPTH levels and
 * PHOENIX_PDF_IMPORT_MAX_ENTRIES entries a section, to a parse; else a PHOENIX_PDF_IMPORT_ERROR. */
PhoenixCvParse *_phoenix_pdf_import_read_reply (const char  *data,
                                                gsize        length,
                                                GError     **error);

G_END_DECLS
