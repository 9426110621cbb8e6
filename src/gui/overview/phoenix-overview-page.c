/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-overview-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "phoenix-consent-dialog.h"
#include "phoenix-overview-data.h"
#include "phoenix-overview-page-private.h"
#include "phoenix-sparkline.h"
#include "phoenix-sync-store.h"

struct _PhoenixOverviewPage
{
  AdwBin           parent_instance;

  PhoenixContext  *context;
  PhoenixProfile  *profile;
  GBinding        *profile_binding;
  GCancellable    *cancellable;
  guint            refresh_id;
  gboolean         stale;         /* the data changed since the last refresh */
  guint            refreshes;     /* finished refreshes (tests) */
  PhoenixOverview *overview;

  /* Template widgets */
  GtkLabel         *greeting_label;
  GtkLabel         *status_label;
  GtkLabel         *step_title_label;
  GtkBox           *reasons_box;
  GtkButton        *step_button;
  AdwActionRow     *cv_row;
  AdwActionRow     *applications_row;
  AdwActionRow     *training_row;
  PhoenixSparkline *cv_chart;
  PhoenixSparkline *ats_chart;
  PhoenixSparkline *sent_chart;
  PhoenixSparkline *response_chart;
  PhoenixSparkline *training_chart;
  GtkLabel         *success_label;
  GtkListBox       *factors_list;
  AdwActionRow     *sharing_row;
  GtkButton        *sharing_button;
  AdwComboRow      *outcome_row;
  gboolean          showing_outcome;  /* the row follows the vault: not the user's choice */
};

/* The rows of the outcome combo, in order (the contribution's outcome values). */
static const char * const outcomes[] = { "in-progress", "hired", "gave-up" };

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixOverviewPage, phoenix_overview_page, ADW_TYPE_BIN)

static const char *
ui_language (void)
{
  const char * const *languages = g_get_language_names ();

  for (guint i = 0; languages[i] != NULL; i++)
    if (g_str_has_prefix (languages[i], "fr"))
      return "fr";
    else if (g_str_has_prefix (languages[i], "en"))
      return "en";
  return "en";
}

