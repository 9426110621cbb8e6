/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "phoenix-cv-variant.h"
#include "phoenix-profile.h"

G_BEGIN_DECLS

/* A CV template: "id" for files and the command line, a translatable name. */
typedef struct
{
  const char *id;
  const char *name;         /* N_(): show with _() */
  const char *description;  /* N_() */
  gboolean    reads_in_order;  /* plain-text extraction (pdftotext) reads it in order */
  guint32     accent;       /* its own colour, 0xRRGGBB */
} PhoenixCvTemplateInfo;

const PhoenixCvTemplateInfo *phoenix_cv_templates_get (guint *n_templates);
gboolean                     phoenix_cv_template_exists (const char *id);
/* FALSE for a template whose columns plain-text extraction mixes (an ATS reads it badly). */
gboolean                     phoenix_cv_template_reads_in_order (const char *id);

/* A font a CV may be set in: "id" for variants and files, the family, a name to show. */
typedef struct
{
  const char *id;
  const char *family;
  const char *name;         /* N_() */
} PhoenixCvFontInfo;

const PhoenixCvFontInfo     *phoenix_cv_fonts_get (guint *n_fonts);

#define PHOENIX_TYPE_CV_RENDERER (phoenix_cv_renderer_get_type ())
G_DECLARE_FINAL_TYPE (PhoenixCvRenderer, phoenix_cv_renderer, PHOENIX, CV_RENDERER, GObject)

/*
 * One renderer, two surfaces: the same layout draws the live preview (any
 * cairo_t, e.g. in a GtkWidget's snapshot through gtk_snapshot_append_cairo())
 * and writes the PDF.
 *
 * Properties (notified only on change):
 *   "template" (string): a template id, "classic" (default), "modern" or "compact"
 *   "language" (string): "fr" (default) or "en": section titles, month names and
 *     “present” are in this language whatever the UI language
 *   "paper" (string): "a4" (default) or "letter"
 *   "show-photo" (boolean): draw the profile's photo (FALSE by default; a
 *     variant sets it from its own "show-photo")
 *   "n-pages" (int, read-only): pages of the current layout
 *
 * The renderer draws a snapshot of the profile taken by set_profile(): call it
 * again after edits (it is cheap: the layout is redone lazily, at the next
 * render or page count). Units: PDF points (1/72 inch), origin at the page's
 * top-left corner; scale the cairo_t to zoom.
 */
PhoenixCvRenderer *phoenix_cv_renderer_new            (void);

void               phoenix_cv_renderer_set_profile    (PhoenixCvRenderer *self,
                                                       PhoenixProfile    *profile);
/* Like set_profile, with only these sections, in this order (ids as in
 * phoenix-cv-variant.h: "summary", "experience", "education", "projects",
 * "volunteering", "certifications", "awards", "publications", "skills",
 * "languages", "interests", "references"). NULL: the default order. */
void               phoenix_cv_renderer_set_profile_sections (PhoenixCvRenderer  *self,
                                                             PhoenixProfile     *profile,
                                                             const char * const *sections);
/* Draws @variant of @profile: its entries, sections, headline and summary, and
 * its template, language and paper. Call again when either changes. */
void               phoenix_cv_renderer_set_variant    (PhoenixCvRenderer *self,
                                                       PhoenixCvVariant  *variant,
                                                       PhoenixProfile    *profile);

const char        *phoenix_cv_renderer_get_template   (PhoenixCvRenderer *self);
void               phoenix_cv_renderer_set_template   (PhoenixCvRenderer *self,
                                                       const char        *template_id);
const char        *phoenix_cv_renderer_get_language   (PhoenixCvRenderer *self);
void               phoenix_cv_renderer_set_language   (PhoenixCvRenderer *self,
                                                       const char        *language);
const char        *phoenix_cv_renderer_get_paper      (PhoenixCvRenderer *self);
void               phoenix_cv_renderer_set_paper      (PhoenixCvRenderer *self,
                                                       const char        *paper);

gboolean           phoenix_cv_renderer_get_show_photo (PhoenixCvRenderer *self);
void               phoenix_cv_renderer_set_show_photo (PhoenixCvRenderer *self,
                                                       gboolean           show_photo);

