/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-ats-window"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-ats-window-private.h"
#include "phoenix-job-offer-store.h"

/* The ATS window's "Open File…": a text or web page read at once, a PDF through the sandboxed
 * import helper (its password question and its errors in the same dialogs as a CV import's). */

/* The same dialog as a CV import's error. */
static void
show_error_dialog (PhoenixAtsWindow *self,
                   const char       *body)
{
  _phoenix_pdf_dialogs_show_error (&self->dialogs, GTK_WINDOW (self), _("This job offer could not be opened"), body);
}

static void start_open (PhoenixAtsWindow *self,
                        const char       *password);

static void
password_given_cb (gpointer    user_data,
                   const char *password)
{
  start_open (PHOENIX_ATS_WINDOW (user_data), password);
}

/* The same question as a CV import's, about a job offer. */
static void
ask_password (PhoenixAtsWindow *self,
              gboolean          again)
{
  _phoenix_pdf_dialogs_ask_password (&self->dialogs, GTK_WINDOW (self), PHOENIX_PDF_DOCUMENT_JOB_OFFER,
                                     self->open_file, again, password_given_cb, self);
}

/* One open: its answer counts only while it is the window's current one. */
typedef struct
{
  GWeakRef      window;   /* a helper that lingers does not keep the window alive */
  GCancellable *cancellable;
} OpenRun;

static void
open_run_free (OpenRun *run)
{
  g_weak_ref_clear (&run->window);
  g_clear_object (&run->cancellable);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OpenRun, open_run_free)

static void
offer_opened_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(OpenRun) run = user_data;
  g_autoptr(PhoenixAtsWindow) self = g_weak_ref_get (&run->window);
  g_autoptr(PhoenixJobOffer) offer = NULL;
  g_autoptr(GError) error = NULL;

  offer = phoenix_job_offer_new_from_file_finish (result, &error);
  if (self == NULL || run->cancellable != self->open_cancellable || g_cancellable_is_cancelled (run->cancellable))
    return;

  g_clear_object (&self->open_cancellable);
  gtk_widget_set_sensitive (self->analyse_button, TRUE);

  if (g_error_matches (error, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_ENCRYPTED))
    {
      ask_password (self, self->open_with_password);
      return;
    }
  if (error != NULL && error->domain == PHOENIX_PDF_IMPORT_ERROR)
    {
      show_error_dialog (self, error->message);
      return;
    }
  if (offer == NULL)
    {
      _phoenix_ats_window_show_error (self, error->message);
      return;
    }

  _phoenix_ats_window_show_error (self, NULL);
  _phoenix_ats_window_take_new_offer (self, offer);
}

/* The helper reads the password on its stdin; it is not kept after this call. */
static void
start_open (PhoenixAtsWindow *self,
            const char       *password)
{
  OpenRun *run;

  if (self->importer == NULL)
    self->importer = phoenix_pdf_import_new ();

  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  self->open_cancellable = g_cancellable_new ();
  /* A second ENCRYPTED after a password means the password was wrong. */
  self->open_with_password = password != NULL;
  gtk_widget_set_sensitive (self->analyse_button, FALSE);

  run = g_new0 (OpenRun, 1);
  g_weak_ref_init (&run->window, self);
  run->cancellable = g_object_ref (self->open_cancellable);
  phoenix_job_offer_new_from_file_async (self->extractor, self->open_file, self->importer, password,
                                         self->open_cancellable, offer_opened_cb, run);
}

static void
offer_file_chosen_cb (GtkNativeDialog  *chooser,
                      int               response,
                      PhoenixAtsWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        _phoenix_ats_window_open_offer (self, file);
    }

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
open_offer_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PhoenixAtsWindow *self = PHOENIX_ATS_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Open a Job Offer"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Text, web pages and PDF documents"));
  gtk_file_filter_add_mime_type (filter, "text/plain");
  gtk_file_filter_add_mime_type (filter, "text/html");
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "txt");
  gtk_file_filter_add_suffix (filter, "html");
  gtk_file_filter_add_suffix (filter, "htm");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (offer_file_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_phoenix_ats_window_open_offer (PhoenixAtsWindow *self,
                                GFile            *file)
{
  g_return_if_fail (PHOENIX_IS_ATS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->extractor == NULL)
    return;

  _phoenix_pdf_dialogs_close (&self->dialogs);
  g_set_object (&self->open_file, file);
  start_open (self, NULL);
}

gboolean
_phoenix_ats_window_get_opening (PhoenixAtsWindow *self)
{
  return self->open_cancellable != NULL;
}

AdwMessageDialog *
_phoenix_ats_window_get_message (PhoenixAtsWindow *self)
{
  return self->dialogs.message;
}

GtkEditable *
_phoenix_ats_window_get_password (PhoenixAtsWindow *self)
{
  return self->dialogs.password;
}

void
_phoenix_ats_window_class_setup_open (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "ats.open-offer", NULL, open_offer_action);
}
