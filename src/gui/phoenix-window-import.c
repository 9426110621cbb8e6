/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-window-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "phoenix-ats-window.h"
#include "phoenix-cv-page.h"
#include "phoenix-cv-sources.h"
#include "phoenix-import-dialog.h"
#include "phoenix-window-private.h"
#include "phoenix-json-resume.h"
#include "phoenix-pdf-dialogs.h"
#include "phoenix-pdf-import.h"
#include "phoenix-profile-merge.h"
#include "phoenix-window.h"

/*
 * Importing a CV into the window's profile — a PDF through the sandboxed helper, a JSON
 * Resume, a LinkedIn export (ZIP) or a Europass CV (XML) read in a worker thread — through
 * the preview the user corrects, then Replace or Merge as one step of the CV page's undo
 * (Ctrl+Z anywhere in the window); and opening the ATS check. The state lives on the
 * window as object data, so phoenix-window.c stays small.
 */

typedef struct
{
  PhoenixWindow       *window;       /* not owned: the state dies with it */
  PhoenixPdfImport    *importer;
  GCancellable        *cancellable;
  GFile               *file;
  AdwMessageDialog    *progress;
  PhoenixPdfDialogs    dialogs;      /* the password question or an error */
  PhoenixImportDialog *preview;
  PhoenixAtsWindow    *ats_window;
  gboolean             busy;
  gboolean             with_password;  /* the running import was given a password */
} ImportState;

static const char state_key[] = "phoenix-window-import-state";

static void
import_state_free (gpointer data)
{
  ImportState *state = data;

  g_cancellable_cancel (state->cancellable);
  g_clear_object (&state->cancellable);
  g_clear_object (&state->importer);
  g_clear_object (&state->file);
  _phoenix_clear_weak ((gpointer *) &state->progress);
  _phoenix_pdf_dialogs_clear (&state->dialogs);
  _phoenix_clear_weak ((gpointer *) &state->preview);
  _phoenix_clear_weak ((gpointer *) &state->ats_window);
  g_free (state);
}

static ImportState *
get_state (PhoenixWindow *self)
{
  ImportState *state = g_object_get_data (G_OBJECT (self), state_key);

  if (state == NULL)
    {
      state = g_new0 (ImportState, 1);
      state->window = self;
      g_object_set_data_full (G_OBJECT (self), state_key, state, import_state_free);
    }

  return state;
}

static void
close_progress (ImportState *state)
{
  AdwMessageDialog *progress = state->progress;

  if (progress == NULL)
    return;
  _phoenix_clear_weak ((gpointer *) &state->progress);
  gtk_window_destroy (GTK_WINDOW (progress));
}

static void
close_message (ImportState *state)
{
  _phoenix_pdf_dialogs_close (&state->dialogs);
}

static void
show_error (ImportState *state,
            const char  *heading,
            const char  *body)
{
  _phoenix_pdf_dialogs_show_error (&state->dialogs, GTK_WINDOW (state->window), heading, body);
}

static void start_import (ImportState *state,
                          const char  *password);

/* The toast's Undo and Ctrl+Z anywhere in the window: the CV page's undo, where the
 * import is one step. */
static void
undo_import_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PhoenixWindow *self = PHOENIX_WINDOW (widget);

  /* A CV page never built has nothing to undo. */
  if (_phoenix_window_get_profile (self) == NULL || _phoenix_window_get_cv_page (self) == NULL)
    return;
  phoenix_cv_page_undo (_phoenix_window_get_cv_page (self));
}

/* One run of the helper: its answer counts only while it is the window's current run. */
typedef struct
{
  GWeakRef       window;   /* a helper that lingers does not keep the window alive */
  GCancellable  *cancellable;
} ImportRun;

static void
import_run_free (ImportRun *run)
{
  g_weak_ref_clear (&run->window);
  g_clear_object (&run->cancellable);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ImportRun, import_run_free)

/* The window's state when @run is its current run (then no longer busy), or NULL: the
 * window is gone, the run was cancelled, or another run started since. */
