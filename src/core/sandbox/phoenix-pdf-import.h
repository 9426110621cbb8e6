/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "phoenix-cv-line-stream.h"
#include "phoenix-cv-parser.h"

G_BEGIN_DECLS

/*
 * Imports a CV from a PDF without opening the PDF in this process: runs the
 * phoenix-import-helper executable with a time limit and an address-space
 * limit, under bubblewrap when it is available (inside Flatpak, under
 * `flatpak-spawn --sandbox --no-network`), hands it the PDF as an open file
 * descriptor, and reads the positioned lines it streams (phoenix-cv-line-stream.h) as they
 * come, within caps; the lines are parsed here, in a worker thread. GTK-free.
 */

#define PHOENIX_PDF_IMPORT_ERROR (phoenix_pdf_import_error_quark ())

typedef enum
{
  PHOENIX_PDF_IMPORT_ERROR_NOT_PDF,
  PHOENIX_PDF_IMPORT_ERROR_DAMAGED,
  PHOENIX_PDF_IMPORT_ERROR_ENCRYPTED,
  PHOENIX_PDF_IMPORT_ERROR_NO_TEXT,
  PHOENIX_PDF_IMPORT_ERROR_TOO_LARGE,
  PHOENIX_PDF_IMPORT_ERROR_TIMEOUT,
  PHOENIX_PDF_IMPORT_ERROR_CRASHED,
  PHOENIX_PDF_IMPORT_ERROR_FAILED,
} PhoenixPdfImportError;

/* Limits shared by the helper and its callers. */
#define PHOENIX_PDF_IMPORT_MAX_PAGES PHOENIX_CV_LINE_STREAM_MAX_PAGES
#define PHOENIX_PDF_IMPORT_MAX_BYTES (64 * 1024 * 1024)
/* The helper's reply: its size (counted while it is read) and the entries of a section. */
#define PHOENIX_PDF_IMPORT_MAX_REPLY   (32 * 1024 * 1024)
#define PHOENIX_PDF_IMPORT_MAX_ENTRIES 1000

GQuark      phoenix_pdf_import_error_quark          (void);
/* Exit status of the helper for an error code, and back (0 means success). */
int         phoenix_pdf_import_error_to_exit_status (PhoenixPdfImportError code);
gboolean    phoenix_pdf_import_error_from_exit_status (int                    status,
                                                       PhoenixPdfImportError *code);
/* "not-pdf", "damaged", "encrypted"…: an error code's name. */
const char *phoenix_pdf_import_error_to_string      (PhoenixPdfImportError code);
/* A translated message a user can act on. */
char       *phoenix_pdf_import_error_message        (PhoenixPdfImportError code);
/* Sets @error to @code with its message. */
void        phoenix_pdf_import_set_error            (GError               **error,
                                                     PhoenixPdfImportError  code);

#define PHOENIX_TYPE_PDF_IMPORT (phoenix_pdf_import_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixPdfImport, phoenix_pdf_import, PHOENIX, PDF_IMPORT, GObject)

/*
 * Properties:
 *   "helper-path" (string): the helper; default $PHOENIX_IMPORT_HELPER, else
 *     LIBEXECDIR/phoenix-import-helper.
 *   "timeout" (uint, seconds, default 30).
 *   "memory-limit" (uint64, bytes of address space, default 1 GiB).
 *   "sandbox" (boolean, default TRUE): use bwrap / flatpak-spawn when there.
 */
PhoenixPdfImport *phoenix_pdf_import_new              (void);
const char       *phoenix_pdf_import_get_helper_path  (PhoenixPdfImport *self);
void              phoenix_pdf_import_set_helper_path  (PhoenixPdfImport *self,
                                                       const char       *helper_path);
guint             phoenix_pdf_import_get_timeout      (PhoenixPdfImport *self);
void              phoenix_pdf_import_set_timeout      (PhoenixPdfImport *self,
                                                       guint             seconds);
guint64           phoenix_pdf_import_get_memory_limit (PhoenixPdfImport *self);
void              phoenix_pdf_import_set_memory_limit (PhoenixPdfImport *self,
                                                       guint64           bytes);
gboolean          phoenix_pdf_import_get_sandbox      (PhoenixPdfImport *self);
void              phoenix_pdf_import_set_sandbox      (PhoenixPdfImport *self,
                                                       gboolean          sandbox);
/* TRUE when the last run went through bwrap or flatpak-spawn. */
gboolean          phoenix_pdf_import_get_sandboxed    (PhoenixPdfImport *self);

/* @password may be NULL; it reaches the helper on its stdin, never argv. */
void              phoenix_pdf_import_run_async        (PhoenixPdfImport    *self,
                                                       GFile               *file,
                                                       const char          *password,
                                                       GCancellable        *cancellable,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
PhoenixCvParse   *phoenix_pdf_import_run_finish       (PhoenixPdfImport    *self,
                                                       GAsyncResult        *result,
                                                       GError             **error);

/*
 * The same run, with the positioned lines the helper found ("lines": a debugging aid,
 * `phoenix-cli import-pdf --lines`): the parse's JSON with the lines, read and checked within
 * the same caps as phoenix_pdf_import_run_async()'s, without "pages". The PDF is never opened in
 * this process.
 */
void              phoenix_pdf_import_read_lines_async  (PhoenixPdfImport    *self,
                                                        GFile               *file,
                                                        const char          *password,
                                                        GCancellable        *cancellable,
                                                        GAsyncReadyCallback  callback,
                                                        gpointer             user_data);
JsonNode         *phoenix_pdf_import_read_lines_finish (PhoenixPdfImport    *self,
                                                        GAsyncResult        *result,
                                                        GError             **error);
/*
 * A photo decoded in the same sandbox, with the same limits: @image (any bytes, at most
 * PHOENIX_PHOTO_MAX_FILE_SIZE) goes to the helper, which accepts only JPEG and PNG (by their
 * magic bytes, their size checked in the header before any pixel is decoded) and answers the
 * photo as phoenix_photo_prepare() makes it; only such a photo (JPEG or PNG, at most
 * PHOENIX_PHOTO_MAX_SIDE a side, checked here) is returned. Errors are PHOENIX_PHOTO_ERROR.
 */
void              phoenix_pdf_import_prepare_photo_async  (PhoenixPdfImport    *self,
                                                           GBytes              *image,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
/* The same for a file the user chose (refused unread past PHOENIX_PHOTO_MAX_FILE_SIZE); finish
 * with phoenix_pdf_import_prepare_photo_finish(). */
void              phoenix_pdf_import_load_photo_async     (PhoenixPdfImport    *self,
                                                           GFile               *file,
                                                           GCancellable        *cancellable,
                                                           GAsyncReadyCallback  callback,
                                                           gpointer             user_data);
GBytes           *phoenix_pdf_import_prepare_photo_finish (PhoenixPdfImport    *self,
                                                           GAsyncResult        *result,
                                                           GError             **error);

/* The helper's exit status for a photo error is this plus the PhoenixPhotoError code. */
#define PHOENIX_PHOTO_HELPER_EXIT_BASE 20

G_END_DECLS
