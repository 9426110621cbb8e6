/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-ats-report-view"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "phoenix-ats-report-item.h"
#include "phoenix-ats-report-view.h"
#include "phoenix-ats-report-view-private.h"

/*
 * The explained ATS score, drawn from a PhoenixAtsReport: the score and its band, the
 * breakdown by part, the suggestions, the matched skills with where the CV shows them, the
 * missing skills and the format checks. Nothing here changes the CV: a suggestion's
 * "Apply" and a missing skill's "add" activate report.apply-suggestion and
 * report.add-skill, which emit "apply-suggestion" and "add-skill" for the window to act on.
 */

typedef enum
{
  GROUP_BREAKDOWN,
  GROUP_SUGGESTIONS,
  GROUP_MATCHES,
  GROUP_MISSING,
  GROUP_TO_SHOW,
  GROUP_ISSUES,
  N_GROUPS
} ReportGroup;

struct _PhoenixAtsReportView
{
  AdwBin            parent_instance;

  PhoenixTaxonomy  *taxonomy;
  PhoenixAtsReport *report;
  char             *language;
  char             *layout_warning;  /* what the CV's template does to a tracking system, or NULL */

  /* Template widgets */
  GtkLabel         *score_label;
  GtkLabel         *score_caption;
  GtkLevelBar      *score_bar;
  GtkBox           *groups_box;

  /* Issue #20: each group's rows are a model of PhoenixAtsReportItem; a new report replaces only
   * the items that changed, so the other rows (and the focus, and the scroll position) stay. */
  AdwPreferencesGroup *groups[N_GROUPS];
  GListStore          *items[N_GROUPS];
  GtkWidget           *lists[N_GROUPS];
  guint                n_rows_built;  /* rows made since the view was (tests) */
};

enum {
  PROP_0,
  PROP_TAXONOMY,
  PROP_REPORT,
  PROP_LANGUAGE,
  N_PROPS
};

enum {
  APPLY_SUGGESTION,
  ADD_SKILL,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixAtsReportView, phoenix_ats_report_view, ADW_TYPE_BIN)

static const char *
part_title (PhoenixAtsPart part)
{
  switch (part)
    {
    case PHOENIX_ATS_PART_HARD_SKILLS:
      return _("Hard skills");
    case PHOENIX_ATS_PART_SOFT_SKILLS:
      return _("Soft skills");
    case PHOENIX_ATS_PART_TITLE:
      return _("Job title");
    case PHOENIX_ATS_PART_EDUCATION:
      return _("Education");
    case PHOENIX_ATS_PART_EXPERIENCE:
      return _("Experience");
    case PHOENIX_ATS_PART_KEYWORDS:
      return _("Keywords");
    case PHOENIX_ATS_N_PARTS:
    default:
      g_assert_not_reached ();
    }
}

/* "Experience 2", "Skills", "Summary": where in the CV. */
static char *
describe_place (const char *section,
                int         entry)
{
  static const struct { const char *section; const char *title; } names[] = {
    { "basics", N_("Personal details") },
    { "work", N_("Experience") },
    { "education", N_("Education") },
    { "skills", N_("Skills") },
    { "languages", N_("Languages") },
    { "certificates", N_("Certifications") },
    { "projects", N_("Projects") },
    { "volunteer", N_("Volunteering") },
    { "awards", N_("Awards") },
    { "publications", N_("Publications") },
    { "interests", N_("Interests") },
  };
  const char *title = section;

  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    if (g_strcmp0 (section, names[i].section) == 0)
      title = _(names[i].title);

  if (entry >= 0 && g_strcmp0 (section, "basics") != 0 && g_strcmp0 (section, "skills") != 0)
    /* Translators: a part of the CV and an entry's number, e.g. “Experience 2” */
    return g_strdup_printf (_("%s %d"), title, entry + 1);
  return g_strdup (title);
}

