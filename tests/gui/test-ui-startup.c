/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "phoenix-test-ui-startup"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "phoenix-application-store.h"
#include "phoenix-certification.h"
#include "phoenix-cv-parser.h"
#include "phoenix-cv-phone.h"
#include "phoenix-test-bench.h"
#include "phoenix-test-ui.h"
#include "phoenix-test-util.h"
#include "phoenix-test-vault.h"
#include "phoenix-window-private.h"

/*
 * Nothing is built before it is seen (issue #18): at start the window makes the welcome or
 * the unlock page alone; the Overview, CV, Letters and Training pages (and their models) are
 * made the first time they are shown. Each case runs in a child process of its own, so the
 * page classes it checks were never referenced before the window starts: a page made at start,
 * even by another route than the window's fields, has its class referenced and fails here.
 *
 * Nor is anything made or loaded that the first page does not need: no main view (its header
 * bar, menus and tabs), no Shortcuts window, no popover for the page's menu until it is opened,
 * no SVG renderer (the app icon the pages show, and the X11 window icon, are PNGs drawn at
 * build time) and no libphonenumber (libphoenix-phone.so is loaded the first time a number is
 * looked for, and then works).
 *
 * And the app itself (the build's phoenix, $PHOENIX_APP), started as people start it, maps at its
 * first frame none of the libraries it opens on first use (src/core/base/phoenix-lazy-library.h:
 * SQLCipher, libsoup, libgsf, Enchant) nor what they pull in: it is not linked to them. This is
 * read from the app's process, not this one, which links test helpers that use them.
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
  /* The main view (its header bar, buttons, menus, tabs and the pages' boxes) is made the
   * first time the vault is unlocked: no stack, no page. */
  g_assert_null (_phoenix_window_get_view_stack (f->window));
  g_assert_null (_phoenix_window_get_switcher_title (f->window));
  for (guint i = 0; main_pages[i] != NULL; i++)
    g_assert_null (_phoenix_window_get_page (f->window, main_pages[i]));
  g_assert_false (class_referenced ("PhoenixMainView"));
  g_assert_false (class_referenced ("AdwViewStack"));
  g_assert_false (class_referenced ("AdwViewSwitcherTitle"));
  g_assert_false (class_referenced ("AdwSplitButton"));
  g_assert_false (class_referenced ("AdwViewSwitcherButton"));
  g_assert_false (class_referenced ("PhoenixOverviewPage"));
  g_assert_false (class_referenced ("PhoenixCvPage"));
  g_assert_false (class_referenced ("PhoenixLettersPage"));
  g_assert_false (class_referenced ("PhoenixTrainingPage"));
  g_assert_false (class_referenced ("PhoenixCvPreview"));
  g_assert_false (class_referenced ("PhoenixLetterComposer"));
  /* Nor the Shortcuts window (GTK would build gtk/help-overlay.ui whole with the window). */
  g_assert_null (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (f->window)));
  g_assert_false (class_referenced ("GtkShortcutsWindow"));
  g_assert_false (class_referenced ("GtkShortcutsShortcut"));
}

/* Whether a file whose path contains @name is mapped in this process. */
static gboolean
mapped (const char *name)
{
  g_autofree char *maps = NULL;

  g_assert_true (g_file_get_contents ("/proc/self/maps", &maps, NULL, NULL));
  return strstr (maps, name) != NULL;
}

static gint64 last_paint;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  last_paint = g_get_monotonic_time ();
}

static gboolean
painted (Fixture *f)
{
  return last_paint > 0;
}

/* GTK 4.8 allocates a height-for-width widget that does not fill its allocation both ways by
 * measuring it first horizontally for the height it is given: every wrapping label below it then
 * searches for its width, a dozen layouts each, before the first frame (the welcome page's text
 * was laid out ~150 times so). The mapped ones that do, each with its parent. */
