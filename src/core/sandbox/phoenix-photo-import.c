/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-pdf-import"
#define _GNU_SOURCE  /* memfd_create */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "phoenix-pdf-import-private.h"
#include "phoenix-photo.h"

/* Photos through the import helper (its --photo mode), in the same sandbox and with the same
 * limits as a PDF: the cheap checks here, the decoding there, only a prepared photo back. */

/* A photo's error, as phoenix_photo_prepare() would give it. */
GError *
_phoenix_pdf_import_photo_error (int code)
{
  switch (code)
    {
    case PHOENIX_PHOTO_ERROR_NOT_AN_IMAGE:
      return g_error_new_literal (PHOENIX_PHOTO_ERROR, code,
                                  _("This file is not an image Phoenix can read. Choose a JPEG or PNG photo."));
    case PHOENIX_PHOTO_ERROR_TOO_BIG:
      return g_error_new_literal (PHOENIX_PHOTO_ERROR, code, _("This image has too many pixels. Choose a smaller one."));
    default:
      return g_error_new_literal (PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_FAILED,
                                  _("Phoenix could not convert this photo. Try another file."));
    }
}

void
phoenix_pdf_import_prepare_photo_async (PhoenixPdfImport    *self,
                                        GBytes              *image,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  gsize size = 0;
  const guint8 *data;
  int fd;

  g_return_if_fail (PHOENIX_IS_PDF_IMPORT (self));
  g_return_if_fail (image != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, phoenix_pdf_import_prepare_photo_async);
  if (g_task_return_error_if_cancelled (task))
    return;

  /* The cheap checks here, before a process is started: size, then JPEG or PNG with a header
   * whose size is within the limits. The helper checks again before it decodes. */
  data = g_bytes_get_data (image, &size);
  if (size > PHOENIX_PHOTO_MAX_FILE_SIZE)
    {
      g_task_return_new_error (task, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_TOO_BIG,
                               _("This image is too large. Choose one of at most %d MB."),
                               PHOENIX_PHOTO_MAX_FILE_SIZE / (1024 * 1024));
      return;
    }
  {
    GError *error = NULL;

    if (phoenix_photo_check_header (data, size, NULL, NULL, &error) == PHOENIX_PHOTO_FORMAT_NONE)
      {
        g_task_return_error (task, error);
        return;
      }
  }
  /* The bytes reach the helper as a file of their own in memory. */
  fd = memfd_create ("phoenix-photo", MFD_CLOEXEC);
  if (fd < 0 || write (fd, data, size) != (ssize_t) size || lseek (fd, 0, SEEK_SET) != 0)
    {
      if (fd >= 0)
        close (fd);
      g_task_return_error (task, _phoenix_pdf_import_photo_error (PHOENIX_PHOTO_ERROR_FAILED));
      return;
    }
  _phoenix_pdf_import_start_helper (self, task, PHOENIX_HELPER_RUN_PHOTO, fd, NULL);
}

void
phoenix_pdf_import_load_photo_async (PhoenixPdfImport    *self,
                                     GFile               *file,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *path = NULL;
  GStatBuf st;
  int fd;

  g_return_if_fail (PHOENIX_IS_PDF_IMPORT (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, phoenix_pdf_import_prepare_photo_async);
  if (g_task_return_error_if_cancelled (task))
    return;

  path = g_file_get_path (file);
  fd = path != NULL ? g_open (path, O_RDONLY | O_CLOEXEC | O_NOCTTY, 0) : -1;
  if (fd < 0)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      /* Translators: %s is a file name; the second sentence is the system's reason. */
      g_task_return_new_error (task, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_FAILED, _("Could not read “%s”. %s"),
                               name, g_strerror (errno));
      return;
    }
  /* Refused unread past the size limit (the helper reads no more than that either). */
  if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_size > PHOENIX_PHOTO_MAX_FILE_SIZE)
    {
      close (fd);
      g_task_return_new_error (task, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_TOO_BIG,
                               _("This image is too large. Choose one of at most %d MB."),
                               PHOENIX_PHOTO_MAX_FILE_SIZE / (1024 * 1024));
      return;
    }
  _phoenix_pdf_import_start_helper (self, task, PHOENIX_HELPER_RUN_PHOTO, fd, NULL);
}

GBytes *
phoenix_pdf_import_prepare_photo_finish (PhoenixPdfImport  *self,
                                         GAsyncResult      *result,
                                         GError           **error)
{
  g_return_val_if_fail (PHOENIX_IS_PDF_IMPORT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
