/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-application-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-application-dialog.h"
#include "phoenix-application-dialog-private.h"
#include "phoenix-application-store.h"
#include "phoenix-application-tailor.h"
#include "phoenix-sector.h"

struct _PhoenixApplicationDialog
{
  AdwWindow              parent_instance;

  PhoenixContext        *context;
  PhoenixJobApplication *application;
  PhoenixJobOffer       *offer;

  /* Template widgets */
  AdwToastOverlay       *toast_overlay;
  AdwEntryRow           *company_row;
  AdwEntryRow           *position_row;
  AdwEntryRow           *contact_row;
  AdwComboRow           *sector_row;
  AdwComboRow           *channel_row;
  AdwComboRow           *status_row;
  GtkSpinButton         *follow_up_spin;
  GtkTextView           *notes_view;
  GtkLabel              *history_label;
  AdwActionRow          *tailor_row;
};

enum {
  SAVED,
  DELETED,
  CV_TAILORED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixApplicationDialog, phoenix_application_dialog, ADW_TYPE_WINDOW)

static void
show_toast (PhoenixApplicationDialog *self,
            const char               *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

static void
show_history (PhoenixApplicationDialog *self)
{
  GArray *history = phoenix_job_application_get_history (self->application);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < history->len; i++)
    {
      PhoenixStatusChange *change = &g_array_index (history, PhoenixStatusChange, i);
      g_autoptr(GDateTime) date = g_date_time_new_from_unix_local (change->changed_at);
      /* Translators: a date in an application's history, as strftime() writes it. */
      g_autofree char *day = g_date_time_format (date, _("%-d %b %Y"));

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s — %s", day, phoenix_application_status_get_label (change->status));
      if (change->note != NULL && change->note[0] != '\0')
        g_string_append_printf (text, " (%s)", change->note);
    }
  gtk_label_set_label (self->history_label, text->len > 0 ? text->str : _("No step yet"));
}

