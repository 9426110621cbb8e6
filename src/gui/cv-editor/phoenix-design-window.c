/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-design-window"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-cv-renderer.h"
#include "phoenix-design-window.h"
#include "phoenix-design-window-private.h"
#include "phoenix-form-util.h"

/* Thumbnails this wide (in layout pixels), drawn again this long after the CV changed. */
#define THUMBNAIL_WIDTH 150
#define THUMBNAIL_DELAY_MS 400

/* Accent colours offered, after the template's own. */
static const struct
{
  const char *value;
  const char *name;  /* N_() */
} accents[] = {
  { "#1f3a5f", N_("Navy") },
  { "#0f766e", N_("Teal") },
  { "#2f6b3a", N_("Forest Green") },
  { "#7b2d26", N_("Burgundy") },
  { "#5b3a7a", N_("Plum") },
  { "#b45309", N_("Amber") },
  { "#334155", N_("Slate") },
  { "#000000", N_("Black") },
};

static const char * const spacing_values[] = { "compact", "normal", "roomy" };

struct _PhoenixDesignWindow
{
  AdwWindow          parent_instance;

  PhoenixCvVariant  *variant;
  PhoenixCvPreview  *preview;
  GListStore        *templates;   /* GtkStringObject: template ids, as the gallery shows them */
  GHashTable        *pictures;    /* template id → its card's GtkPicture */
  GPtrArray         *swatch_buttons;
  GCancellable      *cancellable; /* the thumbnails being drawn */
  guint              thumbnails_id;
  guint              n_thumbnails;  /* drawn so far (tests, benchmark) */
  gboolean           updating;

  /* Template widgets */
  AdwWindowTitle    *window_title;
  GtkFlowBox        *gallery;
  GtkFlowBox        *swatches;
  AdwActionRow      *accent_row;
  AdwComboRow       *font_row;
  AdwComboRow       *spacing_row;
  AdwActionRow      *fit_row;
  GtkSwitch         *fit_switch;
};

enum {
  PROP_0,
  PROP_VARIANT,
  PROP_PREVIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixDesignWindow, phoenix_design_window, ADW_TYPE_WINDOW)

static const PhoenixCvTemplateInfo *
template_info (const char *id)
{
  guint n_templates;
  const PhoenixCvTemplateInfo *templates = phoenix_cv_templates_get (&n_templates);

  for (guint i = 0; i < n_templates; i++)
    if (g_strcmp0 (templates[i].id, id) == 0)
      return &templates[i];

  return &templates[0];
}

static void
draw_swatch (GtkDrawingArea *area,
             cairo_t        *cr,
             int             width,
             int             height,
             gpointer        user_data)
{
  guint32 rgb = GPOINTER_TO_UINT (user_data);
  double size = MIN (width, height);

  cairo_arc (cr, width / 2.0, height / 2.0, size / 2.0 - 1, 0, 2 * G_PI);
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0, (rgb & 0xff) / 255.0);
  cairo_fill (cr);
}

/* The variant's look → the widgets. */
static void
show_look (PhoenixDesignWindow *self)
{
  const char *accent = phoenix_cv_variant_get_accent (self->variant);
  const char *font = phoenix_cv_variant_get_font (self->variant);
  const char *spacing = phoenix_cv_variant_get_spacing (self->variant);
  const char *template_id = phoenix_cv_variant_get_template (self->variant);
  guint n_fonts, font_position = 0;
  const PhoenixCvFontInfo *fonts = phoenix_cv_fonts_get (&n_fonts);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->templates));

  self->updating = TRUE;
  for (guint i = 0; i < self->swatch_buttons->len; i++)
    {
      GtkToggleButton *button = g_ptr_array_index (self->swatch_buttons, i);
      const char *value = g_object_get_data (G_OBJECT (button), "accent");

      gtk_toggle_button_set_active (button, g_strcmp0 (value, accent) == 0);
    }
  for (guint i = 0; i < n_fonts; i++)
    if (g_strcmp0 (fonts[i].id, font) == 0)
      font_position = i + 1;
  adw_combo_row_set_selected (self->font_row, font_position);
  adw_combo_row_set_selected (self->spacing_row, 1);
  for (guint i = 0; i < G_N_ELEMENTS (spacing_values); i++)
    if (g_strcmp0 (spacing_values[i], spacing) == 0)
      adw_combo_row_set_selected (self->spacing_row, i);
  gtk_switch_set_active (self->fit_switch, phoenix_cv_variant_get_fit_one_page (self->variant));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GtkStringObject) item = g_list_model_get_item (G_LIST_MODEL (self->templates), i);
      GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (self->gallery, (int) i);

      if (child == NULL)
        continue;
      if (g_str_equal (gtk_string_object_get_string (item), template_id))
        gtk_flow_box_select_child (self->gallery, child);
      gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_SELECTED,
                                   g_str_equal (gtk_string_object_get_string (item), template_id), -1);
    }
  self->updating = FALSE;
}

