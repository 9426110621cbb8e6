/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-window"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-cv-page.h"
#include "phoenix-cv-page-private.h"
#include "phoenix-lock-monitor.h"
#include "phoenix-idle-unref.h"
#include "phoenix-window-private.h"
#include "phoenix-letters-page.h"
#include "phoenix-main-view.h"
#include "phoenix-overview-page.h"
#include "phoenix-passphrase-dialog.h"
#include "phoenix-profile.h"
#include "phoenix-profile-autosave.h"
#include "phoenix-training-page.h"
#include "phoenix-unlock-page.h"
#include "phoenix-welcome-page.h"
#include "phoenix-window.h"

/*
 * Test-only environment variable:
 *   PHOENIX_WINDOW_SIZE=WxH  open the window at this size instead of the saved one
 *                            (screenshots); the size is then not saved on close.
 */

struct _PhoenixWindow
{
  AdwApplicationWindow  parent_instance;

  PhoenixContext       *context;
  PhoenixVault         *vault;
  PhoenixProfile       *profile;
  PhoenixProfileAutosave *autosave;  /* the profile's, while unlocked */
  PhoenixFollowUpReminders *reminders;  /* the applications' follow-ups, while unlocked */
  GSettings            *settings;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkBox               *welcome_box;
  GtkBox               *unlock_box;
  GtkMenuButton        *welcome_menu_button;
  GtkMenuButton        *unlock_menu_button;
  GMenuModel           *secondary_menu;
  /* The main view, made the first time the vault is unlocked (issue #18), and its stack. */
  PhoenixMainView      *main_view;
  AdwViewStack         *view_stack;

  PhoenixWelcomePage   *welcome_page;
  PhoenixUnlockPage    *unlock_page;
  PhoenixOverviewPage  *overview_page;
  PhoenixCvPage        *cv_page;
  PhoenixLettersPage   *letters_page;
  PhoenixTrainingPage  *training_page;

  PhoenixLockMonitor   *lock_monitor;   /* idle (suspend included), screen lock, suspend */
  guint                 background_idle_id;
  guint                 release_id;  /* the locked profile, until the pages let go of it */
  PhoenixProfile       *released;
  GCancellable         *load_cancellable;  /* the profile's read in a worker after unlocking */
  guint                 n_reminders;  /* follow-ups that fell due while running (tests) */
  gboolean              fixed_size;
  gboolean              close_despite_unsaved;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixWindow, phoenix_window, ADW_TYPE_APPLICATION_WINDOW)

static guint
get_auto_lock_minutes (PhoenixWindow *self)
{
  return g_settings_get_uint (self->settings, "auto-lock-minutes");
}

static void
update_actions (PhoenixWindow *self)
{
  gboolean unlocked = phoenix_vault_is_unlocked (self->vault);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.lock", unlocked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.change-passphrase", unlocked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", unlocked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-step", unlocked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-pdf", unlocked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.ats-check", unlocked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", unlocked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-page", unlocked);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-page", unlocked);
}

/* The tabs, in the order of the view switcher (Alt+1…4). */
static const char * const page_names[] = { "overview", "cv", "letters", "training", NULL };

/* Nothing is built before it is seen (issue #18): the welcome or the unlock page alone at
 * start, each page of the main view the first time it is shown. */
static PhoenixWelcomePage *
ensure_welcome_page (PhoenixWindow *self)
{
  if (self->welcome_page == NULL)
    {
      self->welcome_page = phoenix_welcome_page_new (self->vault);
      gtk_widget_set_vexpand (GTK_WIDGET (self->welcome_page), TRUE);
      gtk_box_append (self->welcome_box, GTK_WIDGET (self->welcome_page));
    }

  return self->welcome_page;
}

