/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-page"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-completeness.h"
#include "phoenix-cv-page-private.h"
#include "phoenix-entry-list-private.h"
#include "phoenix-entry-row.h"

/* The CV page's completeness: a compact summary (one row, "Your CV is 40 % complete" and
 * the next thing to do) that opens on what is missing, each row going where it is fixed. */

#define MAX_MISSING_ROWS 6

static void missing_row_activated_cb (PhoenixCvPage *self,
                                      AdwActionRow  *row);

static gboolean
update_completeness_cb (gpointer user_data)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (user_data);
  GPtrArray *items;
  g_autofree char *score_text = NULL;
  guint score;

  self->completeness_id = 0;
  g_clear_pointer (&self->completeness_items, g_ptr_array_unref);

  for (guint i = 0; i < self->missing_rows->len; i++)
    adw_expander_row_remove (self->completeness_row, g_ptr_array_index (self->missing_rows, i));
  g_ptr_array_set_size (self->missing_rows, 0);

  if (self->profile == NULL)
    return G_SOURCE_REMOVE;

  score = phoenix_completeness_compute (self->profile, &self->completeness_items);
  items = self->completeness_items;
  /* Translators: %u is a score from 0 to 100; keep the non-breaking space before % if your language uses one. */
  score_text = g_strdup_printf (_("Your CV is %u %% complete"), score);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->completeness_row), score_text);
  gtk_level_bar_set_value (self->score_bar, score);
  if (items->len > 0)
    {
      PhoenixCompletenessItem *next = g_ptr_array_index (items, 0);
      /* Translators: the next thing to do to complete the CV, e.g. “Next: Add your name.” */
      g_autofree char *subtitle = g_strdup_printf (_("Next: %s"), next->message);

      adw_expander_row_set_subtitle (self->completeness_row, subtitle);
    }
  else
    {
      adw_expander_row_set_subtitle (self->completeness_row, _("Everything a recruiter looks for is there"));
    }
  adw_expander_row_set_enable_expansion (self->completeness_row, items->len > 0);

  for (guint i = 0; i < items->len && i < MAX_MISSING_ROWS; i++)
    {
      PhoenixCompletenessItem *item = g_ptr_array_index (items, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *points = NULL;
      g_autofree char *description = NULL;
      GtkWidget *label;

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), item->message);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      /* Translators: points the CV gains when this is fixed. */
      points = g_strdup_printf (_("+%u"), item->weight);
      label = gtk_label_new (points);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "numeric");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      /* Translators: for screen readers, the points a missing item is worth, e.g. “+15 points” */
      description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+%u point", "+%u points", item->weight),
                                     item->weight);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
      g_object_set_data (G_OBJECT (row), "position", GUINT_TO_POINTER (i));
      g_signal_connect_object (row, "activated", G_CALLBACK (missing_row_activated_cb), self, G_CONNECT_SWAPPED);
      adw_expander_row_add_row (self->completeness_row, row);
      g_ptr_array_add (self->missing_rows, row);
    }

  return G_SOURCE_REMOVE;
}

static void
missing_row_activated_cb (PhoenixCvPage *self,
                          AdwActionRow  *row)
{
  _phoenix_cv_page_activate_missing (self, GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "position")));
}

/* A missing item, activated: go to where it is fixed. */
void
_phoenix_cv_page_activate_missing (PhoenixCvPage *self,
                                   guint          position)
{
  PhoenixCompletenessItem *item;
  PhoenixCompletenessKind kind;
  const char *section = NULL;
  GtkWidget *target = NULL;
  int index;

  if (self->completeness_items == NULL || position >= self->completeness_items->len)
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
      else if (_phoenix_entry_list_get_chip_entry (list) != NULL)
        {
          target = GTK_WIDGET (_phoenix_entry_list_get_chip_entry (list));
        }
      else
        {
          target = adw_preferences_group_get_header_suffix (ADW_PREFERENCES_GROUP (list));
        }
    }

  /* An entry row past the page was made just now: it takes the focus once it has a size. */
  if (PHOENIX_IS_ENTRY_ROW (target))
    _phoenix_entry_list_focus_widget (target);
  else if (target != NULL)
    gtk_widget_grab_focus (target);
}

void
_phoenix_cv_page_schedule_completeness (PhoenixCvPage *self)
{
  if (self->completeness_id == 0)
    self->completeness_id = g_idle_add_full (G_PRIORITY_LOW, update_completeness_cb, self, NULL);
}


AdwExpanderRow *
_phoenix_cv_page_get_completeness_row (PhoenixCvPage *self)
{
  return self->completeness_row;
}
