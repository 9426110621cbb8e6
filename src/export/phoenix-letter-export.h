/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-letter.h"

G_BEGIN_DECLS

/*
 * A cover letter to PDF, with the look of a CV template (its fonts, accent colour, margins
 * and paper: one look, the CV renderer's), or to Word (.docx, phoenix-docx-writer.h). The
 * parts where each language puts them: in French the recipient, the place and date and the
 * signature on the right; in English everything on the left, the date above the recipient.
 * Both write a ".part" file renamed into place: a failure leaves nothing half written.
 */

typedef enum
{
  PHOENIX_LETTER_FORMAT_PDF,
  PHOENIX_LETTER_FORMAT_DOCX,
  PHOENIX_LETTER_FORMAT_TEXT,
} PhoenixLetterFormat;

/* @template_id: a CV template ("classic", "modern", "compact"; unknown: classic);
 * @paper: "a4" or "letter". */
gboolean phoenix_letter_export_pdf    (PhoenixLetter        *letter,
                                       const char           *template_id,
                                       const char           *paper,
                                       const char           *path,
                                       GError              **error);
gboolean phoenix_letter_export_docx   (PhoenixLetter        *letter,
                                       const char           *template_id,
                                       const char           *paper,
                                       const char           *path,
                                       GError              **error);
/* Any format, in a worker thread (on a copy of the letter). */
void     phoenix_letter_export_async  (PhoenixLetter        *letter,
                                       PhoenixLetterFormat   format,
                                       const char           *template_id,
                                       const char           *paper,
                                       const char           *path,
                                       GCancellable         *cancellable,
                                       GAsyncReadyCallback   callback,
                                       gpointer              user_data);
gboolean phoenix_letter_export_finish (GAsyncResult         *result,
                                       GError              **error);

G_END_DECLS
