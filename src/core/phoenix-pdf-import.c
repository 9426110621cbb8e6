/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-pdf-import"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "phoenix-pdf-import.h"

#define DEFAULT_TIMEOUT       30
#define DEFAULT_MEMORY_LIMIT  (G_GUINT64_CONSTANT (1) << 30)
#define MAX_OUTPUT            (256 * 1024 * 1024)
#define HELPER_PDF_FD         3

struct _PhoenixPdfImport
{
  GObject   parent_instance;

  char     *helper_path;
  guint     timeout;
  guint64   memory_limit;
  gboolean  sandbox;
  gboolean  sandboxed;
};

enum {
  PROP_0,
  PROP_HELPER_PATH,
  PROP_TIMEOUT,
  PROP_MEMORY_LIMIT,
  PROP_SANDBOX,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (PhoenixPdfImport, phoenix_pdf_import, G_TYPE_OBJECT)

G_DEFINE_QUARK (phoenix-pdf-import-error-quark, phoenix_pdf_import_error)

typedef struct
{
  GSubprocess *process;
  guint        timeout_id;
  gboolean     timed_out;
  GBytes      *password;
  gulong       cancelled_id;
  GCancellable *cancellable;
  gboolean     sandboxed;
} RunData;

static void
run_data_free (gpointer data)
{
  RunData *run = data;

  if (run->timeout_id != 0)
    g_source_remove (run->timeout_id);
  if (run->cancelled_id != 0)
    g_cancellable_disconnect (run->cancellable, run->cancelled_id);
  g_clear_object (&run->cancellable);
  g_clear_object (&run->process);
  g_clear_pointer (&run->password, g_bytes_unref);
  g_free (run);
}

/* ---- Errors ----------------------------------------------------------- */

static const struct
{
  PhoenixPdfImportError code;
  int                   status;
  const char           *name;
} error_table[] = {
  { PHOENIX_PDF_IMPORT_ERROR_NOT_PDF, 10, "not-pdf" },
  { PHOENIX_PDF_IMPORT_ERROR_DAMAGED, 11, "damaged" },
  { PHOENIX_PDF_IMPORT_ERROR_ENCRYPTED, 12, "encrypted" },
  { PHOENIX_PDF_IMPORT_ERROR_NO_TEXT, 13, "no-text" },
  { PHOENIX_PDF_IMPORT_ERROR_TOO_LARGE, 14, "too-large" },
  { PHOENIX_PDF_IMPORT_ERROR_TIMEOUT, 15, "timeout" },
  { PHOENIX_PDF_IMPORT_ERROR_CRASHED, 16, "crashed" },
  { PHOENIX_PDF_IMPORT_ERROR_FAILED, 1, "failed" },
};

int
phoenix_pdf_import_error_to_exit_status (PhoenixPdfImportError code)
{
  for (gsize i = 0; i < G_N_ELEMENTS (error_table); i++)
    if (error_table[i].code == code)
      return error_table[i].status;
  return 1;
}

gboolean
phoenix_pdf_import_error_from_exit_status (int                    status,
                                           PhoenixPdfImportError *code)
{
  if (status == 0)
    return FALSE;
  for (gsize i = 0; i < G_N_ELEMENTS (error_table); i++)
    if (error_table[i].status == status)
      {
        *code = error_table[i].code;
        return TRUE;
      }
  *code = PHOENIX_PDF_IMPORT_ERROR_FAILED;
  return TRUE;
}

const char *
phoenix_pdf_import_error_to_string (PhoenixPdfImportError code)
{
  for (gsize i = 0; i < G_N_ELEMENTS (error_table); i++)
    if (error_table[i].code == code)
      return error_table[i].name;
  return "failed";
}

char *
phoenix_pdf_import_error_message (PhoenixPdfImportError code)
{
  switch (code)
    {
    case PHOENIX_PDF_IMPORT_ERROR_NOT_PDF:
      return g_strdup (_("This file is not a PDF document."));
    case PHOENIX_PDF_IMPORT_ERROR_DAMAGED:
      return g_strdup (_("This PDF is damaged and cannot be read."));
    case PHOENIX_PDF_IMPORT_ERROR_ENCRYPTED:
      return g_strdup (_("This PDF is protected by a password. Enter its password to import it."));
    case PHOENIX_PDF_IMPORT_ERROR_NO_TEXT:
      return g_strdup (_("This PDF has no text, only images (a scanned document?). "
                         "Text recognition (OCR) is not available, so nothing can be imported."));
    case PHOENIX_PDF_IMPORT_ERROR_TOO_LARGE:
      return g_strdup_printf (_("This PDF is too large to be a CV: at most %d pages and %d MB can be imported."),
                              PHOENIX_PDF_IMPORT_MAX_PAGES, PHOENIX_PDF_IMPORT_MAX_BYTES / (1024 * 1024));
    case PHOENIX_PDF_IMPORT_ERROR_TIMEOUT:
      return g_strdup (_("Reading this PDF took too long and was stopped."));
    case PHOENIX_PDF_IMPORT_ERROR_CRASHED:
      return g_strdup (_("Reading this PDF failed: the reader stopped unexpectedly (the file may be malformed "
                         "or too complex). Phoenix and your data are not affected."));
    case PHOENIX_PDF_IMPORT_ERROR_FAILED:
    default:
      return g_strdup (_("This PDF could not be imported."));
    }
}

static void
set_import_error (GError                **error,
                  PhoenixPdfImportError   code)
{
  g_autofree char *message = phoenix_pdf_import_error_message (code);

  g_set_error_literal (error, PHOENIX_PDF_IMPORT_ERROR, code, message);
}

/* ---- Sandbox ---------------------------------------------------------- */

typedef struct
{
  guint64 memory_limit;
} ChildSetup;

static void
child_setup (gpointer user_data)
{
  ChildSetup *setup = user_data;
  struct rlimit limit;

  /* Runs between fork and exec: async-signal-safe calls only. */
  limit.rlim_cur = limit.rlim_max = (rlim_t) setup->memory_limit;
  setrlimit (RLIMIT_AS, &limit);
  limit.rlim_cur = limit.rlim_max = 0;
  setrlimit (RLIMIT_CORE, &limit);
  setrlimit (RLIMIT_FSIZE, &limit);
}

static gboolean
in_flatpak (void)
{
  return g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS);
}