static char *
notes_text (PhoenixApplicationDialog *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

gboolean
_phoenix_application_dialog_save (PhoenixApplicationDialog  *self,
                                  GError                   **error)
{
  PhoenixJobApplication *app = self->application;
  guint n_sectors, sector = adw_combo_row_get_selected (self->sector_row);
  const PhoenixSector *sectors = phoenix_sectors_get (&n_sectors);
  guint status = adw_combo_row_get_selected (self->status_row);
  g_autofree char *notes = notes_text (self);
  PhoenixJobApplication *apps[1] = { app };

  phoenix_job_application_set_company (app, gtk_editable_get_text (GTK_EDITABLE (self->company_row)));
  phoenix_job_application_set_position (app, gtk_editable_get_text (GTK_EDITABLE (self->position_row)));
  phoenix_job_application_set_contact (app, gtk_editable_get_text (GTK_EDITABLE (self->contact_row)));
  phoenix_job_application_set_sector (app, sector > 0 && sector <= n_sectors ? sectors[sector - 1].code : "");
  phoenix_job_application_set_channel (app, MIN (adw_combo_row_get_selected (self->channel_row), PHOENIX_APPLICATION_N_CHANNELS - 1));
  phoenix_job_application_set_follow_up_days (app, (guint) gtk_spin_button_get_value_as_int (self->follow_up_spin));
  phoenix_job_application_set_notes (app, notes);
  if (status < PHOENIX_APPLICATION_N_STATUSES)
    phoenix_job_application_set_status (app, status, g_get_real_time () / G_USEC_PER_SEC, NULL);

  return phoenix_application_store_save (phoenix_context_get_vault (self->context), apps, 1, error);
}

static void
save_clicked_cb (PhoenixApplicationDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!_phoenix_application_dialog_save (self, &error))
    {
      show_toast (self, error->message);  /* the dialog stays open: nothing typed is lost */
      return;
    }
  g_signal_emit (self, signals[SAVED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

static void
cancel_clicked_cb (PhoenixApplicationDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
delete_clicked_cb (PhoenixApplicationDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (phoenix_job_application_get_id (self->application) != 0 &&
      !phoenix_application_store_delete (phoenix_context_get_vault (self->context),
                                         phoenix_job_application_get_id (self->application), &error))
    {
      show_toast (self, error->message);
      return;
    }
  g_signal_emit (self, signals[DELETED], 0);
  gtk_window_close (GTK_WINDOW (self));
}

gboolean
_phoenix_application_dialog_tailor (PhoenixApplicationDialog  *self,
                                    GError                   **error)
{
  PhoenixProfile *profile = phoenix_context_get_profile (self->context);
  PhoenixVault *vault = phoenix_context_get_vault (self->context);
  PhoenixSkillExtractor *extractor = phoenix_context_get_extractor (self->context, error);
  g_autoptr(GListStore) variants = g_list_store_new (PHOENIX_TYPE_CV_VARIANT);
  g_autoptr(PhoenixCvVariant) variant = NULL;
  g_autofree char *name = NULL;
  PhoenixJobApplication *apps[1] = { self->application };
  guint applied = 0;

  if (extractor == NULL || profile == NULL || self->offer == NULL)
    return FALSE;
  if (!phoenix_cv_variants_load (variants, vault, error))
    return FALSE;
  name = g_strdup_printf ("%s — %s", phoenix_job_application_get_company (self->application),
                          phoenix_job_application_get_position (self->application));
  variant = phoenix_application_tailor_cv (extractor, profile, self->offer, name, &applied);
  g_list_store_append (variants, variant);
  if (!phoenix_profile_save (profile, vault, error) || !phoenix_cv_variants_save (variants, vault, error))
    return FALSE;
  phoenix_job_application_set_cv_variant (self->application, phoenix_cv_variant_get_uid (variant));
  if (!phoenix_application_store_save (vault, apps, 1, error))
    return FALSE;
  g_signal_emit (self, signals[CV_TAILORED], 0);
  return TRUE;
}

static void
tailor_clicked_cb (PhoenixApplicationDialog *self)
{
  g_autoptr(GError) error = NULL;

  if (!_phoenix_application_dialog_tailor (self, &error))
    show_toast (self, error != NULL ? error->message : _("This application has no job offer to tailor a CV for."));
  else
    show_toast (self, _("A CV for this offer is ready on the CV page"));
}

static void
phoenix_application_dialog_dispose (GObject *object)
{
  PhoenixApplicationDialog *self = PHOENIX_APPLICATION_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_APPLICATION_DIALOG);
  g_clear_object (&self->context);
  g_clear_object (&self->application);
  g_clear_object (&self->offer);

  G_OBJECT_CLASS (phoenix_application_dialog_parent_class)->dispose (object);
}

static void
phoenix_application_dialog_class_init (PhoenixApplicationDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phoenix_application_dialog_dispose;

  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[DELETED] = g_signal_new ("deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CV_TAILORED] = g_signal_new ("cv-tailored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-application-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationDialog, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationDialog, company_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationDialog, position_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationDialog, contact_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationDialog, sector_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationDialog, channel_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationDialog, status_row);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationDialog, follow_up_spin);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationDialog, notes_view);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationDialog, history_label);
  gtk_widget_class_bind_template_child (widget_class, PhoenixApplicationDialog, tailor_row);
  gtk_widget_class_bind_template_callback (widget_class, save_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, tailor_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
phoenix_application_dialog_init (PhoenixApplicationDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PhoenixApplicationDialog *
phoenix_application_dialog_new (PhoenixContext        *context,
                                PhoenixJobApplication *application,
                                PhoenixJobOffer       *offer)
{
  PhoenixApplicationDialog *self;
  g_autoptr(GtkStringList) sectors = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) channels = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  const char *language = g_str_has_prefix (g_get_language_names ()[0], "fr") ? "fr" : "en";
  const PhoenixSector *all_sectors;
  guint n_sectors, sector_index = 0;

  g_return_val_if_fail (PHOENIX_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (PHOENIX_IS_JOB_APPLICATION (application), NULL);

  self = g_object_new (PHOENIX_TYPE_APPLICATION_DIALOG, NULL);
  self->context = g_object_ref (context);
  self->application = g_object_ref (application);
  self->offer = offer != NULL ? g_object_ref (offer) : NULL;

  gtk_string_list_append (sectors, _("Not said"));
  all_sectors = phoenix_sectors_get (&n_sectors);
  for (guint i = 0; i < n_sectors; i++)
    {
      gtk_string_list_append (sectors, language[0] == 'f' ? all_sectors[i].label_fr : all_sectors[i].label_en);
      if (g_strcmp0 (all_sectors[i].code, phoenix_job_application_get_sector (application)) == 0)
        sector_index = i + 1;
    }
  for (guint i = 0; i < PHOENIX_APPLICATION_N_CHANNELS; i++)
    gtk_string_list_append (channels, phoenix_application_channel_get_label (i));
  for (guint i = 0; i < PHOENIX_APPLICATION_N_STATUSES; i++)
    gtk_string_list_append (statuses, phoenix_application_status_get_label (i));
  adw_combo_row_set_model (self->sector_row, G_LIST_MODEL (sectors));
  adw_combo_row_set_model (self->channel_row, G_LIST_MODEL (channels));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  gtk_editable_set_text (GTK_EDITABLE (self->company_row), phoenix_job_application_get_company (application));
  gtk_editable_set_text (GTK_EDITABLE (self->position_row), phoenix_job_application_get_position (application));
  gtk_editable_set_text (GTK_EDITABLE (self->contact_row), phoenix_job_application_get_contact (application));
  adw_combo_row_set_selected (self->sector_row, sector_index);
  adw_combo_row_set_selected (self->channel_row, phoenix_job_application_get_channel (application));
  adw_combo_row_set_selected (self->status_row, phoenix_job_application_get_status (application));
  gtk_spin_button_set_value (self->follow_up_spin, phoenix_job_application_get_follow_up_days (application));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->notes_view), phoenix_job_application_get_notes (application), -1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->tailor_row), offer != NULL);
  show_history (self);
  return self;
}

void
_phoenix_application_dialog_set_status (PhoenixApplicationDialog *self,
                                        PhoenixApplicationStatus  status)
{
  adw_combo_row_set_selected (self->status_row, status);
}
