/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "phoenix-application-store.h"
#include "phoenix-consent-dialog.h"
#include "phoenix-sparkline.h"
#include "phoenix-overview-page-private.h"
#include "phoenix-sync-store.h"
#include "phoenix-test-ui.h"
#include "phoenix-training-progress.h"
#include "phoenix-window-private.h"

/*
 * The Overview under Xvfb with real data in the vault: 6 applications (2 answered), a target
 * job; the metrics and their charts; the next step's button taking the user to its page; the
 * consent dialog showing the exact payload, and consent recorded only when the user shares.
 * A fictional person throughout.
 */

typedef PhoenixTestUi Fixture;

static PhoenixOverviewPage *
overview (Fixture *f)
{
  return _phoenix_window_get_overview_page (f->window);
}

static PhoenixVault *
vault_of (Fixture *f)
{
  g_autoptr(PhoenixContext) context = NULL;

  g_object_get (f->window, "context", &context, NULL);
  return phoenix_context_get_vault (context);
}

static gboolean
refreshed (Fixture *f)
{
  return _phoenix_overview_page_get_refreshes (overview (f)) > 0;
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
}

static void
test_overview (Fixture       *f,
               gconstpointer  data)
{
  phoenix_test_ui_run_app (f, overview_steps);
}

int
main (int   argc,
      char *argv[])
{
  phoenix_test_ui_init (&argc, &argv, NULL);

  g_test_add ("/ui/overview", Fixture, NULL, phoenix_test_ui_setup, test_overview, phoenix_test_ui_teardown);

  return g_test_run ();
}
