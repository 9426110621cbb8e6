/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "phoenix-profile.h"

G_BEGIN_DECLS

/*
 * The CV as the renderer sees it: plain strings, already formatted for one
 * language, with no reference to the GObjects of the profile. Immutable once
 * built, so an export can lay it out in a worker thread while the user keeps
 * editing the profile.
 */

typedef enum
{
  CV_SECTION_ID_SUMMARY,
  CV_SECTION_ID_EXPERIENCE,
  CV_SECTION_ID_EDUCATION,
  CV_SECTION_ID_PROJECTS,
  CV_SECTION_ID_VOLUNTEERING,
  CV_SECTION_ID_CERTIFICATIONS,
  CV_SECTION_ID_AWARDS,
  CV_SECTION_ID_PUBLICATIONS,
  CV_SECTION_ID_SKILLS,
  CV_SECTION_ID_LANGUAGES,
  CV_SECTION_ID_INTERESTS,
  CV_SECTION_ID_REFERENCES,
  CV_SECTION_ID_LINKS,
  N_CV_SECTION_IDS
} CvSectionId;

typedef struct
{
  char  *title;     /* bold: job title, degree, project name… */
  char  *org;       /* employer, school, issuer… ("" when none) */
  char  *dates;     /* formatted range ("" when none) */
  char  *location;
  char  *text;      /* paragraph ("" when none) */
  GStrv  bullets;   /* highlights */
} CvDocEntry;

typedef struct
{
  CvSectionId  id;
  char        *title;    /* in the document's language */
  gboolean     is_list;  /* skills, languages, interests, links: one short line an item */
  GPtrArray   *entries;  /* of CvDocEntry; for lists only title (and text) are set */
} CvDocSection;

/* The CV photo, decoded once (g_atomic_rc_box: shared by documents and threads, read-only). */
typedef struct
{
  GBytes  *encoded;  /* the stored JPEG or PNG */
  gboolean is_jpeg;  /* and the pixels are all of it (the PDF can embed the JPEG as is) */
  GBytes  *pixels;   /* cairo's ARGB32, premultiplied, native endian */
  int      width;
  int      height;
  int      stride;
} CvDocPhoto;

typedef struct
{
  gatomicrefcount  ref_count;
  char            *language;  /* "fr" or "en" */
  char            *name;
  char            *headline;
  GStrv            contact;   /* email, phone, place, url, links: one item each */
  GStrv            contact_uris;  /* beside contact: mailto:, tel:, https:… or "" */
  char            *contact_title;
  GPtrArray       *sections;  /* of CvDocSection, in order */
  CvDocPhoto      *photo;     /* NULL: no photo on this CV */
} CvDocument;

/* @section_order: NULL for the default order, else section ids to show, in order. */
CvDocument  *_phoenix_cv_document_new      (PhoenixProfile    *profile,
                                            const char        *language,
                                            const CvSectionId *section_order,
                                            gsize              n_sections);
/* While the document is built, before it is shared. @photo: (nullable). */
void         _phoenix_cv_document_set_photo (CvDocument       *doc,
                                             CvDocPhoto       *photo);
CvDocument  *_phoenix_cv_document_ref      (CvDocument        *doc);
void         _phoenix_cv_document_unref    (CvDocument        *doc);

const char  *_phoenix_cv_section_title     (CvSectionId        id,
                                            const char        *language);
/* NULL when @encoded is not an image gdk-pixbuf reads. At most 600 px a side. */
CvDocPhoto  *_phoenix_cv_photo_new         (GBytes            *encoded);
CvDocPhoto  *_phoenix_cv_photo_ref         (CvDocPhoto        *photo);
void         _phoenix_cv_photo_unref       (CvDocPhoto        *photo);

char        *_phoenix_cv_format_date       (const char        *iso,
                                            const char        *language);
char        *_phoenix_cv_format_range      (const char        *start,
                                            const char        *end,
                                            gboolean           current,
                                            const char        *language);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CvDocument, _phoenix_cv_document_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (CvDocPhoto, _phoenix_cv_photo_unref)

G_END_DECLS
