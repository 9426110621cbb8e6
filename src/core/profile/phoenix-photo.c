/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-photo"

#include "config.h"

#include <glib/gi18n.h>
#include <gdk-pixbuf/gdk-pixbuf.h>
#include <string.h>

#include "phoenix-photo.h"

#define MAX_PIXELS      PHOENIX_PHOTO_MAX_PIXELS
#define MAX_PIXELS_JPEG PHOENIX_PHOTO_MAX_PIXELS_JPEG
/* Neither JPEG nor PNG decoders like sides past this (JPEG's own limit is 65,535). */
#define MAX_SIDE        65500
#define CHUNK_SIZE      (64 * 1024)
#define JPEG_QUALITY    "88"

G_DEFINE_QUARK (phoenix-photo-error-quark, phoenix_photo_error)

typedef struct
{
  gboolean too_big;
} SizeCheck;

static guint32
read_be32 (const guint8 *p)
{
  return ((guint32) p[0] << 24) | ((guint32) p[1] << 16) | ((guint32) p[2] << 8) | p[3];
}

/* The size in a PNG's IHDR chunk, which must come first. */
static gboolean
png_size (const guint8 *data,
          gsize         size,
          guint32      *width,
          guint32      *height)
{
  if (size < 8 + 8 + 13 || memcmp (data + 12, "IHDR", 4) != 0 || read_be32 (data + 8) != 13)
    return FALSE;
  *width = read_be32 (data + 16);
  *height = read_be32 (data + 20);
  return TRUE;
}

/* The size in a JPEG's first start-of-frame marker, walking the segments before it. */
static gboolean
jpeg_size (const guint8 *data,
           gsize         size,
           guint32      *width,
           guint32      *height)
{
  gsize i = 2;

  while (i + 4 <= size)
    {
      guint8 marker;
      gsize length;

      if (data[i] != 0xff)
        return FALSE;
      marker = data[i + 1];
      if (marker == 0xff)
        {
          i++;  /* fill byte */
          continue;
        }
      if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd8))
        {
          i += 2;  /* markers without a length */
          continue;
        }
      if (marker == 0xd9 || marker == 0xda)
        return FALSE;  /* end of image, or scan data, before any frame */
      length = ((gsize) data[i + 2] << 8) | data[i + 3];
      if (length < 2)
        return FALSE;
      /* SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC). Only baseline, extended and progressive
       * Huffman-coded frames (C0–C2) are photos as cameras and phones write them; lossless,
       * hierarchical and arithmetic-coded ones are refused: libjpeg spins for minutes on a
       * damaged arithmetic-coded frame of 193 bytes (found by tests/fuzz/fuzz-photo). */
      if (marker >= 0xc3 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc)
        return FALSE;
      if (marker >= 0xc0 && marker <= 0xc2)
        {
          if (length < 7 || i + 2 + 7 > size)
            return FALSE;
          *height = ((guint32) data[i + 5] << 8) | data[i + 6];
          *width = ((guint32) data[i + 7] << 8) | data[i + 8];
          return TRUE;
        }
      i += 2 + length;
    }
  return FALSE;
}

static void
set_not_an_image (GError **error)
{
  g_set_error_literal (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_NOT_AN_IMAGE,
                       _("This file is not an image Phoenix can read. Choose a JPEG or PNG photo."));
}

PhoenixPhotoFormat
phoenix_photo_check_header (const guint8  *data,
                            gsize          size,
                            int           *width,
                            int           *height,
                            GError       **error)
{
  static const guint8 png_magic[8] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  PhoenixPhotoFormat format = PHOENIX_PHOTO_FORMAT_NONE;
  guint32 w = 0, h = 0;
  gboolean sized = FALSE;

  g_return_val_if_fail (data != NULL || size == 0, PHOENIX_PHOTO_FORMAT_NONE);

  if (size >= 8 && memcmp (data, png_magic, 8) == 0)
    {
      format = PHOENIX_PHOTO_FORMAT_PNG;
      sized = png_size (data, size, &w, &h);
    }
  else if (size >= 3 && data[0] == 0xff && data[1] == 0xd8 && data[2] == 0xff)
    {
      format = PHOENIX_PHOTO_FORMAT_JPEG;
      sized = jpeg_size (data, size, &w, &h);
    }
  if (format == PHOENIX_PHOTO_FORMAT_NONE || !sized || w == 0 || h == 0)
    {
      set_not_an_image (error);
      return PHOENIX_PHOTO_FORMAT_NONE;
    }
  if (w > MAX_SIDE || h > MAX_SIDE
      || (double) w * h > (format == PHOENIX_PHOTO_FORMAT_JPEG ? MAX_PIXELS_JPEG : MAX_PIXELS))
    {
      g_set_error_literal (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_TOO_BIG,
                           _("This image has too many pixels. Choose a smaller one."));
      return PHOENIX_PHOTO_FORMAT_NONE;
    }
  if (width != NULL)
    *width = (int) w;
  if (height != NULL)
    *height = (int) h;
  return format;
}

