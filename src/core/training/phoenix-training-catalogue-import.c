/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-training-catalogue"

/* A catalogue file read within its byte cap and parsed in a worker thread (issue #14): the
 * main thread neither reads nor parses (phoenix-training-catalogue.h). */

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-json-limits.h"
#include "phoenix-training-catalogue.h"

/* ---- Reading a file, off the main thread ------------------------------------ */

GBytes *
phoenix_training_catalogue_read_file (GFile         *file,
                                      GCancellable  *cancellable,
                                      GError       **error)
{
  g_autofree char *path = NULL;
  char *contents = NULL;
  gsize length = 0;
  gboolean too_large = FALSE;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, _("“%s” is not a local file."), uri);
      return NULL;
    }
  /* The cap holds while reading: a size that stat() did not tell (a pipe, a growing file) stops there. */
  if (!phoenix_file_read_bounded (path, PHOENIX_TRAINING_CATALOGUE_MAX_FILE_SIZE, &contents, &length, &too_large,
                                  error))
    return NULL;
  if (too_large)
    {
      g_set_error (error, PHOENIX_TRAINING_CATALOGUE_ERROR, PHOENIX_TRAINING_CATALOGUE_ERROR_TOO_LARGE,
                   _("The file is too large for a training catalogue (more than %d MB)."),
                   PHOENIX_TRAINING_CATALOGUE_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  return g_bytes_new_take (contents, length);
}

typedef struct
{
  PhoenixTrainingCatalogue *snapshot;
  PhoenixTaxonomy          *taxonomy;
  GFile                    *file;
  PhoenixModuleOrigin       origin;
} ImportData;

static void
import_data_free (gpointer data)
{
  ImportData *import = data;

  g_clear_object (&import->snapshot);
  g_clear_object (&import->taxonomy);
  g_clear_object (&import->file);
  g_free (import);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *import = task_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = g_file_get_basename (import->file);
  GPtrArray *modules;
  GError *error = NULL;
  gsize length = 0;
  const char *data;

  bytes = phoenix_training_catalogue_read_file (import->file, cancellable, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  data = g_bytes_get_data (bytes, &length);
  modules = phoenix_training_catalogue_parse_csv (import->snapshot, import->taxonomy, data != NULL ? data : "", length,
                                                  import->origin, name, &error);
  if (modules == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, modules, (GDestroyNotify) g_ptr_array_unref);
}

void
phoenix_training_catalogue_import_file_async (PhoenixTrainingCatalogue *self,
                                              PhoenixTaxonomy          *taxonomy,
                                              GFile                    *file,
                                              PhoenixModuleOrigin       origin,
                                              GCancellable             *cancellable,
                                              GAsyncReadyCallback       callback,
                                              gpointer                  user_data)
{
  g_autoptr(GTask) task = NULL;
  ImportData *import;

  g_return_if_fail (PHOENIX_IS_TRAINING_CATALOGUE (self));
  g_return_if_fail (PHOENIX_IS_TAXONOMY (taxonomy));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, phoenix_training_catalogue_import_file_async);
  import = g_new0 (ImportData, 1);
  /* The worker reads a snapshot: the catalogue itself may change on the main thread meanwhile. */
  import->snapshot = phoenix_training_catalogue_copy (self);
  import->taxonomy = g_object_ref (taxonomy);
  import->file = g_object_ref (file);
  import->origin = origin;
  g_task_set_task_data (task, import, import_data_free);
  g_task_run_in_thread (task, import_thread);
}

GPtrArray *
phoenix_training_catalogue_import_file_finish (PhoenixTrainingCatalogue  *self,
                                               GAsyncResult              *result,
                                               GError                   **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
