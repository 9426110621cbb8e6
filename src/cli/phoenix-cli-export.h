/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* phoenix-cli export-pdf RESUME.json -t TEMPLATE -o OUT.pdf [--lang fr|en] [--paper a4|letter]
 * renders a JSON Resume file to PDF; --list-templates prints the templates, one a line, id first. */
int phoenix_cli_export_pdf  (int    argc,
                             char **argv);
/* phoenix-cli export-docx RESUME.json -o OUT.docx [--lang fr|en] [-t TEMPLATE] [--paper a4|letter]
 * writes the same CV as a Word document. */
int phoenix_cli_export_docx (int    argc,
                             char **argv);

G_END_DECLS
