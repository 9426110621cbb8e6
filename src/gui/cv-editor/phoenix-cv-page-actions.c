/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-cv-page"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-cv-page-private.h"
#include "phoenix-cv-renderer.h"
#include "phoenix-json-resume.h"
#include "phoenix-profile-merge.h"

/* The CV page's file actions: Export PDF… and Export as a Word Document… (the renderer,
 * in a thread), Import JSON Resume… (after a confirmation, with Undo) and Export as JSON
 * Resume… (checked against the official schema). Portal-friendly file choosers. */

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
  gboolean docx = g_object_get_data (source, "docx") != NULL;
  gboolean done = docx ? phoenix_cv_renderer_export_docx_finish (PHOENIX_CV_RENDERER (source), result, &error)
                       : phoenix_cv_renderer_export_pdf_finish (PHOENIX_CV_RENDERER (source), result, &error);

  if (!done)
    {
      show_error_dialog (self, docx ? _("The Word Document Could Not Be Saved") : _("The PDF Could Not Be Saved"),
                         error->message);
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

/* The current CV to a PDF or a Word document, written in a thread. */
static void
export_to (PhoenixCvPage *self,
           GFile         *file,
           gboolean       docx)
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
  if (docx)
    {
      g_object_set_data (G_OBJECT (renderer), "docx", GINT_TO_POINTER (TRUE));
      phoenix_cv_renderer_export_docx_async (renderer, path, NULL, export_pdf_done_cb, g_object_ref (self));
    }
  else
    {
      phoenix_cv_renderer_export_pdf_async (renderer, path, NULL, export_pdf_done_cb, g_object_ref (self));
    }
}

static void
export_pdf_to (PhoenixCvPage *self,
               GFile         *file)
{
  export_to (self, file, FALSE);
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

/* Word */
static void
export_docx_response_cb (GtkNativeDialog *chooser,
                         int              response,
                         PhoenixCvPage   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      export_to (self, file, TRUE);
    }
  g_object_unref (chooser);
}

