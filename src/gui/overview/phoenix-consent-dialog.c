/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-consent-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-consent-dialog.h"

struct _PhoenixConsentDialog
{
  AdwWindow             parent_instance;

  PhoenixContribution  *payload;
  gboolean              sharing;

  AdwPreferencesGroup  *fields_group;
  GtkTextView          *json_view;
  GtkButton            *share_button;
  GtkButton            *decline_button;
};

enum {
  CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixConsentDialog, phoenix_consent_dialog, ADW_TYPE_WINDOW)

/* What each field means, in the order of the format. */
static const struct
{
  const char *name;
  const char *meaning;
} meanings[] = {
  { "schema", N_("The version of this format.") },
  { "install", N_("A random number made on this computer, new each time you stop sharing: it lets the server "
                  "replace or delete your earlier answer, and identifies nothing else.") },
  { "target", N_("The job you aim at (ROME code): what the statistics are about. Nothing is published about a job "
                 "fewer than 10 people aim at.") },
  { "origin", N_("The family of your latest job (ROME domain), never the employer. Randomised.") },
  { "region", N_("Your region, from your postal code: never the town or the address. Randomised.") },
  { "years", N_("Your years of experience, in a range. Randomised.") },
  { "education", N_("Your highest diploma level, never the school. Randomised.") },
  { "ats", N_("Your best match with an offer for this job, in a range. Randomised.") },
  { "outcome", N_("Where your change stands: in progress, hired or given up. Randomised.") },
  { "sector", N_("One sector drawn at random, with how many applications, answers and interviews you had there, "
                 "in ranges. Randomised.") },
  { "skills", N_("Skills of the target job your CV shows, as taxonomy codes. Randomised: about a quarter are added "
                 "or dropped by chance.") },
  { "skills_asked", N_("Skills of the target job that the offers you saved ask for. Randomised the same way.") },
  { "training", N_("Training modules you finished, from the shipped catalogue only. Randomised the same way.") },
};

static void
decline_clicked_cb (PhoenixConsentDialog *self)
{
  if (self->sharing)
    g_signal_emit (self, signals[CHOSEN], 0, FALSE);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
share_clicked_cb (PhoenixConsentDialog *self)
{
  g_signal_emit (self, signals[CHOSEN], 0, TRUE);
  gtk_window_destroy (GTK_WINDOW (self));
}

static char *
value_text (PhoenixContribution *payload,
            const char          *name)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (g_str_equal (name, "schema"))
    return g_strdup_printf ("%d", phoenix_contribution_get_schema (payload));
  if (g_str_equal (name, "install"))
    return g_strdup (phoenix_contribution_get_install (payload));
  if (g_str_equal (name, "target"))
    return g_strdup (phoenix_contribution_get_target (payload));
  if (g_str_equal (name, "sector"))
    /* Translators: a sector letter and three ranges, e.g. “M: 6-10 applications, 1-2 answers, 0 interviews” */
    return g_strdup_printf (_("%s: %s applications, %s answers, %s interviews"),
                            phoenix_contribution_get_value (payload, PHOENIX_CONTRIBUTION_SECTOR),
                            phoenix_contribution_get_value (payload, PHOENIX_CONTRIBUTION_APPLICATIONS),
                            phoenix_contribution_get_value (payload, PHOENIX_CONTRIBUTION_RESPONSES),
                            phoenix_contribution_get_value (payload, PHOENIX_CONTRIBUTION_INTERVIEWS));
  for (PhoenixContributionSet set = 0; set < PHOENIX_CONTRIBUTION_N_SETS; set++)
    if (g_str_equal (name, phoenix_contribution_set_name (set)))
      {
        GPtrArray *ids = phoenix_contribution_get_set (payload, set);

        g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%u item", "%u items", ids->len), ids->len);
        for (guint i = 0; i < MIN (ids->len, 6); i++)
          g_string_append_printf (text, "%s%s", i == 0 ? ": " : ", ", (char *) g_ptr_array_index (ids, i));
        if (ids->len > 6)
          g_string_append (text, "…");
        return g_string_free (g_steal_pointer (&text), FALSE);
      }
  for (PhoenixContributionField f = 0; f < PHOENIX_CONTRIBUTION_N_FIELDS; f++)
    if (g_str_equal (name, phoenix_contribution_field_name (f)))
      return g_strdup (phoenix_contribution_get_value (payload, f));
  return g_strdup ("");
}

static void
phoenix_consent_dialog_dispose (GObject *object)
{
  PhoenixConsentDialog *self = PHOENIX_CONSENT_DIALOG (object);

  g_clear_object (&self->payload);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_CONSENT_DIALOG);

  G_OBJECT_CLASS (phoenix_consent_dialog_parent_class)->dispose (object);
}

static void
phoenix_consent_dialog_class_init (PhoenixConsentDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = phoenix_consent_dialog_dispose;

  signals[CHOSEN] = g_signal_new ("chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-consent-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixConsentDialog, fields_group);
  gtk_widget_class_bind_template_child (widget_class, PhoenixConsentDialog, json_view);
  gtk_widget_class_bind_template_child (widget_class, PhoenixConsentDialog, share_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixConsentDialog, decline_button);
  gtk_widget_class_bind_template_callback (widget_class, decline_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, share_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
phoenix_consent_dialog_init (PhoenixConsentDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PhoenixConsentDialog *
phoenix_consent_dialog_new (PhoenixContribution *payload,
                            gboolean             sharing)
{
  PhoenixConsentDialog *self;
  g_autofree char *json = NULL;

  g_return_val_if_fail (payload == NULL || PHOENIX_IS_CONTRIBUTION (payload), NULL);

  self = g_object_new (PHOENIX_TYPE_CONSENT_DIALOG, NULL);
  self->payload = payload != NULL ? g_object_ref (payload) : NULL;
  self->sharing = sharing;
  gtk_button_set_label (self->decline_button, sharing ? _("S_top Sharing") : _("_Not Now"));
  gtk_widget_set_visible (GTK_WIDGET (self->share_button), !sharing);

  for (guint i = 0; i < G_N_ELEMENTS (meanings); i++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *value;
      g_autofree char *text = payload != NULL ? value_text (payload, meanings[i].name) : g_strdup ("—");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), meanings[i].name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(meanings[i].meaning));
      value = gtk_label_new (text);
      gtk_label_set_wrap (GTK_LABEL (value), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (value), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_max_width_chars (GTK_LABEL (value), 24);
      gtk_label_set_xalign (GTK_LABEL (value), 1);
      gtk_label_set_selectable (GTK_LABEL (value), TRUE);
      gtk_widget_add_css_class (value, "monospace");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), value);
      adw_preferences_group_add (self->fields_group, row);
    }

  json = payload != NULL ? phoenix_contribution_to_json (payload)
                         : g_strdup (_("Nothing yet: choose a target job on the Training page first. Until then "
                                       "nothing would be sent."));
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->json_view), json, -1);
  gtk_widget_set_sensitive (GTK_WIDGET (self->share_button), TRUE);

  return self;
}

char *
phoenix_consent_dialog_get_text (PhoenixConsentDialog *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (PHOENIX_IS_CONSENT_DIALOG (self), NULL);

  buffer = gtk_text_view_get_buffer (self->json_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

GtkButton *
_phoenix_consent_dialog_get_share_button (PhoenixConsentDialog *self)
{
  return self->share_button;
}
