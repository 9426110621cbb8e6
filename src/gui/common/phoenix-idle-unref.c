/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-idle-unref"

#include "config.h"

#include "phoenix-idle-queue.h"
#include "phoenix-idle-unref.h"

/* The longest an idle turn lets go of objects, in microseconds. */
#define TURN_US 4000

static void
unref_head (PhoenixIdleQueue *queue,
            gpointer          object)
{
  phoenix_idle_queue_remove (queue, object);
  g_object_unref (object);
}

static PhoenixIdleQueue pending = PHOENIX_IDLE_QUEUE_INIT (G_PRIORITY_LOW, TURN_US, unref_head);

void
phoenix_idle_unref (gpointer object)
{
  g_return_if_fail (G_IS_OBJECT (object));

  phoenix_idle_queue_push (&pending, object);
}

guint
phoenix_idle_unref_get_pending (void)
{
  return phoenix_idle_queue_get_length (&pending);
}
