/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-training-page"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-coaching.h"
#include "phoenix-occupation-search.h"
#include "phoenix-training-page-private.h"

/*
 * The Training tab: the active target and how much of it the CV already has,
 * the plan (hours a week, deadline, estimated end, this week and the streak),
 * the path with each module's progress, the skill gap, how people get there,
 * the coaching checklist and the journal. Without a target, a first-run page
 * picks one in one step. Everything shown comes from a PhoenixTrainingAnalysis
 * built in a worker thread whenever the profile, the progress or the
 * catalogue changes; the page only shows it.
 */

/* Gap lists show this many rows until "Show All". */
#define GAP_ROWS 6
/* Waits this long after a change before analysing again. */
#define REFRESH_DELAY_MS 150

typedef struct
{
  const char        *which;
  GtkWidget         *heading;
  GtkListBox        *list;
  GtkWidget         *more;
  GtkSliceListModel *slice;
} GapSection;

enum { SECTION_MISSING, SECTION_PARTLY, SECTION_HAVE, SECTION_NICE, N_SECTIONS };

struct _PhoenixTrainingPage
{
  AdwBin                    parent_instance;

  PhoenixContext           *context;
  PhoenixProfile           *profile;
  GBinding                 *profile_binding;
  PhoenixTrainingProgress  *progress;
  PhoenixTrainingCatalogue *catalogue;
  PhoenixTrainingAnalysis  *analysis;
  GCancellable             *cancellable;
  guint                     refresh_id;
  gboolean                  updating;
  char                     *error_message;
  PhoenixTargetChooser     *chooser;
  GapSection                sections[N_SECTIONS];
  GPtrArray                *coaching_checks;  /* GtkCheckButton, one per step */
  AdwMessageDialog         *dialog;
  GtkWindow                *target_window;
  guint                     n_imports;

  /* Template widgets */
  AdwToastOverlay          *toast_overlay;
  GtkStack                 *stack;
  AdwStatusPage            *error_status;
  AdwClamp                 *empty_clamp;
  AdwPreferencesPage       *main_page;
  AdwPreferencesGroup      *target_group;
  GtkMenuButton            *target_button;
  GtkLevelBar              *share_bar;
  GtkLabel                 *share_label;
  GtkSpinButton            *hours_spin;
  AdwActionRow             *deadline_row;
  GtkWidget                *clear_deadline_button;
  GtkCalendar              *deadline_calendar;
  AdwActionRow             *end_row;
  AdwActionRow             *week_row;
  AdwPreferencesGroup      *path_group;
  GtkListBox               *path_list;
  GtkLabel                 *uncoverable_label;
  GtkBox                   *gap_box;
  AdwPreferencesGroup      *gap_group;
  GtkLabel                 *access_label;
  GtkLabel                 *compare_label;
  GtkLabel                 *diplomas_label;
  AdwPreferencesGroup      *coaching_group;
  GtkListBox               *journal_list;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixTrainingPage, phoenix_training_page, ADW_TYPE_BIN)

static void phoenix_training_page_set_profile (PhoenixTrainingPage *self,
                                               PhoenixProfile      *profile);

/* ---- Updating the view -------------------------------------------------------- */

static void
show_section (PhoenixTrainingPage *self,
              guint                index,
              GListModel          *model)
{
  GapSection *section = &self->sections[index];
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  g_autofree char *heading = NULL;
  g_autofree char *more = NULL;

  switch (index)
    {
    case SECTION_MISSING:
      /* Translators: a heading, %u is a number of skills */
      heading = g_strdup_printf (_("To Learn (%u)"), n);
      break;
    case SECTION_PARTLY:
      heading = g_strdup_printf (_("Partly There (%u)"), n);
      break;
    case SECTION_HAVE:
      heading = g_strdup_printf (_("Already Yours (%u)"), n);
      break;
    case SECTION_NICE:
    default:
      heading = g_strdup_printf (_("Nice to Have: Tools and Optional Skills (%u)"), n);
      break;
    }
  gtk_label_set_label (GTK_LABEL (section->heading), heading);
  gtk_slice_list_model_set_model (section->slice, model);
  gtk_slice_list_model_set_size (section->slice, index == SECTION_NICE ? 0 : GAP_ROWS);
  /* Translators: a button showing the rest of a list, %u is its length */
  more = g_strdup_printf (_("Show All %u"), n);
  gtk_button_set_label (GTK_BUTTON (section->more), more);
  gtk_widget_set_visible (section->more, n > gtk_slice_list_model_get_size (section->slice));
  gtk_widget_set_visible (section->heading, n > 0);
  gtk_widget_set_visible (GTK_WIDGET (section->list), n > 0 && gtk_slice_list_model_get_size (section->slice) > 0);
}