gboolean
phoenix_photo_is_prepared (GBytes *photo)
{
  gsize size = 0;
  const guint8 *data;
  int width = 0, height = 0;

  if (photo == NULL)
    return FALSE;
  data = g_bytes_get_data (photo, &size);
  if (size > PHOENIX_PHOTO_MAX_FILE_SIZE
      || phoenix_photo_check_header (data, size, &width, &height, NULL) == PHOENIX_PHOTO_FORMAT_NONE)
    return FALSE;
  return width <= PHOENIX_PHOTO_MAX_SIDE && height <= PHOENIX_PHOTO_MAX_SIDE;
}

static void
size_prepared_cb (GdkPixbufLoader *loader,
                  int              width,
                  int              height,
                  SizeCheck       *check)
{
  GdkPixbufFormat *format = gdk_pixbuf_loader_get_format (loader);
  g_autofree char *name = format != NULL ? gdk_pixbuf_format_get_name (format) : NULL;
  double limit = g_strcmp0 (name, "jpeg") == 0 ? MAX_PIXELS_JPEG : MAX_PIXELS;
  double scale;

  if (width <= 0 || height <= 0)
    return;
  if ((double) width * height > limit)
    {
      check->too_big = TRUE;
      gdk_pixbuf_loader_set_size (loader, 1, 1);
      return;
    }

  /* Decode at the final size (an EXIF rotation keeps the longest side). */
  scale = MIN (1.0, (double) PHOENIX_PHOTO_MAX_SIDE / MAX (width, height));
  if (scale < 1.0)
    gdk_pixbuf_loader_set_size (loader, MAX (1, (int) (width * scale + 0.5)),
                                MAX (1, (int) (height * scale + 0.5)));
}

static gboolean
has_transparency (GdkPixbuf *pixbuf)
{
  const guint8 *pixels;
  int width, height, stride;

  if (!gdk_pixbuf_get_has_alpha (pixbuf))
    return FALSE;

  pixels = gdk_pixbuf_read_pixels (pixbuf);
  width = gdk_pixbuf_get_width (pixbuf);
  height = gdk_pixbuf_get_height (pixbuf);
  stride = gdk_pixbuf_get_rowstride (pixbuf);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if (pixels[y * stride + x * 4 + 3] != 0xff)
        return TRUE;

  return FALSE;
}

/* The same pixels without the (opaque) alpha channel, for JPEG. */
static GdkPixbuf *
drop_alpha (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  GdkPixbuf *rgb;

  if (!gdk_pixbuf_get_has_alpha (pixbuf))
    return g_object_ref (pixbuf);

  rgb = gdk_pixbuf_new (GDK_COLORSPACE_RGB, FALSE, 8, width, height);
  if (rgb == NULL)
    return NULL;
  for (int y = 0; y < height; y++)
    {
      const guint8 *from = gdk_pixbuf_read_pixels (pixbuf) + y * gdk_pixbuf_get_rowstride (pixbuf);
      guint8 *to = gdk_pixbuf_get_pixels (rgb) + y * gdk_pixbuf_get_rowstride (rgb);

      for (int x = 0; x < width; x++)
        {
          to[x * 3] = from[x * 4];
          to[x * 3 + 1] = from[x * 4 + 1];
          to[x * 3 + 2] = from[x * 4 + 2];
        }
    }

  return rgb;
}