static void
add_system_dir (GPtrArray  *argv,
                const char *dir)
{
  if (g_file_test (dir, G_FILE_TEST_IS_SYMLINK))
    {
      g_autofree char *target = g_file_read_link (dir, NULL);
      if (target != NULL)
        {
          g_ptr_array_add (argv, g_strdup ("--symlink"));
          g_ptr_array_add (argv, g_steal_pointer (&target));
          g_ptr_array_add (argv, g_strdup (dir));
        }
      return;
    }
  if (!g_file_test (dir, G_FILE_TEST_IS_DIR) && !g_file_test (dir, G_FILE_TEST_EXISTS))
    return;
  g_ptr_array_add (argv, g_strdup ("--ro-bind"));
  g_ptr_array_add (argv, g_strdup (dir));
  g_ptr_array_add (argv, g_strdup (dir));
}

static void
add_bwrap_prefix (GPtrArray  *argv,
                  const char *bwrap,
                  const char *helper)
{
  static const char * const dirs[] = {
    "/usr", "/lib", "/lib64", "/lib32", "/libx32", "/bin", "/sbin",
    "/etc/fonts", "/etc/ld.so.cache", "/etc/ld.so.conf", "/etc/ld.so.conf.d", "/etc/alternatives",
    "/etc/localtime", "/usr/share/poppler",
  };
  g_autofree char *helper_dir = g_path_get_dirname (helper);

  g_ptr_array_add (argv, g_strdup (bwrap));
  g_ptr_array_add (argv, g_strdup ("--unshare-all"));
  g_ptr_array_add (argv, g_strdup ("--die-with-parent"));
  g_ptr_array_add (argv, g_strdup ("--new-session"));
  g_ptr_array_add (argv, g_strdup ("--cap-drop"));
  g_ptr_array_add (argv, g_strdup ("ALL"));
  for (gsize i = 0; i < G_N_ELEMENTS (dirs); i++)
    add_system_dir (argv, dirs[i]);
  g_ptr_array_add (argv, g_strdup ("--proc"));
  g_ptr_array_add (argv, g_strdup ("/proc"));
  g_ptr_array_add (argv, g_strdup ("--dev"));
  g_ptr_array_add (argv, g_strdup ("/dev"));
  /* The helper itself, read-only, when it lives outside /usr (a build tree). */
  if (!g_str_has_prefix (helper, "/usr/"))
    {
      g_ptr_array_add (argv, g_strdup ("--ro-bind"));
      g_ptr_array_add (argv, g_strdup (helper));
      g_ptr_array_add (argv, g_strdup (helper));
    }
  g_ptr_array_add (argv, g_strdup ("--chdir"));
  g_ptr_array_add (argv, g_strdup ("/"));
  g_ptr_array_add (argv, g_strdup ("--"));
}

