/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-page"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-cv-page-private.h"
#include "phoenix-photo.h"

/* The photo row of the CV page: a preview (the person's initials when there is
 * no photo), Choose Photo… and Remove. A chosen file is checked, decoded, scaled
 * and encoded again in the import helper's sandbox (phoenix_pdf_import_load_photo_async:
 * JPEG or PNG only, their size checked before any pixel is decoded; this
 * process gets the prepared photo only) before it becomes the profile's
 * photo, so the vault stays small; the change then goes through
 * the profile's "notify::photo" like any other field: undo, autosave, preview.
 * Whether a CV shows the photo is the CV's own switch (phoenix-cv-page-variants.c). */

typedef struct
{
  PhoenixCvPage  *self;
  PhoenixProfile *profile;  /* the photo is for this profile only */
} LoadData;

static void
load_data_free (LoadData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->profile);
  g_free (data);
}

static void
update_actions (PhoenixCvPage *self)
{
  gboolean has_profile = self->profile != NULL;
  gboolean busy = self->photo_cancellable != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cv.choose-photo", has_profile && !busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cv.remove-photo",
                                 has_profile && !busy && phoenix_profile_get_photo (self->profile) != NULL);
}

static void
show_photo (PhoenixCvPage *self)
{
  GBytes *photo = self->profile != NULL ? phoenix_profile_get_photo (self->profile) : NULL;
  g_autoptr(GdkTexture) texture = NULL;
  const char *name = self->profile != NULL ? phoenix_profile_get_name (self->profile) : "";

  /* Only a photo as phoenix_photo_prepare() makes it is decoded here, on the main thread
   * (bytes an older version kept as they came are not, each time the page shows). */
  if (photo != NULL && !phoenix_photo_is_prepared (photo))
    g_debug ("The profile's photo is not a prepared JPEG or PNG: not shown");
  else if (photo != NULL)
    {
      g_autoptr(GError) error = NULL;

      texture = gdk_texture_new_from_bytes (photo, &error);
      if (texture == NULL)
        g_debug ("The profile's photo cannot be shown: %s", error->message);
    }

  adw_avatar_set_text (self->photo_avatar, name);
  adw_avatar_set_custom_image (self->photo_avatar, texture != NULL ? GDK_PAINTABLE (texture) : NULL);
  if (self->photo_cancellable != NULL)
    adw_action_row_set_subtitle (self->photo_row, _("Reading the photo…"));
  else if (photo != NULL)
    adw_action_row_set_subtitle (self->photo_row, _("Shown where “Show Photo” is on"));
  else
    adw_action_row_set_subtitle (self->photo_row, _("No photo"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->photo_avatar),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  photo != NULL ? _("Your photo") : _("No photo"),
                                  -1);
  update_actions (self);
}

static void
set_photo_error (PhoenixCvPage *self,
                 const char    *message)
{
  g_free (self->photo_error);
  self->photo_error = g_strdup (message);
  if (message != NULL)
    _phoenix_cv_page_show_toast (self, message);
}

static void
photo_loaded_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  LoadData *data = user_data;
  PhoenixCvPage *self = data->self;
  g_autoptr(GBytes) photo = NULL;
  g_autoptr(GError) error = NULL;

  photo = phoenix_pdf_import_prepare_photo_finish (PHOENIX_PDF_IMPORT (source), result, &error);

  /* Cancelled (the vault locked, the page went away): nothing to do. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || self->profile != data->profile)
    {
      load_data_free (data);
      return;
    }

  g_clear_object (&self->photo_cancellable);
  if (photo == NULL)
    {
      /* The profile keeps the photo it had. */
      set_photo_error (self, error->message);
      show_photo (self);
    }
  else
    {
      set_photo_error (self, NULL);
      phoenix_undo_stack_break_merge (self->undo_stack);
      phoenix_profile_set_photo (self->profile, photo);
      show_photo (self);  /* the same bytes again notify nothing: still leave "Reading" */
    }
  load_data_free (data);
}

static void
load_photo (PhoenixCvPage *self,
            GFile         *file)
{
  LoadData *data;

  if (self->profile == NULL)
    return;

  if (self->photo_cancellable != NULL)
    g_cancellable_cancel (self->photo_cancellable);
  g_clear_object (&self->photo_cancellable);
  self->photo_cancellable = g_cancellable_new ();

  data = g_new0 (LoadData, 1);
  data->self = g_object_ref (self);
  data->profile = g_object_ref (self->profile);
  /* Decoded in the import helper's sandbox: only the prepared photo comes back. */
  if (self->photo_reader == NULL)
    self->photo_reader = phoenix_pdf_import_new ();
  phoenix_pdf_import_load_photo_async (self->photo_reader, file, self->photo_cancellable, photo_loaded_cb, data);
  show_photo (self);
}