static void
more_clicked_cb (GtkButton  *button,
                 GapSection *section)
{
  gtk_slice_list_model_set_size (section->slice, G_MAXUINT);
  gtk_widget_set_visible (GTK_WIDGET (section->list), TRUE);
  gtk_widget_set_visible (GTK_WIDGET (button), FALSE);
}

static void
update_plan (PhoenixTrainingPage *self)
{
  PhoenixTrainingPath *path = self->analysis != NULL ? phoenix_training_analysis_get_path (self->analysis) : NULL;
  const char *deadline = phoenix_training_progress_get_deadline (self->progress);
  double per_week = phoenix_training_progress_get_hours_per_week (self->progress);
  g_autofree char *today_text = phoenix_training_today ();
  g_autofree char *week_text = NULL;
  g_autofree char *done = NULL;
  g_autofree char *goal = NULL;
  GDate today;
  guint streak;

  self->updating = TRUE;
  gtk_spin_button_set_value (self->hours_spin, per_week);
  self->updating = FALSE;

  if (*deadline != '\0')
    {
      g_autofree char *text = _phoenix_training_format_day (deadline);

      adw_action_row_set_subtitle (self->deadline_row, text);
    }
  else
    adw_action_row_set_subtitle (self->deadline_row, _("None"));
  gtk_widget_set_visible (self->clear_deadline_button, *deadline != '\0');

  phoenix_training_parse_day (today_text, &today);
  done = _phoenix_training_format_hours (phoenix_training_progress_get_week_hours (self->progress, &today));
  goal = _phoenix_training_format_hours (per_week);
  streak = phoenix_training_progress_get_streak (self->progress, &today);
  /* Translators: "3 h of 6 h" then how many weeks in a row reached the goal */
  week_text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s of %s · goal reached %u week in a row",
                                            "%s of %s · goal reached %u weeks in a row", streak),
                               done, goal, streak);
  adw_action_row_set_subtitle (self->week_row, week_text);

  gtk_widget_remove_css_class (GTK_WIDGET (self->end_row), "warning");
  if (path == NULL)
    adw_action_row_set_subtitle (self->end_row, "");
  else if (g_list_model_get_n_items (phoenix_training_path_get_steps (path)) == 0)
    adw_action_row_set_subtitle (self->end_row, _("No module to follow: the catalogue covers nothing you miss."));
  else if (phoenix_training_path_get_remaining_hours (path) <= 0)
    adw_action_row_set_subtitle (self->end_row, _("Nothing left: every module of the path is done."));
  else
    {
      g_autofree char *end = _phoenix_training_format_day (phoenix_training_path_get_end_date (path));
      g_autofree char *left = _phoenix_training_format_hours (phoenix_training_path_get_remaining_hours (path));
      g_autoptr(GString) text = g_string_new (NULL);

      /* Translators: the first %s is a date, the second a number of hours still to do */
      g_string_append_printf (text, _("%s, with %s still to do"), end, left);
      if (!phoenix_training_path_get_on_time (path))
        {
          g_autofree char *needed = _phoenix_training_format_hours (phoenix_training_path_get_needed_hours_per_week (path));

          g_string_append_c (text, '\n');
          /* Translators: %s is a number of hours */
          g_string_append_printf (text, _("Too late for your deadline: it would take %s a week."), needed);
          gtk_widget_add_css_class (GTK_WIDGET (self->end_row), "warning");
        }
      adw_action_row_set_subtitle (self->end_row, text->str);
    }
}

