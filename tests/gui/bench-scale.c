/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-bench-scale"

/*
 * The scale benchmark of issue #20: the real window under Xvfb on four profile sizes, S (28
 * entries), M (103), L (553) and XL (1,003: 600 jobs × 6 highlights), with a main-loop
 * watchdog (a high-priority 1 ms timeout timing every gap between its runs: a gap is how long
 * the main loop was frozen).
 *
 * The parent prepares, for each size, a vault holding the profile (the core's store, the test
 * KDF) and the same profile as a JSON Resume file, then starts itself once per size and run
 * (--child), sizes interleaved (S M L XL S M L XL…) so the machine's drift (other builds on
 * the same cores) moves them alike. Each child is a fresh process: its memory is its own.
 * A child runs the app and measures, printing "key=value" lines:
 *
 *   unlock-ms, unlock-frozen-ms, unlock-cpu-ms  unlock (the unlock page's action) → first frame
 *                                   of the main view with the CV page built and shown;
 *   fill-ms, fill-frozen-ms         first frame → the page complete (every section's page of
 *                                   rows built in idle turns, the preview laid out in its
 *                                   worker) / the longest stall meanwhile;
 *   rss-mb                          VmRSS half a second later;
 *   relayout-ms                     the preview's layout per keystroke (its own figure);
 *   key-repaint-ms                  keystroke → preview repainted (incl. its gathering delay);
 *   typing-worst-ms                 the longest stall while typing those keys;
 *   ats-worst-ms                    with the ATS window open on an offer, the longest stall
 *                                   in 20 keys typed 30 ms apart (and a second after);
 *   import-frozen-ms, import-painted-ms, import-cpu-ms  the same size's JSON Resume applied
 *                                   as the import preview's Replace does (one undo step):
 *                                   longest stall until the preview is repainted and the
 *                                   page's rows all built again / until the preview is repainted;
 *   lock-ms, lock-frozen-ms         win.lock → the unlock page drawn / longest stall until
 *                                   then and for half a second after.
 *
 * The parent prints each figure's median (min–max) per size, and CPU time beside wall time.
 * Figures, not assertions. Usage: bench-scale OFFER [RUNS] (default 3); to profile one size:
 * bench-scale --prepare XL prints a folder, then bench-scale --child FOLDER OFFER under perf.
 *
 * bench-scale OFFER [RUNS] --reference PROGRAM: S and M only, each run of this child followed by
 * one of PROGRAM --child FOLDER OFFER on the same folder (A B A B…), PROGRAM being the same
 * steps built from older code (build-aux/bench-scale-reference.sh makes it from the code before
 * issue #20); both columns are printed side by side.
 */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include "phoenix-ats-window-private.h"
#include "phoenix-cv-page-private.h"
#include "phoenix-cv-preview.h"
#include "phoenix-entry-list-private.h"
#include "phoenix-json-resume.h"
#include "phoenix-test-bench.h"
#include "phoenix-test-scale.h"
#include "phoenix-test-ui.h"
#include "phoenix-test-util.h"
#include "phoenix-test-vault.h"
#include "phoenix-unlock-page-private.h"
#include "phoenix-window-private.h"

#define N_KEYS 8
#define N_ATS_KEYS 20
#define ATS_KEY_INTERVAL_MS 30

/* The watchdog: the longest gap between two runs of a 1 ms high-priority timeout. */
typedef struct
{
  gint64 last;
  gint64 worst;
  guint  id;
} Watchdog;

static Watchdog watchdog;

static gboolean
watchdog_tick_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  if (now - watchdog.last > watchdog.worst)
    watchdog.worst = now - watchdog.last;
  /* PHOENIX_BENCH_PHASES (below): each stall over 40 ms, to find it in a profile. */
  if (now - watchdog.last > 40000 && g_getenv ("PHOENIX_BENCH_PHASES") != NULL)
    g_printerr ("stall %.6f %.6f\n", watchdog.last / 1e6, now / 1e6);
  watchdog.last = now;
  return G_SOURCE_CONTINUE;
}

