/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-training-page"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-certificate-offer.h"
#include "phoenix-training-page-private.h"

/*
 * The Training page's dialogs: the certificate offer (nothing goes into the
 * CV before the user says so), logging time, adding one's own training,
 * choosing another target, importing a catalogue from a CSV file, and errors.
 */

static GtkWindow *
parent_window (PhoenixTrainingPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static AdwMessageDialog *
new_dialog (PhoenixTrainingPage *self,
            const char          *heading,
            const char          *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent_window (self), heading, body));

  gtk_window_set_modal (GTK_WINDOW (dialog), TRUE);
  if (_phoenix_training_page_get_dialog (self) != NULL)
    adw_message_dialog_response (_phoenix_training_page_get_dialog (self), "cancel");
  _phoenix_training_page_set_dialog (self, dialog);

  return dialog;
}

void
_phoenix_training_page_show_error (PhoenixTrainingPage *self,
                                   const char          *heading,
                                   const char          *message)
{
  AdwMessageDialog *dialog = new_dialog (self, heading, message);

  adw_message_dialog_add_response (dialog, "cancel", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Certificate → CV ------------------------------------------------------------ */

static void
certificate_response_cb (AdwMessageDialog    *dialog,
                         const char          *response,
                         PhoenixTrainingPage *self)
{
  PhoenixCertificateOffer *offer = g_object_get_data (G_OBJECT (dialog), "offer");
  const char *id = phoenix_training_module_get_id (phoenix_certificate_offer_get_module (offer));
  PhoenixProfile *profile = phoenix_context_get_profile (_phoenix_training_page_get_context (self));
  PhoenixTrainingProgress *progress = _phoenix_training_page_get_progress (self);
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "add") && profile != NULL && progress != NULL)
    {
      /* The window's autosave saves the profile (the CV page need not exist); the CV variants show new entries. */
      phoenix_certificate_offer_apply (offer, profile);
      if (!phoenix_training_progress_set_certificate (progress, id, PHOENIX_CERTIFICATE_ADDED, &error))
        _phoenix_training_page_toast (self, error->message);
      else
        _phoenix_training_page_toast (self, _("Added to your CV"));
    }
  else if (g_str_equal (response, "decline") && progress != NULL)
    {
      if (!phoenix_training_progress_set_certificate (progress, id, PHOENIX_CERTIFICATE_DECLINED, &error))
        _phoenix_training_page_toast (self, error->message);
    }
}

