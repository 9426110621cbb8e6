/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-letters"

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <libsoup/soup.h>
#include <string.h>

#include "phoenix-application-dialog-private.h"
#include "phoenix-application-store.h"
#include "phoenix-application-tracker-private.h"
#include "phoenix-json-resume.h"
#include "phoenix-letter-composer-private.h"
#include "phoenix-letter-store.h"
#include "phoenix-letters-page-private.h"
#include "phoenix-llm-dialog.h"
#include "phoenix-new-letter-dialog-private.h"
#include "phoenix-test-ui.h"
#include "phoenix-test-util.h"
#include "phoenix-window-private.h"

/*
 * The Letters tab through the real window under Xvfb: a letter drafted from a pasted offer,
 * edited (bold, undo), autosaved, exported to PDF, Word and text, its application created
 * and marked sent; the tracker's search and CSV; a reminder due at the next unlock;
 * tailoring a CV for the offer. Needs PHOENIX_TAXONOMY; pdftotext and pandoc read the exports.
 */

#define LETTERS_WAIT_LIMIT_SECONDS 90

typedef PhoenixTestUi Fixture;

static const char *resume_json =
  "{\"basics\": {\"name\": \"Camille Martin\", \"email\": \"camille.martin@example.com\", \"phone\": \"06 12 34 56 78\","
  "  \"location\": {\"city\": \"Lyon\"}},"
  " \"work\": [{\"name\": \"Hôpital Exemple\", \"position\": \"Infirmière\", \"startDate\": \"2015-09\", \"endDate\": \"2024-06\","
  "            \"highlights\": [\"Suivi des indicateurs de qualité des soins du service\"]}],"
  " \"education\": [{\"institution\": \"École Exemple\", \"studyType\": \"Titre professionnel\", \"area\": \"Data Analyst\","
  "                 \"startDate\": \"2024-09\"}],"
  " \"skills\": [{\"name\": \"SQL\"}, {\"name\": \"Excel\"}, {\"name\": \"Analyse de données\"}]}";

static const char *offer_text =
  "Data Analyst (H/F)\n"
  "Entreprise : Santé Conseil\n"
  "Lieu : Lyon\n\n"
  "Vos missions\n"
  "- Analyser les données d'activité des établissements de santé\n"
  "- Construire des tableaux de bord\n\n"
  "Profil recherché\n"
  "- Maîtrise de SQL et d'Excel\n"
  "- Analyse de données\n";

static PhoenixLettersPage *
letters_page (Fixture *f)
{
  return PHOENIX_LETTERS_PAGE (phoenix_test_ui_show_page (f, "letters"));
}

static gboolean
composer_saved (Fixture *f)
{
  return !_phoenix_letter_composer_is_dirty (_phoenix_letters_page_get_composer (letters_page (f)));
}

static char *export_path;

static gboolean
spell_ready (Fixture *f)
{
  PhoenixLetterComposer *composer = _phoenix_letters_page_get_composer (letters_page (f));

  return phoenix_spell_underline_get_checker (_phoenix_letter_composer_get_spell (composer)) != NULL;
}

static gboolean
export_written (Fixture *f)
{
  return g_file_test (export_path, G_FILE_TEST_EXISTS);
}

static void
fill_profile (Fixture *f)
{
  g_autoptr(GError) error = NULL;

  phoenix_test_ui_create_vault (f);
  g_assert_true (phoenix_json_resume_import_data (phoenix_context_get_profile (phoenix_window_get_context (f->window)), resume_json, -1, &error));
  g_assert_no_error (error);
  g_assert_true (phoenix_profile_save (phoenix_context_get_profile (phoenix_window_get_context (f->window)), phoenix_window_get_vault (f->window), &error));
}

static PhoenixLetter *
draft_letter (Fixture *f)
{
  PhoenixLettersPage *page = letters_page (f);
  PhoenixNewLetterDialog *dialog;

  adw_view_stack_set_visible_child_name (_phoenix_window_get_view_stack (f->window), "letters");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "letters.new", NULL));
  dialog = PHOENIX_NEW_LETTER_DIALOG (_phoenix_letters_page_get_last_dialog (page));
  g_assert_nonnull (dialog);
  _phoenix_new_letter_dialog_paste_offer (dialog, offer_text);
  /* Three drafts to choose from. */
  g_assert_cmpuint (_phoenix_new_letter_dialog_get_n_drafts (dialog), ==, 3);
  _phoenix_new_letter_dialog_choose (dialog, 0, 1);
  phoenix_test_ui_spin (100);
  g_assert_cmpuint (g_list_model_get_n_items (_phoenix_letters_page_get_letters (page)), ==, 1);
  return phoenix_letter_composer_get_letter (_phoenix_letters_page_get_composer (page));
}

