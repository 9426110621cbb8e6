/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-letter-composer"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-cv-variant.h"
#include "phoenix-letter-checks.h"
#include "phoenix-letter-composer.h"
#include "phoenix-letter-composer-private.h"
#include "phoenix-letter-export.h"
#include "phoenix-letter-markup.h"
#include "phoenix-letter-store.h"
#include "phoenix-letters-util-private.h"
#include "phoenix-llm-dialog.h"
#include "phoenix-spell-underline.h"

#define AUTOSAVE_DELAY_MS 500

struct _PhoenixLetterComposer
{
  AdwBin           parent_instance;

  PhoenixContext  *context;
  PhoenixLetter   *letter;
  PhoenixJobOffer *offer;
  guint            autosave_id;
  gboolean         loading;
  gboolean         dirty;
  PhoenixSpellUnderline *spell;
  PhoenixSpellChecker   *checkers[2];     /* French, English: loaded once each */
  gboolean               spell_tried[2];
  GCancellable          *spell_cancellable;
  GCancellable          *llm_cancellable;   /* while a model answers */
  GtkTextMark           *llm_start;
  GtkTextMark           *llm_end;
  char                  *llm_original;      /* what a rewrite replaces, put back on failure */
  GtkMenuButton         *llm_button;
  GtkButton             *llm_stop_button;

  /* Template widgets */
  GtkLabel        *title_label;
  AdwEntryRow     *subject_row;
  AdwEntryRow     *salutation_row;
  AdwEntryRow     *closing_row;
  GtkTextView     *body_view;
  GtkLabel        *counts_label;
  GtkLabel        *coverage_label;
  GtkLabel        *issues_label;
  GtkButton       *application_button;
  GtkTextTag      *bold_tag;
  GtkTextTag      *italic_tag;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  APPLICATION_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixLetterComposer, phoenix_letter_composer, ADW_TYPE_BIN)

static void
show_toast (PhoenixLetterComposer *self,
            const char            *title)
{
  _phoenix_letters_show_toast (GTK_WIDGET (self), title);
}

/* The buffer as the letter's markup: one paragraph a line, <b> and <i>. */
static char *
buffer_to_markup (PhoenixLetterComposer *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  g_autoptr(GString) out = g_string_new (NULL);
  GtkTextIter iter;
  gboolean bold = FALSE, italic = FALSE;

  gtk_text_buffer_get_start_iter (buffer, &iter);
  while (!gtk_text_iter_is_end (&iter))
    {
      gunichar c = gtk_text_iter_get_char (&iter);
      gboolean want_bold = c != '\n' && gtk_text_iter_has_tag (&iter, self->bold_tag);
      gboolean want_italic = c != '\n' && gtk_text_iter_has_tag (&iter, self->italic_tag);

      if (want_bold != bold || want_italic != italic)
        {
          if (italic)
            g_string_append (out, "</i>");
          if (bold)
            g_string_append (out, "</b>");
          if (want_bold)
            g_string_append (out, "<b>");
          if (want_italic)
            g_string_append (out, "<i>");
          bold = want_bold;
          italic = want_italic;
        }
      if (c == '\n')
        {
          g_string_append_c (out, '\n');
        }
      else
        {
          char utf8[8] = { 0 };
          g_autofree char *escaped = NULL;

          g_unichar_to_utf8 (c, utf8);
          escaped = g_markup_escape_text (utf8, -1);
          g_string_append (out, escaped);
        }
      gtk_text_iter_forward_char (&iter);
    }
  if (italic)
    g_string_append (out, "</i>");
  if (bold)
    g_string_append (out, "</b>");

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
markup_to_buffer (PhoenixLetterComposer *self,
                  const char            *markup)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  g_autoptr(GPtrArray) paragraphs = phoenix_letter_markup_parse (markup);
  GtkTextIter end;

  gtk_text_buffer_begin_irreversible_action (buffer);
  gtk_text_buffer_set_text (buffer, "", 0);
  for (guint i = 0; i < paragraphs->len; i++)
    {
      GPtrArray *runs = paragraphs->pdata[i];

      if (i > 0)
        {
          gtk_text_buffer_get_end_iter (buffer, &end);
          gtk_text_buffer_insert (buffer, &end, "\n", 1);
        }
      for (guint r = 0; r < runs->len; r++)
        {
          PhoenixLetterRun *run = runs->pdata[r];

          gtk_text_buffer_get_end_iter (buffer, &end);
          if (run->bold && run->italic)
            gtk_text_buffer_insert_with_tags (buffer, &end, run->text, -1, self->bold_tag, self->italic_tag, NULL);
          else if (run->bold)
            gtk_text_buffer_insert_with_tags (buffer, &end, run->text, -1, self->bold_tag, NULL);
          else if (run->italic)
            gtk_text_buffer_insert_with_tags (buffer, &end, run->text, -1, self->italic_tag, NULL);
          else
            gtk_text_buffer_insert (buffer, &end, run->text, -1);
        }
    }
  gtk_text_buffer_end_irreversible_action (buffer);
}

