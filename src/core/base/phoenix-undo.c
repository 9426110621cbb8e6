/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-undo"

#include "config.h"

#include "phoenix-undo.h"

typedef struct
{
  GObject    *object;     /* owned */
  GParamSpec *pspec;      /* owned */
  GValue      old_value;
  GValue      new_value;
  gint64      time;       /* of the last record merged in, in µs */
  /* A list step (pspec NULL, object the GListStore): items at position before and after. */
  GPtrArray  *removed;
  GPtrArray  *added;
  guint       position;
  /* A custom step (pspec NULL, removed NULL): applied by a function. */
  PhoenixUndoApplyFunc apply_func;
  gpointer             apply_data;
  GDestroyNotify       apply_destroy;
} Step;

struct _PhoenixUndoStack
{
  GObject parent_instance;

  GPtrArray *undo;  /* of Step, oldest first */
  GPtrArray *redo;  /* of Step, the next to redo last */

  guint max_depth;
  guint merge_interval;  /* ms */

  PhoenixUndoClock clock;
  gpointer         clock_data;

  guint applying;
  guint merge_broken : 1;
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_MAX_DEPTH,
  PROP_MERGE_INTERVAL,
  N_PROPS
};

enum {
  APPLIED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixUndoStack, phoenix_undo_stack, G_TYPE_OBJECT)

static void
step_free (gpointer data)
{
  Step *step = data;

  g_clear_object (&step->object);
  g_clear_pointer (&step->pspec, g_param_spec_unref);
  if (G_IS_VALUE (&step->old_value))
    g_value_unset (&step->old_value);
  if (G_IS_VALUE (&step->new_value))
    g_value_unset (&step->new_value);
  g_clear_pointer (&step->removed, g_ptr_array_unref);
  g_clear_pointer (&step->added, g_ptr_array_unref);
  if (step->apply_destroy != NULL)
    step->apply_destroy (step->apply_data);
  g_free (step);
}

static gint64
default_clock (gpointer user_data)
{
  return g_get_monotonic_time ();
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  /* Boxed values compare by pointer in g_param_values_cmp(). */
  if (G_VALUE_HOLDS (a, G_TYPE_STRV) && G_VALUE_HOLDS (b, G_TYPE_STRV))
    {
      const char * const *sa = g_value_get_boxed (a);
      const char * const *sb = g_value_get_boxed (b);
      static const char * const empty[] = { NULL };

      return g_strv_equal (sa != NULL ? sa : empty, sb != NULL ? sb : empty);
    }

  return g_param_values_cmp (pspec, a, b) == 0;
}

