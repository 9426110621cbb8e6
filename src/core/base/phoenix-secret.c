/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-secret"

#include "config.h"

#include <string.h>

#include "phoenix-secret.h"

void
phoenix_secret_wipe (char *secret)
{
  if (secret == NULL)
    return;

  explicit_bzero (secret, strlen (secret));
}

void
phoenix_secret_free (char *secret)
{
  if (secret == NULL)
    return;

  phoenix_secret_wipe (secret);
  g_free (secret);
}