static char *
body_text (PhoenixLetterComposer *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
update_counts (PhoenixLetterComposer *self)
{
  g_autofree char *text = body_text (self);
  g_autofree char *label = NULL;
  guint words, characters;

  phoenix_letter_count (text, &words, &characters);
  /* Translators: the counts of the letter's body under the editor. */
  label = g_strdup_printf (_("%u words · %u characters"), words, characters);
  gtk_label_set_label (self->counts_label, label);
}

/* The CV sent with the letter: its variant when it has one, else the whole profile. */
static PhoenixProfile *
sent_cv (PhoenixLetterComposer *self)
{
  PhoenixProfile *profile = phoenix_context_get_profile (self->context);
  const char *uid = self->letter != NULL ? phoenix_letter_get (self->letter, PHOENIX_LETTER_FIELD_CV_VARIANT) : "";
  g_autoptr(GListStore) variants = NULL;

  if (profile == NULL)
    return NULL;
  if (uid[0] != '\0')
    {
      variants = g_list_store_new (PHOENIX_TYPE_CV_VARIANT);
      if (phoenix_cv_variants_load (variants, phoenix_context_get_vault (self->context), NULL))
        {
          for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (variants)); i++)
            {
              g_autoptr(PhoenixCvVariant) variant = g_list_model_get_item (G_LIST_MODEL (variants), i);

              if (g_strcmp0 (phoenix_cv_variant_get_uid (variant), uid) == 0)
                return phoenix_cv_variant_resolve (variant, profile);
            }
        }
    }
  return g_object_ref (profile);
}

static void
update_checks (PhoenixLetterComposer *self)
{
  PhoenixSkillExtractor *extractor = phoenix_context_get_extractor (self->context, NULL);
  g_autofree char *text = body_text (self);
  const char *language;
  g_autoptr(PhoenixProfile) cv = NULL;

  if (self->letter == NULL || extractor == NULL)
    return;
  language = phoenix_letter_get (self->letter, PHOENIX_LETTER_FIELD_LANGUAGE);

  if (self->offer != NULL)
    {
      g_autoptr(PhoenixLetterCoverage) coverage = phoenix_letter_check_coverage (extractor, self->offer, text, language);
      g_autofree char *label = NULL;
      g_autofree char *missing = NULL;

      g_ptr_array_add (coverage->missing, NULL);
      missing = g_strjoinv (", ", (char **) coverage->missing->pdata);
      /* Translators: how many of the job offer's keywords the letter names. */
      label = g_strdup_printf (_("Offer keywords: %u of %u"), coverage->covered, coverage->total);
      gtk_label_set_label (self->coverage_label, label);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->coverage_label), missing[0] != '\0' ? missing : NULL);
      gtk_widget_set_visible (GTK_WIDGET (self->coverage_label), TRUE);
    }
  else
    {
      gtk_widget_set_visible (GTK_WIDGET (self->coverage_label), FALSE);
    }

  cv = sent_cv (self);
  if (cv != NULL)
    {
      const char *ignore[] = { self->offer != NULL ? phoenix_job_offer_get_title (self->offer) : NULL,
                               self->offer != NULL ? phoenix_job_offer_get_company (self->offer) : NULL, NULL };
      g_autoptr(GPtrArray) issues = phoenix_letter_check_consistency (extractor, cv, text, language, ignore, NULL);
      g_autoptr(GString) label = g_string_new (NULL);

      for (guint i = 0; i < issues->len; i++)
        {
          if (i > 0)
            g_string_append_c (label, '\n');
          g_string_append (label, ((PhoenixLetterIssue *) issues->pdata[i])->message);
        }
      gtk_label_set_label (self->issues_label, issues->len > 0 ? label->str : _("The letter agrees with your CV."));
      if (issues->len > 0)
        gtk_widget_add_css_class (GTK_WIDGET (self->issues_label), "warning");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self->issues_label), "warning");
    }
}

