/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-unlock"

/*
 * After unlocking (issue #18): the CV editor's first frame, and the first ATS check.
 *
 * Each run is a new process (this program again, with --child MODE), so nothing is warm but
 * the page cache: a vault with a profile is made, the real application starts on its unlock page
 * under the display (Xvfb), the passphrase is typed and the clock starts as Unlock is pressed.
 *   editor:   until the first frame drawn with the CV page shown (last page: "cv");
 *   overview: the same with the Overview shown (the reference: the page the app opens on);
 *   ats:      as soon as the main view shows, the ATS check opens and scores an offer (the
 *             first check, while the window's background work runs), then the same offer is
 *             scored again (the reference: a warm check). Indexes built at run time would make
 *             the first one wait; read from the compiled taxonomy, both cost about the same.
 * The modes run interleaved (editor, overview, ats, editor…); medians with min–max of wall
 * and CPU time (CLOCK_PROCESS_CPUTIME_ID: every thread of the process).
 *
 * Usage: bench-unlock [RUNS]   (PHOENIX_TAXONOMY and a display in the environment)
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "phoenix-ats-window-private.h"
#include "phoenix-test-bench.h"
#include "phoenix-test-ui.h"
#include "phoenix-test-util.h"
#include "phoenix-test-vault.h"
#include "phoenix-unlock-page-private.h"
#include "phoenix-window-private.h"

typedef struct
{
  const char *mode;
  const char *page;
  double      start_ms, start_cpu;
  double      frame_ms, frame_cpu;
  gboolean    painted;
} Child;

static void
after_paint_cb (GdkFrameClock *clock,
                Child         *child)
{
  if (child->painted)
    return;
  child->frame_ms = phoenix_test_now_ms ();
  child->frame_cpu = phoenix_test_cpu_ms ();
  child->painted = TRUE;
}

static gboolean
page_mapped (PhoenixTestUi *ui)
{
  Child *child = ui->data;
  GtkWidget *page = _phoenix_window_get_page (ui->window, child->page);

  return page != NULL && gtk_widget_get_mapped (page);
}

static gboolean
frame_painted (PhoenixTestUi *ui)
{
  return ((Child *) ui->data)->painted;
}

static gboolean
state_is_main (PhoenixTestUi *ui)
{
  return g_strcmp0 (phoenix_test_ui_state (ui), "main") == 0;
}

static void
start_unlock (PhoenixTestUi *ui)
{
  Child *child = ui->data;
  PhoenixUnlockPage *page = _phoenix_window_get_unlock_page (ui->window);

  g_assert_nonnull (page);
  gtk_editable_set_text (_phoenix_unlock_page_get_passphrase_row (page), PHOENIX_TEST_PASSPHRASE);
  child->start_ms = phoenix_test_now_ms ();
  child->start_cpu = phoenix_test_cpu_ms ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "unlock-page.unlock", NULL));
}

static void
page_steps (PhoenixTestUi *ui)
{
  Child *child = ui->data;
  gulong handler;
  GdkFrameClock *clock;

  start_unlock (ui);
  phoenix_test_ui_wait_until (ui, page_mapped, "the page shown after unlocking");
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (ui->window));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), child);
  gtk_widget_queue_draw (GTK_WIDGET (ui->window));
  phoenix_test_ui_wait_until (ui, frame_painted, "the page's first frame");
  g_signal_handler_disconnect (clock, handler);
  g_print ("%.3f %.3f\n", child->frame_ms - child->start_ms, child->frame_cpu - child->start_cpu);
}

static void
ats_steps (PhoenixTestUi *ui)
{
  Child *child = ui->data;
  g_autofree char *offer_path = phoenix_test_source_path ("tests/data/offers/fr-01-developpeur-web.txt");
  g_autofree char *offer = NULL;
  g_autoptr(GError) error = NULL;
  PhoenixAtsWindow *ats;
  double first_ms, first_cpu, unlocked_ms, second_ms, second_cpu;

  g_file_get_contents (offer_path, &offer, NULL, &error);
  g_assert_no_error (error);

  start_unlock (ui);
  phoenix_test_ui_wait_until (ui, state_is_main, "the main view after unlocking");
  unlocked_ms = phoenix_test_now_ms ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (ui->window), "win.ats-check", NULL));
  ats = PHOENIX_ATS_WINDOW (phoenix_test_ui_find_toplevel (PHOENIX_TYPE_ATS_WINDOW));
  g_assert_nonnull (ats);

  first_ms = phoenix_test_now_ms ();
  first_cpu = phoenix_test_cpu_ms ();
  gtk_text_buffer_set_text (_phoenix_ats_window_get_offer_buffer (ats), offer, -1);
  _phoenix_ats_window_analyse (ats);
  g_assert_cmpint (_phoenix_ats_window_get_score (ats), >=, 0);
  first_ms = phoenix_test_now_ms () - first_ms;
  first_cpu = phoenix_test_cpu_ms () - first_cpu;

  second_ms = phoenix_test_now_ms ();
  second_cpu = phoenix_test_cpu_ms ();
  _phoenix_ats_window_recompute (ats);
  g_assert_cmpint (_phoenix_ats_window_get_score (ats), >=, 0);
  second_ms = phoenix_test_now_ms () - second_ms;
  second_cpu = phoenix_test_cpu_ms () - second_cpu;

  /* first check, the same again, and unlock → main view for context */
  g_print ("%.3f %.3f %.3f %.3f %.3f\n", first_ms, first_cpu, second_ms, second_cpu, unlocked_ms - child->start_ms);
  gtk_window_destroy (GTK_WINDOW (ats));
}

