/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-page"

#include "config.h"

#include "phoenix-cv-page-private.h"
#include "phoenix-cv-variant.h"
#include "phoenix-entry-list.h"
#include "phoenix-spell-checker.h"
#include "phoenix-spell-underline.h"

/* Spell checking: the multi-line fields (summary, highlights, descriptions) are checked in
 * the current CV's language; each dictionary is loaded in a thread the first time. */
static void
apply_spell_checker (PhoenixCvPage       *self,
                     PhoenixSpellChecker *checker)
{
  phoenix_spell_underline_set_checker (self->summary_spell, checker);
  for (guint i = 0; i < PHOENIX_CV_PAGE_N_LISTS; i++)
    phoenix_entry_list_set_spell_checker (self->lists[i], checker);
}

static guint
spell_index (PhoenixCvPage *self)
{
  const char *language = self->variant != NULL ? phoenix_cv_variant_get_language (self->variant) : "fr";

  return g_strcmp0 (language, "en") == 0 ? 1 : 0;
}

static void
checker_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PhoenixCvPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixSpellChecker) checker = phoenix_spell_checker_new_finish (result, &error);
  guint index;

  if (checker == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_message ("No spell checking in the CV editor: %s", error->message);
      return;
    }

  index = g_str_equal (phoenix_spell_checker_get_language (checker), "en") ? 1 : 0;
  g_set_object (&self->checkers[index], checker);
  if (index == spell_index (self) && self->profile != NULL)
    apply_spell_checker (self, checker);
}

void
_phoenix_cv_page_update_spell_language (PhoenixCvPage *self)
{
  guint index = spell_index (self);

  apply_spell_checker (self, self->profile != NULL ? self->checkers[index] : NULL);
  if (self->profile == NULL || self->checkers[index] != NULL || self->checker_tried[index])
    return;

  self->checker_tried[index] = TRUE;
  phoenix_spell_checker_new_async (index == 1 ? "en" : "fr", self->spell_cancellable, checker_loaded_cb,
                                   g_object_ref (self));
}

GtkTextView *
_phoenix_cv_page_get_summary_view (PhoenixCvPage *self)
{
  return self->summary_view;
}

PhoenixSpellUnderline *
_phoenix_cv_page_get_summary_spell (PhoenixCvPage *self)
{
  return self->summary_spell;
}

PhoenixSpellChecker *
_phoenix_cv_page_get_spell_checker (PhoenixCvPage *self)
{
  return phoenix_spell_underline_get_checker (self->summary_spell);
}
