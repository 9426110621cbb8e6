/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The idle queue behind the entry lists' fill and teardown and phoenix_idle_unref (issue #20). */
#include "config.h"

#include "phoenix-idle-queue.h"

typedef struct
{
  guint steps_left;
  guint steps_done;
  gint64 step_us;
} Item;

static GPtrArray *order;   /* the items as they finish */
static guint steps;        /* steps in all */
static Item *follow_up;    /* pushed by the step that finishes the first item, if set */

static void
item_step (PhoenixIdleQueue *queue,
           gpointer          head)
{
  Item *item = head;

  steps++;
  item->steps_done++;
  if (item->step_us > 0)
    g_usleep (item->step_us);
  if (--item->steps_left > 0)
    return;
  phoenix_idle_queue_remove (queue, item);
  g_ptr_array_add (order, item);
  if (follow_up != NULL)
    phoenix_idle_queue_push (queue, g_steal_pointer (&follow_up));
}

static void
setup (void)
{
  g_clear_pointer (&order, g_ptr_array_unref);
  order = g_ptr_array_new ();
  steps = 0;
  follow_up = NULL;
}

static void
run_until_empty (PhoenixIdleQueue *queue)
{
  guint turns = 0;

  while (phoenix_idle_queue_get_length (queue) > 0)
    {
      g_main_context_iteration (NULL, TRUE);
      g_assert_cmpuint (++turns, <, 1000);
    }
  /* Nothing left to run: the source went with the last item. */
  g_assert_cmpuint (queue->source_id, ==, 0);
  g_assert_false (g_main_context_iteration (NULL, FALSE));
}

/* One step a turn when the turn has no time: the head keeps the queue until done, in order. */
static void
test_one_step_a_turn (void)
{
  static PhoenixIdleQueue queue = PHOENIX_IDLE_QUEUE_INIT (G_PRIORITY_DEFAULT_IDLE, 0, item_step);
  Item a = { .steps_left = 3 }, b = { .steps_left = 2 };

  setup ();
  phoenix_idle_queue_push (&queue, &a);
  phoenix_idle_queue_push (&queue, &b);
  g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (steps, ==, 1);
  g_assert_cmpuint (a.steps_done, ==, 1);
  g_assert_cmpuint (b.steps_done, ==, 0);
  run_until_empty (&queue);
  g_assert_cmpuint (steps, ==, 5);
  g_assert_true (g_ptr_array_index (order, 0) == &a);
  g_assert_true (g_ptr_array_index (order, 1) == &b);
}

/* A turn with time does many quick steps, across items; a slow step still gets one a turn. */
static void
test_budget (void)
{
  static PhoenixIdleQueue queue = PHOENIX_IDLE_QUEUE_INIT (G_PRIORITY_DEFAULT_IDLE, 500 * 1000, item_step);
  Item quick[4] = { { .steps_left = 5 }, { .steps_left = 5 }, { .steps_left = 5 }, { .steps_left = 5 } };
  Item slow = { .steps_left = 2, .step_us = 600 * 1000 };

  setup ();
  for (guint i = 0; i < G_N_ELEMENTS (quick); i++)
    phoenix_idle_queue_push (&queue, &quick[i]);
  g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (steps, ==, 20);
  g_assert_cmpuint (phoenix_idle_queue_get_length (&queue), ==, 0);

  setup ();
  phoenix_idle_queue_push (&queue, &slow);
  g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (steps, ==, 1);
  run_until_empty (&queue);
  g_assert_cmpuint (steps, ==, 2);
}

/* An item taken out before its turn never runs; the queue emptied that way stops its source. */
static void
test_remove (void)
{
  static PhoenixIdleQueue queue = PHOENIX_IDLE_QUEUE_INIT (G_PRIORITY_DEFAULT_IDLE, 0, item_step);
  Item a = { .steps_left = 1 }, b = { .steps_left = 1 };

  setup ();
  phoenix_idle_queue_push (&queue, &a);
  phoenix_idle_queue_push (&queue, &b);
  phoenix_idle_queue_remove (&queue, &a);
  run_until_empty (&queue);
  g_assert_cmpuint (a.steps_done, ==, 0);
  g_assert_cmpuint (b.steps_done, ==, 1);

  phoenix_idle_queue_push (&queue, &a);
  phoenix_idle_queue_remove (&queue, &a);
  g_assert_cmpuint (queue.source_id, ==, 0);
  g_assert_false (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (a.steps_done, ==, 0);
}

/* A step that empties the queue and pushes again (a finalised row letting go of another): the
 * new item runs. */
static void
test_push_from_step (void)
{
  static PhoenixIdleQueue queue = PHOENIX_IDLE_QUEUE_INIT (G_PRIORITY_DEFAULT_IDLE, 0, item_step);
  Item a = { .steps_left = 1 }, b = { .steps_left = 2 };

  setup ();
  follow_up = &b;
  phoenix_idle_queue_push (&queue, &a);
  run_until_empty (&queue);
  g_assert_cmpuint (order->len, ==, 2);
  g_assert_true (g_ptr_array_index (order, 1) == &b);
  g_assert_cmpuint (b.steps_done, ==, 2);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/idle-queue/one-step-a-turn", test_one_step_a_turn);
  g_test_add_func ("/idle-queue/budget", test_budget);
  g_test_add_func ("/idle-queue/remove", test_remove);
  g_test_add_func ("/idle-queue/push-from-step", test_push_from_step);
  return g_test_run ();
}
