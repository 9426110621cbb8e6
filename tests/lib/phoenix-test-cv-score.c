/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-cv-score"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "phoenix-cv-parser.h"
#include "phoenix-pdf-reader.h"
#include "phoenix-test-cv-score.h"
#include "phoenix-test-util.h"
#include "phoenix-text-fold.h"

/* Folded, spaces collapsed, punctuation and spaces trimmed at both ends. */
static char *
fold (const char *text)
{
  g_autofree char *norm = NULL;
  g_autofree char *folded = NULL;
  g_autoptr(GString) s = g_string_new (NULL);
  const char *start, *end;

  if (text == NULL)
    return NULL;
  norm = phoenix_cv_normalize_text (text);
  folded = phoenix_text_fold (norm);
  for (const char *p = folded; *p; p++)
    {
      if (*p == ' ' && (s->len == 0 || s->str[s->len - 1] == ' '))
        continue;
      g_string_append_c (s, *p);
    }
  start = s->str;
  end = s->str + s->len;
  while (start < end && strchr (" .,;:|-()", *start) != NULL)
    start++;
  while (end > start && strchr (" .,;:|-()?!", end[-1]) != NULL)
    end--;
  return g_strndup (start, end - start);
}

static gboolean
same_folded (const char *a,
             const char *b)
{
  g_autofree char *fa = fold (a);
  g_autofree char *fb = fold (b);

  return fa != NULL && fb != NULL && g_str_equal (fa, fb);
}

static char *
digits (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text != NULL ? text : ""; *p; p++)
    if (g_ascii_isdigit (*p))
      g_string_append_c (s, *p);
  return g_string_free (s, FALSE);
}

static const char *
string_member (JsonObject *object,
               const char *member)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, member))
    return NULL;
  node = json_object_get_member (object, member);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