static ImportState *
finish_run (ImportRun     *run,
            PhoenixWindow *self)
{
  ImportState *state;

  if (self == NULL)
    return NULL;
  state = get_state (self);
  if (run->cancellable != state->cancellable || g_cancellable_is_cancelled (run->cancellable))
    return NULL;
  state->busy = FALSE;
  close_progress (state);
  g_clear_object (&state->cancellable);
  return state;
}

/* Applies @imported (its photo prepared, or set aside) to the CV page as one undo step. */
static void
finish_apply (ImportState         *state,
              PhoenixProfile      *imported,
              PhoenixImportChoice  choice)
{
  PhoenixWindow *self = state->window;
  PhoenixCvPage *cv_page;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (_phoenix_window_get_profile (self) == NULL)
    return;   /* locked meanwhile */
  cv_page = PHOENIX_CV_PAGE (_phoenix_window_ensure_page (self, "cv"));
  if (!phoenix_cv_page_apply_import (cv_page, imported, choice == PHOENIX_IMPORT_MERGE, &error))
    {
      if (error != NULL)
        show_error (state, _("Your CV could not be saved"), error->message);
      return;
    }

  toast = adw_toast_new (_("CV imported"));
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-import");
  adw_toast_set_timeout (toast, 10);
  phoenix_window_add_toast (self, toast);

  adw_view_stack_set_visible_child_name (_phoenix_window_get_view_stack (self), "cv");
}

/* A JSON Resume's photo on its way through the import helper's sandbox. */
typedef struct
{
  ImportRun           run;
  PhoenixProfile     *imported;
  PhoenixImportChoice choice;
} PhotoRun;

static void
photo_prepared_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  PhotoRun *photo_run = user_data;
  g_autoptr(PhoenixWindow) self = g_weak_ref_get (&photo_run->run.window);
  g_autoptr(PhoenixProfile) imported = photo_run->imported;
  g_autoptr(GBytes) photo = NULL;
  g_autoptr(GError) error = NULL;
  ImportState *state;

  photo = phoenix_pdf_import_prepare_photo_finish (PHOENIX_PDF_IMPORT (object), result, &error);
  state = finish_run (&photo_run->run, self);
  g_weak_ref_clear (&photo_run->run.window);
  g_clear_object (&photo_run->run.cancellable);
  if (state != NULL)
    {
      if (photo != NULL)
        phoenix_profile_set_photo (imported, photo);
      else
        {
          /* Not an image Phoenix shows: kept as it came in the resume's extra members. */
          g_debug ("The resume's photo is set aside: %s", error->message);
          phoenix_json_resume_set_photo_aside (imported);
        }
      finish_apply (state, imported, photo_run->choice);
    }
  g_free (photo_run);
}

static void
apply_import (ImportState         *state,
              PhoenixImportDialog *dialog,
              PhoenixImportChoice  choice)
{
  PhoenixWindow *self = state->window;
  PhoenixProfile *profile = _phoenix_window_get_profile (self);
  g_autoptr(PhoenixProfile) imported = phoenix_profile_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_OBJECT);
  g_autoptr(GError) error = NULL;
  PhotoRun *photo_run;

  if (profile == NULL)
    return;

  json_node_take_object (root, phoenix_import_dialog_get_profile (dialog));
  /* A JSON Resume's basics.image comes raw: it is checked and decoded in the import helper's
   * sandbox, never in this process (issue #14). */
  if (!phoenix_json_resume_import_full (imported, root, PHOENIX_JSON_RESUME_RAW_PHOTO, &error))
    {
      show_error (state, _("This CV could not be imported"), error->message);
      return;
    }
  if (phoenix_profile_get_photo (imported) == NULL)
    {
      finish_apply (state, imported, choice);
      return;
    }

  if (state->importer == NULL)
    state->importer = phoenix_pdf_import_new ();
  g_cancellable_cancel (state->cancellable);
  g_clear_object (&state->cancellable);
  state->cancellable = g_cancellable_new ();
  state->busy = TRUE;
  photo_run = g_new0 (PhotoRun, 1);
  g_weak_ref_init (&photo_run->run.window, self);
  photo_run->run.cancellable = g_object_ref (state->cancellable);
  photo_run->imported = g_steal_pointer (&imported);
  photo_run->choice = choice;
  phoenix_pdf_import_prepare_photo_async (state->importer, phoenix_profile_get_photo (photo_run->imported),
                                          state->cancellable, photo_prepared_cb, photo_run);
}