static void
watchdog_reset (void)
{
  watchdog.last = g_get_monotonic_time ();
  watchdog.worst = 0;
}

/* The worst gap so far, the one still open included, in ms. */
static double
watchdog_worst_ms (void)
{
  gint64 open = g_get_monotonic_time () - watchdog.last;

  return MAX (watchdog.worst, open) / 1000.0;
}

/* Paints of the window, and refreshes of the preview. */
static gint64 last_paint;
static gint64 last_refresh;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  last_paint = g_get_monotonic_time ();
}

static void
refreshed_cb (PhoenixCvPreview *preview,
              gpointer          data)
{
  last_refresh = g_get_monotonic_time ();
}

static const char *child_offer;
static const char *child_json;

static PhoenixCvPage *
cv_page (PhoenixTestUi *ui)
{
  return _phoenix_window_get_cv_page (ui->window);
}

static gboolean
cv_shown (PhoenixTestUi *ui)
{
  return g_strcmp0 (phoenix_test_ui_state (ui), "main") == 0 && cv_page (ui) != NULL &&
         gtk_widget_get_mapped (GTK_WIDGET (cv_page (ui)));
}

static gint64 wait_from;

static gboolean
painted_since (PhoenixTestUi *ui)
{
  return last_paint > wait_from;
}

static gboolean
refreshed_and_painted (PhoenixTestUi *ui)
{
  return last_refresh > wait_from && last_paint > last_refresh;
}

static gboolean
page_complete (PhoenixTestUi *ui)
{
#ifdef PHOENIX_BENCH_SCALE_REFERENCE
  /* Built by build-aux/bench-scale-reference.sh on the code before #20, which built the page in one go. */
  return TRUE;
#else
  return !_phoenix_cv_page_get_filling (cv_page (ui));
#endif
}

static gboolean
is_unlock (PhoenixTestUi *ui)
{
  return g_strcmp0 (phoenix_test_ui_state (ui), "unlock") == 0;
}

static void
print_figure (const char *key,
              double      value)
{
  g_print ("%s=%.1f\n", key, value);
}

/* PHOENIX_BENCH_PHASES=1: each phase's start on the monotonic clock, on stderr, to cut a
 * profile (perf record -k CLOCK_MONOTONIC) into phases. */
static void
mark_phase (const char *phase)
{
  if (g_getenv ("PHOENIX_BENCH_PHASES") != NULL)
    g_printerr ("phase %s %.6f\n", phase, g_get_monotonic_time () / 1e6);
}

/* The ATS window's keys: one every ATS_KEY_INTERVAL_MS, from a timeout, as a fast typist. */
typedef struct
{
  GtkEditable *editable;
  guint        typed;
} Typist;

