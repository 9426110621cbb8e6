/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "phoenix-profile-entries.h"
#include "phoenix-undo.h"

typedef struct
{
  PhoenixUndoStack *stack;
  PhoenixLink      *link;
  gint64            now;               /* the fake clock, µs */
  guint             can_undo_notifies;
  guint             can_redo_notifies;
} Fixture;

static gint64
fake_clock (gpointer user_data)
{
  Fixture *fixture = user_data;

  return fixture->now;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 Fixture    *fixture)
{
  if (g_str_equal (pspec->name, "can-undo"))
    fixture->can_undo_notifies++;
  else if (g_str_equal (pspec->name, "can-redo"))
    fixture->can_redo_notifies++;
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  fixture->stack = phoenix_undo_stack_new ();
  fixture->link = phoenix_link_new ();
  fixture->now = 1000 * G_USEC_PER_SEC;
  phoenix_undo_stack_set_clock (fixture->stack, fake_clock, fixture);
  g_signal_connect (fixture->stack, "notify", G_CALLBACK (count_notify_cb), fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_assert_finalize_object (fixture->stack);
  g_assert_finalize_object (fixture->link);
}

/* Sets a string property and records the edit, as the CV page does. */
static void
edit_string (Fixture    *fixture,
             GObject    *object,
             const char *property,
             const char *text)
{
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) new_value = G_VALUE_INIT;

  g_value_init (&old_value, G_TYPE_STRING);
  g_object_get_property (object, property, &old_value);
  g_value_init (&new_value, G_TYPE_STRING);
  g_value_set_string (&new_value, text);

  g_object_set_property (object, property, &new_value);
  phoenix_undo_stack_record (fixture->stack, object, property, &old_value, &new_value);
}

static void
edit_label (Fixture    *fixture,
            const char *text)
{
  edit_string (fixture, G_OBJECT (fixture->link), "label", text);
}

static void
test_undo_redo (Fixture       *fixture,
                gconstpointer  data)
{
  PhoenixUndoStack *stack = fixture->stack;

  g_assert_false (phoenix_undo_stack_get_can_undo (stack));
  g_assert_false (phoenix_undo_stack_undo (stack));
  g_assert_false (phoenix_undo_stack_redo (stack));

  edit_label (fixture, "LinkedIn");
  fixture->now += 5 * G_USEC_PER_SEC;
  edit_label (fixture, "GitHub");

  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (stack), ==, 2);
  g_assert_true (phoenix_undo_stack_get_can_undo (stack));
  g_assert_false (phoenix_undo_stack_get_can_redo (stack));

  g_assert_true (phoenix_undo_stack_undo (stack));
  g_assert_cmpstr (phoenix_link_get_label (fixture->link), ==, "LinkedIn");
  g_assert_true (phoenix_undo_stack_get_can_redo (stack));

  g_assert_true (phoenix_undo_stack_undo (stack));
  g_assert_cmpstr (phoenix_link_get_label (fixture->link), ==, "");
  g_assert_false (phoenix_undo_stack_get_can_undo (stack));
  g_assert_false (phoenix_undo_stack_undo (stack));

  g_assert_true (phoenix_undo_stack_redo (stack));
  g_assert_cmpstr (phoenix_link_get_label (fixture->link), ==, "LinkedIn");
  g_assert_true (phoenix_undo_stack_redo (stack));
  g_assert_cmpstr (phoenix_link_get_label (fixture->link), ==, "GitHub");
  g_assert_false (phoenix_undo_stack_redo (stack));

  /* A new edit after an undo drops what could be redone. */
  g_assert_true (phoenix_undo_stack_undo (stack));
  fixture->now += 5 * G_USEC_PER_SEC;
  edit_label (fixture, "Portfolio");
  g_assert_false (phoenix_undo_stack_get_can_redo (stack));
  g_assert_true (phoenix_undo_stack_undo (stack));
  g_assert_cmpstr (phoenix_link_get_label (fixture->link), ==, "LinkedIn");
}

