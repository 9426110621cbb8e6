/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-renderer"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>
#include <cairo-pdf.h>

#include "phoenix-cv-docx.h"
#include "phoenix-cv-renderer.h"
#include "phoenix-cv-page-layout-private.h"
#include "phoenix-cv-renderer-private.h"

struct _PhoenixCvRenderer
{
  GObject parent_instance;

  char         *template_id;
  char         *language;
  char         *paper;
  gboolean      show_photo;
  guint32       accent;       /* 0: the template's */
  char         *font;         /* a font id, or NULL: the template's */
  double        spacing;
  gboolean      fit_one_page;
  double        fitted_size;  /* the text size the last layout took (1: the template's) */

  CvDocument   *doc;        /* snapshot of the profile */
  PhoenixProfile *profile;  /* kept to rebuild the snapshot when the language changes */
  GStrv         sections;

  PangoFontMap *font_map;
  PangoContext *context;
  CvLayout     *layout;     /* NULL until needed */
  CvBlockCache *cache;      /* the shaped blocks of the last layout: a keystroke re-shapes one entry */
  gboolean      incremental;  /* FALSE: every layout shapes everything (benchmarks) */

  GBytes       *photo_source;  /* the photo last decoded, and its pixels: */
  CvDocPhoto   *photo;         /* decoded once, not at every edit */
};

enum {
  PROP_0,
  PROP_TEMPLATE,
  PROP_LANGUAGE,
  PROP_PAPER,
  PROP_SHOW_PHOTO,
  PROP_N_PAGES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixCvRenderer, phoenix_cv_renderer, G_TYPE_OBJECT)

static const char * const section_ids[N_CV_SECTION_IDS] = {
  [CV_SECTION_ID_SUMMARY] = "summary",
  [CV_SECTION_ID_EXPERIENCE] = "experience",
  [CV_SECTION_ID_EDUCATION] = "education",
  [CV_SECTION_ID_PROJECTS] = "projects",
  [CV_SECTION_ID_VOLUNTEERING] = "volunteering",
  [CV_SECTION_ID_CERTIFICATIONS] = "certifications",
  [CV_SECTION_ID_AWARDS] = "awards",
  [CV_SECTION_ID_PUBLICATIONS] = "publications",
  [CV_SECTION_ID_SKILLS] = "skills",
  [CV_SECTION_ID_LANGUAGES] = "languages",
  [CV_SECTION_ID_INTERESTS] = "interests",
  [CV_SECTION_ID_REFERENCES] = "references",
  [CV_SECTION_ID_LINKS] = "links",
};

typedef struct
{
  CvDocument       *doc;
  CvTemplate        tmpl;     /* with the CV's look; its strings are static */
  gboolean          docx;     /* a Word document, not a PDF */
  double            width;
  double            height;
  char             *path;
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  _phoenix_cv_document_unref (export->doc);
  g_free (export->path);
  g_free (export);
}

static void
invalidate (PhoenixCvRenderer *self)
{
  int old_pages = self->layout != NULL ? _phoenix_cv_layout_get_n_pages (self->layout) : -1;

  g_clear_pointer (&self->layout, _phoenix_cv_layout_free);
  if (old_pages != -1)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
}

/* The profile's photo, decoded; NULL when it has none or it is not an image. */
static CvDocPhoto *
get_photo (PhoenixCvRenderer *self)
{
  GBytes *source = phoenix_profile_get_photo (self->profile);

  if (source == NULL)
    return NULL;
  if (self->photo_source == NULL || !g_bytes_equal (self->photo_source, source))
    {
      g_clear_pointer (&self->photo, _phoenix_cv_photo_unref);
      g_clear_pointer (&self->photo_source, g_bytes_unref);
      self->photo_source = g_bytes_ref (source);
      self->photo = _phoenix_cv_photo_new (source);
    }

  return self->photo;
}

