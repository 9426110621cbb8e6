/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-preview"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <math.h>
#ifdef __linux__
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

#include "phoenix-cv-preview.h"
#include "phoenix-cv-renderer-private.h"

/* Space around and between pages, in pixels. */
#define MARGIN 16

struct _PhoenixCvPreview
{
  GtkWidget          parent_instance;

  PhoenixCvRenderer *renderer;
  PhoenixProfile    *profile;
  PhoenixCvVariant  *variant;

  guint              delay_id;
  guint              idle_id;
  double             last_layout_ms;
  double             zoom;       /* 0: fit the width */
  GtkAdjustment     *vadjustment;  /* the scrolled window's around it, while rooted: a scroll */
  GtkAdjustment     *hadjustment;  /* draws the pages that come into view */
  int                pages_drawn;  /* by the last snapshot, */
  int                first_drawn;  /* from this page */
  int                last_drawn;   /* to this one */
  guint              layout_serial;  /* bumped by every layout: a worker's late result is dropped */
  gboolean           in_worker;      /* a new profile or variant is being laid out in a worker */
  gboolean           refresh_after;  /* and an edit came meanwhile */
  /* No profile laid out yet, or none since the lock: one blank page, nothing laid out. */
  gboolean           blank;
};

static int
n_pages (PhoenixCvPreview *self)
{
  return self->blank ? 1 : MAX (phoenix_cv_renderer_get_n_pages (self->renderer), 1);
}

enum {
  REFRESHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixCvPreview, phoenix_cv_preview, GTK_TYPE_WIDGET)

/* A renderer of the profile (and variant) as it is now: its document is built here, on the
 * main thread (it reads the profile's objects); nothing is laid out yet. */
static PhoenixCvRenderer *
renderer_for (PhoenixCvPreview *self)
{
  PhoenixCvRenderer *renderer = phoenix_cv_renderer_new ();

  if (self->profile != NULL && self->variant != NULL)
    phoenix_cv_renderer_set_variant (renderer, self->variant, self->profile);
  else if (self->profile != NULL)
    phoenix_cv_renderer_set_profile (renderer, self->profile);
  return renderer;
}

static void take_snapshot (PhoenixCvPreview *self);

/* A thread of the preview's own (laying out, freeing) yields the cores to the main thread
 * (issue #20): with two cores, the worker, the display server and the main thread compete,
 * and the frames that build an import's rows waited for the worker. Its own thread, not a
 * GTask pool's: an unprivileged thread cannot take its priority back. */
static void
lower_thread_priority (void)
{
#ifdef __linux__
  id_t tid = (id_t) syscall (SYS_gettid);
  int nice_value;

  errno = 0;
  nice_value = getpriority (PRIO_PROCESS, tid);
  if (errno == 0 && setpriority (PRIO_PROCESS, tid, MIN (nice_value + 10, 19)) != 0)
    g_debug ("Could not lower the preview thread's priority: %s", g_strerror (errno));
#endif
}

static gpointer
drop_thread (gpointer renderer)
{
  lower_thread_priority ();
  g_object_unref (renderer);
  return NULL;
}

/* A renderer no longer shown (a whole CV's layout and block cache: tens of ms to free), let go
 * of in a thread: its fonts, Pango context and layout are its own, nothing else uses them; the
 * profile's entries it shares with the main thread are let go of here first. */
static void
drop_in_worker (PhoenixCvRenderer *renderer)
{
  _phoenix_cv_renderer_release_profile (renderer);
  g_thread_unref (g_thread_new ("phoenix-cv-drop", drop_thread, renderer));
}

typedef struct
{
  PhoenixCvPreview *preview;
  guint             serial;
  gint64            start;
} LayoutJob;

static gpointer
layout_thread (gpointer data)
{
  GTask *task = data;
  PhoenixCvRenderer *renderer = g_task_get_task_data (task);

  lower_thread_priority ();
  /* Its own fonts, Pango context and block cache: nothing the main thread touches. */
  phoenix_cv_renderer_get_n_pages (renderer);
  g_task_return_pointer (task, g_object_ref (renderer), g_object_unref);
  g_object_unref (task);
  return NULL;
}

/* Back on the main thread: the renderer on screen takes the worker's layout over (the
 * widget keeps its renderer, whoever holds it), unless a newer layout was asked for. */