static void
checker_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PhoenixLetterComposer) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(PhoenixSpellChecker) checker = phoenix_spell_checker_new_finish (result, &error);
  guint index;

  if (checker == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_toast (self, error->message);
      return;
    }
  index = g_str_equal (phoenix_spell_checker_get_language (checker), "en");
  g_set_object (&self->checkers[index], checker);
  if (self->letter != NULL &&
      g_strcmp0 (phoenix_letter_get (self->letter, PHOENIX_LETTER_FIELD_LANGUAGE), index ? "en" : "fr") == 0)
    phoenix_spell_underline_set_checker (self->spell, checker);
}

/* Spelling checked in the letter's language; each dictionary is loaded once, in a worker thread. */
static void
use_spell_language (PhoenixLetterComposer *self,
                    const char            *language)
{
  guint index = g_strcmp0 (language, "en") == 0;

  phoenix_spell_underline_set_checker (self->spell, self->checkers[index]);
  if (self->checkers[index] != NULL || self->spell_tried[index])
    return;
  self->spell_tried[index] = TRUE;
  phoenix_spell_checker_new_async (index ? "en" : "fr", self->spell_cancellable, checker_loaded_cb, g_object_ref (self));
}

static PhoenixLlmClient *
new_llm_client (PhoenixLetterComposer *self)
{
  GSettings *settings = phoenix_context_get_settings (self->context);
  g_autofree char *url = settings != NULL ? g_settings_get_string (settings, "llm-url") : g_strdup ("");
  g_autofree char *model = settings != NULL ? g_settings_get_string (settings, "llm-model") : g_strdup ("");

  return phoenix_llm_client_new (url, model);
}

static void
llm_chunk_cb (const char *text,
              gpointer    user_data)
{
  PhoenixLetterComposer *self = user_data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter end;

  gtk_text_buffer_get_iter_at_mark (buffer, &end, self->llm_end);
  gtk_text_buffer_insert (buffer, &end, text, -1);
}

static void
llm_finished (PhoenixLetterComposer *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);

  gtk_text_buffer_end_user_action (buffer);
  g_clear_object (&self->llm_cancellable);
  g_clear_pointer (&self->llm_original, g_free);
  gtk_widget_set_visible (GTK_WIDGET (self->llm_stop_button), FALSE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->llm_button), TRUE);
}

static void
llm_done_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PhoenixLetterComposer) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *answer = phoenix_llm_client_chat_finish (PHOENIX_LLM_CLIENT (source), result, &error);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (self->llm_cancellable == NULL)
    return;  /* disposed meanwhile */
  buffer = gtk_text_view_get_buffer (self->body_view);
  if (answer == NULL && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* A failure leaves the letter as it was: what came is taken out, a rewritten text put back. */
      gtk_text_buffer_get_iter_at_mark (buffer, &start, self->llm_start);
      gtk_text_buffer_get_iter_at_mark (buffer, &end, self->llm_end);
      gtk_text_buffer_delete (buffer, &start, &end);
      if (self->llm_original != NULL)
        gtk_text_buffer_insert (buffer, &start, self->llm_original, -1);
      show_toast (self, error->message);
    }
  llm_finished (self);
}

