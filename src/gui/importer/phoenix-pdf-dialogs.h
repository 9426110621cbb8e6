/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/*
 * The dialogs about a PDF that the CV import (phoenix-window-import.c) and the ATS window's
 * "Open File…" (phoenix-ats-window.c) share: the password question, with its wrong-password
 * retry, and the error. A window shows one of them at a time, held in a PhoenixPdfDialogs.
 */

#include <adwaita.h>

G_BEGIN_DECLS

/* What the PDF holds: it words the password question and names its "open" response. */
typedef enum
{
  PHOENIX_PDF_DOCUMENT_CV,         /* response "import" */
  PHOENIX_PDF_DOCUMENT_JOB_OFFER,  /* response "open" */
} PhoenixPdfDocument;

/* The dialog a window shows about a PDF; both pointers are weak (NULL once it is gone). */
typedef struct
{
  AdwMessageDialog *message;   /* the password question or an error */
  GtkEditable      *password;  /* the password question's entry */
} PhoenixPdfDialogs;

/* Called with the password typed, once the user chose to open; not when they cancel.
 * @password is wiped after the call. */
typedef void (*PhoenixPdfPasswordFunc) (gpointer    user_data,
                                        const char *password);

/* Sets *@pointer to @object (or NULL) as a weak pointer, dropping the one it held. */
void _phoenix_set_weak                  (gpointer               *pointer,
                                         gpointer                object);
void _phoenix_clear_weak                (gpointer               *pointer);

/* Destroys the dialog shown, if any. */
void _phoenix_pdf_dialogs_close         (PhoenixPdfDialogs      *dialogs);
/* Forgets the dialog shown without destroying it (its owner is going). */
void _phoenix_pdf_dialogs_clear         (PhoenixPdfDialogs      *dialogs);

/* Replaces the dialog shown with an error: @heading, @body and a Close button. */
void _phoenix_pdf_dialogs_show_error    (PhoenixPdfDialogs      *dialogs,
                                         GtkWindow              *parent,
                                         const char             *heading,
                                         const char             *body);

/* Replaces the dialog shown with the password question about @file; @again when the
 * password given before did not open it. @func runs with the password typed.
 * @dialogs and @user_data must outlive the question (close it before they go). */
void _phoenix_pdf_dialogs_ask_password  (PhoenixPdfDialogs      *dialogs,
                                         GtkWindow              *parent,
                                         PhoenixPdfDocument      document,
                                         GFile                  *file,
                                         gboolean                again,
                                         PhoenixPdfPasswordFunc  func,
                                         gpointer                user_data);

G_END_DECLS