static void
test_other_types (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(PhoenixExperience) experience = phoenix_experience_new ();
  const char * const before[] = { "Led a team", NULL };
  const char * const after[] = { "Led a team", "Cut costs by 20 %", NULL };
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) new_value = G_VALUE_INIT;

  /* Booleans */
  g_value_init (&old_value, G_TYPE_BOOLEAN);
  g_value_init (&new_value, G_TYPE_BOOLEAN);
  g_value_set_boolean (&new_value, TRUE);
  phoenix_experience_set_current (experience, TRUE);
  phoenix_undo_stack_record (fixture->stack, G_OBJECT (experience), "current", &old_value, &new_value);

  /* String arrays */
  phoenix_experience_set_highlights (experience, before);
  g_value_unset (&old_value);
  g_value_unset (&new_value);
  g_value_init (&old_value, G_TYPE_STRV);
  g_value_set_boxed (&old_value, before);
  g_value_init (&new_value, G_TYPE_STRV);
  g_value_set_boxed (&new_value, after);
  phoenix_experience_set_highlights (experience, after);
  phoenix_undo_stack_record (fixture->stack, G_OBJECT (experience), "highlights", &old_value, &new_value);

  /* Equal arrays in different memory are no change. */
  {
    g_auto(GStrv) copy = g_strdupv ((char **) after);
    g_auto(GValue) same = G_VALUE_INIT;

    g_value_init (&same, G_TYPE_STRV);
    g_value_set_boxed (&same, copy);
    phoenix_undo_stack_record (fixture->stack, G_OBJECT (experience), "highlights", &new_value, &same);
  }

  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (fixture->stack), ==, 2);
  g_assert_true (phoenix_undo_stack_undo (fixture->stack));
  g_assert_true (g_strv_equal (phoenix_experience_get_highlights (experience), before));
  g_assert_true (phoenix_undo_stack_undo (fixture->stack));
  g_assert_false (phoenix_experience_get_current (experience));
  g_assert_true (phoenix_undo_stack_redo (fixture->stack));
  g_assert_true (phoenix_experience_get_current (experience));

  phoenix_undo_stack_clear (fixture->stack);
}

static void
test_merge (Fixture       *fixture,
            gconstpointer  data)
{
  PhoenixUndoStack *stack = fixture->stack;

  /* Typing a word, 200 ms between keys: one step. */
  edit_label (fixture, "L");
  fixture->now += 200 * 1000;
  edit_label (fixture, "Li");
  fixture->now += 200 * 1000;
  edit_label (fixture, "Lin");
  fixture->now += 900 * 1000;  /* the window slides with each key */
  edit_label (fixture, "Link");
  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (stack), ==, 1);

  /* A pause longer than the interval starts a new step. */
  fixture->now += 1500 * 1000;
  edit_label (fixture, "LinkedIn");
  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (stack), ==, 2);

  /* Another property does not merge. */
  fixture->now += 100 * 1000;
  edit_string (fixture, G_OBJECT (fixture->link), "url", "linkedin.com/in/x");
  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (stack), ==, 3);

  /* Nor the same property after break_merge (e.g. the field lost focus). */
  fixture->now += 100 * 1000;
  phoenix_undo_stack_break_merge (stack);
  edit_string (fixture, G_OBJECT (fixture->link), "url", "https://linkedin.com/in/x");
  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (stack), ==, 4);

  g_assert_true (phoenix_undo_stack_undo (stack));
  g_assert_cmpstr (phoenix_link_get_url (fixture->link), ==, "linkedin.com/in/x");
  g_assert_true (phoenix_undo_stack_undo (stack));
  g_assert_cmpstr (phoenix_link_get_url (fixture->link), ==, "");
  g_assert_true (phoenix_undo_stack_undo (stack));
  g_assert_cmpstr (phoenix_link_get_label (fixture->link), ==, "Link");
  g_assert_true (phoenix_undo_stack_undo (stack));
  g_assert_cmpstr (phoenix_link_get_label (fixture->link), ==, "");
  g_assert_false (phoenix_undo_stack_get_can_undo (stack));

  /* After an undo, the next edit does not merge into an older step. */
  phoenix_undo_stack_clear (stack);
  edit_label (fixture, "A");
  fixture->now += 2 * G_USEC_PER_SEC;
  edit_label (fixture, "AB");
  g_assert_true (phoenix_undo_stack_undo (stack));
  edit_label (fixture, "AC");
  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (stack), ==, 2);

  /* Typed, then erased within the interval: nothing left to undo. */
  phoenix_undo_stack_clear (stack);
  fixture->now += 2 * G_USEC_PER_SEC;
  edit_label (fixture, "ACx");
  fixture->now += 100 * 1000;
  edit_label (fixture, "AC");
  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (stack), ==, 0);

  /* A zero interval never merges. */
  phoenix_undo_stack_set_merge_interval (stack, 0);
  edit_label (fixture, "X");
  edit_label (fixture, "XY");
  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (stack), ==, 2);
}

