/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-icon-png"

/*
 * phoenix-icon-png SVG SIZE OUT: the app icon drawn once, at build time, as a SIZE×SIZE PNG
 * (issue #18). The app shows these PNGs at start (the welcome and unlock pages' image, the X11
 * window icon), which GTK reads itself: no SVG renderer (librsvg, 6 MiB) is loaded to draw
 * the first frame. Not installed.
 */

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <stdlib.h>

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;
  int size;

  if (argc != 4 || (size = atoi (argv[2])) <= 0)
    {
      g_printerr ("usage: %s SVG SIZE OUT.png\n", argv[0]);
      return 2;
    }
  pixbuf = gdk_pixbuf_new_from_file_at_size (argv[1], size, size, &error);
  if (pixbuf == NULL || !gdk_pixbuf_save (pixbuf, argv[3], "png", &error, NULL))
    {
      g_printerr ("%s: %s\n", argv[1], error->message);
      return 1;
    }
  return 0;
}
