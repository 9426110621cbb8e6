/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "phoenix-secret.h"

/* A wiped secret is zeroes over its whole length, multi-byte characters included; the bytes
 * after its terminator are not touched. */
static void
test_wipe (void)
{
  char buffer[] = "Tr0ub4dor&3 – é\0tail";
  gsize len = strlen (buffer);

  g_assert_cmpuint (len, ==, strlen ("Tr0ub4dor&3 – é"));
  phoenix_secret_wipe (buffer);
  for (gsize i = 0; i <= len; i++)
    g_assert_cmpint (buffer[i], ==, 0);
  g_assert_cmpstr (buffer + len + 1, ==, "tail");

  /* NULL and the empty string are fine. */
  phoenix_secret_wipe (NULL);
  phoenix_secret_wipe (buffer);
  phoenix_secret_free (NULL);

  /* What g_autoptr(PhoenixSecret) calls: wipes a heap copy, then frees it. */
  phoenix_secret_free (g_strdup ("correct horse battery staple"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/secret/wipe", test_wipe);

  return g_test_run ();
}
