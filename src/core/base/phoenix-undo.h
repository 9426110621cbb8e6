/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define PHOENIX_UNDO_STACK_DEFAULT_MAX_DEPTH      100
#define PHOENIX_UNDO_STACK_DEFAULT_MERGE_INTERVAL 1000  /* milliseconds */

/* Undoes (@undo TRUE) or redoes a custom step. */
typedef void (*PhoenixUndoApplyFunc) (gpointer data, gboolean undo);

/* A monotonic clock in microseconds, like g_get_monotonic_time(). */
typedef gint64 (*PhoenixUndoClock) (gpointer user_data);

#define PHOENIX_TYPE_UNDO_STACK (phoenix_undo_stack_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixUndoStack, phoenix_undo_stack, PHOENIX, UNDO_STACK, GObject)

/*
 * Undo and redo of property edits on GObjects (Ctrl+Z, Ctrl+Shift+Z).
 *
 * Each step is (object, property, old value, new value); undo sets the old
 * value back with g_object_set_property(), redo the new one. A step holds a
 * reference on its object until it is dropped.
 *
 * Consecutive records of the same object and property less than
 * "merge-interval" milliseconds apart merge into one step (typing a word is
 * one step); undo, redo, clear and phoenix_undo_stack_break_merge() end the
 * merge. A merged step whose value is back to where it started disappears.
 *
 * While a value is being applied by undo or redo, phoenix_undo_stack_record()
 * does nothing, so a "notify" handler that records edits can stay connected.
 *
 * Properties: "can-undo", "can-redo" (read-only booleans, notified on change);
 * "max-depth" (steps kept, default 100; the oldest go first); "merge-interval"
 * (milliseconds, default 1000; 0 never merges).
 * Signal "applied" (GObject *object, const char *property): after undo or redo
 * set a value, e.g. to focus the field that changed. For a list step, @object is
 * the GListStore and @property is NULL.
 *
 * List steps (phoenix_undo_stack_record_splice): items added to, removed from or
 * moved within a GListStore; undo splices the old items back, redo the new ones.
 * Custom steps (phoenix_undo_stack_record_custom): a function undoes and redoes them.
 */
PhoenixUndoStack *phoenix_undo_stack_new                (void);

void              phoenix_undo_stack_record             (PhoenixUndoStack *self,
                                                         GObject          *object,
                                                         const char       *property,
                                                         const GValue     *old_value,
                                                         const GValue     *new_value);
/* At @position of @store, @removed (GObjects; NULL = none) were replaced by @added. */
void              phoenix_undo_stack_record_splice      (PhoenixUndoStack *self,
                                                         GListStore       *store,
                                                         guint             position,
                                                         GPtrArray        *removed,
                                                         GPtrArray        *added);
/* Any other change: @apply_func undoes and redoes it; @destroy frees @data with the step. */
void              phoenix_undo_stack_record_custom      (PhoenixUndoStack     *self,
                                                         GObject              *object,
                                                         PhoenixUndoApplyFunc  apply_func,
                                                         gpointer              data,
                                                         GDestroyNotify        destroy);
/* Runs @func (@data) without recording what it changes (a change that records itself as
 * one custom step afterwards, such as an import). */
void              phoenix_undo_stack_run_unrecorded     (PhoenixUndoStack *self,
                                                         GFunc             func,
                                                         gpointer          data);
gboolean          phoenix_undo_stack_undo               (PhoenixUndoStack *self);
gboolean          phoenix_undo_stack_redo               (PhoenixUndoStack *self);
gboolean          phoenix_undo_stack_get_can_undo       (PhoenixUndoStack *self);
gboolean          phoenix_undo_stack_get_can_redo       (PhoenixUndoStack *self);
/* Number of steps that undo (redo) can take. */
guint             phoenix_undo_stack_get_n_undo         (PhoenixUndoStack *self);
guint             phoenix_undo_stack_get_n_redo         (PhoenixUndoStack *self);
/* Drops every step (e.g. when the vault locks or another profile loads). */
void              phoenix_undo_stack_clear              (PhoenixUndoStack *self);
/* The next record starts a new step even if it would merge (e.g. on focus change). */
void              phoenix_undo_stack_break_merge        (PhoenixUndoStack *self);
/* TRUE while undo or redo is setting a value. */
gboolean          phoenix_undo_stack_is_applying        (PhoenixUndoStack *self);

guint             phoenix_undo_stack_get_max_depth      (PhoenixUndoStack *self);
void              phoenix_undo_stack_set_max_depth      (PhoenixUndoStack *self,
                                                         guint             max_depth);
guint             phoenix_undo_stack_get_merge_interval (PhoenixUndoStack *self);
void              phoenix_undo_stack_set_merge_interval (PhoenixUndoStack *self,
                                                         guint             milliseconds);
/* For tests: replaces the clock used for merging (NULL restores the default). */
void              phoenix_undo_stack_set_clock          (PhoenixUndoStack *self,
                                                         PhoenixUndoClock  clock,
                                                         gpointer          user_data);

G_END_DECLS
