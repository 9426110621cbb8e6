/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-training-page"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-training-page-private.h"

/* The Training page's rows: a skill of the gap, a step of the path, the journal; and how days and hours read. */

/* Journal entries shown. */
#define JOURNAL_ROWS 10

/* ---- Formatting ------------------------------------------------------------ */

/* "12 March 2026" in the interface's language (its month names, whatever LC_TIME says). */
char *
_phoenix_training_format_day (const char *day)
{
  static const char * const months[] = {
    N_("January"), N_("February"), N_("March"), N_("April"), N_("May"), N_("June"), N_("July"), N_("August"),
    N_("September"), N_("October"), N_("November"), N_("December"),
  };
  GDate date;

  if (!phoenix_training_parse_day (day, &date))
    return g_strdup (day != NULL ? day : "");

  /* Translators: a date: the day, the month's name, the year ("12 March 2026") */
  return g_strdup_printf (_("%d %s %d"), g_date_get_day (&date), _(months[g_date_get_month (&date) - 1]),
                          g_date_get_year (&date));
}

char *
_phoenix_training_format_hours (double hours)
{
  /* Translators: a number of hours, e.g. "6 h" or "2.5 h" */
  return hours == (int) hours ? g_strdup_printf (_("%d h"), (int) hours) : g_strdup_printf (_("%.1f h"), hours);
}

const char *
_phoenix_training_importance_name (PhoenixGapImportance importance)
{
  switch (importance)
    {
    case PHOENIX_GAP_IMPORTANCE_CORE:
      return _("Core");
    case PHOENIX_GAP_IMPORTANCE_ESSENTIAL:
      return _("Essential");
    case PHOENIX_GAP_IMPORTANCE_TOOL:
      return _("Tool");
    case PHOENIX_GAP_IMPORTANCE_OPTIONAL:
    default:
      return _("Optional");
    }
}

/* ---- Rows -------------------------------------------------------------------- */

GtkWidget *
_phoenix_training_create_gap_row (gpointer item,
                gpointer user_data)
{
  PhoenixGapItem *gap_item = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  GtkWidget *badge = gtk_label_new (_phoenix_training_importance_name (phoenix_gap_item_get_importance (gap_item)));
  const char *evidence = phoenix_gap_item_get_evidence (gap_item);
  const char *icon_name, *icon_label, *css;

  switch (phoenix_gap_item_get_status (gap_item))
    {
    case PHOENIX_SKILL_STATUS_HAVE:
      icon_name = "emblem-ok-symbolic", icon_label = _("You have it"), css = "success";
      break;
    case PHOENIX_SKILL_STATUS_PARTLY:
      icon_name = "dialog-warning-symbolic", icon_label = _("Partly"), css = "warning";
      break;
    case PHOENIX_SKILL_STATUS_MISSING:
    default:
      icon_name = "list-add-symbolic", icon_label = _("Missing"), css = "dim-label";
      break;
    }
  icon = gtk_image_new_from_icon_name (icon_name);
  gtk_widget_add_css_class (icon, css);
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL, icon_label, -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), phoenix_gap_item_get_label (gap_item));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), *evidence != '\0' ? evidence : phoenix_gap_item_get_why (gap_item));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_set_tooltip_text (row, phoenix_gap_item_get_why (gap_item));
  gtk_widget_add_css_class (badge, "caption");
  gtk_widget_add_css_class (badge, phoenix_gap_item_get_importance (gap_item) == PHOENIX_GAP_IMPORTANCE_CORE ?
                            "accent" : "dim-label");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);

  return row;
}

static GtkWidget *
action_button (const char *label,
               const char *action,
               const char *module_id,
               gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", module_id);
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");

  return button;
}

