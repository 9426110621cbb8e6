/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-letters-page"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-application-dialog.h"
#include "phoenix-follow-up-reminders.h"
#include "phoenix-application-store.h"
#include "phoenix-application-tracker.h"
#include "phoenix-job-offer-store.h"
#include "phoenix-letter-composer.h"
#include "phoenix-letter-store.h"
#include "phoenix-letters-page.h"
#include "phoenix-letters-page-private.h"
#include "phoenix-letters-util-private.h"
#include "phoenix-new-letter-dialog.h"
#include "phoenix-sector.h"

/* A follow-up reminder when the user did not choose another delay. */
#define DEFAULT_FOLLOW_UP_DAYS 7

struct _PhoenixLettersPage
{
  AdwBin                     parent_instance;

  PhoenixContext            *context;
  GListStore                *letters;
  GListStore                *offers;    /* PhoenixJobOffer, read on first need */
  GtkSingleSelection        *selection;
  gulong                     profile_handler;

  /* Template widgets */
  AdwViewStack              *view_stack;
  AdwLeaflet                *leaflet;
  GtkListView               *letters_view;
  GtkStack                  *composer_stack;
  GtkBox                    *composer_box;
  PhoenixLetterComposer     *composer;
  PhoenixApplicationTracker *tracker;
  GtkRevealer               *reminder_revealer;
  GtkLabel                  *reminder_label;
};

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

enum {
  CV_VARIANTS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixLettersPage, phoenix_letters_page, ADW_TYPE_BIN)

static void
show_toast (PhoenixLettersPage *self,
            const char         *message)
{
  _phoenix_letters_show_toast (gtk_widget_get_first_child (GTK_WIDGET (self)), message);
}

static PhoenixVault *
vault (PhoenixLettersPage *self)
{
  return phoenix_context_get_vault (self->context);
}

/* The vault's applications and their reminders: the window's, NULL while locked. */
static PhoenixFollowUpReminders *
reminders (PhoenixLettersPage *self)
{
  return phoenix_context_get_reminders (self->context);
}

static void
check_reminders (PhoenixLettersPage *self)
{
  if (reminders (self) != NULL)
    phoenix_follow_up_reminders_check (reminders (self));
}

/* The saved job offers, read once (re-reading an offer runs the skill extractor). */
static GListModel *
offers (PhoenixLettersPage *self)
{
  if (self->offers == NULL)
    {
      PhoenixSkillExtractor *extractor = phoenix_context_get_extractor (self->context, NULL);
      g_autoptr(GPtrArray) list = NULL;
      g_autoptr(GError) error = NULL;

      self->offers = g_list_store_new (PHOENIX_TYPE_JOB_OFFER);
      if (extractor != NULL)
        list = phoenix_job_offer_store_list (vault (self), extractor, &error);
      if (list == NULL && error != NULL)
        show_toast (self, error->message);
      for (guint i = 0; list != NULL && i < list->len; i++)
        g_list_store_append (self->offers, list->pdata[i]);
    }
  return G_LIST_MODEL (self->offers);
}

static PhoenixJobOffer *
find_offer (PhoenixLettersPage *self,
            gint64              id)
{
  GListModel *model;

  if (id == 0)
    return NULL;
  model = offers (self);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PhoenixJobOffer) offer = g_list_model_get_item (model, i);

      if (phoenix_job_offer_get_id (offer) == id)
        return g_steal_pointer (&offer);
    }
  return NULL;
}

static PhoenixJobApplication *
find_application (PhoenixLettersPage *self,
                  gint64              id)
{
  GListModel *model = G_LIST_MODEL (phoenix_application_tracker_get_applications (self->tracker));

  for (guint i = 0; id != 0 && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(PhoenixJobApplication) app = g_list_model_get_item (model, i);

      if (phoenix_job_application_get_id (app) == id)
        return g_steal_pointer (&app);
    }
  return NULL;
}