static gboolean
type_key_cb (gpointer data)
{
  Typist *typist = data;
  int position = -1;

  gtk_editable_insert_text (typist->editable, "x", 1, &position);
  return ++typist->typed < N_ATS_KEYS ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static Typist *current_typist;

static gboolean
typist_done (PhoenixTestUi *ui)
{
  return current_typist->typed >= N_ATS_KEYS;
}

static void
child_steps (PhoenixTestUi *ui)
{
  PhoenixUnlockPage *unlock_page = _phoenix_window_get_unlock_page (ui->window);
  PhoenixCvPreview *preview;
  PhoenixEntryList *experience;
  GtkEditable *title;
  g_autoptr(GArray) relayout = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) repaint = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(PhoenixProfile) imported = phoenix_profile_new ();
  g_autoptr(GError) error = NULL;
  double start, cpu, typing_worst = 0;

  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (ui->window)), "after-paint",
                    G_CALLBACK (after_paint_cb), NULL);
  watchdog.id = g_timeout_add_full (G_PRIORITY_HIGH, 1, watchdog_tick_cb, NULL, NULL);
  phoenix_test_ui_spin (200);

  /* Unlock → the CV page shown and drawn. */
  gtk_editable_set_text (_phoenix_unlock_page_get_passphrase_row (unlock_page), PHOENIX_TEST_PASSPHRASE);
  mark_phase ("unlock");
  watchdog_reset ();
  start = phoenix_test_now_ms ();
  cpu = phoenix_test_cpu_ms ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (unlock_page), "unlock-page.unlock", NULL));
  phoenix_test_ui_wait_until (ui, cv_shown, "the CV page after unlocking");
  wait_from = g_get_monotonic_time ();
  phoenix_test_ui_wait_until (ui, painted_since, "the CV page's first frame");
  print_figure ("unlock-ms", phoenix_test_now_ms () - start);
  print_figure ("unlock-cpu-ms", phoenix_test_cpu_ms () - cpu);
  print_figure ("unlock-frozen-ms", watchdog_worst_ms ());
  mark_phase ("after-first-frame");
  watchdog_reset ();
  start = phoenix_test_now_ms ();
  phoenix_test_ui_wait_until (ui, page_complete, "the CV page complete");
  print_figure ("fill-ms", phoenix_test_now_ms () - start);
  print_figure ("fill-frozen-ms", watchdog_worst_ms ());
  phoenix_test_ui_wait_until (ui, phoenix_test_ui_is_main, "the pages built after the first frame");

  mark_phase ("main");
  phoenix_test_ui_spin (500);
  print_figure ("rss-mb", phoenix_test_status_kib ("VmRSS") / 1024.0);

  /* Keystrokes in the first job's title; the preview repainted after each. */
  preview = _phoenix_cv_page_get_preview (cv_page (ui));
  g_signal_connect (preview, "refreshed", G_CALLBACK (refreshed_cb), NULL);
  experience = _phoenix_cv_page_get_entry_list (cv_page (ui), "experience");
  title = GTK_EDITABLE (_phoenix_entry_list_get_field (experience, 0, "title"));
  phoenix_test_ui_spin (500);
  for (guint i = 0; i < N_KEYS; i++)
    {
      double ms;
      int position = -1;

      watchdog_reset ();
      wait_from = g_get_monotonic_time ();
      start = phoenix_test_now_ms ();
      gtk_editable_insert_text (title, "e", 1, &position);
      phoenix_test_ui_wait_until (ui, refreshed_and_painted, "the preview after a keystroke");
      ms = phoenix_test_now_ms () - start;
      g_array_append_val (repaint, ms);
      ms = phoenix_cv_preview_get_last_layout_ms (preview);
      g_array_append_val (relayout, ms);
      typing_worst = MAX (typing_worst, watchdog_worst_ms ());
    }
  print_figure ("relayout-ms", phoenix_test_median_array (relayout));
  print_figure ("key-repaint-ms", phoenix_test_median_array (repaint));
  print_figure ("typing-worst-ms", typing_worst);

  /* The ATS window open on an offer: 20 fast keys. */
  if (child_offer != NULL)
    {
      PhoenixAtsWindow *ats;
      g_autofree char *offer = NULL;
      Typist typist = { title, 0 };

      g_assert_true (g_file_get_contents (child_offer, &offer, NULL, NULL));
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui->window), "win.ats-check", NULL));
      ats = _phoenix_window_get_ats_window (ui->window);
      gtk_text_buffer_set_text (_phoenix_ats_window_get_offer_buffer (ats), offer, -1);
      _phoenix_ats_window_analyse (ats);
      phoenix_test_ui_spin (1000);

      current_typist = &typist;
      watchdog_reset ();
      g_timeout_add (ATS_KEY_INTERVAL_MS, type_key_cb, &typist);
      phoenix_test_ui_wait_until (ui, typist_done, "20 keys with the ATS window open");
      phoenix_test_ui_spin (1000);
      print_figure ("ats-worst-ms", watchdog_worst_ms ());
      gtk_window_close (GTK_WINDOW (ats));
      phoenix_test_ui_spin (200);
    }

  /* The same size's JSON Resume, applied as the import preview's Replace does. */
  g_assert_true (phoenix_json_resume_import_file (imported, child_json, &error));
  g_assert_no_error (error);
  phoenix_test_ui_spin (300);
  mark_phase ("import");
  watchdog_reset ();
  wait_from = g_get_monotonic_time ();
  start = phoenix_test_now_ms ();
  cpu = phoenix_test_cpu_ms ();
  g_assert_true (phoenix_cv_page_apply_import (cv_page (ui), imported, FALSE, &error));
  g_assert_no_error (error);
  phoenix_test_ui_wait_until (ui, refreshed_and_painted, "the preview after the import");
  print_figure ("import-painted-ms", phoenix_test_now_ms () - start);
  print_figure ("import-cpu-ms", phoenix_test_cpu_ms () - cpu);
  phoenix_test_ui_wait_until (ui, page_complete, "the CV page complete after the import");
  print_figure ("import-frozen-ms", watchdog_worst_ms ());
  mark_phase ("import-painted");
  phoenix_test_ui_wait_until (ui, phoenix_test_ui_saved, "the import saved");
  phoenix_test_ui_spin (500);

  /* Lock → the unlock page drawn. */
  mark_phase ("lock");
  watchdog_reset ();
  start = phoenix_test_now_ms ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui->window), "win.lock", NULL));
  phoenix_test_ui_wait_until (ui, is_unlock, "the unlock page");
  wait_from = g_get_monotonic_time ();
  phoenix_test_ui_wait_until (ui, painted_since, "the unlock page drawn");
  print_figure ("lock-ms", phoenix_test_now_ms () - start);
  phoenix_test_ui_spin (500);
  print_figure ("lock-frozen-ms", watchdog_worst_ms ());
  mark_phase ("end");

  g_clear_handle_id (&watchdog.id, g_source_remove);
}