static PhoenixUnlockPage *
ensure_unlock_page (PhoenixWindow *self)
{
  if (self->unlock_page == NULL)
    {
      self->unlock_page = phoenix_unlock_page_new (self->vault);
      gtk_widget_set_vexpand (GTK_WIDGET (self->unlock_page), TRUE);
      gtk_box_append (self->unlock_box, GTK_WIDGET (self->unlock_page));
    }

  return self->unlock_page;
}

static void
letters_cv_variants_changed_cb (PhoenixWindow *self)
{
  /* A CV page built later loads the variants itself. */
  if (self->cv_page != NULL)
    _phoenix_cv_page_load_variants (self->cv_page);
}

static void visible_page_changed_cb (PhoenixWindow *self);

/* The main view (header bar, tabs, the pages' boxes), made the first time it is needed: the
 * vault unlocked, or a page asked for. */
static AdwViewStack *
ensure_view_stack (PhoenixWindow *self)
{
  if (self->main_view == NULL)
    {
      self->main_view = phoenix_main_view_new ();
      self->view_stack = phoenix_main_view_get_view_stack (self->main_view);
      gtk_stack_add_named (self->stack, GTK_WIDGET (self->main_view), "main");
      g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                               G_CALLBACK (visible_page_changed_cb), self, G_CONNECT_SWAPPED);
      _phoenix_window_setup_import (self, GTK_WIDGET (phoenix_main_view_get_page_box (self->main_view, "cv")));
    }

  return self->view_stack;
}

static void
add_page (PhoenixWindow *self,
          const char    *name,
          GtkWidget     *page)
{
  ensure_view_stack (self);
  gtk_widget_set_vexpand (page, TRUE);
  gtk_box_append (phoenix_main_view_get_page_box (self->main_view, name), page);
}

GtkWidget *
_phoenix_window_ensure_page (PhoenixWindow *self,
                             const char    *name)
{
  if (name == NULL)
    return NULL;

  if (g_str_equal (name, "overview") && self->overview_page == NULL)
    {
      self->overview_page = phoenix_overview_page_new (self->context);
      add_page (self, "overview", GTK_WIDGET (self->overview_page));
    }
  else if (g_str_equal (name, "cv") && self->cv_page == NULL)
    {
      self->cv_page = phoenix_cv_page_new (self->context);
      add_page (self, "cv", GTK_WIDGET (self->cv_page));
    }
  else if (g_str_equal (name, "letters") && self->letters_page == NULL)
    {
      self->letters_page = phoenix_letters_page_new (self->context);
      add_page (self, "letters", GTK_WIDGET (self->letters_page));
      g_signal_connect_object (self->letters_page, "cv-variants-changed",
                               G_CALLBACK (letters_cv_variants_changed_cb), self, G_CONNECT_SWAPPED);
    }
  else if (g_str_equal (name, "training") && self->training_page == NULL)
    {
      self->training_page = phoenix_training_page_new (self->context);
      add_page (self, "training", GTK_WIDGET (self->training_page));
    }

  return _phoenix_window_get_page (self, name);
}

/* After the main view's first frame: the applications read for their follow-up reminders
 * (no widget is built; the Letters page shows the same list when it is first shown). */
static gboolean
load_reminders_cb (gpointer user_data)
{
  PhoenixWindow *self = PHOENIX_WINDOW (user_data);
  g_autoptr(GError) error = NULL;

  self->background_idle_id = 0;
  if (self->reminders != NULL && !phoenix_follow_up_reminders_get_loaded (self->reminders) &&
      !phoenix_follow_up_reminders_load (self->reminders, &error))
    g_warning ("Could not read the applications for their reminders: %s", error->message);
  return G_SOURCE_REMOVE;
}

/* A tab clicked (or shown by an action): its page is built now if it was not yet, the header
 * bar shows that page's buttons, and the page is remembered while the vault is open, to come
 * back to it after unlocking. */