/* Red below half, amber below three quarters, green above (style.css). */
static void
set_band_offsets (GtkLevelBar *bar,
                  double       max)
{
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (bar, GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_level_bar_add_offset_value (bar, "phoenix-low", max * 0.5);
  gtk_level_bar_add_offset_value (bar, "phoenix-medium", max * 0.75);
  gtk_level_bar_add_offset_value (bar, "phoenix-high", max);
}

/* A row for @item (GtkListBox's bind-model: only new or changed items get one). */
static GtkWidget *
create_row (gpointer object,
            gpointer user_data)
{
  PhoenixAtsReportItem *item = PHOENIX_ATS_REPORT_ITEM (object);
  PhoenixAtsReportView *self = user_data;
  const char *icon_name = phoenix_ats_report_item_get_icon_name (item);
  const char *label = phoenix_ats_report_item_get_label (item);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *suffix = NULL;

  self->n_rows_built++;
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), phoenix_ats_report_item_get_title (item));
  if (phoenix_ats_report_item_get_subtitle (item) != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), phoenix_ats_report_item_get_subtitle (item));
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), phoenix_ats_report_item_get_subtitle_lines (item));
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  if (icon_name != NULL)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name (icon_name);

      /* Found in green, missing in amber, like the score. */
      if (g_str_equal (icon_name, "object-select-symbolic"))
        gtk_widget_add_css_class (icon, "success");
      else if (g_str_equal (icon_name, "dialog-warning-symbolic"))
        gtk_widget_add_css_class (icon, "warning");
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }

  switch (phoenix_ats_report_item_get_suffix (item))
    {
    case PHOENIX_ATS_REPORT_SUFFIX_BAR:
      {
        double value = phoenix_ats_report_item_get_value (item);

        suffix = gtk_level_bar_new_for_interval (0, 1);
        set_band_offsets (GTK_LEVEL_BAR (suffix), 1);
        gtk_level_bar_set_value (GTK_LEVEL_BAR (suffix), MAX (value, 0));
        gtk_widget_set_size_request (suffix, 120, -1);
        gtk_widget_set_sensitive (suffix, value >= 0);
        gtk_accessible_update_property (GTK_ACCESSIBLE (suffix), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      }
      break;

    case PHOENIX_ATS_REPORT_SUFFIX_ADD_SKILL:
      suffix = gtk_button_new_from_icon_name ("list-add-symbolic");
      gtk_widget_set_tooltip_text (suffix, label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (suffix), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_add_css_class (suffix, "flat");
      gtk_actionable_set_action_name (GTK_ACTIONABLE (suffix), "report.add-skill");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (suffix), "u", phoenix_ats_report_item_get_target (item));
      break;

    case PHOENIX_ATS_REPORT_SUFFIX_APPLY:
      suffix = gtk_button_new_with_mnemonic (_("_Apply"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (suffix), "report.apply-suggestion");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (suffix), "u", phoenix_ats_report_item_get_target (item));
      break;

    case PHOENIX_ATS_REPORT_SUFFIX_NONE:
    default:
      break;
    }
  if (suffix != NULL)
    {
      gtk_widget_set_valign (suffix, GTK_ALIGN_CENTER);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), suffix);
    }

  return row;
}

/* The groups, each a boxed list bound to its model, made once. */
static void
create_groups (PhoenixAtsReportView *self)
{
  for (int g = 0; g < N_GROUPS; g++)
    {
      self->groups[g] = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
      self->items[g] = g_list_store_new (PHOENIX_TYPE_ATS_REPORT_ITEM);
      self->lists[g] = gtk_list_box_new ();
      gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->lists[g]), GTK_SELECTION_NONE);
      gtk_widget_add_css_class (self->lists[g], "boxed-list");
      gtk_list_box_bind_model (GTK_LIST_BOX (self->lists[g]), G_LIST_MODEL (self->items[g]), create_row, self, NULL);
      adw_preferences_group_add (self->groups[g], self->lists[g]);
      gtk_widget_set_visible (GTK_WIDGET (self->groups[g]), FALSE);
      gtk_box_append (self->groups_box, GTK_WIDGET (self->groups[g]));
    }
}

