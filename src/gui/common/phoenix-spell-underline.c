/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-spell-underline"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-spell-underline.h"

#define RECHECK_DELAY_MS 300
#define MAX_SUGGESTIONS 5

struct _PhoenixSpellUnderline
{
  GObject              parent_instance;

  GtkTextView         *view;       /* weak */
  GtkTextTag          *tag;        /* owned by the buffer's tag table */
  PhoenixSpellChecker *checker;
  GtkTextMark         *word_start;
  GtkTextMark         *word_end;
  GSimpleActionGroup  *actions;
  GMenu               *menu;
  guint                recheck_id;
  guint                n_marked;
};

G_DEFINE_FINAL_TYPE (PhoenixSpellUnderline, phoenix_spell_underline, G_TYPE_OBJECT)

static GtkTextBuffer *
buffer_of (PhoenixSpellUnderline *self)
{
  return self->view != NULL ? gtk_text_view_get_buffer (self->view) : NULL;
}

static gboolean
recheck_cb (gpointer user_data)
{
  PhoenixSpellUnderline *self = user_data;

  self->recheck_id = 0;
  phoenix_spell_underline_recheck (self);
  return G_SOURCE_REMOVE;
}

static void
buffer_changed_cb (PhoenixSpellUnderline *self)
{
  if (self->checker == NULL)
    return;
  g_clear_handle_id (&self->recheck_id, g_source_remove);
  self->recheck_id = g_timeout_add (RECHECK_DELAY_MS, recheck_cb, self);
}

/* The bounds of the underlined word at @iter; FALSE when @iter is on none. */
static gboolean
word_at (PhoenixSpellUnderline *self,
         const GtkTextIter     *iter,
         GtkTextIter           *start,
         GtkTextIter           *end)
{
  if (!gtk_text_iter_has_tag (iter, self->tag))
    {
      /* Just after the word's last letter counts too. */
      GtkTextIter before = *iter;

      if (!gtk_text_iter_backward_char (&before) || !gtk_text_iter_has_tag (&before, self->tag))
        return FALSE;
      *start = before;
    }
  else
    {
      *start = *iter;
    }
  *end = *start;
  if (!gtk_text_iter_starts_tag (start, self->tag))
    gtk_text_iter_backward_to_tag_toggle (start, self->tag);
  gtk_text_iter_forward_to_tag_toggle (end, self->tag);
  return TRUE;
}

GStrv
phoenix_spell_underline_prepare_menu (PhoenixSpellUnderline *self,
                                      const GtkTextIter     *iter)
{
  GtkTextBuffer *buffer = buffer_of (self);
  GtkTextIter start, end;
  g_autofree char *word = NULL;
  GStrv suggestions;

  g_return_val_if_fail (PHOENIX_IS_SPELL_UNDERLINE (self), NULL);

  g_menu_remove_all (self->menu);
  if (buffer == NULL || self->checker == NULL || !word_at (self, iter, &start, &end))
    return g_new0 (char *, 1);

  word = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  gtk_text_buffer_move_mark (buffer, self->word_start, &start);
  gtk_text_buffer_move_mark (buffer, self->word_end, &end);
  suggestions = phoenix_spell_checker_suggest (self->checker, word, MAX_SUGGESTIONS);
  for (guint i = 0; suggestions[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (suggestions[i], NULL);

      g_menu_item_set_action_and_target_value (item, "spell.replace", g_variant_new_string (suggestions[i]));
      g_menu_append_item (self->menu, item);
    }
  if (suggestions[0] == NULL)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Suggestions"), "spell.none");

      g_menu_append_item (self->menu, item);
    }
  g_menu_append (self->menu, _("_Ignore"), "spell.ignore");
  g_menu_append (self->menu, _("_Add to Dictionary"), "spell.add");
  return suggestions;
}

static void
pressed_cb (GtkGestureClick       *gesture,
            int                    n_press,
            double                 x,
            double                 y,
            PhoenixSpellUnderline *self)
{
  GtkTextIter iter;
  int bx, by;
  g_auto(GStrv) suggestions = NULL;

  if (self->view == NULL)
    return;
  gtk_text_view_window_to_buffer_coords (self->view, GTK_TEXT_WINDOW_WIDGET, (int) x, (int) y, &bx, &by);
  gtk_text_view_get_iter_at_location (self->view, &iter, bx, by);
  suggestions = phoenix_spell_underline_prepare_menu (self, &iter);
}

static void
replace_action_cb (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  PhoenixSpellUnderline *self = user_data;
  GtkTextBuffer *buffer = buffer_of (self);
  GtkTextIter start, end;

  if (buffer == NULL)
    return;
  gtk_text_buffer_get_iter_at_mark (buffer, &start, self->word_start);
  gtk_text_buffer_get_iter_at_mark (buffer, &end, self->word_end);
  gtk_text_buffer_begin_user_action (buffer);
  gtk_text_buffer_delete (buffer, &start, &end);
  gtk_text_buffer_insert (buffer, &start, g_variant_get_string (parameter, NULL), -1);
  gtk_text_buffer_end_user_action (buffer);
  phoenix_spell_underline_recheck (self);
}

