/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-main-view"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-form-util.h"
#include "phoenix-main-view.h"

struct _PhoenixMainView
{
  GtkBox                parent_instance;

  /* Template widgets */
  AdwViewStack         *view_stack;
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *import_button;
  GtkWidget            *ats_button;
  GtkWidget            *import_button_compact;
  GtkWidget            *ats_button_compact;
  GtkWidget            *export_squeezer;
  GtkWidget            *export_button_compact;
};

G_DEFINE_FINAL_TYPE (PhoenixMainView, phoenix_main_view, GTK_TYPE_BOX)

/* The header bar's actions where they apply: Import on the Overview and the CV, the ATS check
 * on the CV and the Letters, Export on the CV. */
static void
update_header (PhoenixMainView *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);
  gboolean import = g_strcmp0 (page, "overview") == 0 || g_strcmp0 (page, "cv") == 0;
  gboolean ats = g_strcmp0 (page, "cv") == 0 || g_strcmp0 (page, "letters") == 0;

  gtk_widget_set_visible (self->import_button, import);
  gtk_widget_set_visible (self->import_button_compact, import);
  gtk_widget_set_visible (self->ats_button, ats);
  gtk_widget_set_visible (self->ats_button_compact, ats);
  gtk_widget_set_visible (self->export_squeezer, g_strcmp0 (page, "cv") == 0);
}

static void
phoenix_main_view_class_init (PhoenixMainViewClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-main-view.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixMainView, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PhoenixMainView, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, PhoenixMainView, import_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixMainView, ats_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixMainView, import_button_compact);
  gtk_widget_class_bind_template_child (widget_class, PhoenixMainView, ats_button_compact);
  gtk_widget_class_bind_template_child (widget_class, PhoenixMainView, export_squeezer);
  gtk_widget_class_bind_template_child (widget_class, PhoenixMainView, export_button_compact);
}

static void
phoenix_main_view_init (PhoenixMainView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  _phoenix_form_label_menu_button (self->export_button_compact, _("Export"));
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (update_header), self, G_CONNECT_SWAPPED);
  update_header (self);
}

PhoenixMainView *
phoenix_main_view_new (void)
{
  return g_object_new (PHOENIX_TYPE_MAIN_VIEW, NULL);
}

AdwViewStack *
phoenix_main_view_get_view_stack (PhoenixMainView *self)
{
  g_return_val_if_fail (PHOENIX_IS_MAIN_VIEW (self), NULL);

  return self->view_stack;
}

AdwViewSwitcherTitle *
phoenix_main_view_get_switcher_title (PhoenixMainView *self)
{
  g_return_val_if_fail (PHOENIX_IS_MAIN_VIEW (self), NULL);

  return self->switcher_title;
}

GtkBox *
phoenix_main_view_get_page_box (PhoenixMainView *self,
                                const char      *name)
{
  g_return_val_if_fail (PHOENIX_IS_MAIN_VIEW (self), NULL);

  return GTK_BOX (adw_view_stack_get_child_by_name (self->view_stack, name));
}