/* The group @group shows @title, @description and @items: only the items that differ from what it
 * shows are replaced (the common start and end stay, with their rows). */
static void
update_group (PhoenixAtsReportView *self,
              ReportGroup           group,
              const char           *title,
              const char           *description,
              GPtrArray            *items)
{
  GListModel *model = G_LIST_MODEL (self->items[group]);
  guint old_n = g_list_model_get_n_items (model);
  guint new_n = items != NULL ? items->len : 0;
  guint prefix = 0, suffix = 0;

  while (prefix < old_n && prefix < new_n)
    {
      g_autoptr(PhoenixAtsReportItem) shown = g_list_model_get_item (model, prefix);

      if (!phoenix_ats_report_item_equal (shown, items->pdata[prefix]))
        break;
      prefix++;
    }
  while (suffix < old_n - prefix && suffix < new_n - prefix)
    {
      g_autoptr(PhoenixAtsReportItem) shown = g_list_model_get_item (model, old_n - 1 - suffix);

      if (!phoenix_ats_report_item_equal (shown, items->pdata[new_n - 1 - suffix]))
        break;
      suffix++;
    }
  if (prefix + suffix < old_n || prefix + suffix < new_n)
    g_list_store_splice (self->items[group], prefix, old_n - prefix - suffix,
                         new_n > 0 ? items->pdata + prefix : NULL, new_n - prefix - suffix);

  if (title != NULL)
    adw_preferences_group_set_title (self->groups[group], title);
  adw_preferences_group_set_description (self->groups[group], description);
  gtk_widget_set_visible (self->lists[group], new_n > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->groups[group]), title != NULL);
}

static PhoenixAtsReportItem *
add_item (GPtrArray  *items,
          const char *title,
          const char *subtitle,
          const char *icon_name)
{
  PhoenixAtsReportItem *item = phoenix_ats_report_item_new (title, subtitle, icon_name, 4);

  g_ptr_array_add (items, item);
  return item;
}

static void
show_breakdown (PhoenixAtsReportView *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (int part = 0; part < PHOENIX_ATS_N_PARTS; part++)
    {
      double value = phoenix_ats_report_get_part (self->report, part);
      g_autofree char *subtitle = NULL;
      PhoenixAtsReportItem *item;

      if (value < 0 && phoenix_ats_report_get_reason (self->report, part) != NULL)
        /* Left out of the score although the offer speaks of it ("open to beginners"): its reason says why. */
        subtitle = g_strdup (phoenix_ats_report_get_reason (self->report, part));
      else if (value < 0)
        /* Translators: %u is the part's weight in the score, out of 100 */
        subtitle = g_strdup_printf (_("Not asked by the offer (weight %u)"), phoenix_ats_part_weight (part));
      else
        {
          const char *reason = phoenix_ats_report_get_reason (self->report, part);
          /* Translators: %d is a percentage, %u the part's weight in the score out of 100 */
          g_autofree char *figure = g_strdup_printf (_("%d %% (weight %u)"), (int) (value * 100 + 0.5),
                                                     phoenix_ats_part_weight (part));

          /* The reason under the figure: what the user can do about this part. */
          subtitle = reason != NULL ? g_strconcat (figure, "\n", reason, NULL) : g_steal_pointer (&figure);
        }
      item = phoenix_ats_report_item_new (part_title (part), subtitle, NULL, 0);
      phoenix_ats_report_item_set_suffix (item, PHOENIX_ATS_REPORT_SUFFIX_BAR, value, 0, part_title (part));
      g_ptr_array_add (items, item);
    }
  update_group (self, GROUP_BREAKDOWN, _("Breakdown"), NULL, items);
}

