/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-new-letter-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-letter-engine.h"
#include "phoenix-new-letter-dialog.h"
#include "phoenix-new-letter-dialog-private.h"

#define REDRAFT_DELAY_MS 250

struct _PhoenixNewLetterDialog
{
  AdwWindow            parent_instance;

  PhoenixContext      *context;
  GListModel          *saved_offers;  /* PhoenixJobOffer */
  PhoenixLetterEngine *engine;
  PhoenixJobOffer     *offer;
  GPtrArray           *drafts;        /* PhoenixLetter */
  guint                redraft_id;
  gboolean             language_chosen;  /* else the letter takes the offer's language */
  gboolean             setting_language;

  /* Template widgets */
  AdwComboRow         *offer_row;
  GtkWidget           *paste_frame;
  GtkTextView         *offer_view;
  AdwComboRow         *language_row;
  AdwComboRow         *tone_row;
  AdwComboRow         *length_row;
  GtkListBox          *drafts_list;
  GtkLabel            *error_label;
  GtkButton           *create_button;
};

enum {
  LETTER_CREATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixNewLetterDialog, phoenix_new_letter_dialog, ADW_TYPE_WINDOW)

static void
show_error (PhoenixNewLetterDialog *self,
            const char             *message)
{
  gtk_label_set_label (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static PhoenixJobOffer *
current_offer (PhoenixNewLetterDialog *self,
               GError                **error)
{
  guint selected = adw_combo_row_get_selected (self->offer_row);
  PhoenixSkillExtractor *extractor;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (selected > 0 && self->saved_offers != NULL)
    return g_list_model_get_item (self->saved_offers, selected - 1);

  extractor = phoenix_context_get_extractor (self->context, error);
  if (extractor == NULL)
    return NULL;
  buffer = gtk_text_view_get_buffer (self->offer_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_strstrip (text);
  if (text[0] == '\0')
    return NULL;
  if (!phoenix_job_offer_check_length (text, error))
    return NULL;
  return phoenix_job_offer_new_from_text (extractor, text);
}

static GtkWidget *
draft_row (const PhoenixLetterDraftInfo *info,
           PhoenixLetter                *letter)
{
  g_autofree char *body = phoenix_letter_get_body_text (letter, "\n\n");
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (_(info->name));
  GtkWidget *preview = gtk_label_new (body);

  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 10);
  gtk_widget_set_margin_bottom (box, 10);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (preview), 0);
  gtk_label_set_wrap (GTK_LABEL (preview), TRUE);
  gtk_label_set_lines (GTK_LABEL (preview), 6);
  gtk_label_set_ellipsize (GTK_LABEL (preview), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (preview, "dim-label");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), preview);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, _(info->name), -1);
  return row;
}

static void
redraft (PhoenixNewLetterDialog *self)
{
  static const char * const languages[] = { "fr", "en" };
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixLetterFacts) facts = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  PhoenixProfile *profile = phoenix_context_get_profile (self->context);
  PhoenixSkillExtractor *extractor = phoenix_context_get_extractor (self->context, NULL);
  const PhoenixLetterDraftInfo *infos;
  guint selected, n_infos;
  GtkWidget *child;

  g_clear_object (&self->offer);
  g_clear_pointer (&self->drafts, g_ptr_array_unref);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->drafts_list))) != NULL)
    gtk_list_box_remove (self->drafts_list, child);
  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button), FALSE);
  gtk_widget_set_visible (self->paste_frame, adw_combo_row_get_selected (self->offer_row) == 0);

  self->offer = current_offer (self, &error);
  if (self->offer == NULL || profile == NULL)
    {
      show_error (self, error != NULL ? error->message : _("Paste a job offer or choose a saved one to see the drafts."));
      return;
    }
  if (self->engine == NULL)
    self->engine = phoenix_letter_engine_new (&error);
  if (self->engine == NULL)
    {
      show_error (self, error->message);
      return;
    }

  if (!self->language_chosen)
    {
      self->setting_language = TRUE;
      adw_combo_row_set_selected (self->language_row, g_strcmp0 (phoenix_job_offer_get_language (self->offer), "en") == 0);
      self->setting_language = FALSE;
    }
  facts = phoenix_letter_facts_new (extractor, profile, self->offer,
                                    languages[MIN (adw_combo_row_get_selected (self->language_row), 1)], NULL);
  drafts = phoenix_letter_engine_draft_all (self->engine, facts,
                                            phoenix_letter_tones[MIN (adw_combo_row_get_selected (self->tone_row), 2)],
                                            phoenix_letter_lengths[MIN (adw_combo_row_get_selected (self->length_row), 2)],
                                            &error);
  if (drafts == NULL)
    {
      show_error (self, error->message);
      return;
    }
  show_error (self, NULL);
  self->drafts = g_steal_pointer (&drafts);
  infos = phoenix_letter_engine_get_drafts (&n_infos);
  for (guint i = 0; i < self->drafts->len && i < n_infos; i++)
    gtk_list_box_append (self->drafts_list, draft_row (&infos[i], self->drafts->pdata[i]));
  selected = 0;
  gtk_list_box_select_row (self->drafts_list, gtk_list_box_get_row_at_index (self->drafts_list, selected));
  gtk_widget_set_sensitive (GTK_WIDGET (self->create_button), TRUE);
}