static void
update_application_button (PhoenixLettersPage *self,
                           PhoenixLetter      *letter)
{
  g_autoptr(PhoenixJobApplication) app = find_application (self, phoenix_letter_get_application_id (letter));

  if (app == NULL)
    phoenix_letter_composer_set_application_state (self->composer, _("Create Application"));
  else if (phoenix_job_application_get_status (app) == PHOENIX_APPLICATION_STATUS_TO_APPLY)
    phoenix_letter_composer_set_application_state (self->composer, _("Mark as Sent"));
  else
    phoenix_letter_composer_set_application_state (self->composer, NULL);
}

static void
open_letter (PhoenixLettersPage *self,
             PhoenixLetter      *letter)
{
  g_autoptr(PhoenixJobOffer) offer = find_offer (self, phoenix_letter_get_offer_id (letter));

  phoenix_letter_composer_set_letter (self->composer, letter, offer);
  update_application_button (self, letter);
  gtk_stack_set_visible_child_name (self->composer_stack, "composer");
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->composer_stack));
}

static void
selection_changed_cb (PhoenixLettersPage *self)
{
  PhoenixLetter *letter = gtk_single_selection_get_selected_item (self->selection);

  if (letter != NULL && letter != phoenix_letter_composer_get_letter (self->composer))
    open_letter (self, letter);
}

static void
letter_created_cb (PhoenixLettersPage *self,
                   PhoenixLetter      *draft,
                   PhoenixJobOffer    *offer)
{
  g_autoptr(PhoenixLetter) letter = phoenix_letter_copy (draft);
  g_autoptr(GError) error = NULL;

  if (phoenix_job_offer_get_id (offer) == 0)
    {
      if (phoenix_job_offer_store_save (vault (self), offer, &error) == 0)
        {
          show_toast (self, error->message);
          return;
        }
      if (self->offers != NULL)
        g_list_store_insert (self->offers, 0, offer);
    }
  phoenix_letter_set_offer_id (letter, phoenix_job_offer_get_id (offer));
  if (!phoenix_letter_store_save (vault (self), letter, &error))
    {
      show_toast (self, error->message);
      return;
    }
  g_list_store_insert (self->letters, 0, letter);
  gtk_single_selection_set_selected (self->selection, 0);
  open_letter (self, letter);
}

static void
new_letter_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PhoenixLettersPage *self = PHOENIX_LETTERS_PAGE (widget);
  PhoenixNewLetterDialog *dialog;

  if (phoenix_context_get_profile (self->context) == NULL)
    return;
  dialog = phoenix_new_letter_dialog_new (self->context, offers (self));
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (widget)));
  g_signal_connect_object (dialog, "letter-created", G_CALLBACK (letter_created_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  _phoenix_letters_page_set_last_dialog (self, GTK_WINDOW (dialog));
}

/* The composer's button: the letter's application made, or marked sent. */
static void
application_requested_cb (PhoenixLettersPage *self,
                          PhoenixLetter      *letter)
{
  g_autoptr(PhoenixJobApplication) app = find_application (self, phoenix_letter_get_application_id (letter));
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  PhoenixJobApplication *apps[1];

  if (app == NULL)
    {
      g_autoptr(PhoenixJobOffer) offer = find_offer (self, phoenix_letter_get_offer_id (letter));

      app = phoenix_job_application_new (offer != NULL ? phoenix_job_offer_get_company (offer) : "",
                                         offer != NULL ? phoenix_job_offer_get_title (offer) : phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_TITLE));
      if (offer != NULL)
        {
          phoenix_job_application_set_offer_id (app, phoenix_job_offer_get_id (offer));
          phoenix_job_application_set_sector (app, phoenix_sector_from_occupation (phoenix_job_offer_get_occupation (offer)));
        }
      phoenix_job_application_set_cv_variant (app, phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_CV_VARIANT));
      phoenix_job_application_set_letter_template (app, phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_TEMPLATE));
      phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_TO_APPLY, now, NULL);
      apps[0] = app;
      if (!phoenix_application_store_save (vault (self), apps, 1, &error))
        {
          show_toast (self, error->message);
          return;
        }
      phoenix_letter_set_application_id (letter, phoenix_job_application_get_id (app));
      if (!phoenix_letter_store_save (vault (self), letter, &error))
        {
          show_toast (self, error->message);
          return;
        }
      g_list_store_insert (phoenix_application_tracker_get_applications (self->tracker), 0, app);
      if (reminders (self) != NULL)
        g_list_store_insert (phoenix_follow_up_reminders_get_applications (reminders (self)), 0, app);
      show_toast (self, _("Application created"));
    }
  else if (phoenix_job_application_get_status (app) == PHOENIX_APPLICATION_STATUS_TO_APPLY)
    {
      phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_SENT, now, NULL);
      if (phoenix_job_application_get_follow_up_days (app) == 0)
        phoenix_job_application_set_follow_up_days (app, DEFAULT_FOLLOW_UP_DAYS);
      apps[0] = app;
      if (!phoenix_application_store_save (vault (self), apps, 1, &error))
        {
          show_toast (self, error->message);
          return;
        }
      show_toast (self, _("Application marked as sent"));
    }
  phoenix_application_tracker_refresh (self->tracker);
  check_reminders (self);
  update_application_button (self, letter);
}

