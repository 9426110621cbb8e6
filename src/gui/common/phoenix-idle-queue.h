/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/*
 * Work done a little at a time in idle turns (issue #20): objects let go of, an entry list's
 * rows built or taken down. The queue's head gets one step after another until the turn's
 * time is spent (at least one step a turn, however slow), then a frame can be drawn before the
 * next turn. The step leaves the head in the queue until its work is done, then takes it out
 * with phoenix_idle_queue_remove(); the idle source lives while the queue holds anything.
 *
 * A queue is a static variable, made with PHOENIX_IDLE_QUEUE_INIT; it does not reference what
 * it holds: whoever pushes an item removes it before the item goes.
 */
typedef struct _PhoenixIdleQueue PhoenixIdleQueue;

typedef void (*PhoenixIdleQueueStep) (PhoenixIdleQueue *queue,
                                      gpointer          head);

struct _PhoenixIdleQueue
{
  GQueue               items;
  guint                source_id;
  int                  priority;
  gint64               turn_us;   /* 0: one step a turn */
  PhoenixIdleQueueStep step;
};

#define PHOENIX_IDLE_QUEUE_INIT(priority, turn_us, step) { G_QUEUE_INIT, 0, (priority), (turn_us), (step) }

void     phoenix_idle_queue_push       (PhoenixIdleQueue *queue,
                                        gpointer          item);
void     phoenix_idle_queue_remove     (PhoenixIdleQueue *queue,
                                        gpointer          item);
guint    phoenix_idle_queue_get_length (PhoenixIdleQueue *queue);

G_END_DECLS