static void
export_docx_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PhoenixCvPage *self = PHOENIX_CV_PAGE (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = new_filter (_("Word Documents"),
                                                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                                                "*.docx");
  g_autofree char *name = suggested_name (self, "docx");

  chooser = gtk_file_chooser_native_new (_("Export as a Word Document"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_docx_response_cb), self, 0);
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

/* An import as one undo step: what the profile held before and after it, as snapshots
 * (references to the entries, no copies); applying one touches only what differs. */
typedef struct
{
  GWeakRef                page;
  PhoenixProfileSnapshot *before;
  PhoenixProfileSnapshot *after;
} ImportStep;

static void
import_step_free (gpointer data)
{
  ImportStep *step = data;

  g_weak_ref_clear (&step->page);
  g_clear_pointer (&step->before, phoenix_profile_snapshot_free);
  g_clear_pointer (&step->after, phoenix_profile_snapshot_free);
  g_free (step);
}

typedef struct
{
  PhoenixProfileSnapshot *snapshot;
  PhoenixProfile         *profile;
} RestoreArgs;

static void
restore_snapshot (gpointer data,
                  gpointer unused)
{
  RestoreArgs *args = data;

  phoenix_profile_snapshot_restore (args->snapshot, args->profile);
}

static void
import_step_apply (gpointer data,
                   gboolean undo)
{
  ImportStep *step = data;
  g_autoptr(PhoenixCvPage) self = g_weak_ref_get (&step->page);

  if (self == NULL || self->profile == NULL)
    return;
  /* The undo stack records nothing while it applies a step. */
  phoenix_profile_snapshot_restore (undo ? step->before : step->after, self->profile);
  phoenix_cv_preview_refresh_in_worker (self->preview);
  /* Saved at once, as the import was; on failure autosave tries again. */
  {
    g_autoptr(GError) error = NULL;
    if (!phoenix_cv_page_flush (self, &error))
      g_warning ("Could not save the CV after undoing an import: %s", error->message);
  }
}

gboolean
phoenix_cv_page_apply_import (PhoenixCvPage   *self,
                              PhoenixProfile  *imported,
                              gboolean         merge,
                              GError         **error)
{
  g_autoptr(PhoenixProfileSnapshot) before = NULL;
  g_autoptr(PhoenixProfileSnapshot) after = NULL;
  RestoreArgs args;
  ImportStep *step;

  g_return_val_if_fail (PHOENIX_IS_CV_PAGE (self), FALSE);
  g_return_val_if_fail (PHOENIX_IS_PROFILE (imported), FALSE);

  if (self->profile == NULL)
    return FALSE;
  /* What the page still holds is saved first, so undo gives it back too. */
  if (!phoenix_cv_page_flush (self, error))
    return FALSE;

  /* References, not copies: the entries before the import come back on undo as the very
   * objects the earlier undo steps refer to. Replace takes the imported entries themselves. */
  before = phoenix_profile_snapshot_new (self->profile);
  if (merge)
    {
      g_autoptr(PhoenixProfile) merged = phoenix_profile_new ();

      phoenix_profile_copy_into (self->profile, merged);
      phoenix_profile_merge (merged, imported);
      after = phoenix_profile_snapshot_new (merged);
    }
  else
    {
      after = phoenix_profile_snapshot_new (imported);
    }

  args = (RestoreArgs) { after, self->profile };
  phoenix_undo_stack_run_unrecorded (self->undo_stack, restore_snapshot, &args);
  if (!phoenix_cv_page_flush (self, error))
    {
      PhoenixProfileAutosave *autosave = phoenix_context_get_autosave (self->context);

      args = (RestoreArgs) { before, self->profile };
      phoenix_undo_stack_run_unrecorded (self->undo_stack, restore_snapshot, &args);
      /* The vault still holds the profile as it was before. */
      if (autosave != NULL)
        phoenix_profile_autosave_forget_pending (autosave);
      return FALSE;
    }

  phoenix_cv_preview_refresh_in_worker (self->preview);
  step = g_new0 (ImportStep, 1);
  g_weak_ref_init (&step->page, self);
  step->before = g_steal_pointer (&before);
  step->after = g_steal_pointer (&after);
  phoenix_undo_stack_break_merge (self->undo_stack);
  phoenix_undo_stack_record_custom (self->undo_stack, G_OBJECT (self->profile), import_step_apply,
                                    step, import_step_free);
  return TRUE;
}

void
phoenix_cv_page_undo (PhoenixCvPage *self)
{
  g_return_if_fail (PHOENIX_IS_CV_PAGE (self));

  phoenix_undo_stack_undo (self->undo_stack);
}

/* Replaces the profile with the file's resume, as one undo step (Replace without the
 * preview: the test hook below and scripts; the UI goes through the preview). */
static gboolean
import_json_from (PhoenixCvPage  *self,
                  GFile          *file,
                  GError        **error)
{
  g_autoptr(PhoenixProfile) imported = phoenix_profile_new ();
  g_autofree char *path = g_file_get_path (file);

  if (self->profile == NULL)
    return FALSE;
  /* Within the JSON Resume limits (size, depth, entries): phoenix-json-resume.h. */
  if (!phoenix_json_resume_import_file (imported, path, error))
    return FALSE;
  return phoenix_cv_page_apply_import (self, imported, FALSE, error);
}

/* A JSON Resume goes through the import preview (the window's win.import-file), which
 * offers Replace and Merge, as one undo step. */
static void
import_json_response_cb (GtkNativeDialog *chooser,
                         int              response,
                         PhoenixCvPage   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *uri = file != NULL ? g_file_get_uri (file) : NULL;

      if (uri != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self), "win.import-file", "s", uri);
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
  gtk_widget_class_install_action (widget_class, "cv.export-docx", NULL, export_docx_action);
  gtk_widget_class_install_action (widget_class, "cv.export-json", NULL, export_json_action);
  gtk_widget_class_install_action (widget_class, "cv.import-json", NULL, import_json_action);
}

void
_phoenix_cv_page_export_pdf (PhoenixCvPage *self,
                             GFile         *file)
{
  export_pdf_to (self, file);
}

void
_phoenix_cv_page_export_docx (PhoenixCvPage *self,
                              GFile         *file)
{
  export_to (self, file, TRUE);
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
  return import_json_from (self, file, error);
}