void
_phoenix_letter_composer_ask_llm (PhoenixLetterComposer *self,
                                  const char            *system,
                                  const char            *prompt,
                                  gboolean               rewrite)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  g_autoptr(PhoenixLlmClient) client = new_llm_client (self);
  GtkTextIter start, end;

  if (self->letter == NULL || self->llm_cancellable != NULL)
    return;
  gtk_text_buffer_begin_user_action (buffer);
  if (rewrite && gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      self->llm_original = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
      gtk_text_buffer_delete (buffer, &start, &end);
      gtk_text_buffer_move_mark (buffer, self->llm_start, &start);
      gtk_text_buffer_move_mark (buffer, self->llm_end, &start);
    }
  else
    {
      /* A draft comes as a new paragraph at the end (its line break goes if it fails). */
      gtk_text_buffer_get_end_iter (buffer, &start);
      gtk_text_buffer_move_mark (buffer, self->llm_start, &start);
      if (!gtk_text_iter_starts_line (&start))
        gtk_text_buffer_insert (buffer, &start, "\n", 1);
      gtk_text_buffer_get_end_iter (buffer, &end);
      gtk_text_buffer_move_mark (buffer, self->llm_end, &end);
    }
  self->llm_cancellable = g_cancellable_new ();
  gtk_widget_set_visible (GTK_WIDGET (self->llm_stop_button), TRUE);
  gtk_widget_set_sensitive (GTK_WIDGET (self->llm_button), FALSE);
  phoenix_llm_client_chat_async (client, system, prompt, llm_chunk_cb, self, self->llm_cancellable,
                                 llm_done_cb, g_object_ref (self));
}

gboolean
_phoenix_letter_composer_is_asking_llm (PhoenixLetterComposer *self)
{
  return self->llm_cancellable != NULL;
}

static void
llm_send_cb (PhoenixLlmDialog *dialog,
             guint             fields,
             gpointer          user_data)
{
  PhoenixLetterComposer *self = user_data;
  g_autofree char *system = NULL;
  g_autofree char *prompt = phoenix_llm_dialog_build_prompt (dialog, fields, &system);

  _phoenix_letter_composer_ask_llm (self, system, prompt, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "rewrite")));
}

static void
open_llm_dialog (PhoenixLetterComposer *self,
                 gboolean               rewrite)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  PhoenixProfile *profile = phoenix_context_get_profile (self->context);
  g_autoptr(PhoenixLlmClient) client = new_llm_client (self);
  g_autofree char *selection = NULL;
  PhoenixLlmDialog *dialog;
  GtkTextIter start, end;

  if (self->letter == NULL || profile == NULL)
    return;
  if (rewrite)
    {
      if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
        {
          show_toast (self, _("Select the paragraph to rewrite first."));
          return;
        }
      selection = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    }
  dialog = phoenix_llm_dialog_new (client, profile, self->offer != NULL ? phoenix_job_offer_get_text (self->offer) : "",
                                   selection, phoenix_letter_get (self->letter, PHOENIX_LETTER_FIELD_LANGUAGE),
                                   phoenix_letter_get (self->letter, PHOENIX_LETTER_FIELD_TONE));
  g_object_set_data (G_OBJECT (dialog), "rewrite", GINT_TO_POINTER (rewrite));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (dialog, "send", G_CALLBACK (llm_send_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
llm_draft_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  open_llm_dialog (PHOENIX_LETTER_COMPOSER (widget), FALSE);
}

static void
llm_rewrite_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  open_llm_dialog (PHOENIX_LETTER_COMPOSER (widget), TRUE);
}

static void
llm_stop_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  PhoenixLetterComposer *self = PHOENIX_LETTER_COMPOSER (widget);

  if (self->llm_cancellable != NULL)
    g_cancellable_cancel (self->llm_cancellable);
}

static void
collect_fields (PhoenixLetterComposer *self)
{
  g_autofree char *markup = buffer_to_markup (self);

  phoenix_letter_set (self->letter, PHOENIX_LETTER_FIELD_SUBJECT, gtk_editable_get_text (GTK_EDITABLE (self->subject_row)));
  phoenix_letter_set (self->letter, PHOENIX_LETTER_FIELD_SALUTATION, gtk_editable_get_text (GTK_EDITABLE (self->salutation_row)));
  phoenix_letter_set (self->letter, PHOENIX_LETTER_FIELD_CLOSING, gtk_editable_get_text (GTK_EDITABLE (self->closing_row)));
  phoenix_letter_set (self->letter, PHOENIX_LETTER_FIELD_BODY, markup);
}

