/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-page"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-completeness.h"
#include "phoenix-cv-page-private.h"
#include "phoenix-entry-list-private.h"

/* The CV page's completeness: the score, and what is missing, each row going where it is fixed. */

static gboolean
update_completeness_cb (gpointer user_data)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (user_data);
  GPtrArray *items;
  g_autofree char *score_text = NULL;
  GtkWidget *child;
  guint score;

  self->completeness_id = 0;
  g_clear_pointer (&self->completeness_items, g_ptr_array_unref);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->missing_list))) != NULL)
    gtk_list_box_remove (self->missing_list, child);

  if (self->profile == NULL)
    return G_SOURCE_REMOVE;

  score = phoenix_completeness_compute (self->profile, &self->completeness_items);
  items = self->completeness_items;
  /* Translators: %u is a score from 0 to 100. */
  score_text = g_strdup_printf (_("Your CV is %u%% complete"), score);
  gtk_label_set_label (self->score_label, score_text);
  gtk_level_bar_set_value (self->score_bar, score);

  for (guint i = 0; i < items->len && i < 6; i++)
    {
      PhoenixCompletenessItem *item = g_ptr_array_index (items, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-information-symbolic");
      g_autofree char *points = NULL;
      GtkWidget *label;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->message);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_widget_add_css_class (icon, "dim-label");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      /* Translators: points the CV gains when this is fixed. */
      points = g_strdup_printf (_("+%u"), item->weight);
      label = gtk_label_new (points);
      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_append (self->missing_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->missing_list), items->len > 0);

  return G_SOURCE_REMOVE;
}

/* A missing item, activated: go to where it is fixed. */
void
_phoenix_cv_page_missing_row_activated_cb (PhoenixCvPage *self,
                                           GtkListBoxRow *row)
{
  int position = gtk_list_box_row_get_index (row);
  PhoenixCompletenessItem *item;
  PhoenixCompletenessKind kind;
  const char *section = NULL;
  GtkWidget *target = NULL;
  int index;

  if (self->completeness_items == NULL || position < 0 || (guint) position >= self->completeness_items->len)
    return;
  item = g_ptr_array_index (self->completeness_items, position);
  kind = item->kind;
  index = item->index;

  switch (kind)
    {
    case PHOENIX_COMPLETENESS_NO_NAME:
      target = GTK_WIDGET (self->rows[FIELD_NAME]);
      break;
    case PHOENIX_COMPLETENESS_NO_HEADLINE:
      target = GTK_WIDGET (self->rows[FIELD_HEADLINE]);
      break;
    case PHOENIX_COMPLETENESS_NO_CONTACT:
    case PHOENIX_COMPLETENESS_NO_EMAIL:
      target = GTK_WIDGET (self->rows[FIELD_EMAIL]);
      break;
    case PHOENIX_COMPLETENESS_NO_PHONE:
      target = GTK_WIDGET (self->rows[FIELD_PHONE]);
      break;
    case PHOENIX_COMPLETENESS_NO_SUMMARY:
    case PHOENIX_COMPLETENESS_SHORT_SUMMARY:
      target = GTK_WIDGET (self->summary_view);
      break;
    case PHOENIX_COMPLETENESS_NO_EXPERIENCE:
    case PHOENIX_COMPLETENESS_EXPERIENCE_NO_TITLE:
    case PHOENIX_COMPLETENESS_EXPERIENCE_NO_DATES:
    case PHOENIX_COMPLETENESS_EXPERIENCE_NO_HIGHLIGHTS:
      section = "experience";
      break;
    case PHOENIX_COMPLETENESS_NO_EDUCATION:
      section = "education";
      break;
    case PHOENIX_COMPLETENESS_NO_SKILLS:
    case PHOENIX_COMPLETENESS_FEW_SKILLS:
      section = "skills";
      break;
    case PHOENIX_COMPLETENESS_NO_LANGUAGES:
      section = "languages";
      break;
    default:
      break;
    }

  if (section != NULL)
    {
      PhoenixEntryList *list = _phoenix_cv_page_get_entry_list (self, section);
      GtkWidget *entry_row = index >= 0 ? _phoenix_entry_list_get_entry_row (list, index) : NULL;

      _phoenix_cv_page_scroll_to (self, section);
      if (ADW_IS_EXPANDER_ROW (entry_row))
        {
          adw_expander_row_set_expanded (ADW_EXPANDER_ROW (entry_row), TRUE);
          target = entry_row;
        }
      else
        {
          target = adw_preferences_group_get_header_suffix (ADW_PREFERENCES_GROUP (list));
        }
    }

  if (target != NULL)
    gtk_widget_grab_focus (target);
}

void
_phoenix_cv_page_schedule_completeness (PhoenixCvPage *self)
{
  if (self->completeness_id == 0)
    self->completeness_id = g_idle_add_full (G_PRIORITY_LOW, update_completeness_cb, self, NULL);
}

