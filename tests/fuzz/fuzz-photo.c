/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the image check and the photo's preparation, what the helper's --photo does. */
#include "config.h"

#include "phoenix-fuzz.h"
#include "phoenix-photo.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GBytes) photo = NULL;
  int width = 0, height = 0;

  phoenix_fuzz_init ();
  phoenix_photo_check_header (data, size, &width, &height, NULL);
  photo = phoenix_photo_prepare (bytes, NULL);
  if (photo != NULL && !phoenix_photo_is_prepared (photo))
    g_error ("phoenix_photo_prepare() made a photo that is not prepared");
  return 0;
}