static void
test_notify (Fixture       *fixture,
             gconstpointer  data)
{
  PhoenixUndoStack *stack = fixture->stack;

  edit_label (fixture, "a");
  g_assert_cmpuint (fixture->can_undo_notifies, ==, 1);
  g_assert_cmpuint (fixture->can_redo_notifies, ==, 0);

  /* Still can undo: no notification. */
  fixture->now += 5 * G_USEC_PER_SEC;
  edit_label (fixture, "b");
  g_assert_cmpuint (fixture->can_undo_notifies, ==, 1);

  phoenix_undo_stack_undo (stack);
  g_assert_cmpuint (fixture->can_undo_notifies, ==, 1);
  g_assert_cmpuint (fixture->can_redo_notifies, ==, 1);

  phoenix_undo_stack_undo (stack);
  g_assert_cmpuint (fixture->can_undo_notifies, ==, 2);
  g_assert_cmpuint (fixture->can_redo_notifies, ==, 1);

  phoenix_undo_stack_redo (stack);
  g_assert_cmpuint (fixture->can_undo_notifies, ==, 3);
  g_assert_cmpuint (fixture->can_redo_notifies, ==, 1);

  /* Nothing changes: no notification. */
  edit_label (fixture, phoenix_link_get_label (fixture->link));
  g_assert_cmpuint (fixture->can_undo_notifies, ==, 3);

  phoenix_undo_stack_clear (stack);
  g_assert_cmpuint (fixture->can_undo_notifies, ==, 4);
  g_assert_cmpuint (fixture->can_redo_notifies, ==, 2);
  g_assert_false (phoenix_undo_stack_get_can_undo (stack));
  g_assert_false (phoenix_undo_stack_get_can_redo (stack));

  phoenix_undo_stack_clear (stack);
  g_assert_cmpuint (fixture->can_undo_notifies, ==, 4);
  g_assert_cmpuint (fixture->can_redo_notifies, ==, 2);
}

static void
test_depth (Fixture       *fixture,
            gconstpointer  data)
{
  PhoenixUndoStack *stack = fixture->stack;

  g_assert_cmpuint (phoenix_undo_stack_get_max_depth (stack), ==, PHOENIX_UNDO_STACK_DEFAULT_MAX_DEPTH);

  for (guint i = 1; i <= 150; i++)
    {
      g_autofree char *text = g_strdup_printf ("%u", i);

      fixture->now += 2 * G_USEC_PER_SEC;
      edit_label (fixture, text);
    }
  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (stack), ==, 100);

  phoenix_undo_stack_set_max_depth (stack, 5);
  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (stack), ==, 5);

  for (guint i = 0; i < 5; i++)
    g_assert_true (phoenix_undo_stack_undo (stack));
  g_assert_false (phoenix_undo_stack_undo (stack));
  /* The oldest steps were dropped: the value is the one after edit 145. */
  g_assert_cmpstr (phoenix_link_get_label (fixture->link), ==, "145");
  g_assert_cmpuint (phoenix_undo_stack_get_n_redo (stack), ==, 5);
}

typedef struct
{
  Fixture *fixture;
  char    *last;  /* the label before the latest change */
} Recorder;

/* Records every change of "label", as a UI bound to the model would. */
static void
label_changed_cb (PhoenixLink *link,
                  GParamSpec  *pspec,
                  Recorder    *recorder)
{
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) new_value = G_VALUE_INIT;

  g_value_init (&old_value, G_TYPE_STRING);
  g_value_set_string (&old_value, recorder->last);
  g_value_init (&new_value, G_TYPE_STRING);
  g_value_set_string (&new_value, phoenix_link_get_label (link));

  phoenix_undo_stack_record (recorder->fixture->stack, G_OBJECT (link), "label",
                             &old_value, &new_value);

  g_free (recorder->last);
  recorder->last = g_strdup (phoenix_link_get_label (link));
}

