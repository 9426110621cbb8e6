/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cv-sources"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <unistd.h>

#include "phoenix-cv-sources.h"
#include "phoenix-json-resume.h"
#include "phoenix-pdf-import.h"
#include "phoenix-pdf-reader.h"
#include "phoenix-test-util.h"

/*
 * CV sources other than a PDF's layout: a LinkedIn-shaped export built here (a ZIP of
 * the CSV files LinkedIn sends, stored and deflated members, quoted fields, "Notes:"
 * lines before a header), a Europass XML written from its schema
 * (tests/data/cv-sources/europass-cv.xml), the same XML attached to a PDF, JSON Resume,
 * and the errors for what is none of them. Fictional people only.
 */

/* ---- A ZIP writer for the test ---------------------------------------- */

static void
put16 (GByteArray *out,
       guint16     v)
{
  guint8 b[2] = { v & 0xff, v >> 8 };
  g_byte_array_append (out, b, 2);
}

static void
put32 (GByteArray *out,
       guint32     v)
{
  guint8 b[4] = { v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, v >> 24 };
  g_byte_array_append (out, b, 4);
}

static GBytes *
deflate_raw (const char *text)
{
  g_autoptr(GConverter) converter = G_CONVERTER (g_zlib_compressor_new (G_ZLIB_COMPRESSOR_FORMAT_RAW, 6));
  guint8 buffer[65536];
  gsize read = 0, written = 0;
  GConverterResult result = g_converter_convert (converter, text, strlen (text), buffer, sizeof buffer,
                                                 G_CONVERTER_INPUT_AT_END, &read, &written, NULL);

  g_assert_cmpint (result, ==, G_CONVERTER_FINISHED);
  return g_bytes_new (buffer, written);
}

/* @files: name, content, name, content…, NULL; every other member deflated. */
static GBytes *
make_zip (const char * const *files)
{
  g_autoptr(GByteArray) out = g_byte_array_new ();
  g_autoptr(GByteArray) central = g_byte_array_new ();
  guint count = 0;

  for (guint i = 0; files[i] != NULL; i += 2, count++)
    {
      const char *name = files[i];
      const char *text = files[i + 1];
      gboolean deflated = count % 2 == 1;
      g_autoptr(GBytes) data = deflated ? deflate_raw (text) : g_bytes_new (text, strlen (text));
      guint32 crc = 0;   /* the reader does not check it, as LinkedIn's never fails it */
      guint32 offset = out->len;

      put32 (out, 0x04034b50); put16 (out, 20); put16 (out, 0); put16 (out, deflated ? 8 : 0);
      put16 (out, 0); put16 (out, 0); put32 (out, crc);
      put32 (out, (guint32) g_bytes_get_size (data)); put32 (out, (guint32) strlen (text));
      put16 (out, (guint16) strlen (name)); put16 (out, 0);
      g_byte_array_append (out, (const guint8 *) name, (guint) strlen (name));
      g_byte_array_append (out, g_bytes_get_data (data, NULL), (guint) g_bytes_get_size (data));

      put32 (central, 0x02014b50); put16 (central, 20); put16 (central, 20); put16 (central, 0);
      put16 (central, deflated ? 8 : 0); put16 (central, 0); put16 (central, 0); put32 (central, crc);
      put32 (central, (guint32) g_bytes_get_size (data)); put32 (central, (guint32) strlen (text));
      put16 (central, (guint16) strlen (name)); put16 (central, 0); put16 (central, 0);
      put16 (central, 0); put16 (central, 0); put32 (central, 0); put32 (central, offset);
      g_byte_array_append (central, (const guint8 *) name, (guint) strlen (name));
    }
  {
    guint32 cd_offset = out->len;
    g_byte_array_append (out, central->data, central->len);
    put32 (out, 0x06054b50); put16 (out, 0); put16 (out, 0); put16 (out, (guint16) count);
    put16 (out, (guint16) count); put32 (out, central->len); put32 (out, cd_offset); put16 (out, 0);
  }
  return g_byte_array_free_to_bytes (g_steal_pointer (&out));
}