static int
run_child (const char *mode)
{
  PhoenixTestUi ui = { 0 };
  Child child = { .mode = mode };

  phoenix_test_ui_setup (&ui, NULL);
  ui.data = &child;
  {
    g_autoptr(PhoenixVault) vault = phoenix_test_vault_create (ui.vault_path);
    g_autoptr(PhoenixProfile) profile = phoenix_profile_new ();
    g_autoptr(GError) error = NULL;

    phoenix_profile_set_name (profile, "Camille Exemple");
    phoenix_profile_set_headline (profile, "Développeuse web en reconversion");
    phoenix_profile_set_summary (profile, "Dix ans de gestion hôtelière, puis une formation au développement web : "
                                          "JavaScript, HTML, CSS, SQL et le travail en équipe.");
    g_assert_true (phoenix_profile_save (profile, vault, &error));
    g_assert_no_error (error);
    phoenix_vault_lock (vault);
  }
  {
    g_autoptr(GSettings) settings = g_settings_new (APPLICATION_ID);

    child.page = g_str_equal (mode, "editor") ? "cv" : "overview";
    g_settings_set_string (settings, "last-page", child.page);
  }
  phoenix_test_ui_run_app (&ui, g_str_equal (mode, "ats") ? ats_steps : page_steps);
  ui.data = NULL;
  phoenix_test_ui_teardown (&ui, NULL);
  return 0;
}

/* One child run of @mode: its numbers, or NULL when it failed. */
static GStrv
run_once (const char *self,
          const char *mode)
{
  const char *argv[] = { self, "--child", mode, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error)
      || !g_spawn_check_wait_status (status, &error))
    {
      g_printerr ("%s --child %s: %s\n", self, mode, error->message);
      return NULL;
    }
  /* The last line: GTK's test set-up prints its own lines first. */
  {
    char *last;

    g_strstrip (out);
    last = strrchr (out, '\n');
    return g_strsplit (last != NULL ? last + 1 : out, " ", -1);
  }
}

static void
add (GArray     *array,
     const char *value)
{
  double v = g_ascii_strtod (value, NULL);

  g_array_append_val (array, v);
}

static void
print_pair (const char *what,
            const char *a_name,
            GArray     *a,
            const char *b_name,
            GArray     *b)
{
  double ma = phoenix_test_median_array (a);
  double mb = phoenix_test_median_array (b);

  g_print ("bench: %-5s %s %.1f ms (%.1f-%.1f)   %s %.1f ms (%.1f-%.1f)   ratio %.2fx   n=%u\n", what,
           a_name, ma, g_array_index (a, double, 0), g_array_index (a, double, a->len - 1),
           b_name, mb, g_array_index (b, double, 0), g_array_index (b, double, b->len - 1), ma / mb, a->len);
}

int
main (int   argc,
      char *argv[])
{
  GArray *s[9];
  guint runs = 7;

  if (argc == 3 && g_str_equal (argv[1], "--child"))
    {
      phoenix_test_ui_init (&argc, &argv, NULL);
      return run_child (argv[2]);
    }
  if (argc > 1)
    runs = MAX (1, atoi (argv[1]));
  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("SKIP: no display (run under xvfb-run)\n");
      return 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (s); i++)
    s[i] = g_array_new (FALSE, FALSE, sizeof (double));
  /* One of each first, not counted: the page cache warmed for all. */
  for (guint i = 0; i <= runs; i++)
    {
      g_auto(GStrv) editor = run_once (argv[0], "editor");
      g_auto(GStrv) overview = run_once (argv[0], "overview");
      g_auto(GStrv) ats = run_once (argv[0], "ats");

      if (editor == NULL || overview == NULL || ats == NULL
          || g_strv_length (editor) != 2 || g_strv_length (overview) != 2 || g_strv_length (ats) != 5)
        {
          g_printerr ("a child run failed or printed no figures\n");
          return 1;
        }
      if (i == 0)
        continue;
      add (s[0], editor[0]);
      add (s[1], editor[1]);
      add (s[2], overview[0]);
      add (s[3], overview[1]);
      for (guint k = 0; k < 5; k++)
        add (s[4 + k], ats[k]);
    }

  g_print ("bench: after unlocking, %u runs each, a new process each, interleaved; median (min-max); "
           "CPU = all threads of the process\n", runs);
  g_print ("bench: unlock to the first frame of the page shown\n");
  print_pair ("wall", "editor (CV page)", s[0], "overview", s[2]);
  print_pair ("cpu", "editor (CV page)", s[1], "overview", s[3]);
  g_print ("bench: the ATS check opened and run as soon as the main view shows (unlock to main view %.1f ms)\n",
           phoenix_test_median_array (s[8]));
  print_pair ("wall", "first check", s[4], "same check again", s[6]);
  print_pair ("cpu", "first check", s[5], "same check again", s[7]);
  for (guint i = 0; i < G_N_ELEMENTS (s); i++)
    g_array_unref (s[i]);
  return 0;
}
