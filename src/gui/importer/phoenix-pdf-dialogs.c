/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-pdf-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-pdf-dialogs.h"
#include "phoenix-secret.h"

/* One password question: where it is held, and whom to tell. */
typedef struct
{
  PhoenixPdfDialogs      *dialogs;
  PhoenixPdfPasswordFunc  func;
  gpointer                user_data;
  const char             *open_response;
} PasswordQuestion;

static void
password_question_free (gpointer  data,
                        GClosure *closure)
{
  g_free (data);
}

static void
password_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      PasswordQuestion *question)
{
  PhoenixPdfDialogs *dialogs = question->dialogs;
  g_autoptr(PhoenixSecret) password = NULL;

  /* A question replaced by a newer one answers nothing. */
  if (dialog != dialogs->message)
    return;

  if (g_str_equal (response, question->open_response) && dialogs->password != NULL)
    password = g_strdup (gtk_editable_get_text (dialogs->password));
  _phoenix_pdf_dialogs_clear (dialogs);
  if (password != NULL)
    question->func (question->user_data, password);
}

void
_phoenix_clear_weak (gpointer *pointer)
{
  if (*pointer != NULL)
    g_object_remove_weak_pointer (G_OBJECT (*pointer), pointer);
  *pointer = NULL;
}

void
_phoenix_set_weak (gpointer *pointer,
                   gpointer  object)
{
  _phoenix_clear_weak (pointer);
  *pointer = object;
  if (object != NULL)
    g_object_add_weak_pointer (G_OBJECT (object), pointer);
}

void
_phoenix_pdf_dialogs_clear (PhoenixPdfDialogs *dialogs)
{
  _phoenix_clear_weak ((gpointer *) &dialogs->message);
  _phoenix_clear_weak ((gpointer *) &dialogs->password);
}

void
_phoenix_pdf_dialogs_close (PhoenixPdfDialogs *dialogs)
{
  AdwMessageDialog *message = dialogs->message;

  if (message == NULL)
    return;

  _phoenix_pdf_dialogs_clear (dialogs);
  gtk_window_destroy (GTK_WINDOW (message));
}

void
_phoenix_pdf_dialogs_show_error (PhoenixPdfDialogs *dialogs,
                                 GtkWindow         *parent,
                                 const char        *heading,
                                 const char        *body)
{
  AdwMessageDialog *dialog;

  _phoenix_pdf_dialogs_close (dialogs);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  adw_message_dialog_set_default_response (dialog, "close");
  adw_message_dialog_set_close_response (dialog, "close");
  _phoenix_set_weak ((gpointer *) &dialogs->message, dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_phoenix_pdf_dialogs_ask_password (PhoenixPdfDialogs      *dialogs,
                                   GtkWindow              *parent,
                                   PhoenixPdfDocument      document,
                                   GFile                  *file,
                                   gboolean                again,
                                   PhoenixPdfPasswordFunc  func,
                                   gpointer                user_data)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *body = NULL;
  PasswordQuestion *question;
  AdwMessageDialog *dialog;
  GtkWidget *entry;

  _phoenix_pdf_dialogs_close (dialogs);

  question = g_new0 (PasswordQuestion, 1);
  question->dialogs = dialogs;
  question->func = func;
  question->user_data = user_data;

  if (again)
    /* Translators: %s is a file name */
    body = g_strdup_printf (_("This password does not open “%s”. Try again."), name);
  else if (document == PHOENIX_PDF_DOCUMENT_CV)
    /* Translators: %s is a file name */
    body = g_strdup_printf (_("“%s” is protected by a password. Enter it to read the CV."), name);
  else
    /* Translators: %s is a file name */
    body = g_strdup_printf (_("“%s” is protected by a password. Enter it to read the job offer."), name);
  question->open_response = document == PHOENIX_PDF_DOCUMENT_CV ? "import" : "open";

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Password Needed"), body));
  entry = gtk_password_entry_new ();
  gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (entry), TRUE);
  g_object_set (entry, "activates-default", TRUE, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Password of the PDF"),
                                  -1);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    question->open_response, _("_Open"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, question->open_response, ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, question->open_response);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (password_response_cb), question,
                         password_question_free, 0);

  _phoenix_set_weak ((gpointer *) &dialogs->message, dialog);
  _phoenix_set_weak ((gpointer *) &dialogs->password, entry);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (entry);
}