/* What "fit to one page" did, from the preview's renderer. */
static void
show_fit (PhoenixDesignWindow *self)
{
  PhoenixCvRenderer *renderer = phoenix_cv_preview_get_renderer (self->preview);
  g_autofree char *subtitle = NULL;
  double size = 1.0;
  gboolean fits = phoenix_cv_renderer_get_fitted (renderer, &size);

  if (!phoenix_cv_variant_get_fit_one_page (self->variant))
    subtitle = g_strdup (_("Text and gaps shrink a little until the CV holds on one page"));
  else if (fits && size >= 0.999)
    subtitle = g_strdup (_("It holds on one page as it is"));
  else if (fits)
    /* Translators: %.0f is a percentage, e.g. “90” */
    subtitle = g_strdup_printf (_("On one page, its text at %.0f %% of the template’s size"), size * 100);
  else
    subtitle = g_strdup (_("Still more than one page at the smallest text: leave some entries out of this CV "
                           "(Choose Entries)"));
  adw_action_row_set_subtitle (self->fit_row, subtitle);
}

static void
thumbnails_drawn_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  GWeakRef *window = user_data;
  g_autoptr(PhoenixDesignWindow) self = g_weak_ref_get (window);
  g_autoptr(GPtrArray) surfaces = NULL;
  g_autoptr(GError) error = NULL;
  guint n_templates;
  const PhoenixCvTemplateInfo *templates = phoenix_cv_templates_get (&n_templates);

  surfaces = phoenix_cv_renderer_render_thumbnails_finish (PHOENIX_CV_RENDERER (source), result, &error);
  g_weak_ref_clear (window);
  g_free (window);
  if (surfaces == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_warning ("Could not draw the template thumbnails: %s", error->message);
      return;
    }
  /* Drawn, but the window was closed meanwhile. */
  if (self == NULL || self->pictures == NULL)
    return;

  for (guint i = 0; i < surfaces->len && i < n_templates; i++)
    {
      cairo_surface_t *surface = g_ptr_array_index (surfaces, i);
      GtkPicture *picture = g_hash_table_lookup (self->pictures, templates[i].id);
      int width = cairo_image_surface_get_width (surface);
      int height = cairo_image_surface_get_height (surface);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GdkTexture) texture = NULL;

      if (picture == NULL)
        continue;
      /* Cairo's ARGB32 is premultiplied, native endian: GDK's B8G8R8A8 premultiplied on little endian. */
      bytes = g_bytes_new (cairo_image_surface_get_data (surface),
                           (gsize) cairo_image_surface_get_stride (surface) * height);
      texture = gdk_memory_texture_new (width, height, GDK_MEMORY_DEFAULT, bytes,
                                        cairo_image_surface_get_stride (surface));
      gtk_picture_set_paintable (picture, GDK_PAINTABLE (texture));
    }
  self->n_thumbnails += surfaces->len;
}