static void
show_matches (PhoenixAtsReportView *self)
{
  GPtrArray *matches = phoenix_ats_report_get_matches (self->report);
  g_autoptr(GHashTable) places = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                        (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GArray) order = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) hows = g_hash_table_new (g_direct_hash, g_direct_equal);  /* skill → its first match */
  g_autofree char *title = NULL;

  for (guint i = 0; i < matches->len; i++)
    {
      PhoenixAtsMatch *match = g_ptr_array_index (matches, i);
      GPtrArray *list = g_hash_table_lookup (places, GUINT_TO_POINTER (match->skill));
      g_autofree char *place = describe_place (match->section, match->entry);
      gboolean seen = FALSE;

      if (list == NULL)
        {
          list = g_ptr_array_new_with_free_func (g_free);
          g_hash_table_insert (places, GUINT_TO_POINTER (match->skill), list);
          g_hash_table_insert (hows, GUINT_TO_POINTER (match->skill), match);
          g_array_append_val (order, match->skill);
        }
      for (guint j = 0; j < list->len; j++)
        seen = seen || g_str_equal (g_ptr_array_index (list, j), place);
      if (!seen)
        g_ptr_array_add (list, g_steal_pointer (&place));
    }

  for (guint i = 0; i < order->len; i++)
    {
      guint skill = g_array_index (order, guint, i);
      GPtrArray *list = g_hash_table_lookup (places, GUINT_TO_POINTER (skill));
      g_autofree char *where = NULL;
      g_autofree char *subtitle = NULL;
      PhoenixAtsMatch *how = g_hash_table_lookup (hows, GUINT_TO_POINTER (skill));

      g_ptr_array_add (list, NULL);
      where = g_strjoinv (", ", (char **) list->pdata);
      g_ptr_array_remove_index (list, list->len - 1);

      /* Where, and how when the CV does not name the skill itself (issue #16): by the CV's own
       * skill that proves it, or in the offer's words. */
      if (how->how == PHOENIX_ATS_MATCH_OTHER_NAME || how->how == PHOENIX_ATS_MATCH_NARROWER)
        /* Translators: the first %s lists the parts of the CV (“Experience 1, Skills”), the second the
         * skill the CV names there, which proves the offer's (“Power BI” for “data visualisation”) */
        subtitle = g_strdup_printf (_("In %s, as “%s”"), where,
                                    phoenix_taxonomy_get_skill_label (self->taxonomy, how->via, self->language));
      else if (how->how == PHOENIX_ATS_MATCH_EVIDENCE)
        /* Translators: the first %s lists the parts of the CV (“Experience 1”), the second the CV's words
         * that show the skill by trade knowledge (“croissants” for “Make Viennese pastries”) */
        subtitle = g_strdup_printf (_("In %s, through “%s”"), where, how->evidence);
      else if (how->how == PHOENIX_ATS_MATCH_OFFER_WORDS)
        /* Translators: %s lists the parts of the CV, e.g. “Experience 1, Skills” */
        subtitle = g_strdup_printf (_("In %s, in the offer's own words"), where);
      else
        /* Translators: %s lists the parts of the CV, e.g. “Experience 1, Skills” */
        subtitle = g_strdup_printf (_("In %s"), where);
      add_item (items, phoenix_taxonomy_get_skill_label (self->taxonomy, skill, self->language), subtitle,
                "object-select-symbolic");
    }

  /* Translators: %u is a number of skills */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Matched Skill (%u)", "Matched Skills (%u)", order->len),
                           order->len);
  update_group (self, GROUP_MATCHES, title,
                order->len == 0 ? _("Your CV shows none of the skills the offer asks for.") : NULL, items);
}

/* A row for each offer skill of @skills (missing, or to show more clearly), with its "add" button. */
static void
add_skill_items (PhoenixAtsReportView *self,
                 GArray               *skills,
                 GPtrArray            *items)
{
  for (guint i = 0; i < skills->len; i++)
    {
      PhoenixOfferSkill *skill = &g_array_index (skills, PhoenixOfferSkill, i);
      const char *label = phoenix_taxonomy_get_skill_label (self->taxonomy, skill->skill, self->language);
      g_autofree char *tooltip = NULL;
      PhoenixAtsReportItem *item;

      gboolean soft = phoenix_taxonomy_get_skill_kind (self->taxonomy, skill->skill) == PHOENIX_SKILL_KIND_SOFT;
      /* The part it counts in, as the breakdown above names it: the lists and the parts agree. */
      const char *subtitle = soft ? (skill->required ? _("Soft skill · required") : _("Soft skill · nice to have")) :
                                    (skill->required ? _("Hard skill · required") : _("Hard skill · nice to have"));

      item = add_item (items, label, subtitle, skill->required ? "dialog-warning-symbolic" : NULL);
      /* Translators: %s is a skill */
      tooltip = g_strdup_printf (_("I have this skill: add “%s” to my CV"), label);
      phoenix_ats_report_item_set_suffix (item, PHOENIX_ATS_REPORT_SUFFIX_ADD_SKILL, 0, skill->skill, tooltip);
    }
}