static int
run_child (int    argc,
           char **argv)
{
  PhoenixTestUi ui = { 0 };
  g_autoptr(GSettings) settings = NULL;

  /* --child DIR OFFER|- */
  g_assert_cmpint (argc, ==, 4);
  phoenix_test_ui_init (&argc, &argv, "fr");
  ui.tmpdir = g_strdup (argv[2]);
  ui.vault_path = g_build_filename (ui.tmpdir, "vault.db", NULL);
  ui.wait_limit_seconds = 300;
  ui.check_locked_after_run = TRUE;
  child_json = g_build_filename (ui.tmpdir, "profile.json", NULL);
  child_offer = g_str_equal (argv[3], "-") ? NULL : argv[3];
  g_setenv ("PHOENIX_VAULT_PATH", ui.vault_path, TRUE);
  g_setenv ("PHOENIX_KDF_TEST", "1", TRUE);

  /* The user was on the CV page when they last locked. */
  settings = g_settings_new (APPLICATION_ID);
  g_settings_set_string (settings, "last-page", "cv");

  phoenix_test_ui_run_app (&ui, child_steps);

  g_free (ui.vault_path);
  g_free (ui.tmpdir);
  return 0;
}

/* A folder holding a vault with the profile of @scale and the same profile as JSON Resume. */
static char *
prepare (PhoenixTestScale scale)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("phoenix-bench-scale-XXXXXX", &error);
  g_autofree char *vault_path = NULL;
  g_autofree char *json_path = NULL;
  g_autofree char *json = NULL;
  g_autoptr(PhoenixVault) vault = NULL;
  g_autoptr(PhoenixProfile) profile = phoenix_test_scale_new_profile (scale);
  gsize length;

  g_assert_no_error (error);
  vault_path = g_build_filename (dir, "vault.db", NULL);
  json_path = g_build_filename (dir, "profile.json", NULL);

  vault = phoenix_test_vault_create (vault_path);
  g_assert_true (phoenix_profile_save (profile, vault, &error));
  g_assert_no_error (error);
  phoenix_vault_lock (vault);

  json = phoenix_json_resume_to_data (profile, &length);
  g_assert_true (g_file_set_contents (json_path, json, (gssize) length, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&dir);
}

