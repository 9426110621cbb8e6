/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The largest file accepted as a photo, and the largest side of a stored photo. */
#define PHOENIX_PHOTO_MAX_FILE_SIZE (10 * 1024 * 1024)
#define PHOENIX_PHOTO_MAX_SIDE      600

#define PHOENIX_PHOTO_ERROR (phoenix_photo_error_quark ())

typedef enum
{
  PHOENIX_PHOTO_ERROR_TOO_BIG,       /* over PHOENIX_PHOTO_MAX_FILE_SIZE, or too many pixels */
  PHOENIX_PHOTO_ERROR_NOT_AN_IMAGE,  /* not an image gdk-pixbuf can read */
  PHOENIX_PHOTO_ERROR_FAILED,        /* could not be read or encoded */
} PhoenixPhotoError;

GQuark   phoenix_photo_error_quark   (void);

/*
 * The CV photo as the profile stores it (phoenix_profile_set_photo): decoded,
 * turned upright (EXIF orientation), scaled down to at most
 * PHOENIX_PHOTO_MAX_SIDE × PHOENIX_PHOTO_MAX_SIDE keeping its aspect, and
 * encoded again as JPEG, or PNG when it has transparent pixels. Re-encoding
 * also drops the file's metadata (camera, place). Errors are translated.
 */
GBytes  *phoenix_photo_prepare       (GBytes               *data,
                                      GError              **error);

/* Reads @file (PHOENIX_PHOTO_ERROR_TOO_BIG over the limit, without reading it)
 * and prepares it. */
GBytes  *phoenix_photo_load          (GFile                *file,
                                      GCancellable         *cancellable,
                                      GError              **error);
/* The same in a worker thread. */
void     phoenix_photo_load_async    (GFile                *file,
                                      GCancellable         *cancellable,
                                      GAsyncReadyCallback   callback,
                                      gpointer              user_data);
GBytes  *phoenix_photo_load_finish   (GAsyncResult         *result,
                                      GError              **error);

G_END_DECLS
