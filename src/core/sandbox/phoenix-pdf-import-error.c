/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-pdf-import"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-pdf-import.h"

/* The import's errors: the helper's exit status for each (its protocol with the app) and the
 * message a user reads. */

G_DEFINE_QUARK (phoenix-pdf-import-error-quark, phoenix_pdf_import_error)

static const struct
{
  PhoenixPdfImportError code;
  int                   status;
  const char           *name;
} error_table[] = {
  { PHOENIX_PDF_IMPORT_ERROR_NOT_PDF, 10, "not-pdf" },
  { PHOENIX_PDF_IMPORT_ERROR_DAMAGED, 11, "damaged" },
  { PHOENIX_PDF_IMPORT_ERROR_ENCRYPTED, 12, "encrypted" },
  { PHOENIX_PDF_IMPORT_ERROR_NO_TEXT, 13, "no-text" },
  { PHOENIX_PDF_IMPORT_ERROR_TOO_LARGE, 14, "too-large" },
  { PHOENIX_PDF_IMPORT_ERROR_TIMEOUT, 15, "timeout" },
  { PHOENIX_PDF_IMPORT_ERROR_CRASHED, 16, "crashed" },
  { PHOENIX_PDF_IMPORT_ERROR_FAILED, 1, "failed" },
};

int
phoenix_pdf_import_error_to_exit_status (PhoenixPdfImportError code)
{
  for (gsize i = 0; i < G_N_ELEMENTS (error_table); i++)
    if (error_table[i].code == code)
      return error_table[i].status;
  return 1;
}

gboolean
phoenix_pdf_import_error_from_exit_status (int                    status,
                                           PhoenixPdfImportError *code)
{
  if (status == 0)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (error_table); i++)
    if (error_table[i].status == status)
      {
        *code = error_table[i].code;
        return TRUE;
      }
  *code = PHOENIX_PDF_IMPORT_ERROR_FAILED;
  return TRUE;
}

const char *
phoenix_pdf_import_error_to_string (PhoenixPdfImportError code)
{
  for (gsize i = 0; i < G_N_ELEMENTS (error_table); i++)
    if (error_table[i].code == code)
      return error_table[i].name;
  return "failed";
}

char *
phoenix_pdf_import_error_message (PhoenixPdfImportError code)
{
  switch (code)
    {
    case PHOENIX_PDF_IMPORT_ERROR_NOT_PDF:
      return g_strdup (_("This file is not a PDF document."));
    case PHOENIX_PDF_IMPORT_ERROR_DAMAGED:
      return g_strdup (_("This PDF is damaged and cannot be read."));
    case PHOENIX_PDF_IMPORT_ERROR_ENCRYPTED:
      return g_strdup (_("This PDF is protected by a password. Enter its password to import it."));
    case PHOENIX_PDF_IMPORT_ERROR_NO_TEXT:
      return g_strdup (_("This PDF has no text, only images (a scanned document?). "
                         "Text recognition (OCR) is not available, so nothing can be imported."));
    case PHOENIX_PDF_IMPORT_ERROR_TOO_LARGE:
      return g_strdup_printf (_("This PDF is too large to be a CV: at most %d pages and %d MB can be imported."),
                              PHOENIX_PDF_IMPORT_MAX_PAGES, PHOENIX_PDF_IMPORT_MAX_BYTES / (1024 * 1024));
    case PHOENIX_PDF_IMPORT_ERROR_TIMEOUT:
      return g_strdup (_("Reading this PDF took too long and was stopped."));
    case PHOENIX_PDF_IMPORT_ERROR_CRASHED:
      return g_strdup (_("Reading this PDF failed: the reader stopped unexpectedly (the file may be malformed "
                         "or too complex). Phoenix and your data are not affected."));
    case PHOENIX_PDF_IMPORT_ERROR_FAILED:
    default:
      return g_strdup (_("This PDF could not be imported."));
    }
}

void
phoenix_pdf_import_set_error (GError                **error,
                              PhoenixPdfImportError   code)
{
  g_autofree char *message = phoenix_pdf_import_error_message (code);

  g_set_error_literal (error, PHOENIX_PDF_IMPORT_ERROR, code, message);
}