static void
draw_thumbnails (PhoenixDesignWindow *self)
{
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  GWeakRef *window = g_new0 (GWeakRef, 1);

  g_clear_handle_id (&self->thumbnails_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  /* A weak reference: closing the window lets it go at once, a thumbnail still being drawn or not. */
  g_weak_ref_init (window, self);
  phoenix_cv_renderer_render_thumbnails_async (phoenix_cv_preview_get_renderer (self->preview),
                                               THUMBNAIL_WIDTH * MAX (scale, 1), self->cancellable,
                                               thumbnails_drawn_cb, window);
}

static gboolean
thumbnails_timeout_cb (gpointer user_data)
{
  PhoenixDesignWindow *self = user_data;

  self->thumbnails_id = 0;
  draw_thumbnails (self);
  return G_SOURCE_REMOVE;
}

/* The preview took a new snapshot (an edit, or a look chosen here): the thumbnails follow. */
static void
preview_refreshed_cb (PhoenixDesignWindow *self)
{
  show_fit (self);
  g_clear_handle_id (&self->thumbnails_id, g_source_remove);
  self->thumbnails_id = g_timeout_add (THUMBNAIL_DELAY_MS, thumbnails_timeout_cb, self);
}

static GtkWidget *
create_card (gpointer item,
             gpointer user_data)
{
  PhoenixDesignWindow *self = user_data;
  const char *id = gtk_string_object_get_string (GTK_STRING_OBJECT (item));
  const PhoenixCvTemplateInfo *info = template_info (id);
  GtkWidget *child = gtk_flow_box_child_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *picture = gtk_picture_new ();
  GtkWidget *name = gtk_label_new (_(info->name));
  GtkWidget *ats = gtk_label_new (info->reads_in_order ? _("Read in order by tracking systems")
                                                       : _("Two columns: tracking systems may mix them"));
  g_autofree char *label = NULL;

  gtk_widget_set_size_request (picture, THUMBNAIL_WIDTH, THUMBNAIL_WIDTH * 297 / 210);
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_picture_set_content_fit (GTK_PICTURE (picture), GTK_CONTENT_FIT_CONTAIN);
  gtk_accessible_update_property (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_PROPERTY_LABEL, _(info->name), -1);
  gtk_frame_set_child (GTK_FRAME (frame), picture);
  gtk_widget_add_css_class (frame, "phoenix-thumbnail");
  gtk_widget_add_css_class (name, "heading");
  gtk_label_set_wrap (GTK_LABEL (ats), TRUE);
  gtk_label_set_justify (GTK_LABEL (ats), GTK_JUSTIFY_CENTER);
  gtk_label_set_max_width_chars (GTK_LABEL (ats), 18);
  gtk_widget_add_css_class (ats, "caption");
  gtk_widget_add_css_class (ats, info->reads_in_order ? "success" : "warning");
  gtk_box_append (GTK_BOX (box), frame);
  gtk_box_append (GTK_BOX (box), name);
  gtk_box_append (GTK_BOX (box), ats);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (child), box);
  g_object_set_data_full (G_OBJECT (child), "template", g_strdup (id), g_free);

  /* Translators: a template in the gallery for screen readers: its name, what it is, and how an ATS reads it */
  label = g_strdup_printf (_("%s: %s. %s"), _(info->name), _(info->description), gtk_label_get_label (GTK_LABEL (ats)));
  gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_widget_set_tooltip_text (child, _(info->description));
  g_hash_table_insert (self->pictures, (gpointer) info->id, picture);

  return child;
}

static void
card_activated_cb (PhoenixDesignWindow *self,
                   GtkFlowBoxChild     *child)
{
  const char *id = g_object_get_data (G_OBJECT (child), "template");

  if (!self->updating && id != NULL)
    phoenix_cv_variant_set_template (self->variant, id);
}

static void
swatch_toggled_cb (PhoenixDesignWindow *self,
                   GtkToggleButton     *button)
{
  if (self->updating || !gtk_toggle_button_get_active (button))
    return;
  phoenix_cv_variant_set_accent (self->variant, g_object_get_data (G_OBJECT (button), "accent"));
}

static void
font_selected_cb (PhoenixDesignWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->font_row);
  guint n_fonts;
  const PhoenixCvFontInfo *fonts = phoenix_cv_fonts_get (&n_fonts);

  if (self->updating || selected == GTK_INVALID_LIST_POSITION)
    return;
  phoenix_cv_variant_set_font (self->variant, selected > 0 && selected <= n_fonts ? fonts[selected - 1].id : "");
}

static void
spacing_selected_cb (PhoenixDesignWindow *self)
{
  guint selected = adw_combo_row_get_selected (self->spacing_row);

  if (self->updating || selected >= G_N_ELEMENTS (spacing_values))
    return;
  phoenix_cv_variant_set_spacing (self->variant, spacing_values[selected]);
}

static void
fit_changed_cb (PhoenixDesignWindow *self)
{
  if (self->updating)
    return;
  phoenix_cv_variant_set_fit_one_page (self->variant, gtk_switch_get_active (self->fit_switch));
}