static void
application_saved_cb (PhoenixLettersPage *self)
{
  phoenix_application_tracker_refresh (self->tracker);
  check_reminders (self);
  if (phoenix_letter_composer_get_letter (self->composer) != NULL)
    update_application_button (self, phoenix_letter_composer_get_letter (self->composer));
}

static void
application_deleted_cb (PhoenixLettersPage       *self,
                        PhoenixApplicationDialog *dialog)
{
  PhoenixJobApplication *app = g_object_get_data (G_OBJECT (dialog), "application");
  GListStore *store = phoenix_application_tracker_get_applications (self->tracker);
  guint position;

  if (app != NULL && g_list_store_find (store, app, &position))
    g_list_store_remove (store, position);
  if (app != NULL && reminders (self) != NULL)
    {
      store = phoenix_follow_up_reminders_get_applications (reminders (self));
      if (g_list_store_find (store, app, &position))
        g_list_store_remove (store, position);
    }
  for (guint i = 0; app != NULL && i < g_list_model_get_n_items (G_LIST_MODEL (self->letters)); i++)
    {
      g_autoptr(PhoenixLetter) letter = g_list_model_get_item (G_LIST_MODEL (self->letters), i);

      if (phoenix_letter_get_application_id (letter) == phoenix_job_application_get_id (app))
        phoenix_letter_set_application_id (letter, 0);  /* the store did the same */
    }
  application_saved_cb (self);
}

static void
cv_tailored_cb (PhoenixLettersPage *self)
{
  g_signal_emit (self, signals[CV_VARIANTS_CHANGED], 0);
}

static void
application_activated_cb (PhoenixLettersPage    *self,
                          PhoenixJobApplication *app)
{
  g_autoptr(PhoenixJobOffer) offer = find_offer (self, phoenix_job_application_get_offer_id (app));
  PhoenixApplicationDialog *dialog = phoenix_application_dialog_new (self->context, app, offer);

  g_object_set_data_full (G_OBJECT (dialog), "application", g_object_ref (app), g_object_unref);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (application_saved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "deleted", G_CALLBACK (application_deleted_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "cv-tailored", G_CALLBACK (cv_tailored_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  _phoenix_letters_page_set_last_dialog (self, GTK_WINDOW (dialog));
}

static void
show_reminders_cb (PhoenixLettersPage *self)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "applications");
  phoenix_application_tracker_show_waiting (self->tracker);
  gtk_revealer_set_reveal_child (self->reminder_revealer, FALSE);
}

static void
dismiss_reminders_cb (PhoenixLettersPage *self)
{
  gtk_revealer_set_reveal_child (self->reminder_revealer, FALSE);
}

static void
letter_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  gtk_list_item_set_child (item, _phoenix_letters_two_lines_new ());
}