static void
layout_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LayoutJob *job = user_data;
  PhoenixCvPreview *self = job->preview;
  PhoenixCvRenderer *laid_out = g_task_propagate_pointer (G_TASK (result), NULL);

  if (job->serial == self->layout_serial && self->renderer != NULL && laid_out != NULL)
    {
      self->in_worker = FALSE;
      self->blank = FALSE;
      _phoenix_cv_renderer_swap (self->renderer, laid_out);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      g_signal_emit (self, signals[REFRESHED], 0);
      /* Edits made meanwhile: shaped again over the new layout's cache, those entries only. */
      if (self->refresh_after)
        take_snapshot (self);
    }
  /* The last layout, or one no longer wanted. */
  if (laid_out != NULL)
    drop_in_worker (laid_out);
  g_object_unref (self);
  g_free (job);
}

/* Below this many entries a CV is laid out at once, on the main thread (M's 103: about 30 ms):
 * a worker, with fonts and a cache of its own, would cost more than it saves. */
#define WORKER_MIN_ENTRIES 150

static guint
count_entries (PhoenixProfile *profile)
{
  GListStore *(*const lists[]) (PhoenixProfile *) = {
    phoenix_profile_get_experiences, phoenix_profile_get_education, phoenix_profile_get_skills,
    phoenix_profile_get_languages, phoenix_profile_get_certifications, phoenix_profile_get_projects,
    phoenix_profile_get_interests, phoenix_profile_get_volunteering, phoenix_profile_get_awards,
    phoenix_profile_get_publications, phoenix_profile_get_references,
  };
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    n += g_list_model_get_n_items (G_LIST_MODEL (lists[i] (profile)));
  return n;
}

/* A new profile or variant, or most of it changed: every block is shaped, so in a worker
 * (issue #20) unless the CV is small; the pages shown meanwhile stay those of the last layout. */
static void
layout_in_worker (PhoenixCvPreview *self)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(PhoenixCvRenderer) renderer = NULL;
  LayoutJob *job = g_new0 (LayoutJob, 1);

  g_clear_handle_id (&self->delay_id, g_source_remove);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  if (count_entries (self->profile) < WORKER_MIN_ENTRIES)
    {
      g_free (job);
      self->layout_serial++;
      self->in_worker = FALSE;
      take_snapshot (self);
      return;
    }
  job->preview = g_object_ref (self);
  job->serial = ++self->layout_serial;
  job->start = g_get_monotonic_time ();
  renderer = renderer_for (self);
  self->last_layout_ms = (g_get_monotonic_time () - job->start) / 1000.0;
  self->in_worker = TRUE;
  self->refresh_after = FALSE;
  task = g_task_new (NULL, NULL, layout_done_cb, job);
  g_task_set_source_tag (task, layout_in_worker);
  g_task_set_task_data (task, g_steal_pointer (&renderer), g_object_unref);
  g_thread_unref (g_thread_new ("phoenix-cv-layout", layout_thread, g_steal_pointer (&task)));
}

static void
take_snapshot (PhoenixCvPreview *self)
{
  gint64 start = g_get_monotonic_time ();

  g_clear_handle_id (&self->delay_id, g_source_remove);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  /* Laid out in a worker: this edit waits for it, then shapes what it changed. */
  if (self->in_worker)
    {
      self->refresh_after = TRUE;
      return;
    }
  self->refresh_after = FALSE;

  if (self->profile != NULL && self->variant != NULL)
    phoenix_cv_renderer_set_variant (self->renderer, self->variant, self->profile);
  else if (self->profile != NULL)
    phoenix_cv_renderer_set_profile (self->renderer, self->profile);
  else if (self->renderer != NULL)
    {
      /* No profile (locked): nothing laid out, the last layout let go of in a thread. */
      PhoenixCvRenderer *blank = phoenix_cv_renderer_new ();

      _phoenix_cv_renderer_swap (self->renderer, blank);
      drop_in_worker (blank);
      self->blank = TRUE;
      self->last_layout_ms = 0;
      gtk_widget_queue_resize (GTK_WIDGET (self));
      g_signal_emit (self, signals[REFRESHED], 0);
      return;
    }

  /* The layout is done here, in the idle, not at the next frame. */
  self->blank = FALSE;
  phoenix_cv_renderer_get_n_pages (self->renderer);
  self->last_layout_ms = (g_get_monotonic_time () - start) / 1000.0;

  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_signal_emit (self, signals[REFRESHED], 0);
}

