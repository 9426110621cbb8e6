/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "phoenix-ats.h"
#include "phoenix-ats-report-view-private.h"
#include "phoenix-test-ats.h"
#include "phoenix-test-ui.h"

/*
 * The ATS report view with a real report under Xvfb (issue #16): what its rows tell the user.
 */

/* A real report of @resume_json against @offer_text in a report view, in a window presented. */
static PhoenixAtsReportView *
show_report (PhoenixTaxonomy       *taxonomy,
             PhoenixSkillExtractor *extractor,
             const char            *offer_text,
             const char            *resume_json,
             GtkWidget             *window)
{
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_text (extractor, offer_text);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(PhoenixAtsReport) report = NULL;
  g_autoptr(GError) error = NULL;
  PhoenixAtsReportView *view;

  g_assert_true (json_parser_load_from_data (parser, resume_json, -1, &error));
  report = phoenix_ats_score (extractor, json_node_get_object (json_parser_get_root (parser)), offer);
  view = PHOENIX_ATS_REPORT_VIEW (phoenix_ats_report_view_new (taxonomy));
  phoenix_ats_report_view_set_language (view, "fr");
  phoenix_ats_report_view_set_report (view, report);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  phoenix_test_ui_spin (50);

  return view;
}

static PhoenixTaxonomy *
load_taxonomy (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = phoenix_taxonomy_get_default_path ();
  PhoenixTaxonomy *taxonomy = phoenix_taxonomy_new_from_file (path, &error);

  g_assert_no_error (error);

  return taxonomy;
}

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
  g_autoptr(PhoenixTaxonomy) taxonomy = load_taxonomy ();
  g_autoptr(PhoenixSkillExtractor) extractor = phoenix_skill_extractor_new (taxonomy);
  GtkWidget *window = gtk_window_new ();
  PhoenixAtsReportView *view = show_report (taxonomy, extractor, how_offer, how_resume, window);
  g_autofree char *shown = _phoenix_ats_report_view_get_matches_text (view);

  g_test_message ("%s", shown);
  /* Data visualisation through Power BI, team management in other words, each with the CV's skill. */
  g_assert_nonnull (strstr (shown, "In Experience 1, as “Power BI”"));
  g_assert_nonnull (strstr (strstr (shown, ", as “") + 1, ", as “"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Issue #16, second round: a skill shown by trade knowledge says by which words (« EHPAD » for
 * geriatrics), and a score lowered by little evidence of the trade says why under the score. */
static void
test_ats_report_evidence (void)
{
  g_autofree char *shows = g_strdup_printf (PHOENIX_TEST_EVIDENCE_RESUME,
                                            "Service des repas en EHPAD, préparation des croissants du petit-déjeuner.");
  g_autofree char *shows_little = g_strdup_printf (PHOENIX_TEST_EVIDENCE_RESUME, "Service des repas en EHPAD.");
  g_autoptr(PhoenixTaxonomy) taxonomy = load_taxonomy ();
  g_autoptr(PhoenixSkillExtractor) extractor = phoenix_skill_extractor_new (taxonomy);
  GtkWidget *window = gtk_window_new ();
  PhoenixAtsReportView *view = show_report (taxonomy, extractor, PHOENIX_TEST_EVIDENCE_OFFER, shows, window);
  g_autofree char *shown = _phoenix_ats_report_view_get_matches_text (view);
  const char *caption;

  g_test_message ("%s", shown);
  g_assert_nonnull (strstr (shown, "In Experience 1, through “EHPAD”"));
  g_assert_nonnull (strstr (shown, "In Experience 1, through “croissants”"));
  g_assert_null (strstr (_phoenix_ats_report_view_get_caption (view), "trade skill"));

  view = show_report (taxonomy, extractor, PHOENIX_TEST_EVIDENCE_OFFER, shows_little, window);
  caption = _phoenix_ats_report_view_get_caption (view);
  g_test_message ("%s", caption);
  g_assert_nonnull (strstr (caption, "Your CV shows 1 of the 2 trade skills the offer asks for"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Issue #16, third round: "missing" lists real gaps only. A skill a CV claims more than it shows
 * ("work in teams") that the CV does not show is in a group of its own, to show more clearly, not
 * among the missing skills; the group is hidden when there is none. */
static void
test_ats_report_to_show (void)
{
  g_autofree char *without = g_strdup_printf (PHOENIX_TEST_TRANSVERSAL_RESUME, "Served customers at the till.");
  g_autofree char *with = g_strdup_printf (PHOENIX_TEST_TRANSVERSAL_RESUME,
                                           "Served customers at the till. Worked in teams of five and adapted to change.");
  g_autoptr(PhoenixTaxonomy) taxonomy = load_taxonomy ();
  g_autoptr(PhoenixSkillExtractor) extractor = phoenix_skill_extractor_new (taxonomy);
  GtkWidget *window = gtk_window_new ();
  PhoenixAtsReportView *view = show_report (taxonomy, extractor, PHOENIX_TEST_TRANSVERSAL_OFFER, without, window);
  g_autofree char *to_show = _phoenix_ats_report_view_get_to_show_text (view);
  g_autofree char *missing = _phoenix_ats_report_view_get_missing_text (view);
  g_autofree char *to_show_after = NULL;

  g_test_message ("to show:\n%s\nmissing:\n%s", to_show, missing);
  g_assert_true (g_str_has_prefix (to_show, "To Show More Clearly (2)\n"));
  /* The view speaks French here: « travailler en équipe ». */
  g_assert_nonnull (strstr (to_show, "travailler en équipe: Soft skill · required"));
  g_assert_null (strstr (missing, "travailler en équipe"));
  g_assert_nonnull (strstr (missing, "CACES"));

  view = show_report (taxonomy, extractor, PHOENIX_TEST_TRANSVERSAL_OFFER, with, window);
  to_show_after = _phoenix_ats_report_view_get_to_show_text (view);
  g_assert_cmpstr (to_show_after, ==, "");
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
  g_test_add_func ("/ui/ats/report-says-evidence", test_ats_report_evidence);
  g_test_add_func ("/ui/ats/report-to-show-apart", test_ats_report_to_show);

  return g_test_run ();
}