static JsonArray *
array_member (JsonObject *object,
              const char *member)
{
  JsonNode *node;

  if (object == NULL || !json_object_has_member (object, member))
    return NULL;
  node = json_object_get_member (object, member);
  return JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static guint
lcs (JsonArray *truth,
     JsonArray *found)
{
  guint n = json_array_get_length (truth), m = found != NULL ? json_array_get_length (found) : 0;
  g_autofree guint *table = g_new0 (guint, (n + 1) * (m + 1));

  for (guint i = 1; i <= n; i++)
    for (guint j = 1; j <= m; j++)
      {
        if (same_folded (json_array_get_string_element (truth, i - 1), json_array_get_string_element (found, j - 1)))
          table[i * (m + 1) + j] = table[(i - 1) * (m + 1) + j - 1] + 1;
        else
          table[i * (m + 1) + j] = MAX (table[(i - 1) * (m + 1) + j], table[i * (m + 1) + j - 1]);
      }
  return table[n * (m + 1) + m];
}

/* Entries of @truth ({@ta, @tb}) found in @found ({@fa, @fb}), one to one. */
static guint
match_entries (JsonArray  *truth,
               const char *ta,
               const char *tb,
               JsonArray  *found,
               const char *fa,
               const char *fb,
               GPtrArray  *misses)
{
  guint n = found != NULL ? json_array_get_length (found) : 0;
  g_autofree gboolean *taken = g_new0 (gboolean, n + 1);
  guint matched = 0;

  for (guint i = 0; i < json_array_get_length (truth); i++)
    {
      JsonObject *t = json_array_get_object_element (truth, i);
      gboolean hit = FALSE;

      for (guint j = 0; j < n && !hit; j++)
        {
          JsonObject *f = json_array_get_object_element (found, j);
          if (taken[j])
            continue;
          if (same_folded (string_member (t, ta), string_member (f, fa))
              && same_folded (string_member (t, tb), string_member (f, fb)))
            hit = taken[j] = TRUE;
        }
      if (hit)
        matched++;
      else if (misses != NULL)
        g_ptr_array_add (misses, g_strdup_printf ("%s | %s", string_member (t, ta), string_member (t, tb)));
    }
  return matched;
}

static void
file_free (gpointer data)
{
  PhoenixTestCvFile *f = data;

  g_free (f->file);
  g_free (f->found_name);
  g_free (f->found_email);
  g_free (f->found_phone);
  g_clear_pointer (&f->found_sections, g_ptr_array_unref);
  g_clear_pointer (&f->entry_misses, g_ptr_array_unref);
  g_free (f);
}

static void
add (PhoenixTestScore *s,
     gboolean          right)
{
  s->total++;
  if (right)
    s->right++;
}

static int
count_member (JsonObject *truth,
              const char *member)
{
  JsonNode *node = json_object_get_member (truth, member);

  if (node == NULL || json_node_is_null (node))
    return -1;
  return (int) json_node_get_int (node);
}

static PhoenixTestCvFile *
score_file (const char *dir,
            const char *file)
{
  PhoenixTestCvFile *f = g_new0 (PhoenixTestCvFile, 1);
  g_autofree char *stem = g_strndup (file, strlen (file) - 4);
  g_autofree char *pdf = g_build_filename (dir, file, NULL);
  g_autofree char *truth_name = g_strconcat (stem, ".truth.json", NULL);
  g_autofree char *truth_path = g_build_filename (dir, truth_name, NULL);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonNode) result = NULL;
  JsonObject *truth, *root, *profile, *basics;
  JsonArray *found_sections, *truth_work, *truth_edu;

  f->file = g_strdup (file);
  f->found_sections = g_ptr_array_new_with_free_func (g_free);
  f->entry_misses = g_ptr_array_new_with_free_func (g_free);
  if (!json_parser_load_from_file (parser, truth_path, &error))
    g_error ("%s: %s", truth_path, error->message);
  truth = json_node_get_object (json_parser_get_root (parser));
  f->has_phone = string_member (truth, "phone") != NULL;
  f->headings_total = json_array_get_length (array_member (truth, "sections"));
  f->work_truth = count_member (truth, "experience_count");
  f->edu_truth = count_member (truth, "education_count");
  truth_work = array_member (truth, "work");
  truth_edu = array_member (truth, "education");
  f->entries_truth = truth_work != NULL ? json_array_get_length (truth_work) : 0;
  f->edu_entries_truth = truth_edu != NULL ? json_array_get_length (truth_edu) : 0;

  if (!g_file_get_contents (pdf, &contents, &length, &error))
    return f;
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  result = phoenix_pdf_reader_read (bytes, NULL, FALSE, &error);
  if (result == NULL)
    return f;
  f->read = TRUE;
  root = json_node_get_object (result);
  profile = json_object_get_object_member (root, "profile");
  basics = json_object_has_member (profile, "basics") ? json_object_get_object_member (profile, "basics") : NULL;
  found_sections = array_member (root, "sections");
  for (guint i = 0; found_sections != NULL && i < json_array_get_length (found_sections); i++)
    g_ptr_array_add (f->found_sections, g_strdup (json_array_get_string_element (found_sections, i)));

  f->found_name = g_strdup (string_member (basics, "name"));
  f->found_email = g_strdup (string_member (basics, "email"));
  f->found_phone = g_strdup (string_member (basics, "phone"));
  f->name = same_folded (string_member (truth, "name"), f->found_name);
  f->email = same_folded (string_member (truth, "email"), f->found_email);
  {
    g_autofree char *a = digits (string_member (truth, "phone"));
    g_autofree char *b = digits (f->found_phone);
    f->phone = f->has_phone ? (*a != '\0' && g_str_equal (a, b)) : f->found_phone == NULL;
  }
  f->headings_matched = lcs (array_member (truth, "sections"), found_sections);
  f->work_found = array_member (profile, "work") != NULL ? (int) json_array_get_length (array_member (profile, "work")) : 0;
  f->edu_found = array_member (profile, "education") != NULL ? (int) json_array_get_length (array_member (profile, "education")) : 0;
  if (truth_work != NULL)
    {
      f->entries_found = (guint) f->work_found;
      f->entries_matched = match_entries (truth_work, "title", "employer", array_member (profile, "work"),
                                          "position", "name", f->entry_misses);
    }
  if (truth_edu != NULL)
    {
      f->edu_entries_found = (guint) f->edu_found;
      f->edu_matched = match_entries (truth_edu, "degree", "school", array_member (profile, "education"),
                                      "studyType", "institution", NULL);
    }
  return f;
}