static const char * const keys[] = {
  "unlock-ms", "unlock-frozen-ms", "unlock-cpu-ms", "fill-ms", "fill-frozen-ms", "rss-mb", "relayout-ms", "key-repaint-ms",
  "typing-worst-ms", "ats-worst-ms", "import-frozen-ms", "import-painted-ms", "import-cpu-ms",
  "lock-ms", "lock-frozen-ms", "process-cpu-ms", NULL
};

/* One child run; its figures appended to @figures (key → GArray of double). */
static void
run_once (const char *self_path,
          const char *dir,
          const char *offer,
          GHashTable *figures)
{
  const char *argv[] = { self_path, "--child", dir, offer != NULL ? offer : "-", NULL };
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  struct rusage usage;
  GPid pid;
  int out_fd, status;
  double cpu;
  g_autoptr(GIOChannel) channel = NULL;

  /* As the app runs: without the tests' malloc checks. */
  env = g_environ_unsetenv (env, "MALLOC_CHECK_");
  env = g_environ_unsetenv (env, "G_DEBUG");
  if (!g_spawn_async_with_pipes (NULL, (char **) argv, env, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                                 &pid, NULL, &out_fd, NULL, &error))
    g_error ("Could not start the child: %s", error->message);

  channel = g_io_channel_unix_new (out_fd);
  g_io_channel_set_close_on_unref (channel, TRUE);
  g_io_channel_read_to_end (channel, &out, NULL, NULL);
  if (wait4 (pid, &status, 0, &usage) < 0 || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("The child run on %s failed:\n%s", dir, out != NULL ? out : "");
  g_spawn_close_pid (pid);

  cpu = usage.ru_utime.tv_sec * 1000.0 + usage.ru_utime.tv_usec / 1000.0 +
        usage.ru_stime.tv_sec * 1000.0 + usage.ru_stime.tv_usec / 1000.0;
  g_array_append_val (g_hash_table_lookup (figures, "process-cpu-ms"), cpu);

  lines = g_strsplit (out != NULL ? out : "", "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (lines[i], "=", 2);
      GArray *values;
      double value;

      if (g_strv_length (pair) != 2 || (values = g_hash_table_lookup (figures, pair[0])) == NULL)
        continue;
      value = g_ascii_strtod (pair[1], NULL);
      g_array_append_val (values, value);
    }
}

static void
print_median (GArray *values)
{
  double min, max, median;

  if (values->len == 0)
    {
      g_print (" %22s", "–");
      return;
    }
  min = max = g_array_index (values, double, 0);
  for (guint i = 0; i < values->len; i++)
    {
      min = MIN (min, g_array_index (values, double, i));
      max = MAX (max, g_array_index (values, double, i));
    }
  median = phoenix_test_median_array (values);
  g_print (" %8.1f (%5.0f–%5.0f)", median, min, max);
}

/* key → GArray of double, one per key. */
static GHashTable *
new_figures (void)
{
  GHashTable *figures = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);

  for (guint k = 0; keys[k] != NULL; k++)
    g_hash_table_insert (figures, (gpointer) keys[k], g_array_new (FALSE, FALSE, sizeof (double)));
  return figures;
}

/* The reference's own folder for @size, made by the reference itself (its --prepare): its vault in
 * its own schema, which may be older than this build's. */
