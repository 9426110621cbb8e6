/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-training-page"

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-training-page-private.h"

/* The Training page's actions: the target, the deadline, each module's status and certificate,
 * the log, the user's own modules and imported catalogues. */

static void
activate_target_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  PhoenixTrainingPage *self = PHOENIX_TRAINING_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (_phoenix_training_page_get_progress (self) != NULL &&
      !phoenix_training_progress_set_active_target (_phoenix_training_page_get_progress (self), g_variant_get_string (parameter, NULL), &error))
    _phoenix_training_page_toast (self, error->message);
}

static void
choose_target_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _phoenix_training_page_show_target_dialog (PHOENIX_TRAINING_PAGE (widget));
}

static void
remove_target_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  PhoenixTrainingPage *self = PHOENIX_TRAINING_PAGE (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *code = NULL;

  if (_phoenix_training_page_get_progress (self) == NULL)
    return;
  code = g_strdup (phoenix_training_progress_get_active_target (_phoenix_training_page_get_progress (self)));
  if (*code != '\0' && !phoenix_training_progress_remove_target (_phoenix_training_page_get_progress (self), code, &error))
    _phoenix_training_page_toast (self, error->message);
}

static void
clear_deadline_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  PhoenixTrainingPage *self = PHOENIX_TRAINING_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (_phoenix_training_page_get_progress (self) != NULL && !phoenix_training_progress_set_deadline (_phoenix_training_page_get_progress (self), "", &error))
    _phoenix_training_page_toast (self, error->message);
}

static void
set_status (PhoenixTrainingPage *self,
            const char          *id,
            PhoenixModuleStatus  status)
{
  g_autoptr(GError) error = NULL;

  if (_phoenix_training_page_get_progress (self) == NULL)
    return;
  if (!phoenix_training_progress_set_status (_phoenix_training_page_get_progress (self), id, status, NULL, &error))
    {
      _phoenix_training_page_toast (self, error->message);
      return;
    }
  if (status == PHOENIX_MODULE_DONE)
    _phoenix_training_page_offer_certificate (self, id);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  set_status (PHOENIX_TRAINING_PAGE (widget), g_variant_get_string (parameter, NULL), PHOENIX_MODULE_STARTED);
}

static void
done_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  set_status (PHOENIX_TRAINING_PAGE (widget), g_variant_get_string (parameter, NULL), PHOENIX_MODULE_DONE);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  set_status (PHOENIX_TRAINING_PAGE (widget), g_variant_get_string (parameter, NULL), PHOENIX_MODULE_PLANNED);
}

static void
add_certificate_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  _phoenix_training_page_offer_certificate (PHOENIX_TRAINING_PAGE (widget), g_variant_get_string (parameter, NULL));
}

static void
log_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  _phoenix_training_page_show_log_dialog (PHOENIX_TRAINING_PAGE (widget));
}

static void
remove_log_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  PhoenixTrainingPage *self = PHOENIX_TRAINING_PAGE (widget);
  g_autoptr(GError) error = NULL;

  if (_phoenix_training_page_get_progress (self) != NULL &&
      !phoenix_training_progress_remove_log (_phoenix_training_page_get_progress (self), g_variant_get_int64 (parameter), &error))
    _phoenix_training_page_toast (self, error->message);
}

static void
add_module_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _phoenix_training_page_show_module_dialog (PHOENIX_TRAINING_PAGE (widget));
}

static void
import_catalogue_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  _phoenix_training_page_choose_catalogue (PHOENIX_TRAINING_PAGE (widget));
}

void
_phoenix_training_page_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "training.activate-target", "s", activate_target_action);
  gtk_widget_class_install_action (widget_class, "training.choose-target", NULL, choose_target_action);
  gtk_widget_class_install_action (widget_class, "training.remove-target", NULL, remove_target_action);
  gtk_widget_class_install_action (widget_class, "training.clear-deadline", NULL, clear_deadline_action);
  gtk_widget_class_install_action (widget_class, "training.start", "s", start_action);
  gtk_widget_class_install_action (widget_class, "training.done", "s", done_action);
  gtk_widget_class_install_action (widget_class, "training.reset", "s", reset_action);
  gtk_widget_class_install_action (widget_class, "training.add-certificate", "s", add_certificate_action);
  gtk_widget_class_install_action (widget_class, "training.log", NULL, log_action);
  gtk_widget_class_install_action (widget_class, "training.remove-log", "x", remove_log_action);
  gtk_widget_class_install_action (widget_class, "training.add-module", NULL, add_module_action);
  gtk_widget_class_install_action (widget_class, "training.import-catalogue", NULL, import_catalogue_action);
}