gboolean
phoenix_letter_composer_save_now (PhoenixLetterComposer  *self,
                                  GError                **error)
{
  g_return_val_if_fail (PHOENIX_IS_LETTER_COMPOSER (self), FALSE);

  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->letter == NULL || !self->dirty)
    return TRUE;
  collect_fields (self);
  if (!phoenix_letter_store_save (phoenix_context_get_vault (self->context), self->letter, error))
    return FALSE;
  self->dirty = FALSE;
  return TRUE;
}

static gboolean
autosave_cb (gpointer user_data)
{
  PhoenixLetterComposer *self = user_data;
  g_autoptr(GError) error = NULL;

  self->autosave_id = 0;
  if (!phoenix_letter_composer_save_now (self, &error))
    show_toast (self, error->message);  /* the text stays in the editor: nothing is lost */
  update_checks (self);
  return G_SOURCE_REMOVE;
}

static void
changed (PhoenixLetterComposer *self)
{
  if (self->loading || self->letter == NULL)
    return;
  self->dirty = TRUE;
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add (AUTOSAVE_DELAY_MS, autosave_cb, self);
}

static void
buffer_changed_cb (PhoenixLetterComposer *self)
{
  update_counts (self);
  changed (self);
}

static void
field_changed_cb (PhoenixLetterComposer *self)
{
  changed (self);
}

/* Bold or italic on the selection: removed when all of it has the style, else applied. */
static void
toggle_tag (PhoenixLetterComposer *self,
            GtkTextTag            *tag)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter start, end, iter;
  gboolean all = TRUE;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    return;
  for (iter = start; gtk_text_iter_compare (&iter, &end) < 0; gtk_text_iter_forward_char (&iter))
    {
      if (gtk_text_iter_get_char (&iter) != '\n' && !gtk_text_iter_has_tag (&iter, tag))
        {
          all = FALSE;
          break;
        }
    }
  if (all)
    gtk_text_buffer_remove_tag (buffer, tag, &start, &end);
  else
    gtk_text_buffer_apply_tag (buffer, tag, &start, &end);
  changed (self);
}

static void
bold_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PhoenixLetterComposer *self = PHOENIX_LETTER_COMPOSER (widget);

  toggle_tag (self, self->bold_tag);
}

static void
italic_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PhoenixLetterComposer *self = PHOENIX_LETTER_COMPOSER (widget);

  toggle_tag (self, self->italic_tag);
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PhoenixLetterComposer *self = PHOENIX_LETTER_COMPOSER (widget);

  gtk_text_buffer_undo (gtk_text_view_get_buffer (self->body_view));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PhoenixLetterComposer *self = PHOENIX_LETTER_COMPOSER (widget);

  gtk_text_buffer_redo (gtk_text_view_get_buffer (self->body_view));
}

static void
copy_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  PhoenixLetterComposer *self = PHOENIX_LETTER_COMPOSER (widget);
  g_autofree char *text = NULL;

  if (self->letter == NULL)
    return;
  collect_fields (self);
  text = phoenix_letter_to_text (self->letter);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  show_toast (self, _("Letter copied"));
}

static void
exported_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(PhoenixLetterComposer) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!phoenix_letter_export_finish (result, &error))
    show_toast (self, error->message);
  else
    show_toast (self, _("Letter exported"));
}

