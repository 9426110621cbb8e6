/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-cv-doc.h"

G_BEGIN_DECLS

/* The fields of a CV (phoenix-cv-fields.c): a section's rows, dates taken out of a line, what
 * looks like a company, a place or a job title, list items, and the setters that write a field
 * of the profile with its confidence. Shared by the section and entry readers
 * (phoenix-cv-sections.c, phoenix-cv-entries.c). */

typedef struct
{
  char          *title;
  CvSectionKind  kind;
  GPtrArray     *rows;   /* CvRow *, borrowed */
} Section;

typedef struct
{
  gboolean found;
  gboolean range;
  char    *start;
  char    *end;
  gboolean ongoing;
  gboolean has_month;
} DateInfo;

void _phoenix_cv_set_confidence (PhoenixCvDoc *doc, const char *pointer, double value);
void _phoenix_cv_set_string (PhoenixCvDoc *doc, JsonObject *object, const char *pointer_prefix, const char *member, const char *value, double confidence);
JsonArray *_phoenix_cv_profile_array (PhoenixCvDoc *doc, const char *member);
JsonObject *_phoenix_cv_basics (PhoenixCvDoc *doc);
char *_phoenix_cv_trim_part (const char *text);
char *_phoenix_cv_strip_bullet (const char *text);
gboolean _phoenix_cv_row_is_bullet (CvRow *row);
char *_phoenix_cv_row_content (CvRow *row);
void _phoenix_cv_date_info_clear (DateInfo *info);
char *_phoenix_cv_take_date (const char *text, DateInfo *info);
gboolean _phoenix_cv_row_has_entry_date (CvRow *row);
gboolean _phoenix_cv_seg_is_date_only (CvSeg *seg);
char *_phoenix_cv_row_text_without_side_dates (CvRow *row, GPtrArray *dates);
gboolean _phoenix_cv_starts_bold (CvRow *row);
gboolean _phoenix_cv_looks_like_company (const char *text);
gboolean _phoenix_cv_looks_like_location (const char *text);
char *_phoenix_cv_strip_linking_word (const char *text);
void _phoenix_cv_add_parts (GPtrArray *parts, const char *text, gboolean split_commas);
gboolean _phoenix_cv_looks_like_job_title (const char *text);
char *_phoenix_cv_join_strings (GPtrArray *strings, const char *separator);
char *_phoenix_cv_join_wrapped (const char *a, const char *b);
char *_phoenix_cv_join_prose (GPtrArray *lines);
gboolean _phoenix_cv_has_mark (const char *text, const char * const *marks, gsize n);
GPtrArray *_phoenix_cv_split_items (const char *text);

G_END_DECLS