static void
collect_aligned_height_for_width (GtkWidget *widget,
                                  GString   *found)
{
  if (gtk_widget_get_mapped (widget) &&
      gtk_widget_get_request_mode (widget) == GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH &&
      (gtk_widget_get_halign (widget) != GTK_ALIGN_FILL || gtk_widget_get_valign (widget) != GTK_ALIGN_FILL))
    g_string_append_printf (found, " %s (in %s)", G_OBJECT_TYPE_NAME (widget),
                            G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_aligned_height_for_width (child, found);
}

/* After the first page's first frame (and its icon, which GTK loads in a thread): nothing
 * loaded that it does not need, and the icon it shows is the PNG drawn at build time. */
static void
assert_first_frame_light (Fixture *f)
{
  g_autoptr(GtkIconPaintable) icon = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *uri = NULL;

  last_paint = 0;
  g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (f->window)), "after-paint",
                    G_CALLBACK (after_paint_cb), NULL);
  gtk_widget_queue_draw (GTK_WIDGET (f->window));
  phoenix_test_ui_wait_until (f, painted, "the first page drawn");
  phoenix_test_ui_spin (300);
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (GTK_WIDGET (f->window)),
                                        after_paint_cb, NULL);

  /* The page's menu (Preferences, Keyboard Shortcuts, About): no popover nor item made for the
   * first frame; opened, it is the menu. */
  {
    GtkMenuButton *button = _phoenix_window_get_page_menu_button (f->window);

    g_assert_nonnull (button);
    g_assert_null (gtk_menu_button_get_popover (button));
    g_assert_false (class_referenced ("GtkPopoverMenu"));
    gtk_menu_button_popup (button);
    g_assert_true (GTK_IS_POPOVER_MENU (gtk_menu_button_get_popover (button)));
    g_assert_cmpint (g_menu_model_get_n_items (gtk_menu_button_get_menu_model (button)), ==, 1);
    gtk_menu_button_popdown (button);
  }

  /* Centred by expanding spacers, not by an alignment (see above). */
  {
    g_autoptr(GString) aligned = g_string_new (NULL);

    collect_aligned_height_for_width (GTK_WIDGET (f->window), aligned);
    if (aligned->len > 0)
      g_test_message ("height-for-width, not filling its allocation:%s", aligned->str);
    g_assert_cmpstr (aligned->str, ==, "");
  }

  g_assert_false (mapped ("librsvg"));
  g_assert_false (mapped ("libpixbufloader-svg"));
  g_assert_false (mapped ("libphonenumber"));
  g_assert_false (mapped ("libprotobuf"));
  g_assert_false (_phoenix_cv_phone_module_loaded ());

  icon = gtk_icon_theme_lookup_icon (gtk_icon_theme_get_for_display (gdk_display_get_default ()),
                                     "io.github.phoenixecosystem.Phoenix", NULL, 128, 1,
                                     GTK_TEXT_DIR_NONE, 0);
  file = gtk_icon_paintable_get_file (icon);
  g_assert_nonnull (file);
  uri = g_file_get_uri (file);
  g_assert_true (g_str_has_suffix (uri, "/128x128/apps/io.github.phoenixecosystem.Phoenix.png"));
}

/* The phone matcher, once asked: the module loaded, and libphonenumber's spans (the loader
 * gives none without it; the parser's loose pattern is not involved here). */