static gboolean
idle_cb (gpointer user_data)
{
  PhoenixCvPreview *self = PHOENIX_CV_PREVIEW (user_data);

  self->idle_id = 0;
  take_snapshot (self);
  return G_SOURCE_REMOVE;
}

static gboolean
delay_cb (gpointer user_data)
{
  PhoenixCvPreview *self = PHOENIX_CV_PREVIEW (user_data);

  self->delay_id = 0;
  if (self->idle_id == 0)
    self->idle_id = g_idle_add_full (G_PRIORITY_LOW, idle_cb, self, NULL);
  return G_SOURCE_REMOVE;
}

static void
schedule_refresh (PhoenixCvPreview *self)
{
  g_clear_handle_id (&self->delay_id, g_source_remove);
  self->delay_id = g_timeout_add (PHOENIX_CV_PREVIEW_REFRESH_DELAY_MS, delay_cb, self);
}

/* Scale from points to pixels for @width: the zoom's, or the one that fits the width. */
static double
page_scale (PhoenixCvPreview *self,
            int               width,
            double           *page_width,
            double           *page_height)
{
  phoenix_cv_renderer_get_page_size (self->renderer, page_width, page_height);

  if (self->zoom > 0)
    return self->zoom * PHOENIX_CV_PREVIEW_PIXELS_PER_POINT;
  return MAX (width - 2 * MARGIN, 1) / *page_width;
}

static void
phoenix_cv_preview_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  PhoenixCvPreview *self = PHOENIX_CV_PREVIEW (widget);
  double page_width, page_height;

  phoenix_cv_renderer_get_page_size (self->renderer, &page_width, &page_height);

  if (orientation == GTK_ORIENTATION_HORIZONTAL && self->zoom > 0)
    {
      /* A zoomed page is as wide as it is: the scrolled window scrolls across it. */
      *minimum = *natural = (int) ceil (page_width * self->zoom * PHOENIX_CV_PREVIEW_PIXELS_PER_POINT) + 2 * MARGIN;
    }
  else if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 200;
      *natural = (int) (page_width * 0.85) + 2 * MARGIN;
    }
  else
    {
      int width = for_size > 0 ? for_size : (int) (page_width * 0.85) + 2 * MARGIN;
      double scale = page_scale (self, width, &page_width, &page_height);
      int n = n_pages (self);

      *minimum = *natural = (int) (n * (page_height * scale + MARGIN) + MARGIN);
    }
}

static GtkSizeRequestMode
phoenix_cv_preview_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
phoenix_cv_preview_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  PhoenixCvPreview *self = PHOENIX_CV_PREVIEW (widget);
  int width = gtk_widget_get_width (widget);
  double page_width, page_height;
  double scale = page_scale (self, width, &page_width, &page_height);
  int n = n_pages (self);
  double y = MARGIN;
  /* Centred when the window is wider than the zoomed page. */
  double x = MAX (MARGIN, (width - page_width * scale) / 2);

  double visible_top = -G_MAXDOUBLE, visible_bottom = G_MAXDOUBLE;
  GtkWidget *viewport = gtk_widget_get_ancestor (widget, GTK_TYPE_VIEWPORT);

  /* Only the pages in the viewport (and half a screen around it) are drawn: the other pages
   * of a long CV cost nothing. A scroll draws again (adjustment_changed_cb). */
  if (viewport != NULL)
    {
      double top, bottom, unused;

      if (gtk_widget_translate_coordinates (viewport, widget, 0, 0, &unused, &top) &&
          gtk_widget_translate_coordinates (viewport, widget, 0, gtk_widget_get_height (viewport),
                                            &unused, &bottom))
        {
          double extra = (bottom - top) / 2;

          visible_top = top - extra;
          visible_bottom = bottom + extra;
        }
    }

  self->pages_drawn = 0;
  for (int page = 0; page < n; page++)
    {
      graphene_rect_t bounds = GRAPHENE_RECT_INIT (x, y, page_width * scale, page_height * scale);
      GskRoundedRect outline;
      GdkRGBA shadow = { 0, 0, 0, 0.25 };
      cairo_t *cr;

      if (y + page_height * scale < visible_top || y > visible_bottom)
        {
          y += page_height * scale + MARGIN;
          continue;
        }
      if (self->pages_drawn++ == 0)
        self->first_drawn = page;
      self->last_drawn = page;

      gsk_rounded_rect_init_from_rect (&outline, &bounds, 2);
      gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 1, 4);

      cr = gtk_snapshot_append_cairo (snapshot, &bounds);
      cairo_translate (cr, x, y);
      cairo_scale (cr, scale, scale);
      if (!self->blank)
        phoenix_cv_renderer_render_page (self->renderer, cr, page);
      else
        {
          cairo_set_source_rgb (cr, 1, 1, 1);
          cairo_paint (cr);
        }
      cairo_destroy (cr);

      y += page_height * scale + MARGIN;
    }
}

