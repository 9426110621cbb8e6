/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "phoenix-application-store.h"
#include "phoenix-consent-dialog.h"
#include "phoenix-sparkline.h"
#include "phoenix-overview-page-private.h"
#include "phoenix-preferences-window-private.h"
#include "phoenix-sync-store.h"
#include "phoenix-test-ui.h"
#include "phoenix-training-progress.h"
#include "phoenix-window-private.h"

/*
 * The Overview under Xvfb with real data in the vault: 6 applications (2 answered), a target
 * job; the metrics and their charts; the next step's button taking the user to its page; the
 * consent dialog showing the exact payload, and consent recorded only when the user shares.
 * The Preferences: the sharing switch opens the same dialog first and withdraws when turned
 * off (outbox emptied, the server's deletion owed); the server address is validated.
 * A fictional person throughout.
 */

typedef PhoenixTestUi Fixture;

static PhoenixOverviewPage *
overview (Fixture *f)
{
  return PHOENIX_OVERVIEW_PAGE (phoenix_test_ui_show_page (f, "overview"));
}

static PhoenixVault *
vault_of (Fixture *f)
{
  g_autoptr(PhoenixContext) context = NULL;

  g_object_get (f->window, "context", &context, NULL);
  return phoenix_context_get_vault (context);
}

/* The refreshes done before the one a step asks for: an earlier one (the page's first, on
 * unlock) must not pass for it. */
static guint refreshes_before;

static gboolean
refreshed (Fixture *f)
{
  return _phoenix_overview_page_get_refreshes (overview (f)) > refreshes_before;
}

static void
fill_vault (Fixture *f)
{
  PhoenixVault *vault = vault_of (f);
  PhoenixProfile *profile = _phoenix_window_get_profile (f->window);
  g_autoptr(PhoenixTrainingProgress) progress = phoenix_training_progress_new (vault);
  g_autoptr(GPtrArray) apps = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  /* The Overview's first refresh (from the empty vault, in a worker) done first, so that it
   * cannot end after a later one and show the vault as it was. */
  refreshes_before = 0;
  phoenix_test_ui_wait_until (f, refreshed, "the overview's first refresh");
  phoenix_profile_set_name (profile, "Camille Martin");
  for (guint i = 0; i < 6; i++)
    {
      PhoenixJobApplication *app = phoenix_job_application_new ("Entreprise Exemple", "Développeuse web");
      gint64 sent = now - (gint64) (6 - i) * 10 * 86400;

      phoenix_job_application_set_sector (app, "M");
      phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_SENT, sent, NULL);
      phoenix_job_application_set_sent_at (app, sent);
      if (i < 2)
        phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_INTERVIEW, sent + 86400, NULL);
      g_ptr_array_add (apps, app);
    }
  g_assert_true (phoenix_application_store_save (vault, (PhoenixJobApplication **) apps->pdata, apps->len, &error));
  g_assert_true (phoenix_training_progress_load (progress, &error));
  g_assert_true (phoenix_training_progress_add_target (progress, "E1205", TRUE, &error));
  g_assert_no_error (error);
}

static guint refreshes_wanted;

static gboolean
refreshed_again (Fixture *f)
{
  return _phoenix_overview_page_get_refreshes (overview (f)) >= refreshes_wanted;
}

static const char *outcome_wanted;

/* A refresh that read the new outcome: one already under way when it was chosen (a slow machine)
 * may end first with the old one. */
static gboolean
refreshed_with_outcome (Fixture *f)
{
  PhoenixOverview *o;

  if (!refreshed_again (f))
    return FALSE;
  o = _phoenix_overview_page_get_overview (overview (f));
  return o != NULL && g_strcmp0 (phoenix_contribution_get_value (o->truth, PHOENIX_CONTRIBUTION_OUTCOME),
                                 outcome_wanted) == 0;
}

