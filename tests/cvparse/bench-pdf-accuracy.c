/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-pdf-accuracy"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "phoenix-cv-parser.h"
#include "phoenix-pdf-reader.h"
#include "phoenix-test-util.h"

/*
 * Accuracy of the PDF import over every CV PDF that has a NAME.truth.json
 * beside it (../shared/data/cv-pdf by default, or $PHOENIX_CV_PDF_DIR):
 * name, e-mail and phone exact (whitespace normalised), section headings in
 * order (longest common subsequence over the truth, case-insensitive),
 * experience and education counts exact. Prints per file, per field, total.
 * A benchmark, not a test: the files measure the parser, they are not its target.
 */

static char *
normalise (const char *text)
{
  g_autofree char *norm = NULL;
  g_autoptr(GString) s = g_string_new (NULL);

  if (text == NULL)
    return NULL;
  norm = phoenix_cv_normalize_text (text);
  for (const char *p = norm; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      if (c == 0x00AD || c == 0x2010)
        continue;
      g_string_append_unichar (s, c);
    }
  return g_strstrip (g_string_free (g_steal_pointer (&s), FALSE));
}

static char *
fold (const char *text)
{
  g_autofree char *n = normalise (text);
  g_autofree char *down = g_utf8_casefold (n, -1);
  return g_utf8_normalize (down, -1, G_NORMALIZE_NFKD);
}

static const char *
string_member (JsonObject *object,
               const char *member)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, member))
    return NULL;
  node = json_object_get_member (object, member);
  if (!JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  return json_node_get_string (node);
}

static gboolean
same (const char *truth,
      const char *found)
{
  g_autofree char *a = normalise (truth);
  g_autofree char *b = normalise (found);

  return g_strcmp0 (a, b) == 0;
}

/* Longest common subsequence of the folded headings. */
static guint
lcs (JsonArray *truth,
     JsonArray *found)
{
  guint n = json_array_get_length (truth), m = found != NULL ? json_array_get_length (found) : 0;
  g_autofree guint *table = g_new0 (guint, (n + 1) * (m + 1));

  for (guint i = 1; i <= n; i++)
    for (guint j = 1; j <= m; j++)
      {
        g_autofree char *a = fold (json_array_get_string_element (truth, i - 1));
        g_autofree char *b = fold (json_array_get_string_element (found, j - 1));
        if (g_strcmp0 (a, b) == 0)
          table[i * (m + 1) + j] = table[(i - 1) * (m + 1) + j - 1] + 1;
        else
          table[i * (m + 1) + j] = MAX (table[(i - 1) * (m + 1) + j], table[i * (m + 1) + j - 1]);
      }
  return table[n * (m + 1) + m];
}

static guint
count (JsonObject *profile,
       const char *member)
{
  if (!json_object_has_member (profile, member))
    return 0;
  return json_array_get_length (json_object_get_array_member (profile, member));
}

typedef struct
{
  guint right;
  guint total;
} Score;

static void
score (Score    *s,
       gboolean  right)
{
  s->total++;
  if (right)
    s->right++;
}

static double
percent (const Score *s)
{
  return s->total > 0 ? 100.0 * s->right / s->total : 100.0;
}

