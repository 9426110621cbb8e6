/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-context"

#include "config.h"

#include "phoenix-context.h"
#include "phoenix-occupation-matcher.h"

struct _PhoenixContext
{
  GObject                parent_instance;

  PhoenixVault          *vault;
  GSettings             *settings;
  PhoenixFlywheelClient *flywheel;  /* made on first use; no socket before consent */
  PhoenixProfile        *profile;
  PhoenixProfileAutosave *autosave;  /* the profile's, set by the window that made it */
  PhoenixFollowUpReminders *reminders;  /* the same */
  char                  *taxonomy_path;

  /* The taxonomy is mapped under the lock, from any thread. */
  GMutex                 taxonomy_lock;
  PhoenixTaxonomy       *taxonomy;
  gboolean               taxonomy_prepared;
  PhoenixSkillExtractor *extractor;
};

enum {
  PROP_0,
  PROP_VAULT,
  PROP_SETTINGS,
  PROP_PROFILE,
  PROP_TAXONOMY_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixContext, phoenix_context, G_TYPE_OBJECT)

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  PhoenixContext *self = source_object;
  g_autoptr(GError) error = NULL;
  PhoenixTaxonomy *taxonomy = phoenix_context_get_taxonomy (self, &error);

  if (taxonomy == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  phoenix_occupation_matcher_prepare (taxonomy);

  g_mutex_lock (&self->taxonomy_lock);
  self->taxonomy_prepared = TRUE;
  g_mutex_unlock (&self->taxonomy_lock);

  g_task_return_boolean (task, TRUE);
}

static void
phoenix_context_dispose (GObject *object)
{
  PhoenixContext *self = PHOENIX_CONTEXT (object);

  g_clear_object (&self->autosave);
  g_clear_object (&self->reminders);
  g_clear_object (&self->profile);
  g_clear_object (&self->extractor);

  G_OBJECT_CLASS (phoenix_context_parent_class)->dispose (object);
}

static void
phoenix_context_finalize (GObject *object)
{
  PhoenixContext *self = PHOENIX_CONTEXT (object);

  g_clear_object (&self->vault);
  if (self->flywheel != NULL)
    phoenix_flywheel_client_stop (self->flywheel);
  g_clear_object (&self->flywheel);
  g_clear_object (&self->settings);
  g_clear_object (&self->taxonomy);
  g_clear_pointer (&self->taxonomy_path, g_free);
  g_mutex_clear (&self->taxonomy_lock);

  G_OBJECT_CLASS (phoenix_context_parent_class)->finalize (object);
}

static void
phoenix_context_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  PhoenixContext *self = PHOENIX_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_VAULT:
      g_value_set_object (value, self->vault);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;
    case PROP_TAXONOMY_PATH:
      g_value_set_string (value, self->taxonomy_path);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_context_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  PhoenixContext *self = PHOENIX_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_VAULT:
      self->vault = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_PROFILE:
      phoenix_context_set_profile (self, g_value_get_object (value));
      break;
    case PROP_TAXONOMY_PATH:
      phoenix_context_set_taxonomy_path (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_context_class_init (PhoenixContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phoenix_context_dispose;
  object_class->finalize = phoenix_context_finalize;
  object_class->get_property = phoenix_context_get_property;
  object_class->set_property = phoenix_context_set_property;

  properties[PROP_VAULT] =
    g_param_spec_object ("vault", NULL, NULL,
                         PHOENIX_TYPE_VAULT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL,
                         PHOENIX_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TAXONOMY_PATH] =
    g_param_spec_string ("taxonomy-path", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_context_init (PhoenixContext *self)
{
  g_mutex_init (&self->taxonomy_lock);
  self->taxonomy_path = phoenix_taxonomy_get_default_path ();
}

PhoenixContext *
phoenix_context_new (PhoenixVault *vault,
                     GSettings    *settings)
{
  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (PHOENIX_TYPE_CONTEXT,
                       "vault", vault,
                       "settings", settings,
                       NULL);
}

PhoenixVault *
phoenix_context_get_vault (PhoenixContext *self)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (self), NULL);

  return self->vault;
}

GSettings *
phoenix_context_get_settings (PhoenixContext *self)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (self), NULL);

  return self->settings;
}

PhoenixProfile *
phoenix_context_get_profile (PhoenixContext *self)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (self), NULL);

  return self->profile;
}

void
phoenix_context_set_profile (PhoenixContext *self,
                             PhoenixProfile *profile)
{
  g_return_if_fail (PHOENIX_IS_CONTEXT (self));
  g_return_if_fail (profile == NULL || PHOENIX_IS_PROFILE (profile));

  if (g_set_object (&self->profile, profile))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
}