static void
preview_chosen_cb (PhoenixImportDialog *dialog,
                   int                  choice,
                   ImportState         *state)
{
  if (choice == PHOENIX_IMPORT_CANCEL)
    return;

  apply_import (state, dialog, choice);
}

static void
show_preview (ImportState    *state,
              PhoenixCvParse *parse)
{
  g_autofree char *name = g_file_get_basename (state->file);
  PhoenixImportDialog *preview = phoenix_import_dialog_new (parse, name);

  gtk_window_set_transient_for (GTK_WINDOW (preview), GTK_WINDOW (state->window));
  g_signal_connect (preview, "chosen", G_CALLBACK (preview_chosen_cb), state);
  _phoenix_set_weak ((gpointer *) &state->preview, preview);
  gtk_window_present (GTK_WINDOW (preview));
}

static void
password_given_cb (gpointer    user_data,
                   const char *password)
{
  start_import (user_data, password);
}

static void
ask_password (ImportState *state,
              gboolean     again)
{
  _phoenix_pdf_dialogs_ask_password (&state->dialogs, GTK_WINDOW (state->window), PHOENIX_PDF_DOCUMENT_CV,
                                     state->file, again, password_given_cb, state);
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(ImportRun) run = user_data;
  g_autoptr(PhoenixWindow) self = g_weak_ref_get (&run->window);
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autoptr(GError) error = NULL;
  ImportState *state;

  parse = phoenix_pdf_import_run_finish (PHOENIX_PDF_IMPORT (object), result, &error);
  if ((state = finish_run (run, self)) == NULL)
    return;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (_phoenix_window_get_profile (self) == NULL)
    return;   /* locked meanwhile */

  if (g_error_matches (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_ENCRYPTED))
    {
      ask_password (state, state->with_password);
      return;
    }

  if (error != NULL)
    {
      show_error (state, _("This CV could not be imported"), error->message);
      return;
    }

  show_preview (state, parse);
}

static void
progress_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      ImportState      *state)
{
  if (dialog != state->progress)
    return;

  _phoenix_clear_weak ((gpointer *) &state->progress);
  /* The user is free at once; whatever the helper still says is dropped. */
  g_cancellable_cancel (state->cancellable);
  g_clear_object (&state->cancellable);
  state->busy = FALSE;
}

/* The helper reads the password on its stdin; it is not kept after this call. */
static void
start_import (ImportState *state,
              const char  *password)
{
  g_autofree char *name = g_file_get_basename (state->file);
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *spinner;
  ImportRun *run;

  if (state->importer == NULL)
    state->importer = phoenix_pdf_import_new ();

  g_cancellable_cancel (state->cancellable);
  g_clear_object (&state->cancellable);
  state->cancellable = g_cancellable_new ();
  state->busy = TRUE;

  /* Translators: %s is a file name */
  body = g_strdup_printf (_("Reading “%s”…"), name);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (state->window), _("Importing CV"), body));
  spinner = gtk_spinner_new ();
  gtk_spinner_start (GTK_SPINNER (spinner));
  gtk_widget_set_size_request (spinner, 32, 32);
  adw_message_dialog_set_extra_child (dialog, spinner);
  adw_message_dialog_add_response (dialog, "cancel", _("_Cancel"));
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (progress_response_cb), state);
  _phoenix_set_weak ((gpointer *) &state->progress, dialog);
  gtk_window_present (GTK_WINDOW (dialog));

  /* A second ENCRYPTED after a password means the password was wrong. */
  state->with_password = password != NULL;

  run = g_new0 (ImportRun, 1);
  g_weak_ref_init (&run->window, state->window);
  run->cancellable = g_object_ref (state->cancellable);
  phoenix_pdf_import_run_async (state->importer, state->file, password, state->cancellable,
                                import_done_cb, run);
}