void
_phoenix_training_page_offer_certificate (PhoenixTrainingPage *self,
                                          const char          *module_id)
{
  PhoenixTrainingCatalogue *catalogue = _phoenix_training_page_get_catalogue (self);
  PhoenixTrainingAnalysis *analysis = _phoenix_training_page_get_analysis (self);
  PhoenixTrainingProgress *progress = _phoenix_training_page_get_progress (self);
  PhoenixTrainingModule *module = catalogue != NULL ? phoenix_training_catalogue_lookup (catalogue, module_id) : NULL;
  const char *language = _phoenix_training_page_get_language (self);
  g_autoptr(PhoenixCertificateOffer) offer = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  const char * const *labels;
  g_autofree char *heading = NULL;
  AdwMessageDialog *dialog;
  const char *date;

  if (module == NULL || analysis == NULL || progress == NULL ||
      phoenix_training_progress_get_certificate (progress, module_id) == PHOENIX_CERTIFICATE_ADDED)
    return;
  date = phoenix_training_progress_get_done_on (progress, module_id);
  offer = phoenix_certificate_offer_new (module, phoenix_training_analysis_get_evidence (analysis), date, language);
  if (offer == NULL)
    return;

  labels = phoenix_certificate_offer_get_skill_labels (offer);
  {
    g_autoptr(GString) list = g_string_new (NULL);
    guint n_labels = g_strv_length ((char **) labels);
    gboolean certificate = *phoenix_certificate_offer_get_certificate (offer) != '\0';

    const char *skills;

    /* A whole diploma covers dozens of skills: the first few name it, a count says the rest. */
    for (guint i = 0; i < n_labels && i < 6; i++)
      g_string_append_printf (list, "%s%s", i > 0 ? ", " : "", labels[i]);
    if (n_labels > 6)
      g_string_append_printf (list, g_dngettext (GETTEXT_PACKAGE, ", and %u more", ", and %u more", n_labels - 6),
                              n_labels - 6);
    skills = list->str;
    if (certificate)
      /* Translators: %s is a certificate's name */
      heading = g_strdup_printf (_("Add “%s” to Your CV?"), phoenix_certificate_offer_get_certificate (offer));
    else
      heading = g_strdup (_("Add What You Learned to Your CV?"));
    if (certificate && labels[0] != NULL)
      /* Translators: %s lists skills */
      g_string_append_printf (body, _("Well done! Phoenix can add this certificate to your CV, with these skills: %s."),
                              skills);
    else if (certificate)
      g_string_append (body, _("Well done! Phoenix can add this certificate to your CV."));
    else
      /* Translators: %s lists skills */
      g_string_append_printf (body, _("Well done! Phoenix can add these skills to your CV: %s."), skills);
    g_string_append_c (body, ' ');
    g_string_append (body, _("Nothing changes unless you choose Add; your CVs and ATS scores then count them."));
  }

  dialog = new_dialog (self, heading, body->str);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Not Now"), "decline", _("_Don't Add"), "add", _("_Add to CV"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "add");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "offer", g_steal_pointer (&offer), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (certificate_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Logging time --------------------------------------------------------------- */

typedef struct
{
  AdwComboRow   *module_row;
  GtkSpinButton *hours;
  AdwEntryRow   *note;
  GPtrArray     *ids;  /* the combo's module ids, "" for the whole path */
} LogDialog;

static void
free_log_dialog (gpointer data)
{
  LogDialog *log = data;

  g_ptr_array_unref (log->ids);
  g_free (log);
}

static void
log_response_cb (AdwMessageDialog    *dialog,
                 const char          *response,
                 PhoenixTrainingPage *self)
{
  LogDialog *log = g_object_get_data (G_OBJECT (dialog), "log");
  PhoenixTrainingProgress *progress = _phoenix_training_page_get_progress (self);
  g_autofree char *today = phoenix_training_today ();
  g_autoptr(GError) error = NULL;
  guint selected;
  const char *id;

  if (!g_str_equal (response, "log") || progress == NULL)
    return;
  selected = adw_combo_row_get_selected (log->module_row);
  id = selected < log->ids->len ? g_ptr_array_index (log->ids, selected) : "";
  if (!phoenix_training_progress_add_log (progress, today, id, gtk_spin_button_get_value (log->hours),
                                          gtk_editable_get_text (GTK_EDITABLE (log->note)), &error))
    _phoenix_training_page_show_error (self, _("Nothing Was Logged"), error->message);
  /* Time logged on a planned module starts it. */
  else if (*id != '\0' && gtk_spin_button_get_value (log->hours) > 0 &&
           phoenix_training_progress_get_status (progress, id) == PHOENIX_MODULE_PLANNED &&
           !phoenix_training_progress_set_status (progress, id, PHOENIX_MODULE_STARTED, today, &error))
    _phoenix_training_page_toast (self, error->message);
}

void
_phoenix_training_page_show_log_dialog (PhoenixTrainingPage *self)
{
  PhoenixTrainingAnalysis *analysis = _phoenix_training_page_get_analysis (self);
  PhoenixTrainingPath *path = analysis != NULL ? phoenix_training_analysis_get_path (analysis) : NULL;
  LogDialog *log = g_new0 (LogDialog, 1);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *hours_row = adw_action_row_new ();
  AdwMessageDialog *dialog;

  log->ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; path != NULL && i < g_list_model_get_n_items (phoenix_training_path_get_steps (path)); i++)
    {
      g_autoptr(PhoenixPathStep) step = g_list_model_get_item (phoenix_training_path_get_steps (path), i);
      PhoenixTrainingModule *module = phoenix_path_step_get_module (step);

      if (phoenix_path_step_get_status (step) == PHOENIX_MODULE_DONE)
        continue;
      gtk_string_list_append (names, phoenix_training_module_get_title (module, _phoenix_training_page_get_language (self)));
      g_ptr_array_add (log->ids, g_strdup (phoenix_training_module_get_id (module)));
    }
  gtk_string_list_append (names, _("The whole path"));
  g_ptr_array_add (log->ids, g_strdup (""));

  log->module_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (log->module_row), _("On"));
  adw_combo_row_set_model (log->module_row, G_LIST_MODEL (names));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (log->module_row));

  log->hours = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, PHOENIX_TRAINING_MAX_HOURS_PER_DAY, 0.5));
  gtk_spin_button_set_value (log->hours, 1);
  gtk_widget_set_valign (GTK_WIDGET (log->hours), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (log->hours), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Hours"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (hours_row), _("Hours Today"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (hours_row), GTK_WIDGET (log->hours));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), hours_row);

  log->note = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (log->note), _("Note for Your Journal"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (log->note));

  dialog = new_dialog (self, _("Log Time"), _("What did you do today?"));
  adw_message_dialog_set_extra_child (dialog, group);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "log", _("_Log"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "log", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "log");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "log", log, free_log_dialog);
  g_signal_connect_object (dialog, "response", G_CALLBACK (log_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Your own training ---------------------------------------------------------- */

typedef struct
{
  AdwEntryRow   *title;
  AdwComboRow   *kind;
  GtkSpinButton *hours;
  AdwEntryRow   *skills;
  GtkLabel      *found;
  GtkSwitch     *certifying;
  AdwEntryRow   *certification;
  GArray        *skill_indexes;  /* guint: what the skills text names */
} ModuleDialog;

static void
free_module_dialog (gpointer data)
{
  ModuleDialog *module = data;

  g_array_unref (module->skill_indexes);
  g_free (module);
}

static void
module_inputs_changed_cb (AdwMessageDialog *dialog)
{
  ModuleDialog *form = g_object_get_data (G_OBJECT (dialog), "module");
  PhoenixTrainingPage *self = g_object_get_data (G_OBJECT (dialog), "page");
  PhoenixContext *context = _phoenix_training_page_get_context (self);
  PhoenixSkillExtractor *extractor = phoenix_context_get_extractor (context, NULL);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->title))));
  g_autoptr(GString) found = g_string_new (NULL);

  g_array_set_size (form->skill_indexes, 0);
  if (extractor != NULL)
    {
      g_autoptr(GArray) skills = phoenix_skill_extractor_extract_skills (extractor,
                                                                         gtk_editable_get_text (GTK_EDITABLE (form->skills)),
                                                                         NULL);

      for (guint i = 0; i < skills->len; i++)
        {
          guint skill = g_array_index (skills, guint, i);

          g_array_append_val (form->skill_indexes, skill);
          g_string_append_printf (found, "%s%s", i > 0 ? ", " : "",
                                  phoenix_taxonomy_get_skill_label (phoenix_skill_extractor_get_taxonomy (extractor),
                                                                    skill, _phoenix_training_page_get_language (self)));
        }
    }
  if (found->len > 0)
    {
      /* Translators: %s lists the skills Phoenix recognised */
      g_autofree char *text = g_strdup_printf (_("Recognised: %s"), found->str);

      gtk_label_set_label (form->found, text);
    }
  else
    gtk_label_set_label (form->found, _("Name the skills it teaches, such as “Python, SQL” or “soins infirmiers”."));
  gtk_widget_set_sensitive (GTK_WIDGET (form->certification), gtk_switch_get_active (form->certifying));
  adw_message_dialog_set_response_enabled (dialog, "add", *title != '\0' && form->skill_indexes->len > 0 &&
                                           gtk_spin_button_get_value (form->hours) >= 1);
}