static void
visible_page_changed_cb (PhoenixWindow *self)
{
  const char *page = adw_view_stack_get_visible_child_name (self->view_stack);

  if (self->profile != NULL)
    _phoenix_window_ensure_page (self, page);
  if (self->profile != NULL && page != NULL && g_strv_contains (page_names, page))
    g_settings_set_string (self->settings, "last-page", page);
}

static void
show_state (PhoenixWindow *self)
{
  const char *state;

  if (phoenix_vault_is_unlocked (self->vault) && self->profile != NULL)
    {
      state = "main";
      /* The taxonomy's tables (≈0.2 s) are built in a worker thread once the vault
       * is open, so the ATS check does not wait for them on the main thread. A missing
       * taxonomy is reported when the ATS check opens. */
      phoenix_context_prepare_async (self->context, NULL, NULL, NULL);
      _phoenix_window_ensure_page (self, adw_view_stack_get_visible_child_name (ensure_view_stack (self)));
      /* Every page is built when first shown: the profile's autosave and the follow-up
       * reminders are the window's own. The applications are read for the reminders once
       * the main view has drawn (a low-priority idle comes after the frame). */
      if (self->reminders != NULL && !phoenix_follow_up_reminders_get_loaded (self->reminders) &&
          self->background_idle_id == 0)
        self->background_idle_id = g_idle_add_full (G_PRIORITY_LOW, load_reminders_cb, self, NULL);
    }
  else if (phoenix_vault_exists (self->vault))
    state = "unlock";
  else
    state = "welcome";

  if (g_strcmp0 (state, gtk_stack_get_visible_child_name (self->stack)) != 0)
    {
      /* Coming back to the unlock page: nothing of the last attempt stays. */
      if (g_str_equal (state, "unlock") && self->unlock_page != NULL)
        phoenix_unlock_page_reset (self->unlock_page);
      /* Into and out of the main view at once: a crossfade would draw the whole main view
       * (a CV page of a thousand entries) in every frame of the fade, and keep the profile on
       * screen for its length after a lock (issue #20). */
      if (g_str_equal (state, "main") || g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "main") == 0)
        gtk_stack_set_visible_child_full (self->stack, state, GTK_STACK_TRANSITION_TYPE_NONE);
      else
        gtk_stack_set_visible_child_name (self->stack, state);
    }

  if (g_str_equal (state, "unlock"))
    phoenix_unlock_page_focus (ensure_unlock_page (self));
  else if (g_str_equal (state, "welcome"))
    phoenix_welcome_page_focus (ensure_welcome_page (self));

  update_actions (self);
}

static void
show_toast (PhoenixWindow *self,
            const char    *title)
{
  AdwToast *toast = adw_toast_new (title);

  adw_toast_set_timeout (toast, 5);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Saves the profile's pending changes and what the pages built so far still hold (one
 * never built holds nothing). */
static gboolean
flush_pages (PhoenixWindow  *self,
             GError        **error)
{
  return (self->autosave == NULL || phoenix_profile_autosave_flush (self->autosave, error)) &&
         (self->letters_page == NULL || phoenix_letters_page_flush (self->letters_page, error));
}

/* Saves what the profile and the pages still hold, then locks. FALSE (and a toast) when saving failed:
 * the vault then stays open so nothing typed is lost. */
static gboolean
lock_vault (PhoenixWindow *self)
{
  g_autoptr(GError) error = NULL;

  if (!phoenix_vault_is_unlocked (self->vault))
    return TRUE;

  if (!flush_pages (self, &error))
    {
      g_autofree char *message = NULL;

      /* Translators: %s is the reason, e.g. “The disk is full.” */
      message = g_strdup_printf (_("Not locked: your changes could not be saved. %s"), error->message);
      show_toast (self, message);
      return FALSE;
    }

  phoenix_vault_lock (self->vault);
  return TRUE;
}

/* A save failed (a full disk): told once until a save works again; the edits stay in memory
 * and are tried again. */