static void
adjustment_changed_cb (PhoenixCvPreview *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
track_adjustment (PhoenixCvPreview  *self,
                  GtkAdjustment    **slot,
                  GtkAdjustment     *adjustment)
{
  if (*slot != NULL)
    g_signal_handlers_disconnect_by_data (*slot, self);
  g_set_object (slot, adjustment);
  if (adjustment != NULL)
    g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (adjustment_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
phoenix_cv_preview_root (GtkWidget *widget)
{
  PhoenixCvPreview *self = PHOENIX_CV_PREVIEW (widget);
  GtkWidget *viewport;

  GTK_WIDGET_CLASS (phoenix_cv_preview_parent_class)->root (widget);

  viewport = gtk_widget_get_ancestor (widget, GTK_TYPE_VIEWPORT);
  if (viewport != NULL)
    {
      track_adjustment (self, &self->vadjustment, gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (viewport)));
      track_adjustment (self, &self->hadjustment, gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (viewport)));
    }
}

static void
phoenix_cv_preview_unroot (GtkWidget *widget)
{
  PhoenixCvPreview *self = PHOENIX_CV_PREVIEW (widget);

  track_adjustment (self, &self->vadjustment, NULL);
  track_adjustment (self, &self->hadjustment, NULL);

  GTK_WIDGET_CLASS (phoenix_cv_preview_parent_class)->unroot (widget);
}

static void
phoenix_cv_preview_dispose (GObject *object)
{
  PhoenixCvPreview *self = PHOENIX_CV_PREVIEW (object);

  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_data (self->profile, self);
  if (self->variant != NULL)
    g_signal_handlers_disconnect_by_data (self->variant, self);
  g_clear_object (&self->profile);
  g_clear_object (&self->variant);
  g_clear_handle_id (&self->delay_id, g_source_remove);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  track_adjustment (self, &self->vadjustment, NULL);
  track_adjustment (self, &self->hadjustment, NULL);
  g_clear_object (&self->renderer);

  G_OBJECT_CLASS (phoenix_cv_preview_parent_class)->dispose (object);
}

static void
phoenix_cv_preview_class_init (PhoenixCvPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phoenix_cv_preview_dispose;
  widget_class->measure = phoenix_cv_preview_measure;
  widget_class->get_request_mode = phoenix_cv_preview_get_request_mode;
  widget_class->snapshot = phoenix_cv_preview_snapshot;
  widget_class->root = phoenix_cv_preview_root;
  widget_class->unroot = phoenix_cv_preview_unroot;

  signals[REFRESHED] =
    g_signal_new ("refreshed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "phoenix-cv-preview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
phoenix_cv_preview_init (PhoenixCvPreview *self)
{
  self->renderer = phoenix_cv_renderer_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Preview of the CV"), -1);
  self->blank = TRUE;
}

GtkWidget *
phoenix_cv_preview_new (void)
{
  return g_object_new (PHOENIX_TYPE_CV_PREVIEW, NULL);
}

void
phoenix_cv_preview_set_profile (PhoenixCvPreview *self,
                                PhoenixProfile   *profile,
                                PhoenixCvVariant *variant)
{
  g_return_if_fail (PHOENIX_IS_CV_PREVIEW (self));

  if (self->profile == profile && self->variant == variant)
    return;

  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_data (self->profile, self);
  if (self->variant != NULL)
    g_signal_handlers_disconnect_by_data (self->variant, self);
  g_set_object (&self->profile, profile);
  g_set_object (&self->variant, variant);

  if (profile != NULL)
    g_signal_connect_object (profile, "changed", G_CALLBACK (schedule_refresh), self, G_CONNECT_SWAPPED);
  if (variant != NULL)
    {
      g_signal_connect_object (variant, "changed", G_CALLBACK (schedule_refresh), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (variant, "notify", G_CALLBACK (schedule_refresh), self, G_CONNECT_SWAPPED);
    }

  /* Nothing to show (locked): at once, and a layout still running is dropped. */
  if (profile == NULL)
    {
      self->layout_serial++;
      self->in_worker = FALSE;
      take_snapshot (self);
    }
  else
    {
      layout_in_worker (self);
    }
}

PhoenixCvRenderer *
phoenix_cv_preview_get_renderer (PhoenixCvPreview *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PREVIEW (self), NULL);

  return self->renderer;
}

gboolean
phoenix_cv_preview_get_in_worker (PhoenixCvPreview *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PREVIEW (self), FALSE);

  return self->in_worker;
}

void
phoenix_cv_preview_refresh_in_worker (PhoenixCvPreview *self)
{
  g_return_if_fail (PHOENIX_IS_CV_PREVIEW (self));

  if (self->profile != NULL)
    layout_in_worker (self);
}

void
phoenix_cv_preview_refresh_now (PhoenixCvPreview *self)
{
  g_return_if_fail (PHOENIX_IS_CV_PREVIEW (self));

  /* Now, here: a layout running in a worker is dropped. */
  self->layout_serial++;
  self->in_worker = FALSE;
  take_snapshot (self);
}

double
phoenix_cv_preview_get_last_layout_ms (PhoenixCvPreview *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PREVIEW (self), 0);

  return self->last_layout_ms;
}

double
phoenix_cv_preview_get_zoom (PhoenixCvPreview *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PREVIEW (self), 0);

  return self->zoom;
}