GtkWidget *
_phoenix_training_create_step_row (gpointer item,
                 gpointer user_data)
{
  PhoenixTrainingPage *self = user_data;
  PhoenixPathStep *step = item;
  PhoenixTrainingModule *module = phoenix_path_step_get_module (step);
  const char *id = phoenix_training_module_get_id (module);
  const char * const *labels = phoenix_path_step_get_cover_labels (step);
  guint n_labels = g_strv_length ((char **) labels);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  g_autoptr(GString) subtitle = g_string_new (NULL);
  g_autofree char *hours = _phoenix_training_format_hours (phoenix_training_module_get_hours (module));
  g_autofree char *end = _phoenix_training_format_day (phoenix_path_step_get_end_date (step));
  PhoenixModuleStatus status = phoenix_path_step_get_status (step);
  const char *language = _phoenix_training_page_get_language (self);

  g_string_append_printf (subtitle, "%s · %s", hours,
                          phoenix_training_module_value_name (phoenix_training_module_get_format (module)));
  if (phoenix_training_module_get_certifying (module))
    /* Translators: %s is a certificate's name */
    g_string_append_printf (subtitle, " · %s", phoenix_training_module_get_certification (module));
  if (n_labels > 0)
    {
      g_autoptr(GString) covers = g_string_new (NULL);

      for (guint i = 0; i < n_labels && i < 5; i++)
        g_string_append_printf (covers, "%s%s", i > 0 ? ", " : "", labels[i]);
      if (n_labels > 5)
        /* Translators: the end of a list of skills: "…, and 12 more" */
        g_string_append_printf (covers, g_dngettext (GETTEXT_PACKAGE, ", and %u more", ", and %u more", n_labels - 5),
                                n_labels - 5);
      g_string_append_c (subtitle, '\n');
      /* Translators: %s lists the skills a module covers */
      g_string_append_printf (subtitle, _("Covers: %s"), covers->str);
    }
  g_string_append_c (subtitle, '\n');
  if (status == PHOENIX_MODULE_DONE)
    /* Translators: %s is a date */
    g_string_append_printf (subtitle, _("Done on %s"), end);
  else if (status == PHOENIX_MODULE_STARTED)
    {
      g_autofree char *logged = _phoenix_training_format_hours (phoenix_path_step_get_hours_logged (step));

      /* Translators: the first %s is hours logged, the second a date */
      g_string_append_printf (subtitle, _("Started · %s logged · ends around %s"), logged, end);
    }
  else
    /* Translators: %s is a date */
    g_string_append_printf (subtitle, _("Ends around %s"), end);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), phoenix_training_module_get_title (module, language));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 6);
  icon = gtk_image_new_from_icon_name (status == PHOENIX_MODULE_DONE ? "emblem-ok-symbolic" :
                                       status == PHOENIX_MODULE_STARTED ? "media-playback-start-symbolic" :
                                       "content-loading-symbolic");
  if (status == PHOENIX_MODULE_DONE)
    gtk_widget_add_css_class (icon, "success");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  status == PHOENIX_MODULE_DONE ? _("Done") :
                                  status == PHOENIX_MODULE_STARTED ? _("Started") : _("Planned"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);

  if (status == PHOENIX_MODULE_PLANNED)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), action_button (_("_Start"), "training.start", id, FALSE));
  else if (status == PHOENIX_MODULE_STARTED)
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), action_button (_("_Done"), "training.done", id, TRUE));
  else if (_phoenix_training_page_get_progress (self) != NULL &&
           phoenix_training_progress_get_certificate (_phoenix_training_page_get_progress (self), id) == PHOENIX_CERTIFICATE_PENDING &&
           phoenix_training_module_get_certifying (module))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), action_button (_("_Add to CV…"), "training.add-certificate", id,
                                                                     FALSE));
  if (status != PHOENIX_MODULE_PLANNED)
    {
      GtkWidget *undo = gtk_button_new_from_icon_name ("edit-undo-symbolic");

      gtk_widget_set_valign (undo, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (undo, "flat");
      gtk_widget_set_tooltip_text (undo, _("Back to Planned"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (undo), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Back to Planned"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (undo), "training.reset");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (undo), "s", id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), undo);
    }

  return row;
}


void
_phoenix_training_page_update_journal (PhoenixTrainingPage *self)
{
  GPtrArray *log = phoenix_training_progress_get_log (_phoenix_training_page_get_progress (self));
  GtkListBox *journal_list = _phoenix_training_page_get_list (self, "journal");
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (journal_list))) != NULL)
    gtk_list_box_remove (journal_list, child);

  for (guint i = 0; i < log->len && i < JOURNAL_ROWS; i++)
    {
      PhoenixTrainingLogEntry *entry = g_ptr_array_index (log, i);
      PhoenixTrainingModule *module = phoenix_training_catalogue_lookup (_phoenix_training_page_get_catalogue (self), entry->module_id);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      g_autofree char *day = _phoenix_training_format_day (entry->day);
      g_autofree char *hours = _phoenix_training_format_hours (entry->hours);
      g_autoptr(GString) subtitle = g_string_new (day);
      const char *what = module != NULL ? phoenix_training_module_get_title (module, _phoenix_training_page_get_language (self)) :
                                          _("The whole path");

      if (entry->hours > 0)
        g_string_append_printf (subtitle, " · %s · %s", hours, what);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), *entry->note != '\0' ? entry->note : what);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle->str);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 4);
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove This Entry"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove This Entry"), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "training.remove-log");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "x", entry->id);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      gtk_list_box_append (journal_list, row);
    }
  if (log->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Nothing logged yet"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                   _("Log your hours and notes as you go: they make the streak and the plan."));
      gtk_list_box_append (journal_list, row);
    }
}