static gboolean
redraft_cb (gpointer user_data)
{
  PhoenixNewLetterDialog *self = user_data;

  self->redraft_id = 0;
  redraft (self);
  return G_SOURCE_REMOVE;
}

static void
options_changed_cb (PhoenixNewLetterDialog *self)
{
  g_clear_handle_id (&self->redraft_id, g_source_remove);
  self->redraft_id = g_timeout_add (REDRAFT_DELAY_MS, redraft_cb, self);
}

static void
language_changed_cb (PhoenixNewLetterDialog *self)
{
  if (!self->setting_language)
    self->language_chosen = TRUE;
  options_changed_cb (self);
}

static void
create_clicked_cb (PhoenixNewLetterDialog *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->drafts_list);

  if (row == NULL || self->drafts == NULL || self->offer == NULL)
    return;
  g_signal_emit (self, signals[LETTER_CREATED], 0,
                 self->drafts->pdata[gtk_list_box_row_get_index (row)], self->offer);
  gtk_window_close (GTK_WINDOW (self));
}

static void
cancel_clicked_cb (PhoenixNewLetterDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
phoenix_new_letter_dialog_dispose (GObject *object)
{
  PhoenixNewLetterDialog *self = PHOENIX_NEW_LETTER_DIALOG (object);

  g_clear_handle_id (&self->redraft_id, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_NEW_LETTER_DIALOG);
  g_clear_object (&self->context);
  g_clear_object (&self->saved_offers);
  g_clear_object (&self->engine);
  g_clear_object (&self->offer);
  g_clear_pointer (&self->drafts, g_ptr_array_unref);

  G_OBJECT_CLASS (phoenix_new_letter_dialog_parent_class)->dispose (object);
}

static void
phoenix_new_letter_dialog_class_init (PhoenixNewLetterDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phoenix_new_letter_dialog_dispose;

  signals[LETTER_CREATED] =
    g_signal_new ("letter-created", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, PHOENIX_TYPE_LETTER, PHOENIX_TYPE_JOB_OFFER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-new-letter-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixNewLetterDialog, offer_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixNewLetterDialog, paste_frame);
  gtk_widget_class_bind_template_child (widget_class, PhoenixNewLetterDialog, offer_view);
  gtk_widget_class_bind_template_child (widget_class, PhoenixNewLetterDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixNewLetterDialog, tone_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixNewLetterDialog, length_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixNewLetterDialog, drafts_list);
  gtk_widget_class_bind_template_child (widget_class, PhoenixNewLetterDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixNewLetterDialog, create_button);
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, language_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, create_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
phoenix_new_letter_dialog_init (PhoenixNewLetterDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (gtk_text_view_get_buffer (self->offer_view), "changed",
                           G_CALLBACK (options_changed_cb), self, G_CONNECT_SWAPPED);
}

PhoenixNewLetterDialog *
phoenix_new_letter_dialog_new (PhoenixContext *context,
                               GListModel     *saved_offers)
{
  PhoenixNewLetterDialog *self;
  g_autoptr(GtkStringList) offers = gtk_string_list_new (NULL);

  g_return_val_if_fail (PHOENIX_IS_CONTEXT (context), NULL);

  self = g_object_new (PHOENIX_TYPE_NEW_LETTER_DIALOG, NULL);
  self->context = g_object_ref (context);
  self->saved_offers = saved_offers != NULL ? g_object_ref (saved_offers) : NULL;
  gtk_string_list_append (offers, _("Paste a new offer"));
  for (guint i = 0; saved_offers != NULL && i < g_list_model_get_n_items (saved_offers); i++)
    {
      g_autoptr(PhoenixJobOffer) offer = g_list_model_get_item (saved_offers, i);
      g_autofree char *label = NULL;

      if (phoenix_job_offer_get_company (offer)[0] != '\0')
        label = g_strdup_printf ("%s — %s", phoenix_job_offer_get_title (offer), phoenix_job_offer_get_company (offer));
      else
        label = g_strdup (phoenix_job_offer_get_title (offer));
      gtk_string_list_append (offers, label);
    }
  adw_combo_row_set_model (self->offer_row, G_LIST_MODEL (offers));
  redraft (self);
  return self;
}

void
_phoenix_new_letter_dialog_paste_offer (PhoenixNewLetterDialog *self,
                                        const char             *text)
{
  adw_combo_row_set_selected (self->offer_row, 0);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->offer_view), text, -1);
  g_clear_handle_id (&self->redraft_id, g_source_remove);
  redraft (self);
}

guint
_phoenix_new_letter_dialog_get_n_drafts (PhoenixNewLetterDialog *self)
{
  return self->drafts != NULL ? self->drafts->len : 0;
}

void
_phoenix_new_letter_dialog_choose (PhoenixNewLetterDialog *self,
                                   guint                   draft,
                                   guint                   tone)
{
  adw_combo_row_set_selected (self->tone_row, tone);
  g_clear_handle_id (&self->redraft_id, g_source_remove);
  redraft (self);
  gtk_list_box_select_row (self->drafts_list, gtk_list_box_get_row_at_index (self->drafts_list, draft));
  create_clicked_cb (self);
}