static void
update_coaching (PhoenixTrainingPage *self)
{
  self->updating = TRUE;
  for (guint i = 0; i < self->coaching_checks->len; i++)
    {
      PhoenixCoachingStep step;

      phoenix_coaching_get_step (i, &step);
      gtk_check_button_set_active (g_ptr_array_index (self->coaching_checks, i),
                                   phoenix_training_progress_get_coaching_done (self->progress, step.id));
    }
  self->updating = FALSE;
}

static void
update_target_menu (PhoenixTrainingPage *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) targets = g_menu_new ();
  g_autoptr(GMenu) actions = g_menu_new ();
  const char * const *codes = phoenix_training_progress_get_targets (self->progress);
  const char *active = phoenix_training_progress_get_active_target (self->progress);
  PhoenixTaxonomy *taxonomy = phoenix_context_get_taxonomy (self->context, NULL);

  for (guint i = 0; codes[i] != NULL && taxonomy != NULL; i++)
    {
      guint index;
      g_autoptr(GMenuItem) item = NULL;
      g_autofree char *label = NULL;

      if (!phoenix_taxonomy_lookup_occupation (taxonomy, codes[i], &index))
        continue;
      label = g_strdup_printf ("%s%s", g_str_equal (codes[i], active) ? "✓ " : "",
                               phoenix_taxonomy_get_occupation_label (taxonomy, index,
                                                                      _phoenix_training_page_get_language (self)));
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "training.activate-target", "s", codes[i]);
      g_menu_append_item (targets, item);
    }
  g_menu_append (actions, _("_Choose Another Target…"), "training.choose-target");
  g_menu_append (actions, _("_Remove This Target"), "training.remove-target");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (targets));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (actions));
  gtk_menu_button_set_menu_model (self->target_button, G_MENU_MODEL (menu));
}