PhoenixTestCvScore *
phoenix_test_cv_score_dir (const char *dir)
{
  PhoenixTestCvScore *score;
  g_autoptr(GPtrArray) names = NULL;
  double shares = 0;

  if (!g_file_test (dir, G_FILE_TEST_IS_DIR))
    return NULL;
  score = g_new0 (PhoenixTestCvScore, 1);
  score->files = g_ptr_array_new_with_free_func (file_free);
  names = phoenix_test_list_files (dir, ".pdf");
  for (guint i = 0; i < names->len; i++)
    {
      const char *file = g_ptr_array_index (names, i);
      g_autofree char *stem = g_strndup (file, strlen (file) - 4);
      g_autofree char *truth_name = g_strconcat (stem, ".truth.json", NULL);
      g_autofree char *truth_path = g_build_filename (dir, truth_name, NULL);
      PhoenixTestCvFile *f;
      gboolean work_ok, edu_ok;

      if (!g_file_test (truth_path, G_FILE_TEST_EXISTS))
        continue;
      f = score_file (dir, file);
      g_ptr_array_add (score->files, f);
      add (&score->name, f->name);
      add (&score->email, f->email);
      if (f->has_phone)
        add (&score->phone, f->phone);
      score->headings_matched += f->headings_matched;
      score->headings_total += f->headings_total;
      shares += f->headings_total > 0 ? (double) f->headings_matched / f->headings_total : 1;
      work_ok = f->work_truth < 0 || f->work_found == f->work_truth;
      edu_ok = f->edu_truth < 0 || f->edu_found == f->edu_truth;
      if (f->work_truth >= 0)
        add (&score->work, work_ok);
      if (f->edu_truth >= 0)
        add (&score->edu, edu_ok);
      if (f->work_truth >= 0 || f->edu_truth >= 0)
        add (&score->counts, work_ok && edu_ok);
      score->entries_matched += f->entries_matched;
      score->entries_found += f->entries_found;
      score->entries_truth += f->entries_truth;
      score->edu_matched += f->edu_matched;
      score->edu_entries_found += f->edu_entries_found;
      score->edu_entries_truth += f->edu_entries_truth;
    }
  score->headings_mean = score->files->len > 0 ? shares / score->files->len : 1;
  return score;
}

void
phoenix_test_cv_score_free (PhoenixTestCvScore *score)
{
  if (score == NULL)
    return;
  g_ptr_array_unref (score->files);
  g_free (score);
}

double
phoenix_test_cv_score_share (const PhoenixTestScore *score)
{
  return score->total > 0 ? (double) score->right / score->total : 1;
}

static double
f1 (guint matched,
    guint found,
    guint truth)
{
  double p, r;

  if (truth == 0)
    return -1;
  if (matched == 0)
    return 0;
  p = (double) matched / found;
  r = (double) matched / truth;
  return 2 * p * r / (p + r);
}

double
phoenix_test_cv_score_f1 (const PhoenixTestCvScore *score)
{
  return f1 (score->entries_matched, score->entries_found, score->entries_truth);
}

double
phoenix_test_cv_score_edu_f1 (const PhoenixTestCvScore *score)
{
  return f1 (score->edu_matched, score->edu_entries_found, score->edu_entries_truth);
}