static void
assert_phone_module_on_first_use (void)
{
  const char *text = "Tél. : 06 12 34 56 78 — Nantes";
  g_autoptr(GArray) spans = NULL;
  g_autofree char *phone = NULL;

  g_assert_false (_phoenix_cv_phone_module_loaded ());
  spans = _phoenix_cv_phone_find_all (text);
  g_assert_true (_phoenix_cv_phone_module_loaded ());
  g_assert_true (mapped ("libphonenumber"));
  g_assert_cmpuint (spans->len, ==, 1);
  phone = g_strndup (text + g_array_index (spans, PhoenixCvPhoneSpan, 0).start,
                     g_array_index (spans, PhoenixCvPhoneSpan, 0).end - g_array_index (spans, PhoenixCvPhoneSpan, 0).start);
  g_assert_cmpstr (phone, ==, "06 12 34 56 78");
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
  assert_first_frame_light (f);

  /* Unlocked: the Overview is what shows, so it is made at once; after the main view's first
   * frame the Letters page (its reminders) is made in the background; the CV page (the
   * profile's autosave is the window's) and Training wait to be shown, even once the main
   * loop has been idle a while. */
  phoenix_test_ui_unlock (f, PHOENIX_TEST_PASSPHRASE);
  phoenix_test_ui_wait_until (f, state_is_main, "the main view after unlocking");
  g_assert_nonnull (_phoenix_window_get_page (f->window, "overview"));
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (_phoenix_window_get_view_stack (f->window)), ==, "overview");
  g_assert_true (adw_view_switcher_title_get_stack (_phoenix_window_get_switcher_title (f->window)) ==
                 _phoenix_window_get_view_stack (f->window));
  phoenix_test_ui_wait_until (f, phoenix_test_ui_is_main, "the pages built in the background");
  phoenix_test_ui_spin (500);
  g_assert_null (_phoenix_window_get_page (f->window, "training"));
  g_assert_false (class_referenced ("PhoenixTrainingPage"));
  g_assert_null (_phoenix_window_get_cv_page (f->window));
  g_assert_false (class_referenced ("PhoenixCvPage"));
  g_assert_false (class_referenced ("PhoenixCvPreview"));
  g_assert_null (_phoenix_window_get_page (f->window, "letters"));
  g_assert_false (class_referenced ("PhoenixLettersPage"));
  g_assert_false (class_referenced ("PhoenixLetterComposer"));
  g_assert_false (class_referenced ("PhoenixApplicationTracker"));

  /* A follow-up falls due while the app runs: the window's reminders tell the user (a desktop
   * notification) and keep it in the vault, though the Letters page was never built. */
  {
    PhoenixFollowUpReminders *reminders = _phoenix_window_get_reminders (f->window);
    g_autoptr(PhoenixJobApplication) app = phoenix_job_application_new ("Acme", "Data Analyst");
    PhoenixJobApplication *apps[1] = { app };
    g_autoptr(GListStore) stored = NULL;
    g_autoptr(PhoenixJobApplication) again = NULL;
    g_autoptr(GError) error = NULL;
    gint64 now = g_get_real_time () / G_USEC_PER_SEC;

    g_assert_nonnull (reminders);
    g_assert_cmpuint (_phoenix_window_get_n_reminders (f->window), ==, 0);
    phoenix_job_application_set_follow_up_days (app, 7);
    phoenix_job_application_set_status (app, PHOENIX_APPLICATION_STATUS_SENT, now - 8 * 24 * 3600, NULL);
    g_assert_true (phoenix_application_store_save (phoenix_window_get_vault (f->window), apps, 1, &error));
    g_assert_no_error (error);
    g_list_store_insert (phoenix_follow_up_reminders_get_applications (reminders), 0, app);
    g_assert_cmpuint (phoenix_follow_up_reminders_check (reminders), ==, 1);
    g_assert_cmpuint (_phoenix_window_get_n_reminders (f->window), ==, 1);
    stored = phoenix_application_store_list (phoenix_window_get_vault (f->window), &error);
    g_assert_no_error (error);
    again = g_list_model_get_item (G_LIST_MODEL (stored), 0);
    g_assert_cmpint (phoenix_job_application_get_reminded_at (again), >, 0);
    /* Once. */
    g_assert_cmpuint (phoenix_follow_up_reminders_check (reminders), ==, 0);
    g_assert_cmpuint (_phoenix_window_get_n_reminders (f->window), ==, 1);
    g_assert_false (class_referenced ("PhoenixLettersPage"));
  }

  /* A change made elsewhere (as the Training page adds a certificate, the ATS window a
   * headline) is saved by the window's autosave although the CV page was never built. */
  {
    PhoenixProfile *profile = _phoenix_window_get_profile (f->window);
    g_autoptr(PhoenixCertification) certification = phoenix_certification_new ();

    g_assert_nonnull (_phoenix_window_get_autosave (f->window));
    phoenix_certification_set_name (certification, "Certified Scrum Master");
    g_list_store_append (phoenix_profile_get_certifications (profile), certification);
    phoenix_profile_set_headline (profile, "Product owner");
    g_assert_false (phoenix_test_ui_saved (f));
    phoenix_test_ui_wait_until (f, phoenix_test_ui_saved, "the autosave of a change made outside the CV page");
    g_assert_false (class_referenced ("PhoenixCvPage"));

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.lock", NULL));
    g_assert_null (_phoenix_window_get_autosave (f->window));
    phoenix_test_ui_unlock (f, PHOENIX_TEST_PASSPHRASE);
    phoenix_test_ui_wait_until (f, state_is_main, "the main view after unlocking again");
    profile = _phoenix_window_get_profile (f->window);
    g_assert_cmpstr (phoenix_profile_get_headline (profile), ==, "Product owner");
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (phoenix_profile_get_certifications (profile))), ==, 1);
    g_assert_false (class_referenced ("PhoenixCvPage"));
  }

  /* An edit typed in the CV page, once it is shown, is saved by the same autosave. */
  {
    phoenix_test_ui_show_page (f, "cv");
    gtk_editable_set_text (phoenix_test_ui_cv_row (f, "city"), "Nantes");
    g_assert_false (phoenix_test_ui_saved (f));
    phoenix_test_ui_wait_until (f, phoenix_test_ui_saved, "the autosave of an edit in the CV page");
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.lock", NULL));
    phoenix_test_ui_unlock (f, PHOENIX_TEST_PASSPHRASE);
    phoenix_test_ui_wait_until (f, state_is_main, "the main view after unlocking again");
    g_assert_cmpstr (phoenix_profile_get_city (_phoenix_window_get_profile (f->window)), ==, "Nantes");
    phoenix_test_ui_show_page (f, "overview");
  }

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
  assert_first_frame_light (f);
  assert_phone_module_on_first_use ();
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

