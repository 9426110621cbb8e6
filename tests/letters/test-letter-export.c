/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-letter-export"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "phoenix-letter-engine.h"
#include "phoenix-letter-export.h"
#include "phoenix-json-resume.h"
#include "phoenix-test-util.h"

/*
 * A letter exported to PDF (read back with pdftotext), to Word (read back by pandoc, a real
 * DOCX reader) and to text; failures leave nothing behind. Needs $PHOENIX_TAXONOMY,
 * $PHOENIX_SOURCE_DIR, pdftotext (poppler-utils) and pandoc.
 */

static PhoenixLetter *
nurse_letter (const char *language)
{
  g_autofree char *resume = g_build_filename (g_getenv ("PHOENIX_SOURCE_DIR"), "tests", "letters", "data", "nurse.json", NULL);
  g_autofree char *offer_path = g_build_filename (g_getenv ("PHOENIX_SOURCE_DIR"), "tests", "letters", "data", "offer-data-analyst-fr.txt", NULL);
  g_autoptr(GFile) offer_file = g_file_new_for_path (offer_path);
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixTaxonomy) taxonomy = phoenix_taxonomy_new_from_file (g_getenv ("PHOENIX_TAXONOMY"), &error);
  g_autoptr(PhoenixSkillExtractor) extractor = phoenix_skill_extractor_new (taxonomy);
  g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
  g_autoptr(PhoenixJobOffer) offer = phoenix_job_offer_new_from_file (extractor, offer_file, &error);
  g_autoptr(PhoenixLetterEngine) engine = phoenix_letter_engine_new (&error);
  g_autoptr(PhoenixLetterFacts) facts = NULL;
  PhoenixLetter *letter;
  g_autofree char *body = NULL;

  g_assert_true (phoenix_json_resume_import_file (profile, resume, &error));
  facts = phoenix_letter_facts_new (extractor, profile, offer, language, NULL);
  letter = phoenix_letter_engine_draft (engine, facts, "story", "formal", "long", &error);
  g_assert_no_error (error);
  /* The user's own edits: bold, italic, characters that XML and Pango escape. */
  body = g_strconcat (phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_BODY),
                      "\nJe cite <b>un mot en gras</b> et <i>un en italique</i> &amp; des &lt;chevrons&gt;.", NULL);
  phoenix_letter_set (letter, PHOENIX_LETTER_FIELD_BODY, body);
  return letter;
}

static void
assert_holds_letter (const char *text)
{
  g_autofree char *flat = phoenix_test_squeeze (text);

  g_test_message ("%s", flat);
  g_assert_nonnull (strstr (flat, "Sophie Laurent"));
  g_assert_nonnull (strstr (flat, "Santé Conseil"));
  g_assert_nonnull (strstr (flat, "candidature au poste de Data Analyst"));
  g_assert_nonnull (strstr (flat, "Madame, Monsieur,"));
  g_assert_nonnull (strstr (flat, "salutations distinguées"));
  g_assert_nonnull (strstr (flat, "un mot en gras"));
  g_assert_nonnull (strstr (flat, "& des <chevrons>"));
}

static void
test_pdf (PhoenixTestDir *f,
          gconstpointer   data)
{
  g_autoptr(PhoenixLetter) letter = nurse_letter ("fr");
  g_autofree char *path = g_build_filename (f->dir, "lettre.pdf", NULL);
  g_autofree char *part = g_strconcat (path, ".part", NULL);
  g_autoptr(GError) error = NULL;
  const char *templates[] = { "classic", "modern", "compact" };

  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    {
      const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
      const char *info_argv[] = { "pdfinfo", path, NULL };
      g_autofree char *text = NULL;
      g_autofree char *info = NULL;

      g_assert_true (phoenix_letter_export_pdf (letter, templates[i], i == 1 ? "letter" : "a4", path, &error));
      g_assert_no_error (error);
      g_assert_false (g_file_test (part, G_FILE_TEST_EXISTS));
      text = phoenix_test_run_tool (argv);
      assert_holds_letter (text);
      info = phoenix_test_run_tool (info_argv);
      g_assert_nonnull (strstr (info, i == 1 ? "612 x 792" : "595"));
    }
}

