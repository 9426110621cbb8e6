/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-idle-queue"

#include "config.h"

#include "phoenix-idle-queue.h"

static gboolean
turn_cb (gpointer data)
{
  PhoenixIdleQueue *queue = data;
  gint64 until = g_get_monotonic_time () + queue->turn_us;

  do
    queue->step (queue, g_queue_peek_head (&queue->items));
  while (!g_queue_is_empty (&queue->items) && g_get_monotonic_time () < until);

  if (!g_queue_is_empty (&queue->items))
    return G_SOURCE_CONTINUE;
  /* The last remove already took the source away. */
  return G_SOURCE_REMOVE;
}

void
phoenix_idle_queue_push (PhoenixIdleQueue *queue,
                         gpointer          item)
{
  g_queue_push_tail (&queue->items, item);
  if (queue->source_id == 0)
    queue->source_id = g_idle_add_full (queue->priority, turn_cb, queue, NULL);
}

void
phoenix_idle_queue_remove (PhoenixIdleQueue *queue,
                           gpointer          item)
{
  g_queue_remove (&queue->items, item);
  if (g_queue_is_empty (&queue->items))
    g_clear_handle_id (&queue->source_id, g_source_remove);
}

guint
phoenix_idle_queue_get_length (PhoenixIdleQueue *queue)
{
  return g_queue_get_length (&queue->items);
}
