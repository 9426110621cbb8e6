/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-lazy-gsf"

/*
 * libgsf, opened the first time a Word document is written (phoenix-docx-writer.c): not
 * linked, so neither it nor libxml2 and ICU are mapped or relocated at start (issue #18;
 * phoenix-lazy-library.h). One stub a function the export calls.
 */

#include "config.h"

/* Everything but the library's own header first: only its declarations are made hidden. */
#include <gio/gio.h>
#include <stdio.h>

#include "phoenix-lazy-library.h"

#pragma GCC visibility push(hidden)
#include <gsf/gsf.h>
#pragma GCC visibility pop

static PhoenixLazyLibrary gsf = { PHOENIX_SONAME_GSF, NULL, NULL };

#pragma GCC visibility push(hidden)

PHOENIX_LAZY_FUNCTION (gsf, GType, gsf_output_get_type, (void), ())
PHOENIX_LAZY_FUNCTION (gsf, GType, gsf_outfile_get_type, (void), ())
PHOENIX_LAZY_FUNCTION (gsf, GsfOutput *, gsf_output_stdio_new, (char const *filename, GError **err),
                       (filename, err))
PHOENIX_LAZY_FUNCTION (gsf, GsfOutfile *, gsf_outfile_zip_new, (GsfOutput *sink, GError **err), (sink, err))
PHOENIX_LAZY_FUNCTION (gsf, GsfOutput *, gsf_outfile_new_child, (GsfOutfile *outfile, char const *name, gboolean is_dir),
                       (outfile, name, is_dir))
PHOENIX_LAZY_FUNCTION (gsf, GsfOutput *, gsf_outfile_new_child_varg,
                       (GsfOutfile *outfile, char const *name, gboolean is_dir, char const *first_property_name,
                        va_list args),
                       (outfile, name, is_dir, first_property_name, args))
PHOENIX_LAZY_FUNCTION (gsf, gboolean, gsf_output_write, (GsfOutput *output, size_t num_bytes, guint8 const *data),
                       (output, num_bytes, data))
PHOENIX_LAZY_FUNCTION (gsf, gboolean, gsf_output_close, (GsfOutput *output), (output))
PHOENIX_LAZY_FUNCTION (gsf, GError const *, gsf_output_error, (GsfOutput const *output), (output))

/* Variadic: the library's own va_list form. */
GsfOutput *
gsf_outfile_new_child_full (GsfOutfile *outfile,
                            char const *name,
                            gboolean    is_dir,
                            char const *first_property_name,
                            ...)
{
  GsfOutput *child;
  va_list args;

  va_start (args, first_property_name);
  child = gsf_outfile_new_child_varg (outfile, name, is_dir, first_property_name, args);
  va_end (args);
  return child;
}

#pragma GCC visibility pop