static void
letter_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  PhoenixLetter *letter = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  const char *title = phoenix_letter_get (letter, PHOENIX_LETTER_FIELD_TITLE);
  g_autoptr(GDateTime) date = g_date_time_new_from_unix_local (phoenix_letter_get_updated_at (letter));
  /* Translators: when a letter was last edited, as strftime() writes it. */
  g_autofree char *when = date != NULL ? g_date_time_format (date, _("%-d %b %Y")) : g_strdup ("");

  _phoenix_letters_two_lines_set (box, title[0] != '\0' ? title : _("Untitled letter"), when);
}

static void
back_clicked_cb (PhoenixLettersPage *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
clear (PhoenixLettersPage *self)
{
  phoenix_letter_composer_set_letter (self->composer, NULL, NULL);
  g_list_store_remove_all (self->letters);
  g_clear_object (&self->offers);
  phoenix_application_tracker_set_applications (self->tracker, NULL);
  gtk_stack_set_visible_child_name (self->composer_stack, "empty");
  gtk_revealer_set_reveal_child (self->reminder_revealer, FALSE);
}

static void
load (PhoenixLettersPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) letters = phoenix_letter_store_list (vault (self), 0, &error);
  guint missed;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);

  if (letters == NULL)
    {
      show_toast (self, error->message);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (letters)); i++)
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (letters), i));
  g_list_store_splice (self->letters, 0, g_list_model_get_n_items (G_LIST_MODEL (self->letters)), items->pdata, items->len);

  /* The applications are the window's reminders' (read at unlock, or now if this page is
   * shown first): the tracker shows the same objects. */
  if (reminders (self) == NULL)
    return;
  if (!phoenix_follow_up_reminders_get_loaded (reminders (self)) &&
      !phoenix_follow_up_reminders_load (reminders (self), &error))
    {
      show_toast (self, error->message);
      return;
    }
  phoenix_application_tracker_set_applications (self->tracker,
                                                G_LIST_MODEL (phoenix_follow_up_reminders_get_applications (reminders (self))));

  /* Follow-ups that fell due while Phoenix was closed: shown here. */
  missed = phoenix_follow_up_reminders_take_missed (reminders (self));
  if (missed > 0)
    {
      g_autofree char *label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u application is waiting for a follow-up",
                                                             "%u applications are waiting for a follow-up",
                                                             missed), missed);

      gtk_label_set_label (self->reminder_label, label);
      gtk_revealer_set_reveal_child (self->reminder_revealer, TRUE);
    }
}

static void
profile_changed_cb (PhoenixLettersPage *self)
{
  if (phoenix_context_get_profile (self->context) != NULL)
    load (self);
  else
    clear (self);
}

static void
phoenix_letters_page_constructed (GObject *object)
{
  PhoenixLettersPage *self = PHOENIX_LETTERS_PAGE (object);
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  G_OBJECT_CLASS (phoenix_letters_page_parent_class)->constructed (object);

  g_assert (PHOENIX_IS_CONTEXT (self->context));
  self->composer = phoenix_letter_composer_new (self->context);
  gtk_widget_set_vexpand (GTK_WIDGET (self->composer), TRUE);
  gtk_box_append (self->composer_box, GTK_WIDGET (self->composer));
  g_signal_connect_object (self->composer, "application-requested", G_CALLBACK (application_requested_cb),
                           self, G_CONNECT_SWAPPED);

  self->letters = g_list_store_new (PHOENIX_TYPE_LETTER);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->letters)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (factory, "setup", G_CALLBACK (letter_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (letter_bind_cb), self);
  gtk_list_view_set_factory (self->letters_view, factory);
  gtk_list_view_set_model (self->letters_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->tracker, "application-activated", G_CALLBACK (application_activated_cb),
                           self, G_CONNECT_SWAPPED);

  self->profile_handler = g_signal_connect_object (self->context, "notify::profile", G_CALLBACK (profile_changed_cb),
                                                   self, G_CONNECT_SWAPPED);
  if (phoenix_context_get_profile (self->context) != NULL)
    load (self);
}

