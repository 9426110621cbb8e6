/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-atspi"

/*
 * What a screen reader reads (issue #17): the real app, with GTK's accessibility on and an
 * accessibility bus (at-spi2-core's bus launcher, started by the session bus), its AT-SPI
 * tree walked by tests/gui/atspi-walk.py (pyatspi's Atspi) on the welcome page, each tab
 * (CV, Letters, Training, Overview), the ATS window and the unlock page: no focusable or
 * actionable control without a name, no class name for a name, no mnemonic read out. The
 * checker is first shown to fail on a window made to be wrong. Then a keyboard walk: Tab
 * through the CV page's "This CV" rows stops once a row.
 *
 * Run under a session bus (dbus-run-session) and a display (Xvfb); skipped without a bus.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <unistd.h>

#include "phoenix-test-ui.h"
#include "phoenix-window-private.h"
#include "phoenix-cv-page-private.h"

typedef PhoenixTestUi Fixture;

typedef struct
{
  gboolean  done;
  char     *output;
  int       status;
} WalkResult;

static void
walk_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  WalkResult *walk = user_data;
  g_autoptr(GError) error = NULL;

  g_subprocess_communicate_utf8_finish (G_SUBPROCESS (source), result, &walk->output, NULL, &error);
  g_assert_no_error (error);
  walk->status = g_subprocess_get_if_exited (G_SUBPROCESS (source)) ? g_subprocess_get_exit_status (G_SUBPROCESS (source))
                                                                  : 128;
  walk->done = TRUE;
}

/* Runs the checker on this process while its main loop answers the checker's questions.
 * Returns its exit status; its report in @output. */
static int
walk_tree (const char  *label,
           char       **output)
{
  g_autofree char *pid = g_strdup_printf ("%d", (int) getpid ());
  const char *argv[] = { PYTHON3, ATSPI_WALK, pid, label, NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  WalkResult walk = { FALSE, NULL, -1 };

  phoenix_test_ui_spin (300);
  process = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_MERGE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8_async (process, NULL, NULL, walk_done_cb, &walk);
  while (!walk.done)
    g_main_context_iteration (NULL, TRUE);
  g_test_message ("%s", walk.output);
  *output = walk.output;

  return walk.status;
}

static void
assert_tree_clean (const char *label)
{
  g_autofree char *output = NULL;
  int status = walk_tree (label, &output);

  if (status != 0)
    g_error ("The AT-SPI walk of %s failed (status %d):\n%s", label, status, output);
}

/* ---- The checker fails on a window made to be wrong ---- */

static void
test_checker_fails (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *unnamed = gtk_button_new_from_icon_name ("document-save-symbolic");
  GtkWidget *mnemonic = gtk_button_new_with_label ("_Unlock");
  GtkWidget *doubled = gtk_button_new_with_mnemonic ("_Open");
  GtkWidget *classy = gtk_switch_new ();
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *named = gtk_button_new_with_label ("Save");
  GtkWidget *empty = gtk_button_new_from_icon_name ("edit-delete-symbolic");
  GtkWidget *twice = gtk_check_button_new ();
  g_autofree char *output = NULL;
  int status;

  gtk_window_set_title (GTK_WINDOW (window), "Checker self-test");
  gtk_accessible_update_property (GTK_ACCESSIBLE (classy), GTK_ACCESSIBLE_PROPERTY_LABEL, "GtkSwitch", -1);
  gtk_box_append (GTK_BOX (box), unnamed);
  gtk_box_append (GTK_BOX (box), mnemonic);
  gtk_box_append (GTK_BOX (box), doubled);
  gtk_box_append (GTK_BOX (box), classy);
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), named);
  gtk_accessible_update_property (GTK_ACCESSIBLE (empty), GTK_ACCESSIBLE_PROPERTY_LABEL, "", -1);
  gtk_box_append (GTK_BOX (box), empty);
  gtk_accessible_update_property (GTK_ACCESSIBLE (twice), GTK_ACCESSIBLE_PROPERTY_LABEL, "Show Photo Show Photo", -1);
  gtk_box_append (GTK_BOX (box), twice);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));

  status = walk_tree ("a window made to be wrong", &output);
  gtk_window_destroy (GTK_WINDOW (window));
  if (status == 3)
    {
      g_test_skip ("no accessibility bus");
      return;
    }
  g_assert_cmpint (status, ==, 1);
  /* An icon-only button: GTK 4.8 names it after its child's class. */
  g_assert_nonnull (strstr (output, "named by its class “GtkImage”: push button"));
  g_assert_nonnull (strstr (output, "a mnemonic read out in “_Unlock”: push button"));
  /* GTK 4.8 reads a mnemonic label with its underline and then again: the "_Unlock Unlock" of issue #17. */
  g_assert_nonnull (strstr (output, "a mnemonic read out in “_Open Open”: push button"));
  g_assert_nonnull (strstr (output, "named by its class “GtkSwitch”: check box"));
  g_assert_nonnull (strstr (output, "named by its class “GtkEntry”: text"));
  g_assert_nonnull (strstr (output, "no name: push button"));
  g_assert_nonnull (strstr (output, "a word said twice in “Show Photo Show Photo”: check box"));
  /* The named button and the titled window are not reported. */
  g_assert_null (strstr (output, "“Save”: "));
  g_assert_null (strstr (output, "Checker self-test”:"));
}