void
phoenix_test_cv_score_print (const PhoenixTestCvScore *score,
                             const char               *title,
                             gboolean                  verbose)
{
  printf ("== %s: %u files\n", title, score->files->len);
  printf ("%-56s %-5s %-5s %-5s %-9s %-7s %-7s %-7s\n", "file", "name", "email", "phone", "headings", "work", "edu", "entries");
  for (guint i = 0; i < score->files->len; i++)
    {
      PhoenixTestCvFile *f = g_ptr_array_index (score->files, i);
      g_autofree char *stem = g_strndup (f->file, MIN (strlen (f->file) - 4, 56));
      g_autofree char *work = f->work_truth < 0 ? g_strdup ("n/a") : g_strdup_printf ("%d/%d%s", f->work_found, f->work_truth, f->work_found == f->work_truth ? "" : "!");
      g_autofree char *edu = f->edu_truth < 0 ? g_strdup ("n/a") : g_strdup_printf ("%d/%d%s", f->edu_found, f->edu_truth, f->edu_found == f->edu_truth ? "" : "!");
      g_autofree char *entries = f->entries_truth == 0 ? g_strdup ("n/a") : g_strdup_printf ("%u/%u", f->entries_matched, f->entries_truth);

      if (!f->read)
        {
          printf ("%-56s import failed\n", stem);
          continue;
        }
      printf ("%-56s %-5s %-5s %-5s %3.0f%% %2u/%-2u %-7s %-7s %-7s\n", stem, f->name ? "ok" : "MISS",
              f->email ? "ok" : "MISS", !f->has_phone ? "-" : f->phone ? "ok" : "MISS",
              f->headings_total > 0 ? 100.0 * f->headings_matched / f->headings_total : 100.0,
              f->headings_matched, f->headings_total, work, edu, entries);
      if (verbose || !f->name || !f->email || (f->has_phone && !f->phone))
        printf ("    found: name=%s email=%s phone=%s\n", f->found_name, f->found_email, f->found_phone);
      if (verbose || f->headings_matched < f->headings_total)
        {
          printf ("    headings found:");
          for (guint k = 0; k < f->found_sections->len; k++)
            printf (" [%s]", (char *) g_ptr_array_index (f->found_sections, k));
          printf ("\n");
        }
      if (verbose)
        for (guint k = 0; k < f->entry_misses->len; k++)
          printf ("    entry missed: %s\n", (char *) g_ptr_array_index (f->entry_misses, k));
    }
  printf ("  name      %5.1f%% (%u/%u)\n", 100 * phoenix_test_cv_score_share (&score->name), score->name.right, score->name.total);
  printf ("  email     %5.1f%% (%u/%u)\n", 100 * phoenix_test_cv_score_share (&score->email), score->email.right, score->email.total);
  printf ("  phone     %5.1f%% (%u/%u)\n", 100 * phoenix_test_cv_score_share (&score->phone), score->phone.right, score->phone.total);
  printf ("  headings  %5.3f mean per file, %u/%u headings in order\n", score->headings_mean,
          score->headings_matched, score->headings_total);
  printf ("  work      %5.1f%% (%u/%u files exact)\n", 100 * phoenix_test_cv_score_share (&score->work), score->work.right, score->work.total);
  printf ("  education %5.1f%% (%u/%u files exact)\n", 100 * phoenix_test_cv_score_share (&score->edu), score->edu.right, score->edu.total);
  printf ("  counts    %5.1f%% (%u/%u files with both counts exact)\n", 100 * phoenix_test_cv_score_share (&score->counts),
          score->counts.right, score->counts.total);
  if (score->entries_truth > 0)
    printf ("  entries   F1 %.3f (title and employer right: %u of %u found, %u in the truth)\n",
            phoenix_test_cv_score_f1 (score), score->entries_matched, score->entries_found, score->entries_truth);
  if (score->edu_entries_truth > 0)
    printf ("  degrees   F1 %.3f (degree and school right: %u of %u found, %u in the truth)\n",
            phoenix_test_cv_score_edu_f1 (score), score->edu_matched, score->edu_entries_found, score->edu_entries_truth);
}