static void
save_failed_cb (PhoenixWindow *self,
                GError        *error)
{
  g_autofree char *message = NULL;

  /* Translators: %s is the reason, e.g. “The disk is full.” */
  message = g_strdup_printf (_("Your changes are not saved yet: %s"), error->message);
  show_toast (self, message);
}

/* A follow-up fell due while the app runs (already marked reminded and saved): a desktop
 * notification. */
static void
reminder_due_cb (PhoenixWindow         *self,
                 PhoenixJobApplication *app)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GNotification) notification = NULL;
  g_autofree char *id = NULL;
  g_autofree char *body = NULL;

  self->n_reminders++;
  /* Every notification backend speaks D-Bus: none without a session bus (tests). */
  if (application == NULL || g_application_get_dbus_connection (G_APPLICATION (application)) == NULL)
    return;
  notification = g_notification_new (_("Time to follow up"));
  id = g_strdup_printf ("follow-up-%" G_GINT64_FORMAT, phoenix_job_application_get_id (app));
  /* Translators: %s is a company, e.g. “Acme”. */
  body = g_strdup_printf (_("You have had no answer from %s: a short follow-up message can make the difference."),
                          phoenix_job_application_get_company (app));
  g_notification_set_body (notification, body);
  g_application_send_notification (G_APPLICATION (application), id, notification);
}

static void
drop_autosave (PhoenixWindow *self)
{
  if (self->autosave == NULL)
    return;
  if (phoenix_context_get_autosave (self->context) == self->autosave)
    phoenix_context_set_autosave (self->context, NULL);
  g_signal_handlers_disconnect_by_data (self->autosave, self);
  g_clear_object (&self->autosave);
}

static void
drop_reminders (PhoenixWindow *self)
{
  if (self->reminders == NULL)
    return;
  if (phoenix_context_get_reminders (self->context) == self->reminders)
    phoenix_context_set_reminders (self->context, NULL);
  g_signal_handlers_disconnect_by_data (self->reminders, self);
  g_clear_object (&self->reminders);
}

/* The pages let go of the locked profile (its entries finalised in later turns still). */
static gboolean
release_profile (gpointer data)
{
  PhoenixWindow *self = data;

  g_clear_handle_id (&self->release_id, g_source_remove);
  if (self->released != NULL)
    {
      phoenix_context_set_profile (self->context, NULL);
      phoenix_idle_unref (g_steal_pointer (&self->released));
    }
  return G_SOURCE_REMOVE;
}

static void
drop_profile (PhoenixWindow *self)
{
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  _phoenix_window_close_import (self);
  drop_autosave (self);
  drop_reminders (self);
  /* The hidden pages let go of it in the next turn: the lock's is the vault closing and the
   * main view unmapped (issue #20). No autosave meanwhile; an unlock or dispose releases first. */
  release_profile (self);
  if ((self->released = g_steal_pointer (&self->profile)) != NULL)
    self->release_id = g_idle_add_full (G_PRIORITY_DEFAULT, release_profile, self, NULL);
  else
    phoenix_context_set_profile (self->context, NULL);
  phoenix_lock_monitor_set_active (self->lock_monitor, FALSE);
  g_clear_handle_id (&self->background_idle_id, g_source_remove);
}