void
phoenix_cv_preview_set_zoom (PhoenixCvPreview *self,
                             double            zoom)
{
  g_return_if_fail (PHOENIX_IS_CV_PREVIEW (self));

  zoom = zoom <= 0 ? 0 : CLAMP (zoom, PHOENIX_CV_PREVIEW_MIN_ZOOM, PHOENIX_CV_PREVIEW_MAX_ZOOM);
  if (self->zoom == zoom)
    return;

  self->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

double
phoenix_cv_preview_get_scale (PhoenixCvPreview *self)
{
  double page_width, page_height;

  g_return_val_if_fail (PHOENIX_IS_CV_PREVIEW (self), 1);

  return page_scale (self, gtk_widget_get_width (GTK_WIDGET (self)), &page_width, &page_height);
}

int
phoenix_cv_preview_get_n_pages (PhoenixCvPreview *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PREVIEW (self), 0);

  return n_pages (self);
}

double
phoenix_cv_preview_get_page_top (PhoenixCvPreview *self,
                                 int               page)
{
  double page_width, page_height;
  double scale;

  g_return_val_if_fail (PHOENIX_IS_CV_PREVIEW (self), 0);

  scale = page_scale (self, gtk_widget_get_width (GTK_WIDGET (self)), &page_width, &page_height);
  return MARGIN + page * (page_height * scale + MARGIN);
}

int
phoenix_cv_preview_get_page_at (PhoenixCvPreview *self,
                                double            y)
{
  double page_width, page_height;
  double scale;
  int page;

  g_return_val_if_fail (PHOENIX_IS_CV_PREVIEW (self), 0);

  scale = page_scale (self, gtk_widget_get_width (GTK_WIDGET (self)), &page_width, &page_height);
  page = (int) floor ((y - MARGIN / 2.0) / (page_height * scale + MARGIN));
  return CLAMP (page, 0, phoenix_cv_preview_get_n_pages (self) - 1);
}

gboolean
phoenix_cv_preview_is_empty (PhoenixCvPreview *self)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PREVIEW (self), TRUE);

  return self->blank || phoenix_cv_renderer_is_empty (self->renderer);
}

int
phoenix_cv_preview_get_pages_drawn (PhoenixCvPreview *self,
                                    int              *first,
                                    int              *last)
{
  g_return_val_if_fail (PHOENIX_IS_CV_PREVIEW (self), 0);

  if (first != NULL)
    *first = self->pages_drawn > 0 ? self->first_drawn : -1;
  if (last != NULL)
    *last = self->pages_drawn > 0 ? self->last_drawn : -1;
  return self->pages_drawn;
}