static void
update_greeting (PhoenixOverviewPage *self)
{
  g_autofree char *trimmed = NULL;

  trimmed = g_strstrip (g_strdup (self->profile != NULL ? phoenix_profile_get_name (self->profile) : ""));
  if (*trimmed != '\0')
    {
      /* Translators: %s is the user's name */
      g_autofree char *greeting = g_strdup_printf (_("Hello, %s"), trimmed);

      gtk_label_set_label (self->greeting_label, greeting);
    }
  else
    gtk_label_set_label (self->greeting_label, _("Welcome to Phoenix"));
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_LIST_BOX (box))
        gtk_list_box_remove (GTK_LIST_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static GtkWidget *
reason_label (const char *text)
{
  g_autofree char *bullet = g_strdup_printf ("•  %s", text);
  GtkWidget *label = gtk_label_new (bullet);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

static void
update_sharing (PhoenixOverviewPage *self)
{
  PhoenixFlywheelClient *client = phoenix_context_get_flywheel_client (self->context);

  if (phoenix_flywheel_client_get_consent (client))
    adw_action_row_set_subtitle (self->sharing_row,
                                 _("On: an anonymous summary, randomised on this computer, helps improve everyone’s "
                                   "advice. You can stop at any time."));
  else
    adw_action_row_set_subtitle (self->sharing_row,
                                 _("Off: nothing leaves this computer. If you agree, a randomised summary of "
                                   "categories (never your name, contacts, employers or texts) improves the advice."));
}

/* What the user said of their change (nothing said shows as “in progress”). */
static void
show_outcome (PhoenixOverviewPage *self)
{
  PhoenixSyncState state;
  guint selected = 0;

  if (!phoenix_sync_store_read_state (phoenix_context_get_vault (self->context), &state, NULL))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (outcomes); i++)
    if (g_str_equal (state.outcome, outcomes[i]))
      selected = i;
  phoenix_sync_state_clear (&state);
  self->showing_outcome = TRUE;
  adw_combo_row_set_selected (self->outcome_row, selected);
  self->showing_outcome = FALSE;
}

static void
show_overview (PhoenixOverviewPage *self)
{
  PhoenixOverview *o = self->overview;
  PhoenixAdvice *advice = o->advice;
  g_autofree char *cv = NULL;
  g_autofree char *applications = NULL;
  g_autofree char *training = NULL;

  if (o->target_label != NULL)
    {
      /* Translators: %s is a job, e.g. “Développeur / Développeuse web” */
      g_autofree char *status = g_strdup_printf (_("Aiming at: %s"), o->target_label);

      gtk_label_set_label (self->status_label, status);
    }
  else
    gtk_label_set_label (self->status_label, _("Your career change, one step at a time."));

  gtk_label_set_label (self->step_title_label, advice->title);
  clear_box (GTK_WIDGET (self->reasons_box));
  for (guint i = 0; i < advice->reasons->len; i++)
    gtk_box_append (self->reasons_box, reason_label (g_ptr_array_index (advice->reasons, i)));
  gtk_button_set_label (self->step_button, advice->button);
  gtk_widget_set_sensitive (GTK_WIDGET (self->step_button), TRUE);

  if (o->best_ats >= 0)
    /* Translators: the CV's completeness and its best ATS score, e.g. “85 % complete · best match 72/100” */
    cv = g_strdup_printf (_("%d %% complete · best match with an offer %d/100"), o->cv_completeness, o->best_ats);
  else
    cv = g_strdup_printf (_("%d %% complete · no offer checked yet"), o->cv_completeness);
  adw_action_row_set_subtitle (self->cv_row, cv);
  applications = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sent · %d %% answered · %u interview",
                                               "%u sent · %d %% answered · %u interviews", o->interviews),
                                  o->sent, (int) round (o->response_rate * 100), o->interviews);
  adw_action_row_set_subtitle (self->applications_row, applications);
  if (o->training_percent < 0)
    training = g_strdup (_("No target job yet"));
  else
    /* Translators: e.g. “40 % of the path · 2 of 5 modules · 12 h logged” */
    training = g_strdup_printf (_("%d %% of the path · %u of %u modules · %.0f h logged"), o->training_percent,
                                o->modules_done, o->modules_total, o->hours_logged);
  adw_action_row_set_subtitle (self->training_row, training);

  phoenix_sparkline_set_points (self->cv_chart, o->cv_series, 100);
  phoenix_sparkline_set_points (self->ats_chart, o->ats_series, 100);
  phoenix_sparkline_set_points (self->sent_chart, o->sent_series, MAX (o->sent, 5));
  phoenix_sparkline_set_points (self->response_chart, o->response_series, 100);
  phoenix_sparkline_set_points (self->training_chart, o->training_series, 100);

  gtk_label_set_label (self->success_label, advice->success_text);
  clear_box (GTK_WIDGET (self->factors_list));
  for (guint i = 0; i < advice->success_factors->len; i++)
    {
      PhoenixSuccessFactor *factor = g_ptr_array_index (advice->success_factors, i);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *icon = gtk_image_new_from_icon_name (factor->weight > 0.05 ? "go-up-symbolic"
                                                      : factor->weight < -0.05 ? "go-next-symbolic"
                                                      : "content-loading-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), factor->text);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      factor->weight > 0.05 ? _("Helps") : factor->weight < -0.05 ? _("To work on")
                                                                                                  : _("Neutral"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
      gtk_list_box_append (self->factors_list, row);
    }
  update_sharing (self);
  show_outcome (self);
}

static void
computed_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PhoenixOverviewPage) self = user_data;
  g_autoptr(GError) error = NULL;
  PhoenixOverview *overview = phoenix_overview_compute_finish (result, &error);
  PhoenixVault *vault = phoenix_context_get_vault (self->context);
  PhoenixFlywheelClient *client = phoenix_context_get_flywheel_client (self->context);
  gboolean consent;

  if (overview == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_label_set_label (self->status_label, error->message);
      return;
    }
  g_clear_pointer (&self->overview, phoenix_overview_free);
  self->overview = overview;
  if (phoenix_vault_is_unlocked (vault))
    {
      if (!phoenix_overview_record (overview, vault, NULL, &error))
        g_warning ("The Overview's history could not be kept: %s", error->message);
      g_clear_error (&error);
      /* With consent, a contribution leaves when what it says changed (rarely, docs/flywheel.md).
       * Consent is asked again now: it may have been withdrawn while the worker computed. */
      consent = overview->consent && phoenix_flywheel_client_get_consent (client);
      if (consent && overview->changed && overview->payload != NULL)
        {
          g_autofree char *json = phoenix_contribution_to_json (overview->payload);

          if (!phoenix_flywheel_client_submit (client, json, overview->digest, &error))
            g_warning ("The anonymous statistics could not be queued: %s", error->message);
        }
      if (consent)
        phoenix_flywheel_client_start (client, overview->target_code);
    }
  self->refreshes++;
  show_overview (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  PhoenixOverviewPage *self = user_data;
  g_autoptr(GError) error = NULL;
  PhoenixOverviewSnapshot *snapshot;
  PhoenixTaxonomy *taxonomy;

  self->refresh_id = 0;
  if (self->profile == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return G_SOURCE_REMOVE;
  self->stale = FALSE;
  taxonomy = phoenix_context_get_taxonomy (self->context, &error);
  snapshot = taxonomy != NULL ? phoenix_overview_snapshot_read (phoenix_context_get_vault (self->context),
                                                                self->profile, NULL, &error) : NULL;
  if (snapshot == NULL)
    {
      gtk_label_set_label (self->status_label, error->message);
      return G_SOURCE_REMOVE;
    }
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  phoenix_overview_compute_async (snapshot, taxonomy, ui_language (), self->cancellable, computed_cb,
                                  g_object_ref (self));
  return G_SOURCE_REMOVE;
}

static void
schedule_refresh (PhoenixOverviewPage *self,
                  guint                delay_ms)
{
  self->stale = TRUE;
  if (self->refresh_id != 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  self->refresh_id = g_timeout_add (delay_ms, refresh_cb, self);
}

static void
profile_changed_cb (PhoenixOverviewPage *self)
{
  update_greeting (self);
  schedule_refresh (self, 500);
}

static void
mapped_cb (PhoenixOverviewPage *self)
{
  /* Nothing heavy before the page is shown; then a refresh when something changed. */
  if (self->stale || self->overview == NULL)
    schedule_refresh (self, 0);
}

static void
step_button_clicked_cb (PhoenixOverviewPage *self)
{
  PhoenixAdvice *advice;

  if (self->overview == NULL)
    return;
  advice = self->overview->advice;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.next-step", "(ss)", advice->page,
                              advice->action != NULL ? advice->action : "");
}

static void
consent_chosen_cb (PhoenixOverviewPage *self,
                   gboolean             share)
{
  PhoenixFlywheelClient *client = phoenix_context_get_flywheel_client (self->context);
  g_autoptr(GError) error = NULL;

  if (!phoenix_flywheel_client_set_consent (client, share, &error))
    {
      adw_action_row_set_subtitle (self->sharing_row, error->message);
      return;
    }
  update_sharing (self);
  /* A new refresh queues the contribution (on) or shows the new state (off, the deletion under way). */
  schedule_refresh (self, 0);
}

/* The user says where their change stands: it goes in the payload's outcome and the agent's rules. */
static void
outcome_selected_cb (PhoenixOverviewPage *self)
{
  guint selected = adw_combo_row_get_selected (self->outcome_row);
  g_autoptr(GError) error = NULL;

  if (self->showing_outcome || selected >= G_N_ELEMENTS (outcomes) || self->overview == NULL)
    return;
  if (!phoenix_sync_store_set_outcome (phoenix_context_get_vault (self->context), outcomes[selected], &error))
    {
      gtk_label_set_label (self->status_label, error->message);
      return;
    }
  schedule_refresh (self, 0);
}

static void
sharing_button_clicked_cb (PhoenixOverviewPage *self)
{
  _phoenix_overview_page_show_consent (self);
}

/* GObject */

static void
phoenix_overview_page_constructed (GObject *object)
{
  PhoenixOverviewPage *self = PHOENIX_OVERVIEW_PAGE (object);

  G_OBJECT_CLASS (phoenix_overview_page_parent_class)->constructed (object);

  g_assert (PHOENIX_IS_CONTEXT (self->context));
  self->profile_binding = g_object_bind_property (self->context, "profile", self, "profile",
                                                  G_BINDING_SYNC_CREATE);
}

static void
phoenix_overview_page_dispose (GObject *object)
{
  PhoenixOverviewPage *self = PHOENIX_OVERVIEW_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  g_clear_pointer (&self->profile_binding, g_binding_unbind);
  phoenix_overview_page_set_profile (self, NULL);
  g_clear_pointer (&self->overview, phoenix_overview_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_OVERVIEW_PAGE);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (phoenix_overview_page_parent_class)->dispose (object);
}

static void
phoenix_overview_page_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PhoenixOverviewPage *self = PHOENIX_OVERVIEW_PAGE (object);

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
phoenix_overview_page_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PhoenixOverviewPage *self = PHOENIX_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_PROFILE:
      phoenix_overview_page_set_profile (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_overview_page_class_init (PhoenixOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = phoenix_overview_page_constructed;
  object_class->dispose = phoenix_overview_page_dispose;
  object_class->get_property = phoenix_overview_page_get_property;
  object_class->set_property = phoenix_overview_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         PHOENIX_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         PHOENIX_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (PHOENIX_TYPE_SPARKLINE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, greeting_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, status_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, step_title_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, reasons_box);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, step_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, cv_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, applications_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, training_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, cv_chart);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, ats_chart);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, sent_chart);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, response_chart);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, training_chart);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, success_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, factors_list);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, sharing_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, sharing_button);
  gtk_widget_class_bind_template_callback (widget_class, step_button_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, sharing_button_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, PhoenixOverviewPage, outcome_row);
  gtk_widget_class_bind_template_callback (widget_class, outcome_selected_cb);
}

