/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-profile-autosave"

#include "config.h"

#include "phoenix-cv-variant.h"
#include "phoenix-profile-autosave.h"

/* A save waits this long after the last change. */
#define DEFAULT_DELAY_MS 400
/* After a failed save, try again this often (edits stay in memory meanwhile). */
#define DEFAULT_RETRY_SECONDS 10

struct _PhoenixProfileAutosave
{
  GObject         parent_instance;

  PhoenixVault   *vault;
  PhoenixProfile *profile;
  GListStore     *variants;        /* to save with the next save, or NULL */
  guint64         saved_serial;    /* the profile's entries serial at the last whole save */
  guint           delay_ms;
  guint           retry_seconds;
  guint           save_id;
  guint           retry_id;
  gboolean        dirty;
  gboolean        failure_shown;
};

enum {
  SAVE_FAILED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (PhoenixProfileAutosave, phoenix_profile_autosave, G_TYPE_OBJECT)

static gboolean
save_now (PhoenixProfileAutosave  *self,
          GError                 **error)
{
  guint64 serial = phoenix_profile_get_entries_serial (self->profile);
  gboolean saved;

  if (!self->dirty)
    return TRUE;

  if (serial != self->saved_serial)
    saved = phoenix_profile_save (self->profile, self->vault, error);
  else
    saved = phoenix_profile_save_person (self->profile, self->vault, error);
  if (saved)
    self->saved_serial = serial;

  if (saved && self->variants != NULL)
    {
      saved = phoenix_cv_variants_save (self->variants, self->vault, error);
      if (saved)
        g_clear_object (&self->variants);
    }

  if (saved)
    {
      self->dirty = FALSE;
      self->failure_shown = FALSE;
      g_clear_handle_id (&self->retry_id, g_source_remove);
    }

  return saved;
}

static gboolean
retry_cb (gpointer user_data)
{
  PhoenixProfileAutosave *self = PHOENIX_PROFILE_AUTOSAVE (user_data);
  g_autoptr(GError) error = NULL;

  if (save_now (self, &error))
    {
      self->retry_id = 0;
      return G_SOURCE_REMOVE;
    }

  g_debug ("Saving again failed: %s", error->message);
  return G_SOURCE_CONTINUE;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  PhoenixProfileAutosave *self = PHOENIX_PROFILE_AUTOSAVE (user_data);
  g_autoptr(GError) error = NULL;

  self->save_id = 0;
  if (save_now (self, &error))
    return G_SOURCE_REMOVE;

  if (self->retry_id == 0)
    self->retry_id = g_timeout_add_seconds (self->retry_seconds, retry_cb, self);
  /* Told once until a save works again; the edits stay in memory meanwhile. */
  if (!self->failure_shown)
    {
      self->failure_shown = TRUE;
      g_signal_emit (self, signals[SAVE_FAILED], 0, error);
    }

  return G_SOURCE_REMOVE;
}

static void
schedule_save (PhoenixProfileAutosave *self)
{
  self->dirty = TRUE;
  g_clear_handle_id (&self->save_id, g_source_remove);
  self->save_id = g_timeout_add (self->delay_ms, save_timeout_cb, self);
}

static void
profile_changed_cb (PhoenixProfileAutosave *self)
{
  schedule_save (self);
}

static void
phoenix_profile_autosave_dispose (GObject *object)
{
  PhoenixProfileAutosave *self = PHOENIX_PROFILE_AUTOSAVE (object);

  g_clear_handle_id (&self->save_id, g_source_remove);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  if (self->dirty)
    g_warning ("Unsaved CV edits dropped: the vault was locked before they could be saved");
  self->dirty = FALSE;
  if (self->profile != NULL)
    g_signal_handlers_disconnect_by_data (self->profile, self);
  g_clear_object (&self->profile);
  g_clear_object (&self->variants);
  g_clear_object (&self->vault);

  G_OBJECT_CLASS (phoenix_profile_autosave_parent_class)->dispose (object);
}

static void
phoenix_profile_autosave_class_init (PhoenixProfileAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = phoenix_profile_autosave_dispose;

  /**
   * PhoenixProfileAutosave::save-failed:
   * @error: why (translated, for the user)
   *
   * A save failed; emitted once until a save works again. The edits stay in memory.
   */
  signals[SAVE_FAILED] =
    g_signal_new ("save-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_ERROR);
}

static void
phoenix_profile_autosave_init (PhoenixProfileAutosave *self)
{
  self->delay_ms = DEFAULT_DELAY_MS;
  self->retry_seconds = DEFAULT_RETRY_SECONDS;
}

PhoenixProfileAutosave *
phoenix_profile_autosave_new (PhoenixVault   *vault,
                              PhoenixProfile *profile)
{
  PhoenixProfileAutosave *self;

  g_return_val_if_fail (PHOENIX_IS_VAULT (vault), NULL);
  g_return_val_if_fail (PHOENIX_IS_PROFILE (profile), NULL);

  self = g_object_new (PHOENIX_TYPE_PROFILE_AUTOSAVE, NULL);
  self->vault = g_object_ref (vault);
  self->profile = g_object_ref (profile);
  /* The profile as read from the vault: nothing to save yet. */
  self->saved_serial = phoenix_profile_get_entries_serial (profile);
  g_signal_connect_object (profile, "changed", G_CALLBACK (profile_changed_cb), self, G_CONNECT_SWAPPED);
  return self;
}

PhoenixProfile *
phoenix_profile_autosave_get_profile (PhoenixProfileAutosave *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE_AUTOSAVE (self), NULL);

  return self->profile;
}

gboolean
phoenix_profile_autosave_get_pending (PhoenixProfileAutosave *self)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE_AUTOSAVE (self), FALSE);

  return self->dirty;
}

void
phoenix_profile_autosave_variants_changed (PhoenixProfileAutosave *self,
                                           GListStore             *variants)
{
  g_return_if_fail (PHOENIX_IS_PROFILE_AUTOSAVE (self));
  g_return_if_fail (G_IS_LIST_STORE (variants));

  g_set_object (&self->variants, variants);
  schedule_save (self);
}

gboolean
phoenix_profile_autosave_flush (PhoenixProfileAutosave  *self,
                                GError                 **error)
{
  g_return_val_if_fail (PHOENIX_IS_PROFILE_AUTOSAVE (self), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  g_clear_handle_id (&self->save_id, g_source_remove);
  /* A locked vault refuses the save with its own error. */
  if (save_now (self, error))
    return TRUE;
  /* The caller tells the user; the edits are tried again later. */
  if (self->retry_id == 0)
    self->retry_id = g_timeout_add_seconds (self->retry_seconds, retry_cb, self);
  return FALSE;
}

void
phoenix_profile_autosave_forget_pending (PhoenixProfileAutosave *self)
{
  g_return_if_fail (PHOENIX_IS_PROFILE_AUTOSAVE (self));

  g_clear_handle_id (&self->save_id, g_source_remove);
  g_clear_handle_id (&self->retry_id, g_source_remove);
  self->dirty = FALSE;
  self->failure_shown = FALSE;
}

void
phoenix_profile_autosave_set_delays (PhoenixProfileAutosave *self,
                                     guint                   delay_ms,
                                     guint                   retry_seconds)
{
  g_return_if_fail (PHOENIX_IS_PROFILE_AUTOSAVE (self));
  g_return_if_fail (retry_seconds > 0);

  self->delay_ms = delay_ms;
  self->retry_seconds = retry_seconds;
}