static GtkWidget *
new_swatch (PhoenixDesignWindow *self,
            const char          *value,
            guint32              rgb,
            const char          *name,
            GtkToggleButton     *group)
{
  GtkWidget *button = gtk_toggle_button_new ();
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 24);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 24);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_swatch, GUINT_TO_POINTER (rgb), NULL);
  gtk_button_set_child (GTK_BUTTON (button), area);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "phoenix-swatch");
  gtk_widget_set_tooltip_text (button, name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  if (group != NULL)
    gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (button), group);
  g_object_set_data_full (G_OBJECT (button), "accent", g_strdup (value), g_free);
  g_signal_connect_object (button, "toggled", G_CALLBACK (swatch_toggled_cb), self, G_CONNECT_SWAPPED);
  g_ptr_array_add (self->swatch_buttons, button);
  gtk_flow_box_append (self->swatches, button);
  /* The button is the stop, not the flow box's child around it. */
  gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);

  return button;
}

static void
build_swatches (PhoenixDesignWindow *self)
{
  const PhoenixCvTemplateInfo *info = template_info (phoenix_cv_variant_get_template (self->variant));
  GtkWidget *first;

  /* The template's own colour first: what "no choice" gives. */
  first = new_swatch (self, "", info->accent, _("The Template’s Colour"), NULL);
  for (guint i = 0; i < G_N_ELEMENTS (accents); i++)
    {
      guint32 rgb = (guint32) g_ascii_strtoull (accents[i].value + 1, NULL, 16);

      new_swatch (self, accents[i].value, rgb, _(accents[i].name), GTK_TOGGLE_BUTTON (first));
    }
}

static void
variant_changed_cb (PhoenixDesignWindow *self)
{
  show_look (self);
}

