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
 * The preview of a parsed CV, section by section, with fields the parser is not sure
 * of marked. Writes nothing: it emits "chosen" (a PhoenixImportChoice) once, then
 * closes; closing it any other way is Cancel.
 */
PhoenixImportDialog *phoenix_import_dialog_new       (PhoenixCvParse      *parse,
                                                      const char          *file_name);
PhoenixCvParse      *phoenix_import_dialog_get_parse (PhoenixImportDialog *self);

G_END_DECLS