/* Call after changing the stacks, with what get_can_undo/redo returned before. */
static void
notify_state (PhoenixUndoStack *self,
              gboolean          could_undo,
              gboolean          could_redo)
{
  if (could_undo != (self->undo->len > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (could_redo != (self->redo->len > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static void
trim_to_depth (PhoenixUndoStack *self)
{
  if (self->undo->len > self->max_depth)
    g_ptr_array_remove_range (self->undo, 0, self->undo->len - self->max_depth);
  if (self->redo->len > self->max_depth)
    g_ptr_array_remove_range (self->redo, 0, self->redo->len - self->max_depth);
}

/* Puts @items back where @replace items are now. */
static void
apply_splice (PhoenixUndoStack *self,
              Step             *step,
              GPtrArray        *replace,
              GPtrArray        *items)
{
  g_autoptr(GObject) store = g_object_ref (step->object);
  g_autoptr(GPtrArray) copy = g_ptr_array_ref (items);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint position = MIN (step->position, n_items);
  guint n_removals = MIN (replace->len, n_items - position);

  self->applying++;
  g_list_store_splice (G_LIST_STORE (store), position, n_removals, copy->pdata, copy->len);
  self->applying--;

  g_signal_emit (self, signals[APPLIED], 0, store, NULL);
}

static void
apply (PhoenixUndoStack *self,
       Step             *step,
       const GValue     *value)
{
  /* Handlers may clear the stack, and free @step, while the value is set. */
  g_autoptr(GObject) object = g_object_ref (step->object);
  GParamSpec *pspec = g_param_spec_ref (step->pspec);
  g_auto(GValue) copy = G_VALUE_INIT;

  g_value_init (&copy, pspec->value_type);
  g_value_copy (value, &copy);

  self->applying++;
  g_object_set_property (object, pspec->name, &copy);
  self->applying--;

  g_signal_emit (self, signals[APPLIED], 0, object, pspec->name);
  g_param_spec_unref (pspec);
}

/* Moves the last step of @from to @to, applying its old or new value. */
static gboolean
move_step (PhoenixUndoStack *self,
           GPtrArray        *from,
           GPtrArray        *to,
           gboolean          use_old_value)
{
  gboolean could_undo = self->undo->len > 0;
  gboolean could_redo = self->redo->len > 0;
  Step *step;

  if (from->len == 0 || self->applying > 0)
    return FALSE;

  step = g_ptr_array_steal_index (from, from->len - 1);
  g_ptr_array_add (to, step);
  self->merge_broken = TRUE;

  /* The stacks are consistent before anything outside can run. */
  g_object_ref (self);
  g_object_freeze_notify (G_OBJECT (self));
  notify_state (self, could_undo, could_redo);
  if (step->apply_func != NULL)
    {
      g_autoptr(GObject) object = g_object_ref (step->object);

      self->applying++;
      step->apply_func (step->apply_data, use_old_value);
      self->applying--;
      g_signal_emit (self, signals[APPLIED], 0, object, NULL);
    }
  else if (step->pspec == NULL)
    apply_splice (self, step,
                  use_old_value ? step->added : step->removed,
                  use_old_value ? step->removed : step->added);
  else
    apply (self, step, use_old_value ? &step->old_value : &step->new_value);
  g_object_thaw_notify (G_OBJECT (self));
  g_object_unref (self);

  return TRUE;
}

static void
phoenix_undo_stack_dispose (GObject *object)
{
  PhoenixUndoStack *self = PHOENIX_UNDO_STACK (object);

  /* Steps hold references on the edited objects. */
  if (self->undo != NULL)
    g_ptr_array_set_size (self->undo, 0);
  if (self->redo != NULL)
    g_ptr_array_set_size (self->redo, 0);

  G_OBJECT_CLASS (phoenix_undo_stack_parent_class)->dispose (object);
}

static void
phoenix_undo_stack_finalize (GObject *object)
{
  PhoenixUndoStack *self = PHOENIX_UNDO_STACK (object);

  g_clear_pointer (&self->undo, g_ptr_array_unref);
  g_clear_pointer (&self->redo, g_ptr_array_unref);

  G_OBJECT_CLASS (phoenix_undo_stack_parent_class)->finalize (object);
}

static void
phoenix_undo_stack_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PhoenixUndoStack *self = PHOENIX_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, phoenix_undo_stack_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, phoenix_undo_stack_get_can_redo (self));
      break;

    case PROP_MAX_DEPTH:
      g_value_set_uint (value, self->max_depth);
      break;

    case PROP_MERGE_INTERVAL:
      g_value_set_uint (value, self->merge_interval);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_undo_stack_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PhoenixUndoStack *self = PHOENIX_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_MAX_DEPTH:
      phoenix_undo_stack_set_max_depth (self, g_value_get_uint (value));
      break;

    case PROP_MERGE_INTERVAL:
      phoenix_undo_stack_set_merge_interval (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_undo_stack_class_init (PhoenixUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phoenix_undo_stack_dispose;
  object_class->finalize = phoenix_undo_stack_finalize;
  object_class->get_property = phoenix_undo_stack_get_property;
  object_class->set_property = phoenix_undo_stack_set_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MAX_DEPTH] =
    g_param_spec_uint ("max-depth", NULL, NULL,
                       1, G_MAXUINT, PHOENIX_UNDO_STACK_DEFAULT_MAX_DEPTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_MERGE_INTERVAL] =
    g_param_spec_uint ("merge-interval", NULL, NULL,
                       0, G_MAXUINT, PHOENIX_UNDO_STACK_DEFAULT_MERGE_INTERVAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * PhoenixUndoStack::applied:
   * @object: the object whose property undo or redo just set
   * @property: the property's name
   */
  signals[APPLIED] =
    g_signal_new ("applied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2,
                  G_TYPE_OBJECT,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
phoenix_undo_stack_init (PhoenixUndoStack *self)
{
  self->undo = g_ptr_array_new_with_free_func (step_free);
  self->redo = g_ptr_array_new_with_free_func (step_free);
  self->max_depth = PHOENIX_UNDO_STACK_DEFAULT_MAX_DEPTH;
  self->merge_interval = PHOENIX_UNDO_STACK_DEFAULT_MERGE_INTERVAL;
  self->clock = default_clock;
}

PhoenixUndoStack *
phoenix_undo_stack_new (void)
{
  return g_object_new (PHOENIX_TYPE_UNDO_STACK, NULL);
}

/**
 * phoenix_undo_stack_record:
 * @object: the object that was edited
 * @property: the name of the property that changed
 * @old_value: its value before the edit
 * @new_value: its value after the edit
 *
 * Records an edit that already happened. Does nothing while undo or redo is
 * applying a value, or when the two values are equal. Clears the redo steps.
 */
void
phoenix_undo_stack_record (PhoenixUndoStack *self,
                           GObject          *object,
                           const char       *property,
                           const GValue     *old_value,
                           const GValue     *new_value)
{
  gboolean could_undo, could_redo;
  GParamSpec *pspec;
  Step *top = NULL;
  gint64 now;

  g_return_if_fail (PHOENIX_IS_UNDO_STACK (self));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (property != NULL);
  g_return_if_fail (G_IS_VALUE (old_value));
  g_return_if_fail (G_IS_VALUE (new_value));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_return_if_fail (pspec != NULL);
  g_return_if_fail ((pspec->flags & G_PARAM_WRITABLE) != 0);
  g_return_if_fail ((pspec->flags & G_PARAM_CONSTRUCT_ONLY) == 0);
  g_return_if_fail (g_value_type_compatible (G_VALUE_TYPE (old_value), pspec->value_type));
  g_return_if_fail (g_value_type_compatible (G_VALUE_TYPE (new_value), pspec->value_type));

  if (self->applying > 0)
    return;

  if (values_equal (pspec, old_value, new_value))
    return;

  could_undo = self->undo->len > 0;
  could_redo = self->redo->len > 0;
  now = self->clock (self->clock_data);

  if (self->undo->len > 0)
    top = g_ptr_array_index (self->undo, self->undo->len - 1);

  g_ptr_array_set_size (self->redo, 0);

  if (top != NULL &&
      !self->merge_broken &&
      self->merge_interval > 0 &&
      top->object == object &&
      top->pspec == pspec &&
      now >= top->time &&
      now - top->time < (gint64) self->merge_interval * 1000)
    {
      g_value_unset (&top->new_value);
      g_value_init (&top->new_value, pspec->value_type);
      g_value_copy (new_value, &top->new_value);
      top->time = now;

      /* Typed, then erased: nothing left to undo. */
      if (values_equal (pspec, &top->old_value, &top->new_value))
        g_ptr_array_set_size (self->undo, self->undo->len - 1);
    }
  else
    {
      Step *step = g_new0 (Step, 1);

      step->object = g_object_ref (object);
      step->pspec = g_param_spec_ref (pspec);
      g_value_init (&step->old_value, pspec->value_type);
      g_value_copy (old_value, &step->old_value);
      g_value_init (&step->new_value, pspec->value_type);
      g_value_copy (new_value, &step->new_value);
      step->time = now;

      g_ptr_array_add (self->undo, step);
      trim_to_depth (self);
    }

  self->merge_broken = FALSE;
  notify_state (self, could_undo, could_redo);
}

/**
 * phoenix_undo_stack_record_splice:
 *
 * Records a change of @store that already happened: at @position, the items
 * @removed (may be NULL or empty) were replaced by @added (may be NULL or empty).
 * A move is a splice over the range it spans. List steps never merge.
 */
void
phoenix_undo_stack_record_splice (PhoenixUndoStack *self,
                                  GListStore       *store,
                                  guint             position,
                                  GPtrArray        *removed,
                                  GPtrArray        *added)
{
  gboolean could_undo, could_redo;
  Step *step;

  g_return_if_fail (PHOENIX_IS_UNDO_STACK (self));
  g_return_if_fail (G_IS_LIST_STORE (store));

  if (self->applying > 0)
    return;
  if ((removed == NULL || removed->len == 0) && (added == NULL || added->len == 0))
    return;

  could_undo = self->undo->len > 0;
  could_redo = self->redo->len > 0;
  g_ptr_array_set_size (self->redo, 0);

  step = g_new0 (Step, 1);
  step->object = g_object_ref (G_OBJECT (store));
  step->position = position;
  step->removed = g_ptr_array_new_with_free_func (g_object_unref);
  step->added = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; removed != NULL && i < removed->len; i++)
    g_ptr_array_add (step->removed, g_object_ref (g_ptr_array_index (removed, i)));
  for (guint i = 0; added != NULL && i < added->len; i++)
    g_ptr_array_add (step->added, g_object_ref (g_ptr_array_index (added, i)));
  step->time = self->clock (self->clock_data);

  g_ptr_array_add (self->undo, step);
  trim_to_depth (self);
  self->merge_broken = TRUE;
  notify_state (self, could_undo, could_redo);
}

/**
 * phoenix_undo_stack_record_custom:
 *
 * Records a change that already happened and that @apply_func can undo
 * (called with %TRUE) and redo (%FALSE), e.g. a CV variant's selection of entries.
 * @object is kept alive and given to "applied". Custom steps never merge.
 */
void
phoenix_undo_stack_record_custom (PhoenixUndoStack     *self,
                                  GObject              *object,
                                  PhoenixUndoApplyFunc  apply_func,
                                  gpointer              data,
                                  GDestroyNotify        destroy)
{
  gboolean could_undo, could_redo;
  Step *step;

  g_return_if_fail (PHOENIX_IS_UNDO_STACK (self));
  g_return_if_fail (G_IS_OBJECT (object));
  g_return_if_fail (apply_func != NULL);

  if (self->applying > 0)
    {
      if (destroy != NULL)
        destroy (data);
      return;
    }

  could_undo = self->undo->len > 0;
  could_redo = self->redo->len > 0;
  g_ptr_array_set_size (self->redo, 0);

  step = g_new0 (Step, 1);
  step->object = g_object_ref (object);
  step->apply_func = apply_func;
  step->apply_data = data;
  step->apply_destroy = destroy;
  step->time = self->clock (self->clock_data);

  g_ptr_array_add (self->undo, step);
  trim_to_depth (self);
  self->merge_broken = TRUE;
  notify_state (self, could_undo, could_redo);
}

/**
 * phoenix_undo_stack_undo:
 *
 * Returns: %TRUE if a step was undone
 */
gboolean
phoenix_undo_stack_undo (PhoenixUndoStack *self)
{
  g_return_val_if_fail (PHOENIX_IS_UNDO_STACK (self), FALSE);

  return move_step (self, self->undo, self->redo, TRUE);
}

/**
 * phoenix_undo_stack_redo:
 *
 * Returns: %TRUE if a step was redone
 */
gboolean
phoenix_undo_stack_redo (PhoenixUndoStack *self)
{
  g_return_val_if_fail (PHOENIX_IS_UNDO_STACK (self), FALSE);

  return move_step (self, self->redo, self->undo, FALSE);
}

gboolean
phoenix_undo_stack_get_can_undo (PhoenixUndoStack *self)
{
  g_return_val_if_fail (PHOENIX_IS_UNDO_STACK (self), FALSE);

  return self->undo->len > 0;
}

gboolean
phoenix_undo_stack_get_can_redo (PhoenixUndoStack *self)
{
  g_return_val_if_fail (PHOENIX_IS_UNDO_STACK (self), FALSE);

  return self->redo->len > 0;
}

guint
phoenix_undo_stack_get_n_undo (PhoenixUndoStack *self)
{
  g_return_val_if_fail (PHOENIX_IS_UNDO_STACK (self), 0);

  return self->undo->len;
}

guint
phoenix_undo_stack_get_n_redo (PhoenixUndoStack *self)
{
  g_return_val_if_fail (PHOENIX_IS_UNDO_STACK (self), 0);

  return self->redo->len;
}

void
phoenix_undo_stack_clear (PhoenixUndoStack *self)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (PHOENIX_IS_UNDO_STACK (self));

  could_undo = self->undo->len > 0;
  could_redo = self->redo->len > 0;

  g_ptr_array_set_size (self->undo, 0);
  g_ptr_array_set_size (self->redo, 0);
  self->merge_broken = TRUE;

  notify_state (self, could_undo, could_redo);
}

void
phoenix_undo_stack_break_merge (PhoenixUndoStack *self)
{
  g_return_if_fail (PHOENIX_IS_UNDO_STACK (self));

  self->merge_broken = TRUE;
}

void
phoenix_undo_stack_run_unrecorded (PhoenixUndoStack *self,
                                   GFunc             func,
                                   gpointer          data)
{
  g_return_if_fail (PHOENIX_IS_UNDO_STACK (self));
  g_return_if_fail (func != NULL);

  self->applying++;
  func (data, NULL);
  self->applying--;
}

gboolean
phoenix_undo_stack_is_applying (PhoenixUndoStack *self)
{
  g_return_val_if_fail (PHOENIX_IS_UNDO_STACK (self), FALSE);

  return self->applying > 0;
}

guint
phoenix_undo_stack_get_max_depth (PhoenixUndoStack *self)
{
  g_return_val_if_fail (PHOENIX_IS_UNDO_STACK (self), 0);

  return self->max_depth;
}

void
phoenix_undo_stack_set_max_depth (PhoenixUndoStack *self,
                                  guint             max_depth)
{
  gboolean could_undo, could_redo;

  g_return_if_fail (PHOENIX_IS_UNDO_STACK (self));
  g_return_if_fail (max_depth > 0);

  if (self->max_depth == max_depth)
    return;

  could_undo = self->undo->len > 0;
  could_redo = self->redo->len > 0;

  self->max_depth = max_depth;
  trim_to_depth (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_DEPTH]);
  notify_state (self, could_undo, could_redo);
}

guint
phoenix_undo_stack_get_merge_interval (PhoenixUndoStack *self)
{
  g_return_val_if_fail (PHOENIX_IS_UNDO_STACK (self), 0);

  return self->merge_interval;
}

void
phoenix_undo_stack_set_merge_interval (PhoenixUndoStack *self,
                                       guint             milliseconds)
{
  g_return_if_fail (PHOENIX_IS_UNDO_STACK (self));

  if (self->merge_interval == milliseconds)
    return;

  self->merge_interval = milliseconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MERGE_INTERVAL]);
}

void
phoenix_undo_stack_set_clock (PhoenixUndoStack *self,
                              PhoenixUndoClock  clock,
                              gpointer          user_data)
{
  g_return_if_fail (PHOENIX_IS_UNDO_STACK (self));

  self->clock = clock != NULL ? clock : default_clock;
  self->clock_data = clock != NULL ? user_data : NULL;
}