static void
show_missing (PhoenixAtsReportView *self)
{
  GArray *missing = phoenix_ats_report_get_missing (self->report);
  GArray *to_show = phoenix_ats_report_get_to_show (self->report);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) to_show_items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *title = NULL;
  g_autofree char *to_show_title = NULL;

  add_skill_items (self, missing, items);
  /* Translators: %u is a number of skills */
  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Missing Skill (%u)", "Missing Skills (%u)", missing->len),
                           missing->len);
  update_group (self, GROUP_MISSING, title,
                missing->len == 0 ? _("Your CV shows every skill the offer asks for.") : NULL, items);

  /* Skills a CV claims more than it shows (teamwork, adapting to change): no gap, but not shown either. */
  add_skill_items (self, to_show, to_show_items);
  if (to_show->len > 0)
    /* Translators: %u is a number of skills */
    to_show_title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "To Show More Clearly (%u)",
                                                  "To Show More Clearly (%u)", to_show->len),
                                     to_show->len);
  update_group (self, GROUP_TO_SHOW, to_show_title,
                to_show->len > 0 ? _("Qualities every trade asks for: your CV does not show them yet. Show them "
                                     "through something you did, not a word in a list.") : NULL,
                to_show_items);
}

static void
show_suggestions (PhoenixAtsReportView *self)
{
  GPtrArray *suggestions = phoenix_ats_report_get_suggestions (self->report);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < suggestions->len; i++)
    {
      PhoenixAtsSuggestion *suggestion = g_ptr_array_index (suggestions, i);
      g_autofree char *title = NULL;
      g_autofree char *subtitle = NULL;
      PhoenixAtsReportItem *item;

      if (suggestion->kind == PHOENIX_ATS_SUGGESTION_ADD_SKILL)
        {
          g_autofree char *place = describe_place (suggestion->section, suggestion->entry);

          /* Translators: %s is a skill */
          title = g_strdup_printf (_("Add “%s” to your skills"),
                                   phoenix_taxonomy_get_skill_label (self->taxonomy, suggestion->skill,
                                                                     self->language));
          /* Translators: %s is a part of the CV, e.g. “Experience 2” */
          subtitle = g_strdup_printf (_("Your CV already shows it in %s"), place);
        }
      else
        {
          /* Translators: %s is the job title of the offer */
          title = g_strdup_printf (_("Use “%s” as your headline"), suggestion->text);
          subtitle = g_strdup (_("Recruiters and their software look for the offer’s job title"));
        }

      item = add_item (items, title, subtitle, NULL);
      phoenix_ats_report_item_set_suffix (item, PHOENIX_ATS_REPORT_SUFFIX_APPLY, 0, i, NULL);
    }

  /* No suggestion: no group. */
  update_group (self, GROUP_SUGGESTIONS, suggestions->len > 0 ? _("Suggestions") : NULL, NULL, items);
}

static void
show_issues (PhoenixAtsReportView *self)
{
  GPtrArray *issues = phoenix_ats_report_get_issues (self->report);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (issues->len == 0 && self->layout_warning == NULL)
    add_item (items, _("Nothing in the layout should stop a tracking system from reading your CV"), NULL,
              "object-select-symbolic");
  if (self->layout_warning != NULL)
    add_item (items, self->layout_warning, NULL, "dialog-warning-symbolic");

  for (guint i = 0; i < issues->len; i++)
    {
      PhoenixAtsIssue *issue = g_ptr_array_index (issues, i);

      add_item (items, issue->message, NULL, "dialog-warning-symbolic");
    }
  update_group (self, GROUP_ISSUES, _("Format Checks"), NULL, items);
}

