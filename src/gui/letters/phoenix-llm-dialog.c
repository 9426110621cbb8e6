/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-llm-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-llm-dialog.h"

struct _PhoenixLlmDialog
{
  AdwWindow         parent_instance;

  PhoenixLlmClient *client;
  PhoenixProfile   *profile;
  char             *offer_text;
  char             *paragraph;  /* a rewrite when not NULL */
  char             *language;
  char             *tone;

  /* Template widgets */
  GtkWidget        *fields_group;
  GtkCheckButton   *offer_check;
  GtkCheckButton   *name_check;
  GtkCheckButton   *headline_check;
  GtkCheckButton   *summary_check;
  GtkCheckButton   *experience_check;
  GtkCheckButton   *education_check;
  GtkCheckButton   *skills_check;
  GtkTextView      *request_view;
};

enum {
  SEND,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixLlmDialog, phoenix_llm_dialog, ADW_TYPE_WINDOW)

static PhoenixLlmFields
ticked (PhoenixLlmDialog *self)
{
  PhoenixLlmFields fields = 0;

  fields |= gtk_check_button_get_active (self->offer_check) ? PHOENIX_LLM_FIELD_OFFER : 0;
  fields |= gtk_check_button_get_active (self->name_check) ? PHOENIX_LLM_FIELD_NAME : 0;
  fields |= gtk_check_button_get_active (self->headline_check) ? PHOENIX_LLM_FIELD_HEADLINE : 0;
  fields |= gtk_check_button_get_active (self->summary_check) ? PHOENIX_LLM_FIELD_SUMMARY : 0;
  fields |= gtk_check_button_get_active (self->experience_check) ? PHOENIX_LLM_FIELD_EXPERIENCE : 0;
  fields |= gtk_check_button_get_active (self->education_check) ? PHOENIX_LLM_FIELD_EDUCATION : 0;
  fields |= gtk_check_button_get_active (self->skills_check) ? PHOENIX_LLM_FIELD_SKILLS : 0;
  return fields;
}

char *
phoenix_llm_dialog_build_prompt (PhoenixLlmDialog  *self,
                                 PhoenixLlmFields   fields,
                                 char             **system)
{
  g_return_val_if_fail (PHOENIX_IS_LLM_DIALOG (self), NULL);

  if (system != NULL)
    *system = phoenix_llm_build_system_prompt (self->language, self->tone);
  if (self->paragraph != NULL)
    return phoenix_llm_build_rewrite_prompt (self->paragraph, self->language, self->tone);
  return phoenix_llm_build_draft_prompt (self->profile, self->offer_text, fields, self->language);
}

static void
ticks_changed_cb (PhoenixLlmDialog *self)
{
  g_autofree char *system = NULL;
  g_autofree char *prompt = phoenix_llm_dialog_build_prompt (self, ticked (self), &system);
  g_autofree char *request = phoenix_llm_client_build_request (self->client, system, prompt);

  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->request_view), request, -1);
}

static void
send_clicked_cb (PhoenixLlmDialog *self)
{
  g_signal_emit (self, signals[SEND], 0, (guint) ticked (self));
  gtk_window_close (GTK_WINDOW (self));
}

static void
cancel_clicked_cb (PhoenixLlmDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
phoenix_llm_dialog_dispose (GObject *object)
{
  PhoenixLlmDialog *self = PHOENIX_LLM_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_LLM_DIALOG);
  g_clear_object (&self->client);
  g_clear_object (&self->profile);
  g_clear_pointer (&self->offer_text, g_free);
  g_clear_pointer (&self->paragraph, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->tone, g_free);

  G_OBJECT_CLASS (phoenix_llm_dialog_parent_class)->dispose (object);
}

static void
phoenix_llm_dialog_class_init (PhoenixLlmDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phoenix_llm_dialog_dispose;

  signals[SEND] = g_signal_new ("send", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-llm-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixLlmDialog, fields_group);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLlmDialog, offer_check);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLlmDialog, name_check);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLlmDialog, headline_check);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLlmDialog, summary_check);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLlmDialog, experience_check);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLlmDialog, education_check);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLlmDialog, skills_check);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLlmDialog, request_view);
  gtk_widget_class_bind_template_callback (widget_class, ticks_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, send_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
phoenix_llm_dialog_init (PhoenixLlmDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PhoenixLlmDialog *
phoenix_llm_dialog_new (PhoenixLlmClient *client,
                        PhoenixProfile   *profile,
                        const char       *offer_text,
                        const char       *rewrite_paragraph,
                        const char       *language,
                        const char       *tone)
{
  PhoenixLlmDialog *self;

  g_return_val_if_fail (PHOENIX_IS_LLM_CLIENT (client), NULL);
  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), NULL);

  self = g_object_new (PHOENIX_TYPE_LLM_DIALOG, NULL);
  self->client = g_object_ref (client);
  self->profile = g_object_ref (profile);
  self->offer_text = g_strdup (offer_text != NULL ? offer_text : "");
  self->paragraph = g_strdup (rewrite_paragraph);
  self->language = g_strdup (language);
  self->tone = g_strdup (tone);
  gtk_widget_set_visible (self->fields_group, rewrite_paragraph == NULL);
  gtk_window_set_title (GTK_WINDOW (self), rewrite_paragraph != NULL ? _("Rewrite With the Local Model")
                                                                      : _("Draft With the Local Model"));
  ticks_changed_cb (self);
  return self;
}