static void
update_main (PhoenixTrainingPage *self)
{
  PhoenixSkillGap *gap = phoenix_training_analysis_get_gap (self->analysis);
  PhoenixTrainingPath *path = phoenix_training_analysis_get_path (self->analysis);
  PhoenixAccessRoute *access = phoenix_training_analysis_get_access (self->analysis);
  PhoenixTaxonomy *taxonomy = phoenix_skill_gap_get_taxonomy (gap);
  const char *language = _phoenix_training_page_get_language (self);
  guint occupation = phoenix_skill_gap_get_occupation (gap);
  g_autofree char *share = NULL;
  g_autofree char *path_description = NULL;
  GArray *uncoverable = phoenix_training_path_get_uncoverable (path);
  GListModel *diplomas = phoenix_skill_gap_get_diplomas (gap);

  adw_preferences_group_set_title (self->target_group, phoenix_taxonomy_get_occupation_label (taxonomy, occupation,
                                                                                              language));
  adw_preferences_group_set_description (self->target_group, phoenix_skill_gap_get_code (gap));
  gtk_level_bar_set_value (self->share_bar, phoenix_skill_gap_get_have_share (gap));
  if (phoenix_skill_gap_get_n_core_partly (gap) > 0)
    /* Translators: the first %u counts the job's core skills the CV shows, the second all of them, the third
     * those it shows in part */
    share = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Your CV shows %u of its %u core skill, and %u in part.",
                                          "Your CV shows %u of its %u core skills, and %u in part.",
                                          phoenix_skill_gap_get_n_core (gap)),
                             phoenix_skill_gap_get_n_core_have (gap), phoenix_skill_gap_get_n_core (gap),
                             phoenix_skill_gap_get_n_core_partly (gap));
  else
    /* Translators: the first %u counts the job's core skills the CV shows, the second all of them */
    share = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Your CV shows %u of its %u core skill.",
                                          "Your CV shows %u of its %u core skills.", phoenix_skill_gap_get_n_core (gap)),
                             phoenix_skill_gap_get_n_core_have (gap), phoenix_skill_gap_get_n_core (gap));
  gtk_label_set_label (self->share_label, share);
  update_target_menu (self);

  /* The path. */
  gtk_list_box_bind_model (self->path_list, phoenix_training_path_get_steps (path), _phoenix_training_create_step_row, self, NULL);
  {
    g_autofree char *total = _phoenix_training_format_hours (phoenix_training_path_get_total_hours (path));

    /* Translators: %s is a number of hours */
    path_description = g_strdup_printf (_("The fewest hours of training that cover the skills you miss: %s in all, "
                                          "prerequisites first."), total);
    adw_preferences_group_set_description (self->path_group, path_description);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->path_list),
                          g_list_model_get_n_items (phoenix_training_path_get_steps (path)) > 0);
  if (uncoverable->len > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *text = NULL;

      for (guint i = 0; i < uncoverable->len && i < 8; i++)
        g_string_append_printf (names, "%s%s", i > 0 ? ", " : "",
                                phoenix_taxonomy_get_skill_label (taxonomy, g_array_index (uncoverable, guint, i),
                                                                  language));
      if (uncoverable->len > 8)
        g_string_append_printf (names, g_dngettext (GETTEXT_PACKAGE, ", and %u more", ", and %u more",
                                                    uncoverable->len - 8), uncoverable->len - 8);
      /* Translators: %s lists skills */
      text = g_strdup_printf (_("No module of your catalogue covers these: %s. They come with practice, an "
                                "immersion or a training you add."), names->str);
      gtk_label_set_label (self->uncoverable_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->uncoverable_label), uncoverable->len > 0);

  /* The gap. */
  show_section (self, SECTION_MISSING, phoenix_skill_gap_get_missing (gap));
  show_section (self, SECTION_PARTLY, phoenix_skill_gap_get_partly (gap));
  show_section (self, SECTION_HAVE, phoenix_skill_gap_get_have (gap));
  show_section (self, SECTION_NICE, phoenix_skill_gap_get_nice_to_have (gap));

  /* How people get there. */
  {
    g_autofree char *markup = phoenix_access_route_to_markup (access);
    g_autofree char *compare = phoenix_access_route_compare (access,
                                                             phoenix_skill_evidence_get_education_level (phoenix_training_analysis_get_evidence (self->analysis)),
                                                             language);

    gtk_label_set_markup (self->access_label, *markup != '\0' ? markup : _("ROME says nothing of how to get into this job."));
    gtk_label_set_label (self->compare_label, compare);
  }
  if (g_list_model_get_n_items (diplomas) > 0)
    {
      g_autoptr(GString) names = g_string_new (NULL);
      g_autofree char *text = NULL;

      for (guint i = 0; i < g_list_model_get_n_items (diplomas); i++)
        {
          g_autoptr(PhoenixGapItem) item = g_list_model_get_item (diplomas, i);

          g_string_append_printf (names, "%s%s", i > 0 ? " · " : "", phoenix_gap_item_get_label (item));
        }
      /* Translators: %s lists diplomas */
      text = g_strdup_printf (_("Diplomas and titles ROME lists for this job: %s"), names->str);
      gtk_label_set_label (self->diplomas_label, text);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->diplomas_label), g_list_model_get_n_items (diplomas) > 0);

  update_plan (self);
}

static void
update_view (PhoenixTrainingPage *self)
{
  if (self->error_message != NULL)
    {
      adw_status_page_set_description (self->error_status, self->error_message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }
  if (self->progress == NULL || self->analysis == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "loading");
      return;
    }

  update_coaching (self);
  _phoenix_training_page_update_journal (self);
  if (phoenix_training_analysis_get_gap (self->analysis) == NULL)
    {
      phoenix_target_chooser_set_suggestions (self->chooser, phoenix_training_analysis_get_suggestions (self->analysis));
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }
  update_main (self);
  gtk_stack_set_visible_child_name (self->stack, "main");
}

/* ---- Analysis ------------------------------------------------------------------ */