/* The files of a LinkedIn data export ("Basic_LinkedInDataExport_…zip"), shortened. */
static const char * const linkedin_files[] = {
  "Profile.csv",
  "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\r\n"
  "Siobhan,Example,,,,HR Generalist,\"Ten years running hotel front offices, now in HR.\",Logistics,,\"Belfast, Northern Ireland\",,,\r\n",
  "Positions.csv",
  "Company Name,Title,Description,Location,Started On,Finished On\r\n"
  "Lagan Freight Example Ltd,HR Generalist,\"Recruitment for 200 drivers a year, \"\"absence\"\" policy\",\"Belfast, United Kingdom\",Mar 2020,\r\n"
  "The Harbour Example Hotel,Front Office Manager,,Belfast,May 2014,Feb 2020\r\n",
  "Education.csv",
  "School Name,Start Date,End Date,Notes,Degree Name,Activities\r\n"
  "Ulster Example University,2007,2010,,BA Hospitality Management,\r\n",
  "Skills.csv",
  "Name\r\nRecruitment\r\nEmployee relations\r\nPayroll\r\n",
  "Languages.csv",
  "Name,Proficiency\r\nIrish,Limited working proficiency\r\n",
  "Certifications.csv",
  "Name,Url,Authority,Started On,Finished On,License Number\r\n"
  "CIPD Level 5 Certificate,,CIPD,Jun 2020,,\r\n",
  "Email Addresses.csv",
  "Email Address,Confirmed,Primary,Updated On\r\nold@example.org,Yes,No,1/2/15\r\nsiobhan@example.ie,Yes,Yes,3/4/20\r\n",
  "PhoneNumbers.csv",
  "Notes:\r\n\"This file has your phone numbers.\"\r\n\r\nExtension,Number,Type\r\n,+44 7700 900456,Mobile\r\n",
  "Connections.csv",
  "Notes:\r\n\"When exporting…\"\r\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n",
  NULL,
};

static const char *
member_string (JsonObject *object,
               const char *member)
{
  if (object == NULL || !json_object_has_member (object, member))
    return NULL;
  return json_object_get_string_member (object, member);
}

static JsonObject *
item (JsonObject *profile,
      const char *member,
      guint       index)
{
  JsonArray *array;

  g_assert_true (json_object_has_member (profile, member));
  array = json_object_get_array_member (profile, member);
  g_assert_cmpuint (json_array_get_length (array), >, index);
  return json_array_get_object_element (array, index);
}

static guint
count (JsonObject *profile,
       const char *member)
{
  return json_object_has_member (profile, member) ? json_array_get_length (json_object_get_array_member (profile, member)) : 0;
}

static void
test_linkedin (void)
{
  g_autoptr(GBytes) zip = make_zip (linkedin_files);
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = phoenix_cv_source_read (zip, &error);
  JsonObject *profile, *basics, *job;

  g_assert_no_error (error);
  g_assert_nonnull (parse);
  profile = phoenix_cv_parse_get_profile (parse);
  basics = json_object_get_object_member (profile, "basics");
  g_assert_cmpstr (member_string (basics, "name"), ==, "Siobhan Example");
  g_assert_cmpstr (member_string (basics, "label"), ==, "HR Generalist");
  g_assert_cmpstr (member_string (basics, "email"), ==, "siobhan@example.ie");   /* the primary one */
  g_assert_cmpstr (member_string (basics, "phone"), ==, "+44 7700 900456");     /* after the notes */
  g_assert_cmpstr (member_string (json_object_get_object_member (basics, "location"), "city"), ==, "Belfast");
  g_assert_cmpuint (count (profile, "work"), ==, 2);
  job = item (profile, "work", 0);
  g_assert_cmpstr (member_string (job, "position"), ==, "HR Generalist");
  g_assert_cmpstr (member_string (job, "name"), ==, "Lagan Freight Example Ltd");
  g_assert_cmpstr (member_string (job, "startDate"), ==, "2020-03");
  g_assert_null (member_string (job, "endDate"));
  g_assert_cmpstr (member_string (job, "summary"), ==, "Recruitment for 200 drivers a year, \"absence\" policy");
  g_assert_cmpstr (member_string (item (profile, "work", 1), "endDate"), ==, "2020-02");
  g_assert_cmpstr (member_string (item (profile, "education", 0), "institution"), ==, "Ulster Example University");
  g_assert_cmpstr (member_string (item (profile, "education", 0), "studyType"), ==, "BA Hospitality Management");
  g_assert_cmpuint (count (profile, "skills"), ==, 3);
  g_assert_cmpstr (member_string (item (profile, "skills", 2), "name"), ==, "Payroll");
  g_assert_cmpstr (member_string (item (profile, "languages", 0), "fluency"), ==, "Limited working proficiency");
  g_assert_cmpstr (member_string (item (profile, "certificates", 0), "issuer"), ==, "CIPD");
}

