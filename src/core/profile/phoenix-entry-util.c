/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-entry"

#include "config.h"

#include "phoenix-entry-util.h"

gboolean
_phoenix_entry_set_string (GObject    *object,
                           char      **field,
                           const char *value,
                           GParamSpec *pspec)
{
  g_assert (G_IS_OBJECT (object));
  g_assert (field != NULL);

  if (value == NULL)
    value = "";

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);
  g_object_notify_by_pspec (object, pspec);

  return TRUE;
}

gboolean
_phoenix_entry_set_strv (GObject            *object,
                         char             ***field,
                         const char * const *value,
                         GParamSpec         *pspec)
{
  static const char * const empty[] = { NULL };

  g_assert (G_IS_OBJECT (object));
  g_assert (field != NULL);

  if (value == NULL)
    value = empty;

  if (g_strv_equal ((const char * const *) *field, value))
    return FALSE;

  g_strfreev (*field);
  *field = g_strdupv ((char **) value);
  g_object_notify_by_pspec (object, pspec);

  return TRUE;
}

gboolean
_phoenix_entry_set_boolean (GObject    *object,
                            gboolean   *field,
                            gboolean    value,
                            GParamSpec *pspec)
{
  g_assert (G_IS_OBJECT (object));
  g_assert (field != NULL);

  value = !!value;

  if (*field == value)
    return FALSE;

  *field = value;
  g_object_notify_by_pspec (object, pspec);

  return TRUE;
}
