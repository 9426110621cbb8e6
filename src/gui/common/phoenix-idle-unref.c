/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-idle-unref"

#include "config.h"

#include "phoenix-idle-unref.h"

/* The longest an idle turn lets go of objects, in microseconds. */
#define TURN_US 4000

static GQueue pending = G_QUEUE_INIT;
static guint idle_id;

static gboolean
unref_some_cb (gpointer unused)
{
  gint64 until = g_get_monotonic_time () + TURN_US;

  /* At least one a turn, however slow. */
  do
    g_object_unref (g_queue_pop_head (&pending));
  while (!g_queue_is_empty (&pending) && g_get_monotonic_time () < until);

  if (!g_queue_is_empty (&pending))
    return G_SOURCE_CONTINUE;
  idle_id = 0;
  return G_SOURCE_REMOVE;
}

void
phoenix_idle_unref (gpointer object)
{
  g_return_if_fail (G_IS_OBJECT (object));

  g_queue_push_tail (&pending, object);
  if (idle_id == 0)
    idle_id = g_idle_add_full (G_PRIORITY_LOW, unref_some_cb, NULL, NULL);
}

guint
phoenix_idle_unref_get_pending (void)
{
  return g_queue_get_length (&pending);
}
