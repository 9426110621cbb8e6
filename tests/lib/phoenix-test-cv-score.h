/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/*
 * How well the PDF import reads a folder of CVs with ground truth (NAME.pdf beside
 * NAME.truth.json, the format of ../shared/data/cv-pdf, plus optional "work" and
 * "education" lists of {"title", "employer"} and {"degree", "school"}): the accuracy
 * benchmark prints it, the corpus test asserts floors on it.
 *
 * Name and e-mail compare folded (case, accents, spaces), the phone by its digits,
 * headings by the longest common subsequence of the folded headings, counts exactly;
 * entries (title and employer both right, one to one) as precision, recall and F1
 * pooled over the files.
 */

typedef struct
{
  guint right;
  guint total;
} PhoenixTestScore;

typedef struct
{
  char     *file;          /* the PDF's file name */
  gboolean  read;          /* FALSE: the import failed */
  gboolean  name, email, phone;
  gboolean  has_phone;     /* the truth has a phone */
  guint     headings_matched, headings_total;
  int       work_found, work_truth, edu_found, edu_truth;  /* -1: no truth */
  guint     entries_matched, entries_found, entries_truth;  /* work entries */
  guint     edu_matched, edu_entries_found, edu_entries_truth;
  char     *found_name, *found_email, *found_phone;
  GPtrArray *found_sections; /* char * */
  GPtrArray *entry_misses;   /* char *: "truth title | employer" not found */
} PhoenixTestCvFile;

typedef struct
{
  GPtrArray        *files;   /* PhoenixTestCvFile * */
  PhoenixTestScore  name, email, phone, work, edu, counts;
  guint             headings_matched, headings_total;
  double            headings_mean;  /* mean of each file's share */
  guint             entries_matched, entries_found, entries_truth;
  guint             edu_matched, edu_entries_found, edu_entries_truth;
} PhoenixTestCvScore;

/* Reads every PDF of @dir that has a truth file; NULL when @dir does not exist. */
PhoenixTestCvScore *phoenix_test_cv_score_dir    (const char         *dir);
void                phoenix_test_cv_score_free   (PhoenixTestCvScore *score);
/* 0..1; 1 when there is nothing to score. */
double              phoenix_test_cv_score_share  (const PhoenixTestScore *score);
/* F1 of the work entries (title and employer), 0..1; -1 when no file has entries. */
double              phoenix_test_cv_score_f1     (const PhoenixTestCvScore *score);
double              phoenix_test_cv_score_edu_f1 (const PhoenixTestCvScore *score);
/* Prints per file and in total (@verbose: what was found for every file). */
void                phoenix_test_cv_score_print  (const PhoenixTestCvScore *score,
                                                  const char               *title,
                                                  gboolean                  verbose);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixTestCvScore, phoenix_test_cv_score_free)

G_END_DECLS