static void
profile_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(PhoenixWindow) self = user_data;
  g_autoptr(PhoenixProfile) profile = NULL;
  g_autoptr(GError) error = NULL;

  profile = phoenix_profile_load_finish (PHOENIX_VAULT (source), result, &error);
  /* Locked (or the window went) meanwhile: nothing to show. */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->load_cancellable);

  if (profile == NULL)
    {
      g_warning ("Could not load the profile: %s", error->message);
      /* Never show (and autosave) an empty profile over the stored one. */
      phoenix_vault_lock (self->vault);
      phoenix_unlock_page_show_error (ensure_unlock_page (self), error->message);
      return;
    }

  /* Handed over in one step: the pages bind to the whole profile at once. Saved by the
   * window's autosave whoever edits it, whether or not the CV page was ever shown. */
  g_set_object (&self->profile, profile);
  drop_autosave (self);
  self->autosave = phoenix_profile_autosave_new (self->vault, self->profile);
  g_signal_connect_object (self->autosave, "save-failed", G_CALLBACK (save_failed_cb), self, G_CONNECT_SWAPPED);
  phoenix_context_set_autosave (self->context, self->autosave);
  /* The follow-up reminders run whether or not the Letters page is ever shown. */
  drop_reminders (self);
  self->reminders = phoenix_follow_up_reminders_new (self->vault);
  g_signal_connect_object (self->reminders, "due", G_CALLBACK (reminder_due_cb), self, G_CONNECT_SWAPPED);
  phoenix_context_set_reminders (self->context, self->reminders);
  phoenix_context_set_profile (self->context, self->profile);
  /* Back to the page the user was on before locking (or when they last quit). */
  {
    g_autofree char *page = g_settings_get_string (self->settings, "last-page");

    adw_view_stack_set_visible_child_name (ensure_view_stack (self), g_strv_contains (page_names, page) ? page : "overview");
  }

  phoenix_lock_monitor_set_active (self->lock_monitor, TRUE);
  show_state (self);
}

/* The profile is read from the vault in a worker thread; the window shows it when it comes. */
static void
take_profile (PhoenixWindow *self)
{
  if (self->load_cancellable != NULL)
    return;

  self->load_cancellable = g_cancellable_new ();
  phoenix_profile_load_async (self->vault, self->load_cancellable, profile_loaded_cb, g_object_ref (self));
}

static void
lock_requested_cb (PhoenixWindow     *self,
                   PhoenixLockReason  reason,
                   PhoenixLockMonitor *monitor)
{
  if (!phoenix_vault_is_unlocked (self->vault))
    return;
  g_debug ("Locking (%s)", reason == PHOENIX_LOCK_REASON_IDLE ? "idle"
                           : reason == PHOENIX_LOCK_REASON_SCREEN_LOCKED ? "screen locked" : "suspend");
  /* Could not (unsaved work that cannot be saved): the user was told why; the idle clock
   * starts again. */
  if (!lock_vault (self))
    phoenix_lock_monitor_note_activity (monitor);
}

static void
vault_unlocked_changed_cb (PhoenixWindow *self,
                           GParamSpec    *pspec,
                           PhoenixVault  *vault)
{
  if (phoenix_vault_is_unlocked (vault))
    {
      release_profile (self);
      if (self->profile == NULL)
        take_profile (self);
      show_state (self);
    }
  else
    {
      /* The unlock page first: the pages let go of the profile unmapped (no relayout). */
      show_state (self);
      drop_profile (self);
      update_actions (self);
    }
}

static void
auto_lock_minutes_changed_cb (PhoenixWindow *self,
                              const char    *key,
                              GSettings     *settings)
{
  phoenix_lock_monitor_set_idle_limit (self->lock_monitor, get_auto_lock_minutes (self) * 60);
}

static gboolean
input_event_cb (GtkEventControllerLegacy *controller,
                GdkEvent                 *event,
                PhoenixWindow            *self)
{
  phoenix_lock_monitor_note_activity (self->lock_monitor);
  return GDK_EVENT_PROPAGATE;
}

static void
passphrase_changed_cb (PhoenixWindow *self)
{
  show_toast (self, _("Passphrase changed"));
}

static void
lock_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  lock_vault (PHOENIX_WINDOW (widget));
}

static void
change_passphrase_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  PhoenixWindow *self = PHOENIX_WINDOW (widget);
  PhoenixPassphraseDialog *dialog;

  dialog = phoenix_passphrase_dialog_new (self->vault);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "passphrase-changed",
                           G_CALLBACK (passphrase_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PhoenixWindow *self = PHOENIX_WINDOW (widget);

  adw_view_stack_set_visible_child_name (ensure_view_stack (self), g_variant_get_string (parameter, NULL));
}