static void
test_undo_does_not_record (Fixture       *fixture,
                           gconstpointer  data)
{
  PhoenixUndoStack *stack = fixture->stack;
  Recorder recorder = { fixture, g_strdup ("") };
  gulong handler;

  handler = g_signal_connect (fixture->link, "notify::label",
                              G_CALLBACK (label_changed_cb), &recorder);

  phoenix_link_set_label (fixture->link, "one");
  fixture->now += 5 * G_USEC_PER_SEC;
  phoenix_link_set_label (fixture->link, "two");
  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (stack), ==, 2);

  g_assert_false (phoenix_undo_stack_is_applying (stack));
  g_assert_true (phoenix_undo_stack_undo (stack));
  g_assert_cmpstr (phoenix_link_get_label (fixture->link), ==, "one");
  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (stack), ==, 1);
  g_assert_cmpuint (phoenix_undo_stack_get_n_redo (stack), ==, 1);

  g_assert_true (phoenix_undo_stack_redo (stack));
  g_assert_cmpstr (phoenix_link_get_label (fixture->link), ==, "two");
  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (stack), ==, 2);
  g_assert_cmpuint (phoenix_undo_stack_get_n_redo (stack), ==, 0);

  g_assert_true (phoenix_undo_stack_undo (stack));
  g_assert_true (phoenix_undo_stack_undo (stack));
  g_assert_cmpstr (phoenix_link_get_label (fixture->link), ==, "");
  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (stack), ==, 0);
  g_assert_cmpuint (phoenix_undo_stack_get_n_redo (stack), ==, 2);

  g_signal_handler_disconnect (fixture->link, handler);
  g_free (recorder.last);
  phoenix_undo_stack_clear (stack);
}

static void
applied_cb (PhoenixUndoStack  *stack,
            GObject           *object,
            const char        *property,
            char             **last)
{
  g_free (*last);
  *last = g_strdup (property);
}

static void
test_applied (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree char *last = NULL;

  g_signal_connect (fixture->stack, "applied", G_CALLBACK (applied_cb), &last);
  edit_string (fixture, G_OBJECT (fixture->link), "url", "example.com");
  g_assert_null (last);
  phoenix_undo_stack_undo (fixture->stack);
  g_assert_cmpstr (last, ==, "url");
  phoenix_undo_stack_clear (fixture->stack);
}

static void
test_references (void)
{
  PhoenixUndoStack *stack = phoenix_undo_stack_new ();
  PhoenixLink *link = phoenix_link_new ();
  g_auto(GValue) old_value = G_VALUE_INIT;
  g_auto(GValue) new_value = G_VALUE_INIT;

  g_value_init (&old_value, G_TYPE_STRING);
  g_value_init (&new_value, G_TYPE_STRING);
  g_value_set_string (&new_value, "x");
  phoenix_undo_stack_record (stack, G_OBJECT (link), "label", &old_value, &new_value);

  /* The step keeps the link alive until the stack goes. */
  g_object_add_weak_pointer (G_OBJECT (link), (gpointer *) &link);
  g_object_unref (link);
  g_assert_nonnull (link);
  g_assert_finalize_object (stack);
  g_assert_null (link);
}

static void
test_bad_property (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_value_init (&value, G_TYPE_STRING);

  if (g_test_undefined ())
    {
      g_test_expect_message ("phoenix-undo", G_LOG_LEVEL_CRITICAL, "*pspec != NULL*");
      phoenix_undo_stack_record (fixture->stack, G_OBJECT (fixture->link), "no-such-property",
                                 &value, &value);
      g_test_assert_expected_messages ();
    }
  g_assert_false (phoenix_undo_stack_get_can_undo (fixture->stack));
}

/* The first item, or NULL; the store keeps it alive. */
static GObject *
first_item (GListStore *store)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), 0);

  return item;
}