GBytes *
phoenix_photo_prepare (GBytes  *data,
                       GError **error)
{
  g_autoptr(GdkPixbufLoader) loader = NULL;
  g_autoptr(GdkPixbuf) upright = NULL;
  g_autoptr(GdkPixbuf) scaled = NULL;
  g_autoptr(GdkPixbuf) opaque = NULL;
  g_autoptr(GError) local_error = NULL;
  SizeCheck check = { FALSE };
  PhoenixPhotoFormat format;
  GdkPixbuf *pixbuf;
  const guint8 *bytes;
  gsize size, done = 0;
  gboolean ok = TRUE;
  char *buffer = NULL;
  gsize buffer_size = 0;
  double scale;
  int width, height;

  g_return_val_if_fail (data != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_bytes_get_data (data, &size);
  if (size > PHOENIX_PHOTO_MAX_FILE_SIZE)
    {
      g_set_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_TOO_BIG,
                   _("This image is too large. Choose one of at most %d MB."),
                   PHOENIX_PHOTO_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  /* JPEG or PNG, of a size checked in its header, before any decoder sees a byte. */
  format = phoenix_photo_check_header (bytes, size, NULL, NULL, error);
  if (format == PHOENIX_PHOTO_FORMAT_NONE)
    return NULL;
  loader = gdk_pixbuf_loader_new_with_type (format == PHOENIX_PHOTO_FORMAT_JPEG ? "jpeg" : "png", &local_error);
  if (loader == NULL)
    {
      g_debug ("No image loader: %s", local_error->message);
      set_not_an_image (error);
      return NULL;
    }
  g_signal_connect (loader, "size-prepared", G_CALLBACK (size_prepared_cb), &check);
  while (ok && done < size && !check.too_big)
    {
      gsize n = MIN (CHUNK_SIZE, size - done);

      ok = gdk_pixbuf_loader_write (loader, bytes + done, n, &local_error);
      done += n;
    }
  if (!gdk_pixbuf_loader_close (loader, ok && local_error == NULL ? &local_error : NULL))
    ok = FALSE;

  if (check.too_big)
    {
      g_set_error_literal (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_TOO_BIG,
                           _("This image has too many pixels. Choose a smaller one."));
      return NULL;
    }

  pixbuf = ok && size > 0 ? gdk_pixbuf_loader_get_pixbuf (loader) : NULL;
  if (pixbuf == NULL)
    {
      g_debug ("Not an image: %s", local_error != NULL ? local_error->message : "no pixels");
      set_not_an_image (error);
      return NULL;
    }

  upright = gdk_pixbuf_apply_embedded_orientation (pixbuf);
  width = gdk_pixbuf_get_width (upright);
  height = gdk_pixbuf_get_height (upright);

  /* A loader that ignores set_size() still gives the full image: scale it here. */
  scale = MIN (1.0, (double) PHOENIX_PHOTO_MAX_SIDE / MAX (width, height));
  if (scale < 1.0)
    scaled = gdk_pixbuf_scale_simple (upright, MAX (1, (int) (width * scale + 0.5)),
                                      MAX (1, (int) (height * scale + 0.5)), GDK_INTERP_HYPER);
  else
    scaled = g_object_ref (upright);

  if (scaled == NULL)
    {
      g_set_error_literal (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_TOO_BIG,
                           _("This image has too many pixels. Choose a smaller one."));
      return NULL;
    }

  if (has_transparency (scaled))
    {
      ok = gdk_pixbuf_save_to_buffer (scaled, &buffer, &buffer_size, "png", &local_error, NULL);
    }
  else
    {
      opaque = drop_alpha (scaled);
      ok = opaque != NULL &&
           gdk_pixbuf_save_to_buffer (opaque, &buffer, &buffer_size, "jpeg", &local_error,
                                      "quality", JPEG_QUALITY, NULL);
    }

  if (!ok)
    {
      g_debug ("Could not encode the photo: %s", local_error != NULL ? local_error->message : "no memory");
      g_set_error_literal (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_FAILED,
                           _("Phoenix could not convert this photo. Try another file."));
      return NULL;
    }

  return g_bytes_new_take (buffer, buffer_size);
}

GBytes *
phoenix_photo_load (GFile         *file,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
      g_file_info_get_size (info) > PHOENIX_PHOTO_MAX_FILE_SIZE)
    {
      g_set_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_TOO_BIG,
                   _("This image is too large. Choose one of at most %d MB."),
                   PHOENIX_PHOTO_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  if (local_error == NULL)
    contents = g_file_load_bytes (file, cancellable, NULL, &local_error);
  if (contents == NULL)
    {
      g_autofree char *name = g_file_get_parse_name (file);

      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      g_debug ("Could not read %s: %s", name, local_error->message);
      /* Translators: %s is a file name; the second sentence is the system's reason. */
      g_set_error (error, PHOENIX_PHOTO_ERROR, PHOENIX_PHOTO_ERROR_FAILED,
                   _("Could not read “%s”. %s"), name, local_error->message);
      return NULL;
    }

  return phoenix_photo_prepare (contents, error);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  GBytes *photo = phoenix_photo_load (G_FILE (task_data), cancellable, &error);

  if (photo != NULL)
    g_task_return_pointer (task, photo, (GDestroyNotify) g_bytes_unref);
  else
    g_task_return_error (task, error);
}

void
phoenix_photo_load_async (GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, phoenix_photo_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

GBytes *
phoenix_photo_load_finish (GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