/* Mapped files of these names would mean a library the app opens on first use was loaded (or
 * linked) before the first frame: with libcrypto (SQLCipher's), GSSAPI and nghttp2 (libsoup's),
 * which nothing else the first frame needs pulls in. (libgsf's libxml2 and ICU are not here: the
 * Mesa driver GTK opens at start maps them anyway.) */
static const char * const libraries_not_at_start[] = {
  "/libsqlcipher.", "/libcrypto.", "/libsoup-3.0.", "/libgssapi_krb5.", "/libnghttp2.",
  "/libgsf-1.", "/libenchant-2.",
  "/libphonenumber.", "/libprotobuf.", "/libphoenix-phone.", "/librsvg-2.", NULL
};

static void
test_app_libraries (gconstpointer data)
{
  const char *page = data;
  const char *app = g_getenv ("PHOENIX_APP");
  g_autofree char *dir = phoenix_test_make_tmp_dir ("phoenix-startup-XXXXXX");
  g_autofree char *vault_path = g_build_filename (dir, "vault.db", NULL);
  g_autofree char *maps_path = NULL;
  g_autofree char *maps = NULL;
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GString) loaded = g_string_new (NULL);
  double wall_ms;
  gboolean drawn;
  GPid pid;

  g_assert_nonnull (app);
  if (g_str_equal (page, "unlock"))
    {
      g_autoptr(PhoenixVault) vault = phoenix_test_vault_create (vault_path);

      phoenix_vault_lock (vault);
    }
  env = g_environ_setenv (env, "PHOENIX_VAULT_PATH", vault_path, TRUE);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);

  drawn = phoenix_test_first_frame_start (app, env, &pid, &wall_ms);
  if (drawn)
    {
      maps_path = g_strdup_printf ("/proc/%d/maps", (int) pid);
      g_file_get_contents (maps_path, &maps, NULL, NULL);
    }
  phoenix_test_first_frame_stop (pid);
  phoenix_test_remove_tree (dir);
  g_assert_true (drawn);
  g_assert_nonnull (maps);
  /* The maps were read: GTK is there. */
  g_assert_nonnull (strstr (maps, "/libgtk-4."));

  for (guint i = 0; libraries_not_at_start[i] != NULL; i++)
    if (strstr (maps, libraries_not_at_start[i]) != NULL)
      g_string_append_printf (loaded, " %s", libraries_not_at_start[i] + 1);
  if (loaded->len > 0)
    g_test_message ("the %s page's first frame had mapped:%s", page, loaded->str);
  g_assert_cmpstr (loaded->str, ==, "");
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
  g_test_add_data_func ("/ui/startup/app-libraries/unlock", "unlock", test_app_libraries);
  g_test_add_data_func ("/ui/startup/app-libraries/welcome", "welcome", test_app_libraries);

  return g_test_run ();
}