/* Add, remove and move in a GListStore, undone and redone as steps of their own. */
static void
test_list_splice (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GListStore) store = g_list_store_new (G_TYPE_OBJECT);
  g_autoptr(GObject) a = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GObject) b = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GPtrArray) removed = g_ptr_array_new ();
  g_autoptr(GPtrArray) added = g_ptr_array_new ();

  /* Add a, add b. */
  g_list_store_append (store, a);
  g_ptr_array_add (added, a);
  phoenix_undo_stack_record_splice (fixture->stack, store, 0, NULL, added);
  g_list_store_append (store, b);
  g_ptr_array_index (added, 0) = b;
  phoenix_undo_stack_record_splice (fixture->stack, store, 1, NULL, added);

  /* Move b before a: a splice over both. */
  g_list_store_remove_all (store);
  g_list_store_append (store, b);
  g_list_store_append (store, a);
  g_ptr_array_set_size (added, 0);
  g_ptr_array_add (removed, a);
  g_ptr_array_add (removed, b);
  g_ptr_array_add (added, b);
  g_ptr_array_add (added, a);
  phoenix_undo_stack_record_splice (fixture->stack, store, 0, removed, added);
  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (fixture->stack), ==, 3);

  /* Nothing to record. */
  phoenix_undo_stack_record_splice (fixture->stack, store, 0, NULL, NULL);
  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (fixture->stack), ==, 3);

  g_assert_true (phoenix_undo_stack_undo (fixture->stack));
  g_assert_true (first_item (store) == a);
  g_assert_true (phoenix_undo_stack_undo (fixture->stack));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 1);
  g_assert_true (phoenix_undo_stack_undo (fixture->stack));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 0);
  g_assert_false (phoenix_undo_stack_get_can_undo (fixture->stack));

  g_assert_true (phoenix_undo_stack_redo (fixture->stack));
  g_assert_true (phoenix_undo_stack_redo (fixture->stack));
  g_assert_true (phoenix_undo_stack_redo (fixture->stack));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, 2);
  g_assert_true (first_item (store) == b);
  g_assert_false (phoenix_undo_stack_get_can_redo (fixture->stack));
}

static void
custom_apply (gpointer data,
              gboolean undo)
{
  int *counter = data;

  *counter += undo ? -1 : 1;
}

/* Custom steps: undone and redone by their function, freed with the step. */
static void
test_custom (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GObject) object = g_object_new (G_TYPE_OBJECT, NULL);
  int *counter = g_new0 (int, 1);
  int kept = 0;

  *counter = 1;  /* the change already happened */
  phoenix_undo_stack_record_custom (fixture->stack, object, custom_apply, counter, NULL);
  g_assert_true (phoenix_undo_stack_get_can_undo (fixture->stack));
  g_assert_true (phoenix_undo_stack_undo (fixture->stack));
  g_assert_cmpint (*counter, ==, 0);
  g_assert_true (phoenix_undo_stack_redo (fixture->stack));
  g_assert_cmpint (*counter, ==, 1);
  g_assert_true (phoenix_undo_stack_undo (fixture->stack));
  g_assert_cmpint (*counter, ==, 0);

  /* The data goes with the step. */
  phoenix_undo_stack_record_custom (fixture->stack, object, custom_apply, counter, g_free);
  phoenix_undo_stack_clear (fixture->stack);
  phoenix_undo_stack_record_custom (fixture->stack, object, custom_apply, &kept, NULL);
  g_assert_cmpuint (phoenix_undo_stack_get_n_undo (fixture->stack), ==, 1);
  g_assert_false (phoenix_undo_stack_get_can_redo (fixture->stack));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/undo/undo-redo", test_undo_redo);
  ADD ("/undo/other-types", test_other_types);
  ADD ("/undo/merge", test_merge);
  ADD ("/undo/notify", test_notify);
  ADD ("/undo/depth", test_depth);
  ADD ("/undo/undo-does-not-record", test_undo_does_not_record);
  ADD ("/undo/applied", test_applied);
  ADD ("/undo/bad-property", test_bad_property);
  ADD ("/undo/list-splice", test_list_splice);
  ADD ("/undo/custom", test_custom);
  g_test_add_func ("/undo/references", test_references);

#undef ADD

  return g_test_run ();
}