static void
show_score (PhoenixAtsReportView *self)
{
  guint score = phoenix_ats_report_get_score (self->report);
  g_autofree char *text = g_strdup_printf ("%u", score);
  const char *caption;

  gtk_label_set_text (self->score_label, text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), "low");
  gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), "medium");
  gtk_widget_remove_css_class (GTK_WIDGET (self->score_label), "high");
  if (score < 50)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "low");
      caption = _("Out of 100: a tracking system would likely rank this CV low for this offer");
    }
  else if (score < 75)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "medium");
      caption = _("Out of 100: a fair match, the suggestions below can raise it");
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->score_label), "high");
      caption = _("Out of 100: a strong match for this offer");
    }
  if (phoenix_ats_report_get_confidence_reason (self->report) != NULL)
    {
      g_autofree char *both = g_strdup_printf ("%s\n%s", caption, phoenix_ats_report_get_confidence_reason (self->report));

      gtk_label_set_text (self->score_caption, both);
    }
  else
    gtk_label_set_text (self->score_caption, caption);
  gtk_level_bar_set_value (self->score_bar, score);
}

/* Shows the report: what did not change keeps its rows. */
static void
rebuild (PhoenixAtsReportView *self)
{
  if (self->report == NULL || self->taxonomy == NULL)
    {
      for (int g = 0; g < N_GROUPS; g++)
        update_group (self, g, NULL, NULL, NULL);
      return;
    }

  show_score (self);
  show_breakdown (self);
  show_suggestions (self);
  show_matches (self);
  show_missing (self);
  show_issues (self);
}

static void
apply_suggestion_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  PhoenixAtsReportView *self = PHOENIX_ATS_REPORT_VIEW (widget);
  guint position = g_variant_get_uint32 (parameter);

  if (self->report != NULL && position < phoenix_ats_report_get_suggestions (self->report)->len)
    g_signal_emit (self, signals[APPLY_SUGGESTION], 0, position);
}

static void
add_skill_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PhoenixAtsReportView *self = PHOENIX_ATS_REPORT_VIEW (widget);

  g_signal_emit (self, signals[ADD_SKILL], 0, g_variant_get_uint32 (parameter));
}

static void
phoenix_ats_report_view_dispose (GObject *object)
{
  PhoenixAtsReportView *self = PHOENIX_ATS_REPORT_VIEW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_ATS_REPORT_VIEW);
  for (int g = 0; g < N_GROUPS; g++)
    g_clear_object (&self->items[g]);
  g_clear_object (&self->report);
  g_clear_object (&self->taxonomy);

  G_OBJECT_CLASS (phoenix_ats_report_view_parent_class)->dispose (object);
}

static void
phoenix_ats_report_view_finalize (GObject *object)
{
  PhoenixAtsReportView *self = PHOENIX_ATS_REPORT_VIEW (object);

  g_clear_pointer (&self->language, g_free);

  g_clear_pointer (&self->layout_warning, g_free);

  G_OBJECT_CLASS (phoenix_ats_report_view_parent_class)->finalize (object);
}

