/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-application"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-application.h"
#include "phoenix-form-util.h"
#include "phoenix-preferences-window.h"
#include "phoenix-resources.h"
#include "phoenix-window.h"

/*
 * Test-only environment variables (never set them for real use):
 *   PHOENIX_VAULT_PATH  the vault file to use instead of $XDG_DATA_HOME/phoenix/vault.db
 *   PHOENIX_KDF_TEST=1  derive keys with phoenix_kdf_test_params (cheap, insecure) so UI tests
 *                       and screenshots run fast
 */

struct _PhoenixApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  PhoenixVault   *vault;
  PhoenixContext *context;
  gulong          name_fixes;   /* the emission hook of _phoenix_a11y_add_name_fixes() */
};

G_DEFINE_FINAL_TYPE (PhoenixApplication, phoenix_application, ADW_TYPE_APPLICATION)

static void
apply_color_scheme (PhoenixApplication *self)
{
  AdwStyleManager *style_manager = adw_style_manager_get_default ();

  adw_style_manager_set_color_scheme (style_manager,
                                      g_settings_get_enum (self->settings, "color-scheme"));
}

static PhoenixVault *
create_vault (void)
{
  const char *path = g_getenv ("PHOENIX_VAULT_PATH");
  PhoenixVault *vault;

  vault = phoenix_vault_new (path != NULL && *path != '\0' ? path : NULL);

  if (g_strcmp0 (g_getenv ("PHOENIX_KDF_TEST"), "1") == 0)
    {
      g_message ("PHOENIX_KDF_TEST=1: using the cheap test key derivation; never use this for real data");
      phoenix_vault_set_kdf_params (vault, &phoenix_kdf_test_params);
    }

  return vault;
}

static void
color_scheme_changed_cb (GSettings          *settings,
                         const char         *key,
                         PhoenixApplication *self)
{
  apply_color_scheme (self);
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing runs each window's close-request handler, which saves pending edits. */
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);

  g_application_quit (G_APPLICATION (app));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  static const char *developers[] = { "Phoenix developers", NULL };
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (app));
  adw_about_window_set_application_name (about, _("Phoenix"));
  adw_about_window_set_application_icon (about, APPLICATION_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_developer_name (about, "Phoenix developers");
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  adw_about_window_set_website (about, "https://github.com/phoenixecosystem/phoenix");
  adw_about_window_set_issue_url (about, "https://github.com/phoenixecosystem/phoenix/issues");
  /* Translators: put your names here, one a line, e.g. "Jane Doe <jane@example.com>" */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  adw_about_window_set_copyright (about, "© 2026 Phoenix developers");

  /* The open data the skills taxonomy is built from (data/taxonomy/README), as its licences ask. */
  adw_about_window_add_legal_section (about,
                                      _("Occupations and skills: ROME"),
                                      NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("Source: France Travail — Répertoire Opérationnel des Métiers et des "
                                        "Emplois (ROME 4.0), version 60 (v460), updated 18/09/2025. "
                                        "Licence Ouverte v2.0 (Etalab). Data reprocessed: files filtered and joined, "
                                        "English labels translated by the Phoenix developers."));
  adw_about_window_add_legal_section (about,
                                      _("Occupations and skills: ESCO"),
                                      NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("This service uses the ESCO classification of the European Commission "
                                        "(ESCO v1.2.0 and v1.0.3; data modified: files filtered and recombined, "
                                        "occupation–skill links rebuilt, ROME and ESCO linked by labels)."));
  adw_about_window_add_legal_section (about,
                                      _("Fonts"),
                                      NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("CVs are set in Lato and Carlito by Łukasz Dziedzic and in Linux Libertine by Philipp H. Poll, "
                                        "under the SIL Open Font License 1.1."));

  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  PhoenixApplication *self = PHOENIX_APPLICATION (user_data);
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  PhoenixPreferencesWindow *preferences;

  preferences = phoenix_preferences_window_new (self->context);
  gtk_window_set_transient_for (GTK_WINDOW (preferences), parent);
  gtk_window_present (GTK_WINDOW (preferences));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "about", about_activated },
  { "preferences", preferences_activated },
};