/* Whether bwrap can set up a sandbox here (user namespaces may be off). */
static gboolean
bwrap_works (const char *bwrap)
{
  static gsize checked = 0;
  static gboolean works = FALSE;

  if (g_once_init_enter (&checked))
    {
      const char *argv[] = { bwrap, "--unshare-all", "--die-with-parent", "--new-session",
                             "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib",
                             "--symlink", "usr/lib64", "/lib64", "--symlink", "usr/bin", "/bin",
                             "--", "/usr/bin/true", NULL };
      int status = 0;

      if (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                        NULL, NULL, NULL, NULL, &status, NULL))
        works = g_spawn_check_wait_status (status, NULL);
      if (!works)
        g_debug ("bwrap cannot create a sandbox here; the PDF import helper runs with limits only");
      g_once_init_leave (&checked, 1);
    }
  return works;
}

/* ---- Run -------------------------------------------------------------- */

static gboolean
kill_cb (gpointer user_data)
{
  GTask *task = user_data;
  RunData *run = g_task_get_task_data (task);

  run->timeout_id = 0;
  g_subprocess_force_exit (run->process);
  return G_SOURCE_REMOVE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  GTask *task = user_data;
  RunData *run = g_task_get_task_data (task);

  /* SIGTERM first, which flatpak-spawn passes on to the helper; SIGKILL
   * a moment later if it is still there. */
  run->timed_out = TRUE;
  g_subprocess_send_signal (run->process, SIGTERM);
  run->timeout_id = g_timeout_add (500, kill_cb, task);
  return G_SOURCE_REMOVE;
}

static void
cancelled_cb (GCancellable *cancellable,
              gpointer      user_data)
{
  RunData *run = user_data;

  if (run->process != NULL)
    g_subprocess_force_exit (run->process);
}

static gboolean
self_sandboxed (GTask *task)
{
  RunData *run = g_task_get_task_data (task);
  return run->sandboxed;
}

