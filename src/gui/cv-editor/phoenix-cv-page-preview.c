/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "phoenix-cv-page-private.h"

/*
 * The CV page's preview pane: an empty state that says what to do while the CV has
 * nothing to show, then the pages with a bar under them: previous and next page,
 * "Page 1 of 3", zoom out, the zoom (a menu: fit width, fit page, 50–200 %) and zoom
 * in. Ctrl+plus, Ctrl+minus and Ctrl+0 (fit width) zoom. A refresh never moves the
 * pages under the reader: the scroll position stays where it was.
 */

#define ZOOM_STEP 1.25

static double
effective_zoom (PhoenixCvPage *self)
{
  return phoenix_cv_preview_get_scale (self->preview) / PHOENIX_CV_PREVIEW_PIXELS_PER_POINT;
}

static GtkAdjustment *
vadjustment (PhoenixCvPage *self)
{
  return gtk_scrolled_window_get_vadjustment (self->preview_scroller);
}

static int
current_page (PhoenixCvPage *self)
{
  GtkAdjustment *adjustment = vadjustment (self);

  /* The page whose top third is in view. */
  return phoenix_cv_preview_get_page_at (self->preview, gtk_adjustment_get_value (adjustment) +
                                                         gtk_adjustment_get_page_size (adjustment) / 3);
}

static void
update_bar (PhoenixCvPage *self)
{
  int n_pages = phoenix_cv_preview_get_n_pages (self->preview);
  int page = current_page (self);
  g_autofree char *page_text = NULL;
  g_autofree char *zoom_text = NULL;
  g_autofree char *zoom_name = NULL;
  gboolean empty = phoenix_cv_preview_is_empty (self->preview);

  /* Translators: the preview's page count, e.g. “Page 1 of 3” */
  page_text = g_strdup_printf (_("Page %d of %d"), page + 1, n_pages);
  gtk_label_set_label (self->page_label, page_text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", !empty && page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page", !empty && page + 1 < n_pages);

  /* Translators: a zoom level, e.g. “75 %”; keep the non-breaking space your language uses */
  zoom_text = g_strdup_printf (_("%.0f %%"), round (effective_zoom (self) * 100));
  gtk_label_set_label (self->zoom_label, zoom_text);
  if (self->fit_mode == PHOENIX_CV_PAGE_FIT_WIDTH)
    /* Translators: the zoom button for screen readers, e.g. “Zoom: 62 %, fit to width” */
    zoom_name = g_strdup_printf (_("Zoom: %s, fit to width"), zoom_text);
  else if (self->fit_mode == PHOENIX_CV_PAGE_FIT_PAGE)
    /* Translators: the zoom button for screen readers, e.g. “Zoom: 40 %, whole page” */
    zoom_name = g_strdup_printf (_("Zoom: %s, whole page"), zoom_text);
  else
    /* Translators: the zoom button for screen readers, e.g. “Zoom: 100 %” */
    zoom_name = g_strdup_printf (_("Zoom: %s"), zoom_text);
  _phoenix_form_label_menu_button (GTK_WIDGET (self->zoom_button), zoom_name);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in",
                                 !empty && effective_zoom (self) < PHOENIX_CV_PREVIEW_MAX_ZOOM - 0.01);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out",
                                 !empty && effective_zoom (self) > PHOENIX_CV_PREVIEW_MIN_ZOOM + 0.01);
  gtk_widget_set_sensitive (GTK_WIDGET (self->zoom_button), !empty);

  gtk_stack_set_visible_child_name (self->preview_stack, empty ? "empty" : "pages");
}

/* Fit page: the whole page in the pane. */
static void
apply_fit (PhoenixCvPage *self)
{
  double page_width, page_height, width, height, zoom;

  if (self->fit_mode == PHOENIX_CV_PAGE_FIT_WIDTH)
    {
      phoenix_cv_preview_set_zoom (self->preview, 0);
    }
  else if (self->fit_mode == PHOENIX_CV_PAGE_FIT_PAGE)
    {
      width = gtk_adjustment_get_page_size (gtk_scrolled_window_get_hadjustment (self->preview_scroller));
      height = gtk_adjustment_get_page_size (vadjustment (self));
      if (width <= 0 || height <= 0)
        return;
      phoenix_cv_renderer_get_page_size (phoenix_cv_preview_get_renderer (self->preview), &page_width, &page_height);
      zoom = MIN ((width - 2 * 16) / page_width, (height - 2 * 16) / page_height) / PHOENIX_CV_PREVIEW_PIXELS_PER_POINT;
      phoenix_cv_preview_set_zoom (self->preview, MAX (zoom, PHOENIX_CV_PREVIEW_MIN_ZOOM));
    }
  else
    {
      phoenix_cv_preview_set_zoom (self->preview, self->zoom);
    }
}