static void
analysed_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PhoenixTrainingPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTrainingAnalysis) analysis = phoenix_training_analysis_new_finish (result, &error);

  /* Cancelled: a newer analysis is on its way (or the vault was locked). */
  if (analysis == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_warning ("Training analysis failed: %s", error->message);
          g_clear_object (&self->cancellable);
        }
      return;
    }
  g_clear_object (&self->cancellable);
  g_set_object (&self->analysis, analysis);
  /* The active target may have changed while the worker ran: then another analysis follows. */
  if (self->progress != NULL && self->refresh_id == 0 &&
      g_strcmp0 (phoenix_training_analysis_get_target (analysis),
                 phoenix_training_progress_get_active_target (self->progress)) != 0)
    _phoenix_training_page_schedule_refresh (self);
  update_view (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  PhoenixTrainingPage *self = user_data;
  PhoenixTaxonomy *taxonomy;

  self->refresh_id = 0;
  if (self->profile == NULL || self->progress == NULL || self->catalogue == NULL)
    return G_SOURCE_REMOVE;
  taxonomy = phoenix_context_get_taxonomy (self->context, NULL);
  g_return_val_if_fail (taxonomy != NULL, G_SOURCE_REMOVE);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  phoenix_training_analysis_new_async (taxonomy, self->profile, self->catalogue, self->progress,
                                       phoenix_training_progress_get_active_target (self->progress),
                                       _phoenix_training_page_get_language (self), 8, self->cancellable,
                                       analysed_cb, g_object_ref (self));

  return G_SOURCE_REMOVE;
}

void
_phoenix_training_page_schedule_refresh (PhoenixTrainingPage *self)
{
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  self->refresh_id = g_timeout_add (REFRESH_DELAY_MS, refresh_cb, self);
}

/* ---- Callbacks ------------------------------------------------------------------- */

static void
profile_changed_cb (PhoenixTrainingPage *self)
{
  _phoenix_training_page_schedule_refresh (self);
}

static void
progress_changed_cb (PhoenixTrainingPage *self)
{
  if (self->analysis != NULL && phoenix_training_analysis_get_gap (self->analysis) != NULL)
    {
      update_plan (self);
      update_coaching (self);
      _phoenix_training_page_update_journal (self);
      update_target_menu (self);
    }
  _phoenix_training_page_schedule_refresh (self);
}

static void
target_chosen_cb (PhoenixTrainingPage  *self,
                  const char           *code,
                  PhoenixTargetChooser *chooser)
{
  _phoenix_training_page_choose_target (self, code);
}

static void
hours_changed_cb (PhoenixTrainingPage *self,
                  GtkSpinButton       *spin)
{
  g_autoptr(GError) error = NULL;

  if (self->updating || self->progress == NULL)
    return;
  if (!phoenix_training_progress_set_hours_per_week (self->progress, gtk_spin_button_get_value (spin), &error))
    _phoenix_training_page_toast (self, error->message);
}

static void
deadline_selected_cb (PhoenixTrainingPage *self,
                      GtkCalendar         *calendar)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *day = g_date_time_format (date, "%Y-%m-%d");
  g_autoptr(GError) error = NULL;

  if (self->updating || self->progress == NULL)
    return;
  if (!phoenix_training_progress_set_deadline (self->progress, day, &error))
    _phoenix_training_page_toast (self, error->message);
}

static void
coaching_toggled_cb (GtkCheckButton      *check,
                     PhoenixTrainingPage *self)
{
  const char *id = g_object_get_data (G_OBJECT (check), "step");
  g_autoptr(GError) error = NULL;

  if (self->updating || self->progress == NULL)
    return;
  if (!phoenix_training_progress_set_coaching_done (self->progress, id, gtk_check_button_get_active (check), &error))
    {
      _phoenix_training_page_toast (self, error->message);
      update_coaching (self);
    }
}

/* ---- Building ------------------------------------------------------------------- */