static void
test_linkedin_errors (void)
{
  static const char * const other_zip[] = { "notes.txt", "hello", NULL };
  g_autoptr(GBytes) zip = make_zip (other_zip);
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = phoenix_cv_source_read (zip, &error);
  g_autoptr(GBytes) full = make_zip (linkedin_files);
  g_autoptr(GBytes) cut = g_bytes_new_from_bytes (full, 0, g_bytes_get_size (full) / 2);
  g_autoptr(PhoenixCvParse) none = NULL;

  g_assert_null (parse);
  g_assert_error (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_EMPTY);
  g_clear_error (&error);
  /* A truncated download: no central directory. */
  none = phoenix_cv_source_read (cut, &error);
  g_assert_null (none);
  g_assert_error (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_DAMAGED);
}

static GBytes *
load (const char *relative)
{
  g_autofree char *path = phoenix_test_source_path (relative);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
assert_europass_profile (JsonObject *profile)
{
  JsonObject *basics = json_object_get_object_member (profile, "basics");
  JsonObject *job;

  g_assert_cmpstr (member_string (basics, "name"), ==, "Céline Exemple");
  g_assert_cmpstr (member_string (basics, "email"), ==, "celine.exemple@example.fr");
  g_assert_cmpstr (member_string (basics, "phone"), ==, "+33 6 11 22 33 44");
  g_assert_cmpstr (member_string (basics, "label"), ==, "Technicienne de maintenance");
  g_assert_cmpstr (member_string (json_object_get_object_member (basics, "location"), "city"), ==, "Rennes");
  g_assert_cmpuint (count (profile, "work"), ==, 2);
  job = item (profile, "work", 0);
  g_assert_cmpstr (member_string (job, "position"), ==, "Technicienne de maintenance");
  g_assert_cmpstr (member_string (job, "name"), ==, "Exemple Industries SAS");
  g_assert_cmpstr (member_string (job, "location"), ==, "Rennes");
  g_assert_cmpstr (member_string (job, "startDate"), ==, "2020-09");
  g_assert_cmpstr (member_string (item (profile, "work", 1), "endDate"), ==, "2020-06");
  g_assert_cmpstr (member_string (item (profile, "education", 0), "institution"), ==, "AFPA Rennes");
  g_assert_cmpuint (count (profile, "languages"), ==, 2);
  g_assert_cmpstr (member_string (item (profile, "languages", 1), "language"), ==, "anglais");
  g_assert_cmpstr (member_string (item (profile, "languages", 1), "fluency"), ==, "B2");   /* the highest */
  g_assert_cmpuint (count (profile, "skills"), ==, 3);
}

static void
test_europass_xml (void)
{
  g_autoptr(GBytes) xml = load ("tests/data/cv-sources/europass-cv.xml");
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = phoenix_cv_source_read (xml, &error);

  g_assert_no_error (error);
  assert_europass_profile (phoenix_cv_parse_get_profile (parse));
}

/* The Europass PDF: the helper's reader takes the attached XML, not the page's layout. */
static void
test_europass_pdf (void)
{
  g_autoptr(GBytes) pdf = load ("tests/data/cv-sources/europass-cv.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) result = phoenix_pdf_reader_read (pdf, NULL, FALSE, &error);

  g_assert_no_error (error);
  assert_europass_profile (json_object_get_object_member (json_node_get_object (result), "profile"));
  g_assert_nonnull (strstr (json_object_get_string_member (json_node_get_object (result), "text"), "Europass CV"));
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

/* The same through the sandboxed helper, as the app imports it: the attached XML crosses the
 * helper's line stream ($PHOENIX_IMPORT_HELPER, the built helper) and is read here. */
static void
test_europass_pdf_helper (void)
{
  g_autoptr(PhoenixPdfImport) import = phoenix_pdf_import_new ();
  g_autofree char *path = phoenix_test_source_path ("tests/data/cv-sources/europass-cv.pdf");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autoptr(GError) error = NULL;

  phoenix_pdf_import_run_async (import, file, NULL, NULL, import_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  parse = phoenix_pdf_import_run_finish (import, result, &error);
  g_assert_no_error (error);
  assert_europass_profile (phoenix_cv_parse_get_profile (parse));
  g_assert_nonnull (strstr (phoenix_cv_parse_get_text (parse), "Europass CV"));
}

static void
test_json_resume_and_errors (void)
{
  static const char resume[] = "{\"basics\": {\"name\": \"Daniel Example\"}, \"work\": [{\"name\": \"Example Co\", \"position\": \"Analyst\"}]}";
  g_autoptr(GBytes) json = g_bytes_new_static (resume, sizeof resume - 1);
  g_autoptr(GBytes) broken = g_bytes_new_static ("{\"basics\": ", 11);
  g_autoptr(GBytes) xml = g_bytes_new_static ("<?xml version=\"1.0\"?><html><body/></html>", 41);
  g_autoptr(GBytes) text = g_bytes_new_static ("Just some text", 14);
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = phoenix_cv_source_read (json, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (member_string (item (phoenix_cv_parse_get_profile (parse), "work", 0), "position"), ==, "Analyst");
  g_assert_null (phoenix_cv_source_read (broken, &error));
  g_assert_error (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_DAMAGED);
  g_clear_error (&error);
  g_assert_null (phoenix_cv_source_read (xml, &error));
  g_assert_error (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_UNKNOWN_FORMAT);
  g_clear_error (&error);
  g_assert_null (phoenix_cv_source_read (text, &error));
  g_assert_error (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_UNKNOWN_FORMAT);
}

/* Issue #14 at the import preview's door: a JSON Resume nested 100,000 deep (json-glib's
 * parser would overflow its stack), 1,001 entries in a section (1,000 pass), a ZIP whose
 * members unpack to more than 64 MB together, a file over the size cap (never read whole). */
static void
test_limits (void)
{
  g_autoptr(GString) deep = g_string_new ("{\"x\":");
  g_autoptr(GString) entries = g_string_new ("{\"work\": [");
  g_autoptr(GBytes) deep_bytes = NULL;
  g_autoptr(GBytes) entries_bytes = NULL;
  g_autoptr(GBytes) zip = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autofree char *big = NULL;
  g_autofree char *dir = phoenix_test_make_tmp_dir ("phoenix-cv-sources-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) out = NULL;
  gsize written = 0;

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (deep, '[');
  deep_bytes = g_bytes_new (deep->str, deep->len);
  g_assert_null (phoenix_cv_source_read (deep_bytes, &error));
  g_assert_error (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  for (guint i = 0; i < PHOENIX_JSON_RESUME_MAX_ENTRIES; i++)
    g_string_append_printf (entries, "%s{\"name\": \"Example %u\"}", i > 0 ? ", " : "", i);
  g_string_append (entries, "]}");
  entries_bytes = g_bytes_new (entries->str, entries->len);
  parse = phoenix_cv_source_read (entries_bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (parse);
  g_clear_object (&parse);
  g_bytes_unref (entries_bytes);
  g_string_truncate (entries, entries->len - 2);
  g_string_append (entries, ", {\"name\": \"One too many\"}]}");
  entries_bytes = g_bytes_new (entries->str, entries->len);
  g_assert_null (phoenix_cv_source_read (entries_bytes, &error));
  g_assert_error (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* Five deflated members of 14 MB of one letter each (about 14 KB packed): 70 MB unpacked. */
  big = g_malloc (14 * 1024 * 1024 + 1);
  memset (big, 'a', 14 * 1024 * 1024);
  big[14 * 1024 * 1024] = '\0';
  {
    const char * const bomb[] = { "a.csv", "x", "b.csv", big, "c.csv", "x", "d.csv", big, "e.csv", "x",
                                  "f.csv", big, "g.csv", "x", "h.csv", big, "i.csv", "x", "j.csv", big, NULL };
    zip = make_zip (bomb);
  }
  g_assert_cmpuint (g_bytes_get_size (zip), <, 1024 * 1024);
  g_assert_null (phoenix_cv_source_read (zip, &error));
  g_assert_error (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* Just over the file cap: refused; the same content within it is read (and is JSON). */
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_write_all (G_OUTPUT_STREAM (out), "{\"basics\": {\"name\": \"Daniel Example\"}}   ", 41, &written, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error);
  g_assert_no_error (error);
  parse = phoenix_cv_source_read_file (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (parse);
  g_clear_object (&parse);
  g_assert_no_error (error);
  g_assert_cmpint (truncate (path, PHOENIX_CV_SOURCE_MAX_BYTES + 1), ==, 0);
  g_assert_null (phoenix_cv_source_read_file (file, NULL, &error));
  g_assert_error (error, PHOENIX_CV_SOURCE_ERROR, PHOENIX_CV_SOURCE_ERROR_TOO_LARGE);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cv-sources/linkedin", test_linkedin);
  g_test_add_func ("/cv-sources/linkedin-errors", test_linkedin_errors);
  g_test_add_func ("/cv-sources/europass-xml", test_europass_xml);
  g_test_add_func ("/cv-sources/europass-pdf", test_europass_pdf);
  g_test_add_func ("/cv-sources/europass-pdf-helper", test_europass_pdf_helper);
  g_test_add_func ("/cv-sources/json-resume-and-errors", test_json_resume_and_errors);
  g_test_add_func ("/cv-sources/limits", test_limits);

  return g_test_run ();
}
