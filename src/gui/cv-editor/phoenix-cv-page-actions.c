/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-page"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-cv-page-private.h"
#include "phoenix-cv-renderer.h"
#include "phoenix-json-resume.h"

/* The CV page's file actions: Export PDF… (the renderer, in a thread), Import JSON
 * Resume… (after a confirmation, with Undo) and Export as JSON Resume… (checked
 * against the official schema). Portal-friendly file choosers. */

static void
show_error_dialog (PhoenixCvPage *self,
                   const char    *heading,
                   const char    *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* PDF export */
static void
open_pdf_cb (AdwToast *toast,
             GFile    *file)
{
  g_autofree char *uri = g_file_get_uri (file);

  g_app_info_launch_default_for_uri_async (uri, NULL, NULL, NULL, NULL);
}

static void
export_pdf_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(PhoenixCvPage) self = user_data;
  g_autoptr(GError) error = NULL;
  GFile *file = g_object_get_data (source, "file");

  if (!phoenix_cv_renderer_export_pdf_finish (PHOENIX_CV_RENDERER (source), result, &error))
    {
      show_error_dialog (self, _("The PDF Could Not Be Saved"), error->message);
    }
  else
    {
      GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
      g_autofree char *basename = g_file_get_basename (file);
      g_autofree char *title = NULL;
      AdwToast *toast;

      /* Translators: %s is a file name. */
      title = g_strdup_printf (_("Saved as %s"), basename);
      toast = adw_toast_new (title);
      adw_toast_set_button_label (toast, _("_Open"));
      g_signal_connect_data (toast, "button-clicked", G_CALLBACK (open_pdf_cb),
                             g_object_ref (file), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
      if (overlay != NULL)
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
      else
        g_object_unref (g_object_ref_sink (toast));
    }

  self->n_exports++;
}

static void
export_pdf_to (PhoenixCvPage *self,
               GFile         *file)
{
  g_autoptr(PhoenixCvRenderer) renderer = phoenix_cv_renderer_new ();
  g_autofree char *path = g_file_get_path (file);

  if (self->profile == NULL || path == NULL)
    return;

  if (self->variant != NULL)
    phoenix_cv_renderer_set_variant (renderer, self->variant, self->profile);
  else
    phoenix_cv_renderer_set_profile (renderer, self->profile);
  g_object_set_data_full (G_OBJECT (renderer), "file", g_object_ref (file), g_object_unref);
  phoenix_cv_renderer_export_pdf_async (renderer, path, NULL, export_pdf_done_cb, g_object_ref (self));
}

static GtkFileFilter *
new_filter (const char *name,
            const char *mime_type,
            const char *pattern)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  return filter;
}

static void
export_pdf_response_cb (GtkNativeDialog *chooser,
                        int              response,
                        PhoenixCvPage   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      export_pdf_to (self, file);
    }
  g_object_unref (chooser);
}

static char *
suggested_name (PhoenixCvPage *self,
                const char    *extension)
{
  const char *name = self->profile != NULL ? phoenix_profile_get_name (self->profile) : "";

  /* Translators: a file name; %s is the person's name, the second the extension. */
  return *name != '\0' ? g_strdup_printf (_("CV %s.%s"), name, extension)
                       : g_strdup_printf (_("CV.%s"), extension);
}

