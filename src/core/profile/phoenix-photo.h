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
  PHOENIX_PHOTO_ERROR_NOT_AN_IMAGE,  /* not a JPEG or PNG image, or a damaged one */
  PHOENIX_PHOTO_ERROR_FAILED,        /* could not be read or encoded */
} PhoenixPhotoError;

GQuark   phoenix_photo_error_quark   (void);

/* The most pixels an image may claim before it is decoded (a 200-byte PNG can claim 46000 ×
 * 46000: 8 GB). JPEG decodes straight at a reduced size (1/8 at least), so it may have more. */
#define PHOENIX_PHOTO_MAX_PIXELS      (40 * 1000 * 1000)
#define PHOENIX_PHOTO_MAX_PIXELS_JPEG (250 * 1000 * 1000)

typedef enum
{
  PHOENIX_PHOTO_FORMAT_NONE,
  PHOENIX_PHOTO_FORMAT_JPEG,
  PHOENIX_PHOTO_FORMAT_PNG,
} PhoenixPhotoFormat;

/*
 * The image check, before any pixel is decoded: JPEG or PNG by their magic bytes (nothing else
 * is ever given to an image decoder: no SVG, TIFF, ICO, XPM…; a JPEG must be Huffman-coded,
 * baseline, extended or progressive, as photos are), the size read from the header
 * (PNG's IHDR, JPEG's first SOF marker) and checked against the limits above. Sets @width,
 * @height (may be NULL) and returns the format, or NONE with a translated error.
 */
PhoenixPhotoFormat phoenix_photo_check_header (const guint8  *data,
                                               gsize          size,
                                               int           *width,
                                               int           *height,
                                               GError       **error);

/* Whether @photo is what phoenix_photo_prepare() makes (JPEG or PNG, at most
 * PHOENIX_PHOTO_MAX_SIDE a side): the only bytes the app decodes to show or render a photo. */
gboolean phoenix_photo_is_prepared  (GBytes               *photo);

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