int
main (int    argc,
      char **argv)
{
  const char *dir_path = g_getenv ("PHOENIX_CV_PDF_DIR");
  g_autoptr(GPtrArray) names = NULL;
  Score s_name = { 0 }, s_email = { 0 }, s_phone = { 0 }, s_work = { 0 }, s_edu = { 0 }, s_counts = { 0 };
  double headings_sum = 0;
  guint headings_files = 0, headings_matched = 0, headings_total = 0;
  gboolean verbose = g_getenv ("BENCH_VERBOSE") != NULL;

  if (dir_path == NULL && argc > 1)
    dir_path = argv[1];
  if (dir_path == NULL || !g_file_test (dir_path, G_FILE_TEST_IS_DIR))
    {
      printf ("SKIP: no CV PDF folder (%s); set PHOENIX_CV_PDF_DIR\n", dir_path != NULL ? dir_path : "none");
      return 0;
    }
  names = phoenix_test_list_files (dir_path, ".pdf");

  printf ("%-48s %-5s %-5s %-5s %-9s %-7s %-7s\n", "file", "name", "email", "phone", "headings", "work", "edu");
  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *stem = g_strndup (file, strlen (file) - 4);
      g_autofree char *pdf = g_build_filename (dir_path, file, NULL);
      g_autofree char *truth_name = g_strconcat (stem, ".truth.json", NULL);
      g_autofree char *truth_path = g_build_filename (dir_path, truth_name, NULL);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autofree char *contents = NULL;
      gsize length = 0;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(JsonNode) result = NULL;
      JsonObject *truth, *root, *profile, *basics;
      JsonArray *truth_sections, *sections;
      gboolean ok_name, ok_email, ok_phone, ok_work = TRUE, ok_edu = TRUE;
      guint matched;
      double fraction;
      g_autofree char *work_col = NULL;
      g_autofree char *edu_col = NULL;

      if (!g_file_test (truth_path, G_FILE_TEST_EXISTS))
        continue;
      if (!json_parser_load_from_file (parser, truth_path, &error))
        {
          printf ("%-48s truth unreadable: %s\n", stem, error->message);
          continue;
        }
      truth = json_node_get_object (json_parser_get_root (parser));
      if (!g_file_get_contents (pdf, &contents, &length, &error))
        continue;
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      result = phoenix_pdf_reader_read (bytes, NULL, FALSE, &error);
      if (result == NULL)
        {
          printf ("%-48s import failed: %s\n", stem, error->message);
          score (&s_name, FALSE);
          score (&s_email, FALSE);
          score (&s_phone, FALSE);
          continue;
        }
      root = json_node_get_object (result);
      profile = json_object_get_object_member (root, "profile");
      basics = json_object_has_member (profile, "basics") ? json_object_get_object_member (profile, "basics") : NULL;
      sections = json_object_get_array_member (root, "sections");
      truth_sections = json_object_get_array_member (truth, "sections");

      ok_name = same (string_member (truth, "name"), string_member (basics, "name"));
      ok_email = same (string_member (truth, "email"), string_member (basics, "email"));
      ok_phone = same (string_member (truth, "phone"), string_member (basics, "phone"));
      score (&s_name, ok_name);
      score (&s_email, ok_email);
      score (&s_phone, ok_phone);
      matched = lcs (truth_sections, sections);
      fraction = json_array_get_length (truth_sections) > 0 ? (double) matched / json_array_get_length (truth_sections) : 1;
      headings_sum += fraction;
      headings_files++;
      headings_matched += matched;
      headings_total += json_array_get_length (truth_sections);

      if (!json_node_is_null (json_object_get_member (truth, "experience_count")))
        {
          guint want = (guint) json_object_get_int_member (truth, "experience_count");
          guint got = count (profile, "work");
          ok_work = want == got;
          score (&s_work, ok_work);
          work_col = g_strdup_printf ("%u/%u%s", got, want, ok_work ? "" : "!");
        }
      else
        work_col = g_strdup ("n/a");
      if (!json_node_is_null (json_object_get_member (truth, "education_count")))
        {
          guint want = (guint) json_object_get_int_member (truth, "education_count");
          guint got = count (profile, "education");
          ok_edu = want == got;
          score (&s_edu, ok_edu);
          edu_col = g_strdup_printf ("%u/%u%s", got, want, ok_edu ? "" : "!");
        }
      else
        edu_col = g_strdup ("n/a");
      if (!json_node_is_null (json_object_get_member (truth, "experience_count"))
          || !json_node_is_null (json_object_get_member (truth, "education_count")))
        score (&s_counts, ok_work && ok_edu);

      printf ("%-48s %-5s %-5s %-5s %3.0f%% %2u/%-2u %-7s %-7s\n", stem,
              ok_name ? "ok" : "MISS", ok_email ? "ok" : "MISS", ok_phone ? "ok" : "MISS",
              100 * fraction, matched, json_array_get_length (truth_sections), work_col, edu_col);
      if (verbose || !ok_name || !ok_email || !ok_phone)
        printf ("    found: name=%s email=%s phone=%s\n", string_member (basics, "name"),
                string_member (basics, "email"), string_member (basics, "phone"));
      if (verbose || fraction < 1)
        {
          printf ("    headings found:");
          for (guint k = 0; k < json_array_get_length (sections); k++)
            printf (" [%s]", json_array_get_string_element (sections, k));
          printf ("\n");
        }
    }

  printf ("\nper field:\n");
  printf ("  name      %5.1f%% (%u/%u)\n", percent (&s_name), s_name.right, s_name.total);
  printf ("  email     %5.1f%% (%u/%u)\n", percent (&s_email), s_email.right, s_email.total);
  printf ("  phone     %5.1f%% (%u/%u)\n", percent (&s_phone), s_phone.right, s_phone.total);
  printf ("  headings  %5.1f%% mean per file, %u/%u headings in order\n",
          headings_files > 0 ? 100 * headings_sum / headings_files : 100.0, headings_matched, headings_total);
  printf ("  work      %5.1f%% (%u/%u files exact)\n", percent (&s_work), s_work.right, s_work.total);
  printf ("  education %5.1f%% (%u/%u files exact)\n", percent (&s_edu), s_edu.right, s_edu.total);
  printf ("  counts    %5.1f%% (%u/%u files with both counts exact)\n", percent (&s_counts), s_counts.right, s_counts.total);
  {
    guint right = s_name.right + s_email.right + s_phone.right + headings_matched + s_work.right + s_edu.right;
    guint total = s_name.total + s_email.total + s_phone.total + headings_total + s_work.total + s_edu.total;
    printf ("total      %5.1f%% (%u/%u checks)\n", total > 0 ? 100.0 * right / total : 100.0, right, total);
  }
  return 0;
}