static void
step_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PhoenixWindow *self = PHOENIX_WINDOW (widget);
  const char *page = adw_view_stack_get_visible_child_name (ensure_view_stack (self));
  int step = g_str_equal (action_name, "win.next-page") ? 1 : -1;
  guint n = g_strv_length ((char **) page_names);
  guint index = 0;

  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (page_names[i], page) == 0)
      index = i;
  adw_view_stack_set_visible_child_name (self->view_stack, page_names[(index + n + step) % n]);
}

/* Export from anywhere (Ctrl+E): the CV page does it, shown first. */
static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  PhoenixWindow *self = PHOENIX_WINDOW (widget);

  if (self->profile == NULL)
    return;
  adw_view_stack_set_visible_child_name (ensure_view_stack (self), "cv");
  phoenix_cv_page_export (PHOENIX_CV_PAGE (_phoenix_window_ensure_page (self, "cv")),
                          g_variant_get_string (parameter, NULL));
}

/* The Overview's next step: show @page, then run the page's own @action there ("" for none). */
static void
next_step_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  PhoenixWindow *self = PHOENIX_WINDOW (widget);
  const char *page, *action;
  GtkWidget *target = NULL;

  g_variant_get (parameter, "(&s&s)", &page, &action);
  adw_view_stack_set_visible_child_name (ensure_view_stack (self), page);
  if (*action == '\0')
    return;
  if (g_str_has_prefix (action, "win."))
    target = GTK_WIDGET (self);
  else
    target = _phoenix_window_ensure_page (self, page);
  if (target != NULL && !gtk_widget_activate_action (target, action, NULL))
    g_warning ("The next step's action %s is not available", action);
}

static gboolean
phoenix_window_close_request (GtkWindow *window)
{
  PhoenixWindow *self = PHOENIX_WINDOW (window);
  g_autoptr(GError) error = NULL;

  if (!self->fixed_size)
    _phoenix_window_save_geometry (GTK_WINDOW (self), self->settings);

  if (!flush_pages (self, &error) &&
      !self->close_despite_unsaved)
    {
      g_autofree char *message = NULL;

      /* Translators: %s is the reason, e.g. “The disk is full.” */
      message = g_strdup_printf (_("Your last changes could not be saved: %s Close again to quit anyway."),
                                 error->message);
      show_toast (self, message);
      self->close_despite_unsaved = TRUE;
      return TRUE;
    }

  return GTK_WINDOW_CLASS (phoenix_window_parent_class)->close_request (window);
}