static void
communicate_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GSubprocess *process = G_SUBPROCESS (source);
  RunData *run = g_task_get_task_data (task);
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = NULL;
  PhoenixCvParse *parse;
  PhoenixPdfImportError code;

  if (!g_subprocess_communicate_finish (process, result, &out, &err, &error))
    {
      /* A pipe error once the helper died: judged by how it ended below. */
      g_debug ("communicate: %s", error->message);
      g_clear_error (&error);
      g_subprocess_wait (process, NULL, NULL);
    }
  if (run->timeout_id != 0)
    {
      g_source_remove (run->timeout_id);
      run->timeout_id = 0;
    }

  if (g_task_return_error_if_cancelled (task))
    return;
  if (run->timed_out)
    {
      set_import_error (&error, PHOENIX_PDF_IMPORT_ERROR_TIMEOUT);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* Killed by a signal; under bwrap, that shows as an exit status of 128 + signal. */
  if (g_subprocess_get_if_signaled (process)
      || (self_sandboxed (task) && g_subprocess_get_exit_status (process) > 128
          && g_subprocess_get_exit_status (process) <= 128 + 64))
    {
      int sig = g_subprocess_get_if_signaled (process) ? g_subprocess_get_term_sig (process)
                                                       : g_subprocess_get_exit_status (process) - 128;
      g_message ("The PDF import helper was killed by signal %d", sig);
      set_import_error (&error, PHOENIX_PDF_IMPORT_ERROR_CRASHED);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (phoenix_pdf_import_error_from_exit_status (g_subprocess_get_exit_status (process), &code))
    {
      if (err != NULL && g_bytes_get_size (err) > 0)
        g_debug ("helper: %.*s", (int) MIN (g_bytes_get_size (err), 2000), (const char *) g_bytes_get_data (err, NULL));
      set_import_error (&error, code);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  parser = json_parser_new ();
  if (out == NULL || g_bytes_get_size (out) > MAX_OUTPUT
      || !json_parser_load_from_data (parser, g_bytes_get_data (out, NULL), (gssize) g_bytes_get_size (out), NULL)
      || (parse = phoenix_cv_parse_new_from_json (json_parser_get_root (parser), NULL)) == NULL)
    {
      set_import_error (&error, PHOENIX_PDF_IMPORT_ERROR_FAILED);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_return_pointer (task, parse, g_object_unref);
}

static void
phoenix_pdf_import_finalize (GObject *object)
{
  PhoenixPdfImport *self = PHOENIX_PDF_IMPORT (object);

  g_clear_pointer (&self->helper_path, g_free);

  G_OBJECT_CLASS (phoenix_pdf_import_parent_class)->finalize (object);
}

static void
phoenix_pdf_import_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  PhoenixPdfImport *self = PHOENIX_PDF_IMPORT (object);

  switch (prop_id)
    {
    case PROP_HELPER_PATH:
      g_value_set_string (value, phoenix_pdf_import_get_helper_path (self));
      break;
    case PROP_TIMEOUT:
      g_value_set_uint (value, self->timeout);
      break;
    case PROP_MEMORY_LIMIT:
      g_value_set_uint64 (value, self->memory_limit);
      break;
    case PROP_SANDBOX:
      g_value_set_boolean (value, self->sandbox);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_pdf_import_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  PhoenixPdfImport *self = PHOENIX_PDF_IMPORT (object);

  switch (prop_id)
    {
    case PROP_HELPER_PATH:
      phoenix_pdf_import_set_helper_path (self, g_value_get_string (value));
      break;
    case PROP_TIMEOUT:
      phoenix_pdf_import_set_timeout (self, g_value_get_uint (value));
      break;
    case PROP_MEMORY_LIMIT:
      phoenix_pdf_import_set_memory_limit (self, g_value_get_uint64 (value));
      break;
    case PROP_SANDBOX:
      phoenix_pdf_import_set_sandbox (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
phoenix_pdf_import_class_init (PhoenixPdfImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = phoenix_pdf_import_finalize;
  object_class->get_property = phoenix_pdf_import_get_property;
  object_class->set_property = phoenix_pdf_import_set_property;

  properties[PROP_HELPER_PATH] =
    g_param_spec_string ("helper-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TIMEOUT] =
    g_param_spec_uint ("timeout", NULL, NULL, 1, 3600, DEFAULT_TIMEOUT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEMORY_LIMIT] =
    g_param_spec_uint64 ("memory-limit", NULL, NULL, 16 * 1024 * 1024, G_MAXUINT64, DEFAULT_MEMORY_LIMIT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SANDBOX] =
    g_param_spec_boolean ("sandbox", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
phoenix_pdf_import_init (PhoenixPdfImport *self)
{
  self->timeout = DEFAULT_TIMEOUT;
  self->memory_limit = DEFAULT_MEMORY_LIMIT;
  self->sandbox = TRUE;
}

PhoenixPdfImport *
phoenix_pdf_import_new (void)
{
  return g_object_new (PHOENIX_TYPE_PDF_IMPORT, NULL);
}

const char *
phoenix_pdf_import_get_helper_path (PhoenixPdfImport *self)
{
  g_return_val_if_fail (PHOENIX_IS_PDF_IMPORT (self), NULL);

  if (self->helper_path == NULL)
    {
      const char *env = g_getenv ("PHOENIX_IMPORT_HELPER");
      if (env != NULL && *env != '\0')
        self->helper_path = g_strdup (env);
      else
        self->helper_path = g_build_filename (LIBEXECDIR, "phoenix-import-helper", NULL);
    }
  return self->helper_path;
}

void
phoenix_pdf_import_set_helper_path (PhoenixPdfImport *self,
                                    const char       *helper_path)
{
  g_return_if_fail (PHOENIX_IS_PDF_IMPORT (self));

  if (g_strcmp0 (self->helper_path, helper_path) == 0)
    return;
  g_free (self->helper_path);
  self->helper_path = g_strdup (helper_path);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HELPER_PATH]);
}

guint
phoenix_pdf_import_get_timeout (PhoenixPdfImport *self)
{
  g_return_val_if_fail (PHOENIX_IS_PDF_IMPORT (self), 0);
  return self->timeout;
}

void
phoenix_pdf_import_set_timeout (PhoenixPdfImport *self,
                                guint             seconds)
{
  g_return_if_fail (PHOENIX_IS_PDF_IMPORT (self));

  if (self->timeout == seconds)
    return;
  self->timeout = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TIMEOUT]);
}

guint64
phoenix_pdf_import_get_memory_limit (PhoenixPdfImport *self)
{
  g_return_val_if_fail (PHOENIX_IS_PDF_IMPORT (self), 0);
  return self->memory_limit;
}

void
phoenix_pdf_import_set_memory_limit (PhoenixPdfImport *self,
                                     guint64           bytes)
{
  g_return_if_fail (PHOENIX_IS_PDF_IMPORT (self));

  if (self->memory_limit == bytes)
    return;
  self->memory_limit = bytes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEMORY_LIMIT]);
}

gboolean
phoenix_pdf_import_get_sandbox (PhoenixPdfImport *self)
{
  g_return_val_if_fail (PHOENIX_IS_PDF_IMPORT (self), FALSE);
  return self->sandbox;
}

void
phoenix_pdf_import_set_sandbox (PhoenixPdfImport *self,
                                gboolean          sandbox)
{
  g_return_if_fail (PHOENIX_IS_PDF_IMPORT (self));

  sandbox = !!sandbox;
  if (self->sandbox == sandbox)
    return;
  self->sandbox = sandbox;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SANDBOX]);
}

gboolean
phoenix_pdf_import_get_sandboxed (PhoenixPdfImport *self)
{
  g_return_val_if_fail (PHOENIX_IS_PDF_IMPORT (self), FALSE);
  return self->sandboxed;
}

void
phoenix_pdf_import_run_async (PhoenixPdfImport    *self,
                              GFile               *file,
                              const char          *password,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *bwrap = NULL;
  g_autofree char *fd_arg = g_strdup_printf ("%d", HELPER_PDF_FD);
  const char *helper;
  ChildSetup *setup;
  RunData *run;
  int fd;

  g_return_if_fail (PHOENIX_IS_PDF_IMPORT (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, phoenix_pdf_import_run_async);

  path = g_file_get_path (file);
  fd = path != NULL ? g_open (path, O_RDONLY | O_CLOEXEC, 0) : -1;
  if (fd < 0)
    {
      g_task_return_new_error (task, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_FAILED,
                               _("Could not open “%s”: %s"),
                               path != NULL ? path : g_file_peek_path (file), g_strerror (errno));
      return;
    }

  helper = phoenix_pdf_import_get_helper_path (self);
  self->sandboxed = FALSE;
  if (self->sandbox && g_getenv ("PHOENIX_IMPORT_NO_SANDBOX") == NULL)
    {
      if (in_flatpak ())
        {
          g_ptr_array_add (argv, g_strdup ("flatpak-spawn"));
          g_ptr_array_add (argv, g_strdup ("--sandbox"));
          g_ptr_array_add (argv, g_strdup ("--no-network"));
          g_ptr_array_add (argv, g_strdup ("--watch-bus"));
          g_ptr_array_add (argv, g_strdup ("--clear-env"));
          g_ptr_array_add (argv, g_strdup_printf ("--forward-fd=%d", HELPER_PDF_FD));
          self->sandboxed = TRUE;
        }
      else if ((bwrap = g_find_program_in_path ("bwrap")) != NULL && bwrap_works (bwrap))
        {
          add_bwrap_prefix (argv, bwrap, helper);
          self->sandboxed = TRUE;
        }
    }
  g_ptr_array_add (argv, g_strdup (helper));
  g_ptr_array_add (argv, g_strdup ("--fd"));
  g_ptr_array_add (argv, g_strdup (fd_arg));
  g_ptr_array_add (argv, g_strdup ("--no-lines"));
  /* The helper limits itself too: under flatpak-spawn, the limits set here
   * in the child apply to flatpak-spawn, not to the sandboxed helper. */
  g_ptr_array_add (argv, g_strdup_printf ("--limit-memory=%" G_GUINT64_FORMAT, self->memory_limit));
  g_ptr_array_add (argv, g_strdup_printf ("--limit-cpu=%u", self->timeout + 1));
  if (password != NULL)
    g_ptr_array_add (argv, g_strdup ("--password-stdin"));
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_take_fd (launcher, fd, HELPER_PDF_FD);
  setup = g_new0 (ChildSetup, 1);
  setup->memory_limit = self->memory_limit;
  g_subprocess_launcher_set_child_setup (launcher, child_setup, setup, g_free);

  run = g_new0 (RunData, 1);
  run->sandboxed = self->sandboxed;
  g_task_set_task_data (task, run, run_data_free);
  run->process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  if (run->process == NULL)
    {
      g_task_return_new_error (task, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_FAILED,
                               _("Could not start the PDF reader: %s"), error->message);
      return;
    }
  /* The password goes through stdin (an empty one when there is none). */
  run->password = g_bytes_new (password != NULL ? password : "", password != NULL ? strlen (password) : 0);
  run->timeout_id = g_timeout_add_seconds (self->timeout, timeout_cb, task);
  if (cancellable != NULL)
    {
      run->cancellable = g_object_ref (cancellable);
      run->cancelled_id = g_cancellable_connect (cancellable, G_CALLBACK (cancelled_cb), run, NULL);
    }
  g_subprocess_communicate_async (run->process, run->password, NULL, communicate_cb, g_object_ref (task));
}

PhoenixCvParse *
phoenix_pdf_import_run_finish (PhoenixPdfImport  *self,
                               GAsyncResult      *result,
                               GError           **error)
{
  g_return_val_if_fail (PHOENIX_IS_PDF_IMPORT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