/* A JSON Resume, a LinkedIn export or a Europass CV: read and parsed in a worker thread. */
static void
read_source_thread (GTask        *task,
                    gpointer      source,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GError) error = NULL;
  PhoenixCvParse *parse;

  /* Within the sources' limits: a size cap before reading, then depth, entries, unpacked bytes. */
  parse = phoenix_cv_source_read_file (file, cancellable, &error);
  if (parse == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, parse, g_object_unref);
}

static void
read_source_done_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(ImportRun) run = user_data;
  g_autoptr(PhoenixWindow) self = g_weak_ref_get (&run->window);
  g_autoptr(PhoenixCvParse) parse = NULL;
  g_autoptr(GError) error = NULL;
  ImportState *state;

  parse = g_task_propagate_pointer (G_TASK (result), &error);
  if ((state = finish_run (run, self)) == NULL)
    return;
  if (_phoenix_window_get_profile (self) == NULL)
    return;
  if (error != NULL)
    {
      show_error (state, _("This CV could not be imported"), error->message);
      return;
    }
  show_preview (state, parse);
}

static gboolean
is_pdf (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = name != NULL ? g_ascii_strdown (name, -1) : NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  char head[5] = { 0 };
  gsize n = 0;

  if (lower != NULL && g_str_has_suffix (lower, ".pdf"))
    return TRUE;
  stream = g_file_read (file, NULL, NULL);
  if (stream == NULL)
    return TRUE;   /* the helper says what is wrong with it */
  g_input_stream_read_all (G_INPUT_STREAM (stream), head, sizeof head, &n, NULL, NULL);
  return n == sizeof head && memcmp (head, "%PDF-", 5) == 0;
}

void
_phoenix_window_import_file (PhoenixWindow *self,
                             GFile         *file)
{
  ImportState *state;

  g_return_if_fail (PHOENIX_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (_phoenix_window_get_profile (self) == NULL)
    return;

  state = get_state (self);
  if (state->busy || state->preview != NULL)
    return;

  close_message (state);
  g_set_object (&state->file, file);
  if (is_pdf (file))
    start_import (state, NULL);
  else
    {
      g_autoptr(GTask) task = NULL;
      ImportRun *run = g_new0 (ImportRun, 1);

      state->cancellable = g_cancellable_new ();
      state->busy = TRUE;
      g_weak_ref_init (&run->window, self);
      run->cancellable = g_object_ref (state->cancellable);
      task = g_task_new (NULL, state->cancellable, read_source_done_cb, run);
      g_task_set_task_data (task, g_object_ref (file), g_object_unref);
      g_task_run_in_thread (task, read_source_thread);
    }
}

static void
import_file_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (parameter, NULL));

  _phoenix_window_import_file (PHOENIX_WINDOW (widget), file);
}

