/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-cv-parser.h"

G_BEGIN_DECLS

/* g_debug() for the passes that log a row or an entry: g_debug() formats its message before the
 * writer drops it, so it is asked first whether the message would be shown at all. */
#define CV_DEBUG(...) \
  G_STMT_START { \
    if (!g_log_writer_default_would_drop (G_LOG_LEVEL_DEBUG, G_LOG_DOMAIN)) \
      g_debug (__VA_ARGS__); \
  } G_STMT_END

/*
 * The parser's working document: the positioned text segments, the rows they
 * make in reading order (phoenix-cv-reading-order.c), and the passes over it:
 * running headers, footers and letter pages dropped (phoenix-cv-clean.c),
 * headings found (phoenix-cv-headings.c), sections read into the profile
 * (phoenix-cv-sections.c).
 */

/* Kinds of sections, from their wording. */
typedef enum
{
  CV_SECTION_NONE = -1,
  CV_SECTION_OTHER = 0,
  CV_SECTION_SUMMARY,
  CV_SECTION_WORK,
  CV_SECTION_EDUCATION,
  CV_SECTION_SKILLS,
  CV_SECTION_LANGUAGES,
  CV_SECTION_CERTIFICATES,
  CV_SECTION_PROJECTS,
  CV_SECTION_INTERESTS,
  CV_SECTION_AWARDS,
  CV_SECTION_PUBLICATIONS,
  CV_SECTION_VOLUNTEER,
  CV_SECTION_REFERENCES,
  CV_SECTION_CONTACT,
  CV_SECTION_LINKS,
} CvSectionKind;

/* A positioned run of text (one input line, normalised). */
typedef struct
{
  char    *text;
  char    *fold;
  guint    page;
  double   x, y, w, h;
  double   size;
  gboolean bold;
  guint32  color;
  gboolean margin;     /* in a narrow left column of dates or labels */
  gboolean icon_lead;  /* began with an icon glyph (a bullet, a phone…) */
  gboolean lone;       /* a heading in a margin: a row of its own */
  /* PhoenixCvWord, may be NULL; NULL after the reading order. Their texts point into word_chars,
   * one block a segment (a word's text is not an allocation of its own: a long document has a few
   * hundred thousand words, all held until the reading order). */
  GArray  *words;
  char    *word_chars;
  /* Of text, counted once when the segment is made (_phoenix_cv_seg_count()): its characters,
   * whether one is a lower-case letter, its upper-case letters. */
  glong    n_chars;
  gboolean has_lower;
  guint    n_upper;
  /* A letter's opening or closing words (_phoenix_cv_seg_read_letter(), as its line comes). */
  gboolean letter_opening;
  gboolean letter_closing;
  gboolean removed;    /* header, footer or letter page */
  gboolean replaced;   /* cut in two at a gutter: its parts stand for it */
} CvSeg;

/* One visual line of one column: its segments left to right. */
typedef struct
{
  GPtrArray    *segs;       /* CvSeg *, borrowed */
  char         *text;
  char         *fold;
  gboolean      shared;     /* text and fold are its one segment's (not owned) */
  glong         n_chars;    /* the characters of text */
  guint         page;
  int           column;
  double        x, y, w, h;
  double        size;
  gboolean      bold;
  gboolean      caps;
  guint32       color;
  gboolean      heading;
  CvSectionKind kind;
  gboolean      used;       /* placed in the profile */
  gboolean      merged;     /* the second line of a heading, joined to the row above */
  double        gap_before; /* vertical space above, in this column */
  /* _phoenix_cv_row_has_entry_date()'s answer, asked once the row and its heading flag are
   * settled (the sections' extraction): 0 not asked yet, 1 no, 2 yes. */
  gint8         entry_date;
} CvRow;

typedef struct
{
  GPtrArray  *segs;            /* CvSeg *, owned */
  GPtrArray  *rows;            /* CvRow *, owned, reading order */
  guint       n_pages;
  double      page_width;
  double      page_height;
  double      body_size;
  guint32     body_color;
  double      leading;         /* typical distance between rows */
  int         name_row;        /* index in rows, -1 */

  GPtrArray  *section_titles;  /* char * */
  JsonObject *profile;
  JsonObject *confidence;
  GPtrArray  *unassigned;      /* char * */
} PhoenixCvDoc;

/* phoenix-cv-doc.c */
/* With @consume, each of @lines is freed (its slot set to NULL) once read. */
PhoenixCvDoc *_phoenix_cv_doc_new           (GPtrArray    *lines,
                                             double        page_width,
                                             double        page_height,
                                             gboolean      consume);
void          _phoenix_cv_doc_free          (PhoenixCvDoc *doc);
/* Fills @seg's counts of its text (n_chars, has_lower, n_upper). */
void          _phoenix_cv_seg_count         (CvSeg        *seg);

/* The document made a line at a time (what each line needs alone: its text normalised and
 * folded, its coordinates checked), then finished once the last has come (what needs them all).
 * _phoenix_cv_doc_new() is the same over an array. */
typedef struct _PhoenixCvDocBuilder PhoenixCvDocBuilder;

PhoenixCvDocBuilder *_phoenix_cv_doc_builder_new      (void);
void                 _phoenix_cv_doc_builder_free     (PhoenixCvDocBuilder *builder);
/* The line's words are copied into the document, compactly (the line keeps its own). */
void                 _phoenix_cv_doc_builder_add_line (PhoenixCvDocBuilder *builder,
                                                       PhoenixCvLine       *line);
/* Frees @builder. A page size of 0 (or no size) is measured from the text. */
PhoenixCvDoc        *_phoenix_cv_doc_builder_finish   (PhoenixCvDocBuilder *builder,
                                                       double               page_width,
                                                       double               page_height);

/* phoenix-cv-reading-order.c */
/* The rows in reading order and the body's size, colour and leading. */
void          _phoenix_cv_doc_order         (PhoenixCvDoc *doc);
/* The segments of each page (@with_removed: the removed ones too), an array a page, n_pages of them. */
GPtrArray   **_phoenix_cv_doc_segs_by_page  (PhoenixCvDoc *doc,
                                             gboolean      with_removed);
/* phoenix-cv-headings.c */
void          _phoenix_cv_doc_find_headings (PhoenixCvDoc *doc);
char         *_phoenix_cv_name_part         (const char   *text);
/* "WORKEXPERIENCE" (letter-spaced capitals joined) → "WORK EXPERIENCE", by heading words. */
char         *_phoenix_cv_unglue_heading    (const char   *text);
/* phoenix-cv-sections.c */
void          _phoenix_cv_doc_extract       (PhoenixCvDoc *doc);
/* phoenix-cv-clean.c */
gboolean      _phoenix_cv_is_page_number        (const char   *fold);
void          _phoenix_cv_remove_running_lines  (PhoenixCvDoc *doc);
void          _phoenix_cv_remove_letter_pages   (PhoenixCvDoc *doc);
/* Sets @seg's letter_opening and letter_closing from its fold. */
void          _phoenix_cv_seg_read_letter       (CvSeg        *seg);
gboolean      _phoenix_cv_is_letter_spaced      (const char   *text);
char         *_phoenix_cv_join_letter_spaced    (const char   *text,
                                                 GArray       *words);

/* phoenix-cv-headings.c */
CvSectionKind _phoenix_cv_heading_kind      (const char   *text,
                                             gboolean      strict);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (PhoenixCvDoc, _phoenix_cv_doc_free)

G_END_DECLS