static void
phoenix_overview_page_init (PhoenixOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "map", G_CALLBACK (mapped_cb), NULL);
  gtk_label_set_label (self->step_title_label, _("Looking at where you stand…"));
  gtk_button_set_label (self->step_button, _("_Go"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->step_button), FALSE);
  update_greeting (self);
}

PhoenixOverviewPage *
phoenix_overview_page_new (PhoenixContext *context)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (context), NULL);

  return g_object_new (PHOENIX_TYPE_OVERVIEW_PAGE, "context", context, NULL);
}

PhoenixProfile *
phoenix_overview_page_get_profile (PhoenixOverviewPage *self)
{
  g_return_val_if_fail (PHOENIX_IS_OVERVIEW_PAGE (self), NULL);

  return self->profile;
}

void
phoenix_overview_page_set_profile (PhoenixOverviewPage *self,
                                   PhoenixProfile      *profile)
{
  g_return_if_fail (PHOENIX_IS_OVERVIEW_PAGE (self));
  g_return_if_fail (profile == NULL || PHOENIX_IS_PROFILE (profile));

  if (self->profile == profile)
    return;

  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_func (self->profile, profile_changed_cb, self);

  g_set_object (&self->profile, profile);
  g_clear_pointer (&self->overview, phoenix_overview_free);

  if (self->profile != NULL)
    {
      g_signal_connect_object (self->profile, "changed",
                               G_CALLBACK (profile_changed_cb), self, G_CONNECT_SWAPPED);
      schedule_refresh (self, 0);
    }
  else
    phoenix_flywheel_client_stop (phoenix_context_get_flywheel_client (self->context));

  update_greeting (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

void
phoenix_overview_page_refresh (PhoenixOverviewPage *self)
{
  g_return_if_fail (PHOENIX_IS_OVERVIEW_PAGE (self));
  schedule_refresh (self, 0);
}

/* Test hooks and the consent dialog (phoenix-overview-page-private.h) */

void
_phoenix_overview_page_show_consent (PhoenixOverviewPage *self)
{
  PhoenixFlywheelClient *client = phoenix_context_get_flywheel_client (self->context);
  PhoenixConsentDialog *dialog;

  dialog = phoenix_consent_dialog_new (self->overview != NULL ? self->overview->payload : NULL,
                                       phoenix_flywheel_client_get_consent (client));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (consent_chosen_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

guint
_phoenix_overview_page_get_refreshes (PhoenixOverviewPage *self)
{
  return self->refreshes;
}

PhoenixOverview *
_phoenix_overview_page_get_overview (PhoenixOverviewPage *self)
{
  return self->overview;
}

AdwComboRow *
_phoenix_overview_page_get_outcome_row (PhoenixOverviewPage *self)
{
  return self->outcome_row;
}

GtkButton *
_phoenix_overview_page_get_step_button (PhoenixOverviewPage *self)
{
  return self->step_button;
}

GtkWidget *
_phoenix_overview_page_get_chart (PhoenixOverviewPage *self,
                                  const char          *metric)
{
  if (g_str_equal (metric, "cv"))
    return GTK_WIDGET (self->cv_chart);
  if (g_str_equal (metric, "ats"))
    return GTK_WIDGET (self->ats_chart);
  if (g_str_equal (metric, "sent"))
    return GTK_WIDGET (self->sent_chart);
  if (g_str_equal (metric, "response"))
    return GTK_WIDGET (self->response_chart);
  return GTK_WIDGET (self->training_chart);
}
