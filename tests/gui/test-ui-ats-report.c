/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "phoenix-ats.h"
#include "phoenix-ats-report-view-private.h"
#include "phoenix-test-ui.h"

/*
 * The ATS report view with a real report under Xvfb (issue #16): what its rows tell the user.
 */

/* Issue #16: the report says where and how the CV shows each skill the offer asks: a skill the CV
 * names in other words, or through a narrower one, is shown with the CV's words for it. */
static void
test_ats_report_how (void)
{
  static const char how_offer[] =
    "Responsable de magasin\n"
    "Entreprise : Maison Bleue\n"
    "\n"
    "Missions\n"
    "- Animer une équipe de six vendeurs.\n"
    "- Suivre les ventes en data visualisation.\n";
  static const char how_resume[] =
    "{\"basics\": {\"name\": \"A\", \"label\": \"Adjointe de magasin\"},"
    " \"work\": [{\"name\": \"Boutique\", \"position\": \"Adjointe\", \"startDate\": \"2019-01\","
    "            \"highlights\": [\"Management d'équipe (6 personnes)\", \"Rapports des ventes sous Power BI\"]}]}";
  g_autoptr(GError) error = NULL;
  g_autofree char *path = phoenix_taxonomy_get_default_path ();
  g_autoptr(PhoenixTaxonomy) taxonomy = phoenix_taxonomy_new_from_file (path, &error);
  g_autoptr(PhoenixSkillExtractor) extractor = NULL;
  g_autoptr(PhoenixJobOffer) offer = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(PhoenixAtsReport) report = NULL;
  g_autofree char *shown = NULL;
  PhoenixAtsReportView *view;
  GtkWidget *window;

  g_assert_no_error (error);
  extractor = phoenix_skill_extractor_new (taxonomy);
  offer = phoenix_job_offer_new_from_text (extractor, how_offer);
  g_assert_true (json_parser_load_from_data (parser, how_resume, -1, &error));
  report = phoenix_ats_score (extractor, json_node_get_object (json_parser_get_root (parser)), offer);

  window = gtk_window_new ();
  view = PHOENIX_ATS_REPORT_VIEW (phoenix_ats_report_view_new (taxonomy));
  phoenix_ats_report_view_set_language (view, "fr");
  phoenix_ats_report_view_set_report (view, report);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  phoenix_test_ui_spin (50);

  shown = _phoenix_ats_report_view_get_matches_text (view);
  g_test_message ("%s", shown);
  /* Data visualisation through Power BI, team management in other words, each with the CV's skill. */
  g_assert_nonnull (strstr (shown, "In Experience 1, as “Power BI”"));
  g_assert_nonnull (strstr (strstr (shown, ", as “") + 1, ", as “"));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  /* English strings, whatever the machine's locale. */
  phoenix_test_ui_init (&argc, &argv, "C");

  if (g_getenv ("PHOENIX_TAXONOMY") == NULL)
    g_error ("PHOENIX_TAXONOMY must be set (meson test does)");

  g_test_add_func ("/ui/ats/report-says-how", test_ats_report_how);

  return g_test_run ();
}