static void
module_response_cb (AdwMessageDialog    *dialog,
                    const char          *response,
                    PhoenixTrainingPage *self)
{
  ModuleDialog *form = g_object_get_data (G_OBJECT (dialog), "module");
  PhoenixTrainingProgress *progress = _phoenix_training_page_get_progress (self);
  PhoenixTrainingCatalogue *catalogue = _phoenix_training_page_get_catalogue (self);
  PhoenixTaxonomy *taxonomy = phoenix_context_get_taxonomy (_phoenix_training_page_get_context (self), NULL);
  g_autoptr(PhoenixTrainingModule) module = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) modules = g_ptr_array_new ();
  g_autofree char *uuid = g_uuid_string_random ();
  g_autofree char *id = g_strconcat ("user:", uuid, NULL);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (form->title))));
  g_autoptr(GError) error = NULL;
  const char * const *kinds = phoenix_training_module_kinds ();
  guint kind = adw_combo_row_get_selected (form->kind);

  if (!g_str_equal (response, "add") || progress == NULL || catalogue == NULL || taxonomy == NULL)
    return;
  for (guint i = 0; i < form->skill_indexes->len; i++)
    g_ptr_array_add (ids, g_strdup (phoenix_taxonomy_get_skill_id (taxonomy, g_array_index (form->skill_indexes, guint, i))));
  g_ptr_array_add (ids, NULL);

  module = phoenix_training_module_new (id, title);
  phoenix_training_module_set_kind (module, kind < g_strv_length ((char **) kinds) ? kinds[kind] : "course");
  phoenix_training_module_set_provider (module, "self");
  phoenix_training_module_set_skills (module, (const char * const *) ids->pdata);
  phoenix_training_module_set_hours (module, (guint) gtk_spin_button_get_value (form->hours));
  phoenix_training_module_set_format (module, "online");
  phoenix_training_module_set_certifying (module, gtk_switch_get_active (form->certifying));
  if (gtk_switch_get_active (form->certifying))
    phoenix_training_module_set_certification (module, *gtk_editable_get_text (GTK_EDITABLE (form->certification)) != '\0' ?
                                               gtk_editable_get_text (GTK_EDITABLE (form->certification)) : title);
  phoenix_training_module_set_origin (module, PHOENIX_MODULE_ORIGIN_USER);
  g_ptr_array_add (modules, module);
  if (!phoenix_training_progress_save_modules (progress, modules, &error))
    {
      _phoenix_training_page_show_error (self, _("The Training Was Not Added"), error->message);
      return;
    }
  phoenix_training_catalogue_add (catalogue, module);
  _phoenix_training_page_schedule_refresh (self);
  _phoenix_training_page_toast (self, _("Training added: the path counts it now"));
}