static void
compose_steps (Fixture *f)
{
  PhoenixLettersPage *page;
  PhoenixLetterComposer *composer;
  PhoenixLetter *letter;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autoptr(PhoenixLetter) stored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdf_text = NULL;
  g_autofree char *docx_text = NULL;
  g_autofree char *plain = NULL;
  const char *counts;

  fill_profile (f);
  letter = draft_letter (f);
  page = letters_page (f);
  composer = _phoenix_letters_page_get_composer (page);
  g_assert_nonnull (letter);
  g_assert_cmpint (phoenix_letter_get_id (letter), >, 0);
  g_assert_cmpint (phoenix_letter_get_offer_id (letter), >, 0);
  g_assert_cmpstr (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_TONE), ==, "warm");
  g_assert_nonnull (strstr (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_SUBJECT), "Data Analyst"));

  /* The counts, the offer's keywords, the check against the CV. */
  counts = gtk_label_get_label (_phoenix_letter_composer_get_label (composer, "counts"));
  g_assert_nonnull (strstr (counts, "words"));
  g_assert_true (g_str_has_prefix (gtk_label_get_label (_phoenix_letter_composer_get_label (composer, "coverage")), "Offer keywords: "));
  g_assert_cmpstr (gtk_label_get_label (_phoenix_letter_composer_get_label (composer, "issues")), ==, "The letter agrees with your CV.");

  /* Edit: a sentence typed at the end, its first word made bold; autosaved. */
  buffer = gtk_text_view_get_buffer (_phoenix_letter_composer_get_body_view (composer));
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, "\nMerci pour votre lecture.", -1);
  gtk_text_buffer_get_end_iter (buffer, &end);
  start = end;
  gtk_text_iter_backward_chars (&start, strlen ("Merci pour votre lecture."));
  end = start;
  gtk_text_iter_forward_chars (&end, strlen ("Merci"));
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.bold", NULL));
  phoenix_test_ui_wait_until (f, composer_saved, "the autosave");
  stored = phoenix_letter_store_load (phoenix_window_get_vault (f->window), phoenix_letter_get_id (letter), &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (phoenix_letter_get (stored, PHOENIX_LETTER_FIELD_BODY), "\n<b>Merci</b> pour votre lecture."));

  /* A claim the CV does not support is flagged. */
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, " Je maîtrise Java depuis 2009.", -1);
  phoenix_test_ui_wait_until (f, composer_saved, "the autosave");
  text = g_strdup (gtk_label_get_label (_phoenix_letter_composer_get_label (composer, "issues")));
  g_assert_nonnull (strstr (text, "Java"));
  g_assert_nonnull (strstr (text, "2009"));

  /* Undo takes the typing back. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.undo", NULL));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_clear_pointer (&text, g_free);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_null (strstr (text, "Java"));
  g_assert_nonnull (strstr (text, "Merci pour votre lecture."));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.redo", NULL));
  phoenix_test_ui_wait_until (f, composer_saved, "the autosave");

  /* Exports: PDF, Word, text, each read back. */
  export_path = g_build_filename (f->tmpdir, "lettre.pdf", NULL);
  _phoenix_letter_composer_export_to (composer, PHOENIX_LETTER_FORMAT_PDF, export_path);
  phoenix_test_ui_wait_until (f, export_written, "the PDF export");
  {
    const char *argv[] = { "pdftotext", export_path, "-", NULL };

    pdf_text = phoenix_test_run_tool (argv);
  }
  g_assert_nonnull (strstr (pdf_text, "Camille Martin"));
  g_assert_nonnull (strstr (pdf_text, "Santé Conseil"));
  g_free (export_path);
  export_path = g_build_filename (f->tmpdir, "lettre.docx", NULL);
  _phoenix_letter_composer_export_to (composer, PHOENIX_LETTER_FORMAT_DOCX, export_path);
  phoenix_test_ui_wait_until (f, export_written, "the Word export");
  {
    const char *argv[] = { "pandoc", "-f", "docx", "-t", "markdown", "--wrap=none", export_path, NULL };

    docx_text = phoenix_test_run_tool (argv);
  }
  g_assert_nonnull (strstr (docx_text, "**Merci**"));
  g_free (export_path);
  export_path = g_build_filename (f->tmpdir, "lettre.txt", NULL);
  _phoenix_letter_composer_export_to (composer, PHOENIX_LETTER_FORMAT_TEXT, export_path);
  phoenix_test_ui_wait_until (f, export_written, "the text export");
  g_assert_true (g_file_get_contents (export_path, &plain, NULL, NULL));
  g_assert_nonnull (strstr (plain, "Merci pour votre lecture."));
  g_clear_pointer (&export_path, g_free);

  /* Spelling, in the letter's language: a misspelt word underlined, a suggestion taken. */
  phoenix_test_ui_wait_until (f, spell_ready, "the French dictionary");
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, " Je suis trés motivée.", -1);
  phoenix_spell_underline_recheck (_phoenix_letter_composer_get_spell (composer));
  g_assert_cmpuint (phoenix_spell_underline_get_n_marked (_phoenix_letter_composer_get_spell (composer)), ==, 1);
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_iter_backward_chars (&end, strlen ("s motivée.") - 1);
  {
    g_auto(GStrv) suggestions = phoenix_spell_underline_prepare_menu (_phoenix_letter_composer_get_spell (composer), &end);

    g_assert_true (g_strv_contains ((const char * const *) suggestions, "très"));
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (_phoenix_letter_composer_get_body_view (composer)),
                                             "spell.replace", "s", "très"));
  g_assert_cmpuint (phoenix_spell_underline_get_n_marked (_phoenix_letter_composer_get_spell (composer)), ==, 0);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  g_clear_pointer (&text, g_free);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_nonnull (strstr (text, "Je suis très motivée."));

  /* The clipboard. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.copy", NULL));
}

static void
test_compose_and_export (Fixture       *f,
                         gconstpointer  data)
{
  phoenix_test_ui_run_app (f, compose_steps);
}

static void
application_steps (Fixture *f)
{
  PhoenixLettersPage *page;
  PhoenixLetterComposer *composer;
  PhoenixApplicationTracker *tracker;
  PhoenixLetter *letter;
  GListModel *apps;
  g_autoptr(PhoenixJobApplication) app = NULL;
  g_autoptr(GListStore) stored = NULL;
  g_autoptr(PhoenixJobApplication) stored_app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *csv_path = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(GFile) csv_file = NULL;
  PhoenixApplicationDialog *dialog;

  fill_profile (f);
  letter = draft_letter (f);
  page = letters_page (f);
  composer = _phoenix_letters_page_get_composer (page);
  tracker = _phoenix_letters_page_get_tracker (page);
  apps = G_LIST_MODEL (phoenix_application_tracker_get_applications (tracker));

  /* Create the application, then mark it sent: two clicks of the composer's button. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.application", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (apps), ==, 1);
  app = g_list_model_get_item (apps, 0);
  g_assert_cmpstr (phoenix_job_application_get_company (app), ==, "Santé Conseil");
  g_assert_cmpstr (phoenix_job_application_get_position (app), ==, "Data Analyst");
  g_assert_cmpstr (phoenix_job_application_get_sector (app), ==, "M");
  g_assert_cmpint (phoenix_job_application_get_status (app), ==, PHOENIX_APPLICATION_STATUS_TO_APPLY);
  g_assert_cmpint (phoenix_letter_get_application_id (letter), ==, phoenix_job_application_get_id (app));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "composer.application", NULL));
  g_assert_cmpint (phoenix_job_application_get_status (app), ==, PHOENIX_APPLICATION_STATUS_SENT);
  g_assert_cmpint (phoenix_job_application_get_sent_at (app), >, 0);
  g_assert_cmpuint (phoenix_job_application_get_follow_up_days (app), ==, 7);

  stored = phoenix_application_store_list (phoenix_window_get_vault (f->window), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (stored)), ==, 1);
  stored_app = g_list_model_get_item (G_LIST_MODEL (stored), 0);
  g_assert_cmpint (phoenix_job_application_get_status (stored_app), ==, PHOENIX_APPLICATION_STATUS_SENT);
  g_assert_cmpstr (phoenix_job_application_get_letter_template (stored_app), ==, "story");

  /* The tracker: search, the board, the rates, the CSV. */
  _phoenix_letters_page_show (page, "applications");
  g_assert_nonnull (strstr (_phoenix_application_tracker_get_stats (tracker), "1 sent"));
  _phoenix_application_tracker_search (tracker, "sante");
  g_assert_cmpuint (_phoenix_application_tracker_get_n_shown (tracker), ==, 1);
  _phoenix_application_tracker_search (tracker, "nowhere");
  g_assert_cmpuint (_phoenix_application_tracker_get_n_shown (tracker), ==, 0);
  _phoenix_application_tracker_search (tracker, "");
  _phoenix_application_tracker_show_board (tracker, TRUE);
  phoenix_test_ui_spin (100);
  csv_path = g_build_filename (f->tmpdir, "applications.csv", NULL);
  csv_file = g_file_new_for_path (csv_path);
  g_assert_true (_phoenix_application_tracker_export_csv (tracker, csv_file, &error));
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_nonnull (strstr (csv, "Santé Conseil,Data Analyst,M,,sent,"));

  /* The application dialog: an interview, saved; then a CV tailored for the offer. */
  _phoenix_letters_page_open_application (page, app);
  dialog = PHOENIX_APPLICATION_DIALOG (_phoenix_letters_page_get_last_dialog (page));
  _phoenix_application_dialog_set_status (dialog, PHOENIX_APPLICATION_STATUS_INTERVIEW);
  g_assert_true (_phoenix_application_dialog_save (dialog, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (phoenix_job_application_get_history (app)->len, ==, 3);
  g_assert_true (_phoenix_application_dialog_tailor (dialog, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (phoenix_job_application_get_cv_variant (app), !=, "");
  gtk_window_close (GTK_WINDOW (dialog));
}

static void
test_application (Fixture       *f,
                  gconstpointer  data)
{
  phoenix_test_ui_run_app (f, application_steps);
}

/* A follow-up due while Phoenix was closed shows on the next unlock. */
static void
reminder_first_steps (Fixture *f)
{
  g_autoptr(PhoenixJobApplication) app = phoenix_job_application_new ("Acme", "Data Analyst");
  PhoenixJobApplication *apps[1] = { app };
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  phoenix_test_ui_create_vault (f);
  phoenix_job_application_set_follow_up_days (app, 7);
  phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_SENT, now - 10 * 24 * 3600, NULL);
  g_assert_true (phoenix_application_store_save (phoenix_window_get_vault (f->window), apps, 1, &error));
  g_assert_no_error (error);
}

static void
reminder_second_steps (Fixture *f)
{
  PhoenixLettersPage *page;
  g_autoptr(GListStore) stored = NULL;
  g_autoptr(PhoenixJobApplication) app = NULL;

  phoenix_test_ui_unlock (f, PHOENIX_TEST_UI_PASSPHRASE);
  page = letters_page (f);
  g_assert_true (_phoenix_letters_page_reminder_shown (page));
  /* Shown once: the vault remembers it. */
  stored = phoenix_application_store_list (phoenix_window_get_vault (f->window), NULL);
  app = g_list_model_get_item (G_LIST_MODEL (stored), 0);
  g_assert_cmpint (phoenix_job_application_get_reminded_at (app), >, 0);
}

static void
test_reminder_on_next_start (Fixture       *f,
                             gconstpointer  data)
{
  phoenix_test_ui_run_app (f, reminder_first_steps);
  phoenix_test_ui_run_app (f, reminder_second_steps);
}

/* The optional local language model, against an OpenAI-compatible server on 127.0.0.1. */
static void
model_handler (SoupServer        *server,
               SoupServerMessage *message,
               const char        *path,
               GHashTable        *query,
               gpointer           user_data)
{
  SoupMessageBody *request = soup_server_message_get_request_body (message);
  g_autoptr(GBytes) bytes = soup_message_body_flatten (request);
  g_autofree char *body = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  const char *answer = "data: {\"choices\":[{\"delta\":{\"content\":\"Un paragraphe \"}}]}\n\n"
                       "data: {\"choices\":[{\"delta\":{\"content\":\"du modèle.\"}}]}\n\ndata: [DONE]\n\n";

  if (strstr (body, "\"model\" : \"broken\"") != NULL)
    {
      soup_server_message_set_response (message, "text/plain", SOUP_MEMORY_STATIC, "down", 4);
      soup_server_message_set_status (message, 500, NULL);
      return;
    }
  soup_server_message_set_response (message, "text/event-stream", SOUP_MEMORY_STATIC, answer, strlen (answer));
  soup_server_message_set_status (message, 200, NULL);
}

static gboolean
model_done (Fixture *f)
{
  return !_phoenix_letter_composer_is_asking_llm (_phoenix_letters_page_get_composer (letters_page (f)));
}

static char *
body_text (PhoenixLetterComposer *composer)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (_phoenix_letter_composer_get_body_view (composer));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
model_steps (Fixture *f)
{
  g_autoptr(SoupServer) server = soup_server_new (NULL, NULL);
  g_autoptr(GError) error = NULL;
  GSettings *settings;
  PhoenixLetterComposer *composer;
  GSList *uris;
  g_autofree char *url = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *unchanged = NULL;

  soup_server_add_handler (server, "/v1/chat/completions", model_handler, NULL, NULL);
  g_assert_true (soup_server_listen_local (server, 0, SOUP_SERVER_LISTEN_IPV4_ONLY, &error));
  uris = soup_server_get_uris (server);
  url = g_strdup_printf ("http://127.0.0.1:%d/v1", g_uri_get_port (uris->data));
  g_slist_free_full (uris, (GDestroyNotify) g_uri_unref);

  fill_profile (f);
  draft_letter (f);
  composer = _phoenix_letters_page_get_composer (letters_page (f));
  settings = phoenix_context_get_settings (phoenix_window_get_context (f->window));
  /* Off by default. */
  g_assert_false (g_settings_get_boolean (settings, "llm-enabled"));
  g_settings_set_boolean (settings, "llm-enabled", TRUE);
  g_settings_set_string (settings, "llm-url", url);
  g_settings_set_string (settings, "llm-model", "tiny");

  /* A draft streams in as a new paragraph. */
  before = body_text (composer);
  _phoenix_letter_composer_ask_llm (composer, "system", "prompt", FALSE);
  phoenix_test_ui_wait_until (f, model_done, "the model's answer");
  after = body_text (composer);
  g_assert_true (g_str_has_prefix (after, before));
  g_assert_true (g_str_has_suffix (after, "\nUn paragraphe du modèle."));

  /* A server error leaves the letter as it was. */
  g_settings_set_string (settings, "llm-model", "broken");
  _phoenix_letter_composer_ask_llm (composer, "system", "prompt", FALSE);
  phoenix_test_ui_wait_until (f, model_done, "the model's error");
  unchanged = body_text (composer);
  g_assert_cmpstr (unchanged, ==, after);

  /* What would be sent: only the ticked fields, shown before sending. */
  {
    g_autoptr(PhoenixLlmClient) client = phoenix_llm_client_new (url, "tiny");
    PhoenixLlmDialog *dialog = phoenix_llm_dialog_new (client, phoenix_context_get_profile (phoenix_window_get_context (f->window)),
                                                       "Data Analyst chez Santé Conseil", NULL, "fr", "warm");
    g_autofree char *system = NULL;
    g_autofree char *prompt = phoenix_llm_dialog_build_prompt (dialog, PHOENIX_LLM_FIELD_SKILLS, &system);

    g_assert_nonnull (strstr (prompt, "SQL"));
    g_assert_null (strstr (prompt, "Camille"));
    g_assert_null (strstr (prompt, "Santé Conseil"));
    gtk_window_destroy (GTK_WINDOW (dialog));
  }
  soup_server_disconnect (server);
}

static void
test_local_model (Fixture       *f,
                  gconstpointer  data)
{
  phoenix_test_ui_run_app (f, model_steps);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  phoenix_test_ui_setup (f, data);
  f->wait_limit_seconds = LETTERS_WAIT_LIMIT_SECONDS;
}

int
main (int   argc,
      char *argv[])
{
  phoenix_test_ui_init (&argc, &argv, "C");

  if (g_getenv ("PHOENIX_TAXONOMY") == NULL)
    g_error ("PHOENIX_TAXONOMY must be set (meson test does)");

  g_test_add ("/ui/letters/compose-edit-export", Fixture, NULL, fixture_setup, test_compose_and_export, phoenix_test_ui_teardown);
  g_test_add ("/ui/letters/application-sent-tailored", Fixture, NULL, fixture_setup, test_application, phoenix_test_ui_teardown);
  g_test_add ("/ui/letters/local-model", Fixture, NULL, fixture_setup, test_local_model, phoenix_test_ui_teardown);
  g_test_add ("/ui/letters/reminder-on-next-start", Fixture, NULL, fixture_setup, test_reminder_on_next_start, phoenix_test_ui_teardown);

  return g_test_run ();
}
