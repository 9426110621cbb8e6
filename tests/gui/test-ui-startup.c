/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-ui-startup"

#include "config.h"

#include <adwaita.h>

#include "phoenix-test-ui.h"
#include "phoenix-test-vault.h"
#include "phoenix-window-private.h"

/*
 * Nothing is built before it is seen (issue #18): at start the window makes the welcome or
 * the unlock page alone; the Overview, CV, Letters and Training pages (and their models) are
 * made the first time they are shown. Each case runs in a child process of its own, so the
 * page classes it checks were never referenced before the window starts: a page made at start,
 * even by another route than the window's fields, has its class referenced and fails here.
 */

typedef PhoenixTestUi Fixture;

static const char * const main_pages[] = { "overview", "cv", "letters", "training", NULL };

/* The class of a widget never made is never referenced (the type may not even be registered). */
static gboolean
class_referenced (const char *type_name)
{
  GType type = g_type_from_name (type_name);

  return type != 0 && g_type_class_peek (type) != NULL;
}

static void
assert_main_view_empty (Fixture *f)
{
  AdwViewStack *stack = _phoenix_window_get_view_stack (f->window);

  for (guint i = 0; main_pages[i] != NULL; i++)
    {
      GtkWidget *box = adw_view_stack_get_child_by_name (stack, main_pages[i]);

      g_assert_nonnull (box);
      g_assert_null (gtk_widget_get_first_child (box));
      g_assert_null (_phoenix_window_get_page (f->window, main_pages[i]));
    }
  g_assert_false (class_referenced ("PhoenixOverviewPage"));
  g_assert_false (class_referenced ("PhoenixCvPage"));
  g_assert_false (class_referenced ("PhoenixLettersPage"));
  g_assert_false (class_referenced ("PhoenixTrainingPage"));
  g_assert_false (class_referenced ("PhoenixCvPreview"));
  g_assert_false (class_referenced ("PhoenixLetterComposer"));
}

static gboolean
state_is_main (Fixture *f)
{
  return g_strcmp0 (phoenix_test_ui_state (f), "main") == 0;
}

static void
unlock_start_steps (Fixture *f)
{
  g_assert_cmpstr (phoenix_test_ui_state (f), ==, "unlock");
  g_assert_nonnull (_phoenix_window_get_unlock_page (f->window));
  g_assert_null (_phoenix_window_get_welcome_page (f->window));
  g_assert_false (class_referenced ("PhoenixWelcomePage"));
  assert_main_view_empty (f);

  /* Unlocked: the Overview is what shows, so it is made at once; after the main view's first
   * frame the CV page (it saves the profile) and the Letters page (its reminders) are made in
   * the background; Training waits to be shown. */
  phoenix_test_ui_unlock (f, PHOENIX_TEST_PASSPHRASE);
  phoenix_test_ui_wait_until (f, state_is_main, "the main view after unlocking");
  g_assert_nonnull (_phoenix_window_get_page (f->window, "overview"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (_phoenix_window_get_view_stack (f->window)), ==, "overview");
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main, "the pages built in the background");
  g_assert_null (_phoenix_window_get_page (f->window, "training"));
  g_assert_false (class_referenced ("PhoenixTrainingPage"));

  /* The Training tab clicked: its page is made then, once, in its place. */
  {
    GtkWidget *training = phoenix_test_ui_show_page (f, "training");

    g_assert_true (gtk_widget_get_parent (training) ==
                   adw_view_stack_get_child_by_name (_phoenix_window_get_view_stack (f->window), "training"));
    phoenix_test_ui_show_page (f, "overview");
    g_assert_true (phoenix_test_ui_show_page (f, "training") == training);
  }
}

static void
welcome_start_steps (Fixture *f)
{
  g_assert_cmpstr (phoenix_test_ui_state (f), ==, "welcome");
  g_assert_nonnull (_phoenix_window_get_welcome_page (f->window));
  g_assert_null (_phoenix_window_get_unlock_page (f->window));
  g_assert_false (class_referenced ("PhoenixUnlockPage"));
  assert_main_view_empty (f);
}

static void
test_unlock_page_alone (Fixture       *f,
                        gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      /* The vault is made through the core alone: no widget class is referenced. */
      g_autoptr(PhoenixVault) vault = phoenix_test_vault_create (f->vault_path);

      phoenix_vault_lock (vault);
      g_clear_object (&vault);
      g_assert_false (class_referenced ("PhoenixUnlockPage"));
      phoenix_test_ui_run_app (f, unlock_start_steps);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_welcome_page_alone (Fixture       *f,
                         gconstpointer  data)
{
  if (g_test_subprocess ())
    {
      phoenix_test_ui_run_app (f, welcome_start_steps);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  phoenix_test_ui_init (&argc, &argv, NULL);

  g_test_add ("/ui/startup/unlock-page-alone", Fixture, NULL,
              phoenix_test_ui_setup, test_unlock_page_alone, phoenix_test_ui_teardown);
  g_test_add ("/ui/startup/welcome-page-alone", Fixture, NULL,
              phoenix_test_ui_setup, test_welcome_page_alone, phoenix_test_ui_teardown);

  return g_test_run ();
}