static void
export_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = new_filter (_("PDF Documents"), "application/pdf", "*.pdf");
  g_autofree char *name = suggested_name (self, "pdf");

  chooser = gtk_file_chooser_native_new (_("Export PDF"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_pdf_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* JSON Resume */
static gboolean
export_json_to (PhoenixCvPage  *self,
                GFile          *file,
                GError        **error)
{
  g_autofree char *data = NULL;
  gsize length;

  if (self->profile == NULL)
    return FALSE;

  data = phoenix_json_resume_to_data (self->profile, &length);
  return g_file_replace_contents (file, data, length, NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}

static void
export_json_response_cb (GtkNativeDialog *chooser,
                         int              response,
                         PhoenixCvPage   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;

      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GPtrArray) problems = NULL;

      if (!export_json_to (self, file, &error))
        {
          show_error_dialog (self, _("The JSON Resume Could Not Be Saved"), error->message);
        }
      else if (root = phoenix_json_resume_export (self->profile),
               !phoenix_json_resume_validate (root, &problems, NULL))
        {
          g_autofree char *list = NULL;

          g_ptr_array_add (problems, NULL);
          list = g_strjoinv ("\n", (char **) problems->pdata);
          show_error_dialog (self, _("Saved, but Not Valid JSON Resume"), list);
        }
      else
        {
          _phoenix_cv_page_show_toast (self, _("Exported as JSON Resume"));
        }
    }
  g_object_unref (chooser);
}

static void
export_json_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = new_filter (_("JSON Resume"), "application/json", "*.json");
  g_autofree char *name = suggested_name (self, "json");

  chooser = gtk_file_chooser_native_new (_("Export as JSON Resume"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_json_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
undo_import_cb (AdwToast       *toast,
                PhoenixProfile *backup)
{
  PhoenixCvPage *self = g_object_get_data (G_OBJECT (backup), "page");
  PhoenixProfile *profile = g_object_get_data (G_OBJECT (backup), "profile");

  if (self == NULL || self->profile != profile)
    return;

  phoenix_profile_copy_into (backup, profile);
  phoenix_undo_stack_clear (self->undo_stack);
  self->links_dirty = TRUE;
}

/*
 * Importing a JSON Resume replaces the profile; a toast can bring the old one back. The file is
 * read, checked and parsed in a worker thread (phoenix_json_resume_read_file_async: at most
 * 24 MB, 64 levels, 1,000 entries a section), its photo decoded in the import helper's sandbox;
 * the main thread only copies the result in.
 */
typedef struct
{
  PhoenixCvPage   *self;
  PhoenixProfile  *profile;     /* the profile it replaces: dropped if the page has another by then */
  PhoenixProfile  *staged;
  GError         **sync_error;  /* the test hook's, else errors go to a dialog */
  gboolean        *done;
} JsonImport;

static void
json_import_free (JsonImport *import)
{
  g_clear_object (&import->self);
  g_clear_object (&import->profile);
  g_clear_object (&import->staged);
  g_free (import);
}

static void
apply_staged (PhoenixCvPage  *self,
              PhoenixProfile *staged)
{
  g_autoptr(PhoenixProfile) backup = phoenix_profile_new ();
  AdwToast *toast;
  GtkWidget *overlay;

  phoenix_profile_copy_into (self->profile, backup);
  phoenix_profile_copy_into (staged, self->profile);

  phoenix_undo_stack_clear (self->undo_stack);
  self->links_dirty = TRUE;
  self->dirty = TRUE;
  _phoenix_cv_page_schedule_save (self);

  g_object_set_data_full (G_OBJECT (backup), "page", g_object_ref (self), g_object_unref);
  g_object_set_data_full (G_OBJECT (backup), "profile", g_object_ref (self->profile), g_object_unref);
  toast = adw_toast_new (_("Profile replaced by the JSON Resume"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_timeout (toast, 10);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_import_cb),
                         g_object_ref (backup), (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  if (overlay != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  else
    g_object_unref (g_object_ref_sink (toast));
}

/* Ends an import: applied (when the page still shows that profile), or its error shown. */
static void
json_import_done (JsonImport *import,
                  GError     *error)
{
  PhoenixCvPage *self = import->self;

  if (error == NULL && self->profile == import->profile && self->profile != NULL)
    apply_staged (self, import->staged);
  if (error != NULL && import->sync_error != NULL)
    g_propagate_error (import->sync_error, error);
  else if (error != NULL)
    {
      show_error_dialog (self, _("This File Cannot Be Imported"), error->message);
      g_error_free (error);
    }
  if (import->done != NULL)
    *import->done = TRUE;
  json_import_free (import);
}

static void
json_photo_prepared_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  JsonImport *import = user_data;
  g_autoptr(GBytes) photo = NULL;
  g_autoptr(GError) error = NULL;

  photo = phoenix_pdf_import_prepare_photo_finish (PHOENIX_PDF_IMPORT (source), result, &error);
  if (photo != NULL)
    phoenix_profile_set_photo (import->staged, photo);
  else
    {
      /* Not an image Phoenix shows: kept as it came in the resume's extra members. */
      g_debug ("The resume's photo is set aside: %s", error->message);
      phoenix_json_resume_set_photo_aside (import->staged);
    }
  json_import_done (import, NULL);
}

static void
json_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  JsonImport *import = user_data;
  PhoenixCvPage *self = import->self;
  GError *error = NULL;
  GBytes *photo;

  import->staged = phoenix_json_resume_read_file_finish (result, &error);
  if (import->staged == NULL)
    {
      json_import_done (import, error);
      return;
    }
  photo = phoenix_profile_get_photo (import->staged);
  if (photo == NULL)
    {
      json_import_done (import, NULL);
      return;
    }
  if (self->photo_reader == NULL)
    self->photo_reader = phoenix_pdf_import_new ();
  phoenix_pdf_import_prepare_photo_async (self->photo_reader, photo, NULL, json_photo_prepared_cb, import);
}

static void
import_json_from (PhoenixCvPage  *self,
                  GFile          *file,
                  GError        **sync_error,
                  gboolean       *done)
{
  JsonImport *import;

  if (self->profile == NULL)
    {
      if (done != NULL)
        *done = TRUE;
      return;
    }
  import = g_new0 (JsonImport, 1);
  import->self = g_object_ref (self);
  import->profile = g_object_ref (self->profile);
  import->sync_error = sync_error;
  import->done = done;
  phoenix_json_resume_read_file_async (file, PHOENIX_JSON_RESUME_RAW_PHOTO, NULL, json_read_cb, import);
}

static void
import_confirm_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   PhoenixCvPage    *self)
{
  GFile *file = g_object_get_data (G_OBJECT (dialog), "file");

  if (!g_str_equal (response, "replace"))
    return;

  import_json_from (self, file, NULL, NULL);
}

static void
import_json_response_cb (GtkNativeDialog *chooser,
                         int              response,
                         PhoenixCvPage   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      GFile *file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      GtkWidget *dialog;

      dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                       _("Replace Your Profile?"),
                                       _("Everything in your profile is replaced by the JSON Resume. "
                                         "You can undo this for a few seconds afterwards."));
      adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                        "cancel", _("_Cancel"),
                                        "replace", _("_Replace"),
                                        NULL);
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                                  ADW_RESPONSE_DESTRUCTIVE);
      adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
      g_object_set_data_full (G_OBJECT (dialog), "file", file, g_object_unref);
      g_signal_connect_object (dialog, "response", G_CALLBACK (import_confirm_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
    }
  g_object_unref (chooser);
}

static void
import_json_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = new_filter (_("JSON Resume"), "application/json", "*.json");

  chooser = gtk_file_chooser_native_new (_("Import JSON Resume"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (import_json_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_phoenix_cv_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "cv.export-pdf", NULL, export_pdf_action);
  gtk_widget_class_install_action (widget_class, "cv.export-json", NULL, export_json_action);
  gtk_widget_class_install_action (widget_class, "cv.import-json", NULL, import_json_action);
}

void
_phoenix_cv_page_export_pdf (PhoenixCvPage *self,
                             GFile         *file)
{
  export_pdf_to (self, file);
}

guint
_phoenix_cv_page_get_n_exports (PhoenixCvPage *self)
{
  return self->n_exports;
}

gboolean
_phoenix_cv_page_export_json (PhoenixCvPage  *self,
                              GFile          *file,
                              GError        **error)
{
  return export_json_to (self, file, error);
}

gboolean
_phoenix_cv_page_import_json (PhoenixCvPage  *self,
                              GFile          *file,
                              GError        **error)
{
  GError *local_error = NULL;
  gboolean done = FALSE;

  import_json_from (self, file, &local_error, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  return self->profile != NULL;
}