static void
test_docx (PhoenixTestDir *f,
           gconstpointer   data)
{
  g_autoptr(PhoenixLetter) letter = nurse_letter ("fr");
  g_autoptr(PhoenixLetter) english = nurse_letter ("en");
  g_autofree char *path = g_build_filename (f->dir, "lettre.docx", NULL);
  const char *plain_argv[] = { "pandoc", "-f", "docx", "-t", "plain", "--wrap=none", path, NULL };
  const char *markdown_argv[] = { "pandoc", "-f", "docx", "-t", "markdown", "--wrap=none", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *english_text = NULL;

  g_assert_true (phoenix_letter_export_docx (letter, "classic", "a4", path, &error));
  g_assert_no_error (error);
  text = phoenix_test_run_tool (plain_argv);
  assert_holds_letter (text);
  /* Bold and italic runs survive as such. */
  markdown = phoenix_test_run_tool (markdown_argv);
  g_assert_nonnull (strstr (markdown, "**un mot en gras**"));
  g_assert_nonnull (strstr (markdown, "*un en italique*"));

  g_assert_true (phoenix_letter_export_docx (english, "modern", "letter", path, &error));
  english_text = phoenix_test_run_tool (plain_argv);
  g_assert_nonnull (strstr (english_text, "Dear Hiring Manager,"));
}

static void
test_failures_leave_nothing (PhoenixTestDir *f,
                             gconstpointer   data)
{
  g_autoptr(PhoenixLetter) letter = nurse_letter ("fr");
  g_autofree char *missing = g_build_filename (f->dir, "no-such-folder", "lettre.pdf", NULL);
  g_autofree char *missing_docx = g_build_filename (f->dir, "no-such-folder", "lettre.docx", NULL);
  g_autofree char *existing = g_build_filename (f->dir, "kept.docx", NULL);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (phoenix_letter_export_pdf (letter, "classic", "a4", missing, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_assert_nonnull (strstr (error->message, "lettre.pdf"));
  g_clear_error (&error);
  g_assert_false (phoenix_letter_export_docx (letter, "classic", "a4", missing_docx, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_clear_error (&error);

  /* A file the user already has stays as it was when writing fails midway (read-only folder). */
  g_assert_true (g_file_set_contents (existing, "old", -1, NULL));
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  if (access (f->dir, W_OK) != 0)
    {
      g_assert_false (phoenix_letter_export_docx (letter, "classic", "a4", existing, &error));
      g_assert_nonnull (error);
      g_assert_true (g_file_get_contents (existing, &kept, NULL, NULL));
      g_assert_cmpstr (kept, ==, "old");
    }
  else
    {
      g_test_message ("running as root: the read-only folder is writable, part skipped");
    }
  g_chmod (f->dir, 0755);
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (phoenix_letter_export_finish (result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static void
test_async_and_text (PhoenixTestDir *f,
                     gconstpointer   data)
{
  g_autoptr(PhoenixLetter) letter = nurse_letter ("fr");
  g_autofree char *path = g_build_filename (f->dir, "lettre.txt", NULL);
  g_autofree char *text = NULL;
  gboolean done = FALSE;

  phoenix_letter_export_async (letter, PHOENIX_LETTER_FORMAT_TEXT, NULL, NULL, path, NULL, exported_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  assert_holds_letter (text);
  /* Plain text has no markup left. */
  g_assert_null (strstr (text, "<b>"));
  g_assert_null (strstr (text, "&amp;"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/letters/export/pdf", PhoenixTestDir, NULL, phoenix_test_dir_setup, test_pdf, phoenix_test_dir_teardown);
  g_test_add ("/letters/export/docx", PhoenixTestDir, NULL, phoenix_test_dir_setup, test_docx, phoenix_test_dir_teardown);
  g_test_add ("/letters/export/failures", PhoenixTestDir, NULL, phoenix_test_dir_setup, test_failures_leave_nothing, phoenix_test_dir_teardown);
  g_test_add ("/letters/export/async-text", PhoenixTestDir, NULL, phoenix_test_dir_setup, test_async_and_text, phoenix_test_dir_teardown);

  return g_test_run ();
}