static void
choose_photo_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          PhoenixCvPage   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        load_photo (self, file);
    }
  g_object_unref (chooser);
}

static void
choose_photo_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  if (self->profile == NULL)
    return;

  gtk_file_filter_set_name (filter, _("Photos (JPEG, PNG)"));
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_suffix (filter, "jpg");
  gtk_file_filter_add_suffix (filter, "jpeg");
  gtk_file_filter_add_suffix (filter, "png");

  chooser = gtk_file_chooser_native_new (_("Choose a Photo"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (choose_photo_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef struct
{
  PhoenixProfile *profile;
  GBytes         *photo;
} RemovedPhoto;

static void
removed_photo_free (gpointer data,
                    GClosure *closure)
{
  RemovedPhoto *removed = data;

  g_object_unref (removed->profile);
  g_bytes_unref (removed->photo);
  g_free (removed);
}

/* The toast's Undo: the photo comes back unless another was chosen meanwhile. */
static void
undo_remove_photo_cb (AdwToast     *toast,
                      RemovedPhoto *removed)
{
  if (phoenix_profile_get_photo (removed->profile) == NULL)
    phoenix_profile_set_photo (removed->profile, removed->photo);
}

static void
remove_photo_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);
  RemovedPhoto *removed;
  GtkWidget *overlay;
  AdwToast *toast;

  if (self->profile == NULL || phoenix_profile_get_photo (self->profile) == NULL)
    return;

  removed = g_new0 (RemovedPhoto, 1);
  removed->profile = g_object_ref (self->profile);
  removed->photo = g_bytes_ref (phoenix_profile_get_photo (self->profile));

  phoenix_undo_stack_break_merge (self->undo_stack);
  phoenix_profile_set_photo (self->profile, NULL);

  toast = adw_toast_new (_("Photo removed"));
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_remove_photo_cb),
                         removed, removed_photo_free, 0);
  overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

static void
profile_photo_changed_cb (PhoenixCvPage *self)
{
  show_photo (self);
}

void
_phoenix_cv_page_class_init_photo (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, photo_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, photo_avatar);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, photo_choose_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, photo_remove_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, show_photo_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixCvPage, show_photo_switch);

  gtk_widget_class_install_action (widget_class, "cv.choose-photo", NULL, choose_photo_action);
  gtk_widget_class_install_action (widget_class, "cv.remove-photo", NULL, remove_photo_action);
}

void
_phoenix_cv_page_init_photo (PhoenixCvPage *self)
{
  show_photo (self);
}

/* After the page took @self->profile. */
void
_phoenix_cv_page_connect_photo (PhoenixCvPage *self)
{
  g_signal_connect_object (self->profile, "notify::photo", G_CALLBACK (profile_photo_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->profile, "notify::name", G_CALLBACK (profile_photo_changed_cb),
                           self, G_CONNECT_SWAPPED);
  _phoenix_cv_page_track_property (self, G_OBJECT (self->profile), "photo");
  g_clear_pointer (&self->photo_error, g_free);
  show_photo (self);
}

/* Before the page lets go of @self->profile (its handlers are disconnected by the caller). */
void
_phoenix_cv_page_disconnect_photo (PhoenixCvPage *self)
{
  if (self->photo_cancellable != NULL)
    g_cancellable_cancel (self->photo_cancellable);
  g_clear_object (&self->photo_cancellable);
  g_clear_pointer (&self->photo_error, g_free);
  adw_avatar_set_custom_image (self->photo_avatar, NULL);
  adw_avatar_set_text (self->photo_avatar, "");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cv.choose-photo", FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "cv.remove-photo", FALSE);
}

/* For the UI tests: what a file chosen in the dialog does. */
void
_phoenix_cv_page_choose_photo_file (PhoenixCvPage *self,
                                    GFile         *file)
{
  g_return_if_fail (PHOENIX_IS_CV_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  load_photo (self, file);
}

gboolean
_phoenix_cv_page_get_photo_busy (PhoenixCvPage *self)
{
  return self->photo_cancellable != NULL;
}

const char *
_phoenix_cv_page_get_photo_error (PhoenixCvPage *self)
{
  return self->photo_error;
}

GdkPaintable *
_phoenix_cv_page_get_photo_preview (PhoenixCvPage *self)
{
  return adw_avatar_get_custom_image (self->photo_avatar);
}

GtkSwitch *
_phoenix_cv_page_get_show_photo_switch (PhoenixCvPage *self)
{
  return self->show_photo_switch;
}