static void
set_zoom (PhoenixCvPage *self,
          PhoenixCvPageFit fit,
          double           zoom)
{
  double top = phoenix_cv_preview_get_page_top (self->preview, current_page (self));
  double offset = gtk_adjustment_get_value (vadjustment (self)) - top;
  double old_scale = phoenix_cv_preview_get_scale (self->preview);
  int page = current_page (self);

  self->fit_mode = fit;
  self->zoom = CLAMP (zoom, PHOENIX_CV_PREVIEW_MIN_ZOOM, PHOENIX_CV_PREVIEW_MAX_ZOOM);
  apply_fit (self);
  self->keep_page = page;
  self->keep_offset = old_scale > 0 ? offset / old_scale : 0;
  update_bar (self);
}

static void
scroll_to_page (PhoenixCvPage *self,
                int            page)
{
  gtk_adjustment_set_value (vadjustment (self), phoenix_cv_preview_get_page_top (self->preview, page) - 8);
}

static void
previous_page_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);

  scroll_to_page (self, MAX (current_page (self) - 1, 0));
}

static void
next_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);

  scroll_to_page (self, MIN (current_page (self) + 1, phoenix_cv_preview_get_n_pages (self->preview) - 1));
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);

  set_zoom (self, PHOENIX_CV_PAGE_FIT_NONE, effective_zoom (self) * ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);

  set_zoom (self, PHOENIX_CV_PAGE_FIT_NONE, effective_zoom (self) / ZOOM_STEP);
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);

  set_zoom (self, PHOENIX_CV_PAGE_FIT_NONE, g_variant_get_double (parameter));
}

static void
fit_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);
  const char *fit = g_variant_get_string (parameter, NULL);

  set_zoom (self, g_str_equal (fit, "page") ? PHOENIX_CV_PAGE_FIT_PAGE : PHOENIX_CV_PAGE_FIT_WIDTH,
            effective_zoom (self));
}

/* The pane's size changed: a fitted zoom follows it. */
static void
pane_resized_cb (PhoenixCvPage *self)
{
  if (self->fit_mode == PHOENIX_CV_PAGE_FIT_PAGE)
    apply_fit (self);
  update_bar (self);
}

/* After a zoom, the page that was in view stays in view, at the same place on it. */
static void
preview_resized_cb (PhoenixCvPage *self)
{
  if (self->keep_page >= 0)
    {
      double top = phoenix_cv_preview_get_page_top (self->preview, self->keep_page);

      gtk_adjustment_set_value (vadjustment (self), top + self->keep_offset * phoenix_cv_preview_get_scale (self->preview));
      self->keep_page = -1;
    }
  update_bar (self);
}

static void
preview_refreshed_cb (PhoenixCvPage *self)
{
  update_bar (self);
}

void
_phoenix_cv_page_class_init_preview (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, previous_page_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, next_page_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom", "d", zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.fit", "s", fit_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "preview.fit", "s", "width");
}

void
_phoenix_cv_page_init_preview (PhoenixCvPage *self)
{
  self->fit_mode = PHOENIX_CV_PAGE_FIT_WIDTH;
  self->zoom = 1.0;
  self->keep_page = -1;

  g_signal_connect_object (vadjustment (self), "value-changed", G_CALLBACK (update_bar), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (vadjustment (self), "notify::page-size", G_CALLBACK (pane_resized_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (vadjustment (self), "notify::upper", G_CALLBACK (preview_resized_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->preview_scroller), "notify::page-size",
                           G_CALLBACK (pane_resized_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->preview, "refreshed", G_CALLBACK (preview_refreshed_cb), self, G_CONNECT_SWAPPED);
  update_bar (self);
}

PhoenixCvPageFit
_phoenix_cv_page_get_fit (PhoenixCvPage *self)
{
  return self->fit_mode;
}

int
_phoenix_cv_page_get_preview_page (PhoenixCvPage *self)
{
  return current_page (self);
}

const char *
_phoenix_cv_page_get_page_text (PhoenixCvPage *self)
{
  update_bar (self);
  return gtk_label_get_label (self->page_label);
}

gboolean
_phoenix_cv_page_get_preview_empty (PhoenixCvPage *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->preview_stack), "empty") == 0;
}