static void
build_gap_sections (PhoenixTrainingPage *self)
{
  static const char * const names[N_SECTIONS] = { "missing", "partly", "have", "nice" };

  for (guint i = 0; i < N_SECTIONS; i++)
    {
      GapSection *section = &self->sections[i];

      section->which = names[i];
      section->heading = gtk_label_new (NULL);
      gtk_label_set_xalign (GTK_LABEL (section->heading), 0);
      gtk_widget_set_margin_top (section->heading, i > 0 ? 12 : 0);
      gtk_widget_add_css_class (section->heading, "heading");
      section->slice = gtk_slice_list_model_new (NULL, 0, GAP_ROWS);
      section->list = GTK_LIST_BOX (gtk_list_box_new ());
      gtk_list_box_set_selection_mode (section->list, GTK_SELECTION_NONE);
      gtk_widget_add_css_class (GTK_WIDGET (section->list), "boxed-list");
      gtk_list_box_bind_model (section->list, G_LIST_MODEL (section->slice), _phoenix_training_create_gap_row, NULL, NULL);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (section->list), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                      section->heading, NULL, -1);
      section->more = gtk_button_new_with_label ("");
      gtk_widget_set_halign (section->more, GTK_ALIGN_START);
      gtk_widget_add_css_class (section->more, "flat");
      g_signal_connect (section->more, "clicked", G_CALLBACK (more_clicked_cb), section);
      gtk_box_append (self->gap_box, section->heading);
      gtk_box_append (self->gap_box, GTK_WIDGET (section->list));
      gtk_box_append (self->gap_box, section->more);
    }
}

static void
build_coaching (PhoenixTrainingPage *self)
{
  for (guint i = 0; i < phoenix_coaching_get_n_steps (); i++)
    {
      PhoenixCoachingStep step;
      GtkWidget *row = adw_expander_row_new ();
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *explanation;
      GtkWidget *where = adw_action_row_new ();

      phoenix_coaching_get_step (i, &step);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), step.title);
      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (check), "step", (gpointer) step.id);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, step.title, -1);
      g_signal_connect (check, "toggled", G_CALLBACK (coaching_toggled_cb), self);
      adw_expander_row_add_prefix (ADW_EXPANDER_ROW (row), check);
      g_ptr_array_add (self->coaching_checks, check);

      explanation = gtk_label_new (step.explanation);
      gtk_label_set_wrap (GTK_LABEL (explanation), TRUE);
      gtk_label_set_xalign (GTK_LABEL (explanation), 0);
      gtk_widget_set_margin_start (explanation, 12);
      gtk_widget_set_margin_end (explanation, 12);
      gtk_widget_set_margin_top (explanation, 12);
      gtk_widget_set_margin_bottom (explanation, 12);
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), explanation);

      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (where), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (where), _("Where to Go"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (where), step.where);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (where), 4);
      if (*step.url != '\0')
        {
          GtkWidget *link = gtk_link_button_new_with_label (step.url, _("Website"));

          gtk_widget_set_valign (link, GTK_ALIGN_CENTER);
          gtk_widget_set_tooltip_text (link, step.url);
          adw_action_row_add_suffix (ADW_ACTION_ROW (where), link);
        }
      adw_expander_row_add_row (ADW_EXPANDER_ROW (row), where);
      adw_preferences_group_add (self->coaching_group, row);
    }
}

/* ---- The profile: present while the vault is unlocked ---------------------------- */

