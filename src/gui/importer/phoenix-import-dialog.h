/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "phoenix-cv-parser.h"

G_BEGIN_DECLS

typedef enum
{
  PHOENIX_IMPORT_CANCEL,
  PHOENIX_IMPORT_REPLACE,
  PHOENIX_IMPORT_MERGE,
} PhoenixImportChoice;

#define PHOENIX_TYPE_IMPORT_DIALOG (phoenix_import_dialog_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixImportDialog, phoenix_import_dialog, PHOENIX, IMPORT_DIALOG, AdwWindow)

/*
 * The preview of an imported CV (from a PDF, a JSON Resume, a LinkedIn export or a
 * Europass CV), section by section, that the user corrects: every field editable, every
 * item can be left out, doubtful fields say why under them, lines not placed can be put
 * into a section. Writes nothing: it emits "chosen" (a PhoenixImportChoice) once, then
 * closes; closing it any other way is Cancel. Read the corrected profile with
 * phoenix_import_dialog_get_profile() in the "chosen" handler.
 */
PhoenixImportDialog *phoenix_import_dialog_new       (PhoenixCvParse      *parse,
                                                      const char          *file_name);
PhoenixCvParse      *phoenix_import_dialog_get_parse (PhoenixImportDialog *self);
/* The profile as corrected (a new JSON Resume object, items left out removed). */
JsonObject          *phoenix_import_dialog_get_profile (PhoenixImportDialog *self);

G_END_DECLS