static void
phoenix_letters_page_dispose (GObject *object)
{
  PhoenixLettersPage *self = PHOENIX_LETTERS_PAGE (object);

  if (self->context != NULL)
    g_clear_signal_handler (&self->profile_handler, self->context);
  gtk_widget_dispose_template (GTK_WIDGET (self), PHOENIX_TYPE_LETTERS_PAGE);
  g_clear_object (&self->selection);
  g_clear_object (&self->letters);
  g_clear_object (&self->offers);
  g_clear_object (&self->context);
  g_object_set_data (object, "last-dialog", NULL);

  G_OBJECT_CLASS (phoenix_letters_page_parent_class)->dispose (object);
}

static void
phoenix_letters_page_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  PhoenixLettersPage *self = PHOENIX_LETTERS_PAGE (object);

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
phoenix_letters_page_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  PhoenixLettersPage *self = PHOENIX_LETTERS_PAGE (object);

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
phoenix_letters_page_class_init (PhoenixLettersPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = phoenix_letters_page_constructed;
  object_class->dispose = phoenix_letters_page_dispose;
  object_class->get_property = phoenix_letters_page_get_property;
  object_class->set_property = phoenix_letters_page_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL,
                         PHOENIX_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CV_VARIANTS_CHANGED] =
    g_signal_new ("cv-variants-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (PHOENIX_TYPE_APPLICATION_TRACKER);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/phoenix-letters-page.ui");
  gtk_widget_class_bind_template_child (widget_class, PhoenixLettersPage, view_stack);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLettersPage, leaflet);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLettersPage, letters_view);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLettersPage, composer_stack);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLettersPage, composer_box);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLettersPage, tracker);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLettersPage, reminder_revealer);
  gtk_widget_class_bind_template_child (widget_class, PhoenixLettersPage, reminder_label);
  gtk_widget_class_bind_template_callback (widget_class, show_reminders_cb);
  gtk_widget_class_bind_template_callback (widget_class, dismiss_reminders_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "letters.new", NULL, new_letter_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "letters.new", NULL);
}

static void
phoenix_letters_page_init (PhoenixLettersPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

PhoenixLettersPage *
phoenix_letters_page_new (PhoenixContext *context)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (context), NULL);

  return g_object_new (PHOENIX_TYPE_LETTERS_PAGE, "context", context, NULL);
}

gboolean
phoenix_letters_page_flush (PhoenixLettersPage  *self,
                            GError             **error)
{
  g_return_val_if_fail (PHOENIX_IS_LETTERS_PAGE (self), FALSE);

  if (!phoenix_vault_is_unlocked (vault (self)))
    return TRUE;
  return phoenix_letter_composer_save_now (self->composer, error);
}

PhoenixLetterComposer *
_phoenix_letters_page_get_composer (PhoenixLettersPage *self)
{
  return self->composer;
}

PhoenixApplicationTracker *
_phoenix_letters_page_get_tracker (PhoenixLettersPage *self)
{
  return self->tracker;
}

GListModel *
_phoenix_letters_page_get_letters (PhoenixLettersPage *self)
{
  return G_LIST_MODEL (self->letters);
}

void
_phoenix_letters_page_show (PhoenixLettersPage *self,
                            const char         *view)
{
  adw_view_stack_set_visible_child_name (self->view_stack, view);
}

void
_phoenix_letters_page_set_last_dialog (PhoenixLettersPage *self,
                                       GtkWindow          *dialog)
{
  g_object_set_data_full (G_OBJECT (self), "last-dialog", g_object_ref (dialog), g_object_unref);
}

GtkWindow *
_phoenix_letters_page_get_last_dialog (PhoenixLettersPage *self)
{
  return g_object_get_data (G_OBJECT (self), "last-dialog");
}

void
_phoenix_letters_page_open_application (PhoenixLettersPage    *self,
                                        PhoenixJobApplication *app)
{
  application_activated_cb (self, app);
}

gboolean
_phoenix_letters_page_reminder_shown (PhoenixLettersPage *self)
{
  return gtk_revealer_get_reveal_child (self->reminder_revealer);
}