static void
phoenix_application_startup (GApplication *application)
{
  PhoenixApplication *self = PHOENIX_APPLICATION (application);
  static const struct
  {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    /* GTK would set it for gtk/help-overlay.ui; the Shortcuts window is ui/help-overlay.ui, made
     * the first time it is asked for (phoenix-window-help.c, issue #18). */
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.lock", { "<Control>l", NULL } },
    { "win.import-pdf", { "<Control>i", NULL } },
    { "win.ats-check", { "<Control><Shift>a", NULL } },
    { "win.export::pdf", { "<Control>e", NULL } },
    { "win.export::docx", { "<Control><Shift>e", NULL } },
    { "win.show-page::overview", { "<Alt>1", NULL } },
    { "win.show-page::cv", { "<Alt>2", NULL } },
    { "win.show-page::letters", { "<Alt>3", NULL } },
    { "win.show-page::training", { "<Alt>4", NULL } },
    { "win.previous-page", { "<Control>Page_Up", NULL } },
    { "win.next-page", { "<Control>Page_Down", NULL } },
  };

  G_APPLICATION_CLASS (phoenix_application_parent_class)->startup (application);

  gtk_window_set_default_icon_name (APPLICATION_ID);
  self->name_fixes = _phoenix_a11y_add_name_fixes ();

  self->settings = g_settings_new (APPLICATION_ID);
  g_signal_connect_object (self->settings, "changed::color-scheme",
                           G_CALLBACK (color_scheme_changed_cb), self, 0);
  apply_color_scheme (self);

  self->vault = create_vault ();
  self->context = phoenix_context_new (self->vault, self->settings);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  /* Every one is in the Shortcuts window (data/ui/help-overlay.ui). */
  for (gsize i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), accels[i].action, accels[i].accels);
}

static void
phoenix_application_activate (GApplication *application)
{
  PhoenixApplication *self = PHOENIX_APPLICATION (application);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window == NULL)
    window = GTK_WINDOW (phoenix_window_new (self, self->context));

  gtk_window_present (window);
}

static void
phoenix_application_shutdown (GApplication *application)
{
  PhoenixApplication *self = PHOENIX_APPLICATION (application);

  /* Windows have saved their edits on close; wipe the key from memory. */
  if (self->vault != NULL)
    phoenix_vault_lock (self->vault);
  _phoenix_a11y_remove_name_fixes (self->name_fixes);
  self->name_fixes = 0;

  G_APPLICATION_CLASS (phoenix_application_parent_class)->shutdown (application);
}

static void
phoenix_application_dispose (GObject *object)
{
  PhoenixApplication *self = PHOENIX_APPLICATION (object);

  if (self->vault != NULL)
    phoenix_vault_lock (self->vault);
  g_clear_object (&self->context);
  g_clear_object (&self->vault);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (phoenix_application_parent_class)->dispose (object);
}

static void
phoenix_application_class_init (PhoenixApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = phoenix_application_dispose;

  /* The bundled resources register themselves when their object file is linked in;
   * referencing them keeps a static link from leaving that file out. */
  (void) phoenix_get_resource ();

  app_class->startup = phoenix_application_startup;
  app_class->activate = phoenix_application_activate;
  app_class->shutdown = phoenix_application_shutdown;
}

static void
phoenix_application_init (PhoenixApplication *self)
{
}

PhoenixApplication *
phoenix_application_new (const char        *application_id,
                         GApplicationFlags  flags)
{
  g_return_val_if_fail (application_id != NULL, NULL);

  /* One resource path for every build (the .Devel ID would otherwise add /Devel),
   * so style.css and the icons are found. */
  return g_object_new (PHOENIX_TYPE_APPLICATION,
                       "application-id", application_id,
                       "flags", flags,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

PhoenixContext *
phoenix_application_get_context (PhoenixApplication *self)
{
  g_return_val_if_fail (PHOENIX_IS_APPLICATION (self), NULL);

  return self->context;
}

PhoenixVault *
phoenix_application_get_vault (PhoenixApplication *self)
{
  g_return_val_if_fail (PHOENIX_IS_APPLICATION (self), NULL);

  return self->vault;
}

GSettings *
phoenix_application_get_settings (PhoenixApplication *self)
{
  g_return_val_if_fail (PHOENIX_IS_APPLICATION (self), NULL);

  return self->settings;
}