/* The word the menu was opened on; NULL when there is nothing to act on. */
static char *
dup_menu_word (PhoenixSpellUnderline *self)
{
  GtkTextBuffer *buffer = buffer_of (self);
  GtkTextIter start, end;

  if (buffer == NULL || self->checker == NULL)
    return NULL;
  gtk_text_buffer_get_iter_at_mark (buffer, &start, self->word_start);
  gtk_text_buffer_get_iter_at_mark (buffer, &end, self->word_end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
ignore_action_cb (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  PhoenixSpellUnderline *self = user_data;
  g_autofree char *word = dup_menu_word (self);

  if (word == NULL)
    return;
  phoenix_spell_checker_ignore (self->checker, word);
  phoenix_spell_underline_recheck (self);
}

static void
add_action_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  PhoenixSpellUnderline *self = user_data;
  g_autofree char *word = dup_menu_word (self);

  if (word == NULL)
    return;
  phoenix_spell_checker_add_to_dictionary (self->checker, word);
  phoenix_spell_underline_recheck (self);
}

static void
phoenix_spell_underline_dispose (GObject *object)
{
  PhoenixSpellUnderline *self = PHOENIX_SPELL_UNDERLINE (object);

  g_clear_handle_id (&self->recheck_id, g_source_remove);
  if (self->view != NULL)
    {
      g_signal_handlers_disconnect_by_data (gtk_text_view_get_buffer (self->view), self);
      g_object_remove_weak_pointer (G_OBJECT (self->view), (gpointer *) &self->view);
      self->view = NULL;
    }
  g_clear_object (&self->checker);
  g_clear_object (&self->actions);
  g_clear_object (&self->menu);

  G_OBJECT_CLASS (phoenix_spell_underline_parent_class)->dispose (object);
}

static void
phoenix_spell_underline_class_init (PhoenixSpellUnderlineClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = phoenix_spell_underline_dispose;
}

static void
phoenix_spell_underline_init (PhoenixSpellUnderline *self)
{
}

PhoenixSpellUnderline *
phoenix_spell_underline_new (GtkTextView *view)
{
  static const GActionEntry entries[] = {
    { "replace", replace_action_cb, "s" },
    { "ignore", ignore_action_cb },
    { "add", add_action_cb },
  };
  PhoenixSpellUnderline *self;
  GtkTextBuffer *buffer;
  GtkGesture *gesture;
  GtkTextIter start;
  GdkRGBA red = { 0.88, 0.11, 0.14, 1.0 };
  GSimpleAction *none;

  g_return_val_if_fail (GTK_IS_TEXT_VIEW (view), NULL);

  self = g_object_new (PHOENIX_TYPE_SPELL_UNDERLINE, NULL);
  self->view = view;
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &self->view);
  buffer = gtk_text_view_get_buffer (view);
  self->tag = gtk_text_buffer_create_tag (buffer, "misspelled", "underline", PANGO_UNDERLINE_ERROR,
                                          "underline-rgba", &red, NULL);
  gtk_text_buffer_get_start_iter (buffer, &start);
  self->word_start = gtk_text_buffer_create_mark (buffer, NULL, &start, TRUE);
  self->word_end = gtk_text_buffer_create_mark (buffer, NULL, &start, FALSE);
  g_signal_connect_swapped (buffer, "changed", G_CALLBACK (buffer_changed_cb), self);

  self->actions = g_simple_action_group_new ();
  g_action_map_add_action_entries (G_ACTION_MAP (self->actions), entries, G_N_ELEMENTS (entries), self);
  none = g_simple_action_new ("none", NULL);
  g_simple_action_set_enabled (none, FALSE);
  g_action_map_add_action (G_ACTION_MAP (self->actions), G_ACTION (none));
  g_object_unref (none);
  gtk_widget_insert_action_group (GTK_WIDGET (view), "spell", G_ACTION_GROUP (self->actions));
  self->menu = g_menu_new ();
  gtk_text_view_set_extra_menu (view, G_MENU_MODEL (self->menu));

  /* Before the view's own handler opens the menu, so the menu is ready. */
  gesture = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (gesture), GDK_BUTTON_SECONDARY);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (gesture), GTK_PHASE_CAPTURE);
  g_signal_connect (gesture, "pressed", G_CALLBACK (pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (view), GTK_EVENT_CONTROLLER (gesture));
  return self;
}

void
phoenix_spell_underline_set_checker (PhoenixSpellUnderline *self,
                                     PhoenixSpellChecker   *checker)
{
  g_return_if_fail (PHOENIX_IS_SPELL_UNDERLINE (self));

  g_set_object (&self->checker, checker);
  phoenix_spell_underline_recheck (self);
}

PhoenixSpellChecker *
phoenix_spell_underline_get_checker (PhoenixSpellUnderline *self)
{
  g_return_val_if_fail (PHOENIX_IS_SPELL_UNDERLINE (self), NULL);
  return self->checker;
}

void
phoenix_spell_underline_recheck (PhoenixSpellUnderline *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  g_autoptr(GArray) ranges = NULL;

  g_return_if_fail (PHOENIX_IS_SPELL_UNDERLINE (self));

  g_clear_handle_id (&self->recheck_id, g_source_remove);
  buffer = buffer_of (self);
  self->n_marked = 0;
  if (buffer == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->tag, &start, &end);
  if (self->checker == NULL)
    return;

  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  ranges = phoenix_spell_checker_check_text (self->checker, text);
  for (guint i = 0; i < ranges->len; i++)
    {
      PhoenixSpellRange *range = &g_array_index (ranges, PhoenixSpellRange, i);
      GtkTextIter a, b;

      gtk_text_buffer_get_iter_at_offset (buffer, &a, (int) g_utf8_pointer_to_offset (text, text + range->start));
      gtk_text_buffer_get_iter_at_offset (buffer, &b, (int) g_utf8_pointer_to_offset (text, text + range->end));
      gtk_text_buffer_apply_tag (buffer, self->tag, &a, &b);
    }
  self->n_marked = ranges->len;
}

guint
phoenix_spell_underline_get_n_marked (PhoenixSpellUnderline *self)
{
  g_return_val_if_fail (PHOENIX_IS_SPELL_UNDERLINE (self), 0);
  return self->n_marked;
}