static void
phoenix_training_page_set_profile (PhoenixTrainingPage *self,
                                   PhoenixProfile      *profile)
{
  g_autoptr(GError) error = NULL;
  PhoenixTaxonomy *taxonomy;

  if (self->profile == profile)
    return;

  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_func (self->profile, profile_changed_cb, self);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->progress != NULL)
    g_signal_handlers_disconnect_by_func (self->progress, progress_changed_cb, self);
  g_clear_object (&self->progress);
  g_clear_object (&self->catalogue);
  g_clear_object (&self->analysis);
  g_clear_pointer (&self->error_message, g_free);
  if (self->dialog != NULL)
    adw_message_dialog_response (self->dialog, "cancel");
  if (self->target_window != NULL)
    gtk_window_destroy (self->target_window);
  g_set_object (&self->profile, profile);

  if (self->profile != NULL)
    {
      taxonomy = phoenix_context_get_taxonomy (self->context, &error);
      if (taxonomy != NULL)
        self->catalogue = phoenix_training_catalogue_new_starter (taxonomy, &error);
      if (self->catalogue != NULL)
        {
          self->progress = phoenix_training_progress_new (phoenix_context_get_vault (self->context));
          if (!phoenix_training_progress_load (self->progress, &error))
            g_clear_object (&self->progress);
        }
      if (self->progress == NULL)
        self->error_message = g_strdup (error->message);
      else
        {
          GPtrArray *own = phoenix_training_progress_get_modules (self->progress);

          for (guint i = 0; i < own->len; i++)
            phoenix_training_catalogue_add (self->catalogue, g_ptr_array_index (own, i));
          g_signal_connect_object (self->progress, "changed", G_CALLBACK (progress_changed_cb), self,
                                   G_CONNECT_SWAPPED);
          if (self->chooser == NULL)
            {
              self->chooser = phoenix_target_chooser_new (taxonomy);
              g_signal_connect_object (self->chooser, "target-chosen", G_CALLBACK (target_chosen_cb), self,
                                       G_CONNECT_SWAPPED);
              adw_clamp_set_child (self->empty_clamp, GTK_WIDGET (self->chooser));
            }
          g_signal_connect_object (self->profile, "changed", G_CALLBACK (profile_changed_cb), self, G_CONNECT_SWAPPED);
          refresh_cb (self);
        }
    }

  update_view (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

/* ---- GObject ---------------------------------------------------------------------- */

static void
phoenix_training_page_constructed (GObject *object)
{
  PhoenixTrainingPage *self = PHOENIX_TRAINING_PAGE (object);

  G_OBJECT_CLASS (phoenix_training_page_parent_class)->constructed (object);

  g_assert (PHOENIX_IS_CONTEXT (self->context));
  self->profile_binding = g_object_bind_property (self->context, "profile", self, "profile", G_BINDING_SYNC_CREATE);
}

static void
phoenix_training_page_dispose (GObject *object)
{
  PhoenixTrainingPage *self = PHOENIX_TRAINING_PAGE (object);

  g_clear_pointer (&self->profile_binding, g_binding_unbind);
  phoenix_training_page_set_profile (self, NULL);
  /* The bin's child is a template child: taken from the bin first, or both would unparent it. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_TRAINING_PAGE);
  for (guint i = 0; i < N_SECTIONS; i++)
    g_clear_object (&self->sections[i].slice);
  g_clear_pointer (&self->coaching_checks, g_ptr_array_unref);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (phoenix_training_page_parent_class)->dispose (object);
}

static void
phoenix_training_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PhoenixTrainingPage *self = PHOENIX_TRAINING_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_training_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PhoenixTrainingPage *self = PHOENIX_TRAINING_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_PROFILE:
      phoenix_training_page_set_profile (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_training_page_class_init (PhoenixTrainingPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = phoenix_training_page_constructed;
  object_class->dispose = phoenix_training_page_dispose;
  object_class->get_property = phoenix_training_page_get_property;
  object_class->set_property = phoenix_training_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         PHOENIX_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         PHOENIX_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  _phoenix_training_page_class_init_actions (widget_class);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-training-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, stack);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, error_status);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, empty_clamp);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, main_page);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, target_group);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, target_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, share_bar);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, share_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, hours_spin);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, deadline_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, clear_deadline_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, deadline_calendar);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, end_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, week_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, path_group);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, path_list);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, uncoverable_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, gap_box);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, gap_group);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, access_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, compare_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, diplomas_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, coaching_group);
  gtk_widget_class_bind_template_child (widget_class, PhoenixTrainingPage, journal_list);
  gtk_widget_class_bind_template_callback (widget_class, hours_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, deadline_selected_cb);
}

static void
phoenix_training_page_init (PhoenixTrainingPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->coaching_checks = g_ptr_array_new ();
  build_gap_sections (self);
  build_coaching (self);
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

PhoenixTrainingPage *
phoenix_training_page_new (PhoenixContext *context)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (context), NULL);

  return g_object_new (PHOENIX_TYPE_TRAINING_PAGE, "context", context, NULL);
}

/* ---- Private API ------------------------------------------------------------------ */

PhoenixContext *
_phoenix_training_page_get_context (PhoenixTrainingPage *self)
{
  return self->context;
}

PhoenixTrainingProgress *
_phoenix_training_page_get_progress (PhoenixTrainingPage *self)
{
  return self->progress;
}

PhoenixTrainingCatalogue *
_phoenix_training_page_get_catalogue (PhoenixTrainingPage *self)
{
  return self->catalogue;
}

PhoenixTrainingAnalysis *
_phoenix_training_page_get_analysis (PhoenixTrainingPage *self)
{
  return self->analysis;
}

const char *
_phoenix_training_page_get_language (PhoenixTrainingPage *self)
{
  return phoenix_occupation_search_get_ui_language ();
}

void
_phoenix_training_page_toast (PhoenixTrainingPage *self,
                              const char          *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

const char *
_phoenix_training_page_get_state (PhoenixTrainingPage *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

gboolean
_phoenix_training_page_get_busy (PhoenixTrainingPage *self)
{
  return self->refresh_id != 0 || self->cancellable != NULL;
}

PhoenixTargetChooser *
_phoenix_training_page_get_chooser (PhoenixTrainingPage *self)
{
  return self->chooser;
}

GtkListBox *
_phoenix_training_page_get_list (PhoenixTrainingPage *self,
                                 const char          *which)
{
  if (g_str_equal (which, "path"))
    return self->path_list;
  if (g_str_equal (which, "journal"))
    return self->journal_list;
  for (guint i = 0; i < N_SECTIONS; i++)
    {
      if (g_str_equal (which, self->sections[i].which))
        return self->sections[i].list;
    }

  return NULL;
}

AdwPreferencesPage *
_phoenix_training_page_get_main_page (PhoenixTrainingPage *self)
{
  return self->main_page;
}

AdwMessageDialog *
_phoenix_training_page_get_dialog (PhoenixTrainingPage *self)
{
  return self->dialog;
}

/* Answered: the dialog closes itself, and is no longer the page's. */
static void
dialog_answered_cb (PhoenixTrainingPage *self,
                    const char          *response,
                    AdwMessageDialog    *dialog)
{
  if (self->dialog == dialog)
    _phoenix_training_page_set_dialog (self, NULL);
}

void
_phoenix_training_page_set_dialog (PhoenixTrainingPage *self,
                                   AdwMessageDialog    *dialog)
{
  if (self->dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
  self->dialog = dialog;
  if (self->dialog != NULL)
    {
      g_object_add_weak_pointer (G_OBJECT (self->dialog), (gpointer *) &self->dialog);
      g_signal_connect_object (dialog, "response", G_CALLBACK (dialog_answered_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }
}

GtkWindow *
_phoenix_training_page_get_target_window (PhoenixTrainingPage *self)
{
  return self->target_window;
}

void
_phoenix_training_page_set_target_window (PhoenixTrainingPage *self,
                                          GtkWindow           *window)
{
  if (self->target_window != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->target_window), (gpointer *) &self->target_window);
  self->target_window = window;
  if (self->target_window != NULL)
    g_object_add_weak_pointer (G_OBJECT (self->target_window), (gpointer *) &self->target_window);
}

guint
_phoenix_training_page_get_n_imports (PhoenixTrainingPage *self)
{
  return self->n_imports;
}

void
_phoenix_training_page_count_import (PhoenixTrainingPage *self)
{
  self->n_imports++;
}

void
_phoenix_training_page_choose_target (PhoenixTrainingPage *self,
                                      const char          *code)
{
  g_autoptr(GError) error = NULL;

  if (self->progress == NULL)
    return;
  if (!phoenix_training_progress_add_target (self->progress, code, TRUE, &error))
    _phoenix_training_page_toast (self, error->message);
  if (self->target_window != NULL)
    gtk_window_destroy (self->target_window);
}