void
_phoenix_letter_composer_export_to (PhoenixLetterComposer *self,
                                    PhoenixLetterFormat    format,
                                    const char            *path)
{
  g_return_if_fail (PHOENIX_IS_LETTER_COMPOSER (self));

  collect_fields (self);
  phoenix_letter_export_async (self->letter, format, "classic", "a4", path, NULL, exported_cb, g_object_ref (self));
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    gpointer         user_data)
{
  PhoenixLetterComposer *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;
      PhoenixLetterFormat format = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "format"));

      if (path != NULL)
        _phoenix_letter_composer_export_to (self, format, path);
    }
  g_object_unref (chooser);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PhoenixLetterComposer *self = PHOENIX_LETTER_COMPOSER (widget);
  const char *kind = g_variant_get_string (parameter, NULL);
  PhoenixLetterFormat format = PHOENIX_LETTER_FORMAT_TEXT;
  const char *extension = "txt";
  GtkFileChooserNative *chooser;
  g_autofree char *name = NULL;

  if (self->letter == NULL)
    return;
  if (g_str_equal (kind, "pdf"))
    format = PHOENIX_LETTER_FORMAT_PDF, extension = "pdf";
  else if (g_str_equal (kind, "docx"))
    format = PHOENIX_LETTER_FORMAT_DOCX, extension = "docx";

  chooser = gtk_file_chooser_native_new (_("Export the Letter"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  /* Translators: the suggested file name of an exported letter; %s is its extension. */
  name = g_strdup_printf (_("cover-letter.%s"), extension);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_object_set_data (G_OBJECT (chooser), "format", GINT_TO_POINTER (format));
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
application_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  PhoenixLetterComposer *self = PHOENIX_LETTER_COMPOSER (widget);
  g_autoptr(GError) error = NULL;

  if (self->letter == NULL)
    return;
  if (!phoenix_letter_composer_save_now (self, &error))
    {
      show_toast (self, error->message);
      return;
    }
  g_signal_emit (self, signals[APPLICATION_REQUESTED], 0, self->letter);
}

static void
phoenix_letter_composer_constructed (GObject *object)
{
  PhoenixLetterComposer *self = PHOENIX_LETTER_COMPOSER (object);
  GSettings *settings;

  G_OBJECT_CLASS (phoenix_letter_composer_parent_class)->constructed (object);

  /* The local language model's menu shows only when the user turned it on in Preferences. */
  settings = phoenix_context_get_settings (self->context);
  if (settings != NULL)
    g_settings_bind (settings, "llm-enabled", self->llm_button, "visible", G_SETTINGS_BIND_GET);
}

static void
phoenix_letter_composer_dispose (GObject *object)
{
  PhoenixLetterComposer *self = PHOENIX_LETTER_COMPOSER (object);

  if (self->autosave_id != 0 && self->letter != NULL && phoenix_vault_is_unlocked (phoenix_context_get_vault (self->context)))
    phoenix_letter_composer_save_now (self, NULL);
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  if (self->llm_cancellable != NULL)
    {
      g_cancellable_cancel (self->llm_cancellable);
      g_clear_object (&self->llm_cancellable);
    }
  g_cancellable_cancel (self->spell_cancellable);
  g_clear_object (&self->spell_cancellable);
  g_clear_object (&self->spell);
  g_clear_object (&self->checkers[0]);
  g_clear_object (&self->checkers[1]);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_LETTER_COMPOSER);
  g_clear_object (&self->letter);
  g_clear_object (&self->offer);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (phoenix_letter_composer_parent_class)->dispose (object);
}