static void
phoenix_ats_report_view_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PhoenixAtsReportView *self = PHOENIX_ATS_REPORT_VIEW (object);

  switch (prop_id)
    {
    case PROP_TAXONOMY:
      g_value_set_object (value, self->taxonomy);
      break;

    case PROP_REPORT:
      g_value_set_object (value, self->report);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_ats_report_view_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PhoenixAtsReportView *self = PHOENIX_ATS_REPORT_VIEW (object);

  switch (prop_id)
    {
    case PROP_TAXONOMY:
      g_set_object (&self->taxonomy, g_value_get_object (value));
      rebuild (self);
      break;

    case PROP_REPORT:
      phoenix_ats_report_view_set_report (self, g_value_get_object (value));
      break;

    case PROP_LANGUAGE:
      phoenix_ats_report_view_set_language (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_ats_report_view_class_init (PhoenixAtsReportViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phoenix_ats_report_view_dispose;
  object_class->finalize = phoenix_ats_report_view_finalize;
  object_class->get_property = phoenix_ats_report_view_get_property;
  object_class->set_property = phoenix_ats_report_view_set_property;

  properties[PROP_TAXONOMY] =
    g_param_spec_object ("taxonomy", NULL, NULL,
                         PHOENIX_TYPE_TAXONOMY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPORT] =
    g_param_spec_object ("report", NULL, NULL,
                         PHOENIX_TYPE_ATS_REPORT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "en",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The user chose the suggestion at @position of the report's suggestions. */
  signals[APPLY_SUGGESTION] =
    g_signal_new ("apply-suggestion",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);
  /* The user says they have the missing taxonomy skill @skill. */
  signals[ADD_SKILL] =
    g_signal_new ("add-skill",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-ats-report-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsReportView, score_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsReportView, score_caption);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsReportView, score_bar);
  gtk_widget_class_bind_template_child (widget_class, PhoenixAtsReportView, groups_box);

  gtk_widget_class_install_action (widget_class, "report.apply-suggestion", "u", apply_suggestion_action);
  gtk_widget_class_install_action (widget_class, "report.add-skill", "u", add_skill_action);
}

static void
phoenix_ats_report_view_init (PhoenixAtsReportView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->language = g_strdup ("en");
  set_band_offsets (self->score_bar, 100);
  create_groups (self);
}

GtkWidget *
phoenix_ats_report_view_new (PhoenixTaxonomy *taxonomy)
{
  g_return_val_if_fail (taxonomy == NULL || PHOENIX_IS_TAXONOMY (taxonomy), NULL);

  return g_object_new (PHOENIX_TYPE_ATS_REPORT_VIEW, "taxonomy", taxonomy, NULL);
}

void
phoenix_ats_report_view_set_taxonomy (PhoenixAtsReportView *self,
                                      PhoenixTaxonomy      *taxonomy)
{
  g_return_if_fail (PHOENIX_IS_ATS_REPORT_VIEW (self));
  g_return_if_fail (taxonomy == NULL || PHOENIX_IS_TAXONOMY (taxonomy));

  if (!g_set_object (&self->taxonomy, taxonomy))
    return;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAXONOMY]);
}

PhoenixAtsReport *
phoenix_ats_report_view_get_report (PhoenixAtsReportView *self)
{
  g_return_val_if_fail (PHOENIX_IS_ATS_REPORT_VIEW (self), NULL);

  return self->report;
}

void
phoenix_ats_report_view_set_report (PhoenixAtsReportView *self,
                                    PhoenixAtsReport     *report)
{
  g_return_if_fail (PHOENIX_IS_ATS_REPORT_VIEW (self));
  g_return_if_fail (report == NULL || PHOENIX_IS_ATS_REPORT (report));

  if (!g_set_object (&self->report, report))
    return;
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPORT]);
}