static void
rebuild_document (PhoenixCvRenderer *self)
{
  CvSectionId order[N_CV_SECTION_IDS];
  gsize n = 0;

  g_clear_pointer (&self->doc, _phoenix_cv_document_unref);
  if (self->profile == NULL)
    return;

  for (guint i = 0; self->sections != NULL && self->sections[i] != NULL; i++)
    {
      for (int id = 0; id < N_CV_SECTION_IDS && n < G_N_ELEMENTS (order); id++)
        {
          if (g_strcmp0 (section_ids[id], self->sections[i]) == 0)
            order[n++] = id;
        }
    }

  self->doc = _phoenix_cv_document_new (self->profile, self->language,
                                        self->sections != NULL ? order : NULL, n);
  if (self->show_photo)
    _phoenix_cv_document_set_photo (self->doc, get_photo (self));
  invalidate (self);
}

/* Text sizes tried, largest first, when the CV must fit on one page. */
static const double fit_sizes[] = { 1.0, 0.95, 0.9, 0.86, 0.82, 0.78 };

/* The template with the CV's look, at text size @size. */
static void
resolve_template (PhoenixCvRenderer *self,
                  double             size,
                  CvTemplate        *out)
{
  CvLook look = { self->accent, self->font, self->spacing, size };

  _phoenix_cv_template_apply_look (_phoenix_cv_template_lookup (self->template_id), &look, out);
}

static CvLayout *
ensure_layout (PhoenixCvRenderer *self)
{
  if (self->layout == NULL)
    {
      double width, height;
      CvTemplate tmpl;
      g_autoptr(PhoenixProfile) empty = NULL;

      if (self->doc == NULL)
        {
          empty = phoenix_profile_new ();
          self->doc = _phoenix_cv_document_new (empty, self->language, NULL, 0);
        }

      _phoenix_cv_paper_size (self->paper, &width, &height);
      /* Fit to one page: smaller text and gaps until it fits, or the smallest size tried. */
      for (gsize i = 0; i < G_N_ELEMENTS (fit_sizes); i++)
        {
          g_clear_pointer (&self->layout, _phoenix_cv_layout_free);
          self->fitted_size = fit_sizes[i];
          resolve_template (self, fit_sizes[i], &tmpl);
          self->layout = _phoenix_cv_layout_new_cached (self->doc, &tmpl, width, height, self->context,
                                                        self->incremental ? self->cache : NULL);
          if (!self->fit_one_page || _phoenix_cv_layout_get_n_pages (self->layout) <= 1)
            break;
        }
    }

  return self->layout;
}

static gboolean
write_pdf (CvDocument        *doc,
           const CvTemplate  *tmpl,
           double             width,
           double             height,
           PangoContext      *context,
           CvLayout          *prepared,
           const char        *path,
           GCancellable      *cancellable,
           GError           **error)
{
  g_autoptr(CvLayout) own = NULL;
  CvLayout *layout = prepared;
  g_autofree char *tmp_path = g_strdup_printf ("%s.part", path);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  int n_pages;

  if (layout == NULL)
    layout = own = _phoenix_cv_layout_new (doc, tmpl, width, height, context);
  n_pages = _phoenix_cv_layout_get_n_pages (layout);

  surface = cairo_pdf_surface_create (tmp_path, width, height);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, doc->name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, doc->name);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Phoenix " PACKAGE_VERSION);
  cr = cairo_create (surface);

  for (int page = 0; page < n_pages; page++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        break;
      _phoenix_cv_layout_draw_page (layout, cr, page);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (tmp_path);
      return FALSE;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_autofree char *display = g_filename_display_name (path);

      g_unlink (tmp_path);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   _("Could not write the PDF “%s”: %s"), display, cairo_status_to_string (status));
      return FALSE;
    }

  if (g_rename (tmp_path, path) != 0)
    {
      int saved = errno;
      g_autofree char *display = g_filename_display_name (path);

      g_unlink (tmp_path);
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved),
                   _("Could not write the PDF “%s”: %s"), display, g_strerror (saved));
      return FALSE;
    }

  return TRUE;
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *export = task_data;
  PangoFontMap *font_map = _phoenix_cv_font_map_new ();
  PangoContext *context = _phoenix_cv_context_new (font_map);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  /* Fonts and layouts of the worker's own: Pango objects are not shared across threads. */
  if (export->docx)
    ok = !g_cancellable_set_error_if_cancelled (cancellable, &error) &&
         _phoenix_cv_document_write_docx (export->doc, &export->tmpl, export->width, export->height, export->path,
                                          &error);
  else
    ok = write_pdf (export->doc, &export->tmpl, export->width, export->height, context, NULL,
                    export->path, cancellable, &error);
  g_object_unref (context);
  g_object_unref (font_map);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