static char *
prepare_with (const char *program,
              guint       size)
{
  const char *argv[] = { program, "--prepare", phoenix_test_scale_name (size), NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("bench-scale: %s --prepare %s: %s", program, phoenix_test_scale_name (size), error->message);
  return g_strdup (g_strstrip (out));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *self_path = NULL;
  const char *offer;
  char *dirs[PHOENIX_TEST_SCALE_N_SIZES] = { NULL, };
  char *reference_dirs[PHOENIX_TEST_SCALE_N_SIZES] = { NULL, };
  GHashTable *figures[PHOENIX_TEST_SCALE_N_SIZES];
  GHashTable *reference_figures[PHOENIX_TEST_SCALE_N_SIZES];
  const char *reference = NULL;
  guint n_sizes = PHOENIX_TEST_SCALE_N_SIZES;
  guint runs = 3;

  if (argc >= 2 && g_str_equal (argv[1], "--child"))
    return run_child (argc, argv);
  /* --prepare S|M|L|XL: makes one size's folder and prints it, for a profiler on one --child. */
  if (argc == 3 && g_str_equal (argv[1], "--prepare"))
    {
      for (guint s = 0; s < PHOENIX_TEST_SCALE_N_SIZES; s++)
        if (g_str_equal (argv[2], phoenix_test_scale_name (s)))
          {
            g_autofree char *dir = (g_setenv ("PHOENIX_KDF_TEST", "1", TRUE), prepare (s));

            g_print ("%s\n", dir);
            return 0;
          }
      return 2;
    }

  setlocale (LC_ALL, "");
  if (argc < 2)
    {
      g_printerr ("usage: bench-scale OFFER [RUNS] [--reference PROGRAM]\n");
      return 2;
    }
  offer = argv[1];
  if (argc >= 3 && !g_str_equal (argv[2], "--reference"))
    runs = MAX (1, (guint) atoi (argv[2]));
  /* Anywhere after OFFER, so that meson test --benchmark scale --test-args adds it. */
  for (int i = 2; i + 1 < argc; i++)
    if (g_str_equal (argv[i], "--reference"))
      {
        reference = argv[i + 1];
        n_sizes = 2;  /* S and M: issue #20's "nothing slower than today" */
      }
  self_path = g_file_read_link ("/proc/self/exe", NULL);
  g_setenv ("PHOENIX_KDF_TEST", "1", TRUE);

  for (guint s = 0; s < n_sizes; s++)
    {
      dirs[s] = prepare (s);
      if (reference != NULL)
        reference_dirs[s] = prepare_with (reference, s);
      figures[s] = new_figures ();
      reference_figures[s] = new_figures ();
    }

  /* Interleaved: S M L XL, S M L XL…; with a reference, S S' M M', S S' M M'… */
  for (guint r = 0; r < runs; r++)
    for (guint s = 0; s < n_sizes; s++)
      {
        g_printerr ("bench-scale: run %u of %u, %s\n", r + 1, runs, phoenix_test_scale_name (s));
        run_once (self_path, dirs[s], offer, figures[s]);
        if (reference != NULL)
          run_once (reference, reference_dirs[s], offer, reference_figures[s]);
      }

  g_print ("bench-scale: medians (min–max) of %u runs a size, ms unless said; sizes interleaved%s\n", runs,
           reference != NULL ? ", each run followed by the reference's (\"before\")" : "");
  g_print ("%-18s", "");
  for (guint s = 0; s < n_sizes; s++)
    {
      g_print (" %8s (%4u entries)", phoenix_test_scale_name (s), phoenix_test_scale_n_entries (s));
      if (reference != NULL)
        g_print (" %8s %-13s", phoenix_test_scale_name (s), "before");
    }
  g_print ("\n");
  for (guint k = 0; keys[k] != NULL; k++)
    {
      g_print ("%-18s", keys[k]);
      for (guint s = 0; s < n_sizes; s++)
        {
          print_median (g_hash_table_lookup (figures[s], keys[k]));
          if (reference != NULL)
            print_median (g_hash_table_lookup (reference_figures[s], keys[k]));
        }
      g_print ("\n");
    }

  for (guint s = 0; s < n_sizes; s++)
    {
      phoenix_test_remove_tree (dirs[s]);
      g_free (dirs[s]);
      if (reference_dirs[s] != NULL)
        phoenix_test_remove_tree (reference_dirs[s]);
      g_free (reference_dirs[s]);
      g_hash_table_unref (figures[s]);
      g_hash_table_unref (reference_figures[s]);
    }
  return 0;
}