void
phoenix_ats_report_view_set_language (PhoenixAtsReportView *self,
                                      const char           *language)
{
  g_return_if_fail (PHOENIX_IS_ATS_REPORT_VIEW (self));

  if (language == NULL)
    language = "en";
  if (g_strcmp0 (self->language, language) == 0)
    return;
  g_free (self->language);
  self->language = g_strdup (language);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

gboolean
_phoenix_ats_report_view_apply_first (PhoenixAtsReportView *self,
                                      int                   kind)
{
  g_return_val_if_fail (PHOENIX_IS_ATS_REPORT_VIEW (self), FALSE);

  if (self->report == NULL)
    return FALSE;

  if (kind < 0)
    {
      GArray *missing = phoenix_ats_report_get_missing (self->report);

      if (missing->len == 0)
        return FALSE;
      return gtk_widget_activate_action (GTK_WIDGET (self), "report.add-skill", "u",
                                         g_array_index (missing, PhoenixOfferSkill, 0).skill);
    }
  else
    {
      GPtrArray *suggestions = phoenix_ats_report_get_suggestions (self->report);

      for (guint i = 0; i < suggestions->len; i++)
        {
          PhoenixAtsSuggestion *suggestion = g_ptr_array_index (suggestions, i);

          if ((int) suggestion->kind == kind)
            return gtk_widget_activate_action (GTK_WIDGET (self), "report.apply-suggestion", "u", i);
        }
    }

  return FALSE;
}

char *
_phoenix_ats_report_view_get_missing_text (PhoenixAtsReportView *self)
{
  GString *out = g_string_new (NULL);
  GArray *missing;

  g_return_val_if_fail (PHOENIX_IS_ATS_REPORT_VIEW (self), NULL);

  if (self->report == NULL || self->taxonomy == NULL)
    return g_string_free (out, FALSE);

  missing = phoenix_ats_report_get_missing (self->report);
  for (guint i = 0; i < missing->len; i++)
    {
      PhoenixOfferSkill *skill = &g_array_index (missing, PhoenixOfferSkill, i);

      g_string_append_printf (out, "%s\n", phoenix_taxonomy_get_skill_label (self->taxonomy, skill->skill,
                                                                             self->language));
    }

  return g_string_free (out, FALSE);
}

/* The rows of @group, "title: subtitle" one a line. */
static void
append_group_text (PhoenixAtsReportView *self,
                   ReportGroup           group,
                   GString              *out)
{
  GListModel *model = G_LIST_MODEL (self->items[group]);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PhoenixAtsReportItem) item = g_list_model_get_item (model, i);

      g_string_append_printf (out, "%s: %s\n", phoenix_ats_report_item_get_title (item),
                              phoenix_ats_report_item_get_subtitle (item));
    }
}

char *
_phoenix_ats_report_view_get_matches_text (PhoenixAtsReportView *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (PHOENIX_IS_ATS_REPORT_VIEW (self), NULL);

  append_group_text (self, GROUP_MATCHES, out);

  return g_string_free (out, FALSE);
}

char *
_phoenix_ats_report_view_get_to_show_text (PhoenixAtsReportView *self)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (PHOENIX_IS_ATS_REPORT_VIEW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->groups[GROUP_TO_SHOW])))
    return g_string_free (out, FALSE);
  g_string_append_printf (out, "%s\n", adw_preferences_group_get_title (self->groups[GROUP_TO_SHOW]));
  append_group_text (self, GROUP_TO_SHOW, out);

  return g_string_free (out, FALSE);
}

const char *
_phoenix_ats_report_view_get_caption (PhoenixAtsReportView *self)
{
  g_return_val_if_fail (PHOENIX_IS_ATS_REPORT_VIEW (self), NULL);

  return gtk_label_get_text (self->score_caption);
}

int
_phoenix_ats_report_view_get_shown_score (PhoenixAtsReportView *self)
{
  g_return_val_if_fail (PHOENIX_IS_ATS_REPORT_VIEW (self), -1);

  if (self->report == NULL)
    return -1;
  return atoi (gtk_label_get_text (self->score_label));
}

/* What the CV's template does to a tracking system that reads its PDF (NULL: nothing), shown
 * with the format checks instead of "nothing in the layout should stop…". */
void
phoenix_ats_report_view_set_layout_warning (PhoenixAtsReportView *self,
                                            const char           *warning)
{
  g_return_if_fail (PHOENIX_IS_ATS_REPORT_VIEW (self));

  if (g_strcmp0 (self->layout_warning, warning) == 0)
    return;
  g_free (self->layout_warning);
  self->layout_warning = g_strdup (warning);
  rebuild (self);
}

const char *
_phoenix_ats_report_view_get_layout_warning (PhoenixAtsReportView *self)
{
  return self->layout_warning;
}

guint
_phoenix_ats_report_view_get_n_rows_built (PhoenixAtsReportView *self)
{
  return self->n_rows_built;
}