phoenix_cv_renderer_dispose (GObject *object)
{
  PhoenixCvRenderer *self = PHOENIX_CV_RENDERER (object);

  g_clear_pointer (&self->layout, _phoenix_cv_layout_free);
  g_clear_pointer (&self->cache, _phoenix_cv_block_cache_free);
  g_clear_pointer (&self->doc, _phoenix_cv_document_unref);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->photo, _phoenix_cv_photo_unref);
  g_clear_pointer (&self->photo_source, g_bytes_unref);
  g_clear_object (&self->context);
  g_clear_object (&self->font_map);

  G_OBJECT_CLASS (phoenix_cv_renderer_parent_class)->dispose (object);
}

static void
phoenix_cv_renderer_finalize (GObject *object)
{
  PhoenixCvRenderer *self = PHOENIX_CV_RENDERER (object);

  g_clear_pointer (&self->template_id, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->paper, g_free);
  g_clear_pointer (&self->font, g_free);
  g_clear_pointer (&self->sections, g_strfreev);

  G_OBJECT_CLASS (phoenix_cv_renderer_parent_class)->finalize (object);
}

static void
phoenix_cv_renderer_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  PhoenixCvRenderer *self = PHOENIX_CV_RENDERER (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE:
      g_value_set_string (value, self->template_id);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_PAPER:
      g_value_set_string (value, self->paper);
      break;

    case PROP_SHOW_PHOTO:
      g_value_set_boolean (value, self->show_photo);
      break;

    case PROP_N_PAGES:
      g_value_set_int (value, phoenix_cv_renderer_get_n_pages (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_cv_renderer_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  PhoenixCvRenderer *self = PHOENIX_CV_RENDERER (object);

  switch (prop_id)
    {
    case PROP_TEMPLATE:
      phoenix_cv_renderer_set_template (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGE:
      phoenix_cv_renderer_set_language (self, g_value_get_string (value));
      break;

    case PROP_PAPER:
      phoenix_cv_renderer_set_paper (self, g_value_get_string (value));
      break;

    case PROP_SHOW_PHOTO:
      phoenix_cv_renderer_set_show_photo (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_cv_renderer_class_init (PhoenixCvRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phoenix_cv_renderer_dispose;
  object_class->finalize = phoenix_cv_renderer_finalize;
  object_class->get_property = phoenix_cv_renderer_get_property;
  object_class->set_property = phoenix_cv_renderer_set_property;

  properties[PROP_TEMPLATE] =
    g_param_spec_string ("template", NULL, NULL,
                         "classic",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         "fr",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_PAPER] =
    g_param_spec_string ("paper", NULL, NULL,
                         "a4",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_SHOW_PHOTO] =
    g_param_spec_boolean ("show-photo", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  properties[PROP_N_PAGES] =
    g_param_spec_int ("n-pages", NULL, NULL,
                      0, G_MAXINT, 1,
                      G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_cv_renderer_init (PhoenixCvRenderer *self)
{
  self->template_id = g_strdup ("classic");
  self->language = g_strdup ("fr");
  self->paper = g_strdup ("a4");
  self->spacing = 1.0;
  self->fitted_size = 1.0;
  self->font_map = _phoenix_cv_font_map_new ();
  self->context = _phoenix_cv_context_new (self->font_map);
  self->cache = _phoenix_cv_block_cache_new ();
  /* PHOENIX_CV_FULL_LAYOUT=1: the layout before issue #20, for a comparison. */
  self->incremental = g_getenv ("PHOENIX_CV_FULL_LAYOUT") == NULL;
}

PhoenixCvRenderer *
phoenix_cv_renderer_new (void)
{
  return g_object_new (PHOENIX_TYPE_CV_RENDERER, NULL);
}

void
phoenix_cv_renderer_set_profile (PhoenixCvRenderer *self,
                                 PhoenixProfile    *profile)
{
  phoenix_cv_renderer_set_profile_sections (self, profile, NULL);
}

void
phoenix_cv_renderer_set_profile_sections (PhoenixCvRenderer  *self,
                                          PhoenixProfile     *profile,
                                          const char * const *sections)
{
  g_return_if_fail (PHOENIX_IS_CV_RENDERER (self));
  g_return_if_fail (PHOENIX_IS_PROFILE (profile));

  g_set_object (&self->profile, profile);
  g_clear_pointer (&self->sections, g_strfreev);
  self->sections = g_strdupv ((char **) sections);
  rebuild_document (self);
}

void
phoenix_cv_renderer_set_variant (PhoenixCvRenderer *self,
                                 PhoenixCvVariant  *variant,
                                 PhoenixProfile    *profile)
{
  g_autoptr(PhoenixProfile) view = NULL;
  const char * const *sections;

  g_return_if_fail (PHOENIX_IS_CV_RENDERER (self));
  g_return_if_fail (PHOENIX_IS_CV_VARIANT (variant));
  g_return_if_fail (PHOENIX_IS_PROFILE (profile));

  g_object_freeze_notify (G_OBJECT (self));
  phoenix_cv_renderer_set_template (self, phoenix_cv_variant_get_template (variant));
  phoenix_cv_renderer_set_paper (self, phoenix_cv_variant_get_paper (variant));
  phoenix_cv_renderer_set_language (self, phoenix_cv_variant_get_language (variant));
  phoenix_cv_renderer_set_show_photo (self, phoenix_cv_variant_get_show_photo (variant));
  phoenix_cv_renderer_set_look (self, phoenix_cv_variant_get_accent (variant), phoenix_cv_variant_get_font (variant),
                                phoenix_cv_variant_get_spacing (variant));
  phoenix_cv_renderer_set_fit_one_page (self, phoenix_cv_variant_get_fit_one_page (variant));
  view = phoenix_cv_variant_resolve (variant, profile);
  sections = phoenix_cv_variant_get_sections (variant);
  phoenix_cv_renderer_set_profile_sections (self, view,
                                            sections != NULL && sections[0] != NULL ? sections : NULL);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
phoenix_cv_renderer_get_template (PhoenixCvRenderer *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_RENDERER (self), NULL);

  return self->template_id;
}

/* An unknown id falls back to "classic". */
void
phoenix_cv_renderer_set_template (PhoenixCvRenderer *self,
                                  const char        *template_id)
{
  g_return_if_fail (PHOENIX_IS_CV_RENDERER (self));

  if (!phoenix_cv_template_exists (template_id))
    template_id = "classic";
  if (g_strcmp0 (self->template_id, template_id) == 0)
    return;

  g_free (self->template_id);
  self->template_id = g_strdup (template_id);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEMPLATE]);
}

const char *
phoenix_cv_renderer_get_language (PhoenixCvRenderer *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_RENDERER (self), NULL);

  return self->language;
}

/* "fr" or "en"; anything else is "en". */
void
phoenix_cv_renderer_set_language (PhoenixCvRenderer *self,
                                  const char        *language)
{
  g_return_if_fail (PHOENIX_IS_CV_RENDERER (self));

  language = g_strcmp0 (language, "fr") == 0 ? "fr" : "en";
  if (g_strcmp0 (self->language, language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (language);
  rebuild_document (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

const char *
phoenix_cv_renderer_get_paper (PhoenixCvRenderer *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_RENDERER (self), NULL);

  return self->paper;
}

/* "a4" or "letter"; anything else is "a4". */
void
phoenix_cv_renderer_set_paper (PhoenixCvRenderer *self,
                               const char        *paper)
{
  g_return_if_fail (PHOENIX_IS_CV_RENDERER (self));

  paper = g_strcmp0 (paper, "letter") == 0 ? "letter" : "a4";
  if (g_strcmp0 (self->paper, paper) == 0)
    return;

  g_free (self->paper);
  self->paper = g_strdup (paper);
  invalidate (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAPER]);
}

gboolean
phoenix_cv_renderer_get_show_photo (PhoenixCvRenderer *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_RENDERER (self), FALSE);

  return self->show_photo;
}

void
phoenix_cv_renderer_set_show_photo (PhoenixCvRenderer *self,
                                    gboolean           show_photo)
{
  g_return_if_fail (PHOENIX_IS_CV_RENDERER (self));

  show_photo = !!show_photo;
  if (self->show_photo == show_photo)
    return;

  self->show_photo = show_photo;
  rebuild_document (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_PHOTO]);
}

void
phoenix_cv_renderer_get_page_size (PhoenixCvRenderer *self,
                                   double            *width,
                                   double            *height)
{
  double w, h;

  g_return_if_fail (PHOENIX_IS_CV_RENDERER (self));

  _phoenix_cv_paper_size (self->paper, &w, &h);
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
}

int
phoenix_cv_renderer_get_n_pages (PhoenixCvRenderer *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_RENDERER (self), 0);

  return _phoenix_cv_layout_get_n_pages (ensure_layout (self));
}

gboolean
phoenix_cv_renderer_render_page (PhoenixCvRenderer *self,
                                 cairo_t           *cr,
                                 int                page)
{
  CvLayout *layout;

  g_return_val_if_fail (PHOENIX_IS_CV_RENDERER (self), FALSE);
  g_return_val_if_fail (cr != NULL, FALSE);

  layout = ensure_layout (self);
  if (page < 0 || page >= _phoenix_cv_layout_get_n_pages (layout))
    return FALSE;

  _phoenix_cv_layout_draw_page (layout, cr, page);
  return TRUE;
}

gboolean
phoenix_cv_renderer_export_pdf (PhoenixCvRenderer  *self,
                                const char         *path,
                                GCancellable       *cancellable,
                                GError            **error)
{
  double width, height;
  CvLayout *layout;

  g_return_val_if_fail (PHOENIX_IS_CV_RENDERER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  layout = ensure_layout (self);
  _phoenix_cv_paper_size (self->paper, &width, &height);

  return write_pdf (self->doc, layout->tmpl, width, height, self->context, layout, path, cancellable, error);
}

static void
export_async (PhoenixCvRenderer   *self,
              gboolean             docx,
              const char          *path,
              GCancellable        *cancellable,
              GAsyncReadyCallback  callback,
              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportData *export;

  ensure_layout (self);  /* makes sure there is a document, and fits it */

  export = g_new0 (ExportData, 1);
  export->doc = _phoenix_cv_document_ref (self->doc);
  export->docx = docx;
  resolve_template (self, self->fitted_size, &export->tmpl);
  _phoenix_cv_paper_size (self->paper, &export->width, &export->height);
  export->path = g_strdup (path);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, docx ? (gpointer) phoenix_cv_renderer_export_docx_async
                                    : (gpointer) phoenix_cv_renderer_export_pdf_async);
  g_task_set_task_data (task, export, export_data_free);
  g_task_run_in_thread (task, export_thread);
}

void
phoenix_cv_renderer_export_pdf_async (PhoenixCvRenderer   *self,
                                      const char          *path,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data)
{
  g_return_if_fail (PHOENIX_IS_CV_RENDERER (self));
  g_return_if_fail (path != NULL);

  export_async (self, FALSE, path, cancellable, callback, user_data);
}

gboolean
phoenix_cv_renderer_export_docx (PhoenixCvRenderer  *self,
                                 const char         *path,
                                 GError            **error)
{
  double width, height;
  CvTemplate tmpl;

  g_return_val_if_fail (PHOENIX_IS_CV_RENDERER (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  ensure_layout (self);
  _phoenix_cv_paper_size (self->paper, &width, &height);
  resolve_template (self, self->fitted_size, &tmpl);
  return _phoenix_cv_document_write_docx (self->doc, &tmpl, width, height, path, error);
}

void
phoenix_cv_renderer_export_docx_async (PhoenixCvRenderer   *self,
                                       const char          *path,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_return_if_fail (PHOENIX_IS_CV_RENDERER (self));
  g_return_if_fail (path != NULL);

  export_async (self, TRUE, path, cancellable, callback, user_data);
}

gboolean
phoenix_cv_renderer_export_docx_finish (PhoenixCvRenderer  *self,
                                        GAsyncResult       *result,
                                        GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
phoenix_cv_renderer_export_pdf_finish (PhoenixCvRenderer  *self,
                                       GAsyncResult       *result,
                                       GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
phoenix_cv_renderer_check_keep_together (PhoenixCvRenderer *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_RENDERER (self), FALSE);

  return _phoenix_cv_layout_keeps_entries_together (ensure_layout (self));
}

gboolean
phoenix_cv_renderer_is_empty (PhoenixCvRenderer *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_RENDERER (self), TRUE);

  ensure_layout (self);
  return self->doc->name[0] == '\0' && self->doc->headline[0] == '\0' && self->doc->contact[0] == NULL &&
         self->doc->sections->len == 0;
}

void
phoenix_cv_renderer_set_look (PhoenixCvRenderer *self,
                              const char        *accent,
                              const char        *font,
                              const char        *spacing)
{
  guint32 rgb = 0;
  double factor = 1.0;
  gboolean known_font = FALSE;
  guint n_fonts;
  const PhoenixCvFontInfo *fonts = phoenix_cv_fonts_get (&n_fonts);

  g_return_if_fail (PHOENIX_IS_CV_RENDERER (self));

  if (accent != NULL && accent[0] == '#' && strlen (accent) == 7)
    rgb = (guint32) g_ascii_strtoull (accent + 1, NULL, 16);
  /* Pure black is 0: the template's own colour would win, so use the nearest. */
  if (accent != NULL && g_ascii_strcasecmp (accent, "#000000") == 0)
    rgb = 0x010101;
  if (g_strcmp0 (spacing, "compact") == 0)
    factor = 0.65;
  else if (g_strcmp0 (spacing, "roomy") == 0)
    factor = 1.4;
  for (guint i = 0; font != NULL && i < n_fonts; i++)
    known_font |= g_str_equal (fonts[i].id, font);

  if (self->accent == rgb && self->spacing == factor &&
      g_strcmp0 (self->font, known_font ? font : NULL) == 0)
    return;

  self->accent = rgb;
  self->spacing = factor;
  g_free (self->font);
  self->font = known_font ? g_strdup (font) : NULL;
  invalidate (self);
}

void
phoenix_cv_renderer_set_fit_one_page (PhoenixCvRenderer *self,
                                      gboolean           fit_one_page)
{
  g_return_if_fail (PHOENIX_IS_CV_RENDERER (self));

  fit_one_page = !!fit_one_page;
  if (self->fit_one_page == fit_one_page)
    return;

  self->fit_one_page = fit_one_page;
  invalidate (self);
}

gboolean
phoenix_cv_renderer_get_fitted (PhoenixCvRenderer *self,
                                double            *size)
{
  g_return_val_if_fail (PHOENIX_IS_CV_RENDERER (self), FALSE);

  ensure_layout (self);
  if (size != NULL)
    *size = self->fitted_size;
  return _phoenix_cv_layout_get_n_pages (self->layout) <= 1;
}

/* Thumbnails: page 1 of the CV in every template, in a worker thread. */
typedef struct
{
  CvDocument *doc;
  CvLook      look;
  char       *font;
  double      width;   /* points */
  double      height;
  int         pixels;  /* the thumbnails' width */
} ThumbnailData;

static void
thumbnail_data_free (gpointer data)
{
  ThumbnailData *thumbnails = data;

  _phoenix_cv_document_unref (thumbnails->doc);
  g_free (thumbnails->font);
  g_free (thumbnails);
}

static void
thumbnails_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  ThumbnailData *data = task_data;
  PangoFontMap *font_map;
  PangoContext *context;
  g_autoptr(GPtrArray) surfaces = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  double scale = data->pixels / data->width;
  guint n_templates;
  const PhoenixCvTemplateInfo *templates = phoenix_cv_templates_get (&n_templates);

  data->look.font = data->font;
  /* Fonts and layouts of the worker's own: Pango objects are not shared across threads. */
  font_map = _phoenix_cv_font_map_new ();
  context = _phoenix_cv_context_new (font_map);
  for (guint i = 0; i < n_templates && !g_cancellable_is_cancelled (cancellable); i++)
    {
      CvTemplate tmpl;
      g_autoptr(CvLayout) layout = NULL;
      cairo_surface_t *surface;
      cairo_t *cr;

      _phoenix_cv_template_apply_look (_phoenix_cv_template_lookup (templates[i].id), &data->look, &tmpl);
      layout = _phoenix_cv_layout_new (data->doc, &tmpl, data->width, data->height, context);
      surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, data->pixels, (int) ceil (data->height * scale));
      cr = cairo_create (surface);
      cairo_scale (cr, scale, scale);
      _phoenix_cv_layout_draw_page (layout, cr, 0);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      g_ptr_array_add (surfaces, surface);
    }
  g_object_unref (context);
  g_object_unref (font_map);

  if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, g_steal_pointer (&surfaces), (GDestroyNotify) g_ptr_array_unref);
}

void
phoenix_cv_renderer_render_thumbnails_async (PhoenixCvRenderer   *self,
                                             int                  width,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ThumbnailData *data;

  g_return_if_fail (PHOENIX_IS_CV_RENDERER (self));
  g_return_if_fail (width > 0);

  ensure_layout (self);  /* makes sure there is a document */

  data = g_new0 (ThumbnailData, 1);
  data->doc = _phoenix_cv_document_ref (self->doc);
  data->look.accent = self->accent;
  data->look.spacing = self->spacing;
  data->look.size = 1.0;
  data->font = g_strdup (self->font);
  data->pixels = width;
  _phoenix_cv_paper_size (self->paper, &data->width, &data->height);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, phoenix_cv_renderer_render_thumbnails_async);
  g_task_set_task_data (task, data, thumbnail_data_free);
  g_task_run_in_thread (task, thumbnails_thread);
}

GPtrArray *
phoenix_cv_renderer_render_thumbnails_finish (PhoenixCvRenderer  *self,
                                              GAsyncResult       *result,
                                              GError            **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GStrv
phoenix_cv_renderer_dup_reading_order (PhoenixCvRenderer *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_RENDERER (self), NULL);

  return _phoenix_cv_layout_dup_reading_order (ensure_layout (self));
}

CvBlockCache *
_phoenix_cv_renderer_get_block_cache (PhoenixCvRenderer *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_RENDERER (self), NULL);

  return self->cache;
}

void
_phoenix_cv_renderer_set_incremental (PhoenixCvRenderer *self,
                                      gboolean           incremental)
{
  g_return_if_fail (PHOENIX_IS_CV_RENDERER (self));

  self->incremental = !!incremental;
  if (!self->incremental)
    _phoenix_cv_block_cache_clear (self->cache);
  invalidate (self);
}

/* Everything of @self but its identity swapped with @other's: @self then shows the layout
 * @other made (in a worker), and @other holds what @self had, to be dropped. */
void
_phoenix_cv_renderer_swap (PhoenixCvRenderer *self,
                           PhoenixCvRenderer *other)
{
  const gsize start = G_STRUCT_OFFSET (PhoenixCvRenderer, template_id);
  guint8 saved[sizeof (PhoenixCvRenderer)];

  g_return_if_fail (PHOENIX_IS_CV_RENDERER (self) && PHOENIX_IS_CV_RENDERER (other));

  memcpy (saved, (guint8 *) self + start, sizeof (PhoenixCvRenderer) - start);
  memcpy ((guint8 *) self + start, (guint8 *) other + start, sizeof (PhoenixCvRenderer) - start);
  memcpy ((guint8 *) other + start, saved, sizeof (PhoenixCvRenderer) - start);
  for (guint i = 1; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
}

void
_phoenix_cv_renderer_release_profile (PhoenixCvRenderer *self)
{
  g_return_if_fail (PHOENIX_IS_CV_RENDERER (self));

  g_clear_object (&self->profile);
}