static void
phoenix_design_window_constructed (GObject *object)
{
  PhoenixDesignWindow *self = PHOENIX_DESIGN_WINDOW (object);
  g_autoptr(GtkStringList) font_names = gtk_string_list_new (NULL);
  guint n_templates, n_fonts;
  const PhoenixCvTemplateInfo *templates = phoenix_cv_templates_get (&n_templates);
  const PhoenixCvFontInfo *fonts = phoenix_cv_fonts_get (&n_fonts);

  G_OBJECT_CLASS (phoenix_design_window_parent_class)->constructed (object);

  g_assert (PHOENIX_IS_CV_VARIANT (self->variant));
  g_assert (PHOENIX_IS_CV_PREVIEW (self->preview));

  for (guint i = 0; i < n_templates; i++)
    {
      g_autoptr(GtkStringObject) item = gtk_string_object_new (templates[i].id);

      g_list_store_append (self->templates, item);
    }
  gtk_flow_box_bind_model (self->gallery, G_LIST_MODEL (self->templates), create_card, self, NULL);
  g_signal_connect_object (self->gallery, "child-activated", G_CALLBACK (card_activated_cb), self,
                           G_CONNECT_SWAPPED);

  build_swatches (self);
  gtk_string_list_append (font_names, _("The Template’s Font"));
  for (guint i = 0; i < n_fonts; i++)
    gtk_string_list_append (font_names, _(fonts[i].name));
  adw_combo_row_set_model (self->font_row, G_LIST_MODEL (font_names));

  g_signal_connect_object (self->font_row, "notify::selected", G_CALLBACK (font_selected_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->spacing_row, "notify::selected", G_CALLBACK (spacing_selected_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->fit_switch, "notify::active", G_CALLBACK (fit_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->variant, "notify", G_CALLBACK (variant_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->preview, "refreshed", G_CALLBACK (preview_refreshed_cb), self, G_CONNECT_SWAPPED);

  adw_window_title_set_subtitle (self->window_title, phoenix_cv_variant_get_display_name (self->variant));
  show_look (self);
  show_fit (self);
  draw_thumbnails (self);
}

static void
phoenix_design_window_dispose (GObject *object)
{
  PhoenixDesignWindow *self = PHOENIX_DESIGN_WINDOW (object);

  g_clear_handle_id (&self->thumbnails_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_DESIGN_WINDOW);
  g_clear_pointer (&self->pictures, g_hash_table_unref);
  g_clear_pointer (&self->swatch_buttons, g_ptr_array_unref);
  g_clear_object (&self->templates);
  g_clear_object (&self->variant);
  g_clear_object (&self->preview);

  G_OBJECT_CLASS (phoenix_design_window_parent_class)->dispose (object);
}

static void
phoenix_design_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  PhoenixDesignWindow *self = PHOENIX_DESIGN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_VARIANT:
      g_value_set_object (value, self->variant);
      break;

    case PROP_PREVIEW:
      g_value_set_object (value, self->preview);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_design_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  PhoenixDesignWindow *self = PHOENIX_DESIGN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_VARIANT:
      self->variant = g_value_dup_object (value);
      break;

    case PROP_PREVIEW:
      self->preview = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_design_window_class_init (PhoenixDesignWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = phoenix_design_window_constructed;
  object_class->dispose = phoenix_design_window_dispose;
  object_class->get_property = phoenix_design_window_get_property;
  object_class->set_property = phoenix_design_window_set_property;

  properties[PROP_VARIANT] =
    g_param_spec_object ("variant", NULL, NULL, PHOENIX_TYPE_CV_VARIANT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREVIEW] =
    g_param_spec_object ("preview", NULL, NULL, PHOENIX_TYPE_CV_PREVIEW,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-design-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixDesignWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, PhoenixDesignWindow, gallery);
  gtk_widget_class_bind_template_child (widget_class, PhoenixDesignWindow, swatches);
  gtk_widget_class_bind_template_child (widget_class, PhoenixDesignWindow, accent_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixDesignWindow, font_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixDesignWindow, spacing_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixDesignWindow, fit_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixDesignWindow, fit_switch);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
phoenix_design_window_init (PhoenixDesignWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->templates = g_list_store_new (GTK_TYPE_STRING_OBJECT);
  self->pictures = g_hash_table_new (g_str_hash, g_str_equal);
  self->swatch_buttons = g_ptr_array_new ();
}

PhoenixDesignWindow *
phoenix_design_window_new (PhoenixCvVariant *variant,
                           PhoenixCvPreview *preview)
{
  g_return_val_if_fail (PHOENIX_IS_CV_VARIANT (variant), NULL);
  g_return_val_if_fail (PHOENIX_IS_CV_PREVIEW (preview), NULL);

  return g_object_new (PHOENIX_TYPE_DESIGN_WINDOW, "variant", variant, "preview", preview, NULL);
}

PhoenixCvVariant *
phoenix_design_window_get_variant (PhoenixDesignWindow *self)
{
  g_return_val_if_fail (PHOENIX_IS_DESIGN_WINDOW (self), NULL);

  return self->variant;
}

guint
_phoenix_design_window_get_n_thumbnails (PhoenixDesignWindow *self)
{
  return self->n_thumbnails;
}

GdkPaintable *
_phoenix_design_window_get_thumbnail (PhoenixDesignWindow *self,
                                      const char          *template_id)
{
  GtkPicture *picture = g_hash_table_lookup (self->pictures, template_id);

  return picture != NULL ? gtk_picture_get_paintable (picture) : NULL;
}

void
_phoenix_design_window_choose_template (PhoenixDesignWindow *self,
                                        const char          *template_id)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->templates));

  for (guint i = 0; i < n_items; i++)
    {
      GtkFlowBoxChild *child = gtk_flow_box_get_child_at_index (self->gallery, (int) i);

      if (child != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (child), "template"), template_id) == 0)
        g_signal_emit_by_name (child, "activate");
    }
}

void
_phoenix_design_window_choose_accent (PhoenixDesignWindow *self,
                                      guint                position)
{
  if (position < self->swatch_buttons->len)
    gtk_toggle_button_set_active (g_ptr_array_index (self->swatch_buttons, position), TRUE);
}

AdwComboRow *
_phoenix_design_window_get_font_row (PhoenixDesignWindow *self)
{
  return self->font_row;
}

AdwComboRow *
_phoenix_design_window_get_spacing_row (PhoenixDesignWindow *self)
{
  return self->spacing_row;
}

GtkSwitch *
_phoenix_design_window_get_fit_switch (PhoenixDesignWindow *self)
{
  return self->fit_switch;
}

const char *
_phoenix_design_window_get_fit_text (PhoenixDesignWindow *self)
{
  show_fit (self);
  return adw_action_row_get_subtitle (self->fit_row);
}
