/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-pdf-import"
#define _GNU_SOURCE  /* memfd_create */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/mman.h>
#include <string.h>
#include <unistd.h>

#include "phoenix-photo.h"
#include "phoenix-pdf-import-private.h"
#include "phoenix-sandbox.h"
#include "phoenix-seccomp.h"

#define DEFAULT_TIMEOUT       30
#define DEFAULT_MEMORY_LIMIT  (G_GUINT64_CONSTANT (1) << 30)
/* What is read of the helper's pipes at most, counted while reading: a CV's
 * lines are tens of KB (300 pages of a made-up CV: ~N MB). */
#define MAX_ERRORS            (1024 * 1024)
#define READ_CHUNK            65536
#define HELPER_PDF_FD         3
/* Built with AddressSanitizer (build-aux/dev's sanitizer run): the helper is too. */
#define SANITIZED PHOENIX_SANDBOX_ASAN
#define HELPER_SECCOMP_FD     4
/* How long a killed helper may take to end before the caller is told anyway. */
#define GRACE_MS              2000

struct _PhoenixPdfImport
{
  GObject   parent_instance;

  char     *helper_path;
  guint     timeout;
  guint64   memory_limit;
  gboolean  sandbox;
  gboolean  sandboxed;
  GBytes   *seccomp;    /* the filter's BPF program, built once */
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

/*
 * One run of the helper. It ends once, with exactly one of: the helper's
 * result (it exited and its output was read), a timeout or a cancellation.
 * A killed helper is not waited for on its pipes, only for its own exit:
 * whatever it started dies with it (its process group), and a process that
 * escaped would hold the pipes open for ever.
 */
typedef struct
{
  PhoenixHelperRunMode       mode;
  GSubprocess  *process;
  pid_t         pgid;             /* the helper's process group (it leads it) */
  GBytes       *password;
  GCancellable *io_cancellable;   /* ours: stops reading the pipes */
  GSource      *cancel_source;    /* the caller's cancellable, seen in the task's context */
  GSource      *timeout_source;
  GSource      *kill_source;      /* SIGKILL after the SIGTERM of a timeout */
  GSource      *grace_source;     /* gives up waiting for a killed helper's exit */
  GInputStream *out_stream;
  GInputStream *err_stream;
  GByteArray   *out;              /* a photo: at most PHOENIX_PDF_IMPORT_MAX_REPLY bytes */
  gsize         out_len;          /* bytes read of stdout */
  PhoenixCvLineReader *reader;    /* a PDF: its lines, read as they come */
  PhoenixPdfStreamParse *stream_parse; /* a PDF: its parse, given the lines as they come */
  GByteArray   *err;              /* at most MAX_ERRORS bytes */
  gboolean      sandboxed;
  gboolean      timed_out;
  gboolean      cancelled;
  gboolean      flooded;          /* wrote more than its caps: killed */
  gboolean      garbled;          /* wrote what is no line stream: killed */
  gboolean      exited;           /* the helper's own process ended (reaped) */
  gboolean      out_done;         /* stdout read to its end (or failed, or stopped) */
  gboolean      err_done;
  gboolean      gave_up;          /* a killed helper did not exit in time */
  gboolean      returned;
} RunData;

/* Safe from the source's own callback too. */
static void
clear_source (GSource **source)
{
  if (*source != NULL)
    {
      g_source_destroy (*source);
      g_clear_pointer (source, g_source_unref);
    }
}

/* Sources hold no reference on the task: they are destroyed with its data. */
static GSource *
add_source (GTask       *task,
            GSource     *source,
            GSourceFunc  func,
            const char  *name)
{
  g_source_set_callback (source, func, task, NULL);
  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_static_name (source, name);
  g_source_attach (source, g_task_get_context (task));
  return source;
}

static void
run_data_free (gpointer data)
{
  RunData *run = data;

  clear_source (&run->timeout_source);
  clear_source (&run->kill_source);
  clear_source (&run->grace_source);
  clear_source (&run->cancel_source);
  if (run->io_cancellable != NULL)
    g_cancellable_cancel (run->io_cancellable);
  g_clear_object (&run->io_cancellable);
  g_clear_object (&run->process);
  g_clear_pointer (&run->password, g_bytes_unref);
  g_clear_pointer (&run->out, g_byte_array_unref);
  g_clear_pointer (&run->err, g_byte_array_unref);
  g_clear_pointer (&run->reader, phoenix_cv_line_reader_free);
  g_clear_pointer (&run->stream_parse, _phoenix_pdf_stream_parse_abort);
  g_free (run);
}

/* ---- Run -------------------------------------------------------------- */

/* Signals the helper and everything it started. */
static void
signal_helper (RunData *run,
               int      sig)
{
  if (run->exited)
    return;
  if (run->pgid <= 0 || kill (-run->pgid, sig) != 0)
    g_subprocess_send_signal (run->process, sig);
}

/* Only a prepared photo leaves the sandbox: JPEG or PNG, at most PHOENIX_PHOTO_MAX_SIDE a side. */
static void
return_photo (GTask *task)
{
  RunData *run = g_task_get_task_data (task);
  g_autoptr(GBytes) photo = g_bytes_new (run->out->data, run->out->len);

  if (!phoenix_photo_is_prepared (photo))
    {
      g_message ("The image helper's answer is not a prepared photo (%u bytes)", run->out->len);
      g_task_return_error (task, _phoenix_pdf_import_photo_error (PHOENIX_PHOTO_ERROR_FAILED));
      return;
    }
  g_task_return_pointer (task, g_steal_pointer (&photo), (GDestroyNotify) g_bytes_unref);
}

static void
return_result (GTask *task)
{
  RunData *run = g_task_get_task_data (task);
  PhoenixPdfImportError code;
  g_autoptr(GError) error = NULL;
  GSubprocess *process = run->process;

  /* The photo's helper stopped for its limits, crashed or was killed: the photo's own error. */
  if (run->mode == PHOENIX_HELPER_RUN_PHOTO
      && (run->flooded || g_subprocess_get_if_signaled (process)
          || (run->sandboxed && g_subprocess_get_exit_status (process) > 128)))
    {
      g_message ("The image helper failed (%s)", run->flooded ? "too much output" : "killed");
      g_task_return_error (task, _phoenix_pdf_import_photo_error (PHOENIX_PHOTO_ERROR_FAILED));
      return;
    }

  if (run->flooded)
    {
      g_message ("The PDF import helper wrote more than its limits (%" G_GSIZE_FORMAT " bytes out, %u bytes of errors)",
                 run->out_len, run->err->len);
      g_task_return_new_error (task, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_CRASHED,
                               _("Reading this PDF failed: the reader sent far more data than a CV holds "
                                 "and was stopped. Phoenix and your data are not affected."));
      return;
    }
  if (run->garbled)
    {
      g_task_return_new_error (task, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_CRASHED,
                               _("Reading this PDF failed: the reader sent data that is not what it should "
                                 "and was stopped. Phoenix and your data are not affected."));
      return;
    }
  /* Killed by a signal; under bwrap, that shows as an exit status of 128 + signal. */
  if (g_subprocess_get_if_signaled (process)
      || (run->sandboxed && g_subprocess_get_if_exited (process)
          && g_subprocess_get_exit_status (process) > 128
          && g_subprocess_get_exit_status (process) <= 128 + 64))
    {
      int sig = g_subprocess_get_if_signaled (process) ? g_subprocess_get_term_sig (process)
                                                       : g_subprocess_get_exit_status (process) - 128;
      g_message ("The PDF import helper was killed by signal %d", sig);
      phoenix_pdf_import_set_error (&error, PHOENIX_PDF_IMPORT_ERROR_CRASHED);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (run->mode == PHOENIX_HELPER_RUN_PHOTO && g_subprocess_get_exit_status (process) != 0)
    {
      int status = g_subprocess_get_exit_status (process);

      g_task_return_error (task, _phoenix_pdf_import_photo_error (status >= PHOENIX_PHOTO_HELPER_EXIT_BASE
                                              ? status - PHOENIX_PHOTO_HELPER_EXIT_BASE
                                              : PHOENIX_PHOTO_ERROR_FAILED));
      return;
    }
  if (phoenix_pdf_import_error_from_exit_status (g_subprocess_get_exit_status (process), &code))
    {
      if (run->err->len > 0)
        g_debug ("helper: %.*s", (int) MIN (run->err->len, 2000), (const char *) run->err->data);
      phoenix_pdf_import_set_error (&error, code);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (run->mode == PHOENIX_HELPER_RUN_PHOTO)
    {
      return_photo (task);
      return;
    }

  /* Parsed in a worker thread: the lines of hundreds of pages take a while. */
  _phoenix_pdf_import_parse_stream (task, run->mode, g_steal_pointer (&run->reader),
                                    g_steal_pointer (&run->stream_parse));
}

static void return_outcome (GTask *task);

/* Returns the task once it can be, and only once. Every caller holds a
 * reference on the task. */
static void
try_finish (GTask *task)
{
  RunData *run = g_task_get_task_data (task);

  if (run->returned)
    return;
  if (run->cancelled || run->timed_out)
    {
      /* Killed: its own exit is enough (its pipes may stay open a while
       * longer in a process that is dying, or in one that escaped). */
      if (!run->exited && !run->gave_up)
        return;
    }
  else if (run->flooded || run->garbled)
    {
      /* Killed for writing too much, or what is no line stream: the same as above. */
      if (!run->exited && !run->gave_up)
        return;
    }
  else if (!run->exited || !run->out_done || !run->err_done)
    return;

  run->returned = TRUE;
  clear_source (&run->timeout_source);
  clear_source (&run->kill_source);
  clear_source (&run->grace_source);
  clear_source (&run->cancel_source);
  /* Ends the reading (its callback comes later and finds the task returned). */
  g_cancellable_cancel (run->io_cancellable);
  if (run->gave_up)
    g_message ("The PDF import helper (process %d) did not end after it was killed", (int) run->pgid);
  return_outcome (task);
  /* Not handed the stream's end (the import failed): the parse stops now. */
  g_clear_pointer (&run->stream_parse, _phoenix_pdf_stream_parse_abort);
}

/* The outcome of a run that ended, returned to its task. */
static void
return_outcome (GTask *task)
{
  RunData *run = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (run->cancelled)
    {
      if (!g_task_return_error_if_cancelled (task))
        g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Operation was cancelled"));
      return;
    }
  if (run->timed_out && run->mode == PHOENIX_HELPER_RUN_PHOTO)
    {
      g_task_return_error (task, _phoenix_pdf_import_photo_error (PHOENIX_PHOTO_ERROR_FAILED));
      return;
    }
  if (run->timed_out)
    {
      phoenix_pdf_import_set_error (&error, PHOENIX_PDF_IMPORT_ERROR_TIMEOUT);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  return_result (task);
}

static gboolean
grace_cb (gpointer user_data)
{
  g_autoptr(GTask) task = g_object_ref (user_data);
  RunData *run = g_task_get_task_data (task);

  /* Killed, and still not gone (stuck in the kernel?): the caller is not kept waiting. */
  clear_source (&run->grace_source);
  run->gave_up = TRUE;
  try_finish (task);
  return G_SOURCE_REMOVE;
}

/* SIGKILL to the whole process group, then at most GRACE_MS for the helper's own exit. */
static void
kill_helper (GTask *task)
{
  RunData *run = g_task_get_task_data (task);

  clear_source (&run->kill_source);
  signal_helper (run, SIGKILL);
  /* Nothing more to read from a helper that is being killed. */
  g_cancellable_cancel (run->io_cancellable);
  if (!run->exited && run->grace_source == NULL)
    run->grace_source = add_source (task, g_timeout_source_new (GRACE_MS), grace_cb,
                                    "[phoenix] PDF import helper killed");
}

static gboolean
kill_cb (gpointer user_data)
{
  g_autoptr(GTask) task = g_object_ref (user_data);

  kill_helper (task);
  try_finish (task);
  return G_SOURCE_REMOVE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  g_autoptr(GTask) task = g_object_ref (user_data);
  RunData *run = g_task_get_task_data (task);

  /* SIGTERM first, which flatpak-spawn passes on to the helper; SIGKILL
   * a moment later if it is still there. */
  clear_source (&run->timeout_source);
  run->timed_out = TRUE;
  clear_source (&run->grace_source);
  signal_helper (run, SIGTERM);
  if (!run->exited)
    run->kill_source = add_source (task, g_timeout_source_new (500), kill_cb, "[phoenix] PDF import kill");
  try_finish (task);
  return G_SOURCE_REMOVE;
}

/* In the task's context, whichever thread cancelled: never inside the
 * cancellable's own signal emission. */
static gboolean
cancelled_cb (GCancellable *cancellable,
              gpointer      user_data)
{
  g_autoptr(GTask) task = g_object_ref (user_data);
  RunData *run = g_task_get_task_data (task);

  if (run->returned)
    return G_SOURCE_REMOVE;
  clear_source (&run->cancel_source);
  run->cancelled = TRUE;
  clear_source (&run->timeout_source);
  clear_source (&run->kill_source);
  clear_source (&run->grace_source);
  kill_helper (task);
  try_finish (task);
  return G_SOURCE_REMOVE;
}

static void
wait_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RunData *run = g_task_get_task_data (task);

  /* No cancellable: this always ends with the process. */
  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  run->exited = TRUE;
  clear_source (&run->grace_source);
  /* Exited, but its pipes still open (held by something it started that
   * left its process group): the timeout ends the wait. */
  try_finish (task);
}

static void read_pipe (GTask        *task,
                       GInputStream *stream);

/* One chunk of stdout or stderr; past its cap the helper is killed, not read further. */
static void
pipe_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  RunData *run = g_task_get_task_data (task);
  GInputStream *stream = G_INPUT_STREAM (source);
  gboolean is_out = stream == run->out_stream;
  GByteArray *data = is_out ? run->out : run->err;
  gsize cap = is_out ? PHOENIX_PDF_IMPORT_MAX_REPLY : MAX_ERRORS;
  g_autoptr(GBytes) chunk = NULL;
  g_autoptr(GError) error = NULL;
  gsize size = 0;

  chunk = g_input_stream_read_bytes_finish (stream, result, &error);
  if (chunk != NULL)
    size = g_bytes_get_size (chunk);
  if (chunk == NULL || size == 0 || run->returned)
    {
      /* The end, a pipe error once the helper died, or reading stopped: judged by how it ended. */
      if (error != NULL)
        g_debug ("reading the helper: %s", error->message);
      if (is_out)
        run->out_done = TRUE;
      else
        run->err_done = TRUE;
      try_finish (task);
      return;
    }
  if ((is_out ? run->out_len : data->len) + size > cap)
    {
      run->flooded = TRUE;
      if (is_out)
        run->out_done = TRUE;
      else
        run->err_done = TRUE;
      clear_source (&run->timeout_source);
      kill_helper (task);
      try_finish (task);
      return;
    }
  if (is_out)
    run->out_len += size;
  /* A PDF's lines are read as they come, with the stream's caps: the helper is stopped at the
   * first byte that is not what it should be. */
  if (is_out && run->reader != NULL
      && !phoenix_cv_line_reader_feed (run->reader, g_bytes_get_data (chunk, NULL), size, &error))
    {
      g_message ("The PDF import helper's answer is no line stream: %s", error->message);
      run->garbled = TRUE;
      run->out_done = TRUE;
      clear_source (&run->timeout_source);
      kill_helper (task);
      try_finish (task);
      return;
    }
  /* The lines read whole so far to the parse, which reads them while the helper goes on. */
  if (is_out && run->stream_parse != NULL)
    _phoenix_pdf_stream_parse_feed (run->stream_parse, phoenix_cv_line_reader_take_lines (run->reader));
  if (!is_out || run->reader == NULL)
    g_byte_array_append (data, g_bytes_get_data (chunk, NULL), (guint) size);
  read_pipe (task, stream);
}

static void
read_pipe (GTask        *task,
           GInputStream *stream)
{
  RunData *run = g_task_get_task_data (task);

  g_input_stream_read_bytes_async (stream, READ_CHUNK, G_PRIORITY_DEFAULT, run->io_cancellable, pipe_read_cb,
                                   g_object_ref (task));
}

static void
password_written_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  /* A helper that exits without reading its stdin is judged by its exit, not by this. */
  if (!g_output_stream_write_all_finish (G_OUTPUT_STREAM (source), result, NULL, &error))
    g_debug ("writing the password: %s", error->message);
  g_output_stream_close (G_OUTPUT_STREAM (source), NULL, NULL);
}

static void
phoenix_pdf_import_finalize (GObject *object)
{
  PhoenixPdfImport *self = PHOENIX_PDF_IMPORT (object);

  g_clear_pointer (&self->helper_path, g_free);
  g_clear_pointer (&self->seccomp, g_bytes_unref);

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

/* A descriptor holding the filter, for bwrap --seccomp. */
static int
bpf_to_fd (GBytes *program)
{
  gsize size = 0;
  const guint8 *data = g_bytes_get_data (program, &size);
  int fd = memfd_create ("phoenix-seccomp", MFD_CLOEXEC);

  if (fd < 0)
    return -1;
  if (write (fd, data, size) != (ssize_t) size || lseek (fd, 0, SEEK_SET) != 0)
    {
      close (fd);
      return -1;
    }
  return fd;
}

static void
start_pdf_run (PhoenixPdfImport     *self,
               GTask                *task,
               PhoenixHelperRunMode  mode,
               GFile                *file,
               const char           *password)
{
  g_autofree char *path = NULL;
  int fd;

  if (g_task_return_error_if_cancelled (task))
    return;

  path = g_file_get_path (file);
  fd = path != NULL ? g_open (path, O_RDONLY | O_CLOEXEC, 0) : -1;
  if (fd < 0)
    {
      g_task_return_new_error (task, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_FAILED,
                               _("Could not open “%s”: %s"),
                               path != NULL ? path : g_file_peek_path (file), g_strerror (errno));
      return;
    }
  _phoenix_pdf_import_start_helper (self, task, mode, fd, password);
}

/* A run of the helper on a PDF, in @mode, returned to @callback. */
static void
run_on_pdf (PhoenixPdfImport     *self,
            PhoenixHelperRunMode  mode,
            gpointer              source_tag,
            GFile                *file,
            const char           *password,
            GCancellable         *cancellable,
            GAsyncReadyCallback   callback,
            gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (PHOENIX_IS_PDF_IMPORT (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  start_pdf_run (self, task, mode, file, password);
}

void
phoenix_pdf_import_run_async (PhoenixPdfImport    *self,
                              GFile               *file,
                              const char          *password,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  run_on_pdf (self, PHOENIX_HELPER_RUN_PDF, phoenix_pdf_import_run_async, file, password, cancellable, callback,
              user_data);
}

void
phoenix_pdf_import_read_lines_async (PhoenixPdfImport    *self,
                                     GFile               *file,
                                     const char          *password,
                                     GCancellable        *cancellable,
                                     GAsyncReadyCallback  callback,
                                     gpointer             user_data)
{
  run_on_pdf (self, PHOENIX_HELPER_RUN_LINES, phoenix_pdf_import_read_lines_async, file, password, cancellable,
              callback, user_data);
}

JsonNode *
phoenix_pdf_import_read_lines_finish (PhoenixPdfImport  *self,
                                      GAsyncResult      *result,
                                      GError           **error)
{
  g_return_val_if_fail (PHOENIX_IS_PDF_IMPORT (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
_phoenix_pdf_import_start_helper (PhoenixPdfImport     *self,
                                  GTask                *task,
                                  PhoenixHelperRunMode  mode,
                                  int                   fd,
                                  const char           *password)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *fd_arg = g_strdup_printf ("%d", HELPER_PDF_FD);
  GCancellable *cancellable = g_task_get_cancellable (task);
  const char *helper;
  PhoenixSandboxLimits *limits;
  PhoenixSandboxKind kind = { FALSE, };
  RunData *run;

  helper = phoenix_pdf_import_get_helper_path (self);
  self->sandboxed = FALSE;
  limits = g_new0 (PhoenixSandboxLimits, 1);
  limits->memory_limit = SANITIZED ? 0 : self->memory_limit;
  limits->cpu_limit = self->timeout + 1;
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  {
    g_autoptr(GError) filter_error = NULL;
    int seccomp_fd = -1;

    /* The filter, for bwrap to load (a descriptor) or for the child setup (memory): always,
     * "sandbox" only says whether bwrap or flatpak-spawn are used. */
    if (self->seccomp == NULL)
      self->seccomp = phoenix_seccomp_build_bpf (PHOENIX_SECCOMP_DEFAULT, &filter_error);
    if (self->seccomp == NULL)
      g_warning ("%s", filter_error->message);
    if (self->sandbox && g_getenv ("PHOENIX_IMPORT_NO_SANDBOX") == NULL)
      {
        if (self->seccomp != NULL)
          seccomp_fd = bpf_to_fd (self->seccomp);
        _phoenix_sandbox_add_prefix (argv, helper, HELPER_PDF_FD, seccomp_fd >= 0 ? HELPER_SECCOMP_FD : -1,
                                     self->memory_limit, &kind);
        if (kind.filtered)
          g_subprocess_launcher_take_fd (launcher, seccomp_fd, HELPER_SECCOMP_FD);
        else if (seccomp_fd >= 0)
          close (seccomp_fd);
      }
    /* No bwrap: the child loads the filter itself before exec (not under systemd-run, which
     * needs its socket to make the scope; the helper then filters itself), and may not fork. */
    if (!kind.sandboxed && !kind.scoped && self->seccomp != NULL)
      {
        limits->seccomp = g_bytes_get_data (self->seccomp, &limits->seccomp_size);
        limits->limit_processes = TRUE;
      }
    self->sandboxed = kind.sandboxed;
  }
  g_ptr_array_add (argv, g_strdup (helper));
  g_ptr_array_add (argv, g_strdup ("--fd"));
  g_ptr_array_add (argv, g_strdup (fd_arg));
  if (mode == PHOENIX_HELPER_RUN_PHOTO)
    g_ptr_array_add (argv, g_strdup ("--photo"));
  /* The helper limits itself too: under flatpak-spawn, the limits set here
   * in the child apply to flatpak-spawn, not to the sandboxed helper. */
  g_ptr_array_add (argv, g_strdup_printf ("--limit-memory=%" G_GUINT64_FORMAT, self->memory_limit));
  g_ptr_array_add (argv, g_strdup_printf ("--limit-cpu=%u", self->timeout + 1));
  if (password != NULL)
    g_ptr_array_add (argv, g_strdup ("--password-stdin"));
  g_ptr_array_add (argv, NULL);

  /* Nothing of the app's environment but the locale (flatpak-spawn clears it itself, and
   * needs the session bus to reach the portal). */
  if (!kind.portal)
    {
      g_auto(GStrv) environment = _phoenix_sandbox_environment ("PHOENIX_IMPORT_HELPER_TEST_");

#if SANITIZED
      {
        g_autofree char *options = _phoenix_sandbox_asan_options (g_environ_getenv (environment, "ASAN_OPTIONS"),
                                                                  self->memory_limit);

        environment = g_environ_setenv (environment, "ASAN_OPTIONS", options, TRUE);
      }
#endif
      g_subprocess_launcher_set_environ (launcher, environment);
    }
  g_subprocess_launcher_take_fd (launcher, fd, HELPER_PDF_FD);
  g_subprocess_launcher_set_child_setup (launcher, _phoenix_sandbox_child_setup, limits, g_free);

  run = g_new0 (RunData, 1);
  run->mode = mode;
  run->sandboxed = self->sandboxed;
  run->io_cancellable = g_cancellable_new ();
  run->out = g_byte_array_new ();
  run->err = g_byte_array_new ();
  if (mode != PHOENIX_HELPER_RUN_PHOTO)
    run->reader = phoenix_cv_line_reader_new ();
  if (mode == PHOENIX_HELPER_RUN_PDF)
    run->stream_parse = _phoenix_pdf_stream_parse_start (g_task_get_context (task));
  g_task_set_task_data (task, run, run_data_free);
  run->process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  if (run->process == NULL)
    {
      g_task_return_new_error (task, PHOENIX_PDF_IMPORT_ERROR, PHOENIX_PDF_IMPORT_ERROR_FAILED,
                               _("Could not start the PDF reader: %s"), error->message);
      return;
    }
  /* The spawn returns once the child has exec'd, so after its setsid():
   * it leads its own process group, unless it is already gone. */
  {
    const char *id = g_subprocess_get_identifier (run->process);
    pid_t pid = id != NULL ? (pid_t) g_ascii_strtoll (id, NULL, 10) : 0;

    if (pid > 0 && getpgid (pid) == pid)
      run->pgid = pid;
  }

  /* The password goes through stdin, which is then closed. */
  {
    GOutputStream *in = g_subprocess_get_stdin_pipe (run->process);

    if (password != NULL)
      {
        run->password = g_bytes_new (password, strlen (password));
        g_output_stream_write_all_async (in, g_bytes_get_data (run->password, NULL), g_bytes_get_size (run->password),
                                         G_PRIORITY_DEFAULT, run->io_cancellable,
                                         password_written_cb, g_object_ref (task));
      }
    else
      g_output_stream_close (in, NULL, NULL);
  }
  g_subprocess_wait_async (run->process, NULL, wait_cb, g_object_ref (task));
  run->out_stream = g_subprocess_get_stdout_pipe (run->process);
  run->err_stream = g_subprocess_get_stderr_pipe (run->process);
  read_pipe (task, run->out_stream);
  read_pipe (task, run->err_stream);
  run->timeout_source = add_source (task, g_timeout_source_new_seconds (self->timeout), timeout_cb,
                                    "[phoenix] PDF import timeout");
  /* Already cancelled (even since the check above): dispatches at the next
   * iteration. Never run inside the cancellable's "cancelled" emission, so
   * whatever thread cancels, nothing here can deadlock on it. */
  if (cancellable != NULL)
    run->cancel_source = add_source (task, g_cancellable_source_new (cancellable), G_SOURCE_FUNC (cancelled_cb),
                                     "[phoenix] PDF import cancelled");
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