void
_phoenix_training_page_show_module_dialog (PhoenixTrainingPage *self)
{
  ModuleDialog *form = g_new0 (ModuleDialog, 1);
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  const char * const *values = phoenix_training_module_kinds ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *hours_row = adw_action_row_new ();
  GtkWidget *certifying_row = adw_action_row_new ();
  AdwMessageDialog *dialog;

  form->skill_indexes = g_array_new (FALSE, FALSE, sizeof (guint));
  for (guint i = 0; values[i] != NULL; i++)
    gtk_string_list_append (kinds, phoenix_training_module_value_name (values[i]));

  form->title = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->title), _("Title"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (form->title));
  form->kind = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->kind), _("Kind"));
  adw_combo_row_set_model (form->kind, G_LIST_MODEL (kinds));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (form->kind));
  form->hours = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (1, 10000, 1));
  gtk_spin_button_set_value (form->hours, 35);
  gtk_widget_set_valign (GTK_WIDGET (form->hours), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (form->hours), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Hours"), -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (hours_row), _("Hours"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (hours_row), GTK_WIDGET (form->hours));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), hours_row);
  form->skills = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->skills), _("Skills It Teaches"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (form->skills));
  form->certifying = GTK_SWITCH (gtk_switch_new ());
  gtk_widget_set_valign (GTK_WIDGET (form->certifying), GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (certifying_row), _("Leads to a Certificate"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (certifying_row), GTK_WIDGET (form->certifying));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (certifying_row), GTK_WIDGET (form->certifying));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), certifying_row);
  form->certification = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (form->certification), _("Certificate’s Name"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), GTK_WIDGET (form->certification));
  gtk_box_append (GTK_BOX (box), group);
  form->found = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (form->found, TRUE);
  gtk_label_set_xalign (form->found, 0);
  gtk_widget_add_css_class (GTK_WIDGET (form->found), "dim-label");
  gtk_widget_add_css_class (GTK_WIDGET (form->found), "caption");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (form->found));

  dialog = new_dialog (self, _("Add Your Own Training"),
                       _("A course, a bootcamp, a MOOC, a diploma or a VAE you follow or plan: the path counts its "
                         "hours and the skills it teaches."));
  adw_message_dialog_set_extra_child (dialog, box);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "module", form, free_module_dialog);
  g_object_set_data (G_OBJECT (dialog), "page", self);
  g_signal_connect_object (form->title, "changed", G_CALLBACK (module_inputs_changed_cb), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (form->skills, "changed", G_CALLBACK (module_inputs_changed_cb), dialog, G_CONNECT_SWAPPED);
  g_signal_connect_object (form->hours, "value-changed", G_CALLBACK (module_inputs_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (form->certifying, "notify::active", G_CALLBACK (module_inputs_changed_cb), dialog,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "response", G_CALLBACK (module_response_cb), self, 0);
  module_inputs_changed_cb (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* ---- Another target ----------------------------------------------------------------- */

static void
target_window_chosen_cb (PhoenixTrainingPage  *self,
                         const char           *code,
                         PhoenixTargetChooser *chooser)
{
  _phoenix_training_page_choose_target (self, code);
}

void
_phoenix_training_page_show_target_dialog (PhoenixTrainingPage *self)
{
  PhoenixTaxonomy *taxonomy = phoenix_context_get_taxonomy (_phoenix_training_page_get_context (self), NULL);
  PhoenixTrainingAnalysis *analysis = _phoenix_training_page_get_analysis (self);
  GtkWidget *window, *toolbar, *header, *scroller, *clamp;
  PhoenixTargetChooser *chooser;

  if (taxonomy == NULL || _phoenix_training_page_get_target_window (self) != NULL)
    return;
  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Choose a Target Job"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), parent_window (self));
  gtk_window_set_default_size (GTK_WINDOW (window), 560, 640);
  toolbar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  gtk_box_append (GTK_BOX (toolbar), header);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  clamp = adw_clamp_new ();
  gtk_widget_set_margin_top (clamp, 18);
  gtk_widget_set_margin_bottom (clamp, 18);
  gtk_widget_set_margin_start (clamp, 12);
  gtk_widget_set_margin_end (clamp, 12);
  chooser = phoenix_target_chooser_new (taxonomy);
  if (analysis != NULL)
    phoenix_target_chooser_set_suggestions (chooser, phoenix_training_analysis_get_suggestions (analysis));
  g_signal_connect_object (chooser, "target-chosen", G_CALLBACK (target_window_chosen_cb), self, G_CONNECT_SWAPPED);
  adw_clamp_set_child (ADW_CLAMP (clamp), GTK_WIDGET (chooser));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_box_append (GTK_BOX (toolbar), scroller);
  adw_window_set_content (ADW_WINDOW (window), toolbar);
  _phoenix_training_page_set_target_window (self, GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

/* ---- Importing a catalogue ------------------------------------------------------- */

typedef struct
{
  PhoenixTrainingPage *self;
  char                *name;
} CatalogueImport;

static void
catalogue_import_free (CatalogueImport *import)
{
  g_object_unref (import->self);
  g_free (import->name);
  g_free (import);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CatalogueImport, catalogue_import_free)

static void
catalogue_loaded_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(CatalogueImport) import = user_data;
  PhoenixTrainingPage *self = import->self;
  const char *name = import->name;
  g_autoptr(GPtrArray) modules = NULL;
  g_autoptr(GError) error = NULL;
  PhoenixTrainingCatalogue *catalogue = _phoenix_training_page_get_catalogue (self);
  PhoenixTrainingProgress *progress = _phoenix_training_page_get_progress (self);

  /* Read and parsed in a worker (caps on bytes, lines and fields); only the result comes here. */
  modules = phoenix_training_catalogue_import_file_finish (PHOENIX_TRAINING_CATALOGUE (object), result, &error);
  _phoenix_training_page_count_import (self);
  if (catalogue == NULL || progress == NULL)
    return;
  /* All or nothing: the vault takes every module in one transaction, then the catalogue. */
  if (modules == NULL || !phoenix_training_progress_save_modules (progress, modules, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Nothing was imported from “%s”. %s"), name, error->message);

      _phoenix_training_page_show_error (self, _("The Catalogue Could Not Be Imported"), message);
      return;
    }
  for (guint i = 0; i < modules->len; i++)
    phoenix_training_catalogue_add (catalogue, g_ptr_array_index (modules, i));
  _phoenix_training_page_schedule_refresh (self);
  {
    /* Translators: %u is a number of trainings, %s a file name */
    g_autofree char *message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u training imported from “%s”",
                                                             "%u trainings imported from “%s”", modules->len),
                                                modules->len, name);

    _phoenix_training_page_toast (self, message);
  }
}

void
_phoenix_training_page_import_catalogue (PhoenixTrainingPage *self,
                                         GFile               *file)
{
  PhoenixTrainingCatalogue *catalogue = _phoenix_training_page_get_catalogue (self);
  PhoenixTaxonomy *taxonomy = phoenix_context_get_taxonomy (_phoenix_training_page_get_context (self), NULL);
  CatalogueImport *import;

  if (catalogue == NULL || taxonomy == NULL)
    {
      _phoenix_training_page_count_import (self);
      return;
    }
  import = g_new0 (CatalogueImport, 1);
  import->self = g_object_ref (self);
  import->name = g_file_get_basename (file);
  phoenix_training_catalogue_import_file_async (catalogue, taxonomy, file, PHOENIX_MODULE_ORIGIN_IMPORT, NULL,
                                                catalogue_loaded_cb, import);
}

static void
chooser_response_cb (GtkNativeDialog     *chooser,
                     int                  response,
                     PhoenixTrainingPage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      _phoenix_training_page_import_catalogue (self, file);
    }
  g_object_unref (chooser);
}

void
_phoenix_training_page_choose_catalogue (PhoenixTrainingPage *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Training Catalogues (CSV)"));
  gtk_file_filter_add_mime_type (filter, "text/csv");
  gtk_file_filter_add_pattern (filter, "*.csv");
  chooser = gtk_file_chooser_native_new (_("Import a Training Catalogue"), parent_window (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
