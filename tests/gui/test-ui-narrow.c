/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-narrow"

/*
 * The window shrinks to 360 px, a phone's width (issue #17): its minimum width, as GTK measures
 * it, is at most 360 px on the welcome and unlock pages and on each tab (Overview, CV, Letters,
 * Training), in English and in French (longer words). On failure the chain of widest children
 * is printed: the widget that holds the window wider. The French catalogue is the build's.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "phoenix-test-ui.h"
#include "phoenix-test-util.h"

typedef PhoenixTestUi Fixture;

#define NARROWEST 360

static int
width_request (GtkWidget *widget)
{
  int width = -1;

  gtk_widget_get_size_request (widget, &width, NULL);
  return MAX (width, 0);
}

/* The child of @widget that asks for the most width, and what it asks. */
static GtkWidget *
widest_child (GtkWidget *widget,
              int       *width)
{
  GtkWidget *widest = NULL;

  *width = -1;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int minimum = 0;

      if (!gtk_widget_get_visible (child))
        continue;
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      if (minimum > *width)
        {
          *width = minimum;
          widest = child;
        }
    }

  return widest;
}

static char *
describe_widest_chain (GtkWidget *widget)
{
  GString *chain = g_string_new (NULL);

  while (widget != NULL)
    {
      int minimum = 0;
      const char *label = GTK_IS_LABEL (widget) ? gtk_label_get_label (GTK_LABEL (widget)) : NULL;

      gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      g_string_append_printf (chain, "\n  %s%s%s min %d%s%s%s", G_OBJECT_TYPE_NAME (widget),
                              gtk_widget_get_name (widget)[0] != '\0' ? " #" : "",
                              g_str_equal (gtk_widget_get_name (widget), G_OBJECT_TYPE_NAME (widget))
                                ? "" : gtk_widget_get_name (widget),
                              minimum, label != NULL ? " “" : "", label != NULL ? label : "",
                              label != NULL ? "”" : "");
      /* Children side by side add up: name them all. */
      if (gtk_widget_get_first_child (widget) != NULL
          && gtk_widget_get_next_sibling (gtk_widget_get_first_child (widget)) != NULL)
        {
          g_string_append (chain, " [");
          for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
               child = gtk_widget_get_next_sibling (child))
            {
              int child_minimum = 0;

              if (!gtk_widget_get_visible (child))
                continue;
              gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_minimum, NULL, NULL, NULL);
              g_string_append_printf (chain, " %s %d", G_OBJECT_TYPE_NAME (child), child_minimum);
            }
          g_string_append (chain, " ]");
        }
      widget = widest_child (widget, &minimum);
    }

  return g_string_free (chain, FALSE);
}

/*
 * The window's minimum width without its frame. Under Xvfb there is no compositor: GTK then
 * draws the window's frame inside it (the "solid-csd" style: a border and a resize margin,
 * 10 px here) instead of as a shadow outside it, as on a desktop. The window's own minimum is
 * what the frame holds: its content, measured here, and its width-request.
 */
static int
minimum_width (Fixture *f)
{
  GtkWidget *window = GTK_WIDGET (f->window);
  int window_minimum = 0, content_minimum = 0;

  gtk_widget_measure (window, GTK_ORIENTATION_HORIZONTAL, -1, &window_minimum, NULL, NULL, NULL);
  gtk_widget_measure (gtk_widget_get_first_child (window), GTK_ORIENTATION_HORIZONTAL, -1, &content_minimum,
                      NULL, NULL, NULL);
  /* Only a frame drawn inside may explain a difference, and it is small. */
  if (!gtk_widget_has_css_class (window, "solid-csd"))
    return window_minimum;
  g_assert_cmpint (window_minimum - MAX (content_minimum, NARROWEST), <=, 12);

  return MAX (content_minimum, width_request (window));
}

static void
assert_narrow (Fixture    *f,
               const char *where)
{
  int minimum;

  phoenix_test_ui_spin (150);
  minimum = minimum_width (f);
  if (minimum > NARROWEST)
    {
      g_autofree char *chain = describe_widest_chain (GTK_WIDGET (f->window));

      g_error ("%s (%s): the window is at least %d px wide, more than %d:%s", where,
               g_getenv ("LANGUAGE"), minimum, NARROWEST, chain);
    }
  g_test_message ("%s: minimum width %d px", where, minimum);
}

static void
pages_steps (Fixture *f)
{
  static const char * const pages[] = { "overview", "cv", "letters", "training" };

  /* At 360 px the header bar warns that one of its squeezed boxes has no allocation (as in
   * test-ui-editor's narrow layout): not fatal here. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
  g_assert_cmpstr (phoenix_test_ui_state (f), ==, "welcome");
  assert_narrow (f, "the welcome page");
  phoenix_test_ui_create_vault (f);
  for (gsize i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      phoenix_test_ui_show_page (f, pages[i]);
      assert_narrow (f, pages[i]);
    }
  /* Once more, every page built. */
  for (gsize i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      phoenix_test_ui_show_page (f, pages[i]);
      assert_narrow (f, pages[i]);
    }
}

static void
unlock_steps (Fixture *f)
{
  g_assert_cmpstr (phoenix_test_ui_state (f), ==, "unlock");
  assert_narrow (f, "the unlock page");
}

static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  const char *language = data;

  phoenix_test_use_language (language);
  if (g_str_equal (language, "fr"))
    g_assert_cmpstr (_("Overview"), ==, "Accueil");  /* the catalogue is loaded */
  phoenix_test_ui_run_app (f, pages_steps);
  phoenix_test_ui_run_app (f, unlock_steps);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("PHOENIX_WINDOW_SIZE", "360x720", TRUE);
  phoenix_test_ui_init (&argc, &argv, "en");
  /* The build's catalogues, not the installed ones. */
  phoenix_test_use_build_catalogue ();

  g_test_add ("/ui/narrow/english", Fixture, "en", phoenix_test_ui_setup, test_narrow, phoenix_test_ui_teardown);
  g_test_add ("/ui/narrow/french", Fixture, "fr", phoenix_test_ui_setup, test_narrow, phoenix_test_ui_teardown);

  return g_test_run ();
}