/* ---- The app ---- */

static gboolean
ats_shown (Fixture *f)
{
  PhoenixAtsWindow *ats = _phoenix_window_get_ats_window (f->window);

  return ats != NULL && gtk_widget_get_mapped (GTK_WIDGET (ats));
}

static gboolean
is_unlock (Fixture *f)
{
  return g_str_equal (phoenix_test_ui_state (f), "unlock");
}

static void
app_steps (Fixture *f)
{
  static const char * const pages[] = { "cv", "letters", "training", "overview" };

  g_assert_cmpstr (phoenix_test_ui_state (f), ==, "welcome");
  assert_tree_clean ("the welcome page");
  phoenix_test_ui_create_vault (f);
  for (gsize i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *label = g_strdup_printf ("the %s page", pages[i]);

      phoenix_test_ui_show_page (f, pages[i]);
      assert_tree_clean (label);
    }

  phoenix_test_ui_show_page (f, "cv");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.ats-check", NULL));
  phoenix_test_ui_wait_until (f, ats_shown, "the ATS window");
  assert_tree_clean ("the ATS window");
  gtk_window_close (GTK_WINDOW (_phoenix_window_get_ats_window (f->window)));
  phoenix_test_ui_spin (200);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.lock", NULL));
  phoenix_test_ui_wait_until (f, is_unlock, "the unlock page");
  assert_tree_clean ("the unlock page");
}

static void
test_app (Fixture       *f,
          gconstpointer  data)
{
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") == NULL)
    {
      g_test_skip ("no session bus: run under dbus-run-session");
      return;
    }
  phoenix_test_ui_run_app (f, app_steps);
}

/* ---- The keyboard: one Tab stop a row ---- */

static GtkWidget *
row_of (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_LIST_BOX_ROW (w))
      return w;
  return NULL;
}

static void
tab_steps (Fixture *f)
{
  GtkWidget *page;
  GtkWidget *previous_row = NULL;
  g_autoptr(GHashTable) stops = g_hash_table_new (NULL, NULL);
  guint n_stops = 0, n_rows = 0, n_toggles = 0;

  phoenix_test_ui_create_vault (f);
  page = phoenix_test_ui_show_page (f, "cv");
  phoenix_test_ui_spin (200);
  gtk_widget_grab_focus (GTK_WIDGET (phoenix_test_ui_cv_row (f, "name")));

  /* Tab forward through the page, as the keyboard does, up to 400 stops. */
  for (guint i = 0; i < 400; i++)
    {
      GtkWidget *focus;
      GtkWidget *row;

      if (!gtk_widget_child_focus (GTK_WIDGET (f->window), GTK_DIR_TAB_FORWARD))
        break;
      phoenix_test_ui_spin (5);
      focus = gtk_root_get_focus (GTK_ROOT (f->window));
      if (focus == NULL || !gtk_widget_is_ancestor (focus, page))
        continue;
      n_stops++;
      row = row_of (focus);
      if (row == NULL)
        continue;
      /* A row with a switch or a check box takes one stop (the row, which toggles it): the
       * switch itself is never a second one. Rows with buttons of their own keep a stop each. */
      if (row == previous_row && (GTK_IS_SWITCH (focus) || GTK_IS_CHECK_BUTTON (focus)))
        g_error ("Two Tab stops in one row: %s then its %s, in the row “%s”",
                 G_OBJECT_TYPE_NAME (g_hash_table_lookup (stops, row)), G_OBJECT_TYPE_NAME (focus),
                 ADW_IS_PREFERENCES_ROW (row) ? adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)) : "");
      if (GTK_IS_SWITCH (focus) || GTK_IS_CHECK_BUTTON (focus))
        n_toggles++;
      if (!g_hash_table_contains (stops, row))
        n_rows++;
      g_hash_table_insert (stops, row, focus);
      previous_row = row;
    }
  g_test_message ("%u Tab stops on the CV page, in %u rows; %u on a switch or check box", n_stops, n_rows,
                  n_toggles);
  g_assert_cmpuint (n_rows, >=, 10);
  /* The switches of "This CV" (Show Photo, the sections) are reached through their rows. */
  g_assert_cmpuint (n_toggles, ==, 0);
}

static void
test_tab (Fixture       *f,
          gconstpointer  data)
{
  phoenix_test_ui_run_app (f, tab_steps);
}

int
main (int   argc,
      char *argv[])
{
  /* Not phoenix_test_ui_init(): the session bus and GTK's accessibility stay on. One app a
   * process (an app on the bus cannot be registered twice). */
  setlocale (LC_ALL, "");
  g_setenv ("LANGUAGE", "C", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_unsetenv ("GTK_A11Y");
  g_unsetenv ("NO_AT_BRIDGE");
  gtk_test_init (&argc, &argv, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-cursor-blink", FALSE, NULL);

  g_test_add_func ("/ui/atspi/checker-fails", test_checker_fails);
  g_test_add ("/ui/atspi/app", Fixture, NULL, phoenix_test_ui_setup, test_app, phoenix_test_ui_teardown);
  g_test_add ("/ui/atspi/tab-one-stop-a-row", Fixture, NULL, phoenix_test_ui_setup, test_tab,
              phoenix_test_ui_teardown);

  return g_test_run ();
}