static void
phoenix_letter_composer_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  PhoenixLetterComposer *self = PHOENIX_LETTER_COMPOSER (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_letter_composer_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  PhoenixLetterComposer *self = PHOENIX_LETTER_COMPOSER (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_letter_composer_class_init (PhoenixLetterComposerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = phoenix_letter_composer_constructed;
  object_class->dispose = phoenix_letter_composer_dispose;
  object_class->get_property = phoenix_letter_composer_get_property;
  object_class->set_property = phoenix_letter_composer_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, PHOENIX_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[APPLICATION_REQUESTED] =
    g_signal_new ("application-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, PHOENIX_TYPE_LETTER);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-letter-composer.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixLetterComposer, title_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLetterComposer, subject_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLetterComposer, salutation_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLetterComposer, closing_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLetterComposer, body_view);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLetterComposer, counts_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLetterComposer, coverage_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLetterComposer, issues_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLetterComposer, application_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLetterComposer, llm_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLetterComposer, llm_stop_button);
  gtk_widget_class_bind_template_callback (widget_class, field_changed_cb);

  gtk_widget_class_install_action (widget_class, "composer.bold", NULL, bold_action);
  gtk_widget_class_install_action (widget_class, "composer.italic", NULL, italic_action);
  gtk_widget_class_install_action (widget_class, "composer.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "composer.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "composer.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "composer.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "composer.application", NULL, application_action);
  gtk_widget_class_install_action (widget_class, "composer.llm-draft", NULL, llm_draft_action);
  gtk_widget_class_install_action (widget_class, "composer.llm-rewrite", NULL, llm_rewrite_action);
  gtk_widget_class_install_action (widget_class, "composer.llm-stop", NULL, llm_stop_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_b, GDK_CONTROL_MASK, "composer.bold", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "composer.italic", NULL);
}

static void
phoenix_letter_composer_init (PhoenixLetterComposer *self)
{
  GtkTextBuffer *buffer;

  gtk_widget_init_template (GTK_WIDGET (self));
  buffer = gtk_text_view_get_buffer (self->body_view);
  self->bold_tag = gtk_text_buffer_create_tag (buffer, "bold", "weight", PANGO_WEIGHT_BOLD, NULL);
  self->italic_tag = gtk_text_buffer_create_tag (buffer, "italic", "style", PANGO_STYLE_ITALIC, NULL);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
  self->spell = phoenix_spell_underline_new (self->body_view);
  self->spell_cancellable = g_cancellable_new ();
  {
    GtkTextIter start;

    gtk_text_buffer_get_start_iter (buffer, &start);
    self->llm_start = gtk_text_buffer_create_mark (buffer, NULL, &start, TRUE);
    self->llm_end = gtk_text_buffer_create_mark (buffer, NULL, &start, FALSE);
  }
}


PhoenixLetterComposer *
phoenix_letter_composer_new (PhoenixContext *context)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (context), NULL);

  return g_object_new (PHOENIX_TYPE_LETTER_COMPOSER, "context", context, NULL);
}

void
phoenix_letter_composer_set_letter (PhoenixLetterComposer *self,
                                    PhoenixLetter         *letter,
                                    PhoenixJobOffer       *offer)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (PHOENIX_IS_LETTER_COMPOSER (self));

  if (!phoenix_letter_composer_save_now (self, &error))
    show_toast (self, error->message);
  g_set_object (&self->letter, letter);
  g_set_object (&self->offer, offer);
  if (letter == NULL)
    return;

  self->loading = TRUE;
  gtk_label_set_label (self->title_label, phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_TITLE));
  gtk_editable_set_text (GTK_EDITABLE (self->subject_row), phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_SUBJECT));
  gtk_editable_set_text (GTK_EDITABLE (self->salutation_row), phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_SALUTATION));
  gtk_editable_set_text (GTK_EDITABLE (self->closing_row), phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_CLOSING));
  markup_to_buffer (self, phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_BODY));
  self->loading = FALSE;
  self->dirty = FALSE;
  update_counts (self);
  update_checks (self);
  use_spell_language (self, phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_LANGUAGE));
}

PhoenixLetter *
phoenix_letter_composer_get_letter (PhoenixLetterComposer *self)
{
  g_return_val_if_fail (PHOENIX_IS_LETTER_COMPOSER (self), NULL);

  return self->letter;
}

void
phoenix_letter_composer_set_application_state (PhoenixLetterComposer *self,
                                               const char            *label)
{
  g_return_if_fail (PHOENIX_IS_LETTER_COMPOSER (self));

  gtk_widget_set_visible (GTK_WIDGET (self->application_button), label != NULL);
  if (label != NULL)
    gtk_button_set_label (self->application_button, label);
}

GtkTextView *
_phoenix_letter_composer_get_body_view (PhoenixLetterComposer *self)
{
  return self->body_view;
}

GtkLabel *
_phoenix_letter_composer_get_label (PhoenixLetterComposer *self,
                                    const char            *which)
{
  if (g_str_equal (which, "counts"))
    return self->counts_label;
  if (g_str_equal (which, "coverage"))
    return self->coverage_label;
  if (g_str_equal (which, "issues"))
    return self->issues_label;
  return self->title_label;
}

PhoenixSpellUnderline *
_phoenix_letter_composer_get_spell (PhoenixLetterComposer *self)
{
  return self->spell;
}

gboolean
_phoenix_letter_composer_is_dirty (PhoenixLetterComposer *self)
{
  return self->dirty;
}