static void
phoenix_window_constructed (GObject *object)
{
  PhoenixWindow *self = PHOENIX_WINDOW (object);
  GtkEventController *controller;

  G_OBJECT_CLASS (phoenix_window_parent_class)->constructed (object);

  g_assert (PHOENIX_IS_CONTEXT (self->context));
  self->vault = g_object_ref (phoenix_context_get_vault (self->context));
  self->settings = g_object_ref (phoenix_context_get_settings (self->context));
  g_assert (G_IS_SETTINGS (self->settings));

  if (DEVELOPMENT_BUILD)
    gtk_widget_add_css_class (GTK_WIDGET (self), "devel");

  _phoenix_window_setup_help (self);

  g_signal_connect_object (self->vault, "notify::unlocked",
                           G_CALLBACK (vault_unlocked_changed_cb), self, G_CONNECT_SWAPPED);

  /* Locks after the idle time (counted across suspend), when the screen locks and on suspend. */
  self->lock_monitor = phoenix_lock_monitor_new_for_user ();
  phoenix_lock_monitor_set_idle_limit (self->lock_monitor, get_auto_lock_minutes (self) * 60);
  g_signal_connect_object (self->lock_monitor, "lock-requested", G_CALLBACK (lock_requested_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->settings, "changed::auto-lock-minutes",
                           G_CALLBACK (auto_lock_minutes_changed_cb), self, G_CONNECT_SWAPPED);
  self->fixed_size = _phoenix_window_restore_geometry (GTK_WINDOW (self), self->settings);

  /* Any input counts as activity for the automatic lock. */
  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "event", G_CALLBACK (input_event_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  if (phoenix_vault_is_unlocked (self->vault))
    take_profile (self);
  show_state (self);
}

static void
phoenix_window_dispose (GObject *object)
{
  PhoenixWindow *self = PHOENIX_WINDOW (object);

  if (self->lock_monitor != NULL)
    g_signal_handlers_disconnect_by_data (self->lock_monitor, self);
  g_clear_object (&self->lock_monitor);
  g_clear_handle_id (&self->background_idle_id, g_source_remove);
  release_profile (self);
  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  /* The ATS check and the import's windows go with this one. */
  _phoenix_window_close_import (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_WINDOW);

  /* The last edits, when closing could not save them ("close again to quit anyway") or
   * the window goes without closing. */
  if (self->autosave != NULL && phoenix_profile_autosave_get_pending (self->autosave))
    {
      g_autoptr(GError) error = NULL;

      if (!phoenix_profile_autosave_flush (self->autosave, &error))
        g_warning ("Could not save the last CV edits: %s", error->message);
    }
  drop_autosave (self);
  drop_reminders (self);

  /* The pages this window made let go of the profile with it. */
  if (self->context != NULL && self->profile != NULL &&
      phoenix_context_get_profile (self->context) == self->profile)
    phoenix_context_set_profile (self->context, NULL);
  g_clear_object (&self->profile);
  g_clear_object (&self->settings);
  g_clear_object (&self->vault);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (phoenix_window_parent_class)->dispose (object);
}

static void
phoenix_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  PhoenixWindow *self = PHOENIX_WINDOW (object);

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
phoenix_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  PhoenixWindow *self = PHOENIX_WINDOW (object);

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
phoenix_window_class_init (PhoenixWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = phoenix_window_constructed;
  object_class->dispose = phoenix_window_dispose;
  object_class->get_property = phoenix_window_get_property;
  object_class->set_property = phoenix_window_set_property;

  window_class->close_request = phoenix_window_close_request;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         PHOENIX_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-window.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, PhoenixWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, PhoenixWindow, welcome_box);
  gtk_widget_class_bind_template_child (widget_class, PhoenixWindow, unlock_box);
  gtk_widget_class_bind_template_child (widget_class, PhoenixWindow, welcome_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixWindow, unlock_menu_button);
  gtk_widget_class_bind_template_child (widget_class, PhoenixWindow, secondary_menu);

  gtk_widget_class_install_action (widget_class, "win.lock", NULL, lock_action);
  gtk_widget_class_install_action (widget_class, "win.change-passphrase", NULL, change_passphrase_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.previous-page", NULL, step_page_action);
  gtk_widget_class_install_action (widget_class, "win.next-page", NULL, step_page_action);
  gtk_widget_class_install_action (widget_class, "win.export", "s", export_action);
  gtk_widget_class_install_action (widget_class, "win.next-step", "(ss)", next_step_action);
  _phoenix_window_class_setup_import (widget_class);
}

/* The welcome and unlock pages' menu is made when first opened, not with the first frame. */
static void
create_secondary_menu_cb (GtkMenuButton *button,
                          gpointer       user_data)
{
  gtk_menu_button_set_menu_model (button, PHOENIX_WINDOW (user_data)->secondary_menu);
}

static void
phoenix_window_init (PhoenixWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->welcome_menu_button, create_secondary_menu_cb, self, NULL);
  gtk_menu_button_set_create_popup_func (self->unlock_menu_button, create_secondary_menu_cb, self, NULL);
}

PhoenixWindow *
phoenix_window_new (PhoenixApplication *application,
                    PhoenixContext     *context)
{
  g_return_val_if_fail (PHOENIX_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (context), NULL);

  return g_object_new (PHOENIX_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

PhoenixContext *
phoenix_window_get_context (PhoenixWindow *self)
{
  g_return_val_if_fail (PHOENIX_IS_WINDOW (self), NULL);

  return self->context;
}

PhoenixVault *
phoenix_window_get_vault (PhoenixWindow *self)
{
  g_return_val_if_fail (PHOENIX_IS_WINDOW (self), NULL);

  return self->vault;
}

void
phoenix_window_add_toast (PhoenixWindow *self,
                          AdwToast      *toast)
{
  g_return_if_fail (PHOENIX_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

gboolean
_phoenix_window_get_loading (PhoenixWindow *self)
{
  return self->load_cancellable != NULL;
}

const char *
_phoenix_window_get_state (PhoenixWindow *self)
{
  return gtk_stack_get_visible_child_name (self->stack);
}

GtkMenuButton *
_phoenix_window_get_page_menu_button (PhoenixWindow *self)
{
  const char *state = _phoenix_window_get_state (self);

  if (g_strcmp0 (state, "welcome") == 0)
    return self->welcome_menu_button;
  if (g_strcmp0 (state, "unlock") == 0)
    return self->unlock_menu_button;
  return NULL;
}

AdwViewStack *
_phoenix_window_get_view_stack (PhoenixWindow *self)
{
  return self->view_stack;
}

AdwViewSwitcherTitle *
_phoenix_window_get_switcher_title (PhoenixWindow *self)
{
  return self->main_view != NULL ? phoenix_main_view_get_switcher_title (self->main_view) : NULL;
}

PhoenixWelcomePage *
_phoenix_window_get_welcome_page (PhoenixWindow *self)
{
  return self->welcome_page;
}

PhoenixUnlockPage *
_phoenix_window_get_unlock_page (PhoenixWindow *self)
{
  return self->unlock_page;
}

PhoenixOverviewPage *
_phoenix_window_get_overview_page (PhoenixWindow *self)
{
  return self->overview_page;
}

PhoenixCvPage *
_phoenix_window_get_cv_page (PhoenixWindow *self)
{
  return self->cv_page;
}

GtkWidget *
_phoenix_window_get_page (PhoenixWindow *self,
                          const char    *name)
{
  if (g_strcmp0 (name, "overview") == 0)
    return (GtkWidget *) self->overview_page;
  if (g_strcmp0 (name, "cv") == 0)
    return (GtkWidget *) self->cv_page;
  if (g_strcmp0 (name, "letters") == 0)
    return (GtkWidget *) self->letters_page;
  if (g_strcmp0 (name, "training") == 0)
    return (GtkWidget *) self->training_page;
  if (g_strcmp0 (name, "welcome") == 0)
    return (GtkWidget *) self->welcome_page;
  if (g_strcmp0 (name, "unlock") == 0)
    return (GtkWidget *) self->unlock_page;
  return NULL;
}

PhoenixProfileAutosave *
_phoenix_window_get_autosave (PhoenixWindow *self)
{
  return self->autosave;
}

PhoenixFollowUpReminders *
_phoenix_window_get_reminders (PhoenixWindow *self)
{
  return self->reminders;
}

guint
_phoenix_window_get_n_reminders (PhoenixWindow *self)
{
  return self->n_reminders;
}

PhoenixProfile *
_phoenix_window_get_profile (PhoenixWindow *self)
{
  return self->profile;
}

void
_phoenix_window_pretend_idle (PhoenixWindow *self,
                              guint          seconds)
{
  _phoenix_lock_monitor_pretend_idle (self->lock_monitor, seconds);
  _phoenix_lock_monitor_check (self->lock_monitor);
}

PhoenixLockMonitor *
_phoenix_window_get_lock_monitor (PhoenixWindow *self)
{
  return self->lock_monitor;
}