/* The CV's look over its template (set_variant() takes it from the variant): @accent
 * "#rrggbb" (NULL or "": the template's colour), @font a font id of phoenix_cv_fonts_get()
 * (NULL or unknown: the template's), @spacing "compact", "normal" or "roomy". */
void               phoenix_cv_renderer_set_look       (PhoenixCvRenderer *self,
                                                       const char        *accent,
                                                       const char        *font,
                                                       const char        *spacing);
/* TRUE: text and gaps shrink (down to 78 %) until the CV fits on one page. */
void               phoenix_cv_renderer_set_fit_one_page (PhoenixCvRenderer *self,
                                                         gboolean           fit_one_page);
/* TRUE when the CV is on one page; @size (optional): the text size it took (1.0: the template's). */
gboolean           phoenix_cv_renderer_get_fitted     (PhoenixCvRenderer *self,
                                                       double            *size);

void               phoenix_cv_renderer_get_page_size  (PhoenixCvRenderer *self,
                                                       double            *width,
                                                       double            *height);
int                phoenix_cv_renderer_get_n_pages    (PhoenixCvRenderer *self);

/* Draws page @page (0-based) at the current transformation of @cr: white
 * paper, then the text. Returns FALSE when there is no such page. */
gboolean           phoenix_cv_renderer_render_page    (PhoenixCvRenderer *self,
                                                       cairo_t           *cr,
                                                       int                page);

/* Writes every page to a PDF file (fonts embedded, text selectable). The
 * file appears complete or not at all (written beside, then renamed). */
gboolean           phoenix_cv_renderer_export_pdf     (PhoenixCvRenderer *self,
                                                       const char        *path,
                                                       GCancellable      *cancellable,
                                                       GError           **error);
/* The same in a worker thread, from the snapshot taken when it is called;
 * the renderer and profile may change meanwhile. */
void               phoenix_cv_renderer_export_pdf_async  (PhoenixCvRenderer   *self,
                                                          const char          *path,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean           phoenix_cv_renderer_export_pdf_finish (PhoenixCvRenderer  *self,
                                                          GAsyncResult       *result,
                                                          GError            **error);

/* Page 1 of the CV (its snapshot and look) in every template, @width pixels wide, drawn in a
 * worker thread: the finish returns cairo image surfaces in the order of
 * phoenix_cv_templates_get() (a GPtrArray that frees them). */
void               phoenix_cv_renderer_render_thumbnails_async  (PhoenixCvRenderer   *self,
                                                                 int                  width,
                                                                 GCancellable        *cancellable,
                                                                 GAsyncReadyCallback  callback,
                                                                 gpointer             user_data);
GPtrArray         *phoenix_cv_renderer_render_thumbnails_finish (PhoenixCvRenderer   *self,
                                                                 GAsyncResult        *result,
                                                                 GError             **error);

/* The name, the section titles and the entry titles as the layout orders them for a reader:
 * the header, the main column, then a sidebar's (the order the tests hold a text extractor to). */
GStrv              phoenix_cv_renderer_dup_reading_order (PhoenixCvRenderer *self);

/* TRUE when the CV has nothing to show: no name, headline, contact or section. */
gboolean           phoenix_cv_renderer_is_empty       (PhoenixCvRenderer *self);

/* The same CV as a Word document (.docx): one column in reading order, headings styled as
 * Word's, the template's colour and sizes; written beside, then renamed. */
gboolean           phoenix_cv_renderer_export_docx       (PhoenixCvRenderer   *self,
                                                          const char          *path,
                                                          GError             **error);
void               phoenix_cv_renderer_export_docx_async (PhoenixCvRenderer   *self,
                                                          const char          *path,
                                                          GCancellable        *cancellable,
                                                          GAsyncReadyCallback  callback,
                                                          gpointer             user_data);
gboolean           phoenix_cv_renderer_export_docx_finish (PhoenixCvRenderer  *self,
                                                           GAsyncResult       *result,
                                                           GError            **error);

/* TRUE when, in the current layout, every section title and every entry title
 * shares its page with the first line that follows it (the page-break rule;
 * used by the tests). */
gboolean           phoenix_cv_renderer_check_keep_together (PhoenixCvRenderer *self);

G_END_DECLS