/* The user says where they stand (row @row of the outcome combo): the vault, the payload's truth and the agent follow. */
static PhoenixOverview *
say_outcome (Fixture    *f,
             guint       row,
             const char *outcome)
{
  PhoenixSyncState state;
  PhoenixOverview *o;
  g_autoptr(GError) error = NULL;

  refreshes_wanted = _phoenix_overview_page_get_refreshes (overview (f)) + 1;
  outcome_wanted = outcome;
  adw_combo_row_set_selected (_phoenix_overview_page_get_outcome_row (overview (f)), row);
  phoenix_test_ui_wait_until (f, refreshed_with_outcome, "the overview's refresh with the new outcome");
  g_assert_true (phoenix_sync_store_read_state (vault_of (f), &state, &error));
  g_assert_cmpstr (state.outcome, ==, outcome);
  phoenix_sync_state_clear (&state);
  o = _phoenix_overview_page_get_overview (overview (f));
  g_assert_cmpstr (phoenix_contribution_get_value (o->truth, PHOENIX_CONTRIBUTION_OUTCOME), ==, outcome);
  g_assert_cmpuint (adw_combo_row_get_selected (_phoenix_overview_page_get_outcome_row (overview (f))), ==, row);
  return o;
}

static void
overview_steps (Fixture *f)
{
  PhoenixOverview *o;
  GtkButton *button;
  PhoenixConsentDialog *dialog;
  g_autofree char *text = NULL;
  PhoenixSyncState state;
  PhoenixVault *vault;
  g_autoptr(GError) error = NULL;

  phoenix_test_ui_create_vault (f);
  fill_vault (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "cv"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "overview"));
  refreshes_before = _phoenix_overview_page_get_refreshes (overview (f));
  phoenix_overview_page_refresh (overview (f));
  phoenix_test_ui_wait_until (f, refreshed, "the overview's refresh");

  o = _phoenix_overview_page_get_overview (overview (f));
  g_assert_cmpuint (o->sent, ==, 6);
  g_assert_cmpuint (o->responses, ==, 2);
  g_assert_cmpstr (o->target_code, ==, "E1205");
  g_assert_cmpuint (phoenix_sparkline_get_n_points (PHOENIX_SPARKLINE (_phoenix_overview_page_get_chart (overview (f), "sent"))), >=, 7);
  /* A bare CV: the agent says to improve it, and the button goes to the CV page. */
  g_assert_cmpint (o->advice->step, ==, PHOENIX_STEP_IMPROVE_CV);
  button = _phoenix_overview_page_get_step_button (overview (f));
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (button)));
  g_signal_emit_by_name (button, "clicked");
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (_phoenix_window_get_view_stack (f->window)), ==, "cv");
  /* The history of today is in the vault. */
  vault = vault_of (f);
  {
    g_autoptr(GArray) cv = phoenix_metric_history_read (vault, "cv", NULL, &error);

    g_assert_cmpuint (cv->len, ==, 1);
  }

  /* The consent dialog: the exact payload, each field explained; nothing recorded until Share. */
  _phoenix_overview_page_show_consent (overview (f));
  dialog = PHOENIX_CONSENT_DIALOG (phoenix_test_ui_find_toplevel (PHOENIX_TYPE_CONSENT_DIALOG));
  g_assert_nonnull (dialog);
  text = phoenix_consent_dialog_get_text (dialog);
  {
    g_autofree char *json = phoenix_contribution_to_json (o->payload);

    g_assert_cmpstr (text, ==, json);
  }
  g_assert_nonnull (strstr (text, "\"target\":\"E1205\""));
  g_assert_null (strstr (text, "Camille"));
  g_assert_true (phoenix_sync_store_read_state (vault, &state, &error));
  g_assert_false (state.consent);
  phoenix_sync_state_clear (&state);
  gtk_window_close (GTK_WINDOW (dialog));
  phoenix_test_ui_spin (50);
  g_assert_true (phoenix_sync_store_read_state (vault, &state, &error));
  g_assert_false (state.consent);
  phoenix_sync_state_clear (&state);

  _phoenix_overview_page_show_consent (overview (f));
  dialog = PHOENIX_CONSENT_DIALOG (phoenix_test_ui_find_toplevel (PHOENIX_TYPE_CONSENT_DIALOG));
  g_signal_emit_by_name (_phoenix_consent_dialog_get_share_button (dialog), "clicked");
  phoenix_test_ui_spin (50);
  g_assert_true (phoenix_sync_store_read_state (vault, &state, &error));
  g_assert_true (state.consent);
  g_assert_true (phoenix_contribution_is_install_id (state.install));
  phoenix_sync_state_clear (&state);

  /* Where the user stands: nothing said shows “in progress”; each answer feeds the payload and the agent. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.show-page", "s", "overview"));
  phoenix_test_ui_spin (50);
  o = _phoenix_overview_page_get_overview (overview (f));
  g_assert_cmpuint (adw_combo_row_get_selected (_phoenix_overview_page_get_outcome_row (overview (f))), ==, 0);
  g_assert_cmpstr (phoenix_contribution_get_value (o->truth, PHOENIX_CONTRIBUTION_OUTCOME), ==, "in-progress");
  o = say_outcome (f, 1, "hired");
  g_assert_cmpint (o->advice->step, ==, PHOENIX_STEP_SETTLE_IN);
  o = say_outcome (f, 2, "gave-up");
  g_assert_cmpint (o->advice->step, ==, PHOENIX_STEP_PAUSED);
  g_assert_cmpstr (o->advice->action, ==, "training.choose-target");
  o = say_outcome (f, 0, "in-progress");
  g_assert_cmpint (o->advice->step, ==, PHOENIX_STEP_IMPROVE_CV);
}

static void
test_overview (Fixture       *f,
               gconstpointer  data)
{
  phoenix_test_ui_run_app (f, overview_steps);
}

static gboolean
consent_dialog_shown (Fixture *f)
{
  return phoenix_test_ui_find_toplevel (PHOENIX_TYPE_CONSENT_DIALOG) != NULL;
}

static PhoenixSyncState
read_sync_state (Fixture *f)
{
  PhoenixSyncState state;
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_sync_store_read_state (vault_of (f), &state, &error));
  g_assert_no_error (error);
  return state;
}

static void
apply_url (AdwEntryRow *row,
           const char  *url)
{
  gtk_editable_set_text (GTK_EDITABLE (row), url);
  g_signal_emit_by_name (row, "apply");
}

static void
preferences_steps (Fixture *f)
{
  g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);
  g_autoptr(PhoenixContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *install = NULL;
  PhoenixPreferencesWindow *preferences;
  PhoenixConsentDialog *dialog;
  PhoenixFlywheelClient *client;
  GtkSwitch *sharing;
  AdwEntryRow *url_row;
  GtkLabel *url_error;
  PhoenixSyncState state;

  phoenix_test_ui_create_vault (f);
  fill_vault (f);
  g_object_get (f->window, "context", &context, NULL);
  client = phoenix_context_get_flywheel_client (context);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "app.preferences", NULL));
  phoenix_test_ui_spin (50);
  preferences = PHOENIX_PREFERENCES_WINDOW (phoenix_test_ui_find_toplevel (PHOENIX_TYPE_PREFERENCES_WINDOW));
  g_assert_nonnull (preferences);
  sharing = _phoenix_preferences_window_get_sharing_switch (preferences);
  url_row = _phoenix_preferences_window_get_flywheel_url_row (preferences);
  url_error = _phoenix_preferences_window_get_flywheel_url_error (preferences);

  /* Off by default. Turning it on shows the payload first and consents to nothing yet. */
  g_assert_false (gtk_switch_get_active (sharing));
  gtk_switch_set_active (sharing, TRUE);
  g_assert_false (gtk_switch_get_active (sharing));
  phoenix_test_ui_wait_until (f, consent_dialog_shown, "the consent dialog");
  dialog = PHOENIX_CONSENT_DIALOG (phoenix_test_ui_find_toplevel (PHOENIX_TYPE_CONSENT_DIALOG));
  text = phoenix_consent_dialog_get_text (dialog);
  g_assert_nonnull (strstr (text, "\"target\":\"E1205\""));
  g_assert_null (strstr (text, "Camille"));
  state = read_sync_state (f);
  g_assert_false (state.consent);
  phoenix_sync_state_clear (&state);
  /* Closed without choosing: still off. */
  gtk_window_close (GTK_WINDOW (dialog));
  phoenix_test_ui_spin (50);
  g_assert_false (gtk_switch_get_active (sharing));
  g_assert_false (phoenix_flywheel_client_get_consent (client));

  /* Shared: on, in the vault and on the switch. */
  gtk_switch_set_active (sharing, TRUE);
  phoenix_test_ui_wait_until (f, consent_dialog_shown, "the consent dialog");
  dialog = PHOENIX_CONSENT_DIALOG (phoenix_test_ui_find_toplevel (PHOENIX_TYPE_CONSENT_DIALOG));
  g_signal_emit_by_name (_phoenix_consent_dialog_get_share_button (dialog), "clicked");
  phoenix_test_ui_spin (50);
  g_assert_true (gtk_switch_get_active (sharing));
  state = read_sync_state (f);
  g_assert_true (state.consent);
  install = g_strdup (state.install);
  phoenix_sync_state_clear (&state);
  g_assert_true (phoenix_contribution_is_install_id (install));
  g_assert_true (phoenix_flywheel_client_submit (client, text, "digest-prefs", &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) outbox = phoenix_sync_store_list_outbox (vault_of (f), &error);

    g_assert_cmpuint (outbox->len, ==, 1);
  }

  /* Off: withdrawn at once, the outbox emptied, the server's deletion of this install owed. */
  gtk_switch_set_active (sharing, FALSE);
  phoenix_test_ui_spin (50);
  g_assert_null (phoenix_test_ui_find_toplevel (PHOENIX_TYPE_CONSENT_DIALOG));
  g_assert_false (phoenix_flywheel_client_get_consent (client));
  state = read_sync_state (f);
  g_assert_false (state.consent);
  g_assert_true (g_strv_contains ((const char * const *) state.pending_delete, install));
  g_assert_cmpstr (state.install, !=, install);
  phoenix_sync_state_clear (&state);
  {
    g_autoptr(GPtrArray) outbox = phoenix_sync_store_list_outbox (vault_of (f), &error);

    g_assert_cmpuint (outbox->len, ==, 0);
  }

  /* The server address: https, or http only to this computer; a refused one is said and not kept. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (url_row)), ==, "");
  apply_url (url_row, "http://flywheel.example.org");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (url_row), "error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (url_error)));
  g_assert_cmpstr (gtk_label_get_label (url_error), !=, "");
  g_assert_cmpstr (g_settings_get_string (settings, "flywheel-url"), ==, "");
  apply_url (url_row, "ftp://127.0.0.1/");
  g_assert_cmpstr (g_settings_get_string (settings, "flywheel-url"), ==, "");
  apply_url (url_row, "https://flywheel.example.org");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (url_row), "error"));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (url_error)));
  g_assert_cmpstr (g_settings_get_string (settings, "flywheel-url"), ==, "https://flywheel.example.org");
  g_assert_cmpstr (phoenix_flywheel_client_get_url (client), ==, "https://flywheel.example.org");
  apply_url (url_row, "http://127.0.0.1:8080");
  g_assert_cmpstr (g_settings_get_string (settings, "flywheel-url"), ==, "http://127.0.0.1:8080");
  apply_url (url_row, "http://[::1]:8080");
  g_assert_cmpstr (g_settings_get_string (settings, "flywheel-url"), ==, "http://[::1]:8080");
  g_settings_set_string (settings, "flywheel-url", "https://other.example.org");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (url_row)), ==, "https://other.example.org");

  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (settings, "flywheel-url");
}

static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  phoenix_test_ui_run_app (f, preferences_steps);
}

int
main (int   argc,
      char *argv[])
{
  phoenix_test_ui_init (&argc, &argv, NULL);

  g_test_add ("/ui/overview", Fixture, NULL, phoenix_test_ui_setup, test_overview, phoenix_test_ui_teardown);
  g_test_add ("/ui/preferences-sharing", Fixture, NULL, phoenix_test_ui_setup, test_preferences,
              phoenix_test_ui_teardown);

  return g_test_run ();
}