PhoenixProfileAutosave *
phoenix_context_get_autosave (PhoenixContext *self)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (self), NULL);

  return self->autosave;
}

void
phoenix_context_set_autosave (PhoenixContext         *self,
                              PhoenixProfileAutosave *autosave)
{
  g_return_if_fail (PHOENIX_IS_CONTEXT (self));
  g_return_if_fail (autosave == NULL || PHOENIX_IS_PROFILE_AUTOSAVE (autosave));

  g_set_object (&self->autosave, autosave);
}

PhoenixFollowUpReminders *
phoenix_context_get_reminders (PhoenixContext *self)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (self), NULL);

  return self->reminders;
}

void
phoenix_context_set_reminders (PhoenixContext           *self,
                               PhoenixFollowUpReminders *reminders)
{
  g_return_if_fail (PHOENIX_IS_CONTEXT (self));
  g_return_if_fail (reminders == NULL || PHOENIX_IS_FOLLOW_UP_REMINDERS (reminders));

  g_set_object (&self->reminders, reminders);
}

const char *
phoenix_context_get_taxonomy_path (PhoenixContext *self)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (self), NULL);

  return self->taxonomy_path;
}

/* Only before the taxonomy is first used (tests, the CLI's --taxonomy). */
void
phoenix_context_set_taxonomy_path (PhoenixContext *self,
                                   const char     *path)
{
  g_autofree char *fallback = NULL;

  g_return_if_fail (PHOENIX_IS_CONTEXT (self));

  if (path == NULL)
    path = fallback = phoenix_taxonomy_get_default_path ();

  g_mutex_lock (&self->taxonomy_lock);
  if (self->taxonomy != NULL)
    {
      g_mutex_unlock (&self->taxonomy_lock);
      g_critical ("The taxonomy path cannot change once the taxonomy is loaded");
      return;
    }
  if (g_strcmp0 (self->taxonomy_path, path) == 0)
    {
      g_mutex_unlock (&self->taxonomy_lock);
      return;
    }
  g_free (self->taxonomy_path);
  self->taxonomy_path = g_strdup (path);
  g_mutex_unlock (&self->taxonomy_lock);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TAXONOMY_PATH]);
}

PhoenixTaxonomy *
phoenix_context_get_taxonomy (PhoenixContext  *self,
                              GError         **error)
{
  PhoenixTaxonomy *taxonomy;

  g_return_val_if_fail (PHOENIX_IS_CONTEXT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  g_mutex_lock (&self->taxonomy_lock);
  if (self->taxonomy == NULL)
    self->taxonomy = phoenix_taxonomy_new_from_file (self->taxonomy_path, error);
  taxonomy = self->taxonomy;
  g_mutex_unlock (&self->taxonomy_lock);

  return taxonomy;
}

PhoenixSkillExtractor *
phoenix_context_get_extractor (PhoenixContext  *self,
                               GError         **error)
{
  PhoenixTaxonomy *taxonomy;

  g_return_val_if_fail (PHOENIX_IS_CONTEXT (self), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (self->extractor != NULL)
    return self->extractor;

  taxonomy = phoenix_context_get_taxonomy (self, error);
  if (taxonomy == NULL)
    return NULL;

  self->extractor = phoenix_skill_extractor_new (taxonomy);

  return self->extractor;
}

void
phoenix_context_prepare_async (PhoenixContext      *self,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  gboolean prepared;

  g_return_if_fail (PHOENIX_IS_CONTEXT (self));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, phoenix_context_prepare_async);

  g_mutex_lock (&self->taxonomy_lock);
  prepared = self->taxonomy_prepared;
  g_mutex_unlock (&self->taxonomy_lock);

  if (prepared)
    g_task_return_boolean (task, TRUE);
  else
    g_task_run_in_thread (task, prepare_thread);
}

gboolean
phoenix_context_prepare_finish (PhoenixContext  *self,
                                GAsyncResult    *result,
                                GError         **error)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

PhoenixFlywheelClient *
phoenix_context_get_flywheel_client (PhoenixContext *self)
{
  g_return_val_if_fail (PHOENIX_IS_CONTEXT (self), NULL);

  if (self->flywheel == NULL)
    {
      g_autofree char *url = self->settings != NULL ? g_settings_get_string (self->settings, "flywheel-url")
                                                    : g_strdup ("");

      self->flywheel = phoenix_flywheel_client_new (self->vault, url);
      if (self->settings != NULL)
        g_settings_bind (self->settings, "flywheel-url", self->flywheel, "url", G_SETTINGS_BIND_GET);
    }
  return self->flywheel;
}