static void
file_chosen_cb (GtkNativeDialog *chooser,
                int              response,
                PhoenixWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        _phoenix_window_import_file (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
import_pdf_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PhoenixWindow *self = PHOENIX_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import CV"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("CVs (PDF, JSON Resume, LinkedIn export, Europass)"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_filter_add_suffix (filter, "zip");
  gtk_file_filter_add_suffix (filter, "xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
ats_check_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PhoenixWindow *self = PHOENIX_WINDOW (widget);
  ImportState *state = get_state (self);
  PhoenixProfile *profile = _phoenix_window_get_profile (self);
  PhoenixAtsWindow *window;

  if (profile == NULL)
    return;

  if (state->ats_window == NULL)
    {
      int width = gtk_widget_get_width (GTK_WIDGET (self));
      int height = gtk_widget_get_height (GTK_WIDGET (self));

      window = phoenix_ats_window_new (phoenix_window_get_context (self), profile);
      gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
      /* Closing it only hides it (it keeps the offer); the main window destroys it when the
       * vault locks or it goes itself (GTK's destroy-with-parent left a dangling handler). */
      /* On a phone-sized window the check opens at its narrowest (360 px), no taller than it. */
      if (width > 0 && width < 600)
        gtk_window_set_default_size (GTK_WINDOW (window), 360, MAX (height, 294));
      _phoenix_set_weak ((gpointer *) &state->ats_window, window);
    }
  /* The template's columns are the CV page's (built now if it was not yet). */
  phoenix_ats_window_set_template (state->ats_window,
                                   phoenix_cv_page_get_template (PHOENIX_CV_PAGE (_phoenix_window_ensure_page (self, "cv"))));

  gtk_window_present (GTK_WINDOW (state->ats_window));
}

static gboolean
file_dropped_cb (GtkDropTarget *target,
                 const GValue  *value,
                 double         x,
                 double         y,
                 PhoenixWindow *self)
{
  GFile *file = NULL;

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      GSList *files = g_value_get_boxed (value);

      if (files != NULL)
        file = files->data;
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    {
      file = g_value_get_object (value);
    }

  if (file == NULL)
    return FALSE;

  _phoenix_window_import_file (self, file);
  return TRUE;
}

void
_phoenix_window_class_setup_import (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import-pdf", NULL, import_pdf_action);
  gtk_widget_class_install_action (widget_class, "win.undo-import", NULL, undo_import_action);
  gtk_widget_class_install_action (widget_class, "win.import-file", "s", import_file_action);
  gtk_widget_class_install_action (widget_class, "win.ats-check", NULL, ats_check_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import-pdf", NULL);
  /* Ctrl+Z outside the CV page (whose own shortcut catches it first there) still undoes
   * the CV's last change: an import most of all. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo-import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_a, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.ats-check", NULL);
}

void
_phoenix_window_setup_import (PhoenixWindow  *self,
                              GtkWidget      *drop_area)
{
  GtkDropTarget *target;

  target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (target, (GType[2]) { GDK_TYPE_FILE_LIST, G_TYPE_FILE }, 2);
  g_signal_connect (target, "drop", G_CALLBACK (file_dropped_cb), self);
  gtk_widget_add_controller (drop_area, GTK_EVENT_CONTROLLER (target));
}

static gboolean
destroy_window_cb (gpointer window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

void
_phoenix_window_close_import (PhoenixWindow *self)
{
  ImportState *state = g_object_get_data (G_OBJECT (self), state_key);

  if (state == NULL)
    return;

  g_cancellable_cancel (state->cancellable);
  g_clear_object (&state->cancellable);
  state->busy = FALSE;
  close_progress (state);
  close_message (state);
  if (state->preview != NULL)
    gtk_window_destroy (GTK_WINDOW (state->preview));
  /* The ATS window hidden at once and destroyed in a later turn: with its report over a CV
   * of a thousand entries, destroying it was a good part of a lock's turn (issue #20). The
   * next check opens a new one. */
  if (state->ats_window != NULL)
    {
      GtkWidget *ats_window = GTK_WIDGET (state->ats_window);

      _phoenix_clear_weak ((gpointer *) &state->ats_window);
      gtk_widget_set_visible (ats_window, FALSE);
      g_idle_add_full (G_PRIORITY_LOW, destroy_window_cb, g_object_ref (ats_window), g_object_unref);
    }
}

gboolean
_phoenix_window_get_import_busy (PhoenixWindow *self)
{
  return get_state (self)->busy;
}

gboolean
_phoenix_window_cancel_import (PhoenixWindow *self)
{
  ImportState *state = get_state (self);

  if (state->progress == NULL)
    return FALSE;

  adw_message_dialog_response (state->progress, "cancel");
  return TRUE;
}

PhoenixImportDialog *
_phoenix_window_get_import_dialog (PhoenixWindow *self)
{
  return get_state (self)->preview;
}

AdwMessageDialog *
_phoenix_window_get_import_message (PhoenixWindow *self)
{
  return get_state (self)->dialogs.message;
}

GtkEditable *
_phoenix_window_get_import_password (PhoenixWindow *self)
{
  return get_state (self)->dialogs.password;
}

PhoenixAtsWindow *
_phoenix_window_get_ats_window (PhoenixWindow *self)
{
  return get_state (self)->ats_window;
}
